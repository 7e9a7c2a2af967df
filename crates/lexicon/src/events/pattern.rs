//! The compiled pattern types the coder matches against a dependency tree: a predicate lemma,
//! required dependents (`Slot`s), where source and target come from, and the resulting code.

use super::code::CameoCode;
use std::collections::HashSet;
use std::fmt;
use std::sync::Arc;

/// Part of speech of a pattern's predicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PosTag {
    /// A verb (`impose/v`): UPOS VERB (or AUX used as main verb).
    Verb,
    /// A noun (`talk/n`): UPOS NOUN or PROPN, e.g. "talks", "visit", "sanctions".
    Noun,
}

/// A dependency relation of a slot or role, in UD English terms.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Rel {
    /// `nsubj` (active subject).
    Nsubj,
    /// `nsubj:pass` (passive subject).
    NsubjPass,
    /// `obj`.
    Obj,
    /// `iobj`.
    Iobj,
    /// `obl`, optionally restricted to a `case` preposition (`obl:on`).
    Obl(Option<String>),
    /// `nmod`, optionally restricted to a `case` preposition (`nmod:of`); not the possessive.
    Nmod(Option<String>),
    /// `nmod:poss` (possessor of a nominal predicate: "Iran's proposal").
    NmodPoss,
    /// A modifier of the predicate (`amod` or `compound`): "hunger strike", "air strike".
    Mod,
    /// A verb particle (`compound:prt`): "call off", "crack down".
    Prt,
    /// An open clausal complement (`xcomp`): "agree to meet", "urge X to leave".
    Xcomp,
    /// A clausal complement (`ccomp`): "warn that ...".
    Ccomp,
    /// A clause modifying a nominal predicate (`acl`): "an offer *to mediate*", "calls *to resign*".
    Acl,
}

impl Rel {
    /// Parses `obj`, `obl:on`, `nmod:poss`, ...
    pub fn parse(text: &str) -> Option<Rel> {
        let (base, case) = match text.split_once(':') {
            Some((base, case)) => (base, Some(case)),
            None => (text, None),
        };
        let valid_case = |c: &str| {
            c.split('|')
                .all(|alt| !alt.is_empty() && alt.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_'))
        };
        Some(match (base, case) {
            ("nsubj", None) => Rel::Nsubj,
            ("nsubj", Some("pass")) => Rel::NsubjPass,
            ("obj", None) => Rel::Obj,
            ("iobj", None) => Rel::Iobj,
            ("obl", None) => Rel::Obl(None),
            ("obl", Some(c)) if valid_case(c) => Rel::Obl(Some(c.replace('_', " "))),
            ("nmod", Some("poss")) => Rel::NmodPoss,
            ("nmod", None) => Rel::Nmod(None),
            ("nmod", Some(c)) if valid_case(c) => Rel::Nmod(Some(c.replace('_', " "))),
            ("mod", None) => Rel::Mod,
            ("prt", None) => Rel::Prt,
            ("xcomp", None) => Rel::Xcomp,
            ("ccomp", None) => Rel::Ccomp,
            ("acl", None) => Rel::Acl,
            _ => return None,
        })
    }

    /// The preposition(s) a relation requires as written (`on` for `obl:on`, `on|against` for
    /// `obl:on|against`).
    pub fn case(&self) -> Option<&str> {
        match self {
            Rel::Obl(case) | Rel::Nmod(case) => case.as_deref(),
            _ => None,
        }
    }

    /// True when a dependent attached with this relation's base (`obl`, `nmod`) and `case`
    /// (the lemma of its `case` child, multi-word cases joined by a space) satisfies it.
    pub fn accepts_case(&self, case: Option<&str>) -> bool {
        match (self.case(), case) {
            (None, _) => true,
            (Some(wanted), Some(found)) => wanted.split('|').any(|w| w == found),
            (Some(_), None) => false,
        }
    }
}

impl fmt::Display for Rel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let with_case = |f: &mut fmt::Formatter<'_>, base: &str, case: &Option<String>| match case {
            Some(c) => write!(f, "{base}:{}", c.replace(' ', "_")),
            None => f.write_str(base),
        };
        match self {
            Rel::Nsubj => f.write_str("nsubj"),
            Rel::NsubjPass => f.write_str("nsubj:pass"),
            Rel::Obj => f.write_str("obj"),
            Rel::Iobj => f.write_str("iobj"),
            Rel::Obl(case) => with_case(f, "obl", case),
            Rel::Nmod(case) => with_case(f, "nmod", case),
            Rel::NmodPoss => f.write_str("nmod:poss"),
            Rel::Mod => f.write_str("mod"),
            Rel::Prt => f.write_str("prt"),
            Rel::Xcomp => f.write_str("xcomp"),
            Rel::Ccomp => f.write_str("ccomp"),
            Rel::Acl => f.write_str("acl"),
        }
    }
}

