//! RSS 2.0 and Atom feeds (files): each item becomes a document, its HTML content turned into
//! plain text.

use crate::html::fragment_text;
use crate::input::read_limited;
use crate::options::IngestOptions;
use crate::{Document, Item, Reject};
use std::path::Path;

/// Reads every item of a feed file.
pub fn read_file(path: &Path, options: &IngestOptions) -> Vec<Item> {
    match read_limited(path, options.max_bytes, &options.meter) {
        Ok(bytes) => from_bytes(&bytes, &path.display().to_string()),
        Err(reject) => vec![Err(reject)],
    }
}

/// Parses feed bytes read from `source` into one item per entry.
pub fn from_bytes(bytes: &[u8], source: &str) -> Vec<Item> {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(feed) => feed,
        Err(e) => return vec![Err(Reject::new(source, format!("unparseable feed: {e}")).raw(bytes))],
    };
    let feed_title = feed.title.as_ref().map(|t| t.content.clone());
    feed.entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            let html = entry
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .filter(|b| !b.trim().is_empty())
                .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
                .unwrap_or_default();
            let text = fragment_text(&html);
            let url = entry.links.first().map(|l| l.href.clone());
            if text.trim().is_empty() {
                let what = url.as_deref().unwrap_or(&entry.id);
                return Err(Reject::new(
                    source,
                    format!("missing text: feed item {what} has no content or summary"),
                )
                .record(i as u64 + 1));
            }
            let authors: Vec<String> = entry.authors.iter().map(|p| p.name.clone()).collect();
            Ok(Document {
                id: entry.id.clone(),
                title: entry.title.map(|t| fragment_text(&t.content)),
                text,
                date: entry
                    .published
                    .or(entry.updated)
                    .map(|d| d.format("%Y-%m-%d").to_string()),
                url,
                source: Some(feed_title.clone().unwrap_or_else(|| source.to_string())),
                language: None,
                author: (!authors.is_empty()).then(|| authors.join(", ")),
                input: Some(source.to_string()),
                record: Some(i as u64 + 1),
            })
        })
        .collect()
}
