//! Converts the PETRARCH-2 CAMEO verb dictionary (MIT, Open Event Data Alliance) into dyad's
//! pattern format: `data/lexicon/events/petrarch2-synsets.pat` and `petrarch2-verbs.pat`.
//!
//! Run from the repository root:
//! `cargo run -p dyad-lexicon --example convert-petrarch [PETRARCH_DIR] [OUT_DIR]`
//! (defaults: `../shared/data/gazetteer/petrarch2-dictionaries`, `data/lexicon/events`).
//!
//! PETRARCH-2 patterns are `- PRE * POST [CODE]`: words before `*` constrain the subject, a bare
//! noun after `*` the object head, `{A B}` a phrase with head B, `(PREP NOUN)` an oblique, `+` the
//! target. Verb blocks share their patterns, so each block becomes a synonym set `&V_<BLOCK>`.
//! Patterns the dependency format cannot express (several pre-verb words, runs of bare words that
//! are not particle/preposition + noun, pre-compounded verbs) are skipped and counted; later
//! duplicates and conflicts of a pattern in the same block are dropped and counted.

use dyad_lexicon::events::{CameoCode, EventLexicon, Mode, Ontology};
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::PathBuf;

const SOURCE_FILE: &str = "CAMEO.2.0.txt";
const FLAT_FILE: &str = "CAMEO.verbpatterns.150430.txt";

#[derive(Default)]
struct Stats {
    patterns_in: usize,
    patterns_out: usize,
    bare_out: usize,
    skipped: BTreeMap<&'static str, usize>,
}

impl Stats {
    fn skip(&mut self, why: &'static str) {
        *self.skipped.entry(why).or_default() += 1;
    }
}

struct Grammar {
    particles: HashSet<String>,
    prepositions: HashSet<String>,
}

struct Block {
    name: String,
    code: Option<String>,
    /// (predicate term, own code, source line)
    verbs: Vec<(String, Option<String>, usize)>,
    /// (converted pattern body, code field, source line)
    patterns: Vec<(String, String, usize)>,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let source_dir = PathBuf::from(
        args.get(1)
            .map_or("../shared/data/gazetteer/petrarch2-dictionaries", String::as_str),
    );
    let out_dir = PathBuf::from(args.get(2).map_or("data/lexicon/events", String::as_str));
    let source_path = source_dir.join(SOURCE_FILE);
    let text = match std::fs::read_to_string(&source_path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{}: cannot read: {e}", source_path.display());
            std::process::exit(1);
        }
    };
    let grammar = match load_grammar(&out_dir) {
        Ok(grammar) => grammar,
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(1);
        }
    };
    let flat_path = source_dir.join(FLAT_FILE);
    let flat_text = match std::fs::read_to_string(&flat_path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{}: cannot read: {e}", flat_path.display());
            std::process::exit(1);
        }
    };
    let mut stats = Stats::default();
    let mut synsets = BTreeMap::new();
    let blocks = read_dictionary(&text, &grammar, &mut synsets, false, &mut stats);
    let synset_text = render_synsets(&synsets);
    let mut seen = HashSet::new();
    let verbs_text = render_blocks(&blocks, &synsets, "p2", "V", SOURCE_FILE, &mut seen, &mut stats);
    println!(
        "{SOURCE_FILE}: patterns read: {}; written: {} (+{} bare-verb lines)",
        stats.patterns_in, stats.patterns_out, stats.bare_out
    );
    let mut flat_stats = Stats::default();
    let flat_blocks = read_dictionary(&flat_text, &grammar, &mut synsets, true, &mut flat_stats);
    let flat_out = render_blocks(
        &flat_blocks,
        &synsets,
        "p1",
        "V1",
        FLAT_FILE,
        &mut seen,
        &mut flat_stats,
    );
    println!(
        "{FLAT_FILE}: patterns read: {}; written: {} (+{} bare-verb lines)",
        flat_stats.patterns_in, flat_stats.patterns_out, flat_stats.bare_out
    );
    for (why, n) in &flat_stats.skipped {
        println!("{FLAT_FILE}: skipped {n}: {why}");
    }
    for (name, body) in [
        ("petrarch2-synsets.pat", synset_text),
        ("petrarch2-verbs.pat", verbs_text),
        ("petrarch1-verbs.pat", flat_out),
    ] {
        let path = out_dir.join(name);
        if let Err(e) = std::fs::write(&path, body) {
            eprintln!("{}: cannot write: {e}", path.display());
            std::process::exit(1);
        }
    }
    println!("synonym sets: {}", synsets.len());
    println!("verb blocks: {}", blocks.len());
    for (why, n) in &stats.skipped {
        println!("{SOURCE_FILE}: skipped {n}: {why}");
    }
}

