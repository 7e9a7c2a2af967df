//! Direct-quote detection from quotation marks: straight and curly double quotes, quotes running
//! over several sentences, quotes running over several paragraphs (a paragraph that opens a new
//! quote without closing the last continues it), nested single quotes, and unbalanced marks
//! (closed at the paragraph end, with a warning).

use dyad_text::Span;

/// One stretch of quoted text inside one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotedSpan {
    /// The text between the marks (byte span, marks excluded, trimmed of spaces).
    pub content: Span,
    /// From the opening mark to the closing mark inclusive (or the paragraph end when unclosed).
    pub outer: Span,
    /// The index of the paragraph it lies in.
    pub paragraph: usize,
    /// Continues the quote of the previous paragraph (which was left open).
    pub continues: bool,
    /// Had no closing mark.
    pub unclosed: bool,
    /// Nested single-quoted stretches inside it.
    pub nested: Vec<Span>,
}

/// The result of scanning a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks {
    pub quotes: Vec<QuotedSpan>,
    pub warnings: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mark {
    Open,
    Close,
}

/// The byte length of the quote mark at `i`: two apostrophes (`''`, as some newswires write a
/// straight double quote) count as one mark.
fn mark_len(text: &str, i: usize) -> usize {
    if text[i..].starts_with("''") {
        2
    } else {
        text[i..].chars().next().map_or(1, char::len_utf8)
    }
}

/// Classifies a double-quote character at byte `i` of `text`.
fn double_mark(text: &str, i: usize, c: char) -> Option<Mark> {
    match c {
        '“' | '„' | '«' => Some(Mark::Open),
        '”' | '»' => Some(Mark::Close),
        '\'' if !text[i..].starts_with("''") || text[..i].ends_with('\'') || text[i + 2..].starts_with('\'') => None,
        '"' | '＂' | '\'' => {
            let before = text[..i].chars().next_back();
            let after = text[i + mark_len(text, i)..].chars().next();
            let opens_after = |b: Option<char>| b.is_none_or(|b| b.is_whitespace() || "([{—–-/:".contains(b));
            let word_follows = after.is_some_and(|a| !a.is_whitespace());
            if opens_after(before) && word_follows {
                Some(Mark::Open)
            } else {
                Some(Mark::Close)
            }
        }
        _ => None,
    }
}

/// Finds nested single-quoted stretches (‘…’ or '…' opened after a space) inside `content`.
fn nested_singles(text: &str, content: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let slice = &text[content.range()];
    for (k, c) in slice.char_indices() {
        let i = content.start + k;
        let before = text[..i].chars().next_back();
        let after = text[i + c.len_utf8()..].chars().next();
        let space_before = before.is_none_or(|b| b.is_whitespace() || "([{“\"".contains(b));
        let space_after = after.is_none_or(|a| a.is_whitespace() || ",.;:!?)”\"".contains(a));
        match c {
            '‘' => open = Some(i + c.len_utf8()),
            '\'' if space_before && !space_after => open = Some(i + 1),
            '’' | '\'' if space_after && !space_before => {
                if let Some(start) = open.take() {
                    out.push(Span::new(start, i));
                }
            }
            _ => {}
        }
    }
    out
}

fn trimmed(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    Span::new(start, end.max(start))
}

