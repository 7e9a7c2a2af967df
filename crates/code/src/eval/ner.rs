//! The ConfliBERT CAMEO source/target span set (CoNLL `token tag` lines, blank line between
//! sentences; tags `B-`/`I-` + `S` source, `T` target, `R` reciprocal, or `O`).
//!
//! Each sentence is rebuilt as text from its tokens (see [`detokenize`]) and coded; the source and
//! target spans of all its events are mapped to the tokens they overlap. Matching rules:
//! - span level: a predicted span matches a gold span of the same role when both cover exactly the
//!   same tokens (one-to-one; duplicate predicted spans of one role in a sentence count once);
//! - token level: a token is a true positive for a role when gold and prediction both give it that
//!   role;
//! - reciprocal (`R`) gold spans have no fixed role: a predicted source or target span left
//!   unmatched by its own role that equals an `R` span matches it (and is then no false positive);
//!   unmatched `R` spans are misses of the `reciprocal` role. At token level an `R` token is a true
//!   positive when predicted with either role, a miss otherwise, and never a false positive.

use super::metrics::{Counts, Prf};
use crate::record::EventRecord;
use serde::Serialize;

/// A gold role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Role {
    Source,
    Target,
    Reciprocal,
}

/// A span of tokens `[first, end)` with a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct TokenSpan {
    pub role: Role,
    pub first: usize,
    pub end: usize,
}

/// One gold sentence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GoldSentence {
    /// 1-based line of its first token.
    pub line: usize,
    pub tokens: Vec<String>,
    pub spans: Vec<TokenSpan>,
}

/// Reads the BIO file. A malformed line (no space, unknown tag) is skipped with a warning naming
/// the line, and tagged `O`; an `I-` without a preceding `B-` of the same role starts a span.
pub fn read(text: &str, file: &str) -> (Vec<GoldSentence>, Vec<String>) {
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    let mut cur = GoldSentence::default();
    let mut open: Option<TokenSpan> = None;
    let flush = |cur: &mut GoldSentence, open: &mut Option<TokenSpan>, out: &mut Vec<GoldSentence>| {
        if let Some(s) = open.take() {
            cur.spans.push(s);
        }
        if !cur.tokens.is_empty() {
            out.push(std::mem::take(cur));
        }
    };
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut cur, &mut open, &mut out);
            continue;
        }
        let Some((token, tag)) = line.rsplit_once(' ') else {
            warnings.push(format!(
                "{file}:{}: no space between token and tag; line skipped",
                i + 1
            ));
            continue;
        };
        if cur.tokens.is_empty() {
            cur.line = i + 1;
        }
        let k = cur.tokens.len();
        cur.tokens.push(token.to_string());
        let parsed = match tag.trim() {
            "O" => None,
            t => match (t.get(..2), t.get(2..)) {
                (Some(bi @ ("B-" | "I-")), Some(r @ ("S" | "T" | "R"))) => Some((bi == "B-", role_of(r))),
                _ => {
                    warnings.push(format!("{file}:{}: unknown tag {t:?}; read as O", i + 1));
                    None
                }
            },
        };
        match parsed {
            None => {
                if let Some(s) = open.take() {
                    cur.spans.push(s);
                }
            }
            Some((begin, role)) => match open.as_mut() {
                Some(s) if !begin && s.role == role => s.end = k + 1,
                _ => {
                    if let Some(s) = open.take() {
                        cur.spans.push(s);
                    }
                    open = Some(TokenSpan {
                        role,
                        first: k,
                        end: k + 1,
                    });
                }
            },
        }
    }
    flush(&mut cur, &mut open, &mut out);
    (out, warnings)
}

fn role_of(r: &str) -> Role {
    match r {
        "S" => Role::Source,
        "T" => Role::Target,
        _ => Role::Reciprocal,
    }
}

/// Rebuilds sentence text from tokens: a space between tokens except before closing punctuation
/// and clitics (`,` `.` `'s` `n't` `)` ...) and after opening brackets and `$`. Returns the text and
/// each token's `[start, end)` code-point span in it.
pub fn detokenize(tokens: &[String]) -> (String, Vec<[usize; 2]>) {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(tokens.len());
    let mut chars = 0;
    let mut prev: Option<&str> = None;
    for t in tokens {
        let glue_left = t.chars().all(|c| ",.;:!?)]}%".contains(c))
            || t.starts_with('\'')
            || t.starts_with('’')
            || t.eq_ignore_ascii_case("n't");
        let glue_after_prev = prev.is_some_and(|p| matches!(p, "(" | "[" | "{" | "$"));
        if prev.is_some() && !glue_left && !glue_after_prev {
            text.push(' ');
            chars += 1;
        }
        let n = t.chars().count();
        spans.push([chars, chars + n]);
        text.push_str(t);
        chars += n;
        prev = Some(t);
    }
    (text, spans)
}

