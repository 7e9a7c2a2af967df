//! Request bodies: one document (`{"text", "title"?, "date"?, "id"?, "url"?}`) or an array of
//! them, read from JSON with errors that name the problem.

use crate::error::ApiError;
use dyad_ingest::Document;
use serde::Deserialize;

/// Most documents accepted in one batch.
pub const MAX_BATCH: usize = 1000;

/// A document as a client sends it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentIn {
    pub text: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// One document or a batch.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(DocumentIn),
    Many(Vec<DocumentIn>),
}

/// Parses a body holding one document; `Err` is a 400 naming the problem.
pub fn one_document(body: &[u8]) -> Result<Document, ApiError> {
    let doc: DocumentIn = serde_json::from_slice(body).map_err(bad_json)?;
    to_document(doc, 0)
}

/// Parses a body holding one document or an array of them (at most [`MAX_BATCH`]).
pub fn documents(body: &[u8]) -> Result<Vec<Document>, ApiError> {
    let value: serde_json::Value = serde_json::from_slice(body).map_err(bad_json)?;
    let docs = match serde_json::from_value::<OneOrMany>(value.clone()) {
        Ok(OneOrMany::One(d)) => vec![d],
        Ok(OneOrMany::Many(d)) => d,
        // Name the exact problem: parse again as the shape the client meant.
        Err(_) => {
            let err = if value.is_array() {
                serde_json::from_value::<Vec<DocumentIn>>(value).err()
            } else {
                serde_json::from_value::<DocumentIn>(value).err()
            };
            return Err(ApiError::bad_request(
                "bad_document",
                err.map_or("not a document".into(), |e| e.to_string()),
            ));
        }
    };
    if docs.is_empty() {
        return Err(ApiError::bad_request("bad_document", "empty batch"));
    }
    if docs.len() > MAX_BATCH {
        return Err(ApiError::bad_request(
            "batch_too_large",
            format!("{} documents in one batch; at most {MAX_BATCH}", docs.len()),
        ));
    }
    docs.into_iter().enumerate().map(|(i, d)| to_document(d, i)).collect()
}

fn bad_json(err: serde_json::Error) -> ApiError {
    let code = if err.is_data() {
        "bad_document"
    } else {
        "malformed_json"
    };
    ApiError::bad_request(code, format!("request body: {err}"))
}

fn to_document(doc: DocumentIn, index: usize) -> Result<Document, ApiError> {
    if doc.text.trim().is_empty() {
        return Err(ApiError::bad_request(
            "bad_document",
            format!("document {index}: \"text\" is empty"),
        ));
    }
    let id = dyad_ingest::identity::stable_id(doc.id.as_deref(), doc.url.as_deref(), &doc.text);
    Ok(Document {
        id,
        title: doc.title,
        text: doc.text,
        date: doc.date,
        url: doc.url,
        ..Document::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_or_many() {
        assert_eq!(documents(br#"{"text": "a"}"#).unwrap().len(), 1);
        let docs = documents(br#"[{"text": "a", "id": "x"}, {"text": "b", "url": "http://u"}]"#).unwrap();
        assert_eq!(docs[0].id, "x");
        assert_eq!(docs[1].id, "http://u");
        assert_eq!(documents(b"{").unwrap_err().code, "malformed_json");
        assert_eq!(documents(br#"{"txt": "a"}"#).unwrap_err().code, "bad_document");
        assert_eq!(documents(b"[]").unwrap_err().code, "bad_document");
        assert_eq!(one_document(br#"{"text": "  "}"#).unwrap_err().code, "bad_document");
    }

    #[test]
    fn ids_without_id_or_url_are_content_hashes() {
        let a = one_document(br#"{"text": "same"}"#).unwrap();
        let b = one_document(br#"{"text": "same"}"#).unwrap();
        assert_eq!(a.id, b.id);
        assert!(a.id.starts_with("sha256:"), "{}", a.id);
        assert_ne!(a.id, one_document(br#"{"text": "other"}"#).unwrap().id);
    }
}
