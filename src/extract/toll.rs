//! Death toll of the main event: everyone killed, and the attackers among them.
//!
//! One pass over the word tokens of the sentences that hold a death word: each death verb or noun
//! ("were killed", "died", "killing 12", "left 5 dead", "the toll rose to 9", "no casualties") is
//! read with the noun phrase it governs — coordinated counts are added ("one police officer and a
//! civilian"), sub-counts after "including" are not, attackers ("two of the attackers") are marked,
//! and attackers a toll says it includes ("16 dead, six of them attackers") are split off it. The
//! mentions are then combined: the first mention of the main event sets the toll, a later attacker
//! count or an "also killed" adds to it, a toll update replaces it, and mentions in background
//! clauses ("two weeks after a bomber killed 101 people"), in a killer's record ("the group, which
//! has killed 200 people") or above any one attack's toll (a war's "70,000 dead") are ignored. A
//! bare "shot" ("gunmen shot a police officer") in a text that speaks of no one wounded is weak
//! evidence of a death, used only when nothing else gives a toll.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::numbers::{parse_cardinal, tokenize, Tok};
use super::text::Doc;
use super::{Evidence, FacetKind};

/// Returns `(deaths, deaths_attackers)`.
pub fn extract(doc: &Doc, ev: &mut Vec<Evidence>) -> (Option<u32>, Option<u32>) {
    let lower = doc.text.to_ascii_lowercase();
    let mentions = find_mentions(doc, &lower);
    let body: Vec<Mention> = mentions.iter().filter(|m| !m.title).cloned().collect();
    let (mut deaths, mut attackers, mut main, mut att_m) = combine(&body, &lower);
    if deaths.is_none() {
        (deaths, attackers, main, att_m) = combine(&mentions, &lower);
    }
    // No count at all, but victims named in the plural ("the Jesuit priests were killed"):
    // at least one died. A lower bound, as the MUC keys count an uncounted plural.
    let uncounted = if deaths.is_none() && !mentions.iter().any(|m| m.kind == Kind::Zero) {
        uncounted_plural(doc, lower.as_str())
    } else {
        None
    };
    if let Some(m) = &uncounted {
        deaths = Some(m.value);
        main = Some(m);
    }
    if let (Some(d), Some(m)) = (deaths, main) {
        ev.push(evidence(doc, FacetKind::Deaths, d, m));
    }
    if let (Some(a), Some(m)) = (attackers, att_m) {
        ev.push(evidence(doc, FacetKind::DeathsAttackers, a, m));
    }
    (deaths, attackers)
}

/// Plural person nouns that name victims ("the priests", "several union leaders"); not the
/// attackers' nouns (guerrillas, rebels), which MUC and RAND keys do not count as victims.
const PLURAL_VICTIMS: &[&str] = &[
    "people",
    "persons",
    "civilians",
    "priests",
    "jesuits",
    "nuns",
    "peasants",
    "farmers",
    "villagers",
    "residents",
    "students",
    "leaders",
    "unionists",
    "workers",
    "members",
    "journalists",
    "reporters",
    "judges",
    "children",
    "women",
    "men",
    "soldiers",
    "policemen",
    "officers",
    "guards",
    "bodyguards",
    "tourists",
    "passengers",
    "candidates",
    "politicians",
    "activists",
];

/// The first sentence (outside the title and not about another event) that names victims in
/// the plural without counting them: "the Jesuit priests were killed", "killing several union
/// leaders", "the murder of the Jesuits", "the death of many civilians". Looked at only when
/// no count is found; each sentence is read once, with a bounded window per death word.
fn uncounted_plural(doc: &Doc, lower: &str) -> Option<Mention> {
    for (si, s) in doc.sentences.iter().enumerate() {
        if doc.title_len.is_some_and(|t| s.start < t) {
            continue;
        }
        if !TRIGGERS.is_match(&lower[s.start..s.end]) {
            continue;
        }
        let toks = tokenize(lower, s.start, s.end);
        // Threats, plans, wishes, accusations and recent running totals are no deaths.
        if toks.iter().any(|t| {
            matches!(
                t.text,
                "threat"
                    | "threats"
                    | "threatened"
                    | "would"
                    | "will"
                    | "plan"
                    | "plot"
                    | "if"
                    | "accused"
                    | "accuses"
                    | "accusing"
                    | "recent"
                    | "since"
            )
        }) {
            continue;
        }
        let plural_np = |from: usize, to: usize| -> bool {
            // Words of the noun phrase between a determiner and its plural head: no count.
            to > from
                && to - from <= 5
                && PLURAL_VICTIMS.contains(&toks[to - 1].text)
                && toks[from..to].iter().all(|t| {
                    t.is_word() && !number_token_like(t.text) && !OBJ_STOP.contains(&t.text)
                })
                && (from..to).all(|q| quantity_at(&toks, q).is_none())
        };
        for (k, t) in toks.iter().enumerate() {
            // Another event, or a claim ("the Taliban claimed that several policemen were
            // killed"), before the death word.
            if BACKGROUND.contains(&t.text)
                || matches!(
                    t.text,
                    "following" | "claimed" | "claims" | "claim" | "claiming"
                )
                || t.text == "in" && toks.get(k + 1).is_some_and(|n| year_word(n.text))
            {
                break;
            }
            // "No people were reported killed", "nor were there any reports of any killing"
            // (but "he shares no responsibility in the murder of the Jesuits" reports them).
            let from = k.saturating_sub(8);
            if (from..k).any(|q| {
                matches!(toks[q].text, "no" | "not" | "nor" | "never" | "none")
                    && toks
                        .get(q + 1)
                        .is_none_or(|n| !matches!(n.text, "responsibility" | "doubt"))
            }) {
                continue;
            }
            // "killed or injured", "were killed and wounded": casualties, not deaths.
            if toks[k + 1..toks.len().min(k + 3)].windows(2).any(|w| {
                matches!(w[0].text, "or" | "and")
                    && matches!(w[1].text, "injured" | "wounded" | "hurt")
            }) {
                continue;
            }
            let death_noun = matches!(
                t.text,
                "murder"
                    | "murders"
                    | "killing"
                    | "killings"
                    | "assassination"
                    | "assassinations"
                    | "massacre"
                    | "death"
                    | "deaths"
            );
            // Not an adjective: "for the murdered workers".
            let active = matches!(
                t.text,
                "killed" | "murdered" | "assassinated" | "massacred" | "killing" | "murdering"
            ) && !(k > 0
                && matches!(toks[k - 1].text, "the" | "their" | "its" | "his" | "her"));
            let passive = matches!(
                t.text,
                "killed" | "murdered" | "assassinated" | "massacred" | "slain" | "executed"
            ) && (k >= 2 && matches!(toks[k - 1].text, "were" | "been")
                || k >= 3
                    && matches!(toks[k - 2].text, "were" | "been")
                    && ADVERBS.contains(&toks[k - 1].text));
            let mut hit = false;
            if passive {
                // "the Jesuit priests were killed", "the priests who were murdered".
                let aux = if matches!(toks[k - 1].text, "were" | "been") {
                    k - 1
                } else {
                    k - 2
                };
                let mut head = aux;
                for _ in 0..2 {
                    if head > 0 && matches!(toks[head - 1].text, "have" | "had" | "who") {
                        head -= 1;
                    }
                }
                let from = (head.saturating_sub(5)..head)
                    .rev()
                    .find(|&q| matches!(toks[q].text, "the" | "several" | "many" | "some"))
                    .map_or(head.saturating_sub(1), |q| q + 1);
                hit = head > 0 && plural_np(from, head);
            }
            if !hit && (active || death_noun) {
                // "killing several union leaders", "the murder of the Jesuits".
                let mut q = k + 1;
                if toks.get(q).is_some_and(|t| t.text == "of") && death_noun {
                    q += 1;
                } else if !active {
                    continue;
                }
                if toks.get(q).is_some_and(|t| {
                    matches!(
                        t.text,
                        "the" | "several" | "many" | "some" | "various" | "numerous"
                    )
                }) {
                    q += 1;
                }
                hit = (q + 1..toks.len().min(q + 5)).any(|z| plural_np(q, z));
            }
            if hit {
                return Some(Mention {
                    kind: Kind::Count,
                    value: 1,
                    attackers: false,
                    also: false,
                    background: false,
                    sent: si,
                    start: t.start,
                    end: t.end,
                    rule: "uncounted_plural",
                    title: false,
                    widens_from: 0,
                });
            }
        }
    }
    None
}

fn evidence(doc: &Doc, facet: FacetKind, value: u32, m: &Mention) -> Evidence {
    let s = doc.sentences[m.sent];
    Evidence {
        facet,
        value: value.to_string(),
        rule: format!("toll.{}", m.rule),
        sentence: doc.sentence_text(s).to_string(),
        span: [m.start, m.end],
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A number of people killed.
    Count,
    /// "the death toll rose to N": replaces what came before.
    Update,
    /// "no casualties", "no one was killed".
    Zero,
    /// "the murder of two missionaries": used only when no verb gives a toll.
    Weak,
    /// "a suicide bomber": an attacker's death implied, used only when none is counted.
    Marker,
}

#[derive(Debug, Clone)]
struct Mention {
    kind: Kind,
    value: u32,
    attackers: bool,
    /// "were also killed", "another two died": adds to the toll.
    also: bool,
    /// In a clause about another, earlier event.
    background: bool,
    sent: usize,
    start: usize,
    end: usize,
    rule: &'static str,
    /// Found in the headline: used only when the body gives no toll.
    title: bool,
    /// The count of victims named first, which a mention counted before may be: then this
    /// one names them again with the others and replaces that toll. "X was killed along with
    /// his son and a guest" after "X was assassinated" (1); "the murder of the six priests
    /// and the two maids" after "the massacre of the six priests" (6). 0: none.
    widens_from: u32,
}

/// Stems whose presence makes a sentence worth tokenising.
static TRIGGERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostFirst)
        .build([
            "kill",
            "dead",
            "death",
            "died",
            "murder",
            "assassinat",
            "assasinat",
            "martyrdom",
            "slain",
            "massacr",
            "execut",
            "lives",
            "life",
            "bodies",
            "body",
            "corpse",
            "severed head",
            "casualt",
            "fatalit",
            "perish",
            "slaughter",
            "lynch",
            "behead",
            "gunned",
            "no one",
            "nobody",
            "injur",
            "hurt",
            "toll",
            "blew himself",
            "blew herself",
            "blew themselves",
            "burned alive",
            "burnt alive",
            "fatally",
            "shot",
        ])
        .expect("toll triggers")
});

fn find_mentions(doc: &Doc, lower: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut injury_text: Option<bool> = None;
    for (si, s) in doc.sentences.iter().enumerate() {
        let st = &lower[s.start..s.end];
        if !TRIGGERS.is_match(st) {
            continue;
        }
        let toks = tokenize(lower, s.start, s.end);
        let before = out.len();
        sentence_mentions(&toks, si, (!doc.upper).then_some(doc.text), &mut out);
        included_attackers(&toks, &mut out, before);
        shot_mentions(&toks, si, doc, lower, &mut injury_text, &mut out, before);
        // Background: a mention preceded in its sentence by a marker of another event.
        // A sentence saying "months ago" / "years ago" is about the past.
        let long_ago = toks.windows(2).any(|w| {
            w[1].text == "ago"
                && matches!(w[0].text, "months" | "years" | "month" | "year" | "decades")
        });
        // "Over 7,000 people have died during ten years of war": a present-perfect toll over a
        // span of months or years is a running total, not the event's.
        let running_total = (out.len() > before)
            .then(|| {
                // The perfect auxiliary: only the toll whose clause holds it is a running total.
                let perfect = toks.windows(2).find(|w| {
                    matches!(w[0].text, "have" | "has")
                        && matches!(
                            w[1].text,
                            "died" | "been" | "killed" | "perished" | "left" | "claimed" | "caused"
                        )
                });
                let span = toks.windows(2).any(|w| {
                    (matches!(
                        w[1].text,
                        "years" | "months" | "month" | "weeks" | "decade" | "decades"
                    ) && (number_token_like(w[0].text)
                        || matches!(
                            w[0].text,
                            "few" | "several" | "many" | "recent" | "past" | "last"
                        )))
                        || (w[0].text == "so" && w[1].text == "far")
                        || (w[0].text == "since" && year_word(w[1].text))
                        || (w[0].text == "this" && w[1].text == "year")
                });
                perfect.filter(|_| span).map(|w| w[0].start)
            })
            .flatten();
        // "the El Nogal bombing (which killed 37 people in 2003)": a relative clause in
        // brackets is about the event it describes, not this one.
        let mut relative_asides: Vec<(usize, usize)> = Vec::new();
        // The sentence's mentions by start, to tell whether a clause holds one (built on the
        // first ", which": most sentences have none).
        let mut starts: Option<Vec<(usize, usize)>> = None;
        if out.len() > before {
            let mut open: Option<usize> = None;
            for (k, t) in toks.iter().enumerate() {
                if t.text == "(" {
                    open = Some(k);
                } else if t.text == ")" {
                    if let Some(o) = open.take() {
                        if toks
                            .get(o + 1)
                            .is_some_and(|f| matches!(f.text, "which" | "that" | "who"))
                        {
                            relative_asides.push((toks[o].start, t.end));
                        }
                    }
                } else if t.text == "," && toks.get(k + 1).is_some_and(|w| w.text == "which") {
                    // ", which began in 1986," between commas, with no toll of its own: a
                    // description of a noun ("the administration"), not another event. (A
                    // short clause only: a search to the sentence's end per "which" would be
                    // quadratic in a giant sentence.)
                    let window = &toks[k + 1..toks.len().min(k + 40)];
                    if let Some(z) = window.iter().position(|c| c.text == ",") {
                        let (a, z) = (t.start, window[z].end);
                        let starts = starts.get_or_insert_with(|| {
                            let mut v: Vec<(usize, usize)> =
                                out[before..].iter().map(|m| (m.start, m.end)).collect();
                            v.sort_unstable();
                            v
                        });
                        let from = starts.partition_point(|&(st, _)| st < a);
                        let holds_toll = starts[from..]
                            .iter()
                            .take_while(|&&(st, _)| st < z)
                            .any(|&(_, e)| e <= z);
                        if !holds_toll {
                            relative_asides.push((a, z));
                        }
                    }
                }
            }
        }
        // Sorted and merged, so that a mention is looked up by binary search.
        relative_asides.sort_unstable();
        relative_asides.dedup_by(|next, prev| {
            if next.0 <= prev.1 {
                prev.1 = prev.1.max(next.1);
                true
            } else {
                false
            }
        });
        let in_aside = |a: usize, z: usize| {
            let i = relative_asides.partition_point(|&(st, _)| st <= a);
            i > 0 && z <= relative_asides[i - 1].1
        };
        let in_title = doc.title_len.is_some_and(|t| s.start < t);
        // The first marker of another event in the sentence, found once: every mention after
        // it is background.
        let first_marker = (out.len() > before)
            .then(|| {
                toks.iter().enumerate().find(|&(k, t)| {
                    let marker = (BACKGROUND.contains(&t.text)
                        && (t.text != "after" || after_is_background(&toks, k))
                        && !(t.text == "since" && since_when(&toks, k)))
                        // "Following the deaths of two local leaders, the group ...".
                        || (k == 0 && t.text == "following")
                        || (t.text == "last"
                            && toks
                                .get(k + 1)
                                .is_some_and(|n| matches!(n.text, "year" | "month")))
                        || (t.text == "in" && toks.get(k + 1).is_some_and(|n| year_word(n.text)));
                    marker && !in_aside(t.start, t.end)
                })
            })
            .flatten();
        // A fronted "After the attack, ..." / "Two days after a bombing, ..." clause ends at its
        // comma: the main clause after it is the article's own event.
        let fronted_end = first_marker.and_then(|(k, t)| {
            // "Following on the heels of the elections, a bomb exploded ..." too.
            let fronted = (t.text == "following" && k == 0)
                || t.text == "after"
                    && (k == 0
                        || (k <= 5
                            && after_is_background(&toks, k)
                            // "Less than a month after ...", "Two days after ...": only a time
                            // gap stands before it.
                            && (k <= 3
                                || toks[..k].iter().all(|t| {
                                    number_token_like(t.text) || TIME_GAP.contains(&t.text)
                                }))));
            // "In the first major attack since a massacre of tourists in 1997, militants
            // ...", "Marking their 11th anniversary, rebels murdered ...", "In retaliation for
            // the killing of two members, gunmen killed five": a sentence-initial phrase that
            // relates the event to another ends at its comma too (not "Last year, ..." or
            // "Two years ago, ...", which date the whole sentence).
            let relating = matches!(
                t.text,
                "since"
                    | "anniversary"
                    | "commemorate"
                    | "commemorating"
                    | "marks"
                    | "marking"
                    | "reaction"
                    | "protest"
                    | "protesting"
                    | "retaliation"
                    | "revenge"
                    | "response"
                    | "avenge"
                    | "memorial"
            ) && matches!(
                toks[0].text,
                "in" | "on"
                    | "at"
                    | "during"
                    | "as"
                    | "with"
                    | "marking"
                    | "commemorating"
                    | "protesting"
                    | "avenging"
                    | "ten"
                    | "two"
                    | "three"
                    | "days"
                    | "weeks"
            );
            (fronted || relating)
                .then(|| toks[k..].iter().find(|c| c.text == ","))
                .flatten()
                .map(|c| c.end)
        });
        let first_marker = first_marker.map(|(_, t)| t.start);
        // "Two aid workers were abducted on Monday. Their bodies were found ...": the count of
        // the previous sentence's subject, as weak evidence.
        if si > 0
            && toks.windows(3).any(|w| {
                w[0].text == "their"
                    && (matches!(w[1].text, "bodies" | "corpses")
                        || w[1].is_word() && matches!(w[2].text, "bodies" | "corpses")
                        // "Their severed heads were found".
                        || w[1].text == "severed" && w[2].text == "heads")
            })
            && toks.iter().any(|t| {
                matches!(
                    t.text,
                    "found" | "discovered" | "recovered" | "dumped" | "retrieved"
                )
            })
        {
            if let Some(v) = lead_count(
                lower,
                doc.sentences[si - 1].start,
                doc.sentences[si - 1].end,
            ) {
                let k = toks.iter().position(|t| t.text == "their").unwrap_or(0);
                push(
                    &mut out,
                    Kind::Weak,
                    v,
                    false,
                    false,
                    si,
                    toks[k].start,
                    toks[(k + 1).min(toks.len() - 1)].end,
                    "their_bodies",
                );
            }
        }
        // "Gunmen locked eleven people inside a house. The terrorists subsequently killed
        // them.": the pronoun's count is the previous sentence's, as weak evidence, when this
        // sentence counts no one itself.
        if si > 0 && out.len() == before {
            if let Some(k) = toks.windows(2).position(|w| {
                matches!(
                    w[0].text,
                    "killed" | "executed" | "murdered" | "beheaded" | "massacred"
                ) && w[1].text == "them"
            }) {
                if let Some(v) = lead_count(
                    lower,
                    doc.sentences[si - 1].start,
                    doc.sentences[si - 1].end,
                ) {
                    push(
                        &mut out,
                        Kind::Weak,
                        v,
                        false,
                        false,
                        si,
                        toks[k].start,
                        toks[k + 1].end,
                        "killed_them",
                    );
                }
            }
        }
        // "The magistrate and the colonel had been murdered; Galan was murdered that evening":
        // a count in a clause after a semicolon adds to the count before it.
        let semis: Vec<usize> = toks
            .iter()
            .filter(|t| t.text == ";")
            .map(|t| t.start)
            .collect();
        if !semis.is_empty() {
            // "One officer died on the spot; the second died in hospital": parts of a count
            // given before, not more victims. (Lookups by binary search: linear in a giant
            // sentence.)
            let word_at = |pos: usize| {
                toks.get(toks.partition_point(|t| t.start < pos))
                    .map(|t| t.text)
            };
            let mut prev: Option<(usize, usize)> = None;
            for m in out.iter_mut().skip(before) {
                if let Some((ps, pe)) = prev {
                    let part = word_at(ps) == Some("one")
                        || matches!(word_at(m.start), Some("another" | "the"));
                    let q = semis.partition_point(|&q| q < pe);
                    if m.kind == Kind::Count && !part && semis.get(q).is_some_and(|&q| q < m.start)
                    {
                        m.also = true;
                    }
                }
                if m.kind == Kind::Count && !m.attackers {
                    prev = Some((m.start, m.end));
                }
            }
        }
        // "a government that has killed more than 600 party leaders", "the group, which has
        // killed hundreds": a relative clause in the perfect tells the killer's record.
        let record: Vec<(usize, usize)> = if out.len() > before {
            toks.windows(4)
                .filter(|w| {
                    matches!(w[0].text, "that" | "which" | "who")
                        && matches!(w[1].text, "has" | "have")
                        && matches!(w[2].text, "killed" | "murdered" | "assassinated")
                })
                .map(|w| (w[0].start, w[3].end))
                .collect()
        } else {
            Vec::new()
        };
        for m in &mut out[before..] {
            m.title = in_title;
            // More dead than any single attack has killed (the deadliest, on 11 September
            // 2001, killed 2,977): a war's or an era's total ("the 70,000 Salvadorans killed").
            m.background = m.value > MAX_ATTACK_TOLL
                || in_aside(m.start, m.end)
                || record.iter().any(|&(a, z)| a <= m.start && m.start <= z)
                || long_ago
                // The aux inside the mention ("7,000 people have died") or right before it ("has
                // left some 1,000 dead").
                || running_total.is_some_and(|p| m.start <= p + 16 && p <= m.end)
                || first_marker
                    .is_some_and(|p| p < m.start && fronted_end.is_none_or(|e| m.start < e));
        }
    }
    out
}

/// "Gunmen shot a police officer", "two journalists were shot by unknown men": a shooting whose
/// outcome the text does not give. In a text that speaks of no one wounded, injured, surviving
/// or in hospital, the people shot are read as killed — weak evidence, used only when no other
/// mention gives a toll. The sentence is read again with each such "shot" as "killed", and the
/// counts that cover one are kept (ones the first reading already found are not repeated).
fn shot_mentions(
    toks: &[Tok],
    si: usize,
    doc: &Doc,
    lower: &str,
    injury_text: &mut Option<bool>,
    out: &mut Vec<Mention>,
    before: usize,
) {
    let bare: Vec<usize> = (0..toks.len())
        .filter(|&k| {
            toks[k].text == "shot"
                && !toks.get(k + 1).is_some_and(|t| {
                    matches!(
                        t.text,
                        "dead" | "to" | "and" | "at" | "down" | "through" | "into" | "up"
                    )
                })
                // "shot in the head" is a wound; "shot in Karbala" is where.
                && (toks.get(k + 1).is_none_or(|t| t.text != "in")
                    || toks.get(k + 2).is_some_and(|t| {
                        !matches!(
                            t.text,
                            "the" | "his" | "her" | "their" | "both" | "its"
                        )
                    }))
                && !(k > 0 && matches!(toks[k - 1].text, "a" | "one" | "the" | "warning" | "first"))
        })
        .collect();
    if bare.is_empty() {
        return;
    }
    let injured = *injury_text.get_or_insert_with(|| {
        [
            "wound",
            "injur",
            "hurt",
            "surviv",
            "hospital",
            "critical",
            "escaped",
            "unharmed",
            "missed",
            "recover",
            "no casualt",
            "no one was",
        ]
        .iter()
        .any(|w| lower.contains(w))
    });
    if injured {
        return;
    }
    let mut alt: Vec<Tok> = toks.to_vec();
    for &k in &bare {
        alt[k].text = "killed";
    }
    let mut tmp = Vec::new();
    sentence_mentions(&alt, si, (!doc.upper).then_some(doc.text), &mut tmp);
    for mut m in tmp {
        let covers = bare
            .iter()
            .any(|&k| m.start <= toks[k].start && toks[k].start < m.end);
        let known = out[before..]
            .iter()
            .any(|o| o.start < m.end && m.start < o.end);
        if m.kind == Kind::Count && covers && !known {
            m.kind = Kind::Weak;
            m.rule = "shot";
            out.push(m);
        }
    }
}

