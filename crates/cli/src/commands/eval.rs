//! `dyad eval`: scoring against gold data with the CoNLL 2018 scorer; `--raw` scores the whole
//! pipeline, tokenizer and sentence splitter included, on the gold file's reconstructed raw text.

use crate::input::read_text;
use dyad_syntax::{conllu, eval, MultiWord, ParsedSentence};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Tagger, lemmatizer and parser against gold CoNLL-U (CoNLL 2018 definitions).
    Parser(ParserArgs),
    /// Actor resolution against the NGEC actor-resolution expectations.
    Actors(super::eval_actors::Args),
    /// Events against PLOVER GSR or ConfliBERT CAMEO gold (types, quad classes, spans).
    Events(super::eval_events::Args),
    /// Quotes, cues and speakers against PolNeAR.
    Quotes(super::eval_quotes::Args),
    /// Article-body extraction from HTML against a gold directory (article-extraction benchmark).
    Extract(super::eval_extract::Args),
}

#[derive(clap::Args)]
pub struct ParserArgs {
    /// Gold CoNLL-U.
    #[arg(long)]
    pub gold: PathBuf,
    /// System CoNLL-U; without it, dyad parses the gold tokens itself.
    #[arg(long, conflicts_with = "raw")]
    pub system: Option<PathBuf>,
    /// Parse the gold file's raw text (rebuilt from its `# text` lines) instead of its tokens, so
    /// tokenization and sentence splitting are scored too.
    #[arg(long)]
    pub raw: bool,
    /// Parse the gold tokens with their gold UPOS and XPOS instead of tagging them: the parser's
    /// accuracy alone, the upper bound a better tagger could bring.
    #[arg(long, conflicts_with_all = ["raw", "system"])]
    pub gold_tags: bool,
    /// Load models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Parser beam width (1: greedy, fastest); default: the one stored in the model.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub beam: Option<u16>,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(cmd: Command) -> anyhow::Result<ExitCode> {
    match cmd {
        Command::Parser(args) => parser(args),
        Command::Actors(args) => super::eval_actors::run(args),
        Command::Events(args) => super::eval_events::run(args),
        Command::Quotes(args) => super::eval_quotes::run(args),
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
        None if args.raw => parse_raw(&raw_text(&gold), args.models.as_ref(), args.beam)?,
        None => {
            let mut pipeline = super::load_pipeline(args.models.as_ref())?;
            if let Some(width) = args.beam {
                pipeline.parser.set_beam(usize::from(width));
            }
            super::parse::parse_conllu(&pipeline, &gold_text, &args.gold.display().to_string(), args.gold_tags)
        }
    };
    let scores = eval::score(&gold, &system).map_err(|e| anyhow::anyhow!("{}: {e}", args.gold.display()))?;
    if args.json {
        let metrics: serde_json::Map<String, serde_json::Value> = scores
            .named()
            .iter()
            .map(|(name, m)| {
                let value = serde_json::json!({"gold": m.gold, "system": m.system, "correct": m.correct,
                    "aligned": m.aligned, "precision": m.precision(), "recall": m.recall(), "f1": m.f1(),
                    "aligned_accuracy": m.aligned_accuracy()});
                (name.to_lowercase(), value)
            })
            .collect();
        println!("{}", serde_json::Value::Object(metrics));
    } else {
        println!("Metric     | Precision |    Recall |  F1 Score | AligndAcc");
        println!("-----------+-----------+-----------+-----------+-----------");
        for (name, m) in scores.named() {
            let aligned = if matches!(name, "Tokens" | "Sentences" | "Words") {
                String::new()
            } else {
                format!("{:>10.2}", m.aligned_accuracy())
            };
            println!(
                "{name:<11}|{:>10.2} |{:>10.2} |{:>10.2} |{aligned}",
                m.precision(),
                m.recall(),
                m.f1()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The raw text of a CoNLL-U file: the `# text` of each sentence (its forms, when it has none),
/// sentences of one paragraph joined by a space, each paragraph (`# newpar`) or document
/// (`# newdoc`) on a new line.
pub fn raw_text(sentences: &[ParsedSentence]) -> String {
    let mut out = String::new();
    for s in sentences {
        let starts_paragraph = s
            .comments
            .iter()
            .any(|c| c.starts_with("# newpar") || c.starts_with("# newdoc"));
        if !out.is_empty() {
            out.push(if starts_paragraph { '\n' } else { ' ' });
        }
        match s.comment("text") {
            Some(text) => out.push_str(text),
            None => out.push_str(&forms_text(s)),
        }
    }
    out.push('\n');
    out
}

/// The text of a sentence spelled from its tokens and their `SpaceAfter=No`.
fn forms_text(s: &ParsedSentence) -> String {
    let mut out = String::new();
    let mut k = 0;
    while k < s.words.len() {
        let no_space = |misc: &str| misc.split('|').any(|f| f == "SpaceAfter=No");
        let (form, glued, next) = match s.multiwords.iter().find(|m| m.first == k + 1 && m.last > k) {
            Some(m) => {
                let last = s.words.get(m.last - 1).is_some_and(|w| no_space(&w.misc));
                (&m.form, no_space(&m.misc) || last, m.last)
            }
            None => (&s.words[k].form, no_space(&s.words[k].misc), k + 1),
        };
        out.push_str(form);
        if next < s.words.len() && !glued {
            out.push(' ');
        }
        k = next;
    }
    out
}

/// Runs the pipeline on raw text. Without loadable models only the text stage runs (tokens and
/// sentences are still scored). Multiword tokens are marked as the text stage finds them.
fn parse_raw(text: &str, models: Option<&PathBuf>, beam: Option<u16>) -> anyhow::Result<Vec<ParsedSentence>> {
    let mut sentences = match super::load_pipeline(models) {
        Ok(mut pipeline) => {
            if let Some(width) = beam {
                pipeline.parser.set_beam(usize::from(width));
            }
            pipeline.parse_text(text)
        }
        Err(err) if models.is_none() => {
            eprintln!("dyad: warning: {err:#}; scoring tokens and sentences only");
            dyad_syntax::pipeline::split_text(text)
        }
        Err(err) => return Err(err),
    };
    for s in &mut sentences {
        let spans: Vec<dyad_text::Span> = s.words.iter().map(|w| w.span).collect();
        s.multiwords = dyad_text::multiword_tokens(text, &spans)
            .into_iter()
            .map(|(first, last)| MultiWord {
                first: first + 1,
                last: last + 1,
                form: text
                    .get(spans[first].start..spans[last].end)
                    .unwrap_or_default()
                    .to_string(),
                misc: String::new(),
            })
            .collect();
    }
    Ok(sentences)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_text_joins_sentences_of_a_paragraph_and_breaks_lines_between_paragraphs() {
        let gold = "\
# newdoc id = d1
# newpar id = p1
# text = Hi there.
1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_
2\tthere\tthere\tADV\tRB\t_\t1\tadvmod\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_

1\tI\tI\tPRON\tPRP\t_\t2\tnsubj\t_\t_
2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_
2\tca\tcan\tAUX\tMD\t_\t0\troot\t_\t_
3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

# newpar id = p2
# text = Bye
1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\t_

";
        let (sentences, errors) = conllu::read(gold);
        assert!(errors.is_empty());
        assert_eq!(raw_text(&sentences), "Hi there. I can't.\nBye\n");
        let system = parse_raw(&raw_text(&sentences), None, None).unwrap();
        let scores = eval::score(&sentences, &system).unwrap();
        assert_eq!((scores.tokens.gold, scores.tokens.correct), (7, 7));
        assert_eq!(scores.sentences.correct, 3);
    }
}
