//! The HTTP API over a real socket: happy paths, bad requests (always a 4xx with a JSON error
//! body), auth, idempotent ingest and graceful shutdown.

use dyad_code::coder::Coder;
use dyad_code::record::*;
use dyad_server::{AppState, Limits, StorePool};
use dyad_store::SqliteStore;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

const TOKEN: &str = "test-token-0123456789";

/// One coder for all tests, over tiny models trained on the CLI's fixture treebank.
fn coder() -> Arc<Coder> {
    static CODER: OnceLock<Arc<Coder>> = OnceLock::new();
    CODER
        .get_or_init(|| {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../cli/tests/fixtures/tiny.conllu");
            let text = std::fs::read_to_string(path).expect("fixture treebank");
            let (sentences, errors) = dyad_syntax::conllu::read(&text);
            assert!(errors.is_empty(), "{errors:?}");
            let options = dyad_syntax::train::TrainOptions {
                epochs: Some(2),
                ..Default::default()
            };
            Arc::new(Coder::new(dyad_syntax::train::train_pipeline(&sentences, &options)))
        })
        .clone()
}

struct Server {
    base: String,
    db: PathBuf,
    state: AppState,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    fn start(test: &str, public_reads: bool, limits: Limits) -> Server {
        let dir = std::env::temp_dir().join(format!("dyad-server-test-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("store.db");
        let state = AppState::new(coder(), StorePool::open(&db, 2).unwrap(), TOKEN.into(), public_reads);
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let served = state.clone();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                dyad_server::serve(listener, served, &limits, async {
                    let _ = stop_rx.await;
                })
                .await
                .unwrap();
            });
        });
        let addr = addr_rx.recv().unwrap();
        Server {
            base: format!("http://{addr}"),
            db,
            state,
            shutdown: Some(stop_tx),
            thread: Some(thread),
        }
    }

    fn public(test: &str) -> Server {
        Server::start(test, true, Limits::default())
    }

    /// Stops accepting, waits for requests in flight, joins the server thread.
    fn stop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            t.join().unwrap();
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).build().into()
}

/// GET with an optional token: (status, JSON body).
fn get(url: &str, token: Option<&str>) -> (u16, Value) {
    let mut req = agent().get(url);
    if let Some(t) = token {
        req = req.header("Authorization", &format!("Bearer {t}"));
    }
    let mut resp = req.call().unwrap();
    let status = resp.status().as_u16();
    (status, resp.body_mut().read_json().unwrap_or(Value::Null))
}

/// POST a raw body with an optional token: (status, JSON body).
fn post(url: &str, token: Option<&str>, body: &[u8]) -> (u16, Value) {
    let mut req = agent().post(url).header("Content-Type", "application/json");
    if let Some(t) = token {
        req = req.header("Authorization", &format!("Bearer {t}"));
    }
    let mut resp = req.send(body).unwrap();
    let status = resp.status().as_u16();
    let value = resp
        .body_mut()
        .with_config()
        .limit(64 * 1024 * 1024)
        .read_json()
        .unwrap_or(Value::Null);
    (status, value)
}

fn post_json(url: &str, token: Option<&str>, body: &Value) -> (u16, Value) {
    post(url, token, body.to_string().as_bytes())
}

