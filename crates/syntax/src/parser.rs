//! Labelled dependency parser: fills `head` and `deprel` (full UD relation with subtype) of each word.
//!
//! Method: a transition-based parser over the arc-hybrid system with the root at the end of the
//! buffer ([`state`]), scoring labelled transitions with an averaged perceptron over the rich
//! non-local features of Zhang & Nivre (2011) and word-cluster features (Koo et al. 2008, from the
//! clusters the tagger writes into [`Word::cluster`]) hashed into `u64` ([`features`], [`weights`]). It
//! decodes greedily (beam 1) or with a beam ([`beam`]); the width is stored in the model and can be
//! changed at run time ([`Parser::set_beam`]).
//!
//! Training has two phases. First, greedy epochs with the dynamic oracle of Goldberg & Nivre (2012,
//! 2013) with exploration: from the second epoch on, the trainer follows the model's own (possibly
//! wrong) prediction with probability 0.9, so the model learns to recover from its mistakes. Then,
//! when the beam is wider than 1, global epochs continue from those weights: the structured
//! perceptron with max-violation updates over whole transition sequences ([`global`]), starting
//! from the greedy weights but averaging only its own updates. Non-projective
//! training trees are projectivized by lifting ([`projective`]). Every terminal configuration is a tree with exactly
//! one root, whatever the input. The shipped model keeps the strongest `MAX_MODEL_FEATURES` features,
//! quantized to `i16`, in an open-addressing table that deserializes without rebuilding.
//!
//! The parser is trained on predicted tags (jackknifed by [`crate::train::train_pipeline`]); the
//! whole pipeline is trained with
//! `dyad train --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu --out data/models`.

pub mod beam;
pub mod features;
pub mod global;
pub mod projective;
pub mod repair;
pub mod state;
pub mod weights;

use crate::train::TrainOptions;
use crate::word::{ParsedSentence, Word};
use beam::Beam;
use features::Tokens;
use serde::{Deserialize, Serialize};
use state::{Move, State, NONE};
use weights::{Trainer, Weights};

/// Default number of greedy (dynamic-oracle) training epochs.
pub const DEFAULT_EPOCHS: usize = 15;
/// Default number of global (beam, max-violation) training epochs after the greedy ones.
pub const DEFAULT_BEAM_EPOCHS: usize = 5;
/// Default beam width, for global training and stored in the model for decoding. Greedy: on EWT
/// dev, global training with beam 4 (5 epochs) gained only +0.15 UAS / +0.05 LAS over the greedy
/// model at a quarter of its speed, so the shipped model is greedy (`dyad train --beam 4` for the other).
pub const DEFAULT_BEAM: usize = 1;
/// Mixed into the seed of the global phase's shuffling generator.
const GLOBAL_PHASE_SALT: u64 = 0x6a09_e667_f3bc_c908;
/// The widest beam accepted (wider requests are clamped).
pub const MAX_BEAM: usize = 256;
/// Probability of following the model's own prediction once exploration has started.
const EXPLORE_P: f64 = 0.9;
/// Averaged weights smaller than this are dropped from the shipped model.
const PRUNE_BELOW: f32 = 0.01;
/// The shipped model keeps about this many features, those with the largest weights: a smaller
/// table is faster (fewer cache misses) and smaller on disk.
const MAX_MODEL_FEATURES: usize = 400_000;
/// How full the shipped weight table's slots may be.
const MAX_TABLE_LOAD: f64 = 0.5;
/// The label used when a model knows none (an untrained parser).
const FALLBACK_LABEL: &str = "dep";

/// A trained parser: its relation labels and perceptron weights.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Parser {
    labels: Vec<String>,
    /// Index of the `root` label, the only one allowed (and required) on arcs to the root.
    root_label: Option<u16>,
    weights: Weights,
    /// Beam width used by [`Parser::parse`]; 1 is greedy.
    beam: u16,
}

/// One training sentence, ready for the oracle.
struct Example {
    tokens: Tokens,
    heads: Vec<u32>,
    labels: Vec<u16>,
    /// The static-oracle transitions building the (projectivized) gold tree, for global training.
    gold: Option<Vec<u16>>,
}

