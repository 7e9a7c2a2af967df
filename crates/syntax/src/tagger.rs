//! Part-of-speech tagger: predicts UPOS and XPOS for each word of a sentence.
//!
//! A greedy averaged perceptron over joint UPOS+XPOS labels that tags right to left (English
//! tags depend more on what follows), with hashed features of the word, its affixes and shape,
//! a ±2 word window, the ambiguity classes of the neighbours and the two labels already
//! predicted to the right ([`features`]). Frequent unambiguous words take their label from the
//! tag dictionary ([`dictionary`]) without scoring. Word clusters learned from a large unlabeled
//! corpus ([`clusters`]) generalize from frequent words to rare ones; the tagger carries their
//! table and writes each word's cluster into [`Word::cluster`] for the parser. Training is in
//! [`training`].

pub mod clusters;
mod dictionary;
mod features;
pub(crate) mod hash;
mod perceptron;
mod table;
mod training;

use crate::train::TrainOptions;
use crate::word::{ParsedSentence, Word};
use clusters::WordClusters;
use dictionary::Dictionary;
use features::{WordInfo, PAD};
use perceptron::Weights;
use serde::{Deserialize, Serialize};

/// A joint tag: the pair the tagger predicts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Label {
    pub upos: String,
    pub xpos: String,
}

/// The trained tagger.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Tagger {
    labels: Vec<Label>,
    dictionary: Dictionary,
    weights: Weights,
    /// The word clusters of the cluster features (empty: none).
    clusters: WordClusters,
}

/// Reusable per-sentence buffers.
#[derive(Default)]
struct Scratch {
    ctx: Vec<WordInfo>,
    chars: Vec<char>,
    features: Vec<u64>,
    scores: Vec<i32>,
}

impl Scratch {
    /// Fills the padded context of `forms`, with ambiguity classes from `dictionary` and clusters
    /// from `clusters`, reversed (last word first) for right-to-left tagging.
    fn load<'a>(&mut self, forms: impl Iterator<Item = &'a str>, dictionary: &Dictionary, clusters: &WordClusters) {
        features::context(forms, clusters, &mut self.ctx, &mut self.chars);
        set_classes(&mut self.ctx, dictionary);
        self.ctx.reverse();
    }
}

/// Sets the ambiguity class of every word of a padded context.
fn set_classes(ctx: &mut [WordInfo], dictionary: &Dictionary) {
    let n = ctx.len();
    for info in &mut ctx[PAD..n - PAD] {
        info.class = dictionary.get(info.form).map_or(0, |e| e.class);
        info.lower_class = dictionary.get(lower_key(info.lower)).map_or(0, |e| e.class);
    }
}

/// The dictionary key of a lowercased form (distinct from the exact forms' keys).
fn lower_key(lower: u64) -> u64 {
    hash::mix(lower, 0x006c_6f77_6572)
}

impl Tagger {
    /// Trains a tagger on gold-annotated sentences.
    pub fn train(sentences: &[ParsedSentence], options: &TrainOptions) -> Tagger {
        training::train(sentences, options)
    }

    /// Fills `upos`, `xpos` and `cluster` of every word.
    pub fn tag(&self, words: &mut [Word]) {
        let mut scratch = Scratch::default();
        let labels = self.tag_ids(words.iter().map(|w| w.form.as_str()), &mut scratch);
        // the context is reversed: word `i` is at `PAD + n - 1 - i`
        let infos = scratch.ctx[PAD..scratch.ctx.len() - PAD].iter().rev();
        for ((w, id), info) in words.iter_mut().zip(labels).zip(infos) {
            w.cluster = info.cluster;
            match self.labels.get(usize::from(id)) {
                Some(label) => {
                    w.upos.clone_from(&label.upos);
                    w.xpos.clone_from(&label.xpos);
                }
                None => {
                    w.upos = "X".into();
                    w.xpos = "X".into();
                }
            }
        }
    }

    /// The word-cluster table of the cluster features (empty when the model has none).
    pub fn clusters(&self) -> &WordClusters {
        &self.clusters
    }

