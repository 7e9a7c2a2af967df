//! Store benchmark: writes synthetic coded documents through the store's insert path, then times
//! filtered event queries the way `GET /v1/events` runs them. Figures only, never asserted.
//!
//! ```text
//! cargo run --release -p dyad-server --example bench_store -- --events 1000000 --db /tmp/bench.db
//! ```
//! Use a fresh path: an existing database is only queried (its documents would be skipped anyway).

use dyad_code::record::*;
use dyad_store::{EventFilter, SqliteStore};
use std::time::Instant;

/// Synthetic actor codes (a bench fixture, not a lexicon).
const ACTORS: &[(&str, &str)] = &[
    ("USAGOV", "USA"),
    ("USAMIL", "USA"),
    ("CHNGOV", "CHN"),
    ("RUSGOV", "RUS"),
    ("JPNGOV", "JPN"),
    ("PRKGOV", "PRK"),
    ("KORGOV", "KOR"),
    ("IRNGOV", "IRN"),
    ("ISRMIL", "ISR"),
    ("GBRGOV", "GBR"),
    ("FRAGOV", "FRA"),
    ("DEUGOV", "DEU"),
    ("INDGOV", "IND"),
    ("PAKMIL", "PAK"),
    ("UKRGOV", "UKR"),
    ("TURGOV", "TUR"),
    ("EGYGOV", "EGY"),
    ("SYRREB", "SYR"),
    ("IGOUNO", "IGO"),
    ("BRAGOV", "BRA"),
];
const CAMEO: &[(&str, u8, f32)] = &[
    ("010", 1, 0.0),
    ("036", 1, 4.0),
    ("040", 1, 1.0),
    ("057", 1, 8.0),
    ("071", 2, 7.4),
    ("112", 3, -2.0),
    ("130", 3, -4.4),
    ("163", 4, -8.0),
    ("173", 4, -5.0),
    ("190", 4, -10.0),
];

/// A deterministic pseudo-random sequence (SplitMix64).
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % n as u64) as usize
    }
}

fn participant(i: usize) -> Participant {
    let (code, country) = ACTORS[i];
    Participant {
        text: code.into(),
        span: [0, 6],
        code: code.into(),
        country: Some(country.into()),
        sector: Some(code[3..].into()),
    }
}

fn document(n: usize, events: usize, rng: &mut Rng) -> CodedDocument {
    let id = format!("bench-{n}");
    let day = rng.below(3650);
    let date = chrono_free_date(day);
    let text = format!("Synthetic sentence {n} about talks. ").repeat(events.div_ceil(2));
    let sentences = (0..events.div_ceil(2))
        .map(|i| SentenceRecord {
            index: i,
            span: [i * 35, i * 35 + 34],
            paragraph: 0,
        })
        .collect();
    let events = (0..events)
        .map(|i| {
            let (cameo, quad, goldstein) = CAMEO[rng.below(CAMEO.len())];
            let src = rng.below(ACTORS.len());
            let tgt = (src + 1 + rng.below(ACTORS.len() - 1)) % ACTORS.len();
            EventRecord {
                doc_id: id.clone(),
                sentence: i / 2,
                span: [0, 34],
                source: participant(src),
                target: Some(participant(tgt)),
                cameo: Cameo {
                    code: cameo.into(),
                    root: cameo[..2].into(),
                    name: "synthetic".into(),
                },
                goldstein,
                quad_class: quad,
                quad_class_phoenix: quad,
                plover: Plover {
                    event: "CONSULT".into(),
                    mode: None,
                },
                flags: Flags {
                    negated: rng.below(20) == 0,
                    ..Flags::default()
                },
                date: Some(date.clone()),
                confidence: 0.8,
                evidence: Evidence {
                    pattern: format!("p{cameo}"),
                    predicate: [19, 24],
                    spans: vec![[19, 24]],
                },
                ..EventRecord::default()
            }
        })
        .collect();
    CodedDocument {
        id,
        date: Some(date),
        text,
        sentences,
        events,
        ..CodedDocument::default()
    }
}

/// `YYYY-MM-DD` for day `d` after 2000-01-01 on a 12 x 30-day calendar (good enough for a bench).
fn chrono_free_date(d: usize) -> String {
    format!("{:04}-{:02}-{:02}", 2000 + d / 360, (d % 360) / 30 + 1, d % 30 + 1)
}

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let total: usize = arg("--events").map_or(Ok(1_000_000), |v| v.parse())?;
    let db = arg("--db").unwrap_or_else(|| "/tmp/dyad-bench.db".into());
    let per_doc = 10;
    let batch_docs = 1000;
    let mut store = SqliteStore::open(std::path::Path::new(&db))?;
    let existing = store.counts()?[1].1;
    if existing == 0 {
        let mut rng = Rng(7);
        let started = Instant::now();
        let mut written = 0;
        let mut n = 0;
        while written < total {
            let batch: Vec<CodedDocument> = (0..batch_docs)
                .map_while(|_| {
                    (written < total).then(|| {
                        let k = per_doc.min(total - written);
                        written += k;
                        n += 1;
                        document(n, k, &mut rng)
                    })
                })
                .collect();
            store.insert(&batch)?;
        }
        let secs = started.elapsed().as_secs_f64();
        println!(
            "insert         {written} events in {n} documents, {secs:.1} s: {:.0} events/s ({:.0} documents/s)",
            written as f64 / secs,
            n as f64 / secs
        );
    } else {
        println!("insert         skipped: {db} already holds {existing} events");
    }

    let filters: Vec<(&str, EventFilter)> = vec![
        (
            "source=USA&root=19",
            EventFilter {
                source: Some("USA".into()),
                root: Some("19".into()),
                ..Default::default()
            },
        ),
        (
            "actor=PRK&from=2005-01-01&to=2005-12-30",
            EventFilter {
                actor: Some("PRK".into()),
                date_from: Some("2005-01-01".into()),
                date_to: Some("2005-12-30".into()),
                ..Default::default()
            },
        ),
        (
            "dyad=USA,CHN&undirected=true",
            EventFilter {
                dyad: Some(("USA".into(), "CHN".into())),
                undirected: true,
                ..Default::default()
            },
        ),
        (
            "quad=4&country=IRN",
            EventFilter {
                quad: Some(4),
                country: Some("IRN".into()),
                ..Default::default()
            },
        ),
        ("(no filter)", EventFilter::default()),
    ];
    for (name, filter) in &filters {
        let mut times = Vec::new();
        let mut total = 0;
        for _ in 0..11 {
            let started = Instant::now();
            let page = store.events_after(filter, 50, None)?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            total = page.total;
        }
        times.sort_by(f64::total_cmp);
        println!(
            "query          {name:<42} total {total:>8}  median {:.1} ms  max {:.1} ms (50 per page, 11 runs)",
            times[times.len() / 2],
            times[times.len() - 1]
        );
    }
    Ok(())
}
