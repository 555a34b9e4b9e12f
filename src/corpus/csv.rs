//! CSV reader: a header row with the JSONL field names, one article per row.

use std::io::BufRead;

use serde_json::{Map, Value};

use super::fields::article_from_object;
use super::{Record, RecordError};

pub fn read_csv(
    path: &str,
    r: &mut dyn BufRead,
    sink: &mut dyn FnMut(Result<Record, RecordError>),
) {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(r);
    let headers = match rdr.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            sink(Err(RecordError::new(
                path,
                1,
                "invalid CSV",
                format!("cannot read the header row: {e}"),
            )));
            return;
        }
    };
    let names: Vec<String> = headers
        .iter()
        .map(|h| {
            String::from_utf8_lossy(h)
                .trim()
                .trim_start_matches('\u{feff}')
                .to_ascii_lowercase()
        })
        .collect();
    let mut rec = csv::ByteRecord::new();
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => return,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                sink(Err(RecordError::new(
                    path,
                    line,
                    "invalid CSV",
                    format!("invalid CSV: {e}"),
                )));
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    return;
                }
                continue;
            }
        }
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        if rec.len() != names.len() {
            sink(Err(RecordError::new(
                path,
                line,
                "ragged row",
                format!(
                    "row has {} fields, the header has {}",
                    rec.len(),
                    names.len()
                ),
            )));
            continue;
        }
        let mut obj = Map::new();
        let mut bad_utf8 = false;
        for (name, field) in names.iter().zip(rec.iter()) {
            match std::str::from_utf8(field) {
                Ok(s) if s.is_empty() => {}
                Ok(s) => {
                    obj.insert(name.clone(), Value::String(s.to_string()));
                }
                Err(_) => bad_utf8 = true,
            }
        }
        if bad_utf8 {
            sink(Err(RecordError::new(
                path,
                line,
                "invalid UTF-8",
                "row is not valid UTF-8",
            )));
            continue;
        }
        sink(article_from_object(&obj, path, line).map(|article| Record {
            article,
            path: path.into(),
            line,
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_and_ragged_rows() {
        let data =
            b"id,title,published,text\n1,T,2020-01-02,\"multi\nline\"\n2,only two\n3,X,,body\n";
        let mut out = Vec::new();
        let mut r: &[u8] = data;
        read_csv("c.csv", &mut r, &mut |x| out.push(x));
        assert_eq!(out.len(), 3);
        let a = &out[0].as_ref().unwrap().article;
        assert_eq!((a.id.as_str(), a.text.as_str()), ("1", "multi\nline"));
        let e = out[1].as_ref().unwrap_err();
        assert_eq!((e.line, e.kind), (4, "ragged row"));
        assert_eq!(out[2].as_ref().unwrap().line, 5);
    }
}
