//! newsfacet-bench: the benchmark harness of issue 4. This crate root owns what the binaries
//! share: the deterministic PRNG, the ground-truth sidecar format, the fixed query set, latency
//! statistics, and running a child process under `/usr/bin/time` for its peak RSS.
//!
//! Modules: [`corpus`] generates the corpus, [`tantivy_base`] is the bare tantivy baseline,
//! [`sqlite_base`] the SQLite FTS5 baseline, [`driver`] the `run` command that measures all three.

pub mod corpus;
pub mod driver;
pub mod sqlite_base;
pub mod tantivy_base;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// splitmix64: small, fast and identical on every platform, so `--seed` fixes the corpus.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 11) as u128 * n as u128) >> 53) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
}

/// The generator's ground truth for one article (one line of the `.truth.jsonl` sidecar, in the
/// same order as the corpus). The baselines fill their facet columns from it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Truth {
    pub id: String,
    pub event_date: Option<NaiveDate>,
    pub country: Option<String>,
    pub province: Option<String>,
    pub group: Option<String>,
    pub deaths: Option<u64>,
}

/// One corpus line as the baselines read it (newsfacet reads the same file with its own reader).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CorpusArticle {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub text: String,
    pub source: Option<String>,
}

/// The truth sidecar of a corpus file: `x.jsonl` → `x.truth.jsonl`.
pub fn truth_path(corpus: &Path) -> std::path::PathBuf {
    let stem = corpus
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    corpus.with_file_name(format!("{stem}.truth.jsonl"))
}

/// Query categories of the fixed set; latency percentiles are reported per category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Keyword,
    Phrase,
    Filtered,
    Facets,
    SortDate,
    SortDeaths,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Keyword,
        Category::Phrase,
        Category::Filtered,
        Category::Facets,
        Category::SortDate,
        Category::SortDeaths,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Category::Keyword => "keyword",
            Category::Phrase => "phrase",
            Category::Filtered => "filtered",
            Category::Facets => "facets",
            Category::SortDate => "sort_date",
            Category::SortDeaths => "sort_deaths",
        }
    }
}

/// Result order of a bench query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Order {
    Relevance,
    DateDesc,
    DeathsDesc,
}

/// One query of the fixed set, engine-neutral. `words` are all required; a phrase is one
/// element in double quotes. Every engine returns the top 10 with their stored title and text,
/// and the total number of matches.
#[derive(Debug, Clone, Serialize)]
pub struct BenchQuery {
    pub category: Category,
    pub words: Vec<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub province: Option<String>,
    /// Counts by country, province, group and event month, plus death sum/max over all matches.
    pub facets: bool,
    pub order: Order,
}

impl BenchQuery {
    /// The text in tantivy query syntax (also newsfacet's).
    pub fn tantivy_text(&self) -> String {
        self.words.join(" ")
    }

