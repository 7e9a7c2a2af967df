//! Indirect quotes: a cue verb with its complement ("Aso said Japan would not compromise", "urged
//! supporters to monitor polling places", "cited the report", "..., he said" after the content),
//! "according to X", reporting nouns with a "that" clause ("Trump's claim that ..."), raising
//! verbs ("Trump appears to be winning") and findings introduced by their source ("In a CBS News
//! poll, Trump led").

use super::attribute::{phrase, speaker_of, speaker_ref, Attributed, QuoteInput};
use super::lexicon::{Cues, Verb};
use crate::record::QuoteKind;
use crate::tree::Tree;

/// Sentences longer than this are not searched (the coder skips them too).
const MAX_WORDS: usize = 400;

/// The last word of what follows cue `w` inside its own clause: its right dependents, with a
/// coordinated predicate that shares them ("wants to triple X, grow Y and create Z", "said that
/// A, and that B") but not one that is a statement of its own (with its own subject, or a cue
/// of its own: "said A and Democrats accused B", "attacked X and called Y a Z"), nor
/// parentheticals and the punctuation around them.
fn right_extent(tree: &Tree, cues: &Cues, w: usize) -> usize {
    let own_statement = |c: usize| {
        let that = tree
            .children(c)
            .iter()
            .any(|&m| tree.base(m) == "mark" && tree.lemma(m) == "that");
        !that && (tree.child_with(c, "nsubj").is_some() || cues.verb(tree.lemma(c)).is_some())
    };
    tree.children(w)
        .iter()
        .filter(|&&c| c > w && !matches!(tree.base(c), "cc" | "parataxis" | "punct"))
        .filter(|&&c| tree.base(c) != "conj" || !own_statement(c))
        // "said ..., adding that": a participle that is a cue of its own.
        .filter(|&&c| tree.base(c) != "advcl" || cues.verb(tree.lemma(c)).is_none())
        .map(|&c| tree.subtree_bounds(c).1)
        .max()
        .unwrap_or(w)
}

/// The word range `(lo, hi)` (inclusive) of the content the cue verb `w` introduces, if any.
fn complement(tree: &Tree, cues: &Cues, w: usize, verb: Verb) -> Option<(usize, usize)> {
    if let Some(c) = clausal_complement(tree, w) {
        return Some(clause_extent(tree, cues, w, tree.subtree_bounds(c)));
    }
    // An open complement: "urged supporters to monitor", "wants to win", "called it a con".
    if let Some(x) = tree.child_with(w, "xcomp") {
        let (xl, xh) = tree.subtree_bounds(x);
        let lo = tree
            .child_with(w, "obj")
            .filter(|&o| o < x)
            .map_or(xl, |o| tree.subtree_bounds(o).0);
        return Some((lo.min(xl), xh.max(right_extent(tree, cues, w))));
    }
    // An infinitive the parser hung on the hearer: "asked the network to donate ...".
    if verb.addressee {
        let infinitive = tree.child_with(w, "obj").filter(|&o| o > w).and_then(|o| {
            tree.children(o).iter().copied().find(|&a| {
                a > o
                    && tree.base(a) == "acl"
                    && tree
                        .children(a)
                        .iter()
                        .any(|&m| tree.base(m) == "mark" && tree.lemma(m) == "to")
            })
        });
        if let Some(a) = infinitive {
            let (al, ah) = tree.subtree_bounds(a);
            return Some((al, ah.max(right_extent(tree, cues, w))));
        }
    }
    // A parenthetical attribution: "The talks are separate, the US said."
    if verb.speech && tree.base(w) == "parataxis" {
        // The head's clause; the attribution inside it is cut out by the caller.
        return Some(tree.subtree_bounds(tree.head(w)?));
    }
    right_dependents(tree, cues, w, verb)
        .or_else(|| that_clause(tree, cues, w, verb))
        .or_else(|| stray_that_clause(tree, w))
}

/// A "that" clause right after the cue that the parser made the main clause ("When Clinton noted
/// that Trump has not paid taxes, he interrupted her", with "paid" as the root): the content runs
/// from "that" to the end of that clause, without its parentheticals.
fn stray_that_clause(tree: &Tree, w: usize) -> Option<(usize, usize)> {
    let that = w + 1;
    if that >= tree.len() || tree.lemma(that) != "that" || tree.base(that) != "mark" {
        return None;
    }
    let mut clause = tree.head(that).filter(|&c| c > that)?;
    // Up from a word the parser gave the mark to ("that Trump has ... paid": "has").
    while matches!(tree.base(clause), "aux" | "cop" | "nsubj") {
        clause = tree.head(clause).filter(|&h| h > that)?;
    }
    // Not when it does belong to the cue (then the cue would have a complement).
    if tree.head(clause) == Some(w) {
        return None;
    }
    let hi = tree
        .children(clause)
        .iter()
        .copied()
        .filter(|&c| c > clause && !matches!(tree.base(c), "parataxis" | "punct" | "cc" | "conj"))
        .map(|c| tree.subtree_bounds(c).1)
        .max()
        .unwrap_or(clause);
    Some((that, hi))
}

/// The clausal complement of cue `w`: the one after it when the parser gave it two. A clause
/// between the cue's subject and the cue is a relative or appositive the parser misread ("Paradis,
/// who has been active in politics, says she ..."; "Zaheed, acting director of X, said ...").
fn clausal_complement(tree: &Tree, w: usize) -> Option<usize> {
    let subject = tree.child_with(w, "nsubj");
    let mut clauses = tree.children_with(w, "ccomp");
    let first = clauses.next()?;
    let after = std::iter::once(first).chain(clauses).find(|&c| c > w);
    let inside_subject = |c: usize| c < w && subject.is_some_and(|s| s < c);
    match after {
        Some(c) if inside_subject(first) => Some(c),
        _ => Some(first),
    }
}

