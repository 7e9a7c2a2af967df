//! `dyad eval extract`: article-body extraction scored like the article-extraction benchmark.

use anyhow::{anyhow, bail};
use dyad_ingest::extraction_eval::{self, ExtractionReport};
use dyad_ingest::html::Extractor;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Gold directory: `html/ID.html.gz` pages and `ground-truth.json`.
    #[arg(long)]
    pub gold: PathBuf,
    /// Extractor to measure: rs-trafilatura (default), trafilatura, dom-smoothie.
    #[arg(long, default_value = "rs-trafilatura")]
    pub extractor: String,
    /// Score a stored prediction file (`{ID: {articleBody}}`) instead of running an extractor.
    #[arg(long)]
    pub predictions: Option<PathBuf>,
    /// Give the extractor each page's URL from the gold file as a hint.
    #[arg(long)]
    pub with_urls: bool,
    /// How many of the worst pages (lowest F1) to list.
    #[arg(long, default_value_t = 10)]
    pub worst: usize,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let report = match &args.predictions {
        Some(path) => extraction_eval::score_predictions(&args.gold, path).map_err(|e| anyhow!(e))?,
        None => {
            let Some(extractor) = Extractor::from_name(&args.extractor) else {
                bail!(
                    "unknown extractor {:?}; choose rs-trafilatura, trafilatura or dom-smoothie",
                    args.extractor
                )
            };
            extraction_eval::score_extractor(&args.gold, extractor, args.with_urls).map_err(|e| anyhow!(e))?
        }
    };
    print_report(&report, &args);
    Ok(ExitCode::SUCCESS)
}

fn print_report(report: &ExtractionReport, args: &Args) {
    let s = &report.summary;
    let mut worst: Vec<_> = report.pages.iter().collect();
    worst.sort_by(|a, b| a.counts.f1().total_cmp(&b.counts.f1()).then_with(|| a.id.cmp(&b.id)));
    worst.truncate(args.worst);
    if args.json {
        let worst: Vec<_> = worst
            .iter()
            .map(|p| {
                serde_json::json!({"id": p.id, "f1": p.counts.f1(), "precision": p.counts.precision(),
                "recall": p.counts.recall(), "error": p.error})
            })
            .collect();
        println!(
            "{}",
            serde_json::json!({"pages": s.pages, "f1": s.f1, "precision": s.precision, "recall": s.recall,
                "accuracy": s.accuracy, "worst": worst})
        );
        return;
    }
    println!("pages      {}", s.pages);
    println!("F1         {:.3}", s.f1);
    println!("precision  {:.3}", s.precision);
    println!("recall     {:.3}", s.recall);
    println!("accuracy   {:.3}", s.accuracy);
    if !worst.is_empty() {
        println!("lowest F1:");
        for p in worst {
            let note = p.error.as_deref().map(|e| format!("  ({e})")).unwrap_or_default();
            println!(
                "  {:.3}  P {:.3}  R {:.3}  {}{note}",
                p.counts.f1(),
                p.counts.precision(),
                p.counts.recall(),
                p.id
            );
        }
    }
}
