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
    /// Found by a lone surname ([`ActorLexicon::by_surname`]), not by a name in the matcher.
    surname: bool,
    /// A person none of whose roles covers the date: `code` is the nearest role's, which gives the
    /// country; the person is then an elite (`ELI`), or holds the title written before the name.
    out_of_term: bool,
}

/// Resolves a noun phrase to one actor at `date`, or `None` when nothing in it is an actor.
pub fn resolve_phrase(lex: &ActorLexicon, tokens: &[&str], date: Date, ctx: &StoryContext) -> Option<ActorMention> {
    let pieces = pieces(lex, tokens, date, ctx);
    let first_country = pieces.iter().find(|p| matches!(p.role, Role::Country | Role::Metonym));
    let country = first_country.and_then(|p| p.code.country().or(Some(p.code.head())).filter(|c| !c.is_empty()));
    let named = pieces.iter().rev().find(|p| p.role == Role::Named);
    // A multiword former role with nothing else ("a disgraced former minister") is the role itself (ELI).
    let agent = pieces
        .iter()
        .rev()
        .find(|p| p.role == Role::Agent)
        .or_else(|| pieces.iter().find(|p| p.role == Role::Former && p.end - p.start > 1));
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
    // A role before a named organisation is the head ("the Canadian ambassador to the United Nations",
    // "president of the European Council"): the organisation then only supplies the country, when no
    // country precedes the role.
    let org_after_role = named.filter(|n| n.entry.kind != Kind::Person && agent.is_some_and(|a| a.start < n.start));
    let named = named.filter(|n| org_after_role.is_none_or(|o| o.start != n.start));
    if let (Some(a), Some(o)) = (agent, org_after_role) {
        if first_country.is_none_or(|c| c.start > a.start) {
            let mut sectors = sectors_of(o.code);
            let role_sectors = if former {
                vec!["ELI".to_string()]
            } else {
                sectors_of(a.code)
            };
            let role_sectors: Vec<String> = role_sectors.into_iter().filter(|r| !sectors.contains(r)).collect();
            let code = format!("{}{}", o.code.as_str(), role_sectors.concat());
            sectors.extend(role_sectors);
            return Some(ActorMention {
                span: span_of(&[Some(a), Some(o)]),
                code,
                country: Some(o.code.country().unwrap_or(o.code.head()).to_string()).filter(|c| !c.is_empty()),
                sectors,
                entry_id: Some(o.entry.id),
                how: How::CountryRole,
            });
        }
    }
    if let Some(n) = named {
        let head = match n.code.head_kind() {
            HeadKind::None => country.map(str::to_string),
            _ => Some(n.code.head().to_string()),
        };
        let former = former || n.out_of_term;
        let mut sectors = sectors_of(n.code);
        // A generic role inside a named organisation without a sector ("European Union legislators").
        let role_in_org = agent.filter(|a| {
            sectors.is_empty()
                && n.entry.kind != Kind::Person
                && a.start >= n.end
                && n.code.head_kind() != HeadKind::None
        });
        if former {
            sectors = vec!["ELI".to_string()];
        } else if let Some(a) = role_in_org {
            sectors = sectors_of(a.code);
        }
        // A title written right before a person the lexicon knows, at a date none of the person's
        // dated roles covers ("Foreign Minister Park Jin" in a story the lexicon dates after his
        // term): the text is the better witness of the role then held.
        let title = agent.filter(|a| {
            (!former || n.out_of_term)
                && !n.surname
                && n.entry.kind == Kind::Person
                && a.end == n.start
                && (n.out_of_term || n.entry.role_at(date).is_some_and(|r| !r.is_dated()))
                && n.entry.has_dated_roles()
                && head.is_some()
        });
        if let Some(a) = title {
            sectors = sectors_of(a.code);
        }
        let code = if title.is_some() {
            format!("{}{}", head.clone().unwrap_or_default(), sectors.concat())
        } else if role_in_org.is_some() && !former {
            format!("{}{}", n.code.as_str(), sectors.concat())
        } else if former || n.code.head_kind() == HeadKind::None {
            format!("{}{}", head.clone().unwrap_or_default(), sectors.concat())
        } else {
            n.code.as_str().to_string()
        };
        let written: Vec<String> = tokens[n.start..n.end].iter().flat_map(|t| normalize::key(t)).collect();
        let how = if n.surname {
            How::Surname
        } else if written == normalize::key(n.entry.name()) {
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
    } else if p.entry.has(Tag::Place) {
        How::Place
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

/// The marker (`UNK`, `JNK`) of the last marker entry named in the phrase ("two men" → `UNK`,
/// "yesterday" → `JNK`): why a phrase without an actor sector names no actor. `None` when no
/// marker entry matches.
pub fn phrase_marker<'a>(lex: &'a ActorLexicon, tokens: &[&str], date: Date) -> Option<&'a str> {
    lex.find(tokens)
        .iter()
        .rev()
        .find_map(|m| m.entry.code_at(date).and_then(Code::marker))
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
        let written: Vec<String> = if group.len() > 1 {
            tokens[start..end].iter().flat_map(|t| normalize::key(t)).collect()
        } else {
            Vec::new()
        };
        if let Some((entry, code, out_of_term)) = choose(&group, &written, date, ctx) {
            if code.is_null() || code.marker().is_some() {
                continue;
            }
            let role = match entry.kind {
                // "former", "ex": a modifier; "former minister" is an agent of its own (ELI).
                // An elite role named as former ("former prime minister") is a former one too.
                Kind::Agent
                    if entry.has(Tag::Former)
                        || (code.as_str() == "~ELI"
                            && (end - start == 1 || tokens[start].eq_ignore_ascii_case("former"))) =>
                {
                    Role::Former
                }
                Kind::Agent => Role::Agent,
                Kind::Country if entry.has(Tag::Metonym) => Role::Metonym,
                _ if code.country() == Some(code.as_str()) || code.head_kind() == HeadKind::Region => Role::Country,
                _ => Role::Named,
            };
            out.push(Piece {
                start,
                end,
                entry,
                code,
                role,
                surname: false,
                out_of_term,
            });
        }
    }
    if let Some(p) = surname_piece(lex, tokens, date, &out) {
        out.push(p);
    }
    out
}

