//! Token normalization shared by lexicon keys and text: lowercase, strip diacritics, straighten
//! apostrophes, split hyphenated words and the possessive `'s`, so that "Khürelsükh", "KHURELSUKH" and
//! "Kassym-Jomart" match whatever tokenizer produced the text.

use std::borrow::Cow;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Lowercases, folds diacritics and straightens apostrophes. Borrows when nothing changes.
pub fn fold(token: &str) -> Cow<'_, str> {
    if token.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return Cow::Borrowed(token);
    }
    let mut out = String::with_capacity(token.len());
    for c in token.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if matches!(c, '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`') {
            out.push('\'');
        } else if matches!(c, '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}') {
            out.push('-');
        } else {
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            });
        }
    }
    Cow::Owned(out)
}

/// Splits a folded token into the pieces the matcher compares: hyphen-separated parts and a
/// trailing possessive `'s` (or bare `'` after s). Empty pieces are dropped.
pub fn pieces(folded: &str, mut emit: impl FnMut(&str)) {
    for part in folded.split('-') {
        if part.is_empty() {
            continue;
        }
        if part.len() > 2 && part.ends_with("'s") {
            emit(&part[..part.len() - 2]);
            emit("'s");
        } else if part.len() > 1 && part.ends_with("s'") {
            emit(&part[..part.len() - 1]);
            emit("'s");
        } else {
            emit(part);
        }
    }
}

/// The matcher key of a lexicon name: its normalized pieces.
pub fn key(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in name.split_whitespace() {
        pieces(&fold(word), |p| out.push(p.to_string()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_splits() {
        assert_eq!(fold("Khürelsükh"), "khurelsukh");
        assert_eq!(fold("plain"), "plain");
        assert_eq!(key("Kassym-Jomart Tokayev"), ["kassym", "jomart", "tokayev"]);
        assert_eq!(
            key("Japan\u{2019}s foreign minister"),
            ["japan", "'s", "foreign", "minister"]
        );
        assert_eq!(key("JÜRI RATAS"), ["juri", "ratas"]);
        assert_eq!(key("car - borne"), ["car", "borne"]);
    }
}
