//! The embedded SQLite store.

use crate::query::{
    self, ActorCount, ActorFilter, EventCursor, EventFilter, EventKeysetPage, EventPage, Period, QuoteFilter,
    QuotePage, StoredQuote, TimelineRow,
};
use crate::schema;
use crate::StoreError;
use dyad_code::record::{CodedDocument, EventRecord, QuoteRecord};
use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;

/// A SQLite database holding coded documents.
pub struct SqliteStore {
    pub(crate) conn: Connection,
}

/// What one insert call did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct InsertSummary {
    /// Documents written for the first time.
    pub inserted: usize,
    /// Documents already stored with the same content (skipped).
    pub unchanged: usize,
    /// Documents stored before with other content (replaced).
    pub replaced: usize,
    pub events: usize,
    pub quotes: usize,
}

/// A rejected input record, kept so that nothing is silently lost.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RejectRow {
    pub source: String,
    pub record: Option<u64>,
    pub offset: Option<u64>,
    pub reason: String,
    pub raw: String,
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        Self::init(Connection::open(path)?)
    }

    /// A private in-memory database (for tests and `POST /v1/code`-style scratch work).
    pub fn in_memory() -> Result<SqliteStore, StoreError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<SqliteStore, StoreError> {
        // WAL: a committed transaction survives a killed process; readers never block the writer.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        schema::migrate(&mut conn)?;
        Ok(SqliteStore { conn })
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Stores a batch of coded documents in one transaction: all of the batch, or none of it.
    pub fn insert(&mut self, documents: &[CodedDocument]) -> Result<InsertSummary, StoreError> {
        let tx = self.conn.transaction()?;
        let mut summary = InsertSummary::default();
        for doc in documents {
            let hash = dyad_ingest::identity::content_id(&doc.text);
            let existing: Option<String> = tx
                .query_row("SELECT content_hash FROM documents WHERE id = ?1", [&doc.id], |r| {
                    r.get(0)
                })
                .optional()?;
            match existing {
                Some(h) if h == hash => {
                    summary.unchanged += 1;
                    continue;
                }
                Some(_) => {
                    tx.execute("DELETE FROM documents WHERE id = ?1", [&doc.id])?;
                    summary.replaced += 1;
                }
                None => summary.inserted += 1,
            }
            write_document(&tx, doc, &hash)?;
            summary.events += doc.events.len();
            summary.quotes += doc.quotes.len();
        }
        tx.commit()?;
        Ok(summary)
    }

    /// Stores rejected records (a record already stored is not stored twice).
    pub fn insert_rejects(&mut self, rejects: &[RejectRow]) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        let mut n = 0;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT OR IGNORE INTO rejects (source, record, byte_offset, reason, raw) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for r in rejects {
                n += stmt.execute(params![r.source, r.record, r.offset, r.reason, r.raw])?;
            }
        }
        tx.commit()?;
        Ok(n)
    }

    /// The rejected records, oldest first.
    pub fn rejects(&self) -> Result<Vec<RejectRow>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT source, record, byte_offset, reason, raw FROM rejects ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok(RejectRow {
                source: r.get(0)?,
                record: r.get(1)?,
                offset: r.get(2)?,
                reason: r.get(3)?,
                raw: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One stored document, as it was coded.
    pub fn document(&self, id: &str) -> Result<Option<CodedDocument>, StoreError> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT coded_json FROM documents WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        Ok(match json {
            Some(j) => Some(serde_json::from_str(&j)?),
            None => None,
        })
    }

    /// Counts of stored documents, events, quotes and rejects.
    pub fn counts(&self) -> Result<[(String, i64); 5], StoreError> {
        let count = |table: &str| -> Result<i64, StoreError> {
            Ok(self
                .conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
        };
        Ok([
            ("documents".into(), count("documents")?),
            ("events".into(), count("events")?),
            ("quotes".into(), count("quotes")?),
            ("actors".into(), count("actors")?),
            ("rejects".into(), count("rejects")?),
        ])
    }

    /// Events matching `filter`, newest first, one page at a time.
    pub fn events(&self, filter: &EventFilter, limit: usize, offset: usize) -> Result<EventPage, StoreError> {
        let (where_sql, args) = query::where_clause(filter)?;
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM events e {where_sql}"),
            rusqlite::params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let sql = format!(
            "SELECT e.record_json FROM events e {where_sql} ORDER BY e.date DESC, e.id DESC LIMIT {} OFFSET {}",
            limit.min(10_000),
            offset
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| r.get::<_, String>(0))?;
        let mut events = Vec::new();
        for json in rows {
            events.push(serde_json::from_str::<EventRecord>(&json?)?);
        }
        Ok(EventPage {
            total: total as u64,
            events,
        })
    }

    /// Events matching `filter`, newest first, `limit` of them after `after` (keyset pagination: the
    /// cost of a page does not grow with its depth).
    pub fn events_after(
        &self,
        filter: &EventFilter,
        limit: usize,
        after: Option<&EventCursor>,
    ) -> Result<EventKeysetPage, StoreError> {
        let (where_sql, mut args) = query::where_clause(filter)?;
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM events e {where_sql}"),
            rusqlite::params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let mut terms = where_sql;
        if let Some(cursor) = after {
            let joiner = if terms.is_empty() { "WHERE" } else { " AND" };
            args.push(rusqlite::types::Value::Integer(cursor.id));
            let id = args.len();
            // Dates sort newest first and NULL dates last, as in `ORDER BY e.date DESC`.
            let keyset = match &cursor.date {
                Some(date) => {
                    args.push(rusqlite::types::Value::Text(date.clone()));
                    let d = args.len();
                    format!("(e.date < ?{d} OR (e.date = ?{d} AND e.id < ?{id}) OR e.date IS NULL)")
                }
                None => format!("(e.date IS NULL AND e.id < ?{id})"),
            };
            terms = format!("{terms}{joiner} {keyset}");
        }
        let limit = limit.clamp(1, 10_000);
        let sql = format!(
            "SELECT e.id, e.date, e.record_json FROM events e {terms} ORDER BY e.date DESC, e.id DESC LIMIT {limit}"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
        let mut events = Vec::new();
        let mut last = None;
        while let Some(row) = rows.next()? {
            last = Some(EventCursor {
                id: row.get(0)?,
                date: row.get(1)?,
            });
            events.push(serde_json::from_str::<EventRecord>(&row.get::<_, String>(2)?)?);
        }
        let next = if events.len() == limit { last } else { None };
        Ok(EventKeysetPage {
            total: total as u64,
            events,
            next,
        })
    }

    /// Quotes matching `filter`, in document order, one page at a time.
    pub fn quotes(&self, filter: &QuoteFilter, limit: usize, offset: usize) -> Result<QuotePage, StoreError> {
        let mut terms: Vec<String> = Vec::new();
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(speaker) = filter.speaker.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            args.push(rusqlite::types::Value::Text(speaker.to_lowercase()));
            let name = args.len();
            let mut term = format!("instr(lower(q.speaker_name), ?{name}) > 0");
            if query::is_code(speaker) {
                args.push(rusqlite::types::Value::Text(speaker.to_uppercase()));
                let c = args.len();
                term = format!("({term} OR (q.speaker_code >= ?{c} AND q.speaker_code < ?{c} || char(1114111)))");
            }
            terms.push(term);
        }
        if let Some(text) = filter.text.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            args.push(rusqlite::types::Value::Text(text.to_lowercase()));
            terms.push(format!("instr(lower(q.content), ?{}) > 0", args.len()));
        }
        let where_sql = if terms.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", terms.join(" AND "))
        };
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM quotes q {where_sql}"),
            rusqlite::params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let sql = format!(
            "SELECT q.doc_id, q.content, q.record_json FROM quotes q {where_sql} ORDER BY q.doc_id, q.idx \
             LIMIT {} OFFSET {offset}",
            limit.min(10_000)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
        let mut quotes = Vec::new();
        while let Some(row) = rows.next()? {
            quotes.push(StoredQuote {
                doc_id: row.get(0)?,
                text: row.get(1)?,
                quote: serde_json::from_str::<QuoteRecord>(&row.get::<_, String>(2)?)?,
            });
        }
        Ok(QuotePage {
            total: total as u64,
            quotes,
        })
    }

    /// The most mentioned actor codes matching `filter`, with mention and document counts.
    pub fn actors(&self, filter: &ActorFilter, limit: usize) -> Result<Vec<ActorCount>, StoreError> {
        let mut terms: Vec<String> = Vec::new();
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        for (value, what) in [
            (&filter.code, "code"),
            (&filter.country, "country"),
            (&filter.sector, "sector"),
        ] {
            let Some(v) = value else { continue };
            if !query::is_code(v) {
                return Err(StoreError::BadQuery(format!(
                    "{what} {v:?} is not an actor code (letters and digits)"
                )));
            }
            args.push(rusqlite::types::Value::Text(v.to_uppercase()));
            let p = args.len();
            terms.push(if what == "code" {
                format!("(a.code >= ?{p} AND a.code < ?{p} || char(1114111))")
            } else {
                format!("a.{what} = ?{p}")
            });
        }
        let where_sql = if terms.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", terms.join(" AND "))
        };
        let sql = format!(
            "SELECT a.code, count(*) AS n, count(DISTINCT a.doc_id) FROM actors a {where_sql} \
             GROUP BY a.code ORDER BY n DESC, a.code LIMIT {}",
            limit.min(10_000)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            Ok(ActorCount {
                code: r.get(0)?,
                mentions: r.get(1)?,
                documents: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Event counts and mean Goldstein per period (and quad class) for events matching `filter`.
    pub fn timeline(&self, filter: &EventFilter, period: Period) -> Result<Vec<TimelineRow>, StoreError> {
        let (where_sql, args) = query::where_clause(filter)?;
        let bucket = period.sql_bucket("e.date");
        let sql = format!(
            "SELECT {bucket} AS p, e.quad, count(*), avg(e.goldstein) FROM events e {where_sql} \
             GROUP BY p, e.quad HAVING p IS NOT NULL ORDER BY p, e.quad"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            Ok(TimelineRow {
                period: r.get(0)?,
                quad: r.get(1)?,
                events: r.get(2)?,
                mean_goldstein: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The most frequent values of `column` (`source_code`, `target_code`, `cameo`, `root`,
    /// `speaker_code`, ...) among events matching `filter`.
    pub fn top(&self, filter: &EventFilter, column: &str, limit: usize) -> Result<Vec<(String, i64)>, StoreError> {
        let column = query::groupable_column(column)?;
        let (where_sql, args) = query::where_clause(filter)?;
        let sql = format!(
            "SELECT e.{column}, count(*) AS n FROM events e {where_sql} {} e.{column} IS NOT NULL \
             GROUP BY e.{column} ORDER BY n DESC, e.{column} LIMIT {}",
            if where_sql.is_empty() { "WHERE" } else { "AND" },
            limit.min(10_000)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn write_document(tx: &rusqlite::Transaction<'_>, doc: &CodedDocument, hash: &str) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO documents (id, title, date, url, text, content_hash, coded_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![doc.id, doc.title, doc.date, doc.url, doc.text, hash, serde_json::to_string(doc)?])?;
    let chars: Vec<char> = doc.text.chars().collect();
    let slice = |span: [usize; 2]| -> String {
        chars
            .get(span[0].min(chars.len())..span[1].min(chars.len()))
            .map(|c| c.iter().collect())
            .unwrap_or_default()
    };
    let mut stmt = tx.prepare_cached(
        "INSERT INTO sentences (doc_id, idx, start, end, paragraph, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for s in &doc.sentences {
        stmt.execute(params![
            doc.id,
            s.index,
            s.span[0],
            s.span[1],
            s.paragraph,
            slice(s.span)
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO actors (doc_id, idx, sentence, start, end, text, code, country, sector, how) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for (i, a) in doc.actors.iter().enumerate() {
        stmt.execute(params![
            doc.id, i, a.sentence, a.span[0], a.span[1], a.text, a.code, a.country, a.sector, a.how
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO events (doc_id, idx, sentence, date, source_code, source_country, source_sector, target_code, \
         target_country, target_sector, cameo, root, goldstein, quad, quad_phoenix, plover, plover_mode, negated, \
         hypothetical, reported, speaker_code, confidence, pattern, record_json) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, \
         ?23, ?24)",
    )?;
    for (i, e) in doc.events.iter().enumerate() {
        let target = e.target.as_ref();
        stmt.execute(params![
            doc.id,
            i,
            e.sentence,
            e.date,
            e.source.code,
            e.source.country,
            e.source.sector,
            target.map(|t| &t.code),
            target.and_then(|t| t.country.as_ref()),
            target.and_then(|t| t.sector.as_ref()),
            e.cameo.code,
            e.cameo.root,
            e.goldstein,
            e.quad_class,
            e.quad_class_phoenix,
            e.plover.event,
            e.plover.mode,
            e.flags.negated,
            e.flags.hypothetical,
            e.flags.reported,
            e.speaker.as_ref().map(|s| &s.code),
            e.confidence,
            e.evidence.pattern,
            serde_json::to_string(e)?,
        ])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO quotes (doc_id, idx, kind, start, end, content, speaker_text, speaker_name, speaker_code, \
         record_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for (i, q) in doc.quotes.iter().enumerate() {
        let kind = serde_json::to_value(q.kind)?.as_str().unwrap_or("direct").to_string();
        let speaker = q.speaker.as_ref();
        stmt.execute(params![
            doc.id,
            i,
            kind,
            q.content[0],
            q.content[1],
            slice(q.content),
            speaker.map(|s| &s.text),
            speaker.map(|s| &s.name),
            speaker.and_then(|s| s.code.as_ref()),
            serde_json::to_string(q)?,
        ])?;
    }
    Ok(())
}
