//! The averaged perceptron: sparse training weights with lazy averaging, and the compact,
//! quantized weight table the trained tagger scores with.

use super::table::Table;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// One label's weight under one feature while training.
#[derive(Debug, Clone, Copy)]
struct Slot {
    label: u16,
    weight: f32,
    /// Sum of the weight over all steps up to `stamp`.
    total: f64,
    stamp: u32,
}

/// Training-time weights: per feature, the labels it has been updated for.
#[derive(Debug, Default)]
pub struct Training {
    index: FxHashMap<u64, u32>,
    rows: Vec<Vec<Slot>>,
    step: u32,
}

impl Training {
    /// Adds the current (not averaged) weights of `features` to `scores`.
    pub fn score(&self, features: &[u64], scores: &mut [f32]) {
        for f in features {
            if let Some(&row) = self.index.get(f) {
                for s in &self.rows[row as usize] {
                    scores[s.label as usize] += s.weight;
                }
            }
        }
    }

    /// Moves weight from the wrong `guess` to the `truth` for every feature.
    pub fn update(&mut self, features: &[u64], truth: u16, guess: u16) {
        let step = self.step;
        for &f in features {
            let next = self.rows.len() as u32;
            let row = *self.index.entry(f).or_insert(next);
            if row == next {
                self.rows.push(Vec::new());
            }
            let slots = &mut self.rows[row as usize];
            for (label, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                let slot = match slots.iter().position(|s| s.label == label) {
                    Some(p) => &mut slots[p],
                    None => {
                        slots.push(Slot {
                            label,
                            weight: 0.0,
                            total: 0.0,
                            stamp: step,
                        });
                        slots.last_mut().expect("just pushed")
                    }
                };
                slot.total += f64::from(step - slot.stamp) * f64::from(slot.weight);
                slot.stamp = step;
                slot.weight += delta;
            }
        }
    }

    /// Counts one training instance (the unit of averaging).
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// The averaged weights, quantized; entries whose magnitude is below `min_weight` are dropped.
    pub fn average(&self, min_weight: f32) -> Weights {
        let steps = f64::from(self.step.max(1));
        let mut rows: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(self.rows.len());
        let mut max = 0f32;
        for (&key, &row) in &self.index {
            let mut entries: Vec<(u16, f32)> = self.rows[row as usize]
                .iter()
                .map(|s| {
                    let total = s.total + f64::from(self.step - s.stamp) * f64::from(s.weight);
                    (s.label, (total / steps) as f32)
                })
                .filter(|&(_, w)| w.abs() >= min_weight && w != 0.0)
                .collect();
            if entries.is_empty() {
                continue;
            }
            entries.sort_unstable_by_key(|e| e.0);
            max = entries.iter().fold(max, |m, e| m.max(e.1.abs()));
            rows.push((key, entries));
        }
        rows.sort_unstable_by_key(|r| r.0);
        let scale = if max > 0.0 { max / f32::from(i16::MAX) } else { 1.0 };
        let mut data = WeightsData {
            scale,
            ..WeightsData::default()
        };
        let mut last = 0u64;
        for (key, entries) in rows {
            data.key_deltas.push(key - last);
            last = key;
            data.lens.push(entries.len() as u16);
            for (label, w) in entries {
                data.labels.push(label);
                data.values.push((w / scale).round() as i16);
            }
        }
        Weights::from(data)
    }
}

/// Trained weights: for each feature key, a run of (label, quantized weight) entries.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "WeightsData", into = "WeightsData")]
pub struct Weights {
    table: Table,
    scale: f32,
}

/// The serialized form of [`Weights`]: sorted keys delta-encoded, run lengths, entries.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct WeightsData {
    scale: f32,
    key_deltas: Vec<u64>,
    lens: Vec<u16>,
    labels: Vec<u16>,
    values: Vec<i16>,
}

impl From<WeightsData> for Weights {
    fn from(d: WeightsData) -> Weights {
        let mut rows = Vec::with_capacity(d.key_deltas.len());
        let (mut key, mut start) = (0u64, 0usize);
        let entries: Vec<(u16, i16)> = d.labels.iter().copied().zip(d.values.iter().copied()).collect();
        for (&delta, &len) in d.key_deltas.iter().zip(&d.lens) {
            key = key.wrapping_add(delta);
            // A corrupt table must not index out of bounds: clip runs to the entries present.
            let end = (start + usize::from(len)).min(entries.len());
            rows.push((key, &entries[start..end]));
            start = end;
        }
        Weights {
            table: Table::build(rows.into_iter()),
            scale: d.scale,
        }
    }
}

impl From<Weights> for WeightsData {
    fn from(w: Weights) -> WeightsData {
        let mut rows: Vec<(u64, Vec<(u16, i16)>)> = w.table.rows().collect();
        rows.sort_unstable();
        let mut data = WeightsData {
            scale: w.scale,
            ..WeightsData::default()
        };
        let mut last = 0u64;
        for (key, entries) in rows {
            data.key_deltas.push(key.wrapping_sub(last));
            data.lens.push(entries.len() as u16);
            last = key;
            for (label, value) in entries {
                data.labels.push(label);
                data.values.push(value);
            }
        }
        data
    }
}

impl Weights {
    /// Adds the weights of `features` to `scores`; labels outside `scores` are ignored.
    #[inline]
    pub fn score(&self, features: &[u64], scores: &mut [i32]) {
        self.table.score(features, scores);
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Number of (feature, label) weights.
    pub fn entries(&self) -> usize {
        self.table.entries()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averaging_rewards_the_truth_and_survives_serialization() {
        let mut t = Training::default();
        for _ in 0..3 {
            t.update(&[7, 9], 1, 0);
            t.tick();
        }
        let w = t.average(0.0);
        assert_eq!(w.len(), 2);
        let mut scores = [0i32; 2];
        w.score(&[7, 9, 11], &mut scores);
        assert!(scores[1] > 0 && scores[0] < 0, "{scores:?}");
        let bytes = postcard::to_stdvec(&w).unwrap();
        let back: Weights = postcard::from_bytes(&bytes).unwrap();
        let mut again = [0i32; 2];
        back.score(&[7, 9, 11], &mut again);
        assert_eq!(scores, again);
    }
}
