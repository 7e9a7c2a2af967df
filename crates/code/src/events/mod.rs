//! Event coding over one dependency tree: find predicates with patterns, bind source and target
//! actors, combine complement-taking predicates with the event they embed (urge X to ..., refused
//! to ...), apply negation (to the refusal/rejection code, or no event), and flag hypothetical
//! and reported events.

pub mod matcher;
pub mod place;

use crate::mentions::SentenceMentions;
use crate::tree::Tree;
use dyad_lexicon::events::{CameoCode, EventLexicon, Frames, Pattern, Rel, Role};
use matcher::{Match, SentenceMatcher};
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
    /// The country to report for the source when its mention has none, from the sentence's
    /// places or the other participant ([`place::context_country`]).
    pub source_country: Option<String>,
    /// Likewise for the target.
    pub target_country: Option<String>,
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
    /// Target candidates taken from the absorbed complement's match, best first.
    complement_targets: Vec<usize>,
}

/// Codes the events of one sentence.
pub fn code_sentence(ctx: &EventContext, tree: &Tree, mentions: &SentenceMentions) -> Vec<SentenceEvent> {
    let matcher = SentenceMatcher::new(tree, ctx.lexicon);
    let matches: Vec<Option<Match>> = (0..tree.len())
        .map(|i| predicate_match(ctx, &matcher, tree, i))
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
        for w in c.m.lexical_words() {
            consumed.insert(w);
            // "ended *mediation* efforts": the noun compounded into a named word is part of it.
            consumed.extend(tree.children_with(w, "compound"));
        }
    }
    // The condition, purpose or circumstance of a coded act is part of that act, not an event of
    // its own: "will withdraw unless *Baghdad accepted*", "began a hunger strike *to demand*",
    // "resigned *as the opposition threatened*".
    for c in coded.iter().flatten().filter(|c| c.code.is_some()) {
        for v in clause_anchors(tree, c.m.predicate).into_iter().chain(c.absorbed) {
            consumed.extend(subordinate_clauses(ctx, tree, v));
        }
    }
    let topic_nouns = ctx.lexicon.synset("&TOPIC_NOUN").unwrap_or(&[]);
    let topics: HashSet<usize> = (0..tree.len())
        .filter(|&i| {
            coded[i].is_some()
                && (is_topic_of_speech(ctx, tree, &coded, i)
                    || is_topic_of_noun(tree, i, |lemma| topic_nouns.iter().any(|t| t.head() == lemma)))
        })
        .collect();
    let mut out = Vec::new();
    for c in coded.iter().flatten() {
        let Some(code) = c.code else { continue };
        if consumed.contains(&c.m.predicate) || topics.contains(&c.m.predicate) {
            continue;
        }
        // A purpose verb with no pattern of its own stands for the event noun it takes ("to press
        // *their demands* for freedom from the government").
        let purpose = purpose_clause(tree, c.m.predicate).and_then(|p| {
            coded[p]
                .as_ref()
                .or_else(|| tree.child_with(p, "obj").and_then(|o| coded[o].as_ref()))
        });
        emit(ctx, tree, mentions, (c, purpose), code, &mut out);
    }
    out
}

/// The words whose adverbial clauses frame predicate `i`: itself, and for an event noun the verb
/// it is the object of ("*began* a hunger strike to demand ...").
fn clause_anchors(tree: &Tree, i: usize) -> Vec<usize> {
    let mut out = vec![i];
    if tree.base(i) == "obj" && tree.upos(i) == "NOUN" {
        out.extend(tree.head(i).filter(|&h| tree.upos(h) == "VERB"));
    }
    out
}

/// The purpose clause of predicate `i` ("began a hunger strike *to demand* the resignation of
/// ..."): an infinitive adverbial of it or of its light verb, or an infinitive modifier of the noun.
fn purpose_clause(tree: &Tree, i: usize) -> Option<usize> {
    clause_anchors(tree, i).into_iter().find_map(|v| {
        tree.children(v).iter().copied().find(|&a| {
            matches!(tree.base(a), "advcl" | "acl")
                && tree.upos(a) == "VERB"
                && tree.children_with(a, "mark").any(|m| tree.lemma(m) == "to")
        })
    })
}

