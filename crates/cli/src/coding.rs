//! The reading and coding loop that `dyad code`, `dyad ingest` and `dyad watch` share: the input
//! flags they have in common ([`InputArgs`]), documents coded in parallel batches and handed back
//! in input order ([`code_in_order`] over a [`Batches`] source and sink), and the report of a
//! rejected record.

use crate::progress::Progress;
use dyad_code::record::CodedDocument;
use dyad_code::Coder;
use dyad_ingest::{ByteMeter, Document, Format, Ingest, IngestOptions, Reject};
use rayon::prelude::*;
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

/// Inputs and coding flags shared by `dyad code` and `dyad ingest`.
#[derive(clap::Args)]
pub struct InputArgs {
    /// Inputs: files, directories, glob patterns, feed URLs; `-` reads JSONL from standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Input format (default: by file name; `-` is JSONL): text, jsonl, html, warc, feed.
    #[arg(long)]
    pub input_format: Option<String>,
    /// Documents coded in parallel per batch (output order is input order at any thread count);
    /// 1 is lockstep: each result is written and flushed before the next document is read.
    #[arg(long, default_value_t = 64)]
    pub batch: usize,
    /// Reject documents (and JSONL lines, WARC records, files) larger than this many bytes.
    #[arg(long, default_value_t = 16 * 1024 * 1024)]
    pub max_bytes: u64,
    #[command(flatten)]
    pub coding: CodingArgs,
}

/// How documents are read and coded: the flags `dyad code`, `dyad ingest` and `dyad watch` share.
#[derive(clap::Args)]
pub struct CodingArgs {
    /// Publication date (YYYY-MM-DD) for documents that carry none, the base for relative dates.
    #[arg(long)]
    pub date: Option<String>,
    /// Load syntax models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Keep documents in any language (default: English only).
    #[arg(long)]
    pub any_language: bool,
    /// Worker threads for coding (default: one per core). Output does not depend on it.
    #[arg(long)]
    pub threads: Option<usize>,
    /// Feeds: code the article each item links to instead of the item's summary.
    #[arg(long)]
    pub fetch_articles: bool,
    #[command(flatten)]
    pub actor_lexicon: crate::commands::actors::LexiconArgs,
}

impl CodingArgs {
    /// Checks the flags and loads the coder (syntax models and actor lexicon) and the thread pool.
    pub fn coder(&self) -> anyhow::Result<(Coder, rayon::ThreadPool)> {
        if let Some(d) = &self.date {
            anyhow::ensure!(is_iso_date(d), "--date {d:?}: expected YYYY-MM-DD");
        }
        let pool = thread_pool(self.threads)?;
        let coder = Coder::with_actors(
            crate::commands::load_pipeline(self.models.as_ref())?,
            self.actor_lexicon.load()?,
        );
        Ok((coder, pool))
    }

    /// Reading options: the language filter and article fetching these flags ask for.
    pub fn ingest_options(&self) -> IngestOptions {
        let mut options = IngestOptions {
            fetch_articles: self.fetch_articles,
            ..IngestOptions::default()
        };
        if self.any_language {
            options.languages.clear();
        }
        options
    }
}

/// What [`InputArgs::open`] sets up for a run.
pub struct Opened {
    pub ingest: Ingest,
    pub coder: Coder,
    pub pool: rayon::ThreadPool,
    /// Counts the input bytes read, for the progress bar.
    pub meter: ByteMeter,
}

impl InputArgs {
    /// Checks the flags and opens the inputs, the coder (models and actor lexicon) and the
    /// thread pool.
    pub fn open(&self) -> anyhow::Result<Opened> {
        let format = match self.input_format.as_deref() {
            Some(name) => {
                Some(Format::from_name(name).ok_or_else(|| anyhow::anyhow!("unknown --input-format {name:?}"))?)
            }
            None if self.inputs == ["-"] => Some(Format::Jsonl),
            None => None,
        };
        let (coder, pool) = self.coding.coder()?;
        let options = IngestOptions {
            max_bytes: self.max_bytes,
            ..self.coding.ingest_options()
        };
        let meter = options.meter.clone();
        Ok(Opened {
            ingest: Ingest::new(self.inputs.clone(), format, options),
            coder,
            pool,
            meter,
        })
    }

    /// A progress line for these inputs: a bar with an ETA when their size is known.
    pub fn progress(&self, meter: &ByteMeter) -> Option<Progress> {
        Progress::start(dyad_ingest::input_size(&self.inputs), meter)
    }
}

