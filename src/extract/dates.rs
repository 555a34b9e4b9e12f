//! Event date: the day the main event happened, resolved from the publication date and the text.
//!
//! Every date expression in the text is read and resolved against a reference day — the publication
//! date, else the dateline's date ("SAN SALVADOR, 3 JAN 90 --"): explicit dates ("17 February
//! 2023", "February 17", "30 DEC"), "yesterday", "last night", "today", weekdays ("on Friday" = the
//! latest Friday on or before the reference), "three days ago". The event date is the first such
//! date in a sentence that reports an incident (killed, bomb, attack, ...), skipping dates that
//! belong to the reporting ("said today", "announced on Sunday", a toll's new figure "rose to 105
//! on Thursday"), acts suspects are accused of ("suspected of carrying out the March 11 bombings"),
//! time conversions ("[0230 GMT on 12 January]"), background ("since 22 August", "the 12 March
//! elections", history more than a year old unless the sentence reports that incident itself), and
//! preferring the incident over its aftermath ("his body was found today"). "Last night and early
//! this morning" is the day it ended. Without one, the reference day is the answer.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::numbers::{number_token, tokenize, Tok};
use super::text::Doc;
use super::{Evidence, FacetKind};

pub fn extract(
    doc: &Doc,
    published: Option<NaiveDate>,
    ev: &mut Vec<Evidence>,
) -> Option<NaiveDate> {
    let lower = doc.text.to_ascii_lowercase();
    let dateline = dateline_date(doc, &lower, published);
    let reference = published.or(dateline.map(|d| d.0));
    let reference = reference?;
    let scan_limit = doc.sentences.len().min(MAX_SENTENCES);
    let max_events = MAX_EVENT_SENTENCES;
    let mut events = 0;
    let mut aftermath: Option<(Cand, _)> = None;
    // The lead (first sentences) dates the story even without an incident word.
    let lead_sentences = 0;
    for (si, s) in doc.sentences.iter().take(scan_limit).enumerate() {
        let st = &lower[s.start..s.end];
        let event = EVENT_WORDS.is_match(st);
        if !event && si > lead_sentences {
            continue;
        }
        events += usize::from(event);
        if events > max_events {
            break;
        }
        if !DATE_WORDS.is_match(st) {
            continue;
        }
        let toks = tokenize(&lower, s.start, s.end);
        let skip_until = dateline
            .filter(|d| d.1 > s.start && d.1 <= s.end)
            .map_or(0, |d| d.1);
        for c in candidates(&toks, reference) {
            if c.start < skip_until || (!event && c.rule != "explicit") {
                continue;
            }
            if c.weak {
                if aftermath.is_none() {
                    aftermath = Some((c, *s));
                }
                continue;
            }
            // Only a sentence reporting an incident is considered: the event word must be in the
            // same sentence as the date.
            ev.push(Evidence {
                facet: FacetKind::EventDate,
                value: c.date.to_string(),
                rule: format!("date.{}", c.rule),
                sentence: doc.sentence_text(*s).to_string(),
                span: [c.start, c.end],
            });
            let _ = si;
            return Some(c.date);
        }
    }
    if let Some((c, s)) = aftermath {
        ev.push(Evidence {
            facet: FacetKind::EventDate,
            value: c.date.to_string(),
            rule: format!("date.{}", c.rule),
            sentence: doc.sentence_text(s).to_string(),
            span: [c.start, c.end],
        });
        return Some(c.date);
    }
    let (rule, span, sent) = match (published, dateline) {
        (Some(_), _) => ("date.published", [0, 0], String::new()),
        (None, Some(d)) => {
            let s = doc.sentence_around(d.1.saturating_sub(1)).to_string();
            ("date.dateline", [d.2, d.1], s)
        }
        _ => unreachable!(),
    };
    ev.push(Evidence {
        facet: FacetKind::EventDate,
        value: reference.to_string(),
        rule: rule.into(),
        sentence: sent,
        span,
    });
    Some(reference)
}

/// Sentences read for the event date (the main event is reported early).
const MAX_SENTENCES: usize = 60;
/// Incident sentences read for the event date: later ones tell of other or later events.
const MAX_EVENT_SENTENCES: usize = 4;

/// Cheap filters: a sentence needs a date word and an incident word to be tokenised.
static DATE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build([
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "oct",
            "nov",
            "dec",
            "yesterday",
            "today",
            "night",
            "morning",
            "afternoon",
            "evening",
            "tonight",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            " ago",
        ])
        .expect("date words")
});

static EVENT_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build([
            "kill",
            "murder",
            "assassinat",
            "attack",
            "bomb",
            "explo",
            "blast",
            "kidnap",
            "abduct",
            "massacr",
            "shot ",
            "shoot",
            "ambush",
            "clash",
            "burn",
            "dynamit",
            "hijack",
            "occurred",
            "took place",
            "set fire",
            "raid",
            "dead",
            "died",
            "bodies",
            "body",
            "wounded",
            "injured",
            "grenade",
            "stormed",
            "fired",
            "machinegun",
            "destroyed",
            "damaged",
            "sabotag",
            "torched",
            "arson",
            "executed",
            "gunmen",
            "gunman",
            "rocket",
            "mortar",
            "slain",
            "death",
            "hostage",
            "seized",
            "crime",
            "incident",
            "detonat",
            "car-bomb",
            "carbomb",
        ])
        .expect("event words")
});

