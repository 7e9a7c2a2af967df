//! The event-table output formats of `dyad code`, one row per event: CSV or TSV with a header,
//! the GDELT 2.0 event-table columns (tab-separated, no header, as GDELT ships them), and
//! PLOVER/POLECAT-style JSON lines. The JSONL and table formats live in `code.rs`.
//!
//! GDELT columns dyad leaves empty: the known-group, ethnic and religion codes, the third actor
//! type, NumSources/NumArticles (one story each), AvgTone, and the three geography blocks.

use dyad_code::record::{CodedDocument, EventRecord, Participant};
use std::io::Write;

/// An event-per-row output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventFormat {
    Csv,
    Tsv,
    Gdelt,
    Plover,
}

impl EventFormat {
    /// The format named on the command line (`csv`, `tsv`, `gdelt`, `plover`).
    pub fn from_name(name: &str) -> Option<EventFormat> {
        Some(match name {
            "csv" => EventFormat::Csv,
            "tsv" => EventFormat::Tsv,
            "gdelt" => EventFormat::Gdelt,
            "plover" => EventFormat::Plover,
            _ => return None,
        })
    }
}

/// The columns of the CSV/TSV event table.
pub const EVENT_COLUMNS: [&str; 22] = [
    "doc_id",
    "date",
    "sentence",
    "source_code",
    "source_text",
    "source_country",
    "target_code",
    "target_text",
    "target_country",
    "cameo",
    "cameo_root",
    "cameo_name",
    "goldstein",
    "quad_class",
    "plover_event",
    "plover_mode",
    "negated",
    "hypothetical",
    "reported",
    "confidence",
    "pattern",
    "evidence",
];

/// Writes events of documents, one row each, in the chosen format (the header once).
pub struct EventWriter {
    format: EventFormat,
    header_done: bool,
    next_id: u64,
}

impl EventWriter {
    pub fn new(format: EventFormat) -> EventWriter {
        EventWriter {
            format,
            header_done: false,
            next_id: 1,
        }
    }

    /// Writes the rows of one coded document to `out`.
    pub fn write(&mut self, out: &mut impl Write, doc: &CodedDocument) -> anyhow::Result<()> {
        if self.format == EventFormat::Plover {
            for e in &doc.events {
                serde_json::to_writer(&mut *out, &plover_json(doc, e))?;
                out.write_all(b"\n")?;
            }
            return Ok(());
        }
        let mut table = match self.format {
            EventFormat::Csv => csv::WriterBuilder::new().from_writer(&mut *out),
            _ => csv::WriterBuilder::new()
                .delimiter(b'\t')
                .quote_style(csv::QuoteStyle::Never)
                .from_writer(&mut *out),
        };
        for e in &doc.events {
            let id = self.next_id;
            self.next_id += 1;
            if self.format == EventFormat::Gdelt {
                table.write_record(gdelt_row(id, doc, e))?;
                continue;
            }
            if !self.header_done {
                table.write_record(EVENT_COLUMNS)?;
                self.header_done = true;
            }
            table.write_record(event_row(doc, e, self.format == EventFormat::Tsv))?;
        }
        table.flush()?;
        Ok(())
    }
}

/// The sentence an event was found in, as text.
fn evidence(doc: &CodedDocument, e: &EventRecord) -> String {
    let Some(s) = doc.sentences.get(e.sentence) else {
        return String::new();
    };
    doc.text
        .chars()
        .skip(s.span[0])
        .take(s.span[1].saturating_sub(s.span[0]))
        .collect()
}

