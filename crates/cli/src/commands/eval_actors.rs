//! `dyad eval actors --ngec FILE`: scores phrase-level actor resolution against the NGEC actor
//! resolution expectations (country and sector rows only). NGEC uses PLOVER actor types; CAMEO
//! sectors are mapped by `data/lexicon/actors/plover-sectors.tsv`, and countries as follows:
//! `IGOUNO…` → `UNO`, `IGOEUR…` → `EUR`, other `IGO…` → `IGO`, other international heads → empty,
//! CAMEO `KSV` (Kosovo) → `XKX`. A capital standing alone for its country ("Beijing" → CHN, the
//! CAMEO convention dyad follows) is the government in PLOVER: its `code_1` is scored as `GOV`; any
//! other city or region alone ("Mariupol" → UKR) is its people: `CVL`. An NGO's `code_1` is `NGO`
//! (its sector, if any, is `code_2`). A phrase with no actor sector whose words include a marker
//! entry (`~UNK` "two men", "he"; `~JNK` "yesterday") scores that marker as `code_1`.
//! A query date of `Today` or empty is the run date, unless `--today DATE` fixes it.

use crate::input::read_text;
use dyad_code::actors::{phrase_marker, resolve_phrase, ActorMention, How, StoryContext};
use dyad_lexicon::actors::{ActorLexicon, Date};
use std::path::PathBuf;
use std::process::ExitCode;

const PLOVER_SECTORS: &str = include_str!("../../../../data/lexicon/actors/plover-sectors.tsv");

#[derive(clap::Args)]
pub struct Args {
    /// NGEC expectations TSV (columns test, method, input, query_date, field, op, expected).
    #[arg(long)]
    pub ngec: PathBuf,
    /// Load a user actor lexicon directory on top of the embedded one.
    #[arg(long)]
    pub lexicon: Option<PathBuf>,
    /// Do not list the failures.
    #[arg(long)]
    pub quiet: bool,
    /// The date a query date of `Today` (or empty) stands for (YYYY-MM-DD; default: the run date).
    #[arg(long)]
    pub today: Option<String>,
}

