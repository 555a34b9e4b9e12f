//! `bench-sqlite`: the SQLite FTS5 baseline — `load` a generated corpus, or `search` it with the
//! bench query set.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use newsfacet_bench::sqlite_base;

#[derive(Parser)]
#[command(
    name = "bench-sqlite",
    about = "SQLite FTS5 baseline for newsfacet-bench"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Load {
        #[arg(long)]
        corpus: PathBuf,
        #[arg(long)]
        db: PathBuf,
    },
    Search {
        #[arg(long)]
        db: PathBuf,
    },
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Load { corpus, db } => {
            let n = sqlite_base::load(&corpus, &db)?;
            println!("loaded {n}");
        }
        Cmd::Search { db } => {
            let s = sqlite_base::Searcher::open(&db)?;
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
