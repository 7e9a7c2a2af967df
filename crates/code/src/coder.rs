//! The coder: one document in, a [`CodedDocument`] out. It runs the syntax pipeline, then finds
//! actors, events, quotes and dates sentence by sentence. A sentence that cannot be handled is
//! skipped with a warning naming it; it never aborts the document.

use crate::dates::TimeLexicon;
use crate::quotes::marks;
use crate::record::{CodedDocument, QuoteKind, QuoteRecord, SentenceRecord};
use chrono::NaiveDate;
use dyad_ingest::Document;
use dyad_syntax::{ParsedSentence, Pipeline};
use dyad_text::offsets::CharOffsets;
use dyad_text::Span;

/// Everything coding needs, loaded once and shared by all threads.
pub struct Coder {
    pub pipeline: Pipeline,
    pub time: TimeLexicon,
}

/// A parsed document with its offset map: what every coding step reads.
pub struct Parsed<'a> {
    pub doc: &'a Document,
    pub sentences: Vec<ParsedSentence>,
    pub offsets: CharOffsets,
    /// Byte spans of the paragraphs, in order.
    pub paragraphs: Vec<Span>,
    pub published: Option<NaiveDate>,
}

impl Parsed<'_> {
    /// The code-point span of a byte span.
    pub fn chars(&self, span: Span) -> [usize; 2] {
        let (a, b) = self.offsets.span(span);
        [a, b]
    }

    /// The index of the sentence containing byte offset `at`.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i)
    }
}

impl Coder {
    /// A coder over the given syntax models and the embedded lexicons.
    pub fn new(pipeline: Pipeline) -> Coder {
        Coder {
            pipeline,
            time: TimeLexicon::embedded(),
        }
    }

    /// Parses a document.
    pub fn parse<'a>(&self, doc: &'a Document) -> Parsed<'a> {
        let sentences = self.pipeline.parse_text(&doc.text);
        let mut paragraphs: Vec<Span> = Vec::new();
        let mut last_paragraph = usize::MAX;
        for s in &sentences {
            match paragraphs.last_mut() {
                Some(p) if s.paragraph == last_paragraph => *p = p.cover(s.span),
                _ => paragraphs.push(s.span),
            }
            last_paragraph = s.paragraph;
        }
        let published = doc
            .date
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
        Parsed {
            doc,
            sentences,
            offsets: CharOffsets::new(&doc.text),
            paragraphs,
            published,
        }
    }

    /// Codes one document.
    pub fn code(&self, doc: &Document) -> CodedDocument {
        let parsed = self.parse(doc);
        let mut out = CodedDocument {
            id: doc.id.clone(),
            title: doc.title.clone(),
            date: doc.date.clone(),
            url: doc.url.clone(),
            text: doc.text.clone(),
            ..CodedDocument::default()
        };
        out.sentences = parsed
            .sentences
            .iter()
            .enumerate()
            .map(|(index, s)| SentenceRecord {
                index,
                span: parsed.chars(s.span),
                paragraph: s.paragraph,
            })
            .collect();
        let found = marks::find(&doc.text, &parsed.paragraphs);
        out.warnings
            .extend(found.warnings.iter().map(|w| format!("quotes: {w}")));
        out.quotes = found
            .quotes
            .iter()
            .map(|q| {
                let first = parsed.sentence_at(q.content.start).unwrap_or(0);
                let last = parsed.sentence_at(q.content.end.saturating_sub(1)).unwrap_or(first);
                QuoteRecord {
                    kind: QuoteKind::Direct,
                    sentences: [first, last],
                    content: parsed.chars(q.content),
                    confidence: if q.unclosed { 0.5 } else { 0.9 },
                    ..QuoteRecord::default()
                }
            })
            .collect();
        out
    }
}
