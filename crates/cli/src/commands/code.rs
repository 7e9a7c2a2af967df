//! `dyad code`: the main job. Documents in; events, actors and quotes out, as JSONL (one coded
//! document per line) or, on a terminal, a readable table.

use crate::input::read_text;
use dyad_code::record::CodedDocument;
use dyad_code::Coder;
use dyad_ingest::Document;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Input files (plain text; the first line may be a title); `-` reads standard input.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) of plain-text input, the base for relative dates.
    #[arg(long)]
    pub date: Option<String>,
    /// Output format: `jsonl` (default when not a terminal) or `table` (default on a terminal).
    #[arg(long, value_parser = ["jsonl", "table"])]
    pub format: Option<String>,
    /// Load syntax models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Decode invalid UTF-8 lossily (with a warning) instead of rejecting the file.
    #[arg(long)]
    pub lossy: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(d) = &args.date {
        anyhow::ensure!(chrono_like_date(d), "--date {d:?}: expected YYYY-MM-DD");
    }
    let coder = Coder::new(super::load_pipeline(args.models.as_ref())?);
    let table = match args.format.as_deref() {
        Some(f) => f == "table",
        None => std::io::stdout().is_terminal(),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut coded = 0usize;
    for path in &args.files {
        let text = match read_text(path, args.lossy) {
            Ok(t) => t,
            Err(err) => {
                eprintln!("dyad: error: {err:#}");
                continue;
            }
        };
        if text.trim().is_empty() {
            eprintln!("dyad: warning: {}: empty document, skipped", path.display());
            continue;
        }
        let doc = plain_text_document(path, text, args.date.clone());
        let result = coder.code(&doc);
        coded += 1;
        if table {
            write_table(&mut out, &result)?;
        } else {
            serde_json::to_writer(&mut out, &result)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(if coded == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn chrono_like_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d.chars()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// A plain-text document: the whole file is the text; a short first line without final
/// punctuation, followed by more text, is also taken as the title.
fn plain_text_document(path: &std::path::Path, text: String, date: Option<String>) -> Document {
    let first = text.lines().next().unwrap_or("").trim();
    let looks_like_title = text.lines().count() > 1
        && !first.is_empty()
        && first.split_whitespace().count() <= 20
        && !first.ends_with(['.', '!', '?', '"', '”']);
    Document {
        id: path.display().to_string(),
        title: looks_like_title.then(|| first.to_string()),
        text,
        date,
        url: None,
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
            "  s{:<3} {:<8} {:<4} {:<8} {:>5.1} {:<10} {:<12} {:.2}  {}",
            e.sentence,
            e.source.code,
            e.cameo.code,
            target,
            e.goldstein,
            e.plover.event,
            flags.join(","),
            e.confidence,
            e.cameo.name
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
