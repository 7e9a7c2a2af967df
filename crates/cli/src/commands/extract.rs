//! `dyad extract`: what dyad extracts from one HTML page.

use anyhow::{anyhow, bail};
use dyad_ingest::html::{self, Extractor};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// HTML file, or `-` for standard input.
    pub input: PathBuf,
    /// Print title, date, author, url, language and body as JSON.
    #[arg(long)]
    pub json: bool,
    /// Extractor: rs-trafilatura (default), rs-trafilatura-precision, trafilatura, dom-smoothie.
    #[arg(long, default_value = "rs-trafilatura")]
    pub extractor: String,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let Some(extractor) = Extractor::from_name(&args.extractor) else {
        bail!(
            "unknown extractor {:?}; choose rs-trafilatura, rs-trafilatura-precision, trafilatura or dom-smoothie",
            args.extractor
        )
    };
    let name = args.input.display().to_string();
    let bytes = crate::input::read_bytes(&args.input)?;
    let page = html::decode(&bytes).map_err(|e| anyhow!("{name}: {e}"))?;
    let article = html::extract(&page, extractor, None).map_err(|e| anyhow!("{name}: {e}"))?;
    if args.json {
        println!("{}", serde_json::to_string(&article)?);
    } else {
        println!("{}", article.body);
    }
    Ok(ExitCode::SUCCESS)
}
