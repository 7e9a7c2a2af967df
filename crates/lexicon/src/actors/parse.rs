//! The line format of actor lexicon files (documented in `data/lexicon/actors/README.md`):
//!
//! ```text
//! !kind person
//! Donald Trump | Donald J. Trump | Trump => USABUS; USAGOV 2017-01-20..2021-01-20; USAELI 2021-01-20..2025-01-20; USAGOV 2025-01-20..
//! the North => PRK @contextual
//! ```

use super::code::CodeTable;
use super::date::Date;
use super::entry::{Entry, Kind, Origin, Role, Tag};
use std::fmt;
use std::sync::Arc;

/// A problem in a lexicon file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    pub file: Arc<str>,
    pub line: u32,
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for LexiconError {}

/// Parses one lexicon file. Returns the entries that parsed and an error for every bad line.
/// Entry ids are left 0; the lexicon numbers them.
pub fn parse_file(text: &str, file: &str, codes: &CodeTable) -> (Vec<Entry>, Vec<LexiconError>) {
    let file: Arc<str> = Arc::from(file);
    let mut kind: Option<Kind> = None;
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i as u32 + 1;
        let err = |message: String| LexiconError {
            file: file.clone(),
            line: line_no,
            message,
        };
        let line = strip_comment(raw).trim();
        if line.is_empty() {
            continue;
        }
        if let Some(directive) = line.strip_prefix('!') {
            match directive.split_whitespace().collect::<Vec<_>>().as_slice() {
                ["kind", k] => match Kind::parse(k) {
                    Some(k) => kind = Some(k),
                    None => errors.push(err(format!("unknown kind {k:?}"))),
                },
                _ => errors.push(err(format!("unknown directive {line:?} (want `!kind KIND`)"))),
            }
            continue;
        }
        let Some(kind) = kind else {
            errors.push(err("entry before any `!kind` directive".to_string()));
            continue;
        };
        match parse_entry(line, kind, codes) {
            Ok((names, roles, tags)) => entries.push(Entry {
                id: 0,
                kind,
                names,
                roles,
                tags,
                origin: Origin {
                    file: file.clone(),
                    line: line_no,
                },
            }),
            Err(message) => errors.push(err(message)),
        }
    }
    (entries, errors)
}

/// Drops a `#` comment: at line start or after whitespace.
fn strip_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'#' && (i == 0 || bytes[i - 1].is_ascii_whitespace()) {
            return &line[..i];
        }
    }
    line
}

type Parsed = (Vec<String>, Vec<Role>, Vec<Tag>);

fn parse_entry(line: &str, kind: Kind, codes: &CodeTable) -> Result<Parsed, String> {
    let (names_part, rest) = line.split_once("=>").ok_or("missing `=>` between names and codes")?;
    let mut names = Vec::new();
    for name in names_part.split('|') {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err("empty name".to_string());
        }
        if super::normalize::key(&name).is_empty() {
            return Err(format!("name {name:?} has no words"));
        }
        names.push(name);
    }
    let mut tags = Vec::new();
    let mut role_text = String::new();
    for word in rest.split_whitespace() {
        if let Some(t) = word.strip_prefix('@') {
            tags.push(Tag::parse(t).ok_or_else(|| format!("unknown tag @{t}"))?);
        } else {
            role_text.push_str(word);
            role_text.push(' ');
        }
    }
    let mut roles = Vec::new();
    for part in role_text.split(';') {
        let words: Vec<&str> = part.split_whitespace().collect();
        let (code, range) = match words.as_slice() {
            [] => continue,
            [code] => (*code, None),
            [code, range] => (*code, Some(*range)),
            _ => return Err(format!("bad role {:?}: want `CODE` or `CODE START..END`", part.trim())),
        };
        let code = codes.code(code)?;
        if kind == Kind::Agent && !code.is_agent() && !code.is_null() {
            return Err(format!("agent entries take agent codes like ~GOV, not {code}"));
        }
        if kind != Kind::Agent && code.is_agent() {
            return Err(format!("agent code {code} in a {} entry", kind.as_str()));
        }
        let (start, end) = match range {
            None => (None, None),
            Some(r) => parse_range(r)?,
        };
        roles.push(Role { code, start, end });
    }
    if roles.is_empty() {
        return Err("no codes after `=>`".to_string());
    }
    Ok((names, roles, tags))
}

fn parse_range(r: &str) -> Result<(Option<Date>, Option<Date>), String> {
    let (s, e) = r
        .split_once("..")
        .ok_or_else(|| format!("bad date range {r:?}: want START..END"))?;
    let start = if s.is_empty() { None } else { Some(Date::parse(s)?) };
    let end = if e.is_empty() { None } else { Some(Date::parse(e)?) };
    if start.is_none() && end.is_none() {
        return Err(format!("date range {r:?} has neither start nor end"));
    }
    if let (Some(s), Some(e)) = (start, end) {
        if s >= e {
            return Err(format!("date range {r:?} ends before it starts"));
        }
    }
    Ok((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes() -> CodeTable {
        CodeTable::parse(
            "country USA x\ncountry PRK x\nsector GOV x\nsector ELI x\nsector BUS x\n",
            "c",
        )
        .unwrap()
    }

    #[test]
    fn parses_entries_and_tags() {
        let text = "# people\n!kind person\nDonald Trump | Trump => USABUS; USAGOV 2017-01-20..2021-01-20 # x\n\
                    !kind country\nthe North => PRK @contextual\n";
        let (entries, errors) = parse_file(text, "p.txt", &codes());
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].names, ["Donald Trump", "Trump"]);
        assert_eq!(entries[0].roles.len(), 2);
        assert_eq!(entries[0].origin.line, 3);
        assert!(entries[1].has(Tag::Contextual));
    }

    #[test]
    fn reports_every_bad_line_with_its_place() {
        let text =
            "X => USA\n!kind person\nA => XXXGOV\nB USAGOV\nC => USAGOV 2020-01-01..2019-01-01\nD => USA @nope\n\
                    E => USAGOV 2020-13-01..\nF => USAGOV\n";
        let (entries, errors) = parse_file(text, "bad.txt", &codes());
        assert_eq!(entries.len(), 1);
        let lines: Vec<u32> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [1, 3, 4, 5, 6, 7]);
        assert!(errors[1].to_string().starts_with("bad.txt:3: unknown country"));
    }
}
