//! Death toll of the main event: everyone killed, and the attackers among them.

use super::text::Doc;
use super::Evidence;

/// Returns `(deaths, deaths_attackers)`.
pub fn extract(_doc: &Doc, _ev: &mut Vec<Evidence>) -> (Option<u32>, Option<u32>) {
    (None, None)
}
