//! The tag dictionary: for words seen in training, their ambiguity class (the set of labels
//! they took) and, for frequent unambiguous words, the one label to assign without scoring.

use super::hash::mix;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// What training said about one word form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Hash of the sorted set of labels seen with the word.
    pub class: u64,
    /// The label of a frequent word that (almost) always takes it.
    pub fixed: Option<u16>,
}

/// Word form hash → [`Entry`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "Vec<(u64, u64, Option<u16>)>", into = "Vec<(u64, u64, Option<u16>)>")]
pub struct Dictionary {
    entries: FxHashMap<u64, Entry>,
}

/// Thresholds for building the dictionary.
#[derive(Debug, Clone, Copy)]
pub struct Thresholds {
    /// Minimum occurrences for a word to get an ambiguity class.
    pub class_min: usize,
    /// Minimum occurrences for a word to get a fixed label.
    pub fixed_min: usize,
    /// Minimum share of its most frequent label for a fixed label.
    pub fixed_share: f64,
}

impl Dictionary {
    /// Builds the dictionary from (form hash, label) occurrences.
    pub fn build(occurrences: impl Iterator<Item = (u64, u16)>, t: Thresholds) -> Dictionary {
        let mut counts: FxHashMap<u64, FxHashMap<u16, usize>> = FxHashMap::default();
        for (form, label) in occurrences {
            *counts.entry(form).or_default().entry(label).or_default() += 1;
        }
        let mut entries = FxHashMap::default();
        for (form, labels) in counts {
            let total: usize = labels.values().sum();
            if total < t.class_min {
                continue;
            }
            let mut sorted: Vec<(u16, usize)> = labels.into_iter().collect();
            sorted.sort_unstable();
            let class = sorted
                .iter()
                .fold(0x0063_6c61_7373_u64, |h, &(l, _)| mix(h, u64::from(l)));
            let (top, top_count) = sorted
                .iter()
                .copied()
                .max_by_key(|&(l, c)| (c, std::cmp::Reverse(l)))
                .expect("a counted word has a label");
            let fixed = (total >= t.fixed_min && top_count as f64 >= t.fixed_share * total as f64).then_some(top);
            entries.insert(form, Entry { class, fixed });
        }
        Dictionary { entries }
    }

    /// The entry of a word form hash.
    #[inline]
    pub fn get(&self, form: u64) -> Option<&Entry> {
        self.entries.get(&form)
    }

    /// Number of words in the dictionary.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no word is in the dictionary.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl From<Vec<(u64, u64, Option<u16>)>> for Dictionary {
    fn from(v: Vec<(u64, u64, Option<u16>)>) -> Dictionary {
        Dictionary {
            entries: v
                .into_iter()
                .map(|(form, class, fixed)| (form, Entry { class, fixed }))
                .collect(),
        }
    }
}

impl From<Dictionary> for Vec<(u64, u64, Option<u16>)> {
    fn from(d: Dictionary) -> Self {
        let mut v: Vec<_> = d.entries.into_iter().map(|(f, e)| (f, e.class, e.fixed)).collect();
        v.sort_unstable();
        v
    }
}
