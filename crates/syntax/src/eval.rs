//! The CoNLL 2018 shared-task scorer, with the semantics of `conll18_ud_eval.py`: system and gold
//! words are aligned by their character offsets in the text with whitespace removed (words of
//! multiword tokens through a longest common subsequence of their forms), then tokens, sentences
//! and words are scored by precision, recall and F1, and UPOS, XPOS, lemma, UAS and LAS as F1 over
//! the aligned words (their aligned accuracy too). With identical tokenization the F1 scores are
//! accuracies.

use crate::word::{ParsedSentence, Word};

/// Counts of one metric. Percentages come from the methods.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Metric {
    /// Units in the gold data.
    pub gold: usize,
    /// Units in the system output.
    pub system: usize,
    /// Units correct in the system output.
    pub correct: usize,
    /// Aligned words (for word-level attributes; otherwise equal to `correct`).
    pub aligned: usize,
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

impl Metric {
    pub fn precision(&self) -> f64 {
        percent(self.correct, self.system)
    }
    pub fn recall(&self) -> f64 {
        percent(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        percent(2 * self.correct, self.system + self.gold)
    }
    /// Correct among the aligned words.
    pub fn aligned_accuracy(&self) -> f64 {
        percent(self.correct, self.aligned)
    }
}

/// All scores of one evaluation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    pub tokens: Metric,
    pub sentences: Metric,
    pub words: Metric,
    pub upos: Metric,
    pub xpos: Metric,
    pub lemma: Metric,
    pub uas: Metric,
    pub las: Metric,
}

impl Scores {
    /// The metrics with their conventional names, in the order the CoNLL 2018 script prints them.
    pub fn named(&self) -> [(&'static str, Metric); 8] {
        [
            ("Tokens", self.tokens),
            ("Sentences", self.sentences),
            ("Words", self.words),
            ("UPOS", self.upos),
            ("XPOS", self.xpos),
            ("Lemmas", self.lemma),
            ("UAS", self.uas),
            ("LAS", self.las),
        ]
    }
}

/// Gold and system texts differ, so no alignment exists.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the concatenated tokens of gold and system differ at character {offset} (whitespace removed): gold {gold:?}, system {system:?}")]
pub struct TextMismatch {
    pub offset: usize,
    pub gold: String,
    pub system: String,
}

/// A half-open range of character (code point) offsets in the text without whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CharSpan {
    start: usize,
    end: usize,
}

/// One word prepared for alignment.
struct EvalWord<'a> {
    span: CharSpan,
    multiword: bool,
    word: &'a Word,
    /// Index of the head word on the same side; `None` for the root, `Some(usize::MAX)` for a head
    /// outside the sentence.
    parent: Option<usize>,
}

/// One side (gold or system) in the form the scorer needs.
struct Side<'a> {
    text: String,
    tokens: Vec<CharSpan>,
    sentences: Vec<CharSpan>,
    words: Vec<EvalWord<'a>>,
}

fn load(sentences: &[ParsedSentence]) -> Side<'_> {
    let mut side = Side {
        text: String::new(),
        tokens: Vec::new(),
        sentences: Vec::new(),
        words: Vec::new(),
    };
    let mut chars = 0usize;
    let mut append = |side: &mut Side, form: &str| {
        let start = chars;
        for c in form.chars().filter(|c| !c.is_whitespace()) {
            side.text.push(c);
            chars += 1;
        }
        CharSpan { start, end: chars }
    };
    for s in sentences {
        let base = side.words.len();
        let n = s.words.len();
        let parent = |head: usize| match head {
            0 => None,
            h if h <= n => Some(base + h - 1),
            _ => Some(usize::MAX),
        };
        let mut k = 0;
        while k < n {
            let id = k + 1;
            let multiword = s
                .multiwords
                .iter()
                .find(|m| m.first == id && m.last > m.first && m.last <= n);
            if let Some(m) = multiword {
                let span = append(&mut side, &m.form);
                side.tokens.push(span);
                for w in &s.words[k..m.last] {
                    side.words.push(EvalWord {
                        span,
                        multiword: true,
                        word: w,
                        parent: parent(w.head),
                    });
                }
                k = m.last;
            } else {
                let w = &s.words[k];
                let span = append(&mut side, &w.form);
                side.tokens.push(span);
                side.words.push(EvalWord {
                    span,
                    multiword: false,
                    word: w,
                    parent: parent(w.head),
                });
                k += 1;
            }
        }
        if let (Some(first), Some(last)) = (side.words.get(base), side.tokens.last()) {
            side.sentences.push(CharSpan {
                start: first.span.start,
                end: last.end,
            });
        }
    }
    side
}

