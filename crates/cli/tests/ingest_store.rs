//! `dyad ingest` and `dyad query` end to end: a store killed with SIGKILL mid-ingest and then
//! re-ingested equals the store of an uninterrupted run; re-running adds nothing; queries read
//! the store back in every output format.

mod common;

use common::{dyad, stderr};
use dyad_store::{EventFilter, Store};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A scratch directory with small models trained on the tiny fixture.
fn scratch(test: &str) -> (PathBuf, String) {
    common::scratch("ingest-test", test)
}

/// A JSONL corpus of `n` short news items, with an unreadable line every 97 records.
fn corpus(path: &Path, n: usize) {
    let countries = [
        "China", "Japan", "Russia", "Iran", "France", "Germany", "India", "Egypt",
    ];
    let verbs = ["criticized", "praised", "met", "accused", "threatened", "thanked"];
    let mut out = String::new();
    for i in 0..n {
        if i % 97 == 50 {
            out.push_str("{\"id\": \"broken\", \"text\": \n");
            continue;
        }
        let a = countries[i % countries.len()];
        let b = countries[(i / 3 + 1) % countries.len()];
        let v = verbs[i % verbs.len()];
        let text = format!(
            "{a} {v} {b} on Monday over item {i}. Officials in {b} said the talks would continue. \
             \"We will respond,\" the minister of {a} said."
        );
        let line = serde_json::json!({"id": format!("doc-{i}"), "text": text, "date": "2006-07-08"});
        out.push_str(&line.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
}

/// Everything the store holds, in a canonical order: every document as coded (with its events
/// and quotes), and the rejects.
fn dump(db: &Path) -> (Vec<String>, Vec<String>) {
    let store = Store::open(db).unwrap();
    let docs = store
        .document_ids()
        .unwrap()
        .iter()
        .map(|id| serde_json::to_string(&store.document(id).unwrap().unwrap()).unwrap())
        .collect();
    let mut rejects: Vec<String> = store
        .rejects()
        .unwrap()
        .iter()
        .map(|r| format!("{}|{:?}|{:?}|{}|{}", r.source, r.record, r.offset, r.reason, r.raw))
        .collect();
    rejects.sort();
    (docs, rejects)
}

fn stored_documents(db: &Path) -> i64 {
    if !db.exists() {
        return 0;
    }
    Store::open(db).map_or(0, |s| s.counts().map_or(0, |c| c[0].1))
}

#[test]
fn a_killed_ingest_rerun_equals_an_uninterrupted_one_and_reruns_add_nothing() {
    let (dir, models) = scratch("kill");
    let input = dir.join("corpus.jsonl");
    corpus(&input, 3000);
    let input = input.to_str().unwrap();
    let clean = dir.join("clean.db");
    let killed = dir.join("killed.db");
    let ingest = |db: &Path| -> Vec<String> {
        vec![
            "ingest".into(),
            input.into(),
            "--db".into(),
            db.display().to_string(),
            "--models".into(),
            models.clone(),
            "--batch".into(),
            "16".into(),
        ]
    };

    let out = dyad(&ingest(&clean).iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(
        out.status.code(),
        Some(3),
        "some records are rejected: {}",
        stderr(&out)
    );
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON summary");
    let inserted = summary["inserted"].as_i64().unwrap();
    assert!(inserted > 2900, "{summary}");
    assert_eq!(summary["rejected"], 31, "{summary}");

    // Start again on another store and kill it once some batches are committed.
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(ingest(&killed))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut killed_mid_run = false;
    while started.elapsed() < Duration::from_secs(120) {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if stored_documents(&killed) >= 100 {
            child.kill().unwrap(); // SIGKILL on Unix
            killed_mid_run = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = child.wait().unwrap();
    assert!(
        killed_mid_run,
        "the ingest ended ({status:?}) before it could be killed"
    );
    let partial = stored_documents(&killed);
    assert!((100..inserted).contains(&partial), "killed after {partial} documents");

    let out = dyad(&ingest(&killed).iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["unchanged"].as_i64().unwrap(), partial, "{summary}");
    assert_eq!(dump(&killed), dump(&clean));

    // A third run adds nothing.
    let out = dyad(&ingest(&clean).iter().map(String::as_str).collect::<Vec<_>>());
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (summary["inserted"].as_i64(), summary["unchanged"].as_i64()),
        (Some(0), Some(inserted))
    );
    assert_eq!(dump(&killed), dump(&clean));

    // Query it back.
    let db = clean.display().to_string();
    let store = Store::open(&clean).unwrap();
    let page = store.events(&EventFilter::default(), 1, 0).unwrap();
    let total = page.total;
    assert!(total > 0, "the corpus codes to some events");
    let out = dyad(&["query", "--db", &db, "--format", "json", "--limit", "5"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 5.min(total as usize));
    let out = dyad(&["query", "--db", &db, "--format", "csv", "--aggregate", "codes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("cameo,events\n"), "{csv}");
    let counted: i64 = csv
        .lines()
        .skip(1)
        .map(|l| l.rsplit(',').next().unwrap().parse::<i64>().unwrap())
        .sum();
    if !page.total_capped {
        assert_eq!(counted as u64, total);
    }
    let out = dyad(&["query", "--db", &db, "--root", "1; DROP TABLE events"]);
    assert_eq!(out.status.code(), Some(2), "a bad filter is an error");
    assert!(stderr(&out).contains("root"), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(&dir);
}