/// A "that" clause the parser hung on something after a verb of speech ("said in the letter that
/// the advertisement suggests ..."): the content runs from "that" to the end of the cue's clause.
fn that_clause(tree: &Tree, cues: &Cues, w: usize, verb: Verb) -> Option<(usize, usize)> {
    if !verb.speech {
        return None;
    }
    let (_, hi) = tree.subtree_bounds(w);
    let that = (w + 1..=hi).find(|&i| tree.lemma(i) == "that" && tree.base(i) == "mark")?;
    // It must belong to the cue, not to a clause of its own inside an object or oblique.
    let clause = tree.head(that)?;
    if (w + 1..that).any(|i| matches!(tree.upos(i), "VERB" | "AUX") || is_separator(&tree.words[i].form)) {
        return None;
    }
    Some((that, tree.subtree_bounds(clause).1.max(right_extent(tree, cues, w))))
}

/// Does the right dependent `c` of cue `w` carry what was said? Its object does ("noted the
/// rule"), unless it is the hearer ("told reporters"); an `about`/`of`/`for`/`against`/`over`
/// oblique does ("spoke of reform", "called for sanctions"), and `on` on a common noun
/// ("commented on the case"); time, place and manner do not ("said on Friday", "in a
/// statement"), nor an inverted subject ("said Mr. Barrett"), nor a coordinated clause.
fn carries_content(tree: &Tree, c: usize, verb: Verb) -> bool {
    if verb.clause_only && matches!(tree.base(c), "obj" | "iobj" | "obl" | "nmod") {
        return false;
    }
    match tree.base(c) {
        "obj" | "iobj" => !verb.addressee || verb.object,
        "obl" => {
            tree.deprel(c) == "obl"
                && match tree.case_of(c).as_deref() {
                    Some("about" | "of" | "for" | "against" | "over") => true,
                    Some("to") => verb.to_object,
                    Some("on") => tree.upos(c) == "NOUN",
                    _ => false,
                }
        }
        // An infinitive or for-clause ("called on them to act", "called for others to act").
        "advcl" => tree
            .children(c)
            .iter()
            .any(|&m| tree.base(m) == "mark" && matches!(tree.lemma(m), "for" | "to")),
        "nmod" | "xcomp" | "ccomp" | "csubj" => true,
        _ => false,
    }
}

/// The content after cue `w` when it has no clausal complement: from its first content-bearing
/// right dependent (its preposition left out) to the end of the cue's clause.
fn right_dependents(tree: &Tree, cues: &Cues, w: usize, verb: Verb) -> Option<(usize, usize)> {
    let carrying: Vec<usize> = tree
        .children(w)
        .iter()
        .copied()
        .filter(|&c| c > w && carries_content(tree, c, verb))
        .collect();
    let &first = carrying.first()?;
    // A bare pronoun object alone is no content ("said it"), nor a bare document or act of
    // speech ("proposed a resolution", "made a statement").
    let bare = tree
        .children(first)
        .iter()
        .all(|&c| matches!(tree.base(c), "det" | "nummod"))
        || tree.subtree_bounds(first) == (first, first);
    let artifact = tree.upos(first) == "NOUN" && cues.artifacts.contains(tree.lemma(first));
    if carrying.len() == 1 && bare && (tree.upos(first) == "PRON" || artifact) {
        return None;
    }
    let (lo, hi) = tree.subtree_bounds(first);
    let lo = (lo..=hi)
        .find(|&i| !matches!(tree.base(i), "case" | "mark"))
        .unwrap_or(lo);
    Some((lo, hi.max(right_extent(tree, cues, w))))
}

/// The content of a clausal complement, widened where the parser cut it short: a complement after
/// the cue runs to the end of the cue's clause ("said that A, in a statement"), but not into a
/// coordinated statement ("said A and Democrats accused B"); one before the cue ("A, a source
/// said") runs from the start of the cue's clause to its subject.
fn clause_extent(tree: &Tree, cues: &Cues, w: usize, (lo, hi): (usize, usize)) -> (usize, usize) {
    let (clause_lo, _) = tree.subtree_bounds(w);
    if lo > w {
        // A subject the parser gave the cue after it belongs to the complement ("says Trump's
        // flurry of tweets was unhinged").
        let c = tree.child_with(w, "ccomp");
        let stray = tree
            .children(w)
            .iter()
            .copied()
            .filter(|&s| s > w && s < lo && tree.base(s) == "nsubj")
            .filter(|_| c.is_some_and(|c| tree.child_with(c, "nsubj").is_none()))
            .map(|s| tree.subtree_bounds(s).0)
            .min();
        (stray.unwrap_or(lo).min(lo), hi.max(right_extent(tree, cues, w)))
    } else if hi < w {
        let subject = tree.child_with(w, "nsubj").map(|s| tree.subtree_bounds(s).0);
        let end = subject.filter(|&s| s > hi).unwrap_or(w).saturating_sub(1);
        (lo.min(clause_lo), end.max(hi))
    } else {
        (lo, hi)
    }
}

/// Cuts a content before an attribution of its own that follows it: a coordinated clause with
/// its own subject ("they are convinced the probe was mishandled and Democrats accused the GOP
/// ..."), or a participle after a comma ("he did not believe it, arguing that ...").
fn cut_coordinated_cue(tree: &Tree, cues: &Cues, w: usize, (lo, hi): (usize, usize)) -> (usize, usize) {
    let finite = |x: usize| matches!(tree.words[x].xpos.as_str(), "VBD" | "VBZ" | "VBP");
    let cut = (lo + 1..=hi).find(|&v| {
        let start = tree.subtree_bounds(v).0;
        // The separator may hang on the participle or stand before its clause.
        let set_off = start > lo
            && (is_separator(&tree.words[start].form)
                || is_separator(&tree.words[start - 1].form)
                || is_separator(&tree.words[v - 1].form));
        let own_clause = match tree.base(v) {
            "conj" => {
                tree.child_with(v, "nsubj").is_some()
                    // "said A and warned B": a second finite cue of the same subject.
                    || (finite(v) && tree.words[v].xpos == tree.words[w].xpos)
            }
            // However the parser attached it.
            _ => tree.words[v].xpos == "VBG" && set_off,
        };
        v != w && own_clause && tree.upos(v) == "VERB" && cues.verb(tree.lemma(v)).is_some()
    });
    match cut {
        Some(v) => {
            let start = tree.subtree_bounds(v).0;
            // Drop the conjunction and punctuation before the coordinated clause.
            let mut end = start.saturating_sub(1);
            while end > lo && matches!(tree.upos(end), "PUNCT" | "CCONJ") {
                end -= 1;
            }
            (lo, end.max(lo))
        }
        None => (lo, hi),
    }
}

