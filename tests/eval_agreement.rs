//! `newsfacet eval` agrees with the official scorer `../shared/tools/score_facets.py` on the shared
//! development sets: the same figures from `eval --json` as from the scorer on `extract --json`
//! output, and the library's scoring equal to the scorer's unrounded figures on perturbed gold-derived
//! predictions that exercise every matching rule. Skipped (with a message) without `../shared` or
//! without `python3`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::{json, Map, Value};

const TOLERANCE: f64 = 1e-9;

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if !dir.join("tools/score_facets.py").is_file() || !dir.join("data/gold").is_dir() {
        eprintln!(
            "skipped: ../shared not found (looked for {})",
            dir.display()
        );
        return None;
    }
    let python = Command::new("python3").arg("--version").output();
    if !python.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: python3 not found, needed to run ../shared/tools/score_facets.py");
        return None;
    }
    Some(dir)
}

/// The last line of the scorer's output (its JSON summary). With `unrounded`, the scorer runs with
/// `round` disabled, so its figures come out at full precision.
fn python_score(shared: &Path, gold: &Path, pred: &Path, unrounded: bool) -> Map<String, Value> {
    let script = shared.join("tools/score_facets.py");
    let mut cmd = Command::new("python3");
    if unrounded {
        // the scorer's globals get a `round` that keeps full precision
        cmd.args([
            "-c",
            "import runpy, sys\n\
             sys.argv = sys.argv[1:]\n\
             runpy.run_path(sys.argv[0], init_globals={'round': lambda v, n=None: v}, run_name='__main__')",
        ]);
    }
    let out = cmd
        .arg(&script)
        .arg(gold)
        .arg(pred)
        .arg("--json")
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "score_facets.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let last = stdout.lines().last().expect("the scorer prints a summary");
    serde_json::from_str(last).expect("the scorer's summary is JSON")
}

fn assert_agree(what: &str, ours: &Map<String, Value>, theirs: &Map<String, Value>) {
    let ours_keys: Vec<&String> = ours.keys().collect();
    let theirs_keys: Vec<&String> = theirs.keys().collect();
    assert_eq!(ours_keys, theirs_keys, "{what}: keys differ");
    for (k, theirs_v) in theirs {
        let ours_v = &ours[k];
        let same = match (ours_v.as_f64(), theirs_v.as_f64()) {
            (Some(a), Some(b)) => (a - b).abs() <= TOLERANCE,
            _ => ours_v.is_null() && theirs_v.is_null(),
        };
        assert!(
            same,
            "{what}: {k} is {ours_v} in newsfacet, {theirs_v} in score_facets.py"
        );
    }
}

/// `extract --json` → score_facets.py, against `eval --json`.
fn check_eval_agrees(shared: &Path, gold: &Path, work: &Path) {
    let name = gold.file_name().unwrap().to_string_lossy().to_string();
    let extract = cargo_bin_cmd!("newsfacet")
        .arg("extract")
        .arg("--json")
        .arg(gold)
        .output()
        .unwrap();
    assert!(
        extract.status.success(),
        "extract failed: {}",
        String::from_utf8_lossy(&extract.stderr)
    );
    let pred = work.join(format!("{name}.pred.jsonl"));
    fs::write(&pred, &extract.stdout).unwrap();
    let theirs = python_score(shared, gold, &pred, false);

    let eval = cargo_bin_cmd!("newsfacet")
        .arg("eval")
        .arg("--json")
        .arg(gold)
        .output()
        .unwrap();
    assert!(
        eval.status.success(),
        "eval failed: {}",
        String::from_utf8_lossy(&eval.stderr)
    );
    let stdout = String::from_utf8(eval.stdout).unwrap();
    assert_eq!(
        stdout.lines().count(),
        1,
        "one summary line per gold file: {stdout}"
    );
    let ours: Map<String, Value> = serde_json::from_str(stdout.trim()).unwrap();
    assert_agree(
        &format!("{name}: eval --json vs score_facets.py --json"),
        &ours,
        &theirs,
    );

    // the library on the same prediction file, unrounded
    check_library_agrees(
        shared,
        gold,
        &pred,
        &format!("{name}: extract predictions, unrounded"),
    );
}

fn check_library_agrees(shared: &Path, gold: &Path, pred: &Path, what: &str) {
    let records = newsfacet::eval::read_gold_file(gold).unwrap();
    let preds = newsfacet::eval::read_predictions(pred).unwrap();
    let summary =
        newsfacet::eval::score::score(records.iter().map(|r| (r.id.as_str(), &r.gold)), &preds);
    let ours = summary.to_json_unrounded().as_object().unwrap().clone();
    let theirs = python_score(shared, gold, pred, true);
    assert_agree(what, &ours, &theirs);
}

