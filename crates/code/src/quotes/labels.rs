//! Speaker labels: a paragraph that opens with a name and a colon is that speaker's words. In a
//! transcript the label is in capitals ("PENCE: Well, look, ..."); in a headline (the first
//! paragraph) it is any short name ("Pence: Gennifer Flowers won't be at debate").

use super::attribute::{speaker_ref, Attributed, QuoteInput};
use crate::record::QuoteKind;

/// The longest label, in words.
const MAX_LABEL: usize = 4;

/// Finds the labelled paragraphs.
pub fn find(input: &QuoteInput) -> Vec<Attributed> {
    let mut out = Vec::new();
    for (k, s) in input.sentences.iter().enumerate() {
        let opens_paragraph = k == 0 || input.sentences[k - 1].paragraph != s.paragraph;
        if !opens_paragraph {
            continue;
        }
        let tree = &input.trees[k];
        // A transcript paragraph may open with a stray quote mark.
        let first = (0..tree.len()).find(|&i| tree.upos(i) != "PUNCT").unwrap_or(0);
        let last_label = (first + MAX_LABEL).min(tree.len().saturating_sub(2));
        let Some(colon) = (first + 1..=last_label).find(|&i| tree.words[i].form == ":") else {
            continue;
        };
        let label = &s.words[first..colon];
        let capitalised = label
            .iter()
            .all(|w| w.form.chars().next().is_some_and(char::is_uppercase) && w.upos != "PUNCT");
        let shouting = label
            .iter()
            .all(|w| w.form.chars().any(char::is_alphabetic) && !w.form.chars().any(char::is_lowercase));
        if !capitalised || !(shouting || s.paragraph == 0) {
            continue;
        }
        // The content runs to the end of the paragraph.
        let last = (k..input.sentences.len())
            .take_while(|&j| input.sentences[j].paragraph == s.paragraph)
            .last()
            .unwrap_or(k);
        let end = input.sentences[last].span.end;
        let start = s.words[colon + 1].span.start;
        if start >= end {
            continue;
        }
        let text_end = input.sentences[last].words.last().map_or(end, |w| w.span.end);
        let mut a = Attributed::new(
            QuoteKind::Direct,
            dyad_text::Span::new(start, text_end.max(start)),
            [k, last],
        );
        a.cue = Some((k, colon, colon + 1));
        let head = (0..colon).rev().find(|&i| tree.upos(i) != "PUNCT").unwrap_or(0);
        let mut speaker = speaker_ref(tree, k, head);
        speaker.start = first;
        speaker.end = colon;
        a.speaker = Some(speaker);
        a.confidence = if shouting { 0.8 } else { 0.6 };
        out.push(a);
    }
    out
}
