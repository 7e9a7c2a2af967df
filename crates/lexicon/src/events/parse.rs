//! The line grammar of pattern files (`*.pat`): synonym-set lines and pattern lines, parsed into
//! raw records with synonym sets still unresolved. See `data/lexicon/events/README.md`.

use super::code::CameoCode;
use super::pattern::{PosTag, Rel, Role};

/// One parsed non-empty line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Line {
    /// `&NAME = a b c` (or `&NAME += d` to extend an existing set).
    Synset(RawSynset),
    /// `id pred slot... -> code attr...`.
    Pattern(RawPattern),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RawSynset {
    pub name: String,
    pub extend: bool,
    /// Words, `word_word` phrases or `&OTHER` references.
    pub members: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RawPattern {
    pub id: String,
    /// Lex text of the predicate (`impose`, `&V_FAIL`, `meet|visit`).
    pub pred: String,
    pub pos: PosTag,
    pub slots: Vec<(Rel, String)>,
    pub code: Option<CameoCode>,
    /// The code text as written (for messages about unknown codes).
    pub code_text: String,
    pub source: Role,
    pub target: Role,
    pub recip: Option<CameoCode>,
    pub frame: Option<String>,
    pub neg: Option<CameoCode>,
}

/// Parses one line; `Ok(None)` for blank and comment lines.
pub(crate) fn parse_line(line: &str) -> Result<Option<Line>, String> {
    let content = line.split('#').next().unwrap_or("").trim();
    if content.is_empty() {
        return Ok(None);
    }
    if content.starts_with('&') {
        return parse_synset(content).map(|s| Some(Line::Synset(s)));
    }
    parse_pattern(content).map(|p| Some(Line::Pattern(p)))
}

fn parse_synset(content: &str) -> Result<RawSynset, String> {
    let mut tokens = content.split_whitespace();
    let name = tokens.next().unwrap_or("");
    check_set_name(name)?;
    let extend = match tokens.next() {
        Some("=") => false,
        Some("+=") => true,
        _ => return Err(format!("synonym set {name}: expected `=` or `+=` after the name")),
    };
    let members: Vec<String> = tokens.map(str::to_string).collect();
    if members.is_empty() {
        return Err(format!("synonym set {name} has no members"));
    }
    for member in &members {
        if member == "*" {
            return Err(format!("synonym set {name}: `*` cannot be a member"));
        }
        check_alternative(member).map_err(|e| format!("synonym set {name}: {e}"))?;
    }
    Ok(RawSynset {
        name: name.to_string(),
        extend,
        members,
    })
}

fn parse_pattern(content: &str) -> Result<RawPattern, String> {
    let tokens: Vec<&str> = content.split_whitespace().collect();
    let arrow = tokens
        .iter()
        .position(|t| *t == "->")
        .ok_or("pattern has no `->` before its code")?;
    let (head, tail) = (&tokens[..arrow], &tokens[arrow + 1..]);
    let [id, pred, slot_tokens @ ..] = head else {
        return Err("pattern needs an id and a predicate before `->`".into());
    };
    check_id(id)?;
    let (pred_lex, pos) = parse_predicate(pred)?;
    let mut slots = Vec::new();
    for token in slot_tokens {
        let (rel, lex) = token
            .split_once('=')
            .ok_or_else(|| format!("slot {token:?} is not REL=LEX"))?;
        let rel = Rel::parse(rel).ok_or_else(|| format!("unknown relation {rel:?} in slot {token:?}"))?;
        check_lex(lex).map_err(|e| format!("slot {token:?}: {e}"))?;
        slots.push((rel, lex.to_string()));
    }
    let [code_text, attrs @ ..] = tail else {
        return Err("pattern has no code after `->`".into());
    };
    let code = match *code_text {
        "---" => None,
        text => Some(CameoCode::parse(text).ok_or_else(|| format!("bad CAMEO code {text:?}"))?),
    };
    let mut pattern = RawPattern {
        id: id.to_string(),
        pred: pred_lex.to_string(),
        pos,
        slots,
        code,
        code_text: code_text.to_string(),
        source: Role::Auto,
        target: Role::Auto,
        recip: None,
        frame: None,
        neg: None,
    };
    for attr in attrs {
        apply_attribute(&mut pattern, attr)?;
    }
    Ok(pattern)
}

fn apply_attribute(pattern: &mut RawPattern, attr: &str) -> Result<(), String> {
    let parse_code = |text: &str| CameoCode::parse(text).ok_or_else(|| format!("bad CAMEO code {text:?} in {attr:?}"));
    match attr.split_once('=') {
        None if attr == "recip" => {
            pattern.recip = Some(pattern.code.ok_or("`recip` on a null pattern")?);
        }
        Some(("recip", code)) => pattern.recip = Some(parse_code(code)?),
        Some(("neg", code)) => pattern.neg = Some(parse_code(code)?),
        Some(("source", role)) => pattern.source = Role::parse(role).ok_or_else(|| format!("bad role in {attr:?}"))?,
        Some(("target", role)) => pattern.target = Role::parse(role).ok_or_else(|| format!("bad role in {attr:?}"))?,
        Some(("frame", name)) if !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase()) => {
            pattern.frame = Some(name.to_string())
        }
        _ => return Err(format!("unknown attribute {attr:?}")),
    }
    Ok(())
}