/// Punctuation that sets off an attribution clause ("..., a source said.").
fn is_separator(form: &str) -> bool {
    matches!(form, "," | "—" | "―" | "–" | "--")
}

/// An attribution set off by punctuation, read from the word order when the parser attached it
/// elsewhere: "A, a source said." (the content is A), "A, Mr. Bush said, B." (A and B), "A,
/// said Mr. Barrett." Returns the content parts, or `None` when cue `w` does not stand so.
fn set_off(tree: &Tree, w: usize) -> Option<Vec<(usize, usize)>> {
    let form = |i: usize| tree.words[i].form.as_str();
    // The attribution clause starts at its subject (or the cue itself: "..., said Mr. Barrett").
    let start = match tree.child_with(w, "nsubj").filter(|&s| s < w) {
        Some(s) => {
            let lo = tree.subtree_bounds(s).0;
            // Only auxiliaries and adverbs between the subject and the cue ("has also said").
            let (_, shi) = tree.subtree_bounds(s);
            if !(shi + 1..w).all(|i| matches!(tree.upos(i), "AUX" | "ADV" | "PART")) {
                return None;
            }
            lo
        }
        // A participle with no subject of its own ("..., citing the figures") qualifies the clause
        // before it; what it reports follows it.
        None if tree.words[w].xpos == "VBG" => return None,
        None => w,
    };
    if start < 2 || !is_separator(form(start - 1)) {
        return None;
    }
    // It ends at the next separator or the end of the sentence, with no other verb in between
    // ("told The Huffington Post on Thursday", "said in his interview").
    let end = (w + 1..tree.len())
        .find(|&i| is_separator(form(i)) || matches!(form(i), "." | "!" | "?" | ";" | ":"))
        .unwrap_or(tree.len());
    if (w + 1..end).any(|i| matches!(tree.upos(i), "VERB" | "AUX")) {
        return None;
    }
    let before = trim(tree, 0, start - 2)?;
    if before.1 + 1 - before.0 < 3 {
        return None;
    }
    let verb_before = (before.0..=before.1).any(|i| matches!(tree.upos(i), "VERB" | "AUX"));
    // After a comma the sentence may go on: with the rest of the content when what stood before
    // was no clause of its own ("Acts of protest, Mr. Obama said, are acts of patriotism"), or
    // when the rest is no subordinate clause or participle ("..., he said, adding that").
    let after = (end < tree.len() && is_separator(form(end)))
        .then(|| trim(tree, end + 1, tree.len() - 1))
        .flatten()
        .filter(|&(a, _)| {
            let opener = tree.words[a].xpos.as_str();
            !verb_before || !(matches!(tree.upos(a), "SCONJ" | "ADP") || opener == "VBG")
        });
    if after.is_none() && !verb_before {
        return None;
    }
    Some([Some(before), after].into_iter().flatten().collect())
}

/// The words of the attribution clause of cue `w` (its subject, the cue and, for a parenthetical,
/// everything hanging on it), as an inclusive range.
fn attribution_clause(tree: &Tree, w: usize) -> (usize, usize) {
    if tree.base(w) == "parataxis" {
        return tree.subtree_bounds(w);
    }
    let subject = tree.child_with(w, "nsubj").map_or(w, |s| tree.subtree_bounds(s).0);
    (subject.min(w), w)
}

/// Trims punctuation (and a leading conjunction) off a word range; `None` when nothing is left.
fn trim(tree: &Tree, lo: usize, hi: usize) -> Option<(usize, usize)> {
    let (mut lo, mut hi) = (lo, hi.min(tree.len().checked_sub(1)?));
    while lo < hi && (tree.upos(lo) == "PUNCT" || tree.base(lo) == "cc") {
        lo += 1;
    }
    while hi > lo && tree.upos(hi) == "PUNCT" {
        hi -= 1;
    }
    (lo <= hi && tree.upos(lo) != "PUNCT").then_some((lo, hi))
}

fn push(out: &mut Vec<Attributed>, input: &QuoteInput, k: usize, range: (usize, usize), cue: usize) -> usize {
    let content = input.span(k, range.0, range.1);
    let mut a = Attributed::new(QuoteKind::Indirect, content, [k, k]);
    a.cue = Some((k, cue, cue + 1));
    out.push(a);
    out.len() - 1
}

