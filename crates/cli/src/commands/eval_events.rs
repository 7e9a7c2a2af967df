//! `dyad eval events`: codes the sentences of an event gold set and scores the events, with
//! `--plover` (PLOVER GSR: event types and countries), `--conflibert-class` (Phoenix quad class,
//! macro-F1) or `--conflibert-ner` (source/target spans). Scoring rules live in
//! `dyad_code::eval`; this module reads the files, runs the coder in parallel and prints.

use crate::input::read_text;
use dyad_code::eval::metrics::Prf;
use dyad_code::eval::{conflibert, ner, plover};
use dyad_code::record::EventRecord;
use dyad_code::Coder;
use dyad_ingest::Document;
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("gold").required(true).multiple(false)))]
pub struct Args {
    /// PLOVER gold-standard records (JSON array, e.g. PLOVER_GSR_CAMEO.json).
    #[arg(long, group = "gold")]
    pub plover: Option<PathBuf>,
    /// ConfliBERT CAMEO classification TSV (sentence TAB label 0-4).
    #[arg(long, group = "gold")]
    pub conflibert_class: Option<PathBuf>,
    /// ConfliBERT CAMEO source/target BIO file (token SPACE tag).
    #[arg(long, group = "gold")]
    pub conflibert_ner: Option<PathBuf>,
    /// Load syntax models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Print the scores (and misses) as JSON.
    #[arg(long)]
    pub json: bool,
    /// Do not list the misses.
    #[arg(long)]
    pub quiet: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let coder = Coder::new(super::load_pipeline(args.models.as_ref())?);
    if let Some(path) = &args.plover {
        let name = path.display().to_string();
        let (gold, warnings) = plover::read(&read_text(path, false)?, &name).map_err(|e| anyhow::anyhow!(e))?;
        warn(&warnings);
        let docs: Vec<(String, String, Option<String>)> = gold
            .iter()
            .map(|g| (g.id.clone(), g.text.clone(), g.date.clone()))
            .collect();
        let report = plover::score(&gold, &code_all(&coder, &docs));
        if args.json {
            println!("{}", serde_json::to_string(&report)?);
        } else {
            println!("PLOVER event types over {} records ({name})", report.records);
            print_prf("event type", &report.overall);
            for (t, p) in &report.per_type {
                print_prf(&format!("  {t}"), p);
            }
            println!(
                "country accuracy on correctly typed events: {:.3} ({}/{} slots; source {:.3}, target {:.3})",
                report.country_accuracy,
                report.country_correct,
                report.country_slots,
                report.source_accuracy,
                report.target_accuracy
            );
            println!("\nconfusion (rows gold, columns predicted; {} = none):", plover::NONE);
            print!("{}", report.confusion.render());
            if !args.quiet {
                println!("\nmisses:");
                for m in &report.misses {
                    let why = m.country_miss.as_deref().map(|c| format!(" [{c}]")).unwrap_or_default();
                    println!("{} gold {} got {:?}{why}: {}", m.id, m.gold, m.predicted, m.text);
                }
            }
        }
    } else if let Some(path) = &args.conflibert_class {
        let name = path.display().to_string();
        let (gold, warnings) = conflibert::read(&read_text(path, false)?, &name);
        warn(&warnings);
        let docs: Vec<(String, String, Option<String>)> = gold
            .iter()
            .map(|g| (format!("line{}", g.line), g.text.clone(), None))
            .collect();
        let report = conflibert::score(&gold, &code_all(&coder, &docs));
        if args.json {
            println!("{}", serde_json::to_string(&report)?);
        } else {
            println!("Phoenix quad class over {} sentences ({name})", report.sentences);
            println!("macro-F1 {:.3}, accuracy {:.3}", report.macro_f1, report.accuracy);
            for (k, p) in report.per_class.iter().enumerate() {
                print_prf(&format!("  class {k}"), p);
            }
            println!("\nconfusion (rows gold, columns predicted):");
            print!("{}", report.confusion.render());
            if !args.quiet {
                println!("\nmisses:");
                for m in &report.misses {
                    println!(
                        "line {} gold {} got {} (event {}): {}",
                        m.line,
                        m.gold,
                        m.predicted,
                        m.cameo.as_deref().unwrap_or("-"),
                        m.text
                    );
                }
            }
        }
    } else if let Some(path) = &args.conflibert_ner {
        let name = path.display().to_string();
        let (gold, warnings) = ner::read(&read_text(path, false)?, &name);
        warn(&warnings);
        let rebuilt: Vec<(String, Vec<[usize; 2]>)> = gold.iter().map(|g| ner::detokenize(&g.tokens)).collect();
        let docs: Vec<(String, String, Option<String>)> = gold
            .iter()
            .zip(&rebuilt)
            .map(|(g, (text, _))| (format!("line{}", g.line), text.clone(), None))
            .collect();
        let events = code_all(&coder, &docs);
        let predicted: Vec<Vec<ner::TokenSpan>> = events
            .iter()
            .zip(&rebuilt)
            .map(|(e, (_, chars))| ner::predicted_spans(e, chars))
            .collect();
        let report = ner::score(&gold, &predicted);
        if args.json {
            println!("{}", serde_json::to_string(&report)?);
        } else {
            println!("source/target spans over {} sentences ({name})", report.sentences);
            println!("span level (exact token range):");
            for (role, p) in &report.span {
                print_prf(&format!("  {role}"), p);
            }
            println!("token level:");
            for (role, p) in &report.token {
                print_prf(&format!("  {role}"), p);
            }
            if !args.quiet {
                println!("\nmisses:");
                for m in &report.misses {
                    println!(
                        "line {}: missed {:?} spurious {:?}: {}",
                        m.line, m.missed, m.spurious, m.text
                    );
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn warn(warnings: &[String]) {
    for w in warnings {
        eprintln!("dyad: warning: {w}");
    }
}

pub fn print_prf(label: &str, p: &Prf) {
    println!(
        "{label:<22} P {:.3}  R {:.3}  F1 {:.3}  (tp {}, fp {}, fn {})",
        p.precision, p.recall, p.f1, p.tp, p.fp, p.fn_
    );
}

/// Codes each `(id, text, date)` as its own document, in parallel, with a progress count on a
/// terminal; returns each document's events in input order.
fn code_all(coder: &Coder, docs: &[(String, String, Option<String>)]) -> Vec<Vec<EventRecord>> {
    let progress = Progress::new(docs.len());
    docs.par_iter()
        .map(|(id, text, date)| {
            let doc = Document {
                id: id.clone(),
                title: None,
                text: text.clone(),
                date: date.clone(),
                ..Document::default()
            };
            let events = coder.code(&doc).events;
            progress.tick();
            events
        })
        .collect()
}

/// A progress count on standard error, shown only when it is a terminal.
pub struct Progress {
    total: usize,
    done: AtomicUsize,
    shown: bool,
}

impl Progress {
    pub fn new(total: usize) -> Progress {
        Progress {
            total,
            done: AtomicUsize::new(0),
            shown: std::io::stderr().is_terminal(),
        }
    }

    pub fn tick(&self) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        if self.shown && (done.is_multiple_of(10) || done == self.total) {
            eprint!("\rcoding {done}/{}", self.total);
            if done == self.total {
                eprintln!();
            }
        }
    }
}
