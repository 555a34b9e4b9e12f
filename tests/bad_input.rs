//! Bad-input suite: generates over a thousand malformed inputs (invalid UTF-8, truncated and
//! deeply nested JSON, wrong types, empty and binary files, a 50 MB line, cut-off gzip, ragged CSV
//! rows, absurd dates and numbers, thousands of repeated group names, ...) mixed with good
//! records, indexes them with the real binary and checks that every bad one is reported once as
//! `path:line: reason`, nothing panics, every good record is indexed and the summary adds up.
//!
//! Also holds the regression tests for inputs found by fuzzing (`fuzz/`).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use newsfacet::corpus::{read_bytes, Format};
use tantivy::schema::Value;
use tantivy::TantivyDocument;

/// xorshift64*: reproducible variety without a dependency.
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
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

/// What the suite expects: good ids, and every bad record as (path, line).
#[derive(Default)]
struct Expect {
    good: BTreeSet<String>,
    /// Good records without an id (text files): counted, not named.
    good_unnamed: usize,
    bad: BTreeMap<(String, u64), usize>,
    /// Articles over the size limit (indexed, cut, warned about).
    truncated: usize,
    next: usize,
}

impl Expect {
    fn id(&mut self) -> String {
        self.next += 1;
        format!("good-{}", self.next)
    }
    fn bad(&mut self, path: &Path, line: u64) {
        *self
            .bad
            .entry((path.display().to_string(), line))
            .or_default() += 1;
    }
    fn bad_total(&self) -> usize {
        self.bad.values().sum()
    }
}

const DEATHS: [&str; 8] = [
    "1e309",
    "-5",
    "99999999999999999999999",
    "0x7fffffff",
    "NaN",
    "4294967296",
    "18446744073709551616",
    "-0",
];

/// A good JSONL record; some carry hostile but valid content.
fn good_line(e: &mut Expect, rng: &mut Rng) -> String {
    let id = e.id();
    let text = match rng.below(6) {
        0 => format!(
            "A bomb killed {} people in Quetta, Balochistan on 0000-00-00, police said.",
            DEATHS[rng.below(DEATHS.len())]
        ),
        1 => "Gunmen attacked a checkpoint on 31 February 99999, killing -5 soldiers.".to_string(),
        2 => format!("Taliban claimed the attack. {}", "Taliban ".repeat(50)),
        3 => "Ünïcödé ✓ 𝔘𝔫𝔦 \u{202e}reversed\u{202c} \u{0} nul-escaped text".to_string(),
        _ => format!("An ordinary article number {id} about a market in Karachi."),
    };
    let date = ["2021-03-05", "", "1987-02-26T15:01:01"][rng.below(3)];
    e.good.insert(id.clone());
    serde_json::json!({"id": id, "title": format!("T {id}"), "date": date, "text": text})
        .to_string()
}

/// A bad JSONL line (one record error each).
fn bad_line(rng: &mut Rng) -> Vec<u8> {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    match rng.below(16) {
        0 => b"{\"id\": \"x\", \"text\": \"cut off".to_vec(),
        1 => format!("{{\"id\": \"x\", \"text\": {}}}", deep(10_000)).into_bytes(),
        2 => deep(200 + rng.below(5000)).into_bytes(),
        3 => b"{\"id\": \"x\", \"text\": 5}".to_vec(),
        4 => b"{\"id\": [1, 2], \"text\": \"x\"}".to_vec(),
        5 => b"{\"id\": \"x\", \"text\": \"ok\", \"date\": \"0000-00-00\"}".to_vec(),
        6 => b"{\"id\": \"x\", \"text\": \"ok\", \"date\": \"99999-01-01\"}".to_vec(),
        7 => b"{\"id\": \"x\", \"text\": \"ok\", \"deaths\": 1e309}".to_vec(),
        8 => b"{\"id\": \"x\", \"text\": \"ok\", \"date\": 20200101}".to_vec(),
        9 => b"{\"id\": \"x\", \"title\": {\"a\": 1}, \"text\": \"ok\"}".to_vec(),
        10 => {
            // Invalid UTF-8 somewhere in an otherwise fine line.
            let mut v = b"{\"id\": \"x\", \"text\": \"caf".to_vec();
            v.extend([0xff, 0xc3, 0x28, 0xe2, 0x82]);
            v.extend(b"\"}");
            v
        }
        11 => {
            // Binary junk without newlines.
            let n = 10 + rng.below(500);
            let mut v = rng.bytes(n);
            v.retain(|&b| b != b'\n' && b != b'\r');
            v.insert(0, 0xfe);
            v
        }
        12 => b"[\"an\", \"array\"]".to_vec(),
        13 => b"{\"id\": \"x\", \"text\": \"   \"}".to_vec(),
        14 => b"{\"id\": \"x\"\"text\": \"missing comma\"}".to_vec(),
        _ => b"null".to_vec(),
    }
}

