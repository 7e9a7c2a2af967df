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
    // 2: integer document keys, narrow event rows with their JSON apart, indexes that match the
    // selective filters (each ends in `day` so that a filtered page comes out newest first; broad
    // filters such as a quad class are served by scanning `day` newest first), no foreign
    // keys (the store deletes a document's rows itself), rejects unique even without a record
    // number. Rows of version 1 are carried over.
    r#"
    DROP TRIGGER sentences_fts_insert;
    DROP TRIGGER sentences_fts_delete;
    DROP TABLE sentences_fts;
    CREATE TABLE documents_v2 (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT,
        date TEXT,
        url TEXT,
        content_hash TEXT NOT NULL,
        coded_json TEXT NOT NULL,
        stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    INSERT INTO documents_v2 (id, title, date, url, content_hash, coded_json, stored_at)
        SELECT id, title, date, url, content_hash, json_set(coded_json, '$.events', json('[]'), '$.quotes', json('[]')),
               stored_at
        FROM documents ORDER BY rowid;
    CREATE TABLE sentences_v2 (
        key INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    INSERT INTO sentences_v2 (doc, idx, start_char, end_char, paragraph, text)
        SELECT d.key, s.idx, s.start, s.end, s.paragraph, s.text
        FROM sentences s JOIN documents_v2 d ON d.id = s.doc_id ORDER BY s.rowid;
    CREATE TABLE actors_v2 (
        doc INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        sentence INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        code TEXT NOT NULL,
        country TEXT,
        sector TEXT,
        how TEXT NOT NULL,
        PRIMARY KEY (doc, idx)
    );
    INSERT INTO actors_v2
        SELECT d.key, a.idx, a.sentence, a.start, a.end, a.text, a.code, a.country, a.sector, a.how
        FROM actors a JOIN documents_v2 d ON d.id = a.doc_id;
    CREATE TABLE events_v2 (
        id INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        sentence INTEGER NOT NULL,
        day TEXT,
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
        pattern TEXT NOT NULL
    );
    INSERT INTO events_v2
        SELECT e.id, d.key, e.idx, e.sentence, substr(e.date, 1, 10), e.source_code, e.source_country, e.source_sector,
               e.target_code, e.target_country, e.target_sector, e.cameo, e.root, e.goldstein, e.quad, e.quad_phoenix,
               e.plover, e.plover_mode, e.negated, e.hypothetical, e.reported, e.speaker_code, e.confidence, e.pattern
        FROM events e JOIN documents_v2 d ON d.id = e.doc_id;
    CREATE TABLE event_records (
        id INTEGER PRIMARY KEY,
        json TEXT NOT NULL
    );
    INSERT INTO event_records SELECT id, record_json FROM events;
    CREATE TABLE quotes_v2 (
        doc INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        content TEXT NOT NULL,
        speaker_text TEXT,
        speaker_name TEXT,
        speaker_code TEXT,
        record_json TEXT NOT NULL,
        PRIMARY KEY (doc, idx)
    );
    INSERT INTO quotes_v2
        SELECT d.key, q.idx, q.kind, q.start, q.end, q.content, q.speaker_text, q.speaker_name, q.speaker_code,
               q.record_json
        FROM quotes q JOIN documents_v2 d ON d.id = q.doc_id;
    CREATE TABLE rejects_v2 (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        record INTEGER,
        byte_offset INTEGER,
        reason TEXT NOT NULL,
        raw TEXT NOT NULL
    );
    INSERT INTO rejects_v2 SELECT id, source, record, byte_offset, reason, raw FROM rejects ORDER BY id;
    DROP TABLE quotes;
    DROP TABLE events;
    DROP TABLE actors;
    DROP TABLE sentences;
    DROP TABLE documents;
    DROP TABLE rejects;
    ALTER TABLE documents_v2 RENAME TO documents;
    ALTER TABLE sentences_v2 RENAME TO sentences;
    ALTER TABLE actors_v2 RENAME TO actors;
    ALTER TABLE events_v2 RENAME TO events;
    ALTER TABLE quotes_v2 RENAME TO quotes;
    ALTER TABLE rejects_v2 RENAME TO rejects;
    CREATE UNIQUE INDEX sentences_doc ON sentences(doc, idx);
    CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='key');
    INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
    CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text) VALUES (new.key, new.text);
    END;
    CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.key, old.text);
    END;
    CREATE INDEX actors_code ON actors(code);
    CREATE INDEX events_doc ON events(doc, sentence);
    CREATE INDEX events_day ON events(day);
    CREATE INDEX events_source ON events(source_code, target_code, day);
    CREATE INDEX events_target ON events(target_code, source_code, day);
    CREATE INDEX events_source_country ON events(source_country, day);
    CREATE INDEX events_target_country ON events(target_country, day);
    CREATE INDEX events_root ON events(root, day);
    CREATE INDEX events_speaker ON events(speaker_code) WHERE speaker_code IS NOT NULL;
    CREATE INDEX quotes_speaker ON quotes(speaker_code);
    CREATE UNIQUE INDEX rejects_once ON rejects(source, coalesce(record, -1), coalesce(byte_offset, -1), reason);
    "#,
    // 3: the record of a bulk load under way (see bulk.rs): the first sentence it wrote, and the
    // process writing it.
    r#"
    CREATE TABLE bulk_load (
        first_sentence INTEGER NOT NULL,
        pid INTEGER NOT NULL
    );
    "#,
];

