//! HTML pages: the article body (by a measured extractor), plus title, publication date, author,
//! canonical URL and language from the page's metadata.

use crate::boilerplate;
use crate::dates::normalize_date;
use scraper::{Html, Selector};
use serde::Serialize;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The article-body extractors we measured on the article-extraction benchmark
/// (`dyad eval extract --extractor NAME`). The default is the best one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Extractor {
    /// `rs-trafilatura`: trafilatura port with page-type profiles.
    #[default]
    RsTrafilatura,
    /// `trafilatura`: port of go-trafilatura.
    Trafilatura,
    /// `dom_smoothie`: port of Mozilla readability.
    DomSmoothie,
}

impl Extractor {
    pub const ALL: [Extractor; 3] = [Extractor::RsTrafilatura, Extractor::Trafilatura, Extractor::DomSmoothie];

    pub fn name(self) -> &'static str {
        match self {
            Extractor::RsTrafilatura => "rs-trafilatura",
            Extractor::Trafilatura => "trafilatura",
            Extractor::DomSmoothie => "dom-smoothie",
        }
    }

    pub fn from_name(name: &str) -> Option<Extractor> {
        Extractor::ALL.into_iter().find(|e| e.name() == name)
    }
}

/// What was extracted from one page.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Article {
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    pub author: Option<String>,
    /// Canonical URL (`<link rel=canonical>`, else `og:url`).
    pub url: Option<String>,
    /// The `lang` attribute of `<html>`, when present.
    pub language: Option<String>,
    /// Plain body text, paragraphs separated by newlines, trailing boilerplate removed.
    pub body: String,
}

/// Decodes an HTML page: UTF-8, or the charset the page declares. Invalid UTF-8 in a page that
/// declares no other charset is an error naming the byte offset.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(err) => {
            let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
            let declared = head
                .find("charset=")
                .map(|i| &head[i + 8..])
                .map(|rest| rest.trim_start_matches(['"', '\'']))
                .and_then(|rest| {
                    rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                        .next()
                })
                .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
                .filter(|enc| *enc != encoding_rs::UTF_8);
            match declared {
                Some(enc) => Ok(enc.decode(bytes).0.into_owned()),
                None => Err(format!("invalid UTF-8 at byte {}", err.valid_up_to())),
            }
        }
    }
}

/// Extracts the article and its metadata from an HTML page.
pub fn extract(html: &str, extractor: Extractor, url_hint: Option<&str>) -> Result<Article, String> {
    if !looks_like_html(html) {
        return Err("not HTML: no markup found".to_string());
    }
    let body = catch_unwind(AssertUnwindSafe(|| extract_body(html, extractor, url_hint)))
        .map_err(|_| format!("unparseable HTML: the {} extractor failed", extractor.name()))??;
    let mut article = metadata(html);
    article.body = boilerplate::trim_trailing(&tidy(&body));
    Ok(article)
}

fn looks_like_html(html: &str) -> bool {
    let mut end = html.len().min(65_536);
    while !html.is_char_boundary(end) {
        end -= 1;
    }
    let head = &html[..end];
    head.contains('<') && head.contains('>')
}

fn extract_body(html: &str, extractor: Extractor, url_hint: Option<&str>) -> Result<String, String> {
    match extractor {
        Extractor::RsTrafilatura => {
            let options = rs_trafilatura::Options {
                url: url_hint.map(str::to_string),
                ..Default::default()
            };
            rs_trafilatura::extract_with_options(html, &options)
                .map(|r| r.content_text)
                .map_err(|e| format!("unparseable HTML: {e}"))
        }
        Extractor::Trafilatura => trafilatura::extract(html, &trafilatura::Options::default())
            .map(|r| r.content_text)
            .map_err(|e| format!("unparseable HTML: {e}")),
        Extractor::DomSmoothie => {
            let config = dom_smoothie::Config {
                text_mode: dom_smoothie::TextMode::Formatted,
                ..Default::default()
            };
            let url = url_hint.filter(|u| u.starts_with("http"));
            let mut reader = dom_smoothie::Readability::new(html, url, Some(config))
                .map_err(|e| format!("unparseable HTML: {e}"))?;
            reader
                .parse()
                .map(|a| a.text_content.to_string())
                .map_err(|e| format!("unparseable HTML: {e}"))
        }
    }
}

