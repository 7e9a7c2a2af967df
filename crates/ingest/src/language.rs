//! Language identification (whatlang trigram models). Codes are ISO 639-3 (`eng`, `fra`, …).

/// Characters looked at; enough for a reliable guess, cheap on long documents.
const SAMPLE: usize = 4000;

/// The language of `text` when the guess is reliable, else `None`.
pub fn detect(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let info = whatlang::detect(&text[..end])?;
    info.is_reliable().then(|| info.lang().code())
}

#[cfg(test)]
mod tests {
    use super::detect;

    #[test]
    fn tells_english_from_french() {
        let en = "The foreign minister said on Monday that the government was ready to resume talks with its \
                  neighbours, after weeks of tension along the border.";
        let fr = "Le ministre des affaires étrangères a déclaré lundi que le gouvernement était prêt à reprendre \
                  les discussions avec ses voisins, après des semaines de tension à la frontière.";
        assert_eq!(detect(en), Some("eng"));
        assert_eq!(detect(fr), Some("fra"));
    }
}