impl Parser {
    /// Trains a parser on gold trees (using the tags present in `sentences`). Sentences whose tree
    /// is malformed are skipped; non-projective trees are projectivized.
    pub fn train(sentences: &[ParsedSentence], options: &TrainOptions) -> Parser {
        Parser::train_raw(sentences, options).0
    }

    /// Trains like [`Parser::train`] and also returns the training weight table, from which other
    /// compressions of the model can be built ([`Trainer::average`], [`Parser::set_weights`]).
    pub fn train_raw(sentences: &[ParsedSentence], options: &TrainOptions) -> (Parser, Trainer) {
        Parser::train_from(sentences, options, Trainer::default())
    }

    /// Trains like [`Parser::train_raw`], starting from the weights of `trainer` instead of zero.
    /// The global phase shuffles with its own generator, so a run resumed from the trainer of a
    /// greedy-only run (same sentences, `epochs: Some(0)`) gives the same model as one run.
    pub fn train_from(sentences: &[ParsedSentence], options: &TrainOptions, trainer: Trainer) -> (Parser, Trainer) {
        let mut trainer = trainer;
        let mut labels: Vec<String> = sentences
            .iter()
            .flat_map(|s| s.words.iter().map(|w| w.deprel.clone()))
            .filter(|l| !l.is_empty() && l != "_")
            .collect();
        labels.sort();
        labels.dedup();
        let root_label = labels.iter().position(|l| l == "root").map(|r| r as u16);
        let mut parser = Parser {
            labels,
            root_label,
            weights: Weights::default(),
            beam: 1,
        };
        let examples: Vec<Example> = sentences.iter().filter_map(|s| parser.example(s)).collect();
        if options.verbose {
            eprintln!(
                "parser: {} training sentences ({} skipped), {} labels",
                examples.len(),
                sentences.len() - examples.len(),
                parser.labels.len()
            );
        }
        let epochs = options.epochs.unwrap_or(DEFAULT_EPOCHS);
        let mut rng = SplitMix(options.seed);
        let mut order: Vec<usize> = (0..examples.len()).collect();
        for epoch in 0..epochs {
            rng.shuffle(&mut order);
            let (mut right, mut total) = (0usize, 0usize);
            for &i in &order {
                let (r, t) = parser.train_one(&mut trainer, &examples[i], epoch > 0, &mut rng);
                right += r;
                total += t;
            }
            if options.verbose {
                let mut line = epoch_line("", epoch, epochs, "transitions", right, total, trainer.len());
                if !options.dev.is_empty() && (epoch + 1 == epochs || epoch % 3 == 2) {
                    parser.weights = trainer.average(PRUNE_BELOW, MAX_MODEL_FEATURES, MAX_TABLE_LOAD);
                    line.push_str(&parser.dev_scores(&options.dev));
                }
                eprintln!("{line}");
            }
        }
        let width = options.beam.clamp(1, MAX_BEAM);
        let beam_epochs = if width > 1 {
            options.beam_epochs.unwrap_or(DEFAULT_BEAM_EPOCHS)
        } else {
            0
        };
        parser.beam = width as u16;
        if beam_epochs > 0 {
            // Greedy weights decode poorly with a beam (their scores are not comparable across
            // histories); averaging them in would hold the global model back.
            trainer.restart_averaging();
        }
        let mut scores = Vec::new();
        let mut rng = SplitMix(options.seed ^ GLOBAL_PHASE_SALT);
        let mut order: Vec<usize> = (0..examples.len()).collect();
        for epoch in 0..beam_epochs {
            rng.shuffle(&mut order);
            let mut right = 0usize;
            let mut total = 0usize;
            for &i in &order {
                let ex = &examples[i];
                if ex.gold.is_none() {
                    continue; // a tree the transitions cannot build (e.g. `root` inside the sentence)
                }
                let tree = beam::GoldTree {
                    heads: &ex.heads,
                    labels: &ex.labels,
                };
                total += 1;
                right += usize::from(global::train_sentence(
                    &parser,
                    &mut trainer,
                    &ex.tokens,
                    &tree,
                    width,
                    &mut scores,
                ));
            }
            // The averaged weights, computed once for the snapshot and the dev scores.
            if options.snapshots.is_some() || (options.verbose && !options.dev.is_empty()) {
                parser.weights = trainer.average(PRUNE_BELOW, MAX_MODEL_FEATURES, MAX_TABLE_LOAD);
            }
            if let Some(dir) = &options.snapshots {
                let path = dir.join(format!("parser-beam{width}-epoch{}.bin.zst", epoch + 1));
                if let Err(err) = crate::model::save(&parser, &path) {
                    eprintln!("dyad: warning: parser snapshot not written: {err}");
                }
            }
            if options.verbose {
                let phase = format!("beam {width} ");
                let mut line = epoch_line(&phase, epoch, beam_epochs, "sentences", right, total, trainer.len());
                if !options.dev.is_empty() {
                    line.push_str(&parser.dev_scores(&options.dev));
                }
                eprintln!("{line}");
            }
        }
        if options.verbose && !options.dev.is_empty() {
            for cap in [MAX_MODEL_FEATURES / 2, MAX_MODEL_FEATURES * 2, usize::MAX] {
                parser.weights = trainer.average(PRUNE_BELOW, cap, MAX_TABLE_LOAD);
                let (uas, las) = parser.attachment_scores(&options.dev);
                eprintln!(
                    "parser: keeping {} features: dev UAS {uas:.2} LAS {las:.2}",
                    parser.weights.len()
                );
            }
        }
        parser.weights = trainer.average(PRUNE_BELOW, MAX_MODEL_FEATURES, MAX_TABLE_LOAD);
        if options.verbose {
            eprintln!(
                "parser: model has {} features, {} weights",
                parser.weights.len(),
                parser.weights.entries()
            );
        }
        (parser, trainer)
    }

