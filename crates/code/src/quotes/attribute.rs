//! Quote attribution over dependency trees: the cue and speaker of each direct quote, then the
//! indirect and mixed quotes ([`super::indirect`]) and transcript labels ([`super::labels`]), then
//! the document-level clean-up ([`super::merge`]): fragments folded into the reported speech
//! around them, split quotes joined, scare quotes dropped, speakers carried over.

use super::lexicon::Cues;
use super::marks::QuotedSpan;
use crate::mentions::SentenceMentions;
use crate::record::QuoteKind;
use crate::tree::Tree;
use dyad_syntax::ParsedSentence;
use dyad_text::Span;

/// Who said it, as word positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerRef {
    pub sentence: usize,
    /// The head word of the speaker phrase.
    pub head: usize,
    /// The word range of the speaker phrase.
    pub start: usize,
    pub end: usize,
    /// For a relative pronoun ("Cruz, who said ..."), the word range of the phrase it stands for;
    /// `head` is that phrase's head.
    pub antecedent: Option<(usize, usize)>,
}

/// One attributed quote (byte spans into the document text).
#[derive(Debug, Clone, PartialEq)]
pub struct Attributed {
    pub kind: QuoteKind,
    /// The whole content (for a split quote, from the first part to the last).
    pub content: Span,
    /// The pieces of a split quote (`"A," he said, "B."`), empty when the content is one piece.
    pub parts: Vec<Span>,
    pub sentences: [usize; 2],
    /// `(sentence, word range)` of the cue.
    pub cue: Option<(usize, usize, usize)>,
    pub speaker: Option<SpeakerRef>,
    /// `(sentence, word range)` of the medium ("Kyodo News agency").
    pub medium: Option<(usize, usize, usize)>,
    /// The speaker was carried over from a preceding quote.
    pub inherited: bool,
    pub confidence: f32,
    /// The outer span (marks included) of a direct quote, for folding and joining.
    pub outer: Option<Span>,
    /// The paragraph of a direct quote and whether it continues the previous paragraph's quote.
    pub paragraph: usize,
    pub continues: bool,
}

impl Attributed {
    pub(crate) fn new(kind: QuoteKind, content: Span, sentences: [usize; 2]) -> Attributed {
        Attributed {
            kind,
            content,
            parts: Vec::new(),
            sentences,
            cue: None,
            speaker: None,
            medium: None,
            inherited: false,
            confidence: 0.5,
            outer: None,
            paragraph: 0,
            continues: false,
        }
    }
}

/// Runs `f` on the input of a one-sentence document with no mentions and no quotation marks
/// (for unit tests of the quote stages).
#[cfg(test)]
pub(crate) fn with_one_sentence<R>(s: ParsedSentence, f: impl FnOnce(&QuoteInput) -> R) -> R {
    let sentences = [s];
    let trees = [Tree::new(&sentences[0].words)];
    let mentions = [SentenceMentions::new(Vec::new())];
    f(&QuoteInput {
        sentences: &sentences,
        trees: &trees,
        mentions: &mentions,
        quoted: &[],
    })
}

/// Document-level input: sentences, their trees and mentions, and the quotation-mark spans.
pub struct QuoteInput<'a> {
    pub sentences: &'a [ParsedSentence],
    pub trees: &'a [Tree<'a>],
    pub mentions: &'a [SentenceMentions],
    pub quoted: &'a [QuotedSpan],
}

impl QuoteInput<'_> {
    /// Is word `w` of sentence `k` inside `span`?
    pub(crate) fn word_in(&self, k: usize, w: usize, span: Span) -> bool {
        let ws = self.sentences[k].words[w].span;
        ws.start >= span.start && ws.end <= span.end
    }

    /// Is word `w` of sentence `k` inside any quotation (marks included)?
    pub(crate) fn quoted_word(&self, k: usize, w: usize) -> bool {
        self.quoted.iter().any(|q| self.word_in(k, w, q.outer))
    }

    /// The sentence holding byte `at`.
    pub(crate) fn sentence_of(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i)
    }

    /// The byte span of words `lo..=hi` of sentence `k`.
    pub(crate) fn span(&self, k: usize, lo: usize, hi: usize) -> Span {
        let s = &self.sentences[k];
        s.words[lo].span.cover(s.words[hi].span)
    }
}

