//! `dyad train`: trains the syntax models from a UD treebank and writes them to a directory.

use crate::input::read_text;
use anyhow::{bail, Context};
use dyad_syntax::{conllu, train, ParsedSentence};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Training treebank (CoNLL-U).
    #[arg(long)]
    pub train: PathBuf,
    /// Development treebank, for progress reports (never trained on).
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Output directory for tagger.bin.zst, lemmatizer.bin.zst and parser.bin.zst.
    #[arg(long, default_value = "data/models")]
    pub out: PathBuf,
    /// Random seed: the same seed and data give the same models.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Passes over the training data (default: each model's tuned number).
    #[arg(long)]
    pub epochs: Option<usize>,
}

fn read_treebank(path: &Path) -> anyhow::Result<Vec<ParsedSentence>> {
    let text = read_text(path, false)?;
    let (sentences, errors) = conllu::read(&text);
    for e in &errors {
        eprintln!("dyad: warning: {}: {e}; sentence skipped", path.display());
    }
    if sentences.is_empty() {
        bail!("{}: no sentences", path.display());
    }
    Ok(sentences)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let train_set = read_treebank(&args.train)?;
    let dev = match &args.dev {
        Some(p) => read_treebank(p)?,
        None => Vec::new(),
    };
    let options = train::TrainOptions {
        seed: args.seed,
        epochs: args.epochs,
        dev,
        verbose: true,
    };
    let pipeline = train::train_pipeline(&train_set, &options);
    std::fs::create_dir_all(&args.out).with_context(|| format!("{}: cannot create", args.out.display()))?;
    pipeline.save(&args.out)?;
    eprintln!(
        "dyad: trained on {} sentences in {:.1?}; models in {}",
        train_set.len(),
        started.elapsed(),
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}
