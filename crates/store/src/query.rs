//! Event queries: filters, pages and aggregates. Every user value is bound as a parameter, never
//! spliced into SQL.

use crate::StoreError;
use dyad_code::record::{EventRecord, QuoteRecord};
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};

/// Filters over events; unset fields do not filter. Actor codes match by prefix, so `USA` matches
/// `USA`, `USAGOV`, `USAMIL`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventFilter {
    /// Source or target code (prefix).
    pub actor: Option<String>,
    pub source: Option<String>,
    pub target: Option<String>,
    /// Source or target country (ISO-3 / CAMEO).
    pub country: Option<String>,
    pub source_country: Option<String>,
    pub target_country: Option<String>,
    /// Source or target sector (GOV, MIL, ...).
    pub sector: Option<String>,
    /// CAMEO code (prefix: `16` matches 160-169 and their children).
    pub cameo: Option<String>,
    /// CAMEO root (two digits).
    pub root: Option<String>,
    /// Quad class, standard convention (1-4).
    pub quad: Option<u8>,
    pub plover: Option<String>,
    pub negated: Option<bool>,
    pub hypothetical: Option<bool>,
    pub reported: Option<bool>,
    /// First day included (ISO date).
    pub date_from: Option<String>,
    /// Last day included (ISO date).
    pub date_to: Option<String>,
    /// A dyad `A` -> `B` (codes, prefix), or `A` <-> `B` when `undirected`.
    pub dyad: Option<(String, String)>,
    pub undirected: bool,
    /// Full-text search over the events' sentences (SQLite FTS5 syntax).
    pub text: Option<String>,
    pub speaker: Option<String>,
}

/// One page of events and the total number matching.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventPage {
    pub total: u64,
    pub events: Vec<EventRecord>,
}

/// A time bucket for aggregates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Day,
    Week,
    Month,
    Year,
}

impl Period {
    /// The SQL expression bucketing an ISO date column.
    pub(crate) fn sql_bucket(self, column: &str) -> String {
        match self {
            Period::Day => format!("substr({column}, 1, 10)"),
            Period::Week => format!("strftime('%Y-W%W', {column})"),
            Period::Month => format!("substr({column}, 1, 7)"),
            Period::Year => format!("substr({column}, 1, 4)"),
        }
    }
}

impl std::str::FromStr for Period {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "day" => Ok(Period::Day),
            "week" => Ok(Period::Week),
            "month" => Ok(Period::Month),
            "year" => Ok(Period::Year),
            _ => Err(format!("unknown period {s:?} (day, week, month, year)")),
        }
    }
}

/// Events and mean Goldstein in one period and quad class.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineRow {
    pub period: String,
    pub quad: u8,
    pub events: i64,
    pub mean_goldstein: f64,
}

/// Where a keyset page of events starts: strictly after the event with this date and id, in the
/// order events are listed (newest first, then highest id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventCursor {
    pub date: Option<String>,
    pub id: i64,
}

impl EventCursor {
    /// The cursor as an opaque URL-safe token.
    pub fn encode(&self) -> String {
        format!("{}.{}", self.id, self.date.as_deref().unwrap_or(""))
    }

    /// Reads a token written by [`EventCursor::encode`].
    pub fn decode(token: &str) -> Result<EventCursor, StoreError> {
        let bad = || StoreError::BadQuery(format!("cursor {token:?} is not one this server returned"));
        let (id, date) = token.split_once('.').ok_or_else(bad)?;
        let id: i64 = id.parse().map_err(|_| bad())?;
        if !date.is_empty() && !is_date(date.get(..10).unwrap_or("")) {
            return Err(bad());
        }
        Ok(EventCursor {
            date: (!date.is_empty()).then(|| date.to_string()),
            id,
        })
    }
}

/// One page of events read by keyset pagination, with the cursor of the next page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventKeysetPage {
    pub total: u64,
    pub events: Vec<EventRecord>,
    /// Pass back to get the next page; `None` on the last page.
    pub next: Option<EventCursor>,
}

/// Filters over quotes; unset fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuoteFilter {
    /// The speaker's actor code (prefix) or a part of the speaker's name (case-insensitive).
    pub speaker: Option<String>,
    /// Words that must occur in the quoted text (case-insensitive substring).
    pub text: Option<String>,
}

/// A stored quote with its document and quoted text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredQuote {
    pub doc_id: String,
    /// The quoted words.
    pub text: String,
    pub quote: QuoteRecord,
}

/// One page of quotes and the total number matching.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuotePage {
    pub total: u64,
    pub quotes: Vec<StoredQuote>,
}

/// Filters over actor mentions; unset fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActorFilter {
    /// Code prefix (`USA` matches `USAGOV`).
    pub code: Option<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
}

/// How often an actor code is mentioned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorCount {
    pub code: String,
    /// Mentions in all documents.
    pub mentions: i64,
    /// Documents mentioning it.
    pub documents: i64,
}

/// Columns that `top` may group by.
pub(crate) fn groupable_column(name: &str) -> Result<&'static str, StoreError> {
    const COLUMNS: &[&str] = &[
        "source_code",
        "target_code",
        "source_country",
        "target_country",
        "cameo",
        "root",
        "plover",
        "speaker_code",
        "pattern",
    ];
    COLUMNS
        .iter()
        .find(|c| **c == name)
        .copied()
        .ok_or_else(|| StoreError::BadQuery(format!("cannot group by {name:?}; one of {}", COLUMNS.join(", "))))
}

