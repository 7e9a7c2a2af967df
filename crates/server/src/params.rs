//! Query-string parameters: parsed strictly, so that an unknown name or a bad value is a 400
//! naming it rather than a silently ignored filter.

use crate::error::ApiError;
use dyad_store::{EventCursor, EventFilter, Period};
use std::collections::BTreeMap;

/// The query string as name -> value; a repeated name is an error.
pub struct Params(BTreeMap<String, String>);

/// Largest page size a client may ask for.
pub const MAX_LIMIT: usize = 1000;
/// Page size when none is asked for.
pub const DEFAULT_LIMIT: usize = 50;

/// The event filter names accepted by `/v1/events` (and the timeline).
pub const EVENT_FILTERS: &[&str] = &[
    "actor",
    "source",
    "target",
    "country",
    "source_country",
    "target_country",
    "sector",
    "source_sector",
    "target_sector",
    "cameo",
    "root",
    "quad",
    "plover",
    "negated",
    "hypothetical",
    "reported",
    "from",
    "to",
    "dyad",
    "undirected",
    "q",
    "speaker",
];

impl Params {
    /// Parses a raw query string, accepting only names in `allowed`.
    pub fn parse(raw: Option<&str>, allowed: &[&str]) -> Result<Params, ApiError> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or(""))
            .map_err(|e| ApiError::bad_request("bad_parameter", format!("unreadable query string: {e}")))?;
        let mut map = BTreeMap::new();
        for (name, value) in pairs {
            if !allowed.contains(&name.as_str()) {
                return Err(ApiError::bad_request(
                    "unknown_parameter",
                    format!("unknown parameter {name:?}; this endpoint takes {}", allowed.join(", ")),
                ));
            }
            if map.insert(name.clone(), value).is_some() {
                return Err(ApiError::bad_request(
                    "bad_parameter",
                    format!("parameter {name:?} is given more than once"),
                ));
            }
        }
        Ok(Params(map))
    }

    pub fn text(&self, name: &str) -> Option<String> {
        self.0.get(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
    }

    pub fn flag(&self, name: &str) -> Result<Option<bool>, ApiError> {
        match self.text(name).as_deref() {
            None => Ok(None),
            Some("true" | "1" | "yes") => Ok(Some(true)),
            Some("false" | "0" | "no") => Ok(Some(false)),
            Some(v) => Err(ApiError::bad_request(
                "bad_parameter",
                format!("{name}={v:?} must be true or false"),
            )),
        }
    }

    pub fn number<T: std::str::FromStr>(&self, name: &str) -> Result<Option<T>, ApiError> {
        self.text(name)
            .map(|v| {
                v.parse::<T>().map_err(|_| {
                    ApiError::bad_request("bad_parameter", format!("{name}={v:?} must be a non-negative integer"))
                })
            })
            .transpose()
    }

    /// `limit` (1..=[`MAX_LIMIT`], default [`DEFAULT_LIMIT`]).
    pub fn limit(&self) -> Result<usize, ApiError> {
        let limit = self.number::<usize>("limit")?.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(ApiError::bad_request(
                "bad_parameter",
                format!("limit={limit} must be between 1 and {MAX_LIMIT}"),
            ));
        }
        Ok(limit)
    }

    pub fn offset(&self) -> Result<usize, ApiError> {
        Ok(self.number::<usize>("offset")?.unwrap_or(0))
    }

    pub fn cursor(&self) -> Result<Option<EventCursor>, ApiError> {
        self.text("cursor")
            .map(|c| EventCursor::decode(&c).map_err(ApiError::from))
            .transpose()
    }

    pub fn period(&self) -> Result<Period, ApiError> {
        match self.text("period") {
            None => Ok(Period::Day),
            Some(p) => p.parse().map_err(|e: String| ApiError::bad_request("bad_parameter", e)),
        }
    }

    /// The store's event filter from the [`EVENT_FILTERS`] parameters. Values are checked by the
    /// store (codes must be letters and digits, dates `YYYY-MM-DD`, ...).
    pub fn event_filter(&self) -> Result<EventFilter, ApiError> {
        let dyad = match self.text("dyad") {
            None => None,
            Some(d) => match d.split_once(',') {
                Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
                    Some((a.trim().to_string(), b.trim().to_string()))
                }
                _ => {
                    return Err(ApiError::bad_request(
                        "bad_parameter",
                        format!("dyad={d:?} must be two actor codes: dyad=A,B"),
                    ))
                }
            },
        };
        let quad = self.number::<u8>("quad")?;
        let filter = EventFilter {
            actor: self.text("actor"),
            source: self.text("source"),
            target: self.text("target"),
            country: self.text("country"),
            source_country: self.text("source_country"),
            target_country: self.text("target_country"),
            sector: self.text("sector"),
            source_sector: self.text("source_sector"),
            target_sector: self.text("target_sector"),
            cameo: self.text("cameo"),
            root: self.text("root"),
            quad,
            plover: self.text("plover"),
            negated: self.flag("negated")?,
            hypothetical: self.flag("hypothetical")?,
            reported: self.flag("reported")?,
            date_from: self.text("from"),
            date_to: self.text("to"),
            dyad,
            undirected: self.flag("undirected")?.unwrap_or(false),
            text: self.text("q"),
            speaker: self.text("speaker"),
        };
        Ok(filter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_filters_and_rejects_unknown_names() {
        let names: Vec<&str> = EVENT_FILTERS.iter().copied().chain(["limit"]).collect();
        let p = Params::parse(Some("source=USA&negated=false&dyad=USA,PRK&limit=5"), &names).unwrap();
        let f = p.event_filter().unwrap();
        assert_eq!(f.source.as_deref(), Some("USA"));
        assert_eq!(f.negated, Some(false));
        assert_eq!(f.dyad, Some(("USA".into(), "PRK".into())));
        assert_eq!(p.limit().unwrap(), 5);
        assert_eq!(
            Params::parse(Some("bogus=1"), &names).err().unwrap().code,
            "unknown_parameter"
        );
        assert!(Params::parse(Some("limit=0"), &names).unwrap().limit().is_err());
        assert!(Params::parse(Some("dyad=USA"), &names).unwrap().event_filter().is_err());
        assert!(Params::parse(Some("negated=maybe"), &names)
            .unwrap()
            .event_filter()
            .is_err());
    }
}