fn write_gz(path: &Path, data: &[u8]) {
    let mut gz = flate2::write::GzEncoder::new(
        fs::File::create(path).unwrap(),
        flate2::Compression::default(),
    );
    gz.write_all(data).unwrap();
    gz.finish().unwrap();
}

/// Complete lines a gzip decoder gives before the stream breaks.
fn decodable_lines(gz: &[u8]) -> usize {
    let mut d = flate2::read::MultiGzDecoder::new(gz);
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match d.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
        }
    }
    out.iter().filter(|&&b| b == b'\n').count()
}

/// Builds the corpus folder; returns what indexing it must give.
fn generate(dir: &Path, huge: bool) -> Expect {
    let mut e = Expect::default();
    let mut rng = Rng(0x5eed_1234);

    // JSONL files: bad lines interleaved with good ones.
    for f in 0..20 {
        let path = dir.join(format!("mixed{f:02}.jsonl"));
        let mut data = Vec::new();
        let mut line = 0u64;
        for _ in 0..60 {
            line += 1;
            if rng.below(2) == 0 {
                data.extend(good_line(&mut e, &mut rng).as_bytes());
            } else {
                data.extend(bad_line(&mut rng));
                e.bad(&path, line);
            }
            data.push(b'\n');
            if rng.below(10) == 0 {
                line += 1;
                data.extend(b"   \r\n"); // blank lines are skipped silently
            }
        }
        fs::write(&path, data).unwrap();
    }
    // A 50 MB single line between good ones.
    if huge {
        let path = dir.join("huge-line.jsonl");
        let mut data = good_line(&mut e, &mut rng).into_bytes();
        data.extend(b"\n{\"id\": \"huge\", \"text\": \"");
        data.extend(std::iter::repeat_n(b'a', 50 * 1024 * 1024));
        data.extend(b"\"}\n");
        data.extend(good_line(&mut e, &mut rng).as_bytes());
        data.push(b'\n');
        e.bad(&path, 2);
        fs::write(&path, data).unwrap();
    }
    // A good record with a 2 MiB text (over the 1 MiB article limit: cut, indexed, warned about),
    // and one with 10,000 repeated group names.
    {
        let path = dir.join("big-articles.jsonl");
        let id1 = e.id();
        let id2 = e.id();
        let long = "Militants attacked a police station in Peshawar. ".repeat(43_000);
        // (10,000 names in one sentence: `one_giant_sentence_costs_linear_time` below.)
        let groups = "The Tehrik-i-Taliban Pakistan claimed it. ".repeat(10_000);
        let data = format!(
            "{}\n{}\n",
            serde_json::json!({"id": id1, "text": long}),
            serde_json::json!({"id": id2, "title": "Taliban attack", "text": groups})
        );
        e.good.insert(id1);
        e.good.insert(id2);
        e.truncated += 1;
        fs::write(&path, data).unwrap();
    }

    // JSON files: arrays with bad elements, cut-off arrays, broken documents.
    for f in 0..30 {
        let path = dir.join(format!("doc{f:02}.json"));
        match f % 6 {
            0 | 1 => {
                // An array, one element per line, some bad, maybe cut off at the end.
                let mut s = String::from("[\n");
                let n = 10 + rng.below(20);
                for i in 0..n {
                    let line = i as u64 + 2;
                    let elem = match rng.below(4) {
                        0 => {
                            let mut b = bad_line(&mut rng);
                            if b.starts_with(b"{\"id\": \"x\", \"text\": \"cut off") {
                                // An unterminated string would swallow the rest of the array.
                                b = b"{\"id\": \"x\", \"text\": false}".to_vec();
                            }
                            match String::from_utf8(b) {
                                Ok(b) if !b.contains('\n') => {
                                    e.bad(&path, line);
                                    b
                                }
                                _ => {
                                    e.bad(&path, line);
                                    "{\"id\": 1, \"text\": [true]}".to_string()
                                }
                            }
                        }
                        _ => good_line(&mut e, &mut rng),
                    };
                    s.push_str(&elem);
                    s.push_str(if i + 1 < n { ",\n" } else { "\n" });
                }
                // Brackets inside a bad element can swallow the separators after it; keep the
                // suite exact by closing only arrays whose bad elements are plain.
                s.push(']');
                fs::write(&path, s).unwrap();
            }
            2 => {
                // Cut off in the middle of an element: everything before it is read.
                let mut s = String::from("[");
                for i in 0..5 {
                    s.push_str(&good_line(&mut e, &mut rng));
                    s.push_str(if i < 4 {
                        ",\n"
                    } else {
                        ",\n{\"id\": \"cut\", \"te"
                    });
                }
                e.bad(&path, 6);
                fs::write(&path, s).unwrap();
            }
            3 => {
                fs::write(&path, "{\"id\": \"single\", \"text\": \"cut").unwrap();
                e.bad(&path, 1);
            }
            4 => {
                fs::write(&path, format!("{{\"text\": {}}}", "{\"a\":".repeat(50_000))).unwrap();
                e.bad(&path, 1);
            }
            _ => {
                let mut b = rng.bytes(2000);
                b[0] = 0x80;
                fs::write(&path, &b).unwrap();
                e.bad(&path, 1);
            }
        }
    }

    // Text files: good ones, and empty, binary, invalid UTF-8, bad header dates.
    for f in 0..60 {
        let path = dir.join(format!("note{f:02}.txt"));
        match f % 10 {
            0 => {
                fs::write(&path, "").unwrap();
                e.bad(&path, 1);
            }
            1 => {
                fs::write(&path, "\n \n\t\n").unwrap();
                e.bad(&path, 1);
            }
            2 => {
                let mut b = b"Title\n\nBody".to_vec();
                b.extend([0u8, 1, 2, 3, 0xff]);
                fs::write(&path, b).unwrap();
                e.bad(&path, 3);
            }
            3 => {
                fs::write(&path, "first line\nsecond\n\x00binary").unwrap();
                e.bad(&path, 3);
            }
            4 => {
                fs::write(&path, "date 0000-00-00 Zero\n\nBody").unwrap();
                e.bad(&path, 1);
            }
            5 => {
                fs::write(&path, "\n\ndate 99999-01-01 Far\n\nBody").unwrap();
                e.bad(&path, 3);
            }
            6 => {
                // A header line alone is a one-line article.
                fs::write(&path, format!("date 2020-01-02 Only a header {f}\n")).unwrap();
                e.good_unnamed += 1;
            }
            _ => {
                fs::write(
                    &path,
                    format!(
                        "date 2020-01-0{} Note {f}\n\nA unique body {f}: 1e309 dead, -5 hurt.",
                        f % 9 + 1
                    ),
                )
                .unwrap();
                e.good_unnamed += 1;
            }
        }
    }
    if huge {
        let path = dir.join("huge.txt");
        fs::write(&path, "x".repeat(9 * 1024 * 1024)).unwrap();
        e.bad(&path, 1);
    }

    // CSV files: ragged rows, bad UTF-8 and dates, an unclosed quote, a header alone.
    for f in 0..20 {
        let path = dir.join(format!("table{f:02}.csv"));
        let mut s: Vec<u8> = b"id,title,published,text\n".to_vec();
        let mut line = 1u64;
        for _ in 0..40 {
            line += 1;
            match rng.below(8) {
                0 => {
                    s.extend(b"r1,only two");
                    e.bad(&path, line);
                }
                1 => {
                    s.extend(b"r2,a,b,c,d,e,f");
                    e.bad(&path, line);
                }
                2 => {
                    s.extend(b"r3,T,0000-00-00,body");
                    e.bad(&path, line);
                }
                3 => {
                    s.extend(b"r4,T,2020-01-01,caf\xe9 latin-1");
                    e.bad(&path, line);
                }
                4 => {
                    s.extend(b"r5,T,2020-01-01,");
                    e.bad(&path, line);
                }
                _ => {
                    let id = e.id();
                    // A quoted field spanning two lines.
                    s.extend(
                        format!("{id},\"Title, {id}\",2021-01-01,\"Body of {id}\nsecond line\"")
                            .as_bytes(),
                    );
                    e.good.insert(id);
                    line += 1;
                }
            }
            s.push(b'\n');
        }
        if f % 5 == 0 {
            line += 1;
            s.extend(b"u1,\"an unclosed quote runs to the end of the file\n,,,\n");
            e.bad(&path, line);
        }
        fs::write(&path, s).unwrap();
    }
    let path = dir.join("header-only.csv");
    fs::write(&path, "id,title,published,text\n").unwrap();
    e.bad(&path, 1);
    let path = dir.join("empty.csv");
    fs::write(&path, "").unwrap();
    e.bad(&path, 1);
    let path = dir.join("empty.jsonl");
    fs::write(&path, "").unwrap();
    e.bad(&path, 1);
    let path = dir.join("empty.json");
    fs::write(&path, "  \n").unwrap();
    e.bad(&path, 1);
    if huge {
        // A CSV row far over the record limit between good rows.
        let path = dir.join("huge-row.csv");
        let mut s = b"id,text\nc-before,fine\nc-huge,\"".to_vec();
        s.extend(std::iter::repeat_n(b'z', 20 * 1024 * 1024));
        s.extend(b"\"\nc-after,also fine\n");
        fs::write(&path, s).unwrap();
        e.bad(&path, 3);
        e.good.insert("c-before".into());
        e.good.insert("c-after".into());
    }

    // Gzip: cut off, and not gzip at all.
    for f in 0..20 {
        let path = dir.join(format!("cut{f:02}.jsonl.gz"));
        let mut plain = String::new();
        let mut ids = Vec::new();
        for _ in 0..50 {
            let before = e.good.clone();
            plain.push_str(&good_line(&mut e, &mut rng));
            plain.push('\n');
            ids.extend(e.good.difference(&before).cloned());
            e.good = before;
        }
        let full = path.with_extension("tmp");
        write_gz(&full, plain.as_bytes());
        let bytes = fs::read(&full).unwrap();
        fs::remove_file(&full).unwrap();
        let cut = &bytes[..bytes.len() * (20 + rng.below(60)) / 100];
        fs::write(&path, cut).unwrap();
        let n = decodable_lines(cut);
        // Lines are written in order, so the first n ids survive.
        let order: Vec<String> = plain
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        for id in &order[..n] {
            e.good.insert(id.clone());
        }
        e.bad(&path, n as u64 + 1);
    }
    let path = dir.join("not-gzip.csv.gz");
    fs::write(&path, b"id,text\n1,plain text pretending to be gzip\n").unwrap();
    e.bad(&path, 1);
    let path = dir.join("good.jsonl.gz");
    let mut plain = String::new();
    for _ in 0..5 {
        plain.push_str(&good_line(&mut e, &mut rng));
        plain.push('\n');
    }
    write_gz(&path, plain.as_bytes());
    e
}

