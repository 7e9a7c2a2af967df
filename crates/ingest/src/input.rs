//! Opening inputs: files (gzip-compressed when named `*.gz`) or standard input, as buffered
//! streams, and reading whole small files with a size limit.

use crate::meter::{ByteMeter, Metered};
use crate::Reject;
use flate2::read::MultiGzDecoder;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// Whether `path` names a gzip file.
pub fn is_gzip(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// The file name without a trailing `.gz`, lower-cased, for format detection.
pub fn plain_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    name.strip_suffix(".gz").map(str::to_string).unwrap_or(name)
}

/// A buffered stream over `path` (`-` is standard input), decompressing `*.gz`; the file's
/// bytes are counted on `meter` as they are read.
pub fn open(path: &Path, meter: &ByteMeter) -> Result<Box<dyn BufRead>, Reject> {
    let name = path.display().to_string();
    if name == "-" {
        return Ok(Box::new(BufReader::new(std::io::stdin())));
    }
    let file = File::open(path).map_err(|e| Reject::new(&name, format!("cannot open: {e}")))?;
    let file = Metered::new(file, meter.clone());
    Ok(if is_gzip(path) {
        Box::new(BufReader::with_capacity(1 << 16, MultiGzDecoder::new(file)))
    } else {
        Box::new(BufReader::with_capacity(1 << 16, file))
    })
}

/// Reads all of `path` (decompressed) if it is at most `max_bytes`; otherwise a reject.
pub fn read_limited(path: &Path, max_bytes: u64, meter: &ByteMeter) -> Result<Vec<u8>, Reject> {
    let name = path.display().to_string();
    let reader = open(path, meter)?;
    let mut bytes = Vec::new();
    reader
        .take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Reject::new(&name, read_error(&e)).offset(bytes.len() as u64))?;
    if bytes.len() as u64 > max_bytes {
        return Err(
            Reject::new(&name, format!("document is over the size limit of {max_bytes} bytes"))
                .offset(max_bytes)
                .raw(&bytes),
        );
    }
    Ok(bytes)
}

/// A read error described for a person: truncated gzip streams are named as such.
pub fn read_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::UnexpectedEof => format!("truncated input (gzip stream ends early): {e}"),
        std::io::ErrorKind::InvalidInput | std::io::ErrorKind::InvalidData => format!("corrupt gzip data: {e}"),
        _ => format!("read error: {e}"),
    }
}

/// Decodes UTF-8 strictly; the error names the byte offset.
pub fn utf8(bytes: Vec<u8>) -> Result<String, (u64, String)> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to() as u64;
        (at, format!("invalid UTF-8 at byte {at}"))
    })
}
