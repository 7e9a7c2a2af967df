//! dyad-lexicon: the lexicons that drive coding (actors, agents, event patterns, quote cues, the
//! CAMEO/PLOVER ontology), read from `data/lexicon/`, checked, and embedded in the binary.

pub mod actors;
pub mod events;
