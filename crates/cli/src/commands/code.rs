//! `dyad code`: the main job. Documents in (plain text, JSONL, HTML, WARC, RSS/Atom, or `-` for
//! JSONL on standard input); events, actors and quotes out, as JSONL (one coded document per
//! line, in input order) or, on a terminal, a readable table. Bad records are reported, written to
//! `--rejects`, and skipped; the batch goes on.
//!
//! Exit status: 0 when every record was coded, 3 when some were rejected, 1 when nothing could
//! be coded, 2 on a fatal error (bad arguments, models that do not load).

use crate::coding::{code_in_order, read_batch, report, Batches, InputArgs};
use crate::progress::Progress;
use dyad_code::record::CodedDocument;
use dyad_ingest::{Document, Ingest, Reject};
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format: `jsonl` (default when not a terminal), `table` (default on a terminal), or one
    /// row per event: `csv`, `tsv`, `gdelt` (GDELT 2.0 event-table columns) or `plover`
    /// (PLOVER/POLECAT-style JSON lines).
    #[arg(long, value_parser = ["jsonl", "table", "csv", "tsv", "gdelt", "plover"])]
    pub format: Option<String>,
    /// Write rejected records (with their raw content and reason) to this JSONL file.
    #[arg(long)]
    pub rejects: Option<PathBuf>,
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
    progress: Option<Progress>,
}

impl<W: Write> Batches for CodeRun<W> {
    fn next_batch(&mut self, max: usize) -> anyhow::Result<Vec<Document>> {
        let (batch, rejects) = read_batch(&mut self.ingest, max, self.date.as_ref(), self.progress.as_mut());
        for reject in rejects {
            self.summary.rejected += 1;
            report(&reject, self.rejects.as_mut(), self.progress.as_ref())?;
        }
        Ok(batch)
    }

    fn done(&mut self, result: Result<CodedDocument, Reject>) -> anyhow::Result<()> {
        let doc = match result {
            Ok(doc) => doc,
            Err(reject) => {
                self.summary.rejected += 1;
                if let Some(bar) = &mut self.progress {
                    bar.advance("");
                }
                return report(&reject, self.rejects.as_mut(), self.progress.as_ref());
            }
        };
        let s = &mut self.summary;
        s.coded += 1;
        s.sentences += doc.sentences.len() as u64;
        s.events += doc.events.len() as u64;
        s.quotes += doc.quotes.len() as u64;
        if let Some(bar) = &mut self.progress {
            bar.advance(&format!(
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

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let opened = args.input.open()?;
    let table = match args.format.as_deref() {
        Some(f) => f == "table",
        None => std::io::stdout().is_terminal(),
    };
    let rejects = match &args.rejects {
        Some(path) => Some(std::io::BufWriter::new(
            std::fs::File::create(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
        )),
        None => None,
    };
    let started = Instant::now();
    let stdout = std::io::stdout();
    let mut run = CodeRun {
        ingest: opened.ingest,
        date: args.input.coding.date.clone(),
        out: std::io::BufWriter::new(stdout.lock()),
        table,
        events: args
            .format
            .as_deref()
            .and_then(super::code_output::EventFormat::from_name)
            .map(super::code_output::EventWriter::new),
        rejects,
        summary: Summary {
            threads: opened.pool.current_num_threads(),
            ..Summary::default()
        },
        progress: args.input.progress(&opened.meter),
    };
    code_in_order(&opened.coder, &opened.pool, args.input.batch, &mut run)?;
    run.out.flush()?;
    if let Some(w) = run.rejects.as_mut() {
        w.flush()?;
    }
    if let Some(bar) = &run.progress {
        bar.finish();
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
