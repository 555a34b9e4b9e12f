//! `newsfacet-bench`: the benchmark driver (`run`), measuring newsfacet against bare tantivy and
//! SQLite FTS5 on one generated corpus in one run. See `docs/benchmarks.md`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use newsfacet_bench::driver::{self, RunOptions};

#[derive(Parser)]
#[command(
    name = "newsfacet-bench",
    about = "Benchmark newsfacet against bare tantivy and SQLite FTS5"
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Generate (or reuse) a corpus and measure indexing, size, query latency and CLI start-up.
    Run {
        /// Articles in the generated corpus.
        #[arg(long, default_value_t = 100_000)]
        articles: u64,
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// Source JSONL files for the generator.
        #[arg(long = "source", value_name = "PATH", num_args = 1.., default_values = [
            "../shared/data/corpora/reuters21578.jsonl",
            "../shared/data/gold/rdwti-dev.jsonl",
            "../shared/data/gold/muc4-dev.jsonl",
        ])]
        sources: Vec<PathBuf>,
        /// Work directory (corpus and indexes); default bench/work/<articles>.
        #[arg(long)]
        work: Option<PathBuf>,
        /// Results JSON; default bench/results/<articles>.json.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Indexing heap in MiB for both tantivy indexers (newsfacet's --heap-mb).
        #[arg(long, default_value_t = 512)]
        heap_mb: usize,
        #[arg(long, default_value_t = 50_000)]
        commit_every: usize,
        /// Timed rounds over the query set.
        #[arg(long, default_value_t = 20)]
        rounds: usize,
        /// Timed `newsfacet search` processes (0 skips).
        #[arg(long, default_value_t = 20)]
        cli_runs: usize,
        /// The newsfacet binary; default: next to this one.
        #[arg(long)]
        newsfacet: Option<PathBuf>,
        #[arg(long)]
        skip_sqlite: bool,
        /// Skip the callgrind check of `newsfacet search`.
        #[arg(long)]
        no_callgrind: bool,
        /// Keep the indexes in the work directory and measure queries only.
        #[arg(long)]
        reuse_indexes: bool,
    },
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Cmd::Run {
            articles,
            seed,
            sources,
            work,
            out,
            heap_mb,
            commit_every,
            rounds,
            cli_runs,
            newsfacet,
            skip_sqlite,
            no_callgrind,
            reuse_indexes,
        } => {
            let o = RunOptions {
                articles,
                seed,
                sources,
                work: work.unwrap_or_else(|| PathBuf::from(format!("bench/work/{articles}"))),
                out: out.unwrap_or_else(|| PathBuf::from(format!("bench/results/{articles}.json"))),
                heap_mb,
                commit_every,
                rounds,
                cli_runs,
                newsfacet,
                skip_sqlite,
                callgrind: !no_callgrind,
                reuse_indexes,
            };
            let r = driver::run(&o)?;
            print!("{}", driver::table(&r));
        }
    }
    Ok(())
}
