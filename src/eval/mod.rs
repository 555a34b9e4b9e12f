//! Evaluation against gold files: reads the facet-gold JSON Lines format of
//! `../shared/data/README.md` ([`read_gold_file`]), scores predictions exactly as
//! `../shared/tools/score_facets.py` does ([`score`]), and groups the errors into classes with
//! example articles ([`confusion`]) for `newsfacet eval`.

pub mod confusion;
pub mod score;

use std::collections::HashMap;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde_json::{Map, Value};

pub use score::{judge, Judgement, Prediction, Summary};

use crate::article::Article;
use crate::corpus::{self, Format};
use crate::extract::Facets;

/// One gold date form (`dates` in the gold).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSpec {
    /// `YYYY-MM-DD`.
    Day(NaiveDate),
    /// `<=YYYY-MM-DD`: on or before, within 60 days.
    OnOrBefore(NaiveDate),
    /// `A..B`, both ends included.
    Range(NaiveDate, NaiveDate),
    /// `YYYY`.
    Year(i32),
}

impl DateSpec {
    /// Reads a date form the way the scorer tells them apart: four digits, then `<=`, then `..`,
    /// else a day. `None` where the scorer would fail.
    pub fn parse(s: &str) -> Option<DateSpec> {
        if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
            return s.parse().ok().map(DateSpec::Year);
        }
        if let Some(rest) = s.strip_prefix("<=") {
            return score::parse_iso_date(rest).map(DateSpec::OnOrBefore);
        }
        if s.contains("..") {
            let mut parts = s.split("..");
            let (a, b) = (parts.next()?, parts.next()?);
            if parts.next().is_some() {
                return None;
            }
            return Some(DateSpec::Range(
                score::parse_iso_date(a)?,
                score::parse_iso_date(b)?,
            ));
        }
        score::parse_iso_date(s).map(DateSpec::Day)
    }

    /// The first and last day this form accepts.
    pub fn bounds(&self) -> (NaiveDate, NaiveDate) {
        match *self {
            DateSpec::Day(d) => (d, d),
            DateSpec::OnOrBefore(d) => (d - chrono::TimeDelta::days(60), d),
            DateSpec::Range(a, b) => (a, b),
            DateSpec::Year(y) => (
                NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(NaiveDate::MIN),
                NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(NaiveDate::MAX),
            ),
        }
    }
}

impl fmt::Display for DateSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateSpec::Day(d) => write!(f, "{d}"),
            DateSpec::OnOrBefore(d) => write!(f, "<={d}"),
            DateSpec::Range(a, b) => write!(f, "{a}..{b}"),
            DateSpec::Year(y) => write!(f, "{y:04}"),
        }
    }
}

/// One gold incident location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldPlace {
    pub country: Option<String>,
    /// GeoNames admin1 name; `None` (or empty) when unknown, and then the article is not scored on
    /// province.
    pub province: Option<String>,
}

/// The `gold` object of a gold line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gold {
    /// `None` for null; empty or `None`: not scored on date.
    pub dates: Option<Vec<DateSpec>>,
    pub places: Vec<GoldPlace>,
    /// One alias list per responsible group; `Some([])`: none; `None`: not scored.
    pub groups: Option<Vec<Vec<String>>>,
    /// Acceptable totals killed, attackers included, per incident.
    pub deaths: Option<Vec<Vec<i64>>>,
    /// The same without attackers (MUC keys); scored instead of `deaths` when present.
    pub victims: Option<Vec<Vec<i64>>>,
    /// `false` (or null) for texts reporting no incident: then only groups are scored.
    pub relevant: bool,
}

/// One gold line: the article as `extract` reads it, and its gold.
#[derive(Debug, Clone)]
pub struct GoldRecord {
    /// The gold line's `id`, the key the scorer joins predictions on.
    pub id: String,
    pub line: u64,
    pub article: Article,
    pub gold: Gold,
}

/// Errors of a gold file, each `path:line: reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldError {
    pub path: PathBuf,
    pub errors: Vec<String>,
}

impl fmt::Display for GoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const SHOWN: usize = 10;
        let n = self.errors.len();
        write!(
            f,
            "{}: {} bad gold line{}",
            self.path.display(),
            n,
            if n == 1 { "" } else { "s" }
        )?;
        for e in self.errors.iter().take(SHOWN) {
            write!(f, "\n  {e}")?;
        }
        if n > SHOWN {
            write!(f, "\n  ... and {} more", n - SHOWN)?;
        }
        Ok(())
    }
}

