//! The word lists the sentence-level resolver reads (`data/lexicon/actors/resolver-words.txt`):
//! body nouns, anaphoric pronouns and nouns, by lemma.

use std::collections::HashMap;
use std::sync::OnceLock;

const EMBEDDED: &str = include_str!("../../../../data/lexicon/actors/resolver-words.txt");

/// Named lists of lemmas.
#[derive(Debug, Clone, Default)]
pub struct ResolverWords {
    lists: HashMap<String, Vec<String>>,
}

impl ResolverWords {
    /// Parses `NAME: lemma lemma ...` lines; `#` starts a comment. A line without `:` is an error
    /// naming its line number.
    pub fn parse(text: &str) -> Result<ResolverWords, String> {
        let mut lists: HashMap<String, Vec<String>> = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let Some((name, words)) = line.split_once(':') else {
                return Err(format!("resolver-words.txt line {}: expected `NAME: lemma ...`", n + 1));
            };
            lists
                .entry(name.trim().to_string())
                .or_default()
                .extend(words.split_whitespace().map(str::to_lowercase));
        }
        Ok(ResolverWords { lists })
    }

    /// The embedded lists (parsed once).
    pub fn embedded() -> &'static ResolverWords {
        static WORDS: OnceLock<ResolverWords> = OnceLock::new();
        WORDS.get_or_init(|| ResolverWords::parse(EMBEDDED).unwrap_or_default())
    }

    /// Is `lemma` in the list `name`? An unknown list contains nothing.
    pub fn has(&self, name: &str, lemma: &str) -> bool {
        self.lists.get(name).is_some_and(|l| l.iter().any(|w| w == lemma))
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
    }
}
