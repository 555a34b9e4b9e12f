//! `newsfacet index`.
use std::path::PathBuf;

use super::Exit;
use crate::corpus::Format;

pub struct Options {
    pub paths: Vec<PathBuf>,
    pub index: PathBuf,
    pub format: Format,
    pub commit_every: usize,
    pub heap_mb: usize,
    pub quiet: bool,
}

pub fn run(_o: &Options) -> anyhow::Result<Exit> {
    anyhow::bail!("not yet")
}