/// Asserts a 4xx answer with the JSON error body and returns its code.
fn assert_error(status: u16, body: &Value, expected: u16) -> String {
    assert_eq!(status, expected, "{body}");
    let code = body["error"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("no error code: {body}"));
    assert!(
        body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    code.to_string()
}

const ARTICLE: &str = "Japan proposed a resolution. \"We will not compromise,\" Aso said.";

fn participant(code: &str, country: &str) -> Participant {
    Participant {
        text: code.into(),
        span: [0, 5],
        code: code.into(),
        country: Some(country.into()),
        sector: None,
    }
}

/// A stored document with hand-made events (the coder's events are still being built).
fn seed_events(db: &std::path::Path) {
    let event = |i: usize, src: &str, tgt: &str, cameo: &str, quad: u8, date: &str| EventRecord {
        doc_id: "seed".into(),
        sentence: 0,
        span: [0, 28],
        source: participant(src, &src[..3]),
        target: Some(participant(tgt, &tgt[..3])),
        cameo: Cameo {
            code: cameo.into(),
            root: cameo[..2].into(),
            name: format!("event {i}"),
        },
        goldstein: if quad > 2 { -4.0 } else { 3.0 },
        quad_class: quad,
        quad_class_phoenix: quad,
        plover: Plover {
            event: "CONSULT".into(),
            mode: None,
        },
        date: Some(date.into()),
        confidence: 0.8,
        evidence: Evidence {
            pattern: "p".into(),
            predicate: [6, 14],
            spans: vec![],
        },
        ..EventRecord::default()
    };
    let doc = CodedDocument {
        id: "seed".into(),
        date: Some("2006-07-08".into()),
        text: ARTICLE.into(),
        sentences: vec![SentenceRecord {
            index: 0,
            span: [0, 28],
            paragraph: 0,
        }],
        actors: vec![ActorRecord {
            sentence: 0,
            span: [0, 5],
            text: "Japan".into(),
            code: "JPN".into(),
            country: Some("JPN".into()),
            how: "name".into(),
            ..ActorRecord::default()
        }],
        events: vec![
            event(0, "JPNGOV", "PRK", "036", 1, "2006-07-08"),
            event(1, "JPN", "PRK", "112", 3, "2006-07-09"),
            event(2, "USAGOV", "JPN", "040", 1, "2006-07-10"),
        ],
        quotes: vec![QuoteRecord {
            content: [30, 55],
            sentences: [1, 1],
            speaker: Some(Speaker {
                span: [57, 60],
                text: "Aso".into(),
                name: "Taro Aso".into(),
                code: Some("JPNGOV".into()),
            }),
            confidence: 0.9,
            ..QuoteRecord::default()
        }],
        ..CodedDocument::default()
    };
    SqliteStore::open(db).unwrap().insert(&[doc]).unwrap();
}

#[test]
fn code_returns_the_coded_document_and_stores_nothing() {
    let server = Server::public("code");
    let (status, body) = post_json(
        &server.url("/v1/code"),
        None,
        &json!({"text": ARTICLE, "title": "T", "date": "2006-07-08", "id": "a1"}),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["id"], "a1");
    assert_eq!(body["text"], ARTICLE);
    assert!(!body["sentences"].as_array().unwrap().is_empty(), "{body}");
    assert!(body["events"].is_array() && body["actors"].is_array());
    assert_eq!(body["quotes"].as_array().unwrap().len(), 1, "{body}");
    let (_, stats) = get(&server.url("/v1/stats"), None);
    assert_eq!(stats["documents"], 0);
}

#[test]
fn documents_ingest_is_idempotent_and_needs_the_token() {
    let server = Server::public("ingest");
    let batch = json!([{"text": ARTICLE, "id": "d1"}, {"text": "China objected.", "url": "http://x/2"}]);
    let url = server.url("/v1/documents");
    let (status, body) = post_json(&url, None, &batch);
    assert_eq!(assert_error(status, &body, 401), "unauthorized");
    let (status, body) = post_json(&url, Some("wrong-token-xxxxxxxx"), &batch);
    assert_eq!(assert_error(status, &body, 403), "forbidden");

    let (status, body) = post_json(&url, Some(TOKEN), &batch);
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        (body["received"].as_u64(), body["inserted"].as_u64()),
        (Some(2), Some(2)),
        "{body}"
    );
    let (status, body) = post_json(&url, Some(TOKEN), &batch);
    assert_eq!(status, 200);
    assert_eq!(
        (body["inserted"].as_u64(), body["unchanged"].as_u64()),
        (Some(0), Some(2)),
        "{body}"
    );
    let (status, body) = post_json(&url, Some(TOKEN), &json!({"text": "Russia agreed.", "id": "d3"}));
    assert_eq!((status, body["inserted"].as_u64()), (200, Some(1)), "{body}");

    let (status, stats) = get(&server.url("/v1/stats"), None);
    assert_eq!(status, 200);
    assert_eq!(stats["documents"], 3, "{stats}");
    assert_eq!(stats["quotes"], 1, "{stats}");
    for key in ["events", "actors", "rejects"] {
        assert!(stats[key].is_i64(), "{stats}");
    }
}

