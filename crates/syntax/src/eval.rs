//! The CoNLL 2018 shared-task scorer: UPOS, XPOS, lemma accuracy, UAS and LAS, and token and
//! sentence F1 when system tokenization differs from gold.
//! (Placeholder: gold-tokenization scoring only; the aligning scorer replaces this module.)

use crate::word::ParsedSentence;

/// Scores in percent.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    pub words: usize,
    pub upos: f64,
    pub xpos: f64,
    pub lemma: f64,
    pub uas: f64,
    pub las: f64,
}

/// Scores `system` against `gold`, assuming identical tokenization.
pub fn score(gold: &[ParsedSentence], system: &[ParsedSentence]) -> Scores {
    let (mut n, mut upos, mut xpos, mut lemma, mut uas, mut las) = (0usize, 0, 0, 0, 0, 0);
    for (g, s) in gold.iter().zip(system) {
        for (gw, sw) in g.words.iter().zip(&s.words) {
            n += 1;
            upos += usize::from(gw.upos == sw.upos);
            xpos += usize::from(gw.xpos == sw.xpos);
            lemma += usize::from(gw.lemma == sw.lemma);
            let head_ok = gw.head == sw.head;
            uas += usize::from(head_ok);
            let base = |r: &str| r.split(':').next().unwrap_or("").to_string();
            las += usize::from(head_ok && base(&gw.deprel) == base(&sw.deprel));
        }
    }
    let pct = |k: usize| if n == 0 { 0.0 } else { 100.0 * k as f64 / n as f64 };
    Scores {
        words: n,
        upos: pct(upos),
        xpos: pct(xpos),
        lemma: pct(lemma),
        uas: pct(uas),
        las: pct(las),
    }
}