    /// The label ids of a sentence's words.
    fn tag_ids<'a>(&self, forms: impl Iterator<Item = &'a str>, scratch: &mut Scratch) -> Vec<u16> {
        scratch.load(forms, &self.dictionary, &self.clusters);
        let n = scratch.ctx.len() - 2 * PAD;
        if self.labels.is_empty() {
            return vec![u16::MAX; n];
        }
        let mut labels = self.decode(scratch);
        labels.reverse();
        labels
    }

    /// One greedy pass over the loaded context, which [`Scratch::load`] stored reversed.
    fn decode(&self, scratch: &mut Scratch) -> Vec<u16> {
        let n_labels = self.labels.len();
        let ctx = &scratch.ctx;
        let n = ctx.len() - 2 * PAD;
        let mut out = Vec::with_capacity(n);
        scratch.scores.resize(n_labels, 0);
        let (mut prev, mut prev2) = start_labels(n_labels);
        for i in 0..n {
            let guess = match self.dictionary.get(ctx[i + PAD].form).and_then(|e| e.fixed) {
                Some(fixed) => fixed,
                None => {
                    features::extract(ctx, i, prev, prev2, !self.clusters.is_empty(), &mut scratch.features);
                    scratch.scores.iter_mut().for_each(|s| *s = 0);
                    self.weights.score(&scratch.features, &mut scratch.scores);
                    argmax(&scratch.scores)
                }
            };
            out.push(guess);
            (prev2, prev) = (prev, guess);
        }
        out
    }

    /// UPOS and XPOS accuracy (percent) on gold sentences.
    pub fn accuracy(&self, gold: &[ParsedSentence]) -> (f64, f64) {
        let (mut upos, mut xpos, mut total) = (0usize, 0usize, 0usize);
        let mut scratch = Scratch::default();
        for s in gold {
            let ids = self.tag_ids(s.words.iter().map(|w| w.form.as_str()), &mut scratch);
            for (w, id) in s.words.iter().zip(ids) {
                if let Some(label) = self.labels.get(usize::from(id)) {
                    upos += usize::from(label.upos == w.upos);
                    xpos += usize::from(label.xpos == w.xpos);
                }
                total += 1;
            }
        }
        let pct = |k: usize| 100.0 * k as f64 / total.max(1) as f64;
        (pct(upos), pct(xpos))
    }
}

/// The pseudo-labels of the two positions before the first word tagged: (previous, the one before).
fn start_labels(n_labels: usize) -> (u16, u16) {
    (n_labels as u16, n_labels as u16 + 1)
}