/// Up to `max` documents from `ingest`, each given `date` when it carries none and noted on the
/// progress line as read, with the records rejected on the way.
pub fn read_batch(
    ingest: &mut Ingest,
    max: usize,
    date: Option<&String>,
    mut progress: Option<&mut Progress>,
) -> (Vec<Document>, Vec<Reject>) {
    let (mut batch, mut rejects) = (Vec::with_capacity(max), Vec::new());
    while batch.len() < max {
        match ingest.next() {
            Some(Ok(mut doc)) => {
                if doc.date.is_none() {
                    doc.date = date.cloned();
                }
                if let Some(bar) = progress.as_deref_mut() {
                    bar.read();
                }
                batch.push(doc);
            }
            Some(Err(reject)) => rejects.push(reject),
            None => break,
        }
    }
    (batch, rejects)
}

/// True for `YYYY-MM-DD`.
pub fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d.chars()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// A thread pool of `threads` workers (all cores when `None`).
pub fn thread_pool(threads: Option<usize>) -> anyhow::Result<rayon::ThreadPool> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        anyhow::ensure!(n > 0, "--threads must be at least 1");
        builder = builder.num_threads(n);
    }
    Ok(builder.build()?)
}

/// A source of documents to code and a sink for the results, driven by [`code_in_order`].
pub trait Batches {
    /// Up to `max` documents to code next; empty when the input is exhausted.
    fn next_batch(&mut self, max: usize) -> anyhow::Result<Vec<Document>>;
    /// The result for one document, called in input order. A document the coder failed on
    /// comes back as a reject naming it.
    fn done(&mut self, result: Result<CodedDocument, Reject>) -> anyhow::Result<()>;
    /// Pushes written results out (called after each document in lockstep mode).
    fn flush(&mut self) -> anyhow::Result<()> {
        Ok(())
    }
}

/// Codes every batch `batches` yields on `pool`, handing results back in input order.
///
/// Reading (and filtering) the next batch and writing the previous one happen on this thread
/// while the pool codes the current one, so workers never wait for input or output. At most
/// three batches are in memory at once, whatever the input size.
///
/// A batch of 1 is lockstep instead: each document is coded, written and flushed before the
/// next is read, for a caller that waits for each answer before sending more input.
pub fn code_in_order(
    coder: &Coder,
    pool: &rayon::ThreadPool,
    batch: usize,
    batches: &mut impl Batches,
) -> anyhow::Result<()> {
    if batch <= 1 {
        loop {
            let next = batches.next_batch(1)?;
            if next.is_empty() {
                return Ok(());
            }
            for doc in &next {
                batches.done(pool.install(|| code_one(coder, doc)))?;
            }
            batches.flush()?;
        }
    }
    std::thread::scope(|scope| {
        let mut pending: Option<std::thread::ScopedJoinHandle<Vec<Result<CodedDocument, Reject>>>> = None;
        loop {
            let next = batches.next_batch(batch)?;
            let finished = match pending.take() {
                Some(handle) => Some(
                    handle
                        .join()
                        .map_err(|_| anyhow::anyhow!("a coding thread stopped unexpectedly"))?,
                ),
                None => None,
            };
            if !next.is_empty() {
                pending =
                    Some(scope.spawn(move || pool.install(|| next.par_iter().map(|d| code_one(coder, d)).collect())));
            }
            for result in finished.into_iter().flatten() {
                batches.done(result)?;
            }
            if pending.is_none() {
                return Ok(());
            }
        }
    })
}

/// Codes one document; a panic in the coder becomes a reject naming the document, so one bad
/// document never stops the batch.
fn code_one(coder: &Coder, doc: &Document) -> Result<CodedDocument, Reject> {
    catch_unwind(AssertUnwindSafe(|| coder.code(doc))).map_err(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let source = doc.input.clone().unwrap_or_else(|| doc.id.clone());
        let reject =
            Reject::new(source, format!("the coder failed on document {}: {why}", doc.id)).raw(doc.text.as_bytes());
        match doc.record {
            Some(r) => reject.record(r),
            None => reject,
        }
    })
}

/// The warning line for a reject: its source, record or byte offset, and reason.
pub fn reject_line(reject: &Reject) -> String {
    let at = match (reject.record, reject.offset) {
        (Some(r), Some(o)) => format!(" record {r} (byte {o})"),
        (Some(r), None) => format!(" record {r}"),
        (None, Some(o)) => format!(" byte {o}"),
        _ => String::new(),
    };
    format!("dyad: warning: {}{at}: {}", reject.source, reject.reason)
}

/// Reports a reject on standard error (above the progress line) and keeps it in the rejects file.
pub fn report(
    reject: &Reject,
    file: Option<&mut std::io::BufWriter<std::fs::File>>,
    progress: Option<&Progress>,
) -> anyhow::Result<()> {
    let line = reject_line(reject);
    match progress {
        Some(bar) => bar.println(&line),
        None => eprintln!("{line}"),
    }
    if let Some(w) = file {
        w.write_all(reject.to_jsonl().as_bytes())?;
        w.write_all(b"\n")?;
    }
    Ok(())
}
