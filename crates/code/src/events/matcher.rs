//! Matching event patterns against one predicate of a dependency tree: the predicate's part of
//! speech and extra words, then every slot against the predicate's dependents.

use crate::tree::Tree;
use dyad_lexicon::events::{Lex, Pattern, PosTag, Rel, Term};

/// A pattern that matched at a predicate, with the word each slot bound.
#[derive(Debug, Clone)]
pub struct Match<'p> {
    pub pattern: &'p Pattern,
    pub predicate: usize,
    /// `(relation, word)` for every slot, in the pattern's slot order.
    pub bound: Vec<(&'p Rel, usize)>,
    /// Words of a multi-word predicate (particles, modifiers).
    pub extra: Vec<usize>,
}

impl Match<'_> {
    /// The word bound to a relation by a slot.
    pub fn bound(&self, rel: &Rel) -> Option<usize> {
        self.bound.iter().find(|(r, _)| *r == rel).map(|&(_, w)| w)
    }

    /// Words bound by slots that constrain the word (not `*`): these are not actors.
    pub fn lexical_words(&self) -> impl Iterator<Item = usize> + '_ {
        self.bound
            .iter()
            .zip(self.pattern.slots.iter())
            .filter(|(_, s)| !s.lex.any)
            .map(|((_, w), _)| *w)
    }
}

/// True when word `i` can be a predicate of this part of speech.
pub fn pos_fits(tree: &Tree, i: usize, pos: PosTag) -> bool {
    match pos {
        PosTag::Verb => tree.upos(i) == "VERB",
        PosTag::Noun => matches!(tree.upos(i), "NOUN" | "PROPN"),
    }
}

/// The dependents of `i` that a slot relation can bind. A verb's `obl:CASE` slot also binds an
/// `nmod` with that case of the verb's object ("imposed sanctions *on Iran*"): UD parses attach
/// such phrases either way. Its own obliques come first.
pub fn candidates<'t>(tree: &'t Tree, i: usize, rel: &'t Rel) -> Vec<usize> {
    let mut out = direct_candidates(tree, i, rel);
    if let Rel::Obl(Some(_)) = rel {
        if tree.upos(i) == "VERB" {
            let passive = tree.is_passive(i);
            for o in tree.children(i).iter().copied().filter(|&c| {
                let d = tree.deprel(c);
                d == "obj" || (passive && d == "nsubj:pass")
            }) {
                out.extend(tree.children(o).iter().copied().filter(|&c| {
                    tree.base(c) == "nmod"
                        && tree.deprel(c) != "nmod:poss"
                        && rel.accepts_case(tree.case_of(c).as_deref())
                }));
            }
        }
    }
    out
}

fn direct_candidates<'t>(tree: &'t Tree, i: usize, rel: &'t Rel) -> Vec<usize> {
    let passive = tree.is_passive(i);
    tree.children(i)
        .iter()
        .copied()
        .filter(|&c| {
            let d = tree.deprel(c);
            let base = tree.base(c);
            match rel {
                Rel::Nsubj => d == "nsubj" && !misparsed_object(tree, i, c),
                Rel::NsubjPass => d == "nsubj:pass",
                // In the passive, the object of the active is the passive subject.
                Rel::Obj => d == "obj" || (passive && d == "nsubj:pass") || misparsed_object(tree, i, c),
                Rel::Iobj => d == "iobj",
                Rel::Obl(_) => base == "obl" && rel.accepts_case(tree.case_of(c).as_deref()),
                Rel::Nmod(_) => base == "nmod" && d != "nmod:poss" && rel.accepts_case(tree.case_of(c).as_deref()),
                Rel::NmodPoss => d == "nmod:poss",
                Rel::Mod => matches!(base, "amod" | "compound") && d != "compound:prt",
                Rel::Prt => d == "compound:prt",
                Rel::Xcomp => base == "xcomp",
                Rel::Ccomp => base == "ccomp",
                Rel::Acl => base == "acl",
            }
        })
        .collect()
}

