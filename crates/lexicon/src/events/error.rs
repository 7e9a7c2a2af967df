//! Errors and problems found while reading or checking event lexicon files, always with file:line.

use std::fmt;

/// A fatal or skipped-line problem while loading: where it is and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file (path or embedded name) the problem is in.
    pub file: String,
    /// 1-based line number; 0 when the problem concerns the whole file.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for LoadError {}

/// A problem reported by [`crate::events::check`] (same shape as a load error).
pub type Problem = LoadError;

impl LoadError {
    pub(crate) fn new(file: &str, line: usize, message: impl Into<String>) -> LoadError {
        LoadError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}