/// One word or multi-word term of a synonym set or slot, as lemmas (`economic_aid` → `[economic, aid]`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Term {
    /// The lemmas, in text order.
    pub words: Vec<String>,
}

impl Term {
    /// Builds a term from `word` or `word_word`.
    pub fn parse(text: &str) -> Term {
        Term {
            words: text
                .split('_')
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect(),
        }
    }

    /// The syntactic head of a nominal term: the last word, or the word before the first `of`
    /// (`state_of_emergency` → `state`).
    pub fn head(&self) -> &str {
        match self.words.iter().position(|w| w == "of") {
            Some(i) if i > 0 => &self.words[i - 1],
            _ => self.words.last().map(String::as_str).unwrap_or(""),
        }
    }

    /// The other words of a nominal term (modifiers, `of`-complements), for the coder to confirm.
    pub fn dependents(&self) -> Vec<&str> {
        let head = self.head();
        let mut skipped = false;
        self.words
            .iter()
            .filter(|w| {
                if !skipped && *w == head {
                    skipped = true;
                    return false;
                }
                true
            })
            .map(String::as_str)
            .collect()
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words.join("_"))
    }
}

/// What a slot accepts: any word, or one of a set of terms (expanded from synonym sets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lex {
    /// The text as written in the file (`&SANCTION|ban`), for evidence and messages.
    pub source: String,
    /// True for `*`: any dependent with this relation.
    pub any: bool,
    /// The accepted terms (empty when `any`).
    pub terms: Arc<[Term]>,
    heads: Arc<HashSet<String>>,
}

impl Lex {
    /// `*`: anything.
    pub fn any() -> Lex {
        Lex {
            source: "*".into(),
            any: true,
            terms: Arc::from(Vec::new()),
            heads: Arc::new(HashSet::new()),
        }
    }

    /// A set of accepted terms.
    pub fn terms(source: String, terms: Vec<Term>) -> Lex {
        let heads = terms.iter().map(|t| t.head().to_string()).collect();
        Lex {
            source,
            any: false,
            terms: Arc::from(terms),
            heads: Arc::new(heads),
        }
    }

    /// True when a dependent whose head lemma is `lemma` is accepted (lower-case lemma expected).
    /// Multi-word terms match on their head; the coder may confirm the other words with [`Term::dependents`].
    pub fn matches(&self, lemma: &str) -> bool {
        self.any || self.heads.contains(lemma)
    }
}

/// A required dependent of the predicate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// The relation from the predicate to the dependent.
    pub rel: Rel,
    /// What the dependent's lemma must be.
    pub lex: Lex,
}

/// Where an actor comes from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Role {
    /// The coder's default: source = subject (or `by`-agent of a passive, possessor of a nominal);
    /// target = first actor among obj, iobj, obl, nmod (passive subject for passives), skipping
    /// dependents that a slot constrains to a non-actor word.
    Auto,
    /// This dependent of the predicate (e.g. `obl:on`).
    Dep(Rel),
    /// The object of the embedded complement (`xcomp`), e.g. "agreed to meet *Kim*".
    ComplementObj,
    /// The possessor of the object, e.g. "rejected *Iran*'s proposal".
    ObjPossessor,
}