/// Finds the indirect quotes of every sentence.
pub fn find(input: &QuoteInput, cues: &Cues) -> Vec<Attributed> {
    let mut out: Vec<Attributed> = Vec::new();
    for (k, tree) in input.trees.iter().enumerate() {
        if tree.len() > MAX_WORDS {
            continue;
        }
        for w in 0..tree.len() {
            if tree.upos(w) != "VERB" || input.quoted_word(k, w) || cues.raising.contains(tree.lemma(w)) {
                continue;
            }
            // A verb outside the lexicon still reports an attitude when it takes a finite
            // clausal complement with its own subject ("the poll indicates that ...").
            let verb = cues.verb(tree.lemma(w)).or_else(|| {
                let c = tree.child_with(w, "ccomp")?;
                tree.child_with(c, "nsubj").map(|_| Verb {
                    weight: 0.3,
                    ..Verb::default()
                })
            });
            let Some(verb) = verb else { continue };
            // An attribution set off by commas reads from the word order; else from the tree.
            let set_off = set_off(tree, w)
                .filter(|_| tree.child_with(w, "ccomp").is_none_or(|c| c < w) && tree.child_with(w, "xcomp").is_none());
            let found = match &set_off {
                Some(parts) => parts.first().zip(parts.last()).map(|(f, l)| (f.0, l.1)),
                None => complement(tree, cues, w, verb)
                    .map(|r| cut_coordinated_cue(tree, cues, w, r))
                    .and_then(|(lo, hi)| trim(tree, lo, hi)),
            };
            let Some((lo, hi)) = found else {
                continue;
            };
            // One word is a target, not a report ("supported Sanders", "raised money").
            if lo == hi {
                continue;
            }
            // An attribution inside its content ("The museum, Mr. Bush said, celebrated ..."):
            // the content is what stands on either side of it.
            let mut parts = set_off.unwrap_or_default();
            if parts.is_empty() && lo <= w && w <= hi {
                let (a, b) = attribution_clause(tree, w);
                parts.extend(a.checked_sub(1).and_then(|e| trim(tree, lo, e)).filter(|_| a > lo));
                parts.extend(trim(tree, b + 1, hi).filter(|_| b < hi));
                if parts.is_empty() {
                    continue;
                }
            }
            let (lo, hi) = match (parts.first(), parts.last()) {
                (Some(f), Some(l)) => (f.0, l.1),
                _ => (lo, hi),
            };
            let i = push(&mut out, input, k, (lo, hi), w);
            if parts.len() > 1 {
                out[i].parts = parts.iter().map(|&(a, b)| input.span(k, a, b)).collect();
            }
            let (speaker, medium) = speaker_of(tree, w);
            let speaker = speaker.filter(|&s| s < lo || s > hi || parts.len() > 1);
            out[i].speaker = speaker.map(|h| speaker_ref(tree, k, h));
            out[i].medium = medium.map(|m| {
                let (a, b) = phrase(tree, m);
                (k, a, b)
            });
            out[i].confidence = if speaker.is_some() {
                0.8 * verb.weight.max(0.5)
            } else {
                0.4
            };
            // A thought or attitude with nobody holding it is no attribution ("to discuss ...").
            if speaker.is_none() && !verb.speech {
                out.pop();
            }
        }
        according_to(input, k, &mut out);
        reporting_nouns(input, cues, k, &mut out);
        misread_verbs(input, cues, k, &mut out);
        passives(input, cues, k, &mut out);
        raising(input, cues, k, &mut out);
        in_source(input, cues, k, &mut out);
    }
    // One attribution per content.
    let mut seen = std::collections::HashSet::new();
    out.retain(|a| seen.insert((a.content.start, a.content.end)));
    out
}

/// "according to X": the rest of the sentence is X's.
fn according_to(input: &QuoteInput, k: usize, out: &mut Vec<Attributed>) {
    let tree = &input.trees[k];
    let form = |i: usize| tree.words[i].form.to_lowercase();
    for w in 0..tree.len().saturating_sub(2) {
        if form(w) != "according" || form(w + 1) != "to" || input.quoted_word(k, w) {
            continue;
        }
        let x = tree
            .head(w)
            .filter(|&h| h > w + 1)
            .or_else(|| (w + 2..tree.len()).find(|&i| matches!(tree.upos(i), "PROPN" | "NOUN" | "PRON")));
        let Some(x) = x else { continue };
        let (_, xe) = phrase(tree, x);
        let before = trim(tree, 0, w.saturating_sub(1)).filter(|_| w > 0);
        let after = trim(tree, xe, tree.len() - 1).filter(|_| xe < tree.len());
        let size = |r: Option<(usize, usize)>| r.map_or(0, |(a, b)| b + 1 - a);
        let range = if size(before) >= size(after) { before } else { after };
        let Some(range) = range.filter(|r| size(Some(*r)) >= 3) else {
            continue;
        };
        let i = push(out, input, k, range, w);
        out[i].cue = Some((k, w, w + 2));
        out[i].speaker = Some(speaker_ref(tree, k, x));
        out[i].confidence = 0.8;
    }
}

/// The cue verb a word tagged as a plural noun stands for ("argues", "asserts"), if any.
fn verb_read_as_noun(cues: &Cues, form: &str) -> Option<Verb> {
    let f = form.to_lowercase();
    let stems = [
        f.strip_suffix("ies").map(|b| format!("{b}y")),
        f.strip_suffix("es").map(str::to_string),
        f.strip_suffix('s').map(str::to_string),
    ];
    stems.into_iter().flatten().find_map(|b| cues.verb(&b))
}

/// A cue verb the tagger read as a plural noun after a name or a personal pronoun, and before
/// "that" or an infinitive ("Kamarck argues that ...", "Pence plans to ..."): the rest of the
/// sentence is the content, the name the speaker.
fn misread_verbs(input: &QuoteInput, cues: &Cues, k: usize, out: &mut Vec<Attributed>) {
    let tree = &input.trees[k];
    let xpos = |i: usize| tree.words[i].xpos.as_str();
    for w in 1..tree.len().saturating_sub(2) {
        if xpos(w) != "NNS" || input.quoted_word(k, w) || !matches!(xpos(w - 1), "NNP" | "NNPS" | "PRP") {
            continue;
        }
        let Some(verb) = verb_read_as_noun(cues, &tree.words[w].form) else {
            continue;
        };
        let next = tree.words[w + 1].form.to_lowercase();
        let opens = next == "that" || (next == "to" && xpos(w + 2) == "VB");
        if !opens || (next == "that" && !verb.speech && verb.object) {
            continue;
        }
        let Some(range) = trim(tree, w + 1, tree.len() - 1) else {
            continue;
        };
        if range.1 - range.0 < 2 {
            continue;
        }
        let i = push(out, input, k, range, w);
        let mut head = w - 1;
        while head > 0 && xpos(head - 1).starts_with("NNP") && xpos(head) != "PRP" {
            head -= 1;
        }
        let mut speaker = speaker_ref(tree, k, w - 1);
        speaker.start = speaker.start.min(head);
        speaker.end = speaker.end.max(w);
        out[i].speaker = Some(speaker);
        out[i].confidence = 0.6 * verb.weight.max(0.5);
    }
}

