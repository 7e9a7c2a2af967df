//! Byte-offset to code-point-offset conversion, for output formats whose unit is the code point.

/// Maps byte offsets of one string to Unicode code-point offsets (the unit Python uses to index
/// strings). Build once per document; each look-up is a binary search.
pub struct CharOffsets {
    /// Byte offset of every char boundary, in order; the last entry is the string length.
    boundaries: Vec<usize>,
}

impl CharOffsets {
    pub fn new(text: &str) -> Self {
        let mut boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        boundaries.push(text.len());
        CharOffsets { boundaries }
    }

    /// The code-point offset of a byte offset. A byte offset inside a character maps to that
    /// character's start.
    pub fn char_of(&self, byte: usize) -> usize {
        match self.boundaries.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Converts a byte span to a code-point `(start, end)` pair.
    pub fn span(&self, span: crate::Span) -> (usize, usize) {
        (self.char_of(span.start), self.char_of(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    #[test]
    fn multibyte_characters_count_once() {
        let text = "“Hi” — Seoul";
        let map = CharOffsets::new(text);
        let start = text.find("Seoul").unwrap();
        assert_eq!(map.span(Span::new(start, start + 5)), (7, 12));
        assert_eq!(map.char_of(text.len()), text.chars().count());
    }
}
