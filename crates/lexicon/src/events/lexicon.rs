//! `EventLexicon`: loads pattern files (embedded defaults, then a user directory that extends or
//! overrides them), resolves synonym sets and indexes the patterns by predicate lemma.

use super::code::CameoCode;
use super::error::LoadError;
use super::frames::Frames;
use super::index::{LemmaPatterns, SlotHeads, Vocabulary, WordId};
use super::parse::{parse_line, Line, RawPattern, RawSynset};
use super::pattern::{Lex, Pattern, PosTag, Slot, Term};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;

/// `(name, text)` for each embedded file of `data/lexicon/events/`.
macro_rules! embedded_files {
    ($($name:literal),* $(,)?) => {
        &[$((concat!("data/lexicon/events/", $name), include_str!(concat!("../../../../data/lexicon/events/", $name)))),*]
    };
}

/// The pattern files shipped in the binary, in load order: curated files first, so that among
/// equally specific patterns for a lemma the curated one comes first.
const EMBEDDED: &[(&str, &str)] = embedded_files!(
    "synsets.pat",
    "verbs.pat",
    "nominal.pat",
    "complement.pat",
    "rejection.pat",
    "petrarch2-synsets.pat",
    "petrarch2-verbs.pat",
    "petrarch1-verbs.pat",
);

/// Ids of converted patterns that are dropped when the embedded files load
/// (`data/lexicon/events/pruned.tsv`: `id<TAB>reason`): PETRARCH verb classes too generic to
/// mean one event without an object, and shapes that code noise in dependency parses.
const PRUNED: &str = include_str!("../../../../data/lexicon/events/pruned.tsv");

/// The pattern ids listed in [`PRUNED`].
fn pruned_ids() -> std::collections::HashSet<&'static str> {
    PRUNED
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .map(str::trim)
        .collect()
}

/// How loading treats bad lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Any problem fails the load (returns every problem found).
    Strict,
    /// Bad lines are skipped and listed in [`EventLexicon::problems`]; the rest loads.
    Lenient,
}

/// One pattern line as kept after loading (before expansion per lemma), for checks and counts.
#[derive(Debug, Clone)]
pub(crate) struct Definition {
    pub id: String,
    pub code: Option<CameoCode>,
    pub frame: Option<String>,
    pub neg: Option<CameoCode>,
    pub recip: Option<CameoCode>,
    /// Predicate, part of speech, slots and roles in canonical form: equal keys with different
    /// codes are conflicting duplicates.
    pub key: String,
    pub file: String,
    pub line: usize,
}

#[derive(Debug, Clone)]
struct SynsetDef {
    members: Vec<String>,
    layer: u8,
    file: String,
    line: usize,
}

/// The event patterns, indexed by predicate lemma.
#[derive(Debug, Clone, Default)]
pub struct EventLexicon {
    index: HashMap<String, LemmaPatterns>,
    vocabulary: Vocabulary,
    definitions: Vec<Definition>,
    synsets: BTreeMap<String, Vec<Term>>,
    /// The [`WordId`]s of each synonym set's heads, sorted.
    synset_ids: HashMap<String, Vec<WordId>>,
    problems: Vec<LoadError>,
}

struct Located<T> {
    item: T,
    layer: u8,
    file: Arc<str>,
    line: usize,
}

