//! The errors of an evaluation, grouped into classes ("none where gold Sindh", "late by 1 day
//! (= published)", "missed FMLN", "under-count") with counts and example articles showing the
//! extractor's evidence — what `newsfacet eval` lists to show where the extractor is worth improving.

use std::collections::HashMap;
use std::fmt;

use chrono::NaiveDate;

use super::score::parse_iso_date;
use super::Scored;
use crate::extract::{Evidence, FacetKind};

/// A facet as `eval` scores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Facet {
    Date,
    Province,
    Group,
    Deaths,
}

impl Facet {
    pub const ALL: [Facet; 4] = [Facet::Date, Facet::Province, Facet::Group, Facet::Deaths];

    pub fn label(self) -> &'static str {
        match self {
            Facet::Date => "date",
            Facet::Province => "province",
            Facet::Group => "group",
            Facet::Deaths => "deaths",
        }
    }

    /// The evidence kinds that explain this facet, most telling first.
    fn evidence_kinds(self) -> &'static [FacetKind] {
        match self {
            Facet::Date => &[FacetKind::EventDate],
            Facet::Province => &[FacetKind::Place],
            Facet::Group => &[FacetKind::Group],
            Facet::Deaths => &[FacetKind::Deaths, FacetKind::DeathsAttackers],
        }
    }
}

impl fmt::Display for Facet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// One error on one article.
#[derive(Debug, Clone)]
pub struct ErrorCase<'a> {
    pub id: &'a str,
    /// Line of the gold file.
    pub line: u64,
    pub class: String,
    pub predicted: String,
    pub gold: String,
    /// The extractor's evidence for the facet (rule and sentence), when it gave any.
    pub evidence: Option<&'a Evidence>,
    /// Where the text mentions the gold value (province or group names), when it does.
    pub gold_mention: Option<String>,
}

/// The errors of one facet over a gold file.
#[derive(Debug, Clone)]
pub struct FacetErrors<'a> {
    pub facet: Facet,
    /// Articles scored on the facet.
    pub scored: usize,
    /// Articles with at least one error (for province: a wrong primary province; for deaths: not
    /// exact).
    pub wrong: usize,
    /// Error classes with their counts, most frequent first.
    pub classes: Vec<(String, usize)>,
    /// Example cases, taken in turn from the most frequent classes down.
    pub examples: Vec<ErrorCase<'a>>,
}

