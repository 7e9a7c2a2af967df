//! [`Store`]: the one interface over both backends, chosen by where the database is: a file path
//! (SQLite, embedded) or a `postgres://` URL (PostgreSQL).

use crate::db::Db;
use crate::postgres::Postgres;
use crate::query::{
    ActorCount, ActorFilter, DyadRow, EventCursor, EventFilter, EventKeysetPage, EventPage, Period, QuoteFilter,
    QuotePage, SpeakerCount, TimelineRow,
};
use crate::sqlite::Sqlite;
use crate::{read, write, StoreError};
use dyad_code::record::CodedDocument;
use std::path::Path;

/// A database holding coded documents.
pub struct Store {
    pub(crate) db: Box<dyn Db>,
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
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct RejectRow {
    pub source: String,
    pub record: Option<u64>,
    pub offset: Option<u64>,
    pub reason: String,
    pub raw: String,
}

/// True when `location` names a PostgreSQL database rather than a SQLite file.
pub fn is_postgres_url(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// `location` fit for messages and logs: a URL's password is masked.
pub fn display_location(location: &str) -> String {
    if !is_postgres_url(location) {
        return location.to_string();
    }
    let (scheme, rest) = location.split_once("://").unwrap_or(("postgres", location));
    match rest.split_once('@') {
        Some((user, host)) => {
            let user = user.split_once(':').map_or(user, |(name, _)| name);
            format!("{scheme}://{user}:***@{host}")
        }
        None => location.to_string(),
    }
}

impl Store {
    /// Opens the database at `location`: a `postgres://` URL, else a SQLite file path (created if
    /// needed). The schema is brought up to date either way.
    pub fn open_location(location: &str) -> Result<Store, StoreError> {
        if is_postgres_url(location) {
            Self::postgres(location)
        } else {
            Self::open(Path::new(location))
        }
    }

    /// Opens (creating if needed) the SQLite database at `path`. A bulk load whose process died
    /// is finished first.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let db = Box::new(Sqlite::open(path)?);
        crate::bulk::recover(&*db)?;
        Ok(Store { db })
    }

    /// A private in-memory SQLite database (for tests and scratch work).
    pub fn in_memory() -> Result<Store, StoreError> {
        Ok(Store {
            db: Box::new(Sqlite::in_memory()?),
        })
    }

    /// Connects to the PostgreSQL database at `url`.
    pub fn postgres(url: &str) -> Result<Store, StoreError> {
        Ok(Store {
            db: Box::new(Postgres::connect(url, None)?),
        })
    }

    /// Connects to the PostgreSQL database at `url`, keeping the store's tables in `schema`
    /// (created if missing): one database can hold several stores (and each test its own).
    pub fn postgres_in_schema(url: &str, schema: &str) -> Result<Store, StoreError> {
        Ok(Store {
            db: Box::new(Postgres::connect(url, Some(schema))?),
        })
    }

    /// `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        match self.db.dialect() {
            crate::Dialect::Sqlite => "sqlite",
            crate::Dialect::Postgres => "postgres",
        }
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.db.schema_version()
    }

    /// Stores a batch of coded documents in one transaction: all of the batch, or none of it.
    pub fn insert(&mut self, documents: &[CodedDocument]) -> Result<InsertSummary, StoreError> {
        write::insert(&*self.db, documents)
    }

    /// Stores a batch of coded documents and the batch's rejected records in one transaction.
    pub fn insert_with_rejects(
        &mut self,
        documents: &[CodedDocument],
        rejects: &[RejectRow],
    ) -> Result<(InsertSummary, usize), StoreError> {
        write::insert_with_rejects(&*self.db, documents, rejects)
    }

    /// Stores rejected records (a record already stored is not stored twice).
    pub fn insert_rejects(&mut self, rejects: &[RejectRow]) -> Result<usize, StoreError> {
        write::insert_rejects(&*self.db, rejects)
    }

    /// Starts a bulk load (SQLite; nothing to do on PostgreSQL): until [`Store::end_bulk`], the
    /// secondary and full-text indexes are not updated row by row but built once at the end.
    /// Queries stay correct meanwhile, only slower. A load cut short is finished when the store
    /// is next opened (or taken over by the next bulk load).
    pub fn begin_bulk(&mut self) -> Result<(), StoreError> {
        match self.db.dialect() {
            crate::Dialect::Sqlite => crate::bulk::begin(&*self.db),
            crate::Dialect::Postgres => Ok(()),
        }
    }

    /// Ends a bulk load: builds the indexes and the full-text entries of the rows written during it.
    pub fn end_bulk(&mut self) -> Result<(), StoreError> {
        match self.db.dialect() {
            crate::Dialect::Sqlite => crate::bulk::end(&*self.db),
            crate::Dialect::Postgres => Ok(()),
        }
    }

    /// Refreshes the query planner's statistics after a large write.
    pub fn optimize(&mut self) -> Result<(), StoreError> {
        self.db.after_write()
    }

    /// The rejected records, oldest first.
    pub fn rejects(&self) -> Result<Vec<RejectRow>, StoreError> {
        read::rejects(&*self.db)
    }

    /// One stored document, as it was coded.
    pub fn document(&self, id: &str) -> Result<Option<CodedDocument>, StoreError> {
        read::document(&*self.db, id)
    }

    /// Every stored document id, sorted.
    pub fn document_ids(&self) -> Result<Vec<String>, StoreError> {
        read::document_ids(&*self.db)
    }

    /// Counts of stored documents, events, quotes, actor mentions and rejects.
    pub fn counts(&self) -> Result<[(String, i64); 5], StoreError> {
        read::counts(&*self.db)
    }

    /// Events matching `filter`, newest first, one page at a time.
    pub fn events(&self, filter: &EventFilter, limit: usize, offset: usize) -> Result<EventPage, StoreError> {
        read::events(&*self.db, filter, limit, offset)
    }

    /// Events matching `filter`, newest first, `limit` of them after `after` (keyset pagination:
    /// the cost of a page does not grow with its depth).
    pub fn events_after(
        &self,
        filter: &EventFilter,
        limit: usize,
        after: Option<&EventCursor>,
    ) -> Result<EventKeysetPage, StoreError> {
        read::events_after(&*self.db, filter, limit, after)
    }

    /// Quotes matching `filter`, in document order, one page at a time.
    pub fn quotes(&self, filter: &QuoteFilter, limit: usize, offset: usize) -> Result<QuotePage, StoreError> {
        read::quotes(&*self.db, filter, limit, offset)
    }

    /// The most mentioned actor codes matching `filter`, with mention and document counts.
    pub fn actors(&self, filter: &ActorFilter, limit: usize) -> Result<Vec<ActorCount>, StoreError> {
        read::actors(&*self.db, filter, limit)
    }

    /// Event counts and mean Goldstein per period and quad class for events matching `filter`.
    pub fn timeline(&self, filter: &EventFilter, period: Period) -> Result<Vec<TimelineRow>, StoreError> {
        read::timeline(&*self.db, filter, period)
    }

    /// Event counts and mean Goldstein per period and dyad (source -> target) for events
    /// matching `filter`.
    pub fn dyads(&self, filter: &EventFilter, period: Period) -> Result<Vec<DyadRow>, StoreError> {
        read::dyads(&*self.db, filter, period)
    }

    /// The most frequent values of `column` (`source_code`, `target_code`, `cameo`, `root`,
    /// `speaker_code`, ...) among events matching `filter`.
    pub fn top(&self, filter: &EventFilter, column: &str, limit: usize) -> Result<Vec<(String, i64)>, StoreError> {
        read::top(&*self.db, filter, column, limit)
    }

    /// The most quoted speakers.
    pub fn top_speakers(&self, limit: usize) -> Result<Vec<SpeakerCount>, StoreError> {
        read::top_speakers(&*self.db, limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_masked_in_messages() {
        assert_eq!(
            display_location("postgres://dyad:secret@127.0.0.1:5432/db"),
            "postgres://dyad:***@127.0.0.1:5432/db"
        );
        assert_eq!(display_location("/tmp/x.db"), "/tmp/x.db");
        assert!(is_postgres_url("postgresql://h/db") && !is_postgres_url("postgres.db"));
    }
}
