//! A tiny HTTP/1.1 server for tests: one thread, one request per connection, answers from a
//! handler given the path and the request headers; counts the requests to each path.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

/// An answer: status, extra headers, body.
pub type Answer = (u16, Vec<(String, String)>, Vec<u8>);

pub struct Server {
    pub base: String,
    hits: Arc<Mutex<HashMap<String, usize>>>,
}

impl Server {
    /// Serves on a free local port until the test process ends.
    pub fn start(handler: impl Fn(&str, &HashMap<String, String>, usize) -> Answer + Send + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let hits: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
        let counter = hits.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                if reader.read_line(&mut line).is_err() {
                    continue;
                }
                let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
                let mut headers = HashMap::new();
                loop {
                    let mut h = String::new();
                    if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
                        break;
                    }
                    if let Some((k, v)) = h.split_once(':') {
                        headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
                    }
                }
                let n = {
                    let mut hits = counter.lock().unwrap();
                    let n = hits.entry(path.clone()).or_insert(0);
                    *n += 1;
                    *n
                };
                let (status, extra, body) = handler(&path, &headers, n);
                if status == 0 {
                    // Say nothing: the client's timeout has to end it.
                    std::thread::sleep(std::time::Duration::from_secs(3));
                    continue;
                }
                let mut head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                    body.len()
                );
                for (k, v) in extra {
                    head.push_str(&format!("{k}: {v}\r\n"));
                }
                head.push_str("\r\n");
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&body);
            }
        });
        Server { base, hits }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Requests received so far for `path`.
    pub fn hits(&self, path: &str) -> usize {
        self.hits.lock().unwrap().get(path).copied().unwrap_or(0)
    }
}