/// The count of a counted plural noun phrase opening the sentence `start..end` ("Two aid workers
/// were abducted ...") or right after an abduction verb in it ("Gunmen kidnapped
/// five workers"); only its first 300 bytes are read; counts joined by "and" add up.
fn lead_count(lower: &str, start: usize, end: usize) -> Option<u32> {
    let mut e = end.min(start + 300);
    while e > start && !lower.is_char_boundary(e) {
        e -= 1;
    }
    let toks = tokenize(lower, start, e);
    let counted_people = |k: usize| {
        let (v, q) = quantity_at(&toks, k)?;
        (v >= 2
            && toks[q..toks.len().min(q + 4)]
                .iter()
                .take_while(|t| t.is_word() && !matches!(t.text, "of" | "and" | "or"))
                .any(|t| plural_noun(t.text) && !NOT_PEOPLE.contains(&t.text)))
        .then_some(v)
    };
    // The subject ("Two aid workers were abducted"), or the object of an abduction in the
    // sentence's first words ("Gunmen kidnapped five day labourers").
    // "Two clerics and three other men were arrested": coordinated counts add up.
    let with_coordinated = |k: usize| {
        let v = counted_people(k)?;
        let more = (k + 1..toks.len().min(k + 7))
            .take_while(|&q| toks[q].is_word())
            .find(|&q| toks[q].text == "and")
            .and_then(|q| counted_people(q + 1));
        Some(v + more.unwrap_or(0))
    };
    with_coordinated(0).or_else(|| {
        let k = toks.iter().take(40).position(|t| {
            matches!(
                t.text,
                "kidnapped"
                    | "abducted"
                    | "seized"
                    | "captured"
                    | "took"
                    | "locked"
                    | "dragged"
                    | "rounded"
                    | "lined"
            )
        })?;
        with_coordinated(k + 1)
    })
}

/// A four-digit year ("1998", "2006").
fn year_word(w: &str) -> bool {
    w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit())
}

/// A number in digits or words ("ten", "10", "1,000").
fn number_token_like(w: &str) -> bool {
    w.bytes().next().is_some_and(|b| b.is_ascii_digit())
        || matches!(
            w,
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "fifteen"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
        )
}

/// "two weeks after a bombing killed 101", "it came after ...": "after" introducing another
/// event, not the same incident's sequence ("shot dead after a gun battle in which ...").
fn after_is_background(toks: &[Tok], k: usize) -> bool {
    let prev = if k > 0 { toks[k - 1].text } else { "" };
    k == 0
        || matches!(
            prev,
            "days"
                | "weeks"
                | "months"
                | "years"
                | "day"
                | "week"
                | "month"
                | "year"
                | "shortly"
                | "soon"
        )
        || toks[k.saturating_sub(4)..k]
            .iter()
            .any(|t| matches!(t.text, "comes" | "came" | "come" | "follows" | "followed"))
}

/// The words of a time gap before a fronted "after": "less than a month after", "two days after".
const TIME_GAP: &[&str] = &[
    "a", "an", "less", "more", "than", "just", "only", "about", "some", "few", "several",
    "shortly", "soon", "minutes", "hours", "hour", "days", "day", "weeks", "week", "months",
    "month", "years", "year",
];

/// "vacant since 1 August, when X was shot to death": a date with a "when" clause saying what
/// happened on it, the event the text reports on.
fn since_when(toks: &[Tok], k: usize) -> bool {
    let date_then_when = |d: usize| {
        toks.get(d).is_some_and(|t| t.text == "when")
            || toks.get(d).is_some_and(|t| t.text == ",")
                && toks.get(d + 1).is_some_and(|t| t.text == "when")
    };
    match (toks.get(k + 1), toks.get(k + 2)) {
        (Some(a), Some(b)) if number_token_like(a.text) && month_word(b.text) => {
            date_then_when(k + 3)
        }
        (Some(a), Some(b)) if month_word(a.text) && number_token_like(b.text) => {
            date_then_when(k + 3)
        }
        _ => false,
    }
}

/// Words that, before a toll in the same sentence, put it in a clause about another event.
const BACKGROUND: &[&str] = &[
    "after",
    "since",
    "earlier",
    "previous",
    "previously",
    "recalled",
    "recall",
    "similar",
    "anniversary",
    "ago",
    "commemorate",
    "commemorating",
    "marks",
    "marking",
    "reaction",
    "protest",
    "protesting",
    "retaliation",
    "revenge",
    "response",
    "avenge",
    "memorial",
];

/// Adverbs and auxiliaries that may sit between a subject and a death verb.
const ADVERBS: &[&str] = &[
    "also",
    "reportedly",
    "allegedly",
    "all",
    "both",
    "later",
    "instantly",
    "immediately",
    "subsequently",
    "apparently",
    "eventually",
    "reported",
    "each",
    "believed",
    "to",
    "said",
    "thought",
    "confirmed",
    "feared",
    "subsequently",
    "then",
    "initially",
    "almost",
    "nearly",
    "just",
    "only",
    "already",
    "originally",
];
/// A manner adverb between an auxiliary and its participle: "were brutally murdered".
fn manner_adverb(w: &str) -> bool {
    w.len() >= 6
        && w.ends_with("ly")
        && !matches!(
            w,
            "family" | "elderly" | "assembly" | "anomaly" | "monopoly" | "sicily" | "italy"
        )
}

const AUX_SING: &[&str] = &[
    "was", "is", "has", "had", "been", "being", "be", "got", "gets",
];
const AUX_PLUR: &[&str] = &["were", "are", "have"];
const MODALS: &[&str] = &[
    "could",
    "would",
    "might",
    "may",
    "will",
    "should",
    "must",
    "can",
    "not",
    "never",
    "n't",
    "nearly",
    "almost",
    "threatened",
    "tried",
    "attempted",
    "wanted",
    "plan",
    "planned",
    "going",
];

/// Nouns for the attackers of an event: a count whose noun phrase holds one counts attackers.
const ATTACKERS: &[&str] = &[
    "attacker",
    "attackers",
    "assailant",
    "assailants",
    "gunman",
    "gunmen",
    "bomber",
    "bombers",
    "hijacker",
    "hijackers",
    "kidnapper",
    "kidnappers",
    "perpetrator",
    "perpetrators",
    "raider",
    "raiders",
    "infiltrator",
    "infiltrators",
    "suicide",
    "self-bomber",
    "abductors",
    "abductor",
    "shooter",
    "shooters",
    "hostage-takers",
];

/// Members of armed groups: attackers when referred back to ("two of the militants").
const FIGHTERS: &[&str] = &[
    "militant",
    "militants",
    "terrorist",
    "terrorists",
    "guerrilla",
    "guerrillas",
    "guerilla",
    "guerillas",
    "rebel",
    "rebels",
    "insurgent",
    "insurgents",
    "subversive",
    "subversives",
    "extremist",
    "extremists",
    "fighters",
    "jihadist",
    "jihadists",
    "narcoterrorist",
    "narcoterrorists",
];

/// Heads that make a preceding number not a count of people.
const NOT_PEOPLE: &[&str] = &[
    "year",
    "years",
    "year-old",
    "years-old",
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "mile",
    "meters",
    "metres",
    "meter",
    "hours",
    "hour",
    "minutes",
    "minute",
    "days",
    "day",
    "weeks",
    "week",
    "months",
    "month",
    "percent",
    "per",
    "%",
    "am",
    "pm",
    "a",
    "gmt",
    "kg",
    "kilograms",
    "pounds",
    "dollars",
    "$",
    "o'clock",
    "bomb",
    "bombs",
    "grenade",
    "grenades",
    "vehicle",
    "vehicles",
    "car",
    "cars",
    "house",
    "houses",
    "building",
    "buildings",
    "shots",
    "rounds",
    "attack",
    "attacks",
    "explosion",
    "explosions",
    "blast",
    "blasts",
    "times",
    "time",
    "rocket",
    "rockets",
    "mortar",
    "mortars",
    "device",
    "devices",
    "incident",
    "incidents",
    "bus",
    "truck",
    "shell",
    "shells",
    "mine",
    "mines",
    "village",
    "villages",
    "areas",
    "districts",
    "provinces",
    "cities",
    "town",
    "towns",
    "series",
    "wave",
    "number",
    "hundreds",
    "dozens",
    "thousands",
    "scores",
    "total",
    "part",
    "bullet",
    "bullets",
    "cartridge",
    "rifle",
    "rifles",
    "weapons",
    "tons",
    "pieces",
    "floors",
    "floor",
    "story",
    "storey",
];

fn is_attacker(toks: &[Tok]) -> bool {
    let partitive = toks
        .windows(2)
        .any(|w| w[0].text == "of" && matches!(w[1].text, "the" | "them"));
    toks.iter()
        .any(|t| ATTACKERS.contains(&t.text) || partitive && FIGHTERS.contains(&t.text))
        && !toks.iter().any(|t| {
            matches!(
                t.text,
                "civilians" | "civilian" | "passers-by" | "bystanders"
            )
        })
}

/// Quantity modifiers that may precede a number ("at least", "more than").
fn skip_modifiers(toks: &[Tok], mut i: usize) -> usize {
    loop {
        let w = toks.get(i).map(|t| t.text);
        let w2 = toks.get(i + 1).map(|t| t.text);
        let n = match (w, w2) {
            (Some("at"), Some("least" | "most")) => 2,
            (Some("more" | "fewer" | "less"), Some("than")) => 2,
            (Some("up"), Some("to")) => 2,
            (Some("as"), Some("many")) => {
                if toks.get(i + 2).is_some_and(|t| t.text == "as") {
                    3
                } else {
                    2
                }
            }
            (Some("a"), Some("total")) if toks.get(i + 2).is_some_and(|t| t.text == "of") => 3,
            (Some("an"), Some("estimated")) => 2,
            (Some("total" | "totalling" | "totaling"), _) => 1,
            (
                Some(
                    "over" | "nearly" | "almost" | "about" | "around" | "approximately" | "some"
                    | "roughly" | "another" | "only" | "just" | "estimated" | "least" | "all"
                    | "the" | "these" | "those" | "its" | "their" | "his" | "her" | "other"
                    | "further" | "additional",
                ),
                _,
            ) => 1,
            _ => 0,
        };
        if n == 0 {
            return i;
        }
        i += n;
    }
}

/// A count of people starting at `i` (after modifiers): a number whose head noun is not a unit, or
/// "a"/"an"/"one" with a person noun. Returns `(value, index after the number)`.
fn quantity_at(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let j = skip_modifiers(toks, i);
    let t = toks.get(j)?;
    let (v, k) = if matches!(t.text, "a" | "an") {
        if toks.get(j + 1).is_some_and(|n| n.text == "dozen") {
            (12, j + 2)
        } else if let Some(f) = (j + 1..toks.len().min(j + 4))
            .find(|&f| toks[f].text == "family")
            .filter(|&f| {
                toks[j + 1..f].iter().all(|t| t.is_word())
                    && toks.get(f + 1).is_some_and(|t| t.text == "of")
            })
        {
            // "a Muslim family of five".
            let (n, e) = parse_cardinal(toks, f + 2)?;
            return (2..=30).contains(&n).then_some((n, e));
        } else if toks.get(j + 1).is_some_and(|n| n.text == "couple")
            || toks.get(j + 1).is_some_and(|n| n.is_word())
                && toks.get(j + 2).is_some_and(|n| n.text == "couple")
        {
            // "a married couple", "an elderly couple".
            let c = if toks[j + 1].text == "couple" {
                j + 1
            } else {
                j + 2
            };
            // Not "a couple of hours", "a couple days".
            return toks
                .get(c + 1)
                .is_none_or(|n| n.text != "of" && !NOT_PEOPLE.contains(&n.text))
                .then_some((2, c + 1));
        } else {
            (1, j + 1)
        }
    } else {
        if is_year_at(toks, j, true) {
            return None;
        }
        parse_cardinal(toks, j)?
    };
    // The head must not be a unit or a thing; "two of the ..." is fine.
    if let Some(n) = toks.get(k) {
        // "six village guards", "two bus drivers": a thing noun as a modifier of people.
        let modifier = matches!(
            n.text,
            "village" | "bus" | "truck" | "mine" | "town" | "day"
        ) && toks.get(k + 1).is_some_and(|h| {
            matches!(
                h.text,
                "guards"
                    | "guard"
                    | "drivers"
                    | "driver"
                    | "workers"
                    | "worker"
                    | "laborers"
                    | "labourers"
                    | "officials"
                    | "official"
                    | "elders"
                    | "elder"
                    | "leaders"
                    | "leader"
                    | "chiefs"
                    | "chief"
                    | "heads"
                    | "head"
                    | "residents"
                    | "councillors"
                    | "councilors"
                    | "passengers"
                    | "defense"
                    | "defence"
                    | "militiamen"
                    | "teachers"
                    | "mayors"
                    | "mayor"
            )
        });
        if (NOT_PEOPLE.contains(&n.text) && !modifier
            || n.text.ends_with("-year-old")
            || n.text.ends_with("-years-old"))
            && !(v == 1 && matches!(t.text, "a" | "an") && n.text.ends_with("-year-old"))
        {
            return None;
        }
        if matches!(t.text, "a" | "an") {
            // An age written apart, "a 7 year old boy", is an adjective of the noun after it.
            let head = if toks
                .get(k + 1)
                .is_some_and(|x| matches!(x.text, "year" | "years"))
                && toks.get(k + 2).is_some_and(|x| x.text == "old")
                && parse_cardinal(toks, k).is_some()
            {
                k + 3
            } else {
                k
            };
            // "a" needs a noun phrase, not a second number ("a 15-year-old" is fine).
            if head == k && parse_cardinal(toks, k).is_some() || !n.is_word() {
                return None;
            }
            if toks[head..toks.len().min(head + 3)]
                .iter()
                .any(|x| NOT_PEOPLE.contains(&x.text))
            {
                return None;
            }
        }
    } else if matches!(t.text, "a" | "an") {
        return None;
    }
    if v > 100_000 {
        return None;
    }
    Some((v, k))
}

/// A bare four-digit year after a date or a month ("On December 2, 2009 the husband ...", "the
/// March 1984 bombing") or, with `after_preposition`, after "in"/"since"/"of"/"until".
fn is_year_at(toks: &[Tok], j: usize, after_preposition: bool) -> bool {
    let w = toks[j].text;
    let year = w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"));
    let prev = |k: usize| if j >= k { toks[j - k].text } else { "" };
    year && (month_word(prev(1))
        || (prev(1) == "," && prev(2).len() <= 2 && prev(2).bytes().all(|b| b.is_ascii_digit()))
        || after_preposition && matches!(prev(1), "in" | "since" | "of" | "until"))
}

/// Words that end a subject noun phrase when walking left from its verb.
const SUBJ_STOP: &[&str] = &[
    "when",
    "after",
    "before",
    "while",
    "that",
    "which",
    "who",
    "whom",
    "where",
    "because",
    "as",
    "since",
    "until",
    "said",
    "says",
    "say",
    "reported",
    "according",
    "but",
    "if",
    "although",
    "though",
    "then",
    "so",
    "than",
    "by",
    "without",
    "and/or",
    "whereas",
    "whose",
    "reports",
    "report",
    "stated",
    "announced",
    "added",
    "adding",
    "saying",
    "stating",
    "explained",
    "confirmed",
    "indicated",
    "learned",
    "revealed",
    "told",
    "where",
    "whereby",
    "there",
    "meanwhile",
    "however",
    "today",
    "yesterday",
    "night",
    "morning",
    "afternoon",
    "evening",
    "during",
    "following",
    "amid",
];

/// Adjectives ending in -ed/-ing that do not make a segment a clause.
const ED_ADJ: &[&str] = &[
    "armed",
    "unidentified",
    "retired",
    "alleged",
    "suspected",
    "masked",
    "unarmed",
    "uniformed",
    "named",
    "injured",
    "wounded",
    "hooded",
    "unnamed",
    "identified",
    "detained",
    "kidnapped",
    "abducted",
    "hired",
    "including",
    "during",
    "ruling",
    "leading",
    "following",
    "wedding",
    "building",
    "evening",
    "morning",
    "off-duty",
    "disguised",
    "dressed",
    "based",
    "trained",
    "backed",
    "linked",
    "related",
    "elected",
    "appointed",
    "assigned",
    "stationed",
    "posted",
    "deployed",
    "missing",
    "travelling",
    "traveling",
    "passing",
    "riding",
    "guarding",
    "patrolling",
    "working",
    "living",
    "sitting",
    "standing",
    "waiting",
    "fighting",
    "belonging",
    "accompanying",
    "escorting",
    "unknown",
    "married",
    "aged",
    "beloved",
    "seated",
    "shed",
    "bed",
    "red",
    "speed",
    "need",
    "creed",
    "breed",
    "hundred",
    "led",
];

fn is_clause(seg: &[Tok]) -> bool {
    seg.iter().any(|t| {
        let w = t.text;
        (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) && !ED_ADJ.contains(&w))
            || matches!(
                w,
                "went"
                    | "blew"
                    | "struck"
                    | "hit"
                    | "set"
                    | "threw"
                    | "shot"
                    | "opened"
                    | "exploded"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "has"
                    | "have"
                    | "had"
                    | "stormed"
                    | "attacked"
                    | "fired"
                    | "detonated"
                    | "came"
                    | "left"
                    | "took"
                    | "broke"
                    | "ran"
                    | "drove"
                    | "rammed"
                    | "blast"
                    | "explosion"
            )
    })
}

