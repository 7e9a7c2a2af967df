//! `dyad code`: the main job. Documents in (plain text, JSONL, HTML, WARC, RSS/Atom, or `-` for
//! JSONL on standard input); events, actors and quotes out, as JSONL (one coded document per
//! line, in input order) or, on a terminal, a readable table. Bad records are reported, written to
//! `--rejects`, and skipped; the batch goes on.
//!
//! Exit status: 0 when every record was coded, 3 when some were rejected, 1 when nothing could
//! be coded, 2 on a fatal error (bad arguments, models that do not load).

use crate::coding::{self, CodingBatches};
use dyad_code::record::CodedDocument;
use dyad_code::Coder;
use dyad_ingest::Reject;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Inputs: files, directories, glob patterns; `-` reads JSONL from standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Input format (default: by file name; `-` is JSONL): text, jsonl, html, warc, feed.
    #[arg(long)]
    pub input_format: Option<String>,
    /// Publication date (YYYY-MM-DD) for documents that carry none, the base for relative dates.
    #[arg(long)]
    pub date: Option<String>,
    /// Output format: `jsonl` (default when not a terminal) or `table` (default on a terminal).
    #[arg(long, value_parser = ["jsonl", "table"])]
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
    /// Documents coded in parallel per batch (output order is input order at any thread count).
    #[arg(long, default_value_t = 64)]
    pub batch: usize,
    #[command(flatten)]
    pub actor_lexicon: super::actors::LexiconArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(d) = &args.date {
        anyhow::ensure!(coding::is_iso_date(d), "--date {d:?}: expected YYYY-MM-DD");
    }
    let ingest = coding::open_inputs(&args.inputs, args.input_format.as_deref(), args.any_language)?;
    let coder = Coder::with_actors(super::load_pipeline(args.models.as_ref())?, args.actor_lexicon.load()?);
    let table = match args.format.as_deref() {
        Some(f) => f == "table",
        None => std::io::stdout().is_terminal(),
    };
    let mut rejects_out = match &args.rejects {
        Some(path) => Some(std::io::BufWriter::new(
            std::fs::File::create(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
        )),
        None => None,
    };
    let started = Instant::now();
    let mut batches = CodingBatches::new(ingest, &coder, args.date.clone(), args.batch);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut coded, mut rejected, mut events, mut quotes) = (0u64, 0u64, 0u64, 0u64);
    for batch in batches.by_ref() {
        for reject in &batch.rejects {
            rejected += 1;
            report(reject, rejects_out.as_mut())?;
        }
        for result in &batch.coded {
            coded += 1;
            events += result.events.len() as u64;
            quotes += result.quotes.len() as u64;
            if table {
                write_table(&mut out, result)?;
            } else {
                serde_json::to_writer(&mut out, result)?;
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()?;
    if let Some(w) = rejects_out.as_mut() {
        w.flush()?;
    }
    let stats = batches.stats();
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "dyad: {} read, {coded} coded, {} duplicate, {} other language, {} rejected; {events} events, {quotes} quotes; {secs:.2} s ({:.1} documents/s)",
        stats.total(),
        stats.duplicates,
        stats.other_language,
        stats.errors,
        coded as f64 / secs.max(1e-9)
    );
    Ok(if coded == 0 {
        ExitCode::from(1)
    } else if rejected > 0 {
        ExitCode::from(3)
    } else {
        ExitCode::SUCCESS
    })
}

fn report(reject: &Reject, file: Option<&mut std::io::BufWriter<std::fs::File>>) -> anyhow::Result<()> {
    let at = match (reject.record, reject.offset) {
        (Some(r), _) => format!(" record {r}"),
        (None, Some(o)) => format!(" byte {o}"),
        _ => String::new(),
    };
    eprintln!("dyad: warning: {}{at}: {}", reject.source, reject.reason);
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
