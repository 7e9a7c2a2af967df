//! The event coder on hand-checked UD trees (an owned fixture), with actor mentions given by a
//! small test table: it exercises pattern matching, roles, complements, negation, modality,
//! compound actors and reported speech independently of the parser and the actor resolver.

use dyad_code::events::{code_sentence, EventContext, SentenceEvent};
use dyad_code::mentions::{Mention, SentenceMentions};
use dyad_code::tree::Tree;
use dyad_lexicon::events::{EventLexicon, Frames};
use dyad_syntax::{conllu, ParsedSentence};
use std::collections::HashSet;

const ACTORS: &[(&str, &str)] = &[
    ("Japan", "JPN"),
    ("Korea", "PRK"),
    ("Pyongyang", "PRK"),
    ("Hill", "USAGOV"),
    ("Chun", "KORGOV"),
    ("Nations", "IGOUNO"),
    ("Kim", "PRKGOV"),
    ("China", "CHN"),
    ("Russia", "RUS"),
    ("Aso", "JPNGOV"),
    ("Sudan", "SDN"),
    ("Rebels", "REB"),
];

/// Codes of actors that name no country (the rest take their first three letters as country).
const COUNTRYLESS: &[&str] = &["REB"];

fn sentences() -> Vec<ParsedSentence> {
    let text = include_str!("fixtures/events.conllu");
    let (sentences, errors) = conllu::read(text);
    assert!(errors.is_empty(), "{errors:?}");
    sentences
}

fn mentions(s: &ParsedSentence) -> SentenceMentions {
    SentenceMentions::new(
        s.words
            .iter()
            .enumerate()
            .filter_map(|(i, w)| {
                let code = ACTORS.iter().find(|(name, _)| *name == w.form)?.1;
                Some(Mention {
                    head: i,
                    start: i,
                    end: i + 1,
                    code: code.into(),
                    country: (!COUNTRYLESS.contains(&code)).then(|| code[..3].to_string()),
                    ..Mention::default()
                })
            })
            .collect(),
    )
}

/// The events of sentence `k` with its mentions.
fn events_of(k: usize) -> (Vec<SentenceEvent>, SentenceMentions) {
    let reporting: HashSet<String> = ["say", "tell", "argue"].iter().map(|s| s.to_string()).collect();
    let ctx = EventContext {
        lexicon: EventLexicon::embedded(),
        frames: Frames::embedded(),
        reporting: &reporting,
    };
    let s = &sentences()[k];
    let m = mentions(s);
    (code_sentence(&ctx, &Tree::new(&s.words), &m), m)
}

/// `(source, code, target, flags)` of every event of sentence `k`.
fn coded(k: usize) -> Vec<(String, String, String, String)> {
    let (events, m) = events_of(k);
    events
        .iter()
        .map(|e| {
            let mut flags = String::new();
            for (on, f) in [(e.negated, 'N'), (e.hypothetical, 'H'), (e.reported, 'R')] {
                if on {
                    flags.push(f);
                }
            }
            (
                m.get(e.source).code.clone(),
                e.code.as_str().to_string(),
                e.target.map(|t| m.get(t).code.clone()).unwrap_or_default(),
                flags,
            )
        })
        .collect()
}

fn has(events: &[(String, String, String, String)], source: &str, root: &str, target: &str, flags: &str) -> bool {
    events
        .iter()
        .any(|(s, c, t, f)| s == source && c.starts_with(root) && t == target && f == flags)
}

#[test]
fn hypothetical_sanctions_in_a_relative_clause() {
    let events = coded(0);
    assert!(has(&events, "JPN", "02", "", ""), "the proposal: {events:?}");
    assert!(
        has(&events, "JPN", "163", "PRK", "H"),
        "hypothetical sanctions: {events:?}"
    );
}

#[test]
fn refusal_to_attend_is_a_rejection_never_the_positive_code() {
    let events = coded(1);
    assert!(
        events.iter().any(|(s, c, _, _)| s == "PRK" && c.starts_with("12")),
        "{events:?}"
    );
    assert!(!events.iter().any(|(_, c, _, _)| c.starts_with("04")), "{events:?}");
}

#[test]
fn meeting_is_reciprocal() {
    let events = coded(2);
    assert!(has(&events, "USAGOV", "04", "KORGOV", ""), "{events:?}");
    assert!(has(&events, "KORGOV", "04", "USAGOV", ""), "{events:?}");
}

#[test]
fn urging_the_un_is_an_appeal_to_it() {
    let events = coded(3);
    assert!(has(&events, "JPN", "02", "IGOUNO", ""), "{events:?}");
}

#[test]
fn negated_meeting_is_not_a_meeting() {
    let events = coded(4);
    assert!(!events.iter().any(|(_, c, _, _)| c.starts_with("04")), "{events:?}");
}

#[test]
fn compound_subjects_expand() {
    let events = coded(5);
    assert!(has(&events, "CHN", "1", "JPN", ""), "{events:?}");
    assert!(has(&events, "RUS", "1", "JPN", ""), "{events:?}");
}

#[test]
fn reported_hypothetical_sanctions_keep_the_speaker() {
    let events = coded(6);
    assert!(has(&events, "JPN", "163", "PRK", "HR"), "{events:?}");
}

#[test]
fn an_obligation_stated_by_a_speaker_is_a_demand_on_the_subject() {
    // "Russia said Sudan must return the helicopter": Russia demands (10x) of Sudan; Sudan returns
    // nothing.
    let events = coded(7);
    assert!(has(&events, "RUS", "10", "SDN", "R"), "{events:?}");
    assert!(!events.iter().any(|(s, _, _, _)| s == "SDN"), "{events:?}");
}

#[test]
fn a_threat_is_aimed_at_whoever_must_meet_its_condition() {
    // "Japan threatened to cut ties unless Pyongyang stops the tests": a threat (13x) at North
    // Korea; the condition is part of the threat, not an event of its own.
    let events = coded(8);
    assert!(has(&events, "JPN", "13", "PRK", ""), "{events:?}");
    assert!(!events.iter().any(|(s, _, _, _)| s == "PRK"), "{events:?}");
}

#[test]
fn an_actor_without_a_country_takes_the_place_it_is_in() {
    // "Rebels in Korea attacked Japan": the rebels' country comes from "in Korea".
    let (events, m) = events_of(9);
    let attack = events
        .iter()
        .find(|e| m.get(e.source).code == "REB" && e.code.root() >= 18)
        .expect("the attack");
    assert_eq!(attack.source_country.as_deref(), Some("PRK"));
    assert_eq!(attack.target.map(|t| m.get(t).code.as_str()), Some("JPN"));
    assert_eq!(attack.target_country, None, "Japan has its own country");
}

#[test]
fn the_circumstance_of_a_coded_act_is_not_an_event_of_its_own() {
    // "Hill resigned as Korea threatened to attack Japan": the resignation is coded, the threat in
    // the "as" clause only frames it.
    let events = coded(10);
    assert!(events.iter().any(|(s, _, _, _)| s == "USAGOV"), "{events:?}");
    assert!(!events.iter().any(|(s, _, _, _)| s == "PRK"), "{events:?}");
}
