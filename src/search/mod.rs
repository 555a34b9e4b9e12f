//! Searching the index: [`query`] turns text and filters into a tantivy query, [`facets`] counts
//! over the matching set, and [`run`] gathers ranked hits with snippets.

pub mod article;
pub mod breakdown;
pub mod facets;
pub mod query;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;
use tantivy::collector::{Count, MultiCollector, TopDocs};
use tantivy::schema::{Facet, OwnedValue, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DateTime, DocAddress, Order, Searcher, TantivyDocument};

use crate::extract::{Group, Place};
use crate::index::IndexHandle;
use facets::{DeathStatsCollector, FacetSummary};
pub use query::Filters;

/// `--sort`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Best match first (BM25, title boosted); newest first when there is no query.
    Relevance,
    /// Newest event date first.
    Date,
    /// Highest death toll first; unknown tolls last.
    Deaths,
}

/// A search request.
#[derive(Debug, Clone)]
pub struct Request {
    pub query: String,
    pub filters: Filters,
    pub sort: Sort,
    pub limit: usize,
    pub offset: usize,
    pub facets: bool,
    /// Longest snippet, in characters.
    pub snippet_chars: usize,
}

/// One ranked article.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub event_date: Option<NaiveDate>,
    pub places: Vec<Place>,
    pub groups: Vec<Group>,
    pub deaths: Option<u64>,
    pub deaths_attackers: Option<u64>,
    /// BM25 score (0 when there is no text query).
    pub score: f32,
    /// A passage of the text around the query terms.
    pub snippet: String,
    /// Byte ranges of the query terms in `snippet`.
    pub highlights: Vec<[usize; 2]>,
    pub url: Option<String>,
    pub source: Option<String>,
}

/// The answer to a request.
#[derive(Debug, Clone, Serialize)]
pub struct Response {
    /// Matching articles in all.
    pub total: usize,
    pub hits: Vec<Hit>,
    /// Present when facets were asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facets: Option<FacetSummary>,
}

/// Runs a request against an open index.
pub fn run(handle: &IndexHandle, req: &Request) -> anyhow::Result<Response> {
    let searcher = handle.reader()?.searcher();
    let f = &handle.fields;
    let query = query::build(&handle.index, f, &req.query, &req.filters)?;
    let top = TopDocs::with_limit(req.limit.max(1)).and_offset(req.offset);
    let has_text = !req.query.trim().is_empty();

    let mut multi = MultiCollector::new();
    let count_h = multi.add_collector(Count);
    let facet_h = if req.facets {
        Some((
            multi.add_collector(facets::values("country")),
            multi.add_collector(facets::values("province")),
            multi.add_collector(facets::values("group")),
            multi.add_collector(facets::values("month")),
            multi.add_collector(DeathStatsCollector {
                field: "deaths".into(),
            }),
        ))
    } else {
        None
    };
    // Addresses with their score (when ranked by relevance).
    let addresses: Vec<(f32, DocAddress)>;
    let mut fruits;
    match (req.sort, has_text) {
        (Sort::Relevance, true) => {
            let h = multi.add_collector(top.order_by_score());
            fruits = searcher.search(&query, &multi)?;
            addresses = h.extract(&mut fruits);
        }
        (Sort::Deaths, _) => {
            let h = multi.add_collector(top.order_by_fast_field::<u64>("deaths", Order::Desc));
            fruits = searcher.search(&query, &multi)?;
            addresses = h
                .extract(&mut fruits)
                .into_iter()
                .map(|(_, a)| (0.0, a))
                .collect();
        }
        _ => {
            let h =
                multi.add_collector(top.order_by_fast_field::<DateTime>("event_date", Order::Desc));
            fruits = searcher.search(&query, &multi)?;
            addresses = h
                .extract(&mut fruits)
                .into_iter()
                .map(|(_, a)| (0.0, a))
                .collect();
        }
    }
    let total = count_h.extract(&mut fruits);
    let facets = facet_h.map(|(c, p, g, m, d)| FacetSummary {
        country: facets::counts(&c.extract(&mut fruits), 0),
        province: facets::province_counts(&p.extract(&mut fruits), 0),
        group: facets::counts(&g.extract(&mut fruits), 0),
        month: facets::months(&m.extract(&mut fruits)),
        deaths: d.extract(&mut fruits),
    });
    let mut snippets = SnippetGenerator::create(&searcher, &*query, f.text)?;
    snippets.set_max_num_chars(req.snippet_chars);
    let mut hits = Vec::with_capacity(addresses.len());
    for (score, addr) in addresses {
        let doc: TantivyDocument = searcher.doc(addr)?;
        hits.push(hit_from_doc(
            handle,
            &doc,
            score,
            &snippets,
            has_text,
            req.snippet_chars,
        ));
    }
    Ok(Response {
        total,
        hits,
        facets,
    })
}

