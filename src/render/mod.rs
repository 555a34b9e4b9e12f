//! Rendering results: [`human`] for terminals and pipes, [`json`] for programs.

pub mod human;
pub mod json;
