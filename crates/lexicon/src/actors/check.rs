//! `dyad lexicon check`: every malformed or contradictory actor entry with its place, and coverage
//! counts. Returns a plain report so other lexicons' checks can be added to the same command.

use super::entry::{Entry, Kind};
use super::normalize::key;
use super::{ActorLexicon, SourceFile};
use rustc_hash::{FxHashMap, FxHashSet};
use std::fmt;

/// How bad a problem is. Errors make a lexicon unloadable in strict mode; warnings are
/// contradictions the resolver settles by rule (latest start wins, later file wins).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem: where and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub place: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{}: {sev}: {}", self.place, self.message)
    }
}

/// Coverage counts of a lexicon.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    pub entries: usize,
    pub names: usize,
    pub countries: usize,
    pub metonyms: usize,
    pub demonyms: usize,
    /// Cities, provinces and regions (`@place`).
    pub places: usize,
    pub igos: usize,
    pub orgs: usize,
    pub media: usize,
    pub armed_groups: usize,
    pub people: usize,
    pub people_with_dated_roles: usize,
    pub dated_roles: usize,
    pub agents: usize,
}

/// The result of checking a lexicon.
#[derive(Debug, Clone, Default)]
pub struct CheckReport {
    pub problems: Vec<Problem>,
    pub coverage: Coverage,
}

impl CheckReport {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.severity == Severity::Error).count()
    }

    pub fn warnings(&self) -> usize {
        self.problems.iter().filter(|p| p.severity == Severity::Warning).count()
    }
}

/// Checks the lexicon made of `base` and `user` files.
pub fn check(base: &[SourceFile], user: &[SourceFile]) -> CheckReport {
    let (lex, errors) = ActorLexicon::build(base, user);
    let mut problems: Vec<Problem> = errors
        .into_iter()
        .map(|e| Problem {
            severity: Severity::Error,
            place: format!("{}:{}", e.file, e.line),
            message: e.message,
        })
        .collect();
    for e in lex.entries() {
        contradictory_roles(e, &mut problems);
    }
    duplicate_names(lex.entries(), &mut problems);
    problems.sort_by_key(|p| std::cmp::Reverse(p.severity));
    CheckReport {
        problems,
        coverage: coverage(&lex),
    }
}

/// Overlapping dated roles whose codes disagree (not one a refinement of the other, like
/// KORGOV and KORGOVMIL).
fn contradictory_roles(e: &Entry, out: &mut Vec<Problem>) {
    let dated: Vec<_> = e.roles.iter().filter(|r| r.is_dated()).collect();
    for (i, a) in dated.iter().enumerate() {
        for b in &dated[i + 1..] {
            let (ca, cb) = (a.code.as_str(), b.code.as_str());
            if a.overlaps(b) && !ca.starts_with(cb) && !cb.starts_with(ca) {
                out.push(Problem {
                    severity: Severity::Warning,
                    place: e.origin.to_string(),
                    message: format!("{:?}: overlapping roles disagree: [{a}] and [{b}]", e.name()),
                });
            }
        }
    }
}

/// The same name on entries of the same kind with different undated codes.
fn duplicate_names(entries: &[Entry], out: &mut Vec<Problem>) {
    let mut seen: FxHashMap<(Kind, Vec<String>), (&Entry, &str)> = FxHashMap::default();
    let mut reported: FxHashSet<(u32, u32)> = FxHashSet::default();
    // Null codes and contextual entries are deliberately ambiguous readings, not contradictions.
    for e in entries
        .iter()
        .filter(|e| !e.has_dated_roles() && !e.has(super::Tag::Contextual))
    {
        let Some(code) = e.roles.first().map(|r| r.code.as_str()).filter(|c| *c != "---") else {
            continue;
        };
        for name in &e.names {
            let k = (e.kind, key(name));
            match seen.get(&k) {
                Some((other, other_code)) if *other_code != code && other.id != e.id => {
                    if reported.insert((other.id, e.id)) {
                        out.push(Problem {
                            severity: Severity::Warning,
                            place: e.origin.to_string(),
                            message: format!(
                                "name {name:?} is {code} here but {other_code} at {} ({:?})",
                                other.origin,
                                other.name()
                            ),
                        });
                    }
                }
                Some(_) => {}
                None => {
                    seen.insert(k, (e, code));
                }
            }
        }
    }
}

fn coverage(lex: &ActorLexicon) -> Coverage {
    let mut c = Coverage {
        entries: lex.entries().len(),
        ..Coverage::default()
    };
    let mut countries = FxHashSet::default();
    for e in lex.entries() {
        c.names += e.names.len();
        match e.kind {
            Kind::Country => {
                if e.has(super::Tag::Metonym) {
                    c.metonyms += 1;
                } else if e.has(super::Tag::Demonym) {
                    c.demonyms += 1;
                } else if e.has(super::Tag::Place) {
                    c.places += 1;
                }
                for r in &e.roles {
                    if let Some(cc) = r.code.country() {
                        countries.insert(cc.to_string());
                    }
                }
            }
            Kind::Igo => c.igos += 1,
            Kind::Org => c.orgs += 1,
            Kind::Media => c.media += 1,
            Kind::Armed => c.armed_groups += 1,
            Kind::Person => {
                c.people += 1;
                if e.has_dated_roles() {
                    c.people_with_dated_roles += 1;
                }
            }
            Kind::Agent => c.agents += 1,
        }
        c.dated_roles += e.roles.iter().filter(|r| r.is_dated()).count();
    }
    c.countries = countries.len();
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(name: &str, text: &str) -> SourceFile {
        SourceFile {
            name: name.to_string(),
            text: text.to_string(),
        }
    }

    #[test]
    fn finds_contradictions_and_counts() {
        let base = [
            src(
                "codes.txt",
                "country USA x\ncountry RUS x\nsector GOV x\nsector ELI x\n",
            ),
            src(
                "p.txt",
                "!kind person\nA => USAGOV 2000-01-01..2010-01-01; RUSGOV 2005-01-01..\nB => USAGOV 2000-01-01..; \
                 USAGOVELI 2001-01-01..\n!kind org\nX => USAGOV\nX => RUSGOV\n!kind country\nRussia => RUS\nQ => QQQ\n",
            ),
        ];
        let report = check(&base, &[]);
        let msgs: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(report.errors(), 1, "{msgs:?}");
        assert!(msgs[0].starts_with("p.txt:9: error: unknown country"), "{msgs:?}");
        assert_eq!(report.warnings(), 2, "{msgs:?}");
        assert!(msgs
            .iter()
            .any(|m| m.starts_with("p.txt:2: warning") && m.contains("overlapping")));
        assert!(msgs
            .iter()
            .any(|m| m.starts_with("p.txt:6: warning") && m.contains("p.txt:5")));
        assert_eq!(report.coverage.people_with_dated_roles, 2);
        assert_eq!(report.coverage.countries, 1);
        assert_eq!(report.coverage.orgs, 2);
    }
}
