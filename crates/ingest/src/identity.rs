//! Document identity: stable ids (given id, else URL, else a content hash) and the normalised
//! text that decides whether two documents are exact duplicates.

use sha2::{Digest, Sha256};

/// Whitespace collapsed to single spaces, trimmed and lower-cased.
pub fn normalize_text(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// SHA-256 of the normalised text.
pub fn content_digest(text: &str) -> [u8; 32] {
    Sha256::digest(normalize_text(text).as_bytes()).into()
}

/// `sha256:` and the first 16 hex digits of the normalised text's digest.
pub fn content_id(text: &str) -> String {
    let digest = content_digest(text);
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// The stable id: the given one, else the URL, else the content hash.
pub fn stable_id(given: Option<&str>, url: Option<&str>, text: &str) -> String {
    given
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .or(url.map(str::trim).filter(|s| !s.is_empty()))
        .map(str::to_string)
        .unwrap_or_else(|| content_id(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_prefers_given_then_url_then_hash() {
        assert_eq!(stable_id(Some("a1"), Some("http://x"), "t"), "a1");
        assert_eq!(stable_id(Some(" "), Some("http://x"), "t"), "http://x");
        let h = stable_id(None, None, "Some  text");
        assert!(h.starts_with("sha256:") && h.len() == 23, "{h}");
        assert_eq!(h, stable_id(None, None, "some text\n"));
        assert_ne!(h, stable_id(None, None, "other text"));
    }
}