/// Collects the errors of `facet`, with up to `examples` example cases.
pub fn errors<'a>(scored: &'a [Scored<'a>], facet: Facet, examples: usize) -> FacetErrors<'a> {
    let mut n = 0;
    let mut wrong = 0;
    let mut cases = Vec::new();
    for s in scored {
        let Some(found) = cases_of(s, facet) else {
            continue;
        };
        n += 1;
        wrong += usize::from(!found.is_empty());
        cases.extend(found);
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for c in &cases {
        *counts.entry(c.class.as_str()).or_default() += 1;
    }
    let mut classes: Vec<(String, usize)> = counts
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    classes.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    // round-robin over the classes, most frequent first, each class's cases in file order
    let rank: HashMap<&str, usize> = classes
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (k.as_str(), i))
        .collect();
    let mut by_class: Vec<Vec<usize>> = vec![Vec::new(); classes.len()];
    for (i, c) in cases.iter().enumerate() {
        by_class[rank[c.class.as_str()]].push(i);
    }
    let mut picked = Vec::new();
    let mut round = 0;
    while picked.len() < examples && by_class.iter().any(|v| v.len() > round) {
        for v in &by_class {
            if picked.len() < examples {
                if let Some(&i) = v.get(round) {
                    picked.push(i);
                }
            }
        }
        round += 1;
    }
    let mut slots: Vec<Option<ErrorCase>> = cases.into_iter().map(Some).collect();
    let examples = picked.into_iter().filter_map(|i| slots[i].take()).collect();
    FacetErrors {
        facet,
        scored: n,
        wrong,
        classes,
        examples,
    }
}

/// The error cases of one article on `facet`: `None` when the facet is not scored, empty when right.
fn cases_of<'a>(s: &'a Scored<'a>, facet: Facet) -> Option<Vec<ErrorCase<'a>>> {
    let j = &s.judgement;
    let g = &s.record.gold;
    let p = &s.prediction;
    let evidence = s.facets.and_then(|f| {
        facet
            .evidence_kinds()
            .iter()
            .find_map(|k| f.evidence.iter().find(|e| e.facet == *k))
    });
    let case =
        |class: String, predicted: String, gold: String, mention: Option<String>| ErrorCase {
            id: &s.record.id,
            line: s.record.line,
            class,
            predicted,
            gold,
            evidence,
            gold_mention: mention,
        };
    let text = || s.record.article.full_text();
    let mut out = Vec::new();
    match facet {
        Facet::Date => {
            if j.date? {
                return Some(out);
            }
            let specs = g.dates.as_deref().unwrap_or_default();
            let gold = join(specs.iter().map(|d| d.to_string()), " | ");
            let pred = p
                .event_date
                .as_deref()
                .and_then(|d| parse_iso_date(d.get(..10).unwrap_or(d)));
            let class = match pred {
                None => "no event date".to_string(),
                Some(pd) => {
                    let mut c = date_class(pd, specs.iter().map(|d| d.bounds()));
                    if Some(pd) == s.record.article.published {
                        c.push_str(" (= published)");
                    }
                    c
                }
            };
            out.push(case(
                class,
                p.event_date.clone().unwrap_or_else(|| "none".into()),
                gold,
                None,
            ));
        }
        Facet::Province => {
            if j.province?.primary_ok {
                return Some(out);
            }
            let mut golds: Vec<&str> = Vec::new();
            for x in g.places.iter().filter_map(|x| x.province.as_deref()) {
                if !golds.contains(&x) {
                    golds.push(x);
                }
            }
            let gold = join(golds.iter(), " | ");
            let pred = p
                .provinces
                .first()
                .cloned()
                .unwrap_or_else(|| "none".into());
            let predicted = if p.provinces.is_empty() {
                "none".to_string()
            } else {
                join(p.provinces.iter(), ", ")
            };
            out.push(case(
                format!("{pred} where gold {gold}"),
                predicted,
                gold,
                mention(&text(), &golds),
            ));
        }
        Facet::Group => {
            let gj = j.group.as_ref()?;
            let gold_groups = g.groups.as_deref().unwrap_or_default();
            let name = |names: &[String]| names.first().cloned().unwrap_or_default();
            let predicted = if p.groups.is_empty() {
                "none".into()
            } else {
                join(p.groups.iter().map(|x| name(x)), ", ")
            };
            let gold = if gold_groups.is_empty() {
                "none".into()
            } else {
                join(gold_groups.iter().map(|x| name(x)), " | ")
            };
            let mut extra = gj.unmatched_pred.iter().map(|&i| name(&p.groups[i]));
            let mut missed = gj.unmatched_gold.iter().map(|&i| &gold_groups[i]);
            loop {
                let (x, y) = (extra.next(), missed.next());
                let class = match (&x, y) {
                    (None, None) => break,
                    (Some(x), Some(y)) => format!("{x} where gold {}", name(y)),
                    (Some(x), None) if gold_groups.is_empty() => format!("{x} where gold none"),
                    (Some(x), None) => format!("extra {x}"),
                    (None, Some(y)) if p.groups.is_empty() => {
                        format!("none where gold {}", name(y))
                    }
                    (None, Some(y)) => format!("missed {}", name(y)),
                };
                let names: Vec<&str> = y
                    .map(|a| a.iter().map(String::as_str).collect())
                    .unwrap_or_default();
                out.push(case(
                    class,
                    predicted.clone(),
                    gold.clone(),
                    mention(&text(), &names),
                ));
            }
            if out.is_empty() && !gj.primary_ok {
                out.push(case("wrong group first".into(), predicted, gold, None));
            }
        }
        Facet::Deaths => {
            let d = j.deaths?;
            if d.exact {
                return Some(out);
            }
            let counts = if d.victims_only {
                g.victims.as_ref()
            } else {
                g.deaths.as_ref()
            };
            let mut ok: Vec<i64> = counts.into_iter().flatten().flatten().copied().collect();
            ok.sort_unstable();
            ok.dedup();
            let (lo, hi) = (
                ok.first().copied().unwrap_or(0),
                ok.last().copied().unwrap_or(0),
            );
            let class = if p.deaths.is_none() {
                "no toll".to_string()
            } else if d.value == 0 {
                "0 where gold > 0".to_string()
            } else if hi <= 0 {
                "toll where gold 0".to_string()
            } else if d.value > hi {
                if d.near {
                    "over by ≤10%"
                } else {
                    "over-count"
                }
                .to_string()
            } else if d.value < lo {
                if d.near {
                    "under by ≤10%"
                } else {
                    "under-count"
                }
                .to_string()
            } else {
                "between the gold options".to_string()
            };
            let opt = |v: Option<i64>| v.map_or("null".to_string(), |v| v.to_string());
            let predicted = if d.victims_only {
                format!(
                    "{} (deaths {} - attackers {})",
                    d.value,
                    opt(p.deaths),
                    opt(p.deaths_attackers)
                )
            } else {
                opt(p.deaths)
            };
            let kind = if d.victims_only { "victims" } else { "deaths" };
            let gold = format!("{kind} {}", join(ok.iter(), " | "));
            out.push(case(class, predicted, gold, None));
        }
    }
    Some(out)
}

/// "late by 2-7 days", "early by 1 day", ... from a predicted date to the nearest accepted range.
fn date_class(p: NaiveDate, ranges: impl Iterator<Item = (NaiveDate, NaiveDate)>) -> String {
    let delta = ranges
        .map(|(lo, hi)| {
            if p < lo {
                (p - lo).num_days()
            } else if p > hi {
                (p - hi).num_days()
            } else {
                0
            }
        })
        .min_by_key(|d| d.abs())
        .unwrap_or(0);
    let dir = if delta > 0 { "late" } else { "early" };
    let bucket = match delta.abs() {
        0 => return "inside a gold range (?)".into(),
        1 => "1 day",
        2..=7 => "2-7 days",
        8..=31 => "8-31 days",
        32..=366 => "1-12 months",
        _ => "over a year",
    };
    format!("{dir} by {bucket}")
}

fn join<T: fmt::Display>(items: impl IntoIterator<Item = T>, sep: &str) -> String {
    items
        .into_iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join(sep)
}

/// White space folded to single spaces, cut to `max` characters with an ellipsis.
pub fn snippet(s: &str, max: usize) -> String {
    let folded = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() <= max {
        folded
    } else {
        let cut: String = folded.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The first place the text mentions one of `names` (ASCII case-insensitively, names of 3 or more
/// bytes), with some 70 characters either side.
pub fn mention(text: &str, names: &[&str]) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let (start, len) = names
        .iter()
        .filter(|n| n.len() >= 3)
        .filter_map(|n| lower.find(&n.to_ascii_lowercase()).map(|i| (i, n.len())))
        .min()?;
    let mut a = start.saturating_sub(70);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (start + len + 70).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    let pre = if a > 0 { "…" } else { "" };
    let post = if b < text.len() { "…" } else { "" };
    Some(format!("{pre}{}{post}", snippet(&text[a..b], 200)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{judge_records, read_gold_file};
    use crate::extract::{Evidence, Facets, Group, Place};
    use std::io::Write;

    fn d(s: &str) -> NaiveDate {
        parse_iso_date(s).unwrap()
    }

    #[test]
    fn date_classes() {
        let one = |p: &str, lo: &str, hi: &str| date_class(d(p), [(d(lo), d(hi))].into_iter());
        assert_eq!(
            one("2023-02-18", "2023-02-17", "2023-02-17"),
            "late by 1 day"
        );
        assert_eq!(
            one("2023-02-10", "2023-02-17", "2023-02-20"),
            "early by 2-7 days"
        );
        assert_eq!(
            one("2021-02-10", "2023-02-17", "2023-02-20"),
            "early by over a year"
        );
        let two = date_class(
            d("2023-03-01"),
            [
                (d("2023-01-01"), d("2023-01-01")),
                (d("2023-03-03"), d("2023-03-03")),
            ]
            .into_iter(),
        );
        assert_eq!(two, "early by 2-7 days", "nearest range");
    }

    #[test]
    fn mentions_and_snippets() {
        let text = "SAN SALVADOR, 3 JAN 90 -- CLASHES IN USULUTAN\nDEPARTMENT YESTERDAY.";
        assert_eq!(
            mention(text, &["Usulutan"]).unwrap(),
            "SAN SALVADOR, 3 JAN 90 -- CLASHES IN USULUTAN DEPARTMENT YESTERDAY."
        );
        assert_eq!(mention(text, &["Morazan", "x"]), None);
        assert_eq!(snippet("a  b\n c", 10), "a b c");
        assert_eq!(snippet("abcdefghijkl", 5), "abcd…");
    }

    #[test]
    fn classes_counts_and_examples() {
        let line = |id: &str, prov: &str, groups: &str| {
            format!(
                r#"{{"id": "{id}", "published": "2023-02-17", "text": "Attack in Sindh by the TTP.", "gold": {{"dates": ["2023-02-16"], "places": [{{"country": "Pakistan", "province": "{prov}"}}], "groups": {groups}, "deaths": [[3]], "relevant": true}}}}"#
            )
        };
        let mut f = tempfile::Builder::new()
            .suffix(".jsonl")
            .tempfile()
            .unwrap();
        for l in [
            line("a", "Sindh", "[[\"TTP\"]]"),
            line("b", "Sindh", "[]"),
            line("c", "Punjab", "[[\"BLA\"], [\"TTP\"]]"),
        ] {
            writeln!(f, "{l}").unwrap();
        }
        let recs = read_gold_file(f.path()).unwrap();
        let ev = Evidence {
            facet: FacetKind::Place,
            value: "Pakistan/Sindh".into(),
            rule: "place.test".into(),
            sentence: "Attack in Sindh.".into(),
            span: [0, 5],
        };
        let facets: Vec<Facets> = (0..3)
            .map(|_| Facets {
                event_date: Some(d("2023-02-17")),
                places: vec![Place {
                    country: "Pakistan".into(),
                    province: Some("Sindh".into()),
                }],
                groups: vec![Group {
                    name: "Tehrik-i-Taliban Pakistan".into(),
                    aliases: vec!["TTP".into()],
                }],
                deaths: None,
                deaths_attackers: None,
                evidence: vec![ev.clone()],
            })
            .collect();
        let scored = judge_records(&recs, &facets);

        let e = errors(&scored, Facet::Date, 10);
        assert_eq!((e.scored, e.wrong), (3, 3));
        assert_eq!(
            e.classes,
            vec![("late by 1 day (= published)".to_string(), 3)]
        );

        let e = errors(&scored, Facet::Province, 10);
        assert_eq!((e.scored, e.wrong), (3, 1));
        assert_eq!(e.classes, vec![("Sindh where gold Punjab".to_string(), 1)]);
        assert_eq!(e.examples[0].id, "c");
        assert_eq!(e.examples[0].evidence.unwrap().rule, "place.test");

        let e = errors(&scored, Facet::Group, 10);
        assert_eq!((e.scored, e.wrong), (3, 2));
        let want: Vec<(String, usize)> = vec![
            ("Tehrik-i-Taliban Pakistan where gold none".into(), 1),
            ("missed BLA".into(), 1),
        ];
        assert_eq!(e.classes, want);
        assert!(
            e.examples[1].gold_mention.is_none(),
            "BLA is not in the text"
        );

        let e = errors(&scored, Facet::Deaths, 1);
        assert_eq!(e.classes, vec![("no toll".to_string(), 3)]);
        assert_eq!(e.examples.len(), 1);
        assert_eq!(
            (
                e.examples[0].predicted.as_str(),
                e.examples[0].gold.as_str()
            ),
            ("null", "deaths 3")
        );
    }
}
