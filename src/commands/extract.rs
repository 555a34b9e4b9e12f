//! `newsfacet extract`: read articles, run the extractor, print facets (no index involved).

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use rayon::prelude::*;

use super::{ColorChoice, Exit};
use crate::corpus::{self, Format};
use crate::extract::Extractor;
use crate::render::{human, json};

pub fn run(
    paths: &[PathBuf],
    format: Format,
    as_json: bool,
    explain: bool,
) -> anyhow::Result<Exit> {
    let format = if format == Format::Auto && paths.iter().any(|p| p.as_os_str() == "-") {
        Format::Txt
    } else {
        format
    };
    let inputs = corpus::collect_inputs(paths, format)?;
    let records = corpus::read_all(&inputs);
    let extractor = Extractor::get();
    let results: Vec<_> = records
        .into_par_iter()
        .map(|r| {
            r.map(|rec| {
                let f = extractor.extract(&rec.article);
                (rec, f)
            })
        })
        .collect();
    let style = human::Style {
        color: ColorChoice::Auto.enabled(),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut bad = 0usize;
    for r in results {
        match r {
            Ok((rec, facets)) => {
                if as_json {
                    writeln!(out, "{}", json::extract_line(&rec.article, &facets))?;
                } else {
                    writeln!(
                        out,
                        "{}",
                        human::extract_block(&rec.article, &facets, explain, style)
                    )?;
                }
            }
            Err(e) => {
                bad += 1;
                eprintln!("{e}");
            }
        }
    }
    out.flush()?;
    Ok(if bad > 0 {
        Exit::Partial
    } else {
        Exit::Success
    })
}