/// The count in the subject noun phrase that ends before token `end`: coordinated counts are
/// added ("one police officer and a civilian"), a parenthetical "including ..." is skipped.
/// Returns `(sum, attackers, first byte, no_one, others)`; sum `None` when the phrase holds no count.
fn subject_count(toks: &[Tok], end: usize, plural: bool) -> Subject {
    // Collect the window back to a hard boundary, skipping (...) and [...] asides.
    let mut kept: Vec<Tok> = Vec::with_capacity(24);
    let mut b = end;
    // "Two contractors who worked for X, which guards Y, were killed": with a comma before the
    // verb, a relative clause is read past to the noun phrase it describes.
    let comma_before_verb = b > 0 && toks[b - 1].text == ",";
    // A partitive relative clause between commas right before the verb: "three people, at
    // least one of whom worked as a guard, were killed" reads as "three people were killed".
    if b > 0 && toks[b - 1].text == "," {
        if let Some(c) = (b.saturating_sub(25)..b - 1)
            .rev()
            .find(|&k| toks[k].text == ",")
        {
            if toks[c + 1..b - 1]
                .windows(2)
                .take(6)
                .any(|w| w[0].text == "of" && matches!(w[1].text, "whom" | "which"))
            {
                b = c;
            }
        }
    }
    // A participial aside between commas right before the verb: "two contractors, working
    // for a company contracted by the US military, were killed" reads as "two contractors
    // were killed" (the aside may hold words that end a subject, like "by").
    if b > 0 && toks[b - 1].text == "," {
        if let Some(c) = (b.saturating_sub(30)..b - 1)
            .rev()
            .find(|&k| matches!(toks[k].text, "," | "." | ";" | ":"))
            .filter(|&c| toks[c].text == "," && c > 0)
        {
            let w = toks[c + 1].text;
            let participle = w.len() > 4
                && w.ends_with("ing")
                && !matches!(w, "including" | "according" | "during");
            if participle && (c.saturating_sub(6)..c).any(|k| quantity_at(toks, k).is_some()) {
                b = c;
            }
        }
    }
    // "The bomber, a local man, was also killed": an "a ..." apposition between commas right
    // before the verb is read past to the noun it describes.
    if b > 0 && toks[b - 1].text == "," {
        if let Some(c) = (b.saturating_sub(10)..b - 1)
            .rev()
            .find(|&k| !toks[k].is_word())
            .filter(|&c| toks[c].text == "," && c > 0)
        {
            let appositive = matches!(toks[c + 1].text, "a" | "an")
                && quantity_at(toks, c + 1).is_some()
                && toks[c + 2..b - 1]
                    .iter()
                    .all(|t| !SUBJ_STOP.contains(&t.text));
            // The noun it describes is a short "the ..." phrase opening the clause ("The
            // bomber"), not a name with an age ("X, 45, a former mayor") or a list.
            let the_head = (c.saturating_sub(4)..c)
                .find(|&d| toks[d].text == "the")
                .is_some_and(|d| {
                    toks[d + 1..c]
                        .iter()
                        .all(|t| t.is_word() && !number_token_like(t.text))
                        && (d == 0
                            || !toks[d - 1].is_word()
                            || SUBJ_STOP.contains(&toks[d - 1].text))
                });
            // "X and his brother, also a policeman, were killed": an "also a ..." aside
            // describes what stands before it, whatever that is.
            let also = toks[c + 1].text == "also"
                && matches!(toks.get(c + 2).map(|t| t.text), Some("a" | "an"))
                && toks[c + 3..b - 1]
                    .iter()
                    .all(|t| t.is_word() && !SUBJ_STOP.contains(&t.text));
            if appositive && the_head || also && toks[c - 1].is_word() {
                b = c;
            }
        }
    }
    // "Four observers -- a Pole, a Uruguayan and two Japanese -- were killed": a dash aside
    // right before the verb is read past.
    if let Some(c) = dash_aside_start(toks, b) {
        b = c;
    }
    while b > 0 && kept.len() < 24 {
        let t = &toks[b - 1];
        let w = t.text;
        if w == ")" || w == "]" {
            let open = if w == ")" { "(" } else { "[" };
            let mut k = b - 1;
            while k > 0 && toks[k - 1].text != open && b - k < 30 {
                k -= 1;
            }
            if k == 0 || toks[k - 1].text != open {
                break;
            }
            b = k - 1;
            continue;
        }
        // Without the comma only "who" is read past: "six priests and two women who worked
        // with them were murdered".
        // "the funeral of six priests who were killed", "six priests, five of them Spaniards,
        // who were killed": right before the verb, "who" or "that" after a counted plural noun
        // (or after a partitive aside on it) counts that noun.
        if kept.is_empty() && matches!(w, "who" | "that") && b >= 3 {
            let head_end = if toks[b - 2].text == "," {
                (b.saturating_sub(10)..b - 2)
                    .rev()
                    .find(|&c| toks[c].text == ",")
                    .filter(|&c| {
                        toks[c + 1..b - 2]
                            .windows(2)
                            .any(|w| w[0].text == "of" && w[1].text == "them")
                    })
            } else {
                Some(b - 1)
            };
            if let Some((q, _, h, _)) =
                head_end.and_then(|e| counted_antecedent(toks, e).filter(|a| a.2 + 1 == e))
            {
                kept.extend(toks[q..=h].iter().rev().copied());
                break;
            }
        }
        if (comma_before_verb && matches!(w, "who" | "which" | "whose")
            || w == "who" && !kept.is_empty())
            && b >= 2
            && (toks[b - 2].is_word() || toks[b - 2].text == ",")
            && !SUBJ_STOP.contains(&toks[b - 2].text)
        {
            kept.clear();
            b -= 1;
            continue;
        }
        // "BOGOTA, 16 AUG 89 (EFE) -- [TEXT] JUDGE X DIED": the dateline ends the subject.
        let double_hyphen = w == "-" && b >= 2 && toks[b - 2].text == "-";
        // "two Austrians employed by the firm": "by" after a participle that follows a plural
        // noun is inside a reduced relative, not the end of the subject.
        let agent_by = w == "by"
            && b >= 3
            && toks[b - 2].text.ends_with("ed")
            && plural_noun(toks[b - 3].text);
        // "Twelve officers who worked as security guards for the company were killed": a
        // stop word inside a "who" clause of the subject is read past to the clause's noun.
        if SUBJ_STOP.contains(&w) && !agent_by && !kept.is_empty() {
            let who = (b.saturating_sub(14)..b - 1)
                .rev()
                .take_while(|&k| toks[k].is_word())
                .find(|&k| toks[k].text == "who")
                .filter(|&k| k > 0 && plural_noun(toks[k - 1].text));
            if let Some(k) = who {
                kept.clear();
                b = k;
                continue;
            }
        }
        // "injured 14 people, one of whom later died": the count before "of whom" is the
        // subject, and it ends there; among the injured, it adds to the toll ("All eight
        // soldiers were killed, one of whom was decapitated" is left to the first count).
        if w == "whom" && b >= 3 && toks[b - 2].text == "of" {
            let q = (b.saturating_sub(6)..b - 2)
                .find(|&q| quantity_at(toks, q).is_some_and(|(_, e)| e == b - 2))
                .filter(|&q| {
                    toks[..q].iter().any(|t| {
                        matches!(
                            t.text,
                            "injured" | "wounded" | "injuring" | "wounding" | "hurt" | "injuries"
                        )
                    })
                });
            if let Some(q) = q {
                kept.extend(toks[q..b].iter().rev().copied());
                break;
            }
            // "a vehicle carrying five civilians, all of whom were killed": the antecedent's
            // count.
            if b >= 3 && toks[b - 3].text == "all" && kept.is_empty() {
                if let Some((q, _, h, _)) = counted_antecedent(toks, b - 3) {
                    kept.extend(toks[q..=h].iter().rev().copied());
                    break;
                }
            }
        }
        // "Capt. Ghazi Muhammad", "Three U.S. Naval officers": the period of an abbreviation
        // does not end the subject.
        let abbreviation = |a: &str| {
            TITLES.contains(&a)
                || (a.len() <= 3 && a.bytes().all(|c| c.is_ascii_alphabetic() || c == b'.'))
        };
        if w == "." && b >= 2 && abbreviation(toks[b - 2].text) && !kept.is_empty() {
            b -= 1;
            continue;
        }
        // "On December 2, 2009 the husband of a teacher was killed": the date ends the subject.
        if double_hyphen
            || is_year_at(toks, b - 1, false)
            || (SUBJ_STOP.contains(&w) && !agent_by)
            || matches!(w, ";" | ":" | "(" | "[" | "." | "?" | "!")
            || (!t.text.is_ascii() && !is_quote(w))
        {
            break;
        }
        if w != "\"" && !is_quote(w) {
            kept.push(*t);
        }
        b -= 1;
    }
    kept.reverse();
    // Drop "including ..." / "among them ..." parentheticals (up to the next comma).
    let mut k2: Vec<Tok> = Vec::with_capacity(kept.len());
    let mut skipping = false;
    let mut listing = false;
    for (x, t) in kept.iter().enumerate() {
        if matches!(t.text, "including" | "among" | "mostly" | "mainly") {
            skipping = true;
            listing = false;
            if k2.last().is_some_and(|l: &Tok| l.text == ",") {
                k2.pop();
            }
            continue;
        }
        if skipping {
            // "Five people, including two women, one child, and two men died": the list
            // goes on while counts follow its commas, and its ", and" closes it once it has
            // three items ("24 policemen, including the chief, and 18 militants" has two).
            if t.text == "," {
                if quantity_at(&kept, x + 1).is_some() {
                    listing = true;
                } else if !(listing
                    && kept.get(x + 1).is_some_and(|a| a.text == "and")
                    && quantity_at(&kept, x + 2).is_some())
                {
                    skipping = false;
                }
            }
            continue;
        }
        k2.push(*t);
    }
    // "Two men ages 37 and 42", "a woman, aged 30,": ages are not counts.
    let mut k3: Vec<Tok> = Vec::with_capacity(k2.len());
    let mut in_age = false;
    for t in &k2 {
        if matches!(t.text, "aged" | "ages" | "age") {
            in_age = true;
            continue;
        }
        if in_age
            && (t.text.bytes().all(|b| b.is_ascii_digit())
                || matches!(t.text, "and" | "to" | "between" | "of"))
        {
            continue;
        }
        in_age = false;
        k3.push(*t);
    }
    let kept = k3;
    // Segments separated by "and" / "," / "as well as", read from the verb leftwards.
    let mut segs: Vec<(usize, usize, &str)> = Vec::new();
    let mut s0 = 0;
    for (k, t) in kept.iter().enumerate() {
        if matches!(t.text, "and" | "," | "plus" | "&") {
            segs.push((s0, k, t.text));
            s0 = k + 1;
        } else if t.text == "with" && k > 0 && kept[k - 1].text == "along" {
            // "The police chief, along with three others, were killed".
            segs.push((s0, k - 1, "and"));
            s0 = k + 1;
        }
    }
    segs.push((s0, kept.len(), ""));
    let mut out = Subject {
        sum: None,
        attackers: false,
        attacker_part: 0,
        first: toks.get(end).map_or(0, |t| t.start),
        no_one: false,
        others: false,
    };
    // "Two Israeli students, Shlomo Liman and Har'el Bin-Nun, were murdered": names in
    // apposition after a counted noun phrase; the count is the toll.
    if kept.last().is_some_and(|t| t.text == ",") {
        let counted = segs
            .iter()
            .rposition(|s| s.1 > s.0 && quantity_at(&kept[s.0..s.1], 0).is_some());
        if let Some(q) = counted {
            let (a, z, sep) = segs[q];
            let later_plain = segs[q + 1..]
                .iter()
                .all(|s| s.1 == s.0 || quantity_at(&kept[s.0..s.1], 0).is_none());
            let later_words = segs[q + 1..].iter().filter(|s| s.1 > s.0).count();
            if sep == "," && later_plain && later_words >= 1 && !is_clause(&kept[a..z]) {
                let plural_head = z > a + 1
                    && kept[a + 1..z].iter().all(|t| t.is_word())
                    && kept[z - 1].text.len() > 2
                    && (kept[z - 1].text.ends_with('s')
                        || matches!(
                            kept[z - 1].text,
                            "people" | "men" | "women" | "children" | "police" | "personnel"
                        ));
                if let Some((v, _)) =
                    quantity_at(&kept[a..z], 0).filter(|q| q.0 >= 2 && plural_head)
                {
                    out.sum = Some(v);
                    out.first = kept[a].start;
                    out.attackers = is_attacker(&kept[a..z]);
                    return out;
                }
            }
        }
    }
    let mut att = false;
    let mut nonatt = false;
    let mut att_sum = 0u32;
    let mut crossed_and = false;
    let mut singles = 0u32;
    let last = segs.len() - 1;
    for idx in (0..segs.len()).rev() {
        let (a, z, _) = segs[idx];
        let seg = &kept[a..z];
        if idx < last {
            // The separator after this segment decides whether it is coordinated with the next.
            let sep = segs[idx].2;
            if sep == "," && !crossed_and {
                break;
            }
            if sep == "and" {
                crossed_and = true;
            }
        }
        if seg.is_empty() {
            continue;
        }
        if is_clause(seg) && (idx < last || quantity_at(seg, 0).is_none()) {
            break;
        }
        if seg.iter().any(|t| matches!(t.text, "nobody" | "none"))
            || seg
                .windows(2)
                .any(|w| w[0].text == "no" && w[1].text == "one")
        {
            out.no_one = true;
            break;
        }
        // "two other soldiers were killed" adds to a toll; "two of the other victims" is part
        // of one already counted.
        if seg
            .iter()
            .any(|t| matches!(t.text, "other" | "others" | "another" | "more"))
            && !seg
                .windows(2)
                .any(|w| w[0].text == "of" && matches!(w[1].text, "the" | "those" | "these"))
        {
            out.others = true;
        }
        // "One of the wounded later died": a death among the injured adds to the toll.
        // "Several of those wounded later died" gives no number to add.
        if !matches!(
            seg[0].text,
            "several" | "many" | "some" | "few" | "a" | "dozens"
        ) && seg.windows(3).any(|w| {
            w[0].text == "of"
                && matches!(w[1].text, "the" | "those")
                && matches!(w[2].text, "wounded" | "injured")
                || w[1].text == "of" && w[2].text == "whom"
        }) {
            out.others = true;
        }
        let found = if idx == last {
            last_quantity(seg)
        } else {
            quantity_at(seg, 0).map(|q| q.0)
        };
        match found {
            Some(v) => {
                out.sum = Some(out.sum.unwrap_or(0) + v);
                if is_attacker(seg) {
                    att = true;
                    att_sum += v;
                } else {
                    nonatt = true;
                }
                out.first = seg[0].start;
            }
            None => {
                if idx == last {
                    att = is_attacker(seg);
                    out.first = seg[0].start;
                }
                // A prepositional phrase ("in addition to the damage, two policemen and a
                // civilian were killed") is not a coordinated victim.
                if matches!(
                    seg[0].text,
                    "in" | "on"
                        | "at"
                        | "to"
                        | "for"
                        | "from"
                        | "with"
                        | "during"
                        | "despite"
                        | "besides"
                        | "near"
                        | "under"
                        | "over"
                        | "into"
                        | "of"
                        | "among"
                ) {
                    break;
                }
                // A singular noun phrase coordinated with others: one person.
                if plural
                    && segs.len() > 1
                    && (idx < last || segs[idx].2 != ",")
                    && is_singular_np(seg)
                    && singles < 4
                {
                    singles += 1;
                    out.sum = Some(out.sum.unwrap_or(0) + 1);
                    if is_attacker(seg) {
                        att = true;
                        att_sum += 1;
                    } else {
                        nonatt = true;
                    }
                    out.first = seg[0].start;
                    continue;
                }
                break;
            }
        }
    }
    if out.sum == Some(singles) && singles < 2 {
        // One singular phrase alone is not a coordination.
        out.sum = None;
    }
    // "Two Buddhist monks, Pra Vichai and Novice Jepakak were killed": the names spell out the
    // count, they do not add to it.
    if let Some((v, att, first)) = count_then_names(&kept, &segs) {
        out.sum = Some(v);
        out.first = first;
        out.attackers = att;
        return out;
    }
    // "Two nuns, one French and one Maltese, were killed", "Three doctors attached to the
    // mission, were killed", "Two tourists, who had been touring the area, were killed": a
    // counted plural noun phrase followed by an aside between commas; the aside names no more
    // people than the count.
    if out.sum.is_none() && !out.no_one && kept.last().is_some_and(|t| t.text == ",") {
        if let Some((v, att, first)) = counted_head_before_aside(&kept, &segs)
            .or_else(|| names_then_count(&kept, &segs).map(|(v, f)| (v, false, f)))
        {
            out.sum = Some(v);
            out.first = first;
            out.attackers = att;
            return out;
        }
    }
    // "The ambassador, Sir John Smith, and his secretary were killed", "A columnist for a
    // Lagos-based weekly and his wife were murdered": one person (with appositions) and those
    // named by "his"/"her".
    if out.sum.is_none() && !out.no_one && plural {
        if let Some((v, first)) = person_and_possessive(&kept, &segs) {
            out.sum = Some(v);
            out.first = first;
            out.attackers = false;
            return out;
        }
    }
    // "Two Austrians employed by the firm were killed", "Two guards from the Institute of
    // Prisons and Penitentiaries were shot": a counted plural noun phrase with a long
    // post-modifier that holds no other count and no finite verb.
    if out.sum.is_none() && !out.no_one && plural {
        if let Some((v, att, first)) = leading_counted_np(&kept, &segs) {
            out.sum = Some(v);
            out.first = first;
            out.attackers = att;
            return out;
        }
    }
    // "Both men were killed", "Both were found dead".
    if out.sum.is_none() && !out.no_one {
        if let Some(&(a, z, _)) = segs.last() {
            let seg = &kept[a..z];
            if seg.first().is_some_and(|t| t.text == "both")
                && (seg.len() == 1 || seg.len() <= 4 && plural_noun(seg[seg.len() - 1].text))
            {
                out.sum = Some(2);
                out.first = seg[0].start;
                out.attackers = is_attacker(seg);
            }
        }
    }
    // Mixed phrases ("the gunman and a young man") keep their attackers apart.
    out.attackers = att && !nonatt;
    if att && nonatt && out.sum.is_some_and(|v| v > att_sum) {
        out.attacker_part = att_sum;
    }
    out
}

/// The start of a dash aside ("-- ... --", "\u{2014} ... \u{2014}") that ends right before token
/// `end`: the index of its opening dash.
fn dash_aside_start(toks: &[Tok], end: usize) -> Option<usize> {
    let double = |k: usize| k >= 1 && toks[k].text == "-" && toks[k - 1].text == "-";
    let long = |k: usize| matches!(toks[k].text, "\u{2014}" | "\u{2013}");
    if end < 2 {
        return None;
    }
    let lo = end.saturating_sub(30);
    if double(end - 1) {
        (lo.max(1)..end - 2)
            .rev()
            .find(|&k| double(k))
            .map(|k| k - 1)
            .filter(|&k| k > 0)
    } else if long(end - 1) {
        (lo..end - 1).rev().find(|&k| long(k)).filter(|&k| k > 0)
    } else {
        None
    }
}

/// A plural count noun: "people", "guards", "men".
fn plural_noun(w: &str) -> bool {
    matches!(
        w,
        "people" | "men" | "women" | "children" | "police" | "personnel" | "persons"
    ) || (w.len() > 5 && w.ends_with("men") && w.bytes().all(|b| b.is_ascii_alphabetic()))
        || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("'s")
            && w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-'))
}

/// The count of the first noun phrase of a subject when an aside between commas follows it:
/// `(count, attackers, first byte)`.
fn counted_head_before_aside(
    kept: &[Tok],
    segs: &[(usize, usize, &str)],
) -> Option<(u32, bool, usize)> {
    let q = segs.iter().position(|s| s.1 > s.0)?;
    let (a, z, sep) = segs[q];
    if sep != "," {
        return None;
    }
    let seg = &kept[a..z];
    let (v, e) = if seg[0].text == "both" {
        (2, 1)
    } else {
        quantity_at(seg, 0)?
    };
    if v < 2 {
        return None;
    }
    // The head noun: a plural within the next four words, adjectives only before it.
    let h = seg[e..seg.len().min(e + 4)]
        .iter()
        .take_while(|t| t.is_word() && !matches!(t.text, "of" | "and" | "or"))
        .position(|t| plural_noun(t.text))?;
    let mut later = 0;
    for &(sa, sz, _) in &segs[q + 1..] {
        if sz > sa {
            if let Some((lv, _)) = quantity_at(&kept[sa..sz], 0) {
                later += lv;
            }
        }
    }
    if later > v {
        return None;
    }
    Some((v, is_attacker(&seg[..e + h + 1]), seg[0].start))
}

/// The count of a subject's first noun phrase when all that follows it is a post-modifier with
/// no other number and no finite verb: `(count, attackers, first byte)`.
fn leading_counted_np(kept: &[Tok], segs: &[(usize, usize, &str)]) -> Option<(u32, bool, usize)> {
    let &(a, z, _) = segs.iter().find(|s| s.1 > s.0)?;
    let seg = &kept[a..z];
    let (v, e) = quantity_at(seg, 0)?;
    if v < 2 {
        return None;
    }
    let h = seg[e..seg.len().min(e + 4)]
        .iter()
        .take_while(|t| t.is_word() && !matches!(t.text, "of" | "and" | "or"))
        .position(|t| plural_noun(t.text))?;
    let rest = &kept[a + e + h + 1..];
    if rest.is_empty()
        || rest.iter().any(|t| {
            number_token_like(t.text)
                || matches!(
                    t.text,
                    "one"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "has"
                        | "have"
                        | "had"
                        | "said"
                        | "says"
                        | "including"
                        | "others"
                        | "other"
                )
        })
    {
        return None;
    }
    Some((v, is_attacker(&seg[..e + h + 1]), seg[0].start))
}

/// Names coordinated by "and" followed by a counted apposition that counts them: "Carlos Ruiz and
/// Juan Gil, two former councillors, were killed", "X and Y, both candidates, ...". Returns
/// `(count, first byte)`.
fn names_then_count(kept: &[Tok], segs: &[(usize, usize, &str)]) -> Option<(u32, usize)> {
    let full: Vec<usize> = (0..segs.len()).filter(|&k| segs[k].1 > segs[k].0).collect();
    let (&q, names) = full.split_last()?;
    if names.len() < 2 || segs[q].2 != "," {
        return None;
    }
    let (a, z, _) = segs[q];
    let seg = &kept[a..z];
    let (v, e) = if seg[0].text == "both" {
        (2, 1)
    } else if let Some(c) = quantity_at(seg, 0) {
        c
    } else if !seg.iter().any(|t| number_token_like(t.text))
        && seg[..seg.len().min(3)]
            .iter()
            .take_while(|t| t.is_word())
            .any(|t| plural_noun(t.text))
    {
        // "X and Y, policemen in Raman district, were killed": an uncounted plural apposition
        // counts the names.
        (names.len() as u32, 0)
    } else {
        return None;
    };
    if v as usize != names.len() {
        return None;
    }
    seg[e..seg.len().min(e + 4)]
        .iter()
        .take_while(|t| t.is_word() && !matches!(t.text, "of" | "and" | "or"))
        .position(|t| plural_noun(t.text))?;
    if segs[*names.last()?].2 != "," || !names.iter().any(|&k| segs[k].2 == "and") {
        return None;
    }
    for &k in names {
        let (na, nz, _) = segs[k];
        let n = &kept[na..nz];
        if n.len() > 5 || !is_singular_np(n) || quantity_at(n, 0).is_some() {
            return None;
        }
    }
    Some((v, kept[segs[names[0]].0].start))
}

/// A counted plural noun phrase followed by exactly as many single names or noun phrases as it
/// counts, joined by commas and one "and": `(count, attackers, first byte)`.
fn count_then_names(kept: &[Tok], segs: &[(usize, usize, &str)]) -> Option<(u32, bool, usize)> {
    let full: Vec<usize> = (0..segs.len()).filter(|&k| segs[k].1 > segs[k].0).collect();
    let (&head, names) = full.split_first()?;
    let (a, z, sep) = segs[head];
    if sep != "," || names.len() < 2 {
        return None;
    }
    let seg = &kept[a..z];
    let (v, e) = quantity_at(seg, 0)?;
    if v as usize != names.len() || e >= seg.len() || !plural_noun(seg[seg.len() - 1].text) {
        return None;
    }
    if !seg[e..].iter().all(|t| t.is_word()) {
        return None;
    }
    // The names: short singular phrases, the last one after "and".
    let before_last = segs[names[names.len() - 2]].2;
    if before_last != "and" {
        return None;
    }
    for &k in names {
        let (na, nz, _) = segs[k];
        let n = &kept[na..nz];
        if n.len() > 4 || !is_singular_np(n) || quantity_at(n, 0).is_some() || is_clause(n) {
            return None;
        }
        if n.iter()
            .any(|t| !t.is_word() || matches!(t.text, "a" | "an" | "the" | "his" | "her"))
        {
            return None;
        }
    }
    Some((v, is_attacker(seg), seg[0].start))
}

/// A subject of one person (with appositions between commas) coordinated by "and" with people
/// named by a possessive ("and his driver"); appositions opening with "his"/"her"/"their" are
/// people too ("X, his wife, and his driver"). Returns `(count, first byte)`.
fn person_and_possessive(kept: &[Tok], segs: &[(usize, usize, &str)]) -> Option<(u32, usize)> {
    let poss = |seg: &[Tok]| {
        seg.len() >= 2
            && seg.len() <= 5
            && matches!(seg[0].text, "his" | "her" | "their")
            && is_singular_np(&seg[1..])
    };
    let last = segs.len().checked_sub(1)?;
    if last == 0 || segs[last - 1].2 != "and" {
        return None;
    }
    let (la, lz, _) = segs[last];
    if !poss(&kept[la..lz]) {
        return None;
    }
    let mut count = 1u32;
    let mut head: Option<usize> = None;
    for (idx, &(a, z, sep)) in segs[..last].iter().enumerate() {
        if z == a {
            continue;
        }
        let seg = &kept[a..z];
        if idx + 1 < last && sep != "," {
            return None;
        }
        if quantity_at(seg, 0).is_some_and(|q| q.0 != 1) || seg.iter().any(|t| !t.is_word()) {
            return None;
        }
        match head {
            None => {
                if matches!(
                    seg[0].text,
                    "in" | "on" | "at" | "near" | "during" | "from" | "for" | "with"
                ) {
                    continue;
                }
                if !is_singular_np(seg)
                    || FIGHTERS
                        .iter()
                        .chain(ATTACKERS)
                        .any(|f| seg.iter().any(|t| t.text == *f))
                {
                    return None;
                }
                head = Some(a);
            }
            Some(_) => {
                if poss(seg) {
                    count += 1;
                }
            }
        }
    }
    let h = head?;
    if segs.len() > 6 {
        return None;
    }
    Some((count + 1, kept[h].start))
}

struct Subject {
    sum: Option<u32>,
    attackers: bool,
    /// How many of a mixed sum are attackers ("the gunman and a young man died": 1).
    attacker_part: u32,
    first: usize,
    no_one: bool,
    others: bool,
}

fn is_quote(w: &str) -> bool {
    matches!(w, "\"" | "\u{201c}" | "\u{201d}" | "'" | "`")
}

/// A noun phrase naming one person: "his driver", "the mayor of X", "Fabio Roa".
fn is_singular_np(seg: &[Tok]) -> bool {
    let head = seg
        .iter()
        .rev()
        .find(|t| t.is_word())
        .map(|t| t.text)
        .unwrap_or("");
    let headish = seg
        .iter()
        .position(|t| matches!(t.text, "of" | "between" | "from" | "at" | "with"))
        .map_or(head, |p| if p > 0 { seg[p - 1].text } else { head });
    // "Ms Dolores Casanova Porras", "Colonel Jaime Torres": a title makes the name after it
    // one person, whatever its last letter.
    // The title may follow a word or two of description: "Guatemalan attorney Gilda Flores".
    let titled = seg.len() >= 2
        && seg[..seg.len() - 1].iter().take(3).any(|t| {
            TITLES.contains(&t.text)
                && !matches!(
                    t.text,
                    "general" | "deputy" | "major" | "father" | "minister"
                )
        })
        && seg.iter().all(|t| t.is_word() && t.text != "and");
    let named = (2..=4).contains(&seg.len())
        && given_name(seg[0].text)
        && seg.iter().all(|t| t.is_word() && t.text != "and");
    !headish.is_empty()
        && (!headish.ends_with('s')
            || headish.ends_with("ss")
            || headish.ends_with("'s")
            || (titled || named) && headish == head)
        && !matches!(
            headish,
            "people"
                | "police"
                | "children"
                | "men"
                | "women"
                | "they"
                | "them"
                | "who"
                | "it"
                | "this"
                | "that"
        )
        && seg.iter().all(|t| {
            // An age ("his 23-year-old son") is not a count.
            !t.text.as_bytes()[0].is_ascii_digit() || t.text.ends_with("-old")
        })
        && seg.len() <= 8
}

/// The last numeric count of a segment ("in baghdad at least eight people" → 8), else a count at
/// its start ("a civilian").
fn last_quantity(seg: &[Tok]) -> Option<u32> {
    let mut best = None;
    // Where the count read at the previous token ends: "twenty one people" is one number, and
    // its "one" is not read again.
    let mut prev_end = 0;
    for k in 0..seg.len() {
        let q = quantity_at(seg, k);
        let inside_previous = prev_end > k;
        prev_end = q.map_or(0, |(_, e)| e);
        if matches!(seg[k].text, "a" | "an")
            || (k > 0 && month_word(seg[k - 1].text))
            || inside_previous
        {
            continue;
        }
        if let Some((v, e)) = q {
            if seg.get(e).is_some_and(|t| t.text == "of") {
                return Some(v);
            }
            // "Seven civilians from five different peasant areas": not a count of people.
            if seg[e..seg.len().min(e + 4)]
                .iter()
                .take_while(|t| t.is_word())
                .any(|t| NOT_PEOPLE.contains(&t.text))
            {
                continue;
            }
            best = Some(v);
        }
    }
    best.or_else(|| quantity_at(seg, 0).map(|q| q.0))
}

fn month_word(w: &str) -> bool {
    super::dates::month_of(w).is_some()
}

/// The count in the object noun phrase starting at token `i` ("12 people", "two policemen and a
/// civilian", "himself and two guards"); with `singular`, a noun phrase naming one person ("the
/// mayor", "Colonel X") counts 1. Returns `(count, attackers, end byte)`.
fn object_count(
    toks: &[Tok],
    i: usize,
    singular: bool,
    orig: Option<&str>,
) -> (Option<u32>, bool, usize) {
    let (v, att, end, _) = object_count_split(toks, i, singular, orig);
    (v, att, end)
}

