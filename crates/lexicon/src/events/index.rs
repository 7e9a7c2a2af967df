//! The lemma index the coder matches through. Each predicate lemma's patterns (most specific
//! first) are split by part of speech, their slot relations are numbered so that a matcher asks
//! the tree about each relation once per predicate, and every slot's accepted head lemmas are
//! numbers of one [`Vocabulary`], so that matching compares integers instead of hashing strings.
//! Each pattern that names words is also indexed under the words of its most selective slot, so
//! that a matcher tries only the patterns whose words occur near the predicate.

use super::pattern::{Lex, Pattern, PosTag, Rel, Term};
use std::collections::HashMap;
use std::sync::Arc;

/// The number of a lemma in a lexicon's [`Vocabulary`].
pub type WordId = u32;

/// A pattern's slots' accepted heads ([`Compiled::heads`]), shared by the copies of one line.
pub type SlotHeads = Arc<[Arc<[WordId]>]>;

/// Every head lemma that some slot of some pattern accepts, numbered.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    ids: HashMap<String, WordId>,
}

impl Vocabulary {
    /// The number of `lemma` (lower case), `None` when no slot accepts it.
    pub fn id(&self, lemma: &str) -> Option<WordId> {
        self.ids.get(lemma).copied()
    }

    /// The numbers of the heads a slot's words accept, sorted (empty for `*`).
    pub(crate) fn intern_heads(&mut self, lex: &Lex) -> Arc<[WordId]> {
        Arc::from(self.intern_terms(&lex.terms))
    }

    /// The numbers of the heads of `terms`, sorted, without repeats.
    pub(crate) fn intern_terms(&mut self, terms: &[Term]) -> Vec<WordId> {
        let mut out: Vec<WordId> = terms
            .iter()
            .map(|t| {
                let next = self.ids.len() as WordId;
                *self.ids.entry(t.head().to_string()).or_insert(next)
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// One pattern of a lemma as the matcher reads it.
#[derive(Debug, Clone, Copy)]
pub struct Compiled<'a> {
    pub pattern: &'a Pattern,
    /// For each slot, its relation's position in [`LemmaPatterns::rels`].
    pub rels: &'a [usize],
    /// For each slot, the [`WordId`]s of the heads it accepts, sorted (empty for `*`).
    pub heads: &'a [Arc<[WordId]>],
}

impl Compiled<'_> {
    /// True when slot `k` accepts a word whose lemma has number `id` (by its head; multi-word
    /// terms still need their other words confirmed, see [`Lex::terms`]).
    pub fn accepts(&self, k: usize, id: Option<WordId>) -> bool {
        self.pattern.slots[k].lex.any || id.is_some_and(|id| self.heads[k].binary_search(&id).is_ok())
    }
}

/// The patterns of one predicate lemma, compiled for matching.
#[derive(Debug, Clone, Default)]
pub struct LemmaPatterns {
    /// Most specific first; among equally specific ones, in load order.
    patterns: Vec<Pattern>,
    /// Per pattern: the slots' accepted heads (shared by the copies of one pattern line).
    heads: Vec<SlotHeads>,
    /// Per pattern: the position of each slot's relation in `rels`.
    slot_rels: Vec<Vec<usize>>,
    /// The distinct slot relations of all the patterns.
    rels: Vec<Rel>,
    /// Positions in `patterns` of the verb patterns, in order.
    verbs: Vec<usize>,
    /// Positions in `patterns` of the noun patterns, in order.
    nouns: Vec<usize>,
    /// Positions of the patterns whose slots are all `*` (they name no word), in order.
    unkeyed: Vec<usize>,
    /// For each word, sorted by number: the positions (in order) of the patterns whose most
    /// selective slot (the one accepting the fewest heads, the first among equals) accepts it.
    keyed: Vec<(WordId, Vec<usize>)>,
}

impl LemmaPatterns {
    /// Adds a pattern (before [`LemmaPatterns::finish`]).
    pub(crate) fn push(&mut self, pattern: Pattern, heads: SlotHeads) {
        self.patterns.push(pattern);
        self.heads.push(heads);
    }

    /// Orders the patterns most specific first (a stable sort: load order among equals) and
    /// builds the per part-of-speech lists and the relation numbers.
    pub(crate) fn finish(&mut self) {
        let mut order: Vec<usize> = (0..self.patterns.len()).collect();
        order.sort_by_key(|&k| std::cmp::Reverse(self.patterns[k].specificity()));
        let mut patterns: Vec<Option<Pattern>> = std::mem::take(&mut self.patterns).into_iter().map(Some).collect();
        let mut heads: Vec<Option<SlotHeads>> = std::mem::take(&mut self.heads).into_iter().map(Some).collect();
        for &k in &order {
            self.patterns.extend(patterns[k].take());
            self.heads.extend(heads[k].take());
        }
        self.rels.clear();
        self.slot_rels = self
            .patterns
            .iter()
            .map(|p| {
                p.slots
                    .iter()
                    .map(|s| match self.rels.iter().position(|r| *r == s.rel) {
                        Some(k) => k,
                        None => {
                            self.rels.push(s.rel.clone());
                            self.rels.len() - 1
                        }
                    })
                    .collect()
            })
            .collect();
        let positions = |pos: PosTag| {
            (0..self.patterns.len())
                .filter(|&k| self.patterns[k].pos == pos)
                .collect::<Vec<usize>>()
        };
        self.verbs = positions(PosTag::Verb);
        self.nouns = positions(PosTag::Noun);
        let mut keyed: HashMap<WordId, Vec<usize>> = HashMap::new();
        self.unkeyed.clear();
        for (k, p) in self.patterns.iter().enumerate() {
            let key = (0..p.slots.len())
                .filter(|&s| !p.slots[s].lex.any)
                .min_by_key(|&s| self.heads[k][s].len());
            match key {
                // A slot that names no head at all (an empty set) never fits: not indexed.
                Some(s) => {
                    for &id in self.heads[k][s].iter() {
                        keyed.entry(id).or_default().push(k);
                    }
                }
                None => self.unkeyed.push(k),
            }
        }
        self.keyed = keyed.into_iter().collect();
        self.keyed.sort_unstable_by_key(|(id, _)| *id);
    }

    /// All the patterns, most specific first.
    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }

    /// The distinct slot relations of the patterns; [`Compiled::rels`] points into it.
    pub fn rels(&self) -> &[Rel] {
        &self.rels
    }

    /// The pattern at position `k` of [`LemmaPatterns::patterns`].
    pub fn compiled(&self, k: usize) -> Compiled<'_> {
        Compiled {
            pattern: &self.patterns[k],
            rels: &self.slot_rels[k],
            heads: &self.heads[k],
        }
    }

