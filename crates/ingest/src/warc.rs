//! WARC and WARC.gz crawls: `response` records holding HTTP responses with HTML (and `resource`
//! records holding HTML) become documents; other records are passed over. A truncated record or
//! gzip stream ends the file with a reject naming the record and byte offset.

use crate::html;
use crate::input::read_error;
use crate::options::IngestOptions;
use crate::{Document, Item, Reject};
use flate2::read::GzDecoder;
use std::io::{BufRead, Read};

/// Streams documents from a (decompressed) WARC reader.
pub struct WarcReader<R> {
    reader: R,
    source: String,
    options: IngestOptions,
    record: u64,
    offset: u64,
    done: bool,
}

/// What one WARC record gave.
enum Record {
    /// A record that holds no page (request, metadata, image, redirect): passed over.
    Skip,
    Item(Box<Item>),
}

/// The WARC headers we use.
#[derive(Debug, Default)]
struct Header {
    kind: String,
    target_uri: Option<String>,
    content_type: String,
    length: Option<u64>,
}

impl<R: BufRead> WarcReader<R> {
    pub fn new(reader: R, source: impl Into<String>, options: &IngestOptions) -> Self {
        WarcReader {
            reader,
            source: source.into(),
            options: options.clone(),
            record: 0,
            offset: 0,
            done: false,
        }
    }

    fn reject(&self, offset: u64, reason: impl Into<String>) -> Reject {
        Reject::new(&self.source, reason).record(self.record).offset(offset)
    }

    /// Reads one line (with its end) and advances the offset; `None` at end of input.
    fn line(&mut self) -> Result<Option<String>, Reject> {
        let mut buf = Vec::new();
        let n = (&mut self.reader)
            .take(64 * 1024)
            .read_until(b'\n', &mut buf)
            .map_err(|e| self.reject(self.offset, read_error(&e)))?;
        self.offset += n as u64;
        Ok((n > 0).then(|| String::from_utf8_lossy(&buf).into_owned()))
    }

    /// Reads the next record's header; `Ok(None)` at a clean end of input.
    fn header(&mut self) -> Result<Option<(u64, Header)>, Reject> {
        let version = loop {
            let start = self.offset;
            match self.line()? {
                None => return Ok(None),
                Some(l) if l.trim().is_empty() => continue,
                Some(l) => break (start, l),
            }
        };
        let (start, version) = version;
        self.record += 1;
        if !version.starts_with("WARC/") {
            return Err(self.reject(
                start,
                format!("not a WARC record: expected 'WARC/1.x', found {:?}", version.trim()),
            ));
        }
        let mut header = Header::default();
        loop {
            let Some(line) = self.line()? else {
                return Err(self.reject(start, "truncated WARC record: input ends inside the header"));
            };
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim().to_string();
            match name.trim().to_ascii_lowercase().as_str() {
                "warc-type" => header.kind = value.to_ascii_lowercase(),
                "warc-target-uri" => header.target_uri = Some(value.trim_matches(['<', '>']).to_string()),
                "content-type" => header.content_type = value.to_ascii_lowercase(),
                "content-length" => header.length = value.parse().ok(),
                _ => {}
            }
        }
        Ok(Some((start, header)))
    }

    /// Reads (or, when over the limit, skips) a block of `len` bytes.
    fn block(&mut self, start: u64, len: u64) -> Result<Option<Vec<u8>>, Reject> {
        if len > self.options.max_bytes {
            let skipped = std::io::copy(&mut (&mut self.reader).take(len), &mut std::io::sink())
                .map_err(|e| self.reject(start, read_error(&e)))?;
            self.offset += skipped;
            if skipped < len {
                return Err(self.reject(
                    start,
                    format!("truncated WARC record: {len} bytes declared, {skipped} present"),
                ));
            }
            return Ok(None);
        }
        let mut buf = Vec::with_capacity(len as usize);
        let got = (&mut self.reader)
            .take(len)
            .read_to_end(&mut buf)
            .map_err(|e| self.reject(start, format!("{} inside a record of {len} bytes", read_error(&e))))?;
        self.offset += got as u64;
        if (got as u64) < len {
            return Err(self.reject(
                start,
                format!("truncated WARC record: {len} bytes declared, {got} present"),
            ));
        }
        Ok(Some(buf))
    }

