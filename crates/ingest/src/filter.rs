//! The last step every reader's output goes through: trailing boilerplate removed, id assigned,
//! size limit, empty text, exact duplicates and unwanted languages turned into counted rejects.

use crate::identity::{content_digest, stable_id};
use crate::options::IngestOptions;
use crate::{boilerplate, language, Document, Item, Reject};
use serde::Serialize;
use std::collections::HashMap;

/// What happened to the items that went through a [`Filter`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Stats {
    pub accepted: u64,
    /// Read errors and bad records (bad JSON, missing text, invalid UTF-8, too large, …).
    pub errors: u64,
    pub duplicates: u64,
    pub other_language: u64,
}

impl Stats {
    pub fn total(&self) -> u64 {
        self.accepted + self.errors + self.duplicates + self.other_language
    }
}

/// Reason prefix of duplicate rejects.
pub const DUPLICATE: &str = "duplicate";
/// Reason prefix of language rejects.
pub const LANGUAGE: &str = "language";

/// Applies the document rules in order; keeps the set of texts seen for deduplication.
#[derive(Debug)]
pub struct Filter {
    options: IngestOptions,
    /// Digest of each normalised text seen → id of the first document with it.
    seen: HashMap<[u8; 32], String>,
    pub stats: Stats,
}

impl Filter {
    pub fn new(options: IngestOptions) -> Filter {
        Filter {
            options,
            seen: HashMap::new(),
            stats: Stats::default(),
        }
    }

    /// Passes an item through: a document comes out finished or as a reject.
    pub fn apply(&mut self, item: Item) -> Item {
        let result = item.and_then(|doc| self.check(doc));
        match &result {
            Ok(_) => self.stats.accepted += 1,
            Err(r) if r.reason.starts_with(DUPLICATE) => self.stats.duplicates += 1,
            Err(r) if r.reason.starts_with(LANGUAGE) => self.stats.other_language += 1,
            Err(_) => self.stats.errors += 1,
        }
        result
    }

    fn check(&mut self, mut doc: Document) -> Item {
        let input = doc.input.clone().or_else(|| doc.source.clone()).unwrap_or_default();
        let record = doc.record;
        let reject = |reason: String, doc: &Document| {
            let r = Reject::new(input.clone(), reason).raw(doc.text.as_bytes());
            match record {
                Some(n) => r.record(n),
                None => r,
            }
        };
        if doc.text.len() as u64 > self.options.max_bytes {
            let reason = format!(
                "document is {} bytes, over the limit of {}",
                doc.text.len(),
                self.options.max_bytes
            );
            return Err(reject(reason, &doc));
        }
        doc.text = boilerplate::trim_trailing(doc.text.trim());
        if doc.text.trim().is_empty() {
            return Err(reject("missing text: the document has no body text".to_string(), &doc));
        }
        let given = (!doc.id.is_empty()).then(|| doc.id.clone());
        doc.id = stable_id(given.as_deref(), doc.url.as_deref(), &doc.text);
        if let Some(lang) = language::detect(&doc.text) {
            doc.language = Some(lang.to_string());
            if !self.options.languages.is_empty() && !self.options.languages.iter().any(|l| l == lang) {
                let reason = format!("{LANGUAGE} {lang} is not one of {}", self.options.languages.join(", "));
                return Err(reject(format!("{reason}; skipped ({})", doc.id), &doc));
            }
        }
        if self.options.dedup {
            let digest = content_digest(&doc.text);
            if let Some(first) = self.seen.get(&digest) {
                let reason = format!("{DUPLICATE} of {first} (same normalised text); skipped ({})", doc.id);
                return Err(reject(reason, &doc));
            }
            self.seen.insert(digest, doc.id.clone());
        }
        Ok(doc)
    }
}
