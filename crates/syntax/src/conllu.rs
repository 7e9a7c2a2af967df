//! CoNLL-U reading and writing. Reading is lenient per sentence: a malformed line is reported
//! with its line number and the sentence containing it is skipped; the rest is kept.

use crate::word::{MultiWord, ParsedSentence, Word};
use std::fmt::Write as _;

/// A problem found while reading CoNLL-U.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConlluError {
    /// 1-based line number in the input.
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ConlluError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Reads every well-formed sentence of `input`, and the errors of the malformed ones.
pub fn read(input: &str) -> (Vec<ParsedSentence>, Vec<ConlluError>) {
    let mut sentences = Vec::new();
    let mut errors = Vec::new();
    let mut current = ParsedSentence::default();
    let mut broken: Option<ConlluError> = None;
    let mut lines = input.lines().enumerate().peekable();
    loop {
        let next = lines.next();
        let at_end = next.is_none();
        let (number, line) = next.map(|(i, l)| (i + 1, l)).unwrap_or((0, ""));
        if at_end || line.trim().is_empty() {
            if let Some(err) = broken.take() {
                errors.push(err);
            } else if !current.words.is_empty() {
                if let Err(message) = check_tree(&current) {
                    errors.push(ConlluError {
                        line: number.max(1),
                        message,
                    });
                } else {
                    sentences.push(std::mem::take(&mut current));
                }
            }
            current = ParsedSentence::default();
            if at_end {
                break;
            }
            continue;
        }
        if broken.is_some() {
            continue;
        }
        if line.starts_with('#') {
            current.comments.push(line.to_string());
            continue;
        }
        if let Err(message) = read_line(line, &mut current) {
            broken = Some(ConlluError { line: number, message });
        }
    }
    (sentences, errors)
}

fn read_line(line: &str, sentence: &mut ParsedSentence) -> Result<(), String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != 10 {
        return Err(format!("expected 10 tab-separated columns, found {}", cols.len()));
    }
    let id = cols[0];
    if id.contains('.') {
        return Ok(()); // empty nodes belong to enhanced dependencies; basic trees ignore them
    }
    if let Some((a, b)) = id.split_once('-') {
        let first = a.parse().map_err(|_| format!("bad multiword id {id:?}"))?;
        let last = b.parse().map_err(|_| format!("bad multiword id {id:?}"))?;
        sentence.multiwords.push(MultiWord {
            first,
            last,
            form: cols[1].to_string(),
            misc: cols[9].to_string(),
        });
        return Ok(());
    }
    let n: usize = id.parse().map_err(|_| format!("bad word id {id:?}"))?;
    if n != sentence.words.len() + 1 {
        return Err(format!(
            "word id {n} out of sequence (expected {})",
            sentence.words.len() + 1
        ));
    }
    let head = match cols[6] {
        "_" => 0,
        h => h.parse().map_err(|_| format!("bad head {h:?}"))?,
    };
    sentence.words.push(Word {
        form: cols[1].to_string(),
        lemma: cols[2].to_string(),
        upos: cols[3].to_string(),
        xpos: cols[4].to_string(),
        feats: cols[5].to_string(),
        head,
        deprel: cols[7].to_string(),
        deps: cols[8].to_string(),
        misc: cols[9].to_string(),
        ..Word::default()
    });
    Ok(())
}

fn check_tree(sentence: &ParsedSentence) -> Result<(), String> {
    let n = sentence.words.len();
    if let Some(w) = sentence.words.iter().find(|w| w.head > n) {
        return Err(format!("head {} of word {:?} is outside the sentence", w.head, w.form));
    }
    Ok(())
}

/// Writes sentences as CoNLL-U. Empty fields are written as `_`.
pub fn write(sentences: &[ParsedSentence]) -> String {
    let mut out = String::new();
    for s in sentences {
        write_sentence(s, &mut out);
    }
    out
}

/// Appends one sentence (followed by its blank line) to `out`.
pub fn write_sentence(s: &ParsedSentence, out: &mut String) {
    for c in &s.comments {
        out.push_str(c);
        out.push('\n');
    }
    let field = |v: &str| {
        if v.is_empty() {
            "_".to_string()
        } else {
            v.replace(['\t', '\n'], " ")
        }
    };
    for (i, w) in s.words.iter().enumerate() {
        let id = i + 1;
        if let Some(m) = s.multiwords.iter().find(|m| m.first == id) {
            let _ = writeln!(
                out,
                "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                m.first,
                m.last,
                field(&m.form),
                field(&m.misc)
            );
        }
        let _ = writeln!(
            out,
            "{id}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            field(&w.form),
            field(&w.lemma),
            field(&w.upos),
            field(&w.xpos),
            field(&w.feats),
            w.head,
            field(&w.deprel),
            field(&w.deps),
            field(&w.misc)
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = 1\n# text = I don't know.\n1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn round_trips_a_sentence_with_a_multiword_token() {
        let (sentences, errors) = read(SAMPLE);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(sentences.len(), 1);
        assert_eq!(sentences[0].words.len(), 5);
        assert_eq!(sentences[0].comment("text"), Some("I don't know."));
        assert_eq!(sentences[0].words[3].head, 0);
        assert_eq!(write(&sentences), SAMPLE);
    }

    #[test]
    fn malformed_sentence_is_reported_and_skipped() {
        let bad = "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tbroken line\n\n";
        let input = format!("{bad}{SAMPLE}");
        let (sentences, errors) = read(&input);
        assert_eq!(sentences.len(), 1);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 2);
        let out_of_range = "1\tA\ta\tDET\tDT\t_\t7\tdet\t_\t_\n\n";
        let (sentences, errors) = read(out_of_range);
        assert!(sentences.is_empty());
        assert_eq!(errors.len(), 1);
    }
}
