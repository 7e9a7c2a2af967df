//! Repairs of parser output that Universal Dependencies rules out, applied after decoding:
//!
//! - an auxiliary or copula has no subject of its own: a subject hung on one ("Pyongyang [has]
//!   for months refused") belongs to the auxiliary's head;
//! - a preposition does not introduce a second subject: when a verb has two subjects and one
//!   follows a preposition attached to the verb as `mark` ("for months"), that one is an oblique
//!   and the preposition its `case`;
//! - a finite clause hung on the root noun as a relative clause or parataxis, with neither a
//!   subject nor a relative pronoun ("Syrian officers today ended mediation efforts" with
//!   `ended` a clause of `officers`), is the main clause and the noun its subject;
//! - a noun takes no object: an object hung on a noun that depends on a verb ("rejected Thursday
//!   a UN appeal" with `appeal` the object of `Thursday`) is the verb's;
//! - a passive subject needs a passive auxiliary: without one ("Thousands of Kurds demonstrated",
//!   with `demonstrated` tagged as a participle) the subject is active.
//!
//! Heads are 1-based as in CoNLL-U (0: the root).

use crate::word::Word;

/// Applies every repair to one parsed sentence, in linear time.
pub fn repair(words: &mut [Word]) {
    subjects_of_auxiliaries(words);
    subjects_after_prepositions(words);
    main_clauses_under_the_root_noun(words);
    objects_of_nouns(words);
    passive_subjects_without_auxiliary(words);
}

fn is_subject(deprel: &str) -> bool {
    matches!(deprel, "nsubj" | "nsubj:pass" | "csubj" | "csubj:pass")
}

/// The 0-based head of word `i`, if it has one inside the sentence.
fn head(words: &[Word], i: usize) -> Option<usize> {
    let h = words[i].head;
    (h > 0 && h <= words.len() && h - 1 != i).then(|| h - 1)
}

/// How many children of each word satisfy `pred`.
fn children_counts(words: &[Word], pred: impl Fn(&Word) -> bool) -> Vec<u32> {
    let mut counts = vec![0u32; words.len()];
    for i in 0..words.len() {
        if let Some(h) = head(words, i).filter(|_| pred(&words[i])) {
            counts[h] += 1;
        }
    }
    counts
}

fn subjects_of_auxiliaries(words: &mut [Word]) {
    for s in 0..words.len() {
        if !is_subject(&words[s].deprel) {
            continue;
        }
        let Some(aux) = head(words, s) else { continue };
        if !matches!(words[aux].deprel.as_str(), "aux" | "aux:pass" | "cop") {
            continue;
        }
        if let Some(verb) = head(words, aux).filter(|&v| v != s) {
            words[s].head = verb + 1;
        }
    }
}

fn subjects_after_prepositions(words: &mut [Word]) {
    let mut subjects = children_counts(words, |w| is_subject(&w.deprel));
    for n in 1..words.len() {
        let Some(verb) = head(words, n) else { continue };
        let p = n - 1;
        let nominal = matches!(words[n].upos.as_str(), "NOUN" | "PROPN" | "PRON" | "NUM");
        let preposition = words[p].upos == "ADP" && words[p].deprel == "mark" && head(words, p) == Some(verb);
        // `n` is one of the verb's subjects; another one makes it the second
        if words[n].deprel == "nsubj" && nominal && preposition && subjects[verb] > 1 {
            words[n].deprel = "obl".into();
            words[p].head = n + 1;
            words[p].deprel = "case".into();
            subjects[verb] -= 1;
        }
    }
}

fn main_clauses_under_the_root_noun(words: &mut [Word]) {
    let Some(noun) = (0..words.len()).find(|&i| words[i].head == 0) else {
        return;
    };
    if !matches!(words[noun].upos.as_str(), "NOUN" | "PROPN" | "PRON") {
        return;
    }
    let Some(verb) = (noun + 1..words.len()).find(|&v| {
        head(words, v) == Some(noun)
            && matches!(words[v].deprel.as_str(), "acl:relcl" | "parataxis")
            && matches!(words[v].xpos.as_str(), "VBD" | "VBZ" | "VBP")
    }) else {
        return;
    };
    let subject_or_relative = (0..words.len()).any(|c| {
        head(words, c) == Some(verb)
            && (words[c].deprel.starts_with("nsubj")
                || words[c].deprel.starts_with("csubj")
                || matches!(words[c].xpos.as_str(), "WDT" | "WP" | "WP$" | "WRB"))
    });
    if subject_or_relative {
        return;
    }
    for c in verb + 1..words.len() {
        if head(words, c) == Some(noun) {
            words[c].head = verb + 1;
        }
    }
    words[verb].head = 0;
    words[verb].deprel = "root".into();
    words[noun].head = verb + 1;
    words[noun].deprel = "nsubj".into();
}

