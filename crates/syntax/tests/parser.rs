//! Parser tests: learning a small owned treebank, well-formed trees on any input, model round trip,
//! determinism for a seed.

use dyad_syntax::parser::Parser;
use dyad_syntax::tagger::Tagger;
use dyad_syntax::train::TrainOptions;
use dyad_syntax::{conllu, model, ParsedSentence, Word};
use proptest::prelude::*;
use std::sync::OnceLock;

const FIXTURE: &str = include_str!("data/parser-fixture.conllu");

fn fixture() -> Vec<ParsedSentence> {
    let (sentences, errors) = conllu::read(FIXTURE);
    assert!(errors.is_empty(), "{errors:?}");
    sentences
}

fn options() -> TrainOptions {
    TrainOptions {
        seed: 7,
        epochs: Some(12),
        ..TrainOptions::default()
    }
}

fn trained() -> &'static Parser {
    static PARSER: OnceLock<Parser> = OnceLock::new();
    PARSER.get_or_init(|| Parser::train(&fixture(), &options()))
}

/// Panics unless `words` form a tree: heads in range, exactly one root, no cycle.
fn assert_tree(words: &[Word]) {
    let n = words.len();
    assert!(words.iter().all(|w| w.head <= n), "head out of range");
    if n == 0 {
        return;
    }
    assert_eq!(words.iter().filter(|w| w.head == 0).count(), 1, "not exactly one root");
    for start in 0..n {
        let (mut x, mut steps) = (start + 1, 0);
        while x != 0 {
            x = words[x - 1].head;
            steps += 1;
            assert!(steps <= n, "cycle through word {}", start + 1);
        }
    }
    assert!(words.iter().all(|w| !w.deprel.is_empty()), "empty label");
}

fn is_projective(words: &[Word]) -> bool {
    words.iter().enumerate().all(|(i, w)| {
        let d = i + 1;
        let (lo, hi) = (d.min(w.head), d.max(w.head));
        w.head == 0
            || (lo + 1..hi).all(|k| {
                let mut x = k;
                while x != 0 && x != w.head {
                    x = words[x - 1].head;
                }
                x == w.head
            })
    })
}

/// Panics unless `parser` parses every projective fixture sentence exactly as annotated.
fn assert_recovers_projective_trees(parser: &Parser) {
    let gold = fixture();
    let projective: Vec<&ParsedSentence> = gold.iter().filter(|s| is_projective(&s.words)).collect();
    assert_eq!(
        projective.len(),
        gold.len() - 1,
        "the fixture has one non-projective sentence"
    );
    for s in projective {
        let mut words = s.words.clone();
        for w in &mut words {
            (w.head, w.deprel) = (usize::MAX, String::new());
        }
        parser.parse(&mut words);
        let got: Vec<(usize, &str)> = words.iter().map(|w| (w.head, w.deprel.as_str())).collect();
        let want: Vec<(usize, &str)> = s.words.iter().map(|w| (w.head, w.deprel.as_str())).collect();
        assert_eq!(got, want, "sentence {:?}", s.comment("text"));
    }
}

#[test]
fn recovers_the_projective_training_trees() {
    assert_eq!(trained().beam(), dyad_syntax::parser::DEFAULT_BEAM);
    assert_recovers_projective_trees(trained());
}

#[test]
fn greedy_training_learns_the_fixture_and_parses_greedily() {
    let greedy = Parser::train(&fixture(), &TrainOptions { beam: 1, ..options() });
    assert_eq!(greedy.beam(), 1);
    assert_recovers_projective_trees(&greedy);
}

#[test]
fn global_beam_training_alone_learns_the_fixture() {
    let global = Parser::train(
        &fixture(),
        &TrainOptions {
            epochs: Some(0),
            beam: 4,
            beam_epochs: Some(15),
            ..options()
        },
    );
    assert_eq!(global.beam(), 4);
    assert_recovers_projective_trees(&global);
}