/// The predicted source and target spans of one sentence, as token spans, deduplicated.
pub fn predicted_spans(events: &[EventRecord], token_chars: &[[usize; 2]]) -> Vec<TokenSpan> {
    let to_tokens = |span: [usize; 2], role: Role| -> Option<TokenSpan> {
        let hit: Vec<usize> = token_chars
            .iter()
            .enumerate()
            .filter(|(_, t)| t[0] < span[1] && span[0] < t[1])
            .map(|(k, _)| k)
            .collect();
        Some(TokenSpan {
            role,
            first: *hit.first()?,
            end: hit.last()? + 1,
        })
    };
    let mut out: Vec<TokenSpan> = Vec::new();
    for e in events {
        if e.source.span[1] > e.source.span[0] {
            out.extend(to_tokens(e.source.span, Role::Source));
        }
        if let Some(t) = e.target.as_ref().filter(|t| t.span[1] > t.span[0]) {
            out.extend(to_tokens(t.span, Role::Target));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A sentence with a missed or spurious span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Miss {
    pub line: usize,
    pub text: String,
    /// `role: span text` for gold spans not matched.
    pub missed: Vec<String>,
    /// `role: span text` for predicted spans not matched.
    pub spurious: Vec<String>,
}

/// Span- and token-level scores per role.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Report {
    pub sentences: usize,
    pub span: Vec<(String, Prf)>,
    pub token: Vec<(String, Prf)>,
    pub misses: Vec<Miss>,
}

const ROLES: [Role; 3] = [Role::Source, Role::Target, Role::Reciprocal];

fn name(role: Role) -> &'static str {
    match role {
        Role::Source => "source",
        Role::Target => "target",
        Role::Reciprocal => "reciprocal",
    }
}

/// Scores predicted token spans (`predicted[i]` for `gold[i]`, from [`predicted_spans`]).
pub fn score(gold: &[GoldSentence], predicted: &[Vec<TokenSpan>]) -> Report {
    let mut span = [Counts::default(); 3];
    let mut token = [Counts::default(); 3];
    let mut misses = Vec::new();
    let empty = Vec::new();
    for (k, g) in gold.iter().enumerate() {
        let pred = predicted.get(k).unwrap_or(&empty);
        let mut gold_used = vec![false; g.spans.len()];
        let mut pred_used = vec![false; pred.len()];
        // Own role first, then reciprocal.
        for pass in 0..2 {
            for (pi, p) in pred.iter().enumerate() {
                if pred_used[pi] {
                    continue;
                }
                let found = g.spans.iter().enumerate().position(|(gi, s)| {
                    !gold_used[gi]
                        && s.first == p.first
                        && s.end == p.end
                        && if pass == 0 {
                            s.role == p.role
                        } else {
                            s.role == Role::Reciprocal
                        }
                });
                if let Some(gi) = found {
                    gold_used[gi] = true;
                    pred_used[pi] = true;
                    span[g.spans[gi].role as usize].tp += 1;
                }
            }
        }
        let mut missed = Vec::new();
        let mut spurious = Vec::new();
        let words = |s: &TokenSpan| {
            g.tokens
                .get(s.first..s.end.min(g.tokens.len()))
                .unwrap_or(&[])
                .join(" ")
        };
        for s in g
            .spans
            .iter()
            .zip(&gold_used)
            .filter(|(_, used)| !**used)
            .map(|(s, _)| s)
        {
            span[s.role as usize].fn_ += 1;
            missed.push(format!("{}: {}", name(s.role), words(s)));
        }
        for p in pred
            .iter()
            .enumerate()
            .filter(|(pi, _)| !pred_used[*pi])
            .map(|(_, p)| p)
        {
            span[p.role as usize].fp += 1;
            spurious.push(format!("{}: {}", name(p.role), words(p)));
        }
        for t in 0..g.tokens.len() {
            let gold_role = g.spans.iter().find(|s| s.first <= t && t < s.end).map(|s| s.role);
            let pred_roles: Vec<Role> = pred
                .iter()
                .filter(|s| s.first <= t && t < s.end)
                .map(|s| s.role)
                .collect();
            match gold_role {
                Some(Role::Reciprocal) => {
                    if pred_roles.is_empty() {
                        token[2].fn_ += 1;
                    } else {
                        token[2].tp += 1;
                    }
                }
                Some(r) => {
                    if pred_roles.contains(&r) {
                        token[r as usize].tp += 1;
                    } else {
                        token[r as usize].fn_ += 1;
                    }
                    for other in [Role::Source, Role::Target].into_iter().filter(|o| *o != r) {
                        if pred_roles.contains(&other) {
                            token[other as usize].fp += 1;
                        }
                    }
                }
                None => {
                    for r in [Role::Source, Role::Target] {
                        if pred_roles.contains(&r) {
                            token[r as usize].fp += 1;
                        }
                    }
                }
            }
        }
        if !missed.is_empty() || !spurious.is_empty() {
            misses.push(Miss {
                line: g.line,
                text: detokenize(&g.tokens).0,
                missed,
                spurious,
            });
        }
    }
    let table = |counts: &[Counts; 3]| -> Vec<(String, Prf)> {
        let mut all = Counts::default();
        let mut rows: Vec<(String, Prf)> = ROLES
            .iter()
            .map(|r| {
                all.add(counts[*r as usize]);
                (name(*r).to_string(), counts[*r as usize].summary())
            })
            .collect();
        rows.push(("all".to_string(), all.summary()));
        rows
    };
    Report {
        sentences: gold.len(),
        span: table(&span),
        token: table(&token),
        misses,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Participant;

    const FIXTURE: &str = include_str!("fixtures/ner.txt");

    fn event(source: [usize; 2], target: Option<[usize; 2]>) -> EventRecord {
        EventRecord {
            source: Participant {
                span: source,
                ..Participant::default()
            },
            target: target.map(|span| Participant {
                span,
                ..Participant::default()
            }),
            ..EventRecord::default()
        }
    }

    #[test]
    fn reads_bio_and_rebuilds_text() {
        let (gold, warnings) = read(FIXTURE, "ner.txt");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(gold.len(), 2);
        let (text, spans) = detokenize(&gold[0].tokens);
        assert_eq!(text, "The Alphaland army shelled Betaland's border town.");
        assert_eq!(spans[5], [35, 37]);
        assert_eq!(
            gold[0].spans,
            [
                TokenSpan {
                    role: Role::Source,
                    first: 0,
                    end: 3
                },
                TokenSpan {
                    role: Role::Target,
                    first: 4,
                    end: 8
                },
            ]
        );
        assert_eq!(gold[1].spans[0].role, Role::Reciprocal);
        let (_, warnings) = read("a B-X\nb\n", "x.txt");
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].starts_with("x.txt:1:"));
    }

    #[test]
    fn span_and_token_scores_by_hand() {
        let (gold, _) = read(FIXTURE, "ner.txt");
        let chars0 = detokenize(&gold[0].tokens).1;
        let chars1 = detokenize(&gold[1].tokens).1;
        // Sentence 1: source "Alphaland army" (tokens 1-2, not exact), target exact (tokens 4-7).
        let p0 = predicted_spans(&[event([4, 18], Some([27, 49]))], &chars0);
        assert_eq!(
            p0[1],
            TokenSpan {
                role: Role::Target,
                first: 4,
                end: 8
            }
        );
        // Sentence 2 "Alphaland and Betaland met in Ceeland .": R Alphaland, R Betaland, T Ceeland.
        // We say source Alphaland (→ R), target Ceeland (exact), and a spurious target "met".
        let p1 = predicted_spans(&[event([0, 9], Some([30, 37])), event([0, 9], Some([23, 26]))], &chars1);
        assert_eq!(p1.len(), 3);
        let r = score(&gold, &[p0, p1]);
        let get = |rows: &[(String, Prf)], n: &str| rows.iter().find(|(k, _)| k == n).unwrap().1;
        let s = get(&r.span, "source");
        assert_eq!((s.tp, s.fp, s.fn_), (0, 1, 1));
        let t = get(&r.span, "target");
        assert_eq!((t.tp, t.fp, t.fn_), (2, 1, 0));
        let rc = get(&r.span, "reciprocal");
        assert_eq!((rc.tp, rc.fp, rc.fn_), (1, 0, 1));
        // Tokens: source gold {The, Alphaland, army}, predicted {Alphaland, army}: 2 tp, 1 fn.
        let s = get(&r.token, "source");
        assert_eq!((s.tp, s.fp, s.fn_), (2, 0, 1));
        // Target: 4 + 1 tp, "met" fp.
        let t = get(&r.token, "target");
        assert_eq!((t.tp, t.fp, t.fn_), (5, 1, 0));
        let rc = get(&r.token, "reciprocal");
        assert_eq!((rc.tp, rc.fp, rc.fn_), (1, 0, 1));
        assert_eq!(r.misses.len(), 2);
        assert_eq!(r.misses[1].spurious, ["target: met"]);
    }
}