/// The best pattern match at word `i`, looked up by its lemma, and for a verb whose lemma matches
/// nothing by the stems its inflected form suggests (the lemmatizer's "floated" → "floate" is
/// looked up as "float" too). Only verbs and nouns can be predicates.
fn predicate_match<'p>(ctx: &EventContext<'p>, matcher: &SentenceMatcher, tree: &Tree, i: usize) -> Option<Match<'p>> {
    let upos = tree.upos(i);
    if !matches!(upos, "VERB" | "NOUN" | "PROPN") {
        return None;
    }
    let lemma = tree.lemma(i);
    if let Some(m) = matcher.best_match(i, ctx.lexicon.lemma_patterns(lemma)) {
        return Some(m);
    }
    if upos != "VERB" {
        return None;
    }
    verb_stems(&tree.words[i].form, lemma)
        .iter()
        .find_map(|l| matcher.best_match(i, ctx.lexicon.lemma_patterns(l)))
}

/// The stems an inflected verb form suggests besides its lemma, in the order they are tried.
fn verb_stems(form: &str, lemma: &str) -> Vec<String> {
    let form = form.to_lowercase();
    let mut out: Vec<String> = Vec::new();
    for (suffix, add) in [
        ("ied", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("es", ""),
        ("s", ""),
    ] {
        if let Some(stem) = form.strip_suffix(suffix).filter(|s| s.len() >= 3) {
            let candidate = format!("{stem}{add}");
            if candidate != lemma && !out.contains(&candidate) {
                out.push(candidate);
            }
        }
    }
    out
}

/// The code of a match after its complement frame and negation.
fn resolve_code<'p>(ctx: &EventContext, tree: &Tree, all: &[Option<Match<'p>>], i: usize, m: Match<'p>) -> Coded<'p> {
    let p = m.pattern;
    let mut code = p.code;
    let mut absorbed = None;
    let mut complement_targets = Vec::new();
    if let Some(frame) = p.frame.as_deref() {
        let complement = m
            .bound(&Rel::Xcomp)
            .or_else(|| m.bound(&Rel::Ccomp))
            .or_else(|| m.bound(&Rel::Acl))
            .or_else(|| tree.child_with(i, "xcomp"))
            .or_else(|| infinitive_clause(tree, i));
        // "threatened to institute *a curfew*", "threatened to stop *negotiations*": a complement
        // verb with no pattern of its own (a light verb), or a frame predicate with no complement,
        // embeds the event noun it takes as object.
        let event_object = |v: usize| {
            tree.child_with(v, "obj")
                .filter(|&o| tree.upos(o) == "NOUN" && all[o].is_some())
        };
        let embedded_at = match complement {
            Some(c) if all[c].is_some() => Some(c),
            Some(c) => event_object(c),
            None => None,
        }
        .or_else(|| event_object(i).filter(|&o| m.bound.iter().all(|&(_, w)| w != o)));
        let embedded = embedded_at.and_then(|c| all[c].as_ref().map(|cm| (c, cm)));
        let embedded_code = embedded.and_then(|(_, cm)| {
            let mut code = cm.pattern.code;
            if tree.is_negated(cm.predicate) {
                code = code.and_then(|k| cm.pattern.neg.or_else(|| ctx.lexicon.negated(k)));
            }
            code
        });
        if let Some((c, cm)) = embedded {
            absorbed = Some(c);
            complement_targets = default_targets(ctx, tree, cm);
        }
        code = ctx.frames.combine(frame, embedded_code).or(code);
    }
    let negated = tree.is_negated(i);
    // "Finland will give Tanzania a grant", "Syria is willing to withdraw": a future act is an
    // intent (03x), a future use of force a threat (13x).
    // "will withdraw its force unless ...": an act on condition that the other side complies is
    // a threat (13x), whatever the act.
    if !negated && p.frame.is_none() && absorbed.is_none() {
        // Rejections too: "will boycott the elections unless ..." is a threat.
        let unless = condition_subject(ctx, tree, i, "&THREAT_CONDITION_MARK").is_some();
        if let Some(k) = code.filter(|k| matches!(k.root(), 4..=8 | 10..=12 | 14..=20) && unless) {
            code = ctx.frames.combine("threaten", Some(k)).or(code);
        } else if let Some(k) = code.filter(|k| matches!(k.root(), 4..=8 | 14..=20)) {
            if is_future(ctx, tree, i) {
                code = ctx.frames.combine("intent", Some(k)).or(code);
            }
        }
    }
    if negated {
        code = code.and_then(|k| p.neg.or_else(|| ctx.lexicon.negated(k)));
    }
    Coded {
        m,
        code,
        negated,
        absorbed,
        complement_targets,
    }
}

