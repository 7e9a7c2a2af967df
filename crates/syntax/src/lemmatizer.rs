//! Lemmatizer: the dictionary form of each word, given its form and XPOS tag.
//!
//! Words seen in training take their most frequent lemma under the same tag (exact form first,
//! then lowercased). Unseen words are rewritten by suffix rules learned per tag ([`rules`]).
//! Casing follows the treebank: tags whose lemmas keep the case of the form (proper nouns) keep
//! it; the others are lowercased.

mod rules;

use crate::tagger::hash;
use crate::train::TrainOptions;
use crate::word::{ParsedSentence, Word};
use rules::Rules;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// The trained lemmatizer.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "LemmatizerData", into = "LemmatizerData")]
pub struct Lemmatizer {
    tags: Vec<String>,
    tag_ids: FxHashMap<String, u16>,
    /// Per tag id: lemmas keep the case of the form.
    keep_case: Vec<bool>,
    /// (form hash, tag id) → lemma of the words seen in training; see [`Seen`].
    seen: FxHashMap<u64, Seen>,
    /// The lemmas that are neither the form nor its lowercased form.
    texts: Vec<String>,
    /// The training lexicon as serialized: sorted (form, tag id, lemma).
    lexicon: Vec<(String, u16, String)>,
    rules: Rules,
}

/// A seen word's lemma: the form itself, its lowercased form, or a text in `texts`.
#[derive(Debug, Clone, Copy)]
enum Seen {
    Form,
    Lower,
    Text(u32),
}

/// The lookup key of a form (as characters) under a tag.
fn seen_key(form: impl Iterator<Item = char>, tag: u16) -> u64 {
    hash::mix(hash::chars(form), u64::from(tag) + 1)
}

/// The serialized form of [`Lemmatizer`].
#[derive(Serialize, Deserialize)]
struct LemmatizerData {
    tags: Vec<String>,
    keep_case: Vec<bool>,
    /// Sorted (form, tag id, lemma).
    lexicon: Vec<(String, u16, String)>,
    rules: Rules,
}

impl From<LemmatizerData> for Lemmatizer {
    fn from(d: LemmatizerData) -> Lemmatizer {
        let mut seen = FxHashMap::default();
        let mut texts = Vec::new();
        for (form, tag, lemma) in &d.lexicon {
            let value = if lemma == form {
                Seen::Form
            } else if *lemma == form.to_lowercase() {
                Seen::Lower
            } else {
                texts.push(lemma.clone());
                Seen::Text(texts.len() as u32 - 1)
            };
            seen.entry(seen_key(form.chars(), *tag)).or_insert(value);
        }
        Lemmatizer {
            tag_ids: d.tags.iter().enumerate().map(|(i, t)| (t.clone(), i as u16)).collect(),
            tags: d.tags,
            keep_case: d.keep_case,
            seen,
            texts,
            lexicon: d.lexicon,
            rules: d.rules,
        }
    }
}

impl From<Lemmatizer> for LemmatizerData {
    fn from(l: Lemmatizer) -> LemmatizerData {
        LemmatizerData {
            tags: l.tags,
            keep_case: l.keep_case,
            lexicon: l.lexicon,
            rules: l.rules,
        }
    }
}

impl Lemmatizer {
    /// Learns lemmatization from gold-annotated sentences.
    pub fn train(sentences: &[ParsedSentence], options: &TrainOptions) -> Lemmatizer {
        let words = || sentences.iter().flat_map(|s| &s.words).filter(|w| !w.lemma.is_empty());
        let mut tags: Vec<String> = words().map(|w| w.xpos.clone()).collect();
        tags.sort_unstable();
        tags.dedup();
        tags.truncate(usize::from(u16::MAX));
        let tag_ids: FxHashMap<String, u16> = tags.iter().enumerate().map(|(i, t)| (t.clone(), i as u16)).collect();

        // Casing: per tag, do lemmas of capitalised forms keep their capitals?
        let mut case_votes = vec![(0usize, 0usize); tags.len()];
        // Lemma counts per (form, tag).
        let mut counts: FxHashMap<(&str, u16), FxHashMap<&str, usize>> = FxHashMap::default();
        for w in words() {
            let Some(&tag) = tag_ids.get(&w.xpos) else { continue };
            if w.form.chars().any(char::is_uppercase) {
                let votes = &mut case_votes[usize::from(tag)];
                if w.lemma.chars().any(char::is_uppercase) {
                    votes.0 += 1;
                } else {
                    votes.1 += 1;
                }
            }
            *counts.entry((&w.form, tag)).or_default().entry(&w.lemma).or_default() += 1;
        }
        let keep_case: Vec<bool> = case_votes.iter().map(|&(keep, lower)| keep > lower).collect();

        let mut entries: Vec<(String, u16, String)> = counts
            .into_iter()
            .map(|((form, tag), lemmas)| {
                let lemma = lemmas
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
                    .expect("counted")
                    .0;
                (form.to_string(), tag, lemma.to_string())
            })
            .collect();
        entries.sort_unstable();

        let cased: Vec<Vec<char>> = entries
            .iter()
            .map(|(form, tag, _)| cased_chars(form, keep_case[usize::from(*tag)]))
            .collect();
        let rules = Rules::learn(
            entries
                .iter()
                .zip(&cased)
                .map(|((_, tag, lemma), word)| (*tag, word.as_slice(), lemma.as_str())),
        );
        let lemmatizer = Lemmatizer::from(LemmatizerData {
            tags,
            keep_case,
            lexicon: entries,
            rules,
        });
        if options.verbose {
            eprintln!(
                "lemmatizer: {} tags, {} (form, tag) pairs, {} suffix rules",
                lemmatizer.tags.len(),
                lemmatizer.seen.len(),
                lemmatizer.rules.len()
            );
            if !options.dev.is_empty() {
                eprintln!(
                    "lemmatizer: dev accuracy with gold tags {:.2}%",
                    lemmatizer.accuracy(&options.dev)
                );
            }
        }
        lemmatizer
    }

