//! Model (de)serialization: postcard-encoded, zstd-compressed bytes, embedded or from files.

use serde::{de::DeserializeOwned, Serialize};
use std::path::Path;

/// Errors loading or saving a model.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("no embedded {0} model in this build (train one with `dyad train` and rebuild)")]
    Missing(&'static str),
    #[error("{what}: corrupt model: {reason}")]
    Corrupt { what: String, reason: String },
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
}

/// Serializes and compresses a model.
pub fn encode<T: Serialize>(model: &T) -> Vec<u8> {
    let raw = postcard::to_stdvec(model).expect("models serialize infallibly");
    zstd::encode_all(&raw[..], 19).expect("in-memory compression cannot fail")
}

/// Decompresses and deserializes a model; `what` names it in errors.
pub fn decode<T: DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T, ModelError> {
    let corrupt = |reason: String| ModelError::Corrupt {
        what: what.to_string(),
        reason,
    };
    let raw = zstd::decode_all(bytes).map_err(|e| corrupt(e.to_string()))?;
    postcard::from_bytes(&raw).map_err(|e| corrupt(e.to_string()))
}

/// Writes an encoded model to a file.
pub fn save<T: Serialize>(model: &T, path: &Path) -> Result<(), ModelError> {
    std::fs::write(path, encode(model)).map_err(|source| ModelError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// Reads an encoded model from a file.
pub fn load<T: DeserializeOwned>(path: &Path) -> Result<T, ModelError> {
    let bytes = std::fs::read(path).map_err(|source| ModelError::Io {
        path: path.display().to_string(),
        source,
    })?;
    decode(&bytes, &path.display().to_string())
}

/// The model bytes embedded at build time (empty when the build had none).
pub mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_models.rs"));
}
