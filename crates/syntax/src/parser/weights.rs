//! Averaged-perceptron weights. [`Trainer`] holds the sparse training table (per feature, the
//! classes it was updated for, with lazily averaged sums); [`Weights`] is the compact table shipped
//! in the model: an open-addressing hash table of 16-bit fingerprints pointing into flat arrays of
//! `(class, weight)` entries, read without any rebuilding after deserialization.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    class: u16,
    w: f32,
    total: f64,
    stamp: u32,
}

/// The training-time weight table of an averaged perceptron (serializable, to checkpoint a run).
#[derive(Debug, Default, Serialize, Deserialize)]
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

    /// Advances the averaging clock by `k` training instances (a globally trained sentence counts
    /// as many instances as it has transitions, so both kinds of epoch weigh the same).
    pub fn tick_by(&mut self, k: u32) {
        self.now = self.now.saturating_add(k);
    }

    /// The perceptron update: +1 for class `good`, -1 for class `bad`, on every feature.
    pub fn update(&mut self, feats: &[u64], good: usize, bad: usize) {
        self.add(feats, good, 1.0);
        self.add(feats, bad, -1.0);
    }

    /// Adds `delta` to the weight of class `class` on every feature of `feats`.
    pub fn add(&mut self, feats: &[u64], class: usize, delta: f32) {
        let now = self.now;
        let class = class as u16;
        for &f in feats {
            let next = self.rows.len() as u32;
            let r = *self.index.entry(f).or_insert(next);
            if r == next {
                self.rows.push(Vec::new());
            }
            let row = &mut self.rows[r as usize];
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

    /// Forgets the averaging history: from now on the average covers only later updates (the
    /// current weights stay as the starting point).
    pub fn restart_averaging(&mut self) {
        self.now = 0;
        for e in self.rows.iter_mut().flatten() {
            e.total = 0.0;
            e.stamp = 0;
        }
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The averaged weights, dropping entries whose magnitude is below `min_abs`, and keeping at
    /// most about `max_features` features: those with the largest weight magnitudes. The table's
    /// slots are filled to at most `max_load` (0.5: half empty, short probes; 0.8: smaller).
    pub fn average(&self, min_abs: f32, max_features: usize, max_load: f64) -> Weights {
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
        if feats.len() > max_features && max_features > 0 {
            let strength = |es: &[(u16, f32)]| es.iter().map(|&(_, w)| w.abs()).fold(0.0f32, f32::max);
            let mut strengths: Vec<f32> = feats.iter().map(|(_, es)| strength(es)).collect();
            let k = feats.len() - max_features;
            let (_, &mut cut, _) = strengths.select_nth_unstable_by(k, f32::total_cmp);
            feats.retain(|(_, es)| strength(es) >= cut);
        }
        feats.sort_unstable_by_key(|&(f, _)| f);
        Weights::build(&feats, max_load)
    }
}

/// One slot of the compact table: fingerprint and entry range side by side (one memory access).
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// The feature's 16-bit fingerprint (never 0); 0 marks an empty slot.
    fp: u16,
    len: u16,
    start: u32,
}

/// The compact, read-only weight table of a trained model. Weights are quantized to `i16` (the
/// scale is irrelevant to the argmax, so scores stay in quantized units).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "StoredWeights", into = "StoredWeights")]
pub struct Weights {
    /// Capacity minus one (the capacity is a power of two); unused when `slots` is empty.
    mask: u64,
    slots: Vec<Slot>,
    /// `(class, weight)` pairs, each slot's entries contiguous.
    entries: Vec<(u16, i16)>,
    /// Rebuilt at load, not stored: the rows of the features with many entries as dense weight
    /// vectors of `dense_width` classes, added with SIMD instead of entry by entry. Their slots
    /// have [`DENSE`] set in `len` and the row number in `start`.
    dense: Vec<i16>,
    dense_width: usize,
    /// The entry count of each dense row in `entries` (to store the table again).
    dense_lens: Vec<u16>,
}

/// Marks a slot whose row is dense (entry counts never reach it).
const DENSE: u16 = 0x8000;
/// Rows with at least this many entries are kept dense.
const DENSE_MIN_ENTRIES: u16 = 24;

/// The serialized form of [`Weights`]: columns, with entry counts instead of offsets (they compress).
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
        let mut at = 0u32;
        let slots = s
            .keys
            .iter()
            .zip(&s.lens)
            .map(|(&fp, &len)| {
                let slot = Slot { fp, len, start: at };
                at = at.saturating_add(u32::from(len));
                slot
            })
            .collect();
        let mut w = Weights {
            mask: s.mask,
            slots,
            entries: s.classes.into_iter().zip(s.values).collect(),
            ..Weights::default()
        };
        w.densify();
        w
    }
}

