//! Inputs named by URL: a feed (each item a document, optionally replaced by the article it
//! links to) or a single HTML page, fetched with the [`Fetcher`].

use crate::fetch::{Fetched, Fetcher, Page};
use crate::options::IngestOptions;
use crate::source::Format;
use crate::{feed, html, Document, Item, Reject};

/// Documents (unfiltered) from one URL: a feed's items or one page, as `format` says, else as
/// the response looks.
pub fn read_url(url: &str, format: Option<Format>, options: &IngestOptions, fetcher: &Fetcher) -> Vec<Item> {
    let page = match fetcher.get(url, None) {
        Ok(Fetched::Page(page)) => page,
        Ok(Fetched::NotModified) => return vec![Err(Reject::new(url, "HTTP 304 to an unconditional request"))],
        Err(reason) => return vec![Err(Reject::new(url, format!("cannot fetch: {reason}")))],
    };
    match format.unwrap_or_else(|| detect(&page)) {
        Format::Feed => feed_items(&page.bytes, url, options, fetcher),
        Format::Html => vec![page_document(&page, options, None)],
        other => vec![Err(Reject::new(
            url,
            format!("{other:?} input is read from files, not URLs; a URL must be a feed or an HTML page"),
        ))],
    }
}

/// The items of a feed read from `source`, each replaced by the article it links to when
/// `options.fetch_articles` is set.
pub fn feed_items(bytes: &[u8], source: &str, options: &IngestOptions, fetcher: &Fetcher) -> Vec<Item> {
    let items = feed::from_bytes(bytes, source);
    if !options.fetch_articles {
        return items;
    }
    items
        .into_iter()
        .map(|item| item.and_then(|doc| fetch_article(doc, options, fetcher)))
        .collect()
}

/// Replaces a feed item's text (usually a summary) with the body of the article it links to.
/// The item's id stays; title, date and author come from the page when it has them. An item
/// without a link keeps its own text.
pub fn fetch_article(item: Document, options: &IngestOptions, fetcher: &Fetcher) -> Item {
    let Some(url) = item.url.clone() else {
        return Ok(item);
    };
    let reject = |reason: String| {
        let r = Reject::new(item.input.clone().unwrap_or_default(), reason).raw(item.text.as_bytes());
        match item.record {
            Some(n) => r.record(n),
            None => r,
        }
    };
    let page = match fetcher.get(&url, None) {
        Ok(Fetched::Page(page)) => page,
        Ok(Fetched::NotModified) => return Err(reject(format!("article {url}: HTTP 304 to an unconditional request"))),
        Err(reason) => return Err(reject(format!("cannot fetch article {url}: {reason}"))),
    };
    let article =
        page_document(&page, options, Some(&item)).map_err(|r| reject(format!("article {url}: {}", r.reason)))?;
    Ok(Document {
        id: item.id,
        title: article.title.or(item.title),
        date: article.date.or(item.date),
        author: article.author.or(item.author),
        source: item.source,
        input: item.input,
        record: item.record,
        ..article
    })
}

/// One HTML page as a document; `item` (the feed item linking to it) names it in rejects.
fn page_document(page: &Page, options: &IngestOptions, item: Option<&Document>) -> Item {
    let source = item.and_then(|i| i.input.clone()).unwrap_or_else(|| page.url.clone());
    let bytes = &page.bytes;
    let text = html::decode(bytes).map_err(|reason| Reject::new(&source, reason).raw(bytes))?;
    let article =
        html::extract(&text, options.extractor, Some(&page.url)).map_err(|r| Reject::new(&source, r).raw(bytes))?;
    Ok(Document {
        id: String::new(),
        title: article.title,
        text: article.body,
        date: article.date,
        url: article.url.or_else(|| Some(page.url.clone())),
        source: Some(crate::fetch::host(&page.url).to_string()),
        language: article.language,
        author: article.author,
        input: Some(page.url.clone()),
        record: None,
    })
}

/// A feed or an HTML page, by content type, else by the first markup in the body.
pub fn detect(page: &Page) -> Format {
    let ct = page.content_type.as_deref().unwrap_or("").to_ascii_lowercase();
    if ct.contains("rss") || ct.contains("atom") || ct.contains("xml") {
        return Format::Feed;
    }
    if ct.contains("html") {
        return Format::Html;
    }
    let head = String::from_utf8_lossy(&page.bytes[..page.bytes.len().min(1024)]).to_ascii_lowercase();
    if head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf") {
        Format::Feed
    } else {
        Format::Html
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fetch::Validators;

    fn page(content_type: Option<&str>, body: &str) -> Page {
        Page {
            url: "http://example.org/x".to_string(),
            bytes: body.as_bytes().to_vec(),
            content_type: content_type.map(str::to_string),
            validators: Validators::default(),
        }
    }

    #[test]
    fn feeds_and_pages_are_told_apart() {
        assert_eq!(detect(&page(Some("application/rss+xml"), "")), Format::Feed);
        assert_eq!(detect(&page(Some("text/html; charset=utf-8"), "<rss>")), Format::Html);
        assert_eq!(detect(&page(None, "<?xml version=\"1.0\"?><feed xmlns=")), Format::Feed);
        assert_eq!(detect(&page(Some("text/plain"), "<html><body>")), Format::Html);
    }
}
