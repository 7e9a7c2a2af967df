//! The web dashboard: its routes and extra reads over HTTP, and the pages in a real browser. The
//! browser test starts the server on a store seeded with the demo article and a generated bulk of
//! events, then runs `web/tests/run.mjs` (playwright-core driving Debian's headless Chromium),
//! which checks every page and prints each page's first-render time.
//!
//! The browser test skips loudly when node, Chromium, `web/node_modules` or the built bundle is missing.
//! `DYAD_DASHBOARD_EVENTS` sets the bulk (default 50000); `DYAD_DASHBOARD_DB` uses (and keeps) a
//! database instead of a fresh one, e.g. one written by the `bench_store` example with 1,000,000
//! events. Screenshots go to `target/dashboard-screenshots/`.

use dyad_code::coder::Coder;
use dyad_code::record::*;
use dyad_server::{AppState, Limits, StorePool};
use dyad_store::SqliteStore;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, OnceLock};

/// Synthetic actors and CAMEO codes for the bulk of events (a test fixture, not a lexicon).
const ACTORS: &[&str] = &[
    "USAGOV", "CHNGOV", "RUSGOV", "JPNGOV", "PRKGOV", "KORGOV", "IRNGOV", "ISRMIL", "GBRGOV", "FRAGOV", "UKRGOV",
    "IGOUNO",
];
const CAMEO: &[(&str, &str, u8, f32)] = &[
    ("036", "Express intent to meet or negotiate", 1, 4.0),
    ("040", "Consult", 1, 1.0),
    ("057", "Sign formal agreement", 1, 8.0),
    ("071", "Provide economic aid", 2, 7.4),
    ("112", "Accuse", 3, -2.0),
    ("130", "Threaten", 3, -4.4),
    ("163", "Impose embargo, boycott, or sanctions", 4, -8.0),
    ("190", "Use conventional military force", 4, -10.0),
];

fn skip(why: &str) {
    eprintln!("SKIPPED dashboard browser test: {why}");
}

fn works(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A deterministic pseudo-random sequence (SplitMix64).
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % n as u64) as usize
    }
}

fn participant(code: &str, span: [usize; 2]) -> Participant {
    Participant {
        text: code.into(),
        span,
        code: code.into(),
        country: Some(code[..3].into()),
        sector: Some(code[3..].into()),
    }
}

/// Document `n` with `events` generated events, one sentence each, on a day within 2000-2009.
fn synthetic(n: usize, events: usize, rng: &mut Rng) -> CodedDocument {
    let id = format!("synthetic-{n}");
    let date = format!(
        "{:04}-{:02}-{:02}",
        2000 + rng.below(10),
        1 + rng.below(12),
        1 + rng.below(28)
    );
    let mut text = String::new();
    let mut sentences = Vec::new();
    let mut records = Vec::new();
    for i in 0..events {
        let (code, name, quad, goldstein) = CAMEO[rng.below(CAMEO.len())];
        let s = rng.below(ACTORS.len());
        let t = (s + 1 + rng.below(ACTORS.len() - 1)) % ACTORS.len();
        let start = text.chars().count();
        let sentence = format!("{} acted toward {} ({name}). ", ACTORS[s], ACTORS[t]);
        let len = sentence.chars().count() - 1;
        text.push_str(&sentence);
        sentences.push(SentenceRecord {
            index: i,
            span: [start, start + len],
            paragraph: 0,
        });
        let predicate = [start + 7, start + 12];
        records.push(EventRecord {
            doc_id: id.clone(),
            sentence: i,
            span: [start, start + len],
            source: participant(ACTORS[s], [start, start + 6]),
            target: Some(participant(ACTORS[t], [start + 20, start + 26])),
            cameo: Cameo {
                code: code.into(),
                root: code[..2].into(),
                name: name.into(),
            },
            goldstein,
            quad_class: quad,
            quad_class_phoenix: quad,
            plover: Plover {
                event: if quad < 3 { "COOPERATE" } else { "ACCUSE" }.into(),
                mode: None,
            },
            flags: Flags {
                negated: rng.below(25) == 0,
                ..Flags::default()
            },
            date: Some(date.clone()),
            confidence: 0.5 + rng.below(50) as f32 / 100.0,
            evidence: Evidence {
                pattern: format!("synthetic {code}"),
                predicate,
                spans: vec![[start, start + 6], predicate, [start + 20, start + 26]],
            },
            ..EventRecord::default()
        });
    }
    CodedDocument {
        id,
        date: Some(date),
        text,
        sentences,
        events: records,
        ..CodedDocument::default()
    }
}