/// True when `c` is a second `nsubj` of verb `i` that follows it while another subject precedes
/// it and the verb has no object: the parser's error for an object ("Hill rejected [nsubj] North
/// Korea's demand").
pub fn misparsed_object(tree: &Tree, i: usize, c: usize) -> bool {
    c > i
        && tree.deprel(c) == "nsubj"
        && tree.upos(i) == "VERB"
        && tree.child_with(i, "obj").is_none()
        && tree.children(i).iter().any(|&s| s < i && tree.deprel(s) == "nsubj")
}

/// True when word `w` fits a slot's words: its lemma is the head of one of the terms, and a
/// multi-word term's other words are among its dependents ("air force" needs *air*: "security
/// forces" is not an air force; "state of emergency" needs *emergency*).
pub fn lex_fits(tree: &Tree, w: usize, lex: &Lex) -> bool {
    if lex.any {
        return true;
    }
    let lemma = tree.lemma(w);
    if !lex.matches(lemma) {
        return false;
    }
    let near = |d: &str| {
        tree.children(w)
            .iter()
            .any(|&c| tree.lemma(c) == d || tree.children(c).iter().any(|&g| tree.lemma(g) == d))
    };
    lex.terms
        .iter()
        .filter(|t| t.head() == lemma)
        .any(|t| t.dependents().into_iter().filter(|d| *d != "of").all(&near))
}

/// The word sets matching consults (`synsets.pat`).
#[derive(Debug, Clone, Copy, Default)]
pub struct WordSets<'a> {
    /// Nouns of quantity or part (`&PARTITIVE`): a slot's word may be their `of` complement
    /// ("provide 25,000 tons *of* aid").
    pub partitive: &'a [Term],
    /// Words of time (`&TIME_NOUN`): a `*` slot does not bind them ("agreed *on Wednesday*").
    pub time: &'a [Term],
}

/// Tries one pattern at predicate `i`.
pub fn try_match<'p>(tree: &Tree, i: usize, pattern: &'p Pattern, sets: WordSets) -> Option<Match<'p>> {
    let partitive = sets.partitive;
    let is_time = |w: usize| {
        let lemma = tree.lemma(w).to_lowercase();
        sets.time.iter().any(|t| t.head() == lemma)
    };
    if !pos_fits(tree, i, pattern.pos) {
        return None;
    }
    let mut extra = Vec::new();
    for word in &pattern.extra {
        let found = tree.children(i).iter().copied().find(|&c| {
            tree.lemma(c) == word && matches!(tree.base(c), "compound" | "amod" | "advmod" | "obl" | "nmod")
        })?;
        extra.push(found);
    }
    let mut bound = Vec::with_capacity(pattern.slots.len());
    for slot in pattern.slots.iter() {
        // A coordinated dependent matches when any conjunct does ("sanctions and an embargo").
        let fits = |c: usize| {
            (slot.lex.any && !is_time(c))
                || std::iter::once(c)
                    .chain(tree.conjuncts(c))
                    .any(|w| lex_fits(tree, w, &slot.lex))
        };
        let word = candidates(tree, i, &slot.rel).into_iter().find_map(|c| {
            if fits(c) {
                return Some(c);
            }
            if !partitive.iter().any(|t| t.head() == tree.lemma(c)) {
                return None;
            }
            tree.children(c)
                .iter()
                .copied()
                .find(|&n| tree.base(n) == "nmod" && tree.case_of(n).as_deref() == Some("of") && fits(n))
        })?;
        bound.push((&slot.rel, word));
    }
    Some(Match {
        pattern,
        predicate: i,
        bound,
        extra,
    })
}

/// The most specific pattern of `patterns` (already ordered most specific first) that matches.
pub fn best_match<'p>(tree: &Tree, i: usize, patterns: &'p [Pattern], sets: WordSets) -> Option<Match<'p>> {
    patterns.iter().find_map(|p| try_match(tree, i, p, sets))
}
