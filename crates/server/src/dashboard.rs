//! The web dashboard's static files, embedded at build time (see `build.rs` and `web/`): the page
//! at `/` and its hashed assets under `/assets/`. They need no token; the pages call the JSON API.

use crate::app::AppState;
use crate::error::ApiError;
use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

include!(concat!(env!("OUT_DIR"), "/dashboard_assets.rs"));

/// The dashboard routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(index))
        .route("/assets/{*path}", get(asset))
}

/// The embedded file at `path`, if any: (content type, bytes).
pub fn file(path: &str) -> Option<(&'static str, &'static [u8])> {
    ASSETS
        .iter()
        .find(|(name, _, _)| *name == path)
        .map(|(_, kind, bytes)| (*kind, *bytes))
}

async fn index() -> Response {
    serve("index.html", "no-cache")
}

async fn asset(Path(path): Path<String>) -> Response {
    // Asset names carry a content hash, so they never change.
    serve(&format!("assets/{path}"), "public, max-age=31536000, immutable")
}

fn serve(path: &str, cache: &'static str) -> Response {
    match file(path) {
        Some((kind, bytes)) => ([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, cache)], bytes).into_response(),
        None => ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("no dashboard file {path:?}"),
        )
        .into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundle_is_built_wherever_npm_is_installed() {
        if BUNDLE == "built" {
            return;
        }
        let npm = std::process::Command::new("npm").arg("--version").output();
        match npm {
            Ok(out) if out.status.success() => panic!(
                "npm is installed but the dashboard was not built (embedded: {BUNDLE}); see the cargo:warning lines of the build"
            ),
            _ => eprintln!("SKIPPED: npm is not installed, so the fallback page is embedded instead of the dashboard"),
        }
    }

    #[test]
    fn the_page_and_every_asset_it_names_are_embedded() {
        let (kind, page) = file("index.html").expect("an index page is always embedded");
        assert!(kind.starts_with("text/html"));
        let page = std::str::from_utf8(page).expect("the page is UTF-8");
        if BUNDLE == "fallback" {
            eprintln!("SKIPPED asset check: no dashboard bundle was built (no npm); the fallback page is embedded");
            assert!(
                page.contains("npm"),
                "the fallback page says how to build the dashboard"
            );
            return;
        }
        let named: Vec<&str> = page.split('"').filter(|s| s.starts_with("/assets/")).collect();
        assert!(!named.is_empty(), "the page loads its bundle from /assets/");
        for asset in named {
            assert!(
                file(&asset[1..]).is_some(),
                "{asset} is named by the page but not embedded"
            );
        }
        assert!(
            !page.contains("http://") && !page.contains("https://"),
            "nothing loads from the network"
        );
    }
}