/// [`object_count`] with how many of a mixed list are attackers ("killed two soldiers and the
/// bomber": 1).
///
/// `orig` is the original text in mixed case (for names), `None` in upper-case texts.
fn object_count_split(
    toks: &[Tok],
    i: usize,
    singular: bool,
    orig: Option<&str>,
) -> (Option<u32>, bool, usize, u32) {
    let mut att_sum = 0u32;
    let mut k = i;
    let mut sum = None;
    let mut att = false;
    let mut nonatt = false;
    let mut end = i;
    let mut parts = 0;
    loop {
        // "the murder of X and the massacre of Y", "killed the mayor and the destruction of
        // the town followed": a later item naming an event, not a person, ends the list.
        let det = usize::from(
            toks.get(k)
                .is_some_and(|t| matches!(t.text, "the" | "a" | "an" | "this")),
        );
        if parts > 0
            && toks.get(k + det).is_some_and(|t| {
                matches!(
                    t.text,
                    "massacre"
                        | "murder"
                        | "murders"
                        | "killing"
                        | "killings"
                        | "assassination"
                        | "attack"
                        | "attacks"
                        | "bombing"
                        | "bombings"
                        | "destruction"
                        | "explosion"
                        | "kidnapping"
                        | "death"
                        | "deaths"
                )
            })
        {
            break;
        }
        // "and her three escorts": the count after the possessive.
        if toks
            .get(k)
            .is_some_and(|t| matches!(t.text, "his" | "her" | "their"))
            && quantity_at(toks, k + 1).is_some()
        {
            k += 1;
        }
        let (v, after) = if let Some(q) = quantity_at(toks, k) {
            q
        } else if toks
            .get(k)
            .is_some_and(|t| matches!(t.text, "himself" | "herself"))
        {
            att = true;
            (1, k + 1)
        } else if let Some(n) = reflexive_count(toks, k) {
            att = true;
            (n, k + 1)
        } else if toks.get(k).is_some_and(|t| t.text == "both") {
            // "both the director and a teacher", "both him and his wife": "both" counts the
            // pair its "and" joins, read whole.
            let pair_and = (k + 2..toks.len().min(k + 9))
                .take_while(|&q| toks[q].is_word())
                .find(|&q| toks[q].text == "and");
            if let Some(q) = pair_and {
                let mut z = q + 1;
                while z < toks.len()
                    && z < q + 7
                    && toks[z].is_word()
                    && !OBJ_STOP.contains(&toks[z].text)
                {
                    z += 1;
                }
                sum = Some(sum.unwrap_or(0) + 2);
                nonatt = true;
                end = z.max(q + 2);
                break;
            }
            (2, k + 1)
        } else if singular
            && toks.get(k).is_some_and(|t| {
                t.is_word() && !OBJ_STOP.contains(&t.text) && parse_cardinal(toks, k).is_none()
            })
        {
            // A singular noun phrase up to the next boundary, or to an article that opens
            // another phrase ("Judge Espinosa the evening of 1 November").
            let mut z = k;
            while z < toks.len()
                && z < k + 8
                && toks[z].is_word()
                && !OBJ_STOP.contains(&toks[z].text)
                && !(z > k
                    && matches!(toks[z].text, "the" | "a" | "an")
                    && !matches!(toks[z - 1].text, "of" | "and" | "to" | "for" | "with"))
            {
                z += 1;
            }
            // A determiner alone ("killed the last gunmen": "last" ends the phrase) names
            // nobody.
            let bare_det = z == k + 1
                && toks.get(z).is_some_and(|t| OBJ_STOP.contains(&t.text))
                && matches!(
                    toks[k].text,
                    "the" | "a" | "an" | "this" | "his" | "her" | "their" | "its"
                );
            if bare_det
                || !is_singular_np(&toks[k..z])
                || toks[k..z].iter().any(|t| {
                    matches!(
                        t.text,
                        "him"
                            | "her"
                            | "them"
                            | "it"
                            | "people"
                            | "everyone"
                            | "all"
                            | "some"
                            | "many"
                            | "several"
                            | "dozens"
                            | "hundreds"
                            | "scores"
                            | "thousands"
                    )
                })
            {
                if toks[k].text == "him" || toks[k].text == "her" {
                    (1, k + 1)
                } else {
                    break;
                }
            } else if z == k + 1
                && TITLES.contains(&toks[k].text)
                && (k == i || matches!(toks[k - 1].text, "," | "and" | "of"))
                && toks.get(z).is_some_and(|t| t.text == "and")
                && toks.get(z + 1).is_some_and(|t| {
                    t.is_word()
                        && quantity_at(toks, z + 1).is_none()
                        && !matches!(
                            t.text,
                            "a" | "an" | "the" | "his" | "her" | "their" | "its" | "one"
                        )
                })
            {
                // "Senator and presidential candidate Luis Carlos Galan": a bare title joined
                // to the next role is one person's, not a second victim.
                k = z + 1;
                continue;
            } else {
                (1, k)
            }
        } else {
            break;
        };
        parts += 1;
        // The noun phrase runs to the next boundary.
        let mut z = after;
        // A named person may take more words ("former Baath party member Kanis Mohammed
        // al-Janabi").
        let long_name = v == 1
            && after == k
            && toks[k..toks.len().min(k + 9)]
                .iter()
                .take_while(|t| t.is_word() && !OBJ_STOP.contains(&t.text))
                .all(|t| t.text != "of");
        let reach = if long_name { 9 } else { 6 };
        while z < toks.len() && z < after + reach {
            let w = toks[z].text;
            if !toks[z].is_word() || OBJ_STOP.contains(&w) {
                break;
            }
            z += 1;
        }
        // "killed the mayor of the small town of Hostigal, as well as two peasants": a long
        // description ends where ", as well as" goes on to the next victims.
        if z == after + reach {
            let mut q = z;
            while q < toks.len().min(after + 2 * reach) {
                if !toks[q].is_word() || OBJ_STOP.contains(&toks[q].text) {
                    break;
                }
                q += 1;
            }
            let as_well_as_at = |i: usize| {
                toks.get(i).is_some_and(|t| t.text == "as")
                    && toks.get(i + 1).is_some_and(|t| t.text == "well")
                    && toks.get(i + 2).is_some_and(|t| t.text == "as")
            };
            if toks.get(q).is_some_and(|t| t.text == ",") && as_well_as_at(q + 1) {
                z = q;
            }
        }
        let seg = &toks[k..z.max(k + 1).min(toks.len())];
        // "killed along with two civilians and thirty people were injured", "killed her and
        // her body was found": a later item with its own verb, or a body, starts a new clause.
        if parts > 1
            && (toks.get(z).is_some_and(|t| {
                matches!(
                    t.text,
                    "was" | "were" | "are" | "is" | "had" | "have" | "has"
                )
            }) && toks.get(z + 1).is_some_and(|t| {
                matches!(
                    t.text,
                    "injured" | "wounded" | "hurt" | "kidnapped" | "abducted" | "missing"
                )
            }) || seg
                .iter()
                .any(|t| matches!(t.text, "body" | "bodies" | "corpse" | "corpses")))
        {
            break;
        }
        sum = Some(sum.unwrap_or(0) + v);
        if att && parts == 1 && matches!(toks[k].text, "himself" | "herself" | "themselves") {
            // counted as attacker
        } else if is_attacker(seg) {
            att = true;
            att_sum += v;
        } else {
            nonatt = true;
        }
        // "two reporters, Roberto Navas and Mauricio Pineda, in ...": as many bare names as
        // the count, after a comma, name the people counted; the list goes on after them.
        if parts == 1 && v >= 2 && toks.get(z).is_some_and(|t| t.text == ",") {
            if let Some((c, e)) = names_apposition(toks, z + 1) {
                if c == v {
                    z = e;
                }
            }
        }
        end = z.max(k + 1);
        // Coordination: ", and a civilian" / "and two soldiers" / "as well as", not "and wounded 5".
        let mut n = z;
        if toks.get(n).is_some_and(|t| t.text == ",") {
            n += 1;
        }
        // ", wife of Colonel X", ", a member of ...": an apposition, not another victim.
        // "Faden al-Shemary, a policeman, and his twelve-year-old son": after one person, an
        // "a ..." between commas followed by ", and his/her" is an apposition.
        let appositive_before_kin = n > z
            && v == 1
            && !att
            && parts == 1
            && toks.get(n).is_some_and(|t| matches!(t.text, "a" | "an"))
            && (n + 1..toks.len().min(n + 8))
                .find(|&q| !toks[q].is_word())
                .is_some_and(|q| {
                    toks[q].text == ","
                        && toks.get(q + 1).is_some_and(|t| t.text == "and")
                        && (toks
                            .get(q + 2)
                            .is_some_and(|t| matches!(t.text, "his" | "her" | "their"))
                            // "Ali Khan, a teacher, and two students": after a name.
                            || !matches!(
                                toks[k].text,
                                "a" | "an" | "the" | "his" | "her" | "their" | "one"
                            ) && quantity_at(toks, q + 2).is_some())
                });
        let list_comma = !appositive_before_kin
            && n > z
            && !toks[n..toks.len().min(n + 4)]
                .iter()
                .any(|t| t.text == "of")
            && (n..toks.len().min(n + 10)).any(|q| {
                toks[q].text == "and"
                    // ", a social worker and leader of the group": one apposition.
                    && role_of_at(toks, q + 1, true).is_none()
                    // "killing X, a guard, and injuring eight", "killing one, Thomas
                    // Mosley, and wounding another": after one victim, what stands between
                    // commas is his apposition when the "and" starts a clause.
                    && !(v == 1
                        && !att
                        && toks
                            .get(q + 1)
                            .is_some_and(|t| t.text.ends_with("ing") || t.text.ends_with("ed")))
                    // "X, a police major and security guard for the speaker": a bare noun after
                    // "and" in an "a ..." apposition is a second role of the same man.
                    && !(v == 1
                        && !att
                        && matches!(toks[n].text, "a" | "an")
                        && toks[q - 1].text != ","
                        && (toks.get(q + 1).is_some_and(|t| {
                            t.is_word()
                                && !number_token_like(t.text)
                                && !matches!(
                                    t.text,
                                    "a" | "an" | "the" | "his" | "her" | "their" | "one" | "two"
                                )
                        })
                            // "Luis Carlos Galan, an admired friend and a great Colombian":
                            // after a name, "a ... and a ..." are two roles of the man named.
                            || given_name(toks[k].text)
                                && toks.get(q + 1).is_some_and(|t| matches!(t.text, "a" | "an"))))
            })
            // ", police said": a source, not a list ("two police guards" is one).
            && !toks[n..toks.len().min(n + 10)].windows(2).any(|w| {
                matches!(w[0].text, "said" | "says" | "according")
                    || matches!(w[0].text, "police" | "officials")
                        && matches!(w[1].text, "said" | "say" | "says" | "told" | "reported")
            });
        // "Name, the leader of the association, and her three escorts": past the apposition
        // to a relative named by a possessive.
        let past_apposition = (n > z && !list_comma)
            .then(|| {
                (n..toks.len().min(n + 20)).find(|&j| {
                    let kin = |q: usize| {
                        toks.get(q)
                            .is_some_and(|t| matches!(t.text, "his" | "her" | "their"))
                    };
                    toks[j].text == ","
                        && toks.get(j + 1).is_some_and(|t| t.text == "and")
                        // ", and his driver", ", and one of his guards".
                        && (kin(j + 2)
                            || quantity_at(toks, j + 2).is_some_and(|(_, e)| {
                                appositive_before_kin
                                    || toks.get(e).is_some_and(|t| t.text == "of") && kin(e + 1)
                            }))
                })
            })
            .flatten()
            .filter(|&j| {
                toks[n..j].iter().all(|t| {
                    !matches!(
                        t.text,
                        "who" | "which" | "that" | "said" | "and" | "were" | "was" | ";"
                    )
                })
            });
        // "the envoy, Sergio Vieira de Mello, and 16 other people": a personal name between
        // commas after one person named by his role is that person (read in mixed case only:
        // "a policeman, school guard, and a student" are three).
        let past_apposition = past_apposition.or_else(|| {
            let role = v == 1
                && !att
                && parts == 1
                && n > z
                && matches!(
                    toks[k].text,
                    "the" | "a" | "an" | "one" | "his" | "her" | "their" | "its"
                );
            let name_end = capitalised_name(toks, n, orig.filter(|_| role)?)?;
            // (With its particles: "Sergio Vieira de Mello", "Abu Bakr al Baghdadi".)
            let q = (name_end..toks.len().min(n + 7)).find(|&q| !toks[q].is_word())?;
            let at = |i: usize, w: &str| toks.get(i).is_some_and(|t| t.text == w);
            // Past ", and" (the list goes on two tokens later) or ", along with" (three).
            if !at(q, ",") {
                None
            } else if at(q + 1, "and") {
                Some(q)
            } else if at(q + 1, "along") && at(q + 2, "with") {
                Some(q + 1)
            } else {
                None
            }
        });
        let as_well_as = toks.get(n).is_some_and(|t| t.text == "as")
            && toks.get(n + 1).is_some_and(|t| t.text == "well")
            && toks.get(n + 2).is_some_and(|t| t.text == "as");
        if let Some(j) = past_apposition {
            n = j + 2;
        } else if as_well_as {
            // "killed the mayor of the town, as well as two peasants".
            n += 3;
        } else if toks.get(n).is_some_and(|t| t.text == "and") {
            n += 1;
            // "the assassination of MNR leader Hector Oqueli and of attorney Gilda Flores".
            if toks.get(n).is_some_and(|t| t.text == "of") {
                n += 1;
            }
        } else if toks.get(n).is_some_and(|t| t.text == "along")
            && toks.get(n + 1).is_some_and(|t| t.text == "with")
        {
            n += 2;
        } else if !list_comma {
            break;
        }
        // "the deputy police inspector and chief of strategy", "a social worker and leader of
        // the group": a role after a bare "and" describes the same person.
        if let Some(of) = role_of_at(toks, n, false).filter(|_| toks[n - 1].text == "and" && v == 1)
        {
            end = (of + 1..toks.len().min(of + 7))
                .take_while(|&q| toks[q].is_word() && !OBJ_STOP.contains(&toks[q].text))
                .last()
                .map_or(of + 1, |q| q + 1);
            break;
        }
        // "the deaths of five guards and the wounding of two": an action noun, not a victim.
        if toks[n - 1].text == "and"
            && toks.get(n).is_some_and(|t| t.text == "the")
            && toks
                .get(n + 1)
                .is_some_and(|t| t.text.ends_with("ing") || matches!(t.text, "injury" | "injuries"))
        {
            break;
        }
        let next_ok = toks.get(n).is_some_and(|t| {
            t.is_word()
                && !OBJ_STOP.contains(&t.text)
                && !t.text.ends_with("ing")
                && !t.text.ends_with("ed")
                && !t.text.ends_with("ly")
                && !matches!(
                    t.text,
                    "hurt"
                        | "set"
                        | "fled"
                        | "left"
                        | "took"
                        | "stole"
                        | "then"
                        | "escaped"
                        | "made"
                        | "went"
                        | "threw"
                        | "later"
                        | "also"
                        | "we"
                        | "they"
                        | "he"
                        | "she"
                        | "it"
                        | "i"
                        | "you"
                )
        });
        // "and at least 16 other people": a count whose modifier starts with a stop word.
        let next_counted =
            toks.get(n).is_some_and(|t| t.text == "at") && quantity_at(toks, n).is_some();
        if !next_ok && !next_counted {
            break;
        }
        if quantity_at(toks, n).is_none()
            && !singular
            && !toks
                .get(n)
                .is_some_and(|t| matches!(t.text, "his" | "her" | "their"))
        {
            break;
        }
        if parts > 5 {
            break;
        }
        k = n;
    }
    let end_byte = toks.get(end.saturating_sub(1)).map(|t| t.end).unwrap_or(0);
    let attackers_only = att && !nonatt;
    let part = if att && nonatt { att_sum } else { 0 };
    (sum, attackers_only, end_byte, part)
}

/// "killing himself": one attacker; "Two suicide bombers ... killing themselves": as many as the
/// attackers counted in the 40 words before, two when no count is given.
fn reflexive_count(toks: &[Tok], k: usize) -> Option<u32> {
    match toks.get(k)?.text {
        "himself" | "herself" => Some(1),
        "themselves" => Some(
            (k.saturating_sub(40)..k)
                .filter_map(|j| quantity_at(toks, j).map(|q| (j, q)))
                .find(|&(j, (_, a))| is_attacker(&toks[j..(a + 3).min(k).max(j + 1)]))
                .map_or(2, |(_, (v, _))| v),
        ),
        _ => None,
    }
}

/// Words that end an object noun phrase.
const OBJ_STOP: &[&str] = &[
    "and",
    "in",
    "at",
    "on",
    // "killed a barber between the villages of X and Y": where, not who.
    "between",
    "behind",
    "beside",
    "across",
    "toward",
    "towards",
    "through",
    "when",
    "as",
    "while",
    "with",
    "and/or",
    "near",
    "inside",
    "outside",
    "during",
    "before",
    "after",
    "who",
    "including",
    "by",
    "from",
    "or",
    "but",
    "to",
    "into",
    "for",
    "that",
    "which",
    "whom",
    "whose",
    "were",
    "was",
    "had",
    "have",
    "has",
    "are",
    "is",
    "said",
    "instantly",
    "immediately",
    "yesterday",
    "today",
    "last",
    "this",
    "early",
    "late",
    "off",
    "outright",
    "there",
    "here",
    "because",
    "along",
    "wounding",
    "injuring",
    "since",
    "himself",
    "herself",
    "themselves",
    "within",
    "then",
];

/// A death verb at token `i`: returns `(class, index after it)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verb {
    /// killed, murdered, shot dead: passive with an auxiliary, or active with an object.
    Participle,
    /// kills, killing: active only.
    Active,
    /// died, perished, lost their lives.
    Intransitive,
    /// dead (adjective): "were dead", "five dead".
    Dead,
}

fn death_verb(toks: &[Tok], i: usize) -> Option<(Verb, usize)> {
    let w = toks[i].text;
    let next = toks.get(i + 1).map(|t| t.text);
    let next2 = toks.get(i + 2).map(|t| t.text);
    let to_death = next == Some("to") && next2 == Some("death");
    Some(match w {
        _ if w.ends_with("-to-death") => (Verb::Participle, i + 1),
        "killed" | "murdered" | "assassinated" | "assasinated" | "slain" | "massacred"
        | "slaughtered" | "lynched" | "beheaded" | "decapitated" | "butchered" | "executed" => {
            if w == "killed" && next == Some("off") {
                return None;
            }
            (Verb::Participle, i + 1)
        }
        "shot" | "gunned" | "burned" | "burnt" | "stabbed" | "hacked" | "beaten" | "bludgeoned"
        | "clubbed" | "tortured" | "strangled" | "stoned" | "crushed" | "hanged"
        | "machinegunned" | "machine-gunned" => {
            if to_death {
                (Verb::Participle, i + 3)
            } else if (w == "shot" && next == Some("dead"))
                || (w == "gunned" && next == Some("down"))
                || (matches!(w, "burned" | "burnt") && next == Some("alive"))
            {
                (Verb::Participle, i + 2)
            } else if next == Some("and") && next2 == Some("killed") {
                (Verb::Participle, i + 3)
            } else {
                return None;
            }
        }
        "kills" | "killing" | "murdering" | "massacring" | "slaughtering" | "kill"
        | "beheading" | "assassinating" => (Verb::Active, i + 1),
        // "executing three hostages", not "executing the plan".
        "executing"
            if quantity_at(toks, i + 1).is_some_and(|(v, _)| v >= 2)
                || matches!(next, Some("him" | "her" | "them")) =>
        {
            (Verb::Active, i + 1)
        }
        "fatally" => match next {
            Some("shot" | "stabbed" | "wounded" | "injured" | "beaten" | "burned") => {
                (Verb::Participle, i + 2)
            }
            Some("shooting" | "stabbing" | "wounding" | "injuring") => (Verb::Active, i + 2),
            _ => return None,
        },
        "died" | "perished" | "die" | "dies" => (Verb::Intransitive, i + 1),
        "lost"
            if matches!(next, Some("their" | "his" | "her"))
                && matches!(next2, Some("lives" | "life")) =>
        {
            (Verb::Intransitive, i + 3)
        }
        "dead" => (Verb::Dead, i + 1),
        _ => return None,
    })
}

/// A manner-of-killing verb at `i` followed by its object and then "to death" (or "dead" after
/// "shot"/"beat"/"left"): "stabbed three villagers to death", "shot him dead", "left the officer
/// dead". Returns the index of "to" (or "dead"). The object is at most six words with no
/// punctuation or clause boundary.
fn object_before_to_death(toks: &[Tok], i: usize) -> Option<usize> {
    let w = toks[i].text;
    let dead_ok = matches!(
        w,
        "shot" | "shoot" | "shoots" | "shooting" | "beat" | "beating" | "left" | "leaving"
    );
    if !(dead_ok
        || matches!(
            w,
            "stabbed"
                | "stabbing"
                | "stab"
                | "beaten"
                | "hacked"
                | "hacking"
                | "burned"
                | "burnt"
                | "burning"
                | "clubbed"
                | "strangled"
                | "stoned"
                | "tortured"
                | "choked"
                | "bludgeoned"
                | "kicked"
                | "hanged"
        ))
    {
        return None;
    }
    // Not a passive ("was shot to death" is read by the death verb itself).
    if toks
        .get(i + 1)
        .is_none_or(|t| t.text == "to" || t.text == "dead")
    {
        return None;
    }
    for k in i + 1..toks.len().min(i + 8) {
        let t = toks[k].text;
        if t == "to" && toks.get(k + 1).is_some_and(|n| n.text == "death") {
            return Some(k);
        }
        if dead_ok && t == "dead" {
            return Some(k);
        }
        if !toks[k].is_word()
            || (OBJ_STOP.contains(&t) && !matches!(t, "his" | "her"))
            || t == "and"
        {
            return None;
        }
    }
    None
}

