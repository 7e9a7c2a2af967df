//! Feature extraction for the tagger: per-word hashed properties (form, affixes, shape) computed
//! once per sentence, combined with the context window and the previous predicted labels into
//! 64-bit feature keys. No allocation per feature.

use super::clusters::{prefix, WordClusters};
use super::hash::{chars, mix, CharHash};

/// Hashed properties of one word (or of a padding position outside the sentence).
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    /// Exact form: the key of the tag dictionary.
    pub form: u64,
    /// Lowercased form with every digit mapped to `0`.
    pub lower: u64,
    /// Prefixes of 1–3 characters of the lowercased form.
    pub prefix: [u64; 3],
    /// Suffixes of 1–4 characters of the lowercased form.
    pub suffix: [u64; 4],
    /// Character-class shape (`Xxx`, `dd`, `x-x`), long runs collapsed.
    pub shape: u64,
    /// Capitalisation, digit, hyphen and length flags.
    pub flags: u64,
    /// Ambiguity class: the set of labels seen with the word in training (0 when unseen).
    pub class: u64,
    /// Ambiguity class of the lowercased form (digits as `0`).
    pub lower_class: u64,
    /// The lowercased part after the last hyphen or slash (0 when there is none).
    pub tail: u64,
    /// Casing of the whole sentence: mostly capitalised words (a headline), all capitals, other.
    pub sentence: u64,
    /// The word's cluster ([`WordClusters::get`]; 0 when unknown, or padding).
    pub cluster: u32,
    /// Its prefixes of 4, 6 and 10 steps and the whole cluster (a marker for padding).
    pub clusters: [u64; 4],
}

impl WordInfo {
    /// A padding position: `marker` distinguishes the sentence start from the end.
    pub fn padding(marker: u64) -> WordInfo {
        WordInfo {
            form: marker,
            lower: marker,
            prefix: [marker; 3],
            suffix: [marker; 4],
            shape: marker,
            flags: marker,
            class: marker,
            lower_class: marker,
            tail: marker,
            sentence: marker,
            cluster: 0,
            clusters: [marker; 4],
        }
    }

    /// Computes the properties of `form`; `scratch` is reused between words.
    pub fn new(form: &str, scratch: &mut Vec<char>) -> WordInfo {
        scratch.clear();
        let mut shape = CharHash::new();
        let (mut last_class, mut run) = ('\0', 0usize);
        let (mut upper, mut lower_count, mut digit, mut hyphen, mut period, mut other) = (0, 0, 0, 0, 0, 0);
        let mut first_upper = false;
        for (i, c) in form.chars().enumerate() {
            let class = if c.is_uppercase() {
                upper += 1;
                first_upper |= i == 0;
                'X'
            } else if c.is_lowercase() {
                lower_count += 1;
                'x'
            } else if c.is_numeric() {
                digit += 1;
                'd'
            } else {
                match c {
                    '-' => hyphen += 1,
                    '.' => period += 1,
                    _ => other += 1,
                }
                c
            };
            run = if class == last_class { run + 1 } else { 1 };
            last_class = class;
            if run <= 2 {
                shape.push(class);
            }
            if c.is_ascii_digit() {
                scratch.push('0');
            } else if c.is_ascii() {
                scratch.push(c.to_ascii_lowercase());
            } else {
                scratch.extend(c.to_lowercase());
            }
        }
        let n = scratch.len();
        let tail = match scratch.iter().rposition(|&c| c == '-' || c == '/') {
            Some(p) if p + 1 < n => chars(scratch[p + 1..].iter().copied()),
            _ => 0,
        };
        let letters = upper + lower_count;
        let flags = [
            first_upper,
            upper > 0 && lower_count == 0,
            upper > 1 && lower_count > 0,
            digit > 0,
            hyphen > 0,
            period > 0,
            other > 0,
            letters == 0,
            n == 1,
            n <= 3,
        ]
        .iter()
        .enumerate()
        .fold(0u64, |acc, (bit, &on)| acc | (u64::from(on) << bit));
        let prefix = [1, 2, 3].map(|k| chars(scratch[..k.min(n)].iter().copied()));
        let suffix = [1, 2, 3, 4].map(|k| chars(scratch[n - k.min(n)..].iter().copied()));
        WordInfo {
            form: super::hash::str(form),
            lower: chars(scratch.iter().copied()),
            prefix,
            suffix,
            shape: shape.finish(),
            flags: mix(flags, 0x5f),
            class: 0,
            lower_class: 0,
            tail,
            sentence: 0,
            cluster: 0,
            clusters: [0; 4],
        }
    }
}

/// Number of positions of padding on each side of the sentence in a context window.
pub const PAD: usize = 2;

