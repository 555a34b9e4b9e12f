//! The scoring of `../shared/tools/score_facets.py`, ported line for line: name folding
//! ([`fold`], [`prov_key`], [`acronym`], [`name_forms`]), group matching ([`group_match`]), the date
//! forms ([`date_ok`]), the per-article judgement ([`judge`]) and the summary ([`Summary`]) with the
//! scorer's keys, in its order, rounded as its `--json` line rounds them.
//!
//! Keep this file in step with the Python: `tests/eval_agreement.rs` checks that both give the same
//! figures on the shared development sets.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, TimeDelta};
use regex::Regex;
use serde::Serialize;
use serde_json::{Map, Value};

use super::{DateSpec, Gold};
use crate::extract::Facets;

/// Words that do not make a gold group name specific (`STOP` in the scorer).
pub const STOP: [&str; 30] = [
    "the",
    "of",
    "and",
    "front",
    "army",
    "group",
    "movement",
    "party",
    "liberation",
    "national",
    "islamic",
    "people",
    "peoples",
    "s",
    "forces",
    "armed",
    "revolutionary",
    "organization",
    "organisation",
    "de",
    "la",
    "del",
    "el",
    "al",
    "popular",
    "council",
    "state",
    "militants",
    "extremists",
    "unknown",
];

/// Region words stripped from either end of a province name (`SUFFIXES` in the scorer), in its order.
pub const SUFFIXES: [&str; 14] = [
    "department",
    "province",
    "governorate",
    "region",
    "state",
    "district",
    "division",
    "oblast",
    "prefecture",
    "territory",
    "departamento de",
    "departamento del",
    "provincia de",
    "wilayah",
];

fn is_stop(word: &str) -> bool {
    STOP.contains(&word)
}

/// `fold`: Unicode compatibility decomposition without combining marks, lower case, every run of
/// characters other than `a-z0-9` made one space, trimmed. The output is ASCII.
///
/// Python decomposes with NFKD; here Latin letters with diacritics, ligatures, full-width forms and
/// super- and subscript digits are decomposed (through `deunicode`) and letters NFKD leaves alone
/// (ß, æ, ø, ł, đ, þ, œ, ı, every non-Latin script) become separators, as they do in Python.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    let mut emit = |c: char, out: &mut String| {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    };
    for c in s.chars() {
        if c.is_ascii() {
            emit(c, &mut out);
        } else if is_combining(c) {
            // dropped, not a separator: "e\u{301}" folds like "é"
        } else if let Some(d) = decompose(c) {
            for x in d.chars() {
                emit(x, &mut out);
            }
        } else {
            emit(' ', &mut out);
        }
    }
    out
}

/// Combining marks (non-zero canonical combining class) in the blocks where they occur in news text.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// What NFKD without combining marks makes of a non-ASCII character, when that has ASCII letters
/// or digits; `None` when it has none (the character is then a separator).
fn decompose(c: char) -> Option<String> {
    let u = c as u32;
    let latin = match u {
        // Latin-1 letters, except those without a decomposition (Æ Ð × Ø Þ ß æ ð ÷ ø þ)
        0xC0..=0xFF => !matches!(
            u,
            0xC6 | 0xD0 | 0xD7 | 0xD8 | 0xDE | 0xDF | 0xE6 | 0xF0 | 0xF7 | 0xF8 | 0xFE
        ),
        // ª º and the superscript digits
        0xAA | 0xBA | 0xB2 | 0xB3 | 0xB9 => true,
        // Latin Extended-A, except Đ đ Ħ ħ ı ĸ Ł ł Ŋ ŋ Œ œ Ŧ ŧ
        0x100..=0x17F => !matches!(
            u,
            0x110
                | 0x111
                | 0x126
                | 0x127
                | 0x131
                | 0x138
                | 0x141
                | 0x142
                | 0x14A
                | 0x14B
                | 0x152
                | 0x153
                | 0x166
                | 0x167
        ),
        // Latin Extended-B: the precomposed letters with diacritics and the DŽ/LJ/NJ digraphs
        0x1C4..=0x1DC
        | 0x1DE..=0x1E3
        | 0x1E6..=0x1F5
        | 0x1F8..=0x21B
        | 0x21E..=0x21F
        | 0x226..=0x233 => true,
        // Latin Extended Additional, except ẜ ẝ ẞ ẟ and the Middle-Welsh letters
        0x1E00..=0x1EF9 => !matches!(u, 0x1E9C..=0x1E9F),
        // superscript and subscript digits and letters, ligatures ﬀ–ﬆ, full-width ASCII
        0x2070..=0x209C | 0xFB00..=0xFB06 | 0xFF01..=0xFF5E => true,
        _ => false,
    };
    if !latin {
        return None;
    }
    if (0xFF01..=0xFF5E).contains(&u) {
        return char::from_u32(u - 0xFEE0).map(String::from);
    }
    deunicode::deunicode_char(c).map(str::to_string)
}

