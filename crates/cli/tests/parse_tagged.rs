//! `dyad parse --keep-tags` and `dyad eval parser --gold-tags`: parsing input that is already
//! tagged keeps its tags and still predicts lemmas and trees.

mod common;

use common::{dyad, fixture, stderr};

/// The UPOS and XPOS of word `id` in the first sentence of CoNLL-U output.
fn tags_of(conllu: &str, id: &str) -> (String, String) {
    let line = conllu
        .lines()
        .find(|l| l.split('\t').next() == Some(id))
        .unwrap_or_else(|| panic!("no word {id} in {conllu}"));
    let cols: Vec<&str> = line.split('\t').collect();
    (cols[3].to_string(), cols[4].to_string())
}

#[test]
fn keep_tags_keeps_the_input_tags_and_predicts_the_tree() {
    let (dir, models) = common::scratch("parse-tagged", "keep");
    // "proposed" mistagged as a noun: kept with --keep-tags, corrected by the tagger without it
    let good = std::fs::read_to_string(fixture("tiny.conllu")).unwrap();
    let tagged = good.replace("proposed\tpropose\tVERB\tVBD", "proposed\tpropose\tNOUN\tNN");
    assert_ne!(tagged, good);
    // every input head on the root: the output tree must come from the parser
    let tagged: String = tagged
        .lines()
        .map(|l| {
            let mut cols: Vec<&str> = l.split('\t').collect();
            if cols.len() == 10 {
                (cols[6], cols[7]) = ("0", "dep");
            }
            cols.join("\t") + "\n"
        })
        .collect();
    let file = dir.join("tagged.conllu");
    std::fs::write(&file, &tagged).unwrap();
    let path = file.to_str().unwrap();

    let out = dyad(&[
        "parse",
        "--models",
        &models,
        "--input-format",
        "conllu",
        "--keep-tags",
        path,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let kept = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(tags_of(&kept, "2"), ("NOUN".into(), "NN".into()));
    assert_eq!(tags_of(&kept, "1"), ("PROPN".into(), "NNP".into()));
    // the tree is predicted: one root per sentence, no input head left
    let rels: Vec<&str> = kept.lines().filter_map(|l| l.split('\t').nth(7)).collect();
    assert_eq!(rels.iter().filter(|&&r| r == "root").count(), 2, "{kept}");
    assert!(!rels.contains(&"dep"), "{kept}");

    let out = dyad(&["parse", "--models", &models, "--input-format", "conllu", path]);
    assert!(out.status.success(), "{}", stderr(&out));
    let retagged = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(tags_of(&retagged, "2"), ("VERB".into(), "VBD".into()));
}

#[test]
fn keep_tags_on_raw_text_is_refused_with_a_reason() {
    let out = dyad(&["parse", "--keep-tags", &fixture("tiny.conllu")]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--input-format conllu"), "{}", stderr(&out));
}

#[test]
fn eval_with_gold_tags_scores_the_parser_on_the_gold_tags() {
    let (_dir, models) = common::scratch("parse-tagged", "eval");
    let gold = fixture("tiny.conllu");
    let out = dyad(&[
        "eval",
        "parser",
        "--gold",
        &gold,
        "--models",
        &models,
        "--gold-tags",
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let scores: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(scores["upos"]["correct"], scores["upos"]["gold"], "{scores}");
    assert_eq!(scores["xpos"]["correct"], scores["xpos"]["gold"], "{scores}");
    assert!(scores["uas"]["gold"].as_u64().unwrap() > 0);
}
