//! dyad-text: the text stage. It owns tokenization and sentence splitting of English news.
//!
//! Invariant: every [`Token`] and [`Sentence`] carries a byte [`Span`] into the input string, and
//! `&text[token.span.range()] == token.form` always holds. Conversion to code-point offsets for
//! JSON/CoNLL-U output is done by [`offsets::CharOffsets`].

pub mod offsets;
mod span;
mod tokenize;

pub use span::Span;
pub use tokenize::{split_sentences, tokenize, Sentence, Token};
