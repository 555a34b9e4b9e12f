//! `newsfacet export`: every article in the index with its facets, one JSON document per line,
//! either plain ndjson (Quickwit's ingest format) or Elasticsearch/OpenSearch `_bulk` pairs.
//! The field names and types here are the ones `mappings/` declares; `tests/export.rs` holds the
//! two together.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::Context;
use serde_json::{json, Map, Value};

use super::Exit;
use crate::index;
use crate::search::article::{all, StoredArticle};

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One article per line (Quickwit: `quickwit index ingest`, or any ndjson reader).
    Ndjson,
    /// `_bulk` pairs: an `index` action line with `_id`, then the article.
    EsBulk,
}

/// Options of `newsfacet export`.
pub struct Options {
    pub index: PathBuf,
    pub format: ExportFormat,
    /// Standard output when `None`.
    pub output: Option<PathBuf>,
    /// Target index name in `_bulk` action lines.
    pub es_index: String,
}

/// The exported document of one article. Unknown values are left out rather than written as
/// null (unknown is not zero, and engines treat a missing field as missing).
///
/// - dates are RFC 3339 at midnight UTC (`2023-01-30T00:00:00Z`), which both engines read as is;
/// - `timestamp`: the event date, else the publication date (Quickwit's `timestamp_field`);
/// - `countries`, `provinces` (`"Country/Province"` paths) and `groups` (canonical names): flat
///   arrays of keywords, the facets to filter and count on;
/// - `places` and `evidence`: the structured facets, stored for display.
pub fn document(a: &StoredArticle) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(a.id));
    let mut put = |k: &str, v: Value| {
        if !v.is_null() {
            m.insert(k.into(), v);
        }
    };
    put("title", json!(a.title));
    put("text", json!(a.text));
    put("url", json!(a.url));
    put("source", json!(a.source));
    put("published", json!(a.published.map(rfc3339)));
    put("event_date", json!(a.event_date.map(rfc3339)));
    put(
        "timestamp",
        json!(a.event_date.or(a.published).map(rfc3339)),
    );
    put("deaths", json!(a.deaths));
    put("deaths_attackers", json!(a.deaths_attackers));
    let mut countries: Vec<&str> = Vec::new();
    let mut provinces: Vec<String> = Vec::new();
    for p in &a.places {
        if !countries.contains(&p.country.as_str()) {
            countries.push(&p.country);
        }
        if let Some(pr) = &p.province {
            let path = format!("{}/{pr}", p.country);
            if !provinces.contains(&path) {
                provinces.push(path);
            }
        }
    }
    put("countries", json!(countries));
    put("provinces", json!(provinces));
    let groups: Vec<&str> = a.groups.iter().map(|g| g.name.as_str()).collect();
    put("groups", json!(groups));
    put("places", json!(a.places));
    put("evidence", json!(a.evidence));
    Value::Object(m)
}

/// A day as RFC 3339, midnight UTC.
fn rfc3339(d: chrono::NaiveDate) -> String {
    format!("{d}T00:00:00Z")
}

pub fn run(o: &Options) -> anyhow::Result<Exit> {
    super::ensure_default_index(&o.index)?;
    let handle = index::open_existing(&o.index)?;
    let reader = handle.index.reader().context("cannot read the index")?;
    let searcher = reader.searcher();
    let out: Box<dyn Write> = match &o.output {
        Some(p) => {
            Box::new(File::create(p).with_context(|| format!("cannot create {}", p.display()))?)
        }
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    let mut n = 0usize;
    for article in all(&searcher, &handle.fields) {
        let doc = document(&article?);
        if o.format == ExportFormat::EsBulk {
            let action = json!({"index": {"_index": o.es_index, "_id": doc["id"]}});
            writeln!(out, "{action}")?;
        }
        writeln!(out, "{doc}")?;
        n += 1;
    }
    out.flush().context("cannot write the export")?;
    if let Some(p) = &o.output {
        eprintln!("newsfacet: exported {n} articles to {}", p.display());
    }
    Ok(Exit::Success)
}
