//! Bulk loading (SQLite): while a large ingest runs, the secondary indexes and the full-text
//! index are not maintained row by row; they are built once at the end, which is several times
//! cheaper than updating them on every insert.
//!
//! A bulk load is recorded in the database (table `bulk_load`), so that one cut short (a killed
//! process) is finished the next time the store is opened: indexes rebuilt, the sentences
//! written since the load began added to the full-text index. Queries stay correct during a
//! bulk load, only slower.

use crate::db::Db;
use crate::StoreError;

/// The secondary indexes dropped during a bulk load; `events_doc` stays, because replacing a
/// document deletes its events by it. Keep in step with the schema's migrations (a test checks).
pub(crate) const INDEXES: &[(&str, &str)] = &[
    ("actors_code", "CREATE INDEX IF NOT EXISTS actors_code ON actors(code)"),
    ("events_day", "CREATE INDEX IF NOT EXISTS events_day ON events(day)"),
    (
        "events_source",
        "CREATE INDEX IF NOT EXISTS events_source ON events(source_code, target_code, day)",
    ),
    (
        "events_target",
        "CREATE INDEX IF NOT EXISTS events_target ON events(target_code, source_code, day)",
    ),
    (
        "events_source_country",
        "CREATE INDEX IF NOT EXISTS events_source_country ON events(source_country, day)",
    ),
    (
        "events_target_country",
        "CREATE INDEX IF NOT EXISTS events_target_country ON events(target_country, day)",
    ),
    (
        "events_root",
        "CREATE INDEX IF NOT EXISTS events_root ON events(root, day)",
    ),
    (
        "events_speaker",
        "CREATE INDEX IF NOT EXISTS events_speaker ON events(speaker_code) WHERE speaker_code IS NOT NULL",
    ),
    (
        "quotes_speaker",
        "CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_code)",
    ),
];

/// The full-text triggers of the schema (sentence rows in and out of `sentences_fts`).
const FTS_TRIGGERS: &str = "
    CREATE TRIGGER IF NOT EXISTS sentences_fts_insert AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text) VALUES (new.key, new.text);
    END;
    CREATE TRIGGER IF NOT EXISTS sentences_fts_delete AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.key, old.text);
    END;";

/// During a bulk load, only sentences indexed before it began leave the full-text index when
/// they are deleted (the newer ones are not in it yet).
const BULK_DELETE_TRIGGER: &str = "
    CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences
    WHEN old.key < (SELECT first_sentence FROM bulk_load) BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.key, old.text);
    END;";

/// Whether a bulk load is under way (or was cut short).
pub(crate) fn active(db: &dyn Db) -> Result<bool, StoreError> {
    Ok(!db.rows("SELECT 1 FROM bulk_load", &[])?.is_empty())
}

/// Starts a bulk load: drops the secondary indexes and the full-text insert trigger. A load cut
/// short before is taken over (it is finished by this one's end).
pub(crate) fn begin(db: &dyn Db) -> Result<(), StoreError> {
    let pid = std::process::id() as i64;
    if active(db)? {
        db.execute("UPDATE bulk_load SET pid = ?1", &[pid.into()])?;
        return Ok(());
    }
    let mut sql = format!(
        "BEGIN IMMEDIATE;
         INSERT INTO bulk_load (first_sentence, pid) SELECT coalesce(max(key), 0) + 1, {pid} FROM sentences;
         DROP TRIGGER IF EXISTS sentences_fts_insert;
         DROP TRIGGER IF EXISTS sentences_fts_delete;",
    );
    sql.push_str(BULK_DELETE_TRIGGER);
    for (name, _) in INDEXES {
        sql.push_str(&format!("DROP INDEX IF EXISTS {name};"));
    }
    sql.push_str("COMMIT;");
    run(db, &sql)
}

/// Finishes a bulk load cut short: one whose process is gone (Linux; elsewhere it is left for
/// the next `dyad ingest`, which takes it over).
pub(crate) fn recover(db: &dyn Db) -> Result<(), StoreError> {
    let Some(row) = db.rows("SELECT pid FROM bulk_load", &[])?.into_iter().next() else {
        return Ok(());
    };
    let pid = row[0].int();
    let proc_fs = std::path::Path::new("/proc/self").exists();
    if proc_fs && !std::path::Path::new(&format!("/proc/{pid}")).exists() {
        end(db)?;
    }
    Ok(())
}

