//! `dyad serve`: the JSON HTTP API over a store and the coder (see `dyad-server`).

use dyad_code::coder::Coder;
use dyad_server::{AppState, Limits, StorePool};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// The store: a SQLite file (created if missing) or a `postgres://` URL (then give the token
    /// with --token or $DYAD_TOKEN).
    #[arg(long)]
    pub db: PathBuf,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Bearer token for writes (default: $DYAD_TOKEN, else one generated at first start, printed
    /// once and kept in `<db>.token`).
    #[arg(long)]
    pub token: Option<String>,
    /// Reads need no token (the default).
    #[arg(long, conflicts_with = "private_reads")]
    pub public_reads: bool,
    /// Reads need the token too.
    #[arg(long)]
    pub private_reads: bool,
    /// Load syntax models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Largest request body, in bytes.
    #[arg(long, default_value_t = 5 * 1024 * 1024)]
    pub max_body: usize,
    /// Longest time a request may take, in seconds.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
    /// Reader connections to the database.
    #[arg(long, default_value_t = 4)]
    pub readers: usize,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    dyad_server::logging::init();
    let token = resolve_token(args.token, &args.db)?;
    let pipeline = super::load_pipeline(args.models.as_ref())?;
    let store = StorePool::open_location(&args.db.to_string_lossy(), args.readers)
        .map_err(|e| anyhow::anyhow!("{}: {e}", dyad_store::display_location(&args.db.to_string_lossy())))?;
    let state = AppState::new(
        std::sync::Arc::new(Coder::new(pipeline)),
        store,
        token,
        !args.private_reads,
    );
    let limits = Limits {
        max_body: args.max_body,
        timeout: Duration::from_secs(args.timeout.max(1)),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(&args.addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", args.addr))?;
        tracing::info!(addr = %listener.local_addr()?, db = %args.db.display(), "dyad serve listening");
        dyad_server::serve(listener, state, &limits, dyad_server::shutdown_signal()).await?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// The token: given, else `$DYAD_TOKEN`, else the one kept next to the database, else a new one,
/// saved there (owner-only) and printed once to stderr.
fn resolve_token(given: Option<String>, db: &Path) -> anyhow::Result<String> {
    if let Some(t) = given.or_else(|| std::env::var("DYAD_TOKEN").ok()) {
        let t = t.trim().to_string();
        anyhow::ensure!(t.len() >= 16, "the token must be at least 16 characters");
        return Ok(t);
    }
    let mut file = db.as_os_str().to_owned();
    file.push(".token");
    let file = PathBuf::from(file);
    if let Ok(saved) = std::fs::read_to_string(&file) {
        if !saved.trim().is_empty() {
            return Ok(saved.trim().to_string());
        }
    }
    let token = dyad_server::auth::generate_token()?;
    write_private(&file, &token).map_err(|e| anyhow::anyhow!("{}: cannot save the token: {e}", file.display()))?;
    eprintln!(
        "dyad serve: generated an API token (kept in {}); send it as `Authorization: Bearer <token>`:\n{token}",
        file.display()
    );
    Ok(token)
}

fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(contents.as_bytes())
}
