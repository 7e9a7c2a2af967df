//! dyad-text: the text stage. It owns tokenization and sentence splitting of English news.
//!
//! Invariant: every [`Token`] and [`Sentence`] carries a byte [`Span`] into the input string, and
//! `&text[token.span.range()] == token.form` always holds. Tokens follow UD English (EWT)
//! conventions; the word lists the rules consult are data files under `data/text/`. Conversion to
//! code-point offsets for JSON/CoNLL-U output is done by [`offsets::CharOffsets`].

mod chunk;
mod lists;
mod multiword;
pub mod offsets;
mod sentence;
mod span;
mod tokenize;

pub use multiword::multiword_tokens;
pub use sentence::{split_sentences, Sentence};
pub use span::Span;
pub use tokenize::{tokenize, Token};