/// `prov_key`: a province name folded, with region words ([`SUFFIXES`]) stripped from both ends.
pub fn prov_key(s: &str) -> String {
    let mut k = fold(s);
    let mut changed = true;
    while changed {
        changed = false;
        for suf in SUFFIXES {
            if k.len() > suf.len()
                && k.ends_with(suf)
                && k.as_bytes()[k.len() - suf.len() - 1] == b' '
            {
                k.truncate(k.len() - suf.len() - 1);
                changed = true;
            }
            if k.len() > suf.len() && k.starts_with(suf) && k.as_bytes()[suf.len()] == b' ' {
                k.drain(..=suf.len());
                changed = true;
            }
        }
    }
    k
}

static ACRONYM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([A-Za-z0-9\-]{2,10})\)\s*\z").unwrap());
static PARENS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\([^)]*\)").unwrap());

/// `acronym`: the folded acronym in parentheses at the end of a name ("Shining Path (SL)" → `sl`,
/// "(M-19)" → `m19`).
pub fn acronym(s: &str) -> Option<String> {
    ACRONYM.captures(s).map(|m| fold(&m[1]).replace(' ', ""))
}

/// `name_forms`: the folded name without parentheses, the folded name with them, and the acronym.
pub fn name_forms(name: &str) -> HashSet<String> {
    let mut forms = HashSet::new();
    forms.insert(fold(&PARENS.replace_all(name, " ")));
    forms.insert(fold(name));
    if let Some(a) = acronym(name) {
        forms.insert(a);
    }
    forms.remove("");
    forms
}

/// `group_match`: whether a predicted group (its name and aliases) is the gold group of this alias
/// list: a shared name form, or every non-[`STOP`] word of a gold form among a predicted form's words.
pub fn group_match<S: AsRef<str>, T: AsRef<str>>(pred_names: &[S], gold_aliases: &[T]) -> bool {
    let pf: HashSet<String> = pred_names
        .iter()
        .flat_map(|n| name_forms(n.as_ref()))
        .collect();
    let gf: HashSet<String> = gold_aliases
        .iter()
        .flat_map(|n| name_forms(n.as_ref()))
        .collect();
    if !pf.is_disjoint(&gf) {
        return true;
    }
    let pwords: Vec<HashSet<&str>> = pf.iter().map(|p| p.split(' ').collect()).collect();
    gf.iter().any(|g| {
        let gt: HashSet<&str> = g.split(' ').filter(|w| !is_stop(w)).collect();
        !gt.is_empty() && pwords.iter().any(|pw| gt.is_subset(pw))
    })
}

/// Python's `date.fromisoformat` on the forms the gold files and `extract --json` use: `YYYY-MM-DD`.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return None;
    }
    NaiveDate::from_ymd_opt(
        s[0..4].parse().ok()?,
        s[5..7].parse().ok()?,
        s[8..10].parse().ok()?,
    )
}

/// `date_ok`: a predicted event date (its first ten characters read as `YYYY-MM-DD`) satisfies one
/// gold date form: the day; `<=D` within the 60 days up to D; `A..B` inclusive; a year.
pub fn date_ok(pred: Option<&str>, spec: &DateSpec) -> bool {
    let Some(pred) = pred.filter(|p| !p.is_empty()) else {
        return false;
    };
    let head: String = pred.chars().take(10).collect();
    let Some(p) = parse_iso_date(&head) else {
        return false;
    };
    match *spec {
        DateSpec::Year(y) => p.year() == y,
        DateSpec::OnOrBefore(d) => d - TimeDelta::days(60) <= p && p <= d,
        DateSpec::Range(a, b) => a <= p && p <= b,
        DateSpec::Day(d) => p == d,
    }
}

