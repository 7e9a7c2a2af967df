//! The plain data types that leave the syntax stage.

use dyad_text::Span;
use serde::{Deserialize, Serialize};

/// One syntactic word with its annotation. `head` is 1-based as in CoNLL-U; 0 is the root.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Word {
    pub form: String,
    /// Byte span in the source text (zero-width when unknown, e.g. read from CoNLL-U).
    pub span: Span,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    pub head: usize,
    pub deprel: String,
    pub deps: String,
    pub misc: String,
    /// The word's distributional cluster, set by the tagger from its word-cluster table and read
    /// by the parser's features (0: not known; see [`crate::tagger::clusters`]). Not serialized.
    #[serde(skip)]
    pub cluster: u32,
}

/// A multiword token line of CoNLL-U (`3-4 don't`), covering words `first..=last` (1-based).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MultiWord {
    pub first: usize,
    pub last: usize,
    pub form: String,
    pub misc: String,
}

/// One sentence of words, with its source span, paragraph index and CoNLL-U comment lines.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ParsedSentence {
    pub span: Span,
    pub paragraph: usize,
    pub comments: Vec<String>,
    pub words: Vec<Word>,
    pub multiwords: Vec<MultiWord>,
}

impl ParsedSentence {
    /// The value of a `# key = value` comment, if present.
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let rest = c.strip_prefix('#')?.trim_start();
            let rest = rest.strip_prefix(key)?.trim_start();
            Some(rest.strip_prefix('=')?.trim())
        })
    }
}
