//! The actor network: how many events each (source, target) pair of actor codes has, and their
//! mean Goldstein score, for events matching a filter.

use crate::query::EventFilter;
use crate::sql::{self, Cell, Sql};
use crate::{Store, StoreError};
use serde::Serialize;

/// One directed edge of the actor network.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NetworkEdge {
    pub source: String,
    pub target: String,
    pub events: i64,
    pub mean_goldstein: f64,
}

impl Store {
    /// The `limit` busiest (source, target) pairs among events matching `filter` that have a
    /// target, busiest first.
    pub fn network(&self, filter: &EventFilter, limit: usize) -> Result<Vec<NetworkEdge>, StoreError> {
        let db = self.db.as_ref();
        let mut sql = Sql::new(db.dialect());
        let mut terms = sql::event_terms(filter, &mut sql)?;
        terms.push("e.target_code IS NOT NULL".into());
        let text = format!(
            "SELECT e.source_code, e.target_code, count(*) AS n, avg(e.goldstein) FROM events e {} \
             GROUP BY e.source_code, e.target_code ORDER BY n DESC, e.source_code, e.target_code LIMIT {}",
            sql::where_sql(&terms),
            limit.min(10_000)
        );
        Ok(db
            .rows(&text, &sql.args)?
            .into_iter()
            .map(|r| NetworkEdge {
                source: r[0].text().unwrap_or_default(),
                target: r[1].text().unwrap_or_default(),
                events: r[2].int(),
                mean_goldstein: r[3].real(),
            })
            .collect())
    }

    /// The day of the newest dated event, if any.
    pub fn latest_event_date(&self) -> Result<Option<String>, StoreError> {
        let rows = self.db.rows("SELECT max(day) FROM events", &[])?;
        Ok(rows.first().and_then(|r| r.first()).and_then(Cell::text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_code::record::*;

    fn event(source: &str, target: &str, goldstein: f32, date: &str) -> EventRecord {
        let who = crate::test_records::participant;
        EventRecord {
            doc_id: "n1".into(),
            source: who(source),
            target: Some(who(target)),
            goldstein,
            quad_class: 1,
            date: Some(date.into()),
            ..EventRecord::default()
        }
    }

    #[test]
    fn counts_pairs_with_mean_goldstein_busiest_first() {
        let mut store = Store::in_memory().unwrap();
        let doc = CodedDocument {
            id: "n1".into(),
            text: "abc".into(),
            sentences: vec![SentenceRecord {
                index: 0,
                span: [0, 3],
                paragraph: 0,
            }],
            events: vec![
                event("USAGOV", "CHNGOV", 4.0, "2020-01-02"),
                event("USAGOV", "CHNGOV", -2.0, "2020-03-02"),
                event("RUSGOV", "UKRGOV", -10.0, "2021-05-02"),
            ],
            ..CodedDocument::default()
        };
        store.insert(&[doc]).unwrap();
        let edges = store.network(&EventFilter::default(), 10).unwrap();
        assert_eq!(edges.len(), 2);
        assert_eq!(
            (edges[0].source.as_str(), edges[0].target.as_str()),
            ("USAGOV", "CHNGOV")
        );
        assert_eq!(edges[0].events, 2);
        assert!((edges[0].mean_goldstein - 1.0).abs() < 1e-9);
        let only_2021 = EventFilter {
            date_from: Some("2021-01-01".into()),
            ..EventFilter::default()
        };
        let edges = store.network(&only_2021, 10).unwrap();
        assert_eq!(edges.len(), 1);
        assert_eq!(edges[0].source, "RUSGOV");
        assert_eq!(store.latest_event_date().unwrap().as_deref(), Some("2021-05-02"));
    }
}
