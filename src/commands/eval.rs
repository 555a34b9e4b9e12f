//! `newsfacet eval GOLD.jsonl ...`: runs the extractor over gold files, prints the scorer's figures
//! (`tools/score_facets.py` definitions) and the most frequent error classes with example articles,
//! optionally writes the predictions and fails below given thresholds.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;

use super::{ColorChoice, Exit};
use crate::eval::confusion::{self, Facet, FacetErrors};
use crate::eval::{self, Summary};
use crate::extract::{Extractor, Facets};
use crate::render::human::Style;
use crate::render::json;

/// Options of `newsfacet eval`.
#[derive(clap::Args, Debug, Clone)]
pub struct Options {
    /// Gold files (JSON Lines with a `gold` key per article, see ../shared/data/README.md).
    #[arg(value_name = "GOLD", required = true)]
    pub gold: Vec<PathBuf>,
    /// Print one JSON summary line per gold file, with the scorer's keys (floats rounded to 4
    /// decimals as the scorer's `--json` line has them), and nothing else.
    #[arg(long)]
    pub json: bool,
    /// Example articles listed per facet under its most frequent error classes (0: no listing).
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub worst: usize,
    /// Error classes listed per facet.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub classes: usize,
    /// List the errors of this facet only.
    #[arg(long, value_enum)]
    pub facet: Option<Facet>,
    /// Also write the predictions, as `extract --json` prints them, to FILE (all gold files in turn).
    #[arg(long, value_name = "FILE")]
    pub pred_out: Option<PathBuf>,
    /// Exit with status 1 when date_acc is below this (in any gold file that scores dates).
    #[arg(long, value_name = "X")]
    pub min_date: Option<f64>,
    /// Exit with status 1 when province_primary_acc is below this.
    #[arg(long, value_name = "X")]
    pub min_province: Option<f64>,
    /// Exit with status 1 when group_f1 is below this.
    #[arg(long, value_name = "X")]
    pub min_group: Option<f64>,
    /// Exit with status 1 when deaths_exact_pos is below this.
    #[arg(long, value_name = "X")]
    pub min_deaths: Option<f64>,
    /// Colour: auto (on a terminal), always, never.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
}

/// The figure each `--min-*` option checks.
fn thresholds(o: &Options) -> [(&'static str, &'static str, Option<f64>); 4] {
    [
        ("--min-date", "date_acc", o.min_date),
        ("--min-province", "province_primary_acc", o.min_province),
        ("--min-group", "group_f1", o.min_group),
        ("--min-deaths", "deaths_exact_pos", o.min_deaths),
    ]
}

