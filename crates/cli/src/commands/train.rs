//! `dyad train`: trains the syntax models from a UD treebank and writes them to a directory.

use crate::input::read_text;
use anyhow::{anyhow, bail, Context};
use dyad_syntax::tagger::clusters::WordClusters;
use dyad_syntax::{conllu, train, ParsedSentence, Pipeline};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
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
    /// Passes over the training data (default: each model's tuned number); for the parser, the
    /// greedy (dynamic-oracle) passes.
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Parser beam width: after the greedy passes the parser is trained globally with this beam
    /// (max-violation structured perceptron), and parses with it by default. 1: greedy only.
    #[arg(long, default_value_t = dyad_syntax::parser::DEFAULT_BEAM as u16,
          value_parser = clap::value_parser!(u16).range(1..=256))]
    pub beam: u16,
    /// Global (beam) training passes of the parser (default: the tuned number).
    #[arg(long)]
    pub beam_epochs: Option<usize>,
    /// Write the parser after each global pass K to DIR/parser-beamW-epochK.bin.zst (the model
    /// `--beam-epochs K` gives), to pick the number of passes from one run.
    #[arg(long, value_name = "DIR")]
    pub snapshots: Option<PathBuf>,
    /// Train only the parser; the tagger and lemmatizer are copied from `--models` (default: the
    /// embedded ones). The quick path for parser experiments, best with `--jackknifed`.
    #[arg(long)]
    pub parser_only: bool,
    /// With `--parser-only`: the directory holding the tagger and lemmatizer to keep.
    #[arg(long, requires = "parser_only")]
    pub models: Option<PathBuf>,
    /// CoNLL-U cache of the jackknifed training tags the parser trains on: read when the file
    /// exists, otherwise computed (5 taggers) and written there for the next run.
    #[arg(long)]
    pub jackknifed: Option<PathBuf>,
    /// Word-cluster table (`BITS<TAB>WORD` lines) for the tagger's and parser's cluster
    /// features; default: the embedded `data/syntax/word-clusters.tsv`.
    #[arg(long, value_name = "TSV")]
    pub clusters: Option<PathBuf>,
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
    let clusters = match &args.clusters {
        Some(path) => WordClusters::parse(&read_text(path, false)?).map_err(|e| anyhow!("{}: {e}", path.display()))?,
        None => WordClusters::embedded(),
    };
    let options = train::TrainOptions {
        seed: args.seed,
        epochs: args.epochs,
        beam: usize::from(args.beam),
        beam_epochs: args.beam_epochs,
        snapshots: args.snapshots.clone(),
        dev,
        verbose: true,
        clusters: Arc::new(clusters),
    };
    let pipeline = if args.parser_only || args.jackknifed.is_some() {
        let (tagger, lemmatizer) = if args.parser_only {
            let kept = super::load_pipeline(args.models.as_ref())?;
            (kept.tagger, kept.lemmatizer)
        } else {
            rayon::join(
                || dyad_syntax::tagger::Tagger::train(&train_set, &options),
                || dyad_syntax::lemmatizer::Lemmatizer::train(&train_set, &options),
            )
        };
        // the parser sees the clusters of the tagger it runs behind (a kept one may have its own)
        let options = train::TrainOptions {
            clusters: Arc::new(tagger.clusters().clone()),
            ..options
        };
        let jackknifed = jackknifed_tags(&train_set, &options, args.jackknifed.as_deref())?;
        let parser = train::train_parser(&jackknifed, &tagger, &options);
        Pipeline {
            tagger,
            lemmatizer,
            parser,
        }
    } else {
        train::train_pipeline(&train_set, &options)
    };
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

/// The jackknifed training tags (with the clusters of `options`): read from `cache` when it exists
/// (checked against the training set's words), otherwise computed and, with a `cache` path,
/// written there.
fn jackknifed_tags(
    train_set: &[ParsedSentence],
    options: &train::TrainOptions,
    cache: Option<&Path>,
) -> anyhow::Result<Vec<ParsedSentence>> {
    if let Some(path) = cache.filter(|p| p.exists()) {
        let mut tagged = read_treebank(path)?;
        let same_words = tagged.len() == train_set.len()
            && tagged.iter().zip(train_set).all(|(a, b)| {
                a.words.len() == b.words.len() && a.words.iter().zip(&b.words).all(|(x, y)| x.form == y.form)
            });
        if !same_words {
            bail!(
                "{}: not the jackknifed tags of this training set (delete it to recompute)",
                path.display()
            );
        }
        for s in &mut tagged {
            options.clusters.annotate(&mut s.words); // CoNLL-U does not keep the clusters
        }
        eprintln!(
            "parser: jackknifed tags read from {} (held-out UPOS accuracy {:.2}%)",
            path.display(),
            train::upos_accuracy(train_set, &tagged)
        );
        return Ok(tagged);
    }
    let (tagged, accuracy) = train::jackknife_tags(train_set, options);
    eprintln!("parser: jackknifed tags have held-out UPOS accuracy {accuracy:.2}%");
    if let Some(path) = cache {
        std::fs::write(path, conllu::write(&tagged)).with_context(|| format!("{}: cannot write", path.display()))?;
    }
    Ok(tagged)
}