impl From<Weights> for StoredWeights {
    fn from(w: Weights) -> StoredWeights {
        StoredWeights {
            mask: w.mask,
            keys: w.slots.iter().map(|s| s.fp).collect(),
            lens: w
                .slots
                .iter()
                .map(|s| {
                    if s.len & DENSE != 0 {
                        w.dense_lens.get(s.start as usize).copied().unwrap_or(0)
                    } else {
                        s.len
                    }
                })
                .collect(),
            classes: w.entries.iter().map(|e| e.0).collect(),
            values: w.entries.iter().map(|e| e.1).collect(),
        }
    }
}

/// The 16-bit fingerprint of a feature: bits the slot index does not use.
fn fingerprint(f: u64) -> u16 {
    ((f >> 48) as u16).max(1)
}

impl Weights {
    /// Builds the table from features (sorted, for a deterministic layout) and their entries.
    fn build(feats: &[(u64, Vec<(u16, f32)>)], max_load: f64) -> Weights {
        let max_abs = feats
            .iter()
            .flat_map(|(_, es)| es.iter().map(|&(_, w)| w.abs()))
            .fold(0.0f32, f32::max);
        let scale = if max_abs > 0.0 {
            f32::from(i16::MAX) / max_abs
        } else {
            1.0
        };
        let wanted = (feats.len() as f64 / max_load.clamp(0.05, 0.95)).ceil() as usize;
        let cap = wanted.max(feats.len() + 1).next_power_of_two().max(2);
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
        let mut slots = vec![Slot::default(); cap];
        let mut entries = Vec::new();
        for (i, slot) in slot_of.iter().enumerate() {
            let Some(k) = slot else { continue };
            let start = entries.len();
            for &(c, w) in &feats[*k].1 {
                let q = (w * scale).round() as i16;
                if q != 0 {
                    entries.push((c, q));
                }
            }
            slots[i] = Slot {
                fp: keys[i],
                len: (entries.len() - start) as u16,
                start: start as u32,
            };
        }
        let mut w = Weights {
            mask,
            slots,
            entries,
            ..Weights::default()
        };
        w.densify();
        w
    }

    /// Copies the rows with many entries into dense vectors (see [`Weights::dense`]). Entries of
    /// a corrupt table that point outside it are left sparse (and skipped when scoring).
    fn densify(&mut self) {
        let width = self.entries.iter().map(|&(c, _)| usize::from(c) + 1).max().unwrap_or(0);
        self.dense_width = width.next_multiple_of(8);
        self.dense.clear();
        self.dense_lens.clear();
        for slot in &mut self.slots {
            let start = slot.start as usize;
            let len = slot.len;
            if slot.fp == 0 || len & DENSE != 0 || len < DENSE_MIN_ENTRIES {
                continue;
            }
            let Some(es) = self.entries.get(start..start + usize::from(len)) else {
                continue;
            };
            let row = self.dense.len();
            self.dense.resize(row + self.dense_width, 0);
            for &(c, v) in es {
                let d = &mut self.dense[row + usize::from(c)];
                *d = d.saturating_add(v);
            }
            slot.start = self.dense_lens.len() as u32;
            slot.len = DENSE;
            self.dense_lens.push(len);
        }
    }

