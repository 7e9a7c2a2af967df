//! dyad-server: the JSON HTTP API (`dyad serve`) over the store and the coder.
//!
//! Reads (`/v1/events`, `/v1/quotes`, ...) go to SQLite reader connections, writes
//! (`POST /v1/documents`) to the one writer connection, both on tokio's blocking pool; coding runs
//! there too, bounded to the number of cores. Every error is a 4xx/5xx with a JSON body
//! `{"error": {"code", "message"}}`.
//!
//! Decisions: an unknown but well-formed actor code gives an empty result (200), a malformed one
//! (not letters and digits) a 400; `POST /v1/code` stores nothing and follows the read policy;
//! `/v1/health` and `/v1/openapi.json` are always public.

pub mod app;
pub mod auth;
pub mod dashboard;
pub mod error;
pub mod input;
pub mod logging;
pub mod openapi;
pub mod params;
pub mod pool;
pub mod routes;
pub mod routes_dashboard;

pub use app::{router, serve, shutdown_signal, AppState, Limits, ROUTES};
pub use error::ApiError;
pub use pool::StorePool;
