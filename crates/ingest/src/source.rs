//! Inputs to documents: a file, a directory (recursive), a glob pattern, standard input or a URL,
//! each file read by the reader its format calls for (by name, or forced).

use crate::fetch::{is_url, Fetcher};
use crate::input::{open, plain_name, read_limited};
use crate::options::IngestOptions;
use crate::{feed, html, jsonl, plain, remote, warc, Document, Item, Reject};
use std::path::{Path, PathBuf};

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Jsonl,
    Html,
    Warc,
    Feed,
}

impl Format {
    /// By file name (a trailing `.gz` is looked through): `.jsonl`/`.ndjson`, `.html`/`.htm`,
    /// `.warc`, `.rss`/`.atom`/`.xml`; anything else is plain text.
    pub fn detect(path: &Path) -> Format {
        let name = plain_name(path);
        let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        match ext {
            "jsonl" | "ndjson" => Format::Jsonl,
            "html" | "htm" | "xhtml" => Format::Html,
            "warc" => Format::Warc,
            "rss" | "atom" | "xml" => Format::Feed,
            _ => Format::Text,
        }
    }

    pub fn from_name(name: &str) -> Option<Format> {
        Some(match name {
            "text" | "txt" => Format::Text,
            "jsonl" | "ndjson" => Format::Jsonl,
            "html" => Format::Html,
            "warc" => Format::Warc,
            "feed" | "rss" | "atom" => Format::Feed,
            _ => return None,
        })
    }
}

/// The files an input names: itself, the files under a directory (sorted, hidden ones left
/// out) or the matches of a glob pattern (sorted). `-` is standard input.
pub fn expand(input: &str) -> Vec<Result<PathBuf, Reject>> {
    let path = Path::new(input);
    if input == "-" || path.is_file() {
        return vec![Ok(path.to_path_buf())];
    }
    if path.is_dir() {
        let walk = walkdir::WalkDir::new(path)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        return walk
            .filter_map(|entry| match entry {
                Ok(e) if e.file_type().is_file() => Some(Ok(e.into_path())),
                Ok(_) => None,
                Err(e) => Some(Err(Reject::new(input, format!("cannot read directory: {e}")))),
            })
            .collect();
    }
    if input.contains(['*', '?', '[']) {
        return match glob::glob_with(
            input,
            glob::MatchOptions {
                require_literal_leading_dot: true,
                ..Default::default()
            },
        ) {
            Ok(paths) => {
                let mut found: Vec<_> = paths
                    .filter_map(|p| match p {
                        Ok(p) if p.is_file() => Some(Ok(p)),
                        Ok(_) => None,
                        Err(e) => Some(Err(Reject::new(input, format!("cannot read: {e}")))),
                    })
                    .collect();
                found.sort_by(|a, b| match (a, b) {
                    (Ok(a), Ok(b)) => a.cmp(b),
                    _ => std::cmp::Ordering::Equal,
                });
                if found.is_empty() {
                    found.push(Err(Reject::new(input, "no file matches this pattern")));
                }
                found
            }
            Err(e) => vec![Err(Reject::new(input, format!("bad glob pattern: {e}")))],
        };
    }
    vec![Err(Reject::new(input, "no such file or directory"))]
}

/// Documents (unfiltered) from one file, read as `format` or as its name says.
pub fn read_file(path: &Path, format: Option<Format>, options: &IngestOptions) -> Box<dyn Iterator<Item = Item>> {
    let name = path.display().to_string();
    match format.unwrap_or_else(|| Format::detect(path)) {
        Format::Text => Box::new(std::iter::once(plain::read_file(path, options))),
        Format::Html => Box::new(std::iter::once(read_html(path, options))),
        Format::Feed => Box::new(feed::read_file(path, options).into_iter()),
        Format::Jsonl => match open(path, &options.meter) {
            Ok(reader) => Box::new(jsonl::JsonlReader::new(reader, name, options)),
            Err(reject) => Box::new(std::iter::once(Err(reject))),
        },
        Format::Warc => match open(path, &options.meter) {
            Ok(reader) => Box::new(warc::WarcReader::new(reader, name, options)),
            Err(reject) => Box::new(std::iter::once(Err(reject))),
        },
    }
}

/// One HTML page file as a document.
pub fn read_html(path: &Path, options: &IngestOptions) -> Item {
    let name = path.display().to_string();
    let bytes = read_limited(path, options.max_bytes, &options.meter)?;
    let page = html::decode(&bytes).map_err(|reason| Reject::new(&name, reason).raw(&bytes))?;
    let article = html::extract(&page, options.extractor, None).map_err(|r| Reject::new(&name, r).raw(&bytes))?;
    Ok(Document {
        id: String::new(),
        title: article.title,
        text: article.body,
        date: article.date,
        url: article.url,
        source: Some(name.clone()),
        language: article.language,
        author: article.author,
        input: Some(name),
        record: None,
    })
}

/// Documents (unfiltered) from every file and URL that the inputs name, in order. URLs are
/// fetched only when the stream reaches them, by one [`Fetcher`] shared by all of them.
pub fn read_inputs(inputs: Vec<String>, format: Option<Format>, options: IngestOptions) -> impl Iterator<Item = Item> {
    let fetcher = inputs
        .iter()
        .any(|i| is_url(i))
        .then(|| Fetcher::new(options.fetch.clone()));
    inputs
        .into_iter()
        .flat_map(move |input| -> Box<dyn Iterator<Item = Item>> {
            match &fetcher {
                Some(fetcher) if is_url(&input) => {
                    Box::new(remote::read_url(&input, format, &options, fetcher).into_iter())
                }
                _ => {
                    let (options, format) = (options.clone(), format);
                    Box::new(expand(&input).into_iter().flat_map(move |path| match path {
                        Ok(path) => read_file(&path, format, &options),
                        Err(reject) => Box::new(std::iter::once(Err(reject))),
                    }))
                }
            }
        })
}