/// Markup tags left in the text (`<tweet author="x">`, `<a href="...">`, `</tweet>`): byte spans
/// of `span` from a `<` followed by a letter or `/` to the next `>`, with no `<` between. The
/// quote marks of their attributes quote nothing.
fn markup_tags(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let slice = &text[span.range()];
    let mut from = 0;
    while let Some(k) = slice[from..].find('<').map(|k| from + k) {
        from = k + 1;
        let opens = slice[k + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/');
        if !opens {
            continue;
        }
        let rest = &slice[k + 1..];
        let Some(close) = rest.find('>') else { break };
        if rest[..close].contains('<') {
            continue;
        }
        out.push(Span::new(span.start + k, span.start + k + 1 + close + 1));
        from = k + 1 + close + 1;
    }
    out
}

/// Scans `paragraphs` (byte spans of `text`, in order) for double-quoted stretches.
pub fn find(text: &str, paragraphs: &[Span]) -> Marks {
    let mut marks = Marks::default();
    let mut carried = false; // the previous paragraph ended inside a quote
    for (p, &para) in paragraphs.iter().enumerate() {
        let mut open: Option<usize> = None; // byte of the opening mark
        let mut first_mark = true;
        let mut continues = false;
        let mut skip_to = 0;
        let tags = markup_tags(text, para);
        for (k, c) in text[para.range()].char_indices() {
            let i = para.start + k;
            if i < skip_to || tags.iter().any(|t| t.start <= i && i < t.end) {
                continue;
            }
            let Some(mark) = double_mark(text, i, c) else { continue };
            skip_to = i + mark_len(text, i);
            if first_mark && carried && mark == Mark::Open {
                continues = true;
            }
            first_mark = false;
            match (open, mark) {
                (None, Mark::Open) => open = Some(i),
                (None, Mark::Close) => {
                    // A closing mark with nothing open: a quote that began at the paragraph start
                    // (its opening mark missing). Take it from the paragraph start.
                    marks
                        .warnings
                        .push(format!("closing quote mark at byte {i} without an opening one"));
                    let outer = Span::new(para.start, i + mark_len(text, i));
                    push(&mut marks, text, Span::new(para.start, i), outer, p, false, false);
                }
                (Some(start), Mark::Close) => {
                    let content_start = start + mark_len(text, start);
                    let outer = Span::new(start, i + mark_len(text, i));
                    push(
                        &mut marks,
                        text,
                        Span::new(content_start, i),
                        outer,
                        p,
                        continues,
                        false,
                    );
                    continues = false;
                    open = None;
                }
                (Some(_), Mark::Open) => {
                    // Two opening marks in a row: treat the second as the start of a new quote.
                    marks
                        .warnings
                        .push(format!("opening quote mark at byte {i} inside an open quote"));
                    open = Some(i);
                }
            }
        }
        carried = false;
        if let Some(start) = open {
            let next_opens = paragraphs.get(p + 1).is_some_and(|next| {
                let t = text[next.range()].trim_start();
                t.chars().next().is_some_and(|c| {
                    let i = next.end - t.len();
                    double_mark(text, i, c) == Some(Mark::Open)
                })
            });
            if !next_opens {
                marks.warnings.push(format!(
                    "quote opened at byte {start} is not closed before the paragraph ends"
                ));
            }
            let content_start = (start + mark_len(text, start)).min(para.end);
            let outer = Span::new(start, para.end);
            push(
                &mut marks,
                text,
                Span::new(content_start, para.end),
                outer,
                p,
                continues,
                true,
            );
            carried = next_opens;
        }
    }
    for q in &mut marks.quotes {
        q.nested = nested_singles(text, q.content);
    }
    marks
}

/// Records a quote unless its content is empty.
fn push(marks: &mut Marks, text: &str, content: Span, outer: Span, p: usize, continues: bool, unclosed: bool) {
    let content = trimmed(text, content);
    if content.is_empty() {
        return;
    }
    marks.quotes.push(QuotedSpan {
        content,
        outer,
        paragraph: p,
        continues,
        unclosed,
        nested: Vec::new(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            let end = start + line.trim_end_matches('\n').len();
            if end > start {
                out.push(Span::new(start, end));
            }
            start += line.len();
        }
        out
    }

    fn contents(text: &str) -> Vec<String> {
        find(text, &paragraphs(text))
            .quotes
            .iter()
            .map(|q| text[q.content.range()].to_string())
            .collect()
    }

    #[test]
    fn straight_and_curly_quotes_over_sentences() {
        let text = "\"We may amend the draft,\" Aso said. \"Japan will not compromise. We will go all the way.\"";
        assert_eq!(
            contents(text),
            vec![
                "We may amend the draft,",
                "Japan will not compromise. We will go all the way."
            ]
        );
        let text = "Hill said: “Within the informal talks, yes, I can.”";
        assert_eq!(contents(text), vec!["Within the informal talks, yes, I can."]);
    }

    #[test]
    fn mixed_fragment_and_nested_single_quotes() {
        let text = "Japan \"will not back off from the resolution.\" He called it 'a gesture' again.";
        assert_eq!(contents(text), vec!["will not back off from the resolution."]);
        let text = "“They called it ‘so-called gestures’ today,” he said.";
        let marks = find(text, &paragraphs(text));
        assert_eq!(marks.quotes.len(), 1);
        let nested: Vec<&str> = marks.quotes[0].nested.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(nested, vec!["so-called gestures"]);
    }

    #[test]
    fn quote_continued_over_paragraphs() {
        let text = "\"First paragraph of the quote.\n\"Second paragraph, closed,\" she said.";
        let marks = find(text, &paragraphs(text));
        assert!(marks.warnings.is_empty(), "{:?}", marks.warnings);
        assert_eq!(marks.quotes.len(), 2);
        assert!(marks.quotes[0].unclosed && !marks.quotes[0].continues);
        assert!(marks.quotes[1].continues && !marks.quotes[1].unclosed);
    }

    #[test]
    fn unbalanced_marks_degrade_with_a_warning() {
        let text = "He said \"this never closes.\nNext paragraph is plain.";
        let marks = find(text, &paragraphs(text));
        assert_eq!(marks.quotes.len(), 1);
        assert_eq!(&text[marks.quotes[0].content.range()], "this never closes.");
        assert_eq!(marks.warnings.len(), 1);
        let text = "stray close\" mark and “curly “twice”";
        let marks = find(text, &paragraphs(text));
        assert!(!marks.warnings.is_empty());
    }

    #[test]
    fn doubled_apostrophes_are_a_straight_double_quote() {
        let text = "''This isn't tax reform,'' said Mr. Holtz-Eakin. ''It's anti-reform.''";
        assert_eq!(contents(text), vec!["This isn't tax reform,", "It's anti-reform."]);
        assert!(find(text, &paragraphs(text)).warnings.is_empty());
    }

    #[test]
    fn quote_marks_inside_markup_tags_quote_nothing() {
        let text =
            "<tweet id=\"77\" author=\"@someone\">Polls \"close\" at eight</tweet>. Then \"we go\", he said. a<b \"c\"";
        assert_eq!(contents(text), vec!["close", "we go", "c"]);
        let tags: Vec<&str> = markup_tags(text, Span::new(0, text.len()))
            .iter()
            .map(|t| &text[t.range()])
            .collect();
        assert_eq!(tags, ["<tweet id=\"77\" author=\"@someone\">", "</tweet>"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let text = "Japan's minister didn't say the '90s were over.";
        assert!(contents(text).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_spans_are_valid(text in "[a-z \"'“”‘’\n.,]{0,200}") {
            let paras = paragraphs(&text);
            let marks = find(&text, &paras);
            for q in &marks.quotes {
                proptest::prop_assert!(q.content.start <= q.content.end && q.content.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(q.content.start) && text.is_char_boundary(q.content.end));
                proptest::prop_assert!(q.outer.start <= q.content.start && q.content.end <= q.outer.end);
                for n in &q.nested {
                    proptest::prop_assert!(text.is_char_boundary(n.start) && text.is_char_boundary(n.end));
                }
            }
        }
    }
}