/// An infinitive clause the parser attached as an adverbial ("threatened on Monday *to break*
/// relations"): the complement of a complement-taking predicate that has no `xcomp`.
fn infinitive_clause(tree: &Tree, i: usize) -> Option<usize> {
    tree.children_with(i, "advcl")
        .find(|&a| tree.upos(a) == "VERB" && tree.children_with(a, "mark").any(|m| tree.lemma(m) == "to"))
}

/// True when verb `i` states a future act: a `will`/`shall` auxiliary, or the complement of an intent adjective ("willing to",
/// `&INTENT_ADJ` in `synsets.pat`).
fn is_future(ctx: &EventContext, tree: &Tree, i: usize) -> bool {
    if tree.upos(i) != "VERB" {
        return false;
    }
    let aux = |lemmas: &[&str]| {
        tree.children_with(i, "aux")
            .any(|c| lemmas.contains(&tree.lemma(c)) && tree.deprel(c) == "aux")
    };
    // "would" stays modality (the act kept, flagged hypothetical), as the coder's contract says.
    if aux(&["will", "shall", "'ll"]) {
        return true;
    }
    let intent_adj = ctx.lexicon.synset("&INTENT_ADJ").unwrap_or(&[]);
    tree.base(i) == "xcomp"
        && tree
            .head(i)
            .is_some_and(|h| tree.upos(h) == "ADJ" && intent_adj.iter().any(|t| t.head() == tree.lemma(h)))
}

/// The adverbial clauses of `i` that only frame it (`&SUBORDINATE_MARK` in `synsets.pat`:
/// condition, purpose, time), and the predicates coordinated inside them.
fn subordinate_clauses(ctx: &EventContext, tree: &Tree, i: usize) -> Vec<usize> {
    let Some(marks) = ctx.lexicon.synset("&SUBORDINATE_MARK") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for a in tree.children_with(i, "advcl") {
        let marked = tree
            .children_with(a, "mark")
            .any(|m| marks.iter().any(|t| t.head() == tree.lemma(m)));
        if marked {
            // Every predicate inside the clause ("unless the President arranged *a ceasefire*").
            let mut stack = vec![a];
            while let Some(v) = stack.pop() {
                if out.len() > tree.len() {
                    break; // malformed tree with a cycle
                }
                out.push(v);
                stack.extend(tree.children(v).iter().copied());
            }
        }
    }
    out
}

/// The subject of a conditional clause of verb `i` whose marker is in the synonym set `marks`
/// ("... unless *the Kremlin* closed its base"): the party a conditional act is aimed at.
/// The clause may hang a few words below the verb: the parser often attaches it to the object
/// ("stop negotiations to reduce weapons *if the United States goes ahead*").
fn condition_subject(ctx: &EventContext, tree: &Tree, i: usize, marks: &str) -> Option<usize> {
    let marks = ctx.lexicon.synset(marks)?;
    let mut level = vec![i];
    for _ in 0..CONDITION_DEPTH {
        let found = level
            .iter()
            .flat_map(|&v| tree.children_with(v, "advcl"))
            .filter(|&a| {
                tree.children_with(a, "mark")
                    .any(|m| marks.iter().any(|t| t.head() == tree.lemma(m)))
            })
            .find_map(|a| tree.child_with(a, "nsubj").or_else(|| tree.child_with(a, "nsubj:pass")));
        if found.is_some() {
            return found;
        }
        level = level
            .iter()
            .flat_map(|&v| tree.children(v).iter().copied())
            .filter(|&c| !matches!(tree.base(c), "ccomp" | "parataxis" | "advcl" | "conj"))
            .collect();
    }
    None
}

/// How many words below a verb its conditional clause is looked for.
const CONDITION_DEPTH: usize = 4;