/// Every id in the index, with repeats.
fn index_ids(dir: &Path) -> Vec<String> {
    let handle = newsfacet::index::open_existing(dir).unwrap();
    let reader = handle.index.reader().unwrap();
    let searcher = reader.searcher();
    let mut out = Vec::new();
    for seg in searcher.segment_readers() {
        let store = seg.get_store_reader(64).unwrap();
        for doc in seg.doc_ids_alive() {
            let d: TantivyDocument = store.get(doc).unwrap();
            out.push(
                d.get_first(handle.fields.id)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string(),
            );
        }
    }
    out
}

/// Parses "indexed N (...), skipped M ..." from the summary line.
fn summary_counts(stdout: &str) -> (usize, usize, usize) {
    let line = stdout
        .lines()
        .find(|l| l.starts_with("indexed "))
        .unwrap_or_else(|| panic!("no summary line in {stdout:?}"));
    let num_after = |key: &str| -> usize {
        let at = line
            .find(key)
            .unwrap_or_else(|| panic!("{key:?} not in {line:?}"))
            + key.len();
        line[at..]
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let truncated = line
        .find(" truncated")
        .map(|end| {
            let start = line[..end].rfind(' ').unwrap() + 1;
            line[start..end].parse().unwrap()
        })
        .unwrap_or(0);
    (num_after("indexed "), num_after("skipped "), truncated)
}

fn run_suite(huge: bool) {
    let t = tempfile::tempdir().unwrap();
    let corpus = t.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    let expect = generate(&corpus, huge);
    assert!(
        expect.bad_total() >= 1000 || !huge,
        "only {} bad inputs",
        expect.bad_total()
    );
    let ix = t.path().join("ix");
    let out = Command::new(env!("CARGO_BIN_EXE_newsfacet"))
        .args([
            "index",
            "--commit-every",
            "300",
            "--heap-mb",
            "64",
            "--index",
        ])
        .arg(&ix)
        .arg(&corpus)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && matches!(out.status.code(), Some(0 | 1)),
        "exit {:?}\n{}",
        out.status,
        stderr
            .lines()
            .filter(|l| l.contains("panick"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad records must give exit status 1"
    );

    // Every report is `path:line: reason`, and the reports are exactly the bad inputs.
    let mut reported: BTreeMap<(String, u64), usize> = BTreeMap::new();
    let mut warnings = 0;
    let prefix = corpus.display().to_string();
    for l in stderr.lines() {
        assert!(
            l.starts_with(&prefix),
            "a report that names no input file: {l:?}"
        );
        let rest = &l[prefix.len()..];
        let (file, after) = rest
            .split_once(':')
            .unwrap_or_else(|| panic!("no `path:` in {l:?}"));
        let (line, reason) = after
            .split_once(": ")
            .unwrap_or_else(|| panic!("no `:line: reason` in {l:?}"));
        let line: u64 = line
            .parse()
            .unwrap_or_else(|_| panic!("no line number in {l:?}"));
        assert!(line >= 1 && !reason.trim().is_empty(), "{l:?}");
        if reason.starts_with("warning:") {
            warnings += 1;
            continue;
        }
        *reported
            .entry((format!("{prefix}{file}"), line))
            .or_default() += 1;
    }
    let missing: Vec<_> = expect
        .bad
        .iter()
        .filter(|(k, n)| reported.get(*k) != Some(n))
        .take(10)
        .collect();
    let extra: Vec<_> = reported
        .iter()
        .filter(|(k, n)| expect.bad.get(*k) != Some(n))
        .take(10)
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "reports differ from the bad inputs\nexpected, not reported as such: {missing:?}\nreported, not expected as such: {extra:?}"
    );
    assert_eq!(warnings, expect.truncated, "one warning per cut article");

    // The summary adds up: indexed + skipped = records.
    let good = expect.good.len() + expect.good_unnamed;
    let (indexed, skipped, truncated) = summary_counts(&stdout);
    assert_eq!(indexed, good, "indexed count; summary: {stdout}");
    assert_eq!(
        skipped,
        expect.bad_total(),
        "skipped count; summary: {stdout}"
    );
    assert_eq!(truncated, expect.truncated);
    assert_eq!(indexed + skipped, good + expect.bad_total());

    // Every good record is in the index, once.
    let ids = index_ids(&ix);
    let held: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(ids.len(), held.len(), "duplicated articles");
    let lost: Vec<_> = expect.good.difference(&held).take(10).collect();
    assert!(lost.is_empty(), "good records not indexed: {lost:?}");
    assert_eq!(held.len(), good);
    eprintln!(
        "bad-input suite: {} malformed inputs reported, {} good records indexed, {} cut",
        expect.bad_total(),
        good,
        expect.truncated
    );
}

#[test]
fn malformed_inputs_are_reported_and_good_records_indexed() {
    run_suite(true);
}

/// The readers straight from bytes: every error names a line, nothing panics.
fn read_all_formats(data: &[u8]) -> usize {
    let mut n = 0;
    for (fmt, name) in [
        (Format::Jsonl, "f.jsonl"),
        (Format::Json, "f.json"),
        (Format::Txt, "f.txt"),
        (Format::Csv, "f.csv"),
    ] {
        for gz in [false, true] {
            read_bytes(name, fmt, gz, data, &mut |r| {
                n += 1;
                if let Err(e) = r {
                    assert!(e.line >= 1, "{name} gz={gz}: error without a line: {e:?}");
                }
            });
        }
    }
    n
}

#[test]
fn readers_survive_random_bytes() {
    let mut rng = Rng(42);
    for i in 0..300 {
        let n = rng.below(3000);
        let mut data = rng.bytes(n);
        // Sprinkle structure so the parsers get past the first byte.
        for _ in 0..rng.below(40) {
            let at = rng.below(data.len().max(1));
            let tok: &[u8] = [
                &b"{\"text\":\""[..],
                b"\n",
                b"\",",
                b"[",
                b"]",
                b"\"",
                b"id,text\n",
            ][rng.below(7)];
            if at <= data.len() {
                data.splice(at..at, tok.iter().copied());
            }
        }
        assert!(
            read_all_formats(&data) >= 8,
            "input {i}: some reader yielded nothing"
        );
    }
}

/// Inputs that fuzzing found (fuzz/artifacts), kept as regressions: the readers and the
/// extractor must take each without panicking.
#[test]
fn fuzz_regressions() {
    let dir: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let Ok(entries) = fs::read_dir(&dir) else {
        return;
    };
    let ex = newsfacet::Extractor::get();
    for entry in entries {
        let path = entry.unwrap().path();
        let data = fs::read(&path).unwrap();
        read_all_formats(&data);
        let text = String::from_utf8_lossy(&data).to_string();
        let a = newsfacet::Article::new(None, None, None, text, None, None);
        ex.extract(&a);
    }
}

/// One sentence with no punctuation holding thousands of group names, places, tolls and dates:
/// every stage must stay linear in the sentence's length. Each used to rescan the whole sentence
/// for every mention (10,000 group names took about 5 minutes on a debug build). Timed as a
/// ratio in one run, not against a clock: ten times the text must cost well under the 100× of a
/// quadratic rule (linear is 10×; the bound leaves room for a noisy machine).
#[test]
fn one_giant_sentence_costs_linear_time() {
    let ex = newsfacet::Extractor::get();
    // Also the clauses toll rules look around: relative pronouns, ", which ...," asides and
    // semicolon clauses.
    let unit = "Taliban TTP Karachi Sindh province 5 people were killed and twenty wounded \
                by the army on Monday 12 March 2003 after the FMLN claimed responsibility; \
                the priests who were killed, which began in May, and the mayor died \
                bringing the number of dead to 9 including three attackers before they were \
                shot dead and the group which has killed 200 people left 16 dead six of them \
                attackers police found the man's body and killed them ";
    let time = |reps: usize| {
        let a = newsfacet::Article::new(None, None, None, unit.repeat(reps), None, None);
        let t = std::time::Instant::now();
        ex.extract(&a);
        t.elapsed().as_secs_f64()
    };
    time(10); // builds the tables
    let small = (0..3).map(|_| time(300)).fold(f64::MAX, f64::min);
    let large = time(3_000);
    let ratio = large / small;
    eprintln!("300 units: {small:.3} s, 3,000 units: {large:.3} s, ratio {ratio:.1}");
    assert!(ratio < 40.0, "10x the text cost {ratio:.1}x the time");
}
