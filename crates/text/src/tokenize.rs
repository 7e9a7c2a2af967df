//! Tokenizer and sentence splitter (placeholder: whitespace tokens, one sentence per line).
//! The real implementation replaces this module.

use crate::Span;
use serde::{Deserialize, Serialize};

/// One token (a UD syntactic word). `form` is exactly the source slice at `span`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub span: Span,
    pub form: String,
}

/// One sentence: its span, its tokens, and the index of the paragraph it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Vec<Token>,
    pub paragraph: usize,
}

/// Splits text into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(Token {
                    span: Span::new(s, i),
                    form: text[s..i].to_string(),
                });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Token {
            span: Span::new(s, text.len()),
            form: text[s..].to_string(),
        });
    }
    out
}

/// Splits text into sentences of tokens.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut offset = 0;
    for (paragraph, line) in text.split_inclusive('\n').enumerate() {
        let tokens: Vec<Token> = tokenize(line)
            .into_iter()
            .map(|t| Token {
                span: Span::new(t.span.start + offset, t.span.end + offset),
                form: t.form,
            })
            .collect();
        if let (Some(first), Some(last)) = (tokens.first(), tokens.last()) {
            out.push(Sentence {
                span: Span::new(first.span.start, last.span.end),
                tokens,
                paragraph,
            });
        }
        offset += line.len();
    }
    out
}
