//! The tantivy index: schema ([`schema`]), opening and versioning ([`open`]), and turning
//! articles with their facets into documents ([`writer`]).

pub mod keys;
pub mod open;
pub mod schema;
pub mod writer;

pub use open::{create_or_open, open_existing, IndexHandle};
pub use schema::Fields;
