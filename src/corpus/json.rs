//! JSON Lines and JSON readers.

use std::io::BufRead;

use serde_json::Value;

use super::fields::article_from_object;
use super::{line_of, read_bounded, read_line_bounded, Record, RecordError, MAX_RECORD_BYTES};

/// One article per line; blank lines are skipped.
pub fn read_jsonl(
    path: &str,
    r: &mut dyn BufRead,
    sink: &mut dyn FnMut(Result<Record, RecordError>),
) {
    let mut buf = Vec::new();
    let mut line = 0u64;
    loop {
        line += 1;
        let too_long = match read_line_bounded(r, &mut buf) {
            Ok(None) => return,
            Ok(Some(t)) => t,
            Err(e) => {
                sink(Err(RecordError::new(
                    path,
                    line,
                    "read error",
                    format!("read error: {e}"),
                )));
                return;
            }
        };
        if too_long {
            sink(Err(RecordError::new(
                path,
                line,
                "too large",
                format!(
                    "line is longer than the {} MiB record limit",
                    MAX_RECORD_BYTES >> 20
                ),
            )));
            continue;
        }
        let Ok(s) = std::str::from_utf8(&buf) else {
            sink(Err(RecordError::new(
                path,
                line,
                "invalid UTF-8",
                "line is not valid UTF-8",
            )));
            continue;
        };
        let s = s.trim_start_matches('\u{feff}');
        if s.trim().is_empty() {
            continue;
        }
        sink(parse_one(path, line, s));
    }
}

fn parse_one(path: &str, line: u64, s: &str) -> Result<Record, RecordError> {
    let v: Value = serde_json::from_str(s)
        .map_err(|e| RecordError::new(path, line, "invalid JSON", format!("invalid JSON: {e}")))?;
    let Value::Object(obj) = v else {
        return Err(RecordError::new(
            path,
            line,
            "not an object",
            "expected a JSON object",
        ));
    };
    let article = article_from_object(&obj, path, line)?;
    Ok(Record {
        article,
        path: path.to_string(),
        line,
    })
}

/// One article, or an array of articles. Each array element is reported at the line it starts on.
pub fn read_json(
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
                "file is not valid UTF-8",
            )));
            return;
        }
    };
    let s = s.trim_start_matches('\u{feff}');
    if s.trim().is_empty() {
        return; // reported once as an empty file
    }
    if s.trim_start().starts_with('[') {
        read_json_array(path, s, sink);
        return;
    }
    let v: Value = match serde_json::from_str(s) {
        Ok(v) => v,
        Err(e) => {
            let line = (e.line() as u64).max(1);
            sink(Err(RecordError::new(
                path,
                line,
                "invalid JSON",
                format!("invalid JSON: {e}"),
            )));
            return;
        }
    };
    match v {
        Value::Object(obj) => sink(article_from_object(&obj, path, 1).map(|article| Record {
            article,
            path: path.into(),
            line: 1,
        })),
        _ => sink(Err(RecordError::new(
            path,
            1,
            "not an object",
            "expected a JSON object or an array of objects",
        ))),
    }
}

/// An array of articles, element by element: a broken or cut-off element costs that element
/// only, and everything before it (and after it, when the array goes on) is read. A small
/// scanner that tracks strings and nesting finds where each element starts and ends; serde_json
/// parses each one (with its recursion limit, so deep nesting is an error, not a stack overflow).
fn read_json_array(path: &str, s: &str, sink: &mut dyn FnMut(Result<Record, RecordError>)) {
    let b = s.as_bytes();
    let open = s.find('[').expect("caller checked");
    let mut line = 1 + b[..open].iter().filter(|&&c| c == b'\n').count() as u64;
    let (mut depth, mut in_str, mut esc) = (0usize, false, false);
    // Start byte and line of the element being scanned.
    let mut start: Option<(usize, u64)> = None;
    let mut after_comma = false;
    let mut index = 0usize;
    let mut closed_at = None;
    let mut emit = |elem: Option<(usize, u64)>, end: usize, line: u64, index: &mut usize| {
        *index += 1;
        let Some((from, elem_line)) = elem else {
            sink(Err(RecordError::new(
                path,
                line,
                "invalid JSON",
                format!("invalid JSON: array element {index} is empty (a stray comma)"),
            )));
            return;
        };
        sink(parse_element(path, &s[from..end], elem_line, *index));
    };
    let mut i = open + 1;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            line += 1;
        }
        if in_str {
            match (esc, c) {
                (true, _) => esc = false,
                (false, b'\\') => esc = true,
                (false, b'"') => in_str = false,
                _ => {}
            }
            i += 1;
            continue;
        }
        match c {
            b'"' => {
                in_str = true;
                start.get_or_insert((i, line));
            }
            b'[' | b'{' => {
                depth += 1;
                start.get_or_insert((i, line));
            }
            b']' | b'}' if depth > 0 => depth -= 1,
            b',' if depth == 0 => {
                emit(start.take(), i, line, &mut index);
                after_comma = true;
            }
            b']' if depth == 0 => {
                if start.is_some() || after_comma {
                    emit(start.take(), i, line, &mut index);
                }
                closed_at = Some(i);
                break;
            }
            b' ' | b'\t' | b'\r' | b'\n' => {}
            _ => {
                start.get_or_insert((i, line));
            }
        }
        i += 1;
    }
    let Some(closed) = closed_at else {
        let at = start.map_or(line, |(_, l)| l);
        sink(Err(RecordError::new(
            path,
            at,
            "invalid JSON",
            "invalid JSON: the array is cut off before its closing `]`",
        )));
        return;
    };
    let rest = &s[closed + 1..];
    if let Some(off) = rest.find(|c: char| !c.is_whitespace()) {
        let at = line + rest[..off].matches('\n').count() as u64;
        sink(Err(RecordError::new(
            path,
            at,
            "invalid JSON",
            "invalid JSON: trailing characters after the array",
        )));
    }
}

