//! Converter from the Phoenix/PETRARCH-2 dictionaries (MIT, Open Event Data Alliance) to dyad's
//! actor lexicon format: actor files (`NAME_ [CODE YYMMDD-YYMMDD]`, `+SYNONYM`) and the agents file
//! (`NAME {PLURALS} [~CODE]`, `!SET!` substitutions). Lines that cannot be converted are counted and
//! described, never guessed.

use super::code::{CodeTable, PartKind};
use super::entry::Kind;
use super::normalize::key;
use std::fmt::Write;

/// What the conversion did.
#[derive(Debug, Clone, Default)]
pub struct ConvertStats {
    pub entries: usize,
    pub names: usize,
    pub roles: usize,
    /// Dropped names, roles or entries, each with the input line and reason.
    pub dropped: Vec<String>,
}

#[derive(Debug, Default)]
struct RawEntry {
    line: usize,
    names: Vec<String>,
    roles: Vec<String>,
}

/// Converts a Phoenix actor dictionary. `file` names the input in messages; `default_kind` is
/// used for undated entries that are not plain countries (org for institutions, armed for the
/// non-state file). Dated entries become people.
pub fn convert_actors(text: &str, file: &str, codes: &CodeTable, default_kind: Kind) -> (String, ConvertStats) {
    let mut stats = ConvertStats::default();
    let mut raw: Vec<RawEntry> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let body = line.split('#').next().unwrap_or("");
        if body.trim().is_empty() {
            continue;
        }
        let (names_part, code_part) = match body.find('[') {
            Some(p) => (&body[..p], &body[p..]),
            None => (body, ""),
        };
        let starts_indented = body.starts_with(char::is_whitespace);
        let names_part = names_part.trim();
        if !names_part.is_empty() {
            if let Some(syn) = names_part.strip_prefix('+') {
                match raw.last_mut() {
                    Some(e) => e.names.extend(syn.split('+').map(str::to_string)),
                    None => stats
                        .dropped
                        .push(format!("{file}:{line_no}: synonym before any entry")),
                }
            } else if starts_indented && raw.last().is_some() {
                stats
                    .dropped
                    .push(format!("{file}:{line_no}: indented text {names_part:?}"));
            } else {
                raw.push(RawEntry {
                    line: line_no,
                    names: vec![names_part.to_string()],
                    roles: Vec::new(),
                });
            }
        }
        for code in code_part.split('[').skip(1) {
            let code = code.split(']').next().unwrap_or("").trim();
            match raw.last_mut() {
                Some(e) if !code.is_empty() => e.roles.push(format!("{line_no}\t{code}")),
                _ => {}
            }
        }
    }
    let mut sections: Vec<(Kind, String)> = Vec::new();
    for e in raw {
        let mut names: Vec<String> = Vec::new();
        for n in e.names.iter().flat_map(|n| name_variants(n)) {
            match phoenix_name(&n) {
                Some(n) if !names.iter().any(|m| key(m) == key(&n)) => names.push(n),
                Some(_) => {}
                None => stats
                    .dropped
                    .push(format!("{file}:{}: name {:?}: unusual characters", e.line, n.trim())),
            }
        }
        let mut roles = Vec::new();
        let mut dated = false;
        for r in &e.roles {
            let (line_no, r) = r.split_once('\t').unwrap_or(("?", r));
            match phoenix_role(r, codes) {
                Ok((role, is_dated)) => {
                    dated |= is_dated;
                    roles.push(role);
                }
                Err(why) => stats.dropped.push(format!("{file}:{line_no}: role [{r}]: {why}")),
            }
        }
        if names.is_empty() || roles.is_empty() {
            stats.dropped.push(format!(
                "{file}:{}: entry {:?} dropped: no usable names or codes",
                e.line, e.names[0]
            ));
            continue;
        }
        let plain_country = roles.iter().all(|r| {
            let code = r.split_whitespace().next().unwrap_or("");
            codes.code(code).is_ok_and(|c| c.country() == Some(code))
        });
        let kind = if plain_country {
            Kind::Country
        } else if dated {
            Kind::Person
        } else if default_kind == Kind::Org && roles.iter().any(|r| r.starts_with("IGO")) {
            Kind::Igo
        } else {
            default_kind
        };
        stats.entries += 1;
        stats.names += names.len();
        stats.roles += roles.len();
        let line = format!("{} => {}\n", names.join(" | "), roles.join("; "));
        match sections.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, s)) => s.push_str(&line),
            None => sections.push((kind, line)),
        }
    }
    let mut out = String::from("!converted\n");
    for (kind, body) in sections {
        let _ = write!(out, "\n!kind {}\n{body}", kind.as_str());
    }
    (out, stats)
}

