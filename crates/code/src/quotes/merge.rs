//! Document-level clean-up of the attributions: a quoted fragment inside reported speech becomes
//! part of one mixed quote; a quote split by its attribution (`"A," he said, "B."`) or continued
//! over paragraphs becomes one quote with one speaker; scare quotes and titles (a few quoted words
//! with no cue, or with one but ending no utterance) are dropped; an unattributed quote right
//! after an attributed one keeps its speaker.

use super::attribute::{Attributed, QuoteInput};
use crate::record::QuoteKind;
use dyad_syntax::Word;
use dyad_text::Span;

/// Quoted stretches this short with no cue of their own are scare quotes or titles.
const SCARE_WORDS: usize = 4;

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

fn inside(a: Span, b: Span) -> bool {
    b.start <= a.start && a.end <= b.end
}

/// Combines direct quotes, indirect quotes and labelled paragraphs into the document's quotes.
pub fn combine(
    input: &QuoteInput,
    direct: Vec<Attributed>,
    mut indirect: Vec<Attributed>,
    labels: Vec<Attributed>,
) -> Vec<Attributed> {
    // Speech reported inside a quotation belongs to the quotation ("I think that ...").
    indirect.retain(|i| {
        !direct
            .iter()
            .any(|d| inside(i.content, d.outer.unwrap_or(d.content)) || inside(i.content, d.content))
    });
    // A quotation overlapping reported speech is a fragment of it: one mixed quote.
    let mut absorbed = vec![false; direct.len()];
    for i in indirect.iter_mut() {
        for (d, dq) in direct.iter().enumerate() {
            let outer = dq.outer.unwrap_or(dq.content);
            if !overlaps(i.content, outer) {
                continue;
            }
            absorbed[d] = true;
            i.kind = QuoteKind::Mixed;
            i.content = i.content.cover(dq.content);
            if let Some(part) = i.parts.iter_mut().find(|p| overlaps(**p, outer)) {
                *part = part.cover(dq.content);
            }
            i.sentences = [i.sentences[0].min(dq.sentences[0]), i.sentences[1].max(dq.sentences[1])];
            if i.speaker.is_none() {
                i.speaker = dq.speaker.clone();
            }
        }
    }
    let mut direct: Vec<Attributed> = direct
        .into_iter()
        .zip(absorbed)
        .filter(|(_, a)| !a)
        .map(|(d, _)| d)
        .collect();
    for d in direct.iter_mut() {
        widen_fragment(input, d);
    }
    // A labelled paragraph already holds the quotations inside it.
    direct.retain(|d| !labels.iter().any(|l| overlaps(d.content, l.content)));
    indirect.retain(|i| !labels.iter().any(|l| inside(i.content, l.content)));
    let direct = join_split(input, direct);
    let mut direct: Vec<Attributed> = direct.into_iter().filter(|d| !is_scare(input, d)).collect();
    carry_over(input, &mut direct);
    let mut out = direct;
    out.extend(indirect);
    out.extend(labels);
    outermost(input, out)
}