pub fn run(o: &Options) -> anyhow::Result<Exit> {
    let style = Style {
        color: !o.json && o.color.enabled(),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut pred_out = match &o.pred_out {
        Some(p) => Some(BufWriter::new(
            File::create(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?,
        )),
        None => None,
    };
    let extractor = Extractor::get();
    let mut below = Vec::new();
    for path in &o.gold {
        let records = eval::read_gold_file(path)?;
        let start = Instant::now();
        let facets: Vec<Facets> = records
            .par_iter()
            .map(|r| extractor.extract(&r.article))
            .collect();
        let elapsed = start.elapsed().as_secs_f64();
        if let Some(w) = pred_out.as_mut() {
            for (r, f) in records.iter().zip(&facets) {
                writeln!(w, "{}", json::extract_line(&r.article, f))?;
            }
        }
        let scored = eval::judge_records(&records, &facets);
        let summary = eval::summarize(&scored);
        if o.json {
            writeln!(out, "{}", summary.to_json())?;
        } else {
            let bytes: usize = records.iter().map(|r| r.article.text.len()).sum();
            writeln!(
                out,
                "{}  {} articles, extracted in {:.2} s ({:.1} MB/s on {} threads)",
                style.bold(&path.display().to_string()),
                records.len(),
                elapsed,
                bytes as f64 / 1e6 / elapsed.max(1e-9),
                rayon::current_num_threads(),
            )?;
            write_summary(&mut out, &summary, style)?;
            if o.worst > 0 || o.facet.is_some() {
                for facet in Facet::ALL
                    .into_iter()
                    .filter(|f| o.facet.is_none_or(|x| x == *f))
                {
                    let errors = confusion::errors(&scored, facet, o.worst);
                    write_errors(&mut out, &errors, o.classes, style)?;
                }
            }
            writeln!(out)?;
        }
        let figures = summary.entries();
        for (flag, key, min) in thresholds(o) {
            let Some(min) = min else { continue };
            let value = figures.iter().find(|(k, _)| k == key).and_then(|(_, v)| *v);
            if let Some(v) = value.filter(|v| *v < min) {
                below.push(format!(
                    "{}: {key} {v:.4} is below {flag} {min}",
                    path.display()
                ));
            }
        }
    }
    out.flush()?;
    if let Some(mut w) = pred_out {
        w.flush()?;
    }
    for b in &below {
        eprintln!("newsfacet eval: {b}");
    }
    Ok(if below.is_empty() {
        Exit::Success
    } else {
        Exit::Partial
    })
}

/// The figures, one facet a line: the headline figure first, then its companions.
fn write_summary(out: &mut impl Write, s: &Summary, st: Style) -> io::Result<()> {
    let f = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v:.4}"));
    let p = |v: f64| format!("{v:.4}");
    let rows = [
        ("date", "acc", f(s.date_acc), s.date_n, String::new()),
        (
            "province",
            "primary_acc",
            f(s.province_primary_acc),
            s.province_n,
            format!(
                "f1 {}  p {}  r {}",
                f(s.province_f1),
                p(s.province_p),
                p(s.province_r)
            ),
        ),
        (
            "group",
            "f1",
            f(s.group_f1),
            s.group_n,
            format!(
                "p {}  r {}  primary_acc {}",
                p(s.group_p),
                p(s.group_r),
                f(s.group_primary_acc)
            ),
        ),
        (
            "deaths",
            "exact_pos",
            f(s.deaths_exact_pos),
            s.deaths_pos_n,
            format!(
                "near_pos {}  exact {} (n {})",
                f(s.deaths_near_pos),
                f(s.deaths_exact),
                s.deaths_n
            ),
        ),
    ];
    writeln!(
        out,
        "  {}",
        st.dim(&format!(
            "{:<9} {:<12} {:>7} {:>7}",
            "facet", "figure", "value", "n"
        ))
    )?;
    for (facet, figure, value, n, more) in rows {
        writeln!(
            out,
            "  {:<9} {:<12} {:>7} {:>7}   {}",
            st.key(facet),
            figure,
            st.bold(&value),
            n,
            st.dim(&more)
        )?;
    }
    if s.predicted != s.articles {
        writeln!(
            out,
            "  {} of {} gold ids have no prediction",
            s.articles - s.predicted,
            s.articles
        )?;
    }
    Ok(())
}

fn write_errors(
    out: &mut impl Write,
    e: &FacetErrors,
    max_classes: usize,
    st: Style,
) -> io::Result<()> {
    writeln!(out)?;
    writeln!(
        out,
        "  {} errors: {} of {} articles",
        st.bold(e.facet.label()),
        e.wrong,
        e.scored
    )?;
    if e.classes.is_empty() {
        return Ok(());
    }
    for (class, n) in e.classes.iter().take(max_classes) {
        writeln!(out, "    {n:>6}  {class}")?;
    }
    if e.classes.len() > max_classes {
        let rest: usize = e.classes[max_classes..].iter().map(|c| c.1).sum();
        writeln!(
            out,
            "    {rest:>6}  {}",
            st.dim(&format!(
                "in {} other classes",
                e.classes.len() - max_classes
            ))
        )?;
    }
    for c in &e.examples {
        writeln!(
            out,
            "    {} {}",
            st.key(c.id),
            st.dim(&format!("(line {}) {}", c.line, c.class))
        )?;
        writeln!(
            out,
            "      predicted {}  gold {}",
            st.hit(&c.predicted),
            c.gold
        )?;
        match c.evidence {
            Some(ev) => writeln!(
                out,
                "      evidence  {} {}",
                st.dim(&ev.rule),
                confusion::snippet(&ev.sentence, 160)
            )?,
            None => writeln!(out, "      evidence  {}", st.dim("none"))?,
        }
        if let Some(m) = &c.gold_mention {
            writeln!(out, "      gold text {m}")?;
        }
    }
    Ok(())
}
