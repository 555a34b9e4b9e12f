//! `newsfacet stats`.
use std::path::Path;

use super::Exit;

pub fn run(_index: &Path, _json: bool) -> anyhow::Result<Exit> {
    anyhow::bail!("not yet")
}
