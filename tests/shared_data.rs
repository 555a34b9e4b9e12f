//! Tests on the real data in `../shared` (the example article and the RAND dev set). They skip,
//! saying so, where `../shared` is absent (a fresh clone); CI has it and runs them.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if p.join("data/gold").is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared not found (these tests need the shared data set)");
        None
    }
}

fn bin() -> Command {
    Command::cargo_bin("newsfacet").unwrap()
}

fn json_lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn search_ids(ix: &str, args: &[&str]) -> (u64, BTreeSet<String>, Vec<Value>) {
    // Every hit unless the caller asks for a page size itself.
    let limit: &[&str] = if args.iter().any(|a| matches!(*a, "-n" | "--limit")) {
        &[]
    } else {
        &["-n", "100000"]
    };
    let out = bin()
        .args(["search", "--index", ix, "--json"])
        .args(limit)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.code().unwrap() <= 1,
        "search {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = v["hits"].as_array().unwrap().clone();
    let ids = hits
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect();
    (v["total"].as_u64().unwrap(), ids, hits)
}

#[test]
fn seed_article_facets() {
    let Some(sh) = shared() else { return };
    let out = bin()
        .args(["extract", "--json"])
        .arg(sh.join("seed/karachi-2023-02-17.txt"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let v = &json_lines(&out.stdout)[0];
    assert_eq!(v["event_date"], "2023-02-17", "{v}");
    assert_eq!(v["places"][0]["country"], "Pakistan", "{v}");
    assert_eq!(v["places"][0]["province"], "Sindh", "{v}");
    let g = &v["groups"][0];
    let names: Vec<String> = std::iter::once(&g["name"])
        .chain(g["aliases"].as_array().into_iter().flatten())
        .filter_map(|n| n.as_str().map(str::to_lowercase))
        .collect();
    assert!(names.contains(&"ttp".to_string()), "TTP first: {v}");
    assert_eq!(v["deaths"], 4, "{v}");
    assert_eq!(v["deaths_attackers"], 2, "{v}");
}

#[test]
fn seed_article_is_found_by_keyword_province_group_and_date() {
    let Some(sh) = shared() else { return };
    let t = tempfile::tempdir().unwrap();
    let ix = t.path().join("ix");
    let ixs = ix.to_str().unwrap();
    bin()
        .args(["index", "--index", ixs])
        .arg(sh.join("seed"))
        .assert()
        .success();
    for args in [
        vec![
            "police headquarters",
            "--province",
            "sindh",
            "--from",
            "2023-02-01",
        ],
        vec![
            "karachi",
            "--province",
            "SINDH PROVINCE",
            "--country",
            "pakistan",
        ],
        vec!["", "--group", "pakistani taliban"],
        vec![
            "",
            "--group",
            "TTP",
            "--min-deaths",
            "4",
            "--max-deaths",
            "4",
        ],
        vec![
            "",
            "--group",
            "Tehrik-e-Taliban Pakistan",
            "--from",
            "2023-02",
            "--to",
            "2023-02",
        ],
    ] {
        let (total, _, hits) = search_ids(ixs, &args);
        assert_eq!(total, 1, "{args:?}");
        assert_eq!(hits[0]["title"], "Pakistan Shootout");
    }
    for args in [
        vec!["police headquarters", "--province", "punjab"],
        vec!["", "--from", "2023-02-18"],
        vec!["", "--min-deaths", "5"],
        vec!["", "--group", "afghan taliban"],
    ] {
        assert_eq!(search_ids(ixs, &args).0, 0, "{args:?}");
    }
}

/// Indexes the RAND dev set and checks every filter, alone and combined, against the facets
/// `extract` gives for the same articles: the search must return exactly those articles.
#[test]
fn filters_agree_with_extracted_facets_on_rdwti() {
    let Some(sh) = shared() else { return };
    let gold = sh.join("data/gold/rdwti-dev.jsonl");
    let t = tempfile::tempdir().unwrap();
    let ix = t.path().join("ix");
    let ixs = ix.to_str().unwrap();
    bin()
        .args(["index", "--index", ixs])
        .arg(&gold)
        .assert()
        .success();
    let out = bin()
        .args(["extract", "--json"])
        .arg(&gold)
        .output()
        .unwrap();
    let facets: HashMap<String, Value> = json_lines(&out.stdout)
        .into_iter()
        .map(|v| (v["id"].as_str().unwrap().to_string(), v))
        .collect();
    assert_eq!(facets.len(), 36123);

    fn fold(s: &str) -> String {
        s.to_lowercase()
    }
    let province_of = |v: &Value| -> Vec<String> {
        v["places"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p["province"].as_str().map(fold))
            .collect()
    };
    let groups_of = |v: &Value| -> Vec<String> {
        v["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| fold(g["name"].as_str().unwrap()))
            .collect()
    };
    // The most frequent values, so the filters select real sets.
    let mut prov_n: HashMap<String, usize> = HashMap::new();
    let mut group_n: HashMap<String, usize> = HashMap::new();
    for v in facets.values() {
        for p in v["places"].as_array().unwrap() {
            if let Some(pr) = p["province"].as_str() {
                *prov_n.entry(pr.to_string()).or_default() += 1;
            }
        }
        for g in v["groups"].as_array().unwrap() {
            *group_n
                .entry(g["name"].as_str().unwrap().to_string())
                .or_default() += 1;
        }
    }
    let top = |m: &HashMap<String, usize>, n: usize| {
        let mut v: Vec<(String, usize)> = m.clone().into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.into_iter().take(n).map(|(k, _)| k).collect::<Vec<_>>()
    };
    let provinces = top(&prov_n, 3);
    let groups = top(&group_n, 3);
    assert!(
        !provinces.is_empty() && !groups.is_empty(),
        "the extractor found no provinces or groups"
    );

    struct Case {
        args: Vec<String>,
        keep: Box<dyn Fn(&Value) -> bool>,
    }
    let mut cases: Vec<Case> = Vec::new();
    let date_in = |v: &Value, lo: &str, hi: &str| {
        v["event_date"].as_str().is_some_and(|d| d >= lo && d <= hi)
    };
    let deaths_in =
        |v: &Value, lo: u64, hi: u64| v["deaths"].as_u64().is_some_and(|d| d >= lo && d <= hi);
    for p in &provinces {
        let pk = fold(p);
        cases.push(Case {
            args: vec!["--province".into(), p.to_uppercase()],
            keep: Box::new(move |v| province_of(v).contains(&pk)),
        });
    }
    for g in &groups {
        let gk = fold(g);
        cases.push(Case {
            args: vec!["--group".into(), g.clone()],
            keep: Box::new(move |v| groups_of(v).contains(&gk)),
        });
    }
    cases.push(Case {
        args: vec![
            "--from".into(),
            "2003-03".into(),
            "--to".into(),
            "2004".into(),
        ],
        keep: Box::new(move |v| date_in(v, "2003-03-01", "2004-12-31")),
    });
    cases.push(Case {
        args: vec![
            "--min-deaths".into(),
            "5".into(),
            "--max-deaths".into(),
            "20".into(),
        ],
        keep: Box::new(move |v| deaths_in(v, 5, 20)),
    });
    cases.push(Case {
        args: vec!["--min-deaths".into(), "0".into()],
        keep: Box::new(|v| v["deaths"].is_u64()),
    });
    let (p0, g0) = (fold(&provinces[0]), fold(&groups[0]));
    cases.push(Case {
        args: vec![
            "--province".into(),
            provinces[0].clone(),
            "--province".into(),
            provinces[1 % provinces.len()].clone(),
            "--from".into(),
            "2004".into(),
            "--min-deaths".into(),
            "1".into(),
        ],
        keep: {
            let p1 = fold(&provinces[1 % provinces.len()]);
            Box::new(move |v| {
                let ps = province_of(v);
                (ps.contains(&p0) || ps.contains(&p1))
                    && date_in(v, "2004-01-01", "9999-12-31")
                    && deaths_in(v, 1, u64::MAX)
            })
        },
    });
    cases.push(Case {
        args: vec![
            "--group".into(),
            groups[0].to_uppercase(),
            "--to".into(),
            "2006-06-30".into(),
            "--max-deaths".into(),
            "3".into(),
        ],
        keep: Box::new(move |v| {
            groups_of(v).contains(&g0)
                && date_in(v, "0000-01-01", "2006-06-30")
                && deaths_in(v, 0, 3)
        }),
    });
    for case in &cases {
        let args: Vec<&str> = case.args.iter().map(String::as_str).collect();
        let (total, got, hits) = search_ids(ixs, &args);
        let want: BTreeSet<String> = facets
            .iter()
            .filter(|(_, v)| (case.keep)(v))
            .map(|(k, _)| k.clone())
            .collect();
        assert!(
            !want.is_empty(),
            "case {args:?} selects nothing: pick other values"
        );
        assert_eq!(total as usize, want.len(), "total for {args:?}");
        assert_eq!(got, want, "ids for {args:?}");
        // Stored facets are the extracted ones.
        for h in hits.iter().take(200) {
            let f = &facets[h["id"].as_str().unwrap()];
            for key in [
                "event_date",
                "places",
                "groups",
                "deaths",
                "deaths_attackers",
            ] {
                assert_eq!(h[key], f[key], "{key} of {}", h["id"]);
            }
        }
    }
    // Sorting by deaths puts the largest known toll first and unknown tolls last.
    let (_, _, hits) = search_ids(ixs, &["--sort", "deaths", "-n", "5"]);
    let max = facets.values().filter_map(|v| v["deaths"].as_u64()).max();
    assert_eq!(hits[0]["deaths"].as_u64(), max);
}
