//! Regression guard over the development sets: `newsfacet eval --json` on `../shared`'s gold files
//! (and the bundled `sample/*.jsonl` gold, when present) must not fall more than 0.01 below the
//! figures recorded in `tests/dev_scores.json`. Re-record after an improvement with
//! `NEWSFACET_RECORD_SCORES=1 cargo test --test dev_regression`. Skipped without `../shared`.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::{json, Map, Value};

/// The figures guarded, one per facet (the targets).
const GUARDED: [&str; 4] = [
    "date_acc",
    "province_primary_acc",
    "group_f1",
    "deaths_exact_pos",
];
/// How far a figure may fall below its recorded value.
const TOLERANCE: f64 = 0.01;
const RECORD_VAR: &str = "NEWSFACET_RECORD_SCORES";
const RECORD_COMMAND: &str = "NEWSFACET_RECORD_SCORES=1 cargo test --test dev_regression";

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `(name, path shown in the record, path)` of every gold set present.
fn gold_sets(shared: &Path) -> Vec<(String, String, PathBuf)> {
    let mut sets = Vec::new();
    for name in ["seed", "muc4-dev", "rdwti-dev"] {
        let rel = format!("../shared/data/gold/{name}.jsonl");
        sets.push((
            name.to_string(),
            rel,
            shared.join(format!("data/gold/{name}.jsonl")),
        ));
    }
    let sample = crate_dir().join("sample");
    match fs::read_dir(&sample) {
        Ok(entries) => {
            let mut files: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "jsonl") && has_gold(p))
                .collect();
            files.sort();
            if files.is_empty() {
                eprintln!(
                    "note: no gold file (JSON Lines with a `gold` key) in sample/; not checked"
                );
            }
            for p in files {
                let file = p.file_name().unwrap().to_string_lossy().to_string();
                sets.push((format!("sample/{file}"), format!("sample/{file}"), p));
            }
        }
        Err(_) => eprintln!("note: sample/ not found; its gold is not checked"),
    }
    sets
}

/// Whether a JSON Lines file's first non-blank line has a `gold` object.
fn has_gold(p: &Path) -> bool {
    let Ok(text) = fs::read_to_string(p) else {
        return false;
    };
    let first = text.lines().find(|l| !l.trim().is_empty());
    first
        .and_then(|l| serde_json::from_str::<Value>(l).ok())
        .is_some_and(|v| v.get("gold").is_some_and(Value::is_object))
}

#[test]
fn dev_sets_do_not_regress() {
    let shared = crate_dir().join("../shared");
    if !shared.join("data/gold").is_dir() {
        eprintln!(
            "skipped: ../shared not found (looked for {})",
            shared.join("data/gold").display()
        );
        return;
    }
    let sets = gold_sets(&shared);
    let mut current = Map::new();
    for (name, rel, path) in &sets {
        let start = Instant::now();
        let out = cargo_bin_cmd!("newsfacet")
            .arg("eval")
            .arg("--json")
            .arg(path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "eval {name} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let scores: Value =
            serde_json::from_slice(&out.stdout).expect("eval --json prints one JSON line");
        eprintln!(
            "{name}: {:.1} s  {}",
            start.elapsed().as_secs_f64(),
            headline(&scores)
        );
        current.insert(
            name.clone(),
            json!({"gold": rel, "command": format!("newsfacet eval --json {rel}"), "scores": scores}),
        );
    }

    let record_path = crate_dir().join("tests/dev_scores.json");
    if std::env::var_os(RECORD_VAR).is_some_and(|v| !v.is_empty() && v != "0") {
        let doc = json!({
            "about": "newsfacet eval figures on the development sets, guarded by tests/dev_regression.rs: \
                      a guarded figure may not fall more than the tolerance below its recorded value.",
            "record": RECORD_COMMAND,
            "guarded": GUARDED,
            "tolerance": TOLERANCE,
            "sets": current,
        });
        fs::write(
            &record_path,
            serde_json::to_string_pretty(&doc).unwrap() + "\n",
        )
        .unwrap();
        eprintln!("recorded {}", record_path.display());
        return;
    }

    let text = fs::read_to_string(&record_path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; record the figures with `{RECORD_COMMAND}`",
            record_path.display()
        )
    });
    let recorded: Value = serde_json::from_str(&text).unwrap();
    let recorded = recorded["sets"]
        .as_object()
        .expect("dev_scores.json has `sets`");
    let mut drops = Vec::new();
    for (name, now) in &current {
        let Some(before) = recorded.get(name) else {
            eprintln!("note: {name} has no recorded figures; record them with `{RECORD_COMMAND}`");
            continue;
        };
        for key in GUARDED {
            let Some(was) = before["scores"][key].as_f64() else {
                continue;
            };
            match now["scores"][key].as_f64() {
                Some(is) if is >= was - TOLERANCE - 1e-12 => {}
                is => drops.push(format!(
                    "{name}: {key} {} < recorded {was:.4} - {TOLERANCE}",
                    is.map_or("null".to_string(), |v| format!("{v:.4}"))
                )),
            }
        }
    }
    for name in recorded.keys().filter(|n| !current.contains_key(*n)) {
        eprintln!("note: {name} is recorded but its gold file is not present; not checked");
    }
    assert!(
        drops.is_empty(),
        "figures fell below the recorded ones:\n  {}\n(if intended, re-record with `{RECORD_COMMAND}`)",
        drops.join("\n  ")
    );
}

fn headline(scores: &Value) -> String {
    GUARDED
        .iter()
        .map(|k| {
            format!(
                "{k} {}",
                scores[*k]
                    .as_f64()
                    .map_or("-".to_string(), |v| format!("{v:.4}"))
            )
        })
        .collect::<Vec<_>>()
        .join("  ")
}
