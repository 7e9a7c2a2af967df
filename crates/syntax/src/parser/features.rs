//! Feature extraction: the rich non-local feature set of Zhang & Nivre (2011), adapted to the
//! arc-hybrid system (stack items s0..s2, buffer items b0..b2, their leftmost/rightmost children,
//! distance, valency and child-label sets), each hashed into a `u64` without allocation, plus word
//! cluster features (Koo, Carreras & Collins 2008) from the clusters the tagger wrote into
//! [`Word::cluster`].

use super::state::{State, NONE};
use crate::tagger::clusters::prefix;
use crate::word::Word;

/// Hash of a string (FxHash-style multiply-rotate over 8-byte chunks, then finalized).
pub fn hash_str(s: &str, seed: u64) -> u64 {
    let mut h = seed;
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    h = mix(h, u64::from_le_bytes(last) ^ ((bytes.len() as u64) << 56));
    fmix(h)
}

#[inline]
fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The murmur3 64-bit finalizer: spreads every input bit over the output.
#[inline]
pub fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

const ROOT_WORD: u64 = 0x9e37_79b9_7f4a_7c15;
const NONE_WORD: u64 = 0x2545_f491_4f6c_dd1d;

/// The word, tag and cluster hashes of one sentence; index `n` is the root, [`NONE`] maps to a
/// constant.
pub struct Tokens {
    words: Vec<u64>,
    tags: Vec<u64>,
    /// Per word, its cluster's prefixes of 4 and 6 steps and the whole cluster (0 when unknown).
    clusters: Vec<[u64; 3]>,
}

impl Tokens {
    pub fn new(words: &[Word]) -> Tokens {
        let mut w: Vec<u64> = words.iter().map(|x| word_hash(&x.form)).collect();
        let mut t: Vec<u64> = words.iter().map(tag_hash).collect();
        let mut c: Vec<[u64; 3]> = words
            .iter()
            .map(|x| [prefix(x.cluster, 4), prefix(x.cluster, 6), x.cluster].map(u64::from))
            .collect();
        w.push(ROOT_WORD);
        t.push(ROOT_WORD);
        c.push([ROOT_WORD; 3]);
        Tokens {
            words: w,
            tags: t,
            clusters: c,
        }
    }

    /// The cluster hashes of token `i` (see [`Tokens::clusters`]).
    #[inline]
    fn c(&self, i: u32) -> [u64; 3] {
        if i == NONE {
            [NONE_WORD; 3]
        } else {
            self.clusters[i as usize]
        }
    }

    #[inline]
    fn w(&self, i: u32) -> u64 {
        if i == NONE {
            NONE_WORD
        } else {
            self.words[i as usize]
        }
    }

    #[inline]
    fn p(&self, i: u32) -> u64 {
        if i == NONE {
            NONE_WORD
        } else {
            self.tags[i as usize]
        }
    }
}

/// The lower-cased form, hashed.
fn word_hash(form: &str) -> u64 {
    if form.bytes().any(|b| b.is_ascii_uppercase()) || !form.is_ascii() {
        hash_str(&form.to_lowercase(), 1)
    } else {
        hash_str(form, 1)
    }
}

/// The XPOS, falling back to the UPOS when XPOS is empty or `_`; hashed.
fn tag_hash(w: &Word) -> u64 {
    let xpos = if w.xpos.is_empty() || w.xpos == "_" {
        &w.upos
    } else {
        &w.xpos
    };
    hash_str(xpos, 2)
}

/// Upper bound on the number of features of one configuration.
pub const MAX_FEATURES: usize = 104;