/// Scores `system` against `gold`. Fails only when the two do not spell the same text.
pub fn score(gold: &[ParsedSentence], system: &[ParsedSentence]) -> Result<Scores, TextMismatch> {
    let gold = load(gold);
    let system = load(system);
    check_text(&gold.text, &system.text)?;
    let aligned = align(&gold.words, &system.words);
    let mut gold_of_system = vec![None; system.words.len()];
    for &(g, s) in &aligned {
        gold_of_system[s] = Some(g);
    }
    let words = Metric {
        gold: gold.words.len(),
        system: system.words.len(),
        correct: aligned.len(),
        aligned: aligned.len(),
    };
    let count = |same: &dyn Fn(&EvalWord, &EvalWord) -> bool| Metric {
        correct: aligned
            .iter()
            .filter(|&&(g, s)| same(&gold.words[g], &system.words[s]))
            .count(),
        ..words
    };
    // The gold head of a gold word, and the gold word aligned to the head of a system word.
    #[derive(PartialEq)]
    enum Head {
        Root,
        Word(usize),
        Unaligned,
    }
    let gold_head = |w: &EvalWord| match w.parent {
        None => Head::Root,
        Some(p) => Head::Word(p),
    };
    let system_head = |w: &EvalWord| match w.parent {
        None => Head::Root,
        Some(p) => gold_of_system
            .get(p)
            .copied()
            .flatten()
            .map_or(Head::Unaligned, Head::Word),
    };
    let universal = |w: &EvalWord| field(&w.word.deprel).split(':').next().unwrap_or("").to_string();
    Ok(Scores {
        tokens: spans_score(&gold.tokens, &system.tokens),
        sentences: spans_score(&gold.sentences, &system.sentences),
        words,
        upos: count(&|g, s| field(&g.word.upos) == field(&s.word.upos)),
        xpos: count(&|g, s| field(&g.word.xpos) == field(&s.word.xpos)),
        lemma: count(&|g, s| field(&g.word.lemma) == "_" || field(&g.word.lemma) == field(&s.word.lemma)),
        uas: count(&|g, s| gold_head(g) == system_head(s)),
        las: count(&|g, s| gold_head(g) == system_head(s) && universal(g) == universal(s)),
    })
}

/// An empty annotation field reads as `_`, as in CoNLL-U.
fn field(value: &str) -> &str {
    if value.is_empty() {
        "_"
    } else {
        value
    }
}

fn check_text(gold: &str, system: &str) -> Result<(), TextMismatch> {
    if gold == system {
        return Ok(());
    }
    let offset = gold.chars().zip(system.chars()).take_while(|(g, s)| g == s).count();
    let excerpt = |t: &str| t.chars().skip(offset).take(20).collect::<String>();
    Err(TextMismatch {
        offset,
        gold: excerpt(gold),
        system: excerpt(system),
    })
}

/// Matching spans: correct when start and end agree.
fn spans_score(gold: &[CharSpan], system: &[CharSpan]) -> Metric {
    let (mut correct, mut gi, mut si) = (0, 0, 0);
    while gi < gold.len() && si < system.len() {
        if system[si].start < gold[gi].start {
            si += 1;
        } else if gold[gi].start < system[si].start {
            gi += 1;
        } else {
            correct += usize::from(gold[gi].end == system[si].end);
            gi += 1;
            si += 1;
        }
    }
    Metric {
        gold: gold.len(),
        system: system.len(),
        correct,
        aligned: correct,
    }
}

