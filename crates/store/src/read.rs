//! Queries, written once for both backends: event pages (offset or keyset) with a capped total,
//! quotes, actors, documents, rejects and the aggregates (timelines, dyads, top values).

use crate::db::Db;
use crate::query::{
    ActorCount, ActorFilter, DyadRow, EventCursor, EventFilter, EventKeysetPage, EventPage, Period, QuoteFilter,
    QuotePage, SpeakerCount, StoredQuote, TimelineRow,
};
use crate::sql::{self, Arg, Cell, Sql};
use crate::{RejectRow, StoreError};
use dyad_code::record::{CodedDocument, EventRecord, QuoteRecord};

/// Totals stop counting here: counting every match of a broad filter over millions of events
/// would cost more than the page itself. A total at the cap is flagged `total_capped`.
pub const COUNT_CAP: u64 = 1_000;

/// Largest page the store returns.
const MAX_PAGE: usize = 10_000;

fn new_sql(db: &dyn Db) -> Sql {
    Sql::new(db.dialect())
}

pub(crate) fn counts(db: &dyn Db) -> Result<[(String, i64); 5], StoreError> {
    let count = |table: &str| -> Result<i64, StoreError> {
        let rows = db.rows(&format!("SELECT count(*) FROM {table}"), &[])?;
        Ok(rows.first().and_then(|r| r.first()).map_or(0, Cell::int))
    };
    Ok([
        ("documents".into(), count("documents")?),
        ("events".into(), count("events")?),
        ("quotes".into(), count("quotes")?),
        ("actors".into(), count("actors")?),
        ("rejects".into(), count("rejects")?),
    ])
}

pub(crate) fn document(db: &dyn Db, id: &str) -> Result<Option<CodedDocument>, StoreError> {
    let rows = db.rows("SELECT key, coded_json FROM documents WHERE id = ?1", &[id.into()])?;
    let Some(row) = rows.first() else {
        return Ok(None);
    };
    let key = Arg::Int(row[0].int());
    let mut doc: CodedDocument = serde_json::from_str(&row[1].text().unwrap_or_default())?;
    for r in db.rows(
        "SELECT r.json FROM events e JOIN event_records r ON r.id = e.id WHERE e.doc = ?1 ORDER BY e.idx",
        std::slice::from_ref(&key),
    )? {
        doc.events.push(serde_json::from_str(&r[0].text().unwrap_or_default())?);
    }
    for r in db.rows(
        "SELECT record_json FROM quotes WHERE doc = ?1 ORDER BY idx",
        std::slice::from_ref(&key),
    )? {
        doc.quotes.push(serde_json::from_str(&r[0].text().unwrap_or_default())?);
    }
    Ok(Some(doc))
}

/// Every stored document id, in id order.
pub(crate) fn document_ids(db: &dyn Db) -> Result<Vec<String>, StoreError> {
    Ok(db
        .rows("SELECT id FROM documents ORDER BY id", &[])?
        .into_iter()
        .filter_map(|r| r[0].text())
        .collect())
}

pub(crate) fn rejects(db: &dyn Db) -> Result<Vec<RejectRow>, StoreError> {
    let rows = db.rows(
        "SELECT source, record, byte_offset, reason, raw FROM rejects ORDER BY id",
        &[],
    )?;
    Ok(rows
        .into_iter()
        .map(|r| RejectRow {
            source: r[0].text().unwrap_or_default(),
            record: r[1].opt_int().map(|n| n as u64),
            offset: r[2].opt_int().map(|n| n as u64),
            reason: r[3].text().unwrap_or_default(),
            raw: r[4].text().unwrap_or_default(),
        })
        .collect())
}

/// How many events match, counting no further than [`COUNT_CAP`].
fn capped_count(db: &dyn Db, filter: &EventFilter) -> Result<(u64, bool), StoreError> {
    let mut sql = new_sql(db);
    let terms = sql::event_terms(filter, &mut sql)?;
    let text = format!(
        "SELECT count(*) FROM (SELECT 1 FROM events e {} LIMIT {}) AS c",
        sql::where_sql(&terms),
        COUNT_CAP + 1
    );
    let rows = db.rows(&text, &sql.args)?;
    let n = rows.first().and_then(|r| r.first()).map_or(0, Cell::int) as u64;
    Ok((n.min(COUNT_CAP), n > COUNT_CAP))
}

/// The events table of a page query. When many events match (the count reached the cap), the
/// newest-first walk of the `day` index meets 50 matches soonest, so SQLite is told to take it;
/// otherwise its planner picks the filter's index and sorts the few matches.
fn events_table(db: &dyn Db, capped: bool) -> &'static str {
    match db.dialect() {
        sql::Dialect::Sqlite if capped => "events e INDEXED BY events_day",
        _ => "events e",
    }
}

/// The newest-first order of event lists.
fn event_order(db: &dyn Db) -> &'static str {
    match db.dialect() {
        sql::Dialect::Sqlite => "ORDER BY e.day DESC, e.id DESC",
        sql::Dialect::Postgres => "ORDER BY e.day DESC NULLS LAST, e.id DESC",
    }
}