fn load_grammar(out_dir: &std::path::Path) -> Result<Grammar, String> {
    let path = out_dir.join("synsets.pat");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let lexicon = EventLexicon::from_texts(&[("synsets.pat", &text)], Mode::Strict)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
    let set = |name: &str| -> Result<HashSet<String>, String> {
        let terms = lexicon
            .synset(name)
            .ok_or_else(|| format!("{}: no synonym set {name}", path.display()))?;
        Ok(terms.iter().map(ToString::to_string).collect())
    };
    Ok(Grammar {
        particles: set("&PARTICLE")?,
        prepositions: set("&PREPOSITION")?,
    })
}

/// Lower-cases a PETRARCH word, drops trailing `_`, and maps a regular plural to its lemma.
fn lemma(word: &str, noun: bool) -> String {
    let word = word.trim_end_matches('_').to_lowercase();
    if !noun || word.contains('_') {
        return word.replace("__", "_");
    }
    singular(&word)
}

fn singular(word: &str) -> String {
    let keep = [
        "news",
        "series",
        "arms",
        "talks",
        "means",
        "species",
        "headquarters",
        "politics",
        "economics",
        "ties",
    ];
    if keep.contains(&word) {
        return match word {
            "talks" => "talk".into(),
            "ties" => "tie".into(),
            "arms" => "arm".into(),
            _ => word.into(),
        };
    }
    if word.len() > 4 && word.ends_with("ies") {
        return format!("{}y", &word[..word.len() - 3]);
    }
    for ending in ["sses", "xes", "ches", "shes"] {
        if word.len() > ending.len() + 1 && word.ends_with(ending) {
            return word[..word.len() - 2].to_string();
        }
    }
    if word.len() > 3 && word.ends_with('s') && !["ss", "us", "is", "os"].iter().any(|e| word.ends_with(e)) {
        return word[..word.len() - 1].to_string();
    }
    word.to_string()
}

fn is_word(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('_')
        && !text.ends_with('_')
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '\'' | '.'))
}

fn set_name(petrarch: &str) -> String {
    format!(
        "&P2_{}",
        petrarch
            .trim_start_matches('&')
            .trim_end_matches('_')
            .to_uppercase()
            .replace('-', "_")
    )
}

fn read_dictionary(
    text: &str,
    grammar: &Grammar,
    synsets: &mut BTreeMap<String, Vec<String>>,
    flat: bool,
    stats: &mut Stats,
) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut current_set: Option<String> = None;
    let mut in_verbs = false;
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        if raw.starts_with("####### VERB PATTERNS") {
            in_verbs = true;
            continue;
        }
        if raw.starts_with("######## TRANSFORMATIONS") {
            break;
        }
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if !in_verbs {
            if flat {
                continue;
            }
            if line.starts_with('&') {
                let name = set_name(line.split_whitespace().next().unwrap_or(""));
                synsets.entry(name.clone()).or_default();
                current_set = Some(name);
            } else if let (Some(member), Some(set)) = (line.strip_prefix('+'), &current_set) {
                let member = lemma(member.split_whitespace().next().unwrap_or(""), true);
                if is_word(&member) {
                    synsets.entry(set.clone()).or_default().push(member);
                }
            }
            continue;
        }
        if line.starts_with("---") {
            let inner = line.trim_matches('-').trim();
            let name = inner
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_matches('-')
                .to_string();
            let code = bracket_code(inner).filter(|c| c != "---");
            blocks.push(Block {
                name,
                code,
                verbs: Vec::new(),
                patterns: Vec::new(),
            });
            continue;
        }
        let Some(block) = blocks.last_mut() else { continue };
        if let Some(pattern) = line.strip_prefix('-') {
            stats.patterns_in += 1;
            let (body, code) = match pattern.rfind('[') {
                Some(i) => (
                    &pattern[..i],
                    pattern[i..].trim_matches(|c| c == '[' || c == ']' || c == ' '),
                ),
                None => {
                    stats.skip("pattern without [code]");
                    continue;
                }
            };
            let converted = if flat {
                convert_flat(body, grammar, synsets)
            } else {
                convert_pattern(body, grammar, synsets)
            };
            match converted {
                Ok(converted) => block.patterns.push((converted, code.to_string(), number)),
                Err(why) => stats.skip(why),
            }
        } else if !line.starts_with('~') {
            let word = line.split_whitespace().next().unwrap_or("");
            let own = bracket_code(line).filter(|c| c != "---");
            match verb_term(word, grammar) {
                Ok(term) => block.verbs.push((term, own, number)),
                Err(why) => stats.skip(why),
            }
        }
    }
    blocks
}

