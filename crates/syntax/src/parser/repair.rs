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

/// Applies every repair to one parsed sentence.
pub fn repair(words: &mut [Word]) {
    subjects_of_auxiliaries(words);
    subjects_after_prepositions(words);
    main_clauses_under_the_root_noun(words);
    objects_of_nouns(words);
    passive_subjects_without_auxiliary(words);
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

fn is_subject(deprel: &str) -> bool {
    matches!(deprel, "nsubj" | "nsubj:pass" | "csubj" | "csubj:pass")
}

/// The 0-based head of word `i`, if it has one inside the sentence.
fn head(words: &[Word], i: usize) -> Option<usize> {
    let h = words[i].head;
    (h > 0 && h <= words.len() && h - 1 != i).then(|| h - 1)
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
    for n in 1..words.len() {
        let Some(verb) = head(words, n) else { continue };
        let p = n - 1;
        let nominal = matches!(words[n].upos.as_str(), "NOUN" | "PROPN" | "PRON" | "NUM");
        let preposition = words[p].upos == "ADP" && words[p].deprel == "mark" && head(words, p) == Some(verb);
        if words[n].deprel != "nsubj" || !nominal || !preposition {
            continue;
        }
        let other_subject =
            (0..words.len()).any(|s| s != n && head(words, s) == Some(verb) && is_subject(&words[s].deprel));
        if other_subject {
            words[n].deprel = "obl".into();
            words[p].head = n + 1;
            words[p].deprel = "case".into();
        }
    }
}

fn passive_subjects_without_auxiliary(words: &mut [Word]) {
    for s in 0..words.len() {
        let passive = match words[s].deprel.as_str() {
            "nsubj:pass" => "nsubj",
            "csubj:pass" => "csubj",
            _ => continue,
        };
        let Some(verb) = head(words, s) else { continue };
        let auxiliary = (0..words.len()).any(|a| head(words, a) == Some(verb) && words[a].deprel == "aux:pass");
        if !auxiliary {
            words[s].deprel = passive.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(rows: &[(&str, &str, usize, &str)]) -> Vec<Word> {
        rows.iter()
            .map(|&(form, upos, head, deprel)| Word {
                form: form.into(),
                upos: upos.into(),
                head,
                deprel: deprel.into(),
                ..Word::default()
            })
            .collect()
    }

    fn tree(words: &[Word]) -> Vec<(usize, &str)> {
        words.iter().map(|w| (w.head, w.deprel.as_str())).collect()
    }

    #[test]
    fn a_subject_on_an_auxiliary_and_a_subject_after_a_preposition_are_repaired() {
        // Pyongyang has for months refused .
        let mut w = sentence(&[
            ("Pyongyang", "PROPN", 2, "nsubj"),
            ("has", "AUX", 5, "aux"),
            ("for", "ADP", 5, "mark"),
            ("months", "NOUN", 5, "nsubj"),
            ("refused", "VERB", 0, "root"),
            (".", "PUNCT", 5, "punct"),
        ]);
        repair(&mut w);
        assert_eq!(
            tree(&w),
            [
                (5, "nsubj"),
                (5, "aux"),
                (4, "case"),
                (5, "obl"),
                (0, "root"),
                (5, "punct")
            ]
        );
        // Kurds demonstrated .   /   Kurds were arrested .
        let mut w = sentence(&[
            ("Kurds", "PROPN", 2, "nsubj:pass"),
            ("demonstrated", "VERB", 0, "root"),
            (".", "PUNCT", 2, "punct"),
        ]);
        repair(&mut w);
        assert_eq!(w[0].deprel, "nsubj");
        let mut w = sentence(&[
            ("Kurds", "PROPN", 3, "nsubj:pass"),
            ("were", "AUX", 3, "aux:pass"),
            ("arrested", "VERB", 0, "root"),
        ]);
        repair(&mut w);
        assert_eq!(w[0].deprel, "nsubj:pass");
    }

    #[test]
    fn a_clause_under_the_root_noun_and_an_object_of_a_noun_are_repaired() {
        // Officers today ended talks Thursday efforts .   (parsed with "Officers" the root)
        let mut w = sentence(&[
            ("Officers", "NOUN", 0, "root"),
            ("today", "NOUN", 3, "obl:tmod"),
            ("ended", "VERB", 1, "parataxis"),
            ("talks", "NOUN", 3, "obj"),
            (".", "PUNCT", 1, "punct"),
        ]);
        w[2].xpos = "VBD".into();
        repair(&mut w);
        assert_eq!(
            tree(&w),
            [(3, "nsubj"), (3, "obl:tmod"), (0, "root"), (3, "obj"), (3, "punct")]
        );
        // Beirut rejected Thursday an appeal .   ("appeal" hung on "Thursday")
        let mut w = sentence(&[
            ("Beirut", "PROPN", 2, "nsubj"),
            ("rejected", "VERB", 0, "root"),
            ("Thursday", "PROPN", 2, "obl:unmarked"),
            ("an", "DET", 5, "det"),
            ("appeal", "NOUN", 3, "obj"),
        ]);
        repair(&mut w);
        assert_eq!(w[4].head, 2);
        // a relative clause with its relative pronoun stays
        let mut w = sentence(&[
            ("Officers", "NOUN", 0, "root"),
            ("who", "PRON", 3, "nsubj"),
            ("ended", "VERB", 1, "acl:relcl"),
        ]);
        w[2].xpos = "VBD".into();
        let before = w.clone();
        repair(&mut w);
        assert_eq!(w, before);
    }

    #[test]
    fn valid_trees_are_left_alone() {
        // It is time for him to go .   ("for" a mark, "him" the only subject of "go")
        let rows = [
            ("It", "PRON", 3, "nsubj"),
            ("is", "AUX", 3, "cop"),
            ("time", "NOUN", 0, "root"),
            ("for", "ADP", 7, "mark"),
            ("him", "PRON", 7, "nsubj"),
            ("to", "PART", 7, "mark"),
            ("go", "VERB", 3, "acl"),
            (".", "PUNCT", 3, "punct"),
        ];
        let mut w = sentence(&rows);
        let before = w.clone();
        repair(&mut w);
        assert_eq!(w, before);
        // a malformed tree (a subject that is its auxiliary's head) does not loop or panic
        let mut odd = sentence(&[("a", "NOUN", 2, "nsubj"), ("b", "AUX", 1, "aux")]);
        repair(&mut odd);
        repair(&mut []);
    }
}
