//! `dyad quotes FILE...`: who said what. Codes the documents and prints their quotes: on a
//! terminal a readable list (speaker → resolved name and code, kind, cue, content), otherwise one
//! JSON object per quote (JSONL) with its texts and code-point spans.

use dyad_code::record::{CodedDocument, QuoteRecord};
use dyad_code::Coder;
use dyad_ingest::{Format, Ingest, IngestOptions};
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Inputs: files, directories, glob patterns; `-` reads JSONL from standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Input format (default: by file name; `-` is JSONL): text, jsonl, html, warc, feed.
    #[arg(long)]
    pub input_format: Option<String>,
    /// Publication date (YYYY-MM-DD) for documents that carry none.
    #[arg(long)]
    pub date: Option<String>,
    /// Output format: `jsonl` (default when not a terminal) or `list` (default on a terminal).
    #[arg(long, value_parser = ["jsonl", "list"])]
    pub format: Option<String>,
    /// Load syntax models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
}

/// One quote as a JSONL line: the record plus the texts its spans point at.
#[derive(Serialize)]
struct QuoteLine<'a> {
    doc_id: &'a str,
    #[serde(flatten)]
    quote: &'a QuoteRecord,
    content_text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    cue_text: Option<String>,
}

fn slicer(doc: &CodedDocument) -> impl Fn([usize; 2]) -> String + '_ {
    let starts: Vec<usize> = doc.text.char_indices().map(|(i, _)| i).collect();
    move |[a, b]: [usize; 2]| {
        let byte = |c: usize| starts.get(c).copied().unwrap_or(doc.text.len());
        doc.text.get(byte(a)..byte(b.max(a))).unwrap_or("").to_string()
    }
}

fn content_text(doc: &CodedDocument, q: &QuoteRecord) -> String {
    let slice = slicer(doc);
    if q.parts.is_empty() {
        slice(q.content)
    } else {
        q.parts.iter().map(|&p| slice(p)).collect::<Vec<_>>().join(" … ")
    }
}

fn write_list(out: &mut impl Write, doc: &CodedDocument) -> std::io::Result<()> {
    let slice = slicer(doc);
    writeln!(
        out,
        "== {} ({} quotes)",
        doc.title.as_deref().unwrap_or(&doc.id),
        doc.quotes.len()
    )?;
    for (i, q) in doc.quotes.iter().enumerate() {
        let speaker = match &q.speaker {
            Some(s) => {
                let code = s.code.as_ref().map(|c| format!(" [{c}]")).unwrap_or_default();
                if s.name == s.text {
                    format!("{}{code}", s.text)
                } else {
                    format!("{} → {}{code}", s.text, s.name)
                }
            }
            None => "(no speaker)".to_string(),
        };
        let kind = format!("{:?}", q.kind).to_lowercase();
        let cue = q.cue.map(|c| format!("  cue \"{}\"", slice(c))).unwrap_or_default();
        let medium = q
            .medium
            .as_ref()
            .map(|m| format!("  via {}", m.text))
            .unwrap_or_default();
        writeln!(out, "{:>3}. {speaker}  ({kind}){cue}{medium}", i + 1)?;
        writeln!(out, "     “{}”", content_text(doc, q).replace('\n', " "))?;
    }
    for w in &doc.warnings {
        writeln!(out, "  warning: {w}")?;
    }
    Ok(())
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let format = match args.input_format.as_deref() {
        Some(name) => Some(Format::from_name(name).ok_or_else(|| anyhow::anyhow!("unknown --input-format {name:?}"))?),
        None if args.inputs == ["-"] => Some(Format::Jsonl),
        None => None,
    };
    let list = match args.format.as_deref() {
        Some(f) => f == "list",
        None => std::io::stdout().is_terminal(),
    };
    let coder = Coder::new(super::load_pipeline(args.models.as_ref())?);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut coded, mut rejected) = (0usize, 0usize);
    for item in Ingest::new(args.inputs.clone(), format, IngestOptions::default()) {
        let mut doc = match item {
            Ok(doc) => doc,
            Err(reject) => {
                rejected += 1;
                eprintln!("dyad: warning: {}: {}", reject.source, reject.reason);
                continue;
            }
        };
        if doc.date.is_none() {
            doc.date = args.date.clone();
        }
        let result = coder.code(&doc);
        coded += 1;
        if list {
            write_list(&mut out, &result)?;
            continue;
        }
        for w in &result.warnings {
            eprintln!("dyad: warning: {}: {w}", result.id);
        }
        let slice = slicer(&result);
        for q in &result.quotes {
            let line = QuoteLine {
                doc_id: &result.id,
                quote: q,
                content_text: content_text(&result, q),
                cue_text: q.cue.map(&slice),
            };
            serde_json::to_writer(&mut out, &line)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(if coded == 0 {
        ExitCode::from(1)
    } else if rejected > 0 {
        ExitCode::from(3)
    } else {
        ExitCode::SUCCESS
    })
}
