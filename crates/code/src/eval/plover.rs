//! The PLOVER gold-standard records (PLOVER_GSR_CAMEO.json): event-type scoring per sentence and
//! actor-country accuracy on correctly typed events.
//!
//! Per record the gold is its one event type; the prediction is the set of distinct PLOVER types
//! coded for its text. The gold type among them is a true positive, every other predicted type a
//! false positive, a missing gold type a false negative. Older PLOVER names are mapped to current
//! ones on both sides (DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT, INVESTIGATE→ACCUSE).
//!
//! Country accuracy, on true-positive records only: among the coded events of the gold type, the
//! one with most correct slots is taken. A slot is scored when the gold has actors for it: the
//! source slot is correct when our source country is one of the gold source codes (several gold
//! actors: any of them); the target slot likewise. A gold record without target has only its
//! source slot scored (our target, if any, is ignored); a missing predicted participant or country
//! is wrong. Our country is the participant's `country`, or `IGO` for an `IGO…` code (the gold
//! codes international organizations as `IGO`). Accuracy = correct slots / scored slots.

use super::metrics::{ratio, Confusion, Counts, Prf};
use crate::record::{EventRecord, Participant};
use serde::Serialize;
use std::collections::BTreeSet;

/// The label used in the confusion matrix for "no event type predicted".
pub const NONE: &str = "NONE";

/// One gold record.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GoldRecord {
    pub id: String,
    pub date: Option<String>,
    pub text: String,
    /// Current PLOVER name.
    pub event: String,
    pub sources: Vec<String>,
    pub targets: Vec<String>,
}

/// Maps older PLOVER category names to current ones; other names are upper-cased unchanged.
pub fn current_name(name: &str) -> String {
    match name.trim().to_uppercase().as_str() {
        "DEMAND" => "REQUEST".to_string(),
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE".to_string(),
        "FIGHT" => "ASSAULT".to_string(),
        other => other.to_string(),
    }
}

/// Reads the JSON array. The DOCUMENT header and records without text or event are skipped with a
/// warning naming the record; a file that is not a JSON array is an error.
pub fn read(json: &str, file: &str) -> Result<(Vec<GoldRecord>, Vec<String>), String> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("{file}: not JSON: {e}"))?;
    let items = value
        .as_array()
        .ok_or_else(|| format!("{file}: expected a JSON array of records"))?;
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let field = |name: &str| item.get(name).and_then(|v| v.as_str()).map(str::to_string);
        let id = field("id").unwrap_or_else(|| format!("#{}", i + 1));
        let event = field("event").unwrap_or_default();
        if event == "DOCUMENT" {
            continue;
        }
        let text = field("text").unwrap_or_default();
        if event.is_empty() || text.trim().is_empty() {
            warnings.push(format!("{file}: record {} ({id}): no event or no text; skipped", i + 1));
            continue;
        }
        let codes = |name: &str| -> Vec<String> {
            item.get(name)
                .and_then(|v| v.as_array())
                .map(|actors| {
                    actors
                        .iter()
                        .filter_map(|a| a.get("code").and_then(|c| c.as_str()))
                        .map(|c| c.trim().to_uppercase())
                        .filter(|c| !c.is_empty())
                        .collect()
                })
                .unwrap_or_default()
        };
        out.push(GoldRecord {
            date: field("date"),
            event: current_name(&event),
            sources: codes("source"),
            targets: codes("target"),
            id,
            text,
        });
    }
    Ok((out, warnings))
}

/// One scored record, for listing misses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecordResult {
    pub id: String,
    pub text: String,
    pub gold: String,
    pub predicted: Vec<String>,
    /// Gold and predicted countries when the type was right but a country slot was wrong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_miss: Option<String>,
}

