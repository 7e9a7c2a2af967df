//! Labelled dependency parser: fills `head` and `deprel` of each word.
//! (Placeholder: every word attaches to the first; the real parser replaces this module.)

use crate::train::TrainOptions;
use crate::word::{ParsedSentence, Word};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Parser {}

impl Parser {
    /// Trains a parser on gold trees (using the tags present in `sentences`).
    pub fn train(_sentences: &[ParsedSentence], _options: &TrainOptions) -> Parser {
        Parser {}
    }

    /// Fills `head` and `deprel` of every word; expects tags (and lemmas) to be set.
    pub fn parse(&self, words: &mut [Word]) {
        for (i, w) in words.iter_mut().enumerate() {
            (w.head, w.deprel) = if i == 0 { (0, "root".into()) } else { (1, "dep".into()) };
        }
    }
}
