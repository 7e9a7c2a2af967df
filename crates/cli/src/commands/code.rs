//! `dyad code`: the main job. Documents in (plain text, JSONL, HTML, WARC, RSS/Atom, or `-` for
//! JSONL on standard input); events, actors and quotes out, as JSONL (one coded document per
//! line, in input order) or, on a terminal, a readable table. Bad records are reported, written to
//! `--rejects`, and skipped; the batch goes on.
//!
//! Exit status: 0 when every record was coded, 3 when some were rejected, 1 when nothing could
//! be coded, 2 on a fatal error (bad arguments, models that do not load).

use dyad_code::record::CodedDocument;
use dyad_code::Coder;
use dyad_ingest::{Document, Format, Ingest, IngestOptions, Reject};
use rayon::prelude::*;
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Inputs: files, directories, glob patterns, feed URLs; `-` reads JSONL from standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Input format (default: by file name; `-` is JSONL): text, jsonl, html, warc, feed.
    #[arg(long)]
    pub input_format: Option<String>,
    /// Publication date (YYYY-MM-DD) for documents that carry none, the base for relative dates.
    #[arg(long)]
    pub date: Option<String>,
    /// Output format: `jsonl` (default when not a terminal), `table` (default on a terminal), or one
    /// row per event: `csv`, `tsv`, `gdelt` (GDELT 2.0 event-table columns) or `plover`
    /// (PLOVER/POLECAT-style JSON lines).
    #[arg(long, value_parser = ["jsonl", "table", "csv", "tsv", "gdelt", "plover"])]
    pub format: Option<String>,
    /// Write rejected records (with their raw content and reason) to this JSONL file.
    #[arg(long)]
    pub rejects: Option<PathBuf>,
    /// Load syntax models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Keep documents in any language (default: English only).
    #[arg(long)]
    pub any_language: bool,
    /// Documents coded in parallel per batch (output order is input order at any thread count);
    /// 1 is lockstep: each result is written and flushed before the next document is read.
    #[arg(long, default_value_t = 64)]
    pub batch: usize,
    /// Worker threads for coding (default: one per core). Output does not depend on it.
    #[arg(long)]
    pub threads: Option<usize>,
    /// Feeds read from URLs: code the article each item links to instead of the item's summary.
    #[arg(long)]
    pub fetch_articles: bool,
    /// Reject documents (and JSONL lines, WARC records, files) larger than this many bytes.
    #[arg(long, default_value_t = 16 * 1024 * 1024)]
    pub max_bytes: u64,
    #[command(flatten)]
    pub actor_lexicon: super::actors::LexiconArgs,
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

/// A thread pool of `threads` workers (all cores when `None`).
pub fn thread_pool(threads: Option<usize>) -> anyhow::Result<rayon::ThreadPool> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        anyhow::ensure!(n > 0, "--threads must be at least 1");
        builder = builder.num_threads(n);
    }
    Ok(builder.build()?)
}

/// The end-of-run summary (printed as JSON on standard error when it is not a terminal).
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub read: u64,
    pub coded: u64,
    pub duplicates: u64,
    pub other_language: u64,
    pub rejected: u64,
    pub sentences: u64,
    pub events: u64,
    pub quotes: u64,
    pub threads: usize,
    pub elapsed_s: f64,
    pub documents_per_s: f64,
    /// Peak resident memory of the process (Linux), MiB.
    pub peak_rss_mib: Option<f64>,
    /// CPU time of the whole process (all threads, model loading included), seconds.
    pub cpu_s: Option<f64>,
    /// The machine's 1-minute load average at the end (Linux).
    pub load_average: Option<f64>,
}

/// `dyad code`'s side of [`Batches`]: documents from [`Ingest`], results to standard output.
struct CodeRun<W: Write> {
    ingest: Ingest,
    date: Option<String>,
    out: W,
    table: bool,
    events: Option<super::code_output::EventWriter>,
    rejects: Option<std::io::BufWriter<std::fs::File>>,
    summary: Summary,
    progress: Option<indicatif::ProgressBar>,
}

