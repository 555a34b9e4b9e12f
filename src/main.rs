//! The `newsfacet` command line: argument definitions and dispatch only; the work is done by the
//! library's `commands` module.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use newsfacet::commands::{self, Exit};
use newsfacet::corpus::Format;

/// mimalloc instead of the system allocator: extraction allocates many short-lived strings and
/// vectors per article, and glibc's malloc/free were about a fifth of its time (docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const EXIT_CODES: &str = "\
Exit status:
  0  success (search: at least one hit)
  1  index: some records were skipped (each reported as path:line: reason); the rest were committed
     search: no article matched
     eval: a figure is below the --min-* threshold given
  2  error: bad arguments, unreadable index, index locked by another process, ...";

/// Full-text search for news archives, with extracted facets: event date, province, armed group,
/// death toll.
#[derive(Parser, Debug)]
#[command(name = "newsfacet", version, about, after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Debug, Clone)]
struct IndexDir {
    /// Index directory.
    #[arg(
        long = "index",
        value_name = "DIR",
        default_value = "index",
        global = true
    )]
    index: PathBuf,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Read articles, extract their facets and add them to the index (re-indexed ids are replaced).
    #[command(after_help = EXIT_CODES)]
    Index {
        /// Files or folders (read recursively); `-` reads standard input (give --format).
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        dir: IndexDir,
        /// Input format; `auto` decides by extension (.jsonl .ndjson .json .txt .md .csv, and .gz of each).
        #[arg(long, value_enum, default_value = "auto")]
        format: Format,
        /// Commit after this many articles, so an interrupted run keeps everything before the last commit.
        #[arg(long, value_name = "N", default_value_t = 50_000)]
        commit_every: usize,
        /// Indexing memory budget in MiB (tantivy's writer heap, split across its threads).
        #[arg(long, value_name = "MB", default_value_t = 512)]
        heap_mb: usize,
        /// Longest title or text kept per article, in bytes; longer ones are cut with a warning
        /// (lines or files over 8 MiB are skipped as records).
        #[arg(long, value_name = "BYTES", default_value_t = commands::index::DEFAULT_MAX_ARTICLE_BYTES)]
        max_article_bytes: usize,
        /// Do not print bad records (the summary still counts them).
        #[arg(long, short)]
        quiet: bool,
    },
    /// Ranked keyword search with facet filters, sorting and facet counts.
    #[command(after_help = EXIT_CODES)]
    Search(Box<SearchArgs>),
    /// Run the extractor on articles without indexing them.
    #[command(after_help = EXIT_CODES)]
    Extract {
        /// Files or folders; `-` reads standard input (default format then: txt).
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "auto")]
        format: Format,
        /// One JSON object per line: id, event_date, places, groups, deaths, deaths_attackers, evidence.
        #[arg(long)]
        json: bool,
        /// Show the sentence and rule each facet came from.
        #[arg(long)]
        explain: bool,
    },
    /// Article count, date span, top provinces and groups, size on disk.
    Stats {
        #[command(flatten)]
        dir: IndexDir,
        #[arg(long)]
        json: bool,
    },
    /// Score the extractor against a gold file (the ../shared/data/README.md format): per-facet
    /// figures as tools/score_facets.py computes them, and a listing of the worst errors.
    #[command(after_help = EXIT_CODES)]
    Eval(commands::eval::Options),
    /// Delete articles by id.
    Delete {
        #[command(flatten)]
        dir: IndexDir,
        /// Article ids to delete.
        #[arg(long = "id", value_name = "ID", required = true, num_args = 1..)]
        ids: Vec<String>,
    },
    /// HTTP JSON API and a faceted search page (loopback by default).
    Serve {
        #[command(flatten)]
        dir: IndexDir,
        /// Address to listen on (port 0 picks a free one; the URL is printed).
        #[arg(long, value_name = "ADDR", default_value = commands::serve::DEFAULT_ADDR)]
        addr: std::net::SocketAddr,
    },
    /// Write every article with its facets as ndjson, or as an Elasticsearch/OpenSearch `_bulk` body.
    Export {
        #[command(flatten)]
        dir: IndexDir,
        #[arg(long, value_enum)]
        format: commands::export::ExportFormat,
        /// Output file (default: standard output).
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Index name in the `_bulk` action lines.
        #[arg(long, value_name = "NAME", default_value = "newsfacet")]
        es_index: String,
    },
}

