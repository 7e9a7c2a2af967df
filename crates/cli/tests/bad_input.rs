//! The `dyad` binary on bad input: no panic, a clear message naming the file (and offset where it
//! applies), and a non-zero exit only when nothing could be processed.

mod common;

use common::{dyad, fixture, stderr};
use std::path::PathBuf;
use std::process::Output;

/// A scratch directory with small models trained on the tiny fixture.
fn scratch(test: &str) -> (PathBuf, String) {
    common::scratch("cli-test", test)
}

fn assert_no_panic(out: &Output) {
    let err = stderr(out);
    assert!(!err.contains("panicked"), "dyad panicked: {err}");
    assert_ne!(out.status.code(), Some(101), "dyad panicked: {err}");
}

#[test]
fn invalid_utf8_is_an_error_naming_file_and_offset_unless_lossy() {
    let (dir, models) = scratch("utf8");
    let file = dir.join("bad.txt");
    std::fs::write(&file, b"Japan proposed \xff a resolution.").unwrap();
    let path = file.to_str().unwrap();
    let out = dyad(&["parse", "--models", &models, path]);
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1), "nothing processed: {}", stderr(&out));
    assert!(
        stderr(&out).contains("bad.txt") && stderr(&out).contains("byte 15"),
        "{}",
        stderr(&out)
    );

    let out = dyad(&["parse", "--models", &models, "--lossy", path]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("lossily"), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("resolution"));
}

#[test]
fn one_bad_file_does_not_stop_the_others() {
    let (dir, models) = scratch("batch");
    let bad = dir.join("garbage.bin");
    std::fs::write(&bad, [0u8, 159, 146, 150, 255, 0, 7, 200]).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let good = dir.join("good.txt");
    std::fs::write(&good, "China objected.").unwrap();
    let out = dyad(&[
        "parse",
        "--models",
        &models,
        bad.to_str().unwrap(),
        empty.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_no_panic(&out);
    assert!(out.status.success(), "one file was processed: {}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("garbage.bin") && err.contains("empty.txt"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("objected"));
}

#[test]
fn long_single_line_and_binary_garbage_do_not_panic() {
    let (dir, models) = scratch("long");
    let long = dir.join("long.txt");
    let line: String = "word ".repeat(2_000_000);
    std::fs::write(&long, &line).unwrap();
    let out = dyad(&["parse", "--models", &models, long.to_str().unwrap()]);
    assert_no_panic(&out);
    let garbage = dir.join("garbage.txt");
    let bytes: Vec<u8> = (0..100_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8 & 0x7f)
        .collect();
    std::fs::write(&garbage, bytes).unwrap();
    let out = dyad(&["parse", "--models", &models, garbage.to_str().unwrap()]);
    assert_no_panic(&out);
}

#[test]
fn malformed_conllu_names_the_line_and_keeps_the_good_sentences() {
    let (dir, models) = scratch("conllu");
    let file = dir.join("broken.conllu");
    let good = std::fs::read_to_string(fixture("tiny.conllu")).unwrap();
    std::fs::write(&file, format!("1\tOops\n\n{good}")).unwrap();
    let out = dyad(&[
        "parse",
        "--input-format",
        "conllu",
        "--models",
        &models,
        file.to_str().unwrap(),
    ]);
    assert_no_panic(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("broken.conllu: line 1"), "{}", stderr(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.matches("# sent_id").count(), 2, "{stdout}");
}

#[test]
fn missing_file_is_reported() {
    let (_dir, models) = scratch("missing");
    let out = dyad(&["parse", "--models", &models, "/nonexistent/dyad-input.txt"]);
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("/nonexistent/dyad-input.txt"), "{}", stderr(&out));
}

#[test]
fn a_malformed_date_flag_is_refused_by_every_coding_command() {
    let article = fixture("tiny.conllu");
    for args in [
        vec!["code", "--date", "2006-13-45x", article.as_str()],
        vec![
            "ingest",
            "--date",
            "July 9",
            "--db",
            "/nonexistent/dyad.db",
            article.as_str(),
        ],
        vec!["watch", "--once", "--date", "yesterday", "http://127.0.0.1:9/feed.xml"],
    ] {
        let out = dyad(&args);
        assert_no_panic(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("expected YYYY-MM-DD"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}
