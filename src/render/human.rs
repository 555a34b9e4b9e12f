//! Human-readable output: aligned, coloured on a terminal, plain in a pipe.

use std::fmt::Write as _;

use crate::article::Article;
use crate::extract::{FacetKind, Facets};

/// ANSI styling that is a no-op when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    pub fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    pub fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    pub fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    pub fn hit(&self, s: &str) -> String {
        self.paint("1;31", s)
    }
    pub fn key(&self, s: &str) -> String {
        self.paint("36", s)
    }
}

/// `extract` without `--json`: one block per article; with `explain`, the evidence under it.
pub fn extract_block(article: &Article, facets: &Facets, explain: bool, st: Style) -> String {
    let mut out = String::new();
    let title = article.title.as_deref().unwrap_or("(untitled)");
    let _ = writeln!(out, "{} {}", st.bold(&article.id), title);
    let line = |k: &str, v: String| format!("  {:<17} {}\n", st.key(k), v);
    out += &line("published", opt(article.published.map(|d| d.to_string())));
    out += &line("event_date", opt(facets.event_date.map(|d| d.to_string())));
    let places: Vec<String> = facets
        .places
        .iter()
        .map(|p| match &p.province {
            Some(pr) => format!("{} / {}", p.country, pr),
            None => p.country.clone(),
        })
        .collect();
    out += &line("places", list(&places));
    let groups: Vec<String> = facets.groups.iter().map(|g| g.name.clone()).collect();
    out += &line("groups", list(&groups));
    out += &line("deaths", opt(facets.deaths.map(|d| d.to_string())));
    out += &line("deaths_attackers", opt(facets.deaths_attackers.map(|d| d.to_string())));
    if explain {
        let _ = writeln!(out, "  {}", st.dim("evidence:"));
        for kind in [
            FacetKind::EventDate,
            FacetKind::Place,
            FacetKind::Group,
            FacetKind::Deaths,
            FacetKind::DeathsAttackers,
        ] {
            for e in facets.evidence.iter().filter(|e| e.facet == kind) {
                let _ = writeln!(
                    out,
                    "    {:<16} {} {}",
                    st.key(kind.label()),
                    st.bold(&e.value),
                    st.dim(&format!("[{}] @{}..{}", e.rule, e.span[0], e.span[1]))
                );
                let _ = writeln!(out, "      \"{}\"", one_line(&e.sentence, 240));
            }
        }
    }
    out
}

pub fn opt(v: Option<String>) -> String {
    v.unwrap_or_else(|| "-".to_string())
}

pub fn list(v: &[String]) -> String {
    if v.is_empty() {
        "-".to_string()
    } else {
        v.join("; ")
    }
}

/// Collapses white space and cuts to `max` characters with an ellipsis.
pub fn one_line(s: &str, max: usize) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().count() <= max {
        joined
    } else {
        let cut: String = joined.chars().take(max).collect();
        format!("{cut}…")
    }
}
