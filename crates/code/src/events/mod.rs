//! Event coding over one dependency tree: find predicates with patterns, bind source and target
//! actors, combine complement-taking predicates with the event they embed (urge X to ..., refused
//! to ...), apply negation (to the refusal/rejection code, or no event), and flag hypothetical
//! and reported events.

pub mod matcher;

use crate::mentions::SentenceMentions;
use crate::tree::Tree;
use dyad_lexicon::events::{CameoCode, EventLexicon, Frames, Pattern, Rel, Role};
use matcher::{best_match, Match};
use std::collections::HashSet;

/// An event found in a sentence, before it is turned into an output record.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceEvent {
    pub predicate: usize,
    pub pattern: String,
    pub code: CameoCode,
    /// Mention indices (in the sentence's mentions).
    pub source: usize,
    pub target: Option<usize>,
    pub negated: bool,
    pub hypothetical: bool,
    /// Mention index of the speaker when the event is reported speech.
    pub speaker: Option<usize>,
    pub reported: bool,
    /// Every word the match used.
    pub words: Vec<usize>,
    pub confidence: f32,
}

/// What the sentence coder needs from the lexicons.
pub struct EventContext<'a> {
    pub lexicon: &'a EventLexicon,
    pub frames: &'a Frames,
    /// Lemmas of reporting verbs (say, tell, argue...): events under them are reported speech.
    pub reporting: &'a HashSet<String>,
}

/// A predicate's pattern match and the code it yields after complements and negation.
struct Coded<'p> {
    m: Match<'p>,
    code: Option<CameoCode>,
    negated: bool,
    /// The complement predicate whose event this one absorbed.
    absorbed: Option<usize>,
    /// Target taken from the absorbed complement's match.
    complement_target: Option<usize>,
}

/// Codes the events of one sentence.
pub fn code_sentence(ctx: &EventContext, tree: &Tree, mentions: &SentenceMentions) -> Vec<SentenceEvent> {
    let matches: Vec<Option<Match>> = (0..tree.len())
        .map(|i| best_match(tree, i, ctx.lexicon.patterns_for(tree.lemma(i))))
        .collect();
    let mut coded: Vec<Option<Coded>> = Vec::with_capacity(tree.len());
    for (i, m) in matches.iter().enumerate() {
        coded.push(m.clone().map(|m| resolve_code(ctx, tree, &matches, i, m)));
    }
    // A complement absorbed by its governing predicate ("refused to attend") and an event noun
    // that another pattern named ("attend negotiations", "impose sanctions") are not events of
    // their own.
    let mut consumed: HashSet<usize> = coded.iter().flatten().filter_map(|c| c.absorbed).collect();
    for c in coded.iter().flatten() {
        consumed.extend(c.m.lexical_words());
    }
    let mut out = Vec::new();
    for c in coded.into_iter().flatten() {
        let Some(code) = c.code else { continue };
        if consumed.contains(&c.m.predicate) {
            continue;
        }
        emit(ctx, tree, mentions, &c, code, &mut out);
    }
    out
}

/// The code of a match after its complement frame and negation.
fn resolve_code<'p>(ctx: &EventContext, tree: &Tree, all: &[Option<Match<'p>>], i: usize, m: Match<'p>) -> Coded<'p> {
    let p = m.pattern;
    let mut code = p.code;
    let mut absorbed = None;
    let mut complement_target = None;
    if let Some(frame) = p.frame.as_deref() {
        let complement = m
            .bound(&Rel::Xcomp)
            .or_else(|| m.bound(&Rel::Ccomp))
            .or_else(|| m.bound(&Rel::Acl))
            .or_else(|| tree.child_with(i, "xcomp"));
        let embedded = complement.and_then(|c| all[c].as_ref().map(|cm| (c, cm)));
        let embedded_code = embedded.and_then(|(_, cm)| {
            let mut code = cm.pattern.code;
            if tree.is_negated(cm.predicate) {
                code = code.and_then(|k| cm.pattern.neg.or_else(|| ctx.lexicon.negated(k)));
            }
            code
        });
        if let Some((c, cm)) = embedded {
            absorbed = Some(c);
            complement_target = default_target(tree, cm);
        }
        code = ctx.frames.combine(frame, embedded_code).or(code);
    }
    let negated = tree.is_negated(i);
    if negated {
        code = code.and_then(|k| p.neg.or_else(|| ctx.lexicon.negated(k)));
    }
    Coded {
        m,
        code,
        negated,
        absorbed,
        complement_target,
    }
}

