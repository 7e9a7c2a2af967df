//! HTTP fetching for feeds and articles: a timeout on every request, retries with exponential
//! backoff on network errors and on 429/5xx answers, a politeness delay between two requests to
//! the same host, and conditional requests (ETag, Last-Modified).

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How the [`Fetcher`] behaves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchOptions {
    /// The whole request, from connecting to the last body byte.
    pub timeout: Duration,
    /// Further attempts after a failed one (network error, 429, 5xx).
    pub retries: u32,
    /// Wait before the first retry; doubled for each later one.
    pub backoff: Duration,
    /// The longest wait between attempts, whatever the backoff or a `Retry-After` header says.
    pub max_backoff: Duration,
    /// The least time between two requests to the same host.
    pub politeness: Duration,
    /// Bodies larger than this are an error.
    pub max_bytes: u64,
    pub user_agent: String,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(20),
            retries: 3,
            backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(60),
            politeness: Duration::from_secs(1),
            max_bytes: 16 * 1024 * 1024,
            user_agent: concat!("dyad/", env!("CARGO_PKG_VERSION"), " (news event coder)").to_string(),
        }
    }
}

/// What a server said about a resource's version, sent back to ask "has it changed?".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validators {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
}

/// A fetched resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The URL asked for.
    pub url: String,
    pub bytes: Vec<u8>,
    pub content_type: Option<String>,
    /// To send with the next request for the same URL.
    pub validators: Validators,
}

/// The answer to a (possibly conditional) request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    Page(Page),
    /// 304: unchanged since the validators were given.
    NotModified,
}

/// An HTTP client that is polite to hosts and patient with failures. Shared by threads.
pub struct Fetcher {
    agent: ureq::Agent,
    options: FetchOptions,
    /// When each host was last asked.
    last_request: Mutex<HashMap<String, Instant>>,
}

/// What one attempt came to.
enum Attempt {
    Done(Fetched),
    /// Worth another try, after at least this long (from `Retry-After`), for this reason.
    Retry(Option<Duration>, String),
    Fail(String),
}

impl Fetcher {
    pub fn new(options: FetchOptions) -> Fetcher {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(options.timeout))
            .http_status_as_error(false)
            .user_agent(options.user_agent.as_str())
            .max_redirects(5)
            .build();
        Fetcher {
            agent: config.into(),
            options,
            last_request: Mutex::new(HashMap::new()),
        }
    }

    pub fn options(&self) -> &FetchOptions {
        &self.options
    }

    /// GETs `url`, conditionally when `validators` are given. The error says what went wrong on
    /// the last attempt and how many attempts were made.
    pub fn get(&self, url: &str, validators: Option<&Validators>) -> Result<Fetched, String> {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(format!("not an http(s) URL: {url}"));
        }
        let attempts = self.options.retries + 1;
        let mut last = String::new();
        for attempt in 0..attempts {
            self.wait_for_host(url);
            match self.attempt(url, validators) {
                Attempt::Done(fetched) => return Ok(fetched),
                Attempt::Fail(reason) => return Err(reason),
                Attempt::Retry(after, reason) => {
                    last = reason;
                    if attempt + 1 < attempts {
                        let wait = backoff(&self.options, attempt).max(after.unwrap_or_default());
                        std::thread::sleep(wait.min(self.options.max_backoff));
                    }
                }
            }
        }
        Err(format!("{last} (gave up after {attempts} attempts)"))
    }

    fn attempt(&self, url: &str, validators: Option<&Validators>) -> Attempt {
        let mut request = self.agent.get(url);
        if let Some(v) = validators {
            if let Some(etag) = &v.etag {
                request = request.header("If-None-Match", etag);
            }
            if let Some(date) = &v.last_modified {
                request = request.header("If-Modified-Since", date);
            }
        }
        let mut response = match request.call() {
            Ok(response) => response,
            Err(e) => return transport_error(e),
        };
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        match status {
            304 => Attempt::Done(Fetched::NotModified),
            200..=299 => {
                let validators = Validators {
                    etag: header("etag"),
                    last_modified: header("last-modified"),
                };
                let content_type = header("content-type");
                match response
                    .body_mut()
                    .with_config()
                    .limit(self.options.max_bytes)
                    .read_to_vec()
                {
                    Ok(bytes) => Attempt::Done(Fetched::Page(Page {
                        url: url.to_string(),
                        bytes,
                        content_type,
                        validators,
                    })),
                    Err(ureq::Error::BodyExceedsLimit(n)) => {
                        Attempt::Fail(format!("response is over the size limit of {n} bytes"))
                    }
                    Err(e) => Attempt::Retry(None, format!("reading the response failed: {e}")),
                }
            }
            429 | 500..=599 => {
                let after = header("retry-after").and_then(|s| s.trim().parse::<u64>().ok());
                Attempt::Retry(after.map(Duration::from_secs), format!("HTTP {status}"))
            }
            _ => Attempt::Fail(format!("HTTP {status}")),
        }
    }

    /// Sleeps until the politeness delay since the last request to `url`'s host has passed,
    /// and books this request.
    fn wait_for_host(&self, url: &str) {
        let host = host(url).to_ascii_lowercase();
        let wait = {
            let mut last = self.last_request.lock().unwrap_or_else(|p| p.into_inner());
            let now = Instant::now();
            let wait = politeness_wait(last.get(&host).copied(), now, self.options.politeness);
            last.insert(host, now + wait);
            wait
        };
        if !wait.is_zero() {
            std::thread::sleep(wait);
        }
    }
}

