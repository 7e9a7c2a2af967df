//! The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the buffer
//! (Ballesteros & Nivre 2013), its configurations, and the dynamic oracle of Goldberg & Nivre (2013).
//!
//! Words are indexed `0..n`; the artificial root is index `n`, the last item of the buffer. A
//! `LEFT` attaching a word to the root is only allowed when the stack holds that single word, so
//! every terminal configuration is a tree with exactly one root.

/// "No word": an absent position, head or child.
pub const NONE: u32 = u32::MAX;

/// The kind of a transition; labelled transitions are encoded as classes (see [`class_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// Push the buffer front onto the stack.
    Shift,
    /// Attach the stack top to the buffer front and pop it.
    Left,
    /// Attach the stack top to the word beneath it and pop it.
    Right,
}

/// Class 0 is SHIFT; class `1 + 2l` is LEFT with label `l`, `2 + 2l` RIGHT with label `l`.
pub fn class_of(m: Move, label: usize) -> usize {
    match m {
        Move::Shift => 0,
        Move::Left => 1 + 2 * label,
        Move::Right => 2 + 2 * label,
    }
}

/// The move and label of a class.
pub fn move_of(class: usize) -> (Move, usize) {
    match class {
        0 => (Move::Shift, 0),
        c if c % 2 == 1 => (Move::Left, (c - 1) / 2),
        c => (Move::Right, (c - 2) / 2),
    }
}

/// Number of classes for `labels` labels.
pub fn n_classes(labels: usize) -> usize {
    1 + 2 * labels
}

/// A parser configuration: stack, buffer front and the partial tree built so far, with the
/// child bookkeeping the features read.
#[derive(Debug, Clone)]
pub struct State {
    pub n: usize,
    pub stack: Vec<u32>,
    /// Index of the buffer front; the buffer is `b..=n` (`n` is the root).
    pub b: usize,
    pub heads: Vec<u32>,
    pub labels: Vec<u16>,
    /// Leftmost and second-leftmost children, rightmost and second-rightmost children.
    pub l1: Vec<u32>,
    pub l2: Vec<u32>,
    pub r1: Vec<u32>,
    pub r2: Vec<u32>,
    /// Numbers of left and right children.
    pub nl: Vec<u16>,
    pub nr: Vec<u16>,
    /// Sets of the labels of the left and right children (bit `label % 64`).
    pub lset: Vec<u64>,
    pub rset: Vec<u64>,
}

impl State {
    /// The initial configuration for `n` words: empty stack, every word in the buffer.
    pub fn new(n: usize) -> State {
        let m = n + 1;
        State {
            n,
            stack: Vec::with_capacity(m),
            b: 0,
            heads: vec![NONE; m],
            labels: vec![0; m],
            l1: vec![NONE; m],
            l2: vec![NONE; m],
            r1: vec![NONE; m],
            r2: vec![NONE; m],
            nl: vec![0; m],
            nr: vec![0; m],
            lset: vec![0; m],
            rset: vec![0; m],
        }
    }

    pub fn is_terminal(&self) -> bool {
        self.stack.is_empty() && self.b >= self.n
    }

    /// The `i`-th stack item from the top (0 = top), or [`NONE`].
    pub fn s(&self, i: usize) -> u32 {
        let len = self.stack.len();
        if i < len {
            self.stack[len - 1 - i]
        } else {
            NONE
        }
    }

    /// The `i`-th buffer item (0 = front, the root is last), or [`NONE`].
    pub fn buf(&self, i: usize) -> u32 {
        let k = self.b + i;
        if k <= self.n {
            k as u32
        } else {
            NONE
        }
    }

    pub fn is_valid(&self, m: Move) -> bool {
        match m {
            Move::Shift => self.b < self.n,
            Move::Left => !self.stack.is_empty() && (self.b < self.n || self.stack.len() == 1),
            Move::Right => self.stack.len() >= 2,
        }
    }