impl EventLexicon {
    /// The patterns shipped in the binary.
    pub fn embedded() -> &'static EventLexicon {
        static LEXICON: std::sync::OnceLock<EventLexicon> = std::sync::OnceLock::new();
        LEXICON.get_or_init(|| {
            let sources: Vec<(String, String, u8)> = EMBEDDED
                .iter()
                .map(|(name, text)| (name.to_string(), text.to_string(), 0))
                .collect();
            EventLexicon::build(&sources, Mode::Lenient).unwrap_or_default()
        })
    }

    /// The embedded patterns extended/overridden by every `*.pat` file in `dir` (sorted by name):
    /// a user pattern with a default pattern's id replaces it, `&SET = ...` replaces a default
    /// set and `&SET += ...` adds to it.
    pub fn load(dir: &Path, mode: Mode) -> Result<EventLexicon, Vec<LoadError>> {
        let mut sources: Vec<(String, String, u8)> = EMBEDDED
            .iter()
            .map(|(name, text)| (name.to_string(), text.to_string(), 0))
            .collect();
        let (user, mut errors) = read_dir(dir);
        sources.extend(user.into_iter().map(|(name, text)| (name, text, 1)));
        match EventLexicon::build(&sources, mode) {
            Ok(mut lexicon) => {
                if mode == Mode::Strict && !errors.is_empty() {
                    return Err(errors);
                }
                errors.append(&mut lexicon.problems);
                lexicon.problems = errors;
                Ok(lexicon)
            }
            Err(mut more) => {
                errors.append(&mut more);
                Err(errors)
            }
        }
    }

    /// Builds a lexicon from `(file name, text)` pairs only (no embedded defaults), e.g. fixtures.
    pub fn from_texts(files: &[(&str, &str)], mode: Mode) -> Result<EventLexicon, Vec<LoadError>> {
        let sources: Vec<(String, String, u8)> = files
            .iter()
            .map(|(name, text)| (name.to_string(), text.to_string(), 0))
            .collect();
        EventLexicon::build(&sources, mode)
    }

    /// Patterns whose predicate is `lemma` (lower case), most specific first. O(1) look-up.
    pub fn patterns_for(&self, lemma: &str) -> &[Pattern] {
        self.index.get(lemma).map(LemmaPatterns::patterns).unwrap_or(&[])
    }

    /// The patterns whose predicate is `lemma` (lower case), compiled for matching.
    pub fn lemma_patterns(&self, lemma: &str) -> Option<&LemmaPatterns> {
        self.index.get(lemma)
    }

    /// The number of a lemma (lower case) among the heads that pattern slots and synonym sets
    /// accept, for [`super::Compiled::accepts`] and [`EventLexicon::in_synset`]; `None` when none
    /// accepts it.
    pub fn word_id(&self, lemma: &str) -> Option<WordId> {
        self.vocabulary.id(lemma)
    }

    /// Number of pattern lines loaded (a line with a synonym-set predicate counts once).
    pub fn pattern_count(&self) -> usize {
        self.definitions.len()
    }

    /// Number of distinct predicate lemmas indexed.
    pub fn lemma_count(&self) -> usize {
        self.index.len()
    }

    /// The members of a synonym set (`&SANCTION`), fully expanded.
    pub fn synset(&self, name: &str) -> Option<&[Term]> {
        self.synsets.get(name).map(Vec::as_slice)
    }

    /// True when the word numbered `id` ([`EventLexicon::word_id`]) heads a member of the
    /// synonym set `name`: `synset(name)` has a term whose [`Term::head`] is that word.
    pub fn in_synset(&self, name: &str, id: Option<WordId>) -> bool {
        id.is_some_and(|id| {
            self.synset_ids
                .get(name)
                .is_some_and(|ids| ids.binary_search(&id).is_ok())
        })
    }

    /// Number of synonym sets.
    pub fn synset_count(&self) -> usize {
        self.synsets.len()
    }

    /// Lines skipped in lenient mode, with file:line and reason.
    pub fn problems(&self) -> &[LoadError] {
        &self.problems
    }

    /// The code for a negated event (`036` "agree to meet" negated → `125`), from the `reject` frame.
    pub fn negated(&self, code: CameoCode) -> Option<CameoCode> {
        Frames::embedded().combine("reject", Some(code))
    }

    /// Every pattern, once per indexed lemma.
    pub fn all_patterns(&self) -> impl Iterator<Item = &Pattern> {
        self.index.values().flat_map(LemmaPatterns::patterns)
    }

    pub(crate) fn definitions(&self) -> &[Definition] {
        &self.definitions
    }

    fn build(sources: &[(String, String, u8)], mode: Mode) -> Result<EventLexicon, Vec<LoadError>> {
        let mut errors = Vec::new();
        let mut synset_lines = Vec::new();
        let mut pattern_lines = Vec::new();
        for (name, text, layer) in sources {
            let file: Arc<str> = Arc::from(name.as_str());
            for (index, line) in text.lines().enumerate() {
                match parse_line(line) {
                    Ok(None) => {}
                    Ok(Some(Line::Synset(item))) => synset_lines.push(Located {
                        item,
                        layer: *layer,
                        file: file.clone(),
                        line: index + 1,
                    }),
                    Ok(Some(Line::Pattern(item))) => pattern_lines.push(Located {
                        item,
                        layer: *layer,
                        file: file.clone(),
                        line: index + 1,
                    }),
                    Err(message) => errors.push(LoadError::new(name, index + 1, message)),
                }
            }
        }
        let pruned = pruned_ids();
        pattern_lines.retain(|l| l.layer > 0 || !pruned.contains(l.item.id.as_str()));
        let raw_sets = collect_synsets(synset_lines, &mut errors);
        let synsets = expand_synsets(&raw_sets, &mut errors);
        let patterns = dedupe_patterns(pattern_lines, &mut errors);
        let mut lexicon = EventLexicon {
            synsets,
            ..EventLexicon::default()
        };
        for located in patterns {
            match lexicon.compile(&located) {
                Ok(()) => {}
                Err(message) => errors.push(LoadError::new(&located.file, located.line, message)),
            }
        }
        for patterns in lexicon.index.values_mut() {
            patterns.finish();
        }
        let vocabulary = &mut lexicon.vocabulary;
        lexicon.synset_ids = lexicon
            .synsets
            .iter()
            .map(|(name, terms)| (name.clone(), vocabulary.intern_terms(terms)))
            .collect();
        errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        if mode == Mode::Strict && !errors.is_empty() {
            return Err(errors);
        }
        lexicon.problems = errors;
        Ok(lexicon)
    }

    fn resolve(&self, lex: &str) -> Result<Lex, String> {
        if lex == "*" {
            return Ok(Lex::any());
        }
        let mut terms = Vec::new();
        for alt in lex.split('|') {
            if alt.starts_with('&') {
                let members = self
                    .synsets
                    .get(alt)
                    .ok_or_else(|| format!("unknown synonym set {alt}"))?;
                terms.extend(members.iter().cloned());
            } else {
                terms.push(Term::parse(alt));
            }
        }
        Ok(Lex::terms(lex.to_string(), terms))
    }

    fn compile(&mut self, located: &Located<RawPattern>) -> Result<(), String> {
        let raw = &located.item;
        let pred = self.resolve(&raw.pred)?;
        let mut slots = Vec::with_capacity(raw.slots.len());
        for (rel, lex) in &raw.slots {
            slots.push(Slot {
                rel: rel.clone(),
                lex: self.resolve(lex)?,
            });
        }
        let heads: SlotHeads = slots.iter().map(|s| self.vocabulary.intern_heads(&s.lex)).collect();
        let slots: Arc<[Slot]> = Arc::from(slots);
        let id: Arc<str> = Arc::from(raw.id.as_str());
        let frame: Option<Arc<str>> = raw.frame.as_deref().map(Arc::from);
        for term in pred.terms.iter() {
            let (lemma, extra) = match raw.pos {
                PosTag::Verb => (term.words[0].clone(), term.words[1..].to_vec()),
                PosTag::Noun => (
                    term.head().to_string(),
                    term.dependents().into_iter().map(str::to_string).collect(),
                ),
            };
            let pattern = Pattern {
                id: id.clone(),
                lemma: lemma.clone(),
                extra,
                pos: raw.pos,
                slots: slots.clone(),
                code: raw.code,
                source: raw.source.clone(),
                target: raw.target.clone(),
                recip: raw.recip,
                frame: frame.clone(),
                neg: raw.neg,
                file: located.file.clone(),
                line: located.line,
            };
            self.index.entry(lemma).or_default().push(pattern, heads.clone());
        }
        self.definitions.push(Definition {
            id: raw.id.clone(),
            code: raw.code,
            frame: raw.frame.clone(),
            neg: raw.neg,
            recip: raw.recip,
            key: canonical_key(raw),
            file: located.file.to_string(),
            line: located.line,
        });
        Ok(())
    }
}

