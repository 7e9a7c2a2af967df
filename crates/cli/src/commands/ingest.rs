//! `dyad ingest`: code documents and store them. Documents are read like `dyad code` reads them
//! (every ingest format), coded in parallel batches, and each batch is written to the store in one
//! transaction together with its rejected records: a killed run loses no batch it reported
//! committed and leaves no half-written document, and a re-run skips what is already stored.
//!
//! Progress is a bar on a terminal; the summary is one JSON object on standard output.
//! Exit status: 0 when every record was stored, 3 when some were rejected, 1 when nothing could be
//! read, 2 on a fatal error (bad arguments, models or database that do not open).

use crate::coding::{code_in_order, read_batch, reject_line, Batches, InputArgs};
use crate::progress::Progress;
use dyad_code::record::CodedDocument;
use dyad_ingest::{Document, Ingest, Reject};
use dyad_store::{RejectRow, Store};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// The store: a SQLite file (created if missing) or a `postgres://` URL.
    #[arg(long)]
    pub db: String,
    /// No progress bar, even on a terminal.
    #[arg(long)]
    pub quiet: bool,
    /// Build the store's indexes once at the end instead of row by row: several times faster
    /// for a large load (the default when the store holds no events yet); queries by other
    /// processes stay correct but are slower meanwhile.
    #[arg(long)]
    pub bulk: bool,
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

/// `dyad ingest`'s side of [`Batches`]: documents from [`Ingest`]; coded documents and rejects
/// gathered and committed to the store one batch at a time.
struct StoreRun {
    ingest: Ingest,
    date: Option<String>,
    store: Store,
    db: String,
    batch: usize,
    coded: Vec<CodedDocument>,
    rejects: Vec<RejectRow>,
    summary: Summary,
    progress: Option<Progress>,
}

impl StoreRun {
    fn reject(&mut self, reject: &Reject) {
        let line = reject_line(reject);
        match &self.progress {
            Some(bar) => bar.println(&line),
            None => eprintln!("{line}"),
        }
        self.rejects.push(reject_row(reject));
    }

    /// Writes what was gathered in one transaction.
    fn commit(&mut self) -> anyhow::Result<()> {
        if self.coded.is_empty() && self.rejects.is_empty() {
            return Ok(());
        }
        let (stored, _) = self
            .store
            .insert_with_rejects(&self.coded, &self.rejects)
            .map_err(|e| anyhow::anyhow!("{}: {e}", dyad_store::display_location(&self.db)))?;
        let s = &mut self.summary;
        s.batches += 1;
        s.inserted += stored.inserted;
        s.unchanged += stored.unchanged;
        s.replaced += stored.replaced;
        s.events += stored.events;
        s.quotes += stored.quotes;
        s.rejected += self.rejects.len() as u64;
        self.coded.clear();
        self.rejects.clear();
        Ok(())
    }
}

impl Batches for StoreRun {
    fn next_batch(&mut self, max: usize) -> anyhow::Result<Vec<Document>> {
        let (batch, rejects) = read_batch(&mut self.ingest, max, self.date.as_ref(), self.progress.as_mut());
        for reject in &rejects {
            self.reject(reject);
        }
        Ok(batch)
    }

    fn done(&mut self, result: Result<CodedDocument, Reject>) -> anyhow::Result<()> {
        match result {
            Ok(doc) => self.coded.push(doc),
            Err(reject) => self.reject(&reject),
        }
        if let Some(bar) = &mut self.progress {
            let s = &self.summary;
            let detail = format!(
                "{} stored, {} unchanged, {} events, {} rejected",
                s.inserted, s.unchanged, s.events, s.rejected
            );
            bar.advance(&detail);
        }
        if self.coded.len() + self.rejects.len() >= self.batch {
            self.commit()?;
        }
        Ok(())
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let opened = args.input.open()?;
    let in_store = |e: dyad_store::StoreError| anyhow::anyhow!("{}: {e}", dyad_store::display_location(&args.db));
    let mut store = Store::open_location(&args.db).map_err(in_store)?;
    let bulk = args.bulk || store.counts().map_err(in_store)?[1].1 == 0;
    if bulk {
        store.begin_bulk().map_err(in_store)?;
    }
    let started = Instant::now();
    let progress = if args.quiet {
        None
    } else {
        args.input.progress(&opened.meter)
    };
    let batch = args.input.batch.max(1);
    let mut run = StoreRun {
        ingest: opened.ingest,
        date: args.input.coding.date.clone(),
        store,
        db: args.db.clone(),
        batch,
        coded: Vec::with_capacity(batch),
        rejects: Vec::new(),
        summary: Summary::default(),
        progress,
    };
    code_in_order(&opened.coder, &opened.pool, batch, &mut run)?;
    run.commit()?;
    if let Some(bar) = &run.progress {
        bar.finish();
    }
    if bulk {
        run.store.end_bulk().map_err(in_store)?;
    }
    run.store.optimize().map_err(in_store)?;
    let stats = run.ingest.stats();
    let mut summary = run.summary;
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
