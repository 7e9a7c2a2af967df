//! Writes: a batch of coded documents in one transaction, idempotently (a document stored with
//! the same content is skipped, one stored with other content is replaced), and rejected records.

use crate::db::Db;
use crate::sql::Arg;
use crate::{InsertSummary, RejectRow, StoreError};
use dyad_code::record::CodedDocument;

/// Runs `f` in a write transaction: all of it is stored, or none.
pub(crate) fn in_transaction<T>(db: &dyn Db, f: impl FnOnce() -> Result<T, StoreError>) -> Result<T, StoreError> {
    db.batch(db.dialect().begin_write())?;
    match f() {
        Ok(value) => {
            db.batch("COMMIT")?;
            Ok(value)
        }
        Err(err) => {
            let _ = db.batch("ROLLBACK");
            Err(err)
        }
    }
}

pub(crate) fn insert(db: &dyn Db, documents: &[CodedDocument]) -> Result<InsertSummary, StoreError> {
    in_transaction(db, || insert_documents(db, documents))
}

fn insert_documents(db: &dyn Db, documents: &[CodedDocument]) -> Result<InsertSummary, StoreError> {
    {
        let mut summary = InsertSummary::default();
        for doc in documents {
            let hash = dyad_ingest::identity::content_id(&doc.text);
            let found = db.rows(
                "SELECT key, content_hash FROM documents WHERE id = ?1",
                &[doc.id.as_str().into()],
            )?;
            match found.first() {
                Some(row) if row[1].text().as_deref() == Some(hash.as_str()) => {
                    summary.unchanged += 1;
                    continue;
                }
                Some(row) => {
                    delete_document(db, row[0].int())?;
                    summary.replaced += 1;
                }
                None => summary.inserted += 1,
            }
            write_document(db, doc, &hash)?;
            summary.events += doc.events.len();
            summary.quotes += doc.quotes.len();
        }
        Ok(summary)
    }
}

pub(crate) fn insert_rejects(db: &dyn Db, rejects: &[RejectRow]) -> Result<usize, StoreError> {
    in_transaction(db, || insert_reject_rows(db, rejects))
}

fn insert_reject_rows(db: &dyn Db, rejects: &[RejectRow]) -> Result<usize, StoreError> {
    {
        let mut n = 0;
        for r in rejects {
            n += db.execute(
                "INSERT INTO rejects (source, record, byte_offset, reason, raw) VALUES (?1, ?2, ?3, ?4, ?5) \
                 ON CONFLICT DO NOTHING",
                &[
                    r.source.as_str().into(),
                    r.record.map(|n| n as i64).into(),
                    r.offset.map(|n| n as i64).into(),
                    r.reason.as_str().into(),
                    r.raw.as_str().into(),
                ],
            )?;
        }
        Ok(n)
    }
}

fn delete_document(db: &dyn Db, key: i64) -> Result<(), StoreError> {
    for sql in [
        "DELETE FROM event_records WHERE id IN (SELECT id FROM events WHERE doc = ?1)",
        "DELETE FROM events WHERE doc = ?1",
        "DELETE FROM sentences WHERE doc = ?1",
        "DELETE FROM actors WHERE doc = ?1",
        "DELETE FROM quotes WHERE doc = ?1",
        "DELETE FROM documents WHERE key = ?1",
    ] {
        db.execute(sql, &[Arg::Int(key)])?;
    }
    Ok(())
}

/// The first ten characters of an ISO date (`YYYY-MM-DD`), the day events are filtered and
/// bucketed by.
fn day(date: Option<&String>) -> Option<&str> {
    date.map(|d| d.get(..10).unwrap_or(d))
}

