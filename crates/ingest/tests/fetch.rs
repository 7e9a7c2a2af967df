//! Feeds and pages by URL, against a local HTTP server the test starts: retries with backoff,
//! no retry on a 404, conditional requests, timeouts, and feeds whose linked articles are fetched.

mod http;

use dyad_ingest::fetch::{FetchOptions, Fetched, Fetcher, Validators};
use dyad_ingest::{Ingest, IngestOptions, Item};
use http::Server;
use std::path::Path;
use std::time::Duration;

fn quick() -> FetchOptions {
    FetchOptions {
        timeout: Duration::from_millis(1500),
        retries: 2,
        backoff: Duration::from_millis(10),
        politeness: Duration::ZERO,
        ..FetchOptions::default()
    }
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)).unwrap()
}

fn feed(base: &str) -> String {
    format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
<item><title>Talks</title><link>{base}/a1.html</link><guid>item-1</guid><pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
<description>A short summary of the border talks.</description></item>
<item><title>Gone</title><link>{base}/missing.html</link><guid>item-2</guid>
<description>This article has been removed from the site.</description></item>
</channel></rss>"#
    )
}

#[test]
fn server_errors_are_retried_and_client_errors_are_not() {
    let server = Server::start(|path, _, n| match path {
        "/flaky" if n <= 2 => (503, vec![], b"busy".to_vec()),
        "/flaky" => (200, vec![], b"at last".to_vec()),
        "/down" => (500, vec![], vec![]),
        _ => (404, vec![], vec![]),
    });
    let fetcher = Fetcher::new(quick());
    match fetcher.get(&server.url("/flaky"), None).unwrap() {
        Fetched::Page(page) => assert_eq!(page.bytes, b"at last"),
        other => panic!("{other:?}"),
    }
    assert_eq!(server.hits("/flaky"), 3, "two 503s, then the page");

    let err = fetcher.get(&server.url("/down"), None).unwrap_err();
    assert!(err.contains("HTTP 500") && err.contains("3 attempts"), "{err}");
    assert_eq!(server.hits("/down"), 3);

    let err = fetcher.get(&server.url("/nothing"), None).unwrap_err();
    assert_eq!(err, "HTTP 404");
    assert_eq!(server.hits("/nothing"), 1, "a 404 is not retried");
}

#[test]
fn conditional_requests_get_304_when_unchanged() {
    let server = Server::start(|_, headers, _| {
        if headers.get("if-none-match").map(String::as_str) == Some("\"v1\"") {
            (304, vec![], vec![])
        } else {
            let validators = vec![
                ("ETag".to_string(), "\"v1\"".to_string()),
                ("Last-Modified".to_string(), "Tue, 05 Mar 2024 09:30:00 GMT".to_string()),
            ];
            (200, validators, b"feed".to_vec())
        }
    });
    let fetcher = Fetcher::new(quick());
    let Fetched::Page(page) = fetcher.get(&server.url("/feed"), None).unwrap() else {
        panic!("expected a page")
    };
    assert_eq!(
        page.validators,
        Validators {
            etag: Some("\"v1\"".to_string()),
            last_modified: Some("Tue, 05 Mar 2024 09:30:00 GMT".to_string()),
        }
    );
    assert_eq!(
        fetcher.get(&server.url("/feed"), Some(&page.validators)).unwrap(),
        Fetched::NotModified
    );
}

#[test]
fn a_silent_server_times_out_with_a_reason() {
    let server = Server::start(|_, _, _| (0, vec![], vec![]));
    let fetcher = Fetcher::new(FetchOptions {
        timeout: Duration::from_millis(300),
        retries: 1,
        ..quick()
    });
    let err = fetcher.get(&server.url("/slow"), None).unwrap_err();
    assert!(err.contains("timed out") && err.contains("2 attempts"), "{err}");
}

#[test]
fn oversized_responses_are_refused() {
    let server = Server::start(|_, _, _| (200, vec![], vec![b'x'; 5000]));
    let fetcher = Fetcher::new(FetchOptions {
        max_bytes: 1000,
        ..quick()
    });
    let err = fetcher.get(&server.url("/big"), None).unwrap_err();
    assert!(err.contains("size limit"), "{err}");
    assert_eq!(server.hits("/big"), 1);
}

fn serve_feed_and_article() -> Server {
    let article = fixture("article.html");
    let base = std::sync::Arc::new(std::sync::OnceLock::<String>::new());
    let base2 = base.clone();
    let server = Server::start(move |path, _, _| match path {
        "/feed.rss" => (
            200,
            vec![("Content-Type".to_string(), "application/rss+xml".to_string())],
            feed(base2.get().unwrap()).into_bytes(),
        ),
        "/a1.html" => (200, vec![], article.clone()),
        _ => (404, vec![], vec![]),
    });
    base.set(server.base.clone()).unwrap();
    server
}

fn read(url: &str, fetch_articles: bool) -> Vec<Item> {
    let options = IngestOptions {
        fetch_articles,
        fetch: quick(),
        languages: vec![],
        ..IngestOptions::default()
    };
    Ingest::new(vec![url.to_string()], None, options).collect()
}

#[test]
fn a_feed_url_gives_its_items() {
    let server = serve_feed_and_article();
    let items = read(&server.url("/feed.rss"), false);
    let doc = items[0].as_ref().unwrap();
    assert_eq!(
        (doc.id.as_str(), doc.text.as_str()),
        ("item-1", "A short summary of the border talks.")
    );
    assert_eq!(doc.source.as_deref(), Some("Local Wire"));
    assert_eq!(items[1].as_ref().unwrap().id, "item-2");
    assert_eq!(server.hits("/a1.html"), 0, "articles are fetched only when asked");
}

#[test]
fn fetch_articles_replaces_summaries_and_rejects_what_cannot_be_fetched() {
    let server = serve_feed_and_article();
    let items = read(&server.url("/feed.rss"), true);
    let doc = items[0].as_ref().unwrap();
    assert_eq!(doc.id, "item-1", "the feed's id stays");
    assert!(doc.text.starts_with("The foreign ministers"), "{}", doc.text);
    assert_eq!(doc.author.as_deref(), Some("Jane Example"));
    assert_eq!(doc.date.as_deref(), Some("2024-03-05"));
    let reject = items[1].as_ref().unwrap_err();
    assert_eq!(reject.record, Some(2));
    assert!(reject.source.ends_with("/feed.rss"), "{reject}");
    assert!(
        reject.reason.starts_with("cannot fetch article") && reject.reason.contains("HTTP 404"),
        "{reject}"
    );
    assert!(
        reject.raw.contains("removed from the site"),
        "raw content kept: {reject:?}"
    );
}

#[test]
fn a_page_url_is_one_document_and_a_dead_url_one_reject() {
    let server = serve_feed_and_article();
    let items = read(&server.url("/a1.html"), false);
    assert_eq!(items.len(), 1);
    let doc = items[0].as_ref().unwrap();
    assert_eq!(doc.title.as_deref(), Some("Envoys agree to resume border talks"));
    let items = read(&server.url("/nowhere"), false);
    let reject = items[0].as_ref().unwrap_err();
    assert!(
        reject.source.ends_with("/nowhere") && reject.reason == "cannot fetch: HTTP 404",
        "{reject}"
    );
}
