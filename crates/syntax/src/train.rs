//! Training of the whole syntax pipeline from a UD treebank, deterministic for a given seed.

use crate::lemmatizer::Lemmatizer;
use crate::parser::Parser;
use crate::tagger::Tagger;
use crate::word::ParsedSentence;
use crate::Pipeline;

/// Options shared by the trainers.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Seed of every random choice (shuffling, exploration): same seed, same model.
    pub seed: u64,
    /// Passes over the data; `None` lets each trainer use its tuned default.
    pub epochs: Option<usize>,
    /// Held-out sentences to report progress on (never trained on).
    pub dev: Vec<ParsedSentence>,
    /// Print progress to stderr.
    pub verbose: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            seed: 1,
            epochs: None,
            dev: Vec::new(),
            verbose: false,
        }
    }
}

/// Trains tagger, lemmatizer and parser on `train`.
pub fn train_pipeline(train: &[ParsedSentence], options: &TrainOptions) -> Pipeline {
    let tagger = Tagger::train(train, options);
    let lemmatizer = Lemmatizer::train(train, options);
    let parser = Parser::train(train, options);
    Pipeline {
        tagger,
        lemmatizer,
        parser,
    }
}
