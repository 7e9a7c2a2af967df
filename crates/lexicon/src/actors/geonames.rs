//! Converts GeoNames places (cities and first-level regions) into `@place` country entries
//! ("Mariupol => UKR @place"), keeping only names that are unambiguous: the places of that name in
//! other countries are at most a tenth of its size (a region counts as a million people), no clash
//! with another lexicon reading, and, for one-word names, not a common English word nor (below half a
//! million people) a word of a person's name.

use super::normalize::key;
use super::phoenix::ConvertStats;
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

/// One GeoNames place: a city (with its population) or a first-level region.
#[derive(Debug, Clone)]
pub struct Place {
    pub name: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    pub population: u64,
    /// A first-level administrative region (province, state, oblast) rather than a city.
    pub region: bool,
}

/// What a place name must not clash with.
pub struct PlaceFilter<'a> {
    /// Cities smaller than this are left out (every region is kept).
    pub min_population: u64,
    /// ISO alpha-2 → the lexicon's country code (`UA` → `UKR`); places of other countries are left out.
    pub countries: &'a HashMap<String, String>,
    /// Words seen in lowercase in running English text ("split", "mobile"): a one-word place name
    /// that is also a common word is left out.
    pub common_words: &'a HashSet<String>,
    /// Words of people's names in the lexicon ("jackson"): a one-word place name among them is left out.
    pub person_words: &'a HashSet<String>,
    /// Normalized names the lexicon already gives a reading, with the country of each reading
    /// (`None` for a reading that is not one country: a person, an organisation, an agent).
    pub taken: &'a HashMap<Vec<String>, Vec<Option<String>>>,
}

/// Converts places into lexicon lines (`Name => CODE @place`, grouped by country). Every left-out
/// candidate is counted in the returned stats (`dropped` says why).
pub fn convert_places(places: &[Place], filter: &PlaceFilter) -> (String, ConvertStats) {
    let mut stats = ConvertStats::default();
    // The largest place of each name in each country.
    let mut countries_of: HashMap<Vec<String>, HashMap<&str, u64>> = HashMap::new();
    for p in places {
        let size = countries_of
            .entry(key(&p.name))
            .or_default()
            .entry(p.country.as_str())
            .or_default();
        *size = (*size).max(weight(p));
    }
    let mut chosen: HashMap<Vec<String>, (String, String)> = HashMap::new();
    for p in places {
        if !p.region && p.population < filter.min_population {
            continue;
        }
        let k = key(&p.name);
        if chosen.contains_key(&k) {
            continue;
        }
        let why = reject(p, &k, filter, &countries_of);
        match (why, filter.countries.get(&p.country)) {
            (Some(why), _) => stats.dropped.push(format!("{} ({}): {why}", p.name, p.country)),
            (None, None) => stats
                .dropped
                .push(format!("{} ({}): country code not in the lexicon", p.name, p.country)),
            (None, Some(code)) => {
                chosen.insert(k, (code.clone(), p.name.clone()));
            }
        }
    }
    let mut rows: Vec<(String, String)> = chosen.into_values().collect();
    rows.sort();
    let mut out = String::from("!converted\n!kind country\n");
    let mut last = "";
    for (code, name) in &rows {
        if code != last {
            let _ = writeln!(out, "# {code}");
            last = code;
        }
        let _ = writeln!(out, "{name} => {code} @place");
        stats.entries += 1;
        stats.names += 1;
        stats.roles += 1;
    }
    (out, stats)
}

/// A region's population is not in the data: it counts as a million people.
const REGION_WEIGHT: u64 = 1_000_000;

/// One-word place names at least this large are kept even when a person's name has the word.
const PERSON_WORD_LIMIT: u64 = 500_000;

fn weight(p: &Place) -> u64 {
    if p.region {
        REGION_WEIGHT
    } else {
        p.population
    }
}

fn reject(
    p: &Place,
    k: &[String],
    filter: &PlaceFilter,
    countries_of: &HashMap<Vec<String>, HashMap<&str, u64>>,
) -> Option<&'static str> {
    let letters = p.name.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3 || !p.name.chars().all(|c| c.is_alphabetic() || " -'.".contains(c)) {
        return Some("not a plain name");
    }
    if p.name.chars().next().is_some_and(char::is_lowercase) {
        return Some("not capitalised");
    }
    if let Some(sizes) = countries_of.get(k) {
        let own = sizes.get(p.country.as_str()).copied().unwrap_or(0);
        let other = sizes
            .iter()
            .filter(|(c, _)| **c != p.country.as_str())
            .map(|(_, s)| *s)
            .max();
        if other.is_some_and(|o| o.saturating_mul(10) > own) {
            return Some("places of this name in several countries");
        }
    }
    if let [word] = k {
        if filter.common_words.contains(word) {
            return Some("a common word");
        }
        if filter.person_words.contains(word) && weight(p) < PERSON_WORD_LIMIT {
            return Some("a word of a person's name");
        }
    }
    let code = filter.countries.get(&p.country);
    if let Some(readings) = filter.taken.get(k) {
        if readings.iter().any(|r| r.is_none() || r.as_ref() != code) {
            return Some("another lexicon reading");
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(name: &str, country: &str, population: u64, region: bool) -> Place {
        Place {
            name: name.into(),
            country: country.into(),
            population,
            region,
        }
    }

    #[test]
    fn keeps_only_unambiguous_places() {
        let countries: HashMap<String, String> = [
            ("UA", "UKR"),
            ("MM", "MMR"),
            ("US", "USA"),
            ("VE", "VEN"),
            ("AU", "AUS"),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        let common: HashSet<String> = ["mobile".to_string()].into_iter().collect();
        let person: HashSet<String> = ["jackson".to_string()].into_iter().collect();
        let mut taken: HashMap<Vec<String>, Vec<Option<String>>> = HashMap::new();
        taken.insert(key("Kharkiv"), vec![Some("UKR".into())]);
        taken.insert(key("Odesa"), vec![None]);
        let filter = PlaceFilter {
            min_population: 50_000,
            countries: &countries,
            common_words: &common,
            person_words: &person,
            taken: &taken,
        };
        let places = [
            place("Mariupol", "UA", 230_000, false),
            place("Kharkiv", "UA", 1_400_000, false),
            place("Odesa", "UA", 1_000_000, false),
            place("Rakhine", "MM", 0, true),
            place("Mobile", "US", 190_000, false),
            place("Jackson", "US", 160_000, false),
            place("Valencia", "VE", 1_300_000, false),
            place("Valencia", "ES", 800_000, false),
            place("Sydney", "AU", 4_600_000, false),
            place("Sydney", "CA", 30_000, false),
            place("Smallville", "US", 20_000, false),
            place("Kyiv (city)", "UA", 2_800_000, false),
        ];
        let (out, stats) = convert_places(&places, &filter);
        assert!(out.contains("Mariupol => UKR @place\n"), "{out}");
        assert!(out.contains("Kharkiv => UKR @place\n"), "{out}");
        assert!(out.contains("Rakhine => MMR @place\n"), "{out}");
        assert!(out.contains("Sydney => AUS @place\n"), "{out}");
        for gone in ["Odesa", "Mobile", "Jackson", "Valencia", "Smallville", "Kyiv"] {
            assert!(!out.contains(gone), "{gone} kept: {out}");
        }
        assert_eq!(stats.entries, 4);
        assert_eq!(stats.dropped.len(), 6, "{:?}", stats.dropped);
    }
}
