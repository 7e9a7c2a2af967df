//! `dyad actors FILE`: the actor mentions of each document, with span, text, resolved code, the
//! lexicon entry that matched and why (the dated role that applied, the story countries behind a
//! contextual short form, the antecedent of a coreferent mention). A readable table on a
//! terminal, JSONL otherwise. Also home of [`LexiconArgs`], the `--lexicon DIR` /
//! `--lenient-lexicon` flags shared with `dyad code`.

use dyad_code::record::{ActorRecord, CodedDocument};
use dyad_code::Coder;
use dyad_ingest::{Format, Ingest, IngestOptions};
use dyad_lexicon::actors::{ActorLexicon, Date, Entry};
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// The actor lexicon flags: the embedded lexicon, extended and overridden by a user directory.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct LexiconArgs {
    /// A directory of actor lexicon `.txt` files that extends and overrides the embedded lexicon
    /// (format: data/lexicon/actors/README.md). Any error in it stops the program, listing them.
    #[arg(long = "lexicon", value_name = "DIR")]
    pub lexicon: Option<PathBuf>,
    /// Skip the bad lines of a broken `--lexicon` directory (reported as warnings) instead of stopping.
    #[arg(long = "lenient-lexicon", requires = "lexicon")]
    pub lenient_lexicon: bool,
}

impl LexiconArgs {
    /// The actor lexicon these flags ask for. A broken user lexicon is an error listing every
    /// problem with file:line, unless `--lenient-lexicon` (then they are warnings on stderr).
    pub fn load(&self) -> anyhow::Result<ActorLexicon> {
        let Some(dir) = &self.lexicon else {
            return Ok(ActorLexicon::embedded());
        };
        if self.lenient_lexicon {
            let (lex, errors) = ActorLexicon::load_lenient(dir);
            for e in &errors {
                eprintln!("dyad: warning: {e} (skipped: --lenient-lexicon)");
            }
            return Ok(lex);
        }
        ActorLexicon::load(dir).map_err(|errors| {
            let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
            anyhow::anyhow!(
                "actor lexicon {}: {} error(s) (use --lenient-lexicon to skip bad lines):\n{}",
                dir.display(),
                errors.len(),
                list.join("\n")
            )
        })
    }
}

#[derive(clap::Args)]
pub struct Args {
    /// Inputs: files, directories, glob patterns; `-` reads JSONL from standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Input format (default: by file name; `-` is JSONL): text, jsonl, html, warc, feed.
    #[arg(long)]
    pub input_format: Option<String>,
    /// Story date (YYYY-MM-DD) for documents that carry none: it picks people's dated roles.
    #[arg(long)]
    pub date: Option<String>,
    /// Output format: `jsonl` (default when not a terminal) or `table` (default on a terminal).
    #[arg(long, value_parser = ["jsonl", "table"])]
    pub format: Option<String>,
    /// Load syntax models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
    #[command(flatten)]
    pub lexicon: LexiconArgs,
}

/// One mention as `dyad actors` prints it.
#[derive(Debug, Serialize)]
struct Explained<'a> {
    doc: &'a str,
    index: usize,
    sentence: usize,
    span: [usize; 2],
    text: &'a str,
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sector: Option<&'a str>,
    how: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    entry: Option<EntryInfo>,
    why: String,
}

#[derive(Debug, Serialize)]
struct EntryInfo {
    id: u32,
    name: String,
    kind: &'static str,
    origin: String,
    /// The role that applied at the story date, with its date window (`USAGOV 2017-01-20..2021-01-20`).
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(d) = &args.date {
        Date::parse(d).map_err(|e| anyhow::anyhow!("--date {d:?}: {e}"))?;
    }
    let format = match args.input_format.as_deref() {
        Some(name) => Some(Format::from_name(name).ok_or_else(|| anyhow::anyhow!("unknown --input-format {name:?}"))?),
        None if args.inputs == ["-"] => Some(Format::Jsonl),
        None => None,
    };
    let lexicon = args.lexicon.load()?;
    let coder = Coder::with_actors(super::load_pipeline(args.models.as_ref())?, lexicon);
    let table = match args.format.as_deref() {
        Some(f) => f == "table",
        None => std::io::stdout().is_terminal(),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut docs, mut rejected) = (0usize, 0usize);
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
        let coded = coder.code(&doc);
        let date = story_date(&coded);
        let explained = explain(&coder.actors, &coded, date);
        if table {
            write_table(&mut out, &coded, date, &explained)?;
        } else {
            for e in &explained {
                serde_json::to_writer(&mut out, e)?;
                out.write_all(b"\n")?;
            }
        }
        docs += 1;
    }
    out.flush()?;
    Ok(if docs == 0 {
        ExitCode::from(1)
    } else if rejected > 0 {
        ExitCode::from(3)
    } else {
        ExitCode::SUCCESS
    })
}

