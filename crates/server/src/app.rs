//! The application: shared state, the router with its middleware (auth, limits, timeouts, JSON
//! errors, request logs) and the server loop with graceful shutdown.

use crate::error::ApiError;
use crate::pool::StorePool;
use crate::{auth, dashboard, routes, routes_dashboard};
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use dyad_code::coder::Coder;
use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower_http::timeout::TimeoutLayer;

/// Server settings.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest request body, in bytes.
    pub max_body: usize,
    /// Longest time a request may take.
    pub timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_body: 5 * 1024 * 1024,
            timeout: Duration::from_secs(30),
        }
    }
}

/// Everything the handlers share.
#[derive(Clone)]
pub struct AppState {
    /// One coder; its models load once.
    pub coder: Arc<Coder>,
    pub store: Arc<StorePool>,
    /// Bounds concurrent coding jobs to the number of cores, so that CPU work queues instead of
    /// thrashing.
    pub coding: Arc<Semaphore>,
    /// Bearer token for writes (and for reads unless `public_reads`).
    pub token: Arc<str>,
    pub public_reads: bool,
    /// Requests being handled now.
    pub in_flight: Arc<AtomicUsize>,
}

impl AppState {
    pub fn new(coder: Arc<Coder>, store: StorePool, token: String, public_reads: bool) -> AppState {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        AppState {
            coder,
            store: Arc::new(store),
            coding: Arc::new(Semaphore::new(cores)),
            token: token.into(),
            public_reads,
            in_flight: Arc::new(AtomicUsize::new(0)),
        }
    }
}

/// Every route, as `(method, path)`: the router and the OpenAPI document must both cover these.
pub const ROUTES: &[(&str, &str)] = &[
    ("post", "/v1/code"),
    ("post", "/v1/documents"),
    ("get", "/v1/events"),
    ("get", "/v1/quotes"),
    ("get", "/v1/actors"),
    ("get", "/v1/dyads/{a}/{b}/timeline"),
    ("get", "/v1/stats"),
    ("get", "/v1/health"),
    ("get", "/v1/openapi.json"),
    ("get", "/v1/documents/{id}"),
    ("get", "/v1/network"),
];

/// The API router.
pub fn router(state: AppState, limits: &Limits) -> Router {
    Router::new()
        .route("/v1/code", post(routes::code))
        .route("/v1/documents", post(routes::documents))
        .route("/v1/events", get(routes::events))
        .route("/v1/quotes", get(routes::quotes))
        .route("/v1/actors", get(routes::actors))
        .route("/v1/dyads/{a}/{b}/timeline", get(routes::timeline))
        .route("/v1/stats", get(routes::stats))
        .route("/v1/health", get(routes::health))
        .route("/v1/openapi.json", get(routes::openapi))
        .route("/v1/documents/{*id}", get(routes_dashboard::document))
        .route("/v1/network", get(routes_dashboard::network))
        .merge(dashboard::routes())
        .fallback(|| async { ApiError::for_status(StatusCode::NOT_FOUND) })
        .layer(middleware::from_fn_with_state(state.clone(), authorize))
        .layer(DefaultBodyLimit::max(limits.max_body))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            limits.timeout,
        ))
        .layer(middleware::from_fn(json_errors))
        .layer(middleware::from_fn_with_state(state.clone(), log_request))
        .with_state(state)
}

/// Writes always need the token; reads need it unless reads are public. Health and the API
/// description are always public, and so are the dashboard's static files (outside `/v1/`).
async fn authorize(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let always_public = matches!(path, "/v1/health" | "/v1/openapi.json") || !path.starts_with("/v1/");
    let is_write = request.method() == Method::POST && path == "/v1/documents";
    if is_write || (!state.public_reads && !always_public) {
        if let Err(err) = auth::check(request.headers(), &state.token) {
            return err.into_response();
        }
    }
    next.run(request).await
}

/// Gives every error response without a JSON body (unknown route, timeout, ...) the JSON error body.
async fn json_errors(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if (status.is_client_error() || status.is_server_error()) && !is_json {
        return ApiError::for_status(status).into_response();
    }
    response
}

/// One log line per request: method, path, status, duration. Never the query, body or headers
/// (they may hold tokens or private text).
async fn log_request(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let started = Instant::now();
    state.in_flight.fetch_add(1, Ordering::SeqCst);
    let response = next.run(request).await;
    state.in_flight.fetch_sub(1, Ordering::SeqCst);
    tracing::info!(
        method = %method,
        path = %path,
        status = response.status().as_u16(),
        ms = started.elapsed().as_secs_f64() * 1000.0,
        "request"
    );
    response
}

/// Serves on `listener` until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    limits: &Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(state, limits);
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
