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
/// Goldstein. Without `from` and `to` it covers the year up to the newest stored event, so that
/// the default view stays fast on a large store.
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
                    filter.date_from = year_before(&latest);
                    filter.date_to = latest.get(..10).map(str::to_string);
                }
            }
            let edges = store.network(&filter, limit)?;
            Ok((filter.date_from, filter.date_to, edges))
        })
        .await?;
    Ok(Json(json!({"from": from, "to": to, "edges": edges})))
}

/// The ISO date one year before `date` (`2006-07-08` -> `2005-07-08`; 29 February -> 1 March).
fn year_before(date: &str) -> Option<String> {
    let year: i32 = date.get(..4)?.parse().ok()?;
    let month_day = date.get(5..10)?;
    let month_day = if month_day == "02-29" { "03-01" } else { month_day };
    Some(format!("{:04}-{month_day}", year - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_before_keeps_the_day_and_avoids_29_february() {
        assert_eq!(year_before("2006-07-08").as_deref(), Some("2005-07-08"));
        assert_eq!(year_before("2008-02-29").as_deref(), Some("2007-03-01"));
        assert_eq!(year_before("2006-07-08T10:00:00Z").as_deref(), Some("2005-07-08"));
        assert_eq!(year_before("garbage"), None);
    }
}
