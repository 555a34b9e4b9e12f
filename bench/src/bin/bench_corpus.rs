//! `bench-corpus`: writes N generated articles as JSONL (plus a `.truth.jsonl` sidecar) from real
//! source articles; deterministic for a seed.

use std::path::PathBuf;

use clap::Parser;

#[derive(Parser)]
#[command(
    name = "bench-corpus",
    about = "Generate a benchmark corpus by recombining real articles"
)]
struct Args {
    /// Source JSONL files: gold files give event leads, others (Reuters) filler sentences.
    #[arg(required = true)]
    sources: Vec<PathBuf>,
    #[arg(long, default_value_t = 10_000)]
    articles: u64,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    #[arg(long, short)]
    out: PathBuf,
}

fn main() -> anyhow::Result<()> {
    let a = Args::parse();
    let s = newsfacet_bench::corpus::Sources::load(&a.sources)?;
    let g = s.generate(a.articles, a.seed, &a.out)?;
    println!("{}", serde_json::to_string(&g)?);
    Ok(())
}
