//! PolNeAR quote attribution (brat standoff: `T` lines `Tn<TAB>Type start end[;start end]<TAB>text`
//! and `E` lines `En<TAB>Attribution:Ti Content:Tj Cue:Tk Source:Tl`; offsets are code points into
//! the article's `.txt`). Every `E` relation with a Content is a gold quote.
//!
//! Rules (after Citron's evaluation):
//! - significant characters are those that are neither whitespace nor quote marks;
//! - a gold content matches a predicted content (one-to-one, greedy by overlap, largest first) when
//!   the prediction covers ≥ 50% of the gold content's significant characters ("overlap"); "exact"
//!   requires the same significant characters, after trimming `, . ; :` at either end;
//! - cues match one-to-one by any overlap;
//! - on matched contents whose gold has a Source, the speaker is correct when the predicted speaker
//!   span overlaps the Source span, or the resolved speaker name contains the Source's last word
//!   (case-insensitive);
//! - gold kinds: direct (significant text entirely inside quote marks), mixed (some inside, some
//!   outside), indirect (no quote marks). Recall by kind uses the gold kind, precision by kind the
//!   predicted kind. "quoted" restricts to gold contents with quote marks and to predictions whose
//!   content contains a quote mark.

use super::metrics::{ratio, Counts, Prf};
use crate::record::{QuoteKind, QuoteRecord};
use serde::Serialize;

/// A possibly discontiguous set of `[start, end)` code-point ranges.
pub type Ranges = Vec<[usize; 2]>;

/// One gold attribution relation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GoldQuote {
    pub relation: String,
    pub content: Ranges,
    pub cue: Option<Ranges>,
    pub source: Option<Ranges>,
}

/// Parses one `.ann` file. Malformed `T`/`E` lines and relations naming unknown ids are skipped
/// with a warning naming the line; other lines (notes, continuation lines of multi-line span text)
/// are ignored.
pub fn read_ann(ann: &str, file: &str) -> (Vec<GoldQuote>, Vec<String>) {
    let mut spans: std::collections::HashMap<&str, Ranges> = Default::default();
    let mut relations = Vec::new();
    let mut warnings = Vec::new();
    for (i, line) in ann.lines().enumerate() {
        let mut fields = line.split('\t');
        let id = fields.next().unwrap_or("");
        let body = fields.next().unwrap_or("");
        if id.starts_with('T') && id[1..].chars().all(|c| c.is_ascii_digit()) && id.len() > 1 {
            match parse_ranges(body) {
                Some(r) => {
                    spans.insert(id, r);
                }
                None => warnings.push(format!("{file}:{}: bad span {body:?}; line skipped", i + 1)),
            }
        } else if id.starts_with('E') && id[1..].chars().all(|c| c.is_ascii_digit()) && id.len() > 1 {
            relations.push((i + 1, id, body));
        }
    }
    let mut out = Vec::new();
    for (line, id, body) in relations {
        let mut quote = GoldQuote {
            relation: id.to_string(),
            ..GoldQuote::default()
        };
        let mut content = None;
        for arg in body.split_whitespace() {
            let Some((role, t)) = arg.split_once(':') else { continue };
            let Some(r) = spans.get(t) else {
                warnings.push(format!("{file}:{line}: {id} names unknown span {t}; argument ignored"));
                continue;
            };
            match role.trim_end_matches(|c: char| c.is_ascii_digit()) {
                "Content" => content = Some(r.clone()),
                "Cue" => quote.cue = Some(r.clone()),
                "Source" => quote.source = Some(r.clone()),
                _ => {}
            }
        }
        if let Some(c) = content {
            quote.content = c;
            out.push(quote);
        }
    }
    (out, warnings)
}

/// `Type a b;c d` → ranges.
fn parse_ranges(body: &str) -> Option<Ranges> {
    let (_, offsets) = body.split_once(' ')?;
    offsets
        .split(';')
        .map(|part| {
            let (a, b) = part.trim().split_once(' ')?;
            let (a, b) = (a.parse().ok()?, b.parse().ok()?);
            (a <= b).then_some([a, b])
        })
        .collect()
}

