//! `newsfacet search`.
use std::path::PathBuf;

use super::{ColorChoice, Exit};
use crate::search::Sort;

pub struct Options {
    pub index: PathBuf,
    pub query: String,
    pub from: Option<String>,
    pub to: Option<String>,
    pub provinces: Vec<String>,
    pub countries: Vec<String>,
    pub groups: Vec<String>,
    pub min_deaths: Option<u64>,
    pub max_deaths: Option<u64>,
    pub sort: Sort,
    pub limit: usize,
    pub offset: usize,
    pub facets: bool,
    pub json: bool,
    pub color: ColorChoice,
}

pub fn run(_o: &Options) -> anyhow::Result<Exit> {
    anyhow::bail!("not yet")
}
