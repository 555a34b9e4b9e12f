//! Facet counts over the whole matching set: country, province, group, event month, and the
//! total and maximum death toll.

use serde::Serialize;
use tantivy::collector::{Collector, FacetCollector, FacetCounts, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Death-toll statistics over the matching articles that have a known toll.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DeathStats {
    /// Sum of the tolls.
    pub total: u64,
    /// Largest toll, if any article has one.
    pub max: Option<u64>,
    /// Articles with a known toll.
    pub articles: u64,
}

/// Collects [`DeathStats`] from the `deaths` fast field.
pub struct DeathStatsCollector {
    pub field: String,
}

pub struct DeathStatsSegment {
    column: Column<u64>,
    stats: DeathStats,
}

impl Collector for DeathStatsCollector {
    type Fruit = DeathStats;
    type Child = DeathStatsSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<DeathStatsSegment> {
        Ok(DeathStatsSegment {
            column: reader.fast_fields().u64(&self.field)?,
            stats: DeathStats::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<DeathStats>) -> tantivy::Result<DeathStats> {
        let mut out = DeathStats::default();
        for f in fruits {
            out.total += f.total;
            out.articles += f.articles;
            out.max = out.max.max(f.max);
        }
        Ok(out)
    }
}

impl SegmentCollector for DeathStatsSegment {
    type Fruit = DeathStats;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(v) = self.column.first(doc) {
            self.stats.total += v;
            self.stats.articles += 1;
            self.stats.max = self.stats.max.max(Some(v));
        }
    }

    fn harvest(self) -> DeathStats {
        self.stats
    }
}

/// One facet value and how many matching articles carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    pub name: String,
    pub count: u64,
}

/// A province count, with its country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProvinceCount {
    pub country: String,
    pub province: String,
    pub count: u64,
}

/// All facet counts of a search.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FacetSummary {
    pub country: Vec<Count>,
    pub province: Vec<ProvinceCount>,
    pub group: Vec<Count>,
    /// Calendar months of the event date, oldest first.
    pub month: Vec<Count>,
    pub deaths: DeathStats,
}

/// A facet collector over the children of `/`.
pub fn top_level(field: &str) -> FacetCollector {
    let mut c = FacetCollector::for_field(field);
    c.add_facet(Facet::root());
    c
}

/// A facet collector over the provinces of the given countries.
pub fn provinces_of(field: &str, countries: &[String]) -> FacetCollector {
    let mut c = FacetCollector::for_field(field);
    for country in countries {
        c.add_facet(Facet::from_path([country.as_str()]));
    }
    c
}

/// Top-level values, most frequent first (ties by name); `limit` 0 keeps all.
pub fn counts(fc: &FacetCounts, limit: usize) -> Vec<Count> {
    let mut v: Vec<Count> = fc
        .get(Facet::root())
        .map(|(f, n)| Count {
            name: last_segment(f),
            count: n,
        })
        .collect();
    sort_counts(&mut v, |c| c.count, |c| c.name.clone());
    if limit > 0 {
        v.truncate(limit);
    }
    v
}

/// Month values in calendar order.
pub fn months(fc: &FacetCounts) -> Vec<Count> {
    let mut v: Vec<Count> = fc
        .get(Facet::root())
        .map(|(f, n)| Count {
            name: last_segment(f),
            count: n,
        })
        .collect();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}

/// Province values of the given countries, most frequent first.
pub fn province_counts(fc: &FacetCounts, countries: &[String], limit: usize) -> Vec<ProvinceCount> {
    let mut v = Vec::new();
    for country in countries {
        for (f, n) in fc.get(Facet::from_path([country.as_str()])) {
            v.push(ProvinceCount {
                country: country.clone(),
                province: last_segment(f),
                count: n,
            });
        }
    }
    sort_counts(
        &mut v,
        |c| c.count,
        |c| format!("{}/{}", c.country, c.province),
    );
    if limit > 0 {
        v.truncate(limit);
    }
    v
}

fn sort_counts<T>(v: &mut [T], count: impl Fn(&T) -> u64, name: impl Fn(&T) -> String) {
    v.sort_by(|a, b| count(b).cmp(&count(a)).then_with(|| name(a).cmp(&name(b))));
}

fn last_segment(f: &Facet) -> String {
    f.to_path()
        .last()
        .map(|s| s.to_string())
        .unwrap_or_default()
}
