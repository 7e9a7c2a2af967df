//! Training of the whole syntax pipeline from a UD treebank, deterministic for a given seed.
//!
//! `dyad train --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out DIR` runs
//! [`train_pipeline`]: it trains the tagger and lemmatizer on the gold data, and trains the parser
//! on the tags it will see at run time: jackknifed tags, where each of [`JACKKNIFE_FOLDS`] folds
//! of the training set is tagged by a tagger trained on the other folds. The folds are trained in
//! parallel but each is independent of thread order, so the models depend only on the seed. If the
//! tagger is unusable (accuracy on held-out folds below [`MIN_TAGGER_ACCURACY`], e.g. a placeholder),
//! the parser is trained on gold tags instead, with a warning. The dev set is tagged the same way, so
//! the parser's progress figures reflect predicted tags.

use crate::lemmatizer::Lemmatizer;
use crate::parser::Parser;
use crate::tagger::Tagger;
use crate::word::ParsedSentence;
use crate::Pipeline;
use rayon::prelude::*;

/// Number of folds for jackknifed tags.
pub const JACKKNIFE_FOLDS: usize = 5;
/// Below this held-out UPOS accuracy (percent) the tagger is not used to train the parser.
pub const MIN_TAGGER_ACCURACY: f64 = 50.0;

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
    let (tagger, lemmatizer) = rayon::join(|| Tagger::train(train, options), || Lemmatizer::train(train, options));
    let (jackknifed, accuracy) = jackknife_tags(train, options);
    let mut parser_options = options.clone();
    let parser_train = if accuracy >= MIN_TAGGER_ACCURACY {
        for s in &mut parser_options.dev {
            tagger.tag(&mut s.words);
        }
        jackknifed
    } else {
        eprintln!(
            "dyad: warning: tagger accuracy on held-out folds is {accuracy:.1}%; training the parser on gold tags"
        );
        train.to_vec()
    };
    if options.verbose {
        eprintln!("parser: jackknifed tags have held-out UPOS accuracy {accuracy:.2}%");
    }
    let parser = Parser::train(&parser_train, &parser_options);
    Pipeline {
        tagger,
        lemmatizer,
        parser,
    }
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
    let tagged_folds: Vec<Vec<(usize, ParsedSentence)>> = (0..k)
        .into_par_iter()
        .map(|fold| {
            let rest: Vec<ParsedSentence> = train
                .iter()
                .enumerate()
                .filter(|(i, _)| i % k != fold)
                .map(|(_, s)| s.clone())
                .collect();
            let tagger = Tagger::train(&rest, &fold_options);
            train
                .iter()
                .enumerate()
                .filter(|(i, _)| i % k == fold)
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
    let (mut n, mut right) = (0usize, 0usize);
    for (g, p) in train.iter().zip(&out) {
        for (gw, pw) in g.words.iter().zip(&p.words) {
            n += 1;
            right += usize::from(gw.upos == pw.upos);
        }
    }
    (out, 100.0 * right as f64 / n.max(1) as f64)
}