/// Trims each line and collapses runs of blank lines.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// The first non-empty value of `attr` among elements matching any of `selectors`, in order.
fn first_attr(doc: &Html, selectors: &[&str], attr: &str) -> Option<String> {
    selectors.iter().filter_map(|css| selector(css)).find_map(|sel| {
        doc.select(&sel)
            .filter_map(|el| el.value().attr(attr))
            .map(|v| v.trim().to_string())
            .find(|v| !v.is_empty())
    })
}

fn first_text(doc: &Html, css: &str) -> Option<String> {
    let sel = selector(css)?;
    doc.select(&sel)
        .map(|el| {
            el.text()
                .collect::<Vec<_>>()
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .find(|t| !t.is_empty())
}

/// Title, date, author, canonical URL and language from meta tags, JSON-LD and markup.
pub fn metadata(html: &str) -> Article {
    let doc = Html::parse_document(html);
    let json_ld = json_ld_fields(&doc);
    let title = first_attr(
        &doc,
        &["meta[property='og:title']", "meta[name='twitter:title']"],
        "content",
    )
    .or_else(|| json_ld.headline.clone())
    .or_else(|| first_text(&doc, "h1"))
    .or_else(|| first_text(&doc, "title"));
    let date = first_attr(
        &doc,
        &[
            "meta[property='article:published_time']",
            "meta[name='article:published_time']",
            "meta[itemprop='datePublished']",
            "meta[name='pubdate']",
            "meta[name='publishdate']",
            "meta[name='date']",
            "meta[name='DC.date.issued']",
            "meta[name='dc.date']",
            "meta[name='sailthru.date']",
            "meta[property='og:published_time']",
        ],
        "content",
    )
    .or_else(|| json_ld.date_published.clone())
    .or_else(|| {
        first_attr(
            &doc,
            &["time[itemprop='datePublished']", "time[pubdate]", "time"],
            "datetime",
        )
    })
    .and_then(|d| normalize_date(&d));
    let author = first_attr(
        &doc,
        &[
            "meta[name='author']",
            "meta[name='byl']",
            "meta[name='sailthru.author']",
        ],
        "content",
    )
    .or_else(|| json_ld.author.clone())
    .or_else(|| first_attr(&doc, &["meta[property='article:author']"], "content").filter(|a| !a.starts_with("http")))
    .or_else(|| first_text(&doc, "[rel='author']"))
    .map(|a| a.trim_start_matches("By ").trim_start_matches("by ").to_string());
    let url = first_attr(&doc, &["link[rel='canonical']"], "href")
        .or_else(|| first_attr(&doc, &["meta[property='og:url']"], "content"));
    let language = first_attr(&doc, &["html"], "lang");
    Article {
        title,
        date,
        author,
        url,
        language,
        body: String::new(),
    }
}

#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    date_published: Option<String>,
    author: Option<String>,
}

/// Fields from `<script type="application/ld+json">` blocks describing an article.
fn json_ld_fields(doc: &Html) -> JsonLd {
    let mut out = JsonLd::default();
    let Some(sel) = selector("script[type='application/ld+json']") else {
        return out;
    };
    for script in doc.select(&sel) {
        let text: String = script.text().collect();
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
                serde_json::Value::Object(map) => {
                    if let Some(graph) = map.get("@graph") {
                        stack.push(graph);
                    }
                    if out.headline.is_none() {
                        out.headline = map.get("headline").and_then(|h| h.as_str()).map(str::to_string);
                    }
                    if out.date_published.is_none() {
                        out.date_published = map.get("datePublished").and_then(|h| h.as_str()).map(str::to_string);
                    }
                    if out.author.is_none() {
                        out.author = map.get("author").and_then(author_name);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

fn author_name(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Object(m) => m.get("name").and_then(|n| n.as_str()).map(str::to_string),
        serde_json::Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(author_name).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}
