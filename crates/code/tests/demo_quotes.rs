//! Quotes of the canonical demo article (examples/seed-article.txt, 2006-07-08), coded end to
//! end with the embedded models: every direct and mixed quotation attributed to its speaker, and
//! the indirect ones found. Bad input (unbalanced marks, an unclosed quote, mixed quote styles)
//! degrades with a warning and the rest of the document is still coded.

mod common;

use dyad_code::record::{CodedDocument, QuoteKind, QuoteRecord};

use common::{code, demo};

fn slice(doc: &CodedDocument, [a, b]: [usize; 2]) -> String {
    doc.text.chars().skip(a).take(b.saturating_sub(a)).collect()
}

/// The quote whose content (or one of its parts) contains `needle`.
fn quote<'a>(doc: &'a CodedDocument, needle: &str) -> &'a QuoteRecord {
    doc.quotes
        .iter()
        .find(|q| slice(doc, q.content).contains(needle) || q.parts.iter().any(|&p| slice(doc, p).contains(needle)))
        .unwrap_or_else(|| panic!("no quote contains {needle:?}"))
}

fn speaker(q: &QuoteRecord) -> (String, String) {
    let s = q.speaker.as_ref().expect("a speaker");
    (s.name.clone(), s.code.clone().unwrap_or_default())
}

#[test]
fn every_direct_and_mixed_quotation_is_attributed() {
    let Some(doc) = demo() else { return };
    // Aso: the speech quotes, the Kyodo one, and the mixed `Japan "will not back off"`.
    for needle in [
        "We may amend the draft",
        "We will go all the way",
        "Japan will not give in",
        "will not back off from the resolution",
    ] {
        let (name, code) = speaker(quote(&doc, needle));
        assert!(
            name.contains("Aso") || code == "JPNGOV",
            "{needle:?}: expected Aso, got {name} [{code}]"
        );
    }
    // "X was quoted by Kyodo as saying": the speaker is X, Kyodo the medium.
    let kyodo = quote(&doc, "Japan will not give in");
    assert!(kyodo.medium.as_ref().is_some_and(|m| m.text.contains("Kyodo")));
    assert!(speaker(kyodo).0.contains("Aso"));
    assert_eq!(quote(&doc, "will not back off").kind, QuoteKind::Mixed);
    // Hill: after "Hill told reporters", after "Asked about ..., he said:", the unattributed
    // paragraph after it, and the split quote around "Hill said".
    for needle in [
        "As many of you know",
        "Within the informal six-party talks, yes, I can.",
        "I just can't do it when they are boycotting the six-party talks.",
        "This is not a time for so-called gestures",
        "We have a country that has fired off missiles",
    ] {
        let (name, code) = speaker(quote(&doc, needle));
        assert!(
            name.contains("Hill") && code == "USAGOV",
            "{needle:?}: expected Hill [USAGOV], got {name} [{code}]"
        );
    }
    // The resolution's words.
    let steps = quote(&doc, "take those steps necessary");
    let said_by = &steps.speaker.as_ref().expect("the resolution speaks").text;
    assert!(
        said_by.contains("measure") || said_by.contains("resolution"),
        "{said_by}"
    );
}

#[test]
fn the_split_quote_is_one_attribution() {
    let Some(doc) = demo() else { return };
    let first = quote(&doc, "This is not a time for so-called gestures");
    let second = quote(&doc, "We have a country that has fired off missiles");
    assert_eq!(first, second, "one quote in two parts");
    assert_eq!(first.parts.len(), 2);
    let cue = first.cue.map(|c| slice(&doc, c));
    assert_eq!(cue.as_deref(), Some("said"));
}

#[test]
fn indirect_quotes_are_found_with_their_speakers() {
    let Some(doc) = demo() else { return };
    for (needle, code) in [
        ("his nation would not compromise", "JPNGOV"),
        ("the launches could continue", "PRK"),
        (
            "the nuclear talks and financial restrictions are separate issues",
            "USA",
        ),
    ] {
        let q = quote(&doc, needle);
        assert_eq!(q.kind, QuoteKind::Indirect, "{needle:?}");
        assert_eq!(speaker(q).1, code, "{needle:?}");
    }
}