    /// Replaces the model's weights (e.g. by another compression of the same training run).
    pub fn set_weights(&mut self, weights: Weights) {
        self.weights = weights;
    }

    /// The beam width [`Parser::parse`] uses (1: greedy).
    pub fn beam(&self) -> usize {
        usize::from(self.beam.max(1))
    }

    /// Sets the beam width [`Parser::parse`] uses (clamped to 1..=[`MAX_BEAM`]; 1 is greedy).
    pub fn set_beam(&mut self, width: usize) {
        self.beam = width.clamp(1, MAX_BEAM) as u16;
    }

    /// Fills `head` and `deprel` of every word; expects tags (and lemmas) to be set. Decodes with
    /// the model's beam width ([`Parser::beam`]).
    pub fn parse(&self, words: &mut [Word]) {
        let n = words.len();
        if n == 0 {
            return;
        }
        let tokens = Tokens::new(words);
        if self.beam() > 1 {
            let st = self.beam_search(&tokens, n, self.beam());
            self.write_tree(words, &st);
            return;
        }
        let mut st = State::new(n);
        let mut feats = Vec::with_capacity(features::MAX_FEATURES);
        let mut scores = vec![0i32; state::n_classes(self.n_labels())];
        while !st.is_terminal() {
            features::extract(&st, &tokens, &mut feats);
            scores.fill(0);
            self.weights.score(&feats, &mut scores);
            let best = self.best_valid(&st, &scores, |_| true).unwrap_or(0);
            let (m, l) = state::move_of(best);
            if !st.is_valid(m) {
                break; // unreachable: some move is valid in every non-terminal state
            }
            st.apply(m, l as u16);
        }
        self.write_tree(words, &st);
    }

    /// The best terminal configuration found by a beam of `width`.
    fn beam_search(&self, tokens: &Tokens, n: usize, width: usize) -> State {
        let mut beam = Beam::new(n, width);
        let mut scores = Vec::with_capacity(state::n_classes(self.n_labels()));
        while !beam.is_terminal() {
            if !beam.step(self, tokens, &self.weights, &mut scores, None, false) {
                break; // unreachable: some move is valid in every non-terminal state
            }
        }
        beam.items()[0].state.clone()
    }