/// "Russia said Sudan *must* return the helicopter": an obligation (`&DEONTIC_AUX`) stated under
/// a reporting verb is the speaker's demand on the clause's subject. The speaker word.
fn deontic_speaker(ctx: &EventContext, tree: &Tree, i: usize) -> Option<usize> {
    let deontic = ctx.lexicon.synset("&DEONTIC_AUX")?;
    let obliged = tree
        .children_with(i, "aux")
        .any(|c| deontic.iter().any(|t| t.head() == tree.lemma(c)));
    if !obliged || tree.upos(i) != "VERB" {
        return None;
    }
    let statement = ctx.lexicon.synset("&STATEMENT_V")?;
    reporter(ctx, tree, i)
        .filter(|&(v, _)| statement.iter().any(|t| t.head() == tree.lemma(v)))
        .and_then(|(_, speaker)| speaker)
}

/// True when a nominal event only complements a noun of possibility (`&TOPIC_NOUN` in
/// `synsets.pat`): "the possibility of *a bilateral meeting*" reports no meeting.
fn is_topic_of_noun(tree: &Tree, i: usize, topic: impl Fn(&str) -> bool) -> bool {
    tree.upos(i) == "NOUN"
        && tree.base(i) == "nmod"
        && tree
            .head(i)
            .is_some_and(|h| tree.upos(h) == "NOUN" && topic(tree.lemma(h)))
}

/// True when a nominal event is only the topic of a speech act coded at its governing verb:
/// "blamed Israel for *the bombing*", "condemned *the attack*", "investigate *the killings*".
fn is_topic_of_speech(ctx: &EventContext, tree: &Tree, coded: &[Option<Coded>], i: usize) -> bool {
    // "accused the United States *of violating* human rights", "blamed X *for attacking*": a
    // gerund clause is the topic of the speech act it hangs on.
    if tree.upos(i) == "VERB" && matches!(tree.base(i), "advcl" | "acl") {
        let topic_case = ctx.lexicon.synset("&TOPIC_CASE").unwrap_or(&[]);
        let gerund = tree
            .children(i)
            .iter()
            .any(|&c| matches!(tree.base(c), "mark" | "case") && topic_case.iter().any(|t| t.head() == tree.lemma(c)));
        return gerund
            && tree.head(i).is_some_and(|h| {
                coded[h]
                    .as_ref()
                    .and_then(|c| c.code)
                    .is_some_and(|k| matches!(k.root(), 1 | 9..=12))
            });
    }
    if !matcher::pos_fits(tree, i, dyad_lexicon::events::PosTag::Noun) || tree.upos(i) != "NOUN" {
        return false;
    }
    let mut v = i;
    for _ in 0..2 {
        let Some(h) = tree.head(v) else { return false };
        if !matches!(tree.base(v), "obj" | "obl" | "nmod" | "nsubj") {
            return false;
        }
        if tree.upos(h) == "VERB" {
            return coded[h]
                .as_ref()
                .and_then(|c| c.code)
                .is_some_and(|k| matches!(k.root(), 1 | 9..=12));
        }
        v = h;
    }
    false
}

/// The words that may hold the source actor of a match, best first.
fn source_words(ctx: &EventContext, tree: &Tree, mentions: &SentenceMentions, m: &Match) -> Vec<usize> {
    let i = m.predicate;
    match &m.pattern.source {
        Role::Dep(rel) => m
            .bound(rel)
            .into_iter()
            .chain(matcher::candidates(tree, i, rel))
            .collect(),
        Role::ComplementObj => tree
            .child_with(i, "xcomp")
            .and_then(|x| tree.child_with(x, "obj"))
            .into_iter()
            .collect(),
        Role::ObjPossessor => tree
            .child_with(i, "obj")
            .and_then(|o| tree.child_with(o, "nmod:poss"))
            .into_iter()
            .collect(),
        Role::Auto => {
            if matcher::pos_fits(tree, i, dyad_lexicon::events::PosTag::Noun) {
                nominal_sources(tree, i)
            } else if tree.is_passive(i) || agent(tree, i).is_some() || is_participle_modifier(tree, i) {
                // "Backed by the United States": the agent, also of a bare participle.
                agent(tree, i).into_iter().collect()
            } else {
                let subject = verb_subject(tree, mentions, i);
                let mut out: Vec<usize> = subject.into_iter().collect();
                // "Switzerland said it had expelled ...", "Syria says it is willing to withdraw":
                // a pronoun or missing subject under a reporting verb is the speaker.
                if subject.is_none_or(|s| tree.upos(s) == "PRON") {
                    out.extend(reporter(ctx, tree, i).and_then(|(_, s)| s));
                }
                out
            }
        }
    }
}