    /// The positions of the patterns of one part of speech, most specific first.
    pub fn of_pos(&self, pos: PosTag) -> &[usize] {
        match pos {
            PosTag::Verb => &self.verbs,
            PosTag::Noun => &self.nouns,
        }
    }

    /// The positions of the patterns that can match when no word near the predicate other than
    /// those numbered `near` is bound by a slot that names words: the patterns with `*` slots only,
    /// and those indexed under one of `near`. In order, most specific first; a superset of the
    /// patterns that match.
    pub fn candidates_near(&self, near: &[WordId]) -> Vec<usize> {
        let mut out = self.unkeyed.clone();
        for id in near {
            if let Ok(k) = self.keyed.binary_search_by_key(id, |(id, _)| *id) {
                out.extend_from_slice(&self.keyed[k].1);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::events::{EventLexicon, Mode, PosTag};

    const TEXT: &str = "&S = sanction arms_embargo\n\
        p.sanction x/v obj=&S -> 163\n\
        p.aid x/v obj=aid -> 070\n\
        p.aid-to x/v obj=aid obl:to=* -> 070\n\
        p.go x/v obl:to=* -> 042\n\
        p.bare x/v -> 010\n\
        n.aid x/n nmod:of=aid|relief -> 070\n";

    fn ids(lexicon: &EventLexicon, positions: &[usize]) -> Vec<String> {
        let lemma = lexicon.lemma_patterns("x").unwrap();
        positions.iter().map(|&k| lemma.patterns()[k].id.to_string()).collect()
    }

    #[test]
    fn patterns_split_by_part_of_speech_most_specific_first() {
        let lexicon = EventLexicon::from_texts(&[("t.pat", TEXT)], Mode::Strict).unwrap();
        let lemma = lexicon.lemma_patterns("x").unwrap();
        assert_eq!(
            ids(&lexicon, lemma.of_pos(PosTag::Verb)),
            ["p.aid-to", "p.sanction", "p.aid", "p.go", "p.bare"]
        );
        assert_eq!(ids(&lexicon, lemma.of_pos(PosTag::Noun)), ["n.aid"]);
        assert_eq!(lemma.rels().len(), 3, "obj, obl:to, nmod:of");
    }

    #[test]
    fn patterns_are_found_by_the_words_they_name() {
        let lexicon = EventLexicon::from_texts(&[("t.pat", TEXT)], Mode::Strict).unwrap();
        let lemma = lexicon.lemma_patterns("x").unwrap();
        let id = |w: &str| lexicon.word_id(w).unwrap();
        // Patterns that name no word can always match.
        assert_eq!(ids(&lexicon, &lemma.candidates_near(&[])), ["p.go", "p.bare"]);
        assert_eq!(
            ids(&lexicon, &lemma.candidates_near(&[id("aid")])),
            ["p.aid-to", "p.aid", "n.aid", "p.go", "p.bare"]
        );
        // A multi-word term is found by its head.
        assert_eq!(
            ids(&lexicon, &lemma.candidates_near(&[id("embargo")])),
            ["p.sanction", "p.go", "p.bare"]
        );
        assert!(lexicon.word_id("trade").is_none() && lexicon.word_id("arms").is_none());
        let sanction = lemma.compiled(1);
        assert_eq!(sanction.pattern.id.as_ref(), "p.sanction");
        assert!(sanction.accepts(0, Some(id("sanction"))) && !sanction.accepts(0, Some(id("aid"))));
        assert!(!sanction.accepts(0, None));
        assert!(lexicon.in_synset("&S", Some(id("embargo"))) && !lexicon.in_synset("&S", Some(id("aid"))));
        assert!(!lexicon.in_synset("&NO_SUCH_SET", Some(id("aid"))));
    }
}