/// `prf`: precision, recall and F1, with 1.0 for an empty denominator and F1 0 when both are 0.
pub fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        1.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        1.0
    };
    let f = if p + r != 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// What the scorer reads of a prediction (`extract --json` line).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Prediction {
    pub event_date: Option<String>,
    /// Provinces of `places`, in order, those that are non-empty strings.
    pub provinces: Vec<String>,
    /// Each predicted group as its name followed by its aliases.
    pub groups: Vec<Vec<String>>,
    pub deaths: Option<i64>,
    pub deaths_attackers: Option<i64>,
}

impl Prediction {
    /// The prediction `extract --json` would print for these facets.
    pub fn from_facets(f: &Facets) -> Prediction {
        Prediction {
            event_date: f.event_date.map(|d| d.to_string()),
            provinces: f
                .places
                .iter()
                .filter_map(|p| p.province.clone())
                .filter(|p| !p.is_empty())
                .collect(),
            groups: f
                .groups
                .iter()
                .map(|g| {
                    std::iter::once(g.name.clone())
                        .chain(g.aliases.iter().cloned())
                        .collect()
                })
                .collect(),
            deaths: f.deaths.map(i64::from),
            deaths_attackers: f.deaths_attackers.map(i64::from),
        }
    }

    /// A prediction line as the scorer reads it: groups as strings or `{"name", "aliases"}`
    /// objects; values of other types count as absent.
    pub fn from_json(v: &Map<String, Value>) -> Prediction {
        let provinces = match v.get("places") {
            Some(Value::Array(places)) => places
                .iter()
                .filter_map(|p| p.get("province").and_then(Value::as_str))
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect(),
            _ => Vec::new(),
        };
        let groups = match v.get("groups") {
            Some(Value::Array(groups)) => groups
                .iter()
                .map(|g| match g {
                    Value::String(s) => vec![s.clone()],
                    _ => {
                        let name = g
                            .get("name")
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .to_string();
                        let aliases = g
                            .get("aliases")
                            .and_then(Value::as_array)
                            .into_iter()
                            .flatten();
                        std::iter::once(name)
                            .chain(aliases.filter_map(|a| a.as_str().map(str::to_string)))
                            .collect()
                    }
                })
                .collect(),
            _ => Vec::new(),
        };
        Prediction {
            event_date: v
                .get("event_date")
                .and_then(Value::as_str)
                .map(str::to_string),
            provinces,
            groups,
            deaths: v.get("deaths").and_then(Value::as_i64),
            deaths_attackers: v.get("deaths_attackers").and_then(Value::as_i64),
        }
    }
}

/// Province outcome of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProvinceJudgement {
    pub primary_ok: bool,
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

/// Group outcome of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupJudgement {
    pub primary_ok: bool,
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    /// Indexes of predicted groups that match no gold group.
    pub unmatched_pred: Vec<usize>,
    /// Indexes of gold groups no prediction matched.
    pub unmatched_gold: Vec<usize>,
}

/// Death-toll outcome of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeathsJudgement {
    /// The value compared: `deaths` (null as 0), minus `deaths_attackers` against MUC victim counts.
    pub value: i64,
    /// Scored against `victims` (attackers excluded).
    pub victims_only: bool,
    pub exact: bool,
    /// Some acceptable gold count is above 0.
    pub positive: bool,
    /// Within 10% (at least 1) of a positive gold count.
    pub near: bool,
}

/// How one article fares on each facet; `None` where the gold does not score that facet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judgement {
    pub date: Option<bool>,
    pub province: Option<ProvinceJudgement>,
    pub group: Option<GroupJudgement>,
    pub deaths: Option<DeathsJudgement>,
}