const START: u64 = 0x5374_6172_7421;
const END: u64 = 0x456e_6421;

/// Builds the padded context of a sentence: `PAD` start markers, the words (with their clusters),
/// `PAD` end markers.
pub fn context<'a>(
    forms: impl Iterator<Item = &'a str>,
    clusters: &WordClusters,
    out: &mut Vec<WordInfo>,
    scratch: &mut Vec<char>,
) {
    out.clear();
    out.extend([WordInfo::padding(START), WordInfo::padding(START ^ 1)]);
    let (mut capitalised, mut upper, mut lower) = (0usize, 0usize, 0usize);
    for f in forms {
        let mut letters = f.chars().filter(|c| c.is_alphabetic());
        if let Some(first) = letters.next() {
            capitalised += usize::from(first.is_uppercase());
            if first.is_uppercase() && letters.all(char::is_uppercase) {
                upper += 1;
            } else {
                lower += 1;
            }
        }
        let mut info = WordInfo::new(f, scratch);
        let c = clusters.get(f);
        info.cluster = c;
        info.clusters = [prefix(c, 4), prefix(c, 6), prefix(c, 10), c].map(u64::from);
        out.push(info);
    }
    let words = upper + lower;
    let sentence = if words >= 3 && upper * 10 >= words * 8 {
        1
    } else if words >= 3 && capitalised * 10 >= words * 6 {
        2
    } else {
        3
    };
    let n = out.len();
    for w in &mut out[PAD..n] {
        w.sentence = sentence;
    }
    out.extend([WordInfo::padding(END), WordInfo::padding(END ^ 1)]);
}

#[inline]
fn key(template: u64, a: u64, b: u64) -> u64 {
    mix(mix(template, a), b)
}

/// Appends the feature keys of word `i` (0-based, unpadded) given the two labels predicted
/// before it (`prev` is the nearest; pseudo-labels past the label set stand for the padding),
/// with the cluster features when `clusters` (the model has a cluster table).
/// "Previous" and "next" follow the tagging direction: the tagger passes a reversed context.
pub fn extract(ctx: &[WordInfo], i: usize, prev: u16, prev2: u16, clusters: bool, out: &mut Vec<u64>) {
    out.clear();
    let at = i + PAD;
    let (w, m1, m2, p1, p2) = (&ctx[at], &ctx[at - 1], &ctx[at - 2], &ctx[at + 1], &ctx[at + 2]);
    let (t1, t2) = (u64::from(prev), u64::from(prev2));
    out.extend_from_slice(&[
        key(0, 0, 0),
        key(1, w.lower, 0),
        key(2, w.form, 0),
        key(3, w.prefix[0], 0),
        key(4, w.prefix[1], 0),
        key(5, w.prefix[2], 0),
        key(6, w.suffix[0], 0),
        key(7, w.suffix[1], 0),
        key(8, w.suffix[2], 0),
        key(9, w.suffix[3], 0),
        key(10, w.shape, 0),
        key(11, w.flags, 0),
        key(12, w.class, 0),
        key(13, m1.lower, 0),
        key(14, m2.lower, 0),
        key(15, p1.lower, 0),
        key(16, p2.lower, 0),
        key(17, m1.suffix[2], 0),
        key(18, p1.suffix[2], 0),
        key(19, p1.shape, 0),
        key(20, p1.class, 0),
        key(21, p2.class, 0),
        key(22, t1, 0),
        key(23, t2, 0),
        key(24, t1, t2),
        key(25, t1, w.lower),
        key(26, t1, w.suffix[2]),
        key(27, m1.lower, w.lower),
        key(28, w.lower, p1.lower),
        key(29, w.lower, p1.class),
        key(30, t1, p1.class),
        key(31, m1.shape, w.shape),
        key(32, w.class, p1.class),
        key(33, p1.lower, p2.lower),
        key(34, t1, p1.lower),
        // the first word tagged, with its shape: the sentence's last word (the context is reversed)
        key(35, u64::from(i == 0), w.shape),
        key(36, w.sentence, w.shape),
        key(37, w.sentence, w.class),
        key(38, w.lower_class, w.shape),
        key(39, w.lower_class, 0),
        key(40, w.tail, 0),
    ]);
    if !clusters {
        return;
    }
    out.extend_from_slice(&[
        key(41, w.clusters[0], 0),
        key(42, w.clusters[1], 0),
        key(44, w.clusters[3], 0),
        key(45, m1.clusters[3], 0),
        key(46, p1.clusters[3], 0),
        key(49, t1, w.clusters[3]),
        key(50, w.clusters[3], p1.clusters[3]),
        key(53, w.clusters[2], w.shape),
    ]);
}
