//! The default extractor on a sample of the shared article-extraction benchmark (skipped, with a
//! message, when `../shared` is absent). The full figure comes from `dyad eval extract`.

use dyad_ingest::extraction_eval::{load_gold, load_page, score_with};
use dyad_ingest::html::{self, Extractor};
use std::path::Path;

#[test]
fn default_extractor_scores_well_on_a_benchmark_sample() {
    // `../shared` beside the repository, or wherever DYAD_SHARED points.
    let shared = std::env::var_os("DYAD_SHARED")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let dir = shared.join("data/gold/article-extraction");
    if !dir.join("ground-truth.json").exists() {
        eprintln!("SKIPPED: {} not found (shared data absent)", dir.display());
        return;
    }
    let gold: std::collections::BTreeMap<_, _> = load_gold(&dir).unwrap().into_iter().take(20).collect();
    let report = score_with(&gold, |id, _| {
        let page = load_page(&dir, id)?;
        html::extract(&page, Extractor::default(), None).map(|a| a.body)
    });
    assert_eq!(report.summary.pages, 20);
    assert!(report.pages.iter().all(|p| p.error.is_none()), "extraction errors");
    assert!(
        report.summary.f1 > 0.85,
        "F1 {:.3} on the first 20 pages",
        report.summary.f1
    );
}
