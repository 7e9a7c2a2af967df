//! dyad-syntax: the syntax stage. It owns part-of-speech tagging (UPOS and XPOS), lemmatization
//! and labelled dependency parsing into Universal Dependencies trees, plus CoNLL-U reading and
//! writing and the CoNLL 2018 scorer.
//!
//! The models are trained by [`train`] from a UD treebank, serialized with postcard, compressed
//! with zstd, and embedded in the binary ([`Pipeline::embedded`]); users may load others from files.

pub mod conllu;
pub mod eval;
pub mod lemmatizer;
pub mod model;
pub mod parser;
pub mod pipeline;
pub mod tagger;
pub mod train;

mod word;

pub use pipeline::Pipeline;
pub use word::{MultiWord, ParsedSentence, Word};
