//! Whole stored articles: lookup by id (for `serve`'s `/api/articles/{id}`), a walk over every
//! live article (for `export`), and the evidence marks that let a page highlight why each facet
//! was chosen.

use anyhow::Context;
use chrono::NaiveDate;
use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument};

use crate::extract::{Evidence, Group, Place};
use crate::index::writer::id_term;
use crate::index::{Fields, IndexHandle};

/// One article as stored in the index, with its facets and their evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredArticle {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub event_date: Option<NaiveDate>,
    pub places: Vec<Place>,
    pub groups: Vec<Group>,
    pub deaths: Option<u64>,
    pub deaths_attackers: Option<u64>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub text: String,
    /// Why each facet was chosen; spans are byte offsets in [`StoredArticle::full_text`].
    pub evidence: Vec<Evidence>,
}

impl StoredArticle {
    /// Title, a blank line, then the text: the string the extractor read and evidence spans
    /// point into.
    pub fn full_text(&self) -> String {
        match &self.title {
            Some(t) => format!("{t}\n\n{}", self.text),
            None => self.text.clone(),
        }
    }

    /// Reads an article back from its stored document.
    pub fn from_doc(fields: &Fields, doc: &TantivyDocument) -> StoredArticle {
        let text = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let date = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_datetime())
                .and_then(|d| {
                    chrono::DateTime::from_timestamp(d.into_timestamp_secs(), 0)
                        .map(|t| t.date_naive())
                })
        };
        let number = |field| doc.get_first(field).and_then(|v| v.as_u64());
        let stored: serde_json::Value = text(fields.facets_json)
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or(serde_json::Value::Null);
        let part = |key: &str| stored.get(key).cloned().unwrap_or_default();
        StoredArticle {
            id: text(fields.id).unwrap_or_default(),
            title: text(fields.title),
            published: date(fields.published),
            event_date: date(fields.event_date),
            places: serde_json::from_value(part("places")).unwrap_or_default(),
            groups: serde_json::from_value(part("groups")).unwrap_or_default(),
            deaths: number(fields.deaths),
            deaths_attackers: number(fields.deaths_attackers),
            url: text(fields.url),
            source: text(fields.source),
            text: text(fields.text).unwrap_or_default(),
            evidence: serde_json::from_value(part("evidence")).unwrap_or_default(),
        }
    }
}

/// The article with this id, if the index holds one.
pub fn by_id(handle: &IndexHandle, id: &str) -> anyhow::Result<Option<StoredArticle>> {
    let reader = handle.index.reader().context("cannot read the index")?;
    let searcher = reader.searcher();
    let query = TermQuery::new(id_term(&handle.fields, id), IndexRecordOption::Basic);
    let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
    match top.first() {
        Some((_, addr)) => {
            let doc: TantivyDocument = searcher.doc(*addr)?;
            Ok(Some(StoredArticle::from_doc(&handle.fields, &doc)))
        }
        None => Ok(None),
    }
}

/// Every live (not deleted) article, in index order, read lazily from `searcher`.
pub fn all<'a>(
    searcher: &'a Searcher,
    fields: &'a Fields,
) -> impl Iterator<Item = anyhow::Result<StoredArticle>> + 'a {
    searcher
        .segment_readers()
        .iter()
        .enumerate()
        .flat_map(move |(seg, reader)| {
            reader
                .doc_ids_alive()
                .map(move |doc| DocAddress::new(seg as u32, doc))
        })
        .map(move |addr| {
            let doc: TantivyDocument =
                searcher.doc(addr).context("cannot read a stored article")?;
            Ok(StoredArticle::from_doc(fields, &doc))
        })
}

/// A run of the full text with the evidence items that cover it: `sentence` lists the evidence
/// whose sentence holds the run, `span` those whose matched words are the run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub text: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sentence: Vec<usize>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub span: Vec<usize>,
}

/// Cuts `full` (an article's [`StoredArticle::full_text`]) into runs marked with the evidence that
/// covers them. Evidence whose span does not fit the text (an index made from other text) is
/// located by its sentence alone, or left out.
pub fn evidence_segments(full: &str, evidence: &[Evidence]) -> Vec<Segment> {
    let fits = |s: usize, e: usize| {
        s < e && e <= full.len() && full.is_char_boundary(s) && full.is_char_boundary(e)
    };
    // (start, end, index, is_span)
    let mut ranges: Vec<(usize, usize, usize, bool)> = Vec::new();
    for (i, ev) in evidence.iter().enumerate() {
        let [s, e] = ev.span;
        let span_ok = fits(s, e);
        if span_ok {
            ranges.push((s, e, i, true));
        }
        let sentence = ev.sentence.trim();
        if sentence.is_empty() {
            continue;
        }
        let found = full
            .match_indices(sentence)
            .map(|(at, m)| (at, at + m.len()))
            .find(|&(a, b)| !span_ok || (a <= s && e <= b))
            .or_else(|| full.find(sentence).map(|a| (a, a + sentence.len())));
        if let Some((a, b)) = found {
            ranges.push((a, b, i, false));
        }
    }
    let mut cuts: Vec<usize> = vec![0, full.len()];
    for &(s, e, _, _) in &ranges {
        cuts.push(s);
        cuts.push(e);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<Segment> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        let covering = |span: bool| -> Vec<usize> {
            let mut v: Vec<usize> = ranges
                .iter()
                .filter(|r| r.3 == span && r.0 <= a && b <= r.1)
                .map(|r| r.2)
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let seg = Segment {
            text: full[a..b].to_string(),
            sentence: covering(false),
            span: covering(true),
        };
        match out.last_mut() {
            Some(last) if last.sentence == seg.sentence && last.span == seg.span => {
                last.text.push_str(&seg.text)
            }
            _ => out.push(seg),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::FacetKind;

    fn ev(sentence: &str, span: [usize; 2]) -> Evidence {
        Evidence {
            facet: FacetKind::Deaths,
            value: "4".into(),
            rule: "test".into(),
            sentence: sentence.into(),
            span,
        }
    }

    #[test]
    fn segments_cover_the_text_and_mark_evidence() {
        let full = "Title\n\nA bomb killed four — people. Police came.";
        let at = full.find("killed four").unwrap();
        let segs = evidence_segments(
            full,
            &[ev(
                "A bomb killed four — people.",
                [at, at + "killed four".len()],
            )],
        );
        let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, full);
        let marked: Vec<&str> = segs
            .iter()
            .filter(|s| !s.span.is_empty())
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(marked, ["killed four"]);
        assert!(segs
            .iter()
            .any(|s| s.text == " — people." && s.sentence == [0]));
        assert!(segs
            .iter()
            .any(|s| s.text.contains("Police") && s.sentence.is_empty()));
    }

    #[test]
    fn bad_spans_are_ignored() {
        let full = "é and more";
        let segs = evidence_segments(full, &[ev("", [1, 3]), ev("nowhere", [0, 99])]);
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].text, full);
    }
}