/// The scores over a gold set.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Report {
    pub records: usize,
    pub overall: Prf,
    /// Per gold/predicted type.
    pub per_type: Vec<(String, Prf)>,
    pub confusion: Confusion,
    pub country_slots: usize,
    pub country_correct: usize,
    pub country_accuracy: f64,
    pub source_accuracy: f64,
    pub target_accuracy: f64,
    /// Records with a false negative or false positive, or a wrong country.
    pub misses: Vec<RecordResult>,
}

/// Scores `predicted[i]` (the events coded for `gold[i].text`) against `gold[i]`.
pub fn score(gold: &[GoldRecord], predicted: &[Vec<EventRecord>]) -> Report {
    let mut report = Report {
        records: gold.len(),
        ..Report::default()
    };
    let mut overall = Counts::default();
    let mut per_type: std::collections::BTreeMap<String, Counts> = Default::default();
    let (mut src_ok, mut src_n, mut tgt_ok, mut tgt_n) = (0, 0, 0, 0);
    let empty = Vec::new();
    for (k, g) in gold.iter().enumerate() {
        let events = predicted.get(k).unwrap_or(&empty);
        let types: BTreeSet<String> = events
            .iter()
            .map(|e| current_name(&e.plover.event))
            .filter(|t| !t.is_empty() && t != "-")
            .collect();
        let hit = types.contains(&g.event);
        let mut country_miss = None;
        if hit {
            overall.tp += 1;
            per_type.entry(g.event.clone()).or_default().tp += 1;
            report.confusion.add(&g.event, &g.event);
            let slots = events
                .iter()
                .filter(|e| current_name(&e.plover.event) == g.event)
                .map(|e| country_slots(g, e))
                .max_by_key(|s| s.correct())
                .unwrap_or_default();
            src_n += slots.source.is_some() as usize;
            src_ok += (slots.source == Some(true)) as usize;
            tgt_n += slots.target.is_some() as usize;
            tgt_ok += (slots.target == Some(true)) as usize;
            if slots.source == Some(false) || slots.target == Some(false) {
                country_miss = Some(slots.describe);
            }
        } else {
            overall.fn_ += 1;
            per_type.entry(g.event.clone()).or_default().fn_ += 1;
            if types.is_empty() {
                report.confusion.add(&g.event, NONE);
            }
        }
        for t in types.iter().filter(|t| **t != g.event) {
            overall.fp += 1;
            per_type.entry(t.clone()).or_default().fp += 1;
            report.confusion.add(&g.event, t);
        }
        if !hit || types.len() > 1 || country_miss.is_some() {
            report.misses.push(RecordResult {
                id: g.id.clone(),
                text: g.text.clone(),
                gold: g.event.clone(),
                predicted: types.into_iter().collect(),
                country_miss,
            });
        }
    }
    report.overall = overall.summary();
    report.per_type = per_type.into_iter().map(|(t, c)| (t, c.summary())).collect();
    report.country_slots = src_n + tgt_n;
    report.country_correct = src_ok + tgt_ok;
    report.country_accuracy = ratio(src_ok + tgt_ok, src_n + tgt_n);
    report.source_accuracy = ratio(src_ok, src_n);
    report.target_accuracy = ratio(tgt_ok, tgt_n);
    report
}

/// Which country slots of one event are right (`None`: not scored).
#[derive(Debug, Clone, Default)]
struct Slots {
    source: Option<bool>,
    target: Option<bool>,
    describe: String,
}

impl Slots {
    fn correct(&self) -> usize {
        (self.source == Some(true)) as usize + (self.target == Some(true)) as usize
    }
}

fn country_slots(g: &GoldRecord, e: &EventRecord) -> Slots {
    let ours_source = country_of(&e.source);
    let ours_target = e.target.as_ref().map(country_of).unwrap_or_default();
    let check =
        |gold: &[String], ours: &str| (!gold.is_empty()).then(|| !ours.is_empty() && gold.iter().any(|c| c == ours));
    Slots {
        source: check(&g.sources, &ours_source),
        target: check(&g.targets, &ours_target),
        describe: format!(
            "source gold {:?} got {:?}; target gold {:?} got {:?}",
            g.sources, ours_source, g.targets, ours_target
        ),
    }
}

