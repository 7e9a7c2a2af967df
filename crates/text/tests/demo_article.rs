//! The demo article (examples/seed-article.txt) splits into exactly these sentences.

use dyad_text::split_sentences;

const ARTICLE: &str = include_str!("../../../examples/seed-article.txt");

const EXPECTED: &[(usize, &str)] = &[
    (0, "US ready for bilateral talks with N Korea"),
    (1, "US Assistant Secretary of State Christopher Hill was in Seoul as part of a regional tour to coordinate the international response to the North's test-firing of seven missiles on Wednesday."),
    (1, "The tests caused international outrage but also division over whether North Korea should be punished."),
    (2, "Japan's foreign minister said yesterday that his nation would not compromise in its push for a UN resolution on North Korea that could lead to sanctions, despite opposition from China and Russia."),
    (3, "Foreign Minister Taro Aso said Japan, which has a temporary seat on the UN Security Council, was resolved to keep working for a resolution, instead of a milder and non-binding Council statement, after the North's missile tests."),
    (4, "\"We may amend the draft but we are firm on the binding resolution that includes sanctions,\" Aso said in a speech."),
    (4, "\"Japan will not compromise."),
    (4, "We will go all the way.\""),
    (5, "Over Chinese and Russian objections, Japan on Friday proposed a UN Security Council resolution that would impose sanctions on North Korea and order the communist regime to stop developing ballistic missiles."),
    (6, "Backed by the United States, Britain and France, the resolution condemns the launches that the North conducted Wednesday in defiance of international warnings."),
    (7, "Beijing has floated the idea of an informal meeting between members of the six-party nuclear talks the two Koreas, China, Russia, Japan and the United States."),
    (7, "Pyongyang has for months refused to attend formal negotiations, protesting US financial restrictions imposed over the North's alleged counterfeiting, money-laundering and other illegal practices."),
    (8, "\"As many of you know, the Chinese have talked about putting together a six-party informal, and we both support that and we think that all countries are prepared to come to that informal meeting,\" Hill told reporters after meeting with Chun Young-woo, South Korea's top nuclear negotiator."),
    (9, "Asked about the possibility of a bilateral meeting with the North, he said: \"Within the informal six-party talks, yes, I can.\""),
    (10, "\"I just can't do it when they are boycotting the six-party talks.\""),
    (11, "But Hill rejected North Korea's demand that the US drop restrictions imposed on a Macau bank for allegedly aiding the North's illicit activities."),
    (11, "The US has argued that the nuclear talks and financial restrictions are separate issues and should not be linked."),
    (12, "\"This is not a time for so-called gestures of that kind,\" Hill said in response to the North Korean demand."),
    (12, "\"We have a country that has fired off missiles in a truly reckless way that affects ... regional security.\""),
    (13, "The North has defended its right to test missiles and said the launches could continue."),
    (14, "Japan urged the United Nations to vote soon on the Security Council resolution and warned it would not compromise on its stern wording."),
    (14, "The measure would call for other countries to \"take those steps necessary\" to keep the North from acquiring items that could be used for its missile programme."),
    (15, "\"Japan will not give in."),
    (15, "It definitely must be a resolution containing sanctions,\" Japanese Foreign Minister Taro Aso was quoted by Kyodo News agency as saying during a speech in Osaka on Saturday."),
    (15, "Japan \"will not back off from the resolution."),
    (15, "We will hold on until the end.\""),
    (16, "Comments"),
];

#[test]
fn demo_article_sentences_are_exact() {
    let got: Vec<(usize, &str)> = split_sentences(ARTICLE)
        .iter()
        .map(|s| (s.paragraph, &ARTICLE[s.span.range()]))
        .collect();
    assert_eq!(got, EXPECTED);
}

#[test]
fn demo_article_tokens_of_one_sentence() {
    let sentences = split_sentences(ARTICLE);
    let forms: Vec<&str> = sentences[14].tokens.iter().map(|t| t.form.as_str()).collect();
    assert_eq!(
        forms,
        [
            "\"",
            "I",
            "just",
            "ca",
            "n't",
            "do",
            "it",
            "when",
            "they",
            "are",
            "boycotting",
            "the",
            "six",
            "-",
            "party",
            "talks",
            ".",
            "\""
        ]
    );
}
