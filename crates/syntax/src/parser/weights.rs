//! Averaged-perceptron weights. [`Trainer`] holds the sparse training table (per feature, the
//! classes it was updated for, with lazily averaged sums); [`Weights`] is the compact table shipped
//! in the model: an open-addressing hash table of 32-bit fingerprints pointing into flat arrays of
//! `(class, weight)` entries, read without any rebuilding after deserialization.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone)]
struct Entry {
    class: u16,
    w: f32,
    total: f64,
    stamp: u32,
}

/// The training-time weight table of an averaged perceptron.
#[derive(Debug, Default)]
pub struct Trainer {
    index: FxHashMap<u64, u32>,
    rows: Vec<Vec<Entry>>,
    /// Training instances seen so far (the averaging clock).
    now: u32,
}

impl Trainer {
    /// Adds the current weights of `feats` to `scores` (one slot per class).
    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                for e in &self.rows[r as usize] {
                    if let Some(s) = scores.get_mut(e.class as usize) {
                        *s += e.w;
                    }
                }
            }
        }
    }

    /// Advances the averaging clock by one training instance.
    pub fn tick(&mut self) {
        self.now += 1;
    }

    /// The perceptron update: +1 for class `good`, -1 for class `bad`, on every feature.
    pub fn update(&mut self, feats: &[u64], good: usize, bad: usize) {
        let now = self.now;
        for &f in feats {
            let next = self.rows.len() as u32;
            let r = *self.index.entry(f).or_insert(next);
            if r == next {
                self.rows.push(Vec::new());
            }
            let row = &mut self.rows[r as usize];
            for (class, delta) in [(good, 1.0f32), (bad, -1.0f32)] {
                let class = class as u16;
                let i = match row.iter().position(|e| e.class == class) {
                    Some(i) => i,
                    None => {
                        row.push(Entry {
                            class,
                            w: 0.0,
                            total: 0.0,
                            stamp: now,
                        });
                        row.len() - 1
                    }
                };
                let e = &mut row[i];
                e.total += f64::from(e.w) * f64::from(now - e.stamp);
                e.stamp = now;
                e.w += delta;
            }
        }
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The averaged weights, dropping entries whose magnitude is below `min_abs`.
    pub fn average(&self, min_abs: f32) -> Weights {
        let now = f64::from(self.now.max(1));
        let mut feats: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(self.rows.len());
        for (&f, &r) in &self.index {
            let entries: Vec<(u16, f32)> = self.rows[r as usize]
                .iter()
                .map(|e| {
                    let total = e.total + f64::from(e.w) * (f64::from(self.now) - f64::from(e.stamp));
                    (e.class, (total / now) as f32)
                })
                .filter(|&(_, w)| w.abs() >= min_abs && w != 0.0)
                .collect();
            if !entries.is_empty() {
                feats.push((f, entries));
            }
        }
        feats.sort_unstable_by_key(|&(f, _)| f);
        Weights::build(&feats)
    }
}

/// The compact, read-only weight table of a trained model. Weights are quantized to `i16` (the
/// scale is irrelevant to the argmax, so scores stay in quantized units).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "StoredWeights", into = "StoredWeights")]
pub struct Weights {
    /// Capacity minus one (the capacity is a power of two); unused when `keys` is empty.
    mask: u64,
    /// Per slot, the feature's 16-bit fingerprint (never 0); 0 marks an empty slot.
    keys: Vec<u16>,
    /// Per slot `i`, its entries are `starts[i]..starts[i + 1]`.
    starts: Vec<u32>,
    classes: Vec<u16>,
    values: Vec<i16>,
}

/// The serialized form of [`Weights`]: entry counts per slot instead of offsets (they compress).
#[derive(Serialize, Deserialize)]
struct StoredWeights {
    mask: u64,
    keys: Vec<u16>,
    lens: Vec<u16>,
    classes: Vec<u16>,
    values: Vec<i16>,
}

impl From<StoredWeights> for Weights {
    fn from(s: StoredWeights) -> Weights {
        let mut starts = Vec::with_capacity(s.lens.len() + 1);
        let mut at = 0u32;
        starts.push(0);
        for &len in &s.lens {
            at = at.saturating_add(u32::from(len));
            starts.push(at);
        }
        Weights {
            mask: s.mask,
            keys: s.keys,
            starts,
            classes: s.classes,
            values: s.values,
        }
    }
}

