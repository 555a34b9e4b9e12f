//! Death tolls summed per facet value (province, group or country) over the articles a request
//! matches: the aggregation behind "which provinces had the most deaths from TTP attacks in 2023?".
//!
//! An article that names several values (two provinces, say) counts toward each of them; articles
//! with no known toll count as articles but add nothing to the sum (unknown is not zero).

use std::collections::HashMap;

use anyhow::Context;
use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use super::facets::resolve_sorted_ords;
use super::{query, Request};
use crate::index::IndexHandle;

/// Which facet to break the tolls down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Province,
    Country,
    Group,
}

impl By {
    fn field(self) -> &'static str {
        match self {
            By::Province => "province",
            By::Country => "country",
            By::Group => "group",
        }
    }

    /// Path depth of the facet values counted (`/Pakistan/Sindh` is 2).
    fn depth(self) -> usize {
        match self {
            By::Province => 2,
            By::Country | By::Group => 1,
        }
    }
}

/// The tolls of one facet value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeathsBy {
    /// The value: a group or country name, or a province name.
    pub name: String,
    /// The province's country (provinces only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Sum of the known tolls.
    pub deaths: u64,
    /// Matching articles carrying the value.
    pub articles: u64,
    /// Of those, articles with a known toll.
    pub with_toll: u64,
}

/// Sums the tolls of the articles matching `req` (its text and filters; sort and paging are
/// ignored) per value of `by`, highest toll first (ties: more articles, then by name).
pub fn deaths_by(handle: &IndexHandle, req: &Request, by: By) -> anyhow::Result<Vec<DeathsBy>> {
    let reader = handle.index.reader().context("cannot read the index")?;
    let searcher = reader.searcher();
    let q = query::build(&handle.index, &handle.fields, &req.query, &req.filters)?;
    let sums = searcher.search(
        &*q,
        &SumCollector {
            facet_field: by.field(),
            depth: by.depth(),
        },
    )?;
    let mut out: Vec<DeathsBy> = sums
        .into_iter()
        .map(|(path, t)| {
            let mut parts: Vec<String> = Facet::from_encoded(path.into_bytes())
                .map(|f| f.to_path().into_iter().map(str::to_string).collect())
                .unwrap_or_default();
            let name = parts.pop().unwrap_or_default();
            DeathsBy {
                name,
                country: (by == By::Province).then(|| parts.pop().unwrap_or_default()),
                deaths: t.deaths,
                articles: t.articles,
                with_toll: t.with_toll,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.deaths
            .cmp(&a.deaths)
            .then(b.articles.cmp(&a.articles))
            .then_with(|| (&a.country, &a.name).cmp(&(&b.country, &b.name)))
    });
    Ok(out)
}

#[derive(Debug, Clone, Copy, Default)]
struct Tally {
    deaths: u64,
    articles: u64,
    with_toll: u64,
}

struct SumCollector {
    facet_field: &'static str,
    depth: usize,
}

struct SumSegment {
    facets: tantivy::fastfield::FacetReader,
    deaths: Column<u64>,
    depth: usize,
    by_ord: HashMap<u64, Tally>,
}

/// Encoded facet path → tally.
type Sums = HashMap<String, Tally>;

impl Collector for SumCollector {
    type Fruit = Sums;
    type Child = SumSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SumSegment> {
        Ok(SumSegment {
            facets: reader.facet_reader(self.facet_field)?,
            deaths: reader.fast_fields().u64("deaths")?,
            depth: self.depth,
            by_ord: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Sums>) -> tantivy::Result<Sums> {
        let mut out = Sums::new();
        for fruit in fruits {
            for (k, t) in fruit {
                let e = out.entry(k).or_default();
                e.deaths += t.deaths;
                e.articles += t.articles;
                e.with_toll += t.with_toll;
            }
        }
        Ok(out)
    }
}

impl SegmentCollector for SumSegment {
    type Fruit = Sums;

    fn collect(&mut self, doc: DocId, _: Score) {
        let toll = self.deaths.first(doc);
        for ord in self.facets.facet_ords(doc) {
            let e = self.by_ord.entry(ord).or_default();
            e.articles += 1;
            if let Some(n) = toll {
                e.deaths += n;
                e.with_toll += 1;
            }
        }
    }

    fn harvest(mut self) -> Sums {
        let mut ords: Vec<u64> = self.by_ord.keys().copied().collect();
        ords.sort_unstable();
        let mut out = Sums::new();
        resolve_sorted_ords(&self.facets, &ords, |ord, facet| {
            if facet.to_path().len() == self.depth {
                if let Some(t) = self.by_ord.remove(&ord) {
                    out.insert(facet.encoded_str().to_string(), t);
                }
            }
        });
        out
    }
}
