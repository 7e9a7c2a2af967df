//! Tokens: the [`Token`] type and [`tokenize`], which cuts text into paragraphs (lines) and each
//! paragraph into tokens. Sentence boundaries are decided by [`crate::sentence`].

use crate::chunk::{split_chunk, Atom};
use crate::Span;
use serde::{Deserialize, Serialize};

/// One token (a UD syntactic word). `form` is exactly the source slice at `span`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub span: Span,
    pub form: String,
}

impl Token {
    pub(crate) fn new(text: &str, start: usize, end: usize) -> Token {
        Token {
            span: Span::new(start, end),
            form: text[start..end].to_string(),
        }
    }
}

/// Splits text into tokens: the tokens of [`crate::split_sentences`], in order.
pub fn tokenize(text: &str) -> Vec<Token> {
    crate::split_sentences(text)
        .into_iter()
        .flat_map(|s| s.tokens)
        .collect()
}

/// A character that ends a paragraph: a line break of any kind.
pub(crate) fn is_paragraph_break(c: char) -> bool {
    matches!(c, '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// A character that separates tokens (and is part of none).
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// The byte ranges of the paragraphs of `text` that hold something other than whitespace.
pub(crate) fn paragraphs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    let mut pieces = text
        .char_indices()
        .filter(|(_, c)| is_paragraph_break(*c))
        .map(|(i, c)| (i, i + c.len_utf8()));
    let mut done = false;
    std::iter::from_fn(move || loop {
        if done {
            return None;
        }
        let (end, next) = match pieces.next() {
            Some(range) => range,
            None => {
                done = true;
                (text.len(), text.len())
            }
        };
        let range = (start, end);
        start = next;
        if !text[range.0..range.1].chars().all(is_space) {
            return Some(range);
        }
    })
}

/// Reusable buffers for tokenizing one paragraph after another.
#[derive(Default)]
pub(crate) struct Scratch {
    atoms: Vec<Atom>,
    ranges: Vec<(usize, usize)>,
}

/// Appends the tokens of `text[start..end]` (one paragraph) to `out`.
pub(crate) fn tokenize_paragraph(text: &str, start: usize, end: usize, scratch: &mut Scratch, out: &mut Vec<Token>) {
    scratch.ranges.clear();
    let mut chunk_start: Option<usize> = None;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        match (is_space(c), chunk_start) {
            (true, Some(s)) => {
                split_chunk(text, s, at, &mut scratch.atoms, &mut scratch.ranges);
                chunk_start = None;
            }
            (false, None) => chunk_start = Some(at),
            _ => {}
        }
    }
    if let Some(s) = chunk_start {
        split_chunk(text, s, end, &mut scratch.atoms, &mut scratch.ranges);
    }
    out.extend(scratch.ranges.iter().map(|&(s, e)| Token::new(text, s, e)));
}
