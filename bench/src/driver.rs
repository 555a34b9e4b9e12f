//! `newsfacet-bench run`: generates (or reuses) a corpus, then measures newsfacet, the bare
//! tantivy baseline and the SQLite FTS5 baseline on it in one run — indexing throughput and peak
//! RSS (each indexer a child process under `/usr/bin/time`), index size, query latency over the
//! fixed query set (in process: newsfacet through `newsfacet::search::run`), and the wall time of
//! a `newsfacet search` process, with a callgrind check that it never builds the extractor's
//! tables. Prints absolute figures and newsfacet/baseline ratios, and writes them as JSON.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::Context;
use serde::Serialize;

use crate::corpus::Sources;
use crate::{
    disk_size, percentiles, query_set, run_timed, Answer, BenchQuery, Category, Percentiles,
};

/// Options of `newsfacet-bench run`.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub articles: u64,
    pub seed: u64,
    pub sources: Vec<PathBuf>,
    /// Work directory: corpus and the three indexes.
    pub work: PathBuf,
    pub out: PathBuf,
    pub heap_mb: usize,
    pub commit_every: usize,
    /// Timed rounds over the query set (after one warm-up round).
    pub rounds: usize,
    /// Timed `newsfacet search` processes.
    pub cli_runs: usize,
    pub newsfacet: Option<PathBuf>,
    pub skip_sqlite: bool,
    pub callgrind: bool,
    /// Reuse indexes already in the work directory (query measurements only).
    pub reuse_indexes: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Indexing {
    pub seconds: f64,
    pub cpu_seconds: f64,
    pub articles_per_s: f64,
    /// Articles per CPU second (user + system): the fairer ratio on a shared machine.
    pub articles_per_cpu_s: f64,
    pub load_avg_at_end: f64,
    pub mb_per_s: f64,
    pub peak_rss_mib: f64,
    pub index_bytes: u64,
    pub size_vs_corpus: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct QueryRow {
    pub label: String,
    pub category: &'static str,
    pub totals: BTreeMap<&'static str, u64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CliSearch {
    pub command: String,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub runs: usize,
    pub extractor_tables_built: Option<bool>,
    pub instructions: Option<u64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Target {
    pub name: &'static str,
    pub goal: String,
    pub measured: String,
    pub met: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Results {
    pub articles: u64,
    pub seed: u64,
    pub corpus_bytes: u64,
    pub event_articles: Option<u64>,
    pub heap_mb: usize,
    pub writer_threads: usize,
    pub machine: String,
    pub indexing: BTreeMap<&'static str, Indexing>,
    pub latency: BTreeMap<&'static str, BTreeMap<&'static str, Percentiles>>,
    pub queries: Vec<QueryRow>,
    /// 1-minute load average when each engine's query phase ended.
    pub query_load_avg: BTreeMap<&'static str, f64>,
    pub cli_search: Option<CliSearch>,
    pub targets: Vec<Target>,
}

fn sibling(name: &str) -> anyhow::Result<PathBuf> {
    let exe = std::env::current_exe()?;
    let p = exe.with_file_name(name);
    if !p.exists() {
        anyhow::bail!(
            "{} not found next to {} — build it with the same profile (`cargo build --release --bin {name}` or `-p newsfacet-bench`)",
            p.display(),
            exe.display()
        );
    }
    Ok(p)
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("MemTotal"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|k| k.parse::<u64>().ok())
        })
        .map_or("?".into(), |k| format!("{:.1} GiB", k as f64 / 1048576.0));
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!("{cpu}, {cores} cores, {mem} RAM")
}

fn eprint_step(s: &str) {
    eprintln!("[newsfacet-bench] {s}");
}

/// The whole run.
pub fn run(o: &RunOptions) -> anyhow::Result<Results> {
    let newsfacet = match &o.newsfacet {
        Some(p) => p.clone(),
        None => sibling("newsfacet")?,
    };
    let bench_tantivy = sibling("bench-tantivy")?;
    let bench_sqlite = sibling("bench-sqlite")?;
    std::fs::create_dir_all(&o.work)?;
    let corpus = o.work.join("corpus.jsonl");
    let stamp = o.work.join("corpus.stamp");
    let want_stamp = format!("{} {} {:?}\n", o.articles, o.seed, o.sources);
    let mut event_articles = None;
    if std::fs::read_to_string(&stamp).ok().as_deref() == Some(want_stamp.as_str())
        && corpus.exists()
    {
        eprint_step(&format!("reusing corpus {}", corpus.display()));
    } else {
        eprint_step(&format!(
            "generating {} articles (seed {})",
            o.articles, o.seed
        ));
        let started = Instant::now();
        let sources = Sources::load(&o.sources)?;
        let g = sources.generate(o.articles, o.seed, &corpus)?;
        event_articles = Some(g.event_articles);
        std::fs::write(&stamp, &want_stamp)?;
        eprint_step(&format!(
            "corpus: {:.1} MB in {:.1} s",
            g.bytes as f64 / 1e6,
            started.elapsed().as_secs_f64()
        ));
    }
    let corpus_bytes = disk_size(&corpus);
    let mb = corpus_bytes as f64 / 1e6;
    let nf_dir = o.work.join("newsfacet-index");
    let tv_dir = o.work.join("tantivy-index");
    let db = o.work.join("fts5.sqlite");
    let c = corpus.display().to_string();

    let mut indexing = BTreeMap::new();
    let mut record = |name: &'static str, run: &crate::ChildRun, bytes: u64| {
        let ix = Indexing {
            seconds: run.seconds,
            cpu_seconds: run.cpu_seconds,
            articles_per_s: o.articles as f64 / run.seconds.max(1e-9),
            articles_per_cpu_s: o.articles as f64 / run.cpu_seconds.max(1e-9),
            load_avg_at_end: run.load_avg,
            mb_per_s: mb / run.seconds.max(1e-9),
            peak_rss_mib: run.peak_rss_kib as f64 / 1024.0,
            index_bytes: bytes,
            size_vs_corpus: bytes as f64 / corpus_bytes.max(1) as f64,
        };
        eprint_step(&format!(
            "{name}: {:.1} s ({:.1} CPU s, load {:.1}), {:.0} articles/s, {:.2} MB/s, peak RSS {:.0} MiB, {:.1} MB on disk",
            ix.seconds,
            ix.cpu_seconds,
            ix.load_avg_at_end,
            ix.articles_per_s,
            ix.mb_per_s,
            ix.peak_rss_mib,
            bytes as f64 / 1e6
        ));
        indexing.insert(name, ix);
    };
    let heap = o.heap_mb.to_string();
    let every = o.commit_every.to_string();
    if !o.reuse_indexes {
        eprint_step("indexing: newsfacet");
        if nf_dir.exists() {
            std::fs::remove_dir_all(&nf_dir)?;
        }
        let args: Vec<String> = vec![
            "index".into(),
            c.clone(),
            "--index".into(),
            nf_dir.display().to_string(),
            "--heap-mb".into(),
            heap.clone(),
            "--commit-every".into(),
            every.clone(),
            "--quiet".into(),
        ];
        let r = run_timed(&newsfacet, &args)?;
        eprint_step(&format!("newsfacet says: {}", r.stdout.trim()));
        record("newsfacet", &r, disk_size(&nf_dir));

        eprint_step("indexing: bare tantivy");
        let args: Vec<String> = vec![
            "index".into(),
            "--corpus".into(),
            c.clone(),
            "--index".into(),
            tv_dir.display().to_string(),
            "--heap-mb".into(),
            heap.clone(),
            "--commit-every".into(),
            every.clone(),
        ];
        let r = run_timed(&bench_tantivy, &args)?;
        record("tantivy", &r, disk_size(&tv_dir));

        if !o.skip_sqlite {
            eprint_step("indexing: SQLite FTS5");
            let args: Vec<String> = vec![
                "load".into(),
                "--corpus".into(),
                c.clone(),
                "--db".into(),
                db.display().to_string(),
            ];
            let r = run_timed(&bench_sqlite, &args)?;
            record("sqlite_fts5", &r, disk_size(&db));
        }
    }

    // Query latency, in process, one engine after the other, each after a warm-up round.
    let queries = query_set();
    let mut latency: BTreeMap<&'static str, BTreeMap<&'static str, Percentiles>> = BTreeMap::new();
    let mut totals: Vec<BTreeMap<&'static str, u64>> = vec![BTreeMap::new(); queries.len()];
    let mut query_load_avg = BTreeMap::new();
    {
        eprint_step("queries: newsfacet");
        let handle = newsfacet::index::open_existing(&nf_dir)?;
        let (lat, ans) = time_queries(&queries, o.rounds, |q| newsfacet_query(&handle, q))?;
        latency.insert("newsfacet", lat);
        query_load_avg.insert("newsfacet", crate::load_avg());
        for (t, a) in totals.iter_mut().zip(ans) {
            t.insert("newsfacet", a.total);
        }
    }
    {
        eprint_step("queries: bare tantivy");
        let s = crate::tantivy_base::Searcher::open(&tv_dir)?;
        let (lat, ans) = time_queries(&queries, o.rounds, |q| s.run(q))?;
        latency.insert("tantivy", lat);
        query_load_avg.insert("tantivy", crate::load_avg());
        for (t, a) in totals.iter_mut().zip(ans) {
            t.insert("tantivy", a.total);
        }
    }
    if !o.skip_sqlite && db.exists() {
        eprint_step("queries: SQLite FTS5");
        let s = crate::sqlite_base::Searcher::open(&db)?;
        let (lat, ans) = time_queries(&queries, o.rounds, |q| s.run(q))?;
        latency.insert("sqlite_fts5", lat);
        query_load_avg.insert("sqlite_fts5", crate::load_avg());
        for (t, a) in totals.iter_mut().zip(ans) {
            t.insert("sqlite_fts5", a.total);
        }
    }
    let query_rows = queries
        .iter()
        .zip(totals)
        .map(|(q, t)| QueryRow {
            label: q.label(),
            category: q.category.name(),
            totals: t,
        })
        .collect();

    let cli_search = if o.cli_runs > 0 {
        eprint_step("one `newsfacet search` process at a time");
        Some(cli_search(&newsfacet, &nf_dir, o.cli_runs, o.callgrind)?)
    } else {
        None
    };

    let mut r = Results {
        articles: o.articles,
        seed: o.seed,
        corpus_bytes,
        event_articles,
        heap_mb: o.heap_mb,
        writer_threads: crate::writer_threads(o.heap_mb),
        machine: machine(),
        indexing,
        latency,
        queries: query_rows,
        query_load_avg,
        cli_search,
        targets: Vec::new(),
    };
    r.targets = targets(&r);
    if let Some(dir) = o.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&o.out, serde_json::to_string_pretty(&r)? + "\n")
        .with_context(|| format!("cannot write {}", o.out.display()))?;
    eprint_step(&format!("results written to {}", o.out.display()));
    Ok(r)
}

