//! Counts and ratios shared by the scorers: precision/recall/F1 from TP/FP/FN counts, and a
//! labelled confusion matrix.

use serde::Serialize;
use std::collections::BTreeMap;

/// True positives, false positives and false negatives, with the ratios derived from them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    /// The counts with their ratios, for JSON output.
    pub fn summary(&self) -> Prf {
        Prf {
            tp: self.tp,
            fp: self.fp,
            fn_: self.fn_,
            precision: self.precision(),
            recall: self.recall(),
            f1: self.f1(),
        }
    }
}

/// Counts plus precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// `num / den`, 0 when `den` is 0.
pub fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// A confusion matrix: `cells[gold][predicted]` counts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Confusion {
    pub cells: BTreeMap<String, BTreeMap<String, usize>>,
}

impl Confusion {
    pub fn add(&mut self, gold: &str, predicted: &str) {
        *self
            .cells
            .entry(gold.to_string())
            .or_default()
            .entry(predicted.to_string())
            .or_default() += 1;
    }

    pub fn get(&self, gold: &str, predicted: &str) -> usize {
        self.cells
            .get(gold)
            .and_then(|row| row.get(predicted))
            .copied()
            .unwrap_or(0)
    }

    /// Every label seen as gold or predicted, sorted.
    pub fn labels(&self) -> Vec<String> {
        let mut labels: Vec<String> = self.cells.keys().cloned().collect();
        for row in self.cells.values() {
            labels.extend(row.keys().cloned());
        }
        labels.sort();
        labels.dedup();
        labels
    }

    /// A plain-text table, gold labels as rows, predictions as columns.
    pub fn render(&self) -> String {
        let labels = self.labels();
        let width = labels.iter().map(|l| l.len()).max().unwrap_or(4).max(9);
        let mut out = format!("{:<width$}", "gold\\pred");
        for l in &labels {
            out.push_str(&format!(" {:>w$}", l, w = l.len().max(4)));
        }
        out.push('\n');
        for g in &labels {
            if !self.cells.contains_key(g) {
                continue;
            }
            out.push_str(&format!("{g:<width$}"));
            for p in &labels {
                out.push_str(&format!(" {:>w$}", self.get(g, p), w = p.len().max(4)));
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios() {
        let c = Counts { tp: 3, fp: 1, fn_: 2 };
        assert_eq!(c.precision(), 0.75);
        assert_eq!(c.recall(), 0.6);
        assert!((c.f1() - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-12);
        assert_eq!(Counts::default().f1(), 0.0);
    }

    #[test]
    fn confusion_table() {
        let mut m = Confusion::default();
        m.add("A", "A");
        m.add("A", "B");
        m.add("A", "B");
        assert_eq!(m.get("A", "B"), 2);
        assert_eq!(m.labels(), ["A", "B"]);
        assert!(m.render().contains("A            1    2"), "{}", m.render());
    }
}
