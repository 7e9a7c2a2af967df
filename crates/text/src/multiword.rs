//! Multiword tokens: the runs of words that are one orthographic token in the source, as UD
//! CoNLL-U writes them on a `3-4 don't` line: a word and the clitics split off it ("do" "n't",
//! "Japan" "'s", "Steffes" "'") and the words of `data/text/splits.txt` ("can" "not").

use crate::lists::{lists, lower, MAX_WORD};
use crate::Span;

/// The multiword tokens among `words` (the word spans of one sentence, in order, into `text`), as
/// inclusive 0-based `(first, last)` word indexes.
pub fn multiword_tokens(text: &str, words: &[Span]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let form = |k: usize| text.get(words[k].range()).unwrap_or("");
    let open_quote = first_open_quote(text, words);
    for k in 1..words.len() {
        let quoted = open_quote.is_some_and(|q| q < k);
        if words[k].start != words[k - 1].end || !continues(k, quoted, &form) {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.1 == k - 1 => last.1 = k,
            _ => out.push((k - 1, k)),
        }
    }
    out
}

/// Whether word `k`, attached to word `k - 1`, was split off it. `quoted`: a single quotation
/// mark is open before it.
fn continues<'a>(k: usize, quoted: bool, form: &impl Fn(usize) -> &'a str) -> bool {
    let (prev, this) = (form(k - 1), form(k));
    if !prev.ends_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let mut buf = [0u8; MAX_WORD];
    let normalized = this.replace(['’', '`'], "'");
    if let Some(clitic) = lower(&normalized, &mut buf) {
        if clitic == "n't" || clitic.strip_prefix('\'').is_some_and(|c| lists().clitics.contains(c)) {
            return true;
        }
        if clitic == "'" {
            return prev.ends_with(['s', 'S']) && !quoted;
        }
    }
    let joined = format!("{prev}{this}");
    let mut buf = [0u8; MAX_WORD];
    lower(&joined, &mut buf)
        .and_then(|w| lists().splits.get(w))
        .is_some_and(|parts| parts.len() == 2 && parts[0] == prev.len())
}

/// The index of the first opening single quote (a `'` attached to the word after it only), if
/// any: after it, a `'` after a plural closes the quotation and is no possessive.
fn first_open_quote(text: &str, words: &[Span]) -> Option<usize> {
    (0..words.len()).find(|&i| {
        let is_quote = matches!(text.get(words[i].range()), Some("'" | "‘" | "’"));
        let attached_after = words.get(i + 1).is_some_and(|n| n.start == words[i].end);
        let attached_before = i > 0 && words[i - 1].end == words[i].start;
        is_quote && attached_after && !attached_before
    })
}
