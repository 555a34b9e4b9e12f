//! End-to-end tests of the `newsfacet` binary: every command, its output contracts and its
//! error paths, on small corpora written here.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn bin() -> Command {
    Command::cargo_bin("newsfacet").unwrap()
}

/// A folder with one article in each supported format.
fn corpus(dir: &Path) -> PathBuf {
    let c = dir.join("corpus");
    fs::create_dir_all(c.join("sub")).unwrap();
    fs::write(
        c.join("a.jsonl"),
        concat!(
            r#"{"id": "j1", "title": "Bomb hits market in Quetta", "published": "2021-03-05", "text": "A bomb exploded at a vegetable market in Quetta on Friday, killing five people. Police said the device was planted on a motorcycle."}"#,
            "\n",
            r#"{"id": "j2", "title": "Gunmen attack bus", "date": "2021-04-10", "body": "Gunmen opened fire on a passenger bus near Lahore, wounding seven people.", "source": "wire"}"#,
            "\n"
        ),
    )
    .unwrap();
    fs::write(
        c.join("b.json"),
        r#"[{"title": "Blast at Kabul school", "maintext": "An explosion near a school in Kabul killed three students.", "date_publish": "2022-05-01 09:00:00", "url": "http://example.org/kabul"}]"#,
    )
    .unwrap();
    fs::write(
        c.join("sub/c.txt"),
        "date 2020-01-15 Attack on checkpoint\n\nMilitants attacked a police checkpoint in Peshawar, killing two officers.\n",
    )
    .unwrap();
    fs::write(
        c.join("d.csv"),
        "id,title,published,text\nc1,Rally ends peacefully,2019-07-01,\"Thousands marched in Karachi, and police reported no incidents.\"\n",
    )
    .unwrap();
    let mut gz = flate2::write::GzEncoder::new(
        fs::File::create(c.join("e.jsonl.gz")).unwrap(),
        flate2::Compression::default(),
    );
    gz.write_all(br#"{"id": "g1", "title": "Compressed", "published": "2018-02-02", "text": "An article read from gzip about a bombing in Mogadishu."}"#)
        .unwrap();
    gz.finish().unwrap();
    fs::write(c.join("ignored.bin"), [0u8, 1, 2, 3]).unwrap();
    c
}

fn json_out(cmd: &mut Command) -> Value {
    let out = cmd.output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn ids(v: &Value) -> Vec<String> {
    let mut ids: Vec<String> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

#[test]
fn index_reads_every_format_and_reports_a_summary() {
    let t = tempfile::tempdir().unwrap();
    let c = corpus(t.path());
    let ix = t.path().join("ix");
    bin()
        .args([
            "index",
            c.to_str().unwrap(),
            "--index",
            ix.to_str().unwrap(),
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "indexed 6 (6 new, 0 replaced), skipped 0",
        ));
    let v = json_out(bin().args([
        "search",
        "--index",
        ix.to_str().unwrap(),
        "--json",
        "-n",
        "50",
    ]));
    assert_eq!(v["total"], 6);
    let all = ids(&v);
    assert!(
        all.contains(&"j1".to_string())
            && all.contains(&"g1".to_string())
            && all.contains(&"c1".to_string())
    );
    // Articles without an id get a content hash.
    assert_eq!(all.iter().filter(|i| i.starts_with("h:")).count(), 2);
    // Re-indexing replaces, never duplicates.
    bin()
        .args([
            "index",
            c.to_str().unwrap(),
            "--index",
            ix.to_str().unwrap(),
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("indexed 6 (0 new, 6 replaced)"));
    let v = json_out(bin().args(["stats", "--index", ix.to_str().unwrap(), "--json"]));
    assert_eq!(v["articles"], 6);
    assert_eq!(v["published"]["from"], "2018-02-02");
    assert_eq!(v["published"]["to"], "2022-05-01");
}

#[test]
fn bad_records_are_reported_with_path_and_line_and_the_rest_indexed() {
    let t = tempfile::tempdir().unwrap();
    let f = t.path().join("mixed.jsonl");
    fs::write(
        &f,
        b"{\"id\": \"ok1\", \"text\": \"fine\"}\n{not json\n{\"id\": \"x\", \"text\": 5}\n\xff\xfe\n{\"id\": \"ok2\", \"text\": \"fine too\", \"date\": \"2020-02-30\"}\n{\"id\": \"ok3\", \"text\": \"also fine\"}\n",
    )
    .unwrap();
    let ix = t.path().join("ix");
    let p = f.to_str().unwrap();
    bin()
        .args(["index", p, "--index", ix.to_str().unwrap()])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "indexed 2 (2 new, 0 replaced), skipped 4",
        ))
        .stderr(predicate::str::contains(format!("{p}:2: invalid JSON")))
        .stderr(predicate::str::contains(format!(
            "{p}:3: field `text` must be a string"
        )))
        .stderr(predicate::str::contains(format!(
            "{p}:4: line is not valid UTF-8"
        )))
        .stderr(predicate::str::contains(format!("{p}:5: field `date`")));
    let v = json_out(bin().args(["search", "--index", ix.to_str().unwrap(), "--json"]));
    assert_eq!(ids(&v), vec!["ok1", "ok3"]);
    // --quiet keeps the summary, drops the per-record lines.
    bin()
        .args(["index", p, "--index", ix.to_str().unwrap(), "--quiet"])
        .assert()
        .code(1)
        .stderr(predicate::str::is_empty())
        .stdout(predicate::str::contains("2 replaced"));
}

#[test]
fn explicit_file_of_unknown_format_and_missing_path() {
    let t = tempfile::tempdir().unwrap();
    let f = t.path().join("data.bin");
    fs::write(&f, b"xx").unwrap();
    let ix = t.path().join("ix");
    bin()
        .args([
            "index",
            f.to_str().unwrap(),
            "--index",
            ix.to_str().unwrap(),
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("use --format"));
    bin()
        .args(["index", "/no/such/path", "--index", ix.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("/no/such/path"));
    // --format forces a reader.
    bin()
        .args([
            "index",
            f.to_str().unwrap(),
            "--format",
            "txt",
            "--index",
            ix.to_str().unwrap(),
        ])
        .assert()
        .success();
}

#[test]
fn search_filters_sorts_pages_and_errors() {
    let t = tempfile::tempdir().unwrap();
    let c = corpus(t.path());
    let ix = t.path().join("ix");
    let ixs = ix.to_str().unwrap();
    bin()
        .args(["index", c.to_str().unwrap(), "--index", ixs])
        .assert()
        .success();
    // Keyword with stemming: "bombing" finds "bomb" and "bombing".
    let v = json_out(bin().args(["search", "bombing", "--index", ixs, "--json"]));
    assert!(
        ids(&v).contains(&"j1".to_string()) && ids(&v).contains(&"g1".to_string()),
        "{v}"
    );
    let hit = &v["hits"][0];
    for key in [
        "id",
        "title",
        "published",
        "event_date",
        "places",
        "groups",
        "deaths",
        "deaths_attackers",
        "score",
        "snippet",
    ] {
        assert!(hit.get(key).is_some(), "hit lacks {key}: {hit}");
    }
    // Phrases and boolean syntax.
    let v = json_out(bin().args(["search", "\"passenger bus\"", "--index", ixs, "--json"]));
    assert_eq!(ids(&v), vec!["j2"]);
    let v = json_out(bin().args(["search", "bomb -quetta", "--index", ixs, "--json"]));
    assert!(!ids(&v).contains(&"j1".to_string()));
    let v = json_out(bin().args(["search", "title:compressed", "--index", ixs, "--json"]));
    assert_eq!(ids(&v), vec!["g1"]);
    // Date range on the event date: a year, a month.
    let v = json_out(bin().args([
        "search", "--from", "2021", "--to", "2021-03", "--index", ixs, "--json",
    ]));
    assert_eq!(ids(&v), vec!["j1"]);
    // Sort by date, newest first, with paging.
    let v = json_out(bin().args([
        "search", "--sort", "date", "-n", "2", "--offset", "1", "--index", ixs, "--json",
    ]));
    assert_eq!(v["total"], 6);
    let dates: Vec<&str> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["event_date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, vec!["2021-04-10", "2021-03-05"]);
    // No hit: exit 1; bad arguments: exit 2 with a message.
    bin()
        .args(["search", "zzzzunlikely", "--index", ixs])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("0 of 0"));
    bin()
        .args(["search", "--from", "2021-13", "--index", ixs])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read date"));
    bin()
        .args(["search", "--from", "2022", "--to", "2021", "--index", ixs])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("after --to"));
    bin()
        .args(["search", "title:(unbalanced", "--index", ixs])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid query"));
    bin()
        .args([
            "search",
            "x",
            "--index",
            t.path().join("nothing").to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no index at"));
}

#[test]
fn facets_and_human_output() {
    let t = tempfile::tempdir().unwrap();
    let c = corpus(t.path());
    let ix = t.path().join("ix");
    let ixs = ix.to_str().unwrap();
    bin()
        .args(["index", c.to_str().unwrap(), "--index", ixs])
        .assert()
        .success();
    let v = json_out(bin().args(["search", "--facets", "--index", ixs, "--json"]));
    let f = &v["facets"];
    for key in ["country", "province", "group", "month", "deaths"] {
        assert!(f.get(key).is_some(), "facets lack {key}: {f}");
    }
    let months: Vec<&str> = f["month"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        months,
        vec!["2018-02", "2019-07", "2020-01", "2021-03", "2021-04", "2022-05"]
    );
    // People get a ranked list with the query words; a pipe gets no colour codes.
    bin()
        .args(["search", "market", "--facets", "--index", ixs])
        .assert()
        .success()
        .stdout(predicate::str::contains("Bomb hits market in Quetta"))
        .stdout(predicate::str::contains("event months"))
        .stdout(predicate::str::contains("\x1b[").not());
    bin()
        .args(["search", "market", "--color", "always", "--index", ixs])
        .assert()
        .success()
        .stdout(predicate::str::contains("\x1b[1;31mmarket\x1b[0m"));
}

#[test]
fn delete_by_id() {
    let t = tempfile::tempdir().unwrap();
    let c = corpus(t.path());
    let ix = t.path().join("ix");
    let ixs = ix.to_str().unwrap();
    bin()
        .args(["index", c.to_str().unwrap(), "--index", ixs])
        .assert()
        .success();
    bin()
        .args(["delete", "--id", "j1", "j2", "--index", ixs])
        .assert()
        .success()
        .stdout("deleted 2 articles\n");
    bin()
        .args(["delete", "--id", "j1", "--index", ixs])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not found: j1"));
    let v = json_out(bin().args(["stats", "--index", ixs, "--json"]));
    assert_eq!(v["articles"], 4);
}

#[test]
fn extract_prints_the_facet_contract() {
    let t = tempfile::tempdir().unwrap();
    let c = corpus(t.path());
    let out = bin()
        .args(["extract", "--json", c.join("a.jsonl").to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    for key in [
        "id",
        "event_date",
        "places",
        "groups",
        "deaths",
        "deaths_attackers",
        "evidence",
    ] {
        assert!(lines[0].get(key).is_some(), "missing {key}");
    }
    assert_eq!(lines[0]["id"], "j1");
    // Standard input is read as one text article.
    bin()
        .args(["extract", "--json", "-"])
        .write_stdin("date 2020-01-15 Title\n\nSome text.")
        .assert()
        .success()
        .stdout(predicate::str::contains("\"published\":\"2020-01-15\""));
    bin()
        .args([
            "extract",
            "--explain",
            c.join("sub/c.txt").to_str().unwrap(),
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("evidence:"));
}

#[test]
fn a_second_writer_is_told_the_index_is_locked() {
    let t = tempfile::tempdir().unwrap();
    let c = corpus(t.path());
    let ix = t.path().join("ix");
    bin()
        .args([
            "index",
            c.to_str().unwrap(),
            "--index",
            ix.to_str().unwrap(),
        ])
        .assert()
        .success();
    let handle = newsfacet::index::open_existing(&ix).unwrap();
    let _writer = handle.writer(32).unwrap();
    bin()
        .args([
            "index",
            c.to_str().unwrap(),
            "--index",
            ix.to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("locked by another process"));
}

#[test]
fn an_index_of_another_schema_version_is_refused() {
    let t = tempfile::tempdir().unwrap();
    let c = corpus(t.path());
    let ix = t.path().join("ix");
    bin()
        .args([
            "index",
            c.to_str().unwrap(),
            "--index",
            ix.to_str().unwrap(),
        ])
        .assert()
        .success();
    fs::write(ix.join("newsfacet.json"), "{\"schema_version\": 999}").unwrap();
    bin()
        .args(["search", "x", "--index", ix.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("incompatible version"));
}
