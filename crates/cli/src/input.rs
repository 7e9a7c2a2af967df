//! Reading input files (or stdin) as text, with clear errors for bad bytes.

use anyhow::{bail, Context};
use std::io::Read;
use std::path::Path;

/// Reads `path` (or stdin for `-`) as UTF-8. Invalid UTF-8 is an error naming the byte offset,
/// unless `lossy`, in which case it is replaced and a warning is printed.
pub fn read_text(path: &Path, lossy: bool) -> anyhow::Result<String> {
    let name = path.display();
    let bytes = read_bytes(path)?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(err) => {
            let offset = err.utf8_error().valid_up_to();
            if lossy {
                eprintln!("dyad: warning: {name}: invalid UTF-8 at byte {offset}; decoded lossily");
                Ok(String::from_utf8_lossy(err.as_bytes()).into_owned())
            } else {
                bail!("{name}: invalid UTF-8 at byte {offset} (use --lossy to decode it anyway)")
            }
        }
    }
}

/// Reads `path` (or stdin for `-`) as bytes, naming the file in errors.
pub fn read_bytes(path: &Path) -> anyhow::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("reading standard input")?;
        Ok(buf)
    } else {
        std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))
    }
}