fn hit_from_doc(
    handle: &IndexHandle,
    doc: &TantivyDocument,
    score: f32,
    snippets: &SnippetGenerator,
    has_text: bool,
    snippet_chars: usize,
) -> Hit {
    let f = &handle.fields;
    let text = |field| {
        doc.get_first(field)
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    let date = |field| {
        doc.get_first(field)
            .and_then(|v| v.as_datetime())
            .and_then(|d| {
                chrono::DateTime::from_timestamp(d.into_timestamp_secs(), 0).map(|t| t.date_naive())
            })
    };
    let number = |field| doc.get_first(field).and_then(|v| v.as_u64());
    // Straight into the two lists a hit shows; the evidence is skipped, not built.
    let StoredFacets { places, groups } = doc
        .get_first(f.facets_json)
        .and_then(|v| v.as_str())
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default();
    let body = text(f.text).unwrap_or_default();
    let (snippet, highlights) = {
        let s = snippets.snippet(&body);
        if has_text && !s.highlighted().is_empty() {
            (
                s.fragment().to_string(),
                s.highlighted().iter().map(|r| [r.start, r.end]).collect(),
            )
        } else {
            (lead(&body, snippet_chars), Vec::new())
        }
    };
    Hit {
        id: text(f.id).unwrap_or_default(),
        title: text(f.title),
        published: date(f.published),
        event_date: date(f.event_date),
        places,
        groups,
        deaths: number(f.deaths),
        deaths_attackers: number(f.deaths_attackers),
        score,
        snippet,
        highlights,
        url: text(f.url),
        source: text(f.source),
    }
}

/// The part of the stored `facets_json` a hit needs.
#[derive(Default, serde::Deserialize)]
struct StoredFacets {
    #[serde(default)]
    places: Vec<Place>,
    #[serde(default)]
    groups: Vec<Group>,
}

/// The first `max` characters of a text, cut at a word boundary.
fn lead(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(i) if i > max / 2 => cut[..i].to_string(),
        _ => cut,
    }
}

/// Every country facet value present in the index.
pub fn index_countries(
    searcher: &Searcher,
    field: tantivy::schema::Field,
) -> anyhow::Result<Vec<String>> {
    let mut out = BTreeSet::new();
    for seg in searcher.segment_readers() {
        let inv = seg.inverted_index(field)?;
        let mut stream = inv.terms().stream()?;
        while stream.advance() {
            // The facet tokenizer also indexes the root facet (an empty key): skip it, or the
            // province collector would be given the root and panic on the first country.
            if stream.key().is_empty() {
                continue;
            }
            if let Ok(facet) = Facet::from_encoded(stream.key().to_vec()) {
                if let Some(first) = facet.to_path().first().filter(|s| !s.is_empty()) {
                    out.insert(first.to_string());
                }
            }
        }
    }
    Ok(out.into_iter().collect())
}

/// Reads a stored value as owned, for callers that need the raw value.
pub fn owned(v: &OwnedValue) -> &OwnedValue {
    v
}
