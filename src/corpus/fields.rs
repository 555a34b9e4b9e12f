//! Maps the field names found in news corpora onto `Article`.
//!
//! Accepted names: `id`; `title`; `published`, `date`, `date_publish` (news-please),
//! `publish_date`, `pubdate`; `text`, `body`, `content`, `maintext` (news-please), `description`
//! (news-please, used only when no text field is present); `url`; `source`, `source_domain`.
//! Unknown keys are ignored.

use serde_json::{Map, Value};

use super::RecordError;
use crate::article::{parse_date, Article};

const TEXT_KEYS: [&str; 5] = ["text", "body", "content", "maintext", "description"];
const DATE_KEYS: [&str; 5] = [
    "published",
    "date",
    "date_publish",
    "publish_date",
    "pubdate",
];
const SOURCE_KEYS: [&str; 2] = ["source", "source_domain"];

/// Builds an article from one JSON object (a JSONL line, a JSON document, a CSV row).
pub fn article_from_object(
    obj: &Map<String, Value>,
    path: &str,
    line: u64,
) -> Result<Article, RecordError> {
    let err = |kind: &'static str, reason: String| RecordError::new(path, line, kind, reason);
    let id = match obj.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(other) => {
            return Err(err(
                "wrong type",
                format!("field `id` must be a string or number, not {}", kind(other)),
            ))
        }
    };
    let title = string_field(obj, "title").map_err(|r| err("wrong type", r))?;
    let mut text = None;
    for key in TEXT_KEYS {
        if let Some(t) = string_field(obj, key).map_err(|r| err("wrong type", r))? {
            if !t.trim().is_empty() {
                text = Some(t);
                break;
            }
        }
    }
    let Some(text) = text else {
        return Err(err(
            "no text",
            "no article text (expected a non-empty `text`, `body`, `content` or `maintext` field)"
                .into(),
        ));
    };
    let mut published = None;
    for key in DATE_KEYS {
        match obj.get(key) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) if s.trim().is_empty() => continue,
            Some(Value::String(s)) => match parse_date(s) {
                Some(d) => {
                    published = Some(d);
                    break;
                }
                None => {
                    return Err(err(
                        "bad date",
                        format!("field `{key}`: cannot read {s:?} as a date (expected YYYY-MM-DD)"),
                    ))
                }
            },
            Some(other) => {
                return Err(err(
                    "wrong type",
                    format!("field `{key}` must be a string, not {}", kind(other)),
                ))
            }
        }
    }
    let url = string_field(obj, "url").map_err(|r| err("wrong type", r))?;
    let mut source = None;
    for key in SOURCE_KEYS {
        if let Some(s) = string_field(obj, key).map_err(|r| err("wrong type", r))? {
            source = Some(s);
            break;
        }
    }
    Ok(Article::new(id, title, published, text, url, source))
}

fn string_field(obj: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(format!(
            "field `{key}` must be a string, not {}",
            kind(other)
        )),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn news_please_keys() {
        let a = article_from_object(
            &obj(
                json!({"title": "T", "maintext": "Body", "date_publish": "2017-02-17 10:23:00",
                        "url": "http://x", "source_domain": "x.com", "language": "en"}),
            ),
            "f",
            1,
        )
        .unwrap();
        assert_eq!(a.text, "Body");
        assert_eq!(a.published.unwrap().to_string(), "2017-02-17");
        assert_eq!(a.source.as_deref(), Some("x.com"));
        assert!(a.id.starts_with("h:"));
    }

    #[test]
    fn errors_name_the_field() {
        let e = article_from_object(&obj(json!({"id": 1, "text": 5})), "f.jsonl", 3).unwrap_err();
        assert_eq!(
            e.to_string(),
            "f.jsonl:3: field `text` must be a string, not a number"
        );
        let e = article_from_object(
            &obj(json!({"id": 1, "text": "x", "date": "0000-00-00"})),
            "f",
            2,
        )
        .unwrap_err();
        assert!(e.reason.contains("cannot read"), "{e}");
        let e = article_from_object(&obj(json!({"id": [1], "text": "x"})), "f", 2).unwrap_err();
        assert!(e.reason.contains("`id`"), "{e}");
        let e = article_from_object(&obj(json!({"title": "only"})), "f", 9).unwrap_err();
        assert_eq!(e.kind, "no text");
    }

    #[test]
    fn numeric_id_and_date_alias() {
        let a = article_from_object(
            &obj(json!({"id": 42, "body": "b", "date": "2020-01-02"})),
            "f",
            1,
        )
        .unwrap();
        assert_eq!(a.id, "42");
        assert_eq!(a.published.unwrap().to_string(), "2020-01-02");
    }
}
