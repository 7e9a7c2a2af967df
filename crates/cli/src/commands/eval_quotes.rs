//! `dyad eval quotes --polnear DIR`: codes the PolNeAR articles of a split (`DIR/text/*.txt`,
//! `DIR/attributions/*.ann`) and scores the quotes with `dyad_code::eval::polnear`. Articles with
//! several annotators' `.ann` files are scored against the first file by name.

use super::eval_events::{print_prf, Progress};
use crate::input::read_text;
use dyad_code::eval::polnear::{self, GoldQuote, Tally};
use dyad_code::record::QuoteRecord;
use dyad_code::Coder;
use dyad_ingest::Document;
use rayon::prelude::*;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// A PolNeAR split folder holding `text/` and `attributions/`.
    #[arg(long)]
    pub polnear: PathBuf,
    /// Load syntax models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Print the scores (and failures) as JSON.
    #[arg(long)]
    pub json: bool,
    /// Do not list the failures.
    #[arg(long)]
    pub quiet: bool,
}

struct Article {
    name: String,
    text: String,
    gold: Vec<GoldQuote>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let text_dir = args.polnear.join("text");
    let ann_dir = args.polnear.join("attributions");
    let list = |dir: &PathBuf| -> anyhow::Result<Vec<String>> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        Ok(names)
    };
    let texts = list(&text_dir)?;
    let anns = list(&ann_dir)?;
    let mut articles = Vec::new();
    for name in texts.iter().filter(|n| n.ends_with(".txt")) {
        let stem = name.trim_end_matches(".txt");
        let Some(ann) = polnear::choose_ann(stem, &anns) else {
            eprintln!(
                "dyad: warning: {}: no .ann file; article skipped",
                text_dir.join(name).display()
            );
            continue;
        };
        let (text, ann_text) = match (
            read_text(&text_dir.join(name), false),
            read_text(&ann_dir.join(ann), false),
        ) {
            (Ok(t), Ok(a)) => (t, a),
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("dyad: error: {e:#}; article skipped");
                continue;
            }
        };
        let (gold, warnings) = polnear::read_ann(&ann_text, &ann_dir.join(ann).display().to_string());
        for w in &warnings {
            eprintln!("dyad: warning: {w}");
        }
        articles.push(Article {
            name: stem.to_string(),
            text,
            gold,
        });
    }
    anyhow::ensure!(!articles.is_empty(), "{}: no articles", args.polnear.display());
    let coder = Coder::new(super::load_pipeline(args.models.as_ref())?);
    let progress = Progress::new(articles.len());
    let predicted: Vec<Vec<QuoteRecord>> = articles
        .par_iter()
        .map(|a| {
            let doc = Document {
                id: a.name.clone(),
                title: None,
                text: a.text.clone(),
                date: None,
                ..Document::default()
            };
            let quotes = coder.code(&doc).quotes;
            progress.tick();
            quotes
        })
        .collect();
    let mut tally = Tally::default();
    for (a, p) in articles.iter().zip(&predicted) {
        tally.add_document(&a.name, &a.text, &a.gold, p);
    }
    let report = tally.report(articles.len());
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("quotes over {} articles ({})", report.documents, args.polnear.display());
    print_prf("content (overlap)", &report.content_overlap);
    print_prf("content (exact)", &report.content_exact);
    print_prf("content with quote marks", &report.content_quoted);
    print_prf("cue", &report.cue);
    for (kind, p) in &report.by_kind {
        print_prf(&format!("  {kind} (overlap)"), p);
    }
    println!(
        "speaker correct on matched contents: {:.3} ({}/{})",
        report.speaker_accuracy, report.speaker_correct, report.speaker_scored
    );
    for (kind, acc) in &report.speaker_by_kind {
        println!("  {kind:<20} {acc:.3}");
    }
    if !args.quiet {
        println!("\nfailures:");
        for f in &report.failures {
            let detail = f.detail.as_deref().map(|d| format!(" [{d}]")).unwrap_or_default();
            println!(
                "{} {} {:?}{detail}: {}",
                f.document,
                f.what,
                f.kind,
                f.text.replace('\n', " ")
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
