//! The CAMEO ontology (`data/lexicon/events/ontology.tsv`): names, Goldstein scores, quad classes
//! and PLOVER event/mode/context per CAMEO code.

use super::code::CameoCode;
use super::error::LoadError;
use std::collections::HashMap;

const EMBEDDED: &str = include_str!("../../../../data/lexicon/events/ontology.tsv");
const EMBEDDED_NAME: &str = "data/lexicon/events/ontology.tsv";
const COLUMNS: usize = 12;

/// The PLOVER mapping of a CAMEO code (absent for CAMEO 01 and 02, which PLOVER drops).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plover {
    /// PLOVER event, e.g. `SANCTION`.
    pub event: String,
    /// PLOVER mode, e.g. `discontinue`; `None` when the crosswalk gives none.
    pub mode: Option<String>,
    /// PLOVER context(s), e.g. `economic`; `None` when the crosswalk gives none.
    pub context: Option<String>,
}

/// Everything dyad knows about one CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeInfo {
    /// The code itself.
    pub code: CameoCode,
    /// The parent code (`None` for a root).
    pub parent: Option<CameoCode>,
    /// dyad's short name for the code.
    pub name: String,
    /// Goldstein score (GDELT convention, see the data file's header).
    pub goldstein: f32,
    /// Which source the Goldstein score came from (`gdelt`, `phoenix`, `icews` or `sibling`).
    pub goldstein_source: String,
    /// When the sources disagree: all their values, e.g. `gdelt=-8.0;phoenix=-6.5;icews=-8`.
    pub goldstein_disagreement: Option<String>,
    /// Quad class, standard convention 1-4 (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict).
    pub quad: u8,
    /// Quad class, Phoenix convention 0-4 (0 neutral).
    pub quad_phoenix: u8,
    /// PLOVER event/mode/context.
    pub plover: Option<Plover>,
}

/// All CAMEO codes, looked up by code.
#[derive(Debug, Clone)]
pub struct Ontology {
    codes: Vec<CodeInfo>,
    by_code: HashMap<CameoCode, usize>,
}

impl Ontology {
    /// The ontology shipped in the binary.
    pub fn embedded() -> &'static Ontology {
        static ONTOLOGY: std::sync::OnceLock<Ontology> = std::sync::OnceLock::new();
        ONTOLOGY.get_or_init(|| {
            // The embedded file is checked by the tests; a broken build would fail them.
            Ontology::parse(EMBEDDED_NAME, EMBEDDED).unwrap_or_else(|_| Ontology::empty())
        })
    }

    fn empty() -> Ontology {
        Ontology {
            codes: Vec::new(),
            by_code: HashMap::new(),
        }
    }

    /// Parses an ontology table; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Ontology, Vec<LoadError>> {
        let mut ontology = Ontology::empty();
        let mut errors = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            match parse_row(line) {
                Ok(info) => {
                    if ontology.by_code.contains_key(&info.code) {
                        errors.push(LoadError::new(file, number, format!("duplicate code {}", info.code)));
                        continue;
                    }
                    ontology.by_code.insert(info.code, ontology.codes.len());
                    ontology.codes.push(info);
                }
                Err(message) => errors.push(LoadError::new(file, number, message)),
            }
        }
        if errors.is_empty() {
            Ok(ontology)
        } else {
            Err(errors)
        }
    }

    /// The entry for a code.
    pub fn get(&self, code: &str) -> Option<&CodeInfo> {
        CameoCode::parse(code).and_then(|c| self.info(c))
    }

    /// The entry for a parsed code.
    pub fn info(&self, code: CameoCode) -> Option<&CodeInfo> {
        self.by_code.get(&code).map(|&i| &self.codes[i])
    }

    /// True when the code is in the ontology.
    pub fn contains(&self, code: CameoCode) -> bool {
        self.by_code.contains_key(&code)
    }

    /// All codes in file order.
    pub fn codes(&self) -> &[CodeInfo] {
        &self.codes
    }
}