/// Judges one article's prediction against its gold, as the scorer's loop body does.
pub fn judge(g: &Gold, p: &Prediction) -> Judgement {
    let rel = g.relevant;
    let date = match &g.dates {
        Some(specs) if rel && !specs.is_empty() => {
            Some(specs.iter().any(|s| date_ok(p.event_date.as_deref(), s)))
        }
        _ => None,
    };

    let gprov: HashSet<String> = g
        .places
        .iter()
        .filter_map(|x| x.province.as_deref())
        .filter(|s| !s.is_empty())
        .map(prov_key)
        .collect();
    let province = if rel
        && !gprov.is_empty()
        && g.places
            .iter()
            .all(|x| x.province.as_deref().is_some_and(|s| !s.is_empty()))
    {
        let pprov: Vec<String> = p.provinces.iter().map(|s| prov_key(s)).collect();
        let ps: HashSet<&String> = pprov.iter().collect();
        let tp = ps.iter().filter(|x| gprov.contains(**x)).count();
        Some(ProvinceJudgement {
            primary_ok: pprov.first().is_some_and(|x| gprov.contains(x)),
            tp,
            fp: ps.len() - tp,
            fn_: gprov.iter().filter(|x| !ps.contains(x)).count(),
        })
    } else {
        None
    };

    let group = g.groups.as_ref().map(|gold_groups| {
        let mut matched = vec![false; gold_groups.len()];
        let mut unmatched_pred = Vec::new();
        let mut tp = 0;
        for (i, names) in p.groups.iter().enumerate() {
            let mut hit = false;
            for (j, ga) in gold_groups.iter().enumerate() {
                if group_match(names, ga) {
                    hit = true;
                    matched[j] = true;
                }
            }
            if hit {
                tp += 1;
            } else {
                unmatched_pred.push(i);
            }
        }
        let unmatched_gold: Vec<usize> = (0..gold_groups.len()).filter(|&j| !matched[j]).collect();
        let primary_ok = if gold_groups.is_empty() {
            p.groups.is_empty()
        } else {
            p.groups
                .first()
                .is_some_and(|first| gold_groups.iter().any(|ga| group_match(first, ga)))
        };
        GroupJudgement {
            primary_ok,
            tp,
            fp: unmatched_pred.len(),
            fn_: unmatched_gold.len(),
            unmatched_pred,
            unmatched_gold,
        }
    });

    let (counts, victims_only) = match &g.victims {
        Some(v) => (Some(v), true),
        None => (g.deaths.as_ref(), false),
    };
    let deaths = match counts {
        Some(counts) if rel && !counts.is_empty() => {
            let mut value = p.deaths.unwrap_or(0);
            if victims_only {
                value -= p.deaths_attackers.unwrap_or(0);
            }
            let ok: Vec<i64> = counts.iter().flatten().copied().collect();
            let exact = ok.contains(&value);
            let positive = ok.iter().max().is_some_and(|&m| m > 0);
            let near = value > 0
                && ok
                    .iter()
                    .any(|&v| v > 0 && ((value - v).abs() as f64) <= f64::max(1.0, 0.1 * v as f64));
            Some(DeathsJudgement {
                value,
                victims_only,
                exact,
                positive,
                near,
            })
        }
        _ => None,
    };
    Judgement {
        date,
        province,
        group,
        deaths,
    }
}

/// The scorer's counters (`c` in its `main`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub n: usize,
    pub predicted: usize,
    pub date_n: usize,
    pub date_ok: usize,
    pub prov_n: usize,
    pub prov_primary: usize,
    pub prov_tp: usize,
    pub prov_fp: usize,
    pub prov_fn: usize,
    pub grp_n: usize,
    pub grp_primary: usize,
    pub grp_tp: usize,
    pub grp_fp: usize,
    pub grp_fn: usize,
    pub death_n: usize,
    pub death_ok: usize,
    pub death_pos_n: usize,
    pub death_pos_ok: usize,
    pub death_pos_near: usize,
}