fn bracket_code(text: &str) -> Option<String> {
    let start = text.find('[')?;
    let end = text[start..].find(']')? + start;
    Some(text[start + 1..end].trim().to_string())
}

/// `FAIL` → `fail`; `+BREAK_DOWN` → `break_down`; `+WAGE_WAR` etc. are not particle verbs.
fn verb_term(word: &str, grammar: &Grammar) -> Result<String, &'static str> {
    let word = word.to_lowercase();
    if !word.contains('_') {
        let word = word.trim_start_matches('+').to_string();
        return if is_word(&word) {
            Ok(word)
        } else {
            Err("verb with unusual characters")
        };
    }
    let Some(rest) = word.strip_prefix('+') else {
        return Err("pre-compounded multi-word verb (WIRE_+TAP)");
    };
    let mut parts = rest.split('_');
    let verb = parts.next().unwrap_or("");
    let tail: Vec<&str> = parts.collect();
    if tail.iter().all(|w| grammar.particles.contains(*w)) && is_word(verb) {
        Ok(std::iter::once(verb).chain(tail).collect::<Vec<_>>().join("_"))
    } else {
        Err("multi-word verb that is not verb + particle (ASK_FOR, WAGE_WAR)")
    }
}

#[derive(Debug)]
enum Token {
    Word(String),
    Group(String, Option<String>),
    Target,
    Ignored,
}

fn tokens(text: &str, synsets: &BTreeMap<String, Vec<String>>) -> Result<Vec<Token>, &'static str> {
    let mut out = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let (token, after) = if rest.starts_with('(') {
            let end = rest.find(')').ok_or("unbalanced parenthesis")?;
            (&rest[..=end], &rest[end + 1..])
        } else if rest.starts_with('{') {
            let end = rest.find('}').ok_or("unbalanced brace")?;
            (&rest[..=end], &rest[end + 1..])
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            (&rest[..end], &rest[end..])
        };
        rest = after.trim_start();
        out.push(match token {
            "+" => Token::Target,
            "$" | "%" | "^" => Token::Ignored,
            t if t.starts_with('(') => {
                let inner: Vec<&str> = t.trim_matches(|c| c == '(' || c == ')').split_whitespace().collect();
                let prep = inner.first().ok_or("empty prepositional phrase")?.to_lowercase();
                if !prep.chars().all(|c| c.is_ascii_lowercase()) {
                    return Err("preposition with unusual characters");
                }
                let noun = &inner[1..];
                let noun = match noun {
                    [] => None,
                    ["+"] => Some("+".to_string()),
                    words => Some(noun_lex(&words.join(" "), synsets)?),
                };
                Token::Group(prep, noun)
            }
            t => Token::Word(noun_lex(t, synsets)?),
        });
    }
    Ok(out)
}

