//! The API's error type: every failure becomes a status code and a JSON body
//! `{"error": {"code", "message"}}`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use dyad_store::StoreError;

/// An error answered to the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    /// A stable machine-readable code, e.g. `bad_query`.
    pub code: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
        }
    }

    pub fn bad_request(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, code, message)
    }

    pub fn internal() -> ApiError {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the server failed; see its log",
        )
    }

    /// The error body for `status` when nothing more specific is known (unknown route, timeout, ...).
    pub fn for_status(status: StatusCode) -> ApiError {
        let (code, message) = match status {
            StatusCode::NOT_FOUND => ("not_found", "no such endpoint; see /v1/openapi.json"),
            StatusCode::METHOD_NOT_ALLOWED => ("method_not_allowed", "this endpoint does not take that method"),
            StatusCode::PAYLOAD_TOO_LARGE => ("body_too_large", "the request body exceeds the server's limit"),
            StatusCode::REQUEST_TIMEOUT => ("timeout", "the request took longer than the server's limit"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => ("unsupported_media_type", "send JSON"),
            StatusCode::UNAUTHORIZED => ("unauthorized", "a bearer token is required"),
            s if s.is_client_error() => ("bad_request", "the request is invalid"),
            _ => ("internal", "the server failed; see its log"),
        };
        ApiError::new(status, code, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({"error": {"code": self.code, "message": self.message}});
        (self.status, Json(body)).into_response()
    }
}

impl From<StoreError> for ApiError {
    fn from(err: StoreError) -> ApiError {
        match err {
            StoreError::BadQuery(message) => ApiError::bad_request("bad_query", message),
            other => {
                tracing::error!(error = %other, "store failed");
                ApiError::internal()
            }
        }
    }
}