fn seed(store: &mut SqliteStore, coder: &Coder, events: usize) {
    let held = store.counts().expect("counts")[1].1;
    if held == 0 {
        let mut rng = Rng(11);
        let (mut written, mut n) = (0, 0);
        while written < events {
            let batch: Vec<CodedDocument> = (0..500)
                .map_while(|_| {
                    (written < events).then(|| {
                        let k = 10.min(events - written);
                        written += k;
                        n += 1;
                        synthetic(n, k, &mut rng)
                    })
                })
                .collect();
            store.insert(&batch).expect("insert synthetic events");
        }
        eprintln!("seeded {written} synthetic events in {n} documents");
    } else {
        eprintln!("the store already holds {held} events; not seeding more");
    }
    let text = include_str!("../../../examples/seed-article.txt");
    let demo = dyad_ingest::Document {
        id: "demo-seed-article".into(),
        title: Some("US ready for bilateral talks with N Korea".into()),
        text: dyad_ingest::boilerplate::trim_trailing(text),
        date: Some("2006-07-08".into()),
        ..dyad_ingest::Document::default()
    };
    store.insert(&[coder.code(&demo)]).expect("insert the demo article");
}

/// The embedded models' coder, loaded once; `None` (and a loud skip) when the build has none.
fn coder() -> Option<Arc<Coder>> {
    static CODER: OnceLock<Option<Arc<Coder>>> = OnceLock::new();
    CODER
        .get_or_init(|| match dyad_syntax::Pipeline::embedded() {
            Ok(p) => Some(Arc::new(Coder::new(p))),
            Err(e) => {
                skip(&format!("no embedded models in this build ({e})"));
                None
            }
        })
        .clone()
}

/// A server on a free port over the store at `db`, stopped on drop.
struct Served {
    base: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Served {
    fn start(db: &Path, coder: Arc<Coder>, public_reads: bool) -> Served {
        let pool = StorePool::open(db, 4).expect("store pool");
        let state = AppState::new(coder, pool, "dashboard-test-token-0123".into(), public_reads);
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
                addr_tx
                    .send(listener.local_addr().expect("address"))
                    .expect("send address");
                dyad_server::serve(listener, state, &Limits::default(), async {
                    let _ = stop_rx.await;
                })
                .await
                .expect("serve");
            });
        });
        let addr = addr_rx.recv().expect("server address");
        Served {
            base: format!("http://{addr}"),
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// GET `path`: (status, content type, body).
fn fetch(base: &str, path: &str) -> (u16, String, Vec<u8>) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut resp = agent.get(&format!("{base}{path}")).call().expect("request");
    let kind = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = resp.body_mut().read_to_vec().expect("body");
    (resp.status().as_u16(), kind, body)
}

fn json(body: &[u8]) -> serde_json::Value {
    serde_json::from_slice(body).expect("a JSON body")
}

fn temp_db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-dashboard-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join("store.db")
}

