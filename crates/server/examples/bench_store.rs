//! Store benchmark: writes synthetic coded documents through the store's insert path, then times
//! each kind of filtered event query the way `GET /v1/events` runs it (the store call the handler
//! makes: a capped total and the first keyset page of 50). Figures only, never asserted.
//!
//! ```text
//! cargo run --release -p dyad-server --example bench_store -- --events 1000000 --db /tmp/bench.db
//! ```
//! Use a fresh path: an existing database is only queried (its documents would be skipped anyway).
//! The load is a bulk load, as `dyad ingest` does into an empty store (`--rows`: indexes kept
//! up to date row by row, as into a non-empty store).
//! Documents come in publication order, as an archive is usually ingested; `--dates random`
//! gives each a random day instead (every index insert lands at a random place).

use dyad_code::record::*;
use dyad_store::{EventFilter, Store};
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
/// Topics of the synthetic sentences, so that a text search matches a few percent of them.
const TOPICS: &[&str] = &[
    "talks",
    "sanctions",
    "missiles",
    "refugees",
    "elections",
    "trade",
    "ceasefire",
    "troops",
    "summit",
    "aid",
    "border",
    "nuclear",
    "embassy",
    "protest",
    "treaty",
    "oil",
    "drought",
    "tariffs",
    "hostages",
    "inspectors",
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

/// Document `n` of `docs`, with `events` events. Its day is random over ten years, or with
/// `ordered` it follows `n` (an archive ingested in publication order, the usual case).
fn document(n: usize, docs: usize, ordered: bool, events: usize, rng: &mut Rng) -> CodedDocument {
    let id = format!("bench-{n}");
    let random_day = rng.below(3650);
    let day = if ordered { n * 3650 / docs.max(1) } else { random_day };
    let date = chrono_free_date(day);
    let mut text = String::new();
    let mut sentences = Vec::new();
    for i in 0..events.div_ceil(2) {
        let start = text.chars().count();
        text.push_str(&format!(
            "Synthetic sentence {n} about {}.",
            TOPICS[rng.below(TOPICS.len())]
        ));
        sentences.push(SentenceRecord {
            index: i,
            span: [start, text.chars().count()],
            paragraph: 0,
        });
        text.push(' ');
    }
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

/// CPU seconds this process has used (user + system; Linux `/proc`, else 0): on a shared machine
/// the wall clock also counts the time other processes had the cores.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or(vec![], |(_, rest)| rest.split_whitespace().collect());
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // Fields 14 and 15 of the file (utime, stime) in clock ticks of 1/100 s.
    (ticks(11) + ticks(12)) / 100.0
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
    let ordered = arg("--dates").as_deref() != Some("random");
    let batch_docs = 1000;
    let mut store = Store::open_location(&db)?;
    let existing = store.counts()?[1].1;
    if existing == 0 {
        let mut rng = Rng(7);
        let started = Instant::now();
        let cpu_started = cpu_seconds();
        let mut written = 0;
        let mut n = 0;
        // Like `dyad ingest` into an empty store: a bulk load, indexes built at the end
        // (`--rows` maintains them row by row instead, as a load into a non-empty store does).
        let bulk = !std::env::args().any(|a| a == "--rows");
        if bulk {
            store.begin_bulk()?;
        }
        while written < total {
            let batch: Vec<CodedDocument> = (0..batch_docs)
                .map_while(|_| {
                    (written < total).then(|| {
                        let k = per_doc.min(total - written);
                        written += k;
                        n += 1;
                        document(n, total / per_doc, ordered, k, &mut rng)
                    })
                })
                .collect();
            store.insert(&batch)?;
        }
        if bulk {
            store.end_bulk()?;
        }
        let secs = started.elapsed().as_secs_f64();
        let cpu = cpu_seconds() - cpu_started;
        println!(
            "insert ({})    {written} events in {n} documents, {secs:.1} s: {:.0} events/s ({:.0} documents/s); \
             {cpu:.1} CPU s: {:.0} events per CPU second",
            if bulk { "bulk" } else { "rows" },
            written as f64 / secs,
            n as f64 / secs,
            written as f64 / cpu.max(1e-9)
        );
        let started = Instant::now();
        store.optimize()?;
        println!("optimize       {:.1} s", started.elapsed().as_secs_f64());
    } else {
        println!("insert         skipped: {db} already holds {existing} events");
    }

    let filters: Vec<(&str, EventFilter)> = vec![
        (
            "actor=PRK",
            EventFilter {
                actor: Some("PRK".into()),
                ..Default::default()
            },
        ),
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
            "dyad=USA,CHN",
            EventFilter {
                dyad: Some(("USA".into(), "CHN".into())),
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
            "root=17",
            EventFilter {
                root: Some("17".into()),
                ..Default::default()
            },
        ),
        (
            "cameo=16",
            EventFilter {
                cameo: Some("16".into()),
                ..Default::default()
            },
        ),
        (
            "quad=4",
            EventFilter {
                quad: Some(4),
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
        (
            "from=2003-02-01&to=2003-02-28",
            EventFilter {
                date_from: Some("2003-02-01".into()),
                date_to: Some("2003-02-28".into()),
                ..Default::default()
            },
        ),
        (
            "q=ceasefire",
            EventFilter {
                text: Some("ceasefire".into()),
                ..Default::default()
            },
        ),
        (
            "q=ceasefire&actor=RUS",
            EventFilter {
                text: Some("ceasefire".into()),
                actor: Some("RUS".into()),
                ..Default::default()
            },
        ),
        (
            "country=IRN",
            EventFilter {
                country: Some("IRN".into()),
                ..Default::default()
            },
        ),
        (
            "target_country=SYR&negated=true",
            EventFilter {
                target_country: Some("SYR".into()),
                negated: Some(true),
                ..Default::default()
            },
        ),
        ("(no filter)", EventFilter::default()),
    ];
    for (name, filter) in &filters {
        let mut times = Vec::new();
        let mut total = 0;
        let mut capped = " ";
        for _ in 0..11 {
            let started = Instant::now();
            let page = store.events_after(filter, 50, None)?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            total = page.total;
            capped = if page.total_capped { "+" } else { " " };
        }
        times.sort_by(f64::total_cmp);
        println!(
            "query          {name:<42} total {total:>6}{capped}  median {:.1} ms  max {:.1} ms (50 per page, 11 runs)",
            times[times.len() / 2],
            times[times.len() - 1]
        );
    }
    Ok(())
}
