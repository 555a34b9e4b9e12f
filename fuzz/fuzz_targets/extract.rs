//! Fuzz target: the facet extractor and the document builder on arbitrary text.
//!
//! Input: the first byte picks whether there is a publication date; up to the first blank line is
//! the title, the rest the text.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newsfacet::index::schema::build_schema;
use newsfacet::index::{writer, Fields};
use newsfacet::{Article, Extractor};

static FIELDS: LazyLock<Fields> = LazyLock::new(|| Fields::new(&build_schema()).unwrap());

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let s = String::from_utf8_lossy(rest);
    let (title, text) = match s.split_once("\n\n") {
        Some((t, x)) if flags & 1 == 1 => (Some(t.to_string()), x.to_string()),
        _ => (None, s.to_string()),
    };
    let published = (flags & 2 == 2).then(|| chrono::NaiveDate::from_ymd_opt(2023, 2, 17).unwrap());
    let article = Article::new(None, title, published, text, None, None);
    let ex = Extractor::get();
    let facets = ex.extract(&article);
    let input = article.full_text();
    for e in &facets.evidence {
        assert!(
            e.span[0] <= e.span[1] && e.span[1] <= input.len(),
            "span out of range: {e:?}"
        );
    }
    let _ = writer::document(&FIELDS, &article, &facets, ex);
});
