//! A read-only view of one parsed sentence as a dependency tree, with the questions the coder
//! asks of it: children by relation, the preposition of an oblique, the subject of a predicate
//! (through control, coordination and relative clauses), negation, modality, passive voice.
//! Indices are 0-based word positions; heads in [`Word`] are 1-based as in CoNLL-U.
//! What every later stage asks again and again (lower-case lemmas, relation bases, prepositions,
//! passive voice, conjuncts) is computed once when the tree is built.

use dyad_syntax::Word;

/// A dependency tree over the words of one sentence.
pub struct Tree<'a> {
    pub words: &'a [Word],
    children: Vec<Vec<usize>>,
    lemmas: Vec<String>,
    /// Byte length of the universal part of each word's relation (`obl` of `obl:tmod`).
    base_len: Vec<usize>,
    /// The preposition of each word ([`Tree::case`]).
    cases: Vec<Option<String>>,
    /// Whether each word is in the passive voice ([`Tree::is_passive`]).
    passive: Vec<bool>,
    /// The conjuncts of each word, sorted ([`Tree::coordinated`]).
    conjuncts: Vec<Vec<usize>>,
}

impl<'a> Tree<'a> {
    pub fn new(words: &'a [Word]) -> Tree<'a> {
        let mut children = vec![Vec::new(); words.len()];
        for (i, w) in words.iter().enumerate() {
            if w.head > 0 && w.head <= words.len() && w.head - 1 != i {
                children[w.head - 1].push(i);
            }
        }
        let lemmas: Vec<String> = words.iter().map(|w| w.lemma.to_lowercase()).collect();
        let base_len = words
            .iter()
            .map(|w| w.deprel.find(':').unwrap_or(w.deprel.len()))
            .collect();
        let mut tree = Tree {
            words,
            children,
            lemmas,
            base_len,
            cases: Vec::new(),
            passive: Vec::new(),
            conjuncts: Vec::new(),
        };
        tree.cases = (0..words.len()).map(|i| tree.find_case(i)).collect();
        tree.passive = (0..words.len()).map(|i| tree.find_passive(i)).collect();
        tree.conjuncts = (0..words.len()).map(|i| tree.find_conjuncts(i)).collect();
        tree
    }

    /// The lemma(s) of the `case` children of `i`, joined by a space.
    fn find_case(&self, i: usize) -> Option<String> {
        let mut cases = self.children[i].iter().filter(|&&c| self.base(c) == "case");
        let first = cases.next()?;
        let mut out = self.lemma(*first).to_string();
        for &c in cases {
            out.push(' ');
            out.push_str(self.lemma(c));
        }
        Some(out)
    }

    fn find_passive(&self, i: usize) -> bool {
        self.children[i]
            .iter()
            .any(|&c| matches!(self.deprel(c), "nsubj:pass" | "aux:pass" | "csubj:pass"))
    }

    /// The words reached from `i` through chains of `conj` relations, sorted; bounded against
    /// cycles in malformed input.
    fn find_conjuncts(&self, i: usize) -> Vec<usize> {
        let conj = |v: usize| self.children[v].iter().copied().filter(|&c| self.base(c) == "conj");
        let mut stack: Vec<usize> = conj(i).collect();
        if stack.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        while let Some(c) = stack.pop() {
            if out.len() > self.words.len() {
                break;
            }
            out.push(c);
            stack.extend(conj(c));
        }
        out.sort_unstable();
        out
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The lower-case lemma of word `i`.
    pub fn lemma(&self, i: usize) -> &str {
        &self.lemmas[i]
    }

    pub fn upos(&self, i: usize) -> &str {
        &self.words[i].upos
    }

    /// The head of word `i` (0-based), `None` for the root.
    pub fn head(&self, i: usize) -> Option<usize> {
        let h = self.words[i].head;
        (h > 0 && h <= self.words.len() && h - 1 != i).then(|| h - 1)
    }

    /// The full relation of word `i` to its head (`obl:tmod`, `nsubj`).
    pub fn deprel(&self, i: usize) -> &str {
        &self.words[i].deprel
    }

    /// The universal part of the relation (`obl` for `obl:tmod`).
    pub fn base(&self, i: usize) -> &str {
        &self.words[i].deprel[..self.base_len[i]]
    }

    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    /// Children of `i` whose full relation is `rel`, or whose base is `rel` when `rel` has no
    /// subtype.
    pub fn children_with<'t>(&'t self, i: usize, rel: &'t str) -> impl Iterator<Item = usize> + 't {
        self.children[i].iter().copied().filter(move |&c| {
            let d = self.deprel(c);
            d == rel || (!rel.contains(':') && self.base(c) == rel && !d.starts_with("nsubj:") && d != "nmod:poss")
        })
    }

    pub fn child_with(&self, i: usize, rel: &str) -> Option<usize> {
        self.children_with(i, rel).next()
    }

    /// The preposition of an oblique or nominal modifier: the lemma(s) of its `case` children
    /// ("according to" for two), if any.
    pub fn case_of(&self, i: usize) -> Option<String> {
        self.cases[i].clone()
    }

    /// [`Tree::case_of`] without a copy.
    pub fn case(&self, i: usize) -> Option<&str> {
        self.cases[i].as_deref()
    }

    /// True when `i` is in the passive voice (has a passive subject or auxiliary).
    pub fn is_passive(&self, i: usize) -> bool {
        self.passive[i]
    }

    /// The conjuncts coordinated with `i` (its `conj` children, theirs, ...), not including `i`,
    /// in word order.
    pub fn conjuncts(&self, i: usize) -> Vec<usize> {
        self.conjuncts[i].clone()
    }

    /// [`Tree::conjuncts`] without a copy.
    pub fn coordinated(&self, i: usize) -> &[usize] {
        &self.conjuncts[i]
    }

    /// True when `i` is negated by a `not`/`never`/`n't` dependent, or a "no" determiner on a
    /// nominal predicate.
    pub fn is_negated(&self, i: usize) -> bool {
        self.children[i].iter().any(|&c| {
            let l = self.lemma(c);
            matches!(self.base(c), "advmod" | "det" | "aux")
                && matches!(l, "not" | "n't" | "never" | "no")
                && !self.children_with(c, "fixed").any(|_| true)
        })
    }

    /// The modal or conditional auxiliaries of `i` ("would", "could", "may"...), which make a
    /// predicate hypothetical, including those of the verb it is the complement of.
    pub fn is_hypothetical(&self, i: usize) -> bool {
        let modal = |v: usize| {
            self.children[v].iter().any(|&c| {
                self.base(c) == "aux"
                    && matches!(
                        self.lemma(c),
                        "would" | "could" | "may" | "might" | "should" | "can" | "must" | "shall"
                    )
            })
        };
        if modal(i) {
            return true;
        }
        // "X would call for ...", "a resolution that would impose": the modal sits on the verb.
        // "could lead to sanctions": the nominal's governing verb.
        match (self.upos(i), self.head(i)) {
            ("NOUN" | "PROPN", Some(h)) if matches!(self.base(i), "obj" | "obl" | "nsubj") => modal(h),
            _ => false,
        }
    }

    /// The subject of predicate `i`: its `nsubj`; for an open complement (xcomp) the object or
    /// subject of the verb that controls it; for a conjunct, the first conjunct's subject; for a
    /// relative clause, the noun it modifies when the clause has no subject.
    pub fn subject(&self, i: usize) -> Option<usize> {
        self.subject_depth(i, 0)
    }

    fn subject_depth(&self, i: usize, depth: usize) -> Option<usize> {
        if depth > 8 {
            return None;
        }
        if let Some(s) = self.child_with(i, "nsubj") {
            return Some(self.relative_antecedent(s).unwrap_or(s));
        }
        let head = self.head(i)?;
        match self.base(i) {
            "xcomp" => self
                .child_with(head, "obj")
                .or_else(|| self.subject_depth(head, depth + 1)),
            "conj" => self.subject_depth(head, depth + 1),
            "acl" if self.deprel(i) == "acl:relcl" || self.deprel(i) == "acl" => Some(head),
            "advcl" => self.subject_depth(head, depth + 1),
            _ => None,
        }
    }

    /// For a relative pronoun ("which", "that", "who"), the noun the relative clause modifies.
    pub fn relative_antecedent(&self, i: usize) -> Option<usize> {
        if !matches!(self.lemma(i), "which" | "that" | "who" | "whom") || self.upos(i) != "PRON" {
            return None;
        }
        let mut v = self.head(i)?;
        for _ in 0..4 {
            if self.deprel(v) == "acl:relcl" {
                return self.head(v);
            }
            v = self.head(v)?;
        }
        None
    }

    /// The smallest and largest word index of the subtree of `i`.
    pub fn subtree_bounds(&self, i: usize) -> (usize, usize) {
        let (mut lo, mut hi) = (i, i);
        let mut stack = vec![i];
        let mut seen = 0;
        while let Some(n) = stack.pop() {
            seen += 1;
            if seen > self.words.len() {
                break; // malformed input with a cycle: stop
            }
            lo = lo.min(n);
            hi = hi.max(n);
            stack.extend(self.children[n].iter().copied());
        }
        (lo, hi)
    }

    /// The chain of heads from `i` up to the root (excluding `i`), bounded against cycles.
    pub fn ancestors(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut v = i;
        while let Some(h) = self.head(v) {
            if out.len() > self.words.len() {
                break;
            }
            out.push(h);
            v = h;
        }
        out
    }
}
