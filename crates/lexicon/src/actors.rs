//! Actor lexicon: countries, organisations, people with dated roles, agents (roles → sectors).
//! Files live in `data/lexicon/actors/` (format in its README.md) and are embedded in the binary;
//! a user directory extends or overrides them. [`ActorLexicon::find`] matches names in tokens.

pub mod check;
pub mod code;
pub mod date;
mod embedded;
pub mod entry;
pub mod geonames;
pub mod matcher;
pub mod normalize;
pub mod parse;
pub mod phoenix;

pub use check::{check, CheckReport, Coverage, Problem, Severity};
pub use code::{Code, CodeTable, HeadKind, PartKind};
pub use date::Date;
pub use entry::{Entry, Kind, Origin, Role, Tag};
pub use parse::LexiconError;

use matcher::Matcher;
use rustc_hash::FxHashMap;
use std::path::Path;

/// One lexicon source file: its name and text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// A match of a lexicon name on tokens `start..end`.
#[derive(Debug, Clone, Copy)]
pub struct Match<'a> {
    pub start: usize,
    pub end: usize,
    pub entry: &'a Entry,
}

/// The loaded actor lexicon: code table, entries and the compiled matcher.
#[derive(Debug, Clone)]
pub struct ActorLexicon {
    codes: CodeTable,
    entries: Vec<Entry>,
    matcher: Matcher,
    /// The last word of every multiword person name → the people with that surname.
    surnames: FxHashMap<String, Vec<u32>>,
}

/// The name of the code table file in a lexicon directory.
pub const CODES_FILE: &str = "codes.txt";

impl ActorLexicon {
    /// The lexicon embedded in the binary.
    pub fn embedded() -> ActorLexicon {
        let (lex, _errors) = Self::build(&embedded::sources(), &[]);
        lex
    }

    /// The embedded lexicon extended (and overridden) by the `.txt` files of `dir`. Any problem in
    /// `dir` is an error listing them all.
    pub fn load(dir: &Path) -> Result<ActorLexicon, Vec<LexiconError>> {
        let user = read_dir(dir)?;
        let (lex, errors) = Self::build(&embedded::sources(), &user);
        if errors.is_empty() {
            Ok(lex)
        } else {
            Err(errors)
        }
    }

    /// Like [`ActorLexicon::load`], but skips bad lines and unreadable files and returns their errors.
    pub fn load_lenient(dir: &Path) -> (ActorLexicon, Vec<LexiconError>) {
        match read_dir(dir) {
            Ok(user) => Self::build(&embedded::sources(), &user),
            Err(errors) => (Self::embedded(), errors),
        }
    }

    /// Builds a lexicon from base files and user files (later files override earlier ones: an entry
    /// of the same kind with the same canonical name in a later file replaces the earlier entry).
    pub fn build(base: &[SourceFile], user: &[SourceFile]) -> (ActorLexicon, Vec<LexiconError>) {
        let mut errors = Vec::new();
        let mut code_text = String::new();
        for f in base
            .iter()
            .chain(user)
            .filter(|f| f.name == CODES_FILE || f.name.ends_with("/codes.txt"))
        {
            code_text.push_str(&f.text);
            code_text.push('\n');
        }
        let codes = match CodeTable::parse(&code_text, CODES_FILE) {
            Ok(c) => c,
            Err(errs) => {
                errors.extend(errs.into_iter().map(|message| LexiconError {
                    file: CODES_FILE.into(),
                    line: 0,
                    message,
                }));
                CodeTable::default()
            }
        };
        let mut parsed: Vec<(usize, Entry)> = Vec::new();
        for (file_index, f) in base.iter().chain(user).enumerate() {
            if f.name == CODES_FILE || f.name.ends_with("/codes.txt") {
                continue;
            }
            let (entries, errs) = parse::parse_file(&f.text, &f.name, &codes);
            errors.extend(errs);
            parsed.extend(entries.into_iter().map(|e| (file_index, e)));
        }
        let mut last_file: FxHashMap<(Kind, Vec<String>), usize> = FxHashMap::default();
        for (fi, e) in &parsed {
            let slot = last_file.entry((e.kind, normalize::key(e.name()))).or_insert(*fi);
            *slot = (*slot).max(*fi);
        }
        let mut entries = Vec::with_capacity(parsed.len());
        for (fi, mut e) in parsed {
            if last_file.get(&(e.kind, normalize::key(e.name()))) == Some(&fi) {
                e.id = entries.len() as u32;
                entries.push(e);
            }
        }
        let mut matcher = Matcher::new();
        let mut surnames: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        for e in &entries {
            for name in &e.names {
                matcher.insert(name, e.id);
                let words = normalize::key(name);
                if e.kind == Kind::Person && words.len() > 1 {
                    let ids = surnames.entry(words[words.len() - 1].clone()).or_default();
                    if !ids.contains(&e.id) {
                        ids.push(e.id);
                    }
                }
            }
        }
        (
            ActorLexicon {
                codes,
                entries,
                matcher,
                surnames,
            },
            errors,
        )
    }

