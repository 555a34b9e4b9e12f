//! `newsfacet search`: parse the filters, run the search, render for people or as JSON.

use std::path::PathBuf;

use super::{ColorChoice, Exit};
use crate::index;
use crate::render::{human, json};
use crate::search::query::{parse_user_date, DateEnd};
use crate::search::{self, Filters, Request, Sort};

/// Options of `newsfacet search`.
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

/// Turns the command-line options into a request (dates parsed and checked).
pub fn request(o: &Options) -> anyhow::Result<Request> {
    let from = o
        .from
        .as_deref()
        .map(|s| parse_user_date(s, DateEnd::Start))
        .transpose()?;
    let to =
        o.to.as_deref()
            .map(|s| parse_user_date(s, DateEnd::End))
            .transpose()?;
    Ok(Request {
        query: o.query.clone(),
        filters: Filters {
            from,
            to,
            provinces: o.provinces.clone(),
            countries: o.countries.clone(),
            groups: o.groups.clone(),
            min_deaths: o.min_deaths,
            max_deaths: o.max_deaths,
        },
        sort: o.sort,
        limit: o.limit,
        offset: o.offset,
        facets: o.facets,
        snippet_chars: 220,
    })
}

pub fn run(o: &Options) -> anyhow::Result<Exit> {
    let req = request(o)?;
    super::ensure_default_index(&o.index)?;
    let handle = index::open_existing(&o.index)?;
    let resp = search::run(&handle, &req)?;
    if o.json {
        println!("{}", json::search_response(&resp));
    } else {
        print!(
            "{}",
            human::search_response(
                &req,
                &resp,
                human::Style {
                    color: o.color.enabled()
                }
            )
        );
    }
    Ok(if resp.total > 0 {
        Exit::Success
    } else {
        Exit::Partial
    })
}