    /// Copies the heads and labels of a terminal configuration into `words`.
    fn write_tree(&self, words: &mut [Word], st: &State) {
        let n = words.len();
        for (i, w) in words.iter_mut().enumerate() {
            let h = st.heads[i];
            (w.head, w.deprel) = if h == NONE {
                (0, self.label(self.root_label()).to_string()) // unreachable after a complete parse
            } else if h as usize == n {
                (0, self.label(st.labels[i] as usize).to_string())
            } else {
                (h as usize + 1, self.label(st.labels[i] as usize).to_string())
            };
        }
        repair_roots(words);
        repair::repair(words);
    }

    fn n_labels(&self) -> usize {
        self.labels.len().max(1)
    }

    fn label(&self, l: usize) -> &str {
        self.labels.get(l).map_or(FALLBACK_LABEL, String::as_str)
    }

    fn root_label(&self) -> usize {
        self.root_label.map_or(usize::MAX, usize::from)
    }

    /// The highest-scoring valid class among those `allowed`.
    fn best_valid<T: Copy + PartialOrd>(
        &self,
        st: &State,
        scores: &[T],
        allowed: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let valid = self.valid_classes(st);
        let mut best: Option<(usize, T)> = None;
        for (c, &s) in scores.iter().enumerate() {
            if valid.allows(c) && allowed(c) && best.is_none_or(|(_, b)| s > b) {
                best = Some((c, s));
            }
        }
        best.map(|(c, _)| c)
    }

    /// Whether class `c` is valid in `st`: its move is valid and only arcs to the root carry `root`.
    fn is_allowed(&self, st: &State, c: usize) -> bool {
        self.valid_classes(st).allows(c)
    }

    /// The valid classes of `st`, worked out once for a scan over all classes.
    fn valid_classes(&self, st: &State) -> ValidClasses {
        ValidClasses {
            shift: st.is_valid(Move::Shift),
            left: st.is_valid(Move::Left),
            right: st.is_valid(Move::Right),
            left_to_root: st.b >= st.n,
            root: self.root_label.map(usize::from),
        }
    }

    fn example(&self, s: &ParsedSentence) -> Option<Example> {
        if s.words.is_empty() {
            return None;
        }
        let conllu: Vec<usize> = s.words.iter().map(|w| w.head).collect();
        let mut heads = projective::parser_heads(&conllu)?;
        projective::projectivize(&mut heads);
        let labels = s
            .words
            .iter()
            .map(|w| self.labels.binary_search(&w.deprel).map(|l| l as u16))
            .collect::<Result<Vec<u16>, _>>()
            .ok()?;
        let gold = global::gold_sequence(self, &heads, &labels);
        Some(Example {
            tokens: Tokens::new(&s.words),
            heads,
            labels,
            gold,
        })
    }

    /// One pass of the dynamic oracle over a sentence; returns (right, total) transitions.
    fn train_one(&self, trainer: &mut Trainer, ex: &Example, explore: bool, rng: &mut SplitMix) -> (usize, usize) {
        let n = ex.heads.len();
        let mut st = State::new(n);
        let mut feats = Vec::with_capacity(features::MAX_FEATURES);
        let mut scores = vec![0.0f32; state::n_classes(self.n_labels())];
        let (mut right, mut total) = (0, 0);
        while !st.is_terminal() {
            features::extract(&st, &ex.tokens, &mut feats);
            scores.iter_mut().for_each(|s| *s = 0.0);
            trainer.score(&feats, &mut scores);
            let costs = st.costs(&ex.heads);
            let s0 = st.s(0);
            let cost = |c: usize| -> Option<u32> {
                let (m, l) = state::move_of(c);
                let base = costs[m as usize]?;
                let wrong_label = match m {
                    Move::Shift => false,
                    Move::Left => ex.heads[s0 as usize] as usize == st.b && ex.labels[s0 as usize] as usize != l,
                    Move::Right => ex.heads[s0 as usize] == st.s(1) && ex.labels[s0 as usize] as usize != l,
                };
                Some(base + u32::from(wrong_label))
            };
            let Some(pred) = self.best_valid(&st, &scores, |_| true) else {
                break;
            };
            let min_cost = (0..scores.len())
                .filter(|&c| self.is_allowed(&st, c))
                .filter_map(cost)
                .min()
                .unwrap_or(0);
            let gold = self
                .best_valid(&st, &scores, |c| cost(c) == Some(min_cost))
                .unwrap_or(pred);
            total += 1;
            if cost(pred) == Some(min_cost) {
                right += 1;
            } else {
                trainer.update(&feats, gold, pred);
            }
            trainer.tick();
            let next = if explore && rng.next_f64() < EXPLORE_P {
                pred
            } else {
                gold
            };
            let (m, l) = state::move_of(next);
            st.apply(m, l as u16);
        }
        (right, total)
    }

