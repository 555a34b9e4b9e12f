//! `newsfacet eval GOLD.jsonl`: scores the extractor against a gold file.
use std::path::PathBuf;

use super::Exit;

/// Options of `newsfacet eval`.
#[derive(clap::Args, Debug)]
pub struct Options {
    /// Gold files (JSON Lines with a `gold` key per article).
    #[arg(value_name = "GOLD", required = true)]
    pub gold: Vec<PathBuf>,
}

pub fn run(_o: &Options) -> anyhow::Result<Exit> {
    anyhow::bail!("not yet")
}