impl<W: Write> Batches for CodeRun<W> {
    fn next_batch(&mut self, max: usize) -> anyhow::Result<Vec<Document>> {
        let mut batch = Vec::with_capacity(max);
        while batch.len() < max {
            match self.ingest.next() {
                Some(Ok(mut doc)) => {
                    if doc.date.is_none() {
                        doc.date.clone_from(&self.date);
                    }
                    batch.push(doc);
                }
                Some(Err(reject)) => {
                    self.summary.rejected += 1;
                    report(&reject, self.rejects.as_mut(), self.progress.as_ref())?;
                }
                None => break,
            }
        }
        Ok(batch)
    }

    fn done(&mut self, result: Result<CodedDocument, Reject>) -> anyhow::Result<()> {
        let doc = match result {
            Ok(doc) => doc,
            Err(reject) => {
                self.summary.rejected += 1;
                return report(&reject, self.rejects.as_mut(), self.progress.as_ref());
            }
        };
        let s = &mut self.summary;
        s.coded += 1;
        s.sentences += doc.sentences.len() as u64;
        s.events += doc.events.len() as u64;
        s.quotes += doc.quotes.len() as u64;
        if let Some(bar) = &self.progress {
            bar.inc(1);
            bar.set_message(format!(
                "{} sentences, {} events, {} quotes",
                s.sentences, s.events, s.quotes
            ));
        }
        if let Some(events) = self.events.as_mut() {
            events.write(&mut self.out, &doc)?;
        } else if self.table {
            write_table(&mut self.out, &doc)?;
        } else {
            serde_json::to_writer(&mut self.out, &doc)?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        Ok(self.out.flush()?)
    }
}

/// A progress line on standard error when it is a terminal: documents, sentences, events,
/// quotes and the rate.
pub fn progress_bar() -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner();
    let style = indicatif::ProgressStyle::with_template("{spinner} {pos} documents, {msg} [{elapsed}, {per_sec}]")
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner());
    bar.set_style(style);
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    Some(bar)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(d) = &args.date {
        anyhow::ensure!(crate::coding::is_iso_date(d), "--date {d:?}: expected YYYY-MM-DD");
    }
    let format = match args.input_format.as_deref() {
        Some(name) => Some(Format::from_name(name).ok_or_else(|| anyhow::anyhow!("unknown --input-format {name:?}"))?),
        None if args.inputs == ["-"] => Some(Format::Jsonl),
        None => None,
    };
    let pool = thread_pool(args.threads)?;
    let coder = Coder::with_actors(super::load_pipeline(args.models.as_ref())?, args.actor_lexicon.load()?);
    let table = match args.format.as_deref() {
        Some(f) => f == "table",
        None => std::io::stdout().is_terminal(),
    };
    let mut options = IngestOptions {
        fetch_articles: args.fetch_articles,
        max_bytes: args.max_bytes,
        ..IngestOptions::default()
    };
    if args.any_language {
        options.languages.clear();
    }
    let rejects = match &args.rejects {
        Some(path) => Some(std::io::BufWriter::new(
            std::fs::File::create(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
        )),
        None => None,
    };
    let started = Instant::now();
    let stdout = std::io::stdout();
    let mut run = CodeRun {
        ingest: Ingest::new(args.inputs.clone(), format, options),
        date: args.date.clone(),
        out: std::io::BufWriter::new(stdout.lock()),
        table,
        events: args
            .format
            .as_deref()
            .and_then(super::code_output::EventFormat::from_name)
            .map(super::code_output::EventWriter::new),
        rejects,
        summary: Summary {
            threads: pool.current_num_threads(),
            ..Summary::default()
        },
        progress: progress_bar(),
    };
    code_in_order(&coder, &pool, args.batch, &mut run)?;
    run.out.flush()?;
    if let Some(w) = run.rejects.as_mut() {
        w.flush()?;
    }
    if let Some(bar) = &run.progress {
        bar.finish_and_clear();
    }
    let stats = run.ingest.stats();
    let mut s = run.summary;
    s.read = stats.total();
    s.duplicates = stats.duplicates;
    s.other_language = stats.other_language;
    s.elapsed_s = started.elapsed().as_secs_f64();
    s.documents_per_s = s.coded as f64 / s.elapsed_s.max(1e-9);
    s.peak_rss_mib = super::bench::peak_memory_kib().map(|k| k as f64 / 1024.0);
    s.cpu_s = super::bench::process_cpu_seconds();
    s.load_average = super::bench::load_average();
    print_summary(&s);
    Ok(if s.coded == 0 {
        ExitCode::from(1)
    } else if s.rejected > 0 {
        ExitCode::from(3)
    } else {
        ExitCode::SUCCESS
    })
}

