//! JSON Lines and JSON readers.

use std::io::BufRead;

use serde_json::Value;

use super::fields::article_from_object;
use super::{read_bounded, read_line_bounded, Record, RecordError, MAX_RECORD_BYTES};

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
            sink(Err(RecordError::new(path, 0, "too large", reason)));
            return;
        }
    };
    let Ok(s) = std::str::from_utf8(&data) else {
        sink(Err(RecordError::new(
            path,
            0,
            "invalid UTF-8",
            "file is not valid UTF-8",
        )));
        return;
    };
    let s = s.trim_start_matches('\u{feff}');
    let v: Value = match serde_json::from_str(s) {
        Ok(v) => v,
        Err(e) => {
            let line = e.line() as u64;
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
        Value::Array(items) => {
            let starts = element_lines(s);
            for (i, item) in items.into_iter().enumerate() {
                let line = starts.get(i).copied().unwrap_or(1);
                match item {
                    Value::Object(obj) => {
                        sink(article_from_object(&obj, path, line).map(|article| Record {
                            article,
                            path: path.into(),
                            line,
                        }))
                    }
                    _ => sink(Err(RecordError::new(
                        path,
                        line,
                        "not an object",
                        format!("array element {} is not a JSON object", i + 1),
                    ))),
                }
            }
        }
        _ => sink(Err(RecordError::new(
            path,
            1,
            "not an object",
            "expected a JSON object or an array of objects",
        ))),
    }
}

/// Line numbers where the top-level array's elements start (a small scanner that tracks strings
/// and nesting depth).
fn element_lines(s: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let (mut depth, mut line, mut in_str, mut esc, mut expect) =
        (0usize, 1u64, false, false, false);
    for c in s.chars() {
        if c == '\n' {
            line += 1;
        }
        if in_str {
            match (esc, c) {
                (true, _) => esc = false,
                (false, '\\') => esc = true,
                (false, '"') => in_str = false,
                _ => {}
            }
            continue;
        }
        if expect && depth == 1 && !c.is_whitespace() && c != ']' {
            out.push(line);
            expect = false;
        }
        match c {
            '"' => in_str = true,
            '[' | '{' => {
                depth += 1;
                if depth == 1 && c == '[' {
                    expect = true;
                }
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            ',' if depth == 1 => expect = true,
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(
        f: fn(&str, &mut dyn BufRead, &mut dyn FnMut(Result<Record, RecordError>)),
        data: &[u8],
    ) -> Vec<Result<Record, RecordError>> {
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
        let out = collect(read_json, b"[{\"id\": \"a\", \"text\": \"x\"},\n{\"id\"");
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].as_ref().unwrap_err().kind, "invalid JSON");
    }
}