/// `AID` → `aid`; `{ECONOMIC AID}` → `economic_aid`; `&FOOD` → `&P2_FOOD`; `{&MILITARY AID}` → not expressible.
fn noun_lex(text: &str, synsets: &BTreeMap<String, Vec<String>>) -> Result<String, &'static str> {
    let inner = text.trim_matches(|c| c == '{' || c == '}').trim();
    let words: Vec<&str> = inner.split_whitespace().collect();
    if let [single] = words[..] {
        if single.starts_with('&') {
            let name = set_name(single);
            return if synsets.contains_key(&name) {
                Ok(name)
            } else {
                Err("undefined PETRARCH synonym set")
            };
        }
        let word = lemma(single, true);
        return if is_word(&word) {
            Ok(word)
        } else {
            Err("word with unusual characters")
        };
    }
    if words.contains(&"+") {
        return Err("phrase containing a target marker");
    }
    let last = words.len().saturating_sub(1);
    if let [set, rest @ ..] = &words[..] {
        if set.starts_with('&') && !rest.is_empty() && !rest.iter().any(|w| w.starts_with('&')) {
            // `{&MILITARY AID}` → `army_aid|troop_aid|...`: one phrase per set member.
            let members = synsets.get(&set_name(set)).ok_or("undefined PETRARCH synonym set")?;
            let tail: Vec<String> = rest
                .iter()
                .enumerate()
                .map(|(i, w)| lemma(w, i + 1 == rest.len()))
                .collect();
            let tail = tail.join("_");
            let mut alternatives: Vec<String> = members.iter().map(|m| format!("{m}_{tail}")).collect();
            alternatives.dedup();
            return if alternatives.iter().all(|a| is_word(a)) && !alternatives.is_empty() {
                Ok(alternatives.join("|"))
            } else {
                Err("phrase with unusual characters")
            };
        }
    }
    if words.iter().any(|w| w.starts_with('&')) {
        return Err("phrase with a synonym set that is not its first word");
    }
    let phrase: Vec<String> = words.iter().enumerate().map(|(i, w)| lemma(w, i == last)).collect();
    let phrase = phrase.join("_");
    if is_word(&phrase) {
        Ok(phrase)
    } else {
        Err("phrase with unusual characters")
    }
}

fn convert_pattern(
    body: &str,
    grammar: &Grammar,
    synsets: &BTreeMap<String, Vec<String>>,
) -> Result<String, &'static str> {
    let (pre, post) = body.split_once('*').ok_or("pattern without `*`")?;
    let mut slots: Vec<String> = Vec::new();
    let pre = tokens(pre, synsets)?;
    let pre: Vec<&Token> = pre.iter().filter(|t| !matches!(t, Token::Ignored)).collect();
    match pre[..] {
        [] => {}
        [Token::Word(w)] => slots.push(format!("nsubj={w}")),
        [Token::Target] => return Err("passive target before the verb"),
        _ => return Err("several words before the verb"),
    }
    let mut target: Option<String> = None;
    let mut has_obj = false;
    let mut open_prep: Option<String> = None;
    let mut last_rel: Option<String> = None;
    let post = tokens(post, synsets)?;
    for (i, token) in post.iter().enumerate() {
        match token {
            Token::Ignored => {}
            Token::Target => {
                if let Some(prep) = open_prep.take() {
                    slots.push(format!("obl:{prep}=*"));
                    target = Some(format!("obl:{prep}"));
                } else if let Some(rel) = &last_rel {
                    if rel.starts_with("obl:") {
                        target = Some(rel.clone());
                    }
                } else if i + 1 == post.len() {
                    target = Some("obj".into());
                }
            }
            Token::Group(prep, noun) => {
                if open_prep.is_some() {
                    return Err("preposition followed by a prepositional phrase");
                }
                let rel = format!("obl:{prep}");
                match noun.as_deref() {
                    Some("+") => {
                        slots.push(format!("{rel}=*"));
                        target = Some(rel.clone());
                    }
                    Some(lex) => slots.push(format!("{rel}={lex}")),
                    None => slots.push(format!("{rel}=*")),
                }
                last_rel = Some(rel);
            }
            Token::Word(word) => {
                if let Some(prep) = open_prep.take() {
                    let rel = format!("obl:{prep}");
                    slots.push(format!("{rel}={word}"));
                    last_rel = Some(rel);
                } else if !has_obj
                    && last_rel.is_none()
                    && grammar.particles.contains(word)
                    && i + 1 < post.len()
                    && slots.iter().all(|s| s.starts_with("nsubj"))
                    && !grammar.prepositions.contains(word)
                {
                    slots.push(format!("prt={word}"));
                } else if grammar.prepositions.contains(word) {
                    open_prep = Some(word.clone());
                } else if !has_obj && last_rel.is_none() {
                    slots.push(format!("obj={word}"));
                    has_obj = true;
                    last_rel = Some("obj".into());
                } else {
                    return Err("several bare nouns after the verb");
                }
            }
        }
    }
    if let Some(prep) = open_prep {
        slots.push(format!("obl:{prep}=*"));
    }
    let mut body = slots.join(" ");
    if let Some(target) = target {
        body.push_str(&format!("\ttarget={target}"));
    }
    Ok(body)
}

