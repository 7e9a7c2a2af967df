//! The actor lexicon files embedded in the binary, in load order (later files override earlier).

use super::SourceFile;

macro_rules! files {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../../../data/lexicon/actors/", $name)))),*]
    };
}

const FILES: &[(&str, &str)] = files![
    "codes.txt",
    "phoenix/countries.txt",
    "phoenix/international.txt",
    "phoenix/armed-groups.txt",
    "phoenix/agents.txt",
    "ngec/agents.txt",
    "geonames/places.txt",
    "countries.txt",
    "metonyms.txt",
    "igos.txt",
    "orgs.txt",
    "media.txt",
    "armed-groups.txt",
    "people.txt",
    "officials.txt",
    "agents.txt",
];

/// The embedded files as sources.
pub fn sources() -> Vec<SourceFile> {
    FILES
        .iter()
        .map(|(name, text)| SourceFile {
            name: (*name).to_string(),
            text: (*text).to_string(),
        })
        .collect()
}
