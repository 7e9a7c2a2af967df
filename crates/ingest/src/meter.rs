//! Progress through the inputs: a shared count of the bytes read from input files (before
//! decompression), and the total size of the inputs when it is known up front, so that a
//! caller can show how far a run has got and estimate when it ends.

use crate::fetch::is_url;
use crate::source::expand;
use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Bytes read so far from input files, shared by every reader of one run. Clones share the
/// count.
#[derive(Debug, Clone, Default)]
pub struct ByteMeter(Arc<AtomicU64>);

impl ByteMeter {
    /// Bytes read so far.
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }

    fn add(&self, n: usize) {
        self.0.fetch_add(n as u64, Ordering::Relaxed);
    }
}

/// A meter is not configuration: any two compare equal, so options that hold one still compare
/// by their settings.
impl PartialEq for ByteMeter {
    fn eq(&self, _: &ByteMeter) -> bool {
        true
    }
}

impl Eq for ByteMeter {}

/// A reader that counts what passes through it on a [`ByteMeter`].
pub struct Metered<R> {
    inner: R,
    meter: ByteMeter,
}

impl<R: Read> Metered<R> {
    pub fn new(inner: R, meter: ByteMeter) -> Metered<R> {
        Metered { inner, meter }
    }
}

impl<R: Read> Read for Metered<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.meter.add(n);
        Ok(n)
    }
}

/// The total size in bytes of the files `inputs` name (directories and globs expanded), or
/// `None` when it cannot be known up front: standard input or a URL among them.
pub fn input_size(inputs: &[String]) -> Option<u64> {
    let mut total = 0u64;
    for input in inputs {
        if input == "-" || is_url(input) {
            return None;
        }
        for path in expand(input).into_iter().flatten() {
            total += std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        }
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metered_reads_are_counted_and_shared_by_clones() {
        let meter = ByteMeter::default();
        let mut out = Vec::new();
        Metered::new(&b"hello world"[..], meter.clone())
            .read_to_end(&mut out)
            .unwrap();
        Metered::new(&b"abc"[..], meter.clone()).read_to_end(&mut out).unwrap();
        assert_eq!(meter.get(), 14);
        assert_eq!(out, b"hello worldabc");
    }

    #[test]
    fn input_size_sums_files_and_is_unknown_for_stdin_and_urls() {
        let dir = std::env::temp_dir().join(format!("dyad-meter-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.txt"), b"12345").unwrap();
        std::fs::write(dir.join("b.txt"), b"123").unwrap();
        let d = dir.display().to_string();
        assert_eq!(input_size(std::slice::from_ref(&d)), Some(8));
        assert_eq!(input_size(&[d.clone(), "-".to_string()]), None);
        assert_eq!(input_size(&["https://example.org/feed".to_string()]), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
