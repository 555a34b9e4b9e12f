//! The JSON contracts: `extract --json` lines and `search --json` documents.

use serde_json::{json, Value};

use crate::article::Article;
use crate::extract::Facets;

/// One `extract --json` line: exactly the facet keys the scorer reads (`id`, `event_date`,
/// `places`, `groups`, `deaths`, `deaths_attackers`), plus `published` and `evidence`.
pub fn extract_line(article: &Article, facets: &Facets) -> Value {
    json!({
        "id": article.id,
        "published": article.published.map(|d| d.to_string()),
        "event_date": facets.event_date.map(|d| d.to_string()),
        "places": facets.places,
        "groups": facets.groups,
        "deaths": facets.deaths,
        "deaths_attackers": facets.deaths_attackers,
        "evidence": facets.evidence,
    })
}
