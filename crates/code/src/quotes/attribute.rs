//! Quote attribution over dependency trees: finds the reporting cue of each direct quote and its
//! speaker, finds indirect quotes (a reporting verb with its complement clause, "according to X"),
//! marks mixed quotes (a quoted fragment inside reported speech), and carries a speaker over to
//! an unattributed quote paragraph that follows an attributed one.

use super::marks::QuotedSpan;
use crate::mentions::SentenceMentions;
use crate::record::QuoteKind;
use crate::tree::Tree;
use dyad_syntax::ParsedSentence;
use dyad_text::Span;
use std::collections::HashSet;

/// Who said it, as word positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerRef {
    pub sentence: usize,
    /// The head word of the speaker phrase.
    pub head: usize,
    /// The word range of the speaker phrase.
    pub start: usize,
    pub end: usize,
}

/// One attributed quote (byte spans into the document text).
#[derive(Debug, Clone, PartialEq)]
pub struct Attributed {
    pub kind: QuoteKind,
    pub content: Span,
    pub sentences: [usize; 2],
    /// `(sentence, word range)` of the cue.
    pub cue: Option<(usize, usize, usize)>,
    pub speaker: Option<SpeakerRef>,
    /// `(sentence, word range)` of the medium ("Kyodo News agency").
    pub medium: Option<(usize, usize, usize)>,
    /// The speaker was carried over from a preceding quote.
    pub inherited: bool,
    pub confidence: f32,
}

/// The reporting vocabulary.
pub struct Cues<'a> {
    /// Reporting verbs by lemma.
    pub verbs: &'a HashSet<String>,
}

/// Document-level input: sentences, their trees and mentions, and the quotation-mark spans.
pub struct QuoteInput<'a> {
    pub sentences: &'a [ParsedSentence],
    pub trees: &'a [Tree<'a>],
    pub mentions: &'a [SentenceMentions],
    pub quoted: &'a [QuotedSpan],
}

fn word_in(s: &ParsedSentence, w: usize, span: Span) -> bool {
    let ws = s.words[w].span;
    ws.start >= span.start && ws.end <= span.end
}

/// The speaker phrase of the reporting verb `cue`: its subject; for "X was quoted (by M) as
/// saying", X (and M is the medium).
fn speaker_of(tree: &Tree, cue: usize) -> (Option<usize>, Option<usize>) {
    let mut verb = cue;
    // "as saying": climb to "quoted".
    if tree.base(cue) == "advcl" {
        if let Some(h) = tree.head(cue) {
            if tree.lemma(h) == "quote" {
                verb = h;
            }
        }
    }
    if tree.lemma(verb) == "quote" && tree.is_passive(verb) {
        let speaker = tree.child_with(verb, "nsubj:pass");
        let medium = tree
            .children_with(verb, "obl")
            .find(|&c| tree.case_of(c).as_deref() == Some("by"));
        return (speaker, medium);
    }
    (tree.subject(verb), None)
}

/// The word range of the phrase headed by `w`: with its compounds, modifiers, possessor,
/// `of`-complements and apposition ("Chun Young-woo, South Korea's top nuclear negotiator").
fn phrase(tree: &Tree, w: usize) -> (usize, usize) {
    let (mut lo, mut hi) = (w, w);
    for &c in tree.children(w) {
        let keep = matches!(tree.base(c), "compound" | "flat" | "amod" | "det" | "nummod" | "appos")
            || tree.deprel(c) == "nmod:poss"
            || (tree.base(c) == "nmod" && tree.case_of(c).as_deref() == Some("of"));
        if keep {
            let (a, b) = tree.subtree_bounds(c);
            lo = lo.min(a);
            hi = hi.max(b);
        }
    }
    while hi > lo && tree.upos(hi) == "PUNCT" {
        hi -= 1;
    }
    (lo, hi + 1)
}

fn speaker_ref(tree: &Tree, sentence: usize, head: usize) -> SpeakerRef {
    let (start, end) = phrase(tree, head);
    SpeakerRef {
        sentence,
        head,
        start,
        end,
    }
}

