//! `dyad query`: events from a store, filtered, or aggregated (counts and mean Goldstein by period
//! per dyad or per quad class; top actors, codes and speakers), as a table (the default on a
//! terminal), JSON, CSV or Parquet. The filter is the store's [`EventFilter`], the same one
//! `GET /v1/events` reads.

use dyad_store::{EventFilter, Period, Store};
use serde_json::{json, Value};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The store: a SQLite file or a `postgres://` URL.
    #[arg(long)]
    pub db: String,
    /// Source or target actor code (prefix: USA matches USAGOV).
    #[arg(long)]
    pub actor: Option<String>,
    #[arg(long)]
    pub source: Option<String>,
    #[arg(long)]
    pub target: Option<String>,
    /// Source or target country (ISO-3 / CAMEO).
    #[arg(long)]
    pub country: Option<String>,
    #[arg(long)]
    pub source_country: Option<String>,
    #[arg(long)]
    pub target_country: Option<String>,
    /// Source or target sector (GOV, MIL, ...).
    #[arg(long)]
    pub sector: Option<String>,
    #[arg(long)]
    pub source_sector: Option<String>,
    #[arg(long)]
    pub target_sector: Option<String>,
    /// CAMEO code prefix (1-4 digits).
    #[arg(long)]
    pub cameo: Option<String>,
    /// CAMEO root (two digits).
    #[arg(long)]
    pub root: Option<String>,
    /// Quad class (1-4).
    #[arg(long)]
    pub quad: Option<u8>,
    /// PLOVER event type.
    #[arg(long)]
    pub plover: Option<String>,
    #[arg(long)]
    pub negated: Option<bool>,
    #[arg(long)]
    pub hypothetical: Option<bool>,
    #[arg(long)]
    pub reported: Option<bool>,
    /// First day included (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Last day included (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// A dyad A,B: events from A to B (both ways with --undirected).
    #[arg(long)]
    pub dyad: Option<String>,
    #[arg(long)]
    pub undirected: bool,
    /// Words that must occur in the event's sentence (full-text search).
    #[arg(long)]
    pub text: Option<String>,
    /// Speaker actor code (prefix) of reported events.
    #[arg(long)]
    pub speaker: Option<String>,
    /// Aggregate instead of listing events: timeline (per period and quad class), dyads (per
    /// period and dyad), actors (top source/target codes), codes (top CAMEO codes), speakers (top
    /// quoted speakers).
    #[arg(long, value_parser = ["timeline", "dyads", "actors", "codes", "speakers"])]
    pub aggregate: Option<String>,
    /// Period of timeline and dyad aggregates.
    #[arg(long, default_value = "month", value_parser = ["day", "week", "month", "year"])]
    pub by: String,
    /// Output format (default: table on a terminal, else json).
    #[arg(long, value_parser = ["table", "json", "csv", "parquet"])]
    pub format: Option<String>,
    /// Write to this file instead of standard output (required for parquet).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Most rows listed (events and top lists).
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
}

/// Rows to print: column names and one JSON value per column.
pub struct Rows {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Value>>,
}

/// The store filter from the command-line flags.
pub fn filter(args: &Args) -> anyhow::Result<EventFilter> {
    let dyad = match &args.dyad {
        None => None,
        Some(d) => match d.split_once(',') {
            Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
                Some((a.trim().to_string(), b.trim().to_string()))
            }
            _ => anyhow::bail!("--dyad {d:?}: expected two actor codes, A,B"),
        },
    };
    Ok(EventFilter {
        actor: args.actor.clone(),
        source: args.source.clone(),
        target: args.target.clone(),
        country: args.country.clone(),
        source_country: args.source_country.clone(),
        target_country: args.target_country.clone(),
        sector: args.sector.clone(),
        source_sector: args.source_sector.clone(),
        target_sector: args.target_sector.clone(),
        cameo: args.cameo.clone(),
        root: args.root.clone(),
        quad: args.quad,
        plover: args.plover.clone(),
        negated: args.negated,
        hypothetical: args.hypothetical,
        reported: args.reported,
        date_from: args.from.clone(),
        date_to: args.to.clone(),
        dyad,
        undirected: args.undirected,
        text: args.text.clone(),
        speaker: args.speaker.clone(),
    })
}