/// True when verb `i` is a past participle modifying a noun ("West Africans *ordered* out of
/// Nigeria", "militiamen *armed* with machetes"): a passive whose only possible source is a `by`
/// agent.
fn is_participle_modifier(tree: &Tree, i: usize) -> bool {
    tree.base(i) == "acl" && tree.words[i].xpos == "VBN" && tree.child_with(i, "obj").is_none()
}

/// The `by` agent of a passive verb.
fn agent(tree: &Tree, i: usize) -> Option<usize> {
    let passive = tree.is_passive(i) || is_participle_modifier(tree, i);
    tree.children_with(i, "obl")
        .find(|&c| tree.deprel(c) == "obl:agent" || (passive && tree.case_of(c).as_deref() == Some("by")))
}

/// The subject of a verb. When the parser left a clause without `nsubj` ("Hill told reporters"
/// with *Hill* as a modifier), an actor right before the verb that is not a prepositional
/// phrase stands in for it, at the verb or at the clause it depends on.
fn verb_subject(tree: &Tree, mentions: &SentenceMentions, i: usize) -> Option<usize> {
    let stand_in = |v: usize| -> Option<usize> {
        if tree.child_with(v, "nsubj").is_some() {
            return None;
        }
        tree.children(v)
            .iter()
            .copied()
            .filter(|&c| c < v && mentions.at(c).is_some() && tree.case_of(c).is_none())
            .filter(|&c| !matches!(tree.base(c), "obj" | "obl" | "nmod" | "nsubj"))
            .max()
    };
    if let Some(s) = stand_in(i) {
        return Some(s);
    }
    if tree.child_with(i, "nsubj").is_none() && matches!(tree.base(i), "advcl" | "conj" | "xcomp") {
        if let Some(s) = tree.head(i).and_then(stand_in) {
            return Some(s);
        }
    }
    tree.subject(i)
}

/// The words that may hold the source of a nominal event: its possessor ("the North's
/// test-firing"), a `by` phrase, an adjective or compound ("Chinese objections"), then the
/// subject of the verb it is the object of ("Beijing floated the idea of talks").
fn nominal_sources(tree: &Tree, i: usize) -> Vec<usize> {
    let mut out: Vec<usize> = tree.child_with(i, "nmod:poss").into_iter().collect();
    out.extend(
        tree.children_with(i, "nmod")
            .filter(|&c| tree.case_of(c).as_deref() == Some("by")),
    );
    out.extend(
        tree.children(i)
            .iter()
            .copied()
            .filter(|&c| matches!(tree.deprel(c), "amod" | "compound") && matches!(tree.upos(c), "ADJ" | "PROPN")),
    );
    let mut v = i;
    for _ in 0..3 {
        let Some(h) = tree.head(v) else { break };
        // "launched 10 days *of* war games": only a quantity or part of the object carries its
        // verb's subject; "reservists *for* a war" does not.
        if tree.base(v) == "nmod" && tree.upos(h) != "VERB" && tree.case_of(v).as_deref() != Some("of") {
            break;
        }
        if tree.upos(h) == "VERB" && matches!(tree.base(v), "obj" | "nsubj" | "obl" | "nmod") {
            // Only an event noun the verb acts on is the subject's act ("staged demonstrations",
            // "launched an investigation"); one in an oblique is background or a purpose
            // ("following the invasions", "mobilized for a war"), and has no source of its own.
            // "return to Geneva *for* talks": a purpose phrase of the verb is its subject's too.
            let purpose = tree.base(v) == "obl" && tree.case_of(v).as_deref() == Some("for") && v == i;
            if tree.base(v) == "obj" || purpose {
                out.extend(tree.subject(h));
            }
            break;
        }
        v = h;
    }
    out
}

