//! The word lists the tokenizer and splitter consult, parsed once from the data files under
//! `data/text/` (embedded in the binary).

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

const ABBREVIATIONS: &str = include_str!("../../../data/text/abbreviations.txt");
const ABBREVIATIONS_CASED: &str = include_str!("../../../data/text/abbreviations_cased.txt");
const TITLES: &str = include_str!("../../../data/text/titles.txt");
const HYPHEN_PREFIXES: &str = include_str!("../../../data/text/hyphen_prefixes.txt");
const HYPHEN_SUFFIXES: &str = include_str!("../../../data/text/hyphen_suffixes.txt");
const SPLITS: &str = include_str!("../../../data/text/splits.txt");
const SENTENCE_STARTERS: &str = include_str!("../../../data/text/sentence_starters.txt");
const APOSTROPHE_WORDS: &str = include_str!("../../../data/text/apostrophe_words.txt");
const NUMBER_UNITS: &str = include_str!("../../../data/text/number_units.txt");
const CLITICS: &str = include_str!("../../../data/text/clitics.txt");
const EMOTICONS: &str = include_str!("../../../data/text/emoticons.txt");

/// The longest word any list holds; longer words are never looked up.
pub(crate) const MAX_WORD: usize = 24;

/// All word lists. Case-insensitive lists hold lowercase entries.
pub(crate) struct Lists {
    pub abbreviations: FxHashSet<&'static str>,
    pub abbreviations_cased: FxHashSet<&'static str>,
    pub titles: FxHashSet<&'static str>,
    pub hyphen_prefixes: FxHashSet<&'static str>,
    pub hyphen_suffixes: FxHashSet<&'static str>,
    /// Lowercase word → byte lengths of its parts.
    pub splits: FxHashMap<&'static str, Vec<usize>>,
    pub sentence_starters: FxHashSet<&'static str>,
    pub apostrophe_words: FxHashSet<&'static str>,
    pub number_units: FxHashSet<&'static str>,
    pub clitics: FxHashSet<&'static str>,
    /// Longest first.
    pub emoticons: Vec<&'static str>,
}

/// The lists, parsed on first use.
pub(crate) fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| Lists {
        abbreviations: entries(ABBREVIATIONS).collect(),
        abbreviations_cased: entries(ABBREVIATIONS_CASED).collect(),
        titles: entries(TITLES).collect(),
        hyphen_prefixes: entries(HYPHEN_PREFIXES).collect(),
        hyphen_suffixes: entries(HYPHEN_SUFFIXES).collect(),
        splits: entries(SPLITS).filter_map(parse_split).collect(),
        sentence_starters: entries(SENTENCE_STARTERS).collect(),
        apostrophe_words: entries(APOSTROPHE_WORDS).collect(),
        number_units: entries(NUMBER_UNITS).collect(),
        clitics: entries(CLITICS).collect(),
        emoticons: {
            let mut all: Vec<&str> = entries(EMOTICONS).collect();
            all.sort_by_key(|e| std::cmp::Reverse(e.len()));
            all
        },
    })
}

/// The non-empty, non-comment lines of a list file.
fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// `cannot can not` → (`cannot`, [3, 3]); lines whose parts do not spell the word are ignored
/// (a test checks that there are none).
fn parse_split(line: &'static str) -> Option<(&'static str, Vec<usize>)> {
    let mut fields = line.split_whitespace();
    let word = fields.next()?;
    let parts: Vec<&str> = fields.collect();
    if parts.len() < 2 || parts.concat() != word || word.len() > MAX_WORD {
        return None;
    }
    Some((word, parts.iter().map(|p| p.len()).collect()))
}

/// Lowercases an ASCII word into `buf`; `None` when it is too long or not ASCII (no list entry
/// can match it then).
pub(crate) fn lower<'a>(word: &str, buf: &'a mut [u8; MAX_WORD]) -> Option<&'a str> {
    if word.len() > MAX_WORD || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// True when the lowercase form of `word` is in `set`.
pub(crate) fn contains_lower(set: &FxHashSet<&'static str>, word: &str) -> bool {
    let mut buf = [0u8; MAX_WORD];
    lower(word, &mut buf).is_some_and(|w| set.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_line_is_used() {
        let l = lists();
        assert_eq!(
            l.splits.len(),
            entries(SPLITS).count(),
            "a line of splits.txt does not spell its word"
        );
        assert_eq!(l.splits["cannot"], vec![3, 3]);
        for set in [&l.abbreviations, &l.titles, &l.hyphen_prefixes, &l.sentence_starters] {
            assert!(set.iter().all(|w| *w == w.to_ascii_lowercase() && w.len() <= MAX_WORD));
        }
        assert!(contains_lower(&l.abbreviations, "Gen"));
        assert!(!contains_lower(&l.abbreviations, "General"));
    }
}
