//! The index schema: every field name in one place.
//!
//! Text fields use the `news` analyzer (lower case, accent folding, English stop words and
//! stemming). Facets live in three forms: hierarchical facet fields for counting
//! (`/Pakistan/Sindh`), fast fields for sorting and ranges, and `*_key` string fields holding
//! folded canonical names and aliases, so filters match what a user types ("pakistani taliban").

use tantivy::schema::{
    DateOptions, DateTimePrecision, FacetOptions, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, STORED, STRING,
};
use tantivy::store::{Compressor, ZstdCompressor};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer,
};
use tantivy::{Index, IndexSettings};

/// Bumped whenever the schema or the meaning of a field changes; an index made with another
/// version must be rebuilt.
pub const SCHEMA_VERSION: u32 = 1;

/// Name of the analyzer used by the text fields.
pub const NEWS_ANALYZER: &str = "news";

/// The schema's fields, looked up once.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub title: Field,
    pub text: Field,
    pub url: Field,
    pub source: Field,
    pub published: Field,
    pub event_date: Field,
    pub deaths: Field,
    pub deaths_attackers: Field,
    /// Facet `/Country`.
    pub country: Field,
    /// Facet `/Country/Province`.
    pub province: Field,
    /// Facet `/Canonical group name`.
    pub group: Field,
    /// Facet `/YYYY-MM` of the event date.
    pub month: Field,
    /// Folded country names and aliases.
    pub country_key: Field,
    /// Folded province names and aliases, with suffixes such as "province" removed.
    pub province_key: Field,
    /// Folded group names, aliases and acronyms.
    pub group_key: Field,
    /// Stored JSON: places, groups with aliases, and the evidence for each facet.
    pub facets_json: Field,
}

pub fn build_schema() -> Schema {
    let mut b = Schema::builder();
    let text_opts = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(NEWS_ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let date_opts = DateOptions::default()
        .set_indexed()
        .set_fast()
        .set_stored()
        .set_precision(DateTimePrecision::Seconds);
    let num_opts = NumericOptions::default()
        .set_indexed()
        .set_fast()
        .set_stored();
    b.add_text_field("id", STRING | STORED);
    b.add_text_field("title", text_opts.clone());
    b.add_text_field("text", text_opts);
    b.add_text_field("url", STORED);
    b.add_text_field("source", STRING | STORED);
    b.add_date_field("published", date_opts.clone());
    b.add_date_field("event_date", date_opts);
    b.add_u64_field("deaths", num_opts.clone());
    b.add_u64_field("deaths_attackers", num_opts);
    for f in ["country", "province", "group", "month"] {
        b.add_facet_field(f, FacetOptions::default());
    }
    for f in ["country_key", "province_key", "group_key"] {
        b.add_text_field(f, STRING);
    }
    b.add_text_field("facets_json", STORED);
    b.build()
}

impl Fields {
    pub fn new(schema: &Schema) -> tantivy::Result<Fields> {
        let f = |name: &str| schema.get_field(name);
        Ok(Fields {
            id: f("id")?,
            title: f("title")?,
            text: f("text")?,
            url: f("url")?,
            source: f("source")?,
            published: f("published")?,
            event_date: f("event_date")?,
            deaths: f("deaths")?,
            deaths_attackers: f("deaths_attackers")?,
            country: f("country")?,
            province: f("province")?,
            group: f("group")?,
            month: f("month")?,
            country_key: f("country_key")?,
            province_key: f("province_key")?,
            group_key: f("group_key")?,
            facets_json: f("facets_json")?,
        })
    }
}

/// Settings of a new index: the document store (every article's text, stored for snippets and
/// hits, most of the index's bytes) is compressed with zstd level 9 in 256 KiB blocks instead of
/// tantivy's default lz4 in 16 KiB blocks — under half the store's size, for about 0.2 ms more
/// per uncached hit (one block decompressed; see docs/benchmarks.md). 64 KiB blocks at level 7
/// left a 1M-article index at 0.79 × its corpus; larger blocks let zstd find the repeated
/// phrasing of news copy across articles. Existing indexes keep the settings they were made with
/// (they are recorded in meta.json).
pub fn index_settings() -> IndexSettings {
    IndexSettings {
        docstore_compression: Compressor::Zstd(ZstdCompressor {
            compression_level: Some(DOCSTORE_ZSTD_LEVEL),
        }),
        docstore_blocksize: DOCSTORE_BLOCKSIZE,
        ..IndexSettings::default()
    }
}

/// zstd level of the document store.
pub const DOCSTORE_ZSTD_LEVEL: i32 = 9;
/// Bytes of documents compressed together in the document store.
pub const DOCSTORE_BLOCKSIZE: usize = 256 * 1024;

/// Registers the `news` analyzer; tantivy does not persist analyzers, so this runs on every open.
pub fn register_analyzers(index: &Index) {
    let analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(StopWordFilter::new(Language::English).expect("English stop words are built in"))
        .filter(Stemmer::new(Language::English))
        .build();
    index.tokenizers().register(NEWS_ANALYZER, analyzer);
}
