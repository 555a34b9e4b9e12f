//! `newsfacet delete --id ID...`: remove articles by id.

use std::path::Path;

use anyhow::Context;
use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;

use super::Exit;
use crate::index::{self, writer};

pub fn run(dir: &Path, ids: &[String]) -> anyhow::Result<Exit> {
    let handle = index::open_existing(dir)?;
    let searcher = handle
        .index
        .reader()
        .context("cannot read the index")?
        .searcher();
    let mut w = handle.writer(64)?;
    let mut deleted = 0usize;
    let mut missing = Vec::new();
    for id in ids {
        let term = writer::id_term(&handle.fields, id);
        let n = searcher.search(
            &TermQuery::new(term.clone(), IndexRecordOption::Basic),
            &Count,
        )?;
        if n == 0 {
            missing.push(id.as_str());
        } else {
            deleted += n;
            w.delete_term(term);
        }
    }
    w.commit().context("commit failed")?;
    println!(
        "deleted {deleted} article{}",
        if deleted == 1 { "" } else { "s" }
    );
    if !missing.is_empty() {
        eprintln!("not found: {}", missing.join(", "));
        return Ok(Exit::Partial);
    }
    Ok(Exit::Success)
}