#[test]
fn events_filters_paginate_and_count() {
    let server = Server::public("events");
    seed_events(&server.db);
    let (status, body) = get(&server.url("/v1/events?actor=JPN"), None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["total"], 3);
    let (_, body) = get(&server.url("/v1/events?source=JPN&quad=3"), None);
    assert_eq!(body["total"], 1, "{body}");
    assert_eq!(body["events"][0]["cameo"]["code"], "112");
    let (_, body) = get(
        &server.url("/v1/events?dyad=PRK,JPN&undirected=true&from=2006-07-09"),
        None,
    );
    assert_eq!(body["total"], 1, "{body}");
    let (_, body) = get(&server.url("/v1/events?q=resolution&root=03"), None);
    assert_eq!(body["total"], 1, "{body}");

    // Keyset pages: newest first, then the rest, then nothing more.
    let (_, page1) = get(&server.url("/v1/events?limit=2"), None);
    let dates: Vec<&str> = page1["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2006-07-10", "2006-07-09"]);
    let cursor = page1["next_cursor"].as_str().expect("a next cursor").to_string();
    let (_, page2) = get(&server.url(&format!("/v1/events?limit=2&cursor={cursor}")), None);
    assert_eq!(page2["events"].as_array().unwrap().len(), 1, "{page2}");
    assert_eq!(page2["events"][0]["date"], "2006-07-08");
    assert!(page2["next_cursor"].is_null());
    // Offset pages agree.
    let (_, page) = get(&server.url("/v1/events?limit=2&offset=2"), None);
    assert_eq!(page["events"][0]["date"], "2006-07-08", "{page}");

    // An unknown but well-formed actor code: an empty result, not an error.
    let (status, body) = get(&server.url("/v1/events?actor=XYZ"), None);
    assert_eq!((status, body["total"].as_u64()), (200, Some(0)));
}

