//! Global training for beam decoding: the structured perceptron with max-violation updates (Huang,
//! Fayong & Guo 2012). The sentence is decoded with the beam while the gold transition sequence is
//! scored alongside. When the final best parse is not the gold one, then at the step where the best
//! wrong hypothesis beats the gold prefix by the most, the features of the gold prefix are rewarded
//! and those of the wrong one penalized.

use super::beam::{Beam, GoldTree};
use super::features::{self, Tokens};
use super::state::{self, Move, State};
use super::weights::Trainer;
use super::Parser;

/// The static-oracle transition sequence (classes) that builds the projective tree `heads` (root
/// `n`) with `labels`; reductions are preferred to SHIFT. `None` if the parser cannot build it (a
/// label the root rule forbids).
pub fn gold_sequence(parser: &Parser, heads: &[u32], labels: &[u16]) -> Option<Vec<u16>> {
    let n = heads.len();
    let mut st = State::new(n);
    let mut out = Vec::with_capacity(2 * n);
    while !st.is_terminal() {
        let costs = st.costs(heads);
        let s0 = st.s(0) as usize;
        let label = |i: usize| labels.get(i).map_or(0, |&l| usize::from(l));
        let class = if costs[Move::Left as usize] == Some(0) {
            state::class_of(Move::Left, label(s0))
        } else if costs[Move::Right as usize] == Some(0) {
            state::class_of(Move::Right, label(s0))
        } else if costs[Move::Shift as usize] == Some(0) {
            0
        } else {
            return None;
        };
        if !parser.is_allowed(&st, class) {
            return None;
        }
        let (m, l) = state::move_of(class);
        st.apply(m, l as u16);
        out.push(class as u16);
    }
    (st.heads[..n] == *heads && st.labels[..n] == *labels).then_some(out)
}

/// One max-violation update on a sentence; returns whether the beam's best parse was correct.
///
/// Arc-hybrid has spurious ambiguity (several transition sequences build the same tree), so the
/// gold is not one fixed sequence: a hypothesis is correct while every transition is zero-cost for
/// the dynamic oracle ([`GoldTree`]). The reference at each step is the best correct prefix, found
/// by a second beam restricted to correct transitions (a quarter of `width`) or still in the free
/// beam. When the final best parse is wrong, the update is made at the step where the best wrong
/// hypothesis beats that reference by the most.
pub fn train_sentence(
    parser: &Parser,
    trainer: &mut Trainer,
    tokens: &Tokens,
    tree: &GoldTree,
    width: usize,
    scores: &mut Vec<f32>,
) -> bool {
    let n = tree.heads.len();
    let steps = 2 * n;
    let mut free = Beam::new(n, width);
    let mut correct = Beam::new(n, (width / 4).max(1));
    // (violation, the correct prefix's classes, the wrong hypothesis's classes)
    let mut worst: Option<(f64, Vec<u16>, Vec<u16>)> = None;
    for _ in 0..steps {
        if !free.step(parser, tokens, trainer, scores, Some(tree), false)
            || !correct.step(parser, tokens, trainer, scores, Some(tree), true)
        {
            break;
        }
        let best = &free.items()[0];
        if best.on_gold {
            continue;
        }
        let mut reference = &correct.items()[0];
        if let Some(h) = free.items().iter().find(|h| h.on_gold) {
            if h.score > reference.score {
                reference = h;
            }
        }
        let violation = best.score - reference.score;
        if violation >= 0.0 && worst.as_ref().is_none_or(|w| violation > w.0) {
            worst = Some((violation, reference.history.clone(), best.history.clone()));
        }
    }
    trainer.tick_by(steps as u32);
    // Update only when the final best parse is wrong: a wrong prefix that a correct one later
    // overtakes is search doing its job, not a model error.
    let right = free.items().first().is_some_and(|h| h.on_gold);
    match worst.filter(|_| !right) {
        None => true,
        Some((_, good, bad)) => {
            let mut feats = Vec::with_capacity(features::MAX_FEATURES);
            update(trainer, tokens, n, &good, &bad, &mut feats);
            false
        }
    }
}

/// Rewards the transitions of `good` and penalizes those of `bad` (equally long), from the first
/// step where they differ (before it their configurations, features and updates coincide).
fn update(trainer: &mut Trainer, tokens: &Tokens, n: usize, good: &[u16], bad: &[u16], feats: &mut Vec<u64>) {
    let mut st = State::new(n);
    let split = good.iter().zip(bad).take_while(|(a, b)| a == b).count();
    for &c in &good[..split] {
        let (m, l) = state::move_of(usize::from(c));
        st.apply(m, l as u16);
    }
    for (path, delta) in [(good, 1.0f32), (bad, -1.0f32)] {
        let mut s = st.clone();
        for &c in &path[split..] {
            features::extract(&s, tokens, feats);
            trainer.add(feats, usize::from(c), delta);
            let (m, l) = state::move_of(usize::from(c));
            s.apply(m, l as u16);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::projective;

    #[test]
    fn gold_sequences_rebuild_the_projectivized_trees() {
        let (sentences, parser) = crate::parser::trained_on_fixture(1);
        let mut built = 0;
        for s in &sentences {
            let conllu: Vec<usize> = s.words.iter().map(|w| w.head).collect();
            let mut heads = projective::parser_heads(&conllu).expect("fixture trees are trees");
            projective::projectivize(&mut heads);
            let labels: Vec<u16> = s
                .words
                .iter()
                .map(|w| parser.labels.binary_search(&w.deprel).expect("known label") as u16)
                .collect();
            let gold = gold_sequence(&parser, &heads, &labels).expect("a gold sequence");
            assert_eq!(gold.len(), 2 * heads.len());
            built += 1;
            // a root label on a word that is not the root cannot be built
            let mut wrong = labels.clone();
            let root = parser.root_label.expect("fixture has root");
            if let Some(i) = heads.iter().position(|&h| h as usize != heads.len()) {
                wrong[i] = root;
                assert!(gold_sequence(&parser, &heads, &wrong).is_none());
            }
        }
        assert_eq!(built, sentences.len());
    }

    #[test]
    fn a_violation_moves_the_weights_towards_the_gold_sequence() {
        let (sentences, parser) = crate::parser::trained_on_fixture(1);
        let ex = parser.example(&sentences[0]).expect("an example");
        assert!(ex.gold.is_some(), "a gold sequence");
        let tree = GoldTree {
            heads: &ex.heads,
            labels: &ex.labels,
        };
        let mut trainer = Trainer::default();
        let mut scores = Vec::new();
        // all-zero weights: ties go to class 0 (SHIFT), which is wrong somewhere
        assert!(!train_sentence(
            &parser,
            &mut trainer,
            &ex.tokens,
            &tree,
            4,
            &mut scores
        ));
        assert!(!trainer.is_empty());
        // after enough updates the beam's best parse is the gold one
        let learned = (0..20).any(|_| train_sentence(&parser, &mut trainer, &ex.tokens, &tree, 4, &mut scores));
        assert!(learned, "one sentence is learned within 20 updates");
    }
}
