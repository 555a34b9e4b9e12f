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

/// The `search --json` document: `{"total", "hits": [...], "facets": {...}}`.
pub fn search_response(resp: &crate::search::Response) -> Value {
    let hits: Vec<Value> = resp
        .hits
        .iter()
        .map(|h| {
            json!({
                "id": h.id,
                "title": h.title,
                "published": h.published.map(|d| d.to_string()),
                "event_date": h.event_date.map(|d| d.to_string()),
                "places": h.places,
                "groups": h.groups,
                "deaths": h.deaths,
                "deaths_attackers": h.deaths_attackers,
                "score": h.score,
                "snippet": h.snippet,
                "highlights": h.highlights,
                "url": h.url,
                "source": h.source,
            })
        })
        .collect();
    let mut out = json!({"total": resp.total, "hits": hits});
    if let Some(f) = &resp.facets {
        out["facets"] = serde_json::to_value(f).expect("facet counts serialise");
    }
    out
}