    /// `; dev UAS … LAS …` of the current weights on `dev`, for a training progress line.
    fn dev_scores(&self, dev: &[ParsedSentence]) -> String {
        let (uas, las) = self.attachment_scores(dev);
        format!("; dev UAS {uas:.2} LAS {las:.2}")
    }

    /// Unlabelled and labelled attachment scores (percent; labels compared on their universal part)
    /// of this parser on `gold`, using the tags present in `gold`.
    pub fn attachment_scores(&self, gold: &[ParsedSentence]) -> (f64, f64) {
        let (mut n, mut uas, mut las) = (0usize, 0usize, 0usize);
        for s in gold {
            let mut words = s.words.clone();
            self.parse(&mut words);
            for (g, p) in s.words.iter().zip(&words) {
                n += 1;
                if g.head == p.head {
                    uas += 1;
                    let universal = |r: &str| r.split(':').next().unwrap_or("").to_string();
                    las += usize::from(universal(&g.deprel) == universal(&p.deprel));
                }
            }
        }
        let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
        (pct(uas), pct(las))
    }
}

/// Which classes are valid in one configuration (see [`Parser::is_allowed`]).
struct ValidClasses {
    shift: bool,
    left: bool,
    right: bool,
    /// Whether LEFT attaches to the root (the buffer front is the root).
    left_to_root: bool,
    /// The `root` label, the only one allowed (and required) on arcs to the root.
    root: Option<usize>,
}

impl ValidClasses {
    #[inline]
    fn allows(&self, c: usize) -> bool {
        let fits = |l: usize, to_root: bool| self.root.is_none_or(|r| (l == r) == to_root);
        match c {
            0 => self.shift,
            c if c % 2 == 1 => self.left && fits((c - 1) / 2, self.left_to_root),
            c => self.right && fits((c - 2) / 2, false),
        }
    }
}

/// One training progress line: "parser: beam 4 epoch 2/6: sentences 51.20% right, 390000 features".
fn epoch_line(
    phase: &str,
    epoch: usize,
    epochs: usize,
    unit: &str,
    right: usize,
    total: usize,
    features: usize,
) -> String {
    format!(
        "parser: {phase}epoch {}/{epochs}: {unit} {:.2}% right, {features} features",
        epoch + 1,
        100.0 * right as f64 / total.max(1) as f64
    )
}

/// Guarantees a single root even on a corrupt model: later root words attach to the first.
fn repair_roots(words: &mut [Word]) {
    let mut roots = words.iter().enumerate().filter(|(_, w)| w.head == 0).map(|(i, _)| i);
    let first = roots.next();
    let rest: Vec<usize> = roots.collect();
    match first {
        Some(r) => {
            for i in rest {
                words[i].head = r + 1;
            }
        }
        None => {
            if let Some(w) = words.first_mut() {
                w.head = 0;
            }
        }
    }
}

/// The splitmix64 generator: small, fast and deterministic for a seed.
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        features::fmix(self.0)
    }

    /// Uniform in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            xs.swap(i, j);
        }
    }
}

/// The parser test fixture, and a greedy parser trained on it for `epochs` epochs: an imperfect
/// model, so its choices are not all obvious.
#[cfg(test)]
pub(crate) fn trained_on_fixture(epochs: usize) -> (Vec<ParsedSentence>, Parser) {
    let sentences = crate::conllu::read(include_str!("../tests/data/parser-fixture.conllu")).0;
    let options = TrainOptions {
        epochs: Some(epochs),
        beam: 1,
        ..TrainOptions::default()
    };
    let parser = Parser::train(&sentences, &options);
    (sentences, parser)
}