/// TABARI-style flat patterns (CAMEO.verbpatterns): only the shape
/// `* [PARTICLE] [WORD [WORD]] [PREP (WORD | &SET | +)] [+]` with nothing before the verb.
fn convert_flat(
    body: &str,
    grammar: &Grammar,
    synsets: &BTreeMap<String, Vec<String>>,
) -> Result<String, &'static str> {
    let (pre, post) = body.split_once('*').ok_or("pattern without `*`")?;
    if pre.split_whitespace().any(|t| !matches!(t, "$" | "%" | "^")) {
        return Err("flat pattern with words before the verb");
    }
    let words: Vec<&str> = post
        .split_whitespace()
        .filter(|t| !matches!(*t, "$" | "%" | "^"))
        .collect();
    if words.iter().any(|w| w.contains(['(', ')', '{', '}'])) {
        return Err("flat pattern with brackets");
    }
    let lower = |w: &str| w.to_lowercase();
    let mut i = 0;
    let mut slots = Vec::new();
    let mut target = None;
    if words.len() > 1
        && grammar.particles.contains(&lower(words[0]))
        && !grammar.prepositions.contains(&lower(words[0]))
    {
        slots.push(format!("prt={}", lower(words[0])));
        i = 1;
    }
    let object: Vec<&str> = words[i..]
        .iter()
        .copied()
        .take_while(|w| *w != "+" && !grammar.prepositions.contains(&lower(w)))
        .collect();
    i += object.len();
    match object.len() {
        0 => {}
        1 => slots.push(format!("obj={}", noun_lex(object[0], synsets)?)),
        _ => return Err("flat pattern with a long word run"),
    }
    if let Some(prep) = words.get(i).filter(|w| grammar.prepositions.contains(&lower(w))) {
        let rel = format!("obl:{}", lower(prep));
        i += 1;
        match words.get(i) {
            None => slots.push(format!("{rel}=*")),
            Some(&"+") => {
                slots.push(format!("{rel}=*"));
                target = Some(rel);
                i += 1;
            }
            Some(word) => {
                slots.push(format!("{rel}={}", noun_lex(word, synsets)?));
                i += 1;
            }
        }
    }
    if words.get(i) == Some(&"+") && target.is_none() && slots.iter().all(|s| s.starts_with("prt")) {
        target = Some("obj".to_string());
        i += 1;
    }
    if i != words.len() {
        return Err("flat pattern too complex for a dependency pattern");
    }
    if slots.is_empty() && target.is_none() {
        return Err("flat pattern with no words after the verb");
    }
    let mut body = slots.join(" ");
    if let Some(target) = target {
        body.push_str(&format!("\ttarget={target}"));
    }
    Ok(body)
}

fn render_synsets(synsets: &BTreeMap<String, Vec<String>>) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "# Synonym sets converted from CAMEO.2.0.txt (names prefixed &P2_; plural forms reduced to lemmas).\n\n",
    );
    for (name, members) in synsets {
        let mut seen = HashSet::new();
        let members: Vec<&String> = members.iter().filter(|m| seen.insert(m.as_str())).collect();
        if members.is_empty() {
            continue;
        }
        let members: Vec<&str> = members.iter().map(|m| m.as_str()).collect();
        let _ = writeln!(out, "{name} = {}", members.join(" "));
    }
    out
}

