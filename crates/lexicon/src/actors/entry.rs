//! Plain types of the actor lexicon: an entry (names, date-bounded roles, kind, tags) and where it
//! was read from.

use super::code::Code;
use super::date::Date;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// What an entry names. Set per file with `!kind ...`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Kind {
    /// A country or territory: names, short forms, demonyms, capitals.
    Country,
    /// An international (intergovernmental) organisation or body.
    Igo,
    /// Another named organisation: ministries, agencies, parties, NGOs, companies.
    Org,
    /// A news organisation.
    Media,
    /// An armed non-state group.
    Armed,
    /// A named person, usually with date-bounded roles.
    Person,
    /// A generic role or agent noun ("foreign minister", "protesters") → a sector.
    Agent,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Country,
        Kind::Igo,
        Kind::Org,
        Kind::Media,
        Kind::Armed,
        Kind::Person,
        Kind::Agent,
    ];

    /// The name used in `!kind` directives.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Igo => "igo",
            Kind::Org => "org",
            Kind::Media => "media",
            Kind::Armed => "armed",
            Kind::Person => "person",
            Kind::Agent => "agent",
        }
    }

    /// Parses a `!kind` value.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A marker on an entry that changes how the resolver uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Tag {
    /// Only resolved when the story's countries make it unambiguous ("the North").
    Contextual,
    /// A capital or seat of government standing for the country or its government ("Pyongyang", "the Kremlin").
    Metonym,
    /// A demonym or nationality adjective ("Japanese", "North Korean").
    Demonym,
    /// A modifier that turns a role into a former one ("former", "ex-"): its code replaces the sector.
    Former,
    /// A city, province or region standing for its country ("Mariupol", "Rakhine"), not a capital.
    Place,
}

impl Tag {
    pub const ALL: [Tag; 5] = [Tag::Contextual, Tag::Metonym, Tag::Demonym, Tag::Former, Tag::Place];

    pub fn as_str(self) -> &'static str {
        match self {
            Tag::Contextual => "contextual",
            Tag::Metonym => "metonym",
            Tag::Demonym => "demonym",
            Tag::Former => "former",
            Tag::Place => "place",
        }
    }

    pub fn parse(s: &str) -> Option<Tag> {
        Tag::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// A code, valid from `start` (inclusive) to `end` (exclusive); open ends are `None`. A role with
/// neither date is the entry's default, used when no dated role covers the date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub code: Code,
    pub start: Option<Date>,
    pub end: Option<Date>,
}

impl Role {
    /// Is this role dated (has a start or an end)?
    pub fn is_dated(&self) -> bool {
        self.start.is_some() || self.end.is_some()
    }

    /// Does this role's range contain `date`?
    pub fn covers(&self, date: Date) -> bool {
        self.start.is_none_or(|s| s <= date) && self.end.is_none_or(|e| date < e)
    }

    /// Do two dated ranges share at least one day?
    pub fn overlaps(&self, other: &Role) -> bool {
        let starts_before_other_ends = match (self.start, other.end) {
            (Some(s), Some(e)) => s < e,
            _ => true,
        };
        let other_starts_before_end = match (other.start, self.end) {
            (Some(s), Some(e)) => s < e,
            _ => true,
        };
        starts_before_other_ends && other_starts_before_end
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code)?;
        if self.is_dated() {
            let s = self.start.map(|d| d.to_string()).unwrap_or_default();
            let e = self.end.map(|d| d.to_string()).unwrap_or_default();
            write!(f, " {s}..{e}")?;
        }
        Ok(())
    }
}

/// Where an entry was read: file name (relative to its lexicon directory) and 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: Arc<str>,
    pub line: u32,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// One lexicon entry: a named actor (or agent) with its codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Index in the lexicon's entry list.
    pub id: u32,
    pub kind: Kind,
    /// The first name is the canonical one; the rest are aliases.
    pub names: Vec<String>,
    pub roles: Vec<Role>,
    pub tags: Vec<Tag>,
    /// Read after a `!converted` directive: machine-converted data, which ranks below curated
    /// entries of the same name.
    pub converted: bool,
    pub origin: Origin,
}

impl Entry {
    /// The canonical name.
    pub fn name(&self) -> &str {
        self.names.first().map(String::as_str).unwrap_or("")
    }

    /// Does the entry carry `tag`?
    pub fn has(&self, tag: Tag) -> bool {
        self.tags.contains(&tag)
    }

    /// The code valid at `date`: the dated role covering it that started last (ties: first
    /// listed), otherwise the first undated role.
    pub fn code_at(&self, date: Date) -> Option<&Code> {
        self.role_at(date).map(|r| &r.code)
    }

    /// The role valid at `date` (see [`Entry::code_at`]): it tells which date window applied.
    pub fn role_at(&self, date: Date) -> Option<&Role> {
        let mut best: Option<&Role> = None;
        for role in self.roles.iter().filter(|r| r.is_dated() && r.covers(date)) {
            if best.is_none_or(|b| role.start > b.start) {
                best = Some(role);
            }
        }
        best.or_else(|| self.roles.iter().find(|r| !r.is_dated()))
    }

    /// Is any role dated?
    pub fn has_dated_roles(&self) -> bool {
        self.roles.iter().any(Role::is_dated)
    }
}
