//! The store on both backends: idempotent batched inserts, filters, aggregates and rejects. Every
//! test runs on SQLite, and on PostgreSQL too when `DYAD_TEST_PG` holds a database URL (each test
//! in a fresh schema of that database).

use dyad_code::record::*;
use dyad_store::{EventFilter, Period, RejectRow, Store, StoreError};

/// A fresh in-memory SQLite store and, when `DYAD_TEST_PG` is set, a fresh PostgreSQL store.
fn stores(test: &str) -> Vec<Store> {
    let mut stores = vec![Store::in_memory().unwrap()];
    match std::env::var("DYAD_TEST_PG") {
        Ok(url) if !url.trim().is_empty() => {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            let schema = format!("dyad_test_{test}_{}_{nanos}", std::process::id());
            stores.push(Store::postgres_in_schema(url.trim(), &schema).expect("DYAD_TEST_PG connects"));
        }
        _ => eprintln!("DYAD_TEST_PG is not set: {test} runs on SQLite only, PostgreSQL is skipped"),
    }
    stores
}

fn participant(code: &str, country: &str, sector: Option<&str>) -> Participant {
    Participant {
        text: code.into(),
        span: [0, 1],
        code: code.into(),
        country: Some(country.into()),
        sector: sector.map(Into::into),
    }
}

fn event(
    doc: &str,
    sentence: usize,
    date: &str,
    src: Participant,
    tgt: Participant,
    cameo: &str,
    quad: u8,
) -> EventRecord {
    EventRecord {
        doc_id: doc.into(),
        sentence,
        span: [0, 5],
        source: src,
        target: Some(tgt),
        cameo: Cameo {
            code: cameo.into(),
            root: cameo[..2].into(),
            name: "test".into(),
        },
        goldstein: if quad > 2 { -5.0 } else { 3.0 },
        quad_class: quad,
        quad_class_phoenix: quad,
        plover: Plover {
            event: if quad > 2 {
                "SANCTION".into()
            } else {
                "COOPERATE".into()
            },
            mode: None,
        },
        flags: Flags::default(),
        speaker: None,
        date: Some(date.into()),
        date_basis: Some("publication".into()),
        confidence: 0.9,
        evidence: Evidence {
            pattern: "p1".into(),
            predicate: [1, 2],
            spans: vec![[1, 2]],
        },
    }
}

fn document(id: &str, text: &str, events: Vec<EventRecord>) -> CodedDocument {
    CodedDocument {
        id: id.into(),
        text: text.into(),
        date: Some("2006-07-08".into()),
        sentences: vec![SentenceRecord {
            index: 0,
            span: [0, text.chars().count()],
            paragraph: 0,
        }],
        events,
        ..CodedDocument::default()
    }
}

fn sample() -> Vec<CodedDocument> {
    let usa = || participant("USAGOV", "USA", Some("GOV"));
    let prk = || participant("PRK", "PRK", None);
    let chn = || participant("CHN", "CHN", None);
    vec![
        document(
            "a",
            "Japan proposed sanctions on North Korea.",
            vec![
                event("a", 0, "2006-07-07", usa(), prk(), "163", 4),
                event("a", 0, "2006-07-07", chn(), prk(), "036", 1),
            ],
        ),
        document(
            "b",
            "China and North Korea held talks.",
            vec![event("b", 0, "2006-08-02", prk(), chn(), "043", 1)],
        ),
    ]
}

#[test]
fn inserts_are_idempotent_and_replace_changed_documents() {
    for mut store in stores("idempotent") {
        let first = store.insert(&sample()).unwrap();
        assert_eq!((first.inserted, first.events), (2, 3));
        let again = store.insert(&sample()).unwrap();
        assert_eq!((again.inserted, again.unchanged, again.events), (0, 2, 0));
        let mut changed = sample();
        changed[1].text.push_str(" More.");
        changed[1].events.clear();
        let third = store.insert(&changed[1..]).unwrap();
        assert_eq!(third.replaced, 1);
        let page = store.events(&EventFilter::default(), 100, 0).unwrap();
        assert_eq!(page.total, 2);
        assert_eq!(store.document("a").unwrap().unwrap().events.len(), 2);
    }
}