/// Aligned `(gold, system)` word index pairs.
fn align(gold: &[EvalWord], system: &[EvalWord]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut gi, mut si) = (0, 0);
    while gi < gold.len() && si < system.len() {
        if gold[gi].multiword || system[si].multiword {
            let (gs, ss, ge, se) = multiword_span(gold, system, gi, si);
            gi = ge;
            si = se;
            if ge > gs && se > ss {
                align_lcs(&gold[gs..ge], &system[ss..se], gs, ss, &mut out);
            }
        } else if gold[gi].span == system[si].span {
            out.push((gi, si));
            gi += 1;
            si += 1;
        } else if gold[gi].span.start <= system[si].span.start {
            gi += 1;
        } else {
            si += 1;
        }
    }
    out
}

/// The minimal stretch of words on both sides covering a multiword token at `gi` or `si`:
/// `(gold start, system start, gold end, system end)`.
fn multiword_span(
    gold: &[EvalWord],
    system: &[EvalWord],
    mut gi: usize,
    mut si: usize,
) -> (usize, usize, usize, usize) {
    let mut end;
    if gold[gi].multiword {
        end = gold[gi].span.end;
        if !system[si].multiword && system[si].span.start < gold[gi].span.start {
            si += 1;
        }
    } else {
        end = system[si].span.end;
        if !gold[gi].multiword && gold[gi].span.start < system[si].span.start {
            gi += 1;
        }
    }
    let (gs, ss) = (gi, si);
    let beyond = |words: &[EvalWord], i: usize, end: usize| {
        words.get(i).is_none_or(|w| {
            if w.multiword {
                w.span.start >= end
            } else {
                w.span.end > end
            }
        })
    };
    let extend = |w: &EvalWord, end: usize| if w.multiword { end.max(w.span.end) } else { end };
    while !beyond(gold, gi, end) || !beyond(system, si, end) {
        if gi < gold.len() && (si >= system.len() || gold[gi].span.start <= system[si].span.start) {
            end = extend(&gold[gi], end);
            gi += 1;
        } else {
            end = extend(&system[si], end);
            si += 1;
        }
    }
    (gs, ss, gi, si)
}

/// The largest LCS table (in cells) built for one multiword stretch.
const MAX_LCS_CELLS: usize = 4_000_000;

