//! Shared by the demo-article tests: one coder per test binary (the embedded models load once)
//! and the demo article coded at its story date. Each test binary uses only part of it.
#![allow(dead_code)]

use dyad_code::record::CodedDocument;
use dyad_code::Coder;
use dyad_ingest::Document;
use dyad_syntax::Pipeline;
use std::sync::OnceLock;

/// The coder on the embedded models, or `None` (with a SKIPPED line) in a build without them.
pub fn coder() -> Option<&'static Coder> {
    static CODER: OnceLock<Option<Coder>> = OnceLock::new();
    CODER
        .get_or_init(|| match Pipeline::embedded() {
            Ok(p) => Some(Coder::new(p)),
            Err(e) => {
                eprintln!("SKIPPED: no embedded models in this build ({e})");
                None
            }
        })
        .as_ref()
}

/// `text` coded as a document published on `date`.
pub fn code(text: &str, date: &str) -> Option<CodedDocument> {
    let doc = Document {
        id: "seed".into(),
        text: text.to_string(),
        date: Some(date.into()),
        ..Document::default()
    };
    Some(coder()?.code(&doc))
}

/// The demo article (examples/seed-article.txt, without its trailing "Comments" line) coded at
/// its story date, 2006-07-08.
pub fn demo() -> Option<CodedDocument> {
    let text = include_str!("../../../../examples/seed-article.txt");
    code(&dyad_ingest::boilerplate::trim_trailing(text), "2006-07-08")
}