/// Runs the query the flags describe.
pub fn rows(store: &Store, args: &Args) -> anyhow::Result<Rows> {
    let filter = filter(args)?;
    let period: Period = args.by.parse().map_err(|e: String| anyhow::anyhow!(e))?;
    let limit = args.limit.max(1);
    Ok(match args.aggregate.as_deref() {
        None => {
            let page = store.events(&filter, limit, 0)?;
            let rows = page
                .events
                .iter()
                .map(|e| {
                    let target = e.target.as_ref();
                    vec![
                        json!(e.doc_id),
                        json!(e.sentence),
                        json!(e.date),
                        json!(e.source.code),
                        json!(e.source.country),
                        json!(target.map(|t| &t.code)),
                        json!(target.and_then(|t| t.country.as_ref())),
                        json!(e.cameo.code),
                        json!(e.quad_class),
                        json!(e.goldstein),
                        json!(e.plover.event),
                        json!(e.flags.negated),
                        json!(e.flags.hypothetical),
                        json!(e.flags.reported),
                        json!(e.confidence),
                    ]
                })
                .collect();
            Rows {
                columns: vec![
                    "doc_id",
                    "sentence",
                    "date",
                    "source",
                    "source_country",
                    "target",
                    "target_country",
                    "cameo",
                    "quad",
                    "goldstein",
                    "plover",
                    "negated",
                    "hypothetical",
                    "reported",
                    "confidence",
                ],
                rows,
            }
        }
        Some("timeline") => Rows {
            columns: vec!["period", "quad", "events", "mean_goldstein"],
            rows: store
                .timeline(&filter, period)?
                .into_iter()
                .map(|r| vec![json!(r.period), json!(r.quad), json!(r.events), json!(r.mean_goldstein)])
                .collect(),
        },
        Some("dyads") => Rows {
            columns: vec!["period", "source", "target", "events", "mean_goldstein"],
            rows: store
                .dyads(&filter, period)?
                .into_iter()
                .map(|r| {
                    vec![
                        json!(r.period),
                        json!(r.source),
                        json!(r.target),
                        json!(r.events),
                        json!(r.mean_goldstein),
                    ]
                })
                .collect(),
        },
        Some("actors") => {
            // Source and target mentions together: the events each actor takes part in.
            let mut counts: std::collections::BTreeMap<String, i64> = Default::default();
            for column in ["source_code", "target_code"] {
                for (code, n) in store.top(&filter, column, usize::MAX)? {
                    *counts.entry(code).or_default() += n;
                }
            }
            let mut top: Vec<(String, i64)> = counts.into_iter().collect();
            top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            Rows {
                columns: vec!["actor", "events"],
                rows: top
                    .into_iter()
                    .take(limit)
                    .map(|(c, n)| vec![json!(c), json!(n)])
                    .collect(),
            }
        }
        Some("codes") => Rows {
            columns: vec!["cameo", "events"],
            rows: store
                .top(&filter, "cameo", limit)?
                .into_iter()
                .map(|(c, n)| vec![json!(c), json!(n)])
                .collect(),
        },
        Some(_) => Rows {
            columns: vec!["speaker", "code", "quotes"],
            rows: store
                .top_speakers(limit)?
                .into_iter()
                .map(|s| vec![json!(s.name), json!(s.code), json!(s.quotes)])
                .collect(),
        },
    })
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = Store::open_location(&args.db)
        .map_err(|e| anyhow::anyhow!("{}: {e}", dyad_store::display_location(&args.db)))?;
    let rows = rows(&store, &args)?;
    let format = match args.format.as_deref() {
        Some(f) => f,
        None if args.out.is_none() && std::io::stdout().is_terminal() => "table",
        None => "json",
    };
    if format == "parquet" {
        let path = args
            .out
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("--format parquet needs --out FILE"))?;
        super::query_parquet::write(path, &rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    match format {
        "table" => write_table(&mut out, &rows)?,
        "csv" => write_csv(&mut out, &rows)?,
        _ => write_json(&mut out, &rows)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A cell as plain text (strings unquoted, null empty).
fn plain(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Number(n) => match n.as_f64() {
            Some(x) if !n.is_i64() && !n.is_u64() => format!("{x:.3}"),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

pub fn write_table(out: &mut dyn Write, rows: &Rows) -> std::io::Result<()> {
    let cells: Vec<Vec<String>> = rows.rows.iter().map(|r| r.iter().map(plain).collect()).collect();
    let widths: Vec<usize> = (0..rows.columns.len())
        .map(|i| {
            cells
                .iter()
                .map(|r| r[i].chars().count())
                .chain([rows.columns[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |out: &mut dyn Write, values: Vec<&str>| -> std::io::Result<()> {
        let padded: Vec<String> = values
            .iter()
            .zip(&widths)
            .map(|(v, w)| format!("{v:<w$}", w = *w))
            .collect();
        writeln!(out, "{}", padded.join("  ").trim_end())
    };
    line(out, rows.columns.clone())?;
    for r in &cells {
        line(out, r.iter().map(String::as_str).collect())?;
    }
    Ok(())
}

pub fn write_json(out: &mut dyn Write, rows: &Rows) -> std::io::Result<()> {
    let objects: Vec<Value> = rows
        .rows
        .iter()
        .map(|r| {
            Value::Object(
                rows.columns
                    .iter()
                    .zip(r)
                    .map(|(c, v)| (c.to_string(), v.clone()))
                    .collect(),
            )
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &objects)?;
    writeln!(out)
}

/// CSV (RFC 4180 quoting, `\n` line ends): fields with commas, quotes or line breaks are quoted.
pub fn write_csv(out: &mut dyn Write, rows: &Rows) -> std::io::Result<()> {
    let field = |s: String| -> String {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s
        }
    };
    writeln!(out, "{}", rows.columns.join(","))?;
    for r in &rows.rows {
        let fields: Vec<String> = r
            .iter()
            .map(|v| match v {
                Value::Number(_) => v.to_string(),
                other => field(plain(other)),
            })
            .collect();
        writeln!(out, "{}", fields.join(","))?;
    }
    Ok(())
}
