//! dyad-ingest: documents in. It owns the readers (plain text, JSONL, HTML, WARC, RSS/Atom), the
//! [`Document`] type every later stage consumes, document identity and rejected records.

pub mod boilerplate;
pub mod dates;
pub mod extraction_eval;
pub mod html;
pub mod shingles;

use serde::{Deserialize, Serialize};

/// One news document, as every later stage sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Stable id: the given one, else the URL, else a content hash.
    pub id: String,
    pub title: Option<String>,
    /// The body text; all spans in dyad's output index into it.
    pub text: String,
    /// Publication date, ISO 8601 (`YYYY-MM-DD`), when known.
    pub date: Option<String>,
    pub url: Option<String>,
}
