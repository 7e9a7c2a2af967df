//! `dyad eval`: scoring against gold data.

use crate::input::read_text;
use dyad_syntax::{conllu, eval};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Tagger, lemmatizer and parser against gold CoNLL-U (CoNLL 2018 definitions).
    Parser(ParserArgs),
    /// Article-body extraction from HTML against a gold directory (article-extraction benchmark).
    Extract(super::eval_extract::Args),
}

#[derive(clap::Args)]
pub struct ParserArgs {
    /// Gold CoNLL-U.
    #[arg(long)]
    pub gold: PathBuf,
    /// System CoNLL-U; without it, dyad parses the gold tokens itself.
    #[arg(long)]
    pub system: Option<PathBuf>,
    /// Load models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(cmd: Command) -> anyhow::Result<ExitCode> {
    match cmd {
        Command::Parser(args) => parser(args),
        Command::Extract(args) => super::eval_extract::run(args),
    }
}

fn parser(args: ParserArgs) -> anyhow::Result<ExitCode> {
    let gold_text = read_text(&args.gold, false)?;
    let (gold, errors) = conllu::read(&gold_text);
    for e in &errors {
        eprintln!("dyad: warning: {}: {e}; sentence skipped", args.gold.display());
    }
    let system = match &args.system {
        Some(path) => {
            let (sys, errors) = conllu::read(&read_text(path, false)?);
            for e in &errors {
                eprintln!("dyad: warning: {}: {e}; sentence skipped", path.display());
            }
            sys
        }
        None => {
            let pipeline = super::load_pipeline(args.models.as_ref())?;
            super::parse::parse_conllu(&pipeline, &gold_text, &args.gold.display().to_string())
        }
    };
    let scores = eval::score(&gold, &system);
    if args.json {
        println!(
            "{}",
            serde_json::json!({"words": scores.words, "upos": scores.upos, "xpos": scores.xpos,
                "lemma": scores.lemma, "uas": scores.uas, "las": scores.las})
        );
    } else {
        println!("words  {}", scores.words);
        println!("UPOS   {:.2}", scores.upos);
        println!("XPOS   {:.2}", scores.xpos);
        println!("Lemma  {:.2}", scores.lemma);
        println!("UAS    {:.2}", scores.uas);
        println!("LAS    {:.2}", scores.las);
    }
    Ok(ExitCode::SUCCESS)
}
