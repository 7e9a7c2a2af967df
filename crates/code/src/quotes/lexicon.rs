//! The reporting-cue lexicon (`data/lexicon/quotes/cues.tsv`): verbs by lemma with the kind of
//! complement that carries what was said, reporting nouns, and multiword phrases.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const CUES: &str = include_str!("../../../../data/lexicon/quotes/cues.tsv");

/// One cue verb: what it can take as the content of an attribution. Every cue verb takes a
/// clausal or infinitival complement ("said that ...", "urged them to ...").
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Verb {
    /// A verb of speech ("say", "tell", "warn"): it also introduces direct quotes and
    /// parenthetical attributions ("..., he said").
    pub speech: bool,
    /// Its object (or a `for`/`about`/`of` oblique) is the content ("cited the report", "called
    /// for sanctions").
    pub object: bool,
    /// Its object is the hearer, not what was said ("told reporters", "urged them"): the object
    /// alone is no content.
    pub addressee: bool,
    /// Only a clause carries its content ("maintained that ...", "added that ..."): its object or
    /// oblique does not ("maintained a lead", "added $3 million").
    pub clause_only: bool,
    /// Its `to` oblique is the content ("referred to the scandal", "pointed to the polls").
    pub to_object: bool,
    /// How sure a match is to be speech (1.0) rather than belief or perception (lower).
    pub weight: f32,
}

/// The cue lexicon.
#[derive(Debug, Default)]
pub struct Cues {
    pub verbs: HashMap<String, Verb>,
    /// The verbs ending in a silent e, by their stem without it ("not" -> note), for lemmas the
    /// lemmatizer got wrong.
    silent_e: HashMap<String, Verb>,
    pub nouns: HashSet<String>,
    /// Nouns naming a document or an act of speech: as a bare object ("proposed a resolution",
    /// "made a statement", "wrote a book") they name the work, not what it says.
    pub artifacts: HashSet<String>,
    /// Verbs whose subject is part of what is reported ("Trump appears to be winning", "the race
    /// seems closer"): the report is the writer's, with no speaker in the sentence.
    pub raising: HashSet<String>,
    /// Nouns naming where findings or words were published ("In a CBS News poll, Trump led"):
    /// the clause after "In ... poll," is theirs.
    pub sources: HashSet<String>,
}

impl Cues {
    /// Parses the lexicon format (`cue<TAB>kind<TAB>weight`, `#` comments; a lemma may be listed
    /// under several kinds). Lines with an unknown kind are reported and skipped.
    pub fn parse(text: &str) -> (Cues, Vec<String>) {
        let mut cues = Cues::default();
        let mut warnings = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (cue, kind) = (cols.next().unwrap_or(""), cols.next().unwrap_or(""));
            let weight = cols.next().and_then(|w| w.trim().parse().ok()).unwrap_or(0.6);
            let verb = || Verb {
                weight,
                ..Verb::default()
            };
            match kind {
                "verb" => {
                    let v = cues.verbs.entry(cue.to_string()).or_insert_with(verb);
                    v.speech = true;
                    v.weight = v.weight.max(weight);
                }
                "thought" => {
                    cues.verbs.entry(cue.to_string()).or_insert_with(verb);
                }
                "object" => cues.verbs.entry(cue.to_string()).or_insert_with(verb).object = true,
                "addressee" => cues.verbs.entry(cue.to_string()).or_insert_with(verb).addressee = true,
                "clause" => cues.verbs.entry(cue.to_string()).or_insert_with(verb).clause_only = true,
                "to" => cues.verbs.entry(cue.to_string()).or_insert_with(verb).to_object = true,
                "noun" => {
                    cues.nouns.insert(cue.to_string());
                }
                "artifact" => {
                    cues.artifacts.insert(cue.to_string());
                }
                "raising" => {
                    cues.raising.insert(cue.to_string());
                }
                "source" => {
                    cues.sources.insert(cue.to_string());
                }
                "phrase" => {}
                other => warnings.push(format!("cues.tsv:{}: unknown kind {other:?}; line skipped", i + 1)),
            }
        }
        cues.silent_e = cues
            .verbs
            .iter()
            .filter_map(|(lemma, &v)| Some((lemma.strip_suffix('e')?.to_string(), v)))
            .collect();
        (cues, warnings)
    }

    /// The embedded lexicon.
    pub fn embedded() -> &'static Cues {
        static CELL: OnceLock<Cues> = OnceLock::new();
        CELL.get_or_init(|| Cues::parse(CUES).0)
    }

    /// The cue verb `lemma`, if it is one. A lemma whose silent e the lemmatizer got wrong on an
    /// unknown form ("noting" -> "not", "applauding" -> "applaude") is read with it restored or
    /// dropped.
    pub fn verb(&self, lemma: &str) -> Option<Verb> {
        self.verbs
            .get(lemma)
            .or_else(|| self.silent_e.get(lemma))
            .or_else(|| self.verbs.get(lemma.strip_suffix('e')?))
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicon_is_clean_and_has_every_kind() {
        let (cues, warnings) = Cues::parse(CUES);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(cues
            .verb("say")
            .is_some_and(|v| v.speech && !v.object && v.weight == 1.0));
        assert!(cues.verb("find").is_some_and(|v| !v.speech && !v.object));
        assert!(cues.verb("cite").is_some_and(|v| !v.speech && v.object));
        assert!(cues.verb("criticize").is_some_and(|v| v.speech && v.object));
        assert!(cues.nouns.contains("statement"));
        assert!(cues.artifacts.contains("resolution") && cues.artifacts.contains("statement"));
        assert!(cues.verb("add").is_some_and(|v| v.speech && v.clause_only));
        assert!(cues.verb("refer").is_some_and(|v| v.to_object));
        assert!(cues.sources.contains("poll"));
        assert!(cues.raising.contains("appear") && cues.verb("appear").is_none());
        assert_eq!(cues.verb("table"), None);
        assert_eq!(cues.verb("not"), cues.verb("note"), "a lemma with its silent e lost");
        assert_eq!(cues.verb("applaude"), cues.verb("applaud"));
    }

    #[test]
    fn unknown_kinds_are_reported() {
        let (cues, warnings) = Cues::parse("# c\nsay\tverb\t1\nfoo\tbogus\t1\nsay\tobject\t1\n");
        assert_eq!(cues.verbs.len(), 1);
        assert!(cues.verb("say").is_some_and(|v| v.speech && v.object));
        assert_eq!(warnings, ["cues.tsv:3: unknown kind \"bogus\"; line skipped"]);
    }
}
