//! `dyad bench`: throughput measurements.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Tokenize, tag and parse FILE: tokens/s and sentences/s on one core and all cores.
    Parse {
        file: PathBuf,
        /// Load models from this directory instead of the embedded ones.
        #[arg(long)]
        models: Option<PathBuf>,
    },
}

pub fn run(cmd: Command) -> anyhow::Result<ExitCode> {
    match cmd {
        Command::Parse { .. } => anyhow::bail!("not implemented yet"),
    }
}
