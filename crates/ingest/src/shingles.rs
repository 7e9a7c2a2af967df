//! Article-extraction scoring the way the Zyte article-extraction benchmark does it: word tokens,
//! 4-gram shingles with counts, normalised TP/FP/FN per page, precision and recall averaged over
//! pages and F1 as the harmonic mean of the two averages.

use std::collections::HashMap;

/// Shingle length used by the benchmark.
pub const SHINGLE_N: usize = 4;

/// Normalised true positives, false positives and false negatives for one page (they sum to 1,
/// or are all 0 when both texts have no tokens).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PageCounts {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

/// Word tokens: maximal runs of alphanumeric characters or `_` (the benchmark's `\w+`).
pub fn tokenize(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                tokens.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        tokens.push(&text[s..]);
    }
    tokens
}

/// Shingles with their counts. A text shorter than `n` tokens gives one shingle of all of them.
fn shingles<'a>(tokens: &[&'a str], n: usize) -> HashMap<Vec<&'a str>, u32> {
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    let windows = tokens.len().saturating_sub(n) + 1;
    for i in 0..windows {
        let end = (i + n).min(tokens.len());
        *counts.entry(tokens[i..end].to_vec()).or_insert(0) += 1;
    }
    counts
}

/// Compares one page's extracted text with its gold text.
pub fn match_page(gold: &str, predicted: &str) -> PageCounts {
    let gold_tokens = tokenize(gold);
    let pred_tokens = tokenize(predicted);
    let gold_sh = shingles(&gold_tokens, SHINGLE_N);
    let pred_sh = shingles(&pred_tokens, SHINGLE_N);
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (key, &g) in &gold_sh {
        let p = pred_sh.get(key).copied().unwrap_or(0);
        tp += f64::from(g.min(p));
        fn_ += f64::from(g.saturating_sub(p));
        fp += f64::from(p.saturating_sub(g));
    }
    for (key, &p) in &pred_sh {
        if !gold_sh.contains_key(key) {
            fp += f64::from(p);
        }
    }
    let total = tp + fp + fn_;
    if total > 0.0 {
        PageCounts {
            tp: tp / total,
            fp: fp / total,
            fn_: fn_ / total,
        }
    } else {
        PageCounts::default()
    }
}

impl PageCounts {
    /// Precision, 1 when there is nothing to get wrong.
    pub fn precision(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fp == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fp)
        }
    }

    /// Recall, 1 when there is nothing to find.
    pub fn recall(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fn_ == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fn_)
        }
    }

    /// This page's own F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

/// Scores over a set of pages.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Summary {
    pub pages: usize,
    pub precision: f64,
    pub recall: f64,
    /// Harmonic mean of the averaged precision and recall (the benchmark's headline figure).
    pub f1: f64,
    /// Share of pages whose token sequences match exactly.
    pub accuracy: f64,
}

/// Averages per-page counts the way the benchmark does: precision over pages that predicted
/// something, recall over pages that had something to find.
pub fn summarize(pages: &[PageCounts], exact_matches: usize) -> Summary {
    let mean = |xs: Vec<f64>| {
        if xs.is_empty() {
            0.0
        } else {
            xs.iter().sum::<f64>() / xs.len() as f64
        }
    };
    let precision = mean(
        pages
            .iter()
            .filter(|c| c.tp + c.fp > 0.0)
            .map(PageCounts::precision)
            .collect(),
    );
    let recall = mean(
        pages
            .iter()
            .filter(|c| c.tp + c.fn_ > 0.0)
            .map(PageCounts::recall)
            .collect(),
    );
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let accuracy = if pages.is_empty() {
        0.0
    } else {
        exact_matches as f64 / pages.len() as f64
    };
    Summary {
        pages: pages.len(),
        precision,
        recall,
        f1,
        accuracy,
    }
}

/// Whether two texts have the same token sequence.
pub fn tokens_equal(a: &str, b: &str) -> bool {
    tokenize(a) == tokenize(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_word_runs() {
        assert_eq!(tokenize("It's 3:30, naïve_x!"), vec!["It", "s", "3", "30", "naïve_x"]);
    }

    #[test]
    fn identical_texts_score_one() {
        let c = match_page("one two three four five", "one two three four five");
        assert_eq!((c.precision(), c.recall(), c.f1()), (1.0, 1.0, 1.0));
    }

    #[test]
    fn extra_text_costs_precision_only() {
        let c = match_page("a b c d e", "a b c d e f");
        // gold shingles: abcd, bcde; predicted adds cdef.
        assert!((c.precision() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(c.recall(), 1.0);
    }

    #[test]
    fn repeated_shingles_count() {
        let c = match_page("a b c d a b c d", "a b c d");
        assert!(c.recall() < 1.0);
        assert_eq!(c.precision(), 1.0);
    }

    #[test]
    fn empty_prediction_has_zero_recall_and_is_left_out_of_precision() {
        let pages = [match_page("a b c d", ""), match_page("a b c d", "a b c d")];
        let s = summarize(&pages, 1);
        assert_eq!(s.recall, 0.5);
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.accuracy, 0.5);
    }
}
