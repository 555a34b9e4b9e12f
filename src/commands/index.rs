//! `newsfacet index`: read → extract (in parallel) → write, committing in batches.
//!
//! A reader thread streams records through a bounded channel, rayon extracts facets batch by
//! batch, and tantivy's own writer threads index; memory stays flat whatever the corpus size.
//! Bad records are reported as `path:line: reason` and skipped; everything else is committed.
//!
//! Memory: tantivy's writer heap (`--heap-mb`) plus a constant: at most [`CHANNEL_BATCHES`] + 2
//! batches of at most [`BATCH`] records and [`BATCH_BYTES`] (+ one record) in flight, every
//! article cut to `--max-article-bytes`, and the ids of at most `--commit-every` articles
//! since the last commit. See docs/reliability.md for measured figures.
//!
//! Crash safety: an interrupted run leaves the index at its last commit; re-running the same
//! command replaces every article by its id, so nothing is lost and nothing is duplicated.

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
use tantivy::{IndexReader, ReloadPolicy};

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
    /// Longest title, text, url or source kept, in bytes; longer ones are cut (at a character
    /// boundary) with a warning. 0 means [`DEFAULT_MAX_ARTICLE_BYTES`].
    pub max_article_bytes: usize,
    pub quiet: bool,
}

/// Default of `--max-article-bytes`: 1 MiB, far above any real news article.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 1024 * 1024;

/// What one run did.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// Articles written (new and replaced).
    pub indexed: u64,
    /// Of those, articles whose id was already in the index or earlier in this run.
    pub replaced: u64,
    /// Of those, articles cut to `--max-article-bytes`.
    pub truncated: u64,
    /// Skipped records by reason.
    pub skipped: BTreeMap<&'static str, u64>,
    pub bytes: u64,
    pub seconds: f64,
}

impl Summary {
    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }

    /// Records read in all: every one was either indexed or skipped.
    pub fn records(&self) -> u64 {
        self.indexed + self.skipped_total()
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
        let truncated = if self.truncated > 0 {
            format!(", {} truncated", self.truncated)
        } else {
            String::new()
        };
        format!(
            "indexed {} ({} new, {} replaced{truncated}), {}, {:.2} s ({:.0} articles/s, {:.2} MB/s)",
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

/// Most records in one batch.
pub const BATCH: usize = 512;
/// A batch is sent once its articles hold this many bytes (or [`BATCH`] records).
pub const BATCH_BYTES: usize = 8 * 1024 * 1024;
/// Batches waiting in the channel between the reader and the extractors.
pub const CHANNEL_BATCHES: usize = 4;

/// A record as it travels from the reader to the writer.
struct Item {
    record: Result<Record, RecordError>,
    /// Original size when the article was cut to `--max-article-bytes`.
    truncated_from: Option<usize>,
}

enum Msg {
    Batch(Vec<Item>),
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

/// Cuts `s` to at most `limit` bytes at a character boundary; true when it was cut.
fn cut(s: &mut String, limit: usize) -> bool {
    if s.len() <= limit {
        return false;
    }
    let mut at = limit;
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    s.truncate(at);
    true
}

/// Applies the per-article size limit; returns the article's original size when anything was cut.
fn limit_article(rec: &mut Record, limit: usize) -> Option<usize> {
    let a = &mut rec.article;
    let size = a.text.len()
        + a.title.as_ref().map_or(0, String::len)
        + a.url.as_ref().map_or(0, String::len)
        + a.source.as_ref().map_or(0, String::len);
    let mut any = cut(&mut a.text, limit);
    for field in [&mut a.title, &mut a.url, &mut a.source]
        .into_iter()
        .flatten()
    {
        any |= cut(field, limit);
    }
    any.then_some(size)
}

fn item_bytes(item: &Item) -> usize {
    match &item.record {
        Ok(r) => {
            let a = &r.article;
            a.text.len()
                + a.title.as_ref().map_or(0, String::len)
                + a.url.as_ref().map_or(0, String::len)
                + a.source.as_ref().map_or(0, String::len)
                + 256
        }
        Err(e) => e.reason.len() + e.path.len() + 64,
    }
}

fn manual_reader(index: &tantivy::Index) -> anyhow::Result<IndexReader> {
    index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
        .context("cannot read the index")
}

/// Indexes the paths and returns the summary (the library entry point behind the command).
pub fn index_paths(o: &Options) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let inputs = corpus::collect_inputs(&o.paths, o.format)?;
    let total_bytes: u64 = inputs.iter().map(|i| i.bytes).sum();
    let handle = index::create_or_open(&o.index)?;
    let mut w = handle.writer(o.heap_mb)?;
    let f = handle.fields;
    // Ids already committed are looked up in the index as of the last commit; ids since then in
    // `seen`, which is emptied at every commit, so memory does not grow with the corpus.
    let reader = manual_reader(&handle.index)?;
    let mut searcher = reader.searcher();
    let limit = if o.max_article_bytes == 0 {
        DEFAULT_MAX_ARTICLE_BYTES
    } else {
        o.max_article_bytes
    };

    let pb = progress_bar(total_bytes);
    let (tx, rx) = sync_channel::<Msg>(CHANNEL_BATCHES);
    let producer = std::thread::spawn(move || {
        let mut batch = Vec::with_capacity(BATCH);
        let mut batch_bytes = 0usize;
        let mut done_bytes = 0u64;
        for input in &inputs {
            let mut file_bytes = 0u64;
            let mut sink = |mut r: Result<Record, RecordError>| {
                let truncated_from = r.as_mut().ok().and_then(|rec| limit_article(rec, limit));
                let item = Item {
                    record: r,
                    truncated_from,
                };
                batch_bytes += item_bytes(&item);
                batch.push(item);
                if batch.len() >= BATCH || batch_bytes >= BATCH_BYTES {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    batch_bytes = 0;
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
            .map(|item| {
                let truncated_from = item.truncated_from;
                let result = item.record.and_then(|rec| {
                    // A bug in a rule must cost one article, not the run (and its last batch).
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        let facets = extractor.extract(&rec.article);
                        writer::document(&f, &rec.article, &facets, extractor)
                    }))
                    .map(|doc| (rec.article.id.clone(), doc, rec.path.clone(), rec.line))
                    .map_err(|_| {
                        RecordError::new(
                            &rec.path,
                            rec.line,
                            "extractor error",
                            "internal error: the facet extractor panicked on this article (please report it)",
                        )
                    })
                });
                (result, truncated_from)
            })
            .collect();
        for (item, truncated_from) in extracted {
            match item {
                Ok((id, doc, path, line)) => {
                    if let Some(size) = truncated_from {
                        summary.truncated += 1;
                        if !o.quiet {
                            pb.suspend(|| {
                                eprintln!(
                                    "{path}:{line}: warning: article is {size} bytes; fields cut to the --max-article-bytes limit of {limit}"
                                )
                            });
                        }
                    }
                    let term = writer::id_term(&f, &id);
                    let replaced = !seen.insert(id)
                        || searcher.search(
                            &TermQuery::new(term.clone(), IndexRecordOption::Basic),
                            &Count,
                        )? > 0;
                    if replaced {
                        summary.replaced += 1;
                    }
                    w.delete_term(term);
                    w.add_document(doc)?;
                    summary.indexed += 1;
                    since_commit += 1;
                    if since_commit >= o.commit_every.max(1) {
                        w.commit().context("commit failed")?;
                        reader.reload().context("cannot read the index")?;
                        searcher = reader.searcher();
                        seen.clear();
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
