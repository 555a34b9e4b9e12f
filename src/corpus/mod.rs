//! Reading corpora: walks paths, detects each file's format, and streams its articles.
//!
//! Every reader yields `Result<Record, RecordError>`: a bad record is reported as
//! `path:line: reason` and reading goes on with the next one. Gzip (`.gz`) works for every format.

mod csv;
mod fields;
mod json;
mod text;

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::article::Article;

/// Largest record (one JSONL line, one text file, one JSON document) read; larger ones are skipped
/// with a reason, so a 50 MB junk line never becomes a 50 MB article.
pub const MAX_RECORD_BYTES: usize = 8 * 1024 * 1024;

/// Input format of a corpus file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// By file extension (`.jsonl`, `.ndjson`, `.json`, `.txt`, `.md`, `.csv`, each optionally `.gz`).
    Auto,
    /// One JSON article per line.
    Jsonl,
    /// One JSON article, or an array of them.
    Json,
    /// One article per file; optional first line `date YYYY-MM-DD Title`.
    Txt,
    /// A header row with the JSONL field names, one article per row.
    Csv,
}

impl Format {
    /// The format a path's extension names, looking through a `.gz` suffix.
    pub fn from_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.')?.1;
        match ext {
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "json" => Some(Format::Json),
            "txt" | "md" | "text" => Some(Format::Txt),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// An article and where it was read.
#[derive(Debug, Clone)]
pub struct Record {
    pub article: Article,
    pub path: String,
    pub line: u64,
}

/// A record that could not be read, with where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    pub path: String,
    /// 1-based line of the record; 0 when the whole file is at fault.
    pub line: u64,
    pub reason: String,
    /// Short category used in summaries ("invalid JSON", "no text", ...).
    pub kind: &'static str,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.path, self.line, self.reason)
        } else {
            write!(f, "{}: {}", self.path, self.reason)
        }
    }
}

impl std::error::Error for RecordError {}

impl RecordError {
    pub fn new(path: &str, line: u64, kind: &'static str, reason: impl Into<String>) -> Self {
        RecordError {
            path: path.to_string(),
            line,
            reason: reason.into(),
            kind,
        }
    }
}

/// One file to read, with the format it will be read as.
#[derive(Debug, Clone)]
pub struct Input {
    pub path: PathBuf,
    pub format: Format,
    /// Size on disk, for progress in bytes.
    pub bytes: u64,
}

/// Expands files and folders (recursively, in name order, hidden entries skipped) into inputs.
/// `-` stands for standard input. Files inside folders whose format cannot be told from the
/// extension are left out; an explicitly named one is an error record, reported when read.
pub fn collect_inputs(paths: &[PathBuf], format: Format) -> anyhow::Result<Vec<Input>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input {
                path: p.clone(),
                format,
                bytes: 0,
            });
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|e| anyhow::anyhow!("{}: {}", p.display(), e))?;
        if meta.is_dir() {
            let walker = walkdir::WalkDir::new(p)
                .follow_links(true)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| {
                    e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')
                });
            for entry in walker {
                let entry = entry.map_err(|e| anyhow::anyhow!("{}: {}", p.display(), e))?;
                if !entry.file_type().is_file() {
                    continue;
                }
                let path = entry.path();
                let fmt = match format {
                    Format::Auto => match Format::from_path(path) {
                        Some(f) => f,
                        None => continue,
                    },
                    f => f,
                };
                let bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
                out.push(Input {
                    path: path.to_path_buf(),
                    format: fmt,
                    bytes,
                });
            }
        } else {
            out.push(Input {
                path: p.clone(),
                format,
                bytes: meta.len(),
            });
        }
    }
    Ok(out)
}

/// Reads one input, calling `sink` for every record or record error, in file order.
/// `progress` is called with the number of (compressed) bytes consumed so far in this file.
pub fn read_input(
    input: &Input,
    sink: &mut dyn FnMut(Result<Record, RecordError>),
    progress: &mut dyn FnMut(u64),
) {
    let display = input.path.display().to_string();
    let format = match input.format {
        Format::Auto => match Format::from_path(&input.path) {
            Some(f) => f,
            None => {
                sink(Err(RecordError::new(
                    &display,
                    0,
                    "unknown format",
                    "cannot tell the format from the file name; use --format jsonl|json|txt|csv",
                )));
                return;
            }
        },
        f => f,
    };
    let raw: Box<dyn Read> = if input.path.as_os_str() == "-" {
        Box::new(io::stdin())
    } else {
        match File::open(&input.path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                sink(Err(RecordError::new(
                    &display,
                    0,
                    "unreadable file",
                    e.to_string(),
                )));
                return;
            }
        }
    };
    read_from(&display, format, is_gz(&input.path), raw, sink, progress);
}

/// Reads records of `format` from bytes in memory, exactly as [`read_input`] reads a file called
/// `display` (gunzipping first when `gz`). For tests and fuzzing.
pub fn read_bytes(
    display: &str,
    format: Format,
    gz: bool,
    data: &[u8],
    sink: &mut dyn FnMut(Result<Record, RecordError>),
) {
    let format = match format {
        Format::Auto => Format::from_path(Path::new(display)).unwrap_or(Format::Txt),
        f => f,
    };
    read_from(display, format, gz, Box::new(data), sink, &mut |_| {});
}

