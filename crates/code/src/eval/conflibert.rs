//! The ConfliBERT CAMEO classification set (`sentence<TAB>label`, label 0-4 in the Phoenix quad
//! convention: 0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
//! 4 material conflict). A sentence's predicted class is the `quad_class_phoenix` of its most
//! confident event with CAMEO root above 02; with no such event it is 0. Scored by macro-F1 over
//! the five classes (each class's F1 from one-vs-rest counts) and a confusion matrix.

use super::metrics::{Confusion, Counts, Prf};
use crate::record::EventRecord;
use serde::Serialize;

/// One gold sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldSentence {
    /// 1-based line number in the file.
    pub line: usize,
    pub text: String,
    pub label: u8,
}

/// Reads the TSV (CRLF or LF). Lines without a tab or with a label outside 0-4 are skipped with a
/// warning naming the line.
pub fn read(tsv: &str, file: &str) -> (Vec<GoldSentence>, Vec<String>) {
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    for (i, line) in tsv.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let Some((text, label)) = line.rsplit_once('\t') else {
            warnings.push(format!("{file}:{}: no tab between sentence and label; skipped", i + 1));
            continue;
        };
        match label.trim().parse::<u8>() {
            Ok(l) if l <= 4 && !text.trim().is_empty() => out.push(GoldSentence {
                line: i + 1,
                text: text.trim().to_string(),
                label: l,
            }),
            _ => warnings.push(format!("{file}:{}: label {label:?} is not 0-4; skipped", i + 1)),
        }
    }
    (out, warnings)
}

/// The predicted class of a sentence from its coded events.
pub fn predicted_class(events: &[EventRecord]) -> u8 {
    events
        .iter()
        .filter(|e| e.cameo.root.as_str() > "02" && e.quad_class_phoenix > 0)
        .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
        .map(|e| e.quad_class_phoenix.min(4))
        .unwrap_or(0)
}

/// A wrongly classified sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Miss {
    pub line: usize,
    pub text: String,
    pub gold: u8,
    pub predicted: u8,
    /// The CAMEO code of the deciding event, when there was one.
    pub cameo: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Report {
    pub sentences: usize,
    pub accuracy: f64,
    pub macro_f1: f64,
    /// Per class 0-4.
    pub per_class: Vec<Prf>,
    pub confusion: Confusion,
    pub misses: Vec<Miss>,
}

/// Scores `predicted[i]` (the events coded for `gold[i].text`).
pub fn score(gold: &[GoldSentence], predicted: &[Vec<EventRecord>]) -> Report {
    let mut per = [Counts::default(); 5];
    let mut report = Report {
        sentences: gold.len(),
        ..Report::default()
    };
    let mut correct = 0;
    let empty = Vec::new();
    for (k, g) in gold.iter().enumerate() {
        let events = predicted.get(k).unwrap_or(&empty);
        let p = predicted_class(events);
        report.confusion.add(&g.label.to_string(), &p.to_string());
        if p == g.label {
            correct += 1;
            per[p as usize].tp += 1;
        } else {
            per[p as usize].fp += 1;
            per[g.label as usize].fn_ += 1;
            let decider = events
                .iter()
                .filter(|e| e.cameo.root.as_str() > "02" && e.quad_class_phoenix > 0)
                .max_by(|a, b| a.confidence.total_cmp(&b.confidence));
            report.misses.push(Miss {
                line: g.line,
                text: g.text.clone(),
                gold: g.label,
                predicted: p,
                cameo: decider.map(|e| e.cameo.code.clone()),
            });
        }
    }
    report.accuracy = super::metrics::ratio(correct, gold.len());
    report.per_class = per.iter().map(Counts::summary).collect();
    report.macro_f1 = per.iter().map(Counts::f1).sum::<f64>() / 5.0;
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Cameo;

    const FIXTURE: &str = include_str!("fixtures/class.tsv");

    fn event(root: &str, phoenix: u8, confidence: f32) -> EventRecord {
        EventRecord {
            cameo: Cameo {
                code: format!("{root}0"),
                root: root.to_string(),
                name: String::new(),
            },
            quad_class_phoenix: phoenix,
            confidence,
            ..EventRecord::default()
        }
    }

    #[test]
    fn reads_crlf_and_rejects_bad_lines() {
        let (gold, warnings) = read(FIXTURE, "class.tsv");
        assert_eq!(gold.len(), 5);
        assert_eq!(gold[0].label, 4);
        assert!(!gold[0].text.ends_with('\r'));
        let (gold, warnings2) = read("no tab here\nok\t7\nfine\t2\r\n", "x.tsv");
        assert!(warnings.is_empty());
        assert_eq!(gold.len(), 1);
        assert_eq!(warnings2.len(), 2);
        assert!(warnings2[1].starts_with("x.tsv:2:"), "{warnings2:?}");
    }

    #[test]
    fn most_confident_event_above_02_decides() {
        assert_eq!(predicted_class(&[]), 0);
        assert_eq!(predicted_class(&[event("02", 0, 0.9)]), 0);
        assert_eq!(predicted_class(&[event("19", 4, 0.5), event("04", 1, 0.8)]), 1);
    }

    #[test]
    fn macro_f1_by_hand() {
        let (gold, _) = read(FIXTURE, "class.tsv");
        // Gold labels: 4, 3, 0, 1, 2. Predictions: 4, 3, 3, 1, 0.
        let predicted = vec![
            vec![event("19", 4, 0.9)],
            vec![event("11", 3, 0.7), event("02", 0, 0.99)],
            vec![event("12", 3, 0.6)],
            vec![event("04", 1, 0.5)],
            vec![],
        ];
        let r = score(&gold, &predicted);
        // Class F1: 0 → tp0 fp1 fn1 = 0; 1 → 1; 2 → 0 (fn1); 3 → tp1 fp1 = 2/3; 4 → 1.
        let expected = (0.0 + 1.0 + 0.0 + 2.0 / 3.0 + 1.0) / 5.0;
        assert!((r.macro_f1 - expected).abs() < 1e-12, "{}", r.macro_f1);
        assert!((r.accuracy - 0.6).abs() < 1e-12);
        assert_eq!(r.confusion.get("0", "3"), 1);
        assert_eq!(r.misses.len(), 2);
        assert_eq!(r.misses[0].cameo.as_deref(), Some("120"));
    }
}
