//! Quotes: who said what. Detection of direct quotes from quotation marks ([`marks`]); cues and
//! speakers of direct quotes ([`attribute`]); indirect quotes ([`indirect`]); speaker labels
//! ([`labels`]); mixed quotes, split quotes, scare quotes and carried-over speakers ([`merge`]); the
//! cue lexicon ([`lexicon`]).

pub mod attribute;
pub mod indirect;
pub mod labels;
pub mod lexicon;
pub mod marks;
pub mod merge;
