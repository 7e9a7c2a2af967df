//! Quotes: who said what. Detection of direct quotes from quotation marks ([`marks`]); cues,
//! speakers, indirect and mixed quotes over dependency trees ([`attribute`]).

pub mod attribute;
pub mod marks;