/// A cue verb in the passive with an agent and no clause of its own ("The nominee has been endorsed
/// by dozens of papers", "X was accused by Y of lying"): its subject is the content, with the
/// `advcl` or oblique after the verb (not the agent, nor an `in` phrase); the agent is the speaker.
fn passives(input: &QuoteInput, cues: &Cues, k: usize, out: &mut Vec<Attributed>) {
    let tree = &input.trees[k];
    for w in 0..tree.len() {
        if tree.upos(w) != "VERB" || input.quoted_word(k, w) || cues.verb(tree.lemma(w)).is_none() {
            continue;
        }
        let Some(subject) = tree.child_with(w, "nsubj:pass").filter(|&s| s < w) else {
            continue;
        };
        if tree.child_with(w, "ccomp").is_some() || tree.child_with(w, "xcomp").is_some() {
            continue;
        }
        let Some(agent) = tree.child_with(w, "obl:agent") else {
            continue;
        };
        let (lo, shi) = tree.subtree_bounds(subject);
        let mut parts = vec![(lo, shi)];
        let rest = tree
            .children(w)
            .iter()
            .copied()
            .filter(|&c| c > w && c != agent && !matches!(tree.base(c), "punct" | "cc" | "conj" | "parataxis"))
            .filter(|&c| matches!(tree.base(c), "advcl" | "obl") && tree.case_of(c).as_deref() != Some("in"))
            .map(|c| tree.subtree_bounds(c))
            .fold(None, |acc: Option<(usize, usize)>, (a, b)| {
                Some(acc.map_or((a, b), |(x, y)| (x.min(a), y.max(b))))
            });
        if let Some((a, b)) = rest.and_then(|(a, b)| trim(tree, a, b)) {
            parts.push((a, b));
        }
        let Some(first) = trim(tree, parts[0].0, parts[0].1) else {
            continue;
        };
        parts[0] = first;
        if tree.upos(first.0) == "PRON" && first.0 == first.1 && parts.len() == 1 {
            continue;
        }
        let last = parts[parts.len() - 1];
        let i = push(out, input, k, (first.0, last.1), w);
        if parts.len() > 1 {
            out[i].parts = parts.iter().map(|&(a, b)| input.span(k, a, b)).collect();
        }
        out[i].speaker = Some(speaker_ref(tree, k, agent));
        out[i].confidence = 0.5;
    }
}

/// A raising verb ("Trump appears to be winning", "the race seems closer", "it appears that ..."):
/// the content is its subject with its complement, two parts with the verb cut out; the report is
/// the writer's, so there is no speaker.
fn raising(input: &QuoteInput, cues: &Cues, k: usize, out: &mut Vec<Attributed>) {
    let tree = &input.trees[k];
    for w in 0..tree.len() {
        if !matches!(tree.upos(w), "VERB" | "AUX") || input.quoted_word(k, w) || !cues.raising.contains(tree.lemma(w)) {
            continue;
        }
        let complement = tree
            .children(w)
            .iter()
            .copied()
            .find(|&c| c > w && matches!(tree.base(c), "xcomp" | "ccomp"));
        let Some(complement) = complement else { continue };
        let (clo, chi) = tree.subtree_bounds(complement);
        let Some(second) = trim(tree, clo, chi) else { continue };
        let subject = tree
            .child_with(w, "nsubj")
            .filter(|&s| s < w && tree.base(s) != "expl" && tree.lemma(s) != "it")
            .and_then(|s| {
                let (a, b) = tree.subtree_bounds(s);
                trim(tree, a, b)
            });
        let parts: Vec<(usize, usize)> = subject.into_iter().chain(std::iter::once(second)).collect();
        let (lo, hi) = (parts[0].0, second.1);
        if hi == lo {
            continue;
        }
        let i = push(out, input, k, (lo, hi), w);
        if parts.len() > 1 {
            out[i].parts = parts.iter().map(|&(a, b)| input.span(k, a, b)).collect();
        }
        out[i].confidence = 0.4;
    }
}

/// "In a CBS News poll, Trump led Clinton": a sentence opening with "In" and a source noun, then
/// a comma, reports the clause after the comma; the source is the speaker. Not when that clause
/// has a cue verb of its own ("In a statement, Trump said ..."): that cue is the attribution.
fn in_source(input: &QuoteInput, cues: &Cues, k: usize, out: &mut Vec<Attributed>) {
    let tree = &input.trees[k];
    let form = |i: usize| tree.words[i].form.as_str();
    let Some(open) = (0..tree.len().min(2)).find(|&i| form(i).eq_ignore_ascii_case("in")) else {
        return;
    };
    if input.quoted_word(k, open) {
        return;
    }
    let Some(comma) = (open + 1..tree.len().min(open + 16)).find(|&i| form(i) == ",") else {
        return;
    };
    let Some(source) = (open + 1..comma).find(|&i| tree.upos(i) == "NOUN" && cues.sources.contains(tree.lemma(i)))
    else {
        return;
    };
    let Some((lo, hi)) = trim(tree, comma + 1, tree.len() - 1) else {
        return;
    };
    let has_cue = (lo..=hi).any(|i| tree.upos(i) == "VERB" && cues.verb(tree.lemma(i)).is_some());
    if has_cue || hi < lo + 2 {
        return;
    }
    let i = push(out, input, k, (lo, hi), open);
    out[i].speaker = Some(speaker_ref(tree, k, source));
    out[i].confidence = 0.5;
}

