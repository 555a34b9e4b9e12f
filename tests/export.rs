//! `newsfacet export`: every article comes out once with its facets, the lines are well-formed
//! JSON, the `_bulk` form pairs an action with each article, and every exported field has the
//! name and type that the shipped mappings (mappings/quickwit-index.json,
//! mappings/elasticsearch-index.json) declare.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_newsfacet");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str], index: &Path) -> String {
    let out = Command::new(BIN)
        .args(args)
        .arg("--index")
        .arg(index)
        .output()
        .unwrap();
    assert!(
        out.status.code().unwrap_or(2) < 2,
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn read_json(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(root().join(path)).unwrap()).unwrap()
}

fn is_rfc3339_midnight(v: &Value) -> bool {
    v.as_str().is_some_and(|s| {
        s.len() == 20
            && s.ends_with("T00:00:00Z")
            && chrono::NaiveDate::parse_from_str(&s[..10], "%Y-%m-%d").is_ok()
    })
}

fn strings(v: &Value) -> bool {
    v.as_array()
        .is_some_and(|a| a.iter().all(|x| x.as_str().is_some_and(|s| !s.is_empty())))
}

/// Does `v` fit the Quickwit field type `ty`?
fn fits_quickwit(ty: &str, v: &Value) -> bool {
    match ty {
        "text" => v.is_string(),
        "array<text>" => strings(v),
        "datetime" => is_rfc3339_midnight(v),
        "u64" => v.as_u64().is_some(),
        "array<json>" => v.as_array().is_some_and(|a| a.iter().all(Value::is_object)),
        other => panic!("the test does not know Quickwit type {other}"),
    }
}

/// Does `v` fit the Elasticsearch mapping `m`?
fn fits_es(m: &Value, v: &Value) -> bool {
    match m["type"].as_str().unwrap() {
        "keyword" => v.is_string() || strings(v),
        "text" => v.is_string(),
        "date" => is_rfc3339_midnight(v),
        "long" => v.as_u64().is_some(),
        "object" => v.is_object() || v.as_array().is_some_and(|a| a.iter().all(Value::is_object)),
        other => panic!("the test does not know Elasticsearch type {other}"),
    }
}

