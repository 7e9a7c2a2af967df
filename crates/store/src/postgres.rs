//! The PostgreSQL backend, for teams and for stores larger than one machine's disk: the same
//! tables and queries as SQLite (text columns in the byte-order "C" collation so that codes sort
//! and prefix-match alike), full-text search by a generated `tsvector` column with a GIN index.

use crate::db::Db;
use crate::sql::{Arg, Cell, Dialect};
use crate::StoreError;
use postgres::types::{IsNull, ToSql, Type};
use postgres::{Client, NoTls, Row};
use std::cell::RefCell;

/// The schema version the tables below are (the same version as SQLite's).
const VERSION: i64 = 2;

const SCHEMA: &str = r#"
CREATE TABLE documents (
    key BIGSERIAL PRIMARY KEY,
    id TEXT COLLATE "C" NOT NULL UNIQUE,
    title TEXT,
    date TEXT,
    url TEXT,
    content_hash TEXT NOT NULL,
    coded_json TEXT NOT NULL,
    stored_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);
CREATE TABLE sentences (
    key BIGSERIAL PRIMARY KEY,
    doc BIGINT NOT NULL,
    idx BIGINT NOT NULL,
    start_char BIGINT NOT NULL,
    end_char BIGINT NOT NULL,
    paragraph BIGINT NOT NULL,
    text TEXT NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED
);
CREATE UNIQUE INDEX sentences_doc ON sentences(doc, idx);
CREATE INDEX sentences_tsv ON sentences USING GIN (tsv);
CREATE TABLE actors (
    doc BIGINT NOT NULL,
    idx BIGINT NOT NULL,
    sentence BIGINT NOT NULL,
    start_char BIGINT NOT NULL,
    end_char BIGINT NOT NULL,
    text TEXT NOT NULL,
    code TEXT COLLATE "C" NOT NULL,
    country TEXT COLLATE "C",
    sector TEXT COLLATE "C",
    how TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX actors_code ON actors(code);
CREATE TABLE events (
    id BIGSERIAL PRIMARY KEY,
    doc BIGINT NOT NULL,
    idx BIGINT NOT NULL,
    sentence BIGINT NOT NULL,
    day TEXT COLLATE "C",
    source_code TEXT COLLATE "C" NOT NULL,
    source_country TEXT COLLATE "C",
    source_sector TEXT COLLATE "C",
    target_code TEXT COLLATE "C",
    target_country TEXT COLLATE "C",
    target_sector TEXT COLLATE "C",
    cameo TEXT COLLATE "C" NOT NULL,
    root TEXT COLLATE "C" NOT NULL,
    goldstein DOUBLE PRECISION NOT NULL,
    quad BIGINT NOT NULL,
    quad_phoenix BIGINT NOT NULL,
    plover TEXT COLLATE "C" NOT NULL,
    plover_mode TEXT,
    negated BIGINT NOT NULL,
    hypothetical BIGINT NOT NULL,
    reported BIGINT NOT NULL,
    speaker_code TEXT COLLATE "C",
    confidence DOUBLE PRECISION NOT NULL,
    pattern TEXT COLLATE "C" NOT NULL
);
CREATE TABLE event_records (
    id BIGINT PRIMARY KEY,
    json TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc, sentence);
CREATE INDEX events_day ON events(day DESC NULLS LAST, id DESC);
CREATE INDEX events_source ON events(source_code, target_code, day);
CREATE INDEX events_target ON events(target_code, source_code, day);
CREATE INDEX events_source_country ON events(source_country, day);
CREATE INDEX events_target_country ON events(target_country, day);
CREATE INDEX events_root ON events(root, day);
CREATE INDEX events_speaker ON events(speaker_code) WHERE speaker_code IS NOT NULL;
CREATE TABLE quotes (
    doc BIGINT NOT NULL,
    idx BIGINT NOT NULL,
    kind TEXT NOT NULL,
    start_char BIGINT NOT NULL,
    end_char BIGINT NOT NULL,
    content TEXT NOT NULL,
    speaker_text TEXT,
    speaker_name TEXT COLLATE "C",
    speaker_code TEXT COLLATE "C",
    record_json TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_code);
CREATE TABLE rejects (
    id BIGSERIAL PRIMARY KEY,
    source TEXT NOT NULL,
    record BIGINT,
    byte_offset BIGINT,
    reason TEXT NOT NULL,
    raw TEXT NOT NULL
);
CREATE UNIQUE INDEX rejects_once ON rejects(source, coalesce(record, -1), coalesce(byte_offset, -1), reason);
"#;

/// A PostgreSQL connection.
pub(crate) struct Postgres {
    client: RefCell<Client>,
}

impl ToSql for Arg<'_> {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Arg::Null => Ok(IsNull::Yes),
            Arg::Text(s) => s.as_ref().to_sql(ty, out),
            Arg::Int(n) => match *ty {
                Type::INT2 => i16::try_from(*n)?.to_sql(ty, out),
                Type::INT4 => i32::try_from(*n)?.to_sql(ty, out),
                Type::BOOL => (*n != 0).to_sql(ty, out),
                Type::FLOAT8 => (*n as f64).to_sql(ty, out),
                _ => n.to_sql(ty, out),
            },
            Arg::Real(x) => match *ty {
                Type::FLOAT4 => (*x as f32).to_sql(ty, out),
                _ => x.to_sql(ty, out),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

/// `?N` placeholders as PostgreSQL's `$N` (statements hold no other `?`: values are bound).
fn placeholders(sql: &str) -> String {
    sql.replace('?', "$")
}

fn cells(row: &Row) -> Vec<Cell> {
    (0..row.len())
        .map(|i| {
            let ty = row.columns()[i].type_().clone();
            let cell = match ty {
                Type::INT8 => row.try_get::<_, Option<i64>>(i).map(|v| v.map(Cell::Int)),
                Type::INT4 => row.try_get::<_, Option<i32>>(i).map(|v| v.map(|n| Cell::Int(n.into()))),
                Type::INT2 => row.try_get::<_, Option<i16>>(i).map(|v| v.map(|n| Cell::Int(n.into()))),
                Type::BOOL => row
                    .try_get::<_, Option<bool>>(i)
                    .map(|v| v.map(|b| Cell::Int(b.into()))),
                Type::FLOAT8 => row.try_get::<_, Option<f64>>(i).map(|v| v.map(Cell::Real)),
                Type::FLOAT4 => row
                    .try_get::<_, Option<f32>>(i)
                    .map(|v| v.map(|x| Cell::Real(x.into()))),
                _ => row.try_get::<_, Option<String>>(i).map(|v| v.map(Cell::Text)),
            };
            cell.ok().flatten().unwrap_or(Cell::Null)
        })
        .collect()
}

fn params<'a>(args: &'a [Arg<'a>]) -> Vec<&'a (dyn ToSql + Sync)> {
    args.iter().map(|a| a as &(dyn ToSql + Sync)).collect()
}

impl Postgres {
    /// Connects to `url` and brings the schema up to date; with `schema`, the store's tables live
    /// in that PostgreSQL schema (created if missing), so that one database can hold several stores.
    pub(crate) fn connect(url: &str, schema: Option<&str>) -> Result<Postgres, StoreError> {
        let mut client = Client::connect(url, NoTls)?;
        if let Some(name) = schema {
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Err(StoreError::BadQuery(format!(
                    "schema name {name:?} must be letters, digits and _"
                )));
            }
            client.batch_execute(&format!(
                "CREATE SCHEMA IF NOT EXISTS {name}; SET search_path TO {name}"
            ))?;
        }
        // One migration at a time, whoever else connects now.
        client.batch_execute("SELECT pg_advisory_lock(72070)")?;
        let result = migrate(&mut client);
        client.batch_execute("SELECT pg_advisory_unlock(72070)")?;
        result?;
        Ok(Postgres {
            client: RefCell::new(client),
        })
    }
}

fn migrate(client: &mut Client) -> Result<(), StoreError> {
    client.batch_execute("CREATE TABLE IF NOT EXISTS dyad_schema (version BIGINT NOT NULL)")?;
    let found: Option<i64> = client.query_one("SELECT max(version) FROM dyad_schema", &[])?.get(0);
    let found = found.unwrap_or(0);
    if found > VERSION {
        return Err(StoreError::TooNew {
            found,
            supported: VERSION,
        });
    }
    if found < VERSION {
        let mut tx = client.transaction()?;
        tx.batch_execute(SCHEMA)?;
        tx.execute("INSERT INTO dyad_schema (version) VALUES ($1)", &[&VERSION])?;
        tx.commit()?;
    }
    Ok(())
}

impl Db for Postgres {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn rows(&self, sql: &str, args: &[Arg<'_>]) -> Result<Vec<Vec<Cell>>, StoreError> {
        let rows = self.client.borrow_mut().query(&placeholders(sql), &params(args))?;
        Ok(rows.iter().map(cells).collect())
    }

    fn execute(&self, sql: &str, args: &[Arg<'_>]) -> Result<usize, StoreError> {
        Ok(self.client.borrow_mut().execute(&placeholders(sql), &params(args))? as usize)
    }

    fn insert(&self, sql: &str, args: &[Arg<'_>], key: &str) -> Result<i64, StoreError> {
        let sql = format!("{} RETURNING {key}", placeholders(sql));
        let row = self.client.borrow_mut().query_one(&sql, &params(args))?;
        Ok(row.try_get::<_, i64>(0)?)
    }

    fn batch(&self, sql: &str) -> Result<(), StoreError> {
        Ok(self.client.borrow_mut().batch_execute(sql)?)
    }

    fn schema_version(&self) -> Result<i64, StoreError> {
        let v: Option<i64> = self
            .client
            .borrow_mut()
            .query_one("SELECT max(version) FROM dyad_schema", &[])?
            .get(0);
        Ok(v.unwrap_or(0))
    }

    fn after_write(&self) -> Result<(), StoreError> {
        Ok(self.client.borrow_mut().batch_execute("ANALYZE")?)
    }
}
