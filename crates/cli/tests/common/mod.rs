//! Helpers shared by the `dyad` binary's integration tests: running the binary, fixture paths, and
//! scratch directories with small models trained on the tiny fixture (quick to load, independent
//! of the embedded models).

#![allow(dead_code)] // each test binary uses its own subset

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Runs the `dyad` binary with `args` (standard input closed) and collects its output.
pub fn dyad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("runs dyad")
}

/// The process's standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The path of a file in `tests/fixtures`.
pub fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

/// Trains small models on the tiny fixture into `dir/models` and returns that path.
pub fn train_models(dir: &Path) -> String {
    let models = dir.join("models");
    let out = dyad(&[
        "train",
        "--train",
        &fixture("tiny.conllu"),
        "--out",
        models.to_str().unwrap(),
        "--epochs",
        "2",
    ]);
    assert!(out.status.success(), "training failed: {}", stderr(&out));
    models.display().to_string()
}

/// A fresh scratch directory named after the test file and test, with small trained models.
pub fn scratch(file: &str, test: &str) -> (PathBuf, String) {
    let dir = std::env::temp_dir().join(format!("dyad-{file}-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let models = train_models(&dir);
    (dir, models)
}