/// The default target words, best first: the passive subject, then obj, iobj, obl, nmod that
/// are not words the pattern constrained, not the agent and not time expressions; then what the
/// constrained words carry ("sanctions *on North Korea*", "an *Australian* ultimatum", "*Iran*'s
/// offer").
fn default_targets(ctx: &EventContext, tree: &Tree, m: &Match) -> Vec<usize> {
    let i = m.predicate;
    let lexical: Vec<usize> = m.lexical_words().collect();
    let mut out = Vec::new();
    if tree.is_passive(i) && !matcher::pos_fits(tree, i, dyad_lexicon::events::PosTag::Noun) {
        out.extend(tree.child_with(i, "nsubj:pass").filter(|s| !lexical.contains(s)));
    }
    let order = ["obj", "iobj", "obl", "nmod"];
    let mut ranked: Vec<(usize, usize)> = tree
        .children(i)
        .iter()
        .copied()
        .filter_map(|c| {
            let rank = if matcher::misparsed_object(tree, i, c) {
                0
            } else {
                order.iter().position(|r| *r == tree.base(c))?
            };
            let skip = lexical.contains(&c)
                || tree.deprel(c) == "nmod:poss"
                || tree.deprel(c).starts_with("obl:tmod")
                || tree.deprel(c) == "obl:unmarked"
                || tree.case_of(c).as_deref() == Some("by");
            (!skip).then_some((rank, c))
        })
        .collect();
    ranked.sort_unstable();
    let direct: Vec<usize> = ranked.into_iter().map(|(_, c)| c).collect();
    out.extend(direct.iter().copied());
    // "threatened further action *against Russia*": a phrase of direction (`&TARGET_CASE`) on an
    // object or oblique that is no actor itself.
    if let Some(cases) = ctx.lexicon.synset("&TARGET_CASE") {
        for &c in &direct {
            out.extend(tree.children(c).iter().copied().filter(|&n| {
                tree.base(n) == "nmod" && tree.case_of(n).is_some_and(|k| cases.iter().any(|t| t.head() == k))
            }));
        }
    }
    for &w in &lexical {
        out.extend(
            tree.children(w)
                .iter()
                .copied()
                .filter(|&c| tree.base(c) == "nmod" && tree.case_of(c).as_deref() != Some("by")),
        );
        out.extend(
            tree.children(w)
                .iter()
                .copied()
                .filter(|&c| matches!(tree.base(c), "amod" | "compound") && matches!(tree.upos(c), "ADJ" | "PROPN")),
        );
    }
    out
}

/// The words that may hold the target actor of a match, best first: what the pattern names,
/// then the default targets.
fn target_words(ctx: &EventContext, tree: &Tree, c: &Coded, code: CameoCode) -> Vec<usize> {
    let m = &c.m;
    let i = m.predicate;
    let mut out: Vec<usize> = Vec::new();
    // "threatened to break relations with Russia unless the Kremlin ...": a threat is aimed at
    // whoever must meet its condition.
    if code.root() == 13 {
        out.extend(
            std::iter::once(i)
                .chain(c.absorbed)
                .find_map(|v| condition_subject(ctx, tree, v, "&CONDITION_MARK")),
        );
    }
    // "reiterated its demand that *Israel* ease restrictions", with the clause attached to the
    // verb: an appeal or demand is aimed at whoever must act.
    if matches!(code.root(), 2 | 10) && tree.upos(i) == "NOUN" && tree.base(i) == "obj" {
        out.extend(
            tree.head(i)
                .and_then(|h| tree.child_with(h, "ccomp"))
                .and_then(|x| tree.child_with(x, "nsubj")),
        );
    }
    out.extend(match &m.pattern.target {
        Role::Dep(rel) => m
            .bound(rel)
            .into_iter()
            .chain(matcher::candidates(tree, i, rel))
            .collect(),
        Role::ComplementObj => {
            let mut v = Vec::new();
            // "demanded that *Pyongyang* forsake ...": the subject of a finite complement.
            if let Some(x) = tree.child_with(i, "ccomp") {
                v.extend(tree.child_with(x, "nsubj"));
            }
            v.extend(c.complement_targets.iter().copied());
            if let Some(x) = tree.child_with(i, "xcomp").or_else(|| tree.child_with(i, "ccomp")) {
                v.extend(tree.child_with(x, "obj"));
                v.extend(tree.children_with(x, "obl"));
            }
            v
        }
        Role::ObjPossessor => m
            .bound(&Rel::Obj)
            .or_else(|| tree.child_with(i, "obj"))
            .and_then(|o| tree.child_with(o, "nmod:poss"))
            .into_iter()
            .collect(),
        Role::Auto => Vec::new(),
    });
    out.extend(default_targets(ctx, tree, m));
    let mut seen = HashSet::new();
    out.retain(|w| seen.insert(*w));
    out
}

