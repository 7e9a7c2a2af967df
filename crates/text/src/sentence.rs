//! Sentence splitting: paragraphs (lines) are hard boundaries; inside a paragraph a sentence ends
//! after `.`, `!`, `?` or an ellipsis (with any closing quotes and brackets that follow) when the
//! next token can start a sentence (see `starts_sentence`; a number opening a list, "2.", ends
//! none), and after an abbreviation that ends the paragraph or is
//! followed by a typical sentence-initial word; then the abbreviation's period becomes its own
//! token, as in UD English ("etc." → "etc" ".").

use crate::lists::{contains_lower, lists};
use crate::tokenize::{paragraphs, tokenize_paragraph, Scratch, Token};
use crate::Span;
use serde::{Deserialize, Serialize};

/// One sentence: its span, its tokens, and the index of the paragraph it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Vec<Token>,
    pub paragraph: usize,
}

/// Splits text into sentences of tokens. Every line break ends a paragraph; paragraphs are
/// numbered from 0 in order, counting only those with tokens.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut scratch = Scratch::default();
    let mut tokens = Vec::new();
    for (paragraph, (start, end)) in paragraphs(text).enumerate() {
        tokens.clear();
        tokenize_paragraph(text, start, end, &mut scratch, &mut tokens);
        split_paragraph(text, &mut tokens, paragraph, &mut out);
    }
    out
}

/// Where a sentence ends: before token `end`, with the period of token `split` (an abbreviation)
/// made a token of its own.
struct Cut {
    end: usize,
    split: Option<usize>,
}

fn split_paragraph(text: &str, tokens: &mut Vec<Token>, paragraph: usize, out: &mut Vec<Sentence>) {
    let cuts = cuts(tokens);
    let mut sentence: Vec<Token> = Vec::new();
    let mut cuts = cuts.into_iter().peekable();
    for (i, token) in tokens.drain(..).enumerate() {
        while let Some(cut) = cuts.next_if(|c| c.end == i) {
            push(&mut sentence, paragraph, out);
            debug_assert!(cut.split.is_none_or(|s| s < i));
        }
        let split_here = cuts.peek().is_some_and(|c| c.split == Some(i));
        if split_here && token.form.len() > 1 {
            let dot = token.span.end - 1;
            sentence.push(Token::new(text, token.span.start, dot));
            sentence.push(Token::new(text, dot, token.span.end));
        } else {
            sentence.push(token);
        }
    }
    push(&mut sentence, paragraph, out);
}

fn push(sentence: &mut Vec<Token>, paragraph: usize, out: &mut Vec<Sentence>) {
    if let (Some(first), Some(last)) = (sentence.first(), sentence.last()) {
        out.push(Sentence {
            span: Span::new(first.span.start, last.span.end),
            tokens: std::mem::take(sentence),
            paragraph,
        });
    }
}

/// The sentence boundaries inside one paragraph.
fn cuts(tokens: &[Token]) -> Vec<Cut> {
    let mut cuts = Vec::new();
    let n = tokens.len();
    let mut i = 0;
    let mut start = 0; // first token of the current sentence
    while i < n {
        let form = tokens[i].form.as_str();
        if is_terminal(form) {
            let end = skip_closing(tokens, i + 1);
            if end < n && starts_sentence(tokens, end, form, end > i + 1) && !is_list_number(tokens, start, i) {
                cuts.push(Cut { end, split: None });
                start = end;
            }
            i = end;
            continue;
        }
        if is_abbreviation(form) {
            let end = skip_closing(tokens, i + 1);
            let stem = &form[..form.len() - 1];
            if end == n || (!precedes_name(stem) && starts_after_abbreviation(&tokens[end])) {
                cuts.push(Cut { end, split: Some(i) });
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    cuts
}

/// `.`, `!`, `?`, `?!`, `...`, `…`: punctuation that can end a sentence.
fn is_terminal(form: &str) -> bool {
    !form.is_empty() && form.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

fn is_ellipsis(form: &str) -> bool {
    form.starts_with("..") || form.contains('…')
}

/// A token ending in a period that belongs to it ("U.S.", "Gen.", "N.").
fn is_abbreviation(form: &str) -> bool {
    form.len() > 1 && form.ends_with('.') && !form.starts_with('.')
}

/// Titles ("Mr", "Gen"), months ("Jan"), "No" and initials ("N") precede a name or number.
fn precedes_name(stem: &str) -> bool {
    let mut chars = stem.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    contains_lower(&lists().titles, stem)
}

/// Closing quotes and brackets after a sentence end stay with the sentence. A straight quote is
/// closing when it is attached to the token before it and not to the one after it.
fn skip_closing(tokens: &[Token], mut k: usize) -> usize {
    while k < tokens.len() {
        let t = &tokens[k];
        let closing = match t.form.as_str() {
            ")" | "]" | "}" | "”" | "’" | "»" | "''" | "’’" => true,
            "\"" | "'" => {
                t.span.start == tokens[k - 1].span.end
                    && tokens.get(k + 1).is_none_or(|next| {
                        next.span.start > t.span.end || !next.form.starts_with(char::is_alphanumeric)
                    })
            }
            _ => false,
        };
        if !closing {
            break;
        }
        k += 1;
    }
    k
}

/// Whether token `k`, after the sentence-final punctuation `terminal` (and closing quotes or
/// brackets when `after_closing`), starts a new sentence. A lowercase word does, as often in web
/// text, unless a closing quote came between (`"Why?" asked Hill`); after an ellipsis only a
/// capitalised word does ("affects ... regional security").
fn starts_sentence(tokens: &[Token], k: usize, terminal: &str, after_closing: bool) -> bool {
    let Some(c) = tokens[k].form.chars().next() else {
        return false;
    };
    if is_ellipsis(terminal) {
        return c.is_uppercase();
    }
    c.is_uppercase()
        || (c.is_lowercase() && !after_closing) // web text; but `"Why?" asked Hill` goes on
        || c.is_ascii_digit()
        || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '$' | '€' | '£')
        || is_url(&tokens[k].form)
}

/// A web address, which starts a sentence though it is in lower case.
fn is_url(form: &str) -> bool {
    let prefix = form.get(..form.len().min(8)).unwrap_or("").to_ascii_lowercase();
    prefix.starts_with("http://") || prefix.starts_with("https://") || prefix.starts_with("www.")
}

/// `*1.` or `2.` opening a sentence: the period belongs to a list number, no sentence ends.
fn is_list_number(tokens: &[Token], start: usize, period: usize) -> bool {
    period > start
        && tokens[period].form == "."
        && tokens[period].span.start == tokens[period - 1].span.end
        && tokens[period - 1].form.bytes().all(|b| b.is_ascii_digit())
        && tokens[start..period - 1]
            .iter()
            .all(|t| !t.form.starts_with(char::is_alphanumeric))
}

/// After an abbreviation, only a capitalised word that typically starts a sentence ends it.
fn starts_after_abbreviation(token: &Token) -> bool {
    token.form.starts_with(char::is_uppercase) && contains_lower(&lists().sentence_starters, &token.form)
}