/// Writes the blocks of one source file. `seen` holds (verb, slots) keys already written by an
/// earlier file: a pattern whose verbs all have it already is dropped.
fn render_blocks(
    blocks: &[Block],
    synsets: &BTreeMap<String, Vec<String>>,
    prefix: &str,
    set_prefix: &str,
    source: &str,
    seen_keys: &mut HashSet<String>,
    stats: &mut Stats,
) -> String {
    let ontology = Ontology::embedded();
    let valid = |code: &str| CameoCode::parse(code).is_some_and(|c| ontology.contains(c));
    let mut out = String::from(HEADER).replace("CAMEO.2.0.txt", source);
    let _ = writeln!(
        out,
        "# Verb patterns converted from {source}; `# L<n>` is the source line."
    );
    let mut used_names = HashSet::new();
    for block in blocks {
        let mut verbs: Vec<&(String, Option<String>, usize)> = Vec::new();
        let mut seen = HashSet::new();
        for verb in &block.verbs {
            if seen.insert(verb.0.clone()) {
                verbs.push(verb);
            }
        }
        if verbs.is_empty() {
            continue;
        }
        let mut base = block
            .name
            .to_lowercase()
            .replace(|c: char| !c.is_ascii_alphanumeric(), "_");
        while !used_names.insert(base.clone()) {
            base.push('_');
        }
        let set = format!("&{set_prefix}_{}", base.to_uppercase());
        let _ = writeln!(
            out,
            "\n# --- {} [{}] ---",
            block.name,
            block.code.as_deref().unwrap_or("---")
        );
        let members: Vec<&str> = verbs.iter().map(|v| v.0.as_str()).collect();
        let _ = writeln!(out, "{set} = {}", members.join(" "));
        // Bare verbs: one line per code.
        let mut by_code: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for (term, own, _) in &verbs {
            if let Some(code) = own.as_ref().or(block.code.as_ref()) {
                by_code.entry(code.clone()).or_default().push(term);
            }
        }
        for (k, (code, terms)) in by_code.iter().enumerate() {
            if !valid(code) {
                stats.skip("bare verb code not in the ontology");
                continue;
            }
            let fresh: Vec<&str> = terms
                .iter()
                .copied()
                .filter(|t| seen_keys.insert(format!("{t} bare")))
                .collect();
            if fresh.is_empty() {
                stats.skip("bare verb already converted");
                continue;
            }
            let _ = writeln!(out, "{prefix}.{base}.v{} {}/v -> {code}", k + 1, fresh.join("|"));
            stats.bare_out += 1;
        }
        let mut keys = HashSet::new();
        for (n, (body, code_field, line)) in block.patterns.iter().enumerate() {
            let (forward, reverse) = match code_field.split_once(':') {
                Some((a, b)) => (a.trim(), Some(b.trim())),
                None => (code_field.trim(), None),
            };
            let code = if forward.is_empty() || forward == "---" {
                "---"
            } else {
                forward
            };
            if code != "---" && !valid(code) {
                stats.skip("pattern code not in the ontology");
                continue;
            }
            let mut attrs = String::new();
            if let Some(reverse) = reverse.filter(|r| !r.is_empty() && *r != "---") {
                if !valid(reverse) {
                    stats.skip("reciprocal code not in the ontology");
                    continue;
                }
                if reverse == code {
                    attrs.push_str(" recip");
                } else {
                    let _ = write!(attrs, " recip={reverse}");
                }
            }
            let (slots, target) = match body.split_once('\t') {
                Some((slots, target)) => (slots, format!(" {target}")),
                None => (body.as_str(), String::new()),
            };
            if !keys.insert(format!("{slots}{target}")) {
                stats.skip("duplicate or conflicting pattern in the same block");
                continue;
            }
            if slots.split_whitespace().any(|s| {
                s.split('=')
                    .nth(1)
                    .is_some_and(|l| l.starts_with('&') && !synsets.contains_key(l))
            }) {
                stats.skip("undefined PETRARCH synonym set");
                continue;
            }
            let mut fresh = false;
            for verb in &members {
                fresh |= seen_keys.insert(format!("{verb} {slots}{target}"));
            }
            if !fresh {
                stats.skip("pattern already converted for every verb of the block");
                continue;
            }
            let slots = if slots.is_empty() {
                String::new()
            } else {
                format!(" {slots}")
            };
            let _ = writeln!(
                out,
                "{prefix}.{base}.{} {set}/v{slots} -> {code}{target}{attrs}  # L{line}",
                n + 1
            );
            stats.patterns_out += 1;
        }
    }
    out
}

const HEADER: &str = "# GENERATED by `cargo run -p dyad-lexicon --example convert-petrarch`: do not edit by hand;\n\
# curate in verbs.pat / nominal.pat / complement.pat / rejection.pat instead (same ids override).\n\
# Source: PETRARCH-2 CAMEO verb dictionary CAMEO.2.0.txt, openeventdata/petrarch2 @676801cd,\n\
# Copyright (c) 2015 Open Event Data Alliance, MIT License (see NOTICE).\n";