    /// Number of features in the table.
    pub fn len(&self) -> usize {
        self.slots.iter().filter(|s| s.fp != 0).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of `(class, weight)` entries.
    pub fn entries(&self) -> usize {
        self.entries.len()
    }

    /// The slot holding feature `f`, if any. Bounded and index-checked, so a corrupt table cannot panic.
    #[inline]
    fn find(&self, f: u64) -> Option<Slot> {
        let cap = self.slots.len();
        if cap == 0 {
            return None;
        }
        let fp = fingerprint(f);
        let mut i = (f & self.mask) as usize;
        for _ in 0..cap {
            let slot = *self.slots.get(i)?;
            if slot.fp == fp {
                return Some(slot);
            }
            if slot.fp == 0 {
                return None;
            }
            i = (i + 1) & (self.mask as usize);
        }
        None
    }

    /// Adds the weights of `feats` to `scores` (one slot per class, in quantized units). All slots
    /// are looked up before any entry is read, so the memory accesses of the features overlap.
    #[inline]
    pub fn score(&self, feats: &[u64], scores: &mut [i32]) {
        let mut found = [Slot::default(); super::features::MAX_FEATURES];
        let feats = &feats[..feats.len().min(found.len())];
        for &f in feats {
            prefetch(self.slots.as_ptr().wrapping_add((f & self.mask) as usize));
        }
        let mut n = 0;
        for &f in feats {
            if let Some(slot) = self.find(f) {
                // every cache line of the row: frequent features have dozens of entries
                if slot.len & DENSE != 0 {
                    let row = self.dense.as_ptr().wrapping_add(slot.start as usize * self.dense_width);
                    for at in (0..self.dense_width).step_by(WEIGHTS_PER_LINE) {
                        prefetch(row.wrapping_add(at));
                    }
                } else {
                    let row = self.entries.as_ptr().wrapping_add(slot.start as usize);
                    for at in (0..usize::from(slot.len)).step_by(ENTRIES_PER_LINE) {
                        prefetch(row.wrapping_add(at));
                    }
                }
                found[n] = slot;
                n += 1;
            }
        }
        for slot in &found[..n] {
            let start = slot.start as usize;
            if slot.len & DENSE != 0 {
                let at = start * self.dense_width;
                if let Some(row) = self.dense.get(at..at + self.dense_width) {
                    for (s, &v) in scores.iter_mut().zip(row) {
                        *s += i32::from(v);
                    }
                }
                continue;
            }
            let Some(es) = self.entries.get(start..start + usize::from(slot.len)) else {
                continue;
            };
            for &(c, v) in es {
                if let Some(s) = scores.get_mut(usize::from(c)) {
                    *s += i32::from(v);
                }
            }
        }
    }
}

/// `(class, weight)` entries in a 64-byte cache line.
const ENTRIES_PER_LINE: usize = 64 / std::mem::size_of::<(u16, i16)>();
/// Dense weights in a 64-byte cache line.
const WEIGHTS_PER_LINE: usize = 64 / std::mem::size_of::<i16>();

/// Asks the CPU to start loading the cache line at `p`. A hint only: it never faults, whatever `p`
/// points to, so out-of-range addresses (from a corrupt table) are harmless.
#[inline(always)]
fn prefetch<T>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching reads nothing and cannot fault; SSE is part of the x86_64 baseline.
    #[allow(unused_unsafe)]
    unsafe {
        core::arch::x86_64::_mm_prefetch::<{ core::arch::x86_64::_MM_HINT_T0 }>(p.cast::<i8>());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
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
        let w = t.average(0.0, 0, 0.5);
        assert_eq!(w.len(), 3);
        let mut s = [0i32; 3];
        w.score(&[10], &mut s);
        // +1 for class 1 during all 3 ticks, -1 for class 0 likewise (the largest weight: i16::MAX)
        let unit = i32::from(i16::MAX);
        assert_eq!(s, [-unit, unit, 0]);
        let mut s = [0i32; 3];
        w.score(&[30, 999], &mut s);
        // updated at tick 2 of 3: averaged to 1/3
        assert!((s[0] - unit / 3).abs() <= 1 && (s[2] + unit / 3).abs() <= 1);
        // and the table survives serialization
        let back: Weights = postcard::from_bytes(&postcard::to_stdvec(&w).unwrap()).unwrap();
        let mut t = [0i32; 3];
        back.score(&[30, 999], &mut t);
        assert_eq!(s, t);
    }

    #[test]
    fn rows_with_many_classes_score_densely_like_sparse_ones() {
        let [wide, narrow] = [7, 8].map(crate::parser::features::fmix);
        let mut t = Trainer::default();
        let classes = 2 * usize::from(DENSE_MIN_ENTRIES);
        for c in 0..classes {
            for _ in 0..=c {
                t.add(&[wide], c, 1.0);
            }
        }
        t.update(&[narrow], 1, 0);
        t.tick();
        let w = t.average(0.0, 0, 0.5);
        assert_eq!(
            w.dense_lens,
            [classes as u16],
            "the wide row is dense, the narrow one not"
        );
        let mut s = vec![0i32; classes + 1];
        w.score(&[wide, narrow], &mut s);
        // weights c + 1 for class c, scaled so the largest is i16::MAX; plus ±1 from `narrow`
        let unit = f64::from(i16::MAX) / classes as f64;
        for (c, &v) in s.iter().enumerate().take(classes) {
            let narrow = [-1.0, 1.0].get(c).copied().unwrap_or(0.0);
            assert!(
                (f64::from(v) - (c as f64 + 1.0 + narrow) * unit).abs() <= 2.0,
                "class {c}: {v}"
            );
        }
        // storing and loading gives the same table and the same bytes
        let bytes = postcard::to_stdvec(&w).unwrap();
        let back: Weights = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(postcard::to_stdvec(&back).unwrap(), bytes);
        let mut again = vec![0i32; classes + 1];
        back.score(&[wide, narrow], &mut again);
        assert_eq!(again, s);
    }

    #[test]
    fn pruning_keeps_the_strongest_features() {
        // real features are well-mixed hashes: their upper bits are the fingerprint
        let [a, b, c] = [1, 2, 3].map(crate::parser::features::fmix);
        let mut t = Trainer::default();
        for _ in 0..3 {
            t.update(&[a], 0, 1);
        }
        t.update(&[b, c], 0, 1);
        t.tick();
        let w = t.average(0.0, 1, 0.5);
        assert_eq!(w.len(), 1);
        let mut s = [0i32; 2];
        w.score(&[b, c], &mut s);
        assert_eq!(s, [0, 0]);
        w.score(&[a], &mut s);
        assert!(s[0] > 0 && s[1] < 0);
    }
}
