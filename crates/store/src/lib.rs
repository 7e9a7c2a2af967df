//! dyad-store: persistence of coded documents — documents, sentences, actor mentions, events,
//! quotes and rejected records — and queries over them.
//!
//! One interface, [`Store`], over two backends chosen by location: SQLite (a file path; embedded,
//! no server to install) and PostgreSQL (a `postgres://` URL). Writes are batched in
//! transactions and idempotent: a document already stored with the same content is skipped, so
//! re-running an ingest adds nothing, and a killed run leaves no half-written document.

mod bulk;
mod db;
mod error;
mod network;
mod postgres;
pub mod query;
mod read;
mod schema;
mod sql;
mod sqlite;
mod store;
#[cfg(test)]
mod test_records;
mod write;

pub use error::StoreError;
pub use network::NetworkEdge;
pub use query::{
    ActorCount, ActorFilter, DyadRow, EventCursor, EventFilter, EventKeysetPage, EventPage, Period, QuoteFilter,
    QuotePage, SpeakerCount, StoredQuote, TimelineRow,
};
pub use read::COUNT_CAP;
pub use sql::Dialect;
pub use store::{display_location, is_postgres_url, InsertSummary, RejectRow, Store};

/// The store opened on a SQLite file (the name earlier versions used).
pub type SqliteStore = Store;
