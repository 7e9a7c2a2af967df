//! Plain-text documents: one file (or standard input) is one document. A short first line
//! that reads like a headline becomes the title.

use crate::input::{read_limited, utf8};
use crate::options::IngestOptions;
use crate::{Document, Item, Reject};
use std::path::Path;

/// Longest first line taken as a title.
const MAX_TITLE_CHARS: usize = 200;

/// Reads one plain-text file (`-` for standard input).
pub fn read_file(path: &Path, options: &IngestOptions) -> Item {
    let bytes = read_limited(path, options.max_bytes, &options.meter)?;
    from_bytes(bytes, &path.display().to_string(), options)
}

/// Makes a document of plain-text bytes read from `source`.
pub fn from_bytes(bytes: Vec<u8>, source: &str, options: &IngestOptions) -> Item {
    let raw_head = bytes[..bytes.len().min(crate::reject::MAX_RAW)].to_vec();
    let text = utf8(bytes).map_err(|(at, reason)| Reject::new(source, reason).offset(at).raw(&raw_head))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let (title, body) = if options.title_line {
        split_title(text)
    } else {
        (None, text)
    };
    Ok(Document {
        title: title.map(str::to_string),
        text: body.to_string(),
        source: Some(source.to_string()),
        input: Some(source.to_string()),
        ..Document::default()
    })
}

/// Splits off a headline-like first line: short, not ending like a sentence, followed by text.
pub fn split_title(text: &str) -> (Option<&str>, &str) {
    let text = text.trim_start();
    let Some((first, rest)) = text.split_once('\n') else {
        return (None, text);
    };
    let first = first.trim();
    let headline = !first.is_empty()
        && first.chars().count() <= MAX_TITLE_CHARS
        && !first.ends_with(['.', '!', '?', ',', ';', ':', '"', '”', '\''])
        && !rest.trim().is_empty();
    if headline {
        (Some(first), rest.trim_start_matches(['\r', '\n']))
    } else {
        (None, text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_becomes_title() {
        let (t, b) = split_title("US ready for talks\nThe envoy said so.\n");
        assert_eq!(t, Some("US ready for talks"));
        assert_eq!(b, "The envoy said so.\n");
    }

    #[test]
    fn sentence_first_line_stays_in_body() {
        let text = "The envoy said so.\nMore text.";
        assert_eq!(split_title(text), (None, text));
        assert_eq!(split_title("Only one line"), (None, "Only one line"));
    }
}
