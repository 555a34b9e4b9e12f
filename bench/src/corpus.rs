//! The corpus generator: N news articles made by recombining sentences of real articles, written
//! as JSONL with a ground-truth sidecar. Deterministic for a given seed and source list.
//!
//! Sources are JSONL files. A line with a `gold` object (the shared gold sets: RAND incident
//! descriptions, MUC-4 reports) is an *event lead*: its text becomes the opening of an event
//! article and its gold facets become that article's truth. Any other line with a `body` or
//! `text` (Reuters-21578) gives *filler*: sentences and titles for general news and for the rest
//! of event articles. About 55% of articles are event articles, so dates (1968–2009 from the
//! leads, 1987–2025 for general news), places, groups and tolls follow the real distributions of
//! the gold sets, and filters and facets meet skewed, realistic value counts.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::NaiveDate;
use serde_json::Value;

use crate::{truth_path, CorpusArticle, Rng, Truth};

/// Share of event articles.
const EVENT_SHARE: f64 = 0.55;

struct Lead {
    text: String,
    published: Option<NaiveDate>,
    source: &'static str,
    truth: Truth,
}

struct General {
    title: String,
    sentences: Vec<String>,
}

/// Loaded sources.
pub struct Sources {
    leads: Vec<Lead>,
    generals: Vec<General>,
    /// Every filler sentence, for mixing into any article.
    filler: Vec<String>,
}

/// Summary of a generated corpus.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Generated {
    pub path: PathBuf,
    pub truth: PathBuf,
    pub articles: u64,
    pub bytes: u64,
    pub event_articles: u64,
}

impl Sources {
    pub fn load(paths: &[PathBuf]) -> anyhow::Result<Sources> {
        let mut s = Sources {
            leads: Vec::new(),
            generals: Vec::new(),
            filler: Vec::new(),
        };
        for p in paths {
            let name = p.file_name().map(|n| n.to_string_lossy().to_lowercase());
            let source: &'static str = match name.as_deref() {
                Some(n) if n.contains("rdwti") => "rand",
                Some(n) if n.contains("muc") => "muc4",
                Some(n) if n.contains("reuters") => "reuters",
                _ => "news",
            };
            let f = File::open(p).with_context(|| format!("cannot open source {}", p.display()))?;
            for line in BufReader::new(f).lines() {
                let line = line?;
                let Ok(v) = serde_json::from_str::<Value>(&line) else {
                    continue;
                };
                let text = ["text", "body"]
                    .iter()
                    .find_map(|k| v.get(*k).and_then(Value::as_str))
                    .map(flatten)
                    .unwrap_or_default();
                if text.len() < 40 {
                    continue;
                }
                if let Some(gold) = v.get("gold") {
                    let published = v
                        .get("published")
                        .and_then(Value::as_str)
                        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
                    s.leads.push(Lead {
                        text,
                        published,
                        source,
                        truth: gold_truth(gold),
                    });
                } else {
                    let sentences = split_sentences(&text);
                    if sentences.is_empty() {
                        continue;
                    }
                    let title = v
                        .get("title")
                        .and_then(Value::as_str)
                        .map(title_case)
                        .filter(|t| !t.is_empty())
                        .unwrap_or_else(|| first_words(&sentences[0], 10));
                    s.filler.extend(sentences.iter().cloned());
                    s.generals.push(General { title, sentences });
                }
            }
        }
        if s.filler.is_empty() {
            anyhow::bail!("no filler sentences: give at least one source without gold facets (e.g. reuters21578.jsonl)");
        }
        if s.leads.is_empty() {
            anyhow::bail!("no event leads: give at least one gold file (e.g. rdwti-dev.jsonl)");
        }
        Ok(s)
    }

    /// Writes `n` articles to `out` and the truth to its sidecar.
    pub fn generate(&self, n: u64, seed: u64, out: &Path) -> anyhow::Result<Generated> {
        if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let tpath = truth_path(out);
        let mut w = BufWriter::with_capacity(1 << 20, File::create(out)?);
        let mut tw = BufWriter::with_capacity(1 << 20, File::create(&tpath)?);
        let mut rng = Rng::new(seed);
        let mut bytes = 0u64;
        let mut events = 0u64;
        let lo = NaiveDate::from_ymd_opt(1987, 1, 1).expect("valid");
        let span_days = (NaiveDate::from_ymd_opt(2025, 12, 31).expect("valid") - lo).num_days();
        for i in 0..n {
            let id = format!("b{seed}-{i}");
            let mut paragraphs: Vec<String> = Vec::new();
            let (title, published, source, mut truth) = if rng.chance(EVENT_SHARE) {
                events += 1;
                let lead = &self.leads[rng.below(self.leads.len())];
                paragraphs.push(lead.text.clone());
                let published = lead.published.or_else(|| {
                    Some(lo + chrono::Duration::days(rng.below(span_days as usize) as i64))
                });
                let title = first_words(&lead.text, rng.range(6, 12));
                (title, published, lead.source, lead.truth.clone())
            } else {
                let g = &self.generals[rng.below(self.generals.len())];
                let k = rng.range(2, 5).min(g.sentences.len());
                paragraphs.push(g.sentences[..k].join(" "));
                let published = lo + chrono::Duration::days(rng.below(span_days as usize) as i64);
                (
                    g.title.clone(),
                    Some(published),
                    "reuters",
                    Truth::default(),
                )
            };
            // Filler paragraphs of 1–4 sentences, 2–12 sentences in all.
            let mut left = rng.range(2, 12);
            while left > 0 {
                let k = rng.range(1, 4).min(left);
                let para: Vec<&str> = (0..k)
                    .map(|_| self.filler[rng.below(self.filler.len())].as_str())
                    .collect();
                paragraphs.push(para.join(" "));
                left -= k;
            }
            truth.id = id.clone();
            let article = CorpusArticle {
                id,
                title: Some(title),
                published,
                text: paragraphs.join("\n\n"),
                source: Some(source.to_string()),
            };
            let line = serde_json::to_string(&article)?;
            bytes += line.len() as u64 + 1;
            w.write_all(line.as_bytes())?;
            w.write_all(b"\n")?;
            serde_json::to_writer(&mut tw, &truth)?;
            tw.write_all(b"\n")?;
        }
        w.flush()?;
        tw.flush()?;
        Ok(Generated {
            path: out.to_path_buf(),
            truth: tpath,
            articles: n,
            bytes,
            event_articles: events,
        })
    }
}

