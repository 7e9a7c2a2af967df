//! Splits one chunk of text without whitespace into tokens, following UD English (EWT):
//! punctuation apart, clitics apart ("do" "n't", "Japan" "'s"), hyphenated words split at the
//! hyphen except after prefixes ("e-mail") and in phone numbers; abbreviations ("U.S.", "Gen."),
//! numbers ("3,202.61", "5:30"), URLs and e-mail addresses kept whole.

use crate::lists::{contains_lower, lists, lower, MAX_WORD};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A run of letters, digits and underscores.
    Word,
    /// A run of one punctuation or symbol character (or of sentence-final `.!?` marks).
    Punct,
}

/// A piece of a chunk: a byte range of the text and its kind.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Atom {
    start: usize,
    end: usize,
    kind: Kind,
}

/// Appends the byte ranges of the tokens of `text[start..end]` (which holds no whitespace) to
/// `out`. `atoms` is scratch space reused between calls.
pub(crate) fn split_chunk(text: &str, start: usize, end: usize, atoms: &mut Vec<Atom>, out: &mut Vec<(usize, usize)>) {
    if let Some(len) = trailing_emoticon(&text[start..end]) {
        split_chunk(text, start, end - len, atoms, out);
        out.push((end - len, end));
        return;
    }
    match find_url(&text[start..end]) {
        Some((a, b)) => {
            split_plain(text, start, start + a, atoms, out);
            out.push((start + a, start + b));
            split_plain(text, start + b, end, atoms, out);
        }
        None => split_plain(text, start, end, atoms, out),
    }
}

/// The byte length of an emoticon that is the whole chunk or ends it right after a letter or digit.
fn trailing_emoticon(chunk: &str) -> Option<usize> {
    let last = chunk.chars().next_back()?;
    let emoticons = &lists().emoticons;
    if !emoticons.iter().any(|e| e.ends_with(last)) {
        return None;
    }
    let e = emoticons.iter().find(|e| chunk.ends_with(**e))?;
    let before = &chunk[..chunk.len() - e.len()];
    (before.is_empty() || before.ends_with(char::is_alphanumeric)).then_some(e.len())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || ('\u{300}'..='\u{36f}').contains(&c)
}

fn is_sentence_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '`')
}

/// Breaks `text[start..end]` into atoms.
fn atomize(text: &str, start: usize, end: usize, atoms: &mut Vec<Atom>) {
    atoms.clear();
    let mut prev: Option<char> = None;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        let kind = if is_word_char(c) { Kind::Word } else { Kind::Punct };
        if let (Some(last), Some(p)) = (atoms.last_mut(), prev) {
            let extend = match kind {
                Kind::Word => last.kind == Kind::Word,
                Kind::Punct => {
                    last.kind == Kind::Punct
                        && (p == c || (is_sentence_mark(p) && is_sentence_mark(c)) || (p == '‘' && c == '’'))
                }
            };
            if extend {
                last.end = at + c.len_utf8();
                prev = Some(c);
                continue;
            }
        }
        atoms.push(Atom {
            start: at,
            end: at + c.len_utf8(),
            kind,
        });
        prev = Some(c);
    }
}

/// The single character of a one-character punctuation atom.
fn single_punct(text: &str, atom: Atom) -> Option<char> {
    if atom.kind != Kind::Punct {
        return None;
    }
    let mut chars = text[atom.start..atom.end].chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

fn split_plain(text: &str, start: usize, end: usize, atoms: &mut Vec<Atom>, out: &mut Vec<(usize, usize)>) {
    if start >= end {
        return;
    }
    atomize(text, start, end, atoms);
    let a = &atoms[..];
    let mut i = 0;
    while i < a.len() {
        let next_word = a
            .get(i + 1)
            .filter(|next| next.kind == Kind::Word)
            .map(|next| &text[next.start..next.end]);
        let starts_word = a[i].kind == Kind::Word
            || match (single_punct(text, a[i]), next_word) {
                (Some(c), Some(w)) if is_apostrophe(c) => apostrophe_word(w),
                // a file extension opening the chunk: ".doc"
                (Some('.'), Some(w)) => i == 0 && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_alphabetic()),
                // a hashtag or a handle: "#audiobooks", "@dyad"
                (Some('#' | '@'), Some(w)) => {
                    (i == 0 || a[i - 1].kind == Kind::Punct) && w.starts_with(|c: char| c.is_alphabetic())
                }
                _ => false,
            };
        if starts_word {
            i = word(text, a, i, out);
        } else {
            out.push((a[i].start, a[i].end));
            i += 1;
        }
    }
}

