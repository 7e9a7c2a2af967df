//! `dyad watch FEED_URL...`: polls RSS/Atom feeds on an interval and codes the articles it has
//! not seen before, as JSONL (and into a store with `--db`).
//!
//! Requests are conditional (the ETag and Last-Modified of the last answer are sent back, and a
//! 304 costs nothing), polite (a delay between two requests to one host), bounded by a timeout
//! and retried with backoff. Between runs, `--state FILE` keeps each feed's validators and
//! `FILE.seen` the ids of the items already handled, one per line, so an article is coded once.
//!
//! Exit status with `--once`: 0 when every feed was read and every new item coded, 3 when some
//! feed or item failed, 1 when no feed could be read, 2 on a fatal error.

use crate::coding::{code_in_order, report, Batches, CodingArgs};
use crate::progress::Progress;
use dyad_code::record::CodedDocument;
use dyad_code::Coder;
use dyad_ingest::fetch::{FetchOptions, Fetched, Fetcher, Validators};
use dyad_ingest::{feed, remote, Document, Filter, IngestOptions, Item, Reject};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// RSS or Atom feed URLs.
    #[arg(required = true)]
    pub feeds: Vec<String>,
    /// Seconds between polls.
    #[arg(long, default_value_t = 300)]
    pub interval: u64,
    /// Poll once and exit.
    #[arg(long)]
    pub once: bool,
    /// State file (feed validators); the seen set is kept next to it, in STATE.seen.
    #[arg(long, default_value = "dyad-watch.json")]
    pub state: PathBuf,
    /// Append coded documents as JSONL to this file (default: standard output).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Also store coded documents in this SQLite store.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Append rejected items (with their raw content and reason) to this JSONL file.
    #[arg(long)]
    pub rejects: Option<PathBuf>,
    /// Seconds a request may take, from connecting to the last byte.
    #[arg(long, default_value_t = 20.0)]
    pub timeout: f64,
    /// Further attempts after a network error, 429 or 5xx.
    #[arg(long, default_value_t = 3)]
    pub retries: u32,
    /// Seconds before the first retry (doubled for each later one).
    #[arg(long, default_value_t = 1.0)]
    pub backoff: f64,
    /// Seconds between two requests to the same host.
    #[arg(long, default_value_t = 1.0)]
    pub politeness: f64,
    #[command(flatten)]
    pub coding: CodingArgs,
}

/// What is kept between polls and runs, besides the seen set.
#[derive(Debug, Default, Serialize, Deserialize)]
struct State {
    /// Feed URL → the validators of its last answer.
    feeds: BTreeMap<String, Validators>,
}

/// The ids of the items already handled, loaded from and appended to `STATE.seen`.
struct Seen {
    path: PathBuf,
    ids: HashSet<String>,
}

