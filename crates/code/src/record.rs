//! The records dyad writes for a coded document: events, actor mentions and quotes, each with its
//! evidence. These are the public output format (`dyad code` JSONL, the HTTP API, the store);
//! `schemas/coded-document.schema.json` is generated from them and checked by a test.
//!
//! Every span is a `[start, end)` pair of **Unicode code point** offsets into the document's `text`
//! field, as Python indexes strings.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A `[start, end)` code-point span into the document text.
pub type CharSpan = [usize; 2];

/// One coded document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct CodedDocument {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date (ISO 8601), the base for relative event dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The text every span indexes into.
    pub text: String,
    pub sentences: Vec<SentenceRecord>,
    pub actors: Vec<ActorRecord>,
    pub events: Vec<EventRecord>,
    pub quotes: Vec<QuoteRecord>,
    /// Problems met while coding (a skipped sentence, an unbalanced quote mark, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// A sentence of the document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct SentenceRecord {
    pub index: usize,
    pub span: CharSpan,
    pub paragraph: usize,
}

/// One actor mention, resolved to a CAMEO-style code.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct ActorRecord {
    pub sentence: usize,
    pub span: CharSpan,
    pub text: String,
    /// CAMEO-style code, e.g. `USAGOV`, `PRK`, `IGOUNO`.
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// The lexicon entry that matched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    /// How it matched: name, alias, demonym+role, capital, title, coreference, ...
    pub how: String,
    /// For coreference: the index (in `actors`) of the full mention this one refers to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refers_to: Option<usize>,
}

/// The source, target or speaker of an event.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Participant {
    pub text: String,
    pub span: CharSpan,
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
}

/// A CAMEO event code with its name.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Cameo {
    /// The full code, e.g. `163`.
    pub code: String,
    /// The two-digit root, e.g. `16`.
    pub root: String,
    pub name: String,
}

/// The PLOVER event type and mode.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Plover {
    pub event: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
}

/// What kind of act an event is, beyond its code.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Flags {
    /// The act is denied or refused in the text; the code is then the refusal/rejection code.
    pub negated: bool,
    /// Proposed, possible or conditional ("would impose", "could lead to"), not an act.
    pub hypothetical: bool,
    /// Known only from someone's statement (reported speech).
    pub reported: bool,
}

/// Why the event was coded: the pattern and the tokens it used.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    /// The id of the lexicon pattern that matched.
    pub pattern: String,
    /// The predicate (verb or event noun).
    pub predicate: CharSpan,
    /// Every token span the match used (predicate, particles, prepositions, object nouns).
    pub spans: Vec<CharSpan>,
}

/// One event: who did what to whom, when.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct EventRecord {
    pub doc_id: String,
    pub sentence: usize,
    /// The extent of the event in the text (source to target, predicate included).
    pub span: CharSpan,
    pub source: Participant,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Participant>,
    pub cameo: Cameo,
    pub goldstein: f32,
    /// Quad class, standard convention: 1 verbal cooperation, 2 material cooperation, 3 verbal
    /// conflict, 4 material conflict.
    pub quad_class: u8,
    /// Quad class, Phoenix convention: 0 neutral (01-02), then 1-4 as above.
    pub quad_class_phoenix: u8,
    pub plover: Plover,
    pub flags: Flags,
    /// The speaker, when the event is reported speech.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Participant>,
    /// The event date (ISO 8601), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where the date comes from: `publication`, or `text` (a date expression in the sentence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_basis: Option<String>,
    /// Confidence in [0, 1].
    pub confidence: f32,
    pub evidence: Evidence,
}

/// The kind of a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words in quotation marks.
    #[default]
    Direct,
    /// A reporting verb with its complement clause, no quotation marks.
    Indirect,
    /// Reported speech containing a quoted fragment.
    Mixed,
}

/// Who said it, resolved.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Speaker {
    /// The speaker span in the text (a pronoun, a surname, a full name, ...).
    pub span: CharSpan,
    pub text: String,
    /// The fullest mention of the same entity in the document ("Christopher Hill" for "he").
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// One quote: who said what, and how it was reported.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct QuoteRecord {
    pub kind: QuoteKind,
    /// The sentences the quote spans (first and last index).
    pub sentences: [usize; 2],
    pub content: CharSpan,
    /// The pieces of a quote split by its attribution (`"A," he said, "B."`), in order; absent
    /// when the content is one piece.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<CharSpan>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<CharSpan>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<Speaker>,
    /// The medium that carried it, when named ("Kyodo News agency").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<Participant>,
    pub confidence: f32,
}

/// The JSON Schema of [`CodedDocument`], pretty-printed.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(CodedDocument);
    serde_json::to_string_pretty(&schema).expect("schemas serialize") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed schema must match the types; regenerate with
    /// `DYAD_WRITE_SCHEMA=1 cargo test -p dyad-code record::tests`.
    #[test]
    fn committed_schema_is_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schemas/coded-document.schema.json");
        let generated = json_schema();
        if std::env::var_os("DYAD_WRITE_SCHEMA").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            committed, generated,
            "schemas/coded-document.schema.json is stale; regenerate it"
        );
    }

    #[test]
    fn spans_serialize_as_pairs() {
        let q = QuoteRecord {
            content: [3, 9],
            ..QuoteRecord::default()
        };
        let json = serde_json::to_value(&q).unwrap();
        assert_eq!(json["content"], serde_json::json!([3, 9]));
        assert_eq!(json["kind"], "direct");
    }
}