/// The date the coder resolved roles at: the document's date, else today.
fn story_date(doc: &CodedDocument) -> Date {
    doc.date
        .as_deref()
        .and_then(|d| Date::parse(d.get(..10)?).ok())
        .unwrap_or_else(Date::today)
}

fn entry_info(lex: &ActorLexicon, e: &Entry, date: Date) -> EntryInfo {
    EntryInfo {
        id: e.id,
        name: e.name().to_string(),
        kind: e.kind.as_str(),
        origin: e.origin.to_string(),
        role: e.role_at(date).map(|r| {
            let described = r
                .code
                .parts()
                .filter_map(|p| lex.codes().describe(p).map(|d| format!("{p}={d}")))
                .collect::<Vec<_>>()
                .join(", ");
            if described.is_empty() {
                r.to_string()
            } else {
                format!("{r} ({described})")
            }
        }),
    }
}

/// Every actor mention of a coded document with the entry and the reason it resolved so.
fn explain<'a>(lex: &ActorLexicon, doc: &'a CodedDocument, date: Date) -> Vec<Explained<'a>> {
    // The story's countries, as the coder uses them for contextual short forms ("the North").
    let mut countries: Vec<&str> = Vec::new();
    for a in doc
        .actors
        .iter()
        .filter(|a| a.how != "contextual" && a.how != "coreference")
    {
        if let Some(c) = a.country.as_deref() {
            if !countries.contains(&c) {
                countries.push(c);
            }
        }
    }
    doc.actors
        .iter()
        .enumerate()
        .map(|(index, a)| {
            let entry = a
                .entry
                .as_deref()
                .and_then(|id| id.parse::<u32>().ok())
                .and_then(|id| lex.entry(id));
            Explained {
                doc: &doc.id,
                index,
                sentence: a.sentence,
                span: a.span,
                text: &a.text,
                code: &a.code,
                country: a.country.as_deref(),
                sector: a.sector.as_deref(),
                how: &a.how,
                entry: entry.map(|e| entry_info(lex, e, date)),
                why: why(doc, a, entry, date, &countries),
            }
        })
        .collect()
}

fn why(doc: &CodedDocument, a: &ActorRecord, entry: Option<&Entry>, date: Date, countries: &[&str]) -> String {
    let role = entry.and_then(|e| e.role_at(date));
    let window = match role {
        Some(r) if r.is_dated() => format!("dated role {r} covers the story date {date}"),
        Some(r) if entry.is_some_and(Entry::has_dated_roles) => {
            format!("no dated role covers {date}: default role {r}")
        }
        _ => String::new(),
    };
    let base = match a.how.as_str() {
        "name" => "the entry's canonical name".to_string(),
        "alias" => "an alias of the entry".to_string(),
        "country" => "a country name".to_string(),
        "country+role" => "a country (name, demonym or possessor) combined with a role noun".to_string(),
        "metonym" => "a capital or seat of government standing for its country".to_string(),
        "place" => "a city, province or region standing for its country".to_string(),
        "contextual" => format!(
            "a contextual short form, unambiguous among the story's countries [{}]",
            countries.join(" ")
        ),
        "title+unknown-name" => "a title before a name the lexicon does not know".to_string(),
        "role" => "a role noun without a country".to_string(),
        "apposition" => "an apposition lends its code to the name it describes".to_string(),
        "coreference" => match a.refers_to.and_then(|k| doc.actors.get(k)) {
            Some(full) => format!(
                "refers back to \"{}\" (mention {}, sentence {})",
                full.text,
                a.refers_to.unwrap_or(0),
                full.sentence
            ),
            None => "refers back to an earlier mention".to_string(),
        },
        other => other.to_string(),
    };
    if window.is_empty() {
        base
    } else {
        format!("{base}; {window}")
    }
}

