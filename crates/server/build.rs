//! Embeds the web dashboard (`web/`, bundled by Vite) in the server.
//!
//! No built bundle is committed: the libraries come from npm at build time, never pasted into the
//! repository. When npm is installed, this script builds the bundle into `OUT_DIR` with Vite
//! (`npm ci` first when `web/node_modules` is missing; the npm registry is the only network it
//! uses) and embeds it. Without npm, or if the build fails, it embeds a fallback page that says how
//! to get the dashboard, and the rest of dyad builds and runs as usual.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Files and folders of `web/` the bundle is built from (the stamp covers exactly these).
const SOURCES: &[&str] = &[
    "index.html",
    "package.json",
    "package-lock.json",
    "vite.config.js",
    "src",
    "../examples/seed-article.txt",
];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let web = manifest.join("../../web");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for source in SOURCES {
        println!("cargo:rerun-if-changed={}", web.join(source).display());
    }
    println!("cargo:rerun-if-changed={}", web.join("fallback.html").display());

    let (dir, bundle) = choose_bundle(&web, &out);
    let mut files = Vec::new();
    if let Some(dir) = &dir {
        collect(dir, dir, &mut files);
    }
    if !files.iter().any(|(name, _)| name == "index.html") {
        files.clear();
        files.push(("index.html".to_string(), web.join("fallback.html")));
    }
    files.sort();
    let mut code =
        String::from("/// The embedded dashboard files: (path below the bundle root, content type, bytes).\n");
    code.push_str("pub static ASSETS: &[(&str, &str, &[u8])] = &[\n");
    for (name, path) in &files {
        let path = path.canonicalize().unwrap_or_else(|_| path.clone());
        let _ = writeln!(
            code,
            "    ({name:?}, {:?}, include_bytes!({:?})),",
            content_type(name),
            path.display().to_string()
        );
    }
    code.push_str("];\n");
    let _ = writeln!(
        code,
        "/// Where the embedded bundle came from: `built` or `fallback`.\npub static BUNDLE: &str = {bundle:?};"
    );
    std::fs::write(out.join("dashboard_assets.rs"), code).expect("OUT_DIR is writable");
}

/// The folder to embed and what it is: `built` by npm, or `fallback` (no npm, or the build failed).
fn choose_bundle(web: &Path, out: &Path) -> (Option<PathBuf>, &'static str) {
    let built = out.join("dist");
    if rebuild(web, &built) && built.join("index.html").is_file() {
        return (Some(built), "built");
    }
    println!("cargo:warning=dashboard: npm is missing or `npm run build` failed in web/; the dashboard is a page saying how to build it");
    (None, "fallback")
}

/// `npm ci` (when needed) and `vite build` into `into`; false when npm is missing or fails.
fn rebuild(web: &Path, into: &Path) -> bool {
    let npm = |args: &[&str]| {
        Command::new("npm")
            .args(args)
            .current_dir(web)
            .status()
            .is_ok_and(|s| s.success())
    };
    if !npm(&["--version"]) {
        return false;
    }
    if !web.join("node_modules/.package-lock.json").is_file() && !npm(&["ci", "--no-audit", "--no-fund"]) {
        return false;
    }
    let into = into.display().to_string();
    npm(&["run", "build", "--", "--outDir", &into, "--emptyOutDir"])
}

/// Every file below `dir` as (path relative to `root` with `/`, full path), skipping dot files.
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect(root, &path, files);
        } else if let Ok(rel) = path.strip_prefix(root) {
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.push((rel, path));
        }
    }
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}
