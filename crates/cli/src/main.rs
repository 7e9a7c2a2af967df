//! The `dyad` binary: a thin command-line layer over the library crates.

mod coding;
mod commands;
mod input;
mod progress;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "dyad", version, about = "Turns news into political event data.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code documents: events, actors and quotes (the main job).
    Code(commands::code::Args),
    /// Print who said what: the quotes of documents with their speakers, cues and kinds.
    Quotes(commands::quotes::Args),
    /// List the actor mentions of documents: span, text, code, lexicon entry and why.
    Actors(commands::actors::Args),
    /// Tokenize, tag, lemmatize and parse; print CoNLL-U.
    Parse(commands::parse::Args),
    /// Train the tagger, lemmatizer and parser from a UD treebank.
    Train(commands::train::Args),
    /// Print the article extracted from one HTML page (body text, or --json with metadata).
    Extract(commands::extract::Args),
    /// Score dyad against gold data.
    #[command(subcommand)]
    Eval(commands::eval::Command),
    /// Measure throughput.
    #[command(subcommand)]
    Bench(commands::bench::Command),
    /// Check and convert lexicons.
    #[command(subcommand)]
    Lexicon(commands::lexicon::Command),
    /// Code documents and store them (SQLite file or postgres:// URL).
    Ingest(commands::ingest::Args),
    /// Query a store: filtered events or aggregates, as a table, JSON, CSV or Parquet.
    Query(Box<commands::query::Args>),
    /// Serve the JSON HTTP API over a store and the coder.
    Serve(commands::serve::Args),
    /// Poll RSS/Atom feeds and code new articles as they arrive.
    Watch(commands::watch::Args),
}

fn main() -> ExitCode {
    restore_default_sigpipe();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(args) => commands::code::run(args),
        Command::Quotes(args) => commands::quotes::run(args),
        Command::Actors(args) => commands::actors::run(args),
        Command::Parse(args) => commands::parse::run(args),
        Command::Train(args) => commands::train::run(args),
        Command::Extract(args) => commands::extract::run(args),
        Command::Eval(cmd) => commands::eval::run(cmd),
        Command::Bench(cmd) => commands::bench::run(cmd),
        Command::Lexicon(cmd) => commands::lexicon::run(cmd),
        Command::Ingest(args) => commands::ingest::run(args),
        Command::Query(args) => commands::query::run(*args),
        Command::Serve(args) => commands::serve::run(args),
        Command::Watch(args) => commands::watch::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("dyad: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// A closed pipe (`dyad eval ... | head`) ends the process quietly, as it does any Unix filter,
/// instead of making the next write to standard output panic.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in `main`, before any other thread exists; resetting a
    // signal's disposition to its default has no other effect on the process.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