#[test]
fn beam_width_is_stored_in_the_model_and_overridable() {
    let mut parser = trained().clone();
    let back: Parser = model::decode(&model::encode(&parser), "test parser").expect("decodes");
    assert_eq!(back.beam(), parser.beam());
    for width in [1, 2, 3, 16] {
        parser.set_beam(width);
        assert_eq!(parser.beam(), width);
        for s in fixture() {
            let mut words = s.words.clone();
            parser.parse(&mut words);
            assert_tree(&words);
        }
    }
    parser.set_beam(0);
    assert_eq!(parser.beam(), 1);
    parser.set_beam(usize::MAX);
    assert_eq!(parser.beam(), dyad_syntax::parser::MAX_BEAM);
}

#[test]
fn non_projective_training_tree_is_parsed_as_a_tree() {
    let gold = fixture();
    let s = gold
        .iter()
        .find(|s| !is_projective(&s.words))
        .expect("one non-projective sentence");
    let mut words = s.words.clone();
    trained().parse(&mut words);
    assert_tree(&words);
    assert!(is_projective(&words));
}

#[test]
fn model_round_trips_through_serialization() {
    let parser = trained();
    let bytes = model::encode(parser);
    let back: Parser = model::decode(&bytes, "test parser").expect("decodes");
    for s in fixture() {
        let (mut a, mut b) = (s.words.clone(), s.words.clone());
        parser.parse(&mut a);
        back.parse(&mut b);
        assert_eq!(a, b);
    }
    assert!(model::decode::<Parser>(&bytes[..bytes.len() / 2], "truncated").is_err());
}

#[test]
fn training_is_deterministic_for_a_seed() {
    let again = Parser::train(&fixture(), &options());
    assert_eq!(model::encode(trained()), model::encode(&again));
}

#[test]
fn parser_only_training_learns_from_the_given_tags_not_the_dev_set() {
    // The quick path (`dyad train --parser-only`): the training sentences keep their tags, and the
    // dev set (tagged by the given tagger) only feeds progress reports, so the model is the same.
    let tagger = Tagger::train(&fixture(), &TrainOptions::default());
    let with_dev = TrainOptions {
        dev: fixture(),
        ..options()
    };
    let parser = dyad_syntax::train::train_parser(&fixture(), &tagger, &with_dev);
    assert_eq!(model::encode(&parser), model::encode(trained()));
    // and tag accuracy is counted word by word
    let mut retagged = fixture();
    for s in &mut retagged {
        s.words[0].upos = "X".into();
    }
    let words: usize = fixture().iter().map(|s| s.words.len()).sum();
    let want = 100.0 * (words - retagged.len()) as f64 / words as f64;
    let got = dyad_syntax::train::upos_accuracy(&fixture(), &retagged);
    assert!((got - want).abs() < 1e-9, "{got} != {want}");
}

#[test]
fn empty_one_word_and_long_sentences_get_trees() {
    let parser = trained();
    let mut empty: Vec<Word> = Vec::new();
    parser.parse(&mut empty);
    let mut one = vec![word("Yes", "INTJ", "UH")];
    parser.parse(&mut one);
    assert_eq!(one[0].head, 0);
    assert_eq!(one[0].deprel, "root");
    let mut long: Vec<Word> = (0..500)
        .map(|i| match i % 4 {
            0 => word("the", "DET", "DT"),
            1 => word("army", "NOUN", "NN"),
            2 => word("attacked", "VERB", "VBD"),
            _ => word(",", "PUNCT", ","),
        })
        .collect();
    parser.parse(&mut long);
    assert_tree(&long);
    // an untrained parser still produces trees
    let mut words = vec![word("a", "X", "X"), word("b", "X", "X"), word("c", "X", "X")];
    Parser::default().parse(&mut words);
    assert_tree(&words);
}

fn word(form: &str, upos: &str, xpos: &str) -> Word {
    Word {
        form: form.into(),
        upos: upos.into(),
        xpos: xpos.into(),
        lemma: form.to_lowercase(),
        ..Word::default()
    }
}

proptest! {
    #[test]
    fn any_input_gives_a_well_formed_tree(
        tokens in prop::collection::vec(("\\PC{0,6}", "[A-Z$.,:]{0,4}", 0usize..600), 0..80)
    ) {
        let mut words: Vec<Word> = tokens
            .iter()
            .map(|(form, tag, head)| Word { head: *head, ..word(form, tag, tag) })
            .collect();
        trained().parse(&mut words);
        assert_tree(&words);
    }
}