/// Splits `A/B` alternatives and a parenthesised acronym: `MORO_ISLAMIC_LIBERATION_FRONT_(MILF)_` →
/// the name without it, and `MILF`. Other parentheses (`KOREA_(NORTH)`) are kept and rejected later.
fn name_variants(raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    for alt in raw.split('/') {
        match (alt.find('('), alt.find(')')) {
            (Some(a), Some(b)) if a < b => {
                let inner = &alt[a + 1..b];
                let outer = format!("{}{}", &alt[..a], &alt[b + 1..]);
                if inner.len() >= 2 && inner.len() <= 8 && inner.chars().all(|c| c.is_ascii_uppercase()) {
                    out.push(outer);
                    out.push(inner.to_string());
                } else {
                    out.push(alt.to_string());
                }
            }
            _ => out.push(alt.to_string()),
        }
    }
    out
}

/// `KIM_JONG_UN_` → `Kim Jong Un`; short one-word names stay capitals (`US`, `PLA`). `None` for
/// names with characters that are not part of names.
fn phoenix_name(raw: &str) -> Option<String> {
    let words: Vec<&str> = raw.trim().split(['_', ' ']).filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return None;
    }
    let ok = |c: char| c.is_alphanumeric() || matches!(c, '.' | '\'' | '-' | '&');
    if !words.iter().all(|w| w.chars().all(ok)) {
        return None;
    }
    if words.len() == 1 && words[0].chars().filter(|c| c.is_alphabetic()).count() <= 4 {
        return Some(words[0].to_uppercase());
    }
    Some(words.iter().map(|w| title_word(w)).collect::<Vec<_>>().join(" "))
}

fn title_word(w: &str) -> String {
    if w.contains('.') && w.len() <= 5 {
        return w.to_uppercase();
    }
    let mut out = String::new();
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, '-');
    }
    out
}

/// `JPNGOV 060926-070926` → `JPNGOV 2006-09-26..2007-09-26`; `>041201` open end; `<061231` open start.
fn phoenix_role(raw: &str, codes: &CodeTable) -> Result<(String, bool), String> {
    let mut words = raw.split_whitespace();
    let code = words.next().ok_or("empty")?;
    codes.code(code)?;
    let range = words.collect::<Vec<_>>().join("");
    if range.is_empty() {
        return Ok((code.to_string(), false));
    }
    let (start, end) = if let Some(s) = range.strip_prefix('>') {
        (Some(phoenix_date(s)?), None)
    } else if let Some(e) = range.strip_prefix('<') {
        (None, Some(phoenix_date(e)?))
    } else if let Some((s, e)) = range.split_once('-') {
        (Some(phoenix_date(s)?), Some(phoenix_date(e)?))
    } else {
        return Err(format!("bad date range {range:?}"));
    };
    if let (Some(s), Some(e)) = (&start, &end) {
        if s >= e {
            return Err("range ends before it starts".to_string());
        }
    }
    Ok((
        format!("{code} {}..{}", start.unwrap_or_default(), end.unwrap_or_default()),
        true,
    ))
}