/// `'72`, `'60s`, `'em`: words whose first letters an apostrophe replaces.
fn apostrophe_word(word: &str) -> bool {
    let l = lists();
    word.starts_with(|c: char| c.is_ascii_digit())
        || contains_lower(&l.apostrophe_words, word)
        || contains_lower(&l.clitics, word)
}

/// Emits the token starting at atom `i` (a word, or an apostrophe before a word) and returns the
/// index of the first atom after it.
fn word(text: &str, a: &[Atom], i: usize, out: &mut Vec<(usize, usize)>) -> usize {
    let start = a[i].start;
    let mut last = if a[i].kind == Kind::Word { i } else { i + 1 };
    let mut j = last + 1;
    while j + 1 < a.len() && a[j + 1].kind == Kind::Word {
        let Some(p) = single_punct(text, a[j]) else { break };
        let left = &text[a[last].start..a[last].end];
        let right = &text[a[j + 1].start..a[j + 1].end];
        if is_apostrophe(p) && is_clitic(left, right) {
            let is_nt = right.eq_ignore_ascii_case("t");
            let clitic_start = if is_nt { a[last].end - 1 } else { a[j].start };
            emit_word(text, start, clitic_start, out);
            out.push((clitic_start, a[j + 1].end));
            return j + 2;
        }
        let next = a.get(j + 2).and_then(|x| single_punct(text, *x));
        let after = a.get(j + 3).map(|x| &text[x.start..x.end]);
        if !joins(p, left, right, next, after) {
            break;
        }
        last = j + 1;
        j += 2;
    }
    let mut end = a[last].end;
    if j < a.len() && single_punct(text, a[j]) == Some('.') && is_abbreviation(&text[start..end]) {
        end = a[j].end;
        j += 1;
    }
    emit_word(text, start, end, out);
    j
}

/// Pushes a word, split into its parts when `splits.txt` lists it ("cannot" → "can" "not").
fn emit_word(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    if start >= end {
        return;
    }
    let word = &text[start..end];
    let letters = word.bytes().rev().take_while(u8::is_ascii_alphabetic).count();
    let (number, unit) = word.split_at(word.len() - letters);
    if letters > 0 && number.ends_with(|c: char| c.is_ascii_digit()) && contains_lower(&lists().number_units, unit) {
        let cut = end - unit.len();
        out.push((start, cut));
        out.push((cut, end));
        return;
    }
    let mut buf = [0u8; MAX_WORD];
    if let Some(parts) = lower(word, &mut buf).and_then(|w| lists().splits.get(w)) {
        let mut at = start;
        for len in parts {
            out.push((at, at + len));
            at += len;
        }
        return;
    }
    out.push((start, end));
}