fn canonical_key(raw: &RawPattern) -> String {
    let mut slots: Vec<String> = raw.slots.iter().map(|(rel, lex)| format!("{rel}={lex}")).collect();
    slots.sort();
    format!(
        "{}/{:?} {} source={} target={}",
        raw.pred,
        raw.pos,
        slots.join(" "),
        raw.source,
        raw.target
    )
}

fn collect_synsets(lines: Vec<Located<RawSynset>>, errors: &mut Vec<LoadError>) -> BTreeMap<String, SynsetDef> {
    let mut sets: BTreeMap<String, SynsetDef> = BTreeMap::new();
    let (definitions, extensions): (Vec<_>, Vec<_>) = lines.into_iter().partition(|l| !l.item.extend);
    for located in definitions {
        let RawSynset { name, members, .. } = located.item;
        if let Some(existing) = sets.get(&name) {
            if existing.layer == located.layer {
                errors.push(LoadError::new(
                    &located.file,
                    located.line,
                    format!(
                        "duplicate synonym set {name} (first defined at {}:{})",
                        existing.file, existing.line
                    ),
                ));
                continue;
            }
        }
        let def = SynsetDef {
            members,
            layer: located.layer,
            file: located.file.to_string(),
            line: located.line,
        };
        sets.insert(name, def);
    }
    for located in extensions {
        let RawSynset { name, members, .. } = located.item;
        match sets.get_mut(&name) {
            Some(set) => set.members.extend(members),
            None => errors.push(LoadError::new(
                &located.file,
                located.line,
                format!("`+=` to unknown synonym set {name}"),
            )),
        }
    }
    sets
}

