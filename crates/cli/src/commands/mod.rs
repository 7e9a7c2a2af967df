//! One module per subcommand.

pub mod actors;
pub mod bench;
pub mod bench_code;
pub mod code;
pub mod code_output;
pub mod eval;
pub mod eval_actors;
pub mod eval_events;
pub mod eval_extract;
pub mod eval_quotes;
pub mod extract;
pub mod ingest;
pub mod lexicon;
pub mod parse;
pub mod query;
pub mod query_parquet;
pub mod quotes;
pub mod serve;
pub mod train;
pub mod watch;

use dyad_syntax::Pipeline;
use std::path::PathBuf;

/// Loads the syntax models from `dir`, or the embedded ones.
pub fn load_pipeline(dir: Option<&PathBuf>) -> anyhow::Result<Pipeline> {
    Ok(match dir {
        Some(dir) => Pipeline::from_dir(dir)?,
        None => Pipeline::embedded()?,
    })
}