fn objects_of_nouns(words: &mut [Word]) {
    for o in 0..words.len() {
        if !matches!(words[o].deprel.as_str(), "obj" | "iobj") {
            continue;
        }
        let Some(noun) = head(words, o) else { continue };
        if !matches!(words[noun].upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        if let Some(verb) = head(words, noun).filter(|&v| words[v].upos == "VERB") {
            words[o].head = verb + 1;
        }
    }
}

fn passive_subjects_without_auxiliary(words: &mut [Word]) {
    let auxiliaries = children_counts(words, |w| w.deprel == "aux:pass");
    for s in 0..words.len() {
        let active = match words[s].deprel.as_str() {
            "nsubj:pass" => "nsubj",
            "csubj:pass" => "csubj",
            _ => continue,
        };
        if head(words, s).is_some_and(|verb| auxiliaries[verb] == 0) {
            words[s].deprel = active.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentence of `(form, upos, head, deprel)` rows, verbs in the past tense, repaired.
    fn repaired(rows: &[(&str, &str, usize, &str)]) -> Vec<Word> {
        let mut words: Vec<Word> = rows
            .iter()
            .map(|&(form, upos, head, deprel)| Word {
                form: form.into(),
                upos: upos.into(),
                xpos: if upos == "VERB" { "VBD" } else { "" }.into(),
                head,
                deprel: deprel.into(),
                ..Word::default()
            })
            .collect();
        repair(&mut words);
        words
    }

    /// The (head, relation) of each word of `rows` after repair.
    fn tree(rows: &[(&str, &str, usize, &str)]) -> Vec<(usize, String)> {
        repaired(rows).into_iter().map(|w| (w.head, w.deprel)).collect()
    }

    /// The (head, relation) of each row as given.
    fn unrepaired(rows: &[(&str, &str, usize, &str)]) -> Vec<(usize, String)> {
        rows.iter().map(|r| (r.2, r.3.to_string())).collect()
    }

    #[test]
    fn a_subject_on_an_auxiliary_and_a_subject_after_a_preposition_are_repaired() {
        let rows = [
            ("Pyongyang", "PROPN", 2, "nsubj"),
            ("has", "AUX", 5, "aux"),
            ("for", "ADP", 5, "mark"),
            ("months", "NOUN", 5, "nsubj"),
            ("refused", "VERB", 0, "root"),
            (".", "PUNCT", 5, "punct"),
        ];
        let want = [
            (5, "nsubj"),
            (5, "aux"),
            (4, "case"),
            (5, "obl"),
            (0, "root"),
            (5, "punct"),
        ];
        assert_eq!(tree(&rows), want.map(|(h, d)| (h, d.to_string())));
    }

    #[test]
    fn a_passive_subject_needs_a_passive_auxiliary() {
        let demonstrated = [("Kurds", "PROPN", 2, "nsubj:pass"), ("demonstrated", "VERB", 0, "root")];
        assert_eq!(repaired(&demonstrated)[0].deprel, "nsubj");
        let arrested = [
            ("Kurds", "PROPN", 3, "nsubj:pass"),
            ("were", "AUX", 3, "aux:pass"),
            ("arrested", "VERB", 0, "root"),
        ];
        assert_eq!(tree(&arrested), unrepaired(&arrested));
    }

    #[test]
    fn a_clause_under_the_root_noun_and_an_object_of_a_noun_are_repaired() {
        // Officers today ended talks .   (parsed with "Officers" the root)
        let rows = [
            ("Officers", "NOUN", 0, "root"),
            ("today", "NOUN", 3, "obl:tmod"),
            ("ended", "VERB", 1, "parataxis"),
            ("talks", "NOUN", 3, "obj"),
            (".", "PUNCT", 1, "punct"),
        ];
        let want = [(3, "nsubj"), (3, "obl:tmod"), (0, "root"), (3, "obj"), (3, "punct")];
        assert_eq!(tree(&rows), want.map(|(h, d)| (h, d.to_string())));
        // Beirut rejected Thursday an appeal   ("appeal" hung on "Thursday")
        let rows = [
            ("Beirut", "PROPN", 2, "nsubj"),
            ("rejected", "VERB", 0, "root"),
            ("Thursday", "PROPN", 2, "obl:unmarked"),
            ("an", "DET", 5, "det"),
            ("appeal", "NOUN", 3, "obj"),
        ];
        assert_eq!(repaired(&rows)[4].head, 2);
    }

    #[test]
    fn valid_trees_are_left_alone() {
        // a relative clause with its relative pronoun
        let relative = [
            ("Officers", "NOUN", 0, "root"),
            ("who", "PRON", 3, "nsubj"),
            ("ended", "VERB", 1, "acl:relcl"),
        ];
        assert_eq!(tree(&relative), unrepaired(&relative));
        // It is time for him to go .   ("for" a mark, "him" the only subject of "go")
        let infinitive = [
            ("It", "PRON", 3, "nsubj"),
            ("is", "AUX", 3, "cop"),
            ("time", "NOUN", 0, "root"),
            ("for", "ADP", 7, "mark"),
            ("him", "PRON", 7, "nsubj"),
            ("to", "PART", 7, "mark"),
            ("go", "VERB", 3, "acl"),
            (".", "PUNCT", 3, "punct"),
        ];
        assert_eq!(tree(&infinitive), unrepaired(&infinitive));
        // a malformed tree (a subject that is its auxiliary's head) does not loop or panic
        let odd = [("a", "NOUN", 2, "nsubj"), ("b", "AUX", 1, "aux")];
        assert_eq!(tree(&odd), unrepaired(&odd));
        repair(&mut []);
    }
}