fn expand_synsets(sets: &BTreeMap<String, SynsetDef>, errors: &mut Vec<LoadError>) -> BTreeMap<String, Vec<Term>> {
    let mut expanded = BTreeMap::new();
    for (name, def) in sets {
        let mut terms = Vec::new();
        let mut stack = vec![name.as_str()];
        if let Err(message) = expand_into(sets, def, &mut stack, &mut terms) {
            errors.push(LoadError::new(&def.file, def.line, message));
            continue;
        }
        let mut seen = std::collections::HashSet::new();
        terms.retain(|t| seen.insert(t.clone()));
        expanded.insert(name.clone(), terms);
    }
    expanded
}

fn expand_into<'a>(
    sets: &'a BTreeMap<String, SynsetDef>,
    def: &'a SynsetDef,
    stack: &mut Vec<&'a str>,
    out: &mut Vec<Term>,
) -> Result<(), String> {
    for member in &def.members {
        if member.starts_with('&') {
            if stack.contains(&member.as_str()) {
                return Err(format!("synonym set {} refers to itself through {member}", stack[0]));
            }
            let inner = sets
                .get(member)
                .ok_or_else(|| format!("synonym set {}: unknown synonym set {member}", stack[0]))?;
            stack.push(member);
            expand_into(sets, inner, stack, out)?;
            stack.pop();
        } else {
            out.push(Term::parse(member));
        }
    }
    Ok(())
}

fn dedupe_patterns(lines: Vec<Located<RawPattern>>, errors: &mut Vec<LoadError>) -> Vec<Located<RawPattern>> {
    let mut kept: Vec<Option<Located<RawPattern>>> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for located in lines {
        match by_id.get(&located.item.id) {
            Some(&i) => {
                let Some(existing) = kept[i].as_ref() else { continue };
                if existing.layer < located.layer {
                    kept[i] = None;
                    by_id.insert(located.item.id.clone(), kept.len());
                    kept.push(Some(located));
                } else {
                    errors.push(LoadError::new(
                        &located.file,
                        located.line,
                        format!(
                            "duplicate pattern id {} (first at {}:{})",
                            located.item.id, existing.file, existing.line
                        ),
                    ));
                }
            }
            None => {
                by_id.insert(located.item.id.clone(), kept.len());
                kept.push(Some(located));
            }
        }
    }
    kept.into_iter().flatten().collect()
}

fn read_dir(dir: &Path) -> (Vec<(String, String)>, Vec<LoadError>) {
    let name = dir.display().to_string();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            return (
                Vec::new(),
                vec![LoadError::new(&name, 0, format!("cannot read directory: {e}"))],
            )
        }
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "pat"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let file = path.display().to_string();
        match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => files.push((file, text)),
                Err(e) => errors.push(LoadError::new(
                    &file,
                    0,
                    format!("not UTF-8 (byte offset {})", e.utf8_error().valid_up_to()),
                )),
            },
            Err(e) => errors.push(LoadError::new(&file, 0, format!("cannot read: {e}"))),
        }
    }
    (files, errors)
}