fn write_document(db: &dyn Db, doc: &CodedDocument, hash: &str) -> Result<(), StoreError> {
    // Events and quotes are stored as rows of their own; the document keeps the rest.
    // (Every field named, so that a field added to the record cannot be silently dropped here.)
    let head = CodedDocument {
        id: doc.id.clone(),
        title: doc.title.clone(),
        date: doc.date.clone(),
        url: doc.url.clone(),
        text: doc.text.clone(),
        sentences: doc.sentences.clone(),
        actors: doc.actors.clone(),
        events: Vec::new(),
        quotes: Vec::new(),
        warnings: doc.warnings.clone(),
    };
    let key = db.insert(
        "INSERT INTO documents (id, title, date, url, content_hash, coded_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        &[
            (&doc.id).into(),
            doc.title.as_ref().into(),
            doc.date.as_ref().into(),
            doc.url.as_ref().into(),
            hash.into(),
            serde_json::to_string(&head)?.into(),
        ],
        "key",
    )?;
    let key = Arg::Int(key);
    let chars: Vec<char> = doc.text.chars().collect();
    let slice = |span: [usize; 2]| -> String {
        chars
            .get(span[0].min(chars.len())..span[1].min(chars.len()))
            .map(|c| c.iter().collect())
            .unwrap_or_default()
    };
    for s in &doc.sentences {
        db.execute(
            "INSERT INTO sentences (doc, idx, start_char, end_char, paragraph, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            &[
                key.clone(),
                s.index.into(),
                s.span[0].into(),
                s.span[1].into(),
                s.paragraph.into(),
                slice(s.span).into(),
            ],
        )?;
    }
    for (i, a) in doc.actors.iter().enumerate() {
        db.execute(
            "INSERT INTO actors (doc, idx, sentence, start_char, end_char, text, code, country, sector, how) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            &[
                key.clone(),
                i.into(),
                a.sentence.into(),
                a.span[0].into(),
                a.span[1].into(),
                (&a.text).into(),
                (&a.code).into(),
                a.country.as_ref().into(),
                a.sector.as_ref().into(),
                (&a.how).into(),
            ],
        )?;
    }
    for (i, e) in doc.events.iter().enumerate() {
        let target = e.target.as_ref();
        let id = db.insert(
            "INSERT INTO events (doc, idx, sentence, day, source_code, source_country, source_sector, target_code, \
             target_country, target_sector, cameo, root, goldstein, quad, quad_phoenix, plover, plover_mode, negated, \
             hypothetical, reported, speaker_code, confidence, pattern) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, \
             ?22, ?23)",
            &[
                key.clone(),
                i.into(),
                e.sentence.into(),
                day(e.date.as_ref()).into(),
                (&e.source.code).into(),
                e.source.country.as_ref().into(),
                e.source.sector.as_ref().into(),
                target.map(|t| &t.code).into(),
                target.and_then(|t| t.country.as_ref()).into(),
                target.and_then(|t| t.sector.as_ref()).into(),
                (&e.cameo.code).into(),
                (&e.cameo.root).into(),
                e.goldstein.into(),
                Arg::Int(e.quad_class.into()),
                Arg::Int(e.quad_class_phoenix.into()),
                (&e.plover.event).into(),
                e.plover.mode.as_ref().into(),
                e.flags.negated.into(),
                e.flags.hypothetical.into(),
                e.flags.reported.into(),
                e.speaker.as_ref().map(|s| &s.code).into(),
                e.confidence.into(),
                (&e.evidence.pattern).into(),
            ],
            "id",
        )?;
        db.execute(
            "INSERT INTO event_records (id, json) VALUES (?1, ?2)",
            &[Arg::Int(id), serde_json::to_string(e)?.into()],
        )?;
    }
    for (i, q) in doc.quotes.iter().enumerate() {
        let kind = serde_json::to_value(q.kind)?.as_str().unwrap_or("direct").to_string();
        let speaker = q.speaker.as_ref();
        db.execute(
            "INSERT INTO quotes (doc, idx, kind, start_char, end_char, content, speaker_text, speaker_name, \
             speaker_code, record_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            &[
                key.clone(),
                i.into(),
                kind.into(),
                q.content[0].into(),
                q.content[1].into(),
                slice(q.content).into(),
                speaker.map(|s| &s.text).into(),
                speaker.map(|s| &s.name).into(),
                speaker.and_then(|s| s.code.as_ref()).into(),
                serde_json::to_string(q)?.into(),
            ],
        )?;
    }
    Ok(())
}

pub(crate) fn insert_with_rejects(
    db: &dyn Db,
    documents: &[CodedDocument],
    rejects: &[RejectRow],
) -> Result<(InsertSummary, usize), StoreError> {
    in_transaction(db, || {
        let summary = insert_documents(db, documents)?;
        let n = insert_reject_rows(db, rejects)?;
        Ok((summary, n))
    })
}