impl From<Weights> for StoredWeights {
    fn from(w: Weights) -> StoredWeights {
        let lens = w.starts.windows(2).map(|p| p[1].saturating_sub(p[0]) as u16).collect();
        StoredWeights {
            mask: w.mask,
            keys: w.keys,
            lens,
            classes: w.classes,
            values: w.values,
        }
    }
}

/// The 16-bit fingerprint of a feature: bits the slot index does not use.
fn fingerprint(f: u64) -> u16 {
    ((f >> 48) as u16).max(1)
}

impl Weights {
    /// Builds the table from features (sorted, for a deterministic layout) and their entries.
    fn build(feats: &[(u64, Vec<(u16, f32)>)]) -> Weights {
        let max_abs = feats
            .iter()
            .flat_map(|(_, es)| es.iter().map(|&(_, w)| w.abs()))
            .fold(0.0f32, f32::max);
        let scale = if max_abs > 0.0 {
            f32::from(i16::MAX) / max_abs
        } else {
            1.0
        };
        let cap = (feats.len() * 2).next_power_of_two().max(2);
        let mask = (cap - 1) as u64;
        let mut slot_of: Vec<Option<usize>> = vec![None; cap];
        let mut keys = vec![0u16; cap];
        for (k, (f, _)) in feats.iter().enumerate() {
            let mut i = (*f & mask) as usize;
            while keys[i] != 0 {
                i = (i + 1) & (cap - 1);
            }
            keys[i] = fingerprint(*f);
            slot_of[i] = Some(k);
        }
        let mut starts = Vec::with_capacity(cap + 1);
        let mut classes = Vec::new();
        let mut values = Vec::new();
        for slot in &slot_of {
            starts.push(classes.len() as u32);
            if let Some(k) = slot {
                for &(c, w) in &feats[*k].1 {
                    let q = (w * scale).round() as i16;
                    if q != 0 {
                        classes.push(c);
                        values.push(q);
                    }
                }
            }
        }
        starts.push(classes.len() as u32);
        Weights {
            mask,
            keys,
            starts,
            classes,
            values,
        }
    }

    /// Number of features in the table.
    pub fn len(&self) -> usize {
        self.keys.iter().filter(|&&k| k != 0).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of `(class, weight)` entries.
    pub fn entries(&self) -> usize {
        self.values.len()
    }

    /// The slot holding feature `f`, if any. Bounded and index-checked, so a corrupt table cannot panic.
    #[inline]
    fn find(&self, f: u64) -> Option<usize> {
        let cap = self.keys.len();
        if cap == 0 {
            return None;
        }
        let fp = fingerprint(f);
        let mut i = (f & self.mask) as usize;
        for _ in 0..cap {
            let k = *self.keys.get(i)?;
            if k == fp {
                return Some(i);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & (self.mask as usize);
        }
        None
    }

    /// Adds the weights of `feats` to `scores` (one slot per class).
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [f32]) {
        for &f in feats {
            let Some(slot) = self.find(f) else { continue };
            let (Some(&a), Some(&b)) = (self.starts.get(slot), self.starts.get(slot + 1)) else {
                continue;
            };
            let (a, b) = (a as usize, b as usize);
            let (Some(cs), Some(vs)) = (self.classes.get(a..b), self.values.get(a..b)) else {
                continue;
            };
            for (&c, &v) in cs.iter().zip(vs) {
                if let Some(s) = scores.get_mut(c as usize) {
                    *s += f32::from(v);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averaged_weights_score_like_the_trainer() {
        let mut t = Trainer::default();
        t.update(&[10, 20], 1, 0);
        t.tick();
        t.tick();
        t.update(&[20, 30], 0, 2);
        t.tick();
        let w = t.average(0.0);
        assert_eq!(w.len(), 3);
        let mut s = [0.0f32; 3];
        w.score(&[10], &mut s);
        // +1 for class 1 during all 3 ticks, -1 for class 0 likewise (the largest weight: i16::MAX)
        let unit = f32::from(i16::MAX);
        assert_eq!(s, [-unit, unit, 0.0]);
        let mut s = [0.0f32; 3];
        w.score(&[30, 999], &mut s);
        // updated at tick 2 of 3: averaged to 1/3
        assert!((s[0] - unit / 3.0).abs() < 1.0 && (s[2] + unit / 3.0).abs() < 1.0);
        // and the table survives serialization
        let back: Weights = postcard::from_bytes(&postcard::to_stdvec(&w).unwrap()).unwrap();
        let mut t = [0.0f32; 3];
        back.score(&[30, 999], &mut t);
        assert_eq!(s, t);
    }
}
