//! Turns an article and its facets into a tantivy document.

use chrono::{Datelike, NaiveDate};
use serde_json::json;
use tantivy::schema::Facet;
use tantivy::{DateTime, TantivyDocument, Term};

use super::keys::{name_key, region_key};
use super::schema::Fields;
use crate::article::Article;
use crate::extract::{Extractor, Facets};

/// The term identifying an article (for replace and delete).
pub fn id_term(fields: &Fields, id: &str) -> Term {
    Term::from_field_text(fields.id, id)
}

/// Midnight UTC of a day as a tantivy date. tantivy counts nanoseconds in an i64, which covers
/// 1677-09-21 to 2262-04-11; days outside are clamped to those ends, so `--to 9999` means "no
/// upper bound" (it overflowed: a panic in debug builds, no matches in release; found by the
/// `query` fuzz target).
pub fn day(d: NaiveDate) -> DateTime {
    const MAX_SECS: i64 = i64::MAX / 1_000_000_000;
    let secs = d
        .and_hms_opt(0, 0, 0)
        .expect("midnight exists")
        .and_utc()
        .timestamp();
    DateTime::from_timestamp_secs(secs.clamp(-MAX_SECS, MAX_SECS))
}

/// A facet path segment: '/' and '\' would split or escape the path, so they become spaces.
fn segment(s: &str) -> String {
    s.replace(['/', '\\'], " ").trim().to_string()
}

/// Builds the document for one article. `names` expands the extractor's canonical place names
/// into their aliases for the filter keys.
pub fn document(
    fields: &Fields,
    article: &Article,
    facets: &Facets,
    names: &Extractor,
) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.id, &article.id);
    if let Some(t) = &article.title {
        doc.add_text(fields.title, t);
    }
    doc.add_text(fields.text, &article.text);
    if let Some(u) = &article.url {
        doc.add_text(fields.url, u);
    }
    if let Some(s) = &article.source {
        doc.add_text(fields.source, s);
    }
    if let Some(p) = article.published {
        doc.add_date(fields.published, day(p));
    }
    if let Some(d) = facets.event_date {
        doc.add_date(fields.event_date, day(d));
        doc.add_facet(
            fields.month,
            Facet::from_path([format!("{:04}-{:02}", d.year(), d.month())]),
        );
    }
    if let Some(n) = facets.deaths {
        doc.add_u64(fields.deaths, n as u64);
    }
    if let Some(n) = facets.deaths_attackers {
        doc.add_u64(fields.deaths_attackers, n as u64);
    }
    let mut seen = std::collections::HashSet::new();
    for place in &facets.places {
        let country = segment(&place.country);
        if country.is_empty() {
            continue;
        }
        if seen.insert(country.clone()) {
            doc.add_facet(fields.country, Facet::from_path([country.clone()]));
            for name in std::iter::once(place.country.clone())
                .chain(names.places().country_names(&place.country))
            {
                doc.add_text(fields.country_key, name_key(&name));
            }
        }
        if let Some(province) = place
            .province
            .as_deref()
            .map(segment)
            .filter(|p| !p.is_empty())
        {
            if seen.insert(format!("{country}/{province}")) {
                doc.add_facet(
                    fields.province,
                    Facet::from_path([country.clone(), province.clone()]),
                );
                let aliases = names
                    .places()
                    .province_names(&place.country, place.province.as_deref().unwrap_or(""));
                for name in std::iter::once(province).chain(aliases) {
                    doc.add_text(fields.province_key, region_key(&name));
                }
            }
        }
    }
    for group in &facets.groups {
        let name = segment(&group.name);
        if name.is_empty() || !seen.insert(format!("group:{name}")) {
            continue;
        }
        doc.add_facet(fields.group, Facet::from_path([name.clone()]));
        for alias in std::iter::once(&group.name).chain(&group.aliases) {
            doc.add_text(fields.group_key, name_key(alias));
        }
    }
    let stored =
        json!({"places": facets.places, "groups": facets.groups, "evidence": facets.evidence});
    doc.add_text(fields.facets_json, stored.to_string());
    doc
}