fn parse_row(line: &str) -> Result<CodeInfo, String> {
    let fields: Vec<&str> = line.split('\t').collect();
    if fields.len() != COLUMNS {
        return Err(format!(
            "expected {COLUMNS} tab-separated columns, found {}",
            fields.len()
        ));
    }
    let code = CameoCode::parse(fields[0]).ok_or_else(|| format!("bad CAMEO code {:?}", fields[0]))?;
    let parent = match fields[1] {
        "-" => None,
        text => Some(CameoCode::parse(text).ok_or_else(|| format!("bad parent code {text:?}"))?),
    };
    let goldstein: f32 = fields[4]
        .parse()
        .map_err(|_| format!("bad Goldstein score {:?}", fields[4]))?;
    if !(-10.0..=10.0).contains(&goldstein) {
        return Err(format!("Goldstein score {goldstein} outside -10..10"));
    }
    let quad = parse_quad(fields[7], 1)?;
    let quad_phoenix = parse_quad(fields[8], 0)?;
    let optional = |text: &str| (text != "-" && !text.is_empty()).then(|| text.to_string());
    let plover = optional(fields[9]).map(|event| Plover {
        event,
        mode: optional(fields[10]),
        context: optional(fields[11]),
    });
    Ok(CodeInfo {
        code,
        parent,
        name: fields[3].to_string(),
        goldstein,
        goldstein_source: fields[5].to_string(),
        goldstein_disagreement: optional(fields[6]),
        quad,
        quad_phoenix,
        plover,
    })
}

fn parse_quad(text: &str, min: u8) -> Result<u8, String> {
    match text.parse::<u8>() {
        Ok(q) if (min..=4).contains(&q) => Ok(q),
        _ => Err(format!("bad quad class {text:?} (expected {min}-4)")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_ontology_has_every_code() {
        let ontology = Ontology::embedded();
        assert_eq!(ontology.codes().len(), 319);
        for info in ontology.codes() {
            assert!(!info.name.is_empty(), "{} has no name", info.code);
            if let Some(parent) = info.parent {
                assert!(ontology.contains(parent), "{} has unknown parent {parent}", info.code);
                assert!(info.code.starts_with(&parent));
            }
        }
    }

    #[test]
    fn sanctions_are_material_conflict() {
        let info = Ontology::embedded().get("163").unwrap();
        assert_eq!(info.goldstein, -8.0);
        assert_eq!(info.quad, 4);
        assert_eq!(info.quad_phoenix, 3);
        assert_eq!(info.plover.as_ref().unwrap().event, "SANCTION");
        assert!(info.goldstein_disagreement.as_deref().unwrap().contains("phoenix=-6.5"));
    }

    #[test]
    fn visits_and_statements() {
        let ontology = Ontology::embedded();
        let visit = ontology.get("042").unwrap();
        assert_eq!(visit.name, "Visit");
        assert_eq!(visit.goldstein, 1.9);
        assert_eq!(visit.quad, 1);
        let plover = visit.plover.as_ref().unwrap();
        assert_eq!(
            (plover.event.as_str(), plover.mode.as_deref()),
            ("CONSULT", Some("visit"))
        );
        let statement = ontology.get("010").unwrap();
        assert_eq!((statement.quad, statement.quad_phoenix), (1, 0));
        assert!(statement.plover.is_none());
        assert_eq!(ontology.get("190").unwrap().goldstein, -10.0);
        assert!(ontology.get("999").is_none());
        assert!(ontology.get("garbage").is_none());
    }

    #[test]
    fn bad_rows_are_reported_with_line() {
        let text = "# header\n163\t16\t1\tx\t-8.0\tgdelt\t-\t4\t3\tSANCTION\t-\t-\n999x\tbad\n";
        let errors = Ontology::parse("t.tsv", text).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 3);
        assert!(errors[0].to_string().starts_with("t.tsv:3: expected 12"));
    }
}