    /// The text as an FTS5 MATCH expression (space = AND, "..." = phrase).
    pub fn fts5_text(&self) -> String {
        self.words
            .iter()
            .map(|w| {
                if w.starts_with('"') {
                    w.clone()
                } else {
                    format!("\"{w}\"")
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A short label for tables.
    pub fn label(&self) -> String {
        let mut s = self.words.join(" ");
        if let (Some(f), Some(t)) = (self.from, self.to) {
            s.push_str(&format!(" [{f}..{t}]"));
        }
        if let Some(p) = &self.province {
            s.push_str(&format!(" province={p}"));
        }
        if self.facets {
            s.push_str(" +facets");
        }
        s
    }
}

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

/// The fixed query set: three variants per category, chosen for the generated corpus (RAND and
/// MUC incident leads, Reuters 1987 filler): common and rarer words, the busiest provinces.
pub fn query_set() -> Vec<BenchQuery> {
    let q =
        |category, words: &[&str], from, to, province: Option<&str>, facets, order| BenchQuery {
            category,
            words: words.iter().map(|s| s.to_string()).collect(),
            from,
            to,
            province: province.map(str::to_string),
            facets,
            order,
        };
    use Category::*;
    use Order::*;
    vec![
        q(Keyword, &["bomb"], None, None, None, false, Relevance),
        q(
            Keyword,
            &["police", "killed"],
            None,
            None,
            None,
            false,
            Relevance,
        ),
        q(
            Keyword,
            &["oil", "prices"],
            None,
            None,
            None,
            false,
            Relevance,
        ),
        q(
            Phrase,
            &["\"car bomb\""],
            None,
            None,
            None,
            false,
            Relevance,
        ),
        q(
            Phrase,
            &["\"police said\""],
            None,
            None,
            None,
            false,
            Relevance,
        ),
        q(
            Phrase,
            &["\"interest rates\""],
            None,
            None,
            None,
            false,
            Relevance,
        ),
        q(
            Filtered,
            &["killed"],
            d(2005, 1, 1),
            d(2007, 12, 31),
            Some("Baghdad"),
            false,
            Relevance,
        ),
        q(
            Filtered,
            &["bomb"],
            d(1998, 1, 1),
            d(2009, 12, 31),
            Some("Kirkuk"),
            false,
            Relevance,
        ),
        q(
            Filtered,
            &["attack"],
            d(1980, 1, 1),
            d(2009, 12, 31),
            Some("Basque Country"),
            false,
            Relevance,
        ),
        q(Facets, &["killed"], None, None, None, true, Relevance),
        q(Facets, &["attack"], None, None, None, true, Relevance),
        q(
            Facets,
            &["bomb"],
            d(2000, 1, 1),
            d(2009, 12, 31),
            Some("Baghdad"),
            true,
            Relevance,
        ),
        q(SortDate, &["attack"], None, None, None, false, DateDesc),
        q(SortDate, &["bank"], None, None, None, false, DateDesc),
        q(
            SortDate,
            &["bomb"],
            d(2000, 1, 1),
            d(2009, 12, 31),
            None,
            false,
            DateDesc,
        ),
        q(SortDeaths, &["killed"], None, None, None, false, DeathsDesc),
        q(SortDeaths, &["bomb"], None, None, None, false, DeathsDesc),
        q(
            SortDeaths,
            &["attack"],
            d(2000, 1, 1),
            d(2009, 12, 31),
            None,
            false,
            DeathsDesc,
        ),
    ]
}

/// What an engine answered (for checking that the engines see comparable result sets).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Answer {
    pub total: u64,
    pub hits: usize,
}

/// p50 and p95 (nearest rank) of durations in milliseconds.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Percentiles {
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub n: usize,
}

pub fn percentiles(samples: &[f64]) -> Percentiles {
    if samples.is_empty() {
        return Percentiles::default();
    }
    let mut v = samples.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    let at = |p: f64| v[((p * v.len() as f64).ceil() as usize).clamp(1, v.len()) - 1];
    Percentiles {
        p50_ms: at(0.50),
        p95_ms: at(0.95),
        n: v.len(),
    }
}

/// Wall time, peak RSS and output of a child process run under `/usr/bin/time`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ChildRun {
    pub seconds: f64,
    /// User + system CPU seconds of the child: less sensitive than wall time to other load.
    pub cpu_seconds: f64,
    pub peak_rss_kib: u64,
    /// `/proc/loadavg` (1-minute) when the child ended: how busy the machine was.
    pub load_avg: f64,
    pub stdout: String,
}

/// Runs `cmd` under `/usr/bin/time -f %M` (peak RSS in KiB); fails when it does not exit 0 or 1
/// (`newsfacet index` exits 1 when it skipped records, which the caller reports).
pub fn run_timed(program: &Path, args: &[String]) -> anyhow::Result<ChildRun> {
    let marker = "NFBENCH_MAXRSS_KIB=";
    let started = Instant::now();
    let out = Command::new("/usr/bin/time")
        .arg("-f")
        .arg(format!("{marker}%M %U %S"))
        .arg(program)
        .args(args)
        .output()
        .map_err(|e| anyhow::anyhow!("cannot run /usr/bin/time {}: {e}", program.display()))?;
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let code = out.status.code().unwrap_or(-1);
    if code != 0 && code != 1 {
        anyhow::bail!(
            "{} {} failed (exit {code}):\n{stderr}",
            program.display(),
            args.join(" ")
        );
    }
    let figures: Vec<f64> = stderr
        .lines()
        .filter_map(|l| l.trim().strip_prefix(marker))
        .next_back()
        .map(|v| {
            v.split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect()
        })
        .unwrap_or_default();
    let at = |i: usize| figures.get(i).copied().unwrap_or(0.0);
    Ok(ChildRun {
        seconds,
        cpu_seconds: at(1) + at(2),
        peak_rss_kib: at(0) as u64,
        load_avg: load_avg(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
    })
}

/// The 1-minute load average (0 when unknown).
pub fn load_avg() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0.0)
}

/// Total size of the files under a directory (or of one file).
pub fn disk_size(path: &Path) -> u64 {
    let Ok(meta) = std::fs::metadata(path) else {
        return 0;
    };
    if meta.is_file() {
        return meta.len();
    }
    std::fs::read_dir(path)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| disk_size(&e.path()))
                .sum()
        })
        .unwrap_or(0)
}

/// The indexing thread count both tantivy writers use: what newsfacet's writer picks for a heap.
pub fn writer_threads(heap_mb: usize) -> usize {
    let heap = heap_mb.max(16) * 1024 * 1024;
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8);
    threads.min(heap / (15 * 1024 * 1024)).max(1)
}