/// Ends a bulk load (or finishes one cut short): builds the indexes, adds the sentences written
/// since it began to the full-text index, and puts the triggers back, in one transaction.
pub(crate) fn end(db: &dyn Db) -> Result<(), StoreError> {
    if !active(db)? {
        return Ok(());
    }
    let mut sql = String::from(
        "BEGIN IMMEDIATE;
         INSERT INTO sentences_fts(rowid, text)
             SELECT key, text FROM sentences WHERE key >= (SELECT first_sentence FROM bulk_load);
         DROP TRIGGER IF EXISTS sentences_fts_delete;",
    );
    sql.push_str(FTS_TRIGGERS);
    for (_, create) in INDEXES {
        sql.push_str(create);
        sql.push(';');
    }
    sql.push_str("DELETE FROM bulk_load; COMMIT;");
    run(db, &sql)
}

fn run(db: &dyn Db, sql: &str) -> Result<(), StoreError> {
    db.batch(sql).inspect_err(|_| {
        let _ = db.batch("ROLLBACK");
    })
}

#[cfg(test)]
mod tests {
    use crate::{EventFilter, Store};
    use dyad_code::record::*;

    fn document(id: &str, text: &str) -> CodedDocument {
        let who = crate::test_records::participant;
        CodedDocument {
            id: id.into(),
            text: text.into(),
            sentences: vec![SentenceRecord {
                index: 0,
                span: [0, text.chars().count()],
                paragraph: 0,
            }],
            events: vec![EventRecord {
                doc_id: id.into(),
                source: who("USAGOV"),
                target: Some(who("PRKGOV")),
                date: Some("2006-07-08".into()),
                ..EventRecord::default()
            }],
            ..CodedDocument::default()
        }
    }

    fn search(store: &Store, words: &str) -> usize {
        let filter = EventFilter {
            text: Some(words.into()),
            ..EventFilter::default()
        };
        store.events(&filter, 50, 0).unwrap().events.len()
    }

    /// Index and trigger definitions, whitespace-normalised, sorted.
    fn schema(store: &Store) -> Vec<String> {
        let rows = store
            .db
            .rows(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL \
                 ORDER BY name",
                &[],
            )
            .unwrap();
        rows.iter()
            .map(|r| {
                let sql = r[2].text().unwrap_or_default();
                let sql: Vec<&str> = sql.split_whitespace().collect();
                format!(
                    "{} {} {}",
                    r[0].text().unwrap_or_default(),
                    r[1].text().unwrap_or_default(),
                    sql.join(" ")
                )
            })
            .collect()
    }

    fn temp(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("dyad-bulk-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("store.db")
    }

    #[test]
    fn a_bulk_load_ends_with_the_schema_and_search_of_a_plain_load() {
        let path = temp("plain");
        let fresh = schema(&Store::open(&path).unwrap());
        let mut store = Store::open(&path).unwrap();
        store.insert(&[document("a", "Talks on the ceasefire began.")]).unwrap();
        store.begin_bulk().unwrap();
        assert!(schema(&store).len() < fresh.len(), "indexes dropped during the load");
        store.insert(&[document("b", "The ceasefire held overnight.")]).unwrap();
        store.insert(&[document("c", "A missile test.")]).unwrap();
        // Replaced during the load: the old text must not stay searchable.
        store.insert(&[document("c", "A rocket test.")]).unwrap();
        // Replaced during the load, but stored before it.
        store.insert(&[document("a", "Talks on the truce began.")]).unwrap();
        assert_eq!(search(&store, "ceasefire"), 0, "not yet in the full-text index");
        store.end_bulk().unwrap();
        assert_eq!(schema(&store), fresh);
        assert_eq!(search(&store, "ceasefire"), 1);
        assert_eq!(search(&store, "truce"), 1);
        assert_eq!(search(&store, "rocket"), 1);
        assert_eq!(search(&store, "missile"), 0);
        assert_eq!(search(&store, "talks"), 1);
        let check: Vec<Vec<crate::sql::Cell>> = store
            .db
            .rows(
                "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)",
                &[],
            )
            .unwrap();
        assert!(check.is_empty());
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
    }

    #[test]
    fn a_bulk_load_cut_short_is_finished_when_the_store_is_next_opened() {
        let path = temp("killed");
        let fresh = schema(&Store::open(&path).unwrap());
        {
            let mut store = Store::open(&path).unwrap();
            store.begin_bulk().unwrap();
            store.insert(&[document("a", "The ceasefire held.")]).unwrap();
            // As if the loading process had died: its pid is not alive.
            store
                .db
                .execute("UPDATE bulk_load SET pid = ?1", &[(i32::MAX as i64).into()])
                .unwrap();
        }
        let store = Store::open(&path).unwrap();
        if std::path::Path::new("/proc/self").exists() {
            assert_eq!(schema(&store), fresh);
            assert_eq!(search(&store, "ceasefire"), 1);
        } else {
            eprintln!("skipped the recovery check: no /proc to tell a dead process");
        }
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
    }
}