#[test]
fn a_quote_left_open_at_the_end_of_the_document_is_closed_with_a_warning() {
    let text = "The minister said the talks had failed.\n\"We will not give in, and we will go all the way,\" \
                the minister said. \"Japan will not compromise";
    let Some(doc) = code(text, "2006-07-08") else { return };
    assert!(
        doc.warnings.iter().any(|w| w.contains("not closed")),
        "{:?}",
        doc.warnings
    );
    let open = quote(&doc, "Japan will not compromise");
    assert!(speaker(open).0.contains("minister"));
    // The rest of the document is still coded.
    assert_eq!(quote(&doc, "the talks had failed").kind, QuoteKind::Indirect);
}

#[test]
fn unbalanced_marks_degrade_gracefully() {
    let text = "Hill said\" the talks are over. \"We are ready,\" Hill told reporters.\n\
                In another paragraph \"\" stray \" marks \" and \u{201d} a closing one.\n\
                The minister said the talks had failed.";
    let Some(doc) = code(text, "2006-07-08") else { return };
    assert!(
        doc.warnings.iter().any(|w| w.contains("without an opening one")),
        "{:?}",
        doc.warnings
    );
    assert!(speaker(quote(&doc, "We are ready")).0.contains("Hill"));
    // The paragraphs after the bad marks are still coded.
    assert_eq!(quote(&doc, "the talks had failed").kind, QuoteKind::Indirect);
    assert_eq!(doc.sentences.len(), 4);
}

#[test]
fn mixed_quote_styles_are_read_together() {
    // A curly opening with a straight closing mark, and doubled apostrophes as a double quote.
    let text = "\u{201c}We will not compromise,\" the minister said. \"Japan will go all the way.\u{201d} \
                The envoy said ''talks can wait.''";
    let Some(doc) = code(text, "2006-07-08") else { return };
    let first = quote(&doc, "We will not compromise");
    assert!(speaker(first).0.contains("minister"));
    assert_eq!(first.parts.len(), 2, "one quote split by its attribution");
    assert!(quote(&doc, "Japan will go all the way").speaker.is_some());
    assert!(speaker(quote(&doc, "talks can wait")).0.contains("envoy"));
}

#[test]
fn a_quoted_fragment_after_the_reporters_words_is_one_mixed_quote() {
    let text = "Sanders called Trump a \u{201c}pathological liar\u{201d} on Monday.\n\
                The senator said the tax breaks used by Trump and others \u{201c}do nothing to boost the economy.\u{201d}";
    let Some(doc) = code(text, "2016-09-30") else { return };
    let q = quote(&doc, "do nothing to boost");
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert!(
        slice(&doc, q.content).contains("the tax breaks"),
        "{}",
        slice(&doc, q.content)
    );
    let q = quote(&doc, "pathological liar");
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert!(slice(&doc, q.content).contains("Trump"), "{}", slice(&doc, q.content));
}

#[test]
fn a_few_quoted_words_that_end_no_utterance_are_no_quotation() {
    // A scare quote in reported speech is the reporter's; a short utterance is a quotation.
    let text = "Gary Byrne has written a book in which he exposes the rage and \u{201c}eruptive\u{201d} behavior \
                of Hillary Clinton.\n\n\u{201c}She's a fake,\u{201d} Symms said.";
    let Some(doc) = code(text, "2016-09-30") else { return };
    let contents: Vec<String> = doc.quotes.iter().map(|q| slice(&doc, q.content)).collect();
    assert!(!contents.iter().any(|c| c == "eruptive"), "{contents:?}");
    let q = quote(&doc, "She's a fake");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(speaker(q).0, "Symms");
}

#[test]
fn a_relative_pronoun_speaker_is_named_by_its_antecedent() {
    let text = "Reporters met Bernie Sanders, who said the system was rigged.";
    let Some(doc) = code(text, "2016-09-30") else { return };
    let s = quote(&doc, "the system was rigged")
        .speaker
        .as_ref()
        .expect("a speaker");
    assert_eq!(s.text, "who", "the mention in the sentence");
    assert!(s.name.contains("Sanders"), "{}", s.name);
}