fn sentence_mentions(toks: &[Tok], si: usize, orig: Option<&str>, out: &mut Vec<Mention>) {
    let n = toks.len();
    // For toll updates, found once per sentence (a scan per toll word is quadratic in a giant
    // sentence): whether it says "including ... attackers", and where its first attacker is.
    let mut attackers_included: Option<bool> = None;
    let mut first_attacker: Option<usize> = None;
    let mut i = 0;
    while i < n {
        let w = toks[i].text;
        // "no casualties", "no one was hurt", "no injuries", "without casualties".
        if (w == "no" || w == "without")
            && toks.get(i + 1).is_some_and(|t| {
                matches!(
                    t.text,
                    "casualties"
                        | "casualty"
                        | "injuries"
                        | "deaths"
                        | "fatalities"
                        | "victims"
                        | "damage"
                )
            })
        {
            let t = toks[i + 1].text;
            let zero_ok = t != "damage"
                || toks.get(i + 2).is_some_and(|x| x.text == "or")
                    && toks
                        .get(i + 3)
                        .is_some_and(|x| matches!(x.text, "casualties" | "injuries"));
            if zero_ok {
                push(
                    out,
                    Kind::Zero,
                    0,
                    false,
                    false,
                    si,
                    toks[i].start,
                    toks[i + 1].end,
                    "no_casualties",
                );
            }
            i += 2;
            continue;
        }
        if (w == "nobody"
            || w == "none"
            || (w == "no" && toks.get(i + 1).is_some_and(|t| t.text == "one")))
            && toks[i..n.min(i + 6)].iter().any(|t| {
                matches!(
                    t.text,
                    "hurt" | "injured" | "killed" | "wounded" | "harmed" | "died"
                )
            })
        {
            push(
                out,
                Kind::Zero,
                0,
                false,
                false,
                si,
                toks[i].start,
                toks[(i + 2).min(n - 1)].end,
                "no_one_hurt",
            );
            i += 2;
            continue;
        }
        // "the death toll rose to 12", "the number of people killed in ... has risen to 50",
        // "bringing the toll to 9", "put the toll at 60".
        let toll_head = w == "toll"
            || (w == "number"
                && toks.get(i + 1).is_some_and(|t| t.text == "of")
                && toks[i + 2..n.min(i + 6)].iter().any(|t| {
                    matches!(t.text, "killed" | "dead" | "died" | "deaths" | "fatalities")
                }));
        if toll_head {
            // A verb before the head governs a "to" however far: "police lowered the number
            // of people killed in the bombing and the shooting to 76", "bringing the number
            // of dead to 9".
            let set_before = (1..=2).any(|d| {
                i >= d
                    && matches!(
                        toks[i - d].text,
                        "lowered"
                            | "lowering"
                            | "raised"
                            | "raising"
                            | "revised"
                            | "revising"
                            | "brought"
                            | "bringing"
                            | "put"
                            | "putting"
                            | "updated"
                    )
                    && (d == 1 || matches!(toks[i - 1].text, "the" | "its" | "their"))
            });
            // The new total includes the attackers when it says so ("... to 22 including the
            // bomber"), or when the clause it closes reports their deaths ("The bomber was
            // also killed, bringing the number of dead to 14").
            let included = *attackers_included.get_or_insert_with(|| {
                toks.iter().any(|t| t.text.starts_with("includ"))
                    && toks
                        .iter()
                        .any(|t| ATTACKERS.contains(&t.text) || FIGHTERS.contains(&t.text))
            });
            let first = *first_attacker.get_or_insert_with(|| {
                toks.iter()
                    .position(|t| ATTACKERS.contains(&t.text))
                    .unwrap_or(n)
            });
            let incl = included || set_before && first < i;
            let mut k = i + 1;
            while k < n && k < i + 30 {
                let x = toks[k].text;
                if matches!(x, ";" | "up" | "down" | "from") && k > i + 1 {
                    break;
                }
                let verb = matches!(
                    x,
                    "rose"
                        | "risen"
                        | "climbed"
                        | "increased"
                        | "jumped"
                        | "reached"
                        | "lowered"
                        | "revised"
                        | "stood"
                        | "stands"
                        | "hit"
                        | "soared"
                        | "mounted"
                        | "grew"
                        | "climbing"
                        | "rising"
                        | "reaching"
                ) || (matches!(x, "of" | "at" | "is" | "was" | "to") && k <= i + 2)
                    // ("at a youth camp ... to 76": not "at a", "to the".)
                    || (set_before
                        && matches!(x, "to" | "at")
                        && toks
                            .get(k + 1)
                            .is_some_and(|t| !matches!(t.text, "a" | "an" | "the" | "one")));
                if verb {
                    let mut q = k + 1;
                    if !matches!(x, "of" | "at" | "to")
                        && toks.get(q).is_some_and(|t| matches!(t.text, "to" | "at"))
                    {
                        q += 1;
                    }
                    if let Some((v, e)) = quantity_at(toks, q) {
                        if toks
                            .get(e)
                            .is_none_or(|t| !matches!(t.text, "percent" | "%"))
                            && v > 0
                            && !(k > 0 && toks[k - 1].text == "up")
                        {
                            push(
                                out,
                                Kind::Update,
                                v,
                                incl,
                                false,
                                si,
                                toks[i].start,
                                toks[e - 1].end,
                                "toll_update",
                            );
                            break;
                        }
                    }
                }
                k += 1;
            }
            i += 1;
            continue;
        }
        // "claimed 20 lives", "claimed the lives of 20 people".
        if matches!(w, "claimed" | "claiming" | "claims" | "took" | "taking") {
            if let Some((v, e)) = quantity_at(toks, i + 1) {
                if toks
                    .get(e)
                    .is_some_and(|t| matches!(t.text, "lives" | "life"))
                {
                    push(
                        out,
                        Kind::Count,
                        v,
                        false,
                        false,
                        si,
                        toks[i].start,
                        toks[e].end,
                        "claimed_lives",
                    );
                    i = e + 1;
                    continue;
                }
            }
            if toks.get(i + 1).is_some_and(|t| t.text == "the")
                && toks
                    .get(i + 2)
                    .is_some_and(|t| matches!(t.text, "lives" | "life"))
                && toks.get(i + 3).is_some_and(|t| t.text == "of")
            {
                let (v, att, e) = object_count(toks, i + 4, true, orig);
                if let Some(v) = v {
                    push(
                        out,
                        Kind::Count,
                        v,
                        att,
                        false,
                        si,
                        toks[i].start,
                        e.max(toks[i + 3].end),
                        "claimed_lives",
                    );
                }
                i += 4;
                continue;
            }
        }
        // "the bodies of five peasants", "five bodies".
        if matches!(w, "bodies" | "corpses" | "body" | "corpse") {
            let found_verb = |t: &Tok| {
                matches!(
                    t.text,
                    "found" | "discovered" | "recovered" | "dumped" | "identified" | "retrieved"
                )
            };
            if toks.get(i + 1).is_some_and(|t| t.text == "of") {
                let (mut v, mut att, mut e) =
                    object_count(toks, i + 2, w == "body" || w == "corpse", orig);
                // "the bodies of the mayor and his driver": a list of single people.
                if v.is_none_or(|x| x == 1) && matches!(w, "bodies" | "corpses") {
                    let (v2, att2, e2) = object_count(toks, i + 2, true, orig);
                    if v2.is_some_and(|x| x >= 2) {
                        (v, att, e) = (v2, att2, e2);
                    }
                }
                if let Some(v) = v {
                    push(
                        out,
                        Kind::Count,
                        v,
                        att,
                        false,
                        si,
                        toks[i].start,
                        e.max(toks[i + 1].end),
                        "bodies",
                    );
                } else if matches!(w, "body" | "corpse")
                    && i > 0
                    && toks[i - 1].text == "the"
                    && toks.get(i + 2).is_some_and(|t| t.is_word())
                    && (toks[i + 2..n.min(i + 16)].iter().any(found_verb)
                        || i >= 2 && found_verb(&toks[i - 2]))
                {
                    // "The body of Jozo Molos, a Croatian emigre, was found": one person
                    // whatever the name looks like.
                    push(
                        out,
                        Kind::Weak,
                        1,
                        false,
                        false,
                        si,
                        toks[i].start,
                        toks[i + 2].end,
                        "body_of",
                    );
                }
                if v.is_some() || prenominal(toks, i).is_none() {
                    i += 2;
                    continue;
                }
            }
            // "his body was found", "police recovered her body": one person, weak evidence.
            // "his badly decomposed body", "her bullet-riddled body": up to two words between.
            let poss = (i.saturating_sub(3)..i)
                .rev()
                .take_while(|&k| k + 1 == i || toks[k + 1].is_word() && toks[k + 1].text != "and")
                .find(|&k| {
                    let t = toks[k].text;
                    // "Al-Zuwayni's body": a named person's (not the bomber's).
                    let named = t
                        .strip_suffix("'s")
                        .or_else(|| t.strip_suffix("\u{2019}s"))
                        .is_some_and(|b| {
                            b.len() > 2 && !ATTACKERS.contains(&b) && !FIGHTERS.contains(&b)
                        });
                    matches!(t, "his" | "her") || named
                });
            if let Some(p) = poss.filter(|_| w == "body") {
                if toks[i + 1..n.min(i + 4)].iter().any(found_verb)
                    || p >= 1 && found_verb(&toks[p - 1])
                    // "police found the man's body".
                    || p >= 2 && toks[p - 1].text == "the" && found_verb(&toks[p - 2])
                {
                    push(
                        out,
                        Kind::Weak,
                        1,
                        false,
                        false,
                        si,
                        toks[p].start,
                        toks[i].end,
                        "possessive_body",
                    );
                }
            }
            // "five bodies", "one body was found".
            // "police recovered a body near X": one, when something finds it.
            let found_a_body = w == "body"
                && i >= 2
                && (matches!(toks[i - 1].text, "a" | "an")
                    || i >= 3 && matches!(toks[i - 2].text, "a" | "an") && toks[i - 1].is_word())
                && (toks[i + 1..n.min(i + 4)].iter().any(found_verb)
                    || found_verb(&toks[i - 2])
                    || i >= 3 && found_verb(&toks[i - 3]));
            if found_a_body {
                push(
                    out,
                    Kind::Weak,
                    1,
                    false,
                    false,
                    si,
                    toks[i - 1].start,
                    toks[i].end,
                    "a_body",
                );
            }
            let counted = matches!(w, "bodies" | "corpses")
                || i > 0 && matches!(toks[i - 1].text, "one" | "1");
            if counted {
                if let Some((v, att, first)) = prenominal(toks, i) {
                    push(
                        out,
                        Kind::Count,
                        v,
                        att,
                        false,
                        si,
                        first,
                        toks[i].end,
                        "bodies",
                    );
                }
            }
            i += 1;
            continue;
        }
        // "resulted in the deaths of 36 tourists", "caused the deaths of his driver and a guard".
        if w == "deaths"
            && i > 0
            && matches!(toks[i - 1].text, "the" | "shooting")
            && toks.get(i + 1).is_some_and(|t| t.text == "of")
        {
            let (v, att, e) = object_count(toks, i + 2, true, orig);
            if let Some(v) = v.filter(|&v| v >= 2) {
                push(
                    out,
                    Kind::Count,
                    v,
                    att,
                    false,
                    si,
                    toks[i - 1].start,
                    e.max(toks[i + 1].end),
                    "deaths_of",
                );
                i += 2;
                continue;
            }
        }
        // "one civilian death".
        if w == "death" {
            if let Some((1, att, first)) = prenominal(toks, i) {
                if toks[..i]
                    .iter()
                    .rev()
                    .take(3)
                    .any(|t| matches!(t.text, "one" | "a" | "an"))
                    && toks
                        .get(i + 1)
                        .is_none_or(|t| !t.is_word() || t.text == "and")
                {
                    push(
                        out,
                        Kind::Count,
                        1,
                        att,
                        false,
                        si,
                        first,
                        toks[i].end,
                        "deaths_noun",
                    );
                    i += 1;
                    continue;
                }
            }
        }
        // "12 deaths", "three fatalities".
        if matches!(w, "deaths" | "fatalities" | "dead") {
            if let Some((v, att, first)) = prenominal(toks, i) {
                push(
                    out,
                    Kind::Count,
                    v,
                    att,
                    false,
                    si,
                    first,
                    toks[i].end,
                    "deaths_noun",
                );
                i += 1;
                continue;
            }
            if w != "dead" {
                i += 1;
                continue;
            }
        }
        // "Rodriguez Porth's death", "Judge Valencia's murder", "his assassination": one
        // person, weak evidence.
        if matches!(
            w,
            "murder" | "assassination" | "killing" | "death" | "slaying" | "execution"
        ) && i > 0
            && {
                let poss = |t: &Tok| {
                    t.text.ends_with("'s")
                        || t.text.ends_with("\u{2019}s")
                        || matches!(t.text, "his" | "her")
                };
                // "his abominable assassination", "the mayor's brutal murder".
                poss(&toks[i - 1])
                    || i > 1
                        && poss(&toks[i - 2])
                        && matches!(
                            toks[i - 1].text,
                            "brutal"
                                | "abominable"
                                | "cowardly"
                                | "vile"
                                | "tragic"
                                | "heinous"
                                | "cruel"
                                | "savage"
                                | "treacherous"
                                | "criminal"
                                | "horrendous"
                                | "horrible"
                                | "senseless"
                                | "untimely"
                                | "violent"
                                | "recent"
                        )
            }
            && toks.get(i + 1).is_none_or(|t| {
                !matches!(
                    t.text,
                    "of" | "toll"
                        | "squad"
                        | "squads"
                        | "threat"
                        | "threats"
                        | "penalty"
                        | "sentence"
                        | "sentences"
                        | "list"
                        | "warrant"
                        | "row"
                        | "camp"
                        | "camps"
                )
            })
        {
            push(
                out,
                Kind::Weak,
                1,
                false,
                false,
                si,
                toks[i - 1].start,
                toks[i].end,
                "nominal_possessive",
            );
            i += 1;
            continue;
        }
        // "the murder of two missionaries", "the assassination of the mayor": weak evidence.
        if matches!(
            w,
            "murder"
                | "murders"
                | "assassination"
                | "assassinations"
                | "martyrdom"
                | "killing"
                | "killings"
                | "massacre"
                | "death"
                | "slaying"
                | "execution"
        ) && nominal_of(toks, i).is_some()
            && i > 0
            && (matches!(
                toks[i - 1].text,
                "the"
                    | "his"
                    | "her"
                    | "their"
                    | "this"
                    | "brutal"
                    | "recent"
                    | "for"
                    | "in"
                    | "of"
            ) || (i >= 3
                // "the brutal murder of", "the base and cowardly murder of".
                && (i.saturating_sub(5)..i - 1)
                    .rev()
                    .find(|&k| matches!(toks[k].text, "the" | "this"))
                    .is_some_and(|k| {
                        // Not "the attempted kidnap and murder of".
                        toks[k + 1..i].iter().all(|t| {
                            t.is_word()
                                && !matches!(
                                    t.text,
                                    "attempted" | "failed" | "foiled" | "planned" | "thwarted"
                                )
                        })
                    })))
        {
            let of = nominal_of(toks, i).unwrap_or(i + 1);
            let (v, att, e) = object_count(toks, of + 1, true, orig);
            if let Some(v) = v {
                // The first item of a list: the count up to its first "and" or comma.
                let e_tok = toks.partition_point(|t| t.start < e);
                let first_end = (of + 1..e_tok)
                    .find(|&q| matches!(toks[q].text, "and" | ","))
                    .unwrap_or(e_tok);
                let first = if first_end < e_tok {
                    object_count(&toks[..first_end], of + 1, true, orig).0
                } else {
                    None
                };
                push(
                    out,
                    Kind::Weak,
                    v,
                    att,
                    false,
                    si,
                    toks[i].start,
                    e.max(toks[of].end),
                    "nominal",
                );
                if let Some(f) = first.filter(|&f| f < v) {
                    out.last_mut().expect("pushed").widens_from = f;
                }
            }
            i = of + 1;
            continue;
        }
        // "shot two farmers to death", "stabbed him to death", "shot the driver dead": a
        // manner verb whose object sits between it and "to death" / "dead".
        if let Some(k) = object_before_to_death(toks, i) {
            let (v, att, _) = object_count(&toks[..k], i + 1, true, orig);
            if let Some(v) = v {
                let end = if toks[k].text == "dead" { k } else { k + 1 };
                push(
                    out,
                    Kind::Count,
                    v,
                    att,
                    false,
                    si,
                    toks[i].start,
                    toks[end].end,
                    "object_to_death",
                );
                i = end + 1;
                continue;
            }
        }
        let Some((verb, after)) = death_verb(toks, i) else {
            i += 1;
            continue;
        };
        // Casualty lumps ("killed or wounded", "dead and injured") are not death counts.
        let lumped = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.text == "or" || t.text == "and")
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.text, "wounded" | "injured" | "missing"))
                && toks
                    .get(k + 2)
                    .is_none_or(|t| quantity_at(toks, k + 2).is_none() || t.text == "in")
        };
        let lumped_before = i >= 2
            && matches!(toks[i - 1].text, "or")
            && matches!(toks[i - 2].text, "wounded" | "injured");
        if lumped(after) && verb != Verb::Active || lumped_before {
            i = after;
            continue;
        }
        // Walk left over adverbs and auxiliaries.
        let mut j = i;
        let mut aux_sing = false;
        let mut aux_plur = false;
        let mut also = false;
        let mut modal = false;
        while j > 0 {
            let p = toks[j - 1].text;
            // "Both were killed": "both" opening its clause is the subject, not an adverb.
            if p == "both" && (j == 1 || matches!(toks[j - 2].text, "," | ";" | ":")) {
                break;
            }
            if AUX_SING.contains(&p) {
                aux_sing |= matches!(p, "was" | "is" | "has");
            } else if AUX_PLUR.contains(&p) {
                aux_plur = true;
            } else if MODALS.contains(&p) {
                modal = true;
            } else if p == "and"
                && j >= 2
                && toks[j - 2].text.ends_with("ed")
                && j >= 3
                && (AUX_SING.contains(&toks[j - 3].text) || AUX_PLUR.contains(&toks[j - 3].text))
            {
                // "was kidnapped and shot dead": skip the first participle.
                j -= 1;
            } else if ADVERBS.contains(&p)
                || manner_adverb(p)
                || matches!(
                    p,
                    "found" | "discovered" | "later" | "pronounced" | "declared"
                )
                || p == "," && j >= 2 && ADVERBS.contains(&toks[j - 2].text)
            {
                also |= matches!(p, "also");
            } else {
                break;
            }
            j -= 1;
        }
        // "Eight people are known to have been killed": a report of a past death, read as
        // "eight people were killed".
        if !modal
            && j < i
            && j >= 2
            && toks[j].text == "to"
            && toks.get(j + 1).is_some_and(|t| t.text == "have")
            && matches!(
                toks[j - 1].text,
                "known" | "believed" | "reported" | "said" | "thought" | "feared" | "presumed"
            )
            && (AUX_SING.contains(&toks[j - 2].text) || AUX_PLUR.contains(&toks[j - 2].text))
            && (verb == Verb::Intransitive || toks[j..i].iter().any(|t| t.text == "been"))
        {
            aux_sing |= matches!(toks[j - 2].text, "was" | "is");
            aux_plur |= matches!(toks[j - 2].text, "were" | "are");
            j -= 2;
        }
        // "to be killed", "tried to kill": not a toll.
        if modal || (j < i && toks[j].text == "to") || (i > 0 && toks[i - 1].text == "to") {
            i = after;
            continue;
        }
        // "have killed 12 miners", "had murdered the mayor": the perfect of an active verb,
        // whose count is its object, not its subject.
        let perfect_active = verb == Verb::Participle
            && toks[j..i]
                .iter()
                .any(|t| matches!(t.text, "have" | "has" | "had"))
            && !toks[j..i].iter().any(|t| {
                matches!(
                    t.text,
                    "been" | "be" | "being" | "was" | "were" | "is" | "are" | "got" | "gets"
                )
            })
            && (quantity_at(toks, after).is_some()
                || toks.get(after).is_some_and(|t| {
                    matches!(
                        t.text,
                        "the" | "a" | "an" | "his" | "their" | "its" | "her" | "him" | "them"
                    )
                })
                // "Gunmen have killed Sheikh Ali al-Zand".
                || orig.is_some_and(|o| personal_name_at(toks, after, o).is_some()));
        if perfect_active {
            aux_sing = false;
            aux_plur = false;
        }
        let mut has_aux = aux_sing
            || aux_plur
            || j < i
                && toks[j..i]
                    .iter()
                    .any(|t| matches!(t.text, "been" | "be" | "being"));
        // "X was kidnapped from his home and (later) killed", "were dragged from their homes
        // and executed": a participle coordinated with an earlier passive shares its subject.
        // "Three officers were shot from behind and died in an ambush" too.
        if !has_aux
            && matches!(verb, Verb::Participle | Verb::Intransitive | Verb::Dead)
            && j > 0
            && (toks[j - 1].text == "and"
                // "was rushed to a hospital but pronounced dead".
                || toks[j - 1].text == "but" && verb == Verb::Dead)
        {
            let object_follows = quantity_at(toks, after).is_some()
                || toks.get(after).is_some_and(|t| {
                    matches!(
                        t.text,
                        "him" | "her" | "them" | "the" | "a" | "an" | "his" | "their" | "its"
                    )
                });
            if !object_follows {
                if let Some(a) = shared_passive_aux(toks, j - 1) {
                    aux_sing |= matches!(toks[a].text, "was" | "is" | "has");
                    aux_plur |= matches!(toks[a].text, "were" | "are" | "have");
                    has_aux = true;
                    j = a;
                }
            }
        }
        let start_b = toks[i].start;
        let end_b = toks[after - 1].end;
        let mut handled = false;
        if has_aux || verb == Verb::Intransitive {
            // "had been" / "have been" leave the number open: "the judge and the colonel had
            // been murdered" coordinates like a plural.
            let neutral_aux = !aux_sing && j < i && toks[j..i].iter().any(|t| t.text == "had");
            let subj = subject_count(
                toks,
                j,
                aux_plur || neutral_aux || verb == Verb::Intransitive && !aux_sing,
            );
            let mut also = also || subj.others;
            // "was killed along with his driver"
            let mut extra = 0;
            // "was killed, along with ...", "was killed in the attack along with his driver".
            // The place and time may come between: "was killed at 0815 (1415 GMT) near his home
            // in San Salvador, along with two of his bodyguards".
            let aw = (after..toks.len().min(after + 14))
                .take_while(|&q| !matches!(toks[q].text, "." | ";" | ":" | "\""))
                .find(|&q| toks[q].text == "along")
                .filter(|&q| {
                    !toks[after..q]
                        .iter()
                        .any(|t| matches!(t.text, "and" | "but" | "while" | "when"))
                })
                .unwrap_or(after);
            if toks.get(aw).is_some_and(|t| t.text == "along")
                && toks.get(aw + 1).is_some_and(|t| t.text == "with")
            {
                let (v, _, _) = object_count(toks, aw + 2, true, orig);
                extra = v.unwrap_or(0);
            }
            let along = extra;
            // "The driver was killed, as were three police officers".
            // A short phrase may come between ("was killed in the blast, as were ...").
            let as_were = (after..toks.len().min(after + 7))
                .take_while(|&q| !matches!(toks[q].text, "and" | "but" | "." | ";" | "while"))
                .find(|&q| {
                    toks[q].text == "as"
                        && toks
                            .get(q + 1)
                            .is_some_and(|t| matches!(t.text, "was" | "were"))
                });
            if let Some(q) = as_were {
                match object_count(toks, q + 2, true, orig) {
                    // "... as were six guerrillas": the attackers killed, counted as such.
                    (Some(v), true, end) => push(
                        out,
                        Kind::Count,
                        v,
                        true,
                        true,
                        si,
                        toks[q].start,
                        end,
                        "as_were_attackers",
                    ),
                    (v, _, _) => extra = v.unwrap_or(0),
                }
            }
            if subj.no_one {
                push(
                    out,
                    Kind::Zero,
                    0,
                    false,
                    false,
                    si,
                    subj.first.min(start_b),
                    end_b,
                    "no_one_killed",
                );
                handled = true;
            } else if let Some(mut v) = subj.sum {
                // "X, a member of the party and a member of the council, was killed": a
                // singular verb agrees with one person, however many phrases describe him.
                if aux_sing
                    && !aux_plur
                    && v > 1
                    && !toks[..j]
                        .iter()
                        .rev()
                        .take_while(|t| t.start >= subj.first)
                        .any(|t| {
                            number_token_like(t.text) || matches!(t.text, "both" | "one" | "couple")
                        })
                {
                    v = 1;
                }
                // "The gunman and a young man died": the attackers apart from the victims.
                let part = if v > subj.attacker_part {
                    subj.attacker_part
                } else {
                    0
                };
                push(
                    out,
                    Kind::Count,
                    v - part + extra,
                    subj.attackers && extra == 0,
                    also,
                    si,
                    subj.first.min(start_b),
                    end_b,
                    "killed_clause",
                );
                if along > 0 && v == 1 {
                    out.last_mut().expect("pushed").widens_from = 1;
                }
                if part > 0 {
                    push(
                        out,
                        Kind::Count,
                        part,
                        true,
                        also,
                        si,
                        subj.first.min(start_b),
                        end_b,
                        "killed_clause_attackers",
                    );
                }
                handled = true;
            } else if aux_sing || (verb == Verb::Intransitive && singular_subject(toks, j, orig)) {
                if verb == Verb::Dead && !aux_sing {
                    also = false;
                }
                push(
                    out,
                    Kind::Count,
                    1 + extra,
                    subj.attackers && extra == 0,
                    also,
                    si,
                    subj.first.min(start_b),
                    end_b,
                    "single_victim",
                );
                if along > 0 {
                    out.last_mut().expect("pushed").widens_from = 1;
                }
                handled = true;
            } else if has_aux {
                handled = true;
            }
        }
        if !handled && matches!(verb, Verb::Participle | Verb::Active) {
            // Active: "killing 12 people", "killed two policemen and a civilian", "killed the mayor".
            // Headline present tense ("Gunmen kill 141") needs a number.
            let (v, att, e, part) = object_count_split(toks, after, toks[i].text != "kill", orig);
            // "killing himself and three others": the attackers apart from the victims, so a
            // "blew himself up" before is the same death.
            if let Some(v) = v {
                let own = reflexive_count(toks, after).filter(|&n| v > n);
                let (v, att) = match own {
                    Some(n) => {
                        let self_end = toks[after].end;
                        push(
                            out,
                            Kind::Count,
                            n,
                            true,
                            false,
                            si,
                            start_b,
                            self_end,
                            "killing_self",
                        );
                        (v - n, false)
                    }
                    None => (v, att),
                };
                // "killed two soldiers and the bomber": the attackers apart from the victims.
                let part = if own.is_none() && v > part { part } else { 0 };
                push(
                    out,
                    Kind::Count,
                    v - part,
                    att,
                    false,
                    si,
                    start_b,
                    e.max(end_b),
                    "killing_object",
                );
                if part > 0 {
                    push(
                        out,
                        Kind::Count,
                        part,
                        true,
                        false,
                        si,
                        start_b,
                        e.max(end_b),
                        "killing_object_attackers",
                    );
                }
                handled = true;
            }
        }
        if !handled && matches!(verb, Verb::Participle | Verb::Active) {
            // "opened fire on a vehicle carrying five policemen, killing them", "beheading both
            // of them": the pronoun's count is its antecedent's, earlier in the sentence.
            let w = |k: usize| toks.get(k).map_or("", |t| t.text);
            let (len, both) = match (w(after), w(after + 1), w(after + 2)) {
                ("them", "both", _) => (2, true),
                ("them", _, _) => (1, false),
                ("all", "of", "them") => (3, false),
                ("both", "of", "them") => (3, true),
                _ => (0, false),
            };
            let antecedent = if both {
                Some((2, false))
            } else if len > 0 {
                counted_antecedent(toks, i)
                    .map(|(k, e, _, v)| (v, is_attacker(&toks[k..(e + 4).min(i)])))
            } else {
                None
            };
            if let Some((v, att)) = antecedent {
                // "dragged two other officers from their homes and killed them" adds.
                let other = toks[..i]
                    .iter()
                    .rev()
                    .take(12)
                    .any(|t| matches!(t.text, "other" | "more" | "another"));
                push(
                    out,
                    Kind::Count,
                    v,
                    att,
                    other,
                    si,
                    start_b,
                    toks[after + len - 1].end,
                    "killing_them",
                );
                handled = true;
            }
        }
        if !handled && matches!(verb, Verb::Participle | Verb::Active) && toks[i].text != "kill" {
            // "gunmen killed Samir Muhammad Khamis, a teacher": one named person (mixed case
            // only; the name may end in -s).
            if let Some(e) = orig.and_then(|o| personal_name_at(toks, after, o)) {
                push(
                    out,
                    Kind::Count,
                    1,
                    false,
                    false,
                    si,
                    start_b,
                    toks[e - 1].end,
                    "killing_name",
                );
                handled = true;
            }
        }
        if !handled && matches!(verb, Verb::Participle | Verb::Dead) {
            // Post-nominal: "five people killed", "left 12 dead"; a reduced passive of one
            // ("A lawyer killed in a shooting", "... was wounded and one of the drivers killed").
            if let Some((v, att, first)) = prenominal(toks, i).or_else(|| {
                (verb == Verb::Participle)
                    .then(|| reduced_passive_one(toks, i))
                    .flatten()
            }) {
                push(
                    out,
                    Kind::Count,
                    v,
                    att,
                    also,
                    si,
                    first,
                    end_b,
                    "killed_np",
                );
            }
        }
        i = after;
    }
    // "suicide bomber", "suicide bombing", "suicide attack": a bomber died (used when no attacker
    // death is counted). Only the first sentences of a story are read for it.
    if si < 3 {
        if let Some(k) = (0..n).find(|&k| {
            toks[k].text == "suicide"
                && toks.get(k + 1).is_some_and(|t| {
                    matches!(
                        t.text,
                        "bomber"
                            | "bombing"
                            | "attack"
                            | "car"
                            | "truck"
                            | "blast"
                            | "explosion"
                            | "attacker"
                            | "vest"
                    )
                })
        }) {
            push(
                out,
                Kind::Marker,
                1,
                true,
                false,
                si,
                toks[k].start,
                toks[k + 1].end,
                "suicide_attack",
            );
        }
    }
    // "blew himself up" / "the bomber died": one attacker.
    for k in 0..n {
        // "Three gunmen stormed the post, killing two guards before they were shot dead" /
        // "before being killed": the attackers counted before it died (the "they" is theirs,
        // not the victims'; uncounted attackers give no number).
        if matches!(toks[k].text, "before" | "until") {
            let rest: Vec<&str> = toks[k + 1..n.min(k + 6)].iter().map(|t| t.text).collect();
            let died = match rest.as_slice() {
                ["they", "were" | "had", ..] | ["being", ..] => {
                    let p = rest.iter().position(|w| matches!(*w, "were" | "being"));
                    p.is_some_and(|p| {
                        matches!(
                            rest.get(p + 1..).unwrap_or(&[]),
                            ["killed" | "gunned", ..]
                                | ["shot", "dead" | "to", ..]
                                | ["been", "killed", ..]
                        )
                    })
                }
                _ => false,
            };
            // "... before being shot to death himself": the one attacker.
            let himself = toks[k + 1..n.min(k + 8)]
                .iter()
                .any(|t| matches!(t.text, "himself" | "herself"));
            if let Some((v, _)) = died
                .then(|| {
                    (k.saturating_sub(40)..k)
                        .filter_map(|j| quantity_at(toks, j).map(|q| (j, q)))
                        .find(|&(j, (_, a))| is_attacker(&toks[j..(a + 2).min(k).max(j + 1)]))
                        .map(|(_, q)| q)
                        .or(himself.then_some((1, k)))
                })
                .flatten()
            {
                push(
                    out,
                    Kind::Count,
                    v,
                    true,
                    false,
                    si,
                    toks[k].start,
                    toks[(k + 4).min(n - 1)].end,
                    "attackers_killed_after",
                );
            }
        }
        if toks[k].text == "blew"
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.text, "himself" | "herself"))
        {
            // Not additive: "two attackers were killed ... one of them blew himself up" is
            // the same death; an attacker count after it adds through its own "also".
            push(
                out,
                Kind::Count,
                1,
                true,
                false,
                si,
                toks[k].start,
                toks[k + 1].end,
                "blew_himself_up",
            );
        }
    }
}