/// The schema version this build writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to [`VERSION`], refusing databases written by a newer dyad.
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    migrate_to(conn, VERSION)
}

/// Brings the database up to version `target`.
fn migrate_to(conn: &mut Connection, target: i64) -> Result<(), StoreError> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > VERSION {
        return Err(StoreError::TooNew {
            found,
            supported: VERSION,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().take(target as usize).skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_1_rows_are_carried_over_to_version_2() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, 1).unwrap();
        conn.execute_batch(
            r#"
            INSERT INTO documents (id, text, content_hash, coded_json)
                VALUES ('a', 'Talks.', 'h', '{"id":"a","text":"Talks.","sentences":[],"actors":[],"events":[{"x":1}],"quotes":[]}');
            INSERT INTO sentences (doc_id, idx, start, end, paragraph, text) VALUES ('a', 0, 0, 6, 0, 'Talks.');
            INSERT INTO events (doc_id, idx, sentence, date, source_code, cameo, root, goldstein, quad, quad_phoenix,
                plover, negated, hypothetical, reported, confidence, pattern, record_json)
                VALUES ('a', 0, 0, '2006-07-08T10:00', 'USA', '040', '04', 1.0, 1, 1, 'CONSULT', 0, 0, 0, 0.9, 'p', '{}');
            INSERT INTO rejects (source, reason, raw) VALUES ('in.jsonl', 'bad', '{');
            "#,
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(version, VERSION);
        let (doc, day): (i64, String) = conn
            .query_row("SELECT doc, day FROM events", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        let key: i64 = conn
            .query_row("SELECT key FROM documents WHERE id = 'a'", [], |r| r.get(0))
            .unwrap();
        assert_eq!((doc, day.as_str()), (key, "2006-07-08"));
        let json: String = conn
            .query_row("SELECT coded_json FROM documents", [], |r| r.get(0))
            .unwrap();
        assert!(json.contains(r#""events":[]"#), "{json}");
        let found: i64 = conn
            .query_row(
                "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'talks'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(found, 1);
        // Rejects without a record number are now unique too.
        conn.execute(
            "INSERT OR IGNORE INTO rejects (source, reason, raw) VALUES ('in.jsonl', 'bad', '{')",
            [],
        )
        .unwrap();
        let rejects: i64 = conn
            .query_row("SELECT count(*) FROM rejects", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rejects, 1);
    }
}