impl Counts {
    /// Adds one gold article; `predicted` says whether a prediction with its id existed.
    pub fn add(&mut self, j: &Judgement, predicted: bool) {
        self.n += 1;
        self.predicted += usize::from(predicted);
        if let Some(ok) = j.date {
            self.date_n += 1;
            self.date_ok += usize::from(ok);
        }
        if let Some(p) = &j.province {
            self.prov_n += 1;
            self.prov_primary += usize::from(p.primary_ok);
            self.prov_tp += p.tp;
            self.prov_fp += p.fp;
            self.prov_fn += p.fn_;
        }
        if let Some(g) = &j.group {
            self.grp_n += 1;
            self.grp_primary += usize::from(g.primary_ok);
            self.grp_tp += g.tp;
            self.grp_fp += g.fp;
            self.grp_fn += g.fn_;
        }
        if let Some(d) = &j.deaths {
            self.death_n += 1;
            self.death_ok += usize::from(d.exact);
            if d.positive {
                self.death_pos_n += 1;
                self.death_pos_ok += usize::from(d.exact);
                self.death_pos_near += usize::from(d.near);
            }
        }
    }

    /// The figures, unrounded.
    pub fn summary(&self) -> Summary {
        let frac = |a: usize, b: usize| {
            if b > 0 {
                Some(a as f64 / b as f64)
            } else {
                None
            }
        };
        let (pp, pr, pf) = prf(self.prov_tp, self.prov_fp, self.prov_fn);
        let (gp, gr, gf) = prf(self.grp_tp, self.grp_fp, self.grp_fn);
        Summary {
            articles: self.n,
            predicted: self.predicted,
            date_acc: frac(self.date_ok, self.date_n),
            date_n: self.date_n,
            province_primary_acc: frac(self.prov_primary, self.prov_n),
            province_f1: (self.prov_n > 0).then_some(pf),
            province_p: pp,
            province_r: pr,
            province_n: self.prov_n,
            group_f1: (self.grp_n > 0).then_some(gf),
            group_p: gp,
            group_r: gr,
            group_primary_acc: frac(self.grp_primary, self.grp_n),
            group_n: self.grp_n,
            deaths_exact: frac(self.death_ok, self.death_n),
            deaths_n: self.death_n,
            deaths_exact_pos: frac(self.death_pos_ok, self.death_pos_n),
            deaths_near_pos: frac(self.death_pos_near, self.death_pos_n),
            deaths_pos_n: self.death_pos_n,
        }
    }
}

/// The scorer's summary, its keys in its order; `None` is JSON null (no article scored).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub articles: usize,
    pub predicted: usize,
    pub date_acc: Option<f64>,
    pub date_n: usize,
    pub province_primary_acc: Option<f64>,
    pub province_f1: Option<f64>,
    pub province_p: f64,
    pub province_r: f64,
    pub province_n: usize,
    pub group_f1: Option<f64>,
    pub group_p: f64,
    pub group_r: f64,
    pub group_primary_acc: Option<f64>,
    pub group_n: usize,
    pub deaths_exact: Option<f64>,
    pub deaths_n: usize,
    pub deaths_exact_pos: Option<f64>,
    pub deaths_near_pos: Option<f64>,
    pub deaths_pos_n: usize,
}

/// Python's `round(x, 4)`: the nearest double to the decimal rounded half-to-even from the
/// double's exact value (Rust's `{:.4}` rounds the exact value the same way).
pub fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

impl Summary {
    /// The scorer's JSON summary line: the same keys, floats rounded to 4 decimals.
    pub fn to_json(&self) -> Value {
        self.to_json_with(round4)
    }

    /// The summary with full-precision floats.
    pub fn to_json_unrounded(&self) -> Value {
        self.to_json_with(|x| x)
    }

    fn to_json_with(&self, r: fn(f64) -> f64) -> Value {
        let mut v = serde_json::to_value(self).expect("a summary serializes");
        if let Value::Object(m) = &mut v {
            for x in m.values_mut() {
                if let Some(f) = x.as_f64().filter(|_| x.is_f64()) {
                    *x = serde_json::Number::from_f64(r(f)).map_or(Value::Null, Value::Number);
                }
            }
        }
        v
    }

    /// `(key, value)` in the scorer's order, floats as `f64`, `None` for null.
    pub fn entries(&self) -> Vec<(String, Option<f64>)> {
        match self.to_json_unrounded() {
            Value::Object(m) => m.into_iter().map(|(k, v)| (k, v.as_f64())).collect(),
            _ => Vec::new(),
        }
    }
}

