//! `dyad watch` against a local HTTP server the test starts: the first poll codes every item
//! (fetching the linked articles), the next gets a 304 and codes nothing, a changed feed codes
//! only its new item, and the persisted seen set stops re-coding even when the server ignores
//! conditional requests.

mod common;
#[path = "../../ingest/tests/http/mod.rs"]
mod http;

use common::{dyad, stderr, train_models};
use http::Server;
use std::path::PathBuf;
use std::process::Output;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

const ARTICLE: &str = "<html><head><title>{T}</title></head><body><article><h1>{T}</h1>\
<p>The foreign ministers of Northland and Southland met on Tuesday in the capital to discuss {T}.</p>\
<p>Officials from both governments said the talks had been useful and would continue next month.</p>\
<p>Observers from the regional organisation attended the meeting at the invitation of both sides.</p>\
</article></body></html>";

fn feed(base: &str, items: usize) -> String {
    let mut xml = String::from(r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>"#);
    for i in 1..=items {
        xml.push_str(&format!(
            "<item><title>Item {i}</title><link>{base}/a{i}.html</link><guid>item-{i}</guid>\
             <pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate><description>Summary {i}.</description></item>"
        ));
    }
    xml + "</channel></rss>"
}

/// The feed has `items` items; its ETag is their number; `honour` says whether the server
/// answers 304 to a matching If-None-Match.
fn serve(items: Arc<AtomicUsize>, honour: bool) -> Server {
    let base = Arc::new(OnceLock::<String>::new());
    let base2 = base.clone();
    let server = Server::start(move |path, headers, _| {
        let n = items.load(Ordering::SeqCst);
        let etag = format!("\"{n}\"");
        match path {
            "/feed.rss" if honour && headers.get("if-none-match") == Some(&etag) => (304, vec![], vec![]),
            "/feed.rss" => (
                200,
                vec![("ETag".to_string(), etag)],
                feed(base2.get().unwrap(), n).into_bytes(),
            ),
            p if p.starts_with("/a") && p.ends_with(".html") => {
                let topic = format!("the border question number {}", &p[2..p.len() - 5]);
                (200, vec![], ARTICLE.replace("{T}", &topic).into_bytes())
            }
            _ => (404, vec![], vec![]),
        }
    });
    base.set(server.base.clone()).unwrap();
    server
}

struct Watch {
    dir: PathBuf,
    models: String,
}

impl Watch {
    fn poll(&self, url: &str) -> (Output, serde_json::Value) {
        let (state, out) = (self.dir.join("state.json"), self.dir.join("coded.jsonl"));
        let output = dyad(&[
            "watch",
            url,
            "--once",
            "--fetch-articles",
            "--any-language",
            "--state",
            state.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--models",
            &self.models,
            "--politeness",
            "0",
            "--backoff",
            "0.01",
            "--timeout",
            "5",
        ]);
        let err = stderr(&output);
        assert_ne!(output.status.code(), Some(101), "panicked: {err}");
        let last = err.lines().last().unwrap_or_default();
        let summary: serde_json::Value = serde_json::from_str(last).unwrap_or_else(|e| panic!("{e}: {err}"));
        (output, summary["poll"].clone())
    }

    fn coded_ids(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.join("coded.jsonl"))
            .unwrap_or_default()
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    }
}

#[test]
fn watch_codes_new_articles_once() {
    let dir = std::env::temp_dir().join(format!("dyad-watch-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let watch = Watch {
        models: train_models(&dir),
        dir: dir.clone(),
    };
    let items = Arc::new(AtomicUsize::new(2));
    let server = serve(items.clone(), true);
    let url = server.url("/feed.rss");

    // First poll: both items are new; their articles are fetched and coded.
    let (out, poll) = watch.poll(&url);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        (poll["items"].as_u64(), poll["coded"].as_u64()),
        (Some(2), Some(2)),
        "{poll}"
    );
    assert_eq!(watch.coded_ids(), ["item-1", "item-2"]);
    let coded = std::fs::read_to_string(dir.join("coded.jsonl")).unwrap();
    let first: serde_json::Value = serde_json::from_str(coded.lines().next().unwrap()).unwrap();
    assert!(
        first["text"].as_str().unwrap().contains("Northland and Southland"),
        "the article, not the summary, is coded: {first}"
    );
    assert_eq!((server.hits("/a1.html"), server.hits("/a2.html")), (1, 1));

    // Unchanged feed: the server answers 304 to the ETag and nothing is coded.
    let (out, poll) = watch.poll(&url);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        (poll["not_modified"].as_u64(), poll["coded"].as_u64()),
        (Some(1), Some(0)),
        "{poll}"
    );
    assert_eq!(server.hits("/feed.rss"), 2);

    // A third item appears: only it is fetched and coded.
    items.store(3, Ordering::SeqCst);
    let (_, poll) = watch.poll(&url);
    assert_eq!(
        (
            poll["items"].as_u64(),
            poll["already_seen"].as_u64(),
            poll["coded"].as_u64()
        ),
        (Some(3), Some(2), Some(1)),
        "{poll}"
    );
    assert_eq!(watch.coded_ids(), ["item-1", "item-2", "item-3"]);
    assert_eq!((server.hits("/a1.html"), server.hits("/a3.html")), (1, 1));

    // A server that ignores conditional requests: the seen set alone prevents re-coding.
    let stubborn = serve(items, false);
    let (_, poll) = watch.poll(&stubborn.url("/feed.rss"));
    assert_eq!(
        (poll["already_seen"].as_u64(), poll["coded"].as_u64()),
        (Some(3), Some(0)),
        "{poll}"
    );
    assert_eq!(stubborn.hits("/a1.html"), 0);
    let seen = std::fs::read_to_string(dir.join("state.json.seen")).unwrap();
    assert_eq!(seen, "item-1\nitem-2\nitem-3\n");

    // An unreachable feed is a warning and exit status 1 (nothing could be read).
    let (out, poll) = watch.poll(&server.url("/gone.rss"));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(poll["failed"].as_u64(), Some(1));
    assert!(
        stderr(&out).contains("/gone.rss: cannot fetch: HTTP 404"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