fn transport_error(e: ureq::Error) -> Attempt {
    match e {
        ureq::Error::BadUri(_) | ureq::Error::Http(_) => Attempt::Fail(format!("bad URL: {e}")),
        ureq::Error::Timeout(_) => Attempt::Retry(None, format!("timed out ({e})")),
        ureq::Error::BodyExceedsLimit(n) => Attempt::Fail(format!("response is over the size limit of {n} bytes")),
        other => Attempt::Retry(None, format!("request failed: {other}")),
    }
}

/// The wait before retry number `attempt + 1`: the backoff doubled `attempt` times, capped.
pub fn backoff(options: &FetchOptions, attempt: u32) -> Duration {
    options
        .backoff
        .saturating_mul(1u32 << attempt.min(16))
        .min(options.max_backoff)
}

/// How long to wait at `now` before asking a host last asked at `last`.
pub fn politeness_wait(last: Option<Instant>, now: Instant, delay: Duration) -> Duration {
    match last {
        Some(at) => (at + delay).saturating_duration_since(now),
        None => Duration::ZERO,
    }
}

/// The host (with port) of an http(s) URL: what lies between `://` and the path.
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    authority.rsplit_once('@').map_or(authority, |(_, h)| h)
}

/// Whether an input names a URL rather than a file.
pub fn is_url(input: &str) -> bool {
    input.starts_with("http://") || input.starts_with("https://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_come_from_the_authority() {
        assert_eq!(host("https://news.example.org/a/b?c#d"), "news.example.org");
        assert_eq!(host("http://user@127.0.0.1:8080/feed"), "127.0.0.1:8080");
        assert_eq!(host("http://example.org"), "example.org");
        assert!(is_url("https://x") && !is_url("feeds/x.rss"));
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let options = FetchOptions {
            backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(3),
            ..FetchOptions::default()
        };
        let waits: Vec<u128> = (0..5).map(|a| backoff(&options, a).as_millis()).collect();
        assert_eq!(waits, [500, 1000, 2000, 3000, 3000]);
    }

    #[test]
    fn a_host_asked_recently_is_waited_for() {
        let now = Instant::now();
        let delay = Duration::from_secs(2);
        assert_eq!(politeness_wait(None, now, delay), Duration::ZERO);
        assert_eq!(politeness_wait(Some(now), now, delay), delay);
        let later = now + Duration::from_secs(5);
        assert_eq!(politeness_wait(Some(now), later, delay), Duration::ZERO);
    }

    #[test]
    fn non_http_urls_are_refused_without_a_request() {
        let fetcher = Fetcher::new(FetchOptions::default());
        assert!(fetcher
            .get("ftp://example.org/x", None)
            .unwrap_err()
            .contains("not an http"));
    }
}
