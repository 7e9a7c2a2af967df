//! `dyad parse`: raw text or CoNLL-U in, CoNLL-U with predicted annotation out.

use crate::input::read_text;
use dyad_syntax::{conllu, ParsedSentence, Pipeline};
use dyad_text::offsets::CharOffsets;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Input files; `-` reads standard input.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// `text` (raw text) or `conllu` (keep the input's tokens and sentences, replace the predictions).
    #[arg(long, default_value = "text", value_parser = ["text", "conllu"])]
    pub input_format: String,
    /// With `--input-format conllu`: keep the input's UPOS and XPOS and predict only lemmas and
    /// the tree (for input tagged by another tagger).
    #[arg(long)]
    pub keep_tags: bool,
    /// Load models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Parser beam width (1: greedy, fastest); default: the one stored in the model.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub beam: Option<u16>,
    /// Decode invalid UTF-8 lossily (with a warning) instead of rejecting the file.
    #[arg(long)]
    pub lossy: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.keep_tags && args.input_format != "conllu" {
        anyhow::bail!("--keep-tags needs --input-format conllu: raw text has no tags to keep");
    }
    let mut pipeline = super::load_pipeline(args.models.as_ref())?;
    if let Some(width) = args.beam {
        pipeline.parser.set_beam(usize::from(width));
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut processed = 0usize;
    for path in &args.files {
        let text = match read_text(path, args.lossy) {
            Ok(t) => t,
            Err(err) => {
                eprintln!("dyad: error: {err:#}");
                continue;
            }
        };
        let sentences = if args.input_format == "conllu" {
            parse_conllu(&pipeline, &text, &path.display().to_string(), args.keep_tags)
        } else {
            parse_raw(&pipeline, &text, &path.display().to_string())
        };
        if sentences.is_empty() {
            eprintln!("dyad: warning: {}: no sentences found (empty input?)", path.display());
            continue;
        }
        processed += 1;
        out.write_all(conllu::write(&sentences).as_bytes())?;
    }
    out.flush()?;
    Ok(if processed == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Parses raw text and labels each sentence with `sent_id`, `text` and `TokenRange` (code points).
pub fn parse_raw(pipeline: &Pipeline, text: &str, doc: &str) -> Vec<ParsedSentence> {
    let offsets = CharOffsets::new(text);
    let mut sentences = pipeline.parse_text(text);
    let stem = std::path::Path::new(doc)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    for (i, s) in sentences.iter_mut().enumerate() {
        s.comments = vec![
            format!("# sent_id = {stem}-{}", i + 1),
            format!("# text = {}", flatten(&text[s.span.range()])),
        ];
        let n = s.words.len();
        for k in 0..n {
            let (start, end) = offsets.span(s.words[k].span);
            let mut misc = format!("TokenRange={start}:{end}");
            if k + 1 < n && s.words[k].span.end == s.words[k + 1].span.start {
                misc.push_str("|SpaceAfter=No");
            }
            s.words[k].misc = misc;
        }
    }
    sentences
}

/// Re-annotates CoNLL-U input, keeping its tokens, sentences and comments, and with `keep_tags`
/// its UPOS and XPOS.
pub fn parse_conllu(pipeline: &Pipeline, text: &str, doc: &str, keep_tags: bool) -> Vec<ParsedSentence> {
    let (mut sentences, errors) = conllu::read(text);
    for e in &errors {
        eprintln!("dyad: warning: {doc}: {e}; sentence skipped");
    }
    for s in &mut sentences {
        for w in &mut s.words {
            w.feats.clear();
            w.deps.clear();
        }
        if keep_tags {
            pipeline.annotate_tagged(&mut s.words);
        } else {
            pipeline.annotate(&mut s.words);
        }
    }
    sentences
}

fn flatten(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
