//! Complement frames (`data/lexicon/events/frames.tsv`): how a complement-taking predicate
//! (urge, agree, demand, refuse, threaten...) combines with the event of its complement.
//! "urge X to *meet*" = frame `appeal` + 036/040 → 026; "refuse to *release*" = `reject` + 0841 → 1243.

use super::code::CameoCode;
use super::error::LoadError;
use std::collections::BTreeMap;

const EMBEDDED: &str = include_str!("../../../../data/lexicon/events/frames.tsv");
const EMBEDDED_NAME: &str = "data/lexicon/events/frames.tsv";

/// One frame: a default code and a table from embedded-code prefixes to results.
#[derive(Debug, Clone, Default)]
struct Frame {
    default: Option<CameoCode>,
    /// (embedded prefix, result); the longest matching prefix wins.
    rules: Vec<(CameoCode, CameoCode)>,
}

/// All complement frames.
#[derive(Debug, Clone, Default)]
pub struct Frames {
    frames: BTreeMap<String, Frame>,
}

impl Frames {
    /// The frames shipped in the binary.
    pub fn embedded() -> &'static Frames {
        static FRAMES: std::sync::OnceLock<Frames> = std::sync::OnceLock::new();
        FRAMES.get_or_init(|| Frames::parse(EMBEDDED_NAME, EMBEDDED).unwrap_or_default())
    }

    /// Parses a frames table: `frame <TAB> embedded-prefix-or-* <TAB> result`.
    pub fn parse(file: &str, text: &str) -> Result<Frames, Vec<LoadError>> {
        let mut frames = Frames::default();
        let mut errors = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let content = line.split('#').next().unwrap_or("").trim();
            if content.is_empty() {
                continue;
            }
            let fields: Vec<&str> = content.split('\t').map(str::trim).collect();
            let error = |m: String| LoadError::new(file, index + 1, m);
            let [name, prefix, result] = fields[..] else {
                errors.push(error(format!(
                    "expected 3 tab-separated columns, found {}",
                    fields.len()
                )));
                continue;
            };
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase()) {
                errors.push(error(format!("bad frame name {name:?}")));
                continue;
            }
            let Some(result) = CameoCode::parse(result) else {
                errors.push(error(format!("bad result code {result:?}")));
                continue;
            };
            let frame = frames.frames.entry(name.to_string()).or_default();
            if prefix == "*" {
                frame.default = Some(result);
            } else if let Some(prefix) = CameoCode::parse(prefix) {
                frame.rules.push((prefix, result));
            } else {
                errors.push(error(format!("bad embedded code {prefix:?} (a code or *)")));
            }
        }
        if errors.is_empty() {
            Ok(frames)
        } else {
            Err(errors)
        }
    }

    /// True when the frame exists.
    pub fn contains(&self, frame: &str) -> bool {
        self.frames.contains_key(frame)
    }

    /// Frame names.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.frames.keys().map(String::as_str)
    }

    /// The code for `frame` applied to a complement coded `embedded` (`None`: no complement
    /// event), e.g. `combine("appeal", 036) == 026`. Falls back to the frame's default.
    pub fn combine(&self, frame: &str, embedded: Option<CameoCode>) -> Option<CameoCode> {
        let frame = self.frames.get(frame)?;
        let best = embedded.and_then(|code| {
            frame
                .rules
                .iter()
                .filter(|(prefix, _)| code.starts_with(prefix))
                .max_by_key(|(prefix, _)| prefix.level())
        });
        best.map(|(_, result)| *result).or(frame.default)
    }

    /// All result codes the frames can produce (for coverage counts).
    pub fn results(&self) -> impl Iterator<Item = CameoCode> + '_ {
        self.frames
            .values()
            .flat_map(|f| f.default.iter().copied().chain(f.rules.iter().map(|(_, r)| *r)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<CameoCode> {
        CameoCode::parse(text)
    }

    #[test]
    fn embedded_frames_combine() {
        let frames = Frames::embedded();
        for (frame, embedded, expected) in [
            ("appeal", "036", "026"),
            ("appeal", "0841", "0253"),
            ("appeal", "073", "0233"),
            ("intent", "073", "0333"),
            ("intent", "040", "036"),
            ("demand", "0841", "1053"),
            ("reject", "036", "125"),
            ("reject", "0841", "1243"),
            ("threaten", "163", "1312"),
            ("threaten", "190", "1384"),
        ] {
            assert_eq!(
                frames.combine(frame, code(embedded)),
                code(expected),
                "{frame} + {embedded}"
            );
        }
        assert_eq!(frames.combine("appeal", None), code("020"));
        assert_eq!(frames.combine("no-such-frame", code("036")), None);
    }

    #[test]
    fn bad_rows_name_the_line() {
        let errors = Frames::parse("f.tsv", "appeal\t*\t020\nappeal\t0x6\t026\n").unwrap_err();
        assert_eq!(
            errors[0].to_string(),
            "f.tsv:2: bad embedded code \"0x6\" (a code or *)"
        );
    }
}