#[test]
fn export_round_trips_every_article_and_fits_the_mappings() {
    let tmp = tempfile::tempdir().unwrap();
    let index = tmp.path().join("index");
    let inputs = vec![root().join("sample")];
    let out = Command::new(BIN)
        .arg("index")
        .args(&inputs)
        .arg("--index")
        .arg(&index)
        .arg("--quiet")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // What the index holds, through `search`.
    let all: Value =
        serde_json::from_str(&run(&["search", "--json", "--limit", "100000"], &index)).unwrap();
    let hits: BTreeMap<String, Value> = all["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["id"].as_str().unwrap().to_string(), h.clone()))
        .collect();
    assert_eq!(hits.len() as u64, all["total"].as_u64().unwrap());

    // ndjson to a file: one line per article, ids equal to the index's.
    let file = tmp.path().join("out.ndjson");
    run(
        &[
            "export",
            "--format",
            "ndjson",
            "--output",
            file.to_str().unwrap(),
        ],
        &index,
    );
    let text = std::fs::read_to_string(&file).unwrap();
    let docs: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert!(text.ends_with('\n'));
    assert_eq!(docs.len(), hits.len());
    let ids: BTreeSet<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), docs.len(), "no article twice");
    assert_eq!(
        ids,
        hits.keys().map(String::as_str).collect::<BTreeSet<_>>()
    );

    // The facets are the index's.
    let day = |v: &Value| v.as_str().map(|s| s[..10].to_string());
    for d in &docs {
        let h = &hits[d["id"].as_str().unwrap()];
        assert_eq!(d.get("title"), h.get("title").filter(|t| !t.is_null()));
        assert_eq!(
            day(&d["event_date"]),
            h["event_date"].as_str().map(str::to_string)
        );
        assert_eq!(
            day(&d["published"]),
            h["published"].as_str().map(str::to_string)
        );
        assert_eq!(d["deaths"].as_u64(), h["deaths"].as_u64());
        assert_eq!(
            d["deaths_attackers"].as_u64(),
            h["deaths_attackers"].as_u64()
        );
        assert_eq!(
            d.get("places").unwrap_or(&Value::Array(vec![])),
            &h["places"]
        );
        let groups: Vec<&Value> = h["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| &g["name"])
            .collect();
        let exported: Vec<&Value> = d
            .get("groups")
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        assert_eq!(exported, groups);
        assert!(
            !d.as_object().unwrap().values().any(Value::is_null),
            "unknown values are left out: {d}"
        );
        assert!(d["text"].as_str().is_some_and(|t| !t.is_empty()));
    }

    // Every field has the name and type the Quickwit index config declares.
    let qw = read_json("mappings/quickwit-index.json");
    let mapping = &qw["doc_mapping"];
    assert_eq!(mapping["mode"], "strict");
    let qw_fields: BTreeMap<&str, &Value> = mapping["field_mappings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["name"].as_str().unwrap(), f))
        .collect();
    let ts = mapping["timestamp_field"].as_str().unwrap();
    assert_eq!(qw_fields[ts]["type"], "datetime");
    assert_eq!(
        qw_fields[ts]["fast"], true,
        "Quickwit needs a fast timestamp"
    );
    for f in ["countries", "provinces", "groups", "source"] {
        assert_eq!(qw_fields[f]["tokenizer"], "raw", "{f}");
        assert_eq!(qw_fields[f]["fast"], true, "{f}");
    }
    for f in ["deaths", "deaths_attackers"] {
        assert_eq!(
            (qw_fields[f]["type"].as_str(), &qw_fields[f]["fast"]),
            (Some("u64"), &Value::Bool(true))
        );
    }
    for f in ["title", "text"] {
        assert_eq!(qw_fields[f]["tokenizer"], "en_stem", "{f}");
    }
    for t in mapping["tag_fields"].as_array().unwrap() {
        assert!(qw_fields.contains_key(t.as_str().unwrap()));
    }
    let es = read_json("mappings/elasticsearch-index.json");
    assert_eq!(es["mappings"]["dynamic"], "strict");
    let es_fields = es["mappings"]["properties"].as_object().unwrap();
    assert_eq!(
        qw_fields.keys().copied().collect::<BTreeSet<_>>(),
        es_fields
            .keys()
            .map(String::as_str)
            .collect::<BTreeSet<_>>(),
        "both mappings name the same fields"
    );
    let mut seen = BTreeSet::new();
    for d in &docs {
        assert!(
            d.get(ts).is_some() || (d.get("event_date").is_none() && d.get("published").is_none())
        );
        for (k, v) in d.as_object().unwrap() {
            let qf = qw_fields
                .get(k.as_str())
                .unwrap_or_else(|| panic!("{k} is not in the Quickwit mapping"));
            assert!(
                fits_quickwit(qf["type"].as_str().unwrap(), v),
                "Quickwit {k}: {v}"
            );
            let ef = es_fields
                .get(k)
                .unwrap_or_else(|| panic!("{k} is not in the Elasticsearch mapping"));
            assert!(fits_es(ef, v), "Elasticsearch {k}: {v}");
            seen.insert(k.clone());
        }
    }
    for must in [
        "id",
        "text",
        "timestamp",
        "deaths",
        "countries",
        "provinces",
        "groups",
        "evidence",
    ] {
        assert!(seen.contains(must), "no article exported {must}");
    }

    // `_bulk` body on standard output: action, article, action, article…
    let bulk = run(
        &["export", "--format", "es-bulk", "--es-index", "news"],
        &index,
    );
    let lines: Vec<Value> = bulk
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2 * docs.len());
    for (pair, doc) in lines.chunks(2).zip(&docs) {
        assert_eq!(pair[0]["index"]["_index"], "news");
        assert_eq!(pair[0]["index"]["_id"], doc["id"]);
        assert_eq!(&pair[1], doc);
    }
}
