//! Lemmatizer: the dictionary form of each word, given its form and tags.
//! (Placeholder: the real lemmatizer replaces this module.)

use crate::train::TrainOptions;
use crate::word::{ParsedSentence, Word};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Lemmatizer {}

impl Lemmatizer {
    /// Learns lemmatization from gold-annotated sentences.
    pub fn train(_sentences: &[ParsedSentence], _options: &TrainOptions) -> Lemmatizer {
        Lemmatizer {}
    }

    /// Fills `lemma` of every word; expects `upos`/`xpos` to be set.
    pub fn lemmatize(&self, words: &mut [Word]) {
        for w in words {
            w.lemma = w.form.to_lowercase();
        }
    }
}