/// The word that holds the source actor of a match.
fn source_word(tree: &Tree, m: &Match) -> Option<usize> {
    let i = m.predicate;
    match &m.pattern.source {
        Role::Dep(rel) => m
            .bound(rel)
            .or_else(|| matcher::candidates(tree, i, rel).first().copied()),
        Role::ComplementObj => tree.child_with(i, "xcomp").and_then(|x| tree.child_with(x, "obj")),
        Role::ObjPossessor => tree.child_with(i, "obj").and_then(|o| tree.child_with(o, "nmod:poss")),
        Role::Auto => {
            if matcher::pos_fits(tree, i, dyad_lexicon::events::PosTag::Noun) {
                nominal_source(tree, i)
            } else if tree.is_passive(i) {
                tree.children_with(i, "obl")
                    .find(|&c| tree.case_of(c).as_deref() == Some("by"))
            } else {
                tree.subject(i)
            }
        }
    }
}

/// The source of a nominal event: its possessor ("the North's test-firing"), a `by` phrase, an
/// actor adjective or compound ("Chinese objections"), else the subject of the verb it is the
/// object of ("Beijing floated the idea of talks").
fn nominal_source(tree: &Tree, i: usize) -> Option<usize> {
    if let Some(p) = tree.child_with(i, "nmod:poss") {
        return Some(p);
    }
    if let Some(b) = tree
        .children_with(i, "nmod")
        .find(|&c| tree.case_of(c).as_deref() == Some("by"))
    {
        return Some(b);
    }
    if let Some(a) = tree
        .children(i)
        .iter()
        .copied()
        .find(|&c| matches!(tree.deprel(c), "amod" | "compound"))
    {
        if matches!(tree.upos(a), "ADJ" | "PROPN") {
            return Some(a);
        }
    }
    let mut v = i;
    for _ in 0..3 {
        let h = tree.head(v)?;
        if tree.upos(h) == "VERB" && matches!(tree.base(v), "obj" | "nsubj" | "obl" | "nmod") {
            return if tree.base(v) == "nsubj" { None } else { tree.subject(h) };
        }
        v = h;
    }
    None
}

/// The default target word: passive subject, else the first of obj, iobj, obl, nmod that is not
/// a word the pattern constrained and not the agent.
fn default_target(tree: &Tree, m: &Match) -> Option<usize> {
    let i = m.predicate;
    let lexical: HashSet<usize> = m.lexical_words().collect();
    if tree.is_passive(i) && !matcher::pos_fits(tree, i, dyad_lexicon::events::PosTag::Noun) {
        if let Some(s) = tree.child_with(i, "nsubj:pass").filter(|s| !lexical.contains(s)) {
            return Some(s);
        }
    }
    let order = ["obj", "iobj", "obl", "nmod"];
    let mut best: Option<(usize, usize)> = None;
    for &c in tree.children(i) {
        let Some(rank) = order.iter().position(|r| *r == tree.base(c)) else {
            continue;
        };
        if lexical.contains(&c) || tree.deprel(c) == "nmod:poss" || tree.deprel(c).starts_with("obl:tmod") {
            continue;
        }
        if tree.case_of(c).as_deref() == Some("by") {
            continue;
        }
        if best.is_none_or(|(r, w)| (rank, c) < (r, w)) {
            best = Some((rank, c));
        }
    }
    // A constrained object may carry the real target: "sanctions on North Korea".
    best.map(|(_, c)| c).or_else(|| {
        lexical.iter().copied().find_map(|w| {
            tree.children(w)
                .iter()
                .copied()
                .find(|&c| matches!(tree.base(c), "nmod") && tree.case_of(c).is_some())
        })
    })
}

/// The word that holds the target actor of a match.
fn target_word(tree: &Tree, c: &Coded) -> Option<usize> {
    let m = &c.m;
    let i = m.predicate;
    match &m.pattern.target {
        Role::Dep(rel) => m
            .bound(rel)
            .or_else(|| matcher::candidates(tree, i, rel).first().copied()),
        Role::ComplementObj => c.complement_target.or_else(|| {
            let x = tree.child_with(i, "xcomp").or_else(|| tree.child_with(i, "ccomp"))?;
            tree.child_with(x, "obj").or_else(|| tree.child_with(x, "obl"))
        }),
        Role::ObjPossessor => m.bound(&Rel::Obj).and_then(|o| tree.child_with(o, "nmod:poss")),
        Role::Auto => default_target(tree, m),
    }
}

