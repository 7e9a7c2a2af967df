//! The countries of actors in whole sentences (parser, phrase resolver, token-level names,
//! coreference): multiword country names the parse splits, names inside names, organisations the
//! lexicon lacks after a country, people outside their dated roles, dated country names. The
//! sentences are written for these tests.

mod common;

use dyad_code::record::{ActorRecord, CodedDocument};

fn actors(text: &str, date: &str) -> Option<CodedDocument> {
    common::code(text, date)
}

fn with_text<'a>(doc: &'a CodedDocument, text: &str) -> Vec<&'a ActorRecord> {
    doc.actors.iter().filter(|a| a.text == text).collect()
}

/// The one actor whose text is `text`, with its code and country.
fn one(doc: &CodedDocument, text: &str) -> (String, String) {
    let found = with_text(doc, text);
    assert_eq!(
        found.len(),
        1,
        "{text}: expected one actor, got {:?}",
        doc.actors.iter().map(|a| (&a.text, &a.code)).collect::<Vec<_>>()
    );
    (found[0].code.clone(), found[0].country.clone().unwrap_or_default())
}

fn texts(doc: &CodedDocument) -> Vec<&str> {
    doc.actors.iter().map(|a| a.text.as_str()).collect()
}

#[test]
fn multiword_country_names_are_read_on_the_tokens() {
    let Some(doc) = actors(
        "Troops from Guinea-Bissau crossed into Senegal on Monday.",
        "2010-05-01",
    ) else {
        return;
    };
    assert_eq!(one(&doc, "Guinea-Bissau").1, "GNB");
    assert!(!texts(&doc).contains(&"Guinea"), "{:?}", texts(&doc));
    let Some(doc) = actors("Papua New Guinea signed the fisheries treaty with Fiji.", "2010-05-01") else {
        return;
    };
    assert_eq!(one(&doc, "Papua New Guinea").1, "PNG");
    assert!(
        !texts(&doc).contains(&"Papua"),
        "a part of the name is no actor: {:?}",
        texts(&doc)
    );
}

#[test]
fn the_words_of_a_name_are_not_actors_of_their_own() {
    let Some(doc) = actors(
        "Officials of the Islamic Salvation Front met the Algerian interior minister.",
        "2001-03-01",
    ) else {
        return;
    };
    assert_eq!(one(&doc, "Islamic Salvation Front").1, "DZA");
    assert!(!texts(&doc).contains(&"Islamic"), "{:?}", texts(&doc));
}

#[test]
fn a_pronoun_refers_back_not_forward() {
    let Some(doc) = actors(
        "President Abdelaziz Bouteflika said he would lift the ban on the Islamic Salvation Front.",
        "2005-06-01",
    ) else {
        return;
    };
    let he = with_text(&doc, "he");
    assert_eq!(he.len(), 1, "{:?}", texts(&doc));
    assert_eq!(he[0].code, "DZAGOV");
}

#[test]
fn serbia_is_serbia_at_every_date() {
    for date in ["1999-03-01", "2004-03-01", "2012-03-01"] {
        let Some(doc) = actors("Serbia rejected the proposal from Albania.", date) else {
            return;
        };
        assert_eq!(one(&doc, "Serbia").1, "SRB", "at {date}");
    }
}

#[test]
fn the_european_community_is_an_igo() {
    let Some(doc) = actors("The European Community gave Ghana new loans for farming.", "1990-02-01") else {
        return;
    };
    let ec: Vec<&ActorRecord> = doc
        .actors
        .iter()
        .filter(|a| a.text.contains("European Community"))
        .collect();
    assert!(ec.iter().any(|a| a.code.starts_with("IGO")), "{:?}", texts(&doc));
}

#[test]
fn an_unknown_name_after_a_country_is_that_countrys_organisation() {
    for (text, name) in [
        (
            "The Kenya Wildlife Service criticised the ministers on Friday.",
            "Kenya Wildlife Service",
        ),
        (
            "Pressure came from the Kenya Anti-Corruption Commission.",
            "Kenya Anti-Corruption Commission",
        ),
    ] {
        let Some(doc) = actors(text, "2005-05-01") else {
            return;
        };
        assert_eq!(one(&doc, name), ("KEN".to_string(), "KEN".to_string()), "{text}");
    }
}

#[test]
fn congolese_is_the_drc_unless_the_story_names_only_the_other_congo() {
    let Some(doc) = actors("Congolese soldiers crossed the border at dawn.", "2008-01-01") else {
        return;
    };
    assert!(
        doc.actors.iter().any(|a| a.country.as_deref() == Some("COD")),
        "{:?}",
        texts(&doc)
    );
    let Some(doc) = actors(
        "The Republic of the Congo held talks. Congolese soldiers crossed the border at dawn.",
        "2008-01-01",
    ) else {
        return;
    };
    let soldiers: Vec<&ActorRecord> = doc.actors.iter().filter(|a| a.sentence == 1).collect();
    assert!(!soldiers.is_empty(), "{:?}", texts(&doc));
    assert!(
        soldiers.iter().all(|a| a.country.as_deref() == Some("COG")),
        "{:?}",
        texts(&doc)
    );
}
