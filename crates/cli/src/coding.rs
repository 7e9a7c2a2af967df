//! The reading and coding loop `dyad code` and `dyad ingest` share: documents are read from the
//! inputs (every ingest format) a batch at a time, each batch is coded in parallel, and the coded
//! documents come back in input order together with the batch's rejected records.

use dyad_code::record::CodedDocument;
use dyad_code::Coder;
use dyad_ingest::{Document, Format, Ingest, IngestOptions, Reject};
use rayon::prelude::*;

/// One batch: coded documents in input order and the records rejected while reading them.
pub struct Batch {
    pub coded: Vec<CodedDocument>,
    pub rejects: Vec<Reject>,
}

/// Coded batches read from an [`Ingest`].
pub struct CodingBatches<'a> {
    ingest: Ingest,
    coder: &'a Coder,
    date: Option<String>,
    batch: usize,
}

/// True for `YYYY-MM-DD`.
pub fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d.chars()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Opens the inputs: `input_format` by name, else by file name (`-` alone is JSONL on standard
/// input); English only unless `any_language`.
pub fn open_inputs(inputs: &[String], input_format: Option<&str>, any_language: bool) -> anyhow::Result<Ingest> {
    let format = match input_format {
        Some(name) => Some(Format::from_name(name).ok_or_else(|| anyhow::anyhow!("unknown --input-format {name:?}"))?),
        None if inputs == ["-"] => Some(Format::Jsonl),
        None => None,
    };
    let mut options = IngestOptions::default();
    if any_language {
        options.languages.clear();
    }
    Ok(Ingest::new(inputs.to_vec(), format, options))
}

impl<'a> CodingBatches<'a> {
    /// Batches of `batch` documents; documents without a date get `date` (checked by the caller).
    pub fn new(ingest: Ingest, coder: &'a Coder, date: Option<String>, batch: usize) -> CodingBatches<'a> {
        CodingBatches {
            ingest,
            coder,
            date,
            batch: batch.max(1),
        }
    }

    /// What the reader has seen so far (read, duplicates, other language, errors).
    pub fn stats(&self) -> dyad_ingest::Stats {
        self.ingest.stats()
    }
}

impl Iterator for CodingBatches<'_> {
    type Item = Batch;

    fn next(&mut self) -> Option<Batch> {
        let mut docs: Vec<Document> = Vec::with_capacity(self.batch);
        let mut rejects = Vec::new();
        for item in self.ingest.by_ref() {
            match item {
                Ok(mut doc) => {
                    if doc.date.is_none() {
                        doc.date = self.date.clone();
                    }
                    docs.push(doc);
                    if docs.len() >= self.batch {
                        break;
                    }
                }
                Err(reject) => rejects.push(reject),
            }
        }
        if docs.is_empty() && rejects.is_empty() {
            return None;
        }
        let coder = self.coder;
        let coded = docs.par_iter().map(|doc| coder.code(doc)).collect();
        Some(Batch { coded, rejects })
    }
}