pub(crate) fn is_code(s: &str) -> bool {
    !s.is_empty() && s.len() <= 32 && s.chars().all(|c| c.is_ascii_alphanumeric())
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Builds the `WHERE` clause (empty when nothing filters) and its bound values.
pub(crate) fn where_clause(f: &EventFilter) -> Result<(String, Vec<Value>), StoreError> {
    let mut terms: Vec<String> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    let bind = |v: Value, args: &mut Vec<Value>| {
        args.push(v);
        format!("?{}", args.len())
    };
    let code = |s: &String, what: &str| -> Result<Value, StoreError> {
        if is_code(s) {
            Ok(Value::Text(s.to_uppercase()))
        } else {
            Err(StoreError::BadQuery(format!(
                "{what} {s:?} is not an actor code (letters and digits)"
            )))
        }
    };
    // A range over the column (not `substr`), so that SQLite can use the column's index.
    let prefix = |column: &str, p: &str| format!("(e.{column} >= {p} AND e.{column} < {p} || char(1114111))");
    if let Some(a) = &f.actor {
        let p = bind(code(a, "actor")?, &mut args);
        terms.push(format!(
            "({} OR {})",
            prefix("source_code", &p),
            prefix("target_code", &p)
        ));
    }
    for (value, column) in [
        (&f.source, "source_code"),
        (&f.target, "target_code"),
        (&f.speaker, "speaker_code"),
    ] {
        if let Some(v) = value {
            let p = bind(code(v, column)?, &mut args);
            terms.push(prefix(column, &p));
        }
    }
    if let Some(c) = &f.country {
        let p = bind(code(c, "country")?, &mut args);
        terms.push(format!("(e.source_country = {p} OR e.target_country = {p})"));
    }
    for (value, column) in [
        (&f.source_country, "source_country"),
        (&f.target_country, "target_country"),
    ] {
        if let Some(v) = value {
            let p = bind(code(v, column)?, &mut args);
            terms.push(format!("e.{column} = {p}"));
        }
    }
    if let Some(s) = &f.sector {
        let p = bind(code(s, "sector")?, &mut args);
        terms.push(format!("(e.source_sector = {p} OR e.target_sector = {p})"));
    }
    if let Some(c) = &f.cameo {
        if !c.chars().all(|c| c.is_ascii_digit()) || c.is_empty() || c.len() > 4 {
            return Err(StoreError::BadQuery(format!("CAMEO code {c:?} must be 1-4 digits")));
        }
        let p = bind(Value::Text(c.clone()), &mut args);
        terms.push(prefix("cameo", &p));
    }
    if let Some(r) = &f.root {
        if r.len() != 2 || !r.chars().all(|c| c.is_ascii_digit()) {
            return Err(StoreError::BadQuery(format!(
                "CAMEO root {r:?} must be two digits (01-20)"
            )));
        }
        let p = bind(Value::Text(r.clone()), &mut args);
        terms.push(format!("e.root = {p}"));
    }
    if let Some(q) = f.quad {
        if !(1..=4).contains(&q) {
            return Err(StoreError::BadQuery(format!("quad class {q} must be 1-4")));
        }
        let p = bind(Value::Integer(q.into()), &mut args);
        terms.push(format!("e.quad = {p}"));
    }
    if let Some(v) = &f.plover {
        let p = bind(Value::Text(v.to_uppercase()), &mut args);
        terms.push(format!("e.plover = {p}"));
    }
    for (value, column) in [
        (f.negated, "negated"),
        (f.hypothetical, "hypothetical"),
        (f.reported, "reported"),
    ] {
        if let Some(v) = value {
            let p = bind(Value::Integer(v.into()), &mut args);
            terms.push(format!("e.{column} = {p}"));
        }
    }
    for (value, op) in [(&f.date_from, ">="), (&f.date_to, "<=")] {
        if let Some(d) = value {
            if !is_date(d) {
                return Err(StoreError::BadQuery(format!("date {d:?} must be YYYY-MM-DD")));
            }
            let p = bind(Value::Text(d.clone()), &mut args);
            terms.push(format!("substr(e.date, 1, 10) {op} {p}"));
        }
    }
    if let Some((a, b)) = &f.dyad {
        let pa = bind(code(a, "dyad actor")?, &mut args);
        let pb = bind(code(b, "dyad actor")?, &mut args);
        let forward = format!("({} AND {})", prefix("source_code", &pa), prefix("target_code", &pb));
        if f.undirected {
            let back = format!("({} AND {})", prefix("source_code", &pb), prefix("target_code", &pa));
            terms.push(format!("({forward} OR {back})"));
        } else {
            terms.push(forward);
        }
    }
    if let Some(t) = &f.text {
        // Quote the user's words as FTS5 strings so that its syntax characters are inert.
        let phrase: Vec<String> = t
            .split_whitespace()
            .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
            .collect();
        if phrase.is_empty() {
            return Err(StoreError::BadQuery("empty text search".into()));
        }
        let p = bind(Value::Text(phrase.join(" ")), &mut args);
        terms.push(format!(
            "EXISTS (SELECT 1 FROM sentences s JOIN sentences_fts ON sentences_fts.rowid = s.rowid \
             WHERE s.doc_id = e.doc_id AND s.idx = e.sentence AND sentences_fts MATCH {p})"
        ));
    }
    let sql = if terms.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", terms.join(" AND "))
    };
    Ok((sql, args))
}
