//! A small HTTP load generator for `dyad serve`: N concurrent clients (threads, keep-alive) send
//! the same request for a while; prints requests/s and latency percentiles. Figures only, never
//! asserted.
//!
//! ```text
//! cargo run --release -p dyad-server --example loadtest -- \
//!     --url http://127.0.0.1:8080 code examples/seed-article.txt [--clients 32] [--seconds 20]
//! cargo run --release -p dyad-server --example loadtest -- \
//!     --url http://127.0.0.1:8080 get '/v1/events?source=USA&root=19&limit=50'
//! ```

use std::time::{Duration, Instant};

struct Options {
    url: String,
    clients: usize,
    seconds: f64,
    token: Option<String>,
    /// `POST /v1/code` with this file's text, or `GET` this path.
    target: Target,
}

enum Target {
    Code(String),
    Get(String),
}

fn parse_args() -> Result<Options, String> {
    let mut url = "http://127.0.0.1:8080".to_string();
    let (mut clients, mut seconds, mut token) = (32, 20.0, std::env::var("DYAD_TOKEN").ok());
    let mut rest = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--url" => url = value("--url")?,
            "--clients" => clients = value("--clients")?.parse().map_err(|e| format!("--clients: {e}"))?,
            "--seconds" => seconds = value("--seconds")?.parse().map_err(|e| format!("--seconds: {e}"))?,
            "--token" => token = Some(value("--token")?),
            _ => rest.push(a),
        }
    }
    let target = match rest.as_slice() {
        [kind, file] if kind == "code" => {
            let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
            Target::Code(serde_json::json!({"text": text, "date": "2006-07-08"}).to_string())
        }
        [kind, path] if kind == "get" => Target::Get(path.clone()),
        _ => return Err("usage: loadtest [--url U] [--clients N] [--seconds S] (code FILE | get PATH)".into()),
    };
    Ok(Options {
        url,
        clients: clients.max(1),
        seconds,
        token,
        target,
    })
}

/// One client's results: latencies of successful requests, and failures.
fn client(options: &Options, until: Instant) -> (Vec<Duration>, usize) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let auth = options.token.as_ref().map(|t| format!("Bearer {t}"));
    let (mut latencies, mut failures) = (Vec::new(), 0);
    while Instant::now() < until {
        let started = Instant::now();
        let result = match &options.target {
            Target::Code(body) => {
                let mut req = agent
                    .post(format!("{}/v1/code", options.url))
                    .header("Content-Type", "application/json");
                if let Some(a) = &auth {
                    req = req.header("Authorization", a);
                }
                req.send(body.as_bytes())
            }
            Target::Get(path) => {
                let mut req = agent.get(format!("{}{path}", options.url));
                if let Some(a) = &auth {
                    req = req.header("Authorization", a);
                }
                req.call()
            }
        };
        match result {
            Ok(mut resp) if resp.status().is_success() => {
                // Read the whole body: the response is part of the latency.
                let ok = resp
                    .body_mut()
                    .with_config()
                    .limit(64 * 1024 * 1024)
                    .read_to_vec()
                    .is_ok();
                if ok {
                    latencies.push(started.elapsed());
                } else {
                    failures += 1;
                }
            }
            _ => failures += 1,
        }
    }
    (latencies, failures)
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1000.0
}

fn main() {
    let options = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("loadtest: {e}");
            std::process::exit(2);
        }
    };
    let started = Instant::now();
    let until = started + Duration::from_secs_f64(options.seconds);
    let results: Vec<(Vec<Duration>, usize)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..options.clients)
            .map(|_| s.spawn(|| client(&options, until)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    let elapsed = started.elapsed().as_secs_f64();
    let failures: usize = results.iter().map(|r| r.1).sum();
    let mut all: Vec<Duration> = results.into_iter().flat_map(|r| r.0).collect();
    all.sort();
    let what = match &options.target {
        Target::Code(_) => "POST /v1/code".to_string(),
        Target::Get(p) => format!("GET {p}"),
    };
    println!("{what}: {} clients, {elapsed:.1} s", options.clients);
    println!("requests ok    {} (failed {failures})", all.len());
    println!("requests/s     {:.1}", all.len() as f64 / elapsed);
    println!(
        "latency ms     p50 {:.1}  p90 {:.1}  p99 {:.1}  max {:.1}",
        percentile(&all, 0.5),
        percentile(&all, 0.9),
        percentile(&all, 0.99),
        percentile(&all, 1.0)
    );
}
