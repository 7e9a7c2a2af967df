//! The embedded SQLite backend: WAL journal (a committed transaction survives a killed process,
//! readers never block the writer), cached prepared statements, planner statistics kept fresh.

use crate::db::Db;
use crate::schema;
use crate::sql::{Arg, Cell, Dialect};
use crate::StoreError;
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, ToSql};
use std::path::Path;

/// A SQLite connection.
pub(crate) struct Sqlite {
    conn: Connection,
}

impl ToSql for Arg<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Arg::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Arg::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Arg::Int(n) => ToSqlOutput::Borrowed(ValueRef::Integer(*n)),
            Arg::Real(x) => ToSqlOutput::Borrowed(ValueRef::Real(*x)),
        })
    }
}

fn cell(value: ValueRef<'_>) -> Cell {
    match value {
        ValueRef::Null => Cell::Null,
        ValueRef::Integer(n) => Cell::Int(n),
        ValueRef::Real(x) => Cell::Real(x),
        ValueRef::Text(t) | ValueRef::Blob(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
    }
}

impl Sqlite {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub(crate) fn open(path: &Path) -> Result<Sqlite, StoreError> {
        Self::init(Connection::open(path)?)
    }

    /// A private in-memory database.
    pub(crate) fn in_memory() -> Result<Sqlite, StoreError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<Sqlite, StoreError> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // In WAL mode, NORMAL loses no committed transaction when the process dies (only on
        // power loss, the last ones), and saves an fsync per commit.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "cache_size", -256 * 1024)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.pragma_update(None, "mmap_size", 1i64 << 30)?;
        conn.pragma_update(None, "wal_autocheckpoint", 8192)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.set_prepared_statement_cache_capacity(64);
        schema::migrate(&mut conn)?;
        Ok(Sqlite { conn })
    }
}

impl Db for Sqlite {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn rows(&self, sql: &str, args: &[Arg<'_>]) -> Result<Vec<Vec<Cell>>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let n = stmt.column_count();
        let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push((0..n).map(|i| row.get_ref(i).map(cell)).collect::<Result<_, _>>()?);
        }
        Ok(out)
    }

    fn execute(&self, sql: &str, args: &[Arg<'_>]) -> Result<usize, StoreError> {
        Ok(self
            .conn
            .prepare_cached(sql)?
            .execute(rusqlite::params_from_iter(args))?)
    }

    fn insert(&self, sql: &str, args: &[Arg<'_>], _key: &str) -> Result<i64, StoreError> {
        self.execute(sql, args)?;
        Ok(self.conn.last_insert_rowid())
    }

    fn batch(&self, sql: &str) -> Result<(), StoreError> {
        Ok(self.conn.execute_batch(sql)?)
    }

    fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Analyzes the tables whose size changed a lot since their last analysis (whole tables: the
    /// planner picks between an index and the newest-first scan by these counts).
    fn after_write(&self) -> Result<(), StoreError> {
        Ok(self.conn.execute_batch("PRAGMA analysis_limit = 0; PRAGMA optimize;")?)
    }
}
