//! Plain-text and Markdown reader: one article per file.
//!
//! An optional first line `date YYYY-MM-DD Title` gives the publication date and the title;
//! otherwise the first non-blank line is the title and the rest the text.

use std::io::BufRead;

use super::{line_of, read_bounded, Record, RecordError};
use crate::article::{parse_date, Article};

pub fn read_text(
    path: &str,
    r: &mut dyn BufRead,
    sink: &mut dyn FnMut(Result<Record, RecordError>),
) {
    let data = match read_bounded(r) {
        Ok(d) => d,
        Err(reason) => {
            sink(Err(RecordError::new(path, 1, "too large", reason)));
            return;
        }
    };
    let s = match std::str::from_utf8(&data) {
        Ok(s) => s,
        Err(e) => {
            sink(Err(RecordError::new(
                path,
                line_of(&data, e.valid_up_to()),
                "invalid UTF-8",
                "file is not valid UTF-8 text",
            )));
            return;
        }
    };
    if let Some(at) = s.find('\0') {
        sink(Err(RecordError::new(
            path,
            line_of(&data, at),
            "binary file",
            "file holds NUL bytes: not a text article",
        )));
        return;
    }
    sink(parse_text(path, s).map(|article| Record {
        article,
        path: path.to_string(),
        line: 1,
    }));
}

/// Splits a text article into its header (date, title) and body.
pub fn parse_text(path: &str, s: &str) -> Result<Article, RecordError> {
    let s = s.trim_start_matches('\u{feff}');
    let mut lines = s
        .lines()
        .enumerate()
        .skip_while(|(_, l)| l.trim().is_empty());
    let Some((first_no, first)) = lines.next() else {
        return Err(RecordError::new(path, 1, "no text", "file is empty"));
    };
    let first = first.trim().trim_start_matches('#').trim();
    let (published, title) = match first.strip_prefix("date ") {
        Some(rest) => {
            let rest = rest.trim_start();
            let (d, title) = rest.split_at(rest.find(char::is_whitespace).unwrap_or(rest.len()));
            match parse_date(d) {
                Some(date) => (Some(date), title.trim()),
                None => {
                    return Err(RecordError::new(
                        path,
                        first_no as u64 + 1,
                        "bad date",
                        format!("header line: cannot read {d:?} as a date (expected `date YYYY-MM-DD Title`)"),
                    ))
                }
            }
        }
        None => (None, first),
    };
    let body: Vec<&str> = lines.map(|(_, l)| l).collect();
    let text = body.join("\n").trim().to_string();
    let (title, text) = if text.is_empty() {
        // A one-line file is all text, no title.
        (None, title.to_string())
    } else {
        (Some(title.to_string()), text)
    };
    if text.trim().is_empty() {
        return Err(RecordError::new(
            path,
            first_no as u64 + 1,
            "no text",
            "no article text after the header line",
        ));
    }
    Ok(Article::new(None, title, published, text, None, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_line_gives_date_and_title() {
        let a = parse_text(
            "f",
            " date 2023-02-17 Pakistan Shootout\n\nBody one.\n\nBody two.",
        )
        .unwrap();
        assert_eq!(a.published.unwrap().to_string(), "2023-02-17");
        assert_eq!(a.title.as_deref(), Some("Pakistan Shootout"));
        assert_eq!(a.text, "Body one.\n\nBody two.");
    }

    #[test]
    fn first_line_is_title_otherwise() {
        let a = parse_text("f", "# A title\nThe text.").unwrap();
        assert_eq!(a.title.as_deref(), Some("A title"));
        assert_eq!(a.published, None);
        assert_eq!(a.text, "The text.");
    }

    #[test]
    fn bad_header_date_is_an_error_with_line() {
        let e = parse_text("f.txt", "\ndate 2023-13-45 X\nbody").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.to_string().starts_with("f.txt:2: "), "{e}");
        assert_eq!(parse_text("f", "  \n \n").unwrap_err().kind, "no text");
    }
}
