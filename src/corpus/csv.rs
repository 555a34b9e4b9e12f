//! CSV reader: a header row with the JSONL field names, one article per row.

use std::cell::Cell;
use std::io::{self, BufRead, Read};
use std::rc::Rc;

use serde_json::{Map, Value};

use super::fields::article_from_object;
use super::{Record, RecordError, MAX_RECORD_BYTES};

/// Slack over `MAX_RECORD_BYTES` for the CSV reader's read-ahead (its buffer is 8 KiB).
const READ_AHEAD: u64 = 64 * 1024;

/// Shared state between the row loop and [`Bounded`].
#[derive(Default)]
struct Meter {
    /// Bytes handed to the CSV parser since the last complete row.
    since_row: Cell<u64>,
    /// Newlines handed to the CSV parser in all.
    newlines: Cell<u64>,
    /// Set when a row ran over the limit.
    overflow: Cell<bool>,
}

/// Feeds the CSV parser, failing the read when one row grows past the record limit, so a
/// 50 MB row (or an unclosed quote) never becomes a 50 MB buffer.
struct Bounded<'a> {
    inner: &'a mut dyn BufRead,
    meter: Rc<Meter>,
}

impl Read for Bounded<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.meter.since_row.get() > MAX_RECORD_BYTES as u64 + READ_AHEAD {
            self.meter.overflow.set(true);
            return Err(io::Error::other("row longer than the record limit"));
        }
        let n = self.inner.read(buf)?;
        let m = &self.meter;
        m.since_row.set(m.since_row.get() + n as u64);
        m.newlines
            .set(m.newlines.get() + buf[..n].iter().filter(|&&b| b == b'\n').count() as u64);
        Ok(n)
    }
}

impl Bounded<'_> {
    /// Drops the rest of the current physical line, counting it.
    fn skip_line(&mut self) -> io::Result<()> {
        loop {
            let available = self.inner.fill_buf()?;
            if available.is_empty() {
                return Ok(());
            }
            if let Some(i) = available.iter().position(|&b| b == b'\n') {
                self.inner.consume(i + 1);
                self.meter.newlines.set(self.meter.newlines.get() + 1);
                return Ok(());
            }
            let n = available.len();
            self.inner.consume(n);
        }
    }
}

pub fn read_csv(
    path: &str,
    r: &mut dyn BufRead,
    sink: &mut dyn FnMut(Result<Record, RecordError>),
) {
    let meter = Rc::new(Meter::default());
    let bounded = Bounded {
        inner: r,
        meter: meter.clone(),
    };
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(bounded);
    let headers = match rdr.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            let reason = if meter.overflow.get() {
                format!(
                    "the header row is longer than the {} MiB record limit",
                    MAX_RECORD_BYTES >> 20
                )
            } else {
                format!("cannot read the header row: {e}")
            };
            sink(Err(RecordError::new(path, 1, "invalid CSV", reason)));
            return;
        }
    };
    meter.since_row.set(0);
    let names: Vec<String> = headers
        .iter()
        .map(|h| {
            String::from_utf8_lossy(h)
                .trim()
                .trim_start_matches('\u{feff}')
                .to_ascii_lowercase()
        })
        .collect();
    // Lines before the current parser's first line (a new parser starts after a too-long row).
    let mut line_base = 0u64;
    let mut rec = csv::ByteRecord::new();
    loop {
        // Where the next row starts (the parser's position after the previous one).
        let row_start = line_base + rdr.position().line();
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => return,
            Ok(true) => meter.since_row.set(0),
            Err(e) if meter.overflow.get() => {
                // Skip to the end of the physical line the parser has reached and go on with a
                // fresh parser (the header is already known).
                let line = row_start;
                sink(Err(RecordError::new(
                    path,
                    line,
                    "too large",
                    format!(
                        "row is longer than the {} MiB record limit",
                        MAX_RECORD_BYTES >> 20
                    ),
                )));
                drop(e);
                let mut bounded = rdr.into_inner();
                if let Err(e) = bounded.skip_line() {
                    sink(Err(RecordError::new(
                        path,
                        line,
                        "read error",
                        format!("read error: {e}"),
                    )));
                    return;
                }
                line_base = meter.newlines.get();
                meter.since_row.set(0);
                meter.overflow.set(false);
                rdr = csv::ReaderBuilder::new()
                    .flexible(true)
                    .has_headers(false)
                    .from_reader(bounded);
                continue;
            }
            Err(e) => {
                let line = e
                    .position()
                    .map_or(row_start, |p| line_base + p.line().max(1));
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    sink(Err(RecordError::new(
                        path,
                        line,
                        "read error",
                        format!("read error: {e}"),
                    )));
                    return;
                }
                sink(Err(RecordError::new(
                    path,
                    line,
                    "invalid CSV",
                    format!("invalid CSV: {e}"),
                )));
                continue;
            }
        }
        let line = line_base + rec.position().map(|p| p.line()).unwrap_or(0);
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
                Ok("") => {}
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