/// A reporting noun with a "that" clause: "Trump's claim that ...", "the warning that ...".
fn reporting_nouns(input: &QuoteInput, cues: &Cues, k: usize, out: &mut Vec<Attributed>) {
    let tree = &input.trees[k];
    for w in 0..tree.len() {
        if tree.upos(w) != "NOUN" || !cues.nouns.contains(tree.lemma(w)) || input.quoted_word(k, w) {
            continue;
        }
        let clause = tree.children(w).iter().copied().find(|&c| {
            matches!(tree.base(c), "acl" | "ccomp")
                && tree
                    .children(c)
                    .iter()
                    .any(|&m| tree.base(m) == "mark" && tree.lemma(m) == "that")
        });
        let Some(c) = clause else { continue };
        let (lo, hi) = tree.subtree_bounds(c);
        let Some(range) = trim(tree, lo, hi) else { continue };
        let i = push(out, input, k, range, w);
        out[i].speaker = tree.child_with(w, "nmod:poss").map(|p| speaker_ref(tree, k, p));
        out[i].confidence = 0.6;
    }
}

#[cfg(test)]
mod tests {
    use super::super::attribute::with_one_sentence;
    use super::*;
    use dyad_syntax::{ParsedSentence, Word};
    use dyad_text::Span;

    /// A one-sentence document from `form/lemma/UPOS/head/deprel[/XPOS]` words separated by spaces.
    fn sentence(spec: &str) -> (String, ParsedSentence) {
        let mut text = String::new();
        let mut words = Vec::new();
        for w in spec.split_whitespace() {
            let f: Vec<&str> = w.split('/').collect();
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(f[0]);
            words.push(Word {
                form: f[0].into(),
                span: Span::new(start, text.len()),
                lemma: f[1].into(),
                upos: f[2].into(),
                xpos: f.get(5).copied().unwrap_or_default().into(),
                head: f[3].parse().expect("head"),
                deprel: f[4].into(),
                ..Word::default()
            });
        }
        let s = ParsedSentence {
            span: Span::new(0, text.len()),
            words,
            ..ParsedSentence::default()
        };
        (text, s)
    }

    /// The contents (and cue forms) found in a one-sentence document.
    fn contents(spec: &str) -> Vec<(String, String)> {
        let (text, s) = sentence(spec);
        with_one_sentence(s, |input| {
            find(input, Cues::embedded())
                .iter()
                .map(|a| {
                    let cue = a
                        .cue
                        .map_or(String::new(), |(_, w, _)| input.sentences[0].words[w].form.clone());
                    (cue, text[a.content.range()].to_string())
                })
                .collect()
        })
    }

    #[test]
    fn an_object_the_parser_gave_the_cue_is_its_content_with_the_rest_of_the_clause() {
        // "said the findings raised questions": parsed as an object with a clause on it.
        let found = contents(
            "Republicans/Republican/PROPN/2/nsubj said/say/VERB/0/root the/the/DET/4/det \
             findings/finding/NOUN/2/obj raised/raise/VERB/4/acl questions/question/NOUN/5/obj ././PUNCT/2/punct",
        );
        assert_eq!(found, [("said".into(), "the findings raised questions".into())]);
        // "noted the rule in the interview": the oblique after the object is part of it.
        let found = contents(
            "She/she/PRON/2/nsubj noted/note/VERB/0/root the/the/DET/4/det rule/rule/NOUN/2/obj \
             in/in/ADP/7/case the/the/DET/7/det interview/interview/NOUN/2/obl ././PUNCT/2/punct",
        );
        assert_eq!(found, [("noted".into(), "the rule in the interview".into())]);
    }