impl Seen {
    fn load(path: PathBuf) -> anyhow::Result<Seen> {
        let mut ids = HashSet::new();
        match std::fs::File::open(&path) {
            Ok(file) => {
                for line in std::io::BufReader::new(file).lines() {
                    let line = line.map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
                    if !line.trim().is_empty() {
                        ids.insert(line.trim().to_string());
                    }
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => anyhow::bail!("{}: {e}", path.display()),
        }
        Ok(Seen { path, ids })
    }

    /// Adds ids and appends the new ones to the file.
    fn add(&mut self, ids: impl IntoIterator<Item = String>) -> anyhow::Result<()> {
        let fresh: Vec<String> = ids.into_iter().filter(|id| self.ids.insert(id.clone())).collect();
        if fresh.is_empty() {
            return Ok(());
        }
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(|e| anyhow::anyhow!("{}: {e}", self.path.display()))?;
        let mut text = String::new();
        for id in fresh {
            text.push_str(&id.replace(['\n', '\r'], " "));
            text.push('\n');
        }
        file.write_all(text.as_bytes())?;
        Ok(())
    }
}

/// `STATE.seen` for `STATE`.
fn seen_path(state: &Path) -> PathBuf {
    let mut name = state.as_os_str().to_owned();
    name.push(".seen");
    PathBuf::from(name)
}

fn load_state(path: &Path) -> anyhow::Result<State> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("{}: not a watch state file: {e}", path.display()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(State::default()),
        Err(e) => anyhow::bail!("{}: {e}", path.display()),
    }
}

/// Writes the state next to its file, then renames it over, so a crash never leaves half a file.
fn save_state(path: &Path, state: &State) -> anyhow::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, serde_json::to_string_pretty(state)?)
        .map_err(|e| anyhow::anyhow!("{}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(())
}

/// What one poll did (printed as one JSON line on standard error).
#[derive(Debug, Default, Serialize)]
struct PollSummary {
    poll: u64,
    feeds: usize,
    not_modified: usize,
    failed: usize,
    items: usize,
    already_seen: usize,
    coded: u64,
    rejected: u64,
    events: u64,
    quotes: u64,
}

/// Everything a poll needs, kept across polls.
struct Watcher {
    args: Args,
    coder: Coder,
    pool: rayon::ThreadPool,
    fetcher: Fetcher,
    options: IngestOptions,
    filter: Filter,
    state: State,
    seen: Seen,
    out: Box<dyn Write>,
    rejects: Option<std::io::BufWriter<std::fs::File>>,
    store: Option<dyad_store::SqliteStore>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    for url in &args.feeds {
        anyhow::ensure!(dyad_ingest::fetch::is_url(url), "{url}: not an http(s) URL");
    }
    let seconds = |s: f64, name: &str| -> anyhow::Result<Duration> {
        Duration::try_from_secs_f64(s).map_err(|_| anyhow::anyhow!("--{name} {s}: expected a number of seconds"))
    };
    let fetch = FetchOptions {
        timeout: seconds(args.timeout, "timeout")?,
        retries: args.retries,
        backoff: seconds(args.backoff, "backoff")?,
        politeness: seconds(args.politeness, "politeness")?,
        ..FetchOptions::default()
    };
    let (coder, pool) = args.coding.coder()?;
    let options = IngestOptions {
        fetch: fetch.clone(),
        ..args.coding.ingest_options()
    };
    let out: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(std::io::BufWriter::new(open_append(path)?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout())),
    };
    let rejects = match &args.rejects {
        Some(path) => Some(std::io::BufWriter::new(open_append(path)?)),
        None => None,
    };
    let store = match &args.db {
        Some(path) => {
            Some(dyad_store::SqliteStore::open(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?)
        }
        None => None,
    };
    let mut watcher = Watcher {
        coder,
        pool,
        fetcher: Fetcher::new(fetch),
        filter: Filter::new(options.clone()),
        options,
        state: load_state(&args.state)?,
        seen: Seen::load(seen_path(&args.state))?,
        out,
        rejects,
        store,
        args,
    };
    let mut poll = 0;
    loop {
        poll += 1;
        let summary = watcher.poll(poll)?;
        eprintln!("{}", serde_json::json!({ "poll": summary }));
        if watcher.args.once {
            return Ok(if summary.failed == summary.feeds {
                ExitCode::from(1)
            } else if summary.failed > 0 || summary.rejected > 0 {
                ExitCode::from(3)
            } else {
                ExitCode::SUCCESS
            });
        }
        std::thread::sleep(Duration::from_secs(watcher.args.interval));
    }
}

fn open_append(path: &Path) -> anyhow::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

/// Reason prefix of rejects worth another try at the next poll (the article could not be fetched).
const RETRY_LATER: &str = "cannot fetch article";

impl Watcher {
    /// Reads every feed, codes the items not seen before, writes them, and saves the state.
    fn poll(&mut self, poll: u64) -> anyhow::Result<PollSummary> {
        let mut summary = PollSummary {
            poll,
            feeds: self.args.feeds.len(),
            ..PollSummary::default()
        };
        let mut fresh: Vec<Document> = Vec::new();
        let mut handled: Vec<String> = Vec::new();
        for url in self.args.feeds.clone() {
            let page = match self.fetcher.get(&url, self.state.feeds.get(&url)) {
                Ok(Fetched::Page(page)) => page,
                Ok(Fetched::NotModified) => {
                    summary.not_modified += 1;
                    continue;
                }
                Err(reason) => {
                    summary.failed += 1;
                    eprintln!("dyad: warning: {url}: cannot fetch: {reason}");
                    continue;
                }
            };
            if page.validators == Validators::default() {
                self.state.feeds.remove(&url);
            } else {
                self.state.feeds.insert(url.clone(), page.validators.clone());
            }
            for item in feed::from_bytes(&page.bytes, &url) {
                summary.items += 1;
                let item = match item {
                    Ok(doc) if self.seen.ids.contains(&doc.id) => {
                        summary.already_seen += 1;
                        continue;
                    }
                    Ok(doc) => {
                        let key = doc.id.clone();
                        let item = self.prepare(doc);
                        if !matches!(&item, Err(r) if r.reason.starts_with(RETRY_LATER)) {
                            handled.push(key);
                        }
                        item
                    }
                    Err(reject) => Err(reject),
                };
                match self.filter.apply(item) {
                    Ok(doc) => fresh.push(doc),
                    Err(reject) => {
                        summary.rejected += 1;
                        report(&reject, self.rejects.as_mut(), None)?;
                    }
                }
            }
        }
        let mut run = PollRun {
            docs: fresh.into_iter(),
            out: &mut self.out,
            rejects: self.rejects.as_mut(),
            stored: Vec::new(),
            keep: self.store.is_some(),
            summary: &mut summary,
            progress: Progress::spinner(),
        };
        code_in_order(&self.coder, &self.pool, 64, &mut run)?;
        if let Some(bar) = &run.progress {
            bar.finish();
        }
        let stored = std::mem::take(&mut run.stored);
        self.out.flush()?;
        if let Some(w) = self.rejects.as_mut() {
            w.flush()?;
        }
        if let Some(store) = self.store.as_mut() {
            store.insert(&stored).map_err(|e| anyhow::anyhow!("store: {e}"))?;
        }
        // Only what was written is marked seen: a crash before this point codes it again.
        self.seen.add(handled)?;
        save_state(&self.args.state, &self.state)?;
        Ok(summary)
    }

    /// A new item ready for the filter: the linked article fetched when asked, a date given.
    fn prepare(&self, doc: Document) -> Item {
        let mut doc = if self.options.fetch_articles {
            remote::fetch_article(doc, &self.options, &self.fetcher)?
        } else {
            doc
        };
        if doc.date.is_none() {
            doc.date.clone_from(&self.args.coding.date);
        }
        Ok(doc)
    }
}

/// One poll's side of [`Batches`]: the new documents in, coded ones out.
struct PollRun<'a> {
    docs: std::vec::IntoIter<Document>,
    out: &'a mut Box<dyn Write>,
    rejects: Option<&'a mut std::io::BufWriter<std::fs::File>>,
    /// Coded documents kept for the store.
    stored: Vec<CodedDocument>,
    keep: bool,
    summary: &'a mut PollSummary,
    progress: Option<Progress>,
}