/// A quotation that a cue before it in the same sentence introduces with words of the reporter's
/// in between (`she said the tax breaks "do nothing"`, `called Trump a "liar"`) is the end of a
/// mixed quote the parser did not give the cue: the content runs from the word after the cue to
/// the end of the sentence.
fn widen_fragment(input: &QuoteInput, d: &mut Attributed) {
    let (Some((k, w, _)), Some(outer)) = (d.cue, d.outer) else {
        return;
    };
    if k != d.sentences[0] || d.kind != QuoteKind::Direct {
        return;
    }
    let s = &input.sentences[k];
    if s.words[w].span.end > outer.start {
        return;
    }
    let speaker = d.speaker.as_ref().filter(|sp| sp.sentence == k);
    let between: Vec<usize> = (w + 1..s.words.len())
        .take_while(|&i| s.words[i].span.start < outer.start)
        .filter(|&i| s.words[i].upos != "PUNCT" && !speaker.is_some_and(|sp| sp.start <= i && i < sp.end))
        .collect();
    let reporter_words = between.iter().filter(|&&i| s.words[i].lemma != "that").count();
    if reporter_words == 0
        || between
            .iter()
            .any(|&i| matches!(s.words[i].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD"))
    {
        return;
    }
    let Some(&first) = between.first() else { return };
    let last = d.sentences[1];
    let end = input.sentences[last]
        .words
        .iter()
        .rev()
        .find(|x| x.upos != "PUNCT")
        .map_or(d.content.end, |x| x.span.end)
        .max(d.content.end);
    d.kind = QuoteKind::Mixed;
    d.content = Span::new(s.words[first].span.start, end);
}

/// Only the outermost of nested attributions stands ("Reardon criticized Lamport for saying that
/// ...": Reardon's, not Lamport's; the PolNeAR guidelines' rule): an attribution whose cue lies
/// inside the content of another is dropped, the longest contents being the outer ones.
fn outermost(input: &QuoteInput, quotes: Vec<Attributed>) -> Vec<Attributed> {
    let mut order: Vec<usize> = (0..quotes.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(quotes[i].content.len()));
    let pieces = |a: &Attributed| -> Vec<Span> {
        if a.parts.is_empty() {
            vec![a.content]
        } else {
            a.parts.clone()
        }
    };
    let mut kept: Vec<usize> = Vec::new();
    for i in order {
        let nested = quotes[i].cue.is_some_and(|(k, lo, hi)| {
            let cue = input.span(k, lo, hi.saturating_sub(1).max(lo));
            kept.iter().any(|&o| pieces(&quotes[o]).iter().any(|&p| inside(cue, p)))
        });
        if !nested {
            kept.push(i);
        }
    }
    kept.sort_unstable();
    let mut keep = vec![false; quotes.len()];
    for i in kept {
        keep[i] = true;
    }
    quotes
        .into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(q, _)| q)
        .collect()
}

/// A short quoted stretch with no cue, or one that ends no utterance (a scare quote or a title).
fn is_scare(input: &QuoteInput, d: &Attributed) -> bool {
    if !d.parts.is_empty() || d.continues {
        return false;
    }
    let words: Vec<&Word> = (d.sentences[0]..=d.sentences[1])
        .flat_map(|k| {
            (0..input.sentences[k].words.len())
                .filter(move |&w| input.word_in(k, w, d.content))
                .map(move |w| &input.sentences[k].words[w])
        })
        .collect();
    let spoken = words.iter().filter(|w| w.upos != "PUNCT").count();
    if spoken > SCARE_WORDS {
        return false;
    }
    // With a cue in the sentence, a few words still make an utterance when they end as one does
    // (`"She's a fake," he said`, `"With nukes?" he asked`); a bare fragment (`the "fair"
    // process`, `called it "velvet gloves"`) is the reporter's, set off, not a quotation.
    let ends_utterance = words
        .last()
        .is_some_and(|w| matches!(w.form.as_str(), "," | "." | "?" | "!" | "…" | "..."));
    // Opened right after a word of the reporter's (`is mounting a "phony attack."`), it is part of
    // the reporter's sentence, whatever punctuation it closes with; right after its cue it is what
    // was said (`said "talks can wait."`).
    let k = d.sentences[0];
    let opened = d.outer.unwrap_or(d.content).start;
    let before = input.sentences[k].words.iter().rposition(|w| w.span.end <= opened);
    let embedded = before.is_some_and(|b| {
        input.sentences[k].words[b].upos != "PUNCT" && d.cue.is_none_or(|(ck, cw, _)| (ck, cw) != (k, b))
    });
    d.cue.is_none() || !ends_utterance || embedded
}

/// Joins a quotation with no cue of its own to the one before it when only that one's
/// attribution stands between them (`"A," he said, "B."`), or when it continues it into the next
/// paragraph.
fn join_split(input: &QuoteInput, direct: Vec<Attributed>) -> Vec<Attributed> {
    let mut out: Vec<Attributed> = Vec::new();
    for d in direct {
        if let Some(prev) = out.last_mut() {
            let joins = d.kind == QuoteKind::Direct
                && prev.kind == QuoteKind::Direct
                && (d.continues || (split_by_cue(input, prev, &d) && d.paragraph == prev.paragraph));
            if joins && (d.cue.is_none() || d.cue == prev.cue) {
                if prev.parts.is_empty() {
                    prev.parts.push(prev.content);
                }
                prev.parts.push(d.content);
                prev.content = prev.content.cover(d.content);
                prev.sentences[1] = prev.sentences[1].max(d.sentences[1]);
                prev.outer = Some(prev.outer.unwrap_or(prev.content).cover(d.outer.unwrap_or(d.content)));
                if prev.speaker.is_none() {
                    prev.speaker = d.speaker;
                }
                continue;
            }
        }
        out.push(d);
    }
    out
}

/// Does only `prev`'s attribution clause stand between `prev` and `next`?
fn split_by_cue(input: &QuoteInput, prev: &Attributed, next: &Attributed) -> bool {
    let (Some((k, cue, _)), Some(a), Some(b)) = (prev.cue, prev.outer, next.outer) else {
        return false;
    };
    let cue_span = input.sentences[k].words[cue].span;
    if !(a.end <= cue_span.start && cue_span.end <= b.start) {
        return false;
    }
    // Every word between the two quotations belongs to the cue's sentence: the attribution
    // clause, then the next quotation in the same sentence or opening the next one.
    let between = Span::new(a.end, b.start);
    (prev.sentences[1]..=next.sentences[0])
        .filter(|&j| j != k && j < input.sentences.len())
        .all(|j| {
            input.sentences[j]
                .words
                .iter()
                .all(|w| !inside(w.span, between) || w.upos == "PUNCT")
        })
}

/// An unattributed quote (or a fragment whose subject is the previous speaker's country) right
/// after an attributed one keeps that speaker.
fn carry_over(input: &QuoteInput, out: &mut [Attributed]) {
    for i in 1..out.len() {
        let prev = out[i - 1].clone();
        let Some(prev_speaker) = prev.speaker.clone() else {
            continue;
        };
        let near = out[i].sentences[0] <= prev.sentences[1] + 2;
        if !near || out[i].cue.is_some() {
            continue;
        }
        let mention = |sp: &super::attribute::SpeakerRef| {
            input
                .mentions
                .get(sp.sentence)
                .and_then(|m| m.at(sp.head).map(|k| m.get(k).clone()))
        };
        let inherit = match &out[i].speaker {
            None => true,
            Some(sp) => matches!(
                (mention(sp), mention(&prev_speaker)),
                (Some(h), Some(b)) if h.country.is_some() && h.country == b.country && h.sector.is_none()
            ),
        };
        if inherit {
            out[i].speaker = Some(prev_speaker);
            out[i].inherited = true;
            out[i].confidence = 0.7;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::attribute::with_one_sentence;
    use super::*;
    use dyad_syntax::ParsedSentence;

    /// One sentence of `form/UPOS` words separated by spaces.
    fn sentence(spec: &str) -> ParsedSentence {
        let mut text = String::new();
        let mut words = Vec::new();
        for w in spec.split_whitespace() {
            let (form, upos) = w.split_once('/').expect("form/UPOS");
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(form);
            words.push(Word {
                form: form.into(),
                span: Span::new(start, text.len()),
                upos: upos.into(),
                ..Word::default()
            });
        }
        ParsedSentence {
            span: Span::new(0, text.len()),
            words,
            ..ParsedSentence::default()
        }
    }

    /// Is the quotation of words `from..=to` (marks at `from - 1` and `to + 1`), with a cue, a scare quote?
    fn scare_with_cue(spec: &str, from: usize, to: usize) -> bool {
        with_one_sentence(sentence(spec), |input| {
            let w = &input.sentences[0].words;
            let mut d = Attributed::new(QuoteKind::Direct, w[from].span.cover(w[to].span), [0, 0]);
            d.outer = Some(w[from - 1].span.cover(w[to + 1].span));
            d.cue = Some((0, 0, 1));
            is_scare(input, &d)
        })
    }

    #[test]
    fn a_short_quotation_with_a_cue_is_a_scare_quote_unless_it_stands_as_an_utterance() {
        // `"She's a fake," Symms said.`: an utterance.
        assert!(!scare_with_cue(
            "“/PUNCT She/PRON 's/AUX a/DET fake/NOUN ,/PUNCT ”/PUNCT Symms/PROPN said/VERB ./PUNCT",
            1,
            5
        ));
        // `... exposes the "eruptive" behavior`: no closing punctuation.
        assert!(scare_with_cue(
            "exposes/VERB the/DET “/PUNCT eruptive/ADJ ”/PUNCT behavior/NOUN",
            3,
            3
        ));
        // `... is mounting a "phony attack."`: opened after the reporter's word.
        assert!(scare_with_cue(
            "is/AUX mounting/VERB a/DET “/PUNCT phony/ADJ attack/NOUN ./PUNCT ”/PUNCT",
            4,
            6
        ));
    }
}
