//! CAMEO actor codes (`USAGOV`, `IGOUNOIAE`, `~GOVMIL`, `---`) and the table of known code parts
//! (`data/lexicon/actors/codes.txt`) used to validate and split them.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What the first part of a code names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum HeadKind {
    /// A country or territory (`USA`, `PRK`, `USAASM`).
    Country,
    /// An international actor type (`IGO`, `NGO`, `IMG`, `MNC`, `NGM`, `INT`, `UIS`).
    International,
    /// A CAMEO region (`EUR`, `AFR`, `MEA`).
    Region,
    /// No head: an agent (`~GOV`), a bare role (`ELI`), or the null code `---`.
    None,
}

/// One kind of code part listed in `codes.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PartKind {
    Country,
    International,
    Region,
    Sector,
    /// Not a sector: a marker agent code (`~UNK` a person or group named without role or affiliation,
    /// `~JNK` not an actor). The resolver skips marker entries; they only say why a phrase has no actor.
    Marker,
}

/// Known code parts: countries, international types, regions and sectors (roles).
#[derive(Debug, Clone, Default)]
pub struct CodeTable {
    parts: FxHashMap<String, (PartKind, String)>,
}

impl CodeTable {
    /// Parses `codes.txt`: lines `country|intl|region|sector|marker CODE description`; `#` comments.
    pub fn parse(text: &str, file: &str) -> Result<CodeTable, Vec<String>> {
        let mut parts = FxHashMap::default();
        let mut errors = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut it = line.splitn(3, char::is_whitespace);
            let kind = match it.next() {
                Some("country") => PartKind::Country,
                Some("intl") => PartKind::International,
                Some("region") => PartKind::Region,
                Some("sector") => PartKind::Sector,
                Some("marker") => PartKind::Marker,
                other => {
                    errors.push(format!("{file}:{}: unknown part kind {:?}", i + 1, other.unwrap_or("")));
                    continue;
                }
            };
            let code = it.next().unwrap_or("");
            if code.len() % 3 != 0 || code.is_empty() || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                errors.push(format!("{file}:{}: bad code {code:?}", i + 1));
                continue;
            }
            let desc = it.next().unwrap_or("").trim().to_string();
            parts.insert(code.to_string(), (kind, desc));
        }
        if errors.is_empty() {
            Ok(CodeTable { parts })
        } else {
            Err(errors)
        }
    }

    /// The kind of a code part, if known.
    pub fn kind(&self, part: &str) -> Option<PartKind> {
        self.parts.get(part).map(|p| p.0)
    }

    /// The description of a code part, if known.
    pub fn describe(&self, part: &str) -> Option<&str> {
        self.parts.get(part).map(|p| p.1.as_str())
    }

    /// Is `part` a known sector (role) code?
    pub fn is_sector(&self, part: &str) -> bool {
        self.kind(part) == Some(PartKind::Sector)
    }

    /// Number of known parts of a kind.
    pub fn count(&self, kind: PartKind) -> usize {
        self.parts.values().filter(|p| p.0 == kind).count()
    }

    /// Parses and validates a code string against this table.
    pub fn code(&self, text: &str) -> Result<Code, String> {
        if text == "---" {
            return Ok(Code {
                text: text.to_string(),
                head_len: 0,
                head: HeadKind::None,
                marker: false,
            });
        }
        let (body, agent) = match text.strip_prefix('~') {
            Some(rest) => (rest, true),
            None => (text, false),
        };
        if body.is_empty() || body.len() % 3 != 0 || !body.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!("bad code {text:?}: want groups of three capital letters"));
        }
        if agent && body.len() == 3 && self.kind(body) == Some(PartKind::Marker) {
            return Ok(Code {
                text: text.to_string(),
                head_len: 1,
                head: HeadKind::None,
                marker: true,
            });
        }
        if agent {
            for part in chunks(body) {
                if !self.is_sector(part) {
                    return Err(format!("unknown sector {part:?} in agent code {text:?}"));
                }
            }
            return Ok(Code {
                text: text.to_string(),
                head_len: 1,
                head: HeadKind::None,
                marker: false,
            });
        }
        let (head_len, head) = if body.len() >= 6 && self.kind(&body[..6]) == Some(PartKind::Country) {
            (6, HeadKind::Country)
        } else {
            match self.kind(&body[..3]) {
                Some(PartKind::Country) => (3, HeadKind::Country),
                Some(PartKind::International) => (3, HeadKind::International),
                Some(PartKind::Region) => (3, HeadKind::Region),
                Some(PartKind::Sector) => (0, HeadKind::None),
                Some(PartKind::Marker) | None => {
                    return Err(format!(
                        "unknown country or actor type {:?} in code {text:?}",
                        &body[..3]
                    ))
                }
            }
        };
        if head == HeadKind::Country || head == HeadKind::None {
            for part in chunks(&body[head_len..]) {
                if self.kind(part).is_none_or(|k| k == PartKind::Marker) {
                    return Err(format!("unknown sector {part:?} in code {text:?}"));
                }
            }
        }
        Ok(Code {
            text: text.to_string(),
            head_len,
            head,
            marker: false,
        })
    }
}