/// The summary on standard error: a sentence on a terminal, else one JSON object.
pub fn print_summary(s: &Summary) {
    if std::io::stderr().is_terminal() {
        eprintln!(
            "dyad: {} read, {} coded, {} duplicate, {} other language, {} rejected; {} events, {} quotes; {:.2} s ({:.1} documents/s)",
            s.read, s.coded, s.duplicates, s.other_language, s.rejected, s.events, s.quotes, s.elapsed_s, s.documents_per_s
        );
    } else {
        eprintln!("{}", serde_json::json!({ "summary": s }));
    }
}

/// Reports a reject on standard error (above the progress line) and keeps it in the rejects file.
pub fn report(
    reject: &Reject,
    file: Option<&mut std::io::BufWriter<std::fs::File>>,
    progress: Option<&indicatif::ProgressBar>,
) -> anyhow::Result<()> {
    let at = match (reject.record, reject.offset) {
        (Some(r), Some(o)) => format!(" record {r} (byte {o})"),
        (Some(r), None) => format!(" record {r}"),
        (None, Some(o)) => format!(" byte {o}"),
        _ => String::new(),
    };
    let line = format!("dyad: warning: {}{at}: {}", reject.source, reject.reason);
    match progress {
        Some(bar) => bar.suspend(|| eprintln!("{line}")),
        None => eprintln!("{line}"),
    }
    if let Some(w) = file {
        w.write_all(reject.to_jsonl().as_bytes())?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

fn write_table(out: &mut impl Write, doc: &CodedDocument) -> std::io::Result<()> {
    let chars: Vec<char> = doc.text.chars().collect();
    let slice = |s: [usize; 2]| -> String { chars[s[0].min(chars.len())..s[1].min(chars.len())].iter().collect() };
    writeln!(
        out,
        "== {} ({} sentences)",
        doc.title.as_deref().unwrap_or(&doc.id),
        doc.sentences.len()
    )?;
    writeln!(out, "-- events ({})", doc.events.len())?;
    for e in &doc.events {
        let target = e.target.as_ref().map_or("-", |t| t.code.as_str());
        let mut flags = Vec::new();
        for (on, name) in [
            (e.flags.negated, "neg"),
            (e.flags.hypothetical, "hyp"),
            (e.flags.reported, "rep"),
        ] {
            if on {
                flags.push(name);
            }
        }
        writeln!(
            out,
            "  s{:<3} {:<8} {:<5} {:<8} {:>5.1} {:<10} {:<12} {:.2}  {}  [{}]",
            e.sentence,
            e.source.code,
            e.cameo.code,
            target,
            e.goldstein,
            e.plover.event,
            flags.join(","),
            e.confidence,
            e.cameo.name,
            e.evidence.pattern
        )?;
    }
    writeln!(out, "-- quotes ({})", doc.quotes.len())?;
    for q in &doc.quotes {
        let speaker = q.speaker.as_ref().map_or("?".to_string(), |s| {
            format!(
                "{}{}",
                s.name,
                s.code.as_ref().map(|c| format!(" [{c}]")).unwrap_or_default()
            )
        });
        let content = slice(q.content);
        let short: String = content.chars().take(70).collect();
        let ellipsis = if content.chars().count() > 70 { "…" } else { "" };
        writeln!(
            out,
            "  s{:<3} {:<8?} {speaker}: \"{short}{ellipsis}\"",
            q.sentences[0], q.kind
        )?;
    }
    for w in &doc.warnings {
        writeln!(out, "  warning: {w}")?;
    }
    Ok(())
}
