//! JSONL / NDJSON: one JSON object per line, read line by line in bounded memory (an over-long
//! line is skipped without being held in memory). Field names are configurable.

use crate::dates::normalize_date;
use crate::input::read_error;
use crate::options::{FieldNames, IngestOptions};
use crate::reject::MAX_RAW;
use crate::{Document, Item, Reject};
use serde_json::{Map, Value};
use std::io::BufRead;

/// Streams documents from a JSONL reader.
pub struct JsonlReader<R> {
    reader: R,
    source: String,
    fields: FieldNames,
    max_bytes: u64,
    line: u64,
    offset: u64,
    done: bool,
}

/// One physical line as read: its bytes (cut when over the limit) and full length.
struct Line {
    bytes: Vec<u8>,
    len: u64,
    over: bool,
}

impl<R: BufRead> JsonlReader<R> {
    pub fn new(reader: R, source: impl Into<String>, options: &IngestOptions) -> Self {
        JsonlReader {
            reader,
            source: source.into(),
            fields: options.fields.clone(),
            max_bytes: options.max_bytes,
            line: 0,
            offset: 0,
            done: false,
        }
    }

    /// Reads up to and including the next newline, keeping at most `max_bytes` of it.
    fn read_line(&mut self) -> Result<Option<Line>, std::io::Error> {
        let mut line = Line {
            bytes: Vec::new(),
            len: 0,
            over: false,
        };
        loop {
            let available = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                return Ok((line.len > 0).then_some(line));
            }
            let (chunk, end) = match available.iter().position(|&b| b == b'\n') {
                Some(i) => (&available[..=i], true),
                None => (available, false),
            };
            let n = chunk.len();
            if line.len + n as u64 > self.max_bytes {
                if !line.over {
                    line.over = true;
                    let room = MAX_RAW.saturating_sub(line.bytes.len()).min(n);
                    line.bytes.truncate(MAX_RAW);
                    line.bytes.extend_from_slice(&chunk[..room]);
                }
            } else {
                line.bytes.extend_from_slice(chunk);
            }
            line.len += n as u64;
            self.reader.consume(n);
            if end {
                return Ok(Some(line));
            }
        }
    }

    fn reject(&self, start: u64, reason: String, raw: &[u8]) -> Reject {
        Reject::new(&self.source, reason)
            .record(self.line)
            .offset(start)
            .raw(raw)
    }

    fn parse(&self, start: u64, bytes: &[u8]) -> Item {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let at = start + e.valid_up_to() as u64;
            Reject::new(&self.source, format!("invalid UTF-8 at byte {at}"))
                .record(self.line)
                .offset(at)
                .raw(bytes)
        })?;
        let value: Value =
            serde_json::from_str(text).map_err(|e| self.reject(start, format!("bad JSON: {e}"), bytes))?;
        let Value::Object(map) = value else {
            return Err(self.reject(start, "bad JSON: expected an object".to_string(), bytes));
        };
        let Some(body) = string_field(&map, &self.fields.text) else {
            let reason = format!("missing text: no string in field {}", self.fields.text.join(", "));
            return Err(self.reject(start, reason, bytes));
        };
        Ok(Document {
            id: string_field(&map, &self.fields.id).unwrap_or_default(),
            title: string_field(&map, &self.fields.title),
            text: body,
            date: string_field(&map, &self.fields.date).and_then(|d| normalize_date(&d)),
            url: string_field(&map, &self.fields.url),
            source: Some(string_field(&map, &self.fields.source).unwrap_or_else(|| self.source.clone())),
            language: string_field(&map, &self.fields.language),
            author: string_field(&map, &self.fields.author),
            input: Some(self.source.clone()),
            record: Some(self.line),
        })
    }
}

/// The first of `names` holding a non-empty string (numbers are written out, for ids).
fn string_field(map: &Map<String, Value>, names: &[String]) -> Option<String> {
    names.iter().find_map(|name| match map.get(name)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            let start = self.offset;
            let line = match self.read_line() {
                Ok(Some(line)) => line,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    self.line += 1;
                    return Some(Err(self.reject(start, read_error(&e), &[])));
                }
            };
            self.line += 1;
            self.offset += line.len;
            if line.over {
                let reason = format!("line is {} bytes, over the limit of {}", line.len, self.max_bytes);
                return Some(Err(self.reject(start, reason, &line.bytes)));
            }
            let bytes = line.bytes.trim_ascii();
            if bytes.is_empty() {
                continue;
            }
            return Some(self.parse(start, bytes));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str, options: &IngestOptions) -> Vec<Item> {
        JsonlReader::new(input.as_bytes(), "t.jsonl", options).collect()
    }

    #[test]
    fn reads_fields_by_configured_names() {
        let mut options = IngestOptions::default();
        options.fields.text = vec!["story".to_string()];
        let docs = read(
            "{\"id\": 7, \"story\": \"Body.\", \"published\": \"2006-07-08T10:00:00Z\"}\n",
            &options,
        );
        let doc = docs[0].as_ref().unwrap();
        assert_eq!(
            (doc.id.as_str(), doc.text.as_str(), doc.date.as_deref()),
            ("7", "Body.", Some("2006-07-08"))
        );
    }

    #[test]
    fn over_long_line_is_rejected_and_the_next_read() {
        let options = IngestOptions {
            max_bytes: 40,
            ..IngestOptions::default()
        };
        let long = format!("{{\"text\": \"{}\"}}\n", "x".repeat(100));
        let docs = read(&format!("{long}{{\"text\": \"ok\"}}\n"), &options);
        let err = docs[0].as_ref().unwrap_err();
        assert!(err.reason.contains("over the limit"), "{err}");
        assert_eq!(err.record, Some(1));
        assert_eq!(docs[1].as_ref().unwrap().text, "ok");
    }
}