/// `YYMMDD` (years up to 30 are 20YY, later ones 19YY) or `YYYYMMDD` → `YYYY-MM-DD`.
fn phoenix_date(s: &str) -> Result<String, String> {
    let bad = || format!("bad date {s:?}");
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let (year, rest) = match s.len() {
        6 => {
            let yy: i32 = s[..2].parse().map_err(|_| bad())?;
            (if yy <= 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().map_err(|_| bad())?, &s[4..]),
        _ => return Err(bad()),
    };
    let month: u8 = rest[..2].parse().map_err(|_| bad())?;
    let day: u8 = rest[2..].parse().map_err(|_| bad())?;
    let d = super::date::Date::new(year, month, day).ok_or_else(bad)?;
    Ok(d.to_string())
}

/// Converts the Phoenix agents dictionary: substitution sets are expanded, irregular plurals in
/// `{...}` kept, regular plurals generated (none after `{}`), names lowercased.
pub fn convert_agents(text: &str, file: &str, codes: &CodeTable) -> (String, ConvertStats) {
    let mut stats = ConvertStats::default();
    let mut sets: Vec<(String, Vec<String>)> = Vec::new();
    let mut out = String::from("!converted\n\n!kind agent\n");
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let body = line.split('#').next().unwrap_or("").trim();
        if body.is_empty() {
            continue;
        }
        if body.starts_with('!') {
            if let Some((label, words)) = body.split_once('=') {
                let words = words
                    .split(',')
                    .map(|w| w.trim().to_lowercase())
                    .filter(|w| !w.is_empty())
                    .collect();
                sets.push((label.trim().to_string(), words));
                continue;
            }
        }
        let Some(open) = body.find('[') else {
            stats.dropped.push(format!("{file}:{line_no}: no code"));
            continue;
        };
        let code = body[open + 1..].trim_end_matches([']', '}']).trim();
        if let Err(why) = codes.code(code) {
            stats.dropped.push(format!("{file}:{line_no}: code [{code}]: {why}"));
            continue;
        }
        let head = &body[..open];
        let (name, plurals) = match head.find('{') {
            Some(b) => (&head[..b], Some(head[b + 1..].trim_end().trim_end_matches('}'))),
            None => (head, None),
        };
        let mut bases = vec![name.trim().trim_end_matches('_').to_lowercase()];
        for (label, words) in &sets {
            let label = label.to_lowercase();
            let stem = label.trim_matches('!');
            let last = bases[0].rsplit(['_', ' ']).next().unwrap_or("").to_string();
            if bases[0].contains(&label) {
                bases = words.iter().map(|w| bases[0].replace(&label, w)).collect();
            } else if last == stem {
                // A stem naming a set (`DEFENSE_MINIST`) stands for its words.
                let head = &bases[0][..bases[0].len() - stem.len()];
                bases = words.iter().map(|w| format!("{head}{w}")).collect();
            }
        }
        let mut names: Vec<String> = Vec::new();
        let push = |names: &mut Vec<String>, n: &str| {
            let n = n.replace('_', " ").split_whitespace().collect::<Vec<_>>().join(" ");
            if !n.is_empty() && n.chars().all(|c| c.is_alphanumeric() || " .'-&/".contains(c)) && !names.contains(&n) {
                names.push(n);
            }
        };
        for b in &bases {
            push(&mut names, b);
        }
        match plurals {
            Some(p) => {
                for w in p.split_whitespace() {
                    push(&mut names, &w.to_lowercase());
                }
            }
            None if bases.len() == 1 => {
                let b = bases[0].clone();
                push(&mut names, &plural(&b));
            }
            None => {}
        }
        if names.is_empty() {
            stats.dropped.push(format!("{file}:{line_no}: no usable name"));
            continue;
        }
        stats.entries += 1;
        stats.names += names.len();
        stats.roles += 1;
        let _ = writeln!(out, "{} => {code}", names.join(" | "));
    }
    (out, stats)
}

/// How a PLOVER actor-type part of an agent code is written in dyad's CAMEO-style codes: PLOVER
/// `JRN` (journalists) is CAMEO `MED`, PLOVER `MED` (medical) is CAMEO `HLH`; `UNK` (a person or
/// group of unknown role) and `JNK` (junk) are dyad's markers (`~UNK`, `~JNK`: no actor), kept only
/// when the code has no sector; `NON` (not an actor: "the West", "Africa", weekdays) is left out, as
/// dyad codes some of those names (regions).
fn plover_part(part: &str) -> Option<&str> {
    match part {
        "JRN" => Some("MED"),
        "MED" => Some("HLH"),
        "NON" => None,
        other => Some(other),
    }
}

/// Converts NGEC's PLOVER agents dictionary (the CAMEO agents format with PLOVER actor types):
/// every code is rewritten part by part with [`plover_part`], then the line is converted as by
/// [`convert_agents`]. A line whose code keeps no part is dropped and reported.
pub fn convert_plover_agents(text: &str, file: &str, codes: &CodeTable) -> (String, ConvertStats) {
    let mut dropped = Vec::new();
    let mut rewritten = String::with_capacity(text.len());
    for (i, line) in text.lines().enumerate() {
        let body = line.split('#').next().unwrap_or("");
        let code = body
            .find("[~")
            .and_then(|open| Some((open, open + body[open..].find(']')?)));
        match code {
            Some((open, close)) if !body.trim_start().starts_with('!') => {
                let raw = &body[open + 2..close];
                let mut parts: Vec<&str> = (0..raw.len() / 3)
                    .filter_map(|k| raw.get(k * 3..k * 3 + 3))
                    .filter_map(plover_part)
                    .collect();
                let is_marker = |p: &&str| codes.kind(p) == Some(PartKind::Marker);
                if parts.iter().any(|p| !is_marker(p)) {
                    parts.retain(|p| !is_marker(p));
                } else if parts.len() > 1 {
                    parts.truncate(1);
                }
                if parts.is_empty() {
                    dropped.push(format!("{file}:{}: PLOVER code [~{raw}] has no CAMEO sector", i + 1));
                } else {
                    rewritten.push_str(&body[..open]);
                    rewritten.push_str("[~");
                    rewritten.push_str(&parts.concat());
                    rewritten.push(']');
                }
            }
            _ => rewritten.push_str(line),
        }
        rewritten.push('\n');
    }
    let (out, mut stats) = convert_agents(&rewritten, file, codes);
    stats.dropped.extend(dropped);
    (out, stats)
}