/// Our participant's country for comparison with the gold ISO-3 codes: its `country`, or `IGO`
/// for an international organization (code `IGO…`), as the gold set codes those.
fn country_of(p: &Participant) -> String {
    match p.country.as_deref().filter(|c| !c.is_empty()) {
        Some(c) => c.to_uppercase(),
        None if p.code.to_uppercase().starts_with("IGO") => "IGO".to_string(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Plover;

    const FIXTURE: &str = include_str!("fixtures/plover.json");

    fn event(plover: &str, source: &str, target: Option<&str>) -> EventRecord {
        let part = |c: &str| Participant {
            country: Some(c.to_string()),
            ..Participant::default()
        };
        EventRecord {
            source: part(source),
            target: target.map(part),
            plover: Plover {
                event: plover.to_string(),
                mode: None,
            },
            ..EventRecord::default()
        }
    }

    #[test]
    fn reads_records_and_maps_old_names() {
        let (gold, warnings) = read(FIXTURE, "plover.json").unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(gold.len(), 3);
        assert_eq!(gold[0].event, "REQUEST");
        assert_eq!(gold[1].event, "ASSAULT");
        assert_eq!(gold[2].event, "AGREE");
        assert_eq!(gold[0].sources, ["AAA"]);
        assert_eq!(gold[2].sources, ["AAA", "BBB"]);
        assert!(gold[2].targets.is_empty());
        assert!(read("{}", "x.json").is_err());
        let (_, warnings) = read(r#"[{"id":"x","event":"AGREE"}]"#, "x.json").unwrap();
        assert!(warnings[0].contains("record 1 (x)"), "{warnings:?}");
    }

    #[test]
    fn scores_sets_of_types_and_countries() {
        let (gold, _) = read(FIXTURE, "plover.json").unwrap();
        let predicted = vec![
            // Old name DEMAND predicted: maps to REQUEST, a hit; source right, target wrong.
            vec![
                event("DEMAND", "AAA", Some("CCC")),
                event("REQUEST", "AAA", Some("XXX")),
            ],
            // FIGHT gold (ASSAULT): we say ACCUSE and SANCTION: 1 FN, 2 FP.
            vec![event("ACCUSE", "BBB", None), event("SANCTION", "BBB", None)],
            // AGREE hit plus a spurious CONSULT; source BBB is one of the two gold sources.
            vec![event("AGREE", "BBB", Some("ZZZ")), event("CONSULT", "AAA", None)],
        ];
        let r = score(&gold, &predicted);
        assert_eq!(r.overall.tp, 2);
        assert_eq!(r.overall.fp, 3);
        assert_eq!(r.overall.fn_, 1);
        assert!((r.overall.f1 - 2.0 * 0.4 * (2.0 / 3.0) / (0.4 + 2.0 / 3.0)).abs() < 1e-12);
        // Slots: record 1 source ok + target ok (first event, CCC); record 3 source ok, no target.
        assert_eq!(r.country_slots, 3);
        assert_eq!(r.country_correct, 3);
        assert_eq!(r.confusion.get("ASSAULT", "ACCUSE"), 1);
        assert_eq!(r.confusion.get("AGREE", "CONSULT"), 1);
        assert_eq!(r.misses.len(), 2);
        // Without the right event on record 1, its target slot is wrong.
        let mut p2 = predicted.clone();
        p2[0] = vec![event("REQUEST", "AAA", Some("XXX"))];
        let r2 = score(&gold, &p2);
        assert_eq!(r2.country_correct, 2);
        assert!((r2.target_accuracy - 0.0).abs() < 1e-12);
        assert!(r2.misses[0].country_miss.is_some());
        let un = Participant {
            code: "IGOUNO".into(),
            ..Participant::default()
        };
        assert_eq!(country_of(&un), "IGO");
        assert_eq!(country_of(&Participant::default()), "");
    }
}