#[test]
fn filters_select_the_right_events() {
    for mut store in stores("filters") {
        store.insert(&sample()).unwrap();
        let count = |f: EventFilter| store.events(&f, 100, 0).unwrap().total;
        assert_eq!(
            count(EventFilter {
                actor: Some("USA".into()),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            count(EventFilter {
                target: Some("prk".into()),
                ..Default::default()
            }),
            2
        );
        assert_eq!(
            count(EventFilter {
                root: Some("16".into()),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            count(EventFilter {
                cameo: Some("0".into()),
                ..Default::default()
            }),
            2
        );
        assert_eq!(
            count(EventFilter {
                quad: Some(1),
                ..Default::default()
            }),
            2
        );
        assert_eq!(
            count(EventFilter {
                plover: Some("sanction".into()),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            count(EventFilter {
                date_from: Some("2006-08-01".into()),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            count(EventFilter {
                country: Some("CHN".into()),
                ..Default::default()
            }),
            2
        );
        assert_eq!(
            count(EventFilter {
                sector: Some("GOV".into()),
                ..Default::default()
            }),
            1
        );
        let dyad = Some(("CHN".to_string(), "PRK".to_string()));
        assert_eq!(
            count(EventFilter {
                dyad: dyad.clone(),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            count(EventFilter {
                dyad,
                undirected: true,
                ..Default::default()
            }),
            2
        );
        assert_eq!(
            count(EventFilter {
                text: Some("talks".into()),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            count(EventFilter {
                text: Some("sanctions' OR 1=1; --\"".into()),
                ..Default::default()
            }),
            0
        );
    }
}

#[test]
fn bad_filter_values_are_rejected_not_executed() {
    for store in stores("bad_filters") {
        for f in [
            EventFilter {
                actor: Some("USA' OR '1'='1".into()),
                ..Default::default()
            },
            EventFilter {
                root: Some("1; DROP TABLE events".into()),
                ..Default::default()
            },
            EventFilter {
                quad: Some(9),
                ..Default::default()
            },
            EventFilter {
                date_from: Some("yesterday".into()),
                ..Default::default()
            },
        ] {
            assert!(matches!(store.events(&f, 10, 0), Err(StoreError::BadQuery(_))), "{f:?}");
        }
        assert!(matches!(
            store.top(&EventFilter::default(), "doc_id; DROP", 5),
            Err(StoreError::BadQuery(_))
        ));
    }
}

#[test]
fn aggregates_by_period_and_top_values() {
    for mut store in stores("aggregates") {
        store.insert(&sample()).unwrap();
        let rows = store
            .timeline(
                &EventFilter {
                    target: Some("PRK".into()),
                    ..Default::default()
                },
                Period::Month,
            )
            .unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (rows[0].period.as_str(), rows[0].quad, rows[0].events),
            ("2006-07", 1, 1)
        );
        assert_eq!((rows[1].quad, rows[1].mean_goldstein), (4, -5.0));
        let top = store.top(&EventFilter::default(), "target_code", 5).unwrap();
        assert_eq!(top[0], ("PRK".to_string(), 2));
    }
}

#[test]
fn rejects_are_kept_once() {
    for mut store in stores("rejects") {
        let r = RejectRow {
            source: "in.jsonl".into(),
            record: Some(3),
            offset: Some(120),
            reason: "bad JSON".into(),
            raw: "{".into(),
        };
        assert_eq!(store.insert_rejects(&[r.clone(), r.clone()]).unwrap(), 1);
        assert_eq!(store.rejects().unwrap(), vec![r]);
    }
}

#[test]
fn a_file_database_survives_reopening_and_keeps_its_schema_version() {
    let dir = std::env::temp_dir().join(format!("dyad-store-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("dyad.db");
    let _ = std::fs::remove_file(&path);
    {
        let mut store = Store::open(&path).unwrap();
        store.insert(&sample()).unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), 3);
    assert_eq!(store.events(&EventFilter::default(), 10, 0).unwrap().total, 3);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dyads_weeks_and_keyset_pages_agree_on_every_backend() {
    for mut store in stores("dyads") {
        store.insert(&sample()).unwrap();
        let rows = store.dyads(&EventFilter::default(), Period::Week).unwrap();
        let rows: Vec<(&str, &str, &str, i64)> = rows
            .iter()
            .map(|r| (r.period.as_str(), r.source.as_str(), r.target.as_str(), r.events))
            .collect();
        // 2006-07-07 is in ISO week 27, 2006-08-02 in week 31.
        assert_eq!(
            rows,
            vec![
                ("2006-W27", "CHN", "PRK", 1),
                ("2006-W27", "USAGOV", "PRK", 1),
                ("2006-W31", "PRK", "CHN", 1)
            ]
        );
        let first = store.events_after(&EventFilter::default(), 2, None).unwrap();
        assert_eq!(first.events[0].date.as_deref(), Some("2006-08-02"), "newest first");
        let second = store
            .events_after(&EventFilter::default(), 2, first.next.as_ref())
            .unwrap();
        assert_eq!((first.events.len(), second.events.len()), (2, 1));
        assert!(second.next.is_none());
        let doc = store.document("b").unwrap().unwrap();
        assert_eq!(doc, sample()[1], "a stored document reads back as it was coded");
        assert_eq!(store.document_ids().unwrap(), vec!["a".to_string(), "b".to_string()]);
    }
}
