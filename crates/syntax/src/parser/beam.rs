//! Beam search over the arc-hybrid transitions: keeps the `width` highest-scoring partial parses
//! (sum of their transitions' scores) at every step. Every complete parse of `n` words takes exactly
//! `2n` transitions, so all hypotheses finish together. Scoring goes through [`Scorer`], shared by
//! the shipped weights (decoding) and the training table (global training), and through the same
//! feature extraction as the greedy parser.

use super::features::{self, Tokens};
use super::state::{self, State};
use super::weights::{Trainer, Weights};
use super::Parser;
use std::cmp::Ordering;

/// Something that scores every class from a configuration's feature hashes.
pub trait Scorer {
    /// A class score; summed along a path as `f64`.
    type Score: Copy + Default + Into<f64>;
    /// Adds the weights of `feats` to `scores` (one slot per class).
    fn add_scores(&self, feats: &[u64], scores: &mut [Self::Score]);
}

impl Scorer for Weights {
    type Score = i32;
    fn add_scores(&self, feats: &[u64], scores: &mut [i32]) {
        self.score(feats, scores);
    }
}

impl Scorer for Trainer {
    type Score = f32;
    fn add_scores(&self, feats: &[u64], scores: &mut [f32]) {
        self.score(feats, scores);
    }
}

/// One partial parse: its configuration, path score and the classes taken so far.
#[derive(Debug, Clone)]
pub struct Hypothesis {
    pub state: State,
    pub score: f64,
    pub history: Vec<u16>,
    /// Whether every transition so far kept the whole gold tree reachable: the prefix of some
    /// correct sequence (training only; false when decoding).
    pub on_gold: bool,
}

/// The gold tree a training beam is checked against (parser heads: root `n`; labels).
pub struct GoldTree<'a> {
    pub heads: &'a [u32],
    pub labels: &'a [u16],
}

impl GoldTree<'_> {
    /// Whether class `c` keeps every gold arc reachable from `st` (whose arcs are all gold): a
    /// zero-cost move of the dynamic oracle, carrying the gold label when it makes an arc.
    fn keeps(&self, st: &State, costs: &[Option<u32>; 3], c: usize) -> bool {
        let (m, l) = state::move_of(c);
        if costs[m as usize] != Some(0) {
            return false;
        }
        match m {
            state::Move::Shift => true,
            _ => {
                let s0 = st.s(0) as usize;
                self.labels.get(s0).is_some_and(|&g| usize::from(g) == l)
            }
        }
    }
}

/// A candidate expansion: path score, index of the parent hypothesis, class, whether it stays on gold.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    score: f64,
    parent: u32,
    class: u16,
    on_gold: bool,
}

/// Best first; ties go to the earlier parent, then the lower class (deterministic, and beam 1
/// makes the greedy parser's choice).
fn rank(a: &Candidate, b: &Candidate) -> Ordering {
    b.score
        .total_cmp(&a.score)
        .then(a.parent.cmp(&b.parent))
        .then(a.class.cmp(&b.class))
}

/// The beam: its hypotheses, best first, and reusable buffers.
pub struct Beam {
    width: usize,
    items: Vec<Hypothesis>,
    spare: Vec<Hypothesis>,
    candidates: Vec<Candidate>,
    feats: Vec<u64>,
}

impl Beam {
    /// A beam of `width` (at least 1) holding the initial configuration of `n` words.
    pub fn new(n: usize, width: usize) -> Beam {
        Beam {
            width: width.max(1),
            items: vec![Hypothesis {
                state: State::new(n),
                score: 0.0,
                history: Vec::with_capacity(2 * n),
                on_gold: true,
            }],
            spare: Vec::new(),
            candidates: Vec::new(),
            feats: Vec::with_capacity(features::MAX_FEATURES),
        }
    }

    /// The hypotheses, best first.
    pub fn items(&self) -> &[Hypothesis] {
        &self.items
    }

    /// Whether the hypotheses are complete (they all finish at the same step).
    pub fn is_terminal(&self) -> bool {
        self.items.first().is_none_or(|h| h.state.is_terminal())
    }

