//! dyad-code: the coding stage. From parsed sentences and the lexicons it finds actors, events
//! (CAMEO and PLOVER), quotes with their speakers, dates and places.

pub mod actors;
