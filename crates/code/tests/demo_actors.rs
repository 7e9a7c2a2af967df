//! Every actor the actors issue lists for the demo article (examples/seed-article.txt, story date
//! 2006-07-08), resolved by the full pipeline: parser, phrase resolver, appositions, compound
//! actors and coreference. Extends the actor checks of demo_article.rs with the ones it lacks.

mod common;

use dyad_code::record::{ActorRecord, CodedDocument};

fn coded() -> Option<CodedDocument> {
    common::demo()
}

fn with_text<'a>(doc: &'a CodedDocument, text: &str) -> Vec<&'a ActorRecord> {
    doc.actors
        .iter()
        .filter(|a| a.text == text || a.text.ends_with(text))
        .collect()
}

#[test]
fn every_actor_of_the_demo_article_is_resolved() {
    let Some(doc) = coded() else { return };
    for (text, code) in [
        ("US Assistant Secretary of State Christopher Hill", "USAGOV"), // title + unknown name
        ("Hill", "USAGOV"),                                             // surname → full mention
        ("Seoul", "KOR"),                                               // capital metonym
        ("Japan's foreign minister", "JPNGOV"),                         // country + role
        ("Taro Aso", "JPNGOV"),                                         // dated role 2005-2007
        ("Aso", "JPNGOV"),
        ("Japan", "JPN"),
        ("UN Security Council", "IGOUNO"),
        ("China", "CHN"),
        ("Russia", "RUS"),
        ("United States", "USA"), // "the United States, Britain and France": three actors
        ("Britain", "GBR"),
        ("France", "FRA"),
        ("Beijing", "CHN"),
        ("Pyongyang", "PRK"),
        ("North", "PRK"),             // contextual short form: the story is about PRK
        ("Chun Young-woo", "KORGOV"), // apposition: "South Korea's top nuclear negotiator"
        ("South Korea's top nuclear negotiator", "KORGOV"),
        ("Macau bank", "MACBUS"),        // a business actor of Macao
        ("Kyodo News agency", "JPNMED"), // media
    ] {
        let found = with_text(&doc, text);
        assert!(
            found.iter().any(|a| a.code == code),
            "{text}: expected {code}, got {:?}",
            found.iter().map(|a| (&a.text, &a.code)).collect::<Vec<_>>()
        );
    }
}

#[test]
fn short_mentions_point_back_to_their_full_mentions() {
    let Some(doc) = coded() else { return };
    for short in ["Hill", "Aso"] {
        let a = doc
            .actors
            .iter()
            .find(|a| a.text == short && a.refers_to.is_some())
            .unwrap_or_else(|| panic!("{short}: no coreferent mention"));
        let full = &doc.actors[a.refers_to.unwrap()];
        assert!(
            full.text.ends_with(short) && full.text.len() > short.len(),
            "{short} → {}",
            full.text
        );
        assert_eq!(full.code, a.code);
    }
    // "the North" never resolves to South Korea, nor "Chun" to a North Korean namesake.
    assert!(doc.actors.iter().filter(|a| a.text == "North").all(|a| a.code == "PRK"));
    assert!(!doc.actors.iter().any(|a| a.text == "Chun" && a.code.starts_with("PRK")));
}

#[test]
fn mention_texts_leave_out_the_preposition_that_governs_them() {
    let Some(doc) = coded() else { return };
    let prepositions = ["with", "to", "for", "on", "by", "in", "from", "at", "over", "after"];
    for a in &doc.actors {
        let first = a.text.split_whitespace().next().unwrap_or("").to_lowercase();
        assert!(!prepositions.contains(&first.as_str()), "mention {:?}", a.text);
    }
    assert!(doc
        .actors
        .iter()
        .any(|a| a.text == "Chun Young-woo" && a.code == "KORGOV"));
}
