//! Crash-safety harness: SIGKILLs `newsfacet index` at seeded random points over a real corpus and
//! checks that the index opens, holds exactly the articles of one of its commits (each id at most
//! once), and that re-running the same command ends with every article exactly once.
//!
//! The CI run uses the first `NEWSFACET_CRASH_LINES` (default 1,000) lines of
//! `../shared/data/corpora/reuters21578.jsonl`, `NEWSFACET_CRASH_KILLS` (default 20) kill points
//! and `--commit-every NEWSFACET_CRASH_COMMIT` (default 50);
//! the full run (whole corpus, 50 kills) is documented in docs/reliability.md:
//!
//! ```sh
//! NEWSFACET_CRASH_LINES=0 NEWSFACET_CRASH_KILLS=50 NEWSFACET_CRASH_COMMIT=500 \
//!     cargo test --release --test crash -- --nocapture
//! ```
//!
//! `NEWSFACET_CRASH_SEED` changes the kill points (default 5).

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use newsfacet::corpus::{self, Format};
use tantivy::schema::Value;
use tantivy::TantivyDocument;

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A small seeded generator (xorshift64*), so kill points are reproducible without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn shared_corpus() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/corpora/reuters21578.jsonl");
    p.is_file().then_some(p)
}

/// Ids of every article in `path`, in the order `index` writes them.
fn ids_in_order(path: &Path) -> Vec<String> {
    let inputs = corpus::collect_inputs(&[path.to_path_buf()], Format::Auto).unwrap();
    corpus::read_all(&inputs)
        .into_iter()
        .filter_map(|r| r.ok().map(|rec| rec.article.id))
        .collect()
}

/// The ids stored in the index at `dir` (with repeats, if any), or `None` when no index was
/// committed yet. Panics (failing the test) when the index does not open.
fn index_ids(dir: &Path) -> Option<Vec<String>> {
    if !dir.join("meta.json").exists() {
        return None;
    }
    let handle = newsfacet::index::open_existing(dir).unwrap_or_else(|e| {
        panic!(
            "index at {} does not open after a kill: {e:#}",
            dir.display()
        )
    });
    let reader = handle.index.reader().unwrap();
    let searcher = reader.searcher();
    let mut out = Vec::new();
    for (ord, seg) in searcher.segment_readers().iter().enumerate() {
        let store = seg.get_store_reader(64).unwrap();
        for doc in seg.doc_ids_alive() {
            let d: TantivyDocument = store.get(doc).unwrap();
            let id = d
                .get_first(handle.fields.id)
                .and_then(|v| v.as_str())
                .unwrap_or_else(|| panic!("document {ord}/{doc} has no id"))
                .to_string();
            out.push(id);
        }
    }
    Some(out)
}

fn newsfacet(corpus: &Path, index: &Path, commit_every: u64) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsfacet"));
    cmd.args(["index", "--quiet", "--heap-mb", "32", "--commit-every"])
        .arg(commit_every.to_string())
        .arg("--index")
        .arg(index)
        .arg(corpus)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