fn parse_element(path: &str, elem: &str, line: u64, index: usize) -> Result<Record, RecordError> {
    let v: Value = serde_json::from_str(elem).map_err(|e| {
        RecordError::new(
            path,
            line + e.line().saturating_sub(1) as u64,
            "invalid JSON",
            format!("invalid JSON in array element {index}: {e}"),
        )
    })?;
    let Value::Object(obj) = v else {
        return Err(RecordError::new(
            path,
            line,
            "not an object",
            format!("array element {index} is not a JSON object"),
        ));
    };
    let article = article_from_object(&obj, path, line)?;
    Ok(Record {
        article,
        path: path.into(),
        line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    type Reader = fn(&str, &mut dyn BufRead, &mut dyn FnMut(Result<Record, RecordError>));

    fn collect(f: Reader, data: &[u8]) -> Vec<Result<Record, RecordError>> {
        let mut out = Vec::new();
        let mut r = data;
        f("t", &mut r, &mut |x| out.push(x));
        out
    }

    #[test]
    fn jsonl_reports_bad_lines_and_keeps_good_ones() {
        let data =
            b"{\"id\":\"a\",\"text\":\"x\"}\n\n{bad\n\xff\xfe\n[1]\n{\"id\":\"b\",\"text\":\"y\"}";
        let out = collect(read_jsonl, data);
        assert_eq!(out.len(), 5);
        assert_eq!(out[0].as_ref().unwrap().article.id, "a");
        assert_eq!(out[1].as_ref().unwrap_err().line, 3);
        assert_eq!(out[2].as_ref().unwrap_err().kind, "invalid UTF-8");
        assert_eq!(out[3].as_ref().unwrap_err().kind, "not an object");
        assert_eq!(out[4].as_ref().unwrap().line, 6);
    }

    #[test]
    fn json_array_lines() {
        let data = b"[\n {\"id\": \"a\", \"text\": \"x, [y]\"},\n 5,\n {\"id\": \"b\", \"text\": \"z\"}\n]";
        let out = collect(read_json, data);
        assert_eq!(out.len(), 3);
        assert_eq!(out[0].as_ref().unwrap().line, 2);
        let e = out[1].as_ref().unwrap_err();
        assert_eq!((e.line, e.kind), (3, "not an object"));
        assert_eq!(out[2].as_ref().unwrap().line, 4);
    }

    #[test]
    fn json_single_object_and_truncated() {
        let out = collect(read_json, b"{\"title\": \"t\", \"maintext\": \"m\"}");
        assert_eq!(out[0].as_ref().unwrap().article.text, "m");
        // A cut-off array keeps the elements before the cut.
        let out = collect(read_json, b"[{\"id\": \"a\", \"text\": \"x\"},\n{\"id\"");
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].as_ref().unwrap().article.id, "a");
        let e = out[1].as_ref().unwrap_err();
        assert_eq!((e.kind, e.line), ("invalid JSON", 2));
        let out = collect(read_json, b"{\"id\": \"a\", \"te");
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].as_ref().unwrap_err().kind, "invalid JSON");
    }

    #[test]
    fn json_array_bad_elements_cost_only_themselves() {
        let data = b"[\n{\"id\": \"a\", \"text\": \"x ] , {\"},\n{\"id\": tru},\n,\n[[[[1]]]],\n{\"id\": \"b\", \"text\": \"y\"},\n]\n junk";
        let out = collect(read_json, data);
        let kinds: Vec<_> = out
            .iter()
            .map(|r| match r {
                Ok(r) => (r.article.id.as_str(), r.line),
                Err(e) => (e.kind, e.line),
            })
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("a", 2),
                ("invalid JSON", 3),
                ("invalid JSON", 4),
                ("not an object", 5),
                ("b", 6),
                ("invalid JSON", 7),
                ("invalid JSON", 8)
            ]
        );
        let deep = format!("[{}{}]", "[".repeat(100_000), "]".repeat(100_000));
        let out = collect(read_json, deep.as_bytes());
        assert_eq!(out.len(), 1);
        assert!(out[0]
            .as_ref()
            .unwrap_err()
            .reason
            .contains("recursion limit"));
    }
}
