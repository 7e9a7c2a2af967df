//! The syntax pipeline: tokens in, tagged, lemmatized and parsed sentences out.

use crate::lemmatizer::Lemmatizer;
use crate::model::{self, ModelError};
use crate::parser::Parser;
use crate::tagger::Tagger;
use crate::word::{ParsedSentence, Word};
use std::path::Path;

/// Tagger, lemmatizer and parser, applied in that order.
pub struct Pipeline {
    pub tagger: Tagger,
    pub lemmatizer: Lemmatizer,
    pub parser: Parser,
}

impl Pipeline {
    /// The models embedded in the binary.
    pub fn embedded() -> Result<Pipeline, ModelError> {
        let get = |bytes: &'static [u8], what: &'static str| {
            if bytes.is_empty() {
                Err(ModelError::Missing(what))
            } else {
                Ok(bytes)
            }
        };
        Ok(Pipeline {
            tagger: model::decode(get(model::embedded::TAGGER, "tagger")?, "embedded tagger")?,
            lemmatizer: model::decode(get(model::embedded::LEMMATIZER, "lemmatizer")?, "embedded lemmatizer")?,
            parser: model::decode(get(model::embedded::PARSER, "parser")?, "embedded parser")?,
        })
    }

    /// Models from a directory holding `tagger.bin.zst`, `lemmatizer.bin.zst`, `parser.bin.zst`.
    pub fn from_dir(dir: &Path) -> Result<Pipeline, ModelError> {
        Ok(Pipeline {
            tagger: model::load(&dir.join("tagger.bin.zst"))?,
            lemmatizer: model::load(&dir.join("lemmatizer.bin.zst"))?,
            parser: model::load(&dir.join("parser.bin.zst"))?,
        })
    }

    /// Writes the three models into `dir`.
    pub fn save(&self, dir: &Path) -> Result<(), ModelError> {
        model::save(&self.tagger, &dir.join("tagger.bin.zst"))?;
        model::save(&self.lemmatizer, &dir.join("lemmatizer.bin.zst"))?;
        model::save(&self.parser, &dir.join("parser.bin.zst"))
    }

    /// Tags, lemmatizes and parses the words of one sentence in place.
    pub fn annotate(&self, words: &mut [Word]) {
        self.tagger.tag(words);
        self.lemmatizer.lemmatize(words);
        self.parser.parse(words);
    }

    /// Lemmatizes and parses words whose `upos` and `xpos` are already set (by another tagger, or
    /// gold tags to measure the parser alone); only their word clusters are looked up.
    pub fn annotate_tagged(&self, words: &mut [Word]) {
        self.tagger.clusters().annotate(words);
        self.lemmatizer.lemmatize(words);
        self.parser.parse(words);
    }

    /// Splits raw text into sentences and annotates each.
    pub fn parse_text(&self, text: &str) -> Vec<ParsedSentence> {
        let mut sentences = split_text(text);
        for s in &mut sentences {
            self.annotate(&mut s.words);
        }
        sentences
    }
}

/// Splits raw text into sentences of unannotated words (the text stage's output as syntax types).
pub fn split_text(text: &str) -> Vec<ParsedSentence> {
    dyad_text::split_sentences(text)
        .into_iter()
        .map(|s| ParsedSentence {
            span: s.span,
            paragraph: s.paragraph,
            words: s
                .tokens
                .into_iter()
                .map(|t| Word {
                    form: t.form,
                    span: t.span,
                    ..Word::default()
                })
                .collect(),
            ..ParsedSentence::default()
        })
        .collect()
}
