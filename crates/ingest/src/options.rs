//! Reader options: size limit, JSONL field names, HTML extractor, languages kept, fetching.

use crate::fetch::FetchOptions;
use crate::html::Extractor;
use crate::meter::ByteMeter;

/// Which JSON fields hold which document field; the first present, non-null one wins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldNames {
    pub id: Vec<String>,
    pub title: Vec<String>,
    pub text: Vec<String>,
    pub date: Vec<String>,
    pub url: Vec<String>,
    pub source: Vec<String>,
    pub language: Vec<String>,
    pub author: Vec<String>,
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

impl Default for FieldNames {
    fn default() -> Self {
        FieldNames {
            id: names(&["id", "_id", "doc_id", "guid"]),
            title: names(&["title", "headline"]),
            text: names(&["text", "body", "content", "article", "story"]),
            date: names(&["date", "published", "publish_date", "published_at", "pubdate"]),
            url: names(&["url", "link"]),
            source: names(&["source", "publisher", "site"]),
            language: names(&["language", "lang"]),
            author: names(&["author", "byline"]),
        }
    }
}

/// How readers and the document filter behave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestOptions {
    /// Documents (or records, or lines) larger than this many bytes are rejected.
    pub max_bytes: u64,
    pub fields: FieldNames,
    pub extractor: Extractor,
    /// Plain text: treat a short first line followed by a blank line as the title.
    pub title_line: bool,
    /// Keep only documents in these languages (ISO 639-3, e.g. `eng`); empty keeps all.
    pub languages: Vec<String>,
    /// Reject exact duplicates (same normalised text).
    pub dedup: bool,
    /// Feeds read from URLs: replace each item's text with the article it links to.
    pub fetch_articles: bool,
    /// Timeouts, retries and politeness for inputs named by URL.
    pub fetch: FetchOptions,
    /// Counts the bytes read from input files, for progress reporting (not a setting).
    pub meter: ByteMeter,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            max_bytes: 16 * 1024 * 1024,
            fields: FieldNames::default(),
            extractor: Extractor::default(),
            title_line: true,
            languages: vec!["eng".to_string()],
            dedup: true,
            fetch_articles: false,
            fetch: FetchOptions::default(),
            meter: ByteMeter::default(),
        }
    }
}
