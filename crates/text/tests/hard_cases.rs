//! The hard cases of English news tokenization and sentence splitting, one test per case.

use dyad_text::{multiword_tokens, split_sentences, tokenize, Span};

fn forms(text: &str) -> Vec<String> {
    let tokens = tokenize(text);
    for t in &tokens {
        assert_eq!(
            &text[t.span.range()],
            t.form,
            "span of {:?} does not slice back",
            t.form
        );
    }
    tokens.into_iter().map(|t| t.form).collect()
}

fn sentences(text: &str) -> Vec<&str> {
    split_sentences(text)
        .into_iter()
        .map(|s| &text[s.span.range()])
        .collect()
}

fn assert_forms(text: &str, expected: &[&str]) {
    assert_eq!(forms(text), expected, "tokens of {text:?}");
}

#[test]
fn initials_and_abbreviations_keep_their_period() {
    assert_forms("N. Korea fired.", &["N.", "Korea", "fired", "."]);
    assert_forms("The U.S. said", &["The", "U.S.", "said"]);
    assert_forms("Gen. Smith met Mr. Hill", &["Gen.", "Smith", "met", "Mr.", "Hill"]);
    assert_forms("on Jan. 5 in St. Louis", &["on", "Jan.", "5", "in", "St.", "Louis"]);
    assert_forms("George W. Bush", &["George", "W.", "Bush"]);
    assert_eq!(
        sentences("Mr. Hill met Gen. Smith on Jan. 5. They talked."),
        vec!["Mr. Hill met Gen. Smith on Jan. 5.", "They talked."]
    );
    assert_eq!(
        sentences("N. Korea fired. S. Korea protested."),
        vec!["N. Korea fired.", "S. Korea protested."]
    );
}

#[test]
fn an_abbreviation_ending_a_sentence_gives_up_its_period() {
    assert_forms("He lives in the U.S.", &["He", "lives", "in", "the", "U.S", "."]);
    assert_forms("pens, paper, etc.", &["pens", ",", "paper", ",", "etc", "."]);
    assert_eq!(
        sentences("He lives in the U.S. The weather is fine."),
        vec!["He lives in the U.S.", "The weather is fine."]
    );
    assert_eq!(sentences("The U.S. Congress voted."), vec!["The U.S. Congress voted."]);
    assert_eq!(forms("at 2:30 p.m.\nNext"), vec!["at", "2:30", "p.m", ".", "Next"]);
}

#[test]
fn possessives_and_contractions_follow_ud_english() {
    assert_forms("Japan's minister", &["Japan", "'s", "minister"]);
    assert_forms("the North's test", &["the", "North", "'s", "test"]);
    assert_forms("I don't know", &["I", "do", "n't", "know"]);
    assert_forms(
        "we can't, I'm sure they'll",
        &["we", "ca", "n't", ",", "I", "'m", "sure", "they", "'ll"],
    );
    assert_forms("won't cannot gonna", &["wo", "n't", "can", "not", "gon", "na"]);
    assert_forms("Jim Steffes' desk", &["Jim", "Steffes", "'", "desk"]);
    assert_forms("O'Connell in the 1960's", &["O'Connell", "in", "the", "1960's"]);
}

#[test]
fn curly_quotes_and_apostrophes() {
    assert_forms(
        "“We are firm,” he said. Japan’s don’t",
        &[
            "“", "We", "are", "firm", ",", "”", "he", "said", ".", "Japan", "’s", "do", "n’t",
        ],
    );
    assert_forms("‘Modern Giants’", &["‘", "Modern", "Giants", "’"]);
}

#[test]
fn hyphenated_words_split_as_in_ewt() {
    assert_forms(
        "test-firing of six-party talks",
        &["test", "-", "firing", "of", "six", "-", "party", "talks"],
    );
    assert_forms("a non-binding e-mail", &["a", "non-binding", "e-mail"]);
    assert_forms(
        "call 713-853-3989 on 3-4 May",
        &["call", "713-853-3989", "on", "3", "-", "4", "May"],
    );
}

#[test]
fn numbers_currencies_and_percentages() {
    assert_forms("$5.5 billion", &["$", "5.5", "billion"]);
    assert_forms("rose 3.5% to 3,202.61", &["rose", "3.5", "%", "to", "3,202.61"]);
    assert_forms("at 5:30, on 11/28/2000.", &["at", "5:30", ",", "on", "11/28/2000", "."]);
    assert_forms("It rose 3.5.", &["It", "rose", "3.5", "."]);
}

#[test]
fn urls_and_email_addresses_stay_whole() {
    assert_forms(
        "See http://www.example.com/a?b=c.",
        &["See", "http://www.example.com/a?b=c", "."],
    );
    assert_forms("(www.example.org)", &["(", "www.example.org", ")"]);
    assert_forms(
        "Write to jane.doe@example.org, please",
        &["Write", "to", "jane.doe@example.org", ",", "please"],
    );
}

