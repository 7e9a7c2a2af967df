//! The one interface both backends implement: run a statement with bound arguments, read rows
//! back. Everything the store does (writes and queries) is written once over it.

use crate::sql::{Arg, Cell, Dialect};
use crate::StoreError;

/// A database connection. Statements use `?N` placeholders, whatever the backend.
pub(crate) trait Db: Send {
    fn dialect(&self) -> Dialect;
    /// Runs a query and returns all its rows.
    fn rows(&self, sql: &str, args: &[Arg<'_>]) -> Result<Vec<Vec<Cell>>, StoreError>;
    /// Runs a statement and returns the number of rows it changed.
    fn execute(&self, sql: &str, args: &[Arg<'_>]) -> Result<usize, StoreError>;
    /// Runs an `INSERT` and returns the generated value of the integer primary key `key`.
    fn insert(&self, sql: &str, args: &[Arg<'_>], key: &str) -> Result<i64, StoreError>;
    /// Runs statements without arguments (`BEGIN`, `COMMIT`, DDL).
    fn batch(&self, sql: &str) -> Result<(), StoreError>;
    /// The schema version of the open database.
    fn schema_version(&self) -> Result<i64, StoreError>;
    /// Housekeeping after a large write (SQLite refreshes its planner statistics).
    fn after_write(&self) -> Result<(), StoreError> {
        Ok(())
    }
}