#[test]
fn dashboard_files_document_and_network_over_http() {
    let Some(coder) = coder() else { return };
    let db = temp_db("http");
    {
        let mut store = SqliteStore::open(&db).expect("open the store");
        let mut rng = Rng(5);
        let mut docs: Vec<CodedDocument> = (1..=30).map(|n| synthetic(n, 10, &mut rng)).collect();
        let url = "https://example.com/news/a?b=1";
        docs[0].id = url.into();
        for e in &mut docs[0].events {
            e.doc_id = url.into();
        }
        store.insert(&docs).expect("insert");
    }
    let served = Served::start(&db, coder.clone(), true);
    let base = served.base.as_str();

    // The page and the assets it names.
    let (status, kind, page) = fetch(base, "/");
    assert_eq!(status, 200);
    assert!(kind.starts_with("text/html"), "{kind}");
    let page = String::from_utf8(page).expect("UTF-8 page");
    if dyad_server::dashboard::BUNDLE != "fallback" {
        for asset in page.split('"').filter(|s| s.starts_with("/assets/")) {
            let (status, kind, body) = fetch(base, asset);
            assert_eq!(status, 200, "{asset}");
            assert!(!body.is_empty(), "{asset} is empty");
            assert!(
                kind.starts_with("text/javascript") || kind.starts_with("text/css"),
                "{asset}: {kind}"
            );
        }
    }
    let (status, _, body) = fetch(base, "/assets/no-such-file.js");
    assert_eq!(
        (status, json(&body)["error"]["code"].as_str()),
        (404, Some("not_found"))
    );

    // One document, also when its id is a URL.
    let (status, _, body) = fetch(base, "/v1/documents/synthetic-2");
    assert_eq!(status, 200);
    let doc = json(&body);
    assert_eq!(doc["id"], "synthetic-2");
    assert_eq!(doc["events"].as_array().map(Vec::len), Some(10));
    let (status, _, body) = fetch(base, "/v1/documents/https%3A%2F%2Fexample.com%2Fnews%2Fa%3Fb%3D1");
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    assert_eq!(json(&body)["id"], "https://example.com/news/a?b=1");
    let (status, _, body) = fetch(base, "/v1/documents/missing");
    assert_eq!(
        (status, json(&body)["error"]["code"].as_str()),
        (404, Some("not_found"))
    );

    // The network: by default the three months up to the newest event, busiest pairs first.
    let (status, _, body) = fetch(base, "/v1/network?limit=5");
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let net = json(&body);
    let (from, to) = (net["from"].as_str().expect("from"), net["to"].as_str().expect("to"));
    let month = |d: &str| d[..4].parse::<i32>().unwrap() * 12 + d[5..7].parse::<i32>().unwrap();
    assert_eq!(month(to) - month(from), 3, "{from} to {to}");
    let edges = net["edges"].as_array().expect("edges");
    assert!(!edges.is_empty() && edges.len() <= 5);
    let counts: Vec<i64> = edges.iter().map(|e| e["events"].as_i64().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    assert!(edges
        .iter()
        .all(|e| (-10.0..=10.0).contains(&e["mean_goldstein"].as_f64().unwrap())));
    let (status, _, body) = fetch(base, "/v1/network?from=2000-01-01&to=2009-12-31&actor=USA&limit=100");
    assert_eq!(status, 200);
    let edges = json(&body)["edges"].as_array().cloned().unwrap_or_default();
    assert!(!edges.is_empty());
    assert!(edges.iter().all(|e| e["source"] == "USAGOV" || e["target"] == "USAGOV"));
    assert_eq!(fetch(base, "/v1/network?bogus=1").0, 400);
    drop(served);

    // With private reads the page stays public and the data needs the token.
    let served = Served::start(&db, coder, false);
    assert_eq!(fetch(&served.base, "/").0, 200);
    assert_eq!(fetch(&served.base, "/v1/network").0, 401);
    assert_eq!(fetch(&served.base, "/v1/documents/synthetic-2").0, 401);
    drop(served);
    let _ = std::fs::remove_dir_all(db.parent().expect("temp dir"));
}

#[test]
fn dashboard_pages_in_headless_chromium() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let web = root.join("web");
    let chromium = std::env::var("DYAD_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if !works("node", "--version") {
        return skip("node is not installed");
    }
    if !Path::new(&chromium).is_file() {
        return skip(&format!("no Chromium at {chromium} (apt-get install -y chromium)"));
    }
    if !web.join("node_modules/playwright-core").is_dir() {
        return skip("web/node_modules lacks playwright-core (run `npm ci` in web/)");
    }
    if dyad_server::dashboard::BUNDLE == "fallback" {
        return skip("the dashboard bundle was not built (no npm at build time)");
    }
    let Some(coder) = coder() else { return };
    let keep = std::env::var_os("DYAD_DASHBOARD_DB");
    let db = keep.clone().map_or_else(|| temp_db("browser"), PathBuf::from);
    let events: usize = std::env::var("DYAD_DASHBOARD_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50_000);
    {
        let mut store = SqliteStore::open(&db).expect("open the store");
        seed(&mut store, &coder, events);
    }
    let served = Served::start(&db, coder.clone(), true);
    let private = Served::start(&db, coder, false);
    let status = Command::new("node")
        .arg(web.join("tests/run.mjs"))
        .args(["--base", &served.base])
        .args(["--private-base", &private.base, "--token", "dashboard-test-token-0123"])
        .args([
            "--out",
            &root.join("target/dashboard-screenshots").display().to_string(),
        ])
        .args(["--chromium", &chromium])
        .current_dir(&web)
        .status()
        .expect("run node");
    drop(served);
    drop(private);
    if keep.is_none() {
        let _ = std::fs::remove_dir_all(db.parent().expect("temp dir"));
    }
    assert!(
        status.success(),
        "browser checks failed (see the output above and target/dashboard-screenshots/)"
    );
}
