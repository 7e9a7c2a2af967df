//! `dyad code` as a pipeline: byte-identical output at any thread count and batch size, each
//! kind of bad record reported (file, record, reason) and kept with its raw content in
//! `--rejects`, a JSON summary when standard error is not a terminal, and the exit status.

mod common;

use common::{dyad, stderr};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// A scratch directory shared by this file's tests, with small models trained on the tiny
/// fixture (quick to load, independent of the embedded models).
fn scratch() -> &'static (PathBuf, String) {
    static SCRATCH: OnceLock<(PathBuf, String)> = OnceLock::new();
    SCRATCH.get_or_init(|| common::scratch("code-pipeline", "shared"))
}

/// The last JSON line on standard error: the run's summary.
fn summary(out: &Output) -> serde_json::Value {
    let err = stderr(out);
    let line = err.lines().last().unwrap_or_default();
    let value: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {err}"));
    value["summary"].clone()
}

#[test]
fn output_is_byte_identical_at_any_thread_count_and_batch_size() {
    let (dir, models) = scratch();
    let corpus = dir.join("corpus.jsonl");
    let out = dyad(&["bench", "corpus", "--docs", "40", "--out", corpus.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let corpus = corpus.to_str().unwrap();
    let run = |threads: &str, batch: &str| {
        let out = dyad(&[
            "code",
            corpus,
            "--models",
            models,
            "--threads",
            threads,
            "--batch",
            batch,
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(summary(&out)["coded"], 40);
        assert_eq!(summary(&out)["threads"].as_u64(), Some(threads.parse().unwrap()));
        out.stdout
    };
    let one = run("1", "64");
    assert_eq!(one.iter().filter(|&&b| b == b'\n').count(), 40);
    let first: serde_json::Value = serde_json::from_slice(one.split(|&b| b == b'\n').next().unwrap()).unwrap();
    assert_eq!(first["id"], "bench-000000", "input order");
    assert!(one == run("2", "64"), "--threads 2 differs from --threads 1");
    assert!(one == run("2", "3"), "--batch 3 differs");
}

#[test]
fn each_kind_of_bad_record_is_reported_kept_and_skipped() {
    let (dir, models) = scratch();
    let input = dir.join("mixed.jsonl");
    let good = r#"{"id":"ok1","text":"The foreign minister said on Monday that talks with the neighbours would resume next week."}"#;
    let mut bytes = Vec::new();
    bytes.extend_from_slice(good.as_bytes());
    bytes.extend_from_slice(b"\n{\"id\": \"broken\", \"text\": \n");
    bytes.extend_from_slice(b"{\"id\":\"empty\",\"title\":\"No body\"}\n");
    bytes.extend_from_slice(b"{\"id\":\"bytes\",\"text\":\"Talks \xff resumed.\"}\n");
    bytes.extend_from_slice(
        format!(
            "{{\"id\":\"big\",\"text\":\"{}\"}}\n",
            "The envoys met again on Tuesday. ".repeat(40)
        )
        .as_bytes(),
    );
    std::fs::write(&input, bytes).unwrap();
    let rejects = dir.join("rejects.jsonl");
    let out = dyad(&[
        "code",
        input.to_str().unwrap(),
        "--models",
        models,
        "--rejects",
        rejects.to_str().unwrap(),
        "--max-bytes",
        "1000",
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "some rejected: {err}");
    let coded: Vec<serde_json::Value> = String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(coded.len(), 1);
    assert_eq!(coded[0]["id"], "ok1");
    let s = summary(&out);
    assert_eq!(
        (s["read"].as_u64(), s["coded"].as_u64(), s["rejected"].as_u64()),
        (Some(5), Some(1), Some(4))
    );

    let kept: Vec<serde_json::Value> = std::fs::read_to_string(&rejects)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let reasons: Vec<(u64, String)> = kept
        .iter()
        .map(|r| (r["record"].as_u64().unwrap(), r["reason"].as_str().unwrap().to_string()))
        .collect();
    let expect = [
        (2, "bad JSON"),
        (3, "missing text"),
        (4, "invalid UTF-8"),
        (5, "over the"),
    ];
    assert_eq!(reasons.len(), expect.len(), "{reasons:?}");
    for ((record, reason), (want_record, want)) in reasons.iter().zip(expect) {
        assert_eq!(*record, want_record, "{reason}");
        assert!(reason.contains(want), "record {record}: {reason:?} should say {want:?}");
    }
    assert!(kept
        .iter()
        .all(|r| r["source"].as_str().unwrap().ends_with("mixed.jsonl")));
    assert!(
        kept[0]["raw"].as_str().unwrap().contains("\"broken\""),
        "raw content kept"
    );
    for (record, _) in &reasons {
        assert!(
            err.contains(&format!("mixed.jsonl record {record}")),
            "warning names file and record {record}: {err}"
        );
    }
}

#[test]
fn nothing_readable_exits_1_and_stdin_is_jsonl() {
    let (_, models) = scratch();
    let out = dyad(&["code", "/nonexistent/dyad/in.jsonl", "--models", models]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("/nonexistent/dyad/in.jsonl: no such file"),
        "{}",
        stderr(&out)
    );

    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["code", "-", "--models", models])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    let lines =
        "{\"id\":\"s1\",\"text\":\"Japan proposed a resolution on Friday and the council met to discuss it.\"}\n\
                 {\"id\":\"s2\",\"text\":\"The envoys from both countries agreed to meet again in the spring.\"}\n";
    child.stdin.take().unwrap().write_all(lines.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["s1", "s2"]);
}
