//! dyad-ingest: documents in. It owns the readers (plain text, JSONL, HTML, WARC, RSS/Atom), the
//! [`Document`] type every later stage consumes, document identity and rejected records.
//!
//! A consumer reads a stream of [`Item`]s: [`Ingest::new`] expands inputs (files, directories,
//! globs, `-`), reads each with the reader for its format and passes every document through the
//! [`filter::Filter`] (boilerplate, ids, size limit, duplicates, language). Inputs may be feed or
//! page URLs ([`remote`], fetched politely by [`fetch::Fetcher`]).

pub mod boilerplate;
pub mod dates;
pub mod extraction_eval;
pub mod feed;
pub mod fetch;
pub mod filter;
pub mod html;
pub mod identity;
pub mod input;
pub mod jsonl;
pub mod language;
pub mod meter;
pub mod options;
pub mod plain;
pub mod reject;
pub mod remote;
pub mod shingles;
pub mod source;
pub mod warc;

pub use filter::{Filter, Stats};
pub use meter::{input_size, ByteMeter};
pub use options::{FieldNames, IngestOptions};
pub use reject::Reject;
pub use source::Format;

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
    /// Where it came from: the publisher or feed when known, else the input file.
    pub source: Option<String>,
    /// Language, ISO 639-3 when detected (`eng`), else as declared.
    pub language: Option<String>,
    pub author: Option<String>,
    /// The input it was read from (file, `-`, URL); rejects made later name it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<String>,
    /// Its line, record or item number in that input, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<u64>,
}

/// What readers yield: a document, or the reason a record was not one.
pub type Item = Result<Document, Reject>;

/// Documents from inputs, filtered; [`Ingest::stats`] counts what happened.
pub struct Ingest {
    items: Box<dyn Iterator<Item = Item>>,
    filter: Filter,
}

impl Ingest {
    /// Reads `inputs` (files, directories, glob patterns, `-`) as `format` or as named.
    pub fn new(inputs: Vec<String>, format: Option<Format>, options: IngestOptions) -> Ingest {
        let items = Box::new(source::read_inputs(inputs, format, options.clone()));
        Ingest {
            items,
            filter: Filter::new(options),
        }
    }

    /// Filters any stream of items (e.g. from one reader).
    pub fn from_items(items: impl Iterator<Item = Item> + 'static, options: IngestOptions) -> Ingest {
        Ingest {
            items: Box::new(items),
            filter: Filter::new(options),
        }
    }

    pub fn stats(&self) -> Stats {
        self.filter.stats
    }
}

impl Iterator for Ingest {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let item = self.items.next()?;
        Some(self.filter.apply(item))
    }
}
