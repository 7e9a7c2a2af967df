//! The query types shared by the store, the CLI (`dyad query`) and the server (`GET /v1/events`):
//! filters, pages and aggregate rows. The SQL they turn into is in `sql.rs`.

use crate::StoreError;
use dyad_code::record::{EventRecord, QuoteRecord};
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
    pub source_sector: Option<String>,
    pub target_sector: Option<String>,
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
    /// Events matching, counted up to [`crate::COUNT_CAP`].
    pub total: u64,
    /// True when more events match than `total` says (the count stopped at the cap).
    pub total_capped: bool,
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
        if !date.is_empty() && !crate::sql::is_date(date.get(..10).unwrap_or("")) {
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
    /// Events matching, counted up to [`crate::COUNT_CAP`].
    pub total: u64,
    /// True when more events match than `total` says (the count stopped at the cap).
    pub total_capped: bool,
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

/// Events and mean Goldstein of one dyad (source -> target codes) in one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadRow {
    pub period: String,
    pub source: String,
    pub target: String,
    pub events: i64,
    pub mean_goldstein: f64,
}

/// How often a speaker is quoted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpeakerCount {
    pub name: String,
    pub code: Option<String>,
    pub quotes: i64,
}
