//! Fuzz target: user dates (`parse_user_date`), query and filter building (`query::build`) and the
//! search itself (`search::run`) on a small in-RAM index.
//!
//! Input: fields separated by `\x1f`: query, from, to, province, country, group, min deaths,
//! max deaths, and a byte choosing sort and facets.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newsfacet::index::schema::{build_schema, register_analyzers};
use newsfacet::index::{writer, Fields, IndexHandle};
use newsfacet::search::query::{parse_user_date, DateEnd, Filters};
use newsfacet::search::{self, Request, Sort};
use newsfacet::{Article, Extractor};

static INDEX: LazyLock<IndexHandle> = LazyLock::new(|| {
    let index = tantivy::Index::create_in_ram(build_schema());
    register_analyzers(&index);
    let fields = Fields::new(&index.schema()).unwrap();
    let mut w = index.writer_with_num_threads(1, 20_000_000).unwrap();
    let ex = Extractor::get();
    for (i, text) in [
        "A bomb exploded at a market in Quetta on Friday, killing five people. The Pakistani Taliban claimed it.",
        "Gunmen killed 12 soldiers in Peshawar, Khyber Pakhtunkhwa, on 3 March 2021.",
        "Thousands marched peacefully in Karachi.",
    ]
    .iter()
    .enumerate()
    {
        let a = Article::new(
            Some(format!("a{i}")),
            Some(format!("Title {i}")),
            chrono::NaiveDate::from_ymd_opt(2021, 3, 5),
            text.to_string(),
            None,
            None,
        );
        let facets = ex.extract(&a);
        w.add_document(writer::document(&fields, &a, &facets, ex)).unwrap();
    }
    w.commit().unwrap();
    IndexHandle::new(index, fields, "ram".into())
});

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let parts: Vec<&str> = s.split('\x1f').collect();
    let get = |i: usize| parts.get(i).copied().unwrap_or("");
    let opt = |i: usize| Some(get(i)).filter(|p| !p.is_empty());
    let date = |i: usize, end| opt(i).and_then(|p| parse_user_date(p, end).ok());
    let num = |i: usize| opt(i).and_then(|p| p.parse::<u64>().ok());
    let list = |i: usize| opt(i).map(|p| vec![p.to_string()]).unwrap_or_default();
    let filters = Filters {
        from: date(1, DateEnd::Start),
        to: date(2, DateEnd::End),
        provinces: list(3),
        countries: list(4),
        groups: list(5),
        min_deaths: num(6),
        max_deaths: num(7),
    };
    let pick = get(8).bytes().next().unwrap_or(0);
    let req = Request {
        query: get(0).to_string(),
        filters,
        sort: [Sort::Relevance, Sort::Date, Sort::Deaths][pick as usize % 3],
        limit: 1 + (pick as usize >> 2) % 5,
        offset: (pick as usize >> 5) % 3,
        facets: pick & 2 == 2,
        snippet_chars: 150,
    };
    let _ = search::run(&INDEX, &req);
});
