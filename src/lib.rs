//! newsfacet: full-text search for news archives with extracted facets.
//!
//! The pipeline, one module per stage:
//! [`corpus`] reads articles → [`extract`] finds their facets → [`index`] stores both in tantivy →
//! [`search`] runs ranked, filtered and faceted queries → [`render`] prints them for people or as
//! JSON. [`commands`] composes the stages into the CLI's subcommands.

pub mod article;
pub mod commands;
pub mod corpus;
pub mod eval;
pub mod extract;
pub mod index;
pub mod render;
pub mod search;
pub mod serve;

pub use article::Article;
pub use extract::{Extractor, Facets};