/// The speaker phrase of the reporting verb `cue`: its subject; for "X was quoted (by M) as
/// saying", X (and M is the medium).
pub(crate) fn speaker_of(tree: &Tree, cue: usize) -> (Option<usize>, Option<usize>) {
    let mut verb = cue;
    // "as saying": climb to "quoted".
    if tree.base(cue) == "advcl" {
        if let Some(h) = tree.head(cue) {
            if tree.lemma(h) == "quote" {
                verb = h;
            }
        }
    }
    if tree.lemma(verb) == "quote" && tree.is_passive(verb) {
        let speaker = tree.child_with(verb, "nsubj:pass");
        let medium = tree
            .children_with(verb, "obl")
            .find(|&c| tree.case_of(c).as_deref() == Some("by"));
        return (speaker, medium);
    }
    // A relative pronoun subject is kept as the mention ("Cruz, who said"); `speaker_ref` resolves it.
    let relative = tree
        .child_with(verb, "nsubj")
        .filter(|&s| tree.relative_antecedent(s).is_some());
    (
        relative
            .or_else(|| tree.subject(verb))
            .or_else(|| stray_subject(tree, verb)),
        None,
    )
}

/// A subject the parser attached to the wrong word: the nearest `nsubj` before the verb (or
/// before the first verb of its coordination) that belongs to no other verb's clause between
/// them ("The North has defended ... and said": "North" hung on "has").
fn stray_subject(tree: &Tree, verb: usize) -> Option<usize> {
    let mut first = verb;
    while tree.base(first) == "conj" {
        match tree.head(first) {
            Some(h) if h < first => first = h,
            _ => break,
        }
    }
    (0..first).rev().take(12).find(|&w| {
        tree.base(w) == "nsubj"
            && tree
                .head(w)
                .is_some_and(|h| h == first || (tree.upos(h) == "AUX" && h < first))
    })
}

/// Can word `w` head a speaker phrase?
fn nominal(tree: &Tree, w: usize) -> bool {
    match tree.upos(w) {
        "PROPN" | "NOUN" => true,
        "PRON" => !matches!(tree.lemma(w), "it" | "that" | "this" | "what" | "which" | "there"),
        "X" => tree.words[w].form.chars().next().is_some_and(char::is_uppercase),
        _ => false,
    }
}

/// The speaker of a direct quote whose cue is `cue`: the cue's subject when it lies outside every
/// quotation; else, when the parser's tree is wrong, the nominal right before the cue ("Hill
/// told") or right after it ("said Hill").
pub(crate) fn direct_speaker(input: &QuoteInput, k: usize, cue: usize) -> (Option<usize>, Option<usize>) {
    let tree = &input.trees[k];
    let (speaker, medium) = speaker_of(tree, cue);
    if let Some(h) = speaker.filter(|&h| !input.quoted_word(k, h)) {
        return (Some(h), medium);
    }
    let usable = |w: usize| !input.quoted_word(k, w) && tree.upos(w) != "PUNCT";
    // Left: the run of words before the cue (auxiliaries and adverbs skipped); its last nominal.
    let mut w = cue;
    let mut steps = 0;
    while w > 0 && steps < 4 {
        w -= 1;
        steps += 1;
        if !usable(w) {
            break;
        }
        if nominal(tree, w) {
            return (Some(w), medium);
        }
        if !matches!(tree.upos(w), "AUX" | "ADV" | "PART") {
            break;
        }
    }
    // Right: "said Hill", "said the spokesman": the last nominal of the run after the cue.
    let mut found = None;
    for w in cue + 1..tree.len().min(cue + 6) {
        if !usable(w) {
            break;
        }
        if nominal(tree, w) {
            found = Some(w);
        } else if found.is_some() || !matches!(tree.upos(w), "DET" | "ADJ") {
            break;
        }
    }
    (found, medium)
}

/// The word range of the phrase headed by `w`: with its compounds, modifiers, possessor,
/// `of`-complements and apposition ("Chun Young-woo, South Korea's top nuclear negotiator"). It
/// never crosses a quotation mark: a modifier the parser hung on the name from inside a quotation
/// ("“She's a fake,” Symms said" with "fake" as an adjective of Symms) is not part of it.
pub(crate) fn phrase(tree: &Tree, w: usize) -> (usize, usize) {
    let (mut lo, mut hi) = (w, w);
    for &c in tree.children(w) {
        let keep = matches!(tree.base(c), "compound" | "flat" | "amod" | "det" | "nummod" | "appos")
            || tree.deprel(c) == "nmod:poss"
            || (tree.base(c) == "nmod" && tree.case_of(c).as_deref() == Some("of"));
        if keep {
            let (a, b) = tree.subtree_bounds(c);
            lo = lo.min(a);
            hi = hi.max(b);
        }
    }
    let quote_mark = |x: usize| {
        matches!(tree.words[x].xpos.as_str(), "``" | "''")
            || matches!(
                tree.words[x].form.as_str(),
                "\"" | "\u{201c}" | "\u{201d}" | "\u{ab}" | "\u{bb}"
            )
    };
    if let Some(q) = (lo..w).rev().find(|&x| quote_mark(x)) {
        lo = q + 1;
    }
    if let Some(q) = (w + 1..=hi).find(|&x| quote_mark(x)) {
        hi = q - 1;
    }
    while hi > lo && tree.upos(hi) == "PUNCT" {
        hi -= 1;
    }
    while lo < hi && tree.upos(lo) == "PUNCT" {
        lo += 1;
    }
    (lo, hi + 1)
}

