//! Places: country and first-level region of the main event.

use super::text::Doc;
use super::{Evidence, Place};

pub struct Gazetteer {}

impl Gazetteer {
    pub fn new() -> Gazetteer {
        Gazetteer {}
    }

    pub fn extract(&self, _doc: &Doc, _ev: &mut Vec<Evidence>) -> Vec<Place> {
        Vec::new()
    }
}
