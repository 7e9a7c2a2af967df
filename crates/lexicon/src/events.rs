//! Event lexicon: the CAMEO/PLOVER ontology and the event patterns.
//!
//! The data lives in `data/lexicon/events/` (format in its `README.md`) and is embedded in the
//! binary. [`Ontology`] answers "what is code 163?", [`EventLexicon`] answers "which patterns can
//! a predicate lemma trigger?", [`Frames`] says how complement-taking verbs (urge, refuse,
//! threaten...) combine with the event they embed, and [`check`] reports problems and coverage.

mod check;
mod code;
mod error;
mod frames;
mod index;
mod lexicon;
mod ontology;
mod parse;
mod pattern;
#[cfg(test)]
mod tests;

pub use check::{check, check_lexicon, CheckReport, Coverage};
pub use code::CameoCode;
pub use error::{LoadError, Problem};
pub use frames::Frames;
pub use index::{Compiled, LemmaPatterns, Vocabulary, WordId};
pub use lexicon::{EventLexicon, Mode};
pub use ontology::{CodeInfo, Ontology, Plover};
pub use pattern::{Lex, Pattern, PosTag, Rel, Role, Slot, Term};
