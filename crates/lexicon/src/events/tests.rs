//! Tests of the event lexicon as a whole: the embedded data, look-ups the coder relies on, user
//! directories, and the file:line reporting of broken files (fixtures in `events/fixtures/`).

use super::*;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("src/events/fixtures")
        .join(name)
}

fn code(text: &str) -> Option<CameoCode> {
    CameoCode::parse(text)
}

#[test]
fn embedded_lexicon_is_clean_and_covers_cameo() {
    let lexicon = EventLexicon::embedded();
    assert!(
        lexicon.problems().is_empty(),
        "{:?}",
        &lexicon.problems()[..lexicon.problems().len().min(5)]
    );
    let report = check(None);
    assert!(report.problems.is_empty(), "{report}");
    let coverage = &report.coverage;
    assert!(coverage.patterns >= 2500, "{} patterns", coverage.patterns);
    assert_eq!(coverage.roots_covered, 20);
    assert!(
        coverage.three_digit_percent() >= 90.0,
        "{:.1}%",
        coverage.three_digit_percent()
    );
    assert!(coverage.frame_patterns > 0);
}

#[test]
fn impose_sanctions_on_targets_the_oblique() {
    let patterns = EventLexicon::embedded().patterns_for("impose");
    let p = patterns
        .iter()
        .find(|p| p.id.as_ref() == "v.impose-sanctions")
        .expect("v.impose-sanctions indexed under impose");
    assert_eq!(p.pos, PosTag::Verb);
    assert_eq!(p.code, code("163"));
    let obj = p.slot(&Rel::Obj).expect("object slot");
    assert!(obj.lex.matches("sanction") && obj.lex.matches("embargo") && !obj.lex.matches("aid"));
    let obl = p
        .slots
        .iter()
        .find(|s| matches!(s.rel, Rel::Obl(_)))
        .expect("oblique slot");
    assert!(obl.rel.accepts_case(Some("on")) && obl.rel.accepts_case(Some("against")));
    assert!(!obl.rel.accepts_case(Some("with")));
    // Most specific first.
    let specificity: Vec<usize> = patterns.iter().map(Pattern::specificity).collect();
    assert!(specificity.windows(2).all(|w| w[0] >= w[1]), "{specificity:?}");
}

#[test]
fn propose_reject_meet_and_talks_are_indexed() {
    let lexicon = EventLexicon::embedded();
    let propose = lexicon.patterns_for("propose");
    assert!(propose
        .iter()
        .any(|p| p.frame.as_deref() == Some("appeal") && p.slot(&Rel::Xcomp).is_some()));

    let reject = lexicon.patterns_for("reject");
    let codes: Vec<String> = reject.iter().filter_map(|p| p.code.map(|c| c.to_string())).collect();
    for expected in ["120", "125", "126", "016"] {
        assert!(
            codes.iter().any(|c| c == expected),
            "reject lacks {expected}: {codes:?}"
        );
    }
    assert!(reject.iter().any(|p| p.frame.as_deref() == Some("reject")));

    let meet = lexicon.patterns_for("meet");
    let with = meet.iter().find(|p| p.id.as_ref() == "v.meet.with").expect("meet with");
    assert_eq!((with.code, with.recip), (code("040"), code("040")));
    assert_eq!(with.target, Role::Dep(Rel::Obl(Some("with".into()))));

    let talk = lexicon.patterns_for("talk");
    let noun = talk
        .iter()
        .find(|p| p.pos == PosTag::Noun && p.slot(&Rel::Nmod(Some("with".into()))).is_some());
    let noun = noun.expect("talks with X as a nominal predicate");
    assert_eq!(noun.code, code("046"));
    assert!(noun.recip.is_some());
    assert!(lexicon.patterns_for("no-such-lemma").is_empty());
}

#[test]
fn synonym_sets_expand_including_nested_and_phrases() {
    let lexicon = EventLexicon::embedded();
    let sanction: Vec<String> = lexicon
        .synset("&SANCTION")
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(sanction.contains(&"embargo".to_string()) && sanction.contains(&"arms_embargo".to_string()));
    // &MEETING is used inside pattern slots through `&TALKS|&MEETING`.
    let hold = lexicon.patterns_for("hold");
    let talks = hold.iter().find(|p| p.id.as_ref() == "v.hold-talks.bare").unwrap();
    assert!(talks.slot(&Rel::Obj).unwrap().lex.matches("negotiation"));

    let nested = "&A = alpha &B\n&B = beta_gamma\nn.1 x/v obj=&A -> 010\n";
    let lexicon = EventLexicon::from_texts(&[("t.pat", nested)], Mode::Strict).unwrap();
    let a: Vec<String> = lexicon.synset("&A").unwrap().iter().map(ToString::to_string).collect();
    assert_eq!(a, ["alpha", "beta_gamma"]);
    let obj = &lexicon.patterns_for("x")[0].slots[0].lex;
    assert!(obj.matches("gamma") && obj.matches("alpha") && !obj.matches("beta"));
}

