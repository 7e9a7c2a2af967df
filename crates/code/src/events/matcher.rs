//! Matching event patterns against one predicate of a dependency tree: the predicate's part of
//! speech and extra words, then every slot against the predicate's dependents. A
//! [`SentenceMatcher`] computes what all patterns ask of a sentence (and of a predicate) once.

use crate::tree::Tree;
use dyad_lexicon::events::{Compiled, EventLexicon, LemmaPatterns, Lex, Pattern, PosTag, Rel, WordId};

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
                    tree.base(c) == "nmod" && tree.deprel(c) != "nmod:poss" && rel.accepts_case(tree.case(c))
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
                Rel::Obl(_) => base == "obl" && rel.accepts_case(tree.case(c)),
                Rel::Nmod(_) => base == "nmod" && d != "nmod:poss" && rel.accepts_case(tree.case(c)),
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

/// For a word whose lemma heads one of a slot's terms: true when some term with that head has
/// its other words among the word's dependents (or theirs): "air force" needs *air* ("security
/// forces" is not an air force), "state of emergency" needs *emergency*.
fn dependents_fit(tree: &Tree, w: usize, lex: &Lex) -> bool {
    let lemma = tree.lemma(w);
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

/// Matching over one sentence: what every pattern asks of its words (the number of each lemma
/// in the lexicon's vocabulary, whether it is a partitive noun) is computed once.
///
/// Note: the `&TIME_NOUN` set is not consulted. An earlier version excluded time words from `*`
/// slots in a way that could never change the result (a `*` slot accepts any word), and dropping
/// it kept the output byte-identical.
pub struct SentenceMatcher<'t, 'a> {
    tree: &'t Tree<'a>,
    /// The number of each word's lemma among the heads the patterns' slots accept.
    ids: Vec<Option<WordId>>,
    /// Whether each word's lemma heads a `&PARTITIVE` term: a slot's word may be its `of`
    /// complement ("provide 25,000 tons *of* aid").
    partitive: Vec<bool>,
}

/// Up to this many patterns of a part of speech, a lemma's patterns are all tried; above it, only
/// those indexed under a word near the predicate ([`LemmaPatterns::candidates_near`]).
const FEW_PATTERNS: usize = 12;

impl<'t, 'a> SentenceMatcher<'t, 'a> {
    pub fn new(tree: &'t Tree<'a>, lexicon: &EventLexicon) -> Self {
        let ids: Vec<Option<WordId>> = (0..tree.len()).map(|w| lexicon.word_id(tree.lemma(w))).collect();
        let partitive = ids.iter().map(|&id| lexicon.in_synset("&PARTITIVE", id)).collect();
        SentenceMatcher { tree, ids, partitive }
    }

    /// The most specific of a lemma's patterns (ordered most specific first) that matches at
    /// predicate `i`. Only verbs and nouns are predicates.
    pub fn best_match<'p>(&self, i: usize, lemma: Option<&'p LemmaPatterns>) -> Option<Match<'p>> {
        let lemma = lemma?;
        let pos = match self.tree.upos(i) {
            "VERB" => PosTag::Verb,
            "NOUN" | "PROPN" => PosTag::Noun,
            _ => return None,
        };
        let rels = lemma.rels();
        // The candidates of each relation, computed once.
        let mut cache: Vec<Option<Vec<usize>>> = vec![None; rels.len()];
        let all = lemma.of_pos(pos);
        if all.len() <= FEW_PATTERNS {
            return all
                .iter()
                .find_map(|&k| self.try_match(i, lemma.compiled(k), rels, &mut cache));
        }
        // Only a pattern indexed under a word some slot could bind can match.
        let mut near = Vec::new();
        for (found, rel) in cache.iter_mut().zip(rels) {
            for &c in found.get_or_insert_with(|| candidates(self.tree, i, rel)).iter() {
                self.reachable(c, &mut near);
            }
        }
        near.sort_unstable();
        near.dedup();
        lemma
            .candidates_near(&near)
            .into_iter()
            .map(|k| lemma.compiled(k))
            .filter(|p| p.pattern.pos == pos)
            .find_map(|p| self.try_match(i, p, rels, &mut cache))
    }

    /// Adds the numbers of the words a slot may bind through candidate `c` (see
    /// [`SentenceMatcher::bind`]): `c`, its conjuncts, and for a partitive noun its `of`
    /// complements and theirs.
    fn reachable(&self, c: usize, out: &mut Vec<WordId>) {
        let tree = self.tree;
        let mut add = |w: usize| {
            out.extend(self.ids[w]);
            out.extend(tree.coordinated(w).iter().filter_map(|&v| self.ids[v]));
        };
        add(c);
        if self.partitive[c] {
            for &n in tree.children(c) {
                if tree.base(n) == "nmod" && tree.case(n) == Some("of") {
                    add(n);
                }
            }
        }
    }

    /// True when word `w` fills slot `k` of `p`: any word fills `*`; otherwise its lemma heads
    /// one of the slot's terms and the term's other words are near ([`dependents_fit`]).
    fn word_fits(&self, w: usize, p: &Compiled, k: usize) -> bool {
        let lex = &p.pattern.slots[k].lex;
        lex.any || (p.accepts(k, self.ids[w]) && dependents_fit(self.tree, w, lex))
    }

    /// True when dependent `c` fills slot `k`: it or one of its conjuncts fits ("sanctions and an
    /// embargo").
    fn fits(&self, c: usize, p: &Compiled, k: usize) -> bool {
        self.word_fits(c, p, k) || self.tree.coordinated(c).iter().any(|&w| self.word_fits(w, p, k))
    }

    /// The word slot `k` binds among its relation's candidates: the first that fits, or the `of`
    /// complement of a partitive noun that does.
    fn bind(&self, candidates: &[usize], p: &Compiled, k: usize) -> Option<usize> {
        let tree = self.tree;
        candidates.iter().copied().find_map(|c| {
            if self.fits(c, p, k) {
                return Some(c);
            }
            if !self.partitive[c] {
                return None;
            }
            tree.children(c)
                .iter()
                .copied()
                .find(|&n| tree.base(n) == "nmod" && tree.case(n) == Some("of") && self.fits(n, p, k))
        })
    }

    /// Tries one pattern (of the predicate's part of speech) at predicate `i`; `cache` holds the
    /// candidates of the lemma's relations computed so far.
    fn try_match<'p>(
        &self,
        i: usize,
        p: Compiled<'p>,
        rels: &'p [Rel],
        cache: &mut [Option<Vec<usize>>],
    ) -> Option<Match<'p>> {
        let tree = self.tree;
        let pattern = p.pattern;
        let mut extra = Vec::new();
        for word in &pattern.extra {
            let found = tree.children(i).iter().copied().find(|&c| {
                tree.lemma(c) == word && matches!(tree.base(c), "compound" | "amod" | "advmod" | "obl" | "nmod")
            })?;
            extra.push(found);
        }
        let mut bound = Vec::with_capacity(pattern.slots.len());
        for (k, slot) in pattern.slots.iter().enumerate() {
            let rel = p.rels[k];
            let found = cache[rel].get_or_insert_with(|| candidates(tree, i, &rels[rel]));
            let word = self.bind(found, &p, k)?;
            bound.push((&slot.rel, word));
        }
        Some(Match {
            pattern,
            predicate: i,
            bound,
            extra,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_syntax::conllu;

    /// What a match says, comparable.
    fn summary(m: &Match) -> (String, Vec<usize>, Vec<usize>) {
        let bound = m.bound.iter().map(|&(_, w)| w).collect();
        (m.pattern.id.to_string(), bound, m.extra.clone())
    }

    /// Every pattern of the predicate's part of speech tried in order, without the word index.
    fn exhaustive<'p>(matcher: &SentenceMatcher, i: usize, lemma: &'p LemmaPatterns) -> Option<Match<'p>> {
        let pos = match matcher.tree.upos(i) {
            "VERB" => PosTag::Verb,
            "NOUN" | "PROPN" => PosTag::Noun,
            _ => return None,
        };
        let mut cache = vec![None; lemma.rels().len()];
        lemma
            .of_pos(pos)
            .iter()
            .find_map(|&k| matcher.try_match(i, lemma.compiled(k), lemma.rels(), &mut cache))
    }

    #[test]
    fn the_word_index_loses_no_match() {
        let lexicon = EventLexicon::embedded();
        let mut matched = 0;
        let mut indexed = 0;
        for text in [
            include_str!("../../tests/fixtures/events.conllu"),
            include_str!("../../tests/fixtures/events_rules.conllu"),
        ] {
            let (sentences, errors) = conllu::read(text);
            assert!(errors.is_empty(), "{errors:?}");
            for s in &sentences {
                let tree = Tree::new(&s.words);
                let matcher = SentenceMatcher::new(&tree, lexicon);
                for i in 0..tree.len() {
                    let Some(lemma) = lexicon.lemma_patterns(tree.lemma(i)) else {
                        continue;
                    };
                    let fast = matcher.best_match(i, Some(lemma));
                    let slow = exhaustive(&matcher, i, lemma);
                    assert_eq!(
                        fast.as_ref().map(summary),
                        slow.as_ref().map(summary),
                        "{:?}",
                        s.comments
                    );
                    matched += usize::from(fast.is_some());
                    let pos = if tree.upos(i) == "VERB" {
                        PosTag::Verb
                    } else {
                        PosTag::Noun
                    };
                    indexed += usize::from(fast.is_some() && lemma.of_pos(pos).len() > FEW_PATTERNS);
                }
            }
        }
        assert!(
            matched >= 20 && indexed >= 5,
            "{matched} matches, {indexed} through the index"
        );
    }
}