    #[test]
    fn a_bare_document_is_no_content() {
        let found = contents(
            "Japan/Japan/PROPN/2/nsubj proposed/propose/VERB/0/root a/a/DET/4/det \
             resolution/resolution/NOUN/2/obj ././PUNCT/2/punct",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = contents(
            "Japan/Japan/PROPN/2/nsubj proposed/propose/VERB/0/root a/a/DET/4/det \
             resolution/resolution/NOUN/2/obj on/on/ADP/7/case North/North/PROPN/7/compound \
             Korea/Korea/PROPN/4/nmod ././PUNCT/2/punct",
        );
        assert_eq!(found, [("proposed".into(), "a resolution on North Korea".into())]);
    }

    #[test]
    fn a_that_clause_hung_on_an_oblique_is_the_content() {
        // "Holm said in the letter that the ad suggests it": "that" attached inside the oblique.
        let found = contents(
            "Holm/Holm/PROPN/2/nsubj said/say/VERB/0/root in/in/ADP/5/case the/the/DET/5/det \
             letter/letter/NOUN/2/obl that/that/SCONJ/9/mark the/the/DET/8/det ad/ad/NOUN/9/nsubj \
             suggests/suggest/VERB/5/acl it/it/PRON/9/obj ././PUNCT/2/punct",
        );
        assert_eq!(found, [("said".into(), "that the ad suggests it".into())]);
    }

    #[test]
    fn the_hearer_is_no_content() {
        let found = contents(
            "He/he/PRON/2/nsubj told/tell/VERB/0/root reporters/reporter/NOUN/2/obj \
             on/on/ADP/5/case Friday/Friday/PROPN/2/obl ././PUNCT/2/punct",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_coordinated_attribution_ends_the_content_before_it() {
        // "Republicans said they are convinced and Democrats accused the GOP of stoking it."
        let found = contents(
            "Republicans/Republican/PROPN/2/nsubj said/say/VERB/0/root they/they/PRON/5/nsubj \
             are/be/AUX/5/cop convinced/convinced/ADJ/2/ccomp and/and/CCONJ/8/cc \
             Democrats/Democrat/PROPN/8/nsubj accused/accuse/VERB/5/conj the/the/DET/10/det \
             GOP/GOP/PROPN/8/obj of/of/SCONJ/12/mark stoking/stoke/VERB/8/advcl it/it/PRON/12/obj \
             ././PUNCT/2/punct",
        );
        assert_eq!(
            found,
            [
                ("said".into(), "they are convinced".into()),
                ("accused".into(), "the GOP of stoking it".into())
            ]
        );
    }

    #[test]
    fn a_participle_set_off_by_a_comma_is_an_attribution_of_its_own() {
        // "She implored them to act, arguing that it helped": the comma hangs on "arguing".
        let found = contents(
            "She/she/PRON/2/nsubj implored/implore/VERB/0/root/VBD them/they/PRON/2/obj \
             to/to/PART/5/mark act/act/VERB/2/xcomp/VB ,/,/PUNCT/7/punct arguing/argue/VERB/5/advcl/VBG \
             that/that/SCONJ/10/mark it/it/PRON/10/nsubj helped/help/VERB/7/ccomp/VBD ././PUNCT/2/punct",
        );
        assert_eq!(
            found,
            [
                ("implored".into(), "them to act".into()),
                ("arguing".into(), "that it helped".into())
            ]
        );
    }

    #[test]
    fn a_second_cue_of_the_same_subject_ends_the_content() {
        // "Trump said he would order a review and warned against hackers": the parser hung
        // "warned" on "order", inside the complement of "said".
        let found = contents(
            "Trump/Trump/PROPN/2/nsubj said/say/VERB/0/root/VBD he/he/PRON/5/nsubj would/would/AUX/5/aux \
             order/order/VERB/2/ccomp/VB a/a/DET/7/det review/review/NOUN/5/obj and/and/CCONJ/9/cc \
             warned/warn/VERB/5/conj/VBD against/against/ADP/11/case hackers/hacker/NOUN/9/obl ././PUNCT/2/punct",
        );
        assert_eq!(found[0], ("said".into(), "he would order a review".into()));
        // A coordinated verb that is no cue, or not finite like the cue, stays in the content.
        let found = contents(
            "Trump/Trump/PROPN/2/nsubj said/say/VERB/0/root/VBD he/he/PRON/5/nsubj would/would/AUX/5/aux \
             order/order/VERB/2/ccomp/VB a/a/DET/7/det review/review/NOUN/5/obj and/and/CCONJ/9/cc \
             warn/warn/VERB/5/conj/VB hackers/hacker/NOUN/9/obj ././PUNCT/2/punct",
        );
        assert_eq!(
            found[0],
            ("said".into(), "he would order a review and warn hackers".into())
        );
    }

    #[test]
    fn a_subject_the_parser_gave_the_cue_belongs_to_its_complement() {
        // "Clinton says Trump's flurry was unhinged": "flurry" parsed as a second subject of "says".
        let found = contents(
            "Clinton/Clinton/PROPN/2/nsubj says/say/VERB/0/root/VBZ Trump/Trump/PROPN/5/nmod:poss \
             's/'s/PART/3/case flurry/flurry/NOUN/2/nsubj was/be/AUX/7/cop unhinged/unhinged/ADJ/2/ccomp \
             ././PUNCT/2/punct",
        );
        assert_eq!(found, [("says".into(), "Trump 's flurry was unhinged".into())]);
    }

    #[test]
    fn a_cue_verb_tagged_as_a_plural_noun_after_a_name() {
        // "Kamarck argues that this issue will be moot": "argues" tagged NNS, the root.
        let found = contents(
            "Kamarck/Kamarck/PROPN/2/compound/NNP argues/argue/NOUN/0/root/NNS that/that/SCONJ/8/mark/IN \
             this/this/DET/5/det/DT issue/issue/NOUN/8/nsubj/NN will/will/AUX/8/aux/MD be/be/AUX/8/cop/VB \
             moot/moot/ADJ/2/acl/JJ ././PUNCT/2/punct/.",
        );
        assert_eq!(found, [("argues".into(), "that this issue will be moot".into())]);
        // A plural noun after a possessive is a noun: "his plans to win".
        let found = contents(
            "his/he/PRON/2/nmod:poss/PRP$ plans/plan/NOUN/0/root/NNS to/to/PART/4/mark/TO \
             win/win/VERB/2/acl/VB ././PUNCT/2/punct/.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_passive_cue_with_an_agent_attributes_its_subject() {
        // "The nominee has been endorsed by dozens of papers."
        let found = contents(
            "The/the/DET/2/det nominee/nominee/NOUN/5/nsubj:pass has/have/AUX/5/aux been/be/AUX/5/aux:pass \
             endorsed/endorse/VERB/0/root/VBN by/by/ADP/7/case dozens/dozen/NOUN/5/obl:agent \
             of/of/ADP/9/case papers/paper/NOUN/7/nmod ././PUNCT/5/punct",
        );
        assert!(found.contains(&("endorsed".into(), "The nominee".into())), "{found:?}");
        // Without an agent there is nobody to attribute it to.
        let found = contents(
            "The/the/DET/2/det nominee/nominee/NOUN/4/nsubj:pass was/be/AUX/4/aux:pass \
             endorsed/endorse/VERB/0/root/VBN ././PUNCT/4/punct",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_clause_between_the_subject_and_the_cue_is_no_content() {
        // "Paradis, who was active, says she is independent": the parser made the relative
        // clause a complement; the clause after the cue is what she says.
        let found = contents(
            "Paradis/Paradis/PROPN/7/nsubj ,/,/PUNCT/5/punct who/who/PRON/5/nsubj was/be/AUX/5/cop \
             active/active/ADJ/7/ccomp ,/,/PUNCT/5/punct says/say/VERB/0/root she/she/PRON/10/nsubj \
             is/be/AUX/10/cop independent/independent/ADJ/7/ccomp ././PUNCT/7/punct",
        );
        assert_eq!(found, [("says".into(), "she is independent".into())]);
    }

    #[test]
    fn one_word_and_the_object_of_a_clause_only_cue_are_no_content() {
        // "He supported Sanders."
        let found =
            contents("He/he/PRON/2/nsubj supported/support/VERB/0/root Sanders/Sanders/PROPN/2/obj ././PUNCT/2/punct");
        assert!(found.is_empty(), "{found:?}");
        // "He added $3 million to the fund." vs "He added that taxes rose."
        let found = contents(
            "He/he/PRON/2/nsubj added/add/VERB/0/root $/$/SYM/2/obj 3/3/NUM/5/compound million/million/NUM/3/nummod \
             to/to/ADP/8/case the/the/DET/8/det fund/fund/NOUN/2/obl ././PUNCT/2/punct",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = contents(
            "He/he/PRON/2/nsubj added/add/VERB/0/root that/that/SCONJ/5/mark taxes/tax/NOUN/5/nsubj \
             rose/rise/VERB/2/ccomp ././PUNCT/2/punct",
        );
        assert_eq!(found, [("added".into(), "that taxes rose".into())]);
    }

    #[test]
    fn a_raising_verb_reports_its_subject_with_its_complement() {
        // "Trump appears to be winning."
        let (text, s) = sentence(
            "Trump/Trump/PROPN/2/nsubj appears/appear/VERB/0/root to/to/PART/5/mark be/be/AUX/5/aux \
             winning/win/VERB/2/xcomp ././PUNCT/2/punct",
        );
        let found = with_one_sentence(s, |input| find(input, Cues::embedded()));
        assert_eq!(found.len(), 1, "{found:?}");
        let parts: Vec<&str> = found[0].parts.iter().map(|p| &text[p.range()]).collect();
        assert_eq!(parts, ["Trump", "to be winning"]);
        assert!(found[0].speaker.is_none(), "the report is the writer's");
    }

    #[test]
    fn a_participle_after_a_comma_reports_what_follows_it() {
        // "Obama defended the plan, citing the figures." (the participle's subject is Obama's)
        let found = contents(
            "Obama/Obama/PROPN/2/nsubj defended/defend/VERB/0/root the/the/DET/4/det plan/plan/NOUN/2/obj \
             ,/,/PUNCT/6/punct citing/cite/VERB/2/advcl/VBG the/the/DET/8/det figures/figure/NOUN/6/obj \
             ././PUNCT/2/punct",
        );
        assert!(found.contains(&("citing".into(), "the figures".into())), "{found:?}");
        // The same with the lemmatizer's "noting" -> "not".
        let found = contents(
            "She/she/PRON/2/nsubj praised/praise/VERB/0/root it/it/PRON/2/obj ,/,/PUNCT/5/punct \
             noting/not/VERB/2/advcl/VBG that/that/SCONJ/8/mark taxes/tax/NOUN/8/nsubj rose/rise/VERB/5/ccomp \
             ././PUNCT/2/punct",
        );
        assert!(
            found.contains(&("noting".into(), "that taxes rose".into())),
            "{found:?}"
        );
    }

    #[test]
    fn misattached_complements_are_recovered() {
        // "He referred to the scandal."
        let found = contents(
            "He/he/PRON/2/nsubj referred/refer/VERB/0/root to/to/ADP/5/case the/the/DET/5/det \
             scandal/scandal/NOUN/2/obl ././PUNCT/2/punct",
        );
        assert_eq!(found, [("referred".into(), "the scandal".into())]);
        // "Trump asked the network to donate money": the infinitive hung on the hearer.
        let found = contents(
            "Trump/Trump/PROPN/2/nsubj asked/ask/VERB/0/root the/the/DET/4/det network/network/NOUN/2/obj \
             to/to/PART/6/mark donate/donate/VERB/4/acl money/money/NOUN/6/obj ././PUNCT/2/punct",
        );
        assert_eq!(found, [("asked".into(), "to donate money".into())]);
        // "When Clinton noted that Trump has not paid taxes, he interrupted her": the parser made
        // the complement the main clause.
        let found = contents(
            "When/when/ADV/3/advmod Clinton/Clinton/PROPN/3/nsubj noted/note/VERB/9/advcl that/that/SCONJ/6/mark \
             Trump/Trump/PROPN/6/nsubj has/have/AUX/9/aux not/not/PART/9/advmod paid/pay/VERB/0/root/VBN \
             taxes/tax/NOUN/9/obj ,/,/PUNCT/9/punct he/he/PRON/12/nsubj interrupted/interrupt/VERB/9/parataxis \
             her/she/PRON/12/obj ././PUNCT/9/punct",
        );
        assert!(
            found.contains(&("noted".into(), "that Trump has not paid taxes".into())),
            "{found:?}"
        );
    }

    #[test]
    fn a_sentence_opening_in_a_poll_reports_the_poll() {
        let found = contents(
            "In/in/ADP/4/case a/a/DET/4/det CBS/CBS/PROPN/4/compound poll/poll/NOUN/7/obl ,/,/PUNCT/4/punct \
             Trump/Trump/PROPN/7/nsubj led/lead/VERB/0/root Clinton/Clinton/PROPN/7/obj by/by/ADP/11/case \
             five/five/NUM/11/nummod points/point/NOUN/7/obl ././PUNCT/7/punct",
        );
        assert_eq!(found, [("In".into(), "Trump led Clinton by five points".into())]);
        // A cue of its own in the clause is the attribution.
        let found = contents(
            "In/in/ADP/3/case a/a/DET/3/det statement/statement/NOUN/6/obl ,/,/PUNCT/3/punct he/he/PRON/6/nsubj \
             said/say/VERB/0/root taxes/tax/NOUN/8/nsubj rose/rise/VERB/6/ccomp ././PUNCT/6/punct",
        );
        assert_eq!(found, [("said".into(), "taxes rose".into())]);
    }
}