fn write_table(out: &mut impl Write, doc: &CodedDocument, date: Date, rows: &[Explained]) -> std::io::Result<()> {
    writeln!(
        out,
        "== {} ({} sentences, story date {date}): {} actor mentions",
        doc.title.as_deref().unwrap_or(&doc.id),
        doc.sentences.len(),
        rows.len()
    )?;
    writeln!(
        out,
        "  {:<4} {:<11} {:<32} {:<10} {:<18} entry",
        "s", "span", "text", "code", "how"
    )?;
    for r in rows {
        let text: String = r.text.chars().take(32).collect();
        let entry = r
            .entry
            .as_ref()
            .map(|e| format!("{} ({}, {})", e.name, e.kind, e.origin))
            .unwrap_or_else(|| "-".into());
        writeln!(
            out,
            "  s{:<3} {:<11} {:<32} {:<10} {:<18} {entry}",
            r.sentence,
            format!("{}-{}", r.span[0], r.span[1]),
            text,
            r.code,
            r.how
        )?;
        writeln!(out, "  {:<16} why: {}", "", r.why)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_code::actors::{resolve_phrase, StoryContext};

    /// A fresh directory under the system temp dir holding `files`.
    fn lexicon_dir(name: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dyad-actors-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (file, text) in files {
            std::fs::write(dir.join(file), text).unwrap();
        }
        dir
    }

    fn code_of(lex: &ActorLexicon, phrase: &str) -> Option<String> {
        let tokens: Vec<&str> = phrase.split_whitespace().collect();
        let date = Date::parse("2026-06-01").unwrap();
        resolve_phrase(lex, &tokens, date, &StoryContext::default()).map(|m| m.code)
    }

    #[test]
    fn a_user_lexicon_extends_and_overrides_the_embedded_one() {
        let dir = lexicon_dir(
            "good",
            &[(
                "mine.txt",
                "!kind person\nZorblat Quux => FRAGOV 2026-01-01..\n!kind media\nKyodo News | Kyodo => JPNGOVMED\n",
            )],
        );
        let args = LexiconArgs {
            lexicon: Some(dir.clone()),
            lenient_lexicon: false,
        };
        let lex = args.load().expect("a valid user lexicon loads");
        assert_eq!(code_of(&lex, "Zorblat Quux").as_deref(), Some("FRAGOV"));
        assert_eq!(code_of(&lex, "Kyodo News").as_deref(), Some("JPNGOVMED"));
        assert_eq!(code_of(&ActorLexicon::embedded(), "Zorblat Quux"), None);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_broken_user_lexicon_stops_with_file_and_line_unless_lenient() {
        let dir = lexicon_dir(
            "broken",
            &[(
                "broken.txt",
                "!kind person\nGood Person => USAGOV\nBad Code Person => XQZGOV\nno arrow here\n",
            )],
        );
        let strict = LexiconArgs {
            lexicon: Some(dir.clone()),
            lenient_lexicon: false,
        };
        let message = strict.load().expect_err("a broken lexicon is an error").to_string();
        assert!(message.contains("broken.txt:3"), "{message}");
        assert!(message.contains("broken.txt:4"), "{message}");
        assert!(message.contains("2 error(s)"), "{message}");
        let lenient = LexiconArgs {
            lexicon: Some(dir.clone()),
            lenient_lexicon: true,
        };
        let lex = lenient.load().expect("lenient loading skips the bad lines");
        assert_eq!(code_of(&lex, "Good Person").as_deref(), Some("USAGOV"));
        assert_eq!(code_of(&lex, "Bad Code Person"), None);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_missing_lexicon_directory_is_an_error() {
        let args = LexiconArgs {
            lexicon: Some(PathBuf::from("/nonexistent/dyad-lexicon")),
            lenient_lexicon: false,
        };
        assert!(args.load().is_err());
    }
}