fn read_from<'a>(
    display: &str,
    format: Format,
    gz: bool,
    raw: Box<dyn Read + 'a>,
    sink: &mut dyn FnMut(Result<Record, RecordError>),
    progress: &mut dyn FnMut(u64),
) {
    let reader: Box<dyn Read + 'a> = if gz {
        Box::new(flate2::read::MultiGzDecoder::new(raw))
    } else {
        raw
    };
    let counted = CountingReader {
        inner: reader,
        count: 0,
        progress,
        last: 0,
    };
    let mut buf = BufReader::with_capacity(256 * 1024, counted);
    // A file that yields nothing at all (empty, blank, a CSV header alone) is reported once, so
    // that every input file shows up in the counts.
    let mut yielded = false;
    let mut counting_sink = |r: Result<Record, RecordError>| {
        yielded = true;
        sink(r)
    };
    match format {
        Format::Jsonl => json::read_jsonl(display, &mut buf, &mut counting_sink),
        Format::Json => json::read_json(display, &mut buf, &mut counting_sink),
        Format::Txt => text::read_text(display, &mut buf, &mut counting_sink),
        Format::Csv => csv::read_csv(display, &mut buf, &mut counting_sink),
        Format::Auto => unreachable!("resolved by the callers"),
    }
    if !yielded {
        sink(Err(RecordError::new(
            display,
            1,
            "empty file",
            "no articles in this file (it is empty or blank)",
        )));
    }
}

/// Reads all records of all inputs into memory (for `extract` and tests).
pub fn read_all(inputs: &[Input]) -> Vec<Result<Record, RecordError>> {
    let mut out = Vec::new();
    for input in inputs {
        read_input(input, &mut |r| out.push(r), &mut |_| {});
    }
    out
}

fn is_gz(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// Counts bytes read, reporting progress every 256 KiB.
struct CountingReader<'a, R> {
    inner: R,
    count: u64,
    last: u64,
    progress: &'a mut dyn FnMut(u64),
}

impl<R: Read> Read for CountingReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        if self.count - self.last >= 256 * 1024 || n == 0 {
            (self.progress)(self.count);
            self.last = self.count;
        }
        Ok(n)
    }
}

/// Reads one line of at most `MAX_RECORD_BYTES` into `buf` (without the newline). Returns
/// `Ok(None)` at end of input, `Ok(Some(true))` for a line that was too long (its rest is
/// skipped), `Ok(Some(false))` otherwise.
pub(crate) fn read_line_bounded(
    r: &mut dyn BufRead,
    buf: &mut Vec<u8>,
) -> io::Result<Option<bool>> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let available = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(if any { Some(too_long) } else { None });
        }
        any = true;
        let (chunk, done) = match memchr(b'\n', available) {
            Some(i) => (&available[..i], Some(i + 1)),
            None => (available, None),
        };
        if !too_long {
            if buf.len() + chunk.len() > MAX_RECORD_BYTES {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = done.unwrap_or(available.len());
        r.consume(used);
        if done.is_some() {
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            return Ok(Some(too_long));
        }
    }
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

/// 1-based line of byte offset `at` in `data`.
pub(crate) fn line_of(data: &[u8], at: usize) -> u64 {
    data[..at.min(data.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u64
        + 1
}

/// Reads the whole input up to `MAX_RECORD_BYTES`; `Err` names why not.
pub(crate) fn read_bounded(r: &mut dyn Read) -> Result<Vec<u8>, String> {
    let mut data = Vec::new();
    let n = r
        .take(MAX_RECORD_BYTES as u64 + 1)
        .read_to_end(&mut data)
        .map_err(|e| format!("read error: {e}"))?;
    if n > MAX_RECORD_BYTES {
        return Err(format!(
            "file is larger than the {} MiB record limit",
            MAX_RECORD_BYTES / (1024 * 1024)
        ));
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_extensions() {
        assert_eq!(Format::from_path(Path::new("a.jsonl")), Some(Format::Jsonl));
        assert_eq!(
            Format::from_path(Path::new("a.NDJSON.gz")),
            Some(Format::Jsonl)
        );
        assert_eq!(Format::from_path(Path::new("a.json")), Some(Format::Json));
        assert_eq!(Format::from_path(Path::new("x/a.md")), Some(Format::Txt));
        assert_eq!(Format::from_path(Path::new("a.csv.gz")), Some(Format::Csv));
        assert_eq!(Format::from_path(Path::new("a.bin")), None);
        assert_eq!(Format::from_path(Path::new("noext")), None);
    }

    #[test]
    fn bounded_lines() {
        let data = b"one\r\ntwo\nthree";
        let mut r: &[u8] = data;
        let mut buf = Vec::new();
        assert_eq!(read_line_bounded(&mut r, &mut buf).unwrap(), Some(false));
        assert_eq!(buf, b"one");
        assert_eq!(read_line_bounded(&mut r, &mut buf).unwrap(), Some(false));
        assert_eq!(buf, b"two");
        assert_eq!(read_line_bounded(&mut r, &mut buf).unwrap(), Some(false));
        assert_eq!(buf, b"three");
        assert_eq!(read_line_bounded(&mut r, &mut buf).unwrap(), None);
    }
}
