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
    out += &line(
        "deaths_attackers",
        opt(facets.deaths_attackers.map(|d| d.to_string())),
    );
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

/// `search` without `--json`: ranked hits with their facets and a highlighted snippet, then the
/// facet counts when asked for.
pub fn search_response(
    req: &crate::search::Request,
    resp: &crate::search::Response,
    st: Style,
) -> String {
    let mut out = String::new();
    for (i, h) in resp.hits.iter().enumerate() {
        let rank = req.offset + i + 1;
        let place = h
            .places
            .first()
            .map(|p| match &p.province {
                Some(pr) => format!("{}/{}", p.country, pr),
                None => p.country.clone(),
            })
            .unwrap_or_else(|| "-".into());
        let group = h
            .groups
            .first()
            .map(|g| g.name.clone())
            .unwrap_or_else(|| "-".into());
        let deaths = match (h.deaths, h.deaths_attackers) {
            (Some(d), Some(a)) if a > 0 => format!("{d} killed ({a} attackers)"),
            (Some(d), _) => format!("{d} killed"),
            (None, _) => "toll unknown".into(),
        };
        let score = if h.score > 0.0 {
            format!("{:6.2}", h.score)
        } else {
            "     -".into()
        };
        let _ = writeln!(
            out,
            "{:>3}. {}  {}  {}  {}  {}",
            rank,
            st.dim(&score),
            st.key(&opt(h.event_date.map(|d| d.to_string()))),
            place,
            group,
            deaths
        );
        let _ = writeln!(
            out,
            "     {}  {}",
            st.bold(h.title.as_deref().unwrap_or("(untitled)")),
            st.dim(&format!("[{}]", h.id))
        );
        let _ = writeln!(out, "     {}", highlight(&h.snippet, &h.highlights, st));
    }
    let shown = resp.hits.len();
    let _ = writeln!(
        out,
        "{}",
        st.dim(&format!(
            "{} of {} matching article{}",
            if shown == 0 {
                "0".to_string()
            } else {
                format!("{}-{}", req.offset + 1, req.offset + shown)
            },
            resp.total,
            if resp.total == 1 { "" } else { "s" }
        ))
    );
    if let Some(f) = &resp.facets {
        let _ = writeln!(out, "\n{}", st.bold("countries"));
        for c in f.country.iter().take(15) {
            let _ = writeln!(out, "  {:>6}  {}", c.count, c.name);
        }
        let _ = writeln!(out, "{}", st.bold("provinces"));
        for c in f.province.iter().take(15) {
            let _ = writeln!(out, "  {:>6}  {} / {}", c.count, c.country, c.province);
        }
        let _ = writeln!(out, "{}", st.bold("groups"));
        for c in f.group.iter().take(15) {
            let _ = writeln!(out, "  {:>6}  {}", c.count, c.name);
        }
        let _ = writeln!(out, "{}", st.bold("event months"));
        for c in &f.month {
            let _ = writeln!(out, "  {:>6}  {}", c.count, c.name);
        }
        let _ = writeln!(
            out,
            "{}\n  {} killed in {} articles with a known toll; largest {}",
            st.bold("deaths"),
            f.deaths.total,
            f.deaths.articles,
            f.deaths.max.map_or("-".to_string(), |m| m.to_string())
        );
    }
    out
}

/// The snippet on one line with the highlighted ranges styled.
fn highlight(snippet: &str, ranges: &[[usize; 2]], st: Style) -> String {
    let mut out = String::new();
    let mut at = 0;
    for r in ranges {
        if r[0] < at
            || r[1] > snippet.len()
            || !snippet.is_char_boundary(r[0])
            || !snippet.is_char_boundary(r[1])
        {
            continue;
        }
        out.push_str(&snippet[at..r[0]]);
        let word = &snippet[r[0]..r[1]];
        out.push_str(&st.hit(word));
        at = r[1];
    }
    out.push_str(&snippet[at..]);
    one_line(&out, usize::MAX)
}