#[test]
fn ellipses_and_dashes() {
    assert_forms(
        "affects ... regional security",
        &["affects", "...", "regional", "security"],
    );
    assert_eq!(
        sentences("a way that affects ... regional security."),
        vec!["a way that affects ... regional security."]
    );
    assert_forms("talks—and more", &["talks", "—", "and", "more"]);
    assert_forms("1990–2000 -- or so", &["1990", "–", "2000", "--", "or", "so"]);
    assert_forms("wait…what", &["wait", "…", "what"]);
}

#[test]
fn datelines_do_not_end_a_sentence() {
    let text = "SEOUL, July 9 (Reuters) - North Korea fired seven missiles.";
    assert_forms(
        text,
        &[
            "SEOUL", ",", "July", "9", "(", "Reuters", ")", "-", "North", "Korea", "fired", "seven", "missiles", ".",
        ],
    );
    assert_eq!(sentences(text), vec![text]);
}

#[test]
fn headlines_and_paragraphs() {
    let text = "US ready for talks\nThe tests caused outrage. Japan protested.\n\nComments";
    let split = split_sentences(text);
    let got: Vec<(&str, usize)> = split.iter().map(|s| (&text[s.span.range()], s.paragraph)).collect();
    assert_eq!(
        got,
        vec![
            ("US ready for talks", 0),
            ("The tests caused outrage.", 1),
            ("Japan protested.", 1),
            ("Comments", 2)
        ]
    );
}

#[test]
fn quotations_spanning_sentences() {
    let text = "\"Japan will not compromise. We will go all the way,\" he said. \"Yes.\" Then: 'No.'";
    assert_eq!(
        sentences(text),
        vec![
            "\"Japan will not compromise.",
            "We will go all the way,\" he said.",
            "\"Yes.\"",
            "Then: 'No.'"
        ]
    );
    assert_eq!(
        sentences("He asked: “Why?” Nobody knew."),
        vec!["He asked: “Why?”", "Nobody knew."]
    );
}

#[test]
fn multiword_tokens_group_split_words() {
    let text = "I don't know Japan's cannot";
    let spans: Vec<Span> = tokenize(text).iter().map(|t| t.span).collect();
    assert_eq!(multiword_tokens(text, &spans), vec![(1, 2), (4, 5), (6, 7)]);
    let text = "'Modern Giants' and Steffes' desk";
    let spans: Vec<Span> = tokenize(text).iter().map(|t| t.span).collect();
    assert!(
        multiword_tokens(text, &spans).is_empty(),
        "a closing quote is no possessive"
    );
}

#[test]
fn odd_input_does_not_break_invariants() {
    for text in [
        "",
        "   \n\n ",
        "\u{0}\u{1}\u{7f}",
        "...",
        "'",
        "n't",
        "a\u{200B}b",
        "é’s",
        "x\r\ny",
        "((((",
        "@@.@",
    ] {
        let tokens = tokenize(text);
        let mut at = 0;
        for t in &tokens {
            assert!(
                t.span.start >= at && t.span.end > t.span.start && t.span.end <= text.len(),
                "{text:?}"
            );
            assert_eq!(&text[t.span.range()], t.form);
            at = t.span.end;
        }
    }
}

#[test]
fn units_emoticons_fractions_and_file_names() {
    assert_forms(
        "at 7:30PM or 5pm, 65k",
        &["at", "7:30", "PM", "or", "5", "pm", ",", "65", "k"],
    );
    assert_forms("great:) really :(", &["great", ":)", "really", ":("]);
    assert_forms(
        "on 9/11, 1/2 of 20/20",
        &["on", "9/11", ",", "1", "/", "2", "of", "20", "/", "20"],
    );
    assert_forms("Analysis .doc", &["Analysis", ".doc"]);
    assert_forms("‘’Should", &["‘’", "Should"]);
}

#[test]
fn list_numbers_and_urls_around_sentence_ends() {
    assert_eq!(
        sentences("*1. The first element. 2. The second."),
        vec!["*1. The first element.", "2. The second."]
    );
    assert_eq!(
        sentences("Read this. http://example.com is good."),
        vec!["Read this.", "http://example.com is good."]
    );
    assert_eq!(
        sentences("It costs less. $5 is the price."),
        vec!["It costs less.", "$5 is the price."]
    );
    assert_eq!(
        sentences("\"Let heads roll!\") That was all."),
        vec!["\"Let heads roll!\")", "That was all."]
    );
}

#[test]
fn lowercase_after_a_period_starts_a_sentence_unless_a_quote_closed() {
    assert_eq!(
        sentences("It was late. the end came."),
        vec!["It was late.", "the end came."]
    );
    assert_eq!(
        sentences("\"Why?\" asked Hill. \"Now!\" said Aso."),
        vec!["\"Why?\" asked Hill.", "\"Now!\" said Aso."]
    );
}

#[test]
fn hashtags_handles_and_shortened_addresses() {
    assert_forms("#audiobooks by @dyad", &["#audiobooks", "by", "@dyad"]);
    assert_forms("franz371...@gmail.com wrote", &["franz371...@gmail.com", "wrote"]);
}

#[test]
fn an_address_after_a_name_in_angle_brackets() {
    assert_forms(
        "Julie\"<julie@example.net>",
        &["Julie", "\"", "<", "julie@example.net", ">"],
    );
}