#[derive(Debug, Clone, Copy)]
struct Cand {
    date: NaiveDate,
    start: usize,
    end: usize,
    rule: &'static str,
    /// Dates a consequence of the incident, not the incident: "his body was found today", "he
    /// died in hospital this morning". Used only when no other incident sentence has a date.
    weak: bool,
}

/// The month a (lower-case) month name or abbreviation names.
pub(crate) fn month_of(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

pub(super) fn weekday_of(w: &str) -> Option<Weekday> {
    Some(match w {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// A day of the month: "17", "17th", "1st".
fn day_of(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A year token: four digits 1900–2099.
fn year_of(w: &str) -> Option<i32> {
    if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = w.parse().ok()?;
        return (1900..2100).contains(&y).then_some(y);
    }
    None
}

/// A two-digit year ("90" → 1990, "07" → 2007), as in wire datelines.
fn short_year(w: &str) -> Option<i32> {
    if w.len() == 2 && w.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = w.parse().ok()?;
        return Some(if y >= 50 { 1900 + y } else { 2000 + y });
    }
    None
}

/// `reference` minus `days`, saturating at the calendar's start.
fn days_before(reference: NaiveDate, days: i64) -> NaiveDate {
    reference
        .checked_sub_signed(Duration::days(days))
        .unwrap_or(reference)
}

/// Day and month without a year: the latest such day not more than a week after the reference.
/// A day from a week to two months after the reference is a coming date ("talks scheduled for
/// 20 November" in a story of 3 November), not one from the year before: `None`.
fn infer_year(reference: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(reference.year(), month, day)
        .or_else(|| NaiveDate::from_ymd_opt(reference.year() + 1, month, day));
    let ahead = |d: NaiveDate| {
        let mut d = d;
        if d < reference {
            // Early January dates seen from late December.
            d = NaiveDate::from_ymd_opt(reference.year() + 1, month, day).unwrap_or(d);
        }
        (d - reference).num_days()
    };
    match this {
        Some(d)
            if reference
                .checked_add_signed(Duration::days(7))
                .is_none_or(|r| d <= r) =>
        {
            if d < reference && (8..=COMING_DAYS).contains(&ahead(d)) {
                return None;
            }
            Some(d)
        }
        Some(d) if (d - reference).num_days() <= COMING_DAYS => None,
        _ => NaiveDate::from_ymd_opt(reference.year() - 1, month, day),
    }
}

/// How far before the reference an explicit date is read as history rather than the news.
const HISTORY_DAYS: i64 = 366;

/// How far after the reference a yearless date is read as a coming one.
const COMING_DAYS: i64 = 60;

/// The dateline at the start of the text ("SAN SALVADOR, 3 JAN 90 --", "LIMA, 16 JAN 90 (EFE) --"):
/// `(date, byte end of the date, byte start)`.
fn dateline_date(
    doc: &Doc,
    lower: &str,
    published: Option<NaiveDate>,
) -> Option<(NaiveDate, usize, usize)> {
    let body = doc.title_len.map_or(0, |t| (t + 2).min(lower.len()));
    // Only the first 120 bytes can hold a dateline: the rest of the text is not searched.
    let head = &lower.as_bytes()[body..lower.len().min(body + 121)];
    let head_end = body + head.windows(2).position(|w| w == b"--")?;
    let toks = tokenize(lower, body, head_end);
    for k in 0..toks.len() {
        let Some(day) = day_of(toks[k].text) else {
            continue;
        };
        let Some(month) = toks.get(k + 1).and_then(|t| month_of(t.text)) else {
            continue;
        };
        let year = toks
            .get(k + 2)
            .and_then(|t| year_of(t.text).or_else(|| short_year(t.text)));
        let date = match (year, published) {
            (Some(y), _) => NaiveDate::from_ymd_opt(y, month, day),
            (None, Some(p)) => infer_year(p, month, day),
            (None, None) => None,
        }?;
        let end = toks[if year.is_some() { k + 2 } else { k + 1 }].end;
        return Some((date, end, toks[k].start));
    }
    None
}

/// Reporting verbs: a date next to one dates the report, not the event.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "referred",
    "commented",
    "spoke",
    "say",
    "reported",
    "reports",
    "announced",
    "stated",
    "condemned",
    "denounced",
    "denied",
    "confirmed",
    "declared",
    "indicated",
    "disclosed",
    "revealed",
    "added",
    "informed",
    "issued",
    "released",
    "demanded",
    "acknowledged",
    "told",
    "asked",
    "explained",
    "noted",
    "claimed",
    "urged",
    "called",
    "charged",
    "accused",
    "blamed",
    "warned",
    "published",
    "broadcast",
    "asserted",
    "stressed",
    "pointed",
    "described",
    "learned",
    "affirmed",
    "admitted",
    "alleged",
    "expressed",
    "repudiated",
    "rejected",
    "sent",
    "received",
    "met",
    "arrived",
    "appealed",
    "requested",
    "attributed",
    "insisted",
    "emphasized",
    "explains",
    "report",
    "communique",
    "statement",
    "announcement",
    "press",
    "conference",
    "interview",
    "dated",
    "signed",
    "rose",
    "risen",
    "climbed",
    "lowered",
    "raised",
    "revised",
    "launched",
    "began",
    "mourning",
    "passed",
    "funeral",
    "buried",
    "protested",
    "promised",
    "ordered",
    "resigned",
];

fn is_reporting(toks: &[Tok], a: usize, z: usize) -> bool {
    // Look back up to four words, not past "that" or a comma (the reported clause).
    let mut before = false;
    for (k, t) in toks[..a].iter().enumerate().rev().take(4) {
        if matches!(t.text, "that" | "," | ";" | ":") {
            break;
        }
        // "Three attackers arrived by taxi late on Tuesday": the attackers' arrival is the
        // attack's start, not a visit.
        let attackers_arrived = t.text == "arrived"
            && toks[k.saturating_sub(3)..k].iter().any(|w| {
                matches!(
                    w.text,
                    "attackers" | "gunmen" | "militants" | "assailants" | "bombers" | "terrorists"
                )
            });
        if REPORTING.contains(&t.text) && !attackers_arrived {
            before = true;
            break;
        }
    }
    // A toll's new figure: "rose to at least 105 on Thursday", "has risen to 276 today" date
    // the count, not the killing.
    let update = toks[a.saturating_sub(7)..a]
        .iter()
        .position(|t| TOLL_UPDATES.contains(&t.text))
        .is_some_and(|p| {
            let p = a.saturating_sub(7) + p;
            toks[p + 1..a]
                .iter()
                .any(|t| number_token(t.text).is_some())
        });
    // After the date, "alleged" is an adjective ("on 10 March alleged Shining Path members
    // murdered ...").
    let after = toks
        .get(z)
        .is_some_and(|t| REPORTING.contains(&t.text) && t.text != "alleged");
    // "The number of people killed by a bomb late on Sunday rose to 74": a date inside the
    // toll's subject, after the killing, dates the killing.
    let killed_before = after
        && toks.get(z).is_some_and(|t| TOLL_UPDATES.contains(&t.text))
        && toks[..a]
            .iter()
            .any(|t| matches!(t.text, "number" | "toll"))
        && toks[..a]
            .iter()
            .any(|t| matches!(t.text, "killed" | "dead" | "died" | "deaths"));
    before || update || (after && !killed_before)
}

/// Verbs that give a toll its new figure.
const TOLL_UPDATES: &[&str] = &[
    "rose",
    "risen",
    "climbed",
    "reached",
    "jumped",
    "increased",
    "lowered",
    "raised",
    "revised",
];

/// Words that put a following date in the background.
const DATE_BACKGROUND: &[&str] = &[
    "previously",
    "similar",
    "see",
    "anniversary",
    "earlier",
    "previous",
    "recalled",
    "retaliation",
    "reprisal",
    "revenge",
    "avenge",
    "avenging",
];

/// Nouns that make a date before them part of a name: "the 19th of April Movement".
const NAMED_AFTER_DATE: &[&str] = &[
    "movement",
    "league",
    "group",
    "front",
    "brigade",
    "brigades",
    "command",
    "commando",
    "legion",
    "organization",
    "organisation",
    "neighborhood",
    "neighbourhood",
    "colony",
    "street",
    "streets",
    "avenue",
    "avenues",
    "square",
    "bridge",
    "stadium",
    "school",
    "hospital",
    "district",
    "settlement",
];

/// Nouns of an incident: "Friday's bombing".
const INCIDENT_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "blast",
    "blasts",
    "explosion",
    "explosions",
    "shooting",
    "shootings",
    "massacre",
    "assault",
    "raid",
    "ambush",
    "killing",
    "killings",
    "suicide",
    "car",
    "truck",
    "bomb",
    "bombs",
    "violence",
    "fighting",
    "siege",
    "hijacking",
    "kidnapping",
    "assassination",
    "murder",
    "clashes",
    "strike",
    "strikes",
    "twin",
    "deadly",
    "coordinated",
    "terrorist",
    "terror",
    "rocket",
    "grenade",
    "mortar",
];

/// Verbs of an incident: a "today" near one dates the incident.
const INCIDENT_VERBS: &[&str] = &[
    "killed",
    "murdered",
    "assassinated",
    "exploded",
    "attacked",
    "kidnapped",
    "abducted",
    "died",
    "wounded",
    "injured",
    "bombed",
    "dynamited",
    "burned",
    "destroyed",
    "damaged",
    "shot",
    "clashed",
    "ambushed",
    "massacred",
    "hijacked",
    "occurred",
    "detonated",
    "fired",
    "blew",
    "stormed",
    "raided",
    "set",
    "seized",
    "slain",
    "dead",
    "machinegunned",
    "exploding",
    "killing",
    "attacking",
    "went",
    "struck",
    "hit",
    "executed",
    "took",
];

/// Whether the clause before token `a` reports an incident in the passive ("X was kidnapped
/// [by Y] on ...") or says it "took place", not inside a relative clause ("who had taken part in
/// the hijacking on ...").
fn reports_incident(toks: &[Tok], a: usize) -> bool {
    let lo = a.saturating_sub(12);
    for k in (lo..a).rev() {
        let t = toks[k].text;
        if matches!(
            t,
            "who" | "which" | "that" | "whose" | "where" | "when" | ";"
        ) {
            return false;
        }
        let prev = if k > 0 { toks[k - 1].text } else { "" };
        if (INCIDENT_VERBS.contains(&t) && matches!(prev, "was" | "were"))
            || (t == "place" && prev == "took")
        {
            return true;
        }
    }
    false
}

/// Whether the date at token `a` dates an aftermath: a body found ("his body was found today",
/// "the bodies were discovered on Monday") or a death in hospital ("died in hospital this
/// morning").
fn is_aftermath(toks: &[Tok], a: usize) -> bool {
    let near = &toks[a.saturating_sub(6)..a];
    let has = |words: &[&str]| toks.iter().any(|t| words.contains(&t.text));
    let found = near
        .iter()
        .any(|t| matches!(t.text, "found" | "discovered" | "recovered"))
        && has(&["body", "bodies", "corpse", "corpses", "remains"]);
    let died =
        near.iter().any(|t| t.text == "died") && has(&["hospital", "clinic", "wounds", "injuries"]);
    found || died
}

fn anchored(toks: &[Tok], a: usize, z: usize) -> bool {
    let lo = a.saturating_sub(8);
    let hi = (z + 4).min(toks.len());
    toks[lo..a]
        .iter()
        .chain(&toks[z.min(hi)..hi])
        .any(|t| INCIDENT_VERBS.contains(&t.text) || ANCHOR_NOUNS.contains(&t.text))
}

/// Incident nouns that date a "today" next to them: "the assassination of the minister by urban
/// guerrillas early this morning".
const ANCHOR_NOUNS: &[&str] = &[
    "assassination",
    "murder",
    "massacre",
    "killing",
    "kidnapping",
    "bombing",
    "explosion",
    "ambush",
    "attack",
];

/// Date expressions of one sentence, in text order, resolved against `reference`; dates that date
/// the reporting or convert a time ("[0230 GMT on 12 January]") are left out.
fn candidates(toks: &[Tok], reference: NaiveDate) -> Vec<Cand> {
    let mut out = Vec::new();
    let n = toks.len();
    // A date after a background word ("since 12 March") dates another event.
    let first_background = toks
        .iter()
        .position(|t| DATE_BACKGROUND.contains(&t.text))
        .unwrap_or(n);
    let mut i = 0;
    while i < n {
        let w = toks[i].text;
        let mut found: Option<(NaiveDate, usize, &'static str)> = None;
        // 17 February [2023] / 17 FEB 90 / 17th of February
        if let Some(day) = day_of(w) {
            let mut k = i + 1;
            if toks.get(k).is_some_and(|t| t.text == "of") {
                k += 1;
            }
            if let Some(month) = toks.get(k).and_then(|t| month_of(t.text)) {
                let mut e = k + 1;
                if toks.get(e).is_some_and(|t| t.text == ".") {
                    e += 1;
                }
                let year = toks.get(e).and_then(|t| year_of(t.text)).or_else(|| {
                    toks.get(e)
                        .filter(|_| {
                            toks.get(e + 1).is_none_or(|t| !t.is_word()) && toks[k].text.len() == 3
                        })
                        .and_then(|t| short_year(t.text))
                });
                let may_ok = toks[k].text != "may"
                    || year.is_some()
                    || i > 0
                        && matches!(toks[i - 1].text, "on" | "of" | "since" | "until" | "from")
                    || toks.get(k + 1).is_none_or(|t| !t.is_word());
                if may_ok {
                    let date = match year {
                        Some(y) => NaiveDate::from_ymd_opt(y, month, day).map(|d| (d, e + 1)),
                        None => infer_year(reference, month, day).map(|d| (d, k + 1)),
                    };
                    if let Some((d, end)) = date {
                        found = Some((d, end, "explicit"));
                    }
                }
            }
        }
        // February 17[, 2023]
        if found.is_none() {
            if let Some(month) = month_of(w) {
                // "Nov. 23"
                let di = if w.len() <= 4 && toks.get(i + 1).is_some_and(|t| t.text == ".") {
                    i + 2
                } else {
                    i + 1
                };
                let after_on = i > 0 && toks[i - 1].text == "on";
                if let Some(day) = toks.get(di).and_then(|t| day_of(t.text)) {
                    let i = di - 1;
                    let mut e = i + 2;
                    if toks.get(e).is_some_and(|t| t.text == ",") {
                        e += 1;
                    }
                    let year = toks.get(e).and_then(|t| year_of(t.text));
                    // "may 5 people" is not a date; a long month name or a year is.
                    let next_is_noun = toks.get(i + 2).is_some_and(|t| {
                        t.is_word() && number_token(t.text).is_none() && year.is_none()
                    });
                    let abbrev = w.len() == 3 || w == "sept";
                    // "on Oct. 14 in the city", "on Oct 14 has risen": an "on" before it makes
                    // it a date ("may", "mar" are words too).
                    let marked = after_on && !matches!(w, "may" | "mar");
                    let ok = marked || !(next_is_noun && (abbrev || w == "may"));
                    if ok {
                        let date = match year {
                            Some(y) => NaiveDate::from_ymd_opt(y, month, day).map(|d| (d, e + 1)),
                            None => infer_year(reference, month, day).map(|d| (d, i + 2)),
                        };
                        if let Some((d, end)) = date {
                            found = Some((d, end, "explicit"));
                        }
                    }
                }
            }
        }
        if found.is_none() {
            let next = toks.get(i + 1).map(|t| t.text);
            let prev = if i > 0 { toks[i - 1].text } else { "" };
            found = match w {
                "yesterday" => Some((days_before(reference, 1), i + 1, "yesterday")),
                "today" | "tonight" => Some((reference, i + 1, "today")),
                "this" if matches!(next, Some("morning" | "afternoon" | "evening")) => {
                    Some((reference, i + 2, "today"))
                }
                "last" if matches!(next, Some("night" | "evening")) => {
                    // "last night and early this morning": an incident that ran past midnight
                    // is dated by the day it ended.
                    let mut k = i + 2;
                    let and = toks.get(k).is_some_and(|t| t.text == "and");
                    k += 1;
                    if toks.get(k).is_some_and(|t| t.text == "early") {
                        k += 1;
                    }
                    let this_morning = and
                        && toks.get(k).is_some_and(|t| t.text == "this")
                        && toks
                            .get(k + 1)
                            .is_some_and(|t| matches!(t.text, "morning" | "dawn"));
                    if this_morning {
                        Some((reference, k + 2, "overnight"))
                    } else {
                        Some((days_before(reference, 1), i + 2, "last_night"))
                    }
                }
                "day"
                    if prev == "the"
                        && next == Some("before")
                        && toks.get(i + 2).is_some_and(|t| t.text == "yesterday") =>
                {
                    Some((days_before(reference, 2), i + 3, "day_before_yesterday"))
                }
                _ => None,
            };
            if let Some((_, _, "yesterday")) = found {
                if prev == "before" {
                    found = None;
                }
            }
        }
        if found.is_none() {
            // "Friday's bombing", "last night's attacks": the date of an incident.
            let (base, possessive) =
                match w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")) {
                    Some(b) => (b, true),
                    None => (w, false),
                };
            let incident_next = toks
                .get(i + 1)
                .is_some_and(|t| INCIDENT_NOUNS.contains(&t.text))
                || toks
                    .get(i + 2)
                    .is_some_and(|t| INCIDENT_NOUNS.contains(&t.text));
            if possessive && incident_next {
                let prev = if i > 0 { toks[i - 1].text } else { "" };
                if (base == "night" && prev == "last") || base == "yesterday" {
                    found = Some((days_before(reference, 1), i + 1, "possessive_day"));
                } else if let Some(wd) = weekday_of(base) {
                    let back = (reference.weekday().num_days_from_monday() + 7
                        - wd.num_days_from_monday())
                        % 7;
                    let back = if back == 0 && prev == "last" { 7 } else { back };
                    found = Some((days_before(reference, back as i64), i + 1, "possessive_day"));
                }
            }
        }
        if found.is_none() {
            if let Some(wd) = weekday_of(w) {
                let prev = if i > 0 { toks[i - 1].text } else { "" };
                let prev2 = if i > 1 { toks[i - 2].text } else { "" };
                let future = matches!(prev, "next" | "every" | "each" | "until" | "coming")
                    || prev == "this" && prev2 != "past";
                if !future
                    && !toks
                        .get(i + 1)
                        .is_some_and(|t| t.text == "'s" || t.text == "s")
                {
                    let back = (reference.weekday().num_days_from_monday() + 7
                        - wd.num_days_from_monday())
                        % 7;
                    let back = if back == 0 && prev == "last" { 7 } else { back };
                    // "on Monday, 4 August", "last Thursday [12 October]": the explicit date
                    // that follows names the day; the weekday is left to it.
                    let k = i + 1;
                    let explicit_next = toks
                        .get(k)
                        .is_some_and(|t| matches!(t.text, "," | "[" | "("))
                        && toks.get(k + 1).is_some_and(|t| {
                            (day_of(t.text).is_some()
                                && toks.get(k + 2).is_some_and(|m| month_of(m.text).is_some()))
                                || month_of(t.text).is_some()
                                    && toks.get(k + 2).is_some_and(|d| day_of(d.text).is_some())
                        });
                    if !explicit_next {
                        found = Some((days_before(reference, back as i64), i + 1, "weekday"));
                    }
                }
            }
        }
        if found.is_none() {
            // "three days ago", "two weeks ago"
            if w == "ago" && i >= 2 {
                let unit = toks[i - 1].text;
                let q =
                    number_token(toks[i - 2].text).or(if matches!(toks[i - 2].text, "a" | "one") {
                        Some(1)
                    } else {
                        None
                    });
                let days = match unit {
                    "day" | "days" => q.map(|q| q as i64),
                    "week" | "weeks" => q.map(|q| 7 * q as i64),
                    _ => None,
                };
                if let Some(d) = days.filter(|d| *d <= 62) {
                    out.push(Cand {
                        date: days_before(reference, d),
                        start: toks[i - 2].start,
                        end: toks[i].end,
                        rule: "days_ago",
                        weak: false,
                    });
                }
            }
        }
        if let Some((date, end, rule)) = found {
            let a = if i > 0 && toks[i - 1].text == "on" {
                i - 1
            } else {
                i
            };
            // "[0230 GMT on 12 January]": a time conversion in brackets.
            let gmt = i >= 2
                && toks[i - 1].text == "on"
                && toks[i - 2].text == "gmt"
                && toks[i.saturating_sub(6)..i]
                    .iter()
                    .any(|t| t.text == "[" || t.text == "(");
            let report = is_reporting(toks, a, end);
            // "today" dates the report unless an incident verb governs it ("was killed today").
            let weak_today = rule == "today" && !anchored(toks, a, end);
            // "vacant since 1 August", "the third blast since the 12 January elections": the
            // start of a state or a count; but "had died since gunmen stormed the mall on
            // Saturday" dates the incident that began it.
            let since = toks[..a]
                .iter()
                .rposition(|t| t.text == "since")
                .is_some_and(|k| {
                    !toks[k + 1..a]
                        .iter()
                        .any(|t| INCIDENT_VERBS.contains(&t.text))
                });
            let background = first_background < a || since;
            let report = report && rule != "possessive_day";
            // "the 23rd of September League", "the 22 April neighbourhood": a date in a name.
            let in_name = rule == "explicit"
                && toks[end..n.min(end + 3)]
                    .iter()
                    .take_while(|t| t.is_word())
                    .any(|t| NAMED_AFTER_DATE.contains(&t.text));
            // A date more than a year before the story is history, not its news — unless the
            // sentence reports that incident itself ("Hoyos was kidnapped on 25 January 1988",
            // "the assassination took place on 24 March 1980"), as follow-up stories do.
            let history = date < days_before(reference, HISTORY_DAYS) && !reports_incident(toks, a);
            // "the 19 March elections": a date that modifies a noun other than an incident's
            // names another event ("the 12 March bombing" is kept).
            let attributive = rule == "explicit"
                && a > 0
                && toks[a - 1].text == "the"
                && toks.get(end).is_some_and(|t| {
                    t.is_word()
                        && number_token(t.text).is_none()
                        && !matches!(t.text, "and" | "or" | "to" | "at" | "in" | "of")
                })
                // "the 31 October dynamite attack"
                && !toks[end..n.min(end + 3)]
                    .iter()
                    .any(|t| INCIDENT_NOUNS.contains(&t.text));
            // "men suspected of carrying out the March 11 train bombings killed themselves on
            // Saturday": the act the suspects are accused of is an earlier one.
            let accused_of = a > 0
                && toks[a - 1].text == "the"
                && toks[a.saturating_sub(5)..a - 1].iter().any(|t| {
                    matches!(
                        t.text,
                        "suspected"
                            | "accused"
                            | "convicted"
                            | "charged"
                            | "sentenced"
                            | "responsible"
                    )
                });
            if !gmt
                && !report
                && !accused_of
                && !weak_today
                && !background
                && !in_name
                && !history
                && !attributive
                && date <= reference
            {
                out.push(Cand {
                    date,
                    start: toks[i].start,
                    end: toks[end - 1].end,
                    rule,
                    weak: is_aftermath(toks, a),
                });
            }
            i = end;
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str, published: Option<&str>) -> Option<String> {
        let doc = Doc::new(text, None);
        let p = published.map(|p| p.parse::<NaiveDate>().unwrap());
        extract(&doc, p, &mut Vec::new()).map(|d| d.to_string())
    }

    #[test]
    fn relative_days() {
        assert_eq!(
            date("Gunmen killed two guards yesterday.", Some("2021-03-10")).as_deref(),
            Some("2021-03-09")
        );
        assert_eq!(
            date(
                "A bomb exploded last night in the market.",
                Some("2021-03-10")
            )
            .as_deref(),
            Some("2021-03-09")
        );
        assert_eq!(
            date("A bomb exploded this morning.", Some("2021-03-10")).as_deref(),
            Some("2021-03-10")
        );
        assert_eq!(
            date("The attack took place three days ago.", Some("2021-03-10")).as_deref(),
            Some("2021-03-07")
        );
    }

    #[test]
    fn the_act_suspects_are_accused_of_is_an_earlier_one() {
        assert_eq!(
            date(
                "Seven men suspected of carrying out the March 11 train bombings killed \
                 themselves on Saturday night by setting off explosives.",
                Some("2004-04-05")
            )
            .as_deref(),
            Some("2004-04-03")
        );
    }

    #[test]
    fn a_tolls_new_figure_is_dated_apart_from_the_killing() {
        // "rose to at least 105 on Thursday" dates the count; the blast was on Wednesday.
        assert_eq!(
            date(
                "The number of people killed by a car bomb in the market rose to at least 105 \
                 on Thursday, officials said. The bomb went off around midday on Wednesday.",
                Some("2009-10-30")
            )
            .as_deref(),
            Some("2009-10-28")
        );
        // A date inside the toll's subject, after the killing, dates the killing.
        assert_eq!(
            date(
                "The number of people killed by bombs in Kampala late on Sunday rose to 74 today.",
                Some("2010-07-12")
            )
            .as_deref(),
            Some("2010-07-11")
        );
        // An abbreviated month after "on" followed by words is a date.
        assert_eq!(
            date(
                "The number of people killed by a truck bomb on Oct 14 has risen to 276.",
                Some("2017-10-16")
            )
            .as_deref(),
            Some("2017-10-14")
        );
        // Attackers who "arrived" started the attack; they are not a visit being reported.
        assert_eq!(
            date(
                "Three attackers arrived by taxi late on Tuesday and opened fire at the terminal.",
                Some("2016-06-29")
            )
            .as_deref(),
            Some("2016-06-28")
        );
    }

    #[test]
    fn dates_in_names_and_reprisals() {
        assert_eq!(
            date(
                "Members of the 9th of July Movement killed a guard on 3 March.",
                Some("2021-03-10")
            )
            .as_deref(),
            Some("2021-03-03")
        );
        assert_eq!(
            date(
                "Gunmen attacked a bank in reprisal for the 2 March raid.",
                Some("2021-03-10")
            )
            .as_deref(),
            Some("2021-03-10")
        );
    }

    #[test]
    fn weekday_with_explicit_date() {
        // The explicit date after the weekday wins, even when the weekday disagrees.
        assert_eq!(
            date(
                "A judge was killed on Monday, 2 August, in the capital.",
                Some("2021-09-08")
            )
            .as_deref(),
            Some("2021-08-02")
        );
        assert_eq!(
            date(
                "Rebels attacked the post last Friday [3 September].",
                Some("2021-09-08")
            )
            .as_deref(),
            Some("2021-09-03")
        );
    }

    #[test]
    fn coming_dates_are_not_last_year() {
        // A yearless date two weeks after publication is a coming one, not last year's.
        assert_eq!(
            date(
                "Talks set for 20 May will discuss the attack that killed a mayor.",
                Some("2021-05-06")
            )
            .as_deref(),
            Some("2021-05-06")
        );
        assert_eq!(
            date(
                "Officials said the attack would be discussed on 21 January.",
                Some("2020-12-28")
            )
            .as_deref(),
            Some("2020-12-28")
        );
        // Months before the reference is still last year.
        assert_eq!(
            date("The bombing of 20 November killed two.", Some("2021-03-10")).as_deref(),
            Some("2020-11-20")
        );
    }

    #[test]
    fn weekdays() {
        // 2021-03-10 is a Wednesday.
        assert_eq!(
            date("Militants attacked the post on Friday.", Some("2021-03-10")).as_deref(),
            Some("2021-03-05")
        );
        assert_eq!(
            date(
                "Militants attacked the post on Wednesday.",
                Some("2021-03-10")
            )
            .as_deref(),
            Some("2021-03-10")
        );
        assert_eq!(
            date(
                "Militants attacked the post last Wednesday.",
                Some("2021-03-10")
            )
            .as_deref(),
            Some("2021-03-03")
        );
        assert_eq!(
            date(
                "Talks will resume next Friday after the bombing.",
                Some("2021-03-10")
            )
            .as_deref(),
            Some("2021-03-10")
        );
    }

    #[test]
    fn explicit_dates_and_datelines() {
        assert_eq!(
            date(
                "The bombing occurred on 17 February 2023.",
                Some("2023-03-01")
            )
            .as_deref(),
            Some("2023-02-17")
        );
        assert_eq!(
            date("The bombing occurred on February 17.", Some("2023-03-01")).as_deref(),
            Some("2023-02-17")
        );
        assert_eq!(
            date(
                "THE KIDNAPPING TOOK PLACE ON 30 DECEMBER.",
                Some("1990-01-03")
            )
            .as_deref(),
            Some("1989-12-30")
        );
        assert_eq!(
            date("QUITO, 4 FEB 91 -- [TEXT] A BOMB EXPLODED HERE.", None).as_deref(),
            Some("1991-02-04")
        );
        assert_eq!(
            date(
                "QUITO, 4 FEB 91 -- [TEXT] REBELS KILLED A JUDGE ON 2 FEBRUARY.",
                None
            )
            .as_deref(),
            Some("1991-02-02")
        );
    }

    #[test]
    fn abbreviated_months_and_possessive_days() {
        assert_eq!(
            date(
                "A truck bomb killed 40 people in the capital on Oct. 14.",
                Some("2017-10-16")
            )
            .as_deref(),
            Some("2017-10-14")
        );
        // 2016-07-03 is a Sunday; the update date is the report's.
        assert_eq!(
            date(
                "The toll from Friday's bombing rose to 30 on Sunday.",
                Some("2016-07-03")
            )
            .as_deref(),
            Some("2016-07-01")
        );
    }

    #[test]
    fn reporting_and_background_dates_are_skipped() {
        assert_eq!(
            date(
                "Police said on Monday that a bomb had exploded on 2 March.",
                Some("2021-03-10")
            )
            .as_deref(),
            Some("2021-03-02")
        );
        assert_eq!(
            date(
                "THE BLAST OCCURRED AT 2300 [0300 GMT ON 9 MARCH] YESTERDAY.",
                Some("2021-03-10")
            )
            .as_deref(),
            Some("2021-03-09")
        );
        assert_eq!(date("No date here.", None), None);
    }

    #[test]
    fn since_dates_a_state_not_the_event() {
        // A count or a state since a date: the story's own date stands.
        assert_eq!(
            date(
                "It was the third bomb blast in the city since 22 August.",
                Some("2001-09-03")
            )
            .as_deref(),
            Some("2001-09-03")
        );
        // But an incident verb after "since" dates the incident that began it.
        assert_eq!(
            date(
                "Sixty-seven people have died since gunmen stormed the mall on Saturday.",
                Some("2013-09-24")
            )
            .as_deref(),
            Some("2013-09-21")
        );
    }

    #[test]
    fn overnight_incidents_take_the_day_they_ended() {
        assert_eq!(
            date(
                "REBELS ATTACKED TWO POSTS LAST NIGHT AND EARLY THIS MORNING.",
                Some("1990-02-16")
            )
            .as_deref(),
            Some("1990-02-16")
        );
        assert_eq!(
            date("Rebels attacked two posts last night.", Some("1990-02-16")).as_deref(),
            Some("1990-02-15")
        );
    }

    #[test]
    fn history_is_not_the_news() {
        // A date years before the story, in a clause about something else.
        assert_eq!(
            date(
                "A bomb exploded at the embassy. The bomber praised the 11 September 2001 attacks \
                 in a letter.",
                Some("2003-03-05")
            )
            .as_deref(),
            Some("2003-03-05")
        );
        // A follow-up story that reports the old incident itself keeps it.
        assert_eq!(
            date(
                "THE JUDGE REOPENED THE CASE. HOYOS WAS KIDNAPPED ON 25 JANUARY 1988 AND FOUND \
                 DEAD 8 HOURS LATER.",
                Some("1989-09-26")
            )
            .as_deref(),
            Some("1988-01-25")
        );
    }

    #[test]
    fn a_date_naming_another_event_is_skipped() {
        assert_eq!(
            date(
                "After the 12 March elections, a bomb exploded in the capital.",
                Some("2001-03-14")
            )
            .as_deref(),
            Some("2001-03-14")
        );
        assert_eq!(
            date(
                "The rebels suspended talks after the 31 October dynamite attack that killed 10.",
                Some("1989-11-03")
            )
            .as_deref(),
            Some("1989-10-31")
        );
    }

    #[test]
    fn referring_to_an_incident_is_reporting() {
        assert_eq!(
            date(
                "The president referred today to the murder of six priests on 16 November.",
                Some("1989-11-30")
            )
            .as_deref(),
            Some("1989-11-16")
        );
    }

    #[test]
    fn aftermath_dates_yield_to_the_incident() {
        assert_eq!(
            date(
                "Police said the bishop was murdered and his body was found today. Yesterday \
                 armed men kidnapped the bishop.",
                Some("1989-10-03")
            )
            .as_deref(),
            Some("1989-10-02")
        );
        assert_eq!(
            date(
                "A man died in hospital this morning. He was shot last night by gunmen.",
                Some("1989-08-08")
            )
            .as_deref(),
            Some("1989-08-07")
        );
        // Alone, the aftermath still dates the story.
        assert_eq!(
            date(
                "The bodies were found today near the river.",
                Some("1989-08-08")
            )
            .as_deref(),
            Some("1989-08-08")
        );
    }
}