/// `Japan` + `s`, `I` + `m`, `don` + `t`: the apostrophe starts a clitic that UD splits off.
fn is_clitic(left: &str, right: &str) -> bool {
    if left.bytes().all(|b| b.is_ascii_digit()) {
        return false; // "1960's" stays whole
    }
    if right.eq_ignore_ascii_case("t") {
        return left.ends_with(['n', 'N']);
    }
    contains_lower(&lists().clitics, right)
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the one-character punctuation `p` between the words `left` and `right` is part of
/// one token with them. `next` is the punctuation after `right` and `after` the atom after that.
fn joins(p: char, left: &str, right: &str, next: Option<char>, after: Option<&str>) -> bool {
    match p {
        '.' | '@' => true,
        ',' => all_digits(left) && all_digits(right) && right.len() == 3,
        ':' => all_digits(left) && right.starts_with(|c: char| c.is_ascii_digit()), // 5:30, 7:30PM
        '-' => hyphen_joins(left, right, next, after),
        '/' => {
            if all_digits(left) && all_digits(right) {
                // dates (11/28/2000, 9/11) stay whole; fractions and scores (1/2, 20/20) split
                next == Some('/') || (left != right && !(left.len() == 1 && right.len() == 1))
            } else {
                left.chars().count() == 1 && right.chars().count() == 1
            }
        }
        '&' => left.len() <= 3 && right.len() <= 3 && left.starts_with(|c: char| c.is_uppercase()),
        '\'' | '’' => true, // O'Connell, Qa'ida, 1960's (clitics are handled before)
        _ => false,
    }
}

fn hyphen_joins(left: &str, right: &str, next: Option<char>, after: Option<&str>) -> bool {
    if all_digits(left) && all_digits(right) {
        // phone numbers stay whole (713-853-3989, 1-800-991-9019); ranges split (3-4, 1969-1970)
        let chained = next == Some('-') && after.is_some_and(all_digits);
        return (left.len() == 3 && (3..=4).contains(&right.len())) || (left.len() <= 3 && right.len() == 3 && chained);
    }
    let l = lists();
    if contains_lower(&l.hyphen_prefixes, left) || contains_lower(&l.hyphen_suffixes, right) {
        return true;
    }
    // codes like x3-9890
    left.bytes().any(|b| b.is_ascii_digit()) && left.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Whether `word` followed by a period is an abbreviation whose period belongs to it.
fn is_abbreviation(word: &str) -> bool {
    let word = word.trim_start_matches(['\'', '’']);
    if word.contains('.') {
        // U.S, p.m, e.g, a.k.a, D.C
        return word
            .split('.')
            .all(|s| !s.is_empty() && s.len() <= 3 && s.chars().all(char::is_alphabetic));
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase(); // an initial: "N. Korea", "George W. Bush"
    }
    let l = lists();
    l.abbreviations_cased.contains(word) || contains_lower(&l.abbreviations, word)
}

/// An URL or e-mail address in `chunk` as a relative byte range, leading opening punctuation and
/// trailing punctuation excluded.
fn find_url(chunk: &str) -> Option<(usize, usize)> {
    let lead = chunk.find(|c: char| !matches!(c, '(' | '[' | '{' | '<' | '"' | '\'' | '“' | '‘'))?;
    let core = &chunk[lead..];
    let has_prefix = ["http://", "https://", "ftp://", "www.", "mailto:"]
        .iter()
        .any(|p| core.len() > p.len() && core.is_char_boundary(p.len()) && core[..p.len()].eq_ignore_ascii_case(p));
    let lead = if has_prefix { lead } else { email_start(chunk)? };
    let core = &chunk[lead..];
    let mut end = chunk.len();
    let opens = core.matches('(').count();
    let mut closes = core.matches(')').count();
    while let Some(c) = chunk[lead..end].chars().next_back() {
        let trailing = matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ']' | '}' | '"' | '\'' | '”' | '’' | '>'
        ) || (c == ')' && opens < closes);
        if !trailing || end - c.len_utf8() <= lead {
            break;
        }
        closes -= usize::from(c == ')');
        end -= c.len_utf8();
    }
    Some((lead, end))
}

/// Where the e-mail address `name@host.tld` in `chunk` starts: its name is the run of word
/// characters, dots, `-`, `+` and `%` before the `@`; the host starts with a word character and
/// holds a dot.
fn email_start(chunk: &str) -> Option<usize> {
    let at = chunk.find('@')?;
    let name_len: usize = chunk[..at]
        .chars()
        .rev()
        .take_while(|&c| is_word_char(c) || matches!(c, '.' | '-' | '+' | '%'))
        .map(char::len_utf8)
        .sum();
    let start = at - name_len;
    let start = start + chunk[start..at].len() - chunk[start..at].trim_start_matches(['.', '-']).len();
    let host = &chunk[at + 1..];
    let valid = start < at
        && host.starts_with(is_word_char)
        && host
            .find('.')
            .is_some_and(|dot| host[dot + 1..].starts_with(|c: char| c.is_alphanumeric()));
    valid.then_some(start)
}