impl Role {
    /// Parses `auto`, `xcomp.obj` or a relation.
    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "auto" => Some(Role::Auto),
            "xcomp.obj" => Some(Role::ComplementObj),
            "obj.poss" => Some(Role::ObjPossessor),
            other => Rel::parse(other).map(Role::Dep),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Role::Auto => f.write_str("auto"),
            Role::Dep(rel) => rel.fmt(f),
            Role::ComplementObj => f.write_str("xcomp.obj"),
            Role::ObjPossessor => f.write_str("obj.poss"),
        }
    }
}

/// One event pattern, compiled for one predicate lemma.
///
/// A pattern line whose predicate is a synonym set is compiled once per member; all copies share
/// the id and (through `Arc`s) the slots.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// Stable id from the file (evidence for coded events).
    pub id: Arc<str>,
    /// The predicate lemma this copy is indexed under (lower case).
    pub lemma: String,
    /// Extra words of a multi-word predicate: particles of a verb (`off` in `call_off`),
    /// modifiers of a noun (`hunger` in `hunger_strike`).
    pub extra: Vec<String>,
    /// Verb or noun predicate.
    pub pos: PosTag,
    /// Required dependents.
    pub slots: Arc<[Slot]>,
    /// The CAMEO code, or `None` for a null pattern (`-> ---`): it matches but yields no event,
    /// blocking less specific patterns (e.g. "prices fell").
    pub code: Option<CameoCode>,
    /// Where the source actor is.
    pub source: Role,
    /// Where the target actor is.
    pub target: Role,
    /// Reciprocal code: also code target → source with this code (`recip` alone = same code).
    pub recip: Option<CameoCode>,
    /// Complement frame (`appeal`, `intent`, `demand`, `reject`, `threaten`...): combine the code
    /// with the event of the `xcomp`/`ccomp` complement through [`crate::events::Frames`].
    pub frame: Option<Arc<str>>,
    /// Code to use when the predicate is negated ("did not agree to talks" → 125).
    pub neg: Option<CameoCode>,
    /// File the pattern was read from.
    pub file: Arc<str>,
    /// 1-based line in that file.
    pub line: usize,
}

impl Pattern {
    /// How specific the pattern is: the coder prefers the most specific match.
    /// One point per slot, one more per slot that names words, one for multi-word predicates.
    pub fn specificity(&self) -> usize {
        self.slots.iter().map(|s| if s.lex.any { 1 } else { 2 }).sum::<usize>() + usize::from(!self.extra.is_empty())
    }

    /// The slot for a relation, if the pattern constrains it.
    pub fn slot(&self, rel: &Rel) -> Option<&Slot> {
        self.slots.iter().find(|s| &s.rel == rel)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relations_round_trip() {
        for text in [
            "nsubj",
            "nsubj:pass",
            "obj",
            "iobj",
            "obl",
            "obl:on",
            "obl:according_to",
            "nmod:poss",
            "nmod:with",
            "mod",
            "prt",
            "xcomp",
            "ccomp",
            "acl",
        ] {
            assert_eq!(Rel::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(Rel::parse("obl:On"), None);
        assert_eq!(Rel::parse("subj"), None);
        assert_eq!(Rel::parse("obl:on").unwrap().case(), Some("on"));
        let either = Rel::parse("obl:on|against").unwrap();
        assert!(either.accepts_case(Some("against")));
        assert!(!either.accepts_case(Some("with")));
        assert!(!either.accepts_case(None));
        assert!(Rel::parse("obl").unwrap().accepts_case(Some("with")));
        assert!(Rel::parse("obl:according_to")
            .unwrap()
            .accepts_case(Some("according to")));
        assert_eq!(Rel::parse("obl:on|"), None);
    }

    #[test]
    fn term_heads() {
        assert_eq!(Term::parse("economic_aid").head(), "aid");
        assert_eq!(Term::parse("state_of_emergency").head(), "state");
        assert_eq!(Term::parse("state_of_emergency").dependents(), vec!["of", "emergency"]);
        assert_eq!(Term::parse("Talk").head(), "talk");
    }

    #[test]
    fn lex_matches_heads() {
        let lex = Lex::terms("&X".into(), vec![Term::parse("sanction"), Term::parse("trade_embargo")]);
        assert!(lex.matches("sanction"));
        assert!(lex.matches("embargo"));
        assert!(!lex.matches("trade"));
        assert!(Lex::any().matches("anything"));
    }
}
