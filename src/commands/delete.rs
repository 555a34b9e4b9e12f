//! `newsfacet delete`.
use std::path::Path;

use super::Exit;

pub fn run(_index: &Path, _ids: &[String]) -> anyhow::Result<Exit> {
    anyhow::bail!("not yet")
}