/// Is the token a capitalised word (not an acronym, not a title abbreviation such as "Sen.")?
fn capitalised_word(token: &str) -> bool {
    let mut chars = token.chars();
    chars.next().is_some_and(char::is_uppercase)
        && token.chars().any(char::is_lowercase)
        && token.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

/// A lone surname at the end of the phrase ("Museveni", "President Museveni"): the person holding
/// office at the date with that surname, when every other word of the phrase is a matched title or
/// a lowercase word.
fn surname_piece<'a>(lex: &'a ActorLexicon, tokens: &[&str], date: Date, pieces: &[Piece]) -> Option<Piece<'a>> {
    let last = tokens.len().checked_sub(1)?;
    if pieces.iter().any(|p| p.end > last) || !capitalised_word(tokens[last]) || tokens[last].len() < 3 {
        return None;
    }
    let titled_or_lowercase = (0..last).all(|i| {
        pieces
            .iter()
            .any(|p| p.start <= i && i < p.end && p.role == Role::Agent)
            || !tokens[i].chars().next().is_some_and(char::is_uppercase)
    });
    if !titled_or_lowercase {
        return None;
    }
    let entry = lex.by_surname(tokens[last], date)?;
    Some(Piece {
        start: last,
        end: last + 1,
        entry,
        code: entry.code_at(date)?,
        role: Role::Named,
        surname: true,
        out_of_term: false,
    })
}

/// How an entry ranks among those sharing a name: (dated person, contextual reading the story
/// confirms, in term, curated, country, named by its canonical name, id).
type Rank = (bool, bool, bool, bool, bool, bool, u32);

/// Among entries sharing a name: keep a contextual entry only when its country is in the story and
/// no other contextual reading of the same name is; then prefer a role dated at `date`, a
/// contextual reading the story confirms (over a default such as "Congolese" → COD), a person in
/// term at `date` (a person none of whose roles covers it is read by the nearest role), curated
/// entries, countries, an entry whose canonical name is the `written` one ("Taiwan" the country, not
/// the GeoNames province; "Sydney" the city, not an alias of Australia), then the later entry (later
/// files override earlier ones).
fn choose<'a>(
    group: &[&Match<'a>],
    written: &[String],
    date: Date,
    ctx: &StoryContext,
) -> Option<(&'a Entry, &'a Code, bool)> {
    let in_story = |code: &Code| ctx.countries.iter().any(|c| Some(c.as_str()) == code.country());
    let contextual: Vec<&Code> = group
        .iter()
        .filter(|m| m.entry.has(Tag::Contextual))
        .filter_map(|m| m.entry.code_at(date))
        .filter(|c| in_story(c))
        .collect();
    let contextual_ok = contextual.windows(2).all(|w| w[0].country() == w[1].country());
    let mut best: Option<(Rank, &'a Entry, &'a Code, bool)> = None;
    for m in group {
        let e = m.entry;
        let (code, out_of_term) = match e.code_at(date) {
            Some(code) => (code, false),
            None if e.kind == Kind::Person => match nearest_role(e, date) {
                Some(code) => (code, true),
                None => continue,
            },
            None => continue,
        };
        if e.has(Tag::Contextual) && !(contextual_ok && in_story(code)) {
            continue;
        }
        // Among people of the same name, one holding a dated role at the date is the likelier;
        // curated entries outrank converted ones, countries outrank other converted readings.
        // (A converted "person" whose code is a bare country is a country with dated names: Phoenix's
        // Georgia also lists "Republic" and "Abkhazia".)
        let dated = e.kind == Kind::Person
            && code.country() != Some(code.as_str())
            && e.roles.iter().any(|r| r.is_dated() && r.covers(date));
        let canonical = !written.is_empty() && normalize::key(e.name()) == written;
        let confirmed = e.has(Tag::Contextual);
        let key = (
            dated,
            confirmed,
            !out_of_term,
            !e.converted,
            e.kind == Kind::Country,
            canonical,
            e.id,
        );
        if best.is_none_or(|(k, _, _, _)| key > k) {
            best = Some((key, e, code, out_of_term));
        }
    }
    best.map(|(_, e, c, out)| (e, c, out))
}

/// The code of the role nearest to `date` of a person none of whose roles covers it: the last one
/// that ended by then, else the first that starts after. Its country is the person's.
fn nearest_role(e: &Entry, date: Date) -> Option<&Code> {
    let before = e
        .roles
        .iter()
        .filter(|r| r.end.is_some_and(|end| end <= date))
        .max_by_key(|r| r.end);
    let after = || {
        e.roles
            .iter()
            .filter(|r| r.start.is_some_and(|s| s > date))
            .min_by_key(|r| r.start)
    };
    before.or_else(after).map(|r| &r.code).filter(|c| c.country().is_some())
}