/// Runs to completion; checks the exit status (1 is fine: Reuters has a few articles without
/// text). Returns the run's duration and when (after the start) each commit landed, seen by
/// polling `meta.json`.
fn run_to_end(corpus: &Path, index: &Path, commit_every: u64) -> (Duration, Vec<Duration>) {
    let t = Instant::now();
    let mut child = newsfacet(corpus, index, commit_every).spawn().unwrap();
    let meta = index.join("meta.json");
    let mut last = None;
    let mut commits = Vec::new();
    while child.try_wait().unwrap().is_none() {
        let m = std::fs::metadata(&meta).and_then(|m| m.modified()).ok();
        if m.is_some() && m != last {
            last = m;
            commits.push(t.elapsed());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let elapsed = t.elapsed();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(out.status.code(), Some(0 | 1)) && !stderr.contains("panicked"),
        "index failed: {:?}\n{stderr}",
        out.status
    );
    (elapsed, commits)
}

/// What the index may hold after a kill: the distinct ids of each commit's prefix of the input.
struct Commits {
    /// Distinct-id count after commit k → the id set (commit 0 = empty index).
    prefixes: Vec<BTreeSet<String>>,
    all: BTreeSet<String>,
}

impl Commits {
    fn new(ids: &[String], commit_every: usize) -> Commits {
        let mut prefixes = vec![BTreeSet::new()];
        let mut cur = BTreeSet::new();
        for (i, id) in ids.iter().enumerate() {
            cur.insert(id.clone());
            if (i + 1) % commit_every == 0 {
                prefixes.push(cur.clone());
            }
        }
        Commits { prefixes, all: cur }
    }

    /// Which commit the index content matches (`prefixes.len()` for the final one).
    fn matching(&self, held: &BTreeSet<String>) -> Option<usize> {
        if held == &self.all {
            return Some(self.prefixes.len());
        }
        self.prefixes.iter().position(|p| p == held)
    }
}

/// Checks the index after a kill; returns the commit it stands at.
fn check_consistent(dir: &Path, commits: &Commits) -> usize {
    let Some(ids) = index_ids(dir) else {
        return 0;
    };
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for id in &ids {
        *counts.entry(id).or_default() += 1;
    }
    let dup: Vec<_> = counts.iter().filter(|(_, &n)| n > 1).take(5).collect();
    assert!(dup.is_empty(), "duplicated articles after a kill: {dup:?}");
    let held: BTreeSet<String> = ids.into_iter().collect();
    commits.matching(&held).unwrap_or_else(|| {
        let sizes: Vec<usize> = commits.prefixes.iter().map(BTreeSet::len).collect();
        panic!(
            "index holds {} articles, which is no commit's set (commit sizes {sizes:?}, total {})",
            held.len(),
            commits.all.len()
        )
    })
}

fn check_complete(dir: &Path, commits: &Commits) {
    let ids = index_ids(dir).expect("an index after a full run");
    let held: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(ids.len(), held.len(), "a re-run left duplicated articles");
    assert!(
        held == commits.all,
        "a re-run did not end with every article: {} of {}",
        held.len(),
        commits.all.len()
    );
}

#[test]
fn sigkill_at_random_points_loses_and_duplicates_nothing() {
    let Some(source) = shared_corpus() else {
        eprintln!("SKIP crash harness: ../shared/data/corpora/reuters21578.jsonl is absent");
        return;
    };
    let lines = env_num("NEWSFACET_CRASH_LINES", 1_000);
    let kills = env_num("NEWSFACET_CRASH_KILLS", 20);
    let commit_every = env_num("NEWSFACET_CRASH_COMMIT", 50).max(1);
    let mut rng = Rng(env_num("NEWSFACET_CRASH_SEED", 5).max(1));
    let t = tempfile::tempdir().unwrap();
    let corpus = if lines == 0 {
        source
    } else {
        let text = std::fs::read_to_string(&source).unwrap();
        let slice: String = text
            .lines()
            .take(lines as usize)
            .flat_map(|l| [l, "\n"])
            .collect();
        let p = t.path().join("slice.jsonl");
        std::fs::write(&p, slice).unwrap();
        p
    };
    let ids = ids_in_order(&corpus);
    let commits = Commits::new(&ids, commit_every as usize);
    eprintln!(
        "crash harness: {} articles ({} distinct), commit every {commit_every} → {} commits, {kills} kill points",
        ids.len(),
        commits.all.len(),
        commits.prefixes.len()
    );

    // A clean run first: the reference, and how long a run takes.
    let reference = t.path().join("reference");
    let (full, commit_times) = run_to_end(&corpus, &reference, commit_every);
    check_complete(&reference, &commits);
    // The first change of meta.json is the index being created; the second is the first commit.
    let first = commit_times.get(1).copied().unwrap_or(full / 2);
    eprintln!(
        "clean run: {:.2} s, first commit seen at {:.2} s, {} commits seen",
        full.as_secs_f64(),
        first.as_secs_f64(),
        commit_times.len().saturating_sub(1)
    );

    let mut at_commit = Vec::new();
    for k in 0..kills {
        let dir = t.path().join(format!("kill{k}"));
        // One kill in four during start-up (before the first commit, when the index is being
        // created), the others anywhere in the commit phase.
        let delay = if k % 4 == 0 {
            first.mul_f64(rng.unit())
        } else {
            let from = first.mul_f64(0.9);
            from + (full - from).mul_f64(rng.unit())
        };
        let mut child = newsfacet(&corpus, &dir, commit_every).spawn().unwrap();
        std::thread::sleep(delay);
        let finished = child.try_wait().unwrap().is_some();
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let commit = check_consistent(&dir, &commits);
        at_commit.push((delay.as_millis(), commit, finished));
        // Re-running the same command completes it without duplicates.
        run_to_end(&corpus, &dir, commit_every);
        check_complete(&dir, &commits);
    }
    eprintln!("kill points (ms after start → commit the index stood at, run had already ended):");
    for (ms, c, fin) in &at_commit {
        eprintln!(
            "  {ms:>6} ms → commit {c}{}",
            if *fin { " (ended)" } else { "" }
        );
    }
    let mid_run = at_commit
        .iter()
        .filter(|(_, c, fin)| !fin && *c < commits.prefixes.len())
        .count();
    eprintln!("{mid_run} of {kills} kills landed before the final commit");
}
