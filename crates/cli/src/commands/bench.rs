//! `dyad bench`: throughput measurements. Figures are printed, never asserted.

use crate::input::read_text;
use dyad_syntax::Pipeline;
use rayon::prelude::*;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Tokenize, tag and parse FILE: tokens/s and sentences/s on one core and all cores, model load
    /// time and peak memory.
    Parse(ParseArgs),
    /// The cost of each coding stage (actors, events, quotes) as a share of parse time.
    Code(super::bench_code::Args),
    /// Write a JSONL corpus of distinct documents recombined from the project's own text.
    Corpus(super::bench_code::CorpusArgs),
    /// `dyad code` at 1 and 2 threads and at N/10 and N documents: speed-up and peak memory.
    CodeScaling(super::bench_code::ScalingArgs),
}

#[derive(clap::Args)]
pub struct ParseArgs {
    /// Raw text to parse (each paragraph is a unit of parallel work).
    pub file: PathBuf,
    /// Load models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Parser beam width (1: greedy, fastest); default: the one stored in the model.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub beam: Option<u16>,
    /// Repeat the input until at least this many tokens are parsed per measurement.
    #[arg(long, default_value_t = 200_000)]
    pub min_tokens: usize,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(cmd: Command) -> anyhow::Result<ExitCode> {
    match cmd {
        Command::Parse(args) => parse(args),
        Command::Code(args) => super::bench_code::code(args),
        Command::Corpus(args) => super::bench_code::corpus(args),
        Command::CodeScaling(args) => super::bench_code::scaling(args),
    }
}

/// One timed run: tokens and sentences processed in `elapsed`, using `cpu` seconds of CPU time.
struct Run {
    tokens: usize,
    sentences: usize,
    elapsed: Duration,
    cpu: Option<f64>,
}

impl Run {
    /// Tokens per CPU second: on a busy machine, steadier than tokens per wall-clock second (time
    /// the thread waits for a core is not counted; contention for caches still is).
    fn tokens_per_cpu_s(&self) -> Option<f64> {
        self.cpu.filter(|&c| c > 0.0).map(|c| self.tokens as f64 / c)
    }

    fn tokens_per_s(&self) -> f64 {
        self.tokens as f64 / self.elapsed.as_secs_f64()
    }
    fn sentences_per_s(&self) -> f64 {
        self.sentences as f64 / self.elapsed.as_secs_f64()
    }
}

fn parse(args: ParseArgs) -> anyhow::Result<ExitCode> {
    let text = read_text(&args.file, false)?;
    let paragraphs: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    anyhow::ensure!(!paragraphs.is_empty(), "{}: no text to parse", args.file.display());

    let load_started = Instant::now();
    let mut pipeline = super::load_pipeline(args.models.as_ref())?;
    let load_time = load_started.elapsed();
    if let Some(width) = args.beam {
        pipeline.parser.set_beam(usize::from(width));
    }

    let tokens_once: usize = paragraphs.iter().map(|p| dyad_text::tokenize(p).len()).sum();
    let repeats = args.min_tokens.div_ceil(tokens_once.max(1)).max(1);
    let work: Vec<&str> = (0..repeats).flat_map(|_| paragraphs.iter().copied()).collect();

    let measure = |threads: usize| -> anyhow::Result<Run> {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build()?;
        // Warm up caches and the allocator once, then time.
        pool.install(|| work.iter().take(50).for_each(|p| drop(pipeline.parse_text(p))));
        let cpu_started = process_cpu_seconds();
        let started = Instant::now();
        let (tokens, sentences) = pool.install(|| {
            work.par_iter()
                .map(|p| count(&pipeline, p))
                .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
        });
        let elapsed = started.elapsed();
        let cpu = process_cpu_seconds().zip(cpu_started).map(|(end, start)| end - start);
        Ok(Run {
            tokens,
            sentences,
            elapsed,
            cpu,
        })
    };
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let one = measure(1)?;
    let all = measure(cores)?;
    let peak_mib = peak_memory_kib().map(|k| k as f64 / 1024.0);

    if args.json {
        let value = serde_json::json!({
            "file": args.file.display().to_string(),
            "tokens": one.tokens, "sentences": one.sentences,
            "one_core": {"tokens_per_s": one.tokens_per_s(), "sentences_per_s": one.sentences_per_s(),
                         "tokens_per_cpu_s": one.tokens_per_cpu_s()},
            "load_average": load_average(),
            "all_cores": {"cores": cores, "tokens_per_s": all.tokens_per_s(), "sentences_per_s": all.sentences_per_s()},
            "speedup": all.tokens_per_s() / one.tokens_per_s(),
            "model_load_ms": load_time.as_secs_f64() * 1000.0,
            "parser_beam": pipeline.parser.beam(),
            "peak_memory_mib": peak_mib,
        });
        println!("{value}");
    } else {
        println!(
            "input          {} ({} tokens x {repeats} repeats)",
            args.file.display(),
            tokens_once
        );
        println!("model load     {:.1} ms", load_time.as_secs_f64() * 1000.0);
        println!("parser beam    {}", pipeline.parser.beam());
        println!(
            "1 core         {:>10.0} tokens/s {:>8.0} sentences/s",
            one.tokens_per_s(),
            one.sentences_per_s()
        );
        if let Some(t) = one.tokens_per_cpu_s() {
            println!("1 core, CPU     {t:>10.0} tokens per CPU second");
        }
        println!(
            "{cores} cores        {:>10.0} tokens/s {:>8.0} sentences/s  ({:.2}x)",
            all.tokens_per_s(),
            all.sentences_per_s(),
            all.tokens_per_s() / one.tokens_per_s()
        );
        if let Some(mib) = peak_mib {
            println!("peak memory    {mib:.1} MiB");
        }
        if let Some(load) = load_average() {
            println!("load average   {load:.1} (1 min; above 0 the machine was shared)");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn count(pipeline: &Pipeline, paragraph: &str) -> (usize, usize) {
    let sentences = pipeline.parse_text(paragraph);
    (sentences.iter().map(|s| s.words.len()).sum(), sentences.len())
}

/// CPU time (user + system) this process has used so far, all threads, in seconds.
pub fn process_cpu_seconds() -> Option<f64> {
    // SAFETY: an all-zero rusage is a valid value for getrusage to overwrite.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `usage` is a valid, writable rusage.
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return None;
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Some(secs(usage.ru_utime) + secs(usage.ru_stime))
}

/// The 1-minute load average (Linux), to judge how busy the machine was during a measurement.
pub fn load_average() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Peak resident set size of this process (Linux `VmHWM`), in KiB.
pub fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