/// Reporting verbs of sentence `k` that lie outside every quote.
fn cue_verbs(input: &QuoteInput, cues: &Cues, k: usize) -> Vec<usize> {
    let s = &input.sentences[k];
    let tree = &input.trees[k];
    (0..tree.len())
        .filter(|&w| tree.upos(w) == "VERB" && cues.verbs.contains(tree.lemma(w)))
        .filter(|&w| !input.quoted.iter().any(|q| word_in(s, w, q.content)))
        .collect()
}

/// Attributes every direct quote and finds the indirect ones.
pub fn attribute(input: &QuoteInput, cues: &Cues) -> Vec<Attributed> {
    let mut out: Vec<Attributed> = Vec::new();
    let sentence_of = |at: usize| {
        input
            .sentences
            .iter()
            .position(|s| s.span.start <= at && at < s.span.end.max(s.span.start + 1))
    };
    // Direct and mixed quotes.
    for q in input.quoted {
        let first = sentence_of(q.content.start).unwrap_or(0);
        let last = sentence_of(q.content.end.saturating_sub(1)).unwrap_or(first);
        // Where to look for the cue: the sentence holding the closing mark, the opening one, and
        // the previous sentence when it ends with a colon ("he said:").
        let mut candidates: Vec<(usize, usize)> = Vec::new();
        for k in [last, first] {
            for w in cue_verbs(input, cues, k) {
                if !candidates.contains(&(k, w)) {
                    candidates.push((k, w));
                }
            }
        }
        if first > 0 && input.sentences[first - 1].words.last().is_some_and(|w| w.form == ":") {
            candidates.extend(cue_verbs(input, cues, first - 1).into_iter().map(|w| (first - 1, w)));
        }
        let quote_words = |k: usize| -> Vec<usize> {
            (0..input.sentences[k].words.len())
                .filter(|&w| word_in(&input.sentences[k], w, q.content))
                .collect()
        };
        let distance = |(k, w): (usize, usize)| -> usize {
            let ws = quote_words(k);
            if ws.is_empty() {
                return 1000;
            }
            ws.iter().map(|&x| x.abs_diff(w)).min().unwrap_or(1000)
        };
        let cue = candidates
            .into_iter()
            .filter(|&c| distance(c) < 1000 || c.0 + 1 == first)
            .min_by_key(|&c| distance(c));
        let outside_words = (first..=last).any(|k| {
            let s = &input.sentences[k];
            (0..s.words.len()).any(|w| !word_in(s, w, q.outer) && s.words[w].upos != "PUNCT")
        });
        let mut a = Attributed {
            kind: QuoteKind::Direct,
            content: q.content,
            sentences: [first, last],
            cue: None,
            speaker: None,
            medium: None,
            inherited: false,
            confidence: 0.5,
        };
        if let Some((k, w)) = cue {
            let tree = &input.trees[k];
            let (speaker, medium) = speaker_of(tree, w);
            a.cue = Some((k, w, w + 1));
            a.speaker = speaker.map(|h| speaker_ref(tree, k, h));
            a.medium = medium.map(|m| {
                let (s, e) = phrase(tree, m);
                (k, s, e)
            });
            a.confidence = if a.speaker.is_some() { 0.9 } else { 0.6 };
        } else if outside_words {
            // A quoted fragment inside a clause with no reporting verb: `Japan "will not back
            // off"`, `call for other countries to "take those steps necessary"`.
            a.kind = QuoteKind::Mixed;
            let k = first;
            let tree = &input.trees[k];
            let s = &input.sentences[k];
            let root = (0..tree.len()).find(|&w| tree.head(w).is_none());
            let subject = root.and_then(|r| tree.subject(r)).filter(|&w| !word_in(s, w, q.outer));
            a.speaker = subject.map(|h| speaker_ref(tree, k, h));
            a.confidence = 0.6;
        }
        out.push(a);
    }
    // Carry speakers over: an unattributed quote (or a fragment whose subject is the previous
    // speaker's country) right after an attributed one keeps that speaker.
    for i in 1..out.len() {
        let prev = out[i - 1].clone();
        let Some(prev_speaker) = prev.speaker.clone() else {
            continue;
        };
        let near = out[i].sentences[0] <= prev.sentences[1] + 2;
        if !near || out[i].cue.is_some() {
            continue;
        }
        let inherit = match &out[i].speaker {
            None => true,
            Some(sp) => {
                let here = input.mentions[sp.sentence]
                    .at(sp.head)
                    .map(|m| input.mentions[sp.sentence].get(m));
                let before = input.mentions[prev_speaker.sentence]
                    .at(prev_speaker.head)
                    .map(|m| input.mentions[prev_speaker.sentence].get(m));
                matches!((here, before), (Some(h), Some(b)) if h.country.is_some() && h.country == b.country && h.sector.is_none())
            }
        };
        if inherit {
            out[i].speaker = Some(prev_speaker);
            out[i].inherited = true;
            out[i].confidence = 0.7;
        }
    }
    // Indirect quotes: a reporting verb outside quotes with a complement clause.
    for (k, tree) in input.trees.iter().enumerate() {
        let s = &input.sentences[k];
        for w in cue_verbs(input, cues, k) {
            let Some(c) = tree.child_with(w, "ccomp") else { continue };
            let (lo, hi) = tree.subtree_bounds(c);
            let mut lo = lo;
            while lo < hi && matches!(tree.base(lo), "mark" | "punct") {
                lo += 1;
            }
            let mut hi = hi;
            while hi > lo && tree.upos(hi) == "PUNCT" {
                hi -= 1;
            }
            let content = s.words[lo].span.cover(s.words[hi].span);
            // Already a direct quote (the complement is the quotation itself)?
            let overlapping: Vec<&Attributed> = out
                .iter()
                .filter(|a| a.content.start < content.end && content.start < a.content.end)
                .collect();
            if overlapping
                .iter()
                .any(|a| a.content.start <= content.start && content.end <= a.content.end + 2)
            {
                continue;
            }
            let kind = if overlapping.is_empty() {
                QuoteKind::Indirect
            } else {
                QuoteKind::Mixed
            };
            let (speaker, medium) = speaker_of(tree, w);
            out.push(Attributed {
                kind,
                content,
                sentences: [k, k],
                cue: Some((k, w, w + 1)),
                speaker: speaker.map(|h| speaker_ref(tree, k, h)),
                medium: medium.map(|m| {
                    let (a, b) = phrase(tree, m);
                    (k, a, b)
                }),
                inherited: false,
                confidence: if speaker.is_some() { 0.8 } else { 0.5 },
            });
        }
        // "according to X": the rest of the clause is X's.
        for w in 0..tree.len() {
            if tree.lemma(w) != "according" || tree.base(w) != "case" {
                continue;
            }
            let Some(x) = tree.head(w) else { continue };
            let Some(clause) = tree.head(x) else { continue };
            let (lo, hi) = tree.subtree_bounds(clause);
            let (xlo, xhi) = tree.subtree_bounds(x);
            let (mut lo, mut hi) = if xlo <= lo + 1 {
                (xhi + 1, hi)
            } else {
                (lo, xlo.saturating_sub(1))
            };
            while lo < hi && tree.upos(lo) == "PUNCT" {
                lo += 1;
            }
            while hi > lo && tree.upos(hi) == "PUNCT" {
                hi -= 1;
            }
            if lo >= tree.len() || hi >= tree.len() || lo > hi {
                continue;
            }
            out.push(Attributed {
                kind: QuoteKind::Indirect,
                content: s.words[lo].span.cover(s.words[hi].span),
                sentences: [k, k],
                cue: Some((k, w, w + 1)),
                speaker: Some(speaker_ref(tree, k, x)),
                medium: None,
                inherited: false,
                confidence: 0.8,
            });
        }
    }
    out.sort_by_key(|a| (a.content.start, a.content.end));
    out
}
