//! `bench-tantivy`: the bare tantivy baseline — `index` a generated corpus without extraction,
//! or `search` it with the bench query set.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use newsfacet_bench::tantivy_base;

#[derive(Parser)]
#[command(
    name = "bench-tantivy",
    about = "Bare tantivy baseline for newsfacet-bench"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Index {
        #[arg(long)]
        corpus: PathBuf,
        #[arg(long)]
        index: PathBuf,
        #[arg(long, default_value_t = 512)]
        heap_mb: usize,
        #[arg(long, default_value_t = 50_000)]
        commit_every: usize,
    },
    Search {
        #[arg(long)]
        index: PathBuf,
    },
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Index {
            corpus,
            index,
            heap_mb,
            commit_every,
        } => {
            let n = tantivy_base::index(&corpus, &index, heap_mb, commit_every)?;
            println!("indexed {n}");
        }
        Cmd::Search { index } => {
            let s = tantivy_base::Searcher::open(&index)?;
            for q in newsfacet_bench::query_set() {
                let a = s.run(&q)?;
                println!(
                    "{:<12} {:<50} {:>8} total",
                    q.category.name(),
                    q.label(),
                    a.total
                );
            }
        }
    }
    Ok(())
}
