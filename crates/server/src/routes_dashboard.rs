//! Read endpoints the dashboard needs beyond the core API: one stored document with its coded
//! record (`GET /v1/documents/{id}`) and the actor network (`GET /v1/network`).

use crate::app::AppState;
use crate::error::ApiError;
use crate::params::{Params, EVENT_FILTERS};
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};

type Reply = Result<Json<Value>, ApiError>;

/// `GET /v1/documents/{id}`: one stored document as it was coded.
pub async fn document(State(state): State<AppState>, Path(id): Path<String>) -> Reply {
    let wanted = id.clone();
    let doc = state.store.read(move |store| store.document(&wanted)).await?;
    match doc {
        Some(doc) => Ok(Json(serde_json::to_value(doc).map_err(|_| ApiError::internal())?)),
        None => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("no stored document has id {id:?}"),
        )),
    }
}

/// `GET /v1/network`: the busiest (source, target) actor pairs with event counts and mean
/// Goldstein. Without `from` and `to` it covers the three months up to the newest stored event,
/// so that the default view stays fast on a large store.
pub async fn network(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Reply {
    let names: Vec<&str> = EVENT_FILTERS.iter().copied().chain(["limit"]).collect();
    let params = Params::parse(raw.as_deref(), &names)?;
    let mut filter = params.event_filter()?;
    let limit = params.limit()?;
    let (from, to, edges) = state
        .store
        .read(move |store| {
            if filter.date_from.is_none() && filter.date_to.is_none() {
                if let Some(latest) = store.latest_event_date()? {
                    filter.date_from = months_before(&latest, 3);
                    filter.date_to = latest.get(..10).map(str::to_string);
                }
            }
            let edges = store.network(&filter, limit)?;
            Ok((filter.date_from, filter.date_to, edges))
        })
        .await?;
    Ok(Json(json!({"from": from, "to": to, "edges": edges})))
}

/// The ISO date `months` months before `date` (`2006-07-08`, 3 -> `2006-04-08`); days past the
/// 28th become the 28th, so that the result is always a real date.
fn months_before(date: &str, months: i32) -> Option<String> {
    let year: i32 = date.get(..4)?.parse().ok()?;
    let month: i32 = date.get(5..7)?.parse().ok()?;
    let day: u32 = date.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let total = year * 12 + (month - 1) - months;
    Some(format!(
        "{:04}-{:02}-{:02}",
        total.div_euclid(12),
        total.rem_euclid(12) + 1,
        day.min(28)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_before_wraps_years_and_clamps_days() {
        assert_eq!(months_before("2006-07-08", 3).as_deref(), Some("2006-04-08"));
        assert_eq!(months_before("2006-02-15", 3).as_deref(), Some("2005-11-15"));
        assert_eq!(months_before("2006-05-31", 3).as_deref(), Some("2006-02-28"));
        assert_eq!(months_before("2006-07-08T10:00:00Z", 12).as_deref(), Some("2005-07-08"));
        assert_eq!(months_before("2006-13-01", 3), None);
        assert_eq!(months_before("garbage", 3), None);
    }
}
