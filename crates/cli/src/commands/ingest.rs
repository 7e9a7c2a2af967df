//! `dyad ingest`: code documents and store them. Documents are read like `dyad code` reads them
//! (every ingest format), coded in parallel batches, and each batch is written to the store in one
//! transaction together with its rejected records: a killed run loses no batch it reported
//! committed and leaves no half-written document, and a re-run skips what is already stored.
//!
//! Progress is a bar on a terminal; the summary is one JSON object on standard output.
//! Exit status: 0 when every record was stored, 3 when some were rejected, 1 when nothing could be
//! read, 2 on a fatal error (bad arguments, models or database that do not open).

use crate::coding::{self, CodingBatches};
use dyad_code::Coder;
use dyad_store::{RejectRow, Store};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Inputs: files, directories, glob patterns; `-` reads JSONL from standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// The store: a SQLite file (created if missing) or a `postgres://` URL.
    #[arg(long)]
    pub db: String,
    /// Input format (default: by file name; `-` is JSONL): text, jsonl, html, warc, feed.
    #[arg(long)]
    pub input_format: Option<String>,
    /// Publication date (YYYY-MM-DD) for documents that carry none, the base for relative dates.
    #[arg(long)]
    pub date: Option<String>,
    /// Load syntax models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Keep documents in any language (default: English only).
    #[arg(long)]
    pub any_language: bool,
    /// Documents coded in parallel and committed together per batch.
    #[arg(long, default_value_t = 64)]
    pub batch: usize,
    /// No progress bar, even on a terminal.
    #[arg(long)]
    pub quiet: bool,
}

/// What a run did, printed as JSON at the end.
#[derive(Debug, Default, serde::Serialize)]
struct Summary {
    read: u64,
    inserted: usize,
    unchanged: usize,
    replaced: usize,
    rejected: u64,
    duplicates: u64,
    other_language: u64,
    events: usize,
    quotes: usize,
    batches: u64,
    seconds: f64,
    documents_per_second: f64,
}

fn reject_row(r: &dyad_ingest::Reject) -> RejectRow {
    RejectRow {
        source: r.source.clone(),
        record: r.record,
        offset: r.offset,
        reason: r.reason.clone(),
        raw: r.raw.clone(),
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(d) = &args.date {
        anyhow::ensure!(coding::is_iso_date(d), "--date {d:?}: expected YYYY-MM-DD");
    }
    let ingest = coding::open_inputs(&args.inputs, args.input_format.as_deref(), args.any_language)?;
    let mut store = Store::open_location(&args.db)
        .map_err(|e| anyhow::anyhow!("{}: {e}", dyad_store::display_location(&args.db)))?;
    let coder = Coder::new(super::load_pipeline(args.models.as_ref())?);
    let progress = if !args.quiet && std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed_precise} {pos} documents ({per_sec}) {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        Some(bar)
    } else {
        None
    };
    let started = Instant::now();
    let mut summary = Summary::default();
    let mut batches = CodingBatches::new(ingest, &coder, args.date.clone(), args.batch);
    for batch in batches.by_ref() {
        let rejects: Vec<RejectRow> = batch.rejects.iter().map(reject_row).collect();
        for r in &batch.rejects {
            let at = match (r.record, r.offset) {
                (Some(n), _) => format!(" record {n}"),
                (None, Some(o)) => format!(" byte {o}"),
                _ => String::new(),
            };
            let line = format!("dyad: warning: {}{at}: {}", r.source, r.reason);
            match &progress {
                Some(bar) => bar.println(line),
                None => eprintln!("{line}"),
            }
        }
        let (stored, _) = store
            .insert_with_rejects(&batch.coded, &rejects)
            .map_err(|e| anyhow::anyhow!("{}: {e}", dyad_store::display_location(&args.db)))?;
        summary.batches += 1;
        summary.inserted += stored.inserted;
        summary.unchanged += stored.unchanged;
        summary.replaced += stored.replaced;
        summary.events += stored.events;
        summary.quotes += stored.quotes;
        summary.rejected += batch.rejects.len() as u64;
        if let Some(bar) = &progress {
            bar.inc(batch.coded.len() as u64);
            bar.set_message(format!(
                "{} new, {} unchanged, {} events, {} rejected",
                summary.inserted, summary.unchanged, summary.events, summary.rejected
            ));
        }
    }
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    store
        .optimize()
        .map_err(|e| anyhow::anyhow!("{}: {e}", dyad_store::display_location(&args.db)))?;
    let stats = batches.stats();
    summary.read = stats.total();
    summary.duplicates = stats.duplicates;
    summary.other_language = stats.other_language;
    summary.seconds = started.elapsed().as_secs_f64();
    let stored = summary.inserted + summary.unchanged + summary.replaced;
    summary.documents_per_second = stored as f64 / summary.seconds.max(1e-9);
    println!("{}", serde_json::to_string(&summary)?);
    Ok(if stored == 0 && summary.rejected > 0 {
        ExitCode::from(1)
    } else if summary.rejected > 0 {
        ExitCode::from(3)
    } else {
        ExitCode::SUCCESS
    })
}
