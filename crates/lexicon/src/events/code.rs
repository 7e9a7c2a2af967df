//! `CameoCode`: a validated CAMEO event code (2 to 4 digits, root 01-20).

use std::fmt;

/// A CAMEO event code such as `163` or `0211`, stored as its digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CameoCode {
    digits: [u8; 4],
    len: u8,
}

impl CameoCode {
    /// Parses a code: 2-4 ASCII digits whose first two form a root in 01..=20.
    pub fn parse(text: &str) -> Option<CameoCode> {
        let bytes = text.as_bytes();
        if !(2..=4).contains(&bytes.len()) || !bytes.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let root = (bytes[0] - b'0') * 10 + (bytes[1] - b'0');
        if !(1..=20).contains(&root) {
            return None;
        }
        let mut digits = [0u8; 4];
        digits[..bytes.len()].copy_from_slice(bytes);
        Some(CameoCode {
            digits,
            len: bytes.len() as u8,
        })
    }

    /// The code as text, e.g. `"0211"`.
    pub fn as_str(&self) -> &str {
        // Only ASCII digits are ever stored.
        std::str::from_utf8(&self.digits[..self.len as usize]).unwrap_or("")
    }

    /// The root (cue category) number, 1 to 20.
    pub fn root(&self) -> u8 {
        (self.digits[0] - b'0') * 10 + (self.digits[1] - b'0')
    }

    /// The 2-digit root code, e.g. `16` for `163`.
    pub fn root_code(&self) -> CameoCode {
        CameoCode {
            digits: [self.digits[0], self.digits[1], 0, 0],
            len: 2,
        }
    }

    /// The 3-digit code this code falls under (itself for a 3-digit code), `None` for a root.
    pub fn three_digit(&self) -> Option<CameoCode> {
        (self.len >= 3).then(|| CameoCode {
            digits: [self.digits[0], self.digits[1], self.digits[2], 0],
            len: 3,
        })
    }

    /// 0 for a root, 1 for a 3-digit code, 2 for a 4-digit code.
    pub fn level(&self) -> u8 {
        self.len - 2
    }

    /// True when `self` is `other` or one of its descendants (`0211` starts with `021`).
    pub fn starts_with(&self, other: &CameoCode) -> bool {
        other.len <= self.len && self.digits[..other.len as usize] == other.digits[..other.len as usize]
    }
}

impl fmt::Display for CameoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CameoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CameoCode({})", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_navigates_codes() {
        let c = CameoCode::parse("0211").unwrap();
        assert_eq!(c.as_str(), "0211");
        assert_eq!(c.root(), 2);
        assert_eq!(c.root_code().as_str(), "02");
        assert_eq!(c.three_digit().unwrap().as_str(), "021");
        assert_eq!(c.level(), 2);
        assert!(c.starts_with(&CameoCode::parse("021").unwrap()));
        assert!(!c.starts_with(&CameoCode::parse("022").unwrap()));
        assert_eq!(CameoCode::parse("16").unwrap().three_digit(), None);
    }

    #[test]
    fn rejects_bad_codes() {
        for bad in ["", "1", "21", "00", "12345", "1a3", "---", "٣٣"] {
            assert_eq!(CameoCode::parse(bad), None, "{bad}");
        }
    }
}