    /// Expands every hypothesis by every allowed class and keeps the `width` best. When training,
    /// `gold` maintains [`Hypothesis::on_gold`], and `only_gold` keeps only the expansions that stay
    /// on gold (the beam of correct prefixes). Returns false when no expansion was possible.
    pub fn step<S: Scorer>(
        &mut self,
        parser: &Parser,
        tokens: &Tokens,
        scorer: &S,
        scores: &mut Vec<S::Score>,
        gold: Option<&GoldTree>,
        only_gold: bool,
    ) -> bool {
        self.candidates.clear();
        let n_classes = state::n_classes(parser.n_labels());
        for (i, h) in self.items.iter().enumerate() {
            if h.state.is_terminal() {
                continue;
            }
            features::extract(&h.state, tokens, &mut self.feats);
            scores.clear();
            scores.resize(n_classes, S::Score::default());
            scorer.add_scores(&self.feats, scores);
            let valid = parser.valid_classes(&h.state);
            let costs = match gold {
                Some(g) if h.on_gold => Some(h.state.costs(g.heads)),
                _ => None,
            };
            for (c, &s) in scores.iter().enumerate() {
                if !valid.allows(c) {
                    continue;
                }
                let on_gold = match (gold, &costs) {
                    (Some(g), Some(costs)) => g.keeps(&h.state, costs, c),
                    _ => false,
                };
                if only_gold && !on_gold {
                    continue;
                }
                self.candidates.push(Candidate {
                    score: h.score + s.into(),
                    parent: i as u32,
                    class: c as u16,
                    on_gold,
                });
            }
        }
        if self.candidates.is_empty() {
            return false;
        }
        let k = self.width.min(self.candidates.len());
        if self.candidates.len() > k {
            self.candidates.select_nth_unstable_by(k - 1, rank);
            self.candidates.truncate(k);
        }
        self.candidates.sort_unstable_by(rank);
        // Build the next beam into the spare hypotheses, reusing their allocations.
        while self.spare.len() < k {
            self.spare.push(self.items[0].clone());
        }
        for (slot, c) in self.candidates.iter().enumerate() {
            let parent = &self.items[c.parent as usize];
            let next = &mut self.spare[slot];
            next.state.clone_from(&parent.state);
            next.history.clone_from(&parent.history);
            let (m, l) = state::move_of(usize::from(c.class));
            next.state.apply(m, l as u16);
            next.history.push(c.class);
            next.score = c.score;
            next.on_gold = c.on_gold;
        }
        std::mem::swap(&mut self.items, &mut self.spare);
        // Keep exactly k live hypotheses; the rest of the buffer waits in `spare`.
        while self.items.len() > k {
            if let Some(h) = self.items.pop() {
                self.spare.push(h);
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_beam_of_one_decodes_like_the_greedy_parser() {
        let (sentences, parser) = crate::parser::trained_on_fixture(2);
        assert_eq!(parser.beam(), 1);
        for s in &sentences {
            let mut greedy = s.words.clone();
            parser.parse(&mut greedy);
            let tokens = Tokens::new(&s.words);
            let st = parser.beam_search(&tokens, s.words.len(), 1);
            let mut beamed = s.words.clone();
            parser.write_tree(&mut beamed, &st);
            assert_eq!(greedy, beamed);
        }
    }

    #[test]
    fn hypotheses_stay_sorted_and_complete_together() {
        let (sentences, parser) = crate::parser::trained_on_fixture(2);
        let s = &sentences[1];
        let tokens = Tokens::new(&s.words);
        let mut beam = Beam::new(s.words.len(), 4);
        let mut scores = Vec::new();
        let mut steps = 0;
        while beam.step(&parser, &tokens, &parser.weights, &mut scores, None, false) {
            steps += 1;
            let items = beam.items();
            assert!(items.len() <= 4);
            assert!(items.windows(2).all(|w| w[0].score >= w[1].score));
            assert!(items.iter().all(|h| h.history.len() == steps));
        }
        assert_eq!(steps, 2 * s.words.len());
        assert!(beam.is_terminal());
        assert!(beam.items().iter().all(|h| h.state.is_terminal()));
        assert!(!beam.items()[0].on_gold, "no gold while decoding");
    }
}