impl Batches for PollRun<'_> {
    fn next_batch(&mut self, max: usize) -> anyhow::Result<Vec<Document>> {
        Ok(self.docs.by_ref().take(max).collect())
    }

    fn done(&mut self, result: Result<CodedDocument, Reject>) -> anyhow::Result<()> {
        let doc = match result {
            Ok(doc) => doc,
            Err(reject) => {
                self.summary.rejected += 1;
                return report(&reject, self.rejects.as_deref_mut(), self.progress.as_ref());
            }
        };
        self.summary.coded += 1;
        self.summary.events += doc.events.len() as u64;
        self.summary.quotes += doc.quotes.len() as u64;
        if let Some(bar) = &mut self.progress {
            bar.advance(&format!(
                "{} events, {} quotes",
                self.summary.events, self.summary.quotes
            ));
        }
        serde_json::to_writer(&mut *self.out, &doc)?;
        self.out.write_all(b"\n")?;
        if self.keep {
            self.stored.push(doc);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seen_set_persists_and_appends_only_new_ids() {
        let dir = std::env::temp_dir().join(format!("dyad-watch-seen-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = seen_path(&dir.join("state.json"));
        assert!(path.ends_with("state.json.seen"));
        let _ = std::fs::remove_file(&path);
        let mut seen = Seen::load(path.clone()).unwrap();
        seen.add(["a".to_string(), "b".to_string()]).unwrap();
        seen.add(["b".to_string(), "c\nd".to_string()]).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a\nb\nc d\n");
        let again = Seen::load(path).unwrap();
        assert!(again.ids.contains("a") && again.ids.contains("c d") && again.ids.len() == 3);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn state_round_trips_and_a_bad_file_is_an_error_naming_it() {
        let dir = std::env::temp_dir().join(format!("dyad-watch-state-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("state.json");
        let mut state = State::default();
        state.feeds.insert(
            "http://x/feed".to_string(),
            Validators {
                etag: Some("\"v1\"".to_string()),
                last_modified: None,
            },
        );
        save_state(&path, &state).unwrap();
        let back = load_state(&path).unwrap();
        assert_eq!(back.feeds, state.feeds);
        std::fs::write(&path, "not json").unwrap();
        let err = load_state(&path).unwrap_err().to_string();
        assert!(
            err.contains("state.json") && err.contains("not a watch state file"),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
