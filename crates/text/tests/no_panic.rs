//! Any input is tokenized without panicking, and spans are in range, on char boundaries, monotone
//! and non-overlapping; sentence spans cover their tokens.

use dyad_text::{multiword_tokens, split_sentences, Span};
use proptest::prelude::*;

fn check(text: &str) {
    let mut at = 0;
    let mut last_paragraph = 0;
    for s in split_sentences(text) {
        assert!(!s.tokens.is_empty());
        assert!(s.paragraph >= last_paragraph);
        last_paragraph = s.paragraph;
        assert_eq!(s.span.start, s.tokens[0].span.start);
        assert_eq!(s.span.end, s.tokens[s.tokens.len() - 1].span.end);
        for t in &s.tokens {
            assert!(t.span.start >= at, "overlap or disorder at {:?}", t.span);
            assert!(t.span.end > t.span.start && t.span.end <= text.len());
            assert_eq!(text.get(t.span.range()), Some(t.form.as_str()));
            at = t.span.end;
        }
        let spans: Vec<Span> = s.tokens.iter().map(|t| t.span).collect();
        for (first, last) in multiword_tokens(text, &spans) {
            assert!(first < last && last < spans.len());
        }
    }
}

proptest! {
    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn news_like_strings(text in "[a-zA-Z0-9 .,;:!?'\"’“”()$%&@/\\-—–…\n\r\t\u{0}\u{200B}]{0,200}") {
        check(&text);
    }
}

#[test]
fn ten_megabytes_without_spaces() {
    let unit = "ab.c-d'e,f(g)h@i.jk:l/m...n’s";
    let line = unit.repeat(10_000_000 / unit.len());
    check(&line);
    check(&format!("http://{line}"));
    check(&".".repeat(10_000_000));
    check(&"x".repeat(10_000_000));
    check(&"s' ".repeat(1_000_000));
}