    /// Applies a valid move. (Invalid moves are the caller's bug; they leave the state unchanged.)
    pub fn apply(&mut self, m: Move, label: u16) {
        if !self.is_valid(m) {
            debug_assert!(false, "invalid move {m:?}");
            return;
        }
        match m {
            Move::Shift => {
                self.stack.push(self.b as u32);
                self.b += 1;
            }
            Move::Left => {
                let d = self.stack.pop().unwrap_or(NONE);
                self.attach(self.b as u32, d, label);
            }
            Move::Right => {
                let d = self.stack.pop().unwrap_or(NONE);
                let h = self.s(0);
                self.attach(h, d, label);
            }
        }
    }

    fn attach(&mut self, h: u32, d: u32, label: u16) {
        let (hi, di) = (h as usize, d as usize);
        self.heads[di] = h;
        self.labels[di] = label;
        let bit = 1u64 << (label % 64);
        if d < h {
            self.nl[hi] = self.nl[hi].saturating_add(1);
            self.lset[hi] |= bit;
            if self.l1[hi] == NONE || d < self.l1[hi] {
                self.l2[hi] = self.l1[hi];
                self.l1[hi] = d;
            } else if self.l2[hi] == NONE || d < self.l2[hi] {
                self.l2[hi] = d;
            }
        } else {
            self.nr[hi] = self.nr[hi].saturating_add(1);
            self.rset[hi] |= bit;
            if self.r1[hi] == NONE || d > self.r1[hi] {
                self.r2[hi] = self.r1[hi];
                self.r1[hi] = d;
            } else if self.r2[hi] == NONE || d > self.r2[hi] {
                self.r2[hi] = d;
            }
        }
    }

    /// Unlabelled costs of SHIFT, LEFT and RIGHT against the gold heads (root = `n`): the numbers of
    /// gold arcs each move makes unreachable (exact for projective gold trees). `None` if invalid.
    pub fn costs(&self, gold: &[u32]) -> [Option<u32>; 3] {
        let n = self.n as u32;
        let b = self.b as u32;
        let s0 = self.s(0);
        let s1 = self.s(1);
        let dependents_in_buffer = |h: u32| (self.b..self.n).filter(|&d| gold[d] == h).count() as u32;
        let shift = self.is_valid(Move::Shift).then(|| {
            let h = gold[self.b];
            let below = &self.stack[..self.stack.len().saturating_sub(1)];
            let head_lost = u32::from(below.contains(&h));
            let deps_lost = self.stack.iter().filter(|&&d| gold[d as usize] == b).count() as u32;
            head_lost + deps_lost
        });
        let left = self.is_valid(Move::Left).then(|| {
            let h = gold[s0 as usize];
            let head_lost = u32::from(h != b && (h == s1 || (h > b && h <= n)));
            head_lost + dependents_in_buffer(s0)
        });
        let right = self.is_valid(Move::Right).then(|| {
            let h = gold[s0 as usize];
            let head_lost = u32::from(h != s1 && h >= b && h <= n);
            head_lost + dependents_in_buffer(s0)
        });
        [shift, left, right]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Follows the zero-cost moves from the initial state and checks the gold tree comes out.
    fn oracle_parse(gold: &[u32]) -> Vec<u32> {
        let mut st = State::new(gold.len());
        while !st.is_terminal() {
            let costs = st.costs(gold);
            let (i, _) = costs
                .iter()
                .enumerate()
                .filter_map(|(i, c)| c.map(|c| (i, c)))
                .min_by_key(|&(_, c)| c)
                .unwrap();
            let m = [Move::Shift, Move::Left, Move::Right][i];
            st.apply(m, 0);
        }
        st.heads[..gold.len()].to_vec()
    }

    #[test]
    fn oracle_recovers_projective_trees() {
        // "the cat sat on the mat": the->cat, cat->sat, sat root, on->mat, the->mat, mat->sat
        let gold = vec![1, 2, 6, 5, 5, 2];
        assert_eq!(oracle_parse(&gold), gold);
        // right-branching chain and left-branching chain
        assert_eq!(oracle_parse(&[4, 0, 1, 2]), vec![4, 0, 1, 2]);
        assert_eq!(oracle_parse(&[1, 2, 3, 4]), vec![1, 2, 3, 4]);
    }

    #[test]
    fn class_encoding_round_trips() {
        for c in 0..n_classes(5) {
            let (m, l) = move_of(c);
            assert_eq!(class_of(m, l), c);
        }
    }
}
