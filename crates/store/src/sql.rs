//! SQL text shared by both backends: the dialect differences, typed bound arguments, and the
//! `WHERE` clause built from an [`EventFilter`]. Every user value is bound as a parameter, never
//! spliced into SQL.

use crate::query::{EventFilter, Period};
use crate::StoreError;
use std::borrow::Cow;

/// The SQL dialect a statement is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// A bound argument (text borrowed where it can be, so that writes copy nothing).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Null,
    Text(Cow<'a, str>),
    Int(i64),
    Real(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Int(n as i64)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Int(n)
    }
}

impl From<bool> for Arg<'_> {
    fn from(b: bool) -> Self {
        Arg::Int(b.into())
    }
}

impl From<f32> for Arg<'_> {
    fn from(x: f32) -> Self {
        Arg::Real(x.into())
    }
}

impl<'a, T: Into<Arg<'a>>> From<Option<T>> for Arg<'a> {
    fn from(v: Option<T>) -> Self {
        v.map_or(Arg::Null, Into::into)
    }
}

/// A value read back from a result row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl Cell {
    pub fn text(&self) -> Option<String> {
        match self {
            Cell::Text(s) => Some(s.clone()),
            Cell::Int(n) => Some(n.to_string()),
            Cell::Real(x) => Some(x.to_string()),
            Cell::Null => None,
        }
    }

    pub fn int(&self) -> i64 {
        match self {
            Cell::Int(n) => *n,
            Cell::Real(x) => *x as i64,
            Cell::Text(s) => s.parse().unwrap_or(0),
            Cell::Null => 0,
        }
    }

    pub fn opt_int(&self) -> Option<i64> {
        (!matches!(self, Cell::Null)).then(|| self.int())
    }

    pub fn real(&self) -> f64 {
        match self {
            Cell::Int(n) => *n as f64,
            Cell::Real(x) => *x,
            Cell::Text(s) => s.parse().unwrap_or(0.0),
            Cell::Null => 0.0,
        }
    }
}

/// The arguments of a statement under construction, numbered in order.
#[derive(Debug, Clone)]
pub struct Sql {
    pub dialect: Dialect,
    pub args: Vec<Arg<'static>>,
}

impl Sql {
    pub fn new(dialect: Dialect) -> Sql {
        Sql {
            dialect,
            args: Vec::new(),
        }
    }

    /// Binds `arg` and returns its placeholder `?N` (the PostgreSQL backend reads `?N` as `$N`).
    pub fn bind(&mut self, arg: Arg<'static>) -> String {
        self.args.push(arg);
        format!("?{}", self.args.len())
    }
}

impl Dialect {
    /// The highest code point as a one-character string: `x >= p AND x < p || top` is a prefix
    /// match that an index on `x` serves.
    fn top_char(self) -> &'static str {
        match self {
            Dialect::Sqlite => "char(1114111)",
            Dialect::Postgres => "chr(1114111)",
        }
    }

    /// `column` contains the (lower-case) text bound at `p`, ignoring case.
    pub fn contains(self, column: &str, p: &str) -> String {
        match self {
            Dialect::Sqlite => format!("instr(lower({column}), {p}) > 0"),
            Dialect::Postgres => format!("strpos(lower({column}), {p}) > 0"),
        }
    }

    /// The statement that opens a write transaction.
    pub fn begin_write(self) -> &'static str {
        match self {
            Dialect::Sqlite => "BEGIN IMMEDIATE",
            Dialect::Postgres => "BEGIN",
        }
    }

    /// The expression bucketing a `YYYY-MM-DD` day column; weeks are ISO weeks (`2006-W27`).
    pub fn bucket(self, period: Period, column: &str) -> String {
        match (self, period) {
            (_, Period::Day) => column.to_string(),
            (_, Period::Month) => format!("substr({column}, 1, 7)"),
            (_, Period::Year) => format!("substr({column}, 1, 4)"),
            (Dialect::Sqlite, Period::Week) => format!("strftime('%G-W%V', {column})"),
            (Dialect::Postgres, Period::Week) => format!("to_char(to_date({column}, 'YYYY-MM-DD'), 'IYYY-\"W\"IW')"),
        }
    }

    /// A prefix match of `column` against the bound placeholder `p`.
    pub fn prefix(self, column: &str, p: &str) -> String {
        format!("({column} >= {p} AND {column} < ({p} || {}))", self.top_char())
    }

    /// Event ids whose sentence matches the words bound at `p`.
    fn text_match(self, p: &str) -> String {
        match self {
            Dialect::Sqlite => format!(
                "e.id IN (SELECT t.id FROM sentences_fts f JOIN sentences s ON s.key = f.rowid \
                 JOIN events t ON t.doc = s.doc AND t.sentence = s.idx WHERE sentences_fts MATCH {p})"
            ),
            Dialect::Postgres => format!(
                "e.id IN (SELECT t.id FROM sentences s JOIN events t ON t.doc = s.doc AND t.sentence = s.idx \
                 WHERE s.tsv @@ plainto_tsquery('simple', {p}))"
            ),
        }
    }

    /// The words of a text search as this dialect's query: FTS5 strings (so that its syntax
    /// characters are inert), or plain words for PostgreSQL's `plainto_tsquery`.
    fn text_query(self, text: &str) -> Option<String> {
        let words: Vec<&str> = text.split_whitespace().collect();
        if words.is_empty() {
            return None;
        }
        Some(match self {
            Dialect::Sqlite => words
                .iter()
                .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
                .collect::<Vec<_>>()
                .join(" "),
            Dialect::Postgres => words.join(" "),
        })
    }
}

