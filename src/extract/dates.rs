//! Event date: the day the main event happened, resolved from the publication date and the text.

use chrono::NaiveDate;

use super::text::Doc;
use super::Evidence;

/// First version: the publication date.
pub fn extract(_doc: &Doc, published: Option<NaiveDate>, _ev: &mut Vec<Evidence>) -> Option<NaiveDate> {
    published
}
