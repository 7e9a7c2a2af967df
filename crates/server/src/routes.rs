//! The endpoint handlers. Each reads its parameters strictly, runs store and coder calls off the
//! async reactor and answers JSON.

use crate::app::AppState;
use crate::error::ApiError;
use crate::input;
use crate::params::{Params, EVENT_FILTERS};
use crate::pool::run_blocking;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, RawQuery, State};
use axum::Json;
use dyad_store::{ActorFilter, EventFilter, QuoteFilter};
use rayon::prelude::*;
use serde_json::{json, Value};

type Reply = Result<Json<Value>, ApiError>;

fn body(bytes: Result<Bytes, BytesRejection>) -> Result<Bytes, ApiError> {
    bytes.map_err(|rejection| {
        let status = rejection.status();
        ApiError::new(status, ApiError::for_status(status).code, rejection.body_text())
    })
}

/// `POST /v1/code`: code one document, store nothing.
pub async fn code(State(state): State<AppState>, bytes: Result<Bytes, BytesRejection>) -> Reply {
    let doc = input::one_document(&body(bytes)?)?;
    let _permit = state.coding.acquire().await.map_err(|_| ApiError::internal())?;
    let coder = state.coder.clone();
    let coded = run_blocking(move || Ok(coder.code(&doc))).await?;
    Ok(Json(serde_json::to_value(coded).map_err(|_| ApiError::internal())?))
}

/// `POST /v1/documents`: code and store one document or a batch (idempotent).
pub async fn documents(State(state): State<AppState>, bytes: Result<Bytes, BytesRejection>) -> Reply {
    let docs = input::documents(&body(bytes)?)?;
    let received = docs.len();
    let coded = {
        let _permit = state.coding.acquire().await.map_err(|_| ApiError::internal())?;
        let coder = state.coder.clone();
        run_blocking(move || Ok(docs.par_iter().map(|d| coder.code(d)).collect::<Vec<_>>())).await?
    };
    let summary = state.store.write(move |store| store.insert(&coded)).await?;
    Ok(Json(json!({
        "received": received,
        "inserted": summary.inserted,
        "unchanged": summary.unchanged,
        "replaced": summary.replaced,
        "events": summary.events,
        "quotes": summary.quotes,
    })))
}

/// `GET /v1/events`: filtered events, newest first; `offset` or keyset `cursor` pagination.
pub async fn events(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Reply {
    let names: Vec<&str> = EVENT_FILTERS
        .iter()
        .copied()
        .chain(["limit", "offset", "cursor"])
        .collect();
    let params = Params::parse(raw.as_deref(), &names)?;
    let filter = params.event_filter()?;
    let limit = params.limit()?;
    let offset = params.offset()?;
    let cursor = params.cursor()?;
    if cursor.is_some() && offset > 0 {
        return Err(ApiError::bad_request(
            "bad_parameter",
            "give offset or cursor, not both",
        ));
    }
    if offset == 0 {
        let page = state
            .store
            .read(move |store| store.events_after(&filter, limit, cursor.as_ref()))
            .await?;
        Ok(Json(json!({
            "total": page.total,
            "total_capped": page.total_capped,
            "limit": limit,
            "events": page.events,
            "next_cursor": page.next.map(|c| c.encode()),
        })))
    } else {
        let page = state
            .store
            .read(move |store| store.events(&filter, limit, offset))
            .await?;
        Ok(Json(json!({
            "total": page.total,
            "total_capped": page.total_capped,
            "limit": limit,
            "offset": offset,
            "events": page.events,
        })))
    }
}

/// `GET /v1/quotes`: quotes by speaker (code prefix or name) and text.
pub async fn quotes(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Reply {
    let params = Params::parse(raw.as_deref(), &["speaker", "q", "limit", "offset"])?;
    let filter = QuoteFilter {
        speaker: params.text("speaker"),
        text: params.text("q"),
    };
    let (limit, offset) = (params.limit()?, params.offset()?);
    let page = state
        .store
        .read(move |store| store.quotes(&filter, limit, offset))
        .await?;
    Ok(Json(
        json!({"total": page.total, "limit": limit, "offset": offset, "quotes": page.quotes}),
    ))
}

/// `GET /v1/actors`: the most mentioned actor codes.
pub async fn actors(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Reply {
    let params = Params::parse(raw.as_deref(), &["code", "country", "sector", "limit"])?;
    let filter = ActorFilter {
        code: params.text("code"),
        country: params.text("country"),
        sector: params.text("sector"),
    };
    let limit = params.limit()?;
    let actors = state.store.read(move |store| store.actors(&filter, limit)).await?;
    Ok(Json(json!({"actors": actors})))
}

/// `GET /v1/dyads/{a}/{b}/timeline`: events per period and quad class, with mean Goldstein.
pub async fn timeline(
    State(state): State<AppState>,
    Path((a, b)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
) -> Reply {
    let names: Vec<&str> = EVENT_FILTERS
        .iter()
        .copied()
        .filter(|n| *n != "dyad")
        .chain(["period"])
        .collect();
    let params = Params::parse(raw.as_deref(), &names)?;
    let period = params.period()?;
    let filter = EventFilter {
        dyad: Some((a.clone(), b.clone())),
        ..params.event_filter()?
    };
    let rows = state.store.read(move |store| store.timeline(&filter, period)).await?;
    Ok(Json(json!({"source": a, "target": b, "period": period, "rows": rows})))
}

/// `GET /v1/stats`: what the store holds.
pub async fn stats(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Reply {
    Params::parse(raw.as_deref(), &[])?;
    let counts = state.store.read(|store| store.counts()).await?;
    Ok(Json(Value::Object(
        counts.into_iter().map(|(name, n)| (name, Value::from(n))).collect(),
    )))
}

/// `GET /v1/health`: liveness and the database schema version.
pub async fn health(State(state): State<AppState>) -> Reply {
    let version = state.store.read(|store| store.schema_version()).await?;
    Ok(Json(json!({
        "status": "ok",
        "schema_version": version,
        "version": env!("CARGO_PKG_VERSION"),
    })))
}

/// `GET /v1/openapi.json`: the API description.
pub async fn openapi() -> Json<Value> {
    Json(crate::openapi::document())
}
