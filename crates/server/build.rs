//! Embeds the web dashboard (`web/`, bundled by Vite) in the server.
//!
//! The built bundle is committed in `web/dist/` with `web/dist/.stamp`, the SHA-256 of the sources
//! it was built from, so that a build needs no npm. When the sources changed since (the stamp
//! differs) and npm is installed, this script rebuilds the bundle into `OUT_DIR` (`npm ci` first
//! when `web/node_modules` is missing) and embeds that. Without npm it embeds the stale bundle
//! with a warning, and without any bundle a fallback page that says how to build one.

use sha2::{Digest, Sha256};
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
    println!("cargo:rerun-if-changed={}", web.join("dist").display());
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
        "/// Where the embedded bundle came from: `committed`, `rebuilt`, `stale` or `fallback`.\npub static BUNDLE: &str = {bundle:?};"
    );
    std::fs::write(out.join("dashboard_assets.rs"), code).expect("OUT_DIR is writable");
}

/// The folder to embed and what it is.
fn choose_bundle(web: &Path, out: &Path) -> (Option<PathBuf>, &'static str) {
    let committed = web.join("dist");
    let has_index = |dir: &Path| dir.join("index.html").is_file();
    let Some(hash) = sources_hash(web) else {
        println!("cargo:warning=dashboard: cannot read the sources in {}", web.display());
        return if has_index(&committed) {
            (Some(committed), "stale")
        } else {
            (None, "fallback")
        };
    };
    let stamp = std::fs::read_to_string(committed.join(".stamp")).unwrap_or_default();
    if stamp.trim() == hash && has_index(&committed) {
        return (Some(committed), "committed");
    }
    let rebuilt = out.join("dist");
    if rebuild(web, &rebuilt) && has_index(&rebuilt) {
        println!(
            "cargo:warning=dashboard: web/dist is older than web/'s sources; rebuilt it into OUT_DIR (run `npm run build` in web/ and commit web/dist)"
        );
        return (Some(rebuilt), "rebuilt");
    }
    if has_index(&committed) {
        println!("cargo:warning=dashboard: web/dist is older than web/'s sources and npm could not rebuild it; embedding it anyway");
        return (Some(committed), "stale");
    }
    println!("cargo:warning=dashboard: no built bundle and no npm; the dashboard is a page saying how to build it");
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

/// SHA-256 over every source file as `path NUL contents NUL`, in sorted path order (the same
/// as `web/vite.config.js` writes into the stamp).
fn sources_hash(web: &Path) -> Option<String> {
    let mut files = Vec::new();
    for source in SOURCES {
        let path = web.join(source);
        if path.is_dir() {
            collect(web, &path, &mut files);
        } else if path.is_file() {
            files.push((source.to_string(), path));
        } else {
            return None;
        }
    }
    files.sort();
    let mut hasher = Sha256::new();
    for (name, path) in &files {
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(std::fs::read(path).ok()?);
        hasher.update([0]);
    }
    Some(hasher.finalize().iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    }))
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
