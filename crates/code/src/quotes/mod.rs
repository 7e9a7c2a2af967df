//! Quotes: who said what. Detection of direct quotes from quotation marks ([`marks`]); cue and
//! speaker attribution over dependency trees come on top.

pub mod marks;
