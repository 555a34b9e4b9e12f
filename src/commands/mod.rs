//! One module per subcommand, each a thin composition of the pipeline's stages.

pub mod delete;
pub mod eval;
pub mod export;
pub mod extract;
pub mod index;
pub mod search;
pub mod serve;
pub mod stats;

use std::io::IsTerminal;

/// How a command ended when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Exit status 0.
    Success,
    /// Exit status 1: done, but some input was skipped or nothing matched.
    Partial,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Colour on when asked, or on a terminal without `NO_COLOR` set.
    pub fn enabled(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        }
    }
}

/// The default index directory.
pub const DEFAULT_INDEX: &str = "index";

/// Where the bundled sample corpus lives: `./sample`, else the source tree's `sample/`.
pub fn sample_dir() -> Option<std::path::PathBuf> {
    let candidates = [
        std::path::PathBuf::from("sample"),
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample"),
    ];
    candidates.into_iter().find(|p| p.is_dir())
}

/// When the default index does not exist yet, builds it from the bundled sample, saying so on
/// standard error. Any other index directory must be built explicitly.
pub fn ensure_default_index(dir: &std::path::Path) -> anyhow::Result<()> {
    if dir != std::path::Path::new(DEFAULT_INDEX) || dir.join("meta.json").exists() {
        return Ok(());
    }
    let Some(sample) = sample_dir() else {
        return Ok(());
    };
    eprintln!(
        "newsfacet: no index in ./{DEFAULT_INDEX} yet; building it from the bundled sample ({}) first",
        sample.display()
    );
    let summary = index::index_paths(&index::Options {
        paths: vec![sample],
        index: dir.to_path_buf(),
        format: crate::corpus::Format::Auto,
        commit_every: 50_000,
        heap_mb: 128,
        max_article_bytes: 0,
        quiet: false,
    })?;
    eprintln!("newsfacet: {}", summary.line());
    Ok(())
}
