//! Groups: the armed group responsible for the main event, by canonical name with aliases.

use super::text::Doc;
use super::{Evidence, Group};

pub struct GroupTable {}

impl GroupTable {
    pub fn new() -> GroupTable {
        GroupTable {}
    }

    pub fn extract(&self, _doc: &Doc, _ev: &mut Vec<Evidence>) -> Vec<Group> {
        Vec::new()
    }
}