    /// All lexicon matches in `tokens`, leftmost-longest and non-overlapping; one [`Match`] per entry
    /// sharing the matched name.
    pub fn find(&self, tokens: &[&str]) -> Vec<Match<'_>> {
        self.matcher
            .find(tokens)
            .into_iter()
            .map(|m| Match {
                start: m.start,
                end: m.end,
                entry: &self.entries[m.entry as usize],
            })
            .collect()
    }

    /// The person a lone surname ("Museveni") names at `date`: among the people whose name ends
    /// with it, those holding a dated role at the date; `None` unless they all have the same code
    /// (several namesakes in different offices are ambiguous).
    pub fn by_surname(&self, token: &str, date: Date) -> Option<&Entry> {
        let key = normalize::key(token);
        let [word] = key.as_slice() else { return None };
        let mut found: Option<(&Entry, &Code)> = None;
        for &id in self.surnames.get(word)? {
            let e = &self.entries[id as usize];
            let Some(role) = e.role_at(date).filter(|r| r.is_dated()) else {
                continue;
            };
            match found {
                None => found = Some((e, &role.code)),
                Some((_, code)) if *code == role.code => {}
                Some(_) => return None,
            }
        }
        found.map(|(e, _)| e)
    }

    /// Every entry, in load order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with this id.
    pub fn entry(&self, id: u32) -> Option<&Entry> {
        self.entries.get(id as usize)
    }

    /// The table of known code parts.
    pub fn codes(&self) -> &CodeTable {
        &self.codes
    }

    /// Number of trie nodes in the matcher (a size figure).
    pub fn matcher_nodes(&self) -> usize {
        self.matcher.nodes()
    }
}

/// The embedded lexicon files.
pub fn embedded_sources() -> Vec<SourceFile> {
    embedded::sources()
}

/// Reads every `*.txt` file under `dir` (recursively, sorted by path) as a lexicon source.
pub fn read_dir(dir: &Path) -> Result<Vec<SourceFile>, Vec<LexiconError>> {
    let mut paths = Vec::new();
    let mut errors = Vec::new();
    collect(dir, &mut paths, &mut errors);
    paths.sort();
    let mut out = Vec::new();
    for p in paths {
        let name = p.strip_prefix(dir).unwrap_or(&p).to_string_lossy().replace('\\', "/");
        match std::fs::read_to_string(&p) {
            Ok(text) => out.push(SourceFile {
                name: format!("{}/{name}", dir.display()),
                text,
            }),
            Err(e) => errors.push(LexiconError {
                file: p.display().to_string().into(),
                line: 0,
                message: e.to_string(),
            }),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>, errors: &mut Vec<LexiconError>) {
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push(LexiconError {
                file: dir.display().to_string().into(),
                line: 0,
                message: e.to_string(),
            });
            return;
        }
    };
    for ent in rd.flatten() {
        let p = ent.path();
        if p.is_dir() {
            collect(&p, out, errors);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}