fn parse_predicate(token: &str) -> Result<(&str, PosTag), String> {
    let (lex, pos) = token
        .rsplit_once('/')
        .ok_or_else(|| format!("predicate {token:?} needs /v or /n"))?;
    let pos = match pos {
        "v" => PosTag::Verb,
        "n" => PosTag::Noun,
        other => return Err(format!("predicate part of speech {other:?} is not v or n")),
    };
    check_lex(lex).map_err(|e| format!("predicate {token:?}: {e}"))?;
    if lex.split('|').any(|a| a == "*") {
        return Err(format!("predicate {token:?} cannot be `*`"));
    }
    Ok((lex, pos))
}

fn check_lex(lex: &str) -> Result<(), String> {
    if lex == "*" {
        return Ok(());
    }
    if lex.is_empty() {
        return Err("empty word list".into());
    }
    lex.split('|').try_for_each(check_alternative)
}

fn check_alternative(alt: &str) -> Result<(), String> {
    if alt == "*" {
        return Err("`*` cannot be combined with other words".into());
    }
    if alt.starts_with('&') {
        return check_set_name(alt);
    }
    let ok = !alt.is_empty()
        && !alt.starts_with('_')
        && !alt.ends_with('_')
        && alt
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '\'' | '.'));
    if ok {
        Ok(())
    } else {
        Err(format!("bad word {alt:?}"))
    }
}

fn check_set_name(name: &str) -> Result<(), String> {
    let body = name.strip_prefix('&').unwrap_or("");
    if !body.is_empty()
        && body
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    {
        Ok(())
    } else {
        Err(format!("bad synonym set name {name:?} (expected &UPPER_CASE)"))
    }
}

fn check_id(id: &str) -> Result<(), String> {
    let ok = !id.starts_with('&')
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':'));
    if ok {
        Ok(())
    } else {
        Err(format!("bad pattern id {id:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(line: &str) -> RawPattern {
        match parse_line(line).unwrap().unwrap() {
            Line::Pattern(p) => p,
            other => panic!("not a pattern: {other:?}"),
        }
    }

    #[test]
    fn parses_a_full_pattern() {
        let p = pattern("impose.163 impose/v obj=&SANCTION|ban obl:on=* -> 163 target=obl:on neg=1244 # note");
        assert_eq!(p.id, "impose.163");
        assert_eq!(p.pred, "impose");
        assert_eq!(p.pos, PosTag::Verb);
        assert_eq!(p.slots.len(), 2);
        assert_eq!(p.slots[0], (Rel::Obj, "&SANCTION|ban".to_string()));
        assert_eq!(p.code.unwrap().as_str(), "163");
        assert_eq!(p.target, Role::Dep(Rel::Obl(Some("on".into()))));
        assert_eq!(p.neg.unwrap().as_str(), "1244");
    }

    #[test]
    fn parses_null_and_reciprocal_patterns() {
        let p = pattern("x fall/v nsubj=price -> ---");
        assert_eq!(p.code, None);
        let p = pattern("m meet/v obl:with=* -> 040 recip target=obl:with");
        assert_eq!(p.recip.unwrap().as_str(), "040");
        let p = pattern("v visit/v -> 042 recip=043");
        assert_eq!(p.recip.unwrap().as_str(), "043");
    }

    #[test]
    fn parses_synsets() {
        assert_eq!(
            parse_line("&SANCTION = sanction embargo trade_ban &OTHER").unwrap(),
            Some(Line::Synset(RawSynset {
                name: "&SANCTION".into(),
                extend: false,
                members: vec!["sanction".into(), "embargo".into(), "trade_ban".into(), "&OTHER".into()],
            }))
        );
        assert!(matches!(
            parse_line("&S += x").unwrap(),
            Some(Line::Synset(RawSynset { extend: true, .. }))
        ));
        assert_eq!(parse_line("   # only a comment").unwrap(), None);
    }

    #[test]
    fn reports_bad_lines() {
        for (line, needle) in [
            ("id impose/v obj=x 163", "no `->`"),
            ("id impose obj=x -> 163", "needs /v or /n"),
            ("id impose/v obj=x -> 999", "bad CAMEO code"),
            ("id impose/v subj=x -> 163", "unknown relation"),
            ("id impose/v obj=&lower -> 163", "bad synonym set name"),
            ("id impose/v obj=x -> 163 colour=red", "unknown attribute"),
            ("id */v -> 163", "cannot be `*`"),
            ("&SET", "expected `=`"),
            ("&SET =", "has no members"),
            ("&SET = *", "cannot be a member"),
            ("-> 163", "needs an id"),
        ] {
            let err = parse_line(line).unwrap_err();
            assert!(err.contains(needle), "{line:?}: {err}");
        }
    }
}
