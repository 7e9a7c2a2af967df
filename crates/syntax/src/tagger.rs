//! Part-of-speech tagger: predicts UPOS and XPOS for each word of a sentence.
//! (Placeholder: the real tagger replaces this module.)

use crate::train::TrainOptions;
use crate::word::{ParsedSentence, Word};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Tagger {}

impl Tagger {
    /// Trains a tagger on gold-annotated sentences.
    pub fn train(_sentences: &[ParsedSentence], _options: &TrainOptions) -> Tagger {
        Tagger {}
    }

    /// Fills `upos` and `xpos` of every word.
    pub fn tag(&self, words: &mut [Word]) {
        for w in words {
            w.upos = "X".into();
            w.xpos = "FW".into();
        }
    }
}
