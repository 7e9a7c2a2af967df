//! `check`: problems (bad or unknown codes, unknown frames, conflicting or repeated patterns, and
//! every load problem) and coverage counts (patterns per root, share of 3-digit codes covered).

use super::code::CameoCode;
use super::error::Problem;
use super::frames::Frames;
use super::lexicon::{EventLexicon, Mode};
use super::ontology::Ontology;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::Path;

/// Coverage of the CAMEO ontology by the patterns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coverage {
    /// Pattern lines.
    pub patterns: usize,
    /// Null patterns (`-> ---`) among them.
    pub null_patterns: usize,
    /// Patterns with a complement frame.
    pub frame_patterns: usize,
    /// Distinct predicate lemmas.
    pub lemmas: usize,
    /// Synonym sets.
    pub synsets: usize,
    /// Pattern lines per root (1..=20) by their code.
    pub per_root: BTreeMap<u8, usize>,
    /// Roots with at least one pattern.
    pub roots_covered: usize,
    /// 3-digit codes in the ontology.
    pub three_digit_total: usize,
    /// 3-digit codes that a pattern yields directly (its code, `neg=` or `recip=`, or a 4-digit child).
    pub three_digit_covered: usize,
    /// 3-digit codes a pattern or a complement frame can yield.
    pub three_digit_covered_with_frames: usize,
    /// 3-digit codes no pattern yields directly.
    pub uncovered: Vec<CameoCode>,
}

impl Coverage {
    /// Share of 3-digit codes covered directly, in percent.
    pub fn three_digit_percent(&self) -> f64 {
        if self.three_digit_total == 0 {
            return 0.0;
        }
        100.0 * self.three_digit_covered as f64 / self.three_digit_total as f64
    }
}

/// What [`check`] found.
#[derive(Debug, Clone, Default)]
pub struct CheckReport {
    /// Problems, each with file:line.
    pub problems: Vec<Problem>,
    /// Coverage counts.
    pub coverage: Coverage,
}

impl fmt::Display for CheckReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.problems {
            writeln!(f, "{problem}")?;
        }
        let c = &self.coverage;
        writeln!(
            f,
            "patterns: {} ({} null, {} with a complement frame)",
            c.patterns, c.null_patterns, c.frame_patterns
        )?;
        writeln!(f, "predicate lemmas: {}; synonym sets: {}", c.lemmas, c.synsets)?;
        writeln!(f, "roots covered: {}/20", c.roots_covered)?;
        let roots: Vec<String> = c.per_root.iter().map(|(root, n)| format!("{root:02}:{n}")).collect();
        writeln!(f, "patterns per root: {}", roots.join(" "))?;
        writeln!(
            f,
            "3-digit codes covered: {}/{} ({:.1}%); with complement frames: {}/{}",
            c.three_digit_covered,
            c.three_digit_total,
            c.three_digit_percent(),
            c.three_digit_covered_with_frames,
            c.three_digit_total
        )?;
        let uncovered: Vec<String> = c.uncovered.iter().map(ToString::to_string).collect();
        writeln!(f, "3-digit codes not covered: {}", uncovered.join(" "))?;
        write!(f, "problems: {}", self.problems.len())
    }
}

/// Checks the embedded patterns, extended by the `*.pat` files in `dir` when given.
pub fn check(dir: Option<&Path>) -> CheckReport {
    match dir {
        None => check_lexicon(EventLexicon::embedded()),
        Some(dir) => match EventLexicon::load(dir, Mode::Lenient) {
            Ok(lexicon) => check_lexicon(&lexicon),
            Err(problems) => CheckReport {
                problems,
                coverage: Coverage::default(),
            },
        },
    }
}

/// Checks a loaded lexicon against the embedded ontology and frames.
pub fn check_lexicon(lexicon: &EventLexicon) -> CheckReport {
    let ontology = Ontology::embedded();
    let frames = Frames::embedded();
    let mut problems: Vec<Problem> = lexicon.problems().to_vec();
    let mut coverage = Coverage {
        patterns: lexicon.pattern_count(),
        lemmas: lexicon.lemma_count(),
        synsets: lexicon.synset_count(),
        ..Coverage::default()
    };
    let mut yielded: BTreeSet<CameoCode> = BTreeSet::new();
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    let definitions = lexicon.definitions();
    for (i, def) in definitions.iter().enumerate() {
        let problem = |message: String| Problem {
            file: def.file.clone(),
            line: def.line,
            message,
        };
        for (what, code) in [("code", def.code), ("neg", def.neg), ("recip", def.recip)] {
            let Some(code) = code else { continue };
            if ontology.contains(code) {
                yielded.insert(code);
            } else {
                problems.push(problem(format!(
                    "pattern {}: {what} {code} is not a CAMEO code",
                    def.id
                )));
            }
        }
        match def.code {
            Some(code) => *coverage.per_root.entry(code.root()).or_default() += 1,
            None => coverage.null_patterns += 1,
        }
        if let Some(frame) = &def.frame {
            coverage.frame_patterns += 1;
            if !frames.contains(frame) {
                problems.push(problem(format!("pattern {}: unknown frame {frame}", def.id)));
            }
        }
        match by_key.get(def.key.as_str()) {
            Some(&first) => {
                let other = &definitions[first];
                let kind = if other.code == def.code {
                    "repeats"
                } else {
                    "conflicts with"
                };
                problems.push(problem(format!(
                    "pattern {} {kind} pattern {} at {}:{} ({} vs {})",
                    def.id,
                    other.id,
                    other.file,
                    other.line,
                    show(def.code),
                    show(other.code)
                )));
            }
            None => {
                by_key.insert(&def.key, i);
            }
        }
    }
    coverage.roots_covered = coverage.per_root.len();
    let direct: BTreeSet<CameoCode> = yielded.iter().filter_map(CameoCode::three_digit).collect();
    let with_frames: BTreeSet<CameoCode> = direct
        .iter()
        .copied()
        .chain(frames.results().filter_map(|c| c.three_digit()))
        .collect();
    for info in ontology.codes().iter().filter(|i| i.code.level() == 1) {
        coverage.three_digit_total += 1;
        if direct.contains(&info.code) {
            coverage.three_digit_covered += 1;
        } else {
            coverage.uncovered.push(info.code);
        }
        if with_frames.contains(&info.code) {
            coverage.three_digit_covered_with_frames += 1;
        }
    }
    CheckReport { problems, coverage }
}

fn show(code: Option<CameoCode>) -> String {
    code.map_or_else(|| "---".to_string(), |c| c.to_string())
}
