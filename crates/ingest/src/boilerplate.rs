//! Trailing boilerplate: lines such as "Comments" or "Share" at the end of a document are page
//! furniture, not article text. The phrases are data (`data/ingest/boilerplate.txt`).

use std::collections::HashSet;
use std::sync::OnceLock;

const PHRASES: &str = include_str!("../../../data/ingest/boilerplate.txt");

fn phrases() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        PHRASES
            .lines()
            .map(normalize)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

fn normalize(line: &str) -> String {
    line.trim().trim_end_matches([':', '»', '›', '|']).trim().to_lowercase()
}

/// Whether a line is only boilerplate. A count ("Comments (12)", "12 Comments") still is.
pub fn is_boilerplate(line: &str) -> bool {
    let norm = normalize(line);
    if norm.is_empty() || norm.starts_with('#') {
        return false;
    }
    if phrases().contains(&norm) {
        return true;
    }
    let without_count: String = norm
        .chars()
        .filter(|c| !c.is_ascii_digit() && !matches!(c, '(' | ')' | '[' | ']'))
        .collect::<String>()
        .trim()
        .to_string();
    without_count != norm && phrases().contains(&without_count)
}

/// Drops trailing lines (and blank lines) that are only boilerplate; keeps everything else as is.
pub fn trim_trailing(text: &str) -> String {
    let mut end = text.trim_end().len();
    loop {
        let body = &text[..end];
        let line_start = body.rfind('\n').map_or(0, |i| i + 1);
        let line = &body[line_start..];
        if line_start == 0 || !is_boilerplate(line) {
            break;
        }
        end = text[..line_start].trim_end().len();
    }
    text[..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_trailing_comments_line() {
        assert_eq!(
            trim_trailing("Talks resumed on Monday.\n\nComments\n"),
            "Talks resumed on Monday."
        );
    }

    #[test]
    fn drops_several_and_counts() {
        assert_eq!(
            trim_trailing("Body text.\nShare this:\nRelated\n12 Comments"),
            "Body text."
        );
    }

    #[test]
    fn keeps_boilerplate_words_inside_text() {
        let text = "Comments\nThe minister declined to share details.\nRelated talks follow.";
        assert_eq!(trim_trailing(text), text);
    }

    #[test]
    fn never_empties_a_one_line_document() {
        assert_eq!(trim_trailing("Share"), "Share");
    }
}