/// The passive auxiliary ("was", "were", "had been") of an earlier participle in the same clause,
/// searched leftwards from the "and" at `and`: `aux was/were + participle ... and`. Stops at a
/// clause boundary. Returns the auxiliary's index.
fn shared_passive_aux(toks: &[Tok], and: usize) -> Option<usize> {
    let lo = and.saturating_sub(30);
    let mut k = and;
    while k > lo {
        k -= 1;
        let w = toks[k].text;
        if matches!(
            w,
            "." | ";"
                | ":"
                | "when"
                | "while"
                | "who"
                | "which"
                | "that"
                | "because"
                | "but"
                | "after"
                | "before"
                | "where"
                | "said"
                | "and"
        ) && k + 1 < and
        {
            // Another "and" may join participles ("forced out, beaten and killed").
            if w == "and" {
                continue;
            }
            return None;
        }
        if matches!(w, "was" | "were" | "is" | "are") || w == "been" {
            let mut p = k + 1;
            while toks.get(p).is_some_and(|t| ADVERBS.contains(&t.text)) {
                p += 1;
            }
            let part = toks.get(p)?.text;
            let participle = (part.len() > 3 && part.ends_with("ed"))
                || matches!(
                    part,
                    "taken" | "shot" | "beaten" | "held" | "stabbed" | "hit" | "seized" | "driven"
                );
            if !participle || p >= and {
                return None;
            }
            let a = if w == "been" && k > 0 && matches!(toks[k - 1].text, "had" | "have" | "has") {
                k - 1
            } else {
                k
            };
            return Some(a);
        }
    }
    None
}

/// A person's name at token `i` of a mixed-case text: two to four capitalised words (not
/// acronyms, not plural group nouns) followed by a clause boundary. Returns the end token.
fn personal_name_at(toks: &[Tok], i: usize, orig: &str) -> Option<usize> {
    let k = capitalised_name(toks, i, orig)?;
    let boundary = toks.get(k).is_none_or(|t| {
        matches!(
            t.text,
            "," | "."
                | "in"
                | "on"
                | "at"
                | "as"
                | "who"
                | "when"
                | "while"
                | "outside"
                | "near"
                | "after"
                | ";"
                | "and"
                | "from"
        )
    });
    boundary.then_some(k)
}

/// The "of" after the death noun at `i` that introduces its victims: right after it, after a
/// translator's bracket ("THE MASSACRE [OF SIX JESUIT PRIESTS]") or after a short date
/// ("the assassination on 22 March of the mayor", "the murder last week of two nuns").
fn nominal_of(toks: &[Tok], i: usize) -> Option<usize> {
    let next = toks.get(i + 1)?.text;
    if next == "of" {
        return Some(i + 1);
    }
    if next == "[" {
        return toks.get(i + 2).filter(|t| t.text == "of").map(|_| i + 2);
    }
    if !matches!(next, "on" | "in" | "last") {
        return None;
    }
    let datey = |w: &str| {
        month_word(w)
            || number_token_like(w)
            || matches!(
                w,
                "last" | "week" | "month" | "year" | "night" | "early" | "late" | "mid"
            )
            || super::dates::weekday_of(w).is_some()
    };
    (i + 2..toks.len().min(i + 6))
        .find(|&j| toks[j].text == "of")
        .filter(|&j| j > i + 2 && toks[i + 2..j].iter().all(|t| datey(t.text)))
}

/// The number of bare names (one to four words each, no article, possessive or count) joined
/// by commas and a final "and" from token `i` up to a closing comma, full stop or preposition,
/// and the token that closes them: "Roberto Navas and Mauricio Pineda, in" → 2.
fn names_apposition(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let mut n = 0u32;
    let mut k = i;
    let mut saw_and = false;
    loop {
        let start = k;
        while k < toks.len()
            && k < start + 4
            && toks[k].is_word()
            && !OBJ_STOP.contains(&toks[k].text)
            && !matches!(toks[k].text, "and" | "of")
        {
            k += 1;
        }
        if k == start
            || matches!(
                toks[start].text,
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "one" | "both" | "all"
            )
            || quantity_at(toks, start).is_some()
        {
            return None;
        }
        n += 1;
        match toks.get(k).map(|t| t.text) {
            Some("and") if !saw_and => {
                saw_and = true;
                k += 1;
            }
            Some(",") if !saw_and && toks.get(k + 1).is_some_and(|t| t.text != "and") => k += 1,
            Some(",") if !saw_and => {
                saw_and = true;
                k += 2;
            }
            None | Some("," | "." | ";" | ")") if saw_and => return Some((n, k)),
            Some(w) if saw_and && OBJ_STOP.contains(&w) => return Some((n, k)),
            _ => return None,
        }
    }
}

/// Two to four capitalised words at token `i` of a mixed-case text, not acronyms and not
/// plural group nouns ("Guillermo Rojas", not "Shining Path Guerrillas"). Returns the end token.
fn capitalised_name(toks: &[Tok], i: usize, orig: &str) -> Option<usize> {
    let ob = orig.as_bytes();
    let mut k = i;
    while k < toks.len() && k < i + 4 {
        let t = &toks[k];
        let first = ob.get(t.start).copied().unwrap_or(b'a');
        let word = &orig[t.start..t.end];
        let all_caps = word.len() > 1 && !word.bytes().any(|b| b.is_ascii_lowercase());
        if !t.is_word() || !first.is_ascii_uppercase() || all_caps {
            break;
        }
        k += 1;
    }
    if k < i + 2 {
        return None;
    }
    let plural_noun = toks[i..k].iter().any(|t| {
        let w = t.text;
        [
            "ans", "ers", "ists", "ites", "ees", "ies", "ards", "ins", "ons", "ese", "ards",
        ]
        .iter()
        .any(|x| w.ends_with(x))
            || matches!(w, "police" | "forces" | "troops" | "army" | "the" | "of")
    });
    (!plural_noun).then_some(k)
}

/// A count right before token `i` ("five people killed", "12 dead", "three bodies"): numeric or
/// a number word, at most four words before `i`.
fn prenominal(toks: &[Tok], i: usize) -> Option<(u32, bool, usize)> {
    for k in i.saturating_sub(5)..i {
        if matches!(toks[k].text, "a" | "an") || (k > 0 && month_word(toks[k - 1].text)) {
            continue;
        }
        if let Some((v, e)) = quantity_at(toks, k) {
            if e <= i
                && toks[e..i]
                    .iter()
                    .all(|t| t.is_word() && !matches!(t.text, "and" | "of" | "were" | "was" | "in"))
            {
                let seg = &toks[k..i];
                return Some((v, is_attacker(seg), toks[k].start));
            }
        }
    }
    None
}

/// The last counted plural noun phrase (two or more) before `before`: "a vehicle carrying five
/// civilians, all of whom ...", "... five policemen, killing them". Returns `(first token, token
/// after the number, head noun, count)`.
fn counted_antecedent(toks: &[Tok], before: usize) -> Option<(usize, usize, usize, u32)> {
    // Within forty tokens: an unbounded look back per pronoun is quadratic in a giant sentence.
    (before.saturating_sub(40)..before).rev().find_map(|k| {
        let (v, e) = quantity_at(toks, k).filter(|q| q.0 >= 2)?;
        let h = (e..toks.len().min(e + 4).min(before))
            .take_while(|&x| toks[x].is_word())
            .find(|&x| plural_noun(toks[x].text))?;
        Some((k, e, h, v))
    })
}

/// One person before a participle with no auxiliary, opening the sentence or a clause after
/// "and": "A lawyer killed in a drive-by shooting", "and one of the drivers killed". Nothing
/// may follow the participle but a preposition or the end of the clause.
fn reduced_passive_one(toks: &[Tok], i: usize) -> Option<(u32, bool, usize)> {
    let next_ok = toks.get(i + 1).is_none_or(|t| {
        matches!(
            t.text,
            "in" | "on" | "at" | "by" | "when" | "while" | "during" | "near" | "." | "," | ";"
        )
    });
    if !next_ok {
        return None;
    }
    let k = (i.saturating_sub(5)..i).find(|&k| {
        (k == 0 || matches!(toks[k - 1].text, "and" | ";"))
            && (matches!(toks[k].text, "a" | "an")
                || toks[k].text == "one" && toks.get(k + 1).is_some_and(|t| t.text == "of"))
    })?;
    let seg = &toks[k..i];
    let words_only = seg.iter().all(|t| t.is_word())
        && !seg[1..].iter().any(|t| {
            matches!(t.text, "and" | "was" | "were" | "is" | "who" | "that")
                || NOT_PEOPLE.contains(&t.text)
        });
    let head = seg.last()?.text;
    (words_only && (toks[k].text == "one" || !head.ends_with('s') || head.ends_with("ss")))
        .then(|| (1, is_attacker(seg), toks[k].start))
}

fn singular_subject(toks: &[Tok], end: usize, orig: Option<&str>) -> bool {
    if end == 0 {
        return false;
    }
    let w = toks[end - 1].text;
    if matches!(w, "he" | "she") {
        return true;
    }
    // "Luis Carlos Galan, senator and presidential hopeful, died": an apposition between
    // commas describes the one person before it.
    if w == "," && end >= 3 {
        let lo = end.saturating_sub(14);
        if let Some(c) = (lo..end - 1).rev().find(|&k| toks[k].text == ",") {
            let aside = &toks[c + 1..end - 1];
            if !aside.is_empty()
                && aside.iter().all(|t| {
                    t.is_word() && !number_token_like(t.text) && !SUBJ_STOP.contains(&t.text)
                        || t.text == "and"
                })
                && !aside
                    .iter()
                    .any(|t| matches!(t.text, "both" | "all" | "two" | "three"))
            {
                // "Guillermo Rojas, the trade union leader, died": an apposition with an
                // article and a singular head is one person, whatever his name looks like.
                let one_role = matches!(aside[0].text, "a" | "an" | "the")
                    && aside.len() >= 2
                    && !aside.iter().any(|t| t.text == "and")
                    && aside.last().is_some_and(|t| {
                        (!t.text.ends_with('s') || t.text.ends_with("ss")) && !plural_noun(t.text)
                    });
                return c > 0
                    && toks[c - 1].text != ","
                    && (one_role && toks[c - 1].is_word() || singular_subject(toks, c, orig));
            }
        }
        return false;
    }
    if !toks[end - 1].is_word()
        || matches!(
            w,
            "they"
                | "people"
                | "police"
                | "children"
                | "men"
                | "women"
                | "who"
                | "which"
                | "that"
                | "others"
                | "many"
                | "some"
                | "dozens"
                | "hundreds"
                | "thousands"
                | "scores"
        )
    {
        return false;
    }
    if (!w.ends_with('s') || w.ends_with("ss")) && !SUBJ_STOP.contains(&w) {
        return true;
    }
    // "Guillermo Rojas died": a personal name, in mixed-case text, whatever its last letter.
    if let Some(o) = orig {
        let start =
            (end.saturating_sub(4)..end).find(|&k| capitalised_name(toks, k, o) == Some(end));
        if start.is_some_and(|k| {
            k == 0
                || !(number_token_like(toks[k - 1].text)
                    || matches!(toks[k - 1].text, "the" | "a" | "an" | "two" | "both"))
        }) {
            return true;
        }
    }
    // "Inspector Eulogio Flores died": a title before a name ending in "s".
    (end.saturating_sub(4)..end - 1).rev().any(|k| {
        TITLES.contains(&toks[k].text)
            && toks[k + 1..end]
                .iter()
                .all(|t| t.is_word() && !SUBJ_STOP.contains(&t.text))
            && (k == 0 || !number_token_like(toks[k - 1].text))
    })
}

/// Titles before a personal name.
/// Roles a person holds "of" something: after a bare "and" they describe the person before
/// ("a social worker and leader of the party"), not another victim.
/// A role "of" something at `i`, after up to three modifiers (and, with `det`, determiners):
/// "leader of", "former member of", "the former spokesman of", "legal director of". Returns the
/// index of "of".
fn role_of_at(toks: &[Tok], i: usize, det: bool) -> Option<usize> {
    (i..toks.len().min(i + 4))
        .take_while(|&r| {
            let t = toks[r].text;
            toks[r].is_word()
                && !number_token_like(t)
                && !matches!(t, "and" | "or" | "his" | "her" | "their")
                && (det || !matches!(t, "the" | "a" | "an"))
        })
        .find(|&r| {
            ROLE_NOUNS.contains(&toks[r].text) && toks.get(r + 1).is_some_and(|t| t.text == "of")
        })
        .map(|r| r + 1)
}

const ROLE_NOUNS: &[&str] = &[
    "chief",
    "leader",
    "head",
    "director",
    "member",
    "founder",
    "editor",
    "owner",
    "president",
    "secretary",
    "commander",
    "spokesman",
    "chairman",
    "coordinator",
    "principal",
    "manager",
    "treasurer",
    "mayor",
    "governor",
    "vice",
    "deputy",
];

/// Whether a lowercase word is one of [`GIVEN_NAMES`].
fn given_name(w: &str) -> bool {
    GIVEN_NAMES.binary_search(&w).is_ok()
}

/// Common given names (Spanish, Portuguese, English, Arabic): in an upper-case text, where
/// capitals do not mark names, a phrase opening with one names a person ("DANILO BARILLAS"),
/// whatever its last letter. Words that are also common nouns or places (Angel, Cruz,
/// Mercedes, Salvador) are left out.
const GIVEN_NAMES: &[&str] = &[
    "abdul",
    "abdullah",
    "adolfo",
    "adriana",
    "agustin",
    "ahmad",
    "ahmed",
    "alberto",
    "alejandro",
    "alfonso",
    "alfredo",
    "ali",
    "alicia",
    "alonso",
    "alvaro",
    "amilcar",
    "ana",
    "andres",
    "anibal",
    "antonio",
    "armando",
    "arturo",
    "augusto",
    "beatriz",
    "benjamin",
    "bernardo",
    "blanca",
    "camilo",
    "carlos",
    "carmen",
    "cesar",
    "charles",
    "claudia",
    "daniel",
    "danilo",
    "david",
    "diego",
    "domingo",
    "edgar",
    "edgardo",
    "eduardo",
    "efrain",
    "elena",
    "elias",
    "elizabeth",
    "emilio",
    "enrique",
    "ernesto",
    "esteban",
    "eugenio",
    "fabio",
    "fausto",
    "federico",
    "felipe",
    "fernando",
    "fidel",
    "francisco",
    "gabriel",
    "george",
    "gerardo",
    "german",
    "gilberto",
    "gloria",
    "gonzalo",
    "gregorio",
    "guillermo",
    "gustavo",
    "hector",
    "herbert",
    "heriberto",
    "hernan",
    "hernando",
    "hilda",
    "hugo",
    "humberto",
    "ignacio",
    "irma",
    "isabel",
    "ismael",
    "jacinto",
    "jaime",
    "james",
    "javier",
    "john",
    "jorge",
    "jose",
    "josefina",
    "joseph",
    "juan",
    "julia",
    "julio",
    "leonardo",
    "leonel",
    "lidia",
    "lorena",
    "lorenzo",
    "lucia",
    "luis",
    "manuel",
    "marcelo",
    "marco",
    "marcos",
    "margarita",
    "maria",
    "mariano",
    "mario",
    "marta",
    "martha",
    "mauricio",
    "michael",
    "miguel",
    "mireya",
    "mohamed",
    "mohammad",
    "mohammed",
    "muhammad",
    "napoleon",
    "nelson",
    "nestor",
    "nicolas",
    "norma",
    "octavio",
    "olga",
    "omar",
    "orlando",
    "oscar",
    "osvaldo",
    "pablo",
    "patricia",
    "paul",
    "pedro",
    "peter",
    "rafael",
    "ramiro",
    "ramon",
    "raquel",
    "raul",
    "reinaldo",
    "rene",
    "ricardo",
    "richard",
    "rigoberto",
    "roberto",
    "rodolfo",
    "rodrigo",
    "rogelio",
    "rolando",
    "rosario",
    "ruben",
    "salomon",
    "samuel",
    "santiago",
    "saul",
    "sergio",
    "silvia",
    "sonia",
    "susana",
    "teofilo",
    "teresa",
    "thomas",
    "tomas",
    "ulises",
    "valentin",
    "vicente",
    "victor",
    "virgilio",
    "wilfredo",
    "william",
    "yolanda",
];

const TITLES: &[&str] = &[
    "attorney",
    "lawyer",
    "mr",
    "mrs",
    "ms",
    "dr",
    "inspector",
    "journalist",
    "senator",
    "judge",
    "magistrate",
    "mayor",
    "colonel",
    "col",
    "general",
    "gen",
    "captain",
    "capt",
    "lieutenant",
    "lt",
    "sergeant",
    "sgt",
    "major",
    "commander",
    "father",
    "priest",
    "bishop",
    "msgr",
    "monsignor",
    "minister",
    "governor",
    "deputy",
    "congressman",
    "councilman",
    "councillor",
    "ambassador",
    "professor",
    "sheikh",
    "reverend",
    "rev",
];

#[allow(clippy::too_many_arguments)]
fn push(
    out: &mut Vec<Mention>,
    kind: Kind,
    value: u32,
    attackers: bool,
    also: bool,
    sent: usize,
    start: usize,
    end: usize,
    rule: &'static str,
) {
    out.push(Mention {
        kind,
        value,
        attackers,
        also,
        background: false,
        sent,
        start,
        end,
        rule,
        title: false,
        widens_from: 0,
    });
}

/// "21 people had died, a figure that includes all nine attackers", "21 were killed, including
/// the nine gunmen", "leaving 16 people dead, six of them attackers": the attackers counted
/// inside a toll of this sentence (from `from` in `out`) are split off it, so that the total
/// stays and the victims are the rest.
fn included_attackers(toks: &[Tok], out: &mut Vec<Mention>, from: usize) {
    let mut extra = Vec::new();
    for m in out[from..].iter_mut() {
        if m.kind != Kind::Count || m.attackers || m.value < 2 {
            continue;
        }
        // (By binary search: a scan per mention is quadratic in a giant sentence.)
        let j = toks.partition_point(|t| t.start < m.end);
        if j >= toks.len() {
            continue;
        }
        let at = |q: usize, words: &[&str]| toks.get(q).is_some_and(|t| words.contains(&t.text));
        let mut q = j;
        while at(q, &[",", "a", "figure", "total", "that", "which"]) {
            q += 1;
        }
        // (count, first token, last token) of the attackers.
        let found = if at(q, &["including", "includes", "included"]) {
            q += 1;
            while at(q, &["all", "the"]) {
                q += 1;
            }
            // "including the (suicide) bomber": one.
            let single = (q..toks.len().min(q + 2)).find(|&h| {
                at(
                    h,
                    &["bomber", "attacker", "gunman", "assailant", "hijacker"],
                )
            });
            quantity_at(toks, q)
                .or(single.map(|h| (1, h)))
                .filter(|&(_, e)| {
                    toks[e..toks.len().min(e + 3)]
                        .iter()
                        .take_while(|t| t.is_word())
                        .any(|t| ATTACKERS.contains(&t.text))
                })
                .map(|(a, e)| (a, q, e))
        } else {
            // "six of them attackers".
            quantity_at(toks, q)
                .filter(|&(_, e)| {
                    at(e, &["of"])
                        && at(e + 1, &["them"])
                        && toks.get(e + 2).is_some_and(|t| {
                            ATTACKERS.contains(&t.text) || FIGHTERS.contains(&t.text)
                        })
                })
                .map(|(a, e)| (a, q, e + 2))
        };
        if let Some((a, first, last)) = found.filter(|&(a, ..)| a < m.value) {
            m.value -= a;
            let mut att = m.clone();
            att.value = a;
            att.attackers = true;
            att.rule = "included_attackers";
            att.start = toks[first].start;
            att.end = toks[last.min(toks.len() - 1)].end;
            extra.push(att);
        }
    }
    out.extend(extra);
}

/// The most people one attack is read to have killed; a larger count is a war's total.
const MAX_ATTACK_TOLL: u32 = 5_000;

/// Whether "a suicide bomber" adds an attacker's death the text does not count. RAND's counts
/// mostly leave the bomber out unless the text says he died, so this is off.
const IMPLIED_BOMBER: bool = false;

/// Combines the mentions into `(deaths, attackers, evidence for deaths, evidence for attackers)`.
/// Whether mention `b` names again a victim of mention `a`: a word of five letters or more of
/// `a` other than the act's noun ("the murder of Oqueli" ... "the murder of Dr Oqueli and his
/// companion").
fn names_again(lower: &str, a: &Mention, b: &Mention) -> bool {
    let words = |m: &Mention| -> Vec<&str> {
        lower
            .get(m.start..m.end)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 5 && !TRIGGER_NOUNS.contains(w))
            .collect()
    };
    let later = words(b);
    words(a).iter().any(|w| later.contains(w))
}

/// The act's nouns, shared by any two mentions of killings.
const TRIGGER_NOUNS: &[&str] = &[
    "murder",
    "murders",
    "massacre",
    "killing",
    "killings",
    "assassination",
    "deaths",
    "death",
];