pub(crate) fn is_code(s: &str) -> bool {
    !s.is_empty() && s.len() <= 32 && s.chars().all(|c| c.is_ascii_alphanumeric())
}

pub(crate) fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn code(s: &str, what: &str) -> Result<Arg<'static>, StoreError> {
    if is_code(s) {
        Ok(Arg::from(s.to_uppercase()))
    } else {
        Err(StoreError::BadQuery(format!(
            "{what} {s:?} is not an actor code (letters and digits)"
        )))
    }
}

/// The filter's conditions over the events table aliased `e`, joined by `AND` (empty when nothing
/// filters); values are bound into `sql`.
pub(crate) fn event_terms(f: &EventFilter, sql: &mut Sql) -> Result<Vec<String>, StoreError> {
    let d = sql.dialect;
    let mut terms: Vec<String> = Vec::new();
    if let Some(a) = &f.actor {
        let p = sql.bind(code(a, "actor")?);
        terms.push(format!(
            "({} OR {})",
            d.prefix("e.source_code", &p),
            d.prefix("e.target_code", &p)
        ));
    }
    for (value, column) in [
        (&f.source, "source_code"),
        (&f.target, "target_code"),
        (&f.speaker, "speaker_code"),
    ] {
        if let Some(v) = value {
            let p = sql.bind(code(v, column)?);
            terms.push(d.prefix(&format!("e.{column}"), &p));
        }
    }
    if let Some(c) = &f.country {
        let p = sql.bind(code(c, "country")?);
        terms.push(format!("(e.source_country = {p} OR e.target_country = {p})"));
    }
    for (value, column) in [
        (&f.source_country, "source_country"),
        (&f.target_country, "target_country"),
    ] {
        if let Some(v) = value {
            let p = sql.bind(code(v, column)?);
            terms.push(format!("e.{column} = {p}"));
        }
    }
    if let Some(s) = &f.sector {
        let p = sql.bind(code(s, "sector")?);
        terms.push(format!("(e.source_sector = {p} OR e.target_sector = {p})"));
    }
    for (value, column) in [(&f.source_sector, "source_sector"), (&f.target_sector, "target_sector")] {
        if let Some(v) = value {
            let p = sql.bind(code(v, column)?);
            terms.push(format!("e.{column} = {p}"));
        }
    }
    if let Some(c) = &f.cameo {
        if !c.chars().all(|c| c.is_ascii_digit()) || c.is_empty() || c.len() > 4 {
            return Err(StoreError::BadQuery(format!("CAMEO code {c:?} must be 1-4 digits")));
        }
        if let Some(root) = c.get(..2) {
            // The root's index narrows a code prefix down to one root.
            let r = sql.bind(Arg::from(root.to_string()));
            terms.push(format!("e.root = {r}"));
        }
        let p = sql.bind(Arg::from(c.clone()));
        terms.push(d.prefix("e.cameo", &p));
    }
    if let Some(r) = &f.root {
        if r.len() != 2 || !r.chars().all(|c| c.is_ascii_digit()) {
            return Err(StoreError::BadQuery(format!(
                "CAMEO root {r:?} must be two digits (01-20)"
            )));
        }
        let p = sql.bind(Arg::from(r.clone()));
        terms.push(format!("e.root = {p}"));
    }
    if let Some(q) = f.quad {
        if !(1..=4).contains(&q) {
            return Err(StoreError::BadQuery(format!("quad class {q} must be 1-4")));
        }
        let p = sql.bind(Arg::Int(q.into()));
        terms.push(format!("e.quad = {p}"));
    }
    if let Some(v) = &f.plover {
        let p = sql.bind(Arg::from(v.to_uppercase()));
        terms.push(format!("e.plover = {p}"));
    }
    for (value, column) in [
        (f.negated, "negated"),
        (f.hypothetical, "hypothetical"),
        (f.reported, "reported"),
    ] {
        if let Some(v) = value {
            let p = sql.bind(Arg::Int(v.into()));
            terms.push(format!("e.{column} = {p}"));
        }
    }
    for (value, op) in [(&f.date_from, ">="), (&f.date_to, "<=")] {
        if let Some(day) = value {
            if !is_date(day) {
                return Err(StoreError::BadQuery(format!("date {day:?} must be YYYY-MM-DD")));
            }
            let p = sql.bind(Arg::from(day.clone()));
            terms.push(format!("e.day {op} {p}"));
        }
    }
    if let Some((a, b)) = &f.dyad {
        let pa = sql.bind(code(a, "dyad actor")?);
        let pb = sql.bind(code(b, "dyad actor")?);
        let forward = format!(
            "({} AND {})",
            d.prefix("e.source_code", &pa),
            d.prefix("e.target_code", &pb)
        );
        if f.undirected {
            let back = format!(
                "({} AND {})",
                d.prefix("e.source_code", &pb),
                d.prefix("e.target_code", &pa)
            );
            terms.push(format!("({forward} OR {back})"));
        } else {
            terms.push(forward);
        }
    }
    if let Some(t) = &f.text {
        let words = d
            .text_query(t)
            .ok_or_else(|| StoreError::BadQuery("empty text search".into()))?;
        let p = sql.bind(Arg::from(words));
        terms.push(d.text_match(&p));
    }
    Ok(terms)
}

/// `WHERE a AND b ...`, or nothing.
pub(crate) fn where_sql(terms: &[String]) -> String {
    if terms.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", terms.join(" AND "))
    }
}
