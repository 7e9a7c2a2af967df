//! Rejected records: what could not be read, where, and why. Written as JSONL for `--rejects`.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The most input bytes kept in [`Reject::raw`].
pub const MAX_RAW: usize = 4096;

/// A record that did not become a [`crate::Document`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Reject {
    /// The file (or `-` for standard input, or a URL).
    pub source: String,
    /// Record number (1-based line for JSONL, record for WARC, item for feeds), when meaningful.
    pub record: Option<u64>,
    /// Byte offset of the problem in the (decompressed) input, when known.
    pub offset: Option<u64>,
    pub reason: String,
    /// The raw input, cut to [`MAX_RAW`] bytes (lossy UTF-8).
    pub raw: String,
}

impl Reject {
    pub fn new(source: impl Into<String>, reason: impl Into<String>) -> Reject {
        Reject {
            source: source.into(),
            reason: reason.into(),
            ..Reject::default()
        }
    }

    pub fn record(mut self, record: u64) -> Reject {
        self.record = Some(record);
        self
    }

    pub fn offset(mut self, offset: u64) -> Reject {
        self.offset = Some(offset);
        self
    }

    pub fn raw(mut self, raw: &[u8]) -> Reject {
        self.raw = String::from_utf8_lossy(&raw[..raw.len().min(MAX_RAW)]).into_owned();
        self
    }

    /// One JSON object on one line.
    pub fn to_jsonl(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| format!("{{\"reason\":{:?}}}", self.reason))
    }
}

impl fmt::Display for Reject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.source)?;
        if let Some(r) = self.record {
            write!(f, ": record {r}")?;
        }
        if let Some(o) = self.offset {
            write!(f, ": byte {o}")?;
        }
        write!(f, ": {}", self.reason)
    }
}

impl std::error::Error for Reject {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_where_and_why() {
        let r = Reject::new("a.jsonl", "bad JSON").record(3).offset(120);
        assert_eq!(r.to_string(), "a.jsonl: record 3: byte 120: bad JSON");
    }

    #[test]
    fn jsonl_round_trips_and_cuts_raw() {
        let r = Reject::new("x", "too big").raw(&vec![b'a'; MAX_RAW + 10]);
        assert_eq!(r.raw.len(), MAX_RAW);
        let back: Reject = serde_json::from_str(&r.to_jsonl()).unwrap();
        assert_eq!(back, r);
    }
}
