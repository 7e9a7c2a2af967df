//! Suffix-rewrite rules for words the lemmatizer has not seen: "strip k characters, append s",
//! chosen by the longest known suffix of the word under its XPOS tag.

use crate::tagger::hash::{self, mix};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// The longest suffix (in characters) rules are keyed on.
pub const MAX_SUFFIX: usize = 8;

/// A rewrite of the end of a word: drop `strip` characters, then append `append`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Rule {
    pub strip: u16,
    pub append: String,
}

impl Rule {
    /// The rule turning `from` into `to` (character-wise, after their common prefix).
    pub fn between(from: &[char], to: &str) -> Rule {
        let to: Vec<char> = to.chars().collect();
        let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
        Rule {
            strip: (from.len() - common).min(usize::from(u16::MAX)) as u16,
            append: to[common..].iter().collect(),
        }
    }

    /// Applies the rule to `word`; `None` when it would strip more than the word or leave nothing.
    pub fn apply(&self, word: &[char]) -> Option<String> {
        let keep = word.len().checked_sub(usize::from(self.strip))?;
        if keep == 0 && self.append.is_empty() {
            return None;
        }
        let mut out: String = word[..keep].iter().collect();
        out.push_str(&self.append);
        Some(out)
    }
}

/// The key of a (tag id, suffix) pair.
fn key(tag: u16, suffix: &[char]) -> u64 {
    mix(u64::from(tag) + 1, hash::chars(suffix.iter().copied()))
}

/// Rules by (tag, suffix), serialized as sorted (key, rule id) pairs.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "RulesData", into = "RulesData")]
pub struct Rules {
    rules: Vec<Rule>,
    by_suffix: FxHashMap<u64, u32>,
}

#[derive(Serialize, Deserialize)]
struct RulesData {
    rules: Vec<Rule>,
    by_suffix: Vec<(u64, u32)>,
}

impl From<RulesData> for Rules {
    fn from(d: RulesData) -> Rules {
        let n = d.rules.len() as u32;
        Rules {
            rules: d.rules,
            by_suffix: d.by_suffix.into_iter().filter(|&(_, r)| r < n).collect(),
        }
    }
}

impl From<Rules> for RulesData {
    fn from(r: Rules) -> RulesData {
        let mut by_suffix: Vec<(u64, u32)> = r.by_suffix.into_iter().collect();
        by_suffix.sort_unstable();
        RulesData {
            rules: r.rules,
            by_suffix,
        }
    }
}

impl Rules {
    /// Learns rules from (tag id, word as cased for lemmatization, lemma) examples.
    pub fn learn<'a>(examples: impl Iterator<Item = (u16, &'a [char], &'a str)>) -> Rules {
        let mut counts: FxHashMap<(u16, Vec<char>), FxHashMap<Rule, usize>> = FxHashMap::default();
        for (tag, word, lemma) in examples {
            let rule = Rule::between(word, lemma);
            for k in usize::from(rule.strip)..=MAX_SUFFIX.min(word.len()) {
                let suffix = word[word.len() - k..].to_vec();
                *counts
                    .entry((tag, suffix))
                    .or_default()
                    .entry(rule.clone())
                    .or_default() += 1;
            }
        }
        // The best rule of each (tag, suffix); ties go to the smaller rule, for determinism.
        let best: FxHashMap<(u16, Vec<char>), Rule> = counts
            .into_iter()
            .map(|(k, rules)| {
                let top = rules
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                    .expect("counted")
                    .0;
                (k, top)
            })
            .collect();
        let mut keys: Vec<&(u16, Vec<char>)> = best.keys().collect();
        keys.sort_unstable();
        let mut rule_ids: FxHashMap<Rule, u32> = FxHashMap::default();
        let mut out = Rules::default();
        for k in keys {
            let rule = &best[k];
            // Drop an entry when the next shorter known suffix would choose the same rule.
            let (tag, suffix) = k;
            let fallback = (1..=suffix.len())
                .map(|cut| &suffix[cut..])
                .find_map(|shorter| best.get(&(*tag, shorter.to_vec())));
            if fallback == Some(rule) {
                continue;
            }
            let next = out.rules.len() as u32;
            let id = *rule_ids.entry(rule.clone()).or_insert_with(|| {
                out.rules.push(rule.clone());
                next
            });
            out.by_suffix.insert(key(*tag, suffix), id);
        }
        out
    }

    /// Applies the rule of the longest known suffix of `word` under `tag`.
    pub fn apply(&self, tag: u16, word: &[char]) -> Option<String> {
        (0..=MAX_SUFFIX.min(word.len())).rev().find_map(|k| {
            let id = self.by_suffix.get(&key(tag, &word[word.len() - k..]))?;
            self.rules.get(*id as usize)?.apply(word)
        })
    }

    /// Number of (tag, suffix) entries.
    pub fn len(&self) -> usize {
        self.by_suffix.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn rules_rewrite_suffixes() {
        let r = Rule::between(&chars("fired"), "fire");
        assert_eq!(
            r,
            Rule {
                strip: 1,
                append: String::new()
            }
        );
        assert_eq!(r.apply(&chars("test-fired")).as_deref(), Some("test-fire"));
        let r = Rule::between(&chars("was"), "be");
        assert_eq!(r.apply(&chars("was")).as_deref(), Some("be"));
        assert_eq!(
            Rule {
                strip: 2,
                append: String::new()
            }
            .apply(&chars("ab")),
            None
        );
    }
}
