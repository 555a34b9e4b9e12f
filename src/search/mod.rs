//! Searching the index.

/// `--sort`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Best match first (BM25, title boosted); newest first when there is no query.
    Relevance,
    /// Newest event date first.
    Date,
    /// Highest death toll first; unknown tolls last.
    Deaths,
}