#[test]
fn multiword_predicates_index_by_verb_with_particle() {
    let text = "&V = break_down fail\np.1 &V/v -> 120\nn.1 hunger_strike/n -> 142\n";
    let lexicon = EventLexicon::from_texts(&[("t.pat", text)], Mode::Strict).unwrap();
    let broke = &lexicon.patterns_for("break")[0];
    assert_eq!(broke.extra, ["down"]);
    assert!(lexicon.patterns_for("fail")[0].extra.is_empty());
    let strike = &lexicon.patterns_for("strike")[0];
    assert_eq!(
        (strike.pos, strike.extra.as_slice()),
        (PosTag::Noun, &["hunger".to_string()][..])
    );
    assert_eq!(lexicon.pattern_count(), 2);
}

#[test]
fn broken_file_errors_name_file_and_line() {
    let errors = EventLexicon::load(&fixture("broken"), Mode::Strict).unwrap_err();
    let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [4, 5, 6, 7], "{errors:?}");
    assert!(errors.iter().all(|e| e.file.ends_with("bad.pat")));
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let expected = [
        "bad.pat:4: unknown synonym set &MISSING",
        "bad.pat:5: bad CAMEO code \"999\"",
        "bad.pat:6: duplicate pattern id ok.1 (first at ",
        "bad.pat:7: pattern has no `->` before its code",
    ];
    for (got, want) in text.iter().zip(expected) {
        assert!(got.contains(want), "{got} lacks {want}");
    }

    let lenient = EventLexicon::load(&fixture("broken"), Mode::Lenient).unwrap();
    assert_eq!(lenient.problems().len(), 4);
    let ok = lenient
        .patterns_for("impose")
        .iter()
        .find(|p| p.id.as_ref() == "ok.1")
        .unwrap();
    assert!(ok.slots[0].lex.matches("gamma"));
    assert!(lenient.pattern_count() > EventLexicon::embedded().pattern_count());
}

#[test]
fn missing_directory_is_an_error_not_a_panic() {
    let errors = EventLexicon::load(&fixture("does-not-exist"), Mode::Strict).unwrap_err();
    assert_eq!(errors[0].line, 0);
    assert!(errors[0].message.contains("cannot read directory"));
}

#[test]
fn user_directory_extends_and_overrides_defaults() {
    let lexicon = EventLexicon::load(&fixture("override"), Mode::Strict).unwrap();
    let impose = lexicon.patterns_for("impose");
    let replaced: Vec<&Pattern> = impose
        .iter()
        .filter(|p| p.id.as_ref() == "v.impose-sanctions.bare")
        .collect();
    assert_eq!(replaced.len(), 1);
    assert_eq!(replaced[0].code, code("1312"));
    assert!(replaced[0].file.ends_with("extra.pat"));
    assert!(replaced[0].slot(&Rel::Obj).unwrap().lex.matches("zzlevy"));
    assert!(lexicon
        .synset("&SANCTION")
        .unwrap()
        .iter()
        .any(|t| t.to_string() == "embargo"));
    assert_eq!(lexicon.patterns_for("frobnicate")[0].target, Role::Dep(Rel::Obj));
    assert_eq!(lexicon.pattern_count(), EventLexicon::embedded().pattern_count() + 1);
}

#[test]
fn check_reports_conflicts_unknown_codes_and_frames() {
    let report = check(Some(&fixture("problems")));
    let text: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert_eq!(text.len(), 3, "{text:?}");
    assert!(text
        .iter()
        .any(|t| t.contains("problems.pat:3: pattern x.conflict.b conflicts with pattern x.conflict.a")));
    assert!(text
        .iter()
        .any(|t| t.contains("problems.pat:4: pattern x.unknown-code: code 099 is not a CAMEO code")));
    assert!(text
        .iter()
        .any(|t| t.contains("problems.pat:5: pattern x.unknown-frame: unknown frame nonsense")));
    assert_eq!(report.coverage.roots_covered, 20);
}

#[test]
fn negation_maps_to_the_rejection_counterpart() {
    let lexicon = EventLexicon::embedded();
    assert_eq!(lexicon.negated(code("036").unwrap()), code("125"));
    assert_eq!(lexicon.negated(code("0841").unwrap()), code("1243"));
    assert_eq!(lexicon.negated(code("057").unwrap()), code("127"));
    let agree = lexicon.patterns_for("agree");
    let truce = agree.iter().find(|p| p.id.as_ref() == "r.agree-ceasefire").unwrap();
    assert_eq!((truce.code, truce.neg), (code("0871"), code("1246")));
}

#[test]
fn every_embedded_pattern_code_is_in_the_ontology() {
    let ontology = Ontology::embedded();
    for pattern in EventLexicon::embedded().all_patterns() {
        for c in [pattern.code, pattern.neg, pattern.recip].into_iter().flatten() {
            assert!(ontology.contains(c), "{}:{} {}", pattern.file, pattern.line, c);
        }
    }
}