    /// Fills `lemma` of every word; expects `upos`/`xpos` to be set.
    pub fn lemmatize(&self, words: &mut [Word]) {
        for w in words {
            let mut lemma = std::mem::take(&mut w.lemma);
            self.lemma_into(&w.form, &w.xpos, &mut lemma);
            w.lemma = lemma;
        }
    }

    /// The lemma of `form` tagged `xpos`.
    pub fn lemma(&self, form: &str, xpos: &str) -> String {
        let mut out = String::new();
        self.lemma_into(form, xpos, &mut out);
        out
    }

    /// Writes the lemma of `form` tagged `xpos` into `out` (replacing its contents).
    fn lemma_into(&self, form: &str, xpos: &str, out: &mut String) {
        out.clear();
        let tag = self.tag_ids.get(xpos).copied();
        let keep_case = tag.and_then(|t| self.keep_case.get(usize::from(t)).copied());
        if let Some(t) = tag {
            let exact = self.seen.get(&seen_key(form.chars(), t));
            let lowered = || match keep_case {
                Some(false) => self.seen.get(&seen_key(form.chars().flat_map(char::to_lowercase), t)),
                _ => None,
            };
            match exact.or_else(lowered) {
                Some(Seen::Form) if exact.is_some() => return out.push_str(form),
                Some(Seen::Form | Seen::Lower) => return out.extend(form.chars().flat_map(char::to_lowercase)),
                Some(Seen::Text(i)) => {
                    if let Some(text) = self.texts.get(*i as usize) {
                        return out.push_str(text);
                    }
                }
                None => {}
            }
        }
        let word = cased_chars(form, keep_case.unwrap_or(false));
        match tag.and_then(|t| self.rules.apply(t, &word)) {
            Some(lemma) => out.push_str(&lemma),
            None => out.extend(word),
        }
    }

    /// Lemma accuracy (percent) on gold sentences, using their gold tags.
    pub fn accuracy(&self, gold: &[ParsedSentence]) -> f64 {
        let (mut right, mut total) = (0usize, 0usize);
        for w in gold.iter().flat_map(|s| &s.words) {
            right += usize::from(self.lemma(&w.form, &w.xpos) == w.lemma);
            total += 1;
        }
        100.0 * right as f64 / total.max(1) as f64
    }
}

/// The characters of `form`, lowercased unless `keep_case`.
fn cased_chars(form: &str, keep_case: bool) -> Vec<char> {
    if keep_case {
        form.chars().collect()
    } else {
        form.chars().flat_map(char::to_lowercase).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{conllu, model};

    fn trained() -> Lemmatizer {
        let (sentences, errors) = conllu::read(include_str!("tagger/fixture.conllu"));
        assert!(errors.is_empty(), "{errors:?}");
        Lemmatizer::train(&sentences, &TrainOptions::default())
    }

    #[test]
    fn seen_words_and_learned_rules() {
        let l = trained();
        assert_eq!(l.lemma("was", "VBD"), "be");
        assert_eq!(l.lemma("The", "DT"), "the");
        assert_eq!(l.lemma("missiles", "NNS"), "missile");
        assert_eq!(l.lemma("test-fired", "VBD"), "test-fire");
        assert_eq!(l.lemma("Diplomats", "NNS"), "diplomat");
        assert_eq!(l.lemma("Pyongyang", "NNP"), "Pyongyang");
        assert_eq!(l.lemma("Tehran", "NNP"), "Tehran");
    }

    #[test]
    fn serialization_round_trip() {
        let l = trained();
        let back: Lemmatizer = model::decode(&model::encode(&l), "test").unwrap();
        assert_eq!(model::encode(&l), model::encode(&back));
        assert_eq!(back.lemma("missiles", "NNS"), "missile");
    }

    #[test]
    fn odd_input_does_not_panic() {
        let l = trained();
        let long = "é".repeat(50_000);
        for (form, tag) in [
            ("", "NN"),
            ("s", "NNS"),
            ("Zürich", "NNP"),
            ("北京", "XYZ"),
            (long.as_str(), "VBD"),
        ] {
            let lemma = l.lemma(form, tag);
            assert!(lemma.len() <= form.len() + 8, "{form:?} -> {lemma:?}");
        }
        assert_eq!(l.lemma("ǅemal", "NN"), "ǆemal");
        let mut none: [Word; 0] = [];
        l.lemmatize(&mut none);
        assert_eq!(Lemmatizer::default().lemma("Guards", "NNS"), "guards");
    }
}
