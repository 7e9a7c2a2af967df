//! The embedded actor lexicon and the loader: date-bounded look-ups, matches, and errors with
//! file:line on broken user lexicons.

use dyad_lexicon::actors::{ActorLexicon, Date, Entry, Kind};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// The person entry matched by `name` (the whole name).
fn person<'a>(lex: &'a ActorLexicon, name: &str) -> &'a Entry {
    let tokens: Vec<&str> = name.split_whitespace().collect();
    let found = lex.find(&tokens);
    found
        .iter()
        .filter(|m| m.start == 0 && m.end == tokens.len() && m.entry.kind == Kind::Person)
        .map(|m| m.entry)
        .next_back()
        .unwrap_or_else(|| panic!("{name} not found: {found:?}"))
}

fn code_at(e: &Entry, d: &str) -> String {
    e.code_at(date(d)).map(|c| c.to_string()).unwrap_or_default()
}

#[test]
fn trump_kim_abe_by_date() {
    let lex = ActorLexicon::embedded();
    let trump = person(&lex, "Donald Trump");
    assert_eq!(code_at(trump, "2019-06-01"), "USAGOV");
    assert_eq!(code_at(trump, "2022-06-01"), "USAELI");
    assert_eq!(code_at(trump, "2025-06-01"), "USAGOV");
    assert_eq!(code_at(trump, "2021-01-20"), "USAELI", "the end date is exclusive");
    let kim = person(&lex, "Kim Jong Un");
    assert_eq!(code_at(kim, "2010-01-01"), "PRKELI");
    assert_eq!(code_at(kim, "2012-01-01"), "PRKGOV");
    let abe = person(&lex, "Shinzo Abe");
    assert_eq!(code_at(abe, "2008-06-01"), "JPNELI");
    assert_eq!(code_at(abe, "2015-06-01"), "JPNGOV");
    assert_eq!(code_at(abe, "2007-01-01"), "JPNGOV");
}

#[test]
fn finds_longest_names_in_tokens() {
    let lex = ActorLexicon::embedded();
    let tokens = [
        "The", "UN", "Security", "Council", "met", "Japan's", "foreign", "minister", "in", "Seoul",
    ];
    let found = lex.find(&tokens);
    let spans: Vec<(usize, usize)> = found.iter().map(|m| (m.start, m.end)).collect();
    assert!(spans.contains(&(1, 4)), "{spans:?}");
    assert!(spans.contains(&(5, 6)), "{spans:?}");
    assert!(spans.contains(&(6, 8)), "{spans:?}");
    assert!(spans.contains(&(9, 10)), "{spans:?}");
    assert!(
        !spans.contains(&(2, 4)),
        "a shorter match inside a longer one: {spans:?}"
    );
}

#[test]
fn broken_user_lexicon_lists_every_problem_with_file_and_line() {
    let errors = ActorLexicon::load(&fixture("broken")).expect_err("the fixture is broken");
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let places: Vec<(String, u32)> = errors
        .iter()
        .map(|e| (e.file.rsplit('/').next().unwrap_or("").to_string(), e.line))
        .collect();
    assert_eq!(
        places,
        [
            ("orgs.txt".to_string(), 3),
            ("people.txt".to_string(), 4),
            ("people.txt".to_string(), 5),
            ("people.txt".to_string(), 6)
        ],
        "{text:?}"
    );
    assert!(text[1].contains("unknown country"), "{text:?}");
    assert!(text[0].contains("unknown tag"), "{text:?}");
    let (lex, lenient_errors) = ActorLexicon::load_lenient(&fixture("broken"));
    assert_eq!(lenient_errors.len(), 4);
    assert_eq!(code_at(person(&lex, "Good Person"), "2001-06-01"), "USAGOV");
}

#[test]
fn user_lexicon_overrides_and_extends() {
    let lex = ActorLexicon::load(&fixture("override")).expect("the fixture loads");
    assert_eq!(code_at(person(&lex, "Kim Jong Un"), "2015-01-01"), "PRKMIL");
    assert_eq!(code_at(person(&lex, "Test Person Zyx"), "2021-01-01"), "JPNGOV");
    assert!(ActorLexicon::load(&fixture("no-such-dir")).is_err());
}

#[test]
fn embedded_lexicon_checks_without_errors() {
    let report = dyad_lexicon::actors::check(&dyad_lexicon::actors::embedded_sources(), &[]);
    let errors: Vec<String> = report
        .problems
        .iter()
        .filter(|p| p.severity == dyad_lexicon::actors::Severity::Error)
        .map(|p| p.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert!(report.coverage.countries >= 190);
    assert!(report.coverage.people_with_dated_roles >= 18_000);
}