/// A field safe for tab-separated output: tabs and line breaks become spaces.
fn flat(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn event_row(doc: &CodedDocument, e: &EventRecord, tsv: bool) -> Vec<String> {
    let text = |s: &str| if tsv { flat(s) } else { s.to_string() };
    let target = e.target.as_ref();
    vec![
        text(&e.doc_id),
        e.date.clone().unwrap_or_default(),
        e.sentence.to_string(),
        e.source.code.clone(),
        text(&e.source.text),
        e.source.country.clone().unwrap_or_default(),
        target.map(|t| t.code.clone()).unwrap_or_default(),
        target.map(|t| text(&t.text)).unwrap_or_default(),
        target.and_then(|t| t.country.clone()).unwrap_or_default(),
        e.cameo.code.clone(),
        e.cameo.root.clone(),
        e.cameo.name.clone(),
        format!("{:.1}", e.goldstein),
        e.quad_class.to_string(),
        e.plover.event.clone(),
        e.plover.mode.clone().unwrap_or_default(),
        u8::from(e.flags.negated).to_string(),
        u8::from(e.flags.hypothetical).to_string(),
        u8::from(e.flags.reported).to_string(),
        format!("{:.2}", e.confidence),
        e.evidence.pattern.clone(),
        text(&evidence(doc, e)),
    ]
}

/// The 10 actor columns of GDELT 2.0 for one participant: code, name, country, known group,
/// ethnic, religion 1 and 2, type 1 to 3 (the sector codes after the country).
fn gdelt_actor(p: Option<&Participant>) -> Vec<String> {
    let Some(p) = p else {
        return vec![String::new(); 10];
    };
    let country = p.country.clone().unwrap_or_default();
    let types = p.code.strip_prefix(country.as_str()).unwrap_or("");
    let type_at = |i: usize| types.get(i * 3..i * 3 + 3).unwrap_or("").to_string();
    vec![
        p.code.clone(),
        flat(&p.text).to_uppercase(),
        country,
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        type_at(0),
        type_at(1),
        String::new(),
    ]
}

/// One row of the GDELT 2.0 event table (61 columns).
fn gdelt_row(id: u64, doc: &CodedDocument, e: &EventRecord) -> Vec<String> {
    let date = e.date.clone().or_else(|| doc.date.clone()).unwrap_or_default();
    let digits: String = date.chars().filter(char::is_ascii_digit).take(8).collect();
    let (year, month) = (digits.get(..4).unwrap_or(""), digits.get(4..6).unwrap_or(""));
    let fraction = match (
        year.parse::<f64>(),
        digits.get(4..6).and_then(|m| m.parse::<f64>().ok()),
    ) {
        (Ok(y), Some(m)) => {
            let d = digits.get(6..8).and_then(|d| d.parse::<f64>().ok()).unwrap_or(1.0);
            format!("{:.4}", y + ((m - 1.0) * 30.4 + d) / 365.0)
        }
        _ => String::new(),
    };
    let mut row = vec![
        id.to_string(),
        digits.clone(),
        format!("{year}{month}"),
        year.to_string(),
        fraction,
    ];
    row.extend(gdelt_actor(Some(&e.source)));
    row.extend(gdelt_actor(e.target.as_ref()));
    let base = e.cameo.code.get(..3).unwrap_or(&e.cameo.code).to_string();
    row.extend([
        "1".to_string(), // IsRootEvent: every dyad event comes from its own clause
        e.cameo.code.clone(),
        base,
        e.cameo.root.clone(),
        e.quad_class.to_string(),
        format!("{:.1}", e.goldstein),
        "1".to_string(), // NumMentions
        String::new(),   // NumSources
        String::new(),   // NumArticles
        String::new(),   // AvgTone
    ]);
    row.extend(std::iter::repeat_n(String::new(), 24)); // Actor1Geo, Actor2Geo, ActionGeo
    row.push(digits);
    row.push(doc.url.clone().unwrap_or_default());
    row
}

/// One event as PLOVER/POLECAT-style JSON.
fn plover_json(doc: &CodedDocument, e: &EventRecord) -> serde_json::Value {
    let actor = |p: Option<&Participant>| {
        p.map(|p| {
            serde_json::json!({
                "text": p.text, "code": p.code, "country": p.country, "sector": p.sector
            })
        })
    };
    serde_json::json!({
        "story_id": e.doc_id,
        "story_date": doc.date,
        "event_date": e.date,
        "url": doc.url,
        "event_type": e.plover.event,
        "mode": e.plover.mode,
        "source": actor(Some(&e.source)),
        "target": actor(e.target.as_ref()),
        "cameo": e.cameo.code,
        "goldstein": e.goldstein,
        "quad_class": e.quad_class,
        "negated": e.flags.negated,
        "hypothetical": e.flags.hypothetical,
        "reported": e.flags.reported,
        "speaker": actor(e.speaker.as_ref()),
        "confidence": e.confidence,
        "pattern": e.evidence.pattern,
        "sentence": evidence(doc, e),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_code::record::*;

    fn doc() -> CodedDocument {
        let who = |code: &str, text: &str| Participant {
            text: text.into(),
            span: [0, 5],
            code: code.into(),
            country: Some(code[..3].into()),
            sector: None,
        };
        CodedDocument {
            id: "d1".into(),
            text: "Japan, urged the UN to vote.".into(),
            date: Some("2006-07-08".into()),
            sentences: vec![SentenceRecord {
                span: [0, 28],
                ..SentenceRecord::default()
            }],
            events: vec![EventRecord {
                doc_id: "d1".into(),
                source: who("JPNGOV", "Japan"),
                target: Some(who("IGOUNO", "the UN")),
                cameo: Cameo {
                    code: "0214".into(),
                    root: "02".into(),
                    name: "Appeal".into(),
                },
                goldstein: 3.0,
                quad_class: 1,
                date: Some("2006-07-08".into()),
                ..EventRecord::default()
            }],
            ..CodedDocument::default()
        }
    }

    fn written(format: EventFormat) -> String {
        let mut out = Vec::new();
        EventWriter::new(format).write(&mut out, &doc()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_has_a_header_and_quotes_commas() {
        let text = written(EventFormat::Csv);
        let mut lines = text.lines();
        assert_eq!(lines.next().unwrap().split(',').count(), EVENT_COLUMNS.len());
        let row = lines.next().unwrap();
        assert!(row.starts_with("d1,2006-07-08,0,JPNGOV,Japan,JPN,IGOUNO,the UN,IGO,0214,02,Appeal,3.0,1,"));
        assert!(row.ends_with(",\"Japan, urged the UN to vote.\""), "{row}");
    }

    #[test]
    fn gdelt_rows_have_61_columns_and_split_actor_types() {
        let text = written(EventFormat::Gdelt);
        let cols: Vec<&str> = text.trim_end_matches('\n').split('\t').collect();
        assert_eq!(cols.len(), 61);
        assert_eq!(&cols[..4], ["1", "20060708", "200607", "2006"]);
        assert_eq!((cols[5], cols[7], cols[12]), ("JPNGOV", "JPN", "GOV"));
        assert_eq!((cols[26], cols[27], cols[28], cols[29]), ("0214", "021", "02", "1"));
    }

    #[test]
    fn plover_lines_carry_type_actors_and_sentence() {
        let text = written(EventFormat::Plover);
        let v: serde_json::Value = serde_json::from_str(text.trim()).unwrap();
        assert_eq!(v["source"]["code"], "JPNGOV");
        assert_eq!(v["target"]["country"], "IGO");
        assert_eq!(v["sentence"], "Japan, urged the UN to vote.");
    }
}