/// Aligns the words of one multiword stretch by the longest common subsequence of their
/// lowercased forms.
fn align_lcs(gold: &[EvalWord], system: &[EvalWord], g0: usize, s0: usize, out: &mut Vec<(usize, usize)>) {
    let (ng, ns) = (gold.len(), system.len());
    let lower = |w: &EvalWord| w.word.form.to_lowercase();
    let gl: Vec<String> = gold.iter().map(lower).collect();
    let sl: Vec<String> = system.iter().map(lower).collect();
    if ng.saturating_mul(ns) > MAX_LCS_CELLS {
        // A pathological stretch (one huge multiword token): match equal forms greedily instead of
        // building a table that does not fit in memory.
        let (mut g, mut s) = (0, 0);
        while g < ng && s < ns {
            if gl[g] == sl[s] {
                out.push((g0 + g, s0 + s));
                g += 1;
                s += 1;
            } else if gold[g].span.start <= system[s].span.start {
                g += 1;
            } else {
                s += 1;
            }
        }
        return;
    }
    // lcs[g][s] over suffixes, with an extra zero row and column
    let mut lcs = vec![vec![0usize; ns + 1]; ng + 1];
    for g in (0..ng).rev() {
        for s in (0..ns).rev() {
            let diagonal = if gl[g] == sl[s] { 1 + lcs[g + 1][s + 1] } else { 0 };
            lcs[g][s] = diagonal.max(lcs[g + 1][s]).max(lcs[g][s + 1]);
        }
    }
    let (mut g, mut s) = (0, 0);
    while g < ng && s < ns {
        if gl[g] == sl[s] {
            out.push((g0 + g, s0 + s));
            g += 1;
            s += 1;
        } else if lcs[g][s] == lcs[g + 1][s] {
            g += 1;
        } else {
            s += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    //! A hand-built fixture: gold has a multiword token ("don't") and "York-based" in three
    //! tokens; the system splits "don't" into two plain tokens, keeps "York-based" whole and cuts
    //! the second sentence in two. Expected counts are worked out by hand in the comments.
    use super::*;
    use crate::conllu;

    const GOLD: &str = "\
# text = I don't know.
1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# text = New York-based firms.
1\tNew\t_\tPROPN\tNNP\t_\t2\tcompound\t_\t_
2\tYork\tYork\tPROPN\tNNP\t_\t4\tobl:npmod\t_\tSpaceAfter=No
3\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t_\tSpaceAfter=No
4\tbased\tbase\tVERB\tVBN\t_\t5\tamod\t_\t_
5\tfirms\tfirm\tNOUN\tNNS\t_\t0\troot\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_

";

    const SYSTEM: &str = "\
1\tI\tI\tPRON\tPRP\t_\t4\tobj\t_\t_
2\tdo\tdo\tAUX\tVBP\t_\t4\taux:pass\t_\t_
3\tn't\tnot\tADV\tRB\t_\t4\tadvmod\t_\t_
4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

1\tNew\tnew\tPROPN\tNNP\t_\t2\tcompound\t_\t_
2\tYork-based\tYork-based\tADJ\tJJ\t_\t0\troot\t_\t_

1\tfirms\tfirms\tNOUN\tNNS\t_\t0\troot\t_\t_
2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_

";

    fn read(text: &str) -> Vec<ParsedSentence> {
        let (sentences, errors) = conllu::read(text);
        assert!(errors.is_empty(), "{errors:?}");
        sentences
    }

    fn counts(m: Metric) -> (usize, usize, usize, usize) {
        (m.gold, m.system, m.correct, m.aligned)
    }

    #[test]
    fn aligns_across_a_multiword_token_and_a_tokenization_mismatch() {
        let s = score(&read(GOLD), &read(SYSTEM)).unwrap();
        // Tokens: gold I don't know . New York - based firms . (10); system I do n't know . New
        // York-based firms . (9); same spans: I know . New firms . (6).
        assert_eq!(counts(s.tokens), (10, 9, 6, 6));
        assert!((s.tokens.f1() - 100.0 * 12.0 / 19.0).abs() < 1e-9);
        // Sentences: gold [I .. .] [New .. .]; system [I .. .] [New York-based] [firms .].
        assert_eq!(counts(s.sentences), (2, 3, 1, 1));
        assert!((s.sentences.f1() - 40.0).abs() < 1e-9);
        // Words: do and n't align inside the multiword token (LCS); York - based do not align.
        assert_eq!(counts(s.words), (11, 9, 8, 8));
        assert!((s.words.f1() - 80.0).abs() < 1e-9);
        // UPOS: n't is ADV instead of PART.
        assert_eq!(counts(s.upos), (11, 9, 7, 8));
        assert!((s.upos.f1() - 70.0).abs() < 1e-9);
        assert!((s.upos.aligned_accuracy() - 87.5).abs() < 1e-9);
        // Lemma: "firms" wrong; "new" right because the gold lemma of New is "_".
        assert_eq!(s.lemma.correct, 7);
        // UAS: New's system head York-based is aligned to no gold word.
        assert_eq!(s.uas.correct, 7);
        // LAS: also I (obj for nsubj); aux:pass matches aux on its universal part.
        assert_eq!(s.las.correct, 6);
        assert!((s.las.f1() - 60.0).abs() < 1e-9);
        assert_eq!(s.xpos.correct, 8);
    }

    #[test]
    fn identical_tokenization_gives_accuracies() {
        let gold = read(GOLD);
        let mut system = gold.clone();
        system[1].words[4].upos = "VERB".into();
        let s = score(&gold, &system).unwrap();
        assert_eq!(counts(s.words), (11, 11, 11, 11));
        assert_eq!(s.tokens.f1(), 100.0);
        assert_eq!(s.sentences.f1(), 100.0);
        assert!((s.upos.f1() - 100.0 * 10.0 / 11.0).abs() < 1e-9);
        assert_eq!(s.las.f1(), 100.0);
    }

    #[test]
    fn different_texts_are_an_error() {
        let mut system = read(GOLD);
        system[1].words[0].form = "Old".into();
        let err = score(&read(GOLD), &system).unwrap_err();
        assert_eq!(err.offset, 11);
        assert!(err.to_string().contains("character 11"), "{err}");
    }
}