/// Scores predictions keyed by id against gold articles `(id, gold)` exactly as the scorer does:
/// a repeated gold id counts once, with its last gold; a gold id without prediction scores as an
/// empty prediction.
pub fn score<'g>(
    gold: impl IntoIterator<Item = (&'g str, &'g Gold)>,
    preds: &HashMap<String, Prediction>,
) -> Summary {
    let empty = Prediction::default();
    let mut c = Counts::default();
    for (id, g) in dedup_last(gold) {
        let p = preds.get(id);
        c.add(&judge(g, p.unwrap_or(&empty)), p.is_some());
    }
    c.summary()
}

/// Distinct ids in order of first appearance, each with its last value (a Python dict's behaviour).
pub fn dedup_last<'g, T: ?Sized>(
    items: impl IntoIterator<Item = (&'g str, &'g T)>,
) -> Vec<(&'g str, &'g T)> {
    let mut at: HashMap<&str, usize> = HashMap::new();
    let mut out: Vec<(&str, &T)> = Vec::new();
    for (id, g) in items {
        match at.get(id) {
            Some(&i) => out[i].1 = g,
            None => {
                at.insert(id, out.len());
                out.push((id, g));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::GoldPlace;

    fn d(s: &str) -> NaiveDate {
        parse_iso_date(s).unwrap()
    }

    #[test]
    fn fold_matches_python() {
        assert_eq!(
            fold("  Khyber-Pakhtunkhwa  (KPK) "),
            "khyber pakhtunkhwa kpk"
        );
        assert_eq!(fold("Balochistān"), "balochistan");
        assert_eq!(fold("Bogotá, D.C."), "bogota d c");
        assert_eq!(fold("Tehrik-e-Taliban’s"), "tehrik e taliban s");
        assert_eq!(
            fold("Sa\u{303}o Paulo"),
            "sao paulo",
            "combining marks are dropped, not separators"
        );
        assert_eq!(fold("Straße"), "stra e", "NFKD leaves ß alone");
        assert_eq!(fold("Łódź"), "odz");
        assert_eq!(fold("ﬁve ＡＢＣ x²"), "five abc x2");
        assert_eq!(fold("Москва 12"), "12");
        assert_eq!(fold(""), "");
        assert_eq!(fold("--"), "");
    }

    #[test]
    fn prov_key_strips_region_words_at_both_ends() {
        assert_eq!(prov_key("Sindh Province"), "sindh");
        assert_eq!(prov_key("San Miguel Department"), "san miguel");
        assert_eq!(prov_key("Departamento del Cauca"), "cauca");
        assert_eq!(prov_key("Provincia de Buenos Aires"), "buenos aires");
        assert_eq!(prov_key("Province of Sindh"), "of sindh");
        assert_eq!(prov_key("Northern Region"), "northern");
        assert_eq!(
            prov_key("Kabul Province District"),
            "kabul",
            "repeated until nothing changes"
        );
        assert_eq!(prov_key("Region"), "region", "a bare region word stays");
        assert_eq!(prov_key("Statesville"), "statesville", "whole words only");
        assert_eq!(prov_key("Rivers State"), "rivers");
    }

    #[test]
    fn acronyms_and_name_forms() {
        assert_eq!(
            acronym("Tehrik-i-Taliban Pakistan (TTP)").as_deref(),
            Some("ttp")
        );
        assert_eq!(
            acronym("19th of April Movement (M-19)  ").as_deref(),
            Some("m19")
        );
        assert_eq!(
            acronym("Front (A) de la Liberation"),
            None,
            "only at the end"
        );
        assert_eq!(acronym("X (ABCDEFGHIJK)"), None, "at most 10 characters");
        let forms = name_forms("Shining Path (SL)");
        let want: HashSet<String> = ["shining path", "shining path sl", "sl"]
            .map(String::from)
            .into();
        assert_eq!(forms, want);
        assert_eq!(name_forms("()"), HashSet::new());
    }

    #[test]
    fn group_matching() {
        let ttp = ["Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban"];
        assert!(group_match(&["TTP"], &ttp), "alias");
        assert!(
            group_match(&["Tehreek (TTP)"], &ttp),
            "acronym of the prediction"
        );
        assert!(
            group_match(&["ttp"], &["Tehrik-i-Taliban Pakistan (TTP)"]),
            "acronym of the gold"
        );
        assert!(
            group_match(
                &["Pakistani Taliban movement (faction)"],
                &["Pakistani Taliban"]
            ),
            "token subset"
        );
        assert!(
            !group_match(&["Taliban"], &["Pakistani Taliban"]),
            "gold words must all be there"
        );
        assert!(
            group_match(
                &["Farabundo Marti Front"],
                &["Farabundo Marti National Liberation Front"]
            ),
            "stop words are not needed"
        );
        assert!(
            !group_match(&["National Liberation Army"], &["Liberation Army"]),
            "a gold name of stop words only matches by form"
        );
        assert!(!group_match(&["Hamas"], &[] as &[&str]));
        assert!(!group_match(&[] as &[&str], &["Hamas"]));
        assert!(
            group_match(&["Islamic State", "ISIS", "Daesh"], &["ISIL", "Daesh"]),
            "any alias"
        );
    }

    #[test]
    fn date_forms() {
        let day = DateSpec::parse("2023-02-17").unwrap();
        assert!(date_ok(Some("2023-02-17"), &day));
        assert!(
            date_ok(Some("2023-02-17T10:00:00Z"), &day),
            "first ten characters"
        );
        assert!(!date_ok(Some("2023-02-16"), &day));
        assert!(!date_ok(None, &day));
        assert!(!date_ok(Some(""), &day));
        assert!(!date_ok(Some("17/02/2023"), &day));
        let before = DateSpec::parse("<=1990-01-03").unwrap();
        assert!(date_ok(Some("1990-01-03"), &before));
        assert!(date_ok(Some("1989-11-04"), &before), "60 days before");
        assert!(!date_ok(Some("1989-11-03"), &before), "61 days before");
        assert!(!date_ok(Some("1990-01-04"), &before));
        let range = DateSpec::parse("1989-12-30..1990-01-02").unwrap();
        assert!(date_ok(Some("1989-12-30"), &range) && date_ok(Some("1990-01-02"), &range));
        assert!(!date_ok(Some("1990-01-03"), &range));
        let year = DateSpec::parse("1989").unwrap();
        assert!(date_ok(Some("1989-07-01"), &year) && !date_ok(Some("1990-01-01"), &year));
        assert_eq!(DateSpec::parse("1990-02-30"), None);
        assert_eq!(DateSpec::parse("1990-01-01..1990-01-02..1990-01-03"), None);
        assert_eq!(DateSpec::parse("<=1990"), None);
        assert_eq!(d("2000-02-29").to_string(), "2000-02-29");
    }

    #[test]
    fn prf_edge_cases() {
        assert_eq!(prf(0, 0, 0), (1.0, 1.0, 1.0));
        assert_eq!(prf(0, 1, 1), (0.0, 0.0, 0.0));
        let (p, r, f) = prf(1, 1, 0);
        assert_eq!((p, r), (0.5, 1.0));
        assert!((f - 2.0 / 3.0).abs() < 1e-15);
    }

    #[test]
    fn rounding_is_pythons() {
        assert_eq!(round4(0.03125), 0.0312);
        assert_eq!(round4(0.09375), 0.0938);
        assert_eq!(round4(1.0 / 3.0), 0.3333);
        assert_eq!(round4(0.99995), 1.0);
    }

    fn gold(places: &[&str], groups: Option<Vec<Vec<&str>>>) -> Gold {
        Gold {
            dates: Some(vec![DateSpec::Day(d("2023-02-17"))]),
            places: places
                .iter()
                .map(|p| GoldPlace {
                    country: None,
                    province: (!p.is_empty()).then(|| p.to_string()),
                })
                .collect(),
            groups: groups.map(|g| {
                g.into_iter()
                    .map(|a| a.into_iter().map(String::from).collect())
                    .collect()
            }),
            deaths: Some(vec![vec![4]]),
            victims: None,
            relevant: true,
        }
    }

    #[test]
    fn judging_one_article() {
        let g = gold(&["Sindh"], Some(vec![vec!["TTP"], vec!["BLA"]]));
        let p = Prediction {
            event_date: Some("2023-02-17".into()),
            provinces: vec!["Sindh Province".into(), "Punjab".into()],
            groups: vec![
                vec!["Jamaat-ul-Ahrar".into()],
                vec!["Pakistani Taliban".into(), "TTP".into()],
            ],
            deaths: Some(4),
            deaths_attackers: Some(2),
        };
        let j = judge(&g, &p);
        assert_eq!(j.date, Some(true));
        assert_eq!(
            j.province,
            Some(ProvinceJudgement {
                primary_ok: true,
                tp: 1,
                fp: 1,
                fn_: 0
            })
        );
        let gj = j.group.unwrap();
        assert_eq!((gj.primary_ok, gj.tp, gj.fp, gj.fn_), (false, 1, 1, 1));
        assert_eq!((gj.unmatched_pred, gj.unmatched_gold), (vec![0], vec![1]));
        let dj = j.deaths.unwrap();
        assert!(dj.exact && dj.positive && dj.near && !dj.victims_only);

        // a place without province: not scored on province; victims: attackers subtracted
        let mut g = gold(&["Sindh", ""], Some(vec![]));
        g.victims = Some(vec![vec![2]]);
        let j = judge(&g, &p);
        assert_eq!(j.province, None);
        assert!(j.deaths.unwrap().exact && j.deaths.unwrap().victims_only);
        assert!(
            !j.group.unwrap().primary_ok,
            "gold has no group, the prediction has two"
        );
        let j = judge(&g, &Prediction::default());
        assert!(j.group.unwrap().primary_ok, "both empty");
        assert_eq!(j.deaths.unwrap().value, 0, "null toll counts as 0");

        // not relevant: only groups are scored
        let mut g = gold(&["Sindh"], None);
        g.relevant = false;
        let j = judge(&g, &p);
        assert_eq!(
            (j.date, j.province, j.group, j.deaths),
            (None, None, None, None)
        );
    }

    #[test]
    fn near_death_counts() {
        let mut g = gold(&["Sindh"], None);
        g.deaths = Some(vec![vec![20, 22]]);
        let near = |g: &Gold, n: i64| {
            let p = Prediction {
                deaths: Some(n),
                ..Default::default()
            };
            judge(g, &p).deaths.unwrap().near
        };
        assert!(near(&g, 18) && near(&g, 24) && !near(&g, 17) && !near(&g, 25));
        g.deaths = Some(vec![vec![3]]);
        assert!(near(&g, 2) && near(&g, 4) && !near(&g, 5));
        g.deaths = Some(vec![vec![0]]);
        let j = judge(&g, &Prediction::default()).deaths.unwrap();
        assert!(j.exact && !j.positive);
    }

    #[test]
    fn repeated_ids_keep_the_last_gold() {
        let a = gold(&["Sindh"], None);
        let b = gold(&["Punjab"], None);
        let mut preds = HashMap::new();
        preds.insert(
            "x".to_string(),
            Prediction {
                provinces: vec!["Punjab".into()],
                ..Default::default()
            },
        );
        let s = score([("x", &a), ("y", &a), ("x", &b)], &preds);
        assert_eq!((s.articles, s.predicted, s.province_n), (2, 1, 2));
        assert_eq!(s.province_primary_acc, Some(0.5));
        let keys: Vec<String> = s.entries().into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys[..4], ["articles", "predicted", "date_acc", "date_n"]);
        assert_eq!(keys.len(), 19);
    }

    #[test]
    fn prediction_from_json() {
        let v: Value = serde_json::json!({"id": "a", "event_date": "2023-02-17",
            "places": [{"country": "Pakistan", "province": "Sindh"}, {"country": "Pakistan", "province": null},
                       {"country": "X", "province": ""}],
            "groups": ["TTP", {"name": "Lashkar-e-Taiba", "aliases": ["LeT"]}, {"aliases": null}],
            "deaths": 4, "deaths_attackers": null});
        let p = Prediction::from_json(v.as_object().unwrap());
        assert_eq!(p.provinces, ["Sindh"]);
        assert_eq!(
            p.groups,
            vec![
                vec!["TTP".to_string()],
                vec!["Lashkar-e-Taiba".into(), "LeT".into()],
                vec!["".into()]
            ]
        );
        assert_eq!((p.deaths, p.deaths_attackers), (Some(4), None));
    }
}
