//! Store errors.

/// Anything that can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("PostgreSQL: {0}")]
    Postgres(#[from] postgres::Error),
    #[error("stored record is corrupt: {0}")]
    Corrupt(#[from] serde_json::Error),
    #[error("bad query: {0}")]
    BadQuery(String),
    #[error("database schema version {found} is newer than this dyad supports ({supported})")]
    TooNew { found: i64, supported: i64 },
}