struct Row {
    line: usize,
    test: String,
    input: String,
    date: Date,
    field: String,
    op: String,
    expected: String,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let lex = match &args.lexicon {
        Some(dir) => ActorLexicon::load(dir).map_err(|errs| {
            anyhow::anyhow!(
                "{}",
                errs.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
            )
        })?,
        None => ActorLexicon::embedded(),
    };
    let text = read_text(&args.ngec, false)?;
    let today = match &args.today {
        Some(d) => Date::parse(d).map_err(|e| anyhow::anyhow!("--today {d:?}: {e}"))?,
        None => Date::today(),
    };
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 7 {
            eprintln!(
                "dyad: warning: {}:{}: {} fields, want 7; row skipped",
                args.ngec.display(),
                i + 1,
                f.len()
            );
            continue;
        }
        if !matches!(f[4], "country" | "code_1" | "code_2" | "cc") {
            continue;
        }
        let date = match parse_query_date(f[3], today) {
            Some(d) => d,
            None => {
                eprintln!(
                    "dyad: warning: {}:{}: bad date {:?}; row skipped",
                    args.ngec.display(),
                    i + 1,
                    f[3]
                );
                continue;
            }
        };
        rows.push(Row {
            line: i + 1,
            test: f[0].to_string(),
            input: f[2].trim().to_string(),
            date,
            field: f[4].to_string(),
            op: f[5].to_string(),
            expected: f[6].trim().to_string(),
        });
    }
    let sectors = plover_sectors();
    let mut correct = 0;
    let mut failures = Vec::new();
    for row in &rows {
        let ctx = context_of(&lex, &row.test, row.date);
        let words = tokenize(&row.input);
        let tokens: Vec<&str> = words.iter().map(String::as_str).collect();
        let mention = resolve_phrase(&lex, &tokens, row.date, &ctx);
        let marker = phrase_marker(&lex, &tokens, row.date);
        let got = field_value(mention.as_ref(), marker, &row.field, &sectors);
        let ok = match row.op.as_str() {
            "==" => got == row.expected,
            "!=" => got != row.expected,
            "in" => row
                .expected
                .split(['[', ']', ',', '\'', ' '])
                .any(|x| !x.is_empty() && x == got),
            _ => false,
        };
        if ok {
            correct += 1;
        } else {
            failures.push((row, got, mention));
        }
    }
    let total = rows.len();
    let pct = if total == 0 {
        0.0
    } else {
        100.0 * correct as f64 / total as f64
    };
    println!("NGEC country/sector rows: {correct}/{total} correct ({pct:.1}%)");
    if !args.quiet {
        for (row, got, m) in failures {
            let how = m
                .as_ref()
                .map(|m| format!("{} via {}", m.code, m.how.as_str()))
                .unwrap_or("-".into());
            println!(
                "FAIL line {} {} {:?} @{} {} {} {:?}: got {:?} ({how})",
                row.line, row.test, row.input, row.date, row.field, row.op, row.expected, got
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn plover_sectors() -> Vec<(String, String)> {
    PLOVER_SECTORS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
        .collect()
}

/// The story context a test names with `[context: TEXT]`: the countries TEXT resolves to.
fn context_of(lex: &ActorLexicon, test: &str, date: Date) -> StoryContext {
    let mut ctx = StoryContext::default();
    if let Some(rest) = test.split("[context:").nth(1) {
        let text = rest.trim_end().trim_end_matches(']');
        let words = tokenize(text);
        let tokens: Vec<&str> = words.iter().map(String::as_str).collect();
        if let Some(c) = resolve_phrase(lex, &tokens, date, &ctx).and_then(|m| m.country) {
            ctx.countries.push(c);
        }
    }
    ctx
}

fn field_value(m: Option<&ActorMention>, marker: Option<&str>, field: &str, sectors: &[(String, String)]) -> String {
    let no_sector = m.is_none_or(|m| m.sectors.is_empty() && !matches!(m.how, How::Metonym | How::Place));
    if let (true, "code_1", Some(marker)) = (no_sector, field, marker) {
        return marker.to_string();
    }
    let Some(m) = m else { return String::new() };
    let map = |s: &str| {
        sectors
            .iter()
            .find(|(a, _)| a == s)
            .map(|(_, b)| b.clone())
            .unwrap_or(s.to_string())
    };
    match field {
        "country" | "cc" => match m.country.as_deref() {
            Some("KSV") => "XKX".to_string(),
            Some("IGO") if m.code.starts_with("IGOUNO") => "UNO".to_string(),
            Some("IGO") if m.code.starts_with("IGOEUR") => "EUR".to_string(),
            Some("NGO" | "MNC" | "IMG" | "NGM" | "INT" | "UIS") => String::new(),
            Some(c) => c.to_string(),
            None => String::new(),
        },
        "code_1" if m.country.as_deref() == Some("NGO") => "NGO".to_string(),
        "code_1" if m.how == How::Metonym && m.sectors.is_empty() => "GOV".to_string(),
        "code_1" if m.how == How::Place && m.sectors.is_empty() => "CVL".to_string(),
        "code_1" => m.sectors.first().map(|s| map(s)).unwrap_or_default(),
        "code_2" if m.country.as_deref() == Some("NGO") => m.sectors.first().map(|s| map(s)).unwrap_or_default(),
        "code_2" => m.sectors.get(1).map(|s| map(s)).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Splits on whitespace and peels off surrounding punctuation as separate tokens.
fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        let mut w = word;
        let mut tail = Vec::new();
        while let Some(c) = w.chars().last().filter(|c| ",;:\"()!?".contains(*c)) {
            tail.push(c.to_string());
            w = &w[..w.len() - c.len_utf8()];
        }
        while let Some(c) = w.chars().next().filter(|c| ",;:\"()".contains(*c)) {
            out.push(c.to_string());
            w = &w[c.len_utf8()..];
        }
        if !w.is_empty() {
            out.push(w.to_string());
        }
        out.extend(tail.into_iter().rev());
    }
    out
}

/// `YYYY-MM-DD`, `D Month YYYY`, or `Today`/empty (the run date).
fn parse_query_date(s: &str, today: Date) -> Option<Date> {
    let s = s.trim();
    if s.is_empty() || s.eq_ignore_ascii_case("today") {
        return Some(today);
    }
    if let Ok(d) = Date::parse(s) {
        return Some(d);
    }
    let parts: Vec<&str> = s.split_whitespace().collect();
    if let [day, month, year] = parts.as_slice() {
        const MONTHS: [&str; 12] = [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ];
        let m = month.to_lowercase();
        let month = MONTHS.iter().position(|x| m.starts_with(x))? as u8 + 1;
        return Date::new(year.parse().ok()?, month, day.parse().ok()?);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_tokens() {
        let today = Date::parse("2026-01-01").unwrap();
        assert_eq!(parse_query_date("Today", today), Some(today));
        assert_eq!(parse_query_date("12 April 2022", today), Date::new(2022, 4, 12));
        assert_eq!(parse_query_date("2022-06-01", today), Date::new(2022, 6, 1));
        assert_eq!(parse_query_date("someday", today), None);
        assert_eq!(
            tokenize("FSB, Russia's (security) service"),
            ["FSB", ",", "Russia's", "(", "security", ")", "service"]
        );
    }
}
