//! `dyad lexicon`: check lexicons (`check [DIR]`) and convert the Phoenix/PETRARCH-2 actor
//! dictionaries (`import-phoenix`) and NGEC's PLOVER agents dictionary (`import-plover`) into dyad's format.

use anyhow::Context;
use dyad_lexicon::actors::{self, phoenix, CodeTable, Kind};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Report malformed or contradictory lexicon entries (file:line) and coverage counts.
    Check(CheckArgs),
    /// Convert the Phoenix/PETRARCH-2 actor and agent dictionaries into dyad's actor format.
    ImportPhoenix(ImportArgs),
    /// Convert NGEC's PLOVER agents dictionary (PLOVER actor types) into dyad's agent format.
    ImportPlover(ImportPloverArgs),
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
         # (JRN -> MED, MED -> HLH; UNK/NON/JNK lines dropped). Do not edit by hand: corrections go in ../agents.txt.\n"
    );
    if let Some(dir) = args.to.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(&args.to, header + &body).with_context(|| format!("writing {}", args.to.display()))?;
    eprintln!(
        "{input} -> {}: {} entries, {} names; {} dropped",
        args.to.display(),
        stats.entries,
        stats.names,
        stats.dropped.len()
    );
    if args.verbose {
        for d in &stats.dropped {
            eprintln!("  dropped {d}");
        }
    }
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
        std::fs::write(&out, header + &body).with_context(|| format!("writing {}", out.display()))?;
        eprintln!(
            "{input} -> {}: {} entries, {} names, {} codes; {} dropped",
            out.display(),
            stats.entries,
            stats.names,
            stats.roles,
            stats.dropped.len()
        );
        if args.verbose {
            for d in &stats.dropped {
                eprintln!("  dropped {d}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
