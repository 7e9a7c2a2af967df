//! dyad-code: the coding stage. From parsed sentences and the lexicons it finds actors, events
//! (CAMEO and PLOVER), quotes with their speakers, dates and places.

pub mod actors;
pub mod coder;
pub mod dates;
pub mod eval;
pub mod events;
pub mod mentions;
pub mod quotes;
pub mod record;
pub mod resolve;
pub mod tree;

pub use coder::Coder;
