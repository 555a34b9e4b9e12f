//! Concurrency and index-compatibility tests with real processes: searches keep answering with
//! consistent totals while another process indexes into the same index; a second concurrent
//! writer is refused with "locked by another process"; a missing version file or a damaged
//! `meta.json` gives a clear "re-index" message, never a panic.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsfacet"))
}

/// `n` small distinct articles in one JSONL file.
fn corpus(dir: &Path, n: usize, tag: &str) -> PathBuf {
    let p = dir.join(format!("{tag}.jsonl"));
    let mut s = String::new();
    for i in 0..n {
        s.push_str(
            &serde_json::json!({
                "id": format!("{tag}-{i}"),
                "title": format!("Report {i}"),
                "date": "2021-03-05",
                "text": format!("A bomb exploded at a market in Quetta on Friday, killing {} people. Item {tag} {i}.", i % 9 + 1),
            })
            .to_string(),
        );
        s.push('\n');
    }
    fs::write(&p, s).unwrap();
    p
}

fn total(ix: &Path) -> Result<u64, String> {
    let out = bin()
        .args(["search", "--json", "-n", "1", "--index"])
        .arg(ix)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    if stderr.contains("panicked") || !matches!(out.status.code(), Some(0 | 1)) {
        return Err(format!("search failed: {:?}: {stderr}", out.status));
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("search printed no JSON ({e}): {stderr}"))?;
    v["total"]
        .as_u64()
        .ok_or_else(|| format!("no total in {v}"))
}

fn index(ix: &Path, input: &Path, commit_every: usize) -> Command {
    let mut c = bin();
    c.args(["index", "--quiet", "--heap-mb", "32", "--commit-every"])
        .arg(commit_every.to_string())
        .arg("--index")
        .arg(ix)
        .arg(input)
        .stdout(Stdio::null());
    c
}

#[test]
fn searches_answer_consistently_while_another_process_indexes() {
    let t = tempfile::tempdir().unwrap();
    let ix = t.path().join("ix");
    let first = corpus(t.path(), 50, "a");
    let more = corpus(t.path(), 1500, "b");
    let commit = 100u64;
    assert!(index(&ix, &first, 50).status().unwrap().success());
    let base = total(&ix).unwrap();
    assert_eq!(base, 50);

    let mut writer = index(&ix, &more, commit as usize)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut seen = vec![base];
    let started = Instant::now();
    loop {
        let done = writer.try_wait().unwrap().is_some();
        let n = total(&ix).unwrap();
        let last = *seen.last().unwrap();
        assert!(n >= last, "the total went down: {seen:?} then {n}");
        assert!(
            n == base + 1500 || (n - base).is_multiple_of(commit),
            "total {n} is not at a commit boundary (base {base}, commit every {commit}): {seen:?}"
        );
        if n != last {
            seen.push(n);
        }
        if done {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "indexing never ended"
        );
    }
    let out = writer.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(total(&ix).unwrap(), base + 1500);
    eprintln!("totals seen while indexing: {seen:?}");
}

#[test]
fn a_second_writer_process_is_told_the_index_is_locked() {
    let t = tempfile::tempdir().unwrap();
    let ix = t.path().join("ix");
    let small = corpus(t.path(), 5, "s");
    let big = corpus(t.path(), 3000, "w");
    assert!(index(&ix, &small, 50).status().unwrap().success());
    // The first writer holds the lock for its whole run (it commits every article to be slow).
    let mut first = index(&ix, &big, 1)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the first writer is past opening (its first commit changes meta.json).
    let meta = ix.join("meta.json");
    let before = fs::metadata(&meta).unwrap().modified().unwrap();
    let started = Instant::now();
    while fs::metadata(&meta).unwrap().modified().unwrap() == before {
        assert!(
            first.try_wait().unwrap().is_none(),
            "first writer ended early"
        );
        assert!(started.elapsed() < Duration::from_secs(120));
        std::thread::sleep(Duration::from_millis(10));
    }
    let second: Output = index(&ix, &small, 50).output().unwrap();
    let running = first.try_wait().unwrap().is_none();
    first.kill().unwrap();
    first.wait().unwrap();
    assert!(
        running,
        "the first writer ended before the second one tried"
    );
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("locked by another process"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    // Deleting is writing too.
    let mut first = index(&ix, &big, 1)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    let del = bin()
        .args(["delete", "--id", "s-1", "--index"])
        .arg(&ix)
        .output()
        .unwrap();
    let running = first.try_wait().unwrap().is_none();
    first.kill().unwrap();
    first.wait().unwrap();
    if running {
        let stderr = String::from_utf8_lossy(&del.stderr);
        assert_eq!(del.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("locked by another process"), "{stderr}");
    }
    // After the killed writers the index still opens and holds whole commits only.
    let n = total(&ix).unwrap();
    assert!(n >= 5, "{n}");
}

/// Runs `search` and `stats` on a damaged index: exit 2 and a message saying to re-index.
fn refused(ix: &Path, want: &str) {
    for args in [vec!["search", "x"], vec!["stats"]] {
        let out = bin().args(&args).arg("--index").arg(ix).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains(want) && stderr.contains("re-index"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn incompatible_or_damaged_indexes_are_refused_clearly() {
    let t = tempfile::tempdir().unwrap();
    let input = corpus(t.path(), 20, "c");
    let make = |name: &str| {
        let ix = t.path().join(name);
        assert!(index(&ix, &input, 50).status().unwrap().success());
        ix
    };
    // No version file (an index from before versioning, or another program's tantivy index).
    let ix = make("noversion");
    fs::remove_file(ix.join("newsfacet.json")).unwrap();
    refused(&ix, "incompatible version");
    // A version file that is not JSON.
    let ix = make("badversion");
    fs::write(ix.join("newsfacet.json"), b"\xff\x00garbage").unwrap();
    refused(&ix, "incompatible version");
    // meta.json cut off, emptied, or replaced by junk.
    for (name, bytes) in [
        ("cutmeta", None),
        ("emptymeta", Some(&b""[..])),
        ("junkmeta", Some(&b"{\"segments\": 5}"[..])),
    ] {
        let ix = make(name);
        let meta = ix.join("meta.json");
        let data = match bytes {
            Some(b) => b.to_vec(),
            None => {
                let m = fs::read(&meta).unwrap();
                m[..m.len() / 2].to_vec()
            }
        };
        fs::write(&meta, data).unwrap();
        refused(&ix, "cannot open the index");
    }
    // A segment file removed: opening or searching fails with a message, never a panic.
    let ix = make("nosegment");
    let seg = fs::read_dir(&ix)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "store"))
        .unwrap();
    fs::remove_file(seg).unwrap();
    let out = bin()
        .args(["search", "x", "--index"])
        .arg(&ix)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