/// Predictions made from the gold with deterministic perturbations, so that every rule of the
/// scorer gets exercised on real names: aliases, acronyms, region suffixes, near and far dates,
/// near and far tolls, wrong and extra groups and provinces, missing predictions.
fn perturbed_predictions(gold: &Path) -> String {
    let lines: Vec<Value> = fs::read_to_string(gold)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let all_groups: Vec<Value> = lines
        .iter()
        .flat_map(|l| l["gold"]["groups"].as_array().cloned().unwrap_or_default())
        .collect();
    let all_provinces: Vec<String> = lines
        .iter()
        .flat_map(|l| l["gold"]["places"].as_array().cloned().unwrap_or_default())
        .filter_map(|p| p["province"].as_str().map(str::to_string))
        .collect();
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i % 17 == 5 {
            continue; // no prediction for this id
        }
        let g = &l["gold"];
        let shift = [0i64, 0, 1, -1, 30, 59, 61, -400][i % 8];
        let event_date = g["dates"]
            .as_array()
            .and_then(|d| d.first())
            .and_then(Value::as_str)
            .map(|spec| {
                let day = spec
                    .trim_start_matches("<=")
                    .split("..")
                    .next()
                    .unwrap_or("");
                match chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") {
                    Ok(d) => (d - chrono::TimeDelta::days(shift)).to_string(),
                    Err(_) => format!("{day}-06-15"),
                }
            });
        let mut places: Vec<Value> = Vec::new();
        for (k, p) in g["places"].as_array().into_iter().flatten().enumerate() {
            let prov = p["province"].as_str().map(|s| match (i + k) % 6 {
                0 => format!("{s} Province"),
                1 => s.to_uppercase(),
                2 => all_provinces[(i * 7 + 3) % all_provinces.len()].clone(),
                3 => format!("Departamento de {s}"),
                _ => s.to_string(),
            });
            places.push(json!({"country": p["country"], "province": prov}));
        }
        if i % 5 == 0 && !all_provinces.is_empty() {
            places.insert(
                0,
                json!({"country": "X", "province": all_provinces[(i * 13) % all_provinces.len()]}),
            );
        }
        let mut groups: Vec<Value> = Vec::new();
        for (k, ga) in g["groups"].as_array().into_iter().flatten().enumerate() {
            let aliases: Vec<&str> = ga
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_str)
                .collect();
            let Some(first) = aliases.first() else {
                continue;
            };
            match (i + k) % 7 {
                0 => groups.push(json!(aliases[aliases.len() - 1])),
                1 => groups.push(json!({"name": format!("{first} (XQ)"), "aliases": []})),
                2 => groups.push(json!({"name": format!("The {} faction", first.to_lowercase()), "aliases": ["zz"]})),
                3 => groups.push(json!(first.split_whitespace().next().unwrap_or(first))),
                4 => {}
                _ => groups.push(json!({"name": first, "aliases": aliases[1..]})),
            }
        }
        if i % 4 == 1 && !all_groups.is_empty() {
            let other = &all_groups[(i * 11) % all_groups.len()];
            groups.push(json!({"name": other[0], "aliases": [format!("{} (ZQ)", other[0].as_str().unwrap_or(""))]}));
        }
        let count = ["victims", "deaths"].iter().find_map(|k| {
            g[*k]
                .as_array()
                .and_then(|o| o.first())
                .and_then(|o| o.get(0))
                .and_then(Value::as_i64)
        });
        let (deaths, attackers) = match (count, i % 6) {
            (_, 0) => (Value::Null, Value::Null),
            (Some(n), 1) => (json!(n + 2), json!(2)),
            (Some(n), 2) => (json!(n + 1), Value::Null),
            (Some(n), 3) => (json!(n * 11 / 10), json!(0)),
            (Some(n), _) => (json!(n), Value::Null),
            (None, _) => (json!(i % 3), Value::Null),
        };
        let line = json!({"id": l["id"], "event_date": event_date, "places": places, "groups": groups,
                          "deaths": deaths, "deaths_attackers": attackers});
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

fn check_perturbed(shared: &Path, gold: &Path, work: &Path) {
    let name = gold.file_name().unwrap().to_string_lossy().to_string();
    let pred = work.join(format!("{name}.perturbed.jsonl"));
    fs::write(&pred, perturbed_predictions(gold)).unwrap();
    check_library_agrees(
        shared,
        gold,
        &pred,
        &format!("{name}: perturbed predictions, unrounded"),
    );
}

#[test]
fn seed_agrees() {
    let Some(shared) = shared() else { return };
    let work = tempfile::tempdir().unwrap();
    let gold = shared.join("data/gold/seed.jsonl");
    check_eval_agrees(&shared, &gold, work.path());
    check_perturbed(&shared, &gold, work.path());
}

#[test]
fn muc4_dev_agrees() {
    let Some(shared) = shared() else { return };
    let work = tempfile::tempdir().unwrap();
    let gold = shared.join("data/gold/muc4-dev.jsonl");
    check_eval_agrees(&shared, &gold, work.path());
    check_perturbed(&shared, &gold, work.path());
}

#[test]
fn rdwti_dev_slice_agrees() {
    let Some(shared) = shared() else { return };
    let work = tempfile::tempdir().unwrap();
    let all = fs::read_to_string(shared.join("data/gold/rdwti-dev.jsonl")).unwrap();
    let slice: String = all.lines().take(3000).flat_map(|l| [l, "\n"]).collect();
    let gold = work.path().join("rdwti-dev-3000.jsonl");
    fs::write(&gold, slice).unwrap();
    check_eval_agrees(&shared, &gold, work.path());
    // the whole set for the scoring alone: no extraction involved, so it stays fast
    check_perturbed(
        &shared,
        &shared.join("data/gold/rdwti-dev.jsonl"),
        work.path(),
    );
}