fn chunks(s: &str) -> impl Iterator<Item = &str> {
    (0..s.len() / 3).map(move |i| &s[i * 3..i * 3 + 3])
}

/// A validated CAMEO actor code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Code {
    text: String,
    head_len: usize,
    head: HeadKind,
    /// A marker agent code (`~UNK`, `~JNK`): no actor, see [`PartKind::Marker`].
    marker: bool,
}

impl Code {
    /// The code as written (`USAGOV`, `~GOVMIL`, `---`).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Is this the null code `---` (a name that is deliberately not an actor)?
    pub fn is_null(&self) -> bool {
        self.text == "---"
    }

    /// The marker of a marker agent code (`UNK` for `~UNK`): a name that is no actor, and why.
    pub fn marker(&self) -> Option<&str> {
        self.marker.then(|| &self.text[1..])
    }

    /// Is this an agent code (`~GOV`: a role without a country)?
    pub fn is_agent(&self) -> bool {
        self.text.starts_with('~')
    }

    /// What the head names.
    pub fn head_kind(&self) -> HeadKind {
        self.head
    }

    /// The head: country (`USA`), international type (`IGO`) or region (`EUR`); empty for agents.
    pub fn head(&self) -> &str {
        if self.head == HeadKind::None {
            ""
        } else {
            &self.text[..self.head_len]
        }
    }

    /// The country code, when the head is a country.
    pub fn country(&self) -> Option<&str> {
        (self.head == HeadKind::Country).then(|| &self.text[..self.head_len])
    }

    /// The three-letter parts after the head (`GOV`, `MIL`; `UNO`, `IAE` for `IGOUNOIAE`).
    pub fn parts(&self) -> impl Iterator<Item = &str> {
        let body = if self.is_null() {
            ""
        } else {
            &self.text[self.head_len..]
        };
        chunks(body)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> CodeTable {
        CodeTable::parse(
            "country USA United States\ncountry USAASM American Samoa\nintl IGO igo\nsector GOV government\n\
             sector MIL military\nregion EUR Europe\nmarker UNK unknown\n",
            "t",
        )
        .unwrap()
    }

    #[test]
    fn splits_codes() {
        let t = table();
        let c = t.code("USAGOVMIL").unwrap();
        assert_eq!(c.country(), Some("USA"));
        assert_eq!(c.parts().collect::<Vec<_>>(), ["GOV", "MIL"]);
        assert_eq!(t.code("USAASM").unwrap().country(), Some("USAASM"));
        let igo = t.code("IGOUNOIAE").unwrap();
        assert_eq!(igo.head(), "IGO");
        assert_eq!(igo.country(), None);
        assert!(t.code("~GOVMIL").unwrap().is_agent());
        assert!(t.code("---").unwrap().is_null());
        assert_eq!(t.code("~UNK").unwrap().marker(), Some("UNK"));
        assert_eq!(t.code("~GOV").unwrap().marker(), None);
    }

    #[test]
    fn rejects_bad_codes() {
        let t = table();
        assert!(t.code("XXXGOV").unwrap_err().contains("unknown country"));
        assert!(t.code("USAXYZ").unwrap_err().contains("unknown sector"));
        assert!(t.code("USAGO").is_err());
        assert!(t.code("~USA").is_err());
        assert!(t.code("usagov").is_err());
        assert!(t.code("~UNKGOV").is_err());
        assert!(t.code("USAUNK").is_err());
        assert!(t.code("UNK").is_err());
    }
}