#[test]
fn quotes_actors_timeline_health_and_openapi() {
    let server = Server::public("reads");
    seed_events(&server.db);
    let (status, body) = get(&server.url("/v1/quotes?speaker=aso"), None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["total"], 1);
    assert_eq!(body["quotes"][0]["quote"]["speaker"]["name"], "Taro Aso");
    let (_, body) = get(&server.url("/v1/quotes?speaker=JPN&q=compromise"), None);
    assert_eq!(body["total"], 1, "{body}");
    let (_, body) = get(&server.url("/v1/quotes?q=sanctions"), None);
    assert_eq!(body["total"], 0, "{body}");

    let (status, body) = get(&server.url("/v1/actors?limit=5"), None);
    assert_eq!(status, 200);
    assert_eq!(body["actors"][0]["code"], "JPN", "{body}");
    assert_eq!(body["actors"][0]["mentions"], 1);

    let (status, body) = get(&server.url("/v1/dyads/JPN/PRK/timeline?period=month"), None);
    assert_eq!(status, 200, "{body}");
    let rows = body["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "{body}");
    assert_eq!(rows[0]["period"], "2006-07");
    assert_eq!(
        (rows[0]["quad"].as_u64(), rows[0]["events"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(rows[1]["mean_goldstein"], -4.0);

    let (status, body) = get(&server.url("/v1/health"), None);
    assert_eq!((status, body["status"].as_str()), (200, Some("ok")));
    assert!(body["schema_version"].as_i64().unwrap() >= 1);

    let (status, body) = get(&server.url("/v1/openapi.json"), None);
    assert_eq!(status, 200);
    for (_, path) in dyad_server::ROUTES {
        assert!(body["paths"].get(*path).is_some(), "{path} missing");
    }
}

#[test]
fn bad_requests_get_4xx_json_errors() {
    let limits = Limits {
        max_body: 1024,
        ..Limits::default()
    };
    let server = Server::start("bad", true, limits);
    seed_events(&server.db);
    let code = server.url("/v1/code");
    let (s, b) = post(&code, None, b"{\"text\": ");
    assert_eq!(assert_error(s, &b, 400), "malformed_json");
    let (s, b) = post(&code, None, b"[1, 2]");
    assert_eq!(assert_error(s, &b, 400), "bad_document");
    let (s, b) = post_json(&code, None, &json!({"text": "x", "colour": "red"}));
    assert_eq!(assert_error(s, &b, 400), "bad_document");
    let big = json!({"text": "word ".repeat(1000)});
    let (s, b) = post_json(&code, None, &big);
    assert_eq!(assert_error(s, &b, 413), "body_too_large");
    let (s, b) = post_json(&server.url("/v1/documents"), Some(TOKEN), &big);
    assert_eq!(assert_error(s, &b, 413), "body_too_large");

    for query in [
        "limit=0",
        "limit=abc",
        "offset=-1",
        "quad=9",
        "from=yesterday",
        "negated=perhaps",
        "dyad=USA",
        "cameo=1a",
        "unknown=1",
        "cursor=garbage",
        "limit=1&limit=2",
    ] {
        let (s, b) = get(&server.url(&format!("/v1/events?{query}")), None);
        assert_error(s, &b, 400);
    }
    let (s, b) = get(&server.url("/v1/dyads/JPN/PRK/timeline?period=decade"), None);
    assert_error(s, &b, 400);
    let (s, b) = get(&server.url("/v1/nowhere"), None);
    assert_eq!(assert_error(s, &b, 404), "not_found");
    let (s, b) = get(&server.url("/v1/documents"), None);
    assert_eq!(assert_error(s, &b, 405), "method_not_allowed");

    // SQL metacharacters are bound, never spliced: malformed codes are 400s, text is just text,
    // and the tables are intact afterwards.
    for query in [
        "actor=USA%27%20OR%201%3D1--",
        "source=%27%3B%20DROP%20TABLE%20events%3B--",
        "dyad=JPN,PRK%27)%20OR%20(%271",
    ] {
        let (s, b) = get(&server.url(&format!("/v1/events?{query}")), None);
        assert_eq!(assert_error(s, &b, 400), "bad_query", "{query}");
    }
    let (s, b) = get(&server.url("/v1/events?q=%27%20OR%201%3D1%20--%20%22%20*%20NEAR"), None);
    assert_eq!((s, b["total"].as_u64()), (200, Some(0)), "{b}");
    let (s, b) = get(&server.url("/v1/quotes?speaker=%27%20OR%20%271%27%3D%271&q=%25"), None);
    assert_eq!((s, b["total"].as_u64()), (200, Some(0)), "{b}");
    let (_, stats) = get(&server.url("/v1/stats"), None);
    assert_eq!(stats["events"], 3, "{stats}");
}

#[test]
fn private_reads_need_the_token() {
    let server = Server::start("private", false, Limits::default());
    let (s, b) = get(&server.url("/v1/events"), None);
    assert_eq!(assert_error(s, &b, 401), "unauthorized");
    let (s, b) = get(&server.url("/v1/stats"), Some("nope-nope-nope-nope"));
    assert_eq!(assert_error(s, &b, 403), "forbidden");
    let (s, b) = post_json(&server.url("/v1/code"), None, &json!({"text": ARTICLE}));
    assert_error(s, &b, 401);
    let (s, _) = get(&server.url("/v1/events"), Some(TOKEN));
    assert_eq!(s, 200);
    let (s, _) = get(&server.url("/v1/health"), None);
    assert_eq!(s, 200, "health stays public");
}

#[test]
fn shutdown_finishes_the_request_in_flight() {
    let mut server = Server::public("shutdown");
    // Hold every coding slot so that the request stays in flight until we let it go.
    let coding = Arc::clone(&server.state.coding);
    let held = coding
        .clone()
        .try_acquire_many_owned(coding.available_permits() as u32)
        .unwrap();
    let url = server.url("/v1/code");
    let client = std::thread::spawn(move || post_json(&url, None, &json!({"text": ARTICLE})));
    while server.state.in_flight.load(Ordering::SeqCst) == 0 {
        std::thread::sleep(Duration::from_millis(1));
    }
    // Ask the server to stop while the request waits, then let the request run.
    server.shutdown.take().unwrap().send(()).unwrap();
    std::thread::sleep(Duration::from_millis(50));
    drop(held);
    let (status, body) = client.join().unwrap();
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["quotes"].as_array().unwrap().len(), 1, "{body}");
    server.stop();
    // And the server is gone.
    assert!(agent().get(&server.url("/v1/health")).call().is_err());
}