fn newsfacet_query(
    handle: &newsfacet::index::IndexHandle,
    q: &BenchQuery,
) -> anyhow::Result<Answer> {
    use newsfacet::search::{Filters, Request, Sort};
    let req = Request {
        query: q.tantivy_text(),
        filters: Filters {
            from: q.from,
            to: q.to,
            provinces: q.province.iter().cloned().collect(),
            ..Filters::default()
        },
        sort: match q.order {
            crate::Order::Relevance => Sort::Relevance,
            crate::Order::DateDesc => Sort::Date,
            crate::Order::DeathsDesc => Sort::Deaths,
        },
        limit: 10,
        offset: 0,
        facets: q.facets,
        snippet_chars: 220,
    };
    let resp = newsfacet::search::run(handle, &req)?;
    Ok(Answer {
        total: resp.total as u64,
        hits: resp.hits.len(),
    })
}

type Latencies = BTreeMap<&'static str, Percentiles>;

/// One warm-up round, then `rounds` timed rounds over the set; percentiles per category.
fn time_queries(
    queries: &[BenchQuery],
    rounds: usize,
    mut run: impl FnMut(&BenchQuery) -> anyhow::Result<Answer>,
) -> anyhow::Result<(Latencies, Vec<Answer>)> {
    let mut answers = Vec::new();
    for q in queries {
        answers.push(run(q).with_context(|| format!("query {}", q.label()))?);
    }
    let mut samples: BTreeMap<Category, Vec<f64>> = BTreeMap::new();
    for _ in 0..rounds {
        for q in queries {
            let t = Instant::now();
            std::hint::black_box(run(q)?);
            samples
                .entry(q.category)
                .or_default()
                .push(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    Ok((
        samples
            .into_iter()
            .map(|(c, v)| (c.name(), percentiles(&v)))
            .collect(),
        answers,
    ))
}

/// Times `newsfacet search` processes (a filtered top-10, JSON to /dev/null) on the warm index and,
/// when valgrind is there, checks under callgrind that no extractor table is built.
fn cli_search(
    newsfacet: &Path,
    index: &Path,
    runs: usize,
    callgrind: bool,
) -> anyhow::Result<CliSearch> {
    let args: Vec<String> = [
        "search",
        "killed",
        "--from",
        "2005",
        "--to",
        "2007",
        "--province",
        "Baghdad",
        "--json",
        "--index",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain(std::iter::once(index.display().to_string()))
    .collect();
    let once = || -> anyhow::Result<f64> {
        let t = Instant::now();
        let st = Command::new(newsfacet)
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()?;
        let ms = t.elapsed().as_secs_f64() * 1e3;
        if !matches!(st.code(), Some(0) | Some(1)) {
            anyhow::bail!("newsfacet search failed: {st}");
        }
        Ok(ms)
    };
    once()?;
    let mut v = Vec::new();
    for _ in 0..runs {
        v.push(once()?);
    }
    let p = percentiles(&v);
    let (mut built, mut instructions) = (None, None);
    if callgrind && Command::new("valgrind").arg("--version").output().is_ok() {
        let out = std::env::temp_dir().join(format!("nfbench-callgrind.{}", std::process::id()));
        let st = Command::new("valgrind")
            .arg("--tool=callgrind")
            .arg(format!("--callgrind-out-file={}", out.display()))
            .arg(newsfacet)
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()?;
        if matches!(st.code(), Some(0) | Some(1)) {
            let prof = std::fs::read_to_string(&out).unwrap_or_default();
            // Function names appear on `fn=` lines (compressed: only the first time, with an id).
            built = Some(prof.lines().any(|l| {
                (l.starts_with("fn=") || l.starts_with("cfn="))
                    && (l.contains("Gazetteer") && l.contains("new")
                        || l.contains("GroupTable") && l.contains("new")
                        || l.contains("Extractor") && l.contains("new"))
            }));
            instructions = prof
                .lines()
                .find_map(|l| {
                    l.strip_prefix("summary:")
                        .or_else(|| l.strip_prefix("totals:"))
                })
                .and_then(|s| s.split_whitespace().next())
                .and_then(|s| s.parse().ok());
        }
        let _ = std::fs::remove_file(&out);
    }
    Ok(CliSearch {
        command: format!("newsfacet {}", args.join(" ")),
        p50_ms: p.p50_ms,
        p95_ms: p.p95_ms,
        runs,
        extractor_tables_built: built,
        instructions,
    })
}

fn targets(r: &Results) -> Vec<Target> {
    let mut t = Vec::new();
    let nf = r.indexing.get("newsfacet");
    if let (Some(nf), Some(tv)) = (nf, r.indexing.get("tantivy")) {
        let ratio = nf.articles_per_s / tv.articles_per_s;
        let cpu_ratio = nf.articles_per_cpu_s / tv.articles_per_cpu_s;
        t.push(Target {
            name: "indexing throughput",
            goal: "newsfacet >= 0.8 x bare tantivy".into(),
            measured: format!("{ratio:.2} x wall, {cpu_ratio:.2} x per CPU second"),
            met: ratio >= 0.8,
        });
    }
    for cat in ["filtered", "facets"] {
        let p50 = |e: &str| r.latency.get(e).and_then(|m| m.get(cat)).map(|p| p.p50_ms);
        if let (Some(n), Some(b)) = (p50("newsfacet"), p50("tantivy")) {
            t.push(Target {
                name: if cat == "filtered" {
                    "filtered p50 vs tantivy"
                } else {
                    "faceted p50 vs tantivy"
                },
                goal: "<= 1.5 x bare tantivy".into(),
                measured: format!("{:.2} x ({n:.2} ms vs {b:.2} ms)", n / b),
                met: n / b <= 1.5,
            });
        }
        if let (Some(n), Some(s)) = (p50("newsfacet"), p50("sqlite_fts5")) {
            t.push(Target {
                name: if cat == "filtered" {
                    "filtered p50 vs SQLite"
                } else {
                    "faceted p50 vs SQLite"
                },
                goal: ">= 10 x faster than SQLite FTS5".into(),
                measured: format!("{:.1} x faster ({n:.2} ms vs {s:.2} ms)", s / n),
                met: s / n >= 10.0,
            });
        }
    }
    if let Some(c) = &r.cli_search {
        t.push(Target {
            name: "newsfacet search process",
            goal: "<= 50 ms (filtered top-10; judged at 1M articles)".into(),
            measured: format!("{:.1} ms p50", c.p50_ms),
            met: c.p50_ms <= 50.0,
        });
        if let Some(b) = c.extractor_tables_built {
            t.push(Target {
                name: "search cold start",
                goal: "does not build the extractor's tables".into(),
                measured: if b {
                    "tables built".into()
                } else {
                    "not built (callgrind)".into()
                },
                met: !b,
            });
        }
    }
    if let Some(nf) = nf {
        t.push(Target {
            name: "index size",
            goal: "<= 0.75 x corpus bytes".into(),
            measured: format!("{:.2} x", nf.size_vs_corpus),
            met: nf.size_vs_corpus <= 0.75,
        });
        t.push(Target {
            name: "peak RSS",
            goal: "<= 4 GiB".into(),
            measured: format!("{:.0} MiB at heap {} MB", nf.peak_rss_mib, r.heap_mb),
            met: nf.peak_rss_mib <= 4096.0,
        });
    }
    t
}

/// The human-readable report.
pub fn table(r: &Results) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "\nnewsfacet-bench: {} articles, corpus {:.1} MB, seed {}, heap {} MB, {} writer threads\n{}\n",
        r.articles,
        r.corpus_bytes as f64 / 1e6,
        r.seed,
        r.heap_mb,
        r.writer_threads,
        r.machine
    );
    let engines = ["newsfacet", "tantivy", "sqlite_fts5"];
    let ratio = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => format!("{:.2}", a / b),
        _ => "-".into(),
    };
    let cell = |v: Option<f64>, prec: usize| v.map_or("-".into(), |v| format!("{v:.prec$}"));
    if !r.indexing.is_empty() {
        let _ = writeln!(
            s,
            "{:<22} {:>12} {:>12} {:>12} {:>10} {:>10}",
            "indexing", "newsfacet", "tantivy", "sqlite_fts5", "nf/tv", "nf/sqlite"
        );
        type Getter = fn(&Indexing) -> f64;
        let rows: [(&str, Getter, usize); 9] = [
            ("seconds", |i| i.seconds, 1),
            ("CPU seconds", |i| i.cpu_seconds, 1),
            ("articles/s", |i| i.articles_per_s, 0),
            ("articles/CPU s", |i| i.articles_per_cpu_s, 0),
            ("load avg at end", |i| i.load_avg_at_end, 1),
            ("MB/s", |i| i.mb_per_s, 2),
            ("peak RSS MiB", |i| i.peak_rss_mib, 0),
            ("index MB", |i| i.index_bytes as f64 / 1e6, 1),
            ("size / corpus", |i| i.size_vs_corpus, 2),
        ];
        for (name, get, prec) in rows {
            let v: Vec<Option<f64>> = engines.iter().map(|e| r.indexing.get(e).map(get)).collect();
            let _ = writeln!(
                s,
                "{:<22} {:>12} {:>12} {:>12} {:>10} {:>10}",
                name,
                cell(v[0], prec),
                cell(v[1], prec),
                cell(v[2], prec),
                ratio(v[0], v[1]),
                ratio(v[0], v[2])
            );
        }
        s.push('\n');
    }
    let _ = writeln!(
        s,
        "{:<22} {:>12} {:>12} {:>12} {:>10} {:>10}",
        "query p50 / p95 ms", "newsfacet", "tantivy", "sqlite_fts5", "nf/tv p50", "nf/sql p50"
    );
    for cat in Category::ALL {
        let get = |e: &str| r.latency.get(e).and_then(|m| m.get(cat.name())).copied();
        let v: Vec<Option<Percentiles>> = engines.iter().map(|e| get(e)).collect();
        let pp = |p: Option<Percentiles>| {
            p.map_or("-".into(), |p| format!("{:.2}/{:.2}", p.p50_ms, p.p95_ms))
        };
        let _ = writeln!(
            s,
            "{:<22} {:>12} {:>12} {:>12} {:>10} {:>10}",
            cat.name(),
            pp(v[0]),
            pp(v[1]),
            pp(v[2]),
            ratio(v[0].map(|p| p.p50_ms), v[1].map(|p| p.p50_ms)),
            ratio(v[0].map(|p| p.p50_ms), v[2].map(|p| p.p50_ms)),
        );
    }
    s.push('\n');
    let _ = writeln!(
        s,
        "matches per query (newsfacet uses extracted facets, the baselines the generator's truth):"
    );
    for q in &r.queries {
        let t: Vec<String> = engines
            .iter()
            .map(|e| q.totals.get(e).map_or("-".into(), |n| n.to_string()))
            .collect();
        let _ = writeln!(
            s,
            "  {:<12} {:<52} {:>9} {:>9} {:>9}",
            q.category, q.label, t[0], t[1], t[2]
        );
    }
    if let Some(c) = &r.cli_search {
        let _ = writeln!(
            s,
            "\n`newsfacet search` process (filtered top-10, warm index): p50 {:.1} ms, p95 {:.1} ms over {} runs; extractor tables built: {}; instructions: {}",
            c.p50_ms,
            c.p95_ms,
            c.runs,
            c.extractor_tables_built.map_or("not checked".into(), |b| b.to_string()),
            c.instructions.map_or("-".into(), |n| n.to_string())
        );
    }
    let _ = writeln!(s, "\ntargets:");
    for t in &r.targets {
        let _ = writeln!(
            s,
            "  [{}] {:<26} {:<48} measured {}",
            if t.met { "met" } else { "MISSED" },
            t.name,
            t.goal,
            t.measured
        );
    }
    s
}