fn combine<'m>(
    ms: &'m [Mention],
    lower: &str,
) -> (
    Option<u32>,
    Option<u32>,
    Option<&'m Mention>,
    Option<&'m Mention>,
) {
    let says_also = |m: &Mention| {
        lower
            .get(m.start..m.end)
            .is_some_and(|t| t.split(|c: char| !c.is_alphanumeric()).any(|w| w == "also"))
    };
    let mut victims: Option<u32> = None;
    let mut attackers: u32 = 0;
    let mut main: Option<&Mention> = None;
    let mut att_m: Option<&Mention> = None;
    let mut zero: Option<&Mention> = None;
    let mut weak: Option<&Mention> = None;
    let mut update: Option<&Mention> = None;
    for m in ms.iter().filter(|m| !m.background) {
        match m.kind {
            Kind::Zero => zero = zero.or(Some(m)),
            Kind::Weak => match weak {
                None => weak = Some(m),
                // "the massacre of the six Jesuit priests ... the murder of the six Jesuit
                // priests and the two maids": the later list names the same six and more.
                Some(w)
                    if !w.attackers
                        && !m.attackers
                        && m.widens_from == w.value
                        && names_again(lower, w, m) =>
                {
                    weak = Some(m)
                }
                Some(_) => {}
            },
            Kind::Marker => {}
            Kind::Update => update = update.or(Some(m)),
            Kind::Count if m.attackers => {
                if att_m.is_none() || m.also {
                    attackers += m.value;
                    att_m = att_m.or(Some(m));
                }
            }
            Kind::Count => match main {
                None => {
                    main = Some(m);
                    victims = Some(m.value);
                    // "denounced the assassination of the minister in an attack in which his
                    // bodyguard and driver were also killed": "also" adds to the victim named
                    // before it, in its sentence or the one before; the word "also" reaches
                    // one sentence further ("Two of the minister's bodyguards were also
                    // killed"), "another" does not ("Another advisor was recently killed").
                    if let Some(w) = weak.filter(|w| {
                        m.also
                            && !w.attackers
                            && (w.sent + 1 >= m.sent || w.sent + 2 == m.sent && says_also(m))
                            && w.start < m.start
                    }) {
                        victims = Some(w.value + m.value);
                    }
                }
                Some(first) => {
                    if m.also {
                        victims = Some(victims.unwrap_or(0) + m.value);
                    } else if m.widens_from == 1
                        && first.value == 1
                        && victims == Some(1)
                        && m.value > 1
                    {
                        // "X was assassinated. X was killed along with his son and a guest."
                        victims = Some(m.value);
                        main = Some(m);
                    }
                }
            },
        }
    }
    if let Some(u) = update {
        // A toll update counts the victims unless it says it includes the attackers.
        victims = Some(if u.attackers {
            u.value.saturating_sub(attackers)
        } else {
            u.value
        });
        main = Some(u);
    }
    if victims.is_none() && attackers > 0 {
        victims = Some(0);
        main = att_m;
    }
    if victims.is_none() {
        if let Some(w) = weak {
            victims = Some(if w.attackers { 0 } else { w.value });
            if w.attackers {
                attackers = w.value;
                att_m = Some(w);
            }
            main = Some(w);
        }
    }
    // A suicide attack kills its bomber: one attacker when the text counts none.
    if IMPLIED_BOMBER && attackers == 0 && victims.is_some_and(|v| v > 0) {
        if let Some(sb) = ms
            .iter()
            .find(|m| m.rule == "suicide_attack" && !m.background)
        {
            attackers = 1;
            att_m = Some(sb);
        }
    }
    match victims {
        Some(v) => {
            let a = (attackers > 0).then_some(attackers);
            (Some(v + attackers), a, main, att_m)
        }
        None => match zero {
            Some(z) => (Some(0), None, Some(z), None),
            None => (None, None, None, None),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toll(s: &str) -> (Option<u32>, Option<u32>) {
        let doc = Doc::new(s, None);
        let mut ev = Vec::new();
        extract(&doc, &mut ev)
    }

    #[test]
    fn both_opening_a_clause_is_the_subject() {
        assert_eq!(
            toll("Gunmen fired on two officers. Both were killed along with a bystander."),
            (Some(3), None)
        );
        assert_eq!(
            toll("Both were found dead near the river."),
            (Some(2), None)
        );
    }

    #[test]
    fn fatally_discovered_and_one_body() {
        assert_eq!(
            toll("A man was fatally shot by militants."),
            (Some(1), None)
        );
        assert_eq!(
            toll("An Israeli policeman was discovered dead in a field."),
            (Some(1), None)
        );
        assert_eq!(
            toll("One body was found at the site of the blast."),
            (Some(1), None)
        );
    }

    #[test]
    fn shot_with_no_one_wounded_is_weak_evidence_of_death() {
        assert_eq!(
            toll("Gunmen shot a police officer in Baqubah."),
            (Some(1), None)
        );
        assert_eq!(toll("Gunmen shot four of the teachers."), (Some(4), None));
        // A text that speaks of wounds or hospitals: the outcome is open.
        assert_eq!(
            toll("Gunmen shot a police officer. He was taken to hospital."),
            (None, None)
        );
        // A count that says killed wins over the shooting.
        assert_eq!(
            toll("Gunmen shot three guards at the gate. Two of them were killed."),
            (Some(2), None)
        );
        assert_eq!(toll("A warning shot was fired."), (None, None));
    }

    #[test]
    fn a_participial_aside_before_the_verb_is_read_past() {
        assert_eq!(
            toll(
                "Two contractors, working for a company hired by the US military for \
                 reconstruction, were killed near Tikrit."
            ),
            (Some(2), None)
        );
    }

    #[test]
    fn a_death_among_the_wounded_adds_to_the_toll() {
        assert_eq!(
            toll("Gunmen killed a man and wounded three. One of the wounded died in hospital."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Ten people were killed. Several of those wounded later died."),
            (Some(10), None)
        );
    }

    #[test]
    fn both_counts_its_pair_once_and_roles_are_one_person() {
        assert_eq!(
            toll("Gunmen shot and killed both the director and a teacher at a school."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Gunmen killed both him and his wife."),
            (Some(2), None)
        );
        assert_eq!(toll("Gunmen killed both soldiers."), (Some(2), None));
        assert_eq!(
            toll("Attackers shot and killed the deputy inspector and chief of strategy."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Gunmen killed Kandapudi Subharathnam, a social worker and leader of the party."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Gunmen killed the mayor and the chief of police."),
            (Some(2), None)
        );
    }

    #[test]
    fn names_spelling_out_a_count_do_not_add_to_it() {
        assert_eq!(
            toll("Two Buddhist monks, Pra Vichai and Novice Jepakak were killed in Yala."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Two soldiers, a policeman and a civilian were killed."),
            (Some(4), None)
        );
    }

    #[test]
    fn as_well_as_coordinates_victims() {
        assert_eq!(
            toll("A roadside bomb killed two police officers as well as a civilian."),
            (Some(3), None)
        );
        // A long description of the first victim does not hide the ones after it.
        assert_eq!(
            toll(
                "GUERRILLAS HAVE KILLED THE MAYOR OF THE SMALL TOWN OF HOSTIGAL, AS WELL AS TWO \
                 PEASANTS, THE LOCAL PRESS REPORTED TODAY."
            ),
            (Some(3), None)
        );
    }

    #[test]
    fn uncounted_plural_victims_are_at_least_one() {
        for s in [
            "THE JESUIT PRIESTS WERE KILLED IN SAN SALVADOR.",
            "Terrorists attacked the union building, killing several union leaders.",
            "The funerals of the Jesuits who were killed on 16 November took place today.",
            "The government condemned the murder of the Jesuits.",
            "The radio denounced the death of many civilians in the bombings.",
        ] {
            assert_eq!(toll(s), (Some(1), None), "{s}");
        }
        for s in [
            // Casualties, denials, claims, accusations, threats and other events.
            "Several people were killed or injured in the blast.",
            "No people were reported killed.",
            "Nor were there any reports of any killing of the officers.",
            "The Taliban claimed that several policemen were killed in the attack.",
            "He accused the government of murdering the prisoners.",
            "He received threats that the priests would be killed.",
            "Following the deaths of two leaders, the group bombed a market.",
            "Several police officers have been killed in the south in recent months.",
            // An adjective, not a verb.
            "The march was held for the murdered workers.",
        ] {
            assert_eq!(toll(s), (None, None), "{s}");
        }
        // A count wins.
        assert_eq!(
            toll("Six priests were killed. The murder of the Jesuits shocked the country."),
            (Some(6), None)
        );
    }

    #[test]
    fn also_adds_to_a_victim_named_two_sentences_before() {
        assert_eq!(
            toll(
                "The government condemned the murder of minister Antonio Porth in an attack. \
                 An adviser said his government regrets the murder. Two of the minister's \
                 bodyguards were also killed in the attack."
            ),
            (Some(3), None)
        );
    }

    #[test]
    fn left_someone_dead() {
        assert_eq!(
            toll(
                "Rebels ambushed a patrol. The attack left the officer dead and a driver wounded."
            ),
            (Some(1), None)
        );
        assert_eq!(
            toll("Gunmen fired on the guard post, leaving a policeman dead."),
            (Some(1), None)
        );
    }

    #[test]
    fn as_were_adds_victims() {
        assert_eq!(
            toll("The driver was killed in the blast, as were three police officers."),
            (Some(4), None)
        );
        assert_eq!(
            toll("Her guard was killed as was a bystander."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Two hostages were killed in the operation, as were three of the gunmen."),
            (Some(5), Some(3))
        );
    }

    #[test]
    fn attackers_killing_themselves_and_others() {
        assert_eq!(
            toll("Three suicide bombers attacked the station, killing themselves and five policemen."),
            (Some(8), Some(3))
        );
        assert_eq!(
            toll("Suicide bombers hit the mall, killing themselves and ten others."),
            (Some(12), Some(2))
        );
    }

    #[test]
    fn ages_are_not_counts() {
        assert_eq!(
            toll("Two Muslim men ages 37 and 42 were shot dead in the province."),
            (Some(2), None)
        );
    }

    #[test]
    fn apposition_then_possessive_relative() {
        assert_eq!(
            toll("Gunmen shot and killed Major General Dawud Sulayman, the police chief of the province, and his driver."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Rebels killed Gloria Borrero, the leader of a women's association, and her three escorts."),
            (Some(4), None)
        );
    }

    #[test]
    fn coordinated_victims_and_attackers() {
        assert_eq!(toll("At least one guard and a driver were killed and 4 people wounded. Three of the gunmen were also killed."), (Some(5), Some(3)));
        assert_eq!(
            toll("Six soldiers and a farmer were killed when a bomb went off."),
            (Some(7), None)
        );
    }

    #[test]
    fn number_words_and_modifiers() {
        assert_eq!(
            toll("Twenty-one workers were killed in the blast."),
            (Some(21), None)
        );
        assert_eq!(
            toll("More than a dozen villagers were massacred."),
            (Some(12), None)
        );
        assert_eq!(
            toll("NEARLY FORTY PEASANTS WERE MURDERED BY THE GROUP."),
            (Some(40), None)
        );
    }

    #[test]
    fn active_and_noun_forms() {
        assert_eq!(
            toll("A car bomb exploded near a market, killing 14 people and wounding 30."),
            (Some(14), None)
        );
        assert_eq!(
            toll("The explosion left nine dead and dozens hurt."),
            (Some(9), None)
        );
        assert_eq!(
            toll("The landslide of violence claimed 23 lives on Monday."),
            (Some(23), None)
        );
        assert_eq!(
            toll("Police found the bodies of six traders near the river."),
            (Some(6), None)
        );
        assert_eq!(
            toll("Gunmen shot dead two teachers and a student."),
            (Some(3), None)
        );
    }

    #[test]
    fn single_victims() {
        assert_eq!(
            toll("A shopkeeper was shot dead in the bazaar."),
            (Some(1), None)
        );
        assert_eq!(
            toll("THE MAYOR OF THE TOWN WAS ASSASSINATED YESTERDAY."),
            (Some(1), None)
        );
        assert_eq!(
            toll("The driver died on the way to hospital."),
            (Some(1), None)
        );
        assert_eq!(
            toll("A teacher was abducted on Monday. His body was found by a canal."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Two clerks were abducted and shot dead. His body lay in a ditch."),
            (Some(2), None)
        );
    }

    #[test]
    fn subcounts_updates_background_and_zero() {
        assert_eq!(
            toll("Eleven people, including four children, were killed."),
            (Some(11), None)
        );
        assert_eq!(
            toll("Nine people were killed in the raid. Officials said the death toll rose to 12."),
            (Some(12), None)
        );
        assert_eq!(toll("Two guards were killed. It came a month after a bombing killed 50 people in the capital."), (Some(2), None));
        // A running total over a span ("has left 2,000 dead in the past month") is not the toll.
        assert_eq!(
            toll("Fighting that has left 2,000 dead in the past month went on. Two soldiers were killed on Friday."),
            (Some(2), None)
        );
        // A fronted "after" clause ends at its comma; the main clause is the event itself.
        assert_eq!(
            toll("Two days after a car bomb killed 9 people, one officer was killed by a grenade."),
            (Some(1), None)
        );
        assert_eq!(
            toll("After the ceremony, the rebels shot and killed all 12 guests."),
            (Some(12), None)
        );
        assert_eq!(
            toll("A grenade hit the office but no one was hurt."),
            (Some(0), None)
        );
        assert_eq!(toll("The blast caused no casualties."), (Some(0), None));
        assert_eq!(
            toll("Five workers were wounded in the attack."),
            (None, None)
        );
        assert_eq!(
            toll("The rebels threatened to kill ten hostages."),
            (None, None)
        );
    }

    #[test]
    fn attackers() {
        assert_eq!(
            toll("The bomber blew himself up at the gate, killing three guards."),
            (Some(4), Some(1))
        );
        assert_eq!(
            toll("Four of the insurgents were killed in the clash."),
            (Some(4), Some(4))
        );
        // A bomber who blew himself up after an attacker count is one of those counted.
        assert_eq!(
            toll("Two of the attackers were also killed. One of them blew himself up inside."),
            (Some(2), Some(2))
        );
        assert_eq!(
            toll("A bomber blew himself up at the gate. Two other attackers were also killed."),
            (Some(3), Some(3))
        );
        // Fighters killed in a clash are not the attackers of an event by themselves.
        assert_eq!(toll("Four insurgents died in the clash."), (Some(4), None));
    }

    #[test]
    fn object_before_to_death() {
        assert_eq!(
            toll("A mob dragged two traders from a bus and beat them to death."),
            (None, None)
        );
        assert_eq!(
            toll("The men stabbed three shepherds to death near the well."),
            (Some(3), None)
        );
        assert_eq!(
            toll("Masked men stopped the car and shot the driver dead."),
            (Some(1), None)
        );
        assert_eq!(
            toll("An attacker shot him to death outside the clinic."),
            (Some(1), None)
        );
        assert_eq!(
            toll("The gang shot four of the guards to death and fled."),
            (Some(4), None)
        );
        // A passive is the death verb's own reading.
        assert_eq!(
            toll("A farmer was shot to death at his home."),
            (Some(1), None)
        );
    }

    #[test]
    fn counted_subject_with_aside() {
        assert_eq!(
            toll("Two engineers, one Dutch and the other Korean, were killed near the dam."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Three nurses working for the charity, were killed in the ambush."),
            (Some(3), None)
        );
        assert_eq!(
            toll("Two farmers, who had gone to the market, were killed by a mine."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Five observers -- two Poles and three Chileans -- were killed on the road."),
            (Some(5), None)
        );
        // The aside names more people than the count: not an aside.
        assert_eq!(
            toll("Two guards, three drivers and a cook were killed."),
            (Some(6), None)
        );
        assert_eq!(
            toll("A reporter for a Dhaka-based daily and his wife were murdered."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Both men were killed and their car was burned."),
            (Some(2), None)
        );
        // Without the closing comma it is a list of more people.
        assert_eq!(
            toll("Two soldiers, a policeman and a civilian were killed."),
            (Some(4), None)
        );
        assert_eq!(
            toll("Two soldiers, a policeman and a civilian, were killed."),
            (Some(2), None)
        );
    }

    #[test]
    fn possessive_counts_and_long_objects() {
        assert_eq!(
            toll("Gunmen killed a shopkeeper and his two sons in the village."),
            (Some(3), None)
        );
        assert_eq!(
            toll("Her three children were killed in the fire."),
            (Some(3), None)
        );
    }

    #[test]
    fn deaths_of_and_single_death_noun() {
        assert_eq!(
            toll("The ambush resulted in the deaths of five guards and the wounding of two."),
            (Some(5), None)
        );
        assert_eq!(
            toll("The raid caused the deaths of his brother and a cousin."),
            (Some(2), None)
        );
        assert_eq!(
            toll("A mine blast on the road resulted in one civilian death."),
            (Some(1), None)
        );
    }

    #[test]
    fn participles_sharing_a_passive() {
        assert_eq!(
            toll("A village elder was taken from his house by armed men and later killed."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Three teachers were dragged from a school bus and executed near the road."),
            (Some(3), None)
        );
        assert_eq!(
            toll("The driver was stopped at a checkpoint, beaten and shot dead."),
            (Some(1), None)
        );
        // An active clause with its own object is not the passive's.
        assert_eq!(
            toll("Rebels were seen near the camp and killed two guards."),
            (Some(2), None)
        );
    }

    #[test]
    fn counted_subject_with_post_modifier() {
        assert_eq!(
            toll("Two engineers employed by a Dutch firm were killed near the port."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Three clerks from the Office of Taxes and Customs were shot dead."),
            (Some(3), None)
        );
        assert_eq!(
            toll("Four men armed with rifles and wearing masks were killed by police."),
            (Some(4), None)
        );
    }

    #[test]
    fn their_bodies_count_coordinated_and_later_abductions() {
        assert_eq!(
            toll("Seven monks were kidnapped from a monastery. Their severed heads were found in May."),
            (Some(7), None)
        );
        assert_eq!(
            toll("Two clerics and three other men were arrested by men in uniforms. Their bodies were found later."),
            (Some(5), None)
        );
        assert_eq!(
            toll("Men in army uniforms broke into a wedding party in the east of the city and kidnapped nine men. Their bodies were found the next day."),
            (Some(9), None)
        );
    }

    #[test]
    fn bodies_lists_and_antecedents() {
        assert_eq!(
            toll("The bodies of the village chief and his nephew were found in a ditch."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Three engineers were abducted on the highway. Their bodies were found a week later."),
            (Some(3), None)
        );
        // The counted object of an abduction is the antecedent too.
        assert_eq!(
            toll("Gunmen kidnapped five workers from a building site. Their bodies were found later."),
            (Some(5), None)
        );
        // Without a counted antecedent nothing is guessed.
        assert_eq!(
            toll("The engineers were abducted on the highway. Their bodies were found later."),
            (None, None)
        );
    }

    #[test]
    fn names_with_a_counted_apposition() {
        assert_eq!(
            toll("Ali Khan and Omar Aziz, two local traders, were shot dead at the market."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Maria Ruiz and Ana Gil, both nurses at the clinic, were killed."),
            (Some(2), None)
        );
    }

    #[test]
    fn ages_in_object_lists() {
        assert_eq!(
            toll("Gunmen raided the farm, killing him and his 19-year-old son."),
            (Some(2), None)
        );
    }

    #[test]
    fn singular_verb_one_victim() {
        assert_eq!(
            toll("Omar Said, a member of the union and a teacher at the school was shot dead."),
            (Some(1), None)
        );
        assert_eq!(
            toll("A soldier and a civilian were killed."),
            (Some(2), None)
        );
    }

    #[test]
    fn pronouns_end_object_lists() {
        assert_eq!(
            toll("\"We mourn the deaths of two brave men, and we condemn the attack,\" the note said."),
            (Some(2), None)
        );
    }

    #[test]
    fn running_totals_and_pluperfect_pairs() {
        assert_eq!(
            toll("More than 300 people have been killed in two years of fighting. A bomb killed four soldiers on Monday."),
            (Some(4), None)
        );
        assert_eq!(
            toll("The judge and the colonel had been murdered by then."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Following the deaths of two local leaders, gunmen fired rockets at the base."),
            (None, None)
        );
        // A span with a past tense toll is the event's own.
        assert_eq!(
            toll("Six people were killed in attacks over two days."),
            (Some(6), None)
        );
    }

    #[test]
    fn toll_updates_and_lists() {
        assert_eq!(
            toll("The number of people killed in the market bombing rose to 61 on Monday, up from 40."),
            (Some(61), None)
        );
        assert_eq!(
            toll("Gunmen raided the farm, killing him, his son and a neighbour."),
            (Some(3), None)
        );
        assert_eq!(
            toll("Two clerks were abducted and shot dead."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Six villagers were injured and one was killed."),
            (Some(1), None)
        );
    }

    #[test]
    fn a_verb_before_the_toll_sets_it_however_far_its_to() {
        // The "to" closes a long "number of people killed in ..." phrase.
        assert_eq!(
            toll(
                "Police lowered the number of people killed in the bombing in the city and \
                 the shooting at a camp on the island to 76, down from 93. Police said eight \
                 people died in the city."
            ),
            (Some(76), None)
        );
        assert_eq!(
            toll("Officials put the number of dead at 60."),
            (Some(60), None)
        );
        // Not "at a camp": no toll of one.
        assert_eq!(
            toll("Police revised the number of people killed at a camp on the island."),
            (None, None)
        );
        // The total a clause about the bomber's death brings includes him.
        assert_eq!(
            toll(
                "The blast killed 13 engineers. The bomber was also killed, bringing the \
                 number of dead to 14."
            ),
            (Some(14), Some(1))
        );
    }

    #[test]
    fn a_named_victims_apposition_and_a_modified_count_after_and() {
        // "and at least 16 other people": the modifier does not end the list.
        assert_eq!(
            toll("A truck bomb exploded, killing the envoy and at least 16 other people."),
            (Some(17), None)
        );
        // The name between commas is the envoy's, not an 18th victim.
        assert_eq!(
            toll(
                "A truck bomb exploded, killing the envoy, Sergio Vieira de Mello, and at \
                 least 16 other people."
            ),
            (Some(17), None)
        );
        // "one contractor, Name, along with six of his guards".
        assert_eq!(
            toll(
                "The insurgents killed one contractor, Binkumar Gurung, along with six of his \
                 Iraqi guards."
            ),
            (Some(7), None)
        );
        // Bare nouns between commas are victims of their own.
        assert_eq!(
            toll("Gunmen killed a policeman, school guard, and a student."),
            (Some(3), None)
        );
    }

    #[test]
    fn attackers_who_die_before_the_clause_ends() {
        // "they" are the three gunmen counted before, not the guards.
        assert_eq!(
            toll("Three gunmen stormed the post, killing two guards before they were shot dead."),
            (Some(5), Some(3))
        );
        assert_eq!(
            toll("Three gunmen stormed the post, killing two guards before being killed."),
            (Some(5), Some(3))
        );
        // One attacker "himself".
        assert_eq!(
            toll("A man went on a rampage, killing two people before being shot to death himself."),
            (Some(3), Some(1))
        );
        // Uncounted attackers give no number.
        assert_eq!(
            toll("Gunmen stormed the post, killing two guards before they were shot dead."),
            (Some(2), None)
        );
    }

    #[test]
    fn a_determiner_alone_is_no_victim() {
        // "last" ends the phrase after "the": nobody is counted from it.
        assert_eq!(
            toll("Helicopters killed the last gunmen on the roof."),
            (None, None)
        );
        // An initial is not a determiner.
        assert_eq!(
            toll("Rebels stabbed to death A. Ravichandran, an activist."),
            (Some(1), None)
        );
    }

    #[test]
    fn attackers_included_in_a_toll_are_split_off_it() {
        assert_eq!(
            toll("Officials said that 21 people had died, a figure that includes all nine attackers."),
            (Some(21), Some(9))
        );
        assert_eq!(
            toll("The blast killed 12 people, including the suicide bomber."),
            (Some(12), Some(1))
        );
        assert_eq!(
            toll("Militants attacked the embassy, leaving 16 people dead, six of them attackers."),
            (Some(16), Some(6))
        );
        // Victims after "including" stay victims.
        assert_eq!(
            toll("The blast killed 12 people, including the bomber's brother."),
            (Some(12), None)
        );
    }

    #[test]
    fn an_apposition_before_the_verb_is_read_past() {
        // "The bomber, a local man, was also killed": the bomber died, an attacker.
        assert_eq!(
            toll("A bomber rammed a car into a convoy, killing 40 officers. The bomber, a local man, was also killed."),
            (Some(41), Some(1))
        );
        // "also a ..." describes whatever stands before it.
        assert_eq!(
            toll("Colonel Khadum Bressam and his brother, also a policeman, were killed."),
            (Some(2), None)
        );
        // Not past a name with an age: "45" is no count.
        assert_eq!(
            toll("Pablo Pelaez, 45, a former mayor, was murdered today by gunmen."),
            (Some(1), None)
        );
    }

    #[test]
    fn a_killers_record_in_a_relative_clause_is_background() {
        assert_eq!(
            toll("The group, which has killed 200 people, bombed a bus, killing three."),
            (Some(3), None)
        );
    }

    #[test]
    fn a_wars_total_is_no_attacks_toll() {
        // More than any attack has killed: the war's toll, not this bombing's.
        assert_eq!(
            toll("The war has killed 70,000 Salvadorans. A bomb killed two guards today."),
            (Some(2), None)
        );
        assert_eq!(
            toll("The air force murdered 70,000 Salvadorans, the commentary said."),
            (None, None)
        );
        // The deadliest attacks stay.
        assert_eq!(toll("The attacks killed 2,977 people."), (Some(2977), None));
    }

    #[test]
    fn an_age_written_apart_is_an_adjective() {
        assert_eq!(
            toll("Two women and a 7 year old boy were killed."),
            (Some(3), None)
        );
        assert_eq!(toll("Gunmen killed a 12 year old girl."), (Some(1), None));
    }

    #[test]
    fn a_named_persons_body_found_is_one_death() {
        assert_eq!(
            toll(
                "Militants abducted Hamad al-Zuwayni, a teacher. Authorities later found \
                 Al-Zuwayni's body near a police station."
            ),
            (Some(1), None)
        );
        assert_eq!(
            toll("Militants kidnapped a teacher. The next day police found the man's body."),
            (Some(1), None)
        );
        // Not the bomber's.
        assert_eq!(
            toll("The bomber's body was found near the car."),
            (None, None)
        );
    }

    #[test]
    fn killed_them_counts_the_people_of_the_sentence_before() {
        assert_eq!(
            toll("Gunmen locked eleven people inside a house. The terrorists subsequently killed them."),
            (Some(11), None)
        );
        assert_eq!(
            toll("Gunmen kidnapped two engineers on Monday. They killed them the next day."),
            (Some(2), None)
        );
    }

    #[test]
    fn a_place_between_two_names_is_no_second_victim() {
        assert_eq!(
            toll("Gunmen shot and killed a barber between the villages of Ubdaidyah and Hawdh."),
            (Some(1), None)
        );
    }

    #[test]
    fn a_saying_clause_ends_the_subject() {
        // "saying" ends the subject as "said" does: both counts before the verb are read.
        assert_eq!(
            toll(
                "The president declared the siege over, saying 61 civilians and six soldiers \
                 had died."
            ),
            (Some(67), None)
        );
    }

    #[test]
    fn perfect_active_verbs_count_their_object() {
        assert_eq!(
            toll("Terrorists have killed approximately 12 miners."),
            (Some(12), None)
        );
        assert_eq!(toll("THE REBELS HAD MURDERED THE MAYOR."), (Some(1), None));
        assert_eq!(toll("Rebels have killed Juan Perez."), (Some(1), None));
        // The passive perfect still counts its subject.
        assert_eq!(toll("Two guards have been killed."), (Some(2), None));
    }

    #[test]
    fn manner_adverbs_and_relative_clauses_in_subjects() {
        assert_eq!(
            toll("Six priests and two women were brutally murdered."),
            (Some(8), None)
        );
        assert_eq!(
            toll("SIX PRIESTS AND TWO WOMEN WHO WORKED WITH THEM WERE MURDERED."),
            (Some(8), None)
        );
        // "who" right before the verb is the verb's own clause, about its antecedent.
        assert_eq!(
            toll("The bombing avenged the seven members of the group who were killed last month."),
            (None, None)
        );
    }

    #[test]
    fn titled_names_and_appositions_are_one_person() {
        assert_eq!(
            toll("INSPECTOR EULOGIO FLORES DIED IN THE EXPLOSION."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Luis Carlos Galan, senator and presidential hopeful, died tonight."),
            (Some(1), None)
        );
    }

    #[test]
    fn spelling_variants_day_labourers_and_shot_in_a_place() {
        assert_eq!(
            toll("The former adviser was assasinated near his home."),
            (Some(1), None)
        );
        assert_eq!(
            toll("The explosion caused the martyrdom of two people."),
            (Some(2), None)
        );
        // "day" is a unit, except before labourers.
        assert_eq!(
            toll("A roadside bomb killed seven day laborers near the town."),
            (Some(7), None)
        );
        // A bare "shot in <place>" with no one wounded is a death; "shot in the leg" is not.
        assert_eq!(
            toll("A former party member was shot in Karbala."),
            (Some(1), None)
        );
        assert_eq!(
            toll("The chairman was shot in a parking lot by two men."),
            (Some(1), None)
        );
        assert_eq!(toll("A policeman was shot in the leg."), (None, None));
    }

    #[test]
    fn who_clauses_and_bodies_with_modifiers_or_names() {
        // "as" and "for" inside the subject's "who" clause do not end the subject.
        assert_eq!(
            toll(
                "Twelve police officers who worked as security guards for the company were killed."
            ),
            (Some(12), None)
        );
        assert_eq!(
            toll("His badly decomposed body was found."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Her bullet-riddled body was found two days later."),
            (Some(1), None)
        );
        // A name ending in "s" is still one body.
        assert_eq!(
            toll("The body of Jozo Molos, an emigre, was found in the woods."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Villagers found the body of Ana Reyes."),
            (Some(1), None)
        );
    }

    #[test]
    fn names_with_an_uncounted_plural_apposition() {
        assert_eq!(
            toll("Juan Perez and Pedro Gil, policemen in the town, were killed."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Ana Ruiz, Luis Gil and Pedro Sanz, teachers at the school, were shot dead."),
            (Some(3), None)
        );
        // "-men" plurals are plural heads ("two policemen, ..." after a count too).
        assert_eq!(
            toll("Two policemen, patrolling the market, were shot dead."),
            (Some(2), None)
        );
    }

    #[test]
    fn one_victim_apposition_before_a_wounding_clause() {
        assert_eq!(
            toll("The bomb went off, killing Somchai, a volunteer guard, and injuring eight."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Gunmen fired on the men, killing one, Thomas Mosley, and wounding another."),
            (Some(1), None)
        );
        // A list stays a list: a reflexive first item, or a count before "plus".
        assert_eq!(
            toll("The car exploded, killing himself, the policeman, and injuring one other."),
            (Some(2), Some(1))
        );
        // ", a former member of the party and a deputy officer": one man, "of" four words in.
        assert_eq!(
            toll("Gunmen killed Ali Hammadi, a former member of the party and a deputy officer."),
            (Some(1), None)
        );
        assert_eq!(
            toll("It led to the death of one civilian and the injury of two others."),
            (Some(1), None)
        );
    }

    #[test]
    fn a_year_after_a_date_is_not_a_count() {
        assert_eq!(
            toll("On December 2, 2009 the husband of a teacher was assassinated."),
            (Some(1), None)
        );
        assert_eq!(
            toll("On January 29, 2008 two community leaders were assassinated."),
            (Some(2), None)
        );
        assert_eq!(toll("Rebels killed 2009 people."), (Some(2009), None));
    }

    #[test]
    fn pronoun_objects_bodies_and_time_gap_clauses() {
        assert_eq!(
            toll("Gunmen fired on a car carrying five policemen in Baghdad, killing them."),
            (Some(5), None)
        );
        assert_eq!(
            toll("Police chased the four gunmen and killed them."),
            (Some(4), Some(4))
        );
        assert_eq!(
            toll("Rebels shot dead two officers. They dragged two other officers from their homes and killed them."),
            (Some(4), None)
        );
        assert_eq!(
            toll("Men kidnapped the two sons of the owner, later beheading both of them."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Rebels stormed the camp, executing three hostages."),
            (Some(3), None)
        );
        assert_eq!(
            toll("Rebels stormed the camp, executing the plan."),
            (None, None)
        );
        assert_eq!(
            toll("Authorities found three bodies of policemen in Mosul."),
            (Some(3), None)
        );
        assert_eq!(
            toll("Police recovered a body near the river."),
            (Some(1), None)
        );
        // A fronted time-gap clause ends at its comma; the main clause is the event.
        assert_eq!(
            toll("Less than a month after a bomb hit the airport, a bomb exploded, killing sixteen people."),
            (Some(16), None)
        );
        // A mid-sentence "shortly after" is not fronted: what follows is background.
        assert_eq!(
            toll("The note was released shortly after the president spoke, following fighting that left 1,000 dead."),
            (None, None)
        );
    }

    #[test]
    fn of_whom_among_the_injured_adds() {
        assert_eq!(
            toll("A bomb injured 14 people, one of whom later died of his injuries."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Gunmen killed three people and wounded five, one of whom later died."),
            (Some(4), None)
        );
        assert_eq!(
            toll("Gunmen attacked a vehicle carrying five civilians, all of whom were killed."),
            (Some(5), None)
        );
        // Among the killed it is a sub-count.
        assert_eq!(
            toll("All eight soldiers were killed, one of whom was decapitated."),
            (Some(8), None)
        );
    }

    #[test]
    fn along_with_widens_a_single_victim_counted_before() {
        assert_eq!(
            toll("The police chief was killed when gunmen entered his home. He was killed, along with his son and a guest."),
            (Some(3), None)
        );
        // Without "along with", a later single victim is the same one.
        assert_eq!(
            toll("The police chief was killed by gunmen. He was killed in his home."),
            (Some(1), None)
        );
    }

    #[test]
    fn a_second_role_in_an_apposition_is_the_same_person() {
        assert_eq!(
            toll("Gunmen killed Saadoun Radi, an electrical worker and former member of the party, in Amarah."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Gunmen killed Mohammed Shihab, a businessman and the former spokesman of a coalition."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Gunmen killed Thakir Hamid, the administrative and legal director of the department, outside his office."),
            (Some(1), None)
        );
        // Outside an apposition, "and the leader of" is a second person.
        assert_eq!(
            toll("Gunmen killed the mayor and the leader of the union."),
            (Some(2), None)
        );
    }

    #[test]
    fn bracketed_relative_clauses_and_since_a_year_are_other_events() {
        assert_eq!(
            toll("The prosecutor of the hotel bombing (which killed 37 people in 2003) was killed by gunmen."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Over one hundred journalists have been killed in Iraq since 2003."),
            (None, None)
        );
    }

    #[test]
    fn title_abbreviations_them_both_and_an_unidentified_body() {
        assert_eq!(
            toll("Two policemen, Capt. Ghazi Muhammad and his son, were killed."),
            (Some(2), None)
        );
        assert_eq!(
            toll("PHILIPPINES.  Three U.S. Naval officers were shot and killed at the base."),
            (Some(3), None)
        );
        assert_eq!(
            toll("Gunmen opened fire on the owner and his wife, killing them both."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Police recovered an unidentified body from the forest."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Villagers found a charred body in the field."),
            (Some(1), None)
        );
    }

    #[test]
    fn reduced_passives_of_one_person() {
        assert_eq!(
            toll("A lawyer killed in a drive-by shooting."),
            (Some(1), None)
        );
        assert_eq!(
            toll("A member of the staff was wounded and one of the drivers killed."),
            (Some(1), None)
        );
        // A thing before the participle is not a victim.
        assert_eq!(toll("A bomb killed in the market."), (None, None));
    }

    #[test]
    fn including_lists_along_with_subjects_and_long_names() {
        assert_eq!(
            toll("Five people, including two women, one child, and two men died."),
            (Some(5), None)
        );
        // Two items after "including": the ", and" adds its own count.
        assert_eq!(
            toll("Twenty-four policemen, including the chief of police, and eighteen civilians were killed."),
            (Some(42), None)
        );
        assert_eq!(
            toll("The district police chief, along with three others were killed by a roadside bomb."),
            (Some(4), None)
        );
        assert_eq!(
            toll("Gunmen killed former Baath party member Kanis Mohammed al-Janabi and his three sons."),
            (Some(4), None)
        );
        assert_eq!(
            toll("Gunmen shot and killed Faden al-Shemary, a policeman, and his son in Kut."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Gunmen killed Ali Khan, a teacher, and two students."),
            (Some(3), None)
        );
    }

    #[test]
    fn couples_and_along_with_after_a_phrase() {
        assert_eq!(
            toll("Insurgents gunned down a married couple working at a plantation."),
            (Some(2), None)
        );
        assert_eq!(toll("A married couple was killed."), (Some(2), None));
        assert_eq!(toll("A couple of bombs killed a man."), (Some(1), None));
        assert_eq!(
            toll("An Afghan pharmacist was killed in the attack along with his driver."),
            (Some(2), None)
        );
    }

    #[test]
    fn reported_deaths_heads_before_prepositions_and_bodies_of_pairs() {
        assert_eq!(
            toll("Eight people are known to have been killed and five injured."),
            (Some(8), None)
        );
        assert_eq!(
            toll("Two soldiers are believed to have died."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Gunmen killed the coordinator between political parties in Baqubah."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Police discovered the bodies of a Christian woman and her brother in Basra."),
            (Some(2), None)
        );
    }

    #[test]
    fn families_and_one_of_his_guards_after_an_apposition() {
        assert_eq!(
            toll("Militants killed a Muslim family of five in Kashmir."),
            (Some(5), None)
        );
        assert_eq!(toll("A family of five was killed."), (Some(5), None));
        assert_eq!(
            toll("Gunmen killed Hasan Nirmu, the head of the council, and one of his guards."),
            (Some(2), None)
        );
    }

    #[test]
    fn number_words_roles_sources_and_burning() {
        assert_eq!(
            toll("Twenty one people were killed and one person wounded in the attack."),
            (Some(21), None)
        );
        assert_eq!(
            toll("A policeman was burned alive by rebels."),
            (Some(1), None)
        );
        // "two police guards" is a list item; ", police said" is a source.
        assert_eq!(
            toll("Gunmen killed a police commander, his wife, and two police guards."),
            (Some(4), None)
        );
        assert_eq!(
            toll("Gunmen killed Ismail Kadhim, a police major and security guard for the speaker, in Baghdad."),
            (Some(1), None)
        );
        // ", and Sergeant X" after the apposition is a second man.
        assert_eq!(
            toll("Gunmen killed Colonel Ahmad, a high-ranking officer at the department, and Sergeant Taha Hamid."),
            (Some(2), None)
        );
    }

    #[test]
    fn hyphenated_manners_and_died_sharing_a_passive_subject() {
        assert_eq!(
            toll("Adolfo Aquino and his driver were shot-to-death by a lone attacker."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Three police officers were shot from behind and died in an ambush."),
            (Some(3), None)
        );
    }

    #[test]
    fn fronted_following_clauses_and_found_dead_after_a_passive() {
        assert_eq!(
            toll(
                "Following on the heels of the elections, a bomb exploded in Kampala killing two."
            ),
            (Some(2), None)
        );
        assert_eq!(
            toll("Sheikh Hassan, a member of the association, was kidnapped from a mosque and found dead two days later."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Two men were abducted in the city and found dead."),
            (Some(2), None)
        );
        assert_eq!(
            toll("The victim was rushed to a hospital but pronounced dead upon arrival."),
            (Some(1), None)
        );
    }

    #[test]
    fn later_clauses_and_counts_of_places_end_victim_lists() {
        assert_eq!(
            toll("Two police officers were killed along with two civilians and thirty people were injured."),
            (Some(4), None)
        );
        assert_eq!(
            toll("Her captors killed her and her body was found the next day."),
            (Some(1), None)
        );
        // A list of bodies keeps its verb.
        assert_eq!(
            toll("The bodies of a police officer and a local judge were found in Balad."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Seven civilians from five different areas of the municipality were killed."),
            (Some(7), None)
        );
    }

    #[test]
    fn names_ending_in_s_are_one_person() {
        // An apposition with an article and a singular head, in upper-case text.
        assert_eq!(
            toll("SOURCES SAID THAT GUILLERMO ROJAS, THE TRADE UNION LEADER, DIED IN SOYAPANGO."),
            (Some(1), None)
        );
        // A capitalised name in mixed-case text; a plural after an article is not one.
        assert_eq!(toll("Guillermo Rojas died in Soyapango."), (Some(1), None));
        assert_eq!(toll("The Shining Path Guerrillas died."), (None, None));
        // A title before the name.
        assert_eq!(
            toll("THEY CONDEMNED THE MURDER OF MS DOLORES CASANOVA PORRAS THIS MORNING."),
            (Some(1), None)
        );
        // Adjectives between the article and the death noun.
        assert_eq!(
            toll("They condemned the base and cowardly murder of the mayor."),
            (Some(1), None)
        );
        assert_eq!(
            toll("They were held for the attempted kidnap and murder of two officials."),
            (None, None)
        );
    }

    #[test]
    fn a_relative_clause_counts_its_antecedent() {
        assert_eq!(
            toll("Officials attended the funeral of six priests who were killed on Thursday."),
            (Some(6), None)
        );
        assert_eq!(
            toll("THEY ATTENDED THE FUNERAL OF SIX PRIESTS, FIVE OF THEM SPANIARDS, WHO WERE KILLED."),
            (Some(6), None)
        );
        assert_eq!(
            toll("Two articles on the six priests that were murdered on Thursday."),
            (Some(6), None)
        );
        // An uncounted antecedent gives no count: at least one died.
        assert_eq!(
            toll("The men who were killed were farmers."),
            (Some(1), None)
        );
    }

    #[test]
    fn an_event_noun_ends_an_object_list() {
        assert_eq!(
            toll("They did not punish the murder of Monsignor Romero and the massacre of the unionists."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Gunmen killed the mayor and the destruction of the town followed."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Gunmen killed the mayor and the judge."),
            (Some(2), None)
        );
        // A translator's bracket between the noun and "of".
        assert_eq!(
            toll("THEY WERE ACCUSED OF THE MASSACRE [OF SIX JESUIT PRIESTS] LAST YEAR."),
            (Some(6), None)
        );
    }

    #[test]
    fn mixed_subjects_keep_their_attackers_apart() {
        assert_eq!(
            toll("The gunman and a young man died and ten people were wounded."),
            (Some(2), Some(1))
        );
        assert_eq!(
            toll("Two police officers and two gunmen were killed."),
            (Some(4), Some(2))
        );
        assert_eq!(toll("Two gunmen were killed."), (Some(2), Some(2)));
        assert_eq!(
            toll("The blast killed two soldiers and the bomber."),
            (Some(3), Some(1))
        );
    }

    #[test]
    fn a_fronted_phrase_relating_to_another_event_ends_at_its_comma() {
        assert_eq!(
            toll("In the first major attack since a massacre of tourists in 1997, militants opened fire on a patrol, killing four policemen."),
            (Some(4), None)
        );
        assert_eq!(
            toll("Marking their 11th anniversary, the rebels murdered an aid worker and a colleague."),
            (Some(2), None)
        );
        // A fronted phrase that dates the sentence keeps it in the past.
        assert_eq!(
            toll("Two years ago, a bomb in the market killed 20 people."),
            (None, None)
        );
    }

    #[test]
    fn since_a_date_when_names_the_reported_event() {
        assert_eq!(
            toll("The post has been vacant since 1 August, when the mayor was shot to death."),
            (Some(1), None)
        );
        // Without the "when" clause the date only measures time since another event.
        assert_eq!(
            toll("Since March, 30 people have been killed in the province."),
            (None, None)
        );
    }

    #[test]
    fn a_which_clause_between_commas_describes_a_noun() {
        assert_eq!(
            toll("The former ambassador to Spain during the administration, which began in 1986, was gunned down by unidentified men."),
            (Some(1), None)
        );
    }

    #[test]
    fn names_after_a_count_are_the_people_counted() {
        assert_eq!(
            toll("Soldiers killed two reporters, Roberto Navas and Mauricio Pineda, in two shootings."),
            (Some(2), None)
        );
        assert_eq!(
            toll("Gunmen killed two policemen, Ali and Omar, and a child."),
            (Some(3), None)
        );
        // Items with articles are more victims.
        assert_eq!(
            toll("Gunmen killed two policemen, a civilian and a child."),
            (Some(4), None)
        );
    }

    #[test]
    fn an_upper_case_name_opening_with_a_given_name_is_one_person() {
        assert_eq!(
            toll("GUNMEN KILLED DANILO BARILLAS YESTERDAY."),
            (Some(1), None)
        );
        assert_eq!(
            toll("THE MURDER OF DANILO BARILLAS WAS CONDEMNED."),
            (Some(1), None)
        );
        // A plural noun phrase still has no count: at least one died.
        assert_eq!(
            toll("GUNMEN KILLED JESUIT PRIESTS YESTERDAY."),
            (Some(1), None)
        );
    }

    #[test]
    fn an_adjective_between_possessive_and_death_noun() {
        assert_eq!(
            toll("The perpetrators of his abominable assassination remain free."),
            (Some(1), None)
        );
    }

    #[test]
    fn a_date_between_the_death_noun_and_its_victims() {
        assert_eq!(
            toll("The union said the assassination on 22 March of its leader was a crime."),
            (Some(1), None)
        );
        assert_eq!(
            toll("The murder last week of two nuns shocked the town."),
            (Some(2), None)
        );
        // A name followed by a time phrase: the phrase is not part of the name.
        assert_eq!(
            toll("THE ASSASSINATION OF JUDGE ESPINOSA THE EVENING OF 1 NOVEMBER WAS CONDEMNED."),
            (Some(1), None)
        );
    }

    #[test]
    fn a_bare_title_joined_to_a_role_is_one_person() {
        assert_eq!(
            toll("Gunmen killed senator and presidential candidate Luis Carlos Galan."),
            (Some(1), None)
        );
        assert_eq!(
            toll("He condemned the murders of Carlos Valencia, Colonel Franklin Quintero, and Senator and presidential candidate Luis Carlos Galan."),
            (Some(3), None)
        );
        assert_eq!(
            toll("Gunmen killed the mayor and a policeman."),
            (Some(2), None)
        );
    }

    #[test]
    fn two_roles_in_apposition_to_a_name() {
        assert_eq!(
            toll("THE ASSASSINATION OF LUIS CARLOS GALAN, AN ADMIRED FRIEND AND A GREAT COLOMBIAN -- SHOCKED US."),
            (Some(1), None)
        );
        assert_eq!(
            toll("Gunmen killed Juan Perez, a teacher, and a student."),
            (Some(2), None)
        );
    }

    #[test]
    fn also_killed_adds_to_the_victim_named_before() {
        assert_eq!(
            toll("The government denounced the assassination of the minister in an attack in which his bodyguard and driver were also killed."),
            (Some(3), None)
        );
        // Another killing two sentences on is another event.
        assert_eq!(
            toll("Officials condemned the assassination of an advisor. Officials of the government are targets abroad. Another advisor was recently assassinated in Spain."),
            (Some(1), None)
        );
    }

    #[test]
    fn and_of_continues_the_victims() {
        assert_eq!(
            toll("They condemned the murder of the mayor and of his driver."),
            (Some(2), None)
        );
    }

    #[test]
    fn a_count_after_a_semicolon_adds_up() {
        assert_eq!(
            toll("The magistrate and the colonel had been murdered; Galan was murdered that evening."),
            (Some(3), None)
        );
        // Parts of a count given before.
        assert_eq!(
            toll("A police officer and a road policeman were shot to death by gunmen. One officer died on the spot; the second died in hospital."),
            (Some(2), None)
        );
    }

    #[test]
    fn a_title_after_a_description_makes_one_person() {
        // "Flores" ends in s, but "attorney" before it names one person.
        assert_eq!(
            toll(
                "THE MNR DEMANDED AN INVESTIGATION INTO THE ASSASSINATION OF MNR LEADER HECTOR \
                 OQUELI AND OF GUATEMALAN ATTORNEY GILDA FLORES."
            ),
            (Some(2), None)
        );
        assert_eq!(
            toll("Gunmen killed the former mayor Juan Rojas and his two sons."),
            (Some(3), None)
        );
    }

    #[test]
    fn along_with_after_time_and_place() {
        assert_eq!(
            toll("The minister was killed at 0815 (1415 GMT) near his home in San Salvador, along with two of his bodyguards."),
            (Some(3), None)
        );
        // Another clause in between keeps its own subject.
        assert_eq!(
            toll("The minister was killed near his home and his wife, along with two neighbours, was injured."),
            (Some(1), None)
        );
    }

    #[test]
    fn a_later_list_that_names_the_same_victims_and_more() {
        assert_eq!(
            toll(
                "The office issued a statement on the massacre of the six Jesuit priests. It \
                  concluded that soldiers are responsible for the murder of the six Jesuit \
                  priests and the two maids."
            ),
            (Some(8), None)
        );
        assert_eq!(
            toll(
                "The front condemned the assassination of Hector Oqueli. The assassination of \
                  Dr Oqueli and his companion, Gilda Flores, shows the regime's intent."
            ),
            (Some(2), None)
        );
        // A list that does not name the first victims again is another act.
        assert_eq!(
            toll(
                "The office issued a statement on the massacre of the six Jesuit priests. It \
                  also condemned the murder of the four students and the two maids."
            ),
            (Some(6), None)
        );
        assert_eq!(
            toll(
                "Part of this plan is the murder of Luis Vargas. We denounce the murder of \
                  Pedro Soto and his brother."
            ),
            (Some(1), None)
        );
    }
}