impl std::error::Error for GoldError {}

/// Reads a gold file (JSON Lines, optionally gzipped): every line's article exactly as
/// `newsfacet extract` reads it, with the line's `gold`. Blank lines are skipped. Any bad line
/// fails the whole file, listing each as `path:line: reason`.
pub fn read_gold_file(path: &Path) -> Result<Vec<GoldRecord>, GoldError> {
    let fail = |errors: Vec<String>| GoldError {
        path: path.to_path_buf(),
        errors,
    };
    let display = path.display().to_string();
    let inputs = corpus::collect_inputs(&[path.to_path_buf()], Format::Jsonl)
        .map_err(|e| fail(vec![format!("{e:#}")]))?;
    let mut errors = Vec::new();
    let mut articles: HashMap<u64, Article> = HashMap::new();
    for r in corpus::read_all(&inputs) {
        match r {
            Ok(rec) => {
                articles.insert(rec.line, rec.article);
            }
            Err(e) => errors.push(e.to_string()),
        }
    }
    let reader: Box<dyn Read> = {
        let f = File::open(path).map_err(|e| fail(vec![format!("{display}: {e}")]))?;
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
        {
            Box::new(flate2::read::MultiGzDecoder::new(f))
        } else {
            Box::new(f)
        }
    };
    let mut out = Vec::new();
    for (i, raw) in BufReader::with_capacity(256 * 1024, reader)
        .split(b'\n')
        .enumerate()
    {
        let line = i as u64 + 1;
        let raw = match raw {
            Ok(r) => r,
            Err(e) => {
                errors.push(format!("{display}:{line}: read error: {e}"));
                break;
            }
        };
        let Ok(s) = std::str::from_utf8(&raw) else {
            continue; // reported by the article reader
        };
        let s = s.trim_end_matches('\r').trim_start_matches('\u{feff}');
        if s.trim().is_empty() {
            continue;
        }
        let Ok(Value::Object(obj)) = serde_json::from_str::<Value>(s) else {
            continue; // reported by the article reader
        };
        match parse_line(&obj) {
            Ok((id, gold)) => {
                if let Some(article) = articles.remove(&line) {
                    out.push(GoldRecord {
                        id,
                        line,
                        article,
                        gold,
                    });
                }
            }
            Err(reason) => errors.push(format!("{display}:{line}: {reason}")),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(fail(errors))
    }
}

/// The `id` and `gold` of one gold line.
pub fn parse_line(obj: &Map<String, Value>) -> Result<(String, Gold), String> {
    let id = match obj.get("id") {
        Some(Value::String(s)) => s.clone(),
        None | Some(Value::Null) => {
            return Err("no `id` (a gold line needs one to be scored)".into())
        }
        Some(_) => return Err("field `id` must be a string".into()),
    };
    let gold = match obj.get("gold") {
        Some(Value::Object(g)) => parse_gold(g)?,
        None | Some(Value::Null) => return Err("no `gold` object".into()),
        Some(_) => return Err("field `gold` must be an object".into()),
    };
    Ok((id, gold))
}

/// Reads a `gold` object; what the scorer would stumble on is an error naming the field.
pub fn parse_gold(g: &Map<String, Value>) -> Result<Gold, String> {
    let required = |key: &str| g.get(key).ok_or_else(|| format!("gold has no `{key}`"));
    let dates = match required("dates")? {
        Value::Null => None,
        Value::Array(items) => Some(
            items
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    d.as_str().and_then(DateSpec::parse).ok_or_else(|| {
                        format!(
                            "gold.dates[{i}]: {d} is not YYYY-MM-DD, <=YYYY-MM-DD, A..B or YYYY"
                        )
                    })
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
        _ => return Err("gold.dates must be a list or null".into()),
    };
    let places = match required("places")? {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let Value::Object(p) = p else {
                    return Err(format!("gold.places[{i}] must be an object"));
                };
                let text = |key: &str| match p.get(key) {
                    None | Some(Value::Null) => Ok(None),
                    Some(Value::String(s)) => Ok(Some(s.clone())),
                    Some(_) => Err(format!("gold.places[{i}].{key} must be a string or null")),
                };
                Ok(GoldPlace {
                    country: text("country")?,
                    province: text("province")?,
                })
            })
            .collect::<Result<Vec<_>, _>>()?,
        _ => return Err("gold.places must be a list".into()),
    };
    let groups = match required("groups")? {
        Value::Null => None,
        Value::Array(items) => Some(
            items
                .iter()
                .enumerate()
                .map(|(i, ga)| {
                    ga.as_array()
                        .and_then(|a| {
                            a.iter()
                                .map(|x| x.as_str().map(str::to_string))
                                .collect::<Option<Vec<_>>>()
                        })
                        .ok_or_else(|| format!("gold.groups[{i}] must be a list of names"))
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
        _ => return Err("gold.groups must be a list of alias lists, or null".into()),
    };
    let counts = |key: &str| -> Result<Option<Vec<Vec<i64>>>, String> {
        let bad = || format!("gold.{key} must be null or a list of lists of whole numbers");
        match g.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Array(items)) => {
                let v = items
                    .iter()
                    .map(|opts| {
                        opts.as_array()
                            .ok_or_else(bad)?
                            .iter()
                            .map(|x| {
                                x.as_i64()
                                    .or_else(|| {
                                        x.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64)
                                    })
                                    .ok_or_else(bad)
                            })
                            .collect::<Result<Vec<_>, _>>()
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                if !v.is_empty() && v.iter().all(Vec::is_empty) {
                    return Err(format!("gold.{key} lists no count"));
                }
                Ok(Some(v))
            }
            Some(_) => Err(bad()),
        }
    };
    let relevant = match g.get("relevant") {
        None => true,
        Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err("gold.relevant must be true or false".into()),
    };
    Ok(Gold {
        dates,
        places,
        groups,
        deaths: counts("deaths")?,
        victims: counts("victims")?,
        relevant,
    })
}

/// One distinct gold article with what the extractor made of it.
#[derive(Debug, Clone)]
pub struct Scored<'a> {
    pub record: &'a GoldRecord,
    /// The facets extracted from the article with the gold's id (`None`: no article had that id).
    pub facets: Option<&'a Facets>,
    pub prediction: Prediction,
    pub judgement: Judgement,
}

/// Judges extracted facets (`facets[i]` of `records[i]`) the way the scorer judges the
/// `extract --json` output of the same file: gold and predictions are joined on id, the last line
/// of a repeated id wins.
pub fn judge_records<'a>(records: &'a [GoldRecord], facets: &'a [Facets]) -> Vec<Scored<'a>> {
    let by_article_id: HashMap<&str, &Facets> = records
        .iter()
        .zip(facets)
        .map(|(r, f)| (r.article.id.as_str(), f))
        .collect();
    let distinct = score::dedup_last(records.iter().map(|r| (r.id.as_str(), r)));
    distinct
        .into_iter()
        .map(|(id, record)| {
            let facets = by_article_id.get(id).copied();
            let prediction = facets.map(Prediction::from_facets).unwrap_or_default();
            let judgement = judge(&record.gold, &prediction);
            Scored {
                record,
                facets,
                prediction,
                judgement,
            }
        })
        .collect()
}

/// The scorer's summary of judged articles.
pub fn summarize(scored: &[Scored]) -> Summary {
    let mut c = score::Counts::default();
    for s in scored {
        c.add(&s.judgement, s.facets.is_some());
    }
    c.summary()
}

/// Reads a prediction file (`extract --json` output) as the scorer does: blank lines skipped, the
/// last line of a repeated id wins.
pub fn read_predictions(path: &Path) -> anyhow::Result<HashMap<String, Prediction>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let mut out = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line)
            .map_err(|e| anyhow::anyhow!("{}:{}: invalid JSON: {e}", path.display(), i + 1))?;
        let Value::Object(obj) = v else {
            anyhow::bail!("{}:{}: expected a JSON object", path.display(), i + 1);
        };
        let id = match obj.get("id") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => "None".to_string(),
            Some(other) => other.to_string(),
        };
        out.insert(id, Prediction::from_json(&obj));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(lines: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::Builder::new()
            .suffix(".jsonl")
            .tempfile()
            .unwrap();
        f.write_all(lines.as_bytes()).unwrap();
        f
    }

    const GOOD: &str = r#"{"id": "a", "title": null, "published": "2023-02-17", "text": "Two killed.", "gold": {"dates": ["2023-02-17", "<=2023-02-17"], "places": [{"country": "Pakistan", "province": "Sindh"}], "groups": [["TTP"]], "deaths": [[2]], "victims": null, "relevant": true}}"#;

    #[test]
    fn reads_good_lines_and_skips_blank_ones() {
        let f = write(&format!("{GOOD}\n\n{}\n", GOOD.replace("\"a\"", "\"b\"")));
        let recs = read_gold_file(f.path()).unwrap();
        assert_eq!(recs.len(), 2);
        assert_eq!(
            (recs[0].id.as_str(), recs[0].line, recs[1].line),
            ("a", 1, 3)
        );
        assert_eq!(recs[1].article.id, "b");
        assert_eq!(recs[0].article.text, "Two killed.");
        let g = &recs[0].gold;
        assert_eq!(g.dates.as_ref().unwrap()[1].to_string(), "<=2023-02-17");
        assert_eq!(g.places[0].province.as_deref(), Some("Sindh"));
        assert_eq!(
            (g.deaths.clone(), g.victims.clone(), g.relevant),
            (Some(vec![vec![2]]), None, true)
        );
    }

    #[test]
    fn bad_lines_name_path_line_and_reason() {
        let bad = [
            (
                GOOD.replace("\"<=2023-02-17\"", "\"17/02/2023\""),
                "gold.dates[1]",
            ),
            (
                GOOD.replace("\"groups\": [[\"TTP\"]]", "\"groups\": [\"TTP\"]"),
                "gold.groups[0]",
            ),
            (
                GOOD.replace("\"deaths\": [[2]]", "\"deaths\": [[]]"),
                "gold.deaths lists no count",
            ),
            (
                GOOD.replace(
                    ", \"places\": [{\"country\": \"Pakistan\", \"province\": \"Sindh\"}]",
                    "",
                ),
                "no `places`",
            ),
            (
                GOOD.replace("\"relevant\": true", "\"relevant\": 1"),
                "gold.relevant",
            ),
            (
                GOOD.replace("\"text\": \"Two killed.\"", "\"text\": \"\""),
                "no article text",
            ),
            ("{not json".to_string(), "invalid JSON"),
            (
                GOOD.replace("\"id\": \"a\"", "\"id\": 7"),
                "`id` must be a string",
            ),
        ];
        for (line, want) in bad {
            let f = write(&format!("{GOOD}\n{line}\n"));
            let e = read_gold_file(f.path()).unwrap_err();
            assert_eq!(e.errors.len(), 1, "{e}");
            let prefix = format!("{}:2: ", f.path().display());
            assert!(
                e.errors[0].starts_with(&prefix) && e.errors[0].contains(want),
                "{want}: {e}"
            );
            assert!(e.to_string().contains("1 bad gold line"), "{e}");
        }
    }

    #[test]
    fn relevance_defaults() {
        let mut obj: Map<String, Value> =
            serde_json::from_str(r#"{"dates": null, "places": [], "groups": null}"#).unwrap();
        assert!(parse_gold(&obj).unwrap().relevant);
        obj.insert("relevant".into(), Value::Null);
        assert!(
            !parse_gold(&obj).unwrap().relevant,
            "null is false, as in Python"
        );
    }

    #[test]
    fn judging_records_joins_on_ids() {
        let f = write(&format!(
            "{GOOD}\n{}\n",
            GOOD.replace("\"id\": \"a\"", "\"id\": \" a \"")
        ));
        let recs = read_gold_file(f.path()).unwrap();
        let facets = vec![
            Facets::default(),
            Facets {
                deaths: Some(2),
                ..Facets::default()
            },
        ];
        let scored = judge_records(&recs, &facets);
        // the gold id " a " has no prediction (the article id is trimmed to "a"), as in the scorer;
        // "a" gets the facets of the last article with id "a"
        assert_eq!(scored.len(), 2);
        assert!(scored[0].judgement.deaths.unwrap().exact);
        assert!(scored[1].facets.is_none());
        let s = summarize(&scored);
        assert_eq!((s.articles, s.predicted, s.deaths_exact), (2, 1, Some(0.5)));
    }
}
