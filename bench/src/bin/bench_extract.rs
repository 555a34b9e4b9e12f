//! `bench-extract`: the facet extractor's speed per core, the figure issue 3 sets a floor for
//! (≥ 10 MB/s per core on `rdwti-dev.jsonl` text).
//!
//! Reads the articles of the given files into memory, builds the extraction tables (timed apart:
//! once per process), then extracts every article on **one thread** for `--rounds` rounds and
//! reports MB of article text (title + text) per second of that thread's CPU time, and per
//! wall second. CPU time (`getrusage(RUSAGE_THREAD)`, Linux) keeps the figure meaningful on a shared
//! machine, where wall time also counts other processes.
//!
//! ```sh
//! cargo build --release -p newsfacet-bench
//! target/release/bench-extract ../shared/data/gold/rdwti-dev.jsonl --rounds 3
//! ```

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Result};
use clap::Parser;
use newsfacet::corpus::{self, Format};
use newsfacet::extract::Extractor;

/// The same allocator as the `newsfacet` binary, so the figure is the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(about = "Facet extraction speed, MB/s per core, on the articles of the given files")]
struct Args {
    /// Article files or folders (any format `newsfacet index` reads).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Timed rounds over all articles; the best round is reported too.
    #[arg(long, default_value_t = 3)]
    rounds: u32,
    /// Print the figures as one JSON object.
    #[arg(long)]
    json: bool,
}

/// CPU seconds (user + system) used so far by the calling thread.
fn thread_cpu_seconds() -> f64 {
    let mut ru = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage fills the `struct rusage` we own; it is zero-initialised besides.
    let ru = unsafe {
        if libc::getrusage(libc::RUSAGE_THREAD, ru.as_mut_ptr()) != 0 {
            return f64::NAN;
        }
        ru.assume_init()
    };
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
    tv(ru.ru_utime) + tv(ru.ru_stime)
}

fn main() -> Result<()> {
    let args = Args::parse();
    let inputs = corpus::collect_inputs(&args.paths, Format::Auto)?;
    let articles: Vec<_> = corpus::read_all(&inputs)
        .into_iter()
        .filter_map(|r| r.ok().map(|r| r.article))
        .collect();
    if articles.is_empty() {
        bail!("no articles in the given paths");
    }
    let bytes: usize = articles
        .iter()
        .map(|a| a.text.len() + a.title.as_ref().map_or(0, |t| t.len()))
        .sum();
    let mb = bytes as f64 / 1e6;

    let t0 = Instant::now();
    let c0 = thread_cpu_seconds();
    let ex = Extractor::new();
    let build_cpu = thread_cpu_seconds() - c0;
    let build_wall = t0.elapsed().as_secs_f64();

    let mut rounds = Vec::new();
    let mut sink = 0usize;
    for _ in 0..args.rounds.max(1) {
        let (c, t) = (thread_cpu_seconds(), Instant::now());
        for a in &articles {
            let f = ex.extract(a);
            sink += f.places.len() + f.groups.len();
        }
        rounds.push((thread_cpu_seconds() - c, t.elapsed().as_secs_f64()));
    }
    let cpu: f64 = rounds.iter().map(|r| r.0).sum::<f64>() / rounds.len() as f64;
    let wall: f64 = rounds.iter().map(|r| r.1).sum::<f64>() / rounds.len() as f64;
    let best_cpu = rounds.iter().map(|r| r.0).fold(f64::INFINITY, f64::min);
    let out = serde_json::json!({
        "articles": articles.len(),
        "mb": mb,
        "rounds": rounds.len(),
        "mb_per_cpu_s": mb / cpu,
        "mb_per_cpu_s_best": mb / best_cpu,
        "mb_per_wall_s": mb / wall,
        "articles_per_cpu_s": articles.len() as f64 / cpu,
        "table_build_cpu_s": build_cpu,
        "table_build_wall_s": build_wall,
        "facets_found": sink / rounds.len(),
    });
    if args.json {
        println!("{out}");
    } else {
        println!(
            "{} articles, {:.2} MB; tables built in {:.2} s CPU\n\
             one thread: {:.1} MB/s per CPU second (best round {:.1}), {:.1} MB/s wall, {:.0} articles/s per core",
            articles.len(),
            mb,
            build_cpu,
            mb / cpu,
            mb / best_cpu,
            mb / wall,
            articles.len() as f64 / cpu
        );
    }
    Ok(())
}
