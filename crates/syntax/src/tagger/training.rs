//! Training of the tagger: the label set, the tag dictionary and the averaged perceptron,
//! trained on the sentences in a seeded random order. Deterministic for a given seed.

use super::dictionary::{Dictionary, Thresholds};
use super::features::{self, WordInfo, PAD};
use super::perceptron::{Training, Weights};
use super::{argmax, hash, lower_key, start_labels, Label, Scratch, Tagger};
use crate::train::TrainOptions;
use crate::word::ParsedSentence;
use rustc_hash::FxHashMap;

/// Passes over the training data when `TrainOptions::epochs` is `None`.
const DEFAULT_EPOCHS: usize = 10;
/// Averaged weights smaller than this are pruned from the model.
const MIN_WEIGHT: f32 = 0.02;
/// At most this many distinct labels (ids past them mark the sentence edges).
const MAX_LABELS: usize = 60_000;
const DICTIONARY: Thresholds = Thresholds {
    class_min: 2,
    fixed_min: 20,
    fixed_share: 0.97,
};

/// The training sentences as the passes see them.
struct Data {
    contexts: Vec<Vec<WordInfo>>,
    gold: Vec<Vec<u16>>,
    dictionary: Dictionary,
    n_labels: usize,
    /// Whether the cluster features are used (the table is not empty).
    clusters: bool,
}

/// Trains both passes; see the module documentation.
pub fn train(sentences: &[ParsedSentence], options: &TrainOptions) -> Tagger {
    let epochs = options.epochs.unwrap_or(DEFAULT_EPOCHS);
    let (labels, gold) = label_ids(sentences);
    if labels.is_empty() {
        return Tagger::default();
    }
    let mut scratch = Scratch::default();
    let mut occurrences = Vec::new();
    for (s, g) in sentences.iter().zip(&gold) {
        for (w, &label) in s.words.iter().zip(g) {
            let info = WordInfo::new(&w.form, &mut scratch.chars);
            occurrences.extend([(info.form, label), (lower_key(info.lower), label)]);
        }
    }
    let dictionary = Dictionary::build(occurrences.into_iter(), DICTIONARY);
    let contexts = sentences
        .iter()
        .map(|s| {
            scratch.load(s.words.iter().map(|w| w.form.as_str()), &dictionary, &options.clusters);
            scratch.ctx.clone()
        })
        .collect();
    let data = Data {
        contexts,
        gold: gold.into_iter().map(|g| g.into_iter().rev().collect()).collect(),
        dictionary,
        n_labels: labels.len(),
        clusters: !options.clusters.is_empty(),
    };
    let snapshot = |weights: Weights| Tagger {
        labels: labels.clone(),
        dictionary: data.dictionary.clone(),
        weights,
        clusters: (*options.clusters).clone(),
    };
    let verbose_dev = options.verbose && !options.dev.is_empty();
    let weights = train_epochs(&data, epochs, options.seed, |epoch, model| {
        if options.verbose {
            let dev = verbose_dev.then(|| {
                let (upos, xpos) = snapshot(model.average(MIN_WEIGHT)).accuracy(&options.dev);
                format!(", dev UPOS {upos:.2}% XPOS {xpos:.2}%")
            });
            eprintln!("tagger: epoch {}/{epochs}{}", epoch + 1, dev.unwrap_or_default());
        }
    });
    let tagger = snapshot(weights);
    if options.verbose {
        eprintln!(
            "tagger: {} labels, {} dictionary entries, {} features, {} weights",
            tagger.labels.len(),
            tagger.dictionary.len(),
            tagger.weights.len(),
            tagger.weights.entries()
        );
    }
    tagger
}

/// The label set in order of first appearance, and each sentence's gold label ids.
fn label_ids(sentences: &[ParsedSentence]) -> (Vec<Label>, Vec<Vec<u16>>) {
    let mut ids: FxHashMap<Label, u16> = FxHashMap::default();
    let mut labels = Vec::new();
    let gold = sentences
        .iter()
        .map(|s| {
            s.words
                .iter()
                .map(|w| {
                    let label = Label {
                        upos: w.upos.clone(),
                        xpos: w.xpos.clone(),
                    };
                    if let Some(&id) = ids.get(&label) {
                        return id;
                    }
                    if labels.len() >= MAX_LABELS {
                        return 0; // a corrupt treebank: labels past the cap fall back to the first
                    }
                    let id = labels.len() as u16;
                    ids.insert(label.clone(), id);
                    labels.push(label);
                    id
                })
                .collect()
        })
        .collect();
    (labels, gold)
}

/// Runs the perceptron over the (reversed) sentences for `epochs` passes; `progress` is called
/// after each.
fn train_epochs(data: &Data, epochs: usize, seed: u64, mut progress: impl FnMut(usize, &Training)) -> Weights {
    let mut model = Training::default();
    let mut order: Vec<usize> = (0..data.contexts.len()).collect();
    let mut rng = Rng::new(seed);
    let mut scores = vec![0f32; data.n_labels];
    let mut feats = Vec::new();
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let ctx = &data.contexts[k];
            let (mut prev, mut prev2) = start_labels(data.n_labels);
            for (i, &truth) in data.gold[k].iter().enumerate() {
                let guess = match data.dictionary.get(ctx[i + PAD].form).and_then(|e| e.fixed) {
                    Some(fixed) => fixed,
                    None => {
                        features::extract(ctx, i, prev, prev2, data.clusters, &mut feats);
                        scores.iter_mut().for_each(|s| *s = 0.0);
                        model.score(&feats, &mut scores);
                        let guess = argmax(&scores);
                        if guess != truth {
                            model.update(&feats, truth, guess);
                        }
                        model.tick();
                        guess
                    }
                };
                (prev2, prev) = (prev, guess);
            }
        }
        progress(epoch, &model);
    }
    model.average(MIN_WEIGHT)
}

/// A small deterministic random number generator (xorshift64*) for shuffling.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(hash::mix(seed, 0x7461_6767_6572) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}
