//! `Article`: one news article as the readers produce it, and its identity.
//!
//! An article's identity is the id its source gave it or, when it has none, a hash of its normalised
//! text, so that indexing the same article twice replaces it instead of duplicating it.

use chrono::NaiveDate;
use serde::Serialize;

/// One news article, as read from a corpus file.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article {
    /// The source's id, or `h:<hash>` of the normalised text when the source gave none.
    pub id: String,
    pub title: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    pub text: String,
    pub url: Option<String>,
    pub source: Option<String>,
}

impl Article {
    /// Builds an article, deriving the id from the content when `id` is empty.
    pub fn new(
        id: Option<String>,
        title: Option<String>,
        published: Option<NaiveDate>,
        text: String,
        url: Option<String>,
        source: Option<String>,
    ) -> Article {
        let title = title
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty());
        let id = match id.map(|s| s.trim().to_string()) {
            Some(s) if !s.is_empty() => s,
            _ => content_id(title.as_deref(), &text),
        };
        Article {
            id,
            title,
            published,
            text,
            url: url.filter(|u| !u.trim().is_empty()),
            source: source.filter(|s| !s.trim().is_empty()),
        }
    }

    /// Title and text together, the way the extractor reads them.
    pub fn full_text(&self) -> String {
        match &self.title {
            Some(t) => format!("{t}\n\n{}", self.text),
            None => self.text.clone(),
        }
    }
}

/// `h:` + 16 hex digits of the xxh3 hash of the title and text with white space folded and case
/// lowered: the same story re-scraped with other line breaks gets the same id.
pub fn content_id(title: Option<&str>, text: &str) -> String {
    let mut norm = String::with_capacity(text.len() + 64);
    for part in title.into_iter().chain(std::iter::once(text)) {
        for word in part.split_whitespace() {
            if !norm.is_empty() {
                norm.push(' ');
            }
            norm.extend(word.chars().flat_map(char::to_lowercase));
        }
    }
    format!("h:{:016x}", xxhash_rust::xxh3::xxh3_64(norm.as_bytes()))
}

/// Parses the date forms found in news metadata: `YYYY-MM-DD` optionally followed by a time
/// (`T10:00:00Z`, ` 10:23:00`), RFC 2822 (`Fri, 17 Feb 2023 10:00:00 +0000`), `YYYY/MM/DD`,
/// and `DD.MM.YYYY`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    // `get`, not `[..10]`: byte 10 may fall inside a multi-byte character (found by fuzzing).
    if let Some(head) = s.get(..10) {
        for fmt in ["%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y"] {
            if let Ok(d) = NaiveDate::parse_from_str(head, fmt) {
                if s.len() == 10 || !s.as_bytes()[10].is_ascii_digit() {
                    return Some(d).filter(plausible);
                }
            }
        }
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive()).filter(plausible);
    }
    None
}

/// Dates outside 1800–2199 are taken as data errors.
fn plausible(d: &NaiveDate) -> bool {
    use chrono::Datelike;
    (1800..2200).contains(&d.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_id_ignores_case_and_whitespace() {
        assert_eq!(
            content_id(Some("A  Title"), "Some\ntext here"),
            content_id(Some("a title"), "some text   here")
        );
        assert_ne!(content_id(None, "one"), content_id(None, "two"));
    }

    #[test]
    fn dates_with_multibyte_characters_do_not_panic() {
        // Byte 10 inside a two- and a three-byte character.
        assert_eq!(parse_date("2023-01-0\u{3a2}"), None);
        assert_eq!(parse_date("-/046)01\u{3014}r002idtt"), None);
        assert_eq!(
            parse_date("2023-01-05\u{3014}"),
            NaiveDate::from_ymd_opt(2023, 1, 5)
        );
    }

    #[test]
    fn empty_id_falls_back_to_hash() {
        let a = Article::new(Some(" ".into()), None, None, "x".into(), None, None);
        assert!(a.id.starts_with("h:"));
        let b = Article::new(Some("abc".into()), None, None, "x".into(), None, None);
        assert_eq!(b.id, "abc");
    }

    #[test]
    fn parses_common_date_forms() {
        let d = NaiveDate::from_ymd_opt(2023, 2, 17);
        assert_eq!(parse_date("2023-02-17"), d);
        assert_eq!(parse_date("2023-02-17T10:00:00Z"), d);
        assert_eq!(parse_date("2023-02-17 10:23:00"), d);
        assert_eq!(parse_date("Fri, 17 Feb 2023 10:00:00 +0000"), d);
        assert_eq!(parse_date("17.02.2023"), d);
        assert_eq!(parse_date("0000-00-00"), None);
        assert_eq!(parse_date("99999-01-01"), None);
        assert_eq!(parse_date("2023-02-171"), None);
        assert_eq!(parse_date("yesterday"), None);
    }
}