/// Mentions for a source word: its own mention and those of its conjuncts ("China and Russia").
fn own_actors(tree: &Tree, mentions: &SentenceMentions, word: usize) -> Vec<usize> {
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

/// Mentions for a target word: as [`own_actors`], and a word without one may reach an actor
/// through its possessor, actor adjective or compound, or an `of` phrase ("the North's
/// missiles", "Palestinian lorries", "the government of Sudan").
fn actors_of(tree: &Tree, mentions: &SentenceMentions, word: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for w in std::iter::once(word).chain(tree.conjuncts(word)) {
        let found = mentions.at(w).or_else(|| modifier_actor(tree, mentions, w));
        if let Some(k) = found {
            if !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// The actor a mention-less noun reaches through one modifier.
fn modifier_actor(tree: &Tree, mentions: &SentenceMentions, w: usize) -> Option<usize> {
    modifier_actor_within(tree, mentions, w, 2)
}

/// [`modifier_actor`], following `of` phrases `depth` deep ("thousands *of* Iraqi Kurds").
fn modifier_actor_within(tree: &Tree, mentions: &SentenceMentions, w: usize, depth: usize) -> Option<usize> {
    if !matches!(tree.upos(w), "NOUN" | "PROPN") || depth == 0 {
        return None;
    }
    let kids = tree.children(w);
    let pick = |f: &dyn Fn(usize) -> bool| kids.iter().copied().filter(|&c| f(c)).find_map(|c| mentions.at(c));
    let of = |c: usize| tree.base(c) == "nmod" && tree.case_of(c).as_deref() == Some("of");
    pick(&|c| tree.deprel(c) == "nmod:poss")
        .or_else(|| pick(&|c| matches!(tree.base(c), "amod" | "compound") && tree.deprel(c) != "compound:prt"))
        .or_else(|| pick(&of))
        .or_else(|| {
            kids.iter()
                .copied()
                .filter(|&c| of(c))
                .find_map(|c| modifier_actor_within(tree, mentions, c, depth - 1))
        })
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
    (c, purpose): (&Coded, Option<&Coded>),
    code: CameoCode,
    out: &mut Vec<SentenceEvent>,
) {
    let m = &c.m;
    let mut code = code;
    let mut sources = Vec::new();
    let candidates = source_words(ctx, tree, mentions, m);
    for &w in &candidates {
        sources = own_actors(tree, mentions, w);
        // "Japan proposed a resolution that would impose sanctions": a non-actor instrument (the
        // resolution, the measure) acts for whoever put it forward.
        if sources.is_empty() && tree.upos(w) == "NOUN" && tree.base(w) == "obj" {
            if let Some(p) = tree.head(w).and_then(|h| tree.subject(h)) {
                sources = own_actors(tree, mentions, p);
            }
        }
        // "Azerbaijani forces": the actor may sit on a modifier of the source word.
        if sources.is_empty() {
            sources = actors_of(tree, mentions, w);
        }
        if !sources.is_empty() {
            break;
        }
    }
    // "Bosnian Serbs said *their* forces had completed *their* withdrawal": a pronoun or pronoun-
    // possessed source under a reporting verb is the speaker.
    let pronominal =
        |w: usize| tree.upos(w) == "PRON" || tree.children_with(w, "nmod:poss").any(|p| tree.upos(p) == "PRON");
    if sources.is_empty() && candidates.first().is_some_and(|&w| pronominal(w)) {
        let speaker = reporter(ctx, tree, m.predicate)
            .or_else(|| tree.head(m.predicate).and_then(|h| reporter(ctx, tree, h)))
            .and_then(|(_, s)| s);
        if let Some(s) = speaker {
            sources = own_actors(tree, mentions, s);
            if sources.is_empty() {
                sources = actors_of(tree, mentions, s);
            }
        }
    }
    // "Russia said Sudan must return the helicopter": the speaker demands the act of the clause's
    // subject, who becomes the target.
    let obliger = deontic_speaker(ctx, tree, m.predicate).filter(|_| !c.negated);
    let demanded_by = obliger
        .map(|w| {
            let own = own_actors(tree, mentions, w);
            if own.is_empty() {
                actors_of(tree, mentions, w)
            } else {
                own
            }
        })
        .filter(|speakers| {
            !speakers.is_empty()
                && !speakers
                    .iter()
                    .any(|&k| sources.iter().any(|&s| mentions.get(s).code == mentions.get(k).code))
        });
    let demand = demanded_by.is_some();
    let mut targets: Vec<Option<usize>>;
    if let Some(speakers) = demanded_by {
        code = ctx.frames.combine("demand", Some(code)).unwrap_or(code);
        targets = if sources.is_empty() {
            vec![None]
        } else {
            sources.iter().copied().map(Some).collect()
        };
        sources = speakers;
    } else {
        // An obligation is no act: "the Forum concluded that the US must allocate resources" codes
        // no allocation, whoever the (unresolved) speaker is.
        if sources.is_empty() || obliger.is_some() {
            return;
        }
        let source_codes: Vec<&str> = sources.iter().map(|&k| mentions.get(k).code.as_str()).collect();
        // "withdraw *its* troops", "re-open *its* borders": what the source owns is no target
        // ("his Chinese counterpart", an actor of a country, still is).
        let owned = |w: usize| {
            tree.children_with(w, "nmod:poss").any(|p| tree.upos(p) == "PRON")
                && mentions.at(w).is_none_or(|k| mentions.get(k).country.is_none())
        };
        targets = target_words(ctx, tree, c, code)
            .into_iter()
            .filter(|&w| !owned(w))
            .map(|w| {
                let mut t = actors_of(tree, mentions, w);
                t.retain(|&k| !source_codes.contains(&mentions.get(k).code.as_str()));
                t
            })
            .find(|t| !t.is_empty())
            .map(|t| t.into_iter().map(Some).collect())
            .unwrap_or_else(|| vec![None]);
        // "began a hunger strike to demand the resignation of President X": an act with no named
        // target is aimed at the target of its purpose.
        if let Some(p) = purpose.filter(|_| targets == [None]) {
            if let Some(t) = target_words(ctx, tree, p, p.code.unwrap_or(code))
                .into_iter()
                .map(|w| {
                    let mut t = actors_of(tree, mentions, w);
                    t.retain(|&k| !source_codes.contains(&mentions.get(k).code.as_str()));
                    t
                })
                .find(|t| !t.is_empty())
            {
                targets = t.into_iter().map(Some).collect();
            }
        }
        // "demonstrated in Serbia", "shelled positions near Rafah": an act of aid, yielding or
        // force with no named target is aimed at the place it happens in.
        if targets == [None] && matches!(code.root(), 7..=9 | 14..=20) {
            if let Some(k) = place::places(ctx, tree, mentions, m.predicate)
                .into_iter()
                .find(|&k| !source_codes.contains(&mentions.get(k).code.as_str()))
            {
                targets = vec![Some(k)];
            }
        }
    }
    let hypothetical = !demand && tree.is_hypothetical(m.predicate)
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
            let country = |k: usize| mentions.get(k).country.as_deref();
            // An unnamed actor acting on a named national one is most often domestic ("Islamic
            // fundamentalists ... demand the resignation of the Algerian President").
            let source_country =
                place::context_country(ctx, tree, mentions, m.predicate, source, target.and_then(country));
            let target_country = target.and_then(|t| {
                let source_country = country(source).or(source_country.as_deref());
                place::context_country(ctx, tree, mentions, m.predicate, t, source_country)
            });
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
                source_country,
                target_country,
            };
            let recip = reciprocal(m.pattern, code, c.negated).filter(|_| !demand);
            if let (Some(t), Some(recip)) = (target, recip) {
                out.push(SentenceEvent {
                    source: t,
                    target: Some(source),
                    code: recip,
                    source_country: event.target_country.clone(),
                    target_country: event.source_country.clone(),
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