/// Appends the feature hashes of configuration `st` to `out` (cleared first).
pub fn extract(st: &State, tok: &Tokens, out: &mut Vec<u64>) {
    out.clear();
    let s0 = st.s(0);
    let s1 = st.s(1);
    let s2 = st.s(2);
    let b0 = st.buf(0);
    let b1 = st.buf(1);
    let b2 = st.buf(2);
    let get = |v: &Vec<u32>, i: u32| if i == NONE { NONE } else { v[i as usize] };
    let lab = |i: u32| {
        if i == NONE {
            0xffff_u64
        } else {
            u64::from(st.labels[i as usize])
        }
    };
    let s0l1 = get(&st.l1, s0);
    let s0l2 = get(&st.l2, s0);
    let s0r1 = get(&st.r1, s0);
    let s0r2 = get(&st.r2, s0);
    let b0l1 = get(&st.l1, b0);
    let b0l2 = get(&st.l2, b0);
    let s1l1 = get(&st.l1, s1);
    let s1r1 = get(&st.r1, s1);

    let (s0w, s0p) = (tok.w(s0), tok.p(s0));
    let (s1w, s1p) = (tok.w(s1), tok.p(s1));
    let (b0w, b0p) = (tok.w(b0), tok.p(b0));
    let (b1w, b1p) = (tok.w(b1), tok.p(b1));
    let (b2w, b2p) = (tok.w(b2), tok.p(b2));
    let s2p = tok.p(s2);

    let mut t = 0u64;
    let mut f = |vals: &[u64]| {
        t += 1;
        let mut h = t.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        for &v in vals {
            h = mix(h, v);
        }
        out.push(fmix(h));
    };

    // single words
    f(&[s0w, s0p]);
    f(&[s0w]);
    f(&[s0p]);
    f(&[b0w, b0p]);
    f(&[b0w]);
    f(&[b0p]);
    f(&[b1w, b1p]);
    f(&[b1w]);
    f(&[b1p]);
    f(&[b2w, b2p]);
    f(&[b2w]);
    f(&[b2p]);
    f(&[s1w, s1p]);
    f(&[s1w]);
    f(&[s1p]);
    f(&[s2p]);

    // pairs
    f(&[s0w, s0p, b0w, b0p]);
    f(&[s0w, s0p, b0w]);
    f(&[s0w, b0w, b0p]);
    f(&[s0w, s0p, b0p]);
    f(&[s0p, b0w, b0p]);
    f(&[s0w, b0w]);
    f(&[s0p, b0p]);
    f(&[b0p, b1p]);
    f(&[s1w, s1p, s0w, s0p]);
    f(&[s1w, s0w]);
    f(&[s1p, s0p]);
    f(&[s1w, s0p]);
    f(&[s1p, s0w]);
    f(&[b0w, b1w]);
    f(&[s0w, b1p]);

    // triples of tags
    f(&[b0p, b1p, b2p]);
    f(&[s0p, b0p, b1p]);
    f(&[s1p, s0p, b0p]);
    f(&[s0p, tok.p(s0l1), b0p]);
    f(&[s0p, tok.p(s0r1), b0p]);
    f(&[s0p, b0p, tok.p(b0l1)]);
    f(&[s2p, s1p, s0p]);
    f(&[s1p, tok.p(s1r1), s0p]);
    f(&[s1p, s0p, tok.p(s0l1)]);
    f(&[s1w, s0p, b0p]);
    f(&[s1p, s0w, b0p]);
    f(&[s1p, s0p, b0w]);

    // distance
    let dist = |a: u32, b: u32| {
        if a == NONE || b == NONE {
            0
        } else {
            u64::from(b.abs_diff(a).min(10))
        }
    };
    let d = dist(s0, b0);
    let d1 = dist(s1, s0);
    f(&[s0w, d]);
    f(&[s0p, d]);
    f(&[b0w, d]);
    f(&[b0p, d]);
    f(&[s0w, b0w, d]);
    f(&[s0p, b0p, d]);
    f(&[s1p, s0p, d1]);
    f(&[s1w, s0w, d1]);

    // valency
    let val = |v: &Vec<u16>, i: u32| if i == NONE { 0 } else { u64::from(v[i as usize]) };
    f(&[s0w, val(&st.nr, s0)]);
    f(&[s0p, val(&st.nr, s0)]);
    f(&[s0w, val(&st.nl, s0)]);
    f(&[s0p, val(&st.nl, s0)]);
    f(&[b0w, val(&st.nl, b0)]);
    f(&[b0p, val(&st.nl, b0)]);
    f(&[s1p, val(&st.nr, s1)]);

    // children (second order)
    f(&[tok.w(s0l1)]);
    f(&[tok.p(s0l1)]);
    f(&[lab(s0l1)]);
    f(&[tok.w(s0r1)]);
    f(&[tok.p(s0r1)]);
    f(&[lab(s0r1)]);
    f(&[tok.w(b0l1)]);
    f(&[tok.p(b0l1)]);
    f(&[lab(b0l1)]);
    f(&[lab(s1r1), s1p]);
    f(&[lab(s1l1), s1p]);
    f(&[tok.p(s1r1), s0p]);

    // third order
    f(&[tok.w(s0l2)]);
    f(&[tok.p(s0l2)]);
    f(&[lab(s0l2)]);
    f(&[tok.w(s0r2)]);
    f(&[tok.p(s0r2)]);
    f(&[lab(s0r2)]);
    f(&[tok.w(b0l2)]);
    f(&[tok.p(b0l2)]);
    f(&[lab(b0l2)]);
    f(&[s0p, tok.p(s0l1), tok.p(s0l2)]);
    f(&[s0p, tok.p(s0r1), tok.p(s0r2)]);
    f(&[b0p, tok.p(b0l1), tok.p(b0l2)]);

    // child label sets
    let set = |v: &Vec<u64>, i: u32| if i == NONE { 0 } else { v[i as usize] };
    f(&[s0w, set(&st.rset, s0)]);
    f(&[s0p, set(&st.rset, s0)]);
    f(&[s0w, set(&st.lset, s0)]);
    f(&[s0p, set(&st.lset, s0)]);
    f(&[b0w, set(&st.lset, b0)]);
    f(&[b0p, set(&st.lset, b0)]);

    // word clusters: coarse and whole clusters of single tokens, and pairs
    let ([s0c4, s0c6, s0cf], [b0c4, b0c6, b0cf]) = (tok.c(s0), tok.c(b0));
    let ([_, _, s1cf], [_, _, b1cf]) = (tok.c(s1), tok.c(b1));
    for c in [s0c4, s0cf, b0c4, b0cf, s1cf, b1cf] {
        f(&[c]);
    }
    f(&[s0cf, b0cf]);
    f(&[s0c6, b0c6]);
    f(&[s0cf, b0p]);
    f(&[s0p, b0cf]);
    f(&[s1cf, s0cf]);
    debug_assert!(out.len() <= MAX_FEATURES);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::state::Move;

    /// The features after shifting the first word (s0) of `forms` with `clusters`; the second is b0.
    fn features(forms: &[(&str, u32)]) -> Vec<u64> {
        let words: Vec<Word> = forms
            .iter()
            .map(|&(form, cluster)| Word {
                form: form.to_string(),
                xpos: "NNP".to_string(),
                cluster,
                ..Word::default()
            })
            .collect();
        let tokens = Tokens::new(&words);
        let mut st = State::new(words.len());
        st.apply(Move::Shift, 0);
        let mut out = Vec::new();
        extract(&st, &tokens, &mut out);
        out
    }

    #[test]
    fn words_of_one_cluster_share_their_cluster_features() {
        let capital = crate::tagger::clusters::encode("0110101").unwrap();
        let near = crate::tagger::clusters::encode("0110111").unwrap();
        let seoul = features(&[("Seoul", capital), ("said", 0)]);
        let tbilisi = features(&[("Tbilisi", capital), ("said", 0)]);
        let nearby = features(&[("Tbilisi", near), ("said", 0)]);
        let unknown = features(&[("Tbilisi", 0), ("said", 0)]);
        assert!(seoul.len() <= MAX_FEATURES);
        let shared = |a: &[u64], b: &[u64]| a.iter().zip(b).filter(|(x, y)| x == y).count();
        // the two words differ in their word features only
        let differ = seoul.len() - shared(&seoul, &tbilisi);
        assert!(differ > 0);
        // a neighbouring cluster also shares the coarse (4-step) features, an unknown word none
        assert!(seoul.len() - shared(&seoul, &nearby) > differ);
        assert!(shared(&seoul, &nearby) > shared(&seoul, &unknown));
    }
}
