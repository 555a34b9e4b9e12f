//! The query string of `/api/search` (and `/api/deaths`) turned into a search [`Request`], with a
//! plain-words error for every bad parameter; the server answers those with 400.

use crate::search::query::{parse_user_date, DateEnd};
use crate::search::{Filters, Request, Sort};

/// Most hits one page may ask for.
pub const MAX_LIMIT: usize = 1000;
/// Deepest offset a page may ask for (deeper paging costs memory on every request).
pub const MAX_OFFSET: usize = 100_000;
/// Snippet length, as `newsfacet search` uses.
pub const SNIPPET_CHARS: usize = 220;

/// A bad request parameter, said in words fit for the JSON error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadParam(pub String);

impl std::fmt::Display for BadParam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Parameter names `/api/search` accepts.
pub const SEARCH_PARAMS: &[&str] = &[
    "q",
    "from",
    "to",
    "province",
    "group",
    "country",
    "min_deaths",
    "max_deaths",
    "sort",
    "limit",
    "offset",
];

/// Decoded `key=value` pairs of a raw query string, in order.
pub fn pairs(raw: Option<&str>) -> Vec<(String, String)> {
    form_urlencoded::parse(raw.unwrap_or("").as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// Builds the search request of a query string. `extra` names further parameters the caller
/// handles itself (they are skipped here); any other unknown name is an error, so typos do not
/// pass silently. Empty values count as absent; repeated `province`, `group` and `country` are
/// any-of; other parameters may appear once.
pub fn search_request(pairs: &[(String, String)], extra: &[&str]) -> Result<Request, BadParam> {
    let mut req = Request {
        query: String::new(),
        filters: Filters::default(),
        sort: Sort::Relevance,
        limit: 10,
        offset: 0,
        facets: true,
        snippet_chars: SNIPPET_CHARS,
    };
    let mut seen: Vec<&str> = Vec::new();
    for (key, value) in pairs {
        let key = key.as_str();
        if extra.contains(&key) {
            continue;
        }
        let Some(&name) = SEARCH_PARAMS.iter().find(|p| **p == key) else {
            return Err(BadParam(format!(
                "unknown parameter {key:?}; known: {}",
                SEARCH_PARAMS.join(", ")
            )));
        };
        let repeatable = matches!(name, "province" | "group" | "country");
        if !repeatable {
            if seen.contains(&name) {
                return Err(BadParam(format!("parameter {name:?} given twice")));
            }
            seen.push(name);
        }
        let v = value.trim();
        if v.is_empty() {
            continue;
        }
        match name {
            "q" => req.query = value.clone(),
            "from" => req.filters.from = Some(date(name, v, DateEnd::Start)?),
            "to" => req.filters.to = Some(date(name, v, DateEnd::End)?),
            "province" => req.filters.provinces.push(v.to_string()),
            "group" => req.filters.groups.push(v.to_string()),
            "country" => req.filters.countries.push(v.to_string()),
            "min_deaths" => req.filters.min_deaths = Some(number(name, v, u64::MAX)?),
            "max_deaths" => req.filters.max_deaths = Some(number(name, v, u64::MAX)?),
            "limit" => req.limit = number(name, v, MAX_LIMIT as u64)? as usize,
            "offset" => req.offset = number(name, v, MAX_OFFSET as u64)? as usize,
            "sort" => {
                req.sort = match v {
                    "relevance" => Sort::Relevance,
                    "date" => Sort::Date,
                    "deaths" => Sort::Deaths,
                    _ => {
                        return Err(BadParam(format!(
                            "sort must be relevance, date or deaths, not {v:?}"
                        )))
                    }
                }
            }
            _ => unreachable!("every known parameter is handled"),
        }
    }
    if let (Some(f), Some(t)) = (req.filters.from, req.filters.to) {
        if f > t {
            return Err(BadParam(format!("from {f} is after to {t}")));
        }
    }
    if let (Some(lo), Some(hi)) = (req.filters.min_deaths, req.filters.max_deaths) {
        if lo > hi {
            return Err(BadParam(format!(
                "min_deaths {lo} is above max_deaths {hi}"
            )));
        }
    }
    Ok(req)
}

fn date(name: &str, v: &str, end: DateEnd) -> Result<chrono::NaiveDate, BadParam> {
    parse_user_date(v, end).map_err(|e| BadParam(format!("{name}: {e}")))
}

fn number(name: &str, v: &str, max: u64) -> Result<u64, BadParam> {
    let n: u64 = v.parse().map_err(|_| {
        BadParam(format!(
            "{name} must be a whole number from 0 to {max}, not {v:?}"
        ))
    })?;
    if n > max {
        return Err(BadParam(format!("{name} must be at most {max}, not {n}")));
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &str) -> Result<Request, BadParam> {
        search_request(&pairs(Some(q)), &[])
    }

    #[test]
    fn reads_every_parameter() {
        let r = parse("q=bomb+attack&from=2023&to=2023-06&province=Sindh&province=Punjab&group=TTP&country=&min_deaths=3&max_deaths=50&sort=deaths&limit=20&offset=40").unwrap();
        assert_eq!(r.query, "bomb attack");
        assert_eq!(r.filters.from.unwrap().to_string(), "2023-01-01");
        assert_eq!(r.filters.to.unwrap().to_string(), "2023-06-30");
        assert_eq!(r.filters.provinces, ["Sindh", "Punjab"]);
        assert_eq!(r.filters.groups, ["TTP"]);
        assert!(r.filters.countries.is_empty());
        assert_eq!(
            (r.filters.min_deaths, r.filters.max_deaths),
            (Some(3), Some(50))
        );
        assert_eq!((r.sort, r.limit, r.offset), (Sort::Deaths, 20, 40));
        assert!(r.facets);
    }

    #[test]
    fn rejects_bad_parameters() {
        for bad in [
            "from=2023-13",
            "to=yesterday",
            "min_deaths=-1",
            "max_deaths=lots",
            "limit=100000",
            "offset=99999999999999999999",
            "sort=random",
            "bogus=1",
            "q=a&q=b",
            "from=2024&to=2023",
            "min_deaths=9&max_deaths=2",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert!(search_request(&pairs(Some("by=group")), &["by"]).is_ok());
    }
}