/// Mentions for a word: its own mention and those of its conjuncts ("China and Russia"); a word
/// without one may reach an actor through its possessor or compound ("the North's missiles").
fn actors_of(tree: &Tree, mentions: &SentenceMentions, word: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for w in std::iter::once(word).chain(tree.conjuncts(word)) {
        if let Some(k) = mentions.at(w) {
            if !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// The reporting verb governing `i` through a clausal complement, and its subject.
fn reporter(ctx: &EventContext, tree: &Tree, i: usize) -> Option<(usize, Option<usize>)> {
    let mut v = i;
    for _ in 0..6 {
        let rel = tree.base(v);
        let h = tree.head(v)?;
        if matches!(rel, "ccomp" | "parataxis") && ctx.reporting.contains(tree.lemma(h)) {
            return Some((h, tree.subject(h)));
        }
        if !matches!(rel, "conj" | "xcomp" | "ccomp" | "advcl" | "parataxis") {
            return None;
        }
        v = h;
    }
    None
}

fn emit(
    ctx: &EventContext,
    tree: &Tree,
    mentions: &SentenceMentions,
    c: &Coded,
    code: CameoCode,
    out: &mut Vec<SentenceEvent>,
) {
    let m = &c.m;
    let Some(source_word) = source_word(tree, m) else {
        return;
    };
    let mut sources = actors_of(tree, mentions, source_word);
    // "Japan proposed a resolution that would impose sanctions": a non-actor instrument (the
    // resolution, the measure) acts for whoever put it forward.
    if sources.is_empty() && tree.upos(source_word) == "NOUN" && matches!(tree.base(source_word), "obj" | "nsubj") {
        let proposer = tree
            .head(source_word)
            .filter(|_| tree.base(source_word) == "obj")
            .and_then(|h| tree.subject(h));
        if let Some(p) = proposer {
            sources = actors_of(tree, mentions, p);
        }
    }
    if sources.is_empty() {
        return;
    }
    let targets: Vec<Option<usize>> = match target_word(tree, c) {
        Some(w) => {
            let t = actors_of(tree, mentions, w);
            if t.is_empty() {
                vec![None]
            } else {
                t.into_iter().map(Some).collect()
            }
        }
        None => vec![None],
    };
    let hypothetical = tree.is_hypothetical(m.predicate)
        || tree
            .ancestors(m.predicate)
            .iter()
            .take(3)
            .any(|&a| tree.upos(a) == "VERB" && tree.is_hypothetical(a) && tree.base(m.predicate) != "root");
    let (reported, speaker_word) = match reporter(ctx, tree, m.predicate) {
        Some((_, subject)) => (true, subject),
        None => (false, None),
    };
    let speaker = speaker_word.and_then(|w| mentions.at(w));
    let mut words: Vec<usize> = std::iter::once(m.predicate)
        .chain(m.extra.iter().copied())
        .chain(m.bound.iter().map(|&(_, w)| w))
        .collect();
    words.sort_unstable();
    words.dedup();
    let specificity = m.pattern.specificity().min(4) as f32;
    for &source in &sources {
        for &target in &targets {
            if target.is_some_and(|t| mentions.get(t).code == mentions.get(source).code) {
                continue;
            }
            let mut confidence = 0.5 + 0.07 * specificity + if target.is_some() { 0.1 } else { 0.0 };
            if reported {
                confidence -= 0.05;
            }
            if hypothetical {
                confidence -= 0.05;
            }
            let event = SentenceEvent {
                predicate: m.predicate,
                pattern: m.pattern.id.to_string(),
                code,
                source,
                target,
                negated: c.negated,
                hypothetical,
                speaker,
                reported,
                words: words.clone(),
                confidence: confidence.clamp(0.05, 0.95),
            };
            if let (Some(t), Some(recip)) = (target, reciprocal(m.pattern, code, c.negated)) {
                out.push(SentenceEvent {
                    source: t,
                    target: Some(source),
                    code: recip,
                    ..event.clone()
                });
            }
            out.push(event);
        }
    }
}

/// The code of the reciprocal event, when the pattern has one and its code was not changed by
/// negation or a complement.
fn reciprocal(p: &Pattern, code: CameoCode, negated: bool) -> Option<CameoCode> {
    (!negated && p.code == Some(code)).then_some(p.recip).flatten()
}
