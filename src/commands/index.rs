//! `newsfacet index`: read → extract (in parallel) → write, committing in batches.
//!
//! A reader thread streams records through a bounded channel, rayon extracts facets batch by
//! batch, and tantivy's own writer threads index; memory stays flat whatever the corpus size.
//! Bad records are reported as `path:line: reason` and skipped; everything else is committed.

use std::collections::{BTreeMap, HashSet};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;

use super::Exit;
use crate::corpus::{self, Format, Record, RecordError};
use crate::extract::Extractor;
use crate::index::{self, writer};

/// Options of `newsfacet index`.
pub struct Options {
    pub paths: Vec<PathBuf>,
    pub index: PathBuf,
    pub format: Format,
    pub commit_every: usize,
    pub heap_mb: usize,
    pub quiet: bool,
}

/// What one run did.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// Articles written (new and replaced).
    pub indexed: u64,
    /// Of those, articles whose id was already in the index or earlier in this run.
    pub replaced: u64,
    /// Skipped records by reason.
    pub skipped: BTreeMap<&'static str, u64>,
    pub bytes: u64,
    pub seconds: f64,
}

impl Summary {
    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }

    /// The one summary line every run prints.
    pub fn line(&self) -> String {
        let skipped = if self.skipped.is_empty() {
            "skipped 0".to_string()
        } else {
            let reasons: Vec<String> = self
                .skipped
                .iter()
                .map(|(k, n)| format!("{n} {k}"))
                .collect();
            format!("skipped {} ({})", self.skipped_total(), reasons.join(", "))
        };
        let secs = self.seconds.max(1e-9);
        format!(
            "indexed {} ({} new, {} replaced), {}, {:.2} s ({:.0} articles/s, {:.2} MB/s)",
            self.indexed,
            self.indexed - self.replaced,
            self.replaced,
            skipped,
            self.seconds,
            self.indexed as f64 / secs,
            self.bytes as f64 / 1e6 / secs
        )
    }
}

const BATCH: usize = 512;

enum Msg {
    Batch(Vec<Result<Record, RecordError>>),
    Bytes(u64),
}

pub fn run(o: &Options) -> anyhow::Result<Exit> {
    let summary = index_paths(o)?;
    println!("{}", summary.line());
    Ok(if summary.skipped_total() > 0 {
        Exit::Partial
    } else {
        Exit::Success
    })
}

/// Indexes the paths and returns the summary (the library entry point behind the command).
pub fn index_paths(o: &Options) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let inputs = corpus::collect_inputs(&o.paths, o.format)?;
    let total_bytes: u64 = inputs.iter().map(|i| i.bytes).sum();
    let handle = index::create_or_open(&o.index)?;
    let mut w = handle.writer(o.heap_mb)?;
    let f = handle.fields;
    let reader = handle.index.reader().context("cannot read the index")?;
    let searcher = reader.searcher();
    let existing = searcher.num_docs() > 0;

    let pb = progress_bar(total_bytes);
    let (tx, rx) = sync_channel::<Msg>(4);
    let producer = std::thread::spawn(move || {
        let mut batch = Vec::with_capacity(BATCH);
        let mut done_bytes = 0u64;
        for input in &inputs {
            let mut file_bytes = 0u64;
            let mut sink = |r| {
                batch.push(r);
                if batch.len() >= BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    let _ = tx.send(Msg::Batch(full));
                }
            };
            let tx2 = tx.clone();
            corpus::read_input(input, &mut sink, &mut |n| {
                file_bytes = n;
                let _ = tx2.send(Msg::Bytes(done_bytes + n));
            });
            done_bytes += input.bytes.max(file_bytes);
            let _ = tx.send(Msg::Bytes(done_bytes));
        }
        if !batch.is_empty() {
            let _ = tx.send(Msg::Batch(batch));
        }
    });

    let extractor = Extractor::get();
    let mut summary = Summary::default();
    let mut seen: HashSet<String> = HashSet::new();
    let mut since_commit = 0usize;
    for msg in rx {
        let batch = match msg {
            Msg::Bytes(n) => {
                summary.bytes = n;
                pb.set_position(n);
                continue;
            }
            Msg::Batch(b) => b,
        };
        let extracted: Vec<_> = batch
            .into_par_iter()
            .map(|r| {
                r.map(|rec| {
                    let facets = extractor.extract(&rec.article);
                    let doc = writer::document(&f, &rec.article, &facets, extractor);
                    (rec.article.id, doc)
                })
            })
            .collect();
        for item in extracted {
            match item {
                Ok((id, doc)) => {
                    let term = writer::id_term(&f, &id);
                    let replaced = !seen.insert(id)
                        || (existing
                            && searcher.search(
                                &TermQuery::new(term.clone(), IndexRecordOption::Basic),
                                &Count,
                            )? > 0);
                    if replaced {
                        summary.replaced += 1;
                    }
                    w.delete_term(term);
                    w.add_document(doc)?;
                    summary.indexed += 1;
                    since_commit += 1;
                    if since_commit >= o.commit_every.max(1) {
                        w.commit().context("commit failed")?;
                        since_commit = 0;
                    }
                }
                Err(e) => {
                    *summary.skipped.entry(e.kind).or_default() += 1;
                    if !o.quiet {
                        pb.suspend(|| eprintln!("{e}"));
                    }
                }
            }
        }
        pb.set_message(format!(
            "{} articles, {:.0}/s",
            summary.indexed,
            summary.indexed as f64 / started.elapsed().as_secs_f64().max(1e-3)
        ));
    }
    producer
        .join()
        .map_err(|_| anyhow::anyhow!("the reader thread panicked"))?;
    w.commit().context("commit failed")?;
    w.wait_merging_threads()
        .context("merging segments failed")?;
    pb.finish_and_clear();
    summary.bytes = summary.bytes.max(total_bytes);
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

fn progress_bar(total_bytes: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr());
    pb.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {binary_bytes_per_sec} {msg}",
        )
        .expect("valid template"),
    );
    pb.enable_steady_tick(Duration::from_millis(200));
    pb
}