#[derive(Args, Debug)]
struct SearchArgs {
    /// Query in tantivy syntax over title and text: words (all must match), "phrases", AND/OR/NOT,
    /// -word, title:word. Empty lists every article that passes the filters.
    #[arg(value_name = "QUERY", default_value = "")]
    query: String,
    #[command(flatten)]
    dir: IndexDir,
    /// Event date on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Event date on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD; a month or year includes all its days).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Province (first-level region), case-insensitive, canonical name or alias; repeat for any-of.
    #[arg(long, value_name = "NAME")]
    province: Vec<String>,
    /// Country, case-insensitive; repeat for any-of.
    #[arg(long, value_name = "NAME")]
    country: Vec<String>,
    /// Responsible group, canonical name or alias ("pakistani taliban", "TTP"); repeat for any-of.
    #[arg(long, value_name = "NAME")]
    group: Vec<String>,
    /// At least N killed (articles with no known toll are left out).
    #[arg(long, value_name = "N")]
    min_deaths: Option<u64>,
    /// At most N killed (articles with no known toll are left out).
    #[arg(long, value_name = "N")]
    max_deaths: Option<u64>,
    /// Order of hits.
    #[arg(long, value_enum, default_value = "relevance")]
    sort: newsfacet::search::Sort,
    #[arg(long, short = 'n', value_name = "N", default_value_t = 10)]
    limit: usize,
    #[arg(long, value_name = "N", default_value_t = 0)]
    offset: usize,
    /// Counts over the whole matching set: province, country, group, event month, total and max deaths.
    #[arg(long)]
    facets: bool,
    /// One JSON object: {"total", "hits": [...], "facets": {...}}.
    #[arg(long)]
    json: bool,
    /// Colour: auto (on a terminal), always, never.
    #[arg(long, value_enum, default_value = "auto")]
    color: commands::ColorChoice,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Index {
            paths,
            dir,
            format,
            commit_every,
            heap_mb,
            max_article_bytes,
            quiet,
        } => commands::index::run(&commands::index::Options {
            paths,
            index: dir.index,
            format,
            commit_every,
            heap_mb,
            max_article_bytes,
            quiet,
        }),
        Command::Search(a) => {
            let a = *a;
            commands::search::run(&commands::search::Options {
                index: a.dir.index,
                query: a.query,
                from: a.from,
                to: a.to,
                provinces: a.province,
                countries: a.country,
                groups: a.group,
                min_deaths: a.min_deaths,
                max_deaths: a.max_deaths,
                sort: a.sort,
                limit: a.limit,
                offset: a.offset,
                facets: a.facets,
                json: a.json,
                color: a.color,
            })
        }
        Command::Extract {
            paths,
            format,
            json,
            explain,
        } => commands::extract::run(&paths, format, json, explain),
        Command::Eval(o) => commands::eval::run(&o),
        Command::Stats { dir, json } => commands::stats::run(&dir.index, json),
        Command::Delete { dir, ids } => commands::delete::run(&dir.index, &ids),
        Command::Serve { dir, addr } => commands::serve::run(&commands::serve::Options {
            index: dir.index,
            addr,
        }),
        Command::Export {
            dir,
            format,
            output,
            es_index,
        } => commands::export::run(&commands::export::Options {
            index: dir.index,
            format,
            output,
            es_index,
        }),
    };
    match result {
        Ok(Exit::Success) => ExitCode::SUCCESS,
        Ok(Exit::Partial) => ExitCode::from(1),
        Err(e) => {
            eprintln!("newsfacet: {e:#}");
            ExitCode::from(2)
        }
    }
}
