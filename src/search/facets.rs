//! Facet counts over the whole matching set: country, province, group, event month, and the
//! total and maximum death toll.

use serde::Serialize;
use std::collections::BTreeMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::fastfield::FacetReader;
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

/// Counts of every facet value (the whole path, e.g. `/Pakistan/Sindh`) of a facet field over the
/// matching articles. newsfacet writes each value at most once per article, so a value's count is
/// its number of articles.
///
/// tantivy's `FacetCollector` resolves each counted value with its own dictionary lookup, and
/// each lookup decompresses a zstd dictionary block with a fresh decoder: for a broad query that
/// was most of the facet time (124 ms of a `--facets` search over 30k matches at 100k articles).
/// Here the values are counted by ordinal and resolved in one sorted pass over the dictionary.
pub struct LeafFacets {
    field: String,
}

/// Facet paths (as segments) and their counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeafCounts(pub BTreeMap<Vec<String>, u64>);

pub struct LeafFacetsSegment {
    reader: FacetReader,
    counts: Vec<u32>,
}

/// A collector of the values of a facet field: one segment (country, group, month) or two
/// (province: `/country/province`).
pub fn values(field: &str) -> LeafFacets {
    LeafFacets {
        field: field.to_string(),
    }
}

impl Collector for LeafFacets {
    type Fruit = LeafCounts;
    type Child = LeafFacetsSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<LeafFacetsSegment> {
        let reader = reader.facet_reader(&self.field)?;
        let counts = vec![0; reader.num_facets()];
        Ok(LeafFacetsSegment { reader, counts })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<LeafCounts>) -> tantivy::Result<LeafCounts> {
        let mut out = LeafCounts::default();
        for f in fruits {
            for (path, n) in f.0 {
                *out.0.entry(path).or_default() += n;
            }
        }
        Ok(out)
    }
}

impl SegmentCollector for LeafFacetsSegment {
    type Fruit = LeafCounts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        for ord in self.reader.facet_ords(doc) {
            if let Some(c) = self.counts.get_mut(ord as usize) {
                *c += 1;
            }
        }
    }

    fn harvest(self) -> LeafCounts {
        let ords: Vec<u64> = (0..self.counts.len() as u64)
            .filter(|&o| self.counts[o as usize] > 0)
            .collect();
        let mut out = BTreeMap::new();
        resolve_sorted_ords(&self.reader, &ords, |ord, facet| {
            let path: Vec<String> = facet.to_path().iter().map(|s| s.to_string()).collect();
            if !path.is_empty() {
                *out.entry(path).or_default() += u64::from(self.counts[ord as usize]);
            }
        });
        LeafCounts(out)
    }
}

/// Calls `f(ord, facet)` for each of a segment's facet ordinals, given in ascending order, with
/// one sorted pass over the facet dictionary. Resolving ordinals one at a time
/// (`FacetReader::facet_from_ord`) decompresses a dictionary block, with a new zstd context, per
/// ordinal.
pub(crate) fn resolve_sorted_ords(
    reader: &FacetReader,
    ords: &[u64],
    mut f: impl FnMut(u64, Facet),
) {
    let mut next = ords.iter();
    let _ = reader.facet_dict().sorted_ords_to_term_cb(ords, |bytes| {
        let Some(&ord) = next.next() else { return };
        if let Ok(facet) = Facet::from_encoded(bytes.to_vec()) {
            f(ord, facet);
        }
    });
}

/// Top-level values, most frequent first (ties by name); `limit` 0 keeps all.
pub fn counts(fc: &LeafCounts, limit: usize) -> Vec<Count> {
    let mut v: Vec<Count> = top_counts(fc)
        .into_iter()
        .map(|(name, count)| Count { name, count })
        .collect();
    sort_counts(&mut v, |c| c.count, |c| c.name.clone());
    if limit > 0 {
        v.truncate(limit);
    }
    v
}

/// Month values in calendar order.
pub fn months(fc: &LeafCounts) -> Vec<Count> {
    // BTreeMap order is calendar order for `YYYY-MM`.
    top_counts(fc)
        .into_iter()
        .map(|(name, count)| Count { name, count })
        .collect()
}

/// Counts by first path segment.
fn top_counts(fc: &LeafCounts) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    for (path, n) in &fc.0 {
        *out.entry(path[0].clone()).or_default() += n;
    }
    out
}

/// Province values (`/country/province` paths), most frequent first.
pub fn province_counts(fc: &LeafCounts, limit: usize) -> Vec<ProvinceCount> {
    let mut v = Vec::new();
    for (path, &n) in &fc.0 {
        if let [country, province] = path.as_slice() {
            v.push(ProvinceCount {
                country: country.clone(),
                province: province.clone(),
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