pub(crate) fn speaker_ref(tree: &Tree, sentence: usize, head: usize) -> SpeakerRef {
    // A relative pronoun is the speaker's mention; the noun it stands for names the speaker (by
    // the word order when the parser missed the relative clause: "Sanders, who said").
    let after_comma = |w: usize| {
        tree.words[w].xpos == "WP"
            && w >= 2
            && tree.words[w - 1].form == ","
            && matches!(tree.upos(w - 2), "PROPN" | "NOUN")
    };
    let antecedent = tree
        .relative_antecedent(head)
        .or_else(|| after_comma(head).then(|| head - 2));
    if let Some(a) = antecedent {
        return SpeakerRef {
            sentence,
            head: a,
            start: head,
            end: head + 1,
            antecedent: Some(phrase(tree, a)),
        };
    }
    let (start, end) = phrase(tree, head);
    SpeakerRef {
        sentence,
        head,
        start,
        end,
        antecedent: None,
    }
}

/// Cue verbs of sentence `k` outside every quote, with their weight (speech verbs only when
/// `speech`).
pub(crate) fn cue_verbs(input: &QuoteInput, cues: &Cues, k: usize, speech: bool) -> Vec<(usize, f32)> {
    let tree = &input.trees[k];
    (0..tree.len())
        .filter(|&w| tree.upos(w) == "VERB")
        .filter_map(|w| cues.verb(tree.lemma(w)).map(|v| (w, v)))
        .filter(|(_, v)| v.speech || !speech)
        .filter(|&(w, _)| !input.quoted_word(k, w))
        .map(|(w, v)| (w, v.weight))
        .collect()
}

/// A signature right after a quotation: a dash and a capitalised name (`"..." ― Jane Doe`), as
/// `(sentence, dash word, name head)`.
fn dash_signature(input: &QuoteInput, q: &QuotedSpan) -> Option<(usize, usize, usize)> {
    let k = input.sentence_of(q.outer.end.saturating_sub(1))?;
    let (k, dash) = [k, k + 1]
        .into_iter()
        .filter(|&j| j < input.sentences.len())
        .find_map(|j| {
            let w = input.sentences[j]
                .words
                .iter()
                .position(|w| w.span.start >= q.outer.end)?;
            Some((j, w))
        })?;
    let words = &input.sentences[k].words;
    if !matches!(words[dash].form.as_str(), "―" | "—" | "–" | "-" | "--") {
        return None;
    }
    let capitalised = |w: usize| {
        words
            .get(w)
            .is_some_and(|x| x.form.chars().next().is_some_and(char::is_uppercase))
    };
    let mut end = dash + 1;
    while end < words.len() && end < dash + 5 && capitalised(end) {
        end += 1;
    }
    (end > dash + 1).then_some((k, dash, end - 1))
}