/// The stored records of the events with these ids, in the same order.
fn event_records(db: &dyn Db, ids: &[i64]) -> Result<Vec<EventRecord>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let marks: Vec<String> = (1..=ids.len()).map(|i| format!("?{i}")).collect();
    let args: Vec<Arg<'_>> = ids.iter().map(|&id| Arg::Int(id)).collect();
    let rows = db.rows(
        &format!("SELECT id, json FROM event_records WHERE id IN ({})", marks.join(", ")),
        &args,
    )?;
    let mut by_id = std::collections::HashMap::with_capacity(rows.len());
    for r in rows {
        by_id.insert(r[0].int(), r[1].text().unwrap_or_default());
    }
    ids.iter()
        .filter_map(|id| by_id.get(id))
        .map(|json| serde_json::from_str::<EventRecord>(json).map_err(StoreError::from))
        .collect()
}

pub(crate) fn events(db: &dyn Db, filter: &EventFilter, limit: usize, offset: usize) -> Result<EventPage, StoreError> {
    let (total, total_capped) = capped_count(db, filter)?;
    let mut sql = new_sql(db);
    let terms = sql::event_terms(filter, &mut sql)?;
    let text = format!(
        "SELECT e.id FROM {} {} {} LIMIT {} OFFSET {offset}",
        events_table(db, total_capped),
        sql::where_sql(&terms),
        event_order(db),
        limit.min(MAX_PAGE)
    );
    let ids: Vec<i64> = db.rows(&text, &sql.args)?.iter().map(|r| r[0].int()).collect();
    Ok(EventPage {
        total,
        total_capped,
        events: event_records(db, &ids)?,
    })
}

pub(crate) fn events_after(
    db: &dyn Db,
    filter: &EventFilter,
    limit: usize,
    after: Option<&EventCursor>,
) -> Result<EventKeysetPage, StoreError> {
    let (total, total_capped) = capped_count(db, filter)?;
    let mut sql = new_sql(db);
    let mut terms = sql::event_terms(filter, &mut sql)?;
    if let Some(cursor) = after {
        // Days sort newest first and missing days last.
        let term = match &cursor.date {
            Some(day) => {
                let d = sql.bind(Arg::from(day.clone()));
                let id = sql.bind(Arg::Int(cursor.id));
                format!("(e.day < {d} OR (e.day = {d} AND e.id < {id}) OR e.day IS NULL)")
            }
            None => {
                let id = sql.bind(Arg::Int(cursor.id));
                format!("(e.day IS NULL AND e.id < {id})")
            }
        };
        terms.push(term);
    }
    let limit = limit.clamp(1, MAX_PAGE);
    let text = format!(
        "SELECT e.id, e.day FROM {} {} {} LIMIT {limit}",
        events_table(db, total_capped),
        sql::where_sql(&terms),
        event_order(db)
    );
    let rows = db.rows(&text, &sql.args)?;
    let ids: Vec<i64> = rows.iter().map(|r| r[0].int()).collect();
    let next = match rows.last() {
        Some(last) if rows.len() == limit => Some(EventCursor {
            id: last[0].int(),
            date: last[1].text(),
        }),
        _ => None,
    };
    Ok(EventKeysetPage {
        total,
        total_capped,
        events: event_records(db, &ids)?,
        next,
    })
}

pub(crate) fn quotes(db: &dyn Db, filter: &QuoteFilter, limit: usize, offset: usize) -> Result<QuotePage, StoreError> {
    let d = db.dialect();
    let mut sql = new_sql(db);
    let mut terms: Vec<String> = Vec::new();
    if let Some(speaker) = filter.speaker.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        let name = sql.bind(Arg::from(speaker.to_lowercase()));
        let mut term = d.contains("q.speaker_name", &name);
        if sql::is_code(speaker) {
            let c = sql.bind(Arg::from(speaker.to_uppercase()));
            term = format!("({term} OR {})", d.prefix("q.speaker_code", &c));
        }
        terms.push(term);
    }
    if let Some(text) = filter.text.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        let p = sql.bind(Arg::from(text.to_lowercase()));
        terms.push(d.contains("q.content", &p));
    }
    let where_sql = sql::where_sql(&terms);
    let total = db
        .rows(&format!("SELECT count(*) FROM quotes q {where_sql}"), &sql.args)?
        .first()
        .and_then(|r| r.first())
        .map_or(0, Cell::int);
    let text = format!(
        "SELECT d.id, q.content, q.record_json FROM quotes q JOIN documents d ON d.key = q.doc {where_sql} \
         ORDER BY d.id, q.idx LIMIT {} OFFSET {offset}",
        limit.min(MAX_PAGE)
    );
    let mut quotes = Vec::new();
    for r in db.rows(&text, &sql.args)? {
        quotes.push(StoredQuote {
            doc_id: r[0].text().unwrap_or_default(),
            text: r[1].text().unwrap_or_default(),
            quote: serde_json::from_str::<QuoteRecord>(&r[2].text().unwrap_or_default())?,
        });
    }
    Ok(QuotePage {
        total: total as u64,
        quotes,
    })
}

