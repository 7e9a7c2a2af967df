//! Word clusters: each known word form maps to a hard cluster, a path in the binary tree of
//! Brown clustering (Brown et al. 1992), whose prefixes are coarser clusters. Words that share a
//! cluster occur in similar contexts in a large unlabeled corpus, so the tagger's and parser's
//! cluster features (Koo, Carreras & Collins 2008) carry what training learned about frequent
//! words over to rare ones.
//!
//! The shipped table is `data/syntax/word-clusters.tsv` ([`WordClusters::embedded`]), one
//! `BITS<TAB>WORD` line per word form, most frequent first. A form is looked up as written, then
//! lower-cased. A cluster is encoded as a `u32` ([`encode`]): the path's steps in its low bits
//! (first step lowest) under a marker bit, so that 0 stands for "no cluster" and [`prefix`] takes
//! a coarser cluster by masking.

use super::hash::{self, mix};
use crate::word::Word;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

const EMBEDDED: &str = include_str!("../../../../data/syntax/word-clusters.tsv");
/// Mixed into the keys of lower-cased forms, so that they never equal an exact form's key.
const LOWER: u64 = 0x6c6f_7765_725f_636c;
/// Longest path kept: longer ones are cut (the marker bit must fit in a `u32`).
const MAX_BITS: usize = 31;

/// Word form → encoded cluster.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<(u64, u32)>", into = "Vec<(u64, u32)>")]
pub struct WordClusters {
    entries: FxHashMap<u64, u32>,
}

/// Encodes a bit-string path (`"0110"`) as a cluster (`None` when it holds another character).
pub fn encode(bits: &str) -> Option<u32> {
    let bits = &bits.as_bytes()[..bits.len().min(MAX_BITS)];
    let mut value = 1u32 << bits.len();
    for (i, b) in bits.iter().enumerate() {
        match b {
            b'0' => {}
            b'1' => value |= 1 << i,
            _ => return None,
        }
    }
    Some(value)
}

/// The cluster made of the first `k` steps of `cluster` (itself when it is not longer; 0 stays 0).
#[inline]
pub fn prefix(cluster: u32, k: u32) -> u32 {
    let len = 31u32.saturating_sub(cluster.leading_zeros());
    if cluster == 0 || len <= k {
        cluster
    } else {
        (cluster & ((1 << k) - 1)) | (1 << k)
    }
}

/// The key of a form as written.
fn exact_key(form: &str) -> u64 {
    hash::str(form)
}

/// The key of a form lower-cased.
fn lower_key(form: &str) -> u64 {
    mix(hash::chars(form.chars().flat_map(char::to_lowercase)), LOWER)
}

impl WordClusters {
    /// The table shipped in the binary.
    pub fn embedded() -> WordClusters {
        // The shipped file is checked by a test; a defect would only cost the cluster features.
        WordClusters::parse(EMBEDDED).unwrap_or_default()
    }

    /// Reads a `BITS<TAB>WORD` table (most frequent words first: the first form of each
    /// lower-cased spelling also answers for the others). Errors name the line.
    pub fn parse(text: &str) -> Result<WordClusters, String> {
        let mut entries = FxHashMap::default();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(bits), Some(word), None) = (cols.next(), cols.next(), cols.next()) else {
                return Err(format!("line {}: expected BITS<TAB>WORD", i + 1));
            };
            let cluster = encode(bits)
                .filter(|_| !word.is_empty())
                .ok_or_else(|| format!("line {}: bad cluster {bits:?} or empty word", i + 1))?;
            entries.entry(exact_key(word)).or_insert(cluster);
            entries.entry(lower_key(word)).or_insert(cluster);
        }
        Ok(WordClusters { entries })
    }

    /// The cluster of a word form: as written, else lower-cased; 0 when unknown.
    pub fn get(&self, form: &str) -> u32 {
        if self.entries.is_empty() {
            return 0;
        }
        self.entries
            .get(&exact_key(form))
            .or_else(|| self.entries.get(&lower_key(form)))
            .copied()
            .unwrap_or(0)
    }

    /// Sets [`Word::cluster`] of every word (what [`crate::tagger::Tagger::tag`] also does).
    pub fn annotate(&self, words: &mut [Word]) {
        for w in words {
            w.cluster = self.get(&w.form);
        }
    }

    /// Number of keys (exact and lower-cased forms).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True for the empty table (no cluster features).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl From<Vec<(u64, u32)>> for WordClusters {
    fn from(v: Vec<(u64, u32)>) -> WordClusters {
        WordClusters {
            entries: v.into_iter().collect(),
        }
    }
}

impl From<WordClusters> for Vec<(u64, u32)> {
    fn from(c: WordClusters) -> Self {
        let mut v: Vec<_> = c.entries.into_iter().collect();
        v.sort_unstable();
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_encode_with_a_marker_and_prefixes_mask_them() {
        assert_eq!(encode(""), Some(1));
        assert_eq!(encode("0"), Some(0b10));
        assert_eq!(encode("011"), Some(0b1110));
        assert_eq!(encode("01x"), None);
        let c = encode("0110101").unwrap();
        assert_eq!(prefix(c, 4), encode("0110").unwrap());
        assert_eq!(prefix(c, 7), c);
        assert_eq!(prefix(c, 20), c);
        assert_eq!(prefix(0, 4), 0);
        assert_ne!(encode("0").unwrap(), encode("00").unwrap(), "a path's length is kept");
        assert_eq!(
            encode(&"1".repeat(40)).map(|c| c.leading_zeros()),
            Some(0),
            "long paths are cut"
        );
    }

    #[test]
    fn forms_are_found_as_written_then_lower_cased() {
        let c = WordClusters::parse("0110\tHill\n0111\thill\n10\tsaid\n").unwrap();
        assert_eq!(c.get("Hill"), encode("0110").unwrap());
        assert_eq!(c.get("hill"), encode("0111").unwrap());
        assert_eq!(
            c.get("HILL"),
            encode("0110").unwrap(),
            "the first form of a spelling answers"
        );
        assert_eq!(c.get("SAID"), encode("10").unwrap());
        assert_eq!(c.get("told"), 0);
        assert!(WordClusters::default().get("said") == 0);
        let back: WordClusters = postcard::from_bytes(&postcard::to_stdvec(&c).unwrap()).unwrap();
        assert_eq!(back, c);
    }

    #[test]
    fn malformed_tables_name_the_line() {
        assert_eq!(
            WordClusters::parse("01\tyes\n0a1\tno\n"),
            Err("line 2: bad cluster \"0a1\" or empty word".to_string())
        );
        assert!(WordClusters::parse("01\n").unwrap_err().starts_with("line 1:"));
        assert!(WordClusters::parse("01\ta\tb\n").is_err());
    }

    #[test]
    fn the_shipped_table_reads_and_groups_related_words() {
        let parsed = WordClusters::parse(EMBEDDED).expect("the shipped table is well-formed");
        assert!(parsed.len() > 100_000, "{}", parsed.len());
        let c = WordClusters::embedded();
        let coarse = |w: &str| prefix(c.get(w), 3);
        assert_ne!(c.get("Pyongyang"), 0);
        assert_eq!(prefix(c.get("Monday"), 6), prefix(c.get("Tuesday"), 6));
        assert_eq!(coarse("the"), coarse("a"));
        assert_ne!(coarse("said"), coarse("the"));
    }
}
