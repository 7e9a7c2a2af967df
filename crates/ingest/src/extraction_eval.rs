//! Scoring an HTML extractor on a gold directory laid out like the Zyte article-extraction
//! benchmark: `html/ID.html.gz` (or `.html`) pages and `ground-truth.json` (`{ID: {articleBody}}`).

use crate::html::{self, Extractor};
use crate::shingles::{self, PageCounts, Summary};
use flate2::read::GzDecoder;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

/// One page's result.
#[derive(Debug, Clone)]
pub struct PageResult {
    pub id: String,
    pub counts: PageCounts,
    pub exact: bool,
    /// Why extraction failed, if it did (the page then scores as an empty prediction).
    pub error: Option<String>,
}

/// A whole run.
#[derive(Debug, Clone)]
pub struct ExtractionReport {
    pub summary: Summary,
    pub pages: Vec<PageResult>,
}

/// A gold page: its article body and, when given, the URL it was fetched from.
#[derive(Debug, Clone, Default)]
pub struct GoldPage {
    pub body: String,
    pub url: Option<String>,
}

/// Loads `ground-truth.json`: id → gold page.
pub fn load_gold(dir: &Path) -> Result<BTreeMap<String, GoldPage>, String> {
    let path = dir.join("ground-truth.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: bad JSON: {e}", path.display()))?;
    let map = value
        .as_object()
        .ok_or_else(|| format!("{}: expected a JSON object", path.display()))?;
    Ok(map
        .iter()
        .map(|(id, v)| {
            let field = |name: &str| v.get(name).and_then(|b| b.as_str()).map(str::to_string);
            (
                id.clone(),
                GoldPage {
                    body: field("articleBody").unwrap_or_default(),
                    url: field("url"),
                },
            )
        })
        .collect())
}

/// Reads the page `html/ID.html.gz` or `html/ID.html`.
pub fn load_page(dir: &Path, id: &str) -> Result<String, String> {
    let gz = dir.join("html").join(format!("{id}.html.gz"));
    let bytes = if gz.exists() {
        let file = std::fs::File::open(&gz).map_err(|e| format!("{}: {e}", gz.display()))?;
        let mut out = Vec::new();
        GzDecoder::new(file)
            .read_to_end(&mut out)
            .map_err(|e| format!("{}: truncated gzip: {e}", gz.display()))?;
        out
    } else {
        let plain = dir.join("html").join(format!("{id}.html"));
        std::fs::read(&plain).map_err(|e| format!("{}: {e}", plain.display()))?
    };
    html::decode(&bytes)
}

/// Scores a function producing body text on every gold page.
pub fn score_with(
    gold: &BTreeMap<String, GoldPage>,
    mut predict: impl FnMut(&str, &GoldPage) -> Result<String, String>,
) -> ExtractionReport {
    let mut pages = Vec::with_capacity(gold.len());
    for (id, page) in gold {
        let gold_body = &page.body;
        let (predicted, error) = match predict(id, page) {
            Ok(text) => (text, None),
            Err(e) => (String::new(), Some(e)),
        };
        pages.push(PageResult {
            id: id.clone(),
            counts: shingles::match_page(gold_body, &predicted),
            exact: shingles::tokens_equal(gold_body, &predicted),
            error,
        });
    }
    let counts: Vec<PageCounts> = pages.iter().map(|p| p.counts).collect();
    let exact = pages.iter().filter(|p| p.exact).count();
    ExtractionReport {
        summary: shingles::summarize(&counts, exact),
        pages,
    }
}

/// Scores one of our extractors on the gold directory; `use_urls` passes each page's URL as a hint.
pub fn score_extractor(dir: &Path, extractor: Extractor, use_urls: bool) -> Result<ExtractionReport, String> {
    let gold = load_gold(dir)?;
    Ok(score_with(&gold, |id, gold_page| {
        let page = load_page(dir, id)?;
        let url = if use_urls { gold_page.url.as_deref() } else { None };
        html::extract(&page, extractor, url).map(|a| a.body)
    }))
}

/// Scores a stored prediction file (`{ID: {articleBody}}`, possibly wrapped in `{"output": …}`).
pub fn score_predictions(dir: &Path, predictions: &Path) -> Result<ExtractionReport, String> {
    let gold = load_gold(dir)?;
    let text =
        std::fs::read_to_string(predictions).map_err(|e| format!("{}: cannot read: {e}", predictions.display()))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: bad JSON: {e}", predictions.display()))?;
    let map = value.get("output").unwrap_or(&value);
    Ok(score_with(&gold, |id, _| {
        Ok(map
            .get(id)
            .and_then(|v| v.get("articleBody"))
            .and_then(|b| b.as_str())
            .unwrap_or("")
            .to_string())
    }))
}
