//! Training of the whole syntax pipeline from a UD treebank, deterministic for a given seed.
//!
//! `dyad train --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out DIR` runs
//! [`train_pipeline`]: it trains the tagger and lemmatizer on the gold data, and trains the parser
//! on the tags it will see at run time: jackknifed tags, where each of [`JACKKNIFE_FOLDS`] folds
//! of the training set (contiguous, so a document's sentences share a fold) is tagged by a tagger
//! trained on the other folds. The folds are trained in
//! parallel but each is independent of thread order, so the models depend only on the seed. If the
//! tagger is unusable (accuracy on held-out folds below [`MIN_TAGGER_ACCURACY`], e.g. a placeholder),
//! the parser is trained on gold tags instead, with a warning. The dev set is tagged the same way, so
//! the parser's progress figures reflect predicted tags.

use crate::lemmatizer::Lemmatizer;
use crate::parser::Parser;
use crate::tagger::clusters::WordClusters;
use crate::tagger::Tagger;
use crate::word::ParsedSentence;
use crate::Pipeline;
use rayon::prelude::*;
use std::sync::Arc;

/// Number of folds for jackknifed tags.
pub const JACKKNIFE_FOLDS: usize = 5;
/// Below this held-out UPOS accuracy (percent) the tagger is not used to train the parser.
pub const MIN_TAGGER_ACCURACY: f64 = 50.0;

/// Options shared by the trainers.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Seed of every random choice (shuffling, exploration): same seed, same model.
    pub seed: u64,
    /// Passes over the data; `None` lets each trainer use its tuned default. For the parser, the
    /// greedy (dynamic-oracle) passes.
    pub epochs: Option<usize>,
    /// Parser beam width: global (max-violation) training with this beam after the greedy passes,
    /// and the width stored in the model for decoding. 1 trains and parses greedily.
    pub beam: usize,
    /// Global training passes of the parser (when `beam > 1`); `None` for the tuned default.
    pub beam_epochs: Option<usize>,
    /// When set, the parser model after each global epoch `k` is written to this directory as
    /// `parser-beamW-epochK.bin.zst` (the same model `beam_epochs: Some(k)` would give).
    pub snapshots: Option<std::path::PathBuf>,
    /// Held-out sentences to report progress on (never trained on).
    pub dev: Vec<ParsedSentence>,
    /// Print progress to stderr.
    pub verbose: bool,
    /// The word clusters of the tagger's (and through it the parser's) cluster features; empty
    /// for none. `dyad train` uses [`WordClusters::embedded`] unless told otherwise.
    pub clusters: Arc<WordClusters>,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            seed: 1,
            epochs: None,
            beam: crate::parser::DEFAULT_BEAM,
            beam_epochs: None,
            snapshots: None,
            dev: Vec::new(),
            verbose: false,
            clusters: Arc::default(),
        }
    }
}

/// Trains tagger, lemmatizer and parser on `train`.
pub fn train_pipeline(train: &[ParsedSentence], options: &TrainOptions) -> Pipeline {
    let (tagger, lemmatizer) = rayon::join(|| Tagger::train(train, options), || Lemmatizer::train(train, options));
    let (jackknifed, accuracy) = jackknife_tags(train, options);
    if options.verbose {
        eprintln!("parser: jackknifed tags have held-out UPOS accuracy {accuracy:.2}%");
    }
    let parser = if accuracy >= MIN_TAGGER_ACCURACY {
        train_parser(&jackknifed, &tagger, options)
    } else {
        eprintln!(
            "dyad: warning: tagger accuracy on held-out folds is {accuracy:.1}%; training the parser on gold tags"
        );
        Parser::train(train, options)
    };
    Pipeline {
        tagger,
        lemmatizer,
        parser,
    }
}

/// Trains only the parser, on training sentences that already carry the tags it will see at run
/// time (jackknifed tags, see [`jackknife_tags`]); the dev set is tagged by `tagger` first, so the
/// progress figures reflect predicted tags. This is the quick path for parser experiments: the
/// jackknifed tags can be computed once and reused.
pub fn train_parser(tagged_train: &[ParsedSentence], tagger: &Tagger, options: &TrainOptions) -> Parser {
    let mut parser_options = options.clone();
    for s in &mut parser_options.dev {
        tagger.tag(&mut s.words);
    }
    Parser::train(tagged_train, &parser_options)
}

/// UPOS accuracy (percent) of `tagged` against `gold`, word by word (sentences paired in order).
pub fn upos_accuracy(gold: &[ParsedSentence], tagged: &[ParsedSentence]) -> f64 {
    let (mut n, mut right) = (0usize, 0usize);
    for (g, p) in gold.iter().zip(tagged) {
        for (gw, pw) in g.words.iter().zip(&p.words) {
            n += 1;
            right += usize::from(gw.upos == pw.upos);
        }
    }
    100.0 * right as f64 / n.max(1) as f64
}

/// The training sentences with tags predicted by taggers trained on the other folds, and the UPOS
/// accuracy (percent) of those predictions.
pub fn jackknife_tags(train: &[ParsedSentence], options: &TrainOptions) -> (Vec<ParsedSentence>, f64) {
    let fold_options = TrainOptions {
        dev: Vec::new(),
        verbose: false,
        ..options.clone()
    };
    let k = JACKKNIFE_FOLDS;
    // Contiguous folds: the sentences of one document stay together, so a fold's tagger has not
    // seen its documents' names and phrasing, and the tags are as noisy as on new text.
    let fold_of = |i: usize| i * k / train.len().max(1);
    let tagged_folds: Vec<Vec<(usize, ParsedSentence)>> = (0..k)
        .into_par_iter()
        .map(|fold| {
            let rest: Vec<ParsedSentence> = train
                .iter()
                .enumerate()
                .filter(|&(i, _)| fold_of(i) != fold)
                .map(|(_, s)| s.clone())
                .collect();
            let tagger = Tagger::train(&rest, &fold_options);
            train
                .iter()
                .enumerate()
                .filter(|&(i, _)| fold_of(i) == fold)
                .map(|(i, s)| {
                    let mut s = s.clone();
                    tagger.tag(&mut s.words);
                    (i, s)
                })
                .collect()
        })
        .collect();
    let mut out: Vec<Option<ParsedSentence>> = vec![None; train.len()];
    for (i, s) in tagged_folds.into_iter().flatten() {
        out[i] = Some(s);
    }
    let out: Vec<ParsedSentence> = out.into_iter().flatten().collect();
    let accuracy = upos_accuracy(train, &out);
    (out, accuracy)
}