/// Quote marks ignored by the matching and used to find a content's kind.
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// The gold kind of a content given the document's characters.
pub fn gold_kind(chars: &[char], content: &[[usize; 2]]) -> QuoteKind {
    let mut inside = false;
    let (mut quoted, mut unquoted, mut marks) = (0, 0, 0);
    for &[a, b] in content {
        for &c in chars.get(a.min(chars.len())..b.min(chars.len())).unwrap_or(&[]) {
            match c {
                '“' | '«' | '„' => {
                    inside = true;
                    marks += 1
                }
                '”' | '»' => {
                    inside = false;
                    marks += 1
                }
                '"' => {
                    inside = !inside;
                    marks += 1
                }
                c if c.is_alphanumeric() => {
                    if inside {
                        quoted += 1
                    } else {
                        unquoted += 1
                    }
                }
                _ => {}
            }
        }
    }
    match (marks, quoted, unquoted) {
        (0, _, _) => QuoteKind::Indirect,
        (_, _, 0) => QuoteKind::Direct,
        (_, 0, _) => QuoteKind::Direct, // marks after the text only: a closing quote
        _ => QuoteKind::Mixed,
    }
}

/// Positions of significant characters in `ranges`.
fn significant(chars: &[char], ranges: &[[usize; 2]]) -> Vec<usize> {
    let mut out: Vec<usize> = ranges
        .iter()
        .flat_map(|&[a, b]| a.min(chars.len())..b.min(chars.len()))
        .filter(|&k| !chars[k].is_whitespace() && !is_quote_mark(chars[k]))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn trimmed(chars: &[char], mut pos: Vec<usize>) -> Vec<usize> {
    let trim = |c: char| matches!(c, ',' | '.' | ';' | ':');
    while pos.last().is_some_and(|&k| trim(chars[k])) {
        pos.pop();
    }
    let start = pos.iter().take_while(|&&k| trim(chars[k])).count();
    pos.drain(..start);
    pos
}

fn overlaps(a: &[[usize; 2]], b: &[[usize; 2]]) -> bool {
    a.iter().any(|x| b.iter().any(|y| x[0] < y[1] && y[0] < x[1]))
}

fn contains_mark(chars: &[char], r: &[[usize; 2]]) -> bool {
    r.iter().any(|&[a, b]| {
        chars
            .get(a.min(chars.len())..b.min(chars.len()))
            .unwrap_or(&[])
            .iter()
            .any(|&c| is_quote_mark(c))
    })
}

fn text_of(chars: &[char], r: &[[usize; 2]]) -> String {
    r.iter()
        .map(|&[a, b]| {
            chars
                .get(a.min(chars.len())..b.min(chars.len()))
                .unwrap_or(&[])
                .iter()
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" … ")
}

/// One listed failure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub document: String,
    /// `missed`, `spurious` or `wrong speaker`.
    pub what: String,
    pub kind: QuoteKind,
    pub text: String,
    /// For a wrong speaker: gold source and our speaker.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// Counts accumulated over documents.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub overlap: Counts,
    pub exact: Counts,
    pub cue: Counts,
    pub quoted: Counts,
    /// Overlap counts by kind: direct, indirect, mixed.
    pub by_kind: [Counts; 3],
    pub speaker_scored: usize,
    pub speaker_correct: usize,
    pub speaker_by_kind: [(usize, usize); 3],
    pub failures: Vec<Failure>,
}

fn kind_index(k: QuoteKind) -> usize {
    match k {
        QuoteKind::Direct => 0,
        QuoteKind::Indirect => 1,
        QuoteKind::Mixed => 2,
    }
}

const KIND_NAMES: [&str; 3] = ["direct", "indirect", "mixed"];

impl Tally {
    /// Scores one document: `text` the article, `gold` its relations, `predicted` our quotes.
    pub fn add_document(&mut self, document: &str, text: &str, gold: &[GoldQuote], predicted: &[QuoteRecord]) {
        let chars: Vec<char> = text.chars().collect();
        let gold_sig: Vec<Vec<usize>> = gold.iter().map(|g| significant(&chars, &g.content)).collect();
        let pred_ranges: Vec<Ranges> = predicted
            .iter()
            .map(|p| {
                if p.parts.is_empty() {
                    vec![p.content]
                } else {
                    p.parts.clone()
                }
            })
            .collect();
        let pred_sig: Vec<Vec<usize>> = pred_ranges.iter().map(|r| significant(&chars, r)).collect();
        let gold_kinds: Vec<QuoteKind> = gold.iter().map(|g| gold_kind(&chars, &g.content)).collect();
        // Greedy one-to-one by overlap.
        let mut pairs = Vec::new();
        for (gi, gs) in gold_sig.iter().enumerate() {
            for (pi, ps) in pred_sig.iter().enumerate() {
                let common = gs.iter().filter(|k| ps.binary_search(k).is_ok()).count();
                if common > 0 && 2 * common >= gs.len() {
                    pairs.push((common, gi, pi));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut gold_match = vec![None; gold.len()];
        let mut pred_match = vec![None; predicted.len()];
        for (_, gi, pi) in pairs {
            if gold_match[gi].is_none() && pred_match[pi].is_none() {
                gold_match[gi] = Some(pi);
                pred_match[pi] = Some(gi);
            }
        }
        for (gi, g) in gold.iter().enumerate() {
            let kind = kind_index(gold_kinds[gi]);
            let quoted = contains_mark(&chars, &g.content);
            let exact = gold_match[gi]
                .is_some_and(|pi| trimmed(&chars, gold_sig[gi].clone()) == trimmed(&chars, pred_sig[pi].clone()));
            if exact {
                self.exact.tp += 1;
            } else {
                self.exact.fn_ += 1;
            }
            match gold_match[gi] {
                None => {
                    self.overlap.fn_ += 1;
                    self.by_kind[kind].fn_ += 1;
                    if quoted {
                        self.quoted.fn_ += 1;
                    }
                    self.failures.push(Failure {
                        document: document.to_string(),
                        what: "missed".into(),
                        kind: gold_kinds[gi],
                        text: text_of(&chars, &g.content),
                        detail: None,
                    });
                }
                Some(pi) => {
                    self.overlap.tp += 1;
                    self.by_kind[kind].tp += 1;
                    if quoted {
                        self.quoted.tp += 1;
                    }
                    if let Some(source) = &g.source {
                        let p = &predicted[pi];
                        let ok = p.speaker.as_ref().is_some_and(|s| {
                            overlaps(&[s.span], source) || {
                                let src = text_of(&chars, source);
                                let last = src
                                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                                    .rfind(|w| !w.is_empty())
                                    .unwrap_or("")
                                    .to_lowercase();
                                !last.is_empty() && s.name.to_lowercase().contains(&last)
                            }
                        });
                        self.speaker_scored += 1;
                        self.speaker_by_kind[kind].0 += 1;
                        if ok {
                            self.speaker_correct += 1;
                            self.speaker_by_kind[kind].1 += 1;
                        } else {
                            self.failures.push(Failure {
                                document: document.to_string(),
                                what: "wrong speaker".into(),
                                kind: gold_kinds[gi],
                                text: text_of(&chars, &g.content),
                                detail: Some(format!(
                                    "gold {:?}, got {:?}",
                                    text_of(&chars, source),
                                    p.speaker.as_ref().map(|s| format!("{} ({})", s.text, s.name))
                                )),
                            });
                        }
                    }
                }
            }
        }
        for (pi, p) in predicted.iter().enumerate() {
            let quoted = contains_mark(&chars, &pred_ranges[pi]);
            if pred_match[pi].is_none() {
                self.overlap.fp += 1;
                self.exact.fp += 1;
                self.by_kind[kind_index(p.kind)].fp += 1;
                if quoted {
                    self.quoted.fp += 1;
                }
                self.failures.push(Failure {
                    document: document.to_string(),
                    what: "spurious".into(),
                    kind: p.kind,
                    text: text_of(&chars, &pred_ranges[pi]),
                    detail: None,
                });
            } else {
                let gi = pred_match[pi].unwrap_or_default();
                let exact = trimmed(&chars, gold_sig[gi].clone()) == trimmed(&chars, pred_sig[pi].clone());
                if !exact {
                    self.exact.fp += 1;
                }
                // A match counted in the gold kind's recall also counts for precision of the
                // predicted kind only when the kinds agree; otherwise it is a false positive there.
                if kind_index(p.kind) != kind_index(gold_kinds[gi]) {
                    self.by_kind[kind_index(p.kind)].fp += 1;
                }
                if quoted && !contains_mark(&chars, &gold[gi].content) {
                    self.quoted.fp += 1;
                }
            }
        }
        // Cues: one-to-one by any overlap, in order.
        let gold_cues: Vec<&Ranges> = gold.iter().filter_map(|g| g.cue.as_ref()).collect();
        let mut used = vec![false; predicted.len()];
        for gc in gold_cues {
            let hit = predicted
                .iter()
                .enumerate()
                .position(|(pi, p)| !used[pi] && p.cue.is_some_and(|c| overlaps(&[c], gc)));
            match hit {
                Some(pi) => {
                    used[pi] = true;
                    self.cue.tp += 1;
                }
                None => self.cue.fn_ += 1,
            }
        }
        self.cue.fp += predicted
            .iter()
            .enumerate()
            .filter(|(pi, p)| p.cue.is_some() && !used[*pi])
            .count();
    }

    /// The summary.
    pub fn report(&self, documents: usize) -> Report {
        Report {
            documents,
            content_overlap: self.overlap.summary(),
            content_exact: self.exact.summary(),
            content_quoted: self.quoted.summary(),
            cue: self.cue.summary(),
            by_kind: KIND_NAMES
                .iter()
                .zip(&self.by_kind)
                .map(|(n, c)| (n.to_string(), c.summary()))
                .collect(),
            speaker_scored: self.speaker_scored,
            speaker_correct: self.speaker_correct,
            speaker_accuracy: ratio(self.speaker_correct, self.speaker_scored),
            speaker_by_kind: KIND_NAMES
                .iter()
                .zip(&self.speaker_by_kind)
                .map(|(n, (s, c))| (n.to_string(), ratio(*c, *s)))
                .collect(),
            failures: self.failures.clone(),
        }
    }
}

/// The scores over a set of articles.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Report {
    pub documents: usize,
    pub content_overlap: Prf,
    pub content_exact: Prf,
    /// Gold contents with quote marks (recall) / predictions with quote marks (precision).
    pub content_quoted: Prf,
    pub cue: Prf,
    /// Overlap content scores by kind.
    pub by_kind: Vec<(String, Prf)>,
    pub speaker_scored: usize,
    pub speaker_correct: usize,
    pub speaker_accuracy: f64,
    pub speaker_by_kind: Vec<(String, f64)>,
    pub failures: Vec<Failure>,
}

/// The `.ann` file chosen for article `stem` among `names` (file names in the attributions
/// folder): the first by name of those named `{stem}_{annotator}.ann` or `{stem}.ann`.
pub fn choose_ann<'a>(stem: &str, names: &'a [String]) -> Option<&'a String> {
    let mut candidates: Vec<&String> = names
        .iter()
        .filter(|n| {
            n.strip_suffix(".ann").is_some_and(|base| {
                base == stem
                    || base
                        .strip_prefix(stem)
                        .and_then(|rest| rest.strip_prefix('_'))
                        .is_some_and(|a| !a.is_empty() && !a.contains('_'))
            })
        })
        .collect();
    candidates.sort();
    candidates.first().copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Speaker;

    const TEXT: &str = include_str!("fixtures/article.txt");
    const ANN: &str = include_str!("fixtures/article_ab12.ann");

    fn span_of(needle: &str) -> [usize; 2] {
        let byte = TEXT.find(needle).expect("fixture text");
        let start = TEXT[..byte].chars().count();
        [start, start + needle.chars().count()]
    }

    fn quote(kind: QuoteKind, content: &str, cue: &str, speaker: &str, name: &str) -> QuoteRecord {
        QuoteRecord {
            kind,
            content: span_of(content),
            cue: Some(span_of(cue)),
            speaker: Some(Speaker {
                span: span_of(speaker),
                text: speaker.to_string(),
                name: name.to_string(),
                code: None,
            }),
            ..QuoteRecord::default()
        }
    }

    #[test]
    fn reads_brat_and_finds_kinds() {
        let (gold, warnings) = read_ann(ANN, "a.ann");
        assert_eq!(warnings, ["a.ann:12: E4 names unknown span T99; argument ignored"]);
        assert_eq!(gold.len(), 3);
        let chars: Vec<char> = TEXT.chars().collect();
        let kinds: Vec<QuoteKind> = gold.iter().map(|g| gold_kind(&chars, &g.content)).collect();
        assert_eq!(kinds, [QuoteKind::Direct, QuoteKind::Indirect, QuoteKind::Mixed]);
        assert_eq!(gold[2].content.len(), 2, "discontiguous content");
        assert_eq!(text_of(&chars, gold[0].source.as_ref().unwrap()), "Mary Smith");
        let names: Vec<String> = ["x_b.ann", "x_a.ann", "xy_a.ann", "x.txt"].map(String::from).to_vec();
        assert_eq!(choose_ann("x", &names).map(String::as_str), Some("x_a.ann"));
    }

    #[test]
    fn scores_by_hand() {
        let (gold, _) = read_ann(ANN, "a.ann");
        let predicted = vec![
            // Direct: exact content without its quote marks (still exact), right speaker by span.
            quote(QuoteKind::Direct, "We will win", "said", "Mary Smith", "Mary Smith"),
            // Indirect: covers more than half of the gold, not exact; speaker span elsewhere but
            // resolved to "John Doe": the last word "Doe" of the gold source "Mr. Doe" is in the name.
            quote(QuoteKind::Indirect, "taxes would fall", "told", "reporters", "John Doe"),
            // Mixed gold missed; a spurious quote instead, with no cue.
            QuoteRecord {
                kind: QuoteKind::Direct,
                content: span_of("Nobody asked"),
                ..QuoteRecord::default()
            },
        ];
        let mut tally = Tally::default();
        tally.add_document("article", TEXT, &gold, &predicted);
        let r = tally.report(1);
        let o = r.content_overlap;
        assert_eq!((o.tp, o.fp, o.fn_), (2, 1, 1));
        let e = r.content_exact;
        assert_eq!((e.tp, e.fp, e.fn_), (1, 2, 2));
        let c = r.cue;
        assert_eq!((c.tp, c.fp, c.fn_), (2, 0, 1));
        assert_eq!((r.speaker_scored, r.speaker_correct), (2, 2));
        // Quoted: gold direct (hit) and mixed (missed); the spurious prediction has no marks.
        let q = r.content_quoted;
        assert_eq!((q.tp, q.fp, q.fn_), (1, 0, 1));
        let kind = |n: &str| r.by_kind.iter().find(|(k, _)| k == n).unwrap().1;
        assert_eq!((kind("direct").tp, kind("direct").fp), (1, 1));
        assert_eq!((kind("mixed").tp, kind("mixed").fn_), (0, 1));
        let what: Vec<&str> = r.failures.iter().map(|f| f.what.as_str()).collect();
        assert_eq!(what, ["missed", "spurious"]);
        // A wrong speaker is listed.
        let mut wrong = predicted.clone();
        wrong[0].speaker.as_mut().unwrap().span = span_of("Mr. Doe");
        wrong[0].speaker.as_mut().unwrap().name = "John Doe".into();
        let mut tally = Tally::default();
        tally.add_document("article", TEXT, &gold, &wrong);
        assert_eq!(tally.speaker_correct, 1);
        assert!(tally.failures.iter().any(|f| f.what == "wrong speaker"));
    }
}
