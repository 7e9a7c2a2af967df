//! Phrase-level resolution: a short noun phrase (tokens) at a date → one actor code, from the
//! lexicon matches in it: a named actor, or a country/capital combined with a role, or a role alone.

use super::mention::{ActorMention, How};
use dyad_lexicon::actors::{normalize, ActorLexicon, Code, Date, Entry, HeadKind, Kind, Match, Tag};

/// What the story around the phrase tells: the countries it is about (resolves contextual short
/// forms such as "the North" only when they are among them).
#[derive(Debug, Clone, Default)]
pub struct StoryContext {
    pub countries: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Named,
    Country,
    Metonym,
    Agent,
    Former,
}

#[derive(Debug, Clone, Copy)]
struct Piece<'a> {
    start: usize,
    end: usize,
    entry: &'a Entry,
    code: &'a Code,
    role: Role,
}

/// Resolves a noun phrase to one actor at `date`, or `None` when nothing in it is an actor.
pub fn resolve_phrase(lex: &ActorLexicon, tokens: &[&str], date: Date, ctx: &StoryContext) -> Option<ActorMention> {
    let pieces = pieces(lex, tokens, date, ctx);
    let first_country = pieces.iter().find(|p| matches!(p.role, Role::Country | Role::Metonym));
    let country = first_country.and_then(|p| p.code.country().or(Some(p.code.head())).filter(|c| !c.is_empty()));
    let named = pieces.iter().rev().find(|p| p.role == Role::Named);
    let agent = pieces.iter().rev().find(|p| p.role == Role::Agent);
    let former = pieces.iter().any(|p| p.role == Role::Former);
    let span_of = |used: &[Option<&Piece>]| {
        let used: Vec<&Piece> = used.iter().flatten().copied().collect();
        let start = used.iter().map(|p| p.start).min().unwrap_or(0);
        let end = used.iter().map(|p| p.end).max().unwrap_or(0);
        (start, end)
    };
    let sectors_of = |code: &Code| -> Vec<String> {
        code.parts()
            .filter(|p| lex.codes().is_sector(p))
            .map(str::to_string)
            .collect()
    };
    if let Some(n) = named {
        let head = match n.code.head_kind() {
            HeadKind::None => country.map(str::to_string),
            _ => Some(n.code.head().to_string()),
        };
        let mut sectors = sectors_of(n.code);
        if former {
            sectors = vec!["ELI".to_string()];
        }
        let code = if former || n.code.head_kind() == HeadKind::None {
            format!("{}{}", head.clone().unwrap_or_default(), sectors.concat())
        } else {
            n.code.as_str().to_string()
        };
        let written: Vec<String> = tokens[n.start..n.end].iter().flat_map(|t| normalize::key(t)).collect();
        let how = if written == normalize::key(n.entry.name()) {
            How::Name
        } else {
            How::Alias
        };
        let country = head.filter(|h| !h.is_empty());
        return Some(ActorMention {
            span: span_of(&[Some(n), first_country, agent]),
            code,
            country,
            sectors,
            entry_id: Some(n.entry.id),
            how,
        });
    }
    if let Some(a) = agent {
        let sectors = if former {
            vec!["ELI".to_string()]
        } else {
            sectors_of(a.code)
        };
        let unknown_name = unknown_name_after(tokens, a.end, &pieces);
        let how = match (unknown_name, country) {
            (Some(_), _) => How::TitleUnknownName,
            (None, Some(_)) => How::CountryRole,
            (None, None) => How::Role,
        };
        let mut span = span_of(&[Some(a), first_country]);
        if let Some(end) = unknown_name {
            span.1 = span.1.max(end);
        }
        return Some(ActorMention {
            span,
            code: format!("{}{}", country.unwrap_or(""), sectors.concat()),
            country: country.map(str::to_string),
            sectors,
            entry_id: Some(a.entry.id),
            how,
        });
    }
    let p = first_country?;
    let how = if p.role == Role::Metonym {
        How::Metonym
    } else if p.entry.has(Tag::Contextual) {
        How::Contextual
    } else {
        How::Country
    };
    let mut sectors = sectors_of(p.code);
    if former {
        sectors = vec!["ELI".to_string()];
    }
    Some(ActorMention {
        span: (p.start, p.end),
        code: format!("{}{}", p.code.head(), sectors.concat()),
        country: country.map(str::to_string),
        sectors,
        entry_id: Some(p.entry.id),
        how,
    })
}

/// The end of a run of capitalized tokens right after `from` that no lexicon entry matched.
fn unknown_name_after(tokens: &[&str], from: usize, pieces: &[Piece]) -> Option<usize> {
    let mut end = from;
    while end < tokens.len()
        && tokens[end].chars().next().is_some_and(char::is_uppercase)
        && !pieces.iter().any(|p| p.start <= end && end < p.end)
    {
        end += 1;
    }
    (end > from).then_some(end)
}

/// The chosen entry for every matched span, with its role in the phrase.
fn pieces<'a>(lex: &'a ActorLexicon, tokens: &[&str], date: Date, ctx: &StoryContext) -> Vec<Piece<'a>> {
    let matches = lex.find(tokens);
    let mut out = Vec::new();
    let mut i = 0;
    while i < matches.len() {
        let (start, end) = (matches[i].start, matches[i].end);
        let group: Vec<&Match> = matches[i..]
            .iter()
            .take_while(|m| m.start == start && m.end == end)
            .collect();
        i += group.len();
        if let Some((entry, code)) = choose(&group, date, ctx) {
            if code.is_null() {
                continue;
            }
            let role = match entry.kind {
                Kind::Agent if entry.has(Tag::Former) => Role::Former,
                Kind::Agent => Role::Agent,
                Kind::Country if entry.has(Tag::Metonym) => Role::Metonym,
                Kind::Country if code.country() == Some(code.as_str()) || code.head_kind() == HeadKind::Region => {
                    Role::Country
                }
                _ => Role::Named,
            };
            out.push(Piece {
                start,
                end,
                entry,
                code,
                role,
            });
        }
    }
    out
}

/// Among entries sharing a name: keep a contextual entry only when its country is in the story and
/// no other contextual reading of the same name is; then prefer a role dated at `date`, then the
/// later entry (later files override earlier ones).
fn choose<'a>(group: &[&Match<'a>], date: Date, ctx: &StoryContext) -> Option<(&'a Entry, &'a Code)> {
    let in_story = |code: &Code| ctx.countries.iter().any(|c| Some(c.as_str()) == code.country());
    let contextual: Vec<&Code> = group
        .iter()
        .filter(|m| m.entry.has(Tag::Contextual))
        .filter_map(|m| m.entry.code_at(date))
        .filter(|c| in_story(c))
        .collect();
    let contextual_ok = contextual.windows(2).all(|w| w[0].country() == w[1].country());
    let mut best: Option<(bool, u32, &'a Entry, &'a Code)> = None;
    for m in group {
        let e = m.entry;
        let Some(code) = e.code_at(date) else { continue };
        if e.has(Tag::Contextual) && !(contextual_ok && in_story(code)) {
            continue;
        }
        let dated = e.roles.iter().any(|r| r.is_dated() && r.covers(date));
        let key = (dated, e.id);
        if best.is_none_or(|(d, id, _, _)| key > (d, id)) {
            best = Some((dated, e.id, e, code));
        }
    }
    best.map(|(_, _, e, c)| (e, c))
}