pub(crate) fn actors(db: &dyn Db, filter: &ActorFilter, limit: usize) -> Result<Vec<ActorCount>, StoreError> {
    let d = db.dialect();
    let mut sql = new_sql(db);
    let mut terms: Vec<String> = Vec::new();
    for (value, what) in [
        (&filter.code, "code"),
        (&filter.country, "country"),
        (&filter.sector, "sector"),
    ] {
        let Some(v) = value else { continue };
        if !sql::is_code(v) {
            return Err(StoreError::BadQuery(format!(
                "{what} {v:?} is not an actor code (letters and digits)"
            )));
        }
        let p = sql.bind(Arg::from(v.to_uppercase()));
        terms.push(if what == "code" {
            d.prefix("a.code", &p)
        } else {
            format!("a.{what} = {p}")
        });
    }
    let text = format!(
        "SELECT a.code, count(*) AS n, count(DISTINCT a.doc) FROM actors a {} \
         GROUP BY a.code ORDER BY n DESC, a.code LIMIT {}",
        sql::where_sql(&terms),
        limit.min(MAX_PAGE)
    );
    Ok(db
        .rows(&text, &sql.args)?
        .into_iter()
        .map(|r| ActorCount {
            code: r[0].text().unwrap_or_default(),
            mentions: r[1].int(),
            documents: r[2].int(),
        })
        .collect())
}

pub(crate) fn timeline(db: &dyn Db, filter: &EventFilter, period: Period) -> Result<Vec<TimelineRow>, StoreError> {
    let mut sql = new_sql(db);
    let mut terms = sql::event_terms(filter, &mut sql)?;
    terms.push("e.day IS NOT NULL".into());
    let text = format!(
        "SELECT {} AS p, e.quad, count(*), avg(e.goldstein) FROM events e {} GROUP BY 1, 2 ORDER BY 1, 2",
        db.dialect().bucket(period, "e.day"),
        sql::where_sql(&terms)
    );
    Ok(db
        .rows(&text, &sql.args)?
        .into_iter()
        .map(|r| TimelineRow {
            period: r[0].text().unwrap_or_default(),
            quad: r[1].int() as u8,
            events: r[2].int(),
            mean_goldstein: r[3].real(),
        })
        .collect())
}

pub(crate) fn dyads(db: &dyn Db, filter: &EventFilter, period: Period) -> Result<Vec<DyadRow>, StoreError> {
    let mut sql = new_sql(db);
    let mut terms = sql::event_terms(filter, &mut sql)?;
    terms.push("e.day IS NOT NULL".into());
    terms.push("e.target_code IS NOT NULL".into());
    let text = format!(
        "SELECT {} AS p, e.source_code, e.target_code, count(*), avg(e.goldstein) FROM events e {} \
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
        db.dialect().bucket(period, "e.day"),
        sql::where_sql(&terms)
    );
    Ok(db
        .rows(&text, &sql.args)?
        .into_iter()
        .map(|r| DyadRow {
            period: r[0].text().unwrap_or_default(),
            source: r[1].text().unwrap_or_default(),
            target: r[2].text().unwrap_or_default(),
            events: r[3].int(),
            mean_goldstein: r[4].real(),
        })
        .collect())
}

/// Columns that `top` may group by.
const GROUPABLE: &[&str] = &[
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

pub(crate) fn top(
    db: &dyn Db,
    filter: &EventFilter,
    column: &str,
    limit: usize,
) -> Result<Vec<(String, i64)>, StoreError> {
    let column = GROUPABLE
        .iter()
        .find(|c| **c == column)
        .ok_or_else(|| StoreError::BadQuery(format!("cannot group by {column:?}; one of {}", GROUPABLE.join(", "))))?;
    let mut sql = new_sql(db);
    let mut terms = sql::event_terms(filter, &mut sql)?;
    terms.push(format!("e.{column} IS NOT NULL"));
    let text = format!(
        "SELECT e.{column}, count(*) AS n FROM events e {} GROUP BY e.{column} ORDER BY n DESC, e.{column} LIMIT {}",
        sql::where_sql(&terms),
        limit.min(MAX_PAGE)
    );
    Ok(db
        .rows(&text, &sql.args)?
        .into_iter()
        .map(|r| (r[0].text().unwrap_or_default(), r[1].int()))
        .collect())
}

pub(crate) fn top_speakers(db: &dyn Db, limit: usize) -> Result<Vec<SpeakerCount>, StoreError> {
    let text = format!(
        "SELECT q.speaker_name, q.speaker_code, count(*) AS n FROM quotes q WHERE q.speaker_name IS NOT NULL \
         GROUP BY q.speaker_name, q.speaker_code ORDER BY n DESC, q.speaker_name LIMIT {}",
        limit.min(MAX_PAGE)
    );
    Ok(db
        .rows(&text, &[])?
        .into_iter()
        .map(|r| SpeakerCount {
            name: r[0].text().unwrap_or_default(),
            code: r[1].text(),
            quotes: r[2].int(),
        })
        .collect())
}
