//! The compiled matcher: a trie over token ids built from every lexicon name, finding the
//! leftmost-longest matches in a token sequence.

use super::normalize::{fold, key, pieces};
use rustc_hash::FxHashMap;

/// One match: tokens `start..end` of the input name entry `entry` (an index into the lexicon).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawMatch {
    pub start: usize,
    pub end: usize,
    pub entry: u32,
}

#[derive(Debug, Clone, Copy)]
struct Terminal {
    entry: u32,
    /// Written as an acronym ("US", "UN"): the text must not be lowercase.
    acronym: bool,
}

/// A trie over normalized token pieces.
#[derive(Debug, Default, Clone)]
pub struct Matcher {
    vocab: FxHashMap<Box<str>, u32>,
    edges: FxHashMap<u64, u32>,
    terminals: Vec<Vec<Terminal>>,
}

const NO_TOKEN: u32 = u32::MAX;

impl Matcher {
    /// An empty matcher (one root node).
    pub fn new() -> Matcher {
        Matcher {
            vocab: FxHashMap::default(),
            edges: FxHashMap::default(),
            terminals: vec![Vec::new()],
        }
    }

    /// Adds a name of entry `entry`.
    pub fn insert(&mut self, name: &str, entry: u32) {
        let acronym = is_acronym(name);
        let mut node = 0u32;
        for piece in key(name) {
            let next_id = self.vocab.len() as u32;
            let tok = *self.vocab.entry(piece.into_boxed_str()).or_insert(next_id);
            let edge = (u64::from(node) << 32) | u64::from(tok);
            node = match self.edges.get(&edge) {
                Some(&n) => n,
                None => {
                    let n = self.terminals.len() as u32;
                    self.terminals.push(Vec::new());
                    self.edges.insert(edge, n);
                    n
                }
            };
        }
        if node != 0
            && !self.terminals[node as usize]
                .iter()
                .any(|t| t.entry == entry && t.acronym == acronym)
        {
            self.terminals[node as usize].push(Terminal { entry, acronym });
        }
    }

    /// Number of trie nodes.
    pub fn nodes(&self) -> usize {
        self.terminals.len()
    }

    /// Leftmost-longest, non-overlapping matches; every entry sharing the matched name is reported
    /// (in entry order), so the caller can choose by date and kind.
    pub fn find(&self, tokens: &[&str]) -> Vec<RawMatch> {
        let mut ids: Vec<(u32, u32)> = Vec::with_capacity(tokens.len() + 4);
        for (i, tok) in tokens.iter().enumerate() {
            let folded = fold(tok);
            pieces(&folded, |p| {
                ids.push((self.vocab.get(p).copied().unwrap_or(NO_TOKEN), i as u32))
            });
        }
        let mut out = Vec::new();
        let mut i = 0;
        while i < ids.len() {
            let (mut node, mut best) = (0u32, None);
            let mut j = i;
            while j < ids.len() {
                let tok = ids[j].0;
                if tok == NO_TOKEN {
                    break;
                }
                match self.edges.get(&((u64::from(node) << 32) | u64::from(tok))) {
                    Some(&n) => node = n,
                    None => break,
                }
                j += 1;
                if !self.terminals[node as usize].is_empty() {
                    best = Some((node, j));
                }
            }
            let Some((node, j)) = best else {
                i += 1;
                continue;
            };
            let (start, end) = (ids[i].1 as usize, ids[j - 1].1 as usize + 1);
            let mut any = false;
            for t in &self.terminals[node as usize] {
                if t.acronym && tokens[start..end].iter().all(|s| s.chars().any(char::is_lowercase)) {
                    continue;
                }
                any = true;
                if !out
                    .iter()
                    .any(|m: &RawMatch| m.start == start && m.end == end && m.entry == t.entry)
                {
                    out.push(RawMatch {
                        start,
                        end,
                        entry: t.entry,
                    });
                }
            }
            if any {
                i = j;
            } else {
                i += 1;
            }
        }
        out
    }
}

/// A name written in capitals without lowercase letters ("US", "UN", "NATO") is an acronym: it
/// does not match lowercase text ("us").
fn is_acronym(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !name.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_first() {
        let mut m = Matcher::new();
        m.insert("South Korea", 0);
        m.insert("Korea", 1);
        m.insert("foreign minister", 2);
        m.insert("US", 3);
        let toks = ["South", "Korea's", "foreign", "minister", "told", "us"];
        let found = m.find(&toks);
        assert_eq!(
            found,
            [
                RawMatch {
                    start: 0,
                    end: 2,
                    entry: 0
                },
                RawMatch {
                    start: 2,
                    end: 4,
                    entry: 2
                }
            ]
        );
        assert_eq!(
            m.find(&["the", "US"]),
            [RawMatch {
                start: 1,
                end: 2,
                entry: 3
            }]
        );
        assert_eq!(
            m.find(&["north", "korea"]),
            [RawMatch {
                start: 1,
                end: 2,
                entry: 1
            }]
        );
    }
}