    fn next_record(&mut self) -> Result<Option<Record>, Reject> {
        let Some((start, header)) = self.header()? else {
            return Ok(None);
        };
        let Some(len) = header.length else {
            return Err(self.reject(start, "bad WARC record: no valid Content-Length"));
        };
        let Some(block) = self.block(start, len)? else {
            let reason = format!("record is {len} bytes, over the limit of {}", self.options.max_bytes);
            return Ok(Some(Record::Item(Box::new(Err(self.reject(start, reason))))));
        };
        let payload = match header.kind.as_str() {
            "response" if header.content_type.contains("http") => match http_html_body(&block) {
                Ok(Some(body)) => body,
                Ok(None) => return Ok(Some(Record::Skip)),
                Err(reason) => {
                    return Ok(Some(Record::Item(Box::new(Err(self
                        .reject(start, reason)
                        .raw(&block))))))
                }
            },
            "resource" if header.content_type.contains("html") => block,
            _ => return Ok(Some(Record::Skip)),
        };
        Ok(Some(Record::Item(Box::new(self.document(start, &header, &payload)))))
    }

    fn document(&self, start: u64, header: &Header, payload: &[u8]) -> Item {
        let page = html::decode(payload).map_err(|reason| self.reject(start, reason).raw(payload))?;
        let article = html::extract(&page, self.options.extractor, header.target_uri.as_deref())
            .map_err(|reason| self.reject(start, reason).raw(payload))?;
        Ok(Document {
            id: header.target_uri.clone().unwrap_or_default(),
            title: article.title,
            text: article.body,
            date: article.date,
            url: header.target_uri.clone().or(article.url),
            source: Some(self.source.clone()),
            language: article.language,
            author: article.author,
            input: Some(self.source.clone()),
            record: Some(self.record),
        })
    }
}

/// The body of an HTTP response if it is a successful HTML page; `Ok(None)` for other content.
fn http_html_body(block: &[u8]) -> Result<Option<Vec<u8>>, String> {
    let split = block
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| block.windows(2).position(|w| w == b"\n\n").map(|i| (i, i + 2)));
    let Some((head_end, body_start)) = split else {
        return Err("bad HTTP response: no end of headers".to_string());
    };
    let head = String::from_utf8_lossy(&block[..head_end]).to_ascii_lowercase();
    let mut lines = head.lines();
    let status = lines.next().unwrap_or_default();
    let code = status.split_whitespace().nth(1).and_then(|c| c.parse::<u16>().ok());
    if !code.is_some_and(|c| (200..300).contains(&c)) {
        return Ok(None);
    }
    let headers: Vec<(&str, &str)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim(), v.trim()))
        .collect();
    let get = |name: &str| headers.iter().find(|(k, _)| *k == name).map(|(_, v)| *v).unwrap_or("");
    if !get("content-type").contains("html") {
        return Ok(None);
    }
    let mut body = block[body_start..].to_vec();
    if get("transfer-encoding").contains("chunked") {
        body = dechunk(&body).ok_or("bad HTTP response: broken chunked encoding")?;
    }
    if get("content-encoding").contains("gzip") {
        let mut out = Vec::new();
        GzDecoder::new(&body[..])
            .read_to_end(&mut out)
            .map_err(|e| format!("bad HTTP response body: {e}"))?;
        body = out;
    }
    Ok(Some(body))
}

/// Undoes HTTP chunked transfer encoding.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&data[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size..)?.strip_prefix(b"\r\n").unwrap_or(&data[size..]);
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            match self.next_record() {
                Ok(None) => self.done = true,
                Ok(Some(Record::Skip)) => continue,
                Ok(Some(Record::Item(item))) => return Some(*item),
                Err(reject) => {
                    self.done = true;
                    return Some(Err(reject));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::dechunk;

    #[test]
    fn dechunks() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n").as_deref(),
            Some(&b"Wikipedia"[..])
        );
        assert_eq!(dechunk(b"zz\r\n"), None);
    }
}
