//! From the user's query string and filters to one tantivy query.
//!
//! The text part goes through tantivy's query parser over title (boosted) and text, with all
//! words required by default. Filters are added as zero-weight required clauses, so they narrow
//! the set without changing the ranking.

use std::ops::Bound;

use anyhow::{bail, Context};
use chrono::{Datelike, NaiveDate};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, EnableScoring, Explanation, Occur, Query, QueryParser,
    RangeQuery, Scorer, TermQuery, Weight,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, Index, Score, SegmentReader, Term};

use crate::index::keys::{name_key, region_key};
use crate::index::writer::day;
use crate::index::Fields;

/// Boost of title matches over text matches.
pub const TITLE_BOOST: f32 = 2.0;

/// Filters on the facets; every non-empty list is an any-of, lists are combined with AND.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// First day included.
    pub from: Option<NaiveDate>,
    /// Last day included.
    pub to: Option<NaiveDate>,
    pub provinces: Vec<String>,
    pub countries: Vec<String>,
    pub groups: Vec<String>,
    pub min_deaths: Option<u64>,
    pub max_deaths: Option<u64>,
}

/// Which end of a period a user's date names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateEnd {
    Start,
    End,
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` to the first (`Start`) or last (`End`) day it covers.
pub fn parse_user_date(s: &str, end: DateEnd) -> anyhow::Result<NaiveDate> {
    let s = s.trim();
    let bad = || anyhow::anyhow!("cannot read date {s:?}: use YYYY, YYYY-MM or YYYY-MM-DD");
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| -> anyhow::Result<u32> {
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse::<u32>().map_err(|_| bad())
    };
    let y = num(parts[0], 4)? as i32;
    let d = match parts.len() {
        1 => match end {
            DateEnd::Start => NaiveDate::from_ymd_opt(y, 1, 1),
            DateEnd::End => NaiveDate::from_ymd_opt(y, 12, 31),
        },
        2 => {
            let m = num(parts[1], 2)?;
            let first = NaiveDate::from_ymd_opt(y, m, 1).ok_or_else(bad)?;
            match end {
                DateEnd::Start => Some(first),
                DateEnd::End => {
                    let next = if m == 12 {
                        NaiveDate::from_ymd_opt(y + 1, 1, 1)
                    } else {
                        NaiveDate::from_ymd_opt(y, m + 1, 1)
                    };
                    next.and_then(|n| n.pred_opt())
                }
            }
        }
        3 => NaiveDate::from_ymd_opt(y, num(parts[1], 2)?, num(parts[2], 2)?),
        _ => None,
    };
    let d = d.ok_or_else(bad)?;
    if d.year() < 1 {
        return Err(bad());
    }
    Ok(d)
}

/// Builds the full query. An empty (or all-blank) text matches every article.
pub fn build(
    index: &Index,
    fields: &Fields,
    text: &str,
    filters: &Filters,
) -> anyhow::Result<Box<dyn Query>> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if !text.trim().is_empty() {
        let mut parser = QueryParser::for_index(index, vec![fields.title, fields.text]);
        parser.set_conjunction_by_default();
        parser.set_field_boost(fields.title, TITLE_BOOST);
        let q = parser
            .parse_query(text)
            .with_context(|| format!("invalid query {text:?}"))?;
        clauses.push((Occur::Must, guard_exclusions(q)));
    }
    if let (Some(f), Some(t)) = (filters.from, filters.to) {
        if f > t {
            bail!("--from {f} is after --to {t}: no date can match");
        }
    }
    if let (Some(lo), Some(hi)) = (filters.min_deaths, filters.max_deaths) {
        if lo > hi {
            bail!("--min-deaths {lo} is above --max-deaths {hi}: no toll can match");
        }
    }
    let mut filter =
        |q: Box<dyn Query>| clauses.push((Occur::Must, Box::new(BoostQuery::new(q, 0.0))));
    if filters.from.is_some() || filters.to.is_some() {
        let lo = filters.from.map_or(Bound::Unbounded, |d| {
            Bound::Included(Term::from_field_date(fields.event_date, day(d)))
        });
        let hi = filters.to.map_or(Bound::Unbounded, |d| {
            let next = d.succ_opt().unwrap_or(d);
            Bound::Excluded(Term::from_field_date(fields.event_date, day(next)))
        });
        filter(Box::new(RangeQuery::new(lo, hi)));
    }
    if filters.min_deaths.is_some() || filters.max_deaths.is_some() {
        let lo = filters.min_deaths.map_or(Bound::Unbounded, |n| {
            Bound::Included(Term::from_field_u64(fields.deaths, n))
        });
        let hi = filters.max_deaths.map_or(Bound::Unbounded, |n| {
            Bound::Included(Term::from_field_u64(fields.deaths, n))
        });
        filter(Box::new(RangeQuery::new(lo, hi)));
    }
    if !filters.provinces.is_empty() {
        filter(any_of(
            fields.province_key,
            filters.provinces.iter().map(|s| region_key(s)),
        ));
    }
    if !filters.countries.is_empty() {
        filter(any_of(
            fields.country_key,
            filters.countries.iter().map(|s| name_key(s)),
        ));
    }
    if !filters.groups.is_empty() {
        filter(any_of(
            fields.group_key,
            filters.groups.iter().map(|s| name_key(s)),
        ));
    }
    if clauses.is_empty() {
        return Ok(Box::new(AllQuery));
    }
    if clauses.len() == 1 && clauses[0].0 == Occur::Must {
        // Keep the single text query as it is (its scores stay plain BM25).
        if !text.trim().is_empty() {
            return Ok(clauses.pop().expect("one clause").1);
        }
    }
    if text.trim().is_empty() {
        // Only filters: every matching article scores the same.
        clauses.push((Occur::Must, Box::new(AllQuery)));
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

fn any_of(field: tantivy::schema::Field, keys: impl Iterator<Item = String>) -> Box<dyn Query> {
    let subs: Vec<(Occur, Box<dyn Query>)> = keys
        .map(|k| {
            let q: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(field, &k),
                IndexRecordOption::Basic,
            ));
            (Occur::Should, q)
        })
        .collect();
    Box::new(BooleanQuery::new(subs))
}

/// Wraps every excluded clause (`-word`, `-"a phrase"`) of a parsed query in [`ForwardSeek`].
fn guard_exclusions(q: Box<dyn Query>) -> Box<dyn Query> {
    let Some(b) = q.downcast_ref::<BooleanQuery>() else {
        return q;
    };
    let clauses = b
        .clauses()
        .iter()
        .map(|(occur, sub)| {
            let sub = guard_exclusions(sub.box_clone());
            let sub: Box<dyn Query> = match occur {
                Occur::MustNot => Box::new(ForwardSeek(sub)),
                _ => sub,
            };
            (*occur, sub)
        })
        .collect();
    let mut out = BooleanQuery::new(clauses);
    out.set_minimum_number_should_match(b.get_minimum_number_should_match());
    Box::new(out)
}

/// An excluded clause that is never asked to seek backwards. tantivy 0.27's exclusion asks its
/// excluded scorer whether it holds a document before that scorer's current one, and the phrase
/// scorer asserts (in debug builds) that this never happens, so `killed -"car bomb"` panicked a
/// debug build (tantivy issue #2811, fixed after 0.27; found by the `query` fuzz target). The
/// wrapper's scorer answers with `DocSet`'s default `seek_danger`, which compares positions
/// before it seeks; release builds give the same results with or without it.
#[derive(Debug)]
struct ForwardSeek(Box<dyn Query>);

impl Clone for ForwardSeek {
    fn clone(&self) -> Self {
        ForwardSeek(self.0.box_clone())
    }
}

impl Query for ForwardSeek {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(ForwardSeekWeight(self.0.weight(enable_scoring)?)))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.0.query_terms(visitor)
    }
}

struct ForwardSeekWeight(Box<dyn Weight>);

impl Weight for ForwardSeekWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(ForwardSeekScorer(self.0.scorer(reader, boost)?)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }
}

struct ForwardSeekScorer(Box<dyn Scorer>);

impl DocSet for ForwardSeekScorer {
    fn advance(&mut self) -> DocId {
        self.0.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        let doc = self.0.doc();
        if doc >= target {
            return doc;
        }
        self.0.seek(target)
    }

    fn doc(&self) -> DocId {
        self.0.doc()
    }

    fn size_hint(&self) -> u32 {
        self.0.size_hint()
    }
}

impl Scorer for ForwardSeekScorer {
    fn score(&mut self) -> Score {
        self.0.score()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `-"a phrase"` and `-word` exclusions, with the excluded phrase positioned past the first
    /// candidate (the case that tripped tantivy's debug assertion).
    #[test]
    fn excluded_phrases_and_words() {
        use crate::index::schema::{build_schema, register_analyzers};
        let index = Index::create_in_ram(build_schema());
        register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        let mut w = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for text in [
            "two were killed in a shooting",
            "a car bomb killed five",
            "one was killed by a bomb in a car park",
            "nobody was hurt",
        ] {
            let mut doc = tantivy::TantivyDocument::default();
            doc.add_text(fields.text, text);
            w.add_document(doc).unwrap();
        }
        w.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let count = |q: &str| {
            let query = build(&index, &fields, q, &Filters::default()).unwrap();
            searcher.search(&query, &tantivy::collector::Count).unwrap()
        };
        assert_eq!(count("killed"), 3);
        assert_eq!(count("killed -\"car bomb\""), 2);
        assert_eq!(count("killed -\"bomb killed\""), 2);
        assert_eq!(count("killed -\"killed car\""), 3);
        assert_eq!(count("killed -bomb"), 1);
        assert_eq!(count("killed -(shooting OR \"car park\")"), 1);
    }

    /// Years outside tantivy's date range (1677–2262) are clamped, not overflowed: `--to 9999`
    /// has no upper bound and `--from 1000` no lower one.
    #[test]
    fn far_dates_are_clamped() {
        use crate::index::schema::{build_schema, register_analyzers};
        let index = Index::create_in_ram(build_schema());
        register_analyzers(&index);
        let fields = Fields::new(&index.schema()).unwrap();
        let mut w = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let mut doc = tantivy::TantivyDocument::default();
        doc.add_text(fields.text, "a bomb");
        doc.add_date(fields.event_date, day(d("2023-02-17")));
        w.add_document(doc).unwrap();
        w.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let count = |from: &str, to: &str| {
            let filters = Filters {
                from: Some(parse_user_date(from, DateEnd::Start).unwrap()),
                to: Some(parse_user_date(to, DateEnd::End).unwrap()),
                ..Filters::default()
            };
            let query = build(&index, &fields, "", &filters).unwrap();
            searcher.search(&query, &tantivy::collector::Count).unwrap()
        };
        assert_eq!(count("1000", "9999"), 1);
        assert_eq!(count("0001", "2023-02-17"), 1);
        assert_eq!(count("2023-02-18", "9999"), 0);
        assert_eq!(count("9000", "9999"), 0);
        assert_eq!(count("1000", "1500"), 0);
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn user_dates_cover_their_period() {
        assert_eq!(
            parse_user_date("2023", DateEnd::Start).unwrap(),
            d("2023-01-01")
        );
        assert_eq!(
            parse_user_date("2023", DateEnd::End).unwrap(),
            d("2023-12-31")
        );
        assert_eq!(
            parse_user_date("2024-02", DateEnd::End).unwrap(),
            d("2024-02-29")
        );
        assert_eq!(
            parse_user_date("2023-12", DateEnd::End).unwrap(),
            d("2023-12-31")
        );
        assert_eq!(
            parse_user_date("2023-02-17", DateEnd::End).unwrap(),
            d("2023-02-17")
        );
        for bad in [
            "23",
            "2023-2",
            "2023-13",
            "2023-02-30",
            "x",
            "2023-01-01-01",
            "",
        ] {
            assert!(parse_user_date(bad, DateEnd::Start).is_err(), "{bad}");
        }
    }
}
