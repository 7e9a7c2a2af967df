//! Actor resolution: from tokens and a story date to CAMEO actor codes. Phrase-level resolution
//! ([`resolve_phrase`]) combines names, countries, capitals and roles in a short noun phrase;
//! sentence-level resolution over dependency trees will build on the same [`ActorMention`].

mod mention;
mod phrase;
mod words;

pub use mention::{ActorMention, How};
pub use phrase::{phrase_marker, resolve_phrase, StoryContext};
pub use words::ResolverWords;
