//! dyad-store: persistence of coded documents — documents, sentences, actor mentions, events,
//! quotes and rejected records — and queries over them.
//!
//! The embedded default is SQLite ([`SqliteStore`], no server to install). Writes are batched in
//! transactions and idempotent: a document already stored (same id and same content hash) is
//! skipped, so re-running an ingest adds nothing, and a killed run leaves no half-written document.

mod error;
mod network;
pub mod query;
mod schema;
mod sqlite;

pub use error::StoreError;
pub use network::NetworkEdge;
pub use query::{
    ActorCount, ActorFilter, EventCursor, EventFilter, EventKeysetPage, EventPage, Period, QuoteFilter, QuotePage,
    StoredQuote, TimelineRow,
};
pub use sqlite::{InsertSummary, RejectRow, SqliteStore};
