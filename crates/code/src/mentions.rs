//! Actor mentions inside one sentence, as the event coder and quote attribution consume them:
//! a word range, its head word, and the resolved code. The actor resolver produces them.

/// One resolved actor mention in a sentence. Word indices are 0-based; `end` is exclusive.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mention {
    pub head: usize,
    pub start: usize,
    pub end: usize,
    /// CAMEO-style code (`USAGOV`, `PRK`, `IGOUNO`).
    pub code: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// How it was resolved (name, alias, demonym+role, capital, title, coreference, ...).
    pub how: String,
    /// The lexicon entry that matched, if any.
    pub entry: Option<String>,
    /// Index (in the document's mention list) of the full mention a coreferent one points to.
    pub refers_to: Option<usize>,
}

/// The mentions of one sentence, looked up by word.
#[derive(Debug, Clone, Default)]
pub struct SentenceMentions {
    pub mentions: Vec<Mention>,
}

impl SentenceMentions {
    pub fn new(mentions: Vec<Mention>) -> Self {
        SentenceMentions { mentions }
    }

    /// The mention headed by word `i`, else the innermost mention containing it.
    pub fn at(&self, i: usize) -> Option<usize> {
        if let Some(k) = self.mentions.iter().position(|m| m.head == i) {
            return Some(k);
        }
        self.mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.start <= i && i < m.end)
            .min_by_key(|(_, m)| m.end - m.start)
            .map(|(k, _)| k)
    }

    pub fn get(&self, k: usize) -> &Mention {
        &self.mentions[k]
    }
}