/// The regular English plural of a phrase's last word.
fn plural(phrase: &str) -> String {
    let (head, last) = match phrase.rfind([' ', '_']) {
        Some(p) => (&phrase[..=p], &phrase[p + 1..]),
        None => ("", phrase),
    };
    let p = if let Some(stem) = last.strip_suffix("man") {
        format!("{stem}men")
    } else if last.ends_with('y') && !last.ends_with("ay") && !last.ends_with("ey") && !last.ends_with("oy") {
        format!("{}ies", &last[..last.len() - 1])
    } else if ["s", "x", "sh", "ch", "z"].iter().any(|s| last.ends_with(s)) {
        format!("{last}es")
    } else {
        format!("{last}s")
    };
    format!("{head}{p}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes() -> CodeTable {
        CodeTable::parse(
            "country JPN x\ncountry AFG x\nsector GOV x\nsector ELI x\nsector MIL x\nsector AGR x\n",
            "c",
        )
        .unwrap()
    }

    #[test]
    fn converts_actors() {
        let text = "JAPAN_ [JPN]\n+JAPANESE_\n+NIPPON_(X)\nSHINZO_ABE_  # CountryInfo.txt\n\t[JPNELI 720101-051201]\n\
                    \t[JPNGOV 060926-070926]\n\t[JPNELI]\nANA_\n+AFGHAN_NATIONAL_ARMY\n\t[AFGMIL]\nBAD_ [XYZGOV]\n";
        let (out, stats) = convert_actors(text, "in.txt", &codes(), Kind::Org);
        assert!(out.contains("!kind country\nJapan | Japanese => JPN\n"), "{out}");
        assert!(out.contains("Shinzo Abe => JPNELI 1972-01-01..2005-12-01; JPNGOV 2006-09-26..2007-09-26; JPNELI\n"));
        assert!(
            out.contains("!kind org\nANA | Afghan National Army => AFGMIL\n"),
            "{out}"
        );
        assert_eq!(stats.entries, 3);
        assert_eq!(stats.dropped.len(), 3, "{:?}", stats.dropped);
    }

    #[test]
    fn converts_agents() {
        let text = "!PERSON! = MAN, MEN\nFARMER [~AGR]\nDAIRY!PERSON! [~AGR]\nARMED_POLICE {} [~MIL]\n\
                    ARMY {ARMIES ARMYS} [~MIL]\nACTIVIST [~OPP]\nPARTY [~GOV]\n\
                    !MINIST! = MINISTER, MINISTRY\nDEFENSE_MINIST [~MIL]\n";
        let (out, stats) = convert_agents(text, "a.txt", &codes());
        assert!(out.contains("farmer | farmers => ~AGR\n"), "{out}");
        assert!(out.contains("dairyman | dairymen => ~AGR\n"), "{out}");
        assert!(out.contains("armed police => ~MIL\n"), "{out}");
        assert!(out.contains("army | armies | armys => ~MIL\n"), "{out}");
        assert!(out.contains("party | parties => ~GOV\n"), "{out}");
        assert!(out.contains("defense minister | defense ministry => ~MIL\n"), "{out}");
        assert_eq!(stats.dropped.len(), 1);
    }

    #[test]
    fn converts_plover_agents() {
        let text = "!PERSON! = MAN, MEN\nPARAMEDIC [~MED]\nREPORTER [~JRN]\nSTATE_NEWS_AGENCY [~GOVJRN]\n\
                    GROUP [~UNK]\nMONDAY [~NON]\nOPPOSITION_FACTION [~UNKOPP]\n";
        let codes = CodeTable::parse(
            "sector GOV x\nsector MED x\nsector HLH x\nsector OPP x\nmarker UNK x\n",
            "c",
        )
        .unwrap();
        let (out, stats) = convert_plover_agents(text, "p.txt", &codes);
        assert!(out.contains("paramedic | paramedics => ~HLH\n"), "{out}");
        assert!(out.contains("reporter | reporters => ~MED\n"), "{out}");
        assert!(
            out.contains("state news agency | state news agencies => ~GOVMED\n"),
            "{out}"
        );
        assert!(out.contains("group | groups => ~UNK\n"), "{out}");
        assert!(
            out.contains("opposition faction | opposition factions => ~OPP\n"),
            "{out}"
        );
        assert!(!out.contains("monday"), "{out}");
        assert_eq!(stats.entries, 5);
        assert_eq!(stats.dropped.len(), 1, "{:?}", stats.dropped);
    }
}
