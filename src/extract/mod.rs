//! Facet extraction: reads an article's title and text and finds the facets of its main event —
//! event date, places (country and first-level region), responsible groups, death toll — each
//! with the evidence (sentence, span, rule) it came from.
//!
//! The extractor never touches the index; its tables are built once, lazily, the first time an
//! article is extracted, so commands that only search never pay for them.

pub mod dates;
pub mod groups;
pub mod numbers;
pub mod places;
pub mod text;
pub mod toll;

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::article::Article;

/// Country and first-level region (GeoNames admin1 name) of an event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Place {
    pub country: String,
    pub province: Option<String>,
}

/// An armed group (or other perpetrator) by canonical name, with its known aliases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub name: String,
    pub aliases: Vec<String>,
}

/// Which facet a piece of evidence supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FacetKind {
    EventDate,
    Place,
    Group,
    Deaths,
    DeathsAttackers,
}

impl FacetKind {
    pub fn label(self) -> &'static str {
        match self {
            FacetKind::EventDate => "event_date",
            FacetKind::Place => "place",
            FacetKind::Group => "group",
            FacetKind::Deaths => "deaths",
            FacetKind::DeathsAttackers => "deaths_attackers",
        }
    }
}

/// Why a facet value was chosen: the rule that fired and the sentence it fired on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub facet: FacetKind,
    /// The value this evidence supports, as text ("2023-02-17", "Pakistan/Sindh", "4").
    pub value: String,
    /// Name of the rule that fired, e.g. `date.relative_weekday`, `toll.killed_clause`.
    pub rule: String,
    /// The sentence the value came from.
    pub sentence: String,
    /// Byte span `[start, end)` of the matched words in the extractor's input
    /// (the title, a blank line, then the text — see [`Article::full_text`]).
    pub span: [usize; 2],
}

/// The facets of one article's main event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facets {
    pub event_date: Option<NaiveDate>,
    /// Main event's place first.
    pub places: Vec<Place>,
    /// The group that claimed or is blamed first.
    pub groups: Vec<Group>,
    /// Everyone killed in the main event, attackers included; `None` when the text gives no toll.
    pub deaths: Option<u32>,
    /// Attackers among `deaths`.
    pub deaths_attackers: Option<u32>,
    pub evidence: Vec<Evidence>,
}

/// The extractor with its tables. Build it once ([`Extractor::get`]) and share it across threads.
pub struct Extractor {
    places: places::Gazetteer,
    groups: groups::GroupTable,
}

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

impl Extractor {
    /// Builds the tables (a few hundred milliseconds); prefer [`Extractor::get`].
    pub fn new() -> Extractor {
        Extractor {
            places: places::Gazetteer::new(),
            groups: groups::GroupTable::new(),
        }
    }

    /// The process-wide extractor, built on first use.
    pub fn get() -> &'static Extractor {
        &EXTRACTOR
    }

    /// The group table (canonical names and aliases), for resolving user input.
    pub fn groups(&self) -> &groups::GroupTable {
        &self.groups
    }

    /// The gazetteer, for resolving user input.
    pub fn places(&self) -> &places::Gazetteer {
        &self.places
    }

    /// Extracts the facets of one article.
    pub fn extract(&self, article: &Article) -> Facets {
        let input = article.full_text();
        let doc = text::Doc::new(&input, article.title.as_ref().map(|t| t.len()));
        let mut evidence = Vec::new();
        let places = self.places.extract(&doc, &mut evidence);
        let year = article.published.map(|d| d.year());
        let groups = self.groups.extract_at(&doc, &places, year, &mut evidence);
        let (deaths, deaths_attackers) = toll::extract(&doc, &mut evidence);
        let event_date = dates::extract(&doc, article.published, &mut evidence);
        Facets {
            event_date,
            places,
            groups,
            deaths,
            deaths_attackers,
            evidence,
        }
    }
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}
