//! The versioned schema. Each migration runs once, in order, in a transaction; the version is
//! kept in SQLite's `user_version`. Never edit a released migration: append a new one.

use crate::StoreError;
use rusqlite::Connection;

/// Migrations, in order; migration `i` brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: documents, sentences (with full-text search), actors, events, quotes, rejects.
    r#"
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT,
        date TEXT,
        url TEXT,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        coded_json TEXT NOT NULL,
        stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE sentences (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
    );
    CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='rowid');
    CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
    CREATE TABLE actors (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        sentence INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        code TEXT NOT NULL,
        country TEXT,
        sector TEXT,
        how TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
    );
    CREATE INDEX actors_code ON actors(code);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        sentence INTEGER NOT NULL,
        date TEXT,
        source_code TEXT NOT NULL,
        source_country TEXT,
        source_sector TEXT,
        target_code TEXT,
        target_country TEXT,
        target_sector TEXT,
        cameo TEXT NOT NULL,
        root TEXT NOT NULL,
        goldstein REAL NOT NULL,
        quad INTEGER NOT NULL,
        quad_phoenix INTEGER NOT NULL,
        plover TEXT NOT NULL,
        plover_mode TEXT,
        negated INTEGER NOT NULL,
        hypothetical INTEGER NOT NULL,
        reported INTEGER NOT NULL,
        speaker_code TEXT,
        confidence REAL NOT NULL,
        pattern TEXT NOT NULL,
        record_json TEXT NOT NULL,
        UNIQUE (doc_id, idx)
    );
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_source ON events(source_code, date);
    CREATE INDEX events_target ON events(target_code, date);
    CREATE INDEX events_source_country ON events(source_country, date);
    CREATE INDEX events_target_country ON events(target_country, date);
    CREATE INDEX events_root ON events(root, date);
    CREATE INDEX events_cameo ON events(cameo);
    CREATE INDEX events_plover ON events(plover, date);
    CREATE INDEX events_quad ON events(quad, date);
    CREATE TABLE quotes (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        content TEXT NOT NULL,
        speaker_text TEXT,
        speaker_name TEXT,
        speaker_code TEXT,
        record_json TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
    );
    CREATE INDEX quotes_speaker ON quotes(speaker_code);
    CREATE TABLE rejects (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        record INTEGER,
        byte_offset INTEGER,
        reason TEXT NOT NULL,
        raw TEXT NOT NULL,
        UNIQUE (source, record, byte_offset, reason)
    );
    "#,
];

/// The schema version this build writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to [`VERSION`], refusing databases written by a newer dyad.
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > VERSION {
        return Err(StoreError::TooNew {
            found,
            supported: VERSION,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
