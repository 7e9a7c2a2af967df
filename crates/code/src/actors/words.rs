//! The word lists the sentence-level resolver reads (`data/lexicon/actors/resolver-words.txt`):
//! body nouns, anaphoric pronouns and nouns, by lemma.

use std::sync::OnceLock;

const EMBEDDED: &str = include_str!("../../../../data/lexicon/actors/resolver-words.txt");

/// The list names the file may use, in the order of the `lists` field.
const NAMES: [&str; 6] = [
    "body",
    "person-pronoun",
    "person-possessor",
    "country-noun",
    "country-noun-not-with-the",
    "regime-noun",
];

/// Named lists of lemmas. The lists are a handful of words each: a linear scan is the fastest
/// lookup, and the resolver asks for every word of every sentence.
#[derive(Debug, Clone, Default)]
pub struct ResolverWords {
    lists: [Vec<String>; NAMES.len()],
}

impl ResolverWords {
    /// Parses `NAME: lemma lemma ...` lines; `#` starts a comment. A line without `:` or with an
    /// unknown list name is an error naming its line number.
    pub fn parse(text: &str) -> Result<ResolverWords, String> {
        let mut out = ResolverWords::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let Some((name, words)) = line.split_once(':') else {
                return Err(format!("resolver-words.txt line {}: expected `NAME: lemma ...`", n + 1));
            };
            let Some(k) = NAMES.iter().position(|x| *x == name.trim()) else {
                return Err(format!(
                    "resolver-words.txt line {}: unknown list {:?}",
                    n + 1,
                    name.trim()
                ));
            };
            out.lists[k].extend(words.split_whitespace().map(str::to_lowercase));
        }
        Ok(out)
    }

    /// The embedded lists (parsed once).
    pub fn embedded() -> &'static ResolverWords {
        static WORDS: OnceLock<ResolverWords> = OnceLock::new();
        WORDS.get_or_init(|| ResolverWords::parse(EMBEDDED).unwrap_or_default())
    }

    /// Is `lemma` in the list `name`? An unknown list contains nothing.
    pub fn has(&self, name: &str, lemma: &str) -> bool {
        NAMES
            .iter()
            .position(|x| *x == name)
            .is_some_and(|k| self.lists[k].iter().any(|w| w == lemma))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lists_hold_the_resolver_words() {
        let w = ResolverWords::embedded();
        assert!(w.has("body", "government"));
        assert!(w.has("person-pronoun", "she"));
        assert!(!w.has("person-pronoun", "his"));
        assert!(w.has("regime-noun", "regime"));
        assert!(!w.has("no-such-list", "regime"));
    }

    #[test]
    fn a_line_without_a_colon_is_an_error_with_its_line() {
        let err = ResolverWords::parse("# c\nbody government\n").unwrap_err();
        assert!(err.contains("line 2"), "{err}");
        let err = ResolverWords::parse("bodies: government\n").unwrap_err();
        assert!(err.contains("unknown list"), "{err}");
    }
}