/// The first incident of a gold record: plain `YYYY-MM-DD` date, first place, first group's first
/// alias, smallest acceptable toll.
fn gold_truth(gold: &Value) -> Truth {
    let first = |k: &str| {
        gold.get(k)
            .and_then(Value::as_array)
            .and_then(|a| a.first())
    };
    let event_date = first("dates")
        .and_then(Value::as_str)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let place = first("places");
    let country = place
        .and_then(|p| p.get("country"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let province = place
        .and_then(|p| p.get("province"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let group = first("groups")
        .and_then(Value::as_array)
        .and_then(|a| a.first())
        .and_then(Value::as_str)
        .map(str::to_string);
    let deaths = first("deaths")
        .and_then(Value::as_array)
        .and_then(|a| a.iter().filter_map(Value::as_u64).min());
    Truth {
        id: String::new(),
        event_date,
        country,
        province,
        group,
        deaths,
    }
}

/// White space folded to single spaces; Reuters' trailing "Reuter" sign-off dropped.
fn flatten(s: &str) -> String {
    let mut words: Vec<&str> = s.split_whitespace().collect();
    while matches!(
        words.last(),
        Some(&"Reuter") | Some(&"REUTER") | Some(&"\u{3}")
    ) {
        words.pop();
    }
    words.join(" ")
}

/// Words after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "inc", "corp", "co", "ltd", "no", "gen", "col", "lt", "sgt", "gov", "sen",
    "rep", "vs", "mln", "bln", "pct",
];

/// Sentences of a flattened text: split after `.`, `?` or `!` followed by a space and an upper-case
/// letter or a quote, unless the word before is an abbreviation or an initial. Sentences shorter
/// than 30 or longer than 600 bytes are dropped.
pub fn split_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i + 2 < bytes.len() {
        let c = bytes[i];
        if matches!(c, b'.' | b'?' | b'!')
            && bytes[i + 1] == b' '
            && (bytes[i + 2].is_ascii_uppercase() || bytes[i + 2] == b'"')
        {
            let word_start = text[..i].rfind(' ').map_or(0, |p| p + 1);
            let word = &text[word_start..i];
            let is_abbrev = word.len() <= 1
                || word.contains('.')
                || ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str());
            if c != b'.' || !is_abbrev {
                push_sentence(&mut out, &text[start..=i]);
                start = i + 2;
            }
        }
        i += 1;
    }
    push_sentence(&mut out, &text[start..]);
    out
}

fn push_sentence(out: &mut Vec<String>, s: &str) {
    let s = s.trim();
    if (30..=600).contains(&s.len()) {
        out.push(s.to_string());
    }
}

/// "BAHIA COCOA REVIEW" → "Bahia Cocoa Review".
fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            let mut cs = lower.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().chain(cs).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first `n` words of a text, without a trailing period.
fn first_words(s: &str, n: usize) -> String {
    let w: Vec<&str> = s.split_whitespace().take(n).collect();
    w.join(" ")
        .trim_end_matches(['.', ',', ';', ':'])
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        let s = split_sentences(
            "Mr. Smith said the U.S. bank raised rates on Monday. Shares fell 2 pct in early trading today! \"We are worried,\" he said.",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].starts_with("Mr. Smith"));
        assert!(s[1].starts_with("Shares fell"));
    }

    #[test]
    fn same_seed_same_corpus() {
        let dir = std::env::temp_dir().join(format!("nfbench-{}", std::process::id()));
        let src = dir.join("src.jsonl");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            &src,
            "{\"title\":\"OIL PRICES RISE\",\"body\":\"Oil prices rose sharply on Monday in New York trading. Traders said demand from refiners was strong this week.\"}\n\
             {\"id\":\"g1\",\"published\":\"2005-03-01\",\"text\":\"IRAQ.  A car bomb killed five people in Baghdad.\",\"gold\":{\"dates\":[\"2005-03-01\"],\"places\":[{\"country\":\"Iraq\",\"province\":\"Baghdad\"}],\"groups\":[],\"deaths\":[[5]]}}\n",
        )
        .unwrap();
        let s = Sources::load(&[src]).unwrap();
        let a = s.generate(50, 7, &dir.join("a.jsonl")).unwrap();
        let b = s.generate(50, 7, &dir.join("b.jsonl")).unwrap();
        assert_eq!(a.bytes, b.bytes);
        assert_eq!(
            std::fs::read(dir.join("a.jsonl")).unwrap(),
            std::fs::read(dir.join("b.jsonl")).unwrap()
        );
        let truth = std::fs::read_to_string(dir.join("a.truth.jsonl")).unwrap();
        assert!(truth.contains("\"province\":\"Baghdad\""));
        std::fs::remove_dir_all(&dir).ok();
    }
}