/// Index of the best score (the first on ties).
fn argmax<T: Copy + PartialOrd>(scores: &[T]) -> u16 {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate().skip(1) {
        if s > scores[best] {
            best = i;
        }
    }
    best as u16
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{conllu, model};

    const FIXTURE: &str = include_str!("tagger/fixture.conllu");

    fn fixture() -> Vec<ParsedSentence> {
        let (sentences, errors) = conllu::read(FIXTURE);
        assert!(errors.is_empty(), "{errors:?}");
        sentences
    }

    fn words(text: &str) -> Vec<Word> {
        text.split(' ')
            .map(|f| Word {
                form: f.to_string(),
                ..Word::default()
            })
            .collect()
    }

    fn trained() -> Tagger {
        Tagger::train(&fixture(), &TrainOptions::default())
    }

    #[test]
    fn reproduces_the_training_tags() {
        let tagger = trained();
        for s in fixture() {
            let mut w = s.words.clone();
            tagger.tag(&mut w);
            for (gold, got) in s.words.iter().zip(&w) {
                assert_eq!((&gold.upos, &gold.xpos), (&got.upos, &got.xpos), "{:?}", gold.form);
            }
        }
    }

    #[test]
    fn generalises_a_suffix_to_an_unseen_word() {
        let tagger = trained();
        let mut w = words("The minister spoke calmly to reporters .");
        tagger.tag(&mut w);
        assert_eq!((w[3].upos.as_str(), w[3].xpos.as_str()), ("ADV", "RB"));
    }

    #[test]
    fn clusters_carry_a_tag_to_unseen_words_and_reach_the_parser() {
        // `Tbilisi`, unseen in training, shares the capital cities' cluster; `zorbled` the verbs'.
        let table = "0110\tSeoul\n0110\tPyongyang\n0110\tBeijing\n0110\ttbilisi\n\
                     1011\tspoke\n1011\tfired\n1011\tmarched\n1011\tzorbled\n";
        let options = TrainOptions {
            clusters: std::sync::Arc::new(WordClusters::parse(table).unwrap()),
            ..TrainOptions::default()
        };
        let with = Tagger::train(&fixture(), &options);
        let without = trained();
        let mut w = words("The president zorbled officials in tbilisi .");
        let mut plain = w.clone();
        with.tag(&mut w);
        without.tag(&mut plain);
        let tags = |w: &[Word]| w.iter().map(|w| w.upos.clone()).collect::<Vec<_>>();
        assert_eq!(tags(&w)[2..6], ["VERB", "NOUN", "ADP", "PROPN"], "{:?}", tags(&w));
        assert_ne!(
            tags(&plain),
            tags(&w),
            "without clusters the unseen words are guessed otherwise"
        );
        // every word's cluster is written for the parser; an unknown word has none
        assert_eq!(w[5].cluster, clusters::encode("0110").unwrap());
        assert_eq!(w[0].cluster, 0);
        let back: Tagger = model::decode(&model::encode(&with), "test").unwrap();
        assert_eq!(back.clusters(), with.clusters());
    }

    #[test]
    fn training_is_deterministic_and_survives_serialization() {
        let a = trained();
        let b = trained();
        assert_eq!(model::encode(&a), model::encode(&b));
        let back: Tagger = model::decode(&model::encode(&a), "test").unwrap();
        let mut x = words("Officials hired new guards in Seoul .");
        let mut y = x.clone();
        a.tag(&mut x);
        back.tag(&mut y);
        assert_eq!(x, y);
        assert_eq!(x[1].xpos, "VBD");
    }

    #[test]
    fn odd_input_does_not_panic() {
        let tagger = trained();
        tagger.tag(&mut []);
        let long = "x".repeat(100_000);
        let mut w = words(&format!("Zürich 北京 🚀 {long} Ⅻ İstanbul ǅ"));
        w.push(Word::default());
        tagger.tag(&mut w);
        assert!(w.iter().all(|w| !w.upos.is_empty() && !w.xpos.is_empty()));
        let mut w = words("The minister");
        Tagger::default().tag(&mut w);
        assert_eq!(w[0].upos, "X");
        let untrained = Tagger::train(&[], &TrainOptions::default());
        untrained.tag(&mut w);
        assert_eq!(w[1].upos, "X");
    }

    #[test]
    fn shipped_models_tag_and_lemmatize_a_news_sentence() {
        if model::embedded::TAGGER.is_empty() || model::embedded::LEMMATIZER.is_empty() {
            eprintln!("SKIPPED: this build embeds no tagger/lemmatizer model (data/models/ is empty)");
            return;
        }
        let tagger: Tagger = model::decode(model::embedded::TAGGER, "embedded tagger").unwrap();
        let lemmatizer: crate::lemmatizer::Lemmatizer =
            model::decode(model::embedded::LEMMATIZER, "embedded lemmatizer").unwrap();
        let mut w = words("North Korea test-fired two missiles on Wednesday , officials in Seoul said .");
        tagger.tag(&mut w);
        lemmatizer.lemmatize(&mut w);
        let got: Vec<(&str, &str)> = w.iter().map(|w| (w.upos.as_str(), w.lemma.as_str())).collect();
        assert_eq!(
            got,
            [
                ("PROPN", "North"),
                ("PROPN", "Korea"),
                ("VERB", "test-fire"),
                ("NUM", "two"),
                ("NOUN", "missile"),
                ("ADP", "on"),
                ("PROPN", "Wednesday"),
                ("PUNCT", ","),
                ("NOUN", "official"),
                ("ADP", "in"),
                ("PROPN", "Seoul"),
                ("VERB", "say"),
                ("PUNCT", "."),
            ]
        );
    }
}