/// Attributes every direct quote to its cue and speaker.
pub fn direct(input: &QuoteInput, cues: &Cues) -> Vec<Attributed> {
    let mut out = Vec::new();
    for q in input.quoted {
        let first = input.sentence_of(q.content.start).unwrap_or(0);
        let last = input
            .sentence_of(q.content.end.saturating_sub(1))
            .unwrap_or(first)
            .max(first);
        // Where to look for the cue: the sentence holding the closing mark, the opening one, and
        // the previous sentence when it ends with a colon ("he said:").
        let mut candidates: Vec<(usize, usize, f32)> = Vec::new();
        for k in [last, first] {
            for (w, weight) in cue_verbs(input, cues, k, true) {
                if !candidates.iter().any(|c| (c.0, c.1) == (k, w)) {
                    candidates.push((k, w, weight));
                }
            }
        }
        let colon_before =
            first > 0 && input.sentences[first - 1].words.last().is_some_and(|w| w.form == ":") && !q.continues;
        if colon_before {
            candidates.extend(
                cue_verbs(input, cues, first - 1, true)
                    .into_iter()
                    .map(|(w, weight)| (first - 1, w, weight)),
            );
        }
        let distance = |k: usize, w: usize| -> usize {
            let s = &input.sentences[k];
            (0..s.words.len())
                .filter(|&x| input.word_in(k, x, q.outer))
                .map(|x| x.abs_diff(w))
                .min()
                .unwrap_or(if k + 1 == first && colon_before { 999 } else { 1000 })
        };
        let cue = candidates
            .into_iter()
            .map(|(k, w, weight)| (k, w, distance(k, w) as f32 / weight.max(0.1)))
            .filter(|&(_, _, d)| d < 1000.0)
            .min_by(|a, b| a.2.total_cmp(&b.2))
            .map(|(k, w, _)| (k, w));
        let outside_words = (first..=last).any(|k| {
            let s = &input.sentences[k];
            (0..s.words.len()).any(|w| !input.quoted_word(k, w) && s.words[w].upos != "PUNCT")
        });
        let mut a = Attributed::new(QuoteKind::Direct, q.content, [first, last]);
        a.outer = Some(q.outer);
        a.paragraph = q.paragraph;
        a.continues = q.continues;
        if let Some((k, w)) = cue {
            let tree = &input.trees[k];
            let (speaker, medium) = direct_speaker(input, k, w);
            a.cue = Some((k, w, w + 1));
            a.speaker = speaker.map(|h| speaker_ref(tree, k, h));
            a.medium = medium.map(|m| {
                let (s, e) = phrase(tree, m);
                (k, s, e)
            });
            a.confidence = if a.speaker.is_some() { 0.9 } else { 0.6 };
        } else if let Some((k, dash, head)) = dash_signature(input, q) {
            // `"..." ― Sonya Herridge`: a signature after the quotation.
            let tree = &input.trees[k];
            a.cue = Some((k, dash, dash + 1));
            let mut sp = speaker_ref(tree, k, head);
            sp.start = sp.start.min(dash + 1);
            a.speaker = Some(sp);
            a.confidence = 0.7;
        } else if outside_words {
            // A quoted fragment inside a clause with no reporting verb: `Japan "will not back
            // off"`. Its speaker is the clause's subject when that lies outside the quote.
            a.kind = QuoteKind::Mixed;
            let k = first;
            let tree = &input.trees[k];
            let root = (0..tree.len()).find(|&w| tree.head(w).is_none());
            let subject = root.and_then(|r| tree.subject(r)).filter(|&w| !input.quoted_word(k, w));
            a.speaker = subject.map(|h| speaker_ref(tree, k, h));
            a.confidence = 0.6;
        }
        out.push(a);
    }
    out
}

/// Attributes every direct quote and finds the indirect and mixed ones, in text order.
pub fn attribute(input: &QuoteInput, cues: &Cues) -> Vec<Attributed> {
    let direct = direct(input, cues);
    let indirect = super::indirect::find(input, cues);
    let labels = super::labels::find(input);
    let mut out = super::merge::combine(input, direct, indirect, labels);
    out.sort_by_key(|a| (a.content.start, a.content.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_syntax::Word;

    #[test]
    fn a_speaker_phrase_stops_at_quotation_marks() {
        // “She's a fake,” Symms said. — parsed with "fake" as an adjective of Symms
        let rows = [
            ("\u{201c}", "``", "PUNCT", 8, "punct"),
            ("She", "PRP", "PRON", 8, "nsubj"),
            ("'s", "VBZ", "AUX", 8, "cop"),
            ("a", "DT", "DET", 8, "det"),
            ("fake", "JJ", "ADJ", 8, "amod"),
            (",", ",", "PUNCT", 5, "punct"),
            ("\u{201d}", "''", "PUNCT", 5, "punct"),
            ("Symms", "NNP", "PROPN", 9, "nsubj"),
            ("said", "VBD", "VERB", 0, "root"),
            (".", ".", "PUNCT", 9, "punct"),
        ];
        let words: Vec<Word> = rows
            .iter()
            .map(|&(form, xpos, upos, head, deprel)| Word {
                form: form.into(),
                lemma: form.to_lowercase(),
                xpos: xpos.into(),
                upos: upos.into(),
                head,
                deprel: deprel.into(),
                ..Word::default()
            })
            .collect();
        let tree = Tree::new(&words);
        assert_eq!(phrase(&tree, 7), (7, 8), "only the name");
        // without the marks the modifier is part of the phrase
        let mut plain = words.clone();
        plain[6].form = ",".into();
        plain[6].xpos = ",".into();
        let tree = Tree::new(&plain);
        assert_eq!(phrase(&tree, 7).0, 3);
    }
}
