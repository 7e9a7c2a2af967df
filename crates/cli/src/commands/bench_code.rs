//! `dyad bench code`, `dyad bench corpus` and `dyad bench code-scaling`: what coding costs per
//! stage, a generated corpus to measure on, and how `dyad code` scales with threads and input size.

use crate::coding::thread_pool;
use dyad_code::coder::StageTimes;
use dyad_code::Coder;
use dyad_ingest::{Document, Ingest, IngestOptions};
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Duration;

/// The project's demo article: the default source of corpus paragraphs.
const SEED_ARTICLE: &str = include_str!("../../../../examples/seed-article.txt");

#[derive(clap::Args)]
pub struct Args {
    /// Documents to code: any input `dyad code` reads (file, directory, glob).
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Load syntax models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Worker threads (stage times are summed over documents, so they do not depend on it).
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
    /// Code the input exactly this many times. By default it is coded again and again until at
    /// least `--min-parse-ms` of parse time is measured, so that the ratios are steady.
    #[arg(long)]
    pub repeat: Option<usize>,
    /// Without `--repeat`: code the input until at least this much parse time (ms, by `--clock`)
    /// is measured (at most 10,000 passes).
    #[arg(long, default_value_t = 1000)]
    pub min_parse_ms: u64,
    /// Time stages by each thread's CPU time (`cpu`, steady on a busy machine) or wall-clock.
    #[arg(long, default_value = "cpu", value_parser = ["cpu", "wall"])]
    pub clock: String,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Stage budgets as shares of parse time: (name, target).
const BUDGETS: [(&str, f64); 4] = [("actors", 0.10), ("events", 0.25), ("quotes", 0.10), ("coding", 0.25)];

pub fn code(args: Args) -> anyhow::Result<ExitCode> {
    let docs: Vec<Document> = Ingest::new(args.inputs.clone(), None, IngestOptions::default())
        .filter_map(Result::ok)
        .collect();
    anyhow::ensure!(!docs.is_empty(), "{}: no document to code", args.inputs.join(" "));
    let coder = Coder::new(super::load_pipeline(args.models.as_ref())?);
    let pool = thread_pool(Some(args.threads))?;
    // Warm up caches and the allocator once, then time.
    pool.install(|| docs.par_iter().take(8).for_each(|d| drop(coder.code(d))));
    let (times, sentences, passes) = measure(&coder, &docs, &args, &pool);
    let parse = times.parse.as_secs_f64().max(1e-9);
    let coding = times.trees + times.actors + times.events + times.quotes;
    let stages = [
        ("actors", times.actors),
        ("events", times.events),
        ("quotes", times.quotes),
        ("coding", coding),
    ];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    if args.json {
        let mut value = serde_json::json!({
            "inputs": args.inputs, "documents": docs.len() * passes, "passes": passes, "sentences": sentences,
            "clock": args.clock,
            "parse_ms": ms(times.parse), "trees_ms": ms(times.trees),
        });
        for ((name, d), (_, target)) in stages.iter().zip(BUDGETS) {
            value[format!("{name}_ms")] = serde_json::json!(ms(*d));
            value[format!("{name}_ratio")] = serde_json::json!(d.as_secs_f64() / parse);
            value[format!("{name}_target")] = serde_json::json!(target);
        }
        println!("{value}");
    } else {
        println!(
            "input      {} ({} documents x {passes} passes, {sentences} sentences; {} time)",
            args.inputs.join(" "),
            docs.len(),
            args.clock
        );
        println!("parse      {:>10.1} ms", ms(times.parse));
        println!(
            "trees      {:>10.1} ms  {:>6.1}% of parse",
            ms(times.trees),
            100.0 * times.trees.as_secs_f64() / parse
        );
        for ((name, d), (_, target)) in stages.iter().zip(BUDGETS) {
            let ratio = d.as_secs_f64() / parse;
            let verdict = if ratio <= target { "ok" } else { "OVER" };
            println!(
                "{name:<10} {:>10.1} ms  {:>6.1}% of parse  (target <= {:.0}%: {verdict})",
                ms(*d),
                100.0 * ratio,
                100.0 * target
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Most passes over the input without `--repeat` (an input too small to measure stops there).
const MAX_PASSES: usize = 10_000;

/// Codes `docs` in passes, each over every document, summing the stage times and the sentences
/// coded: `--repeat` passes, or by default until `--min-parse-ms` of parse time is measured.
/// Returns the times, the sentences and the number of passes.
fn measure(coder: &Coder, docs: &[Document], args: &Args, pool: &rayon::ThreadPool) -> (StageTimes, usize, usize) {
    let pass = || {
        pool.install(|| {
            docs.par_iter()
                .map(|d| {
                    let (coded, times) = if args.clock == "cpu" {
                        coder.code_timed_by(d, &thread_cpu_time)
                    } else {
                        coder.code_timed(d)
                    };
                    (times, coded.sentences.len())
                })
                .reduce(
                    || (StageTimes::default(), 0),
                    |mut a, b| {
                        a.0 += b.0;
                        (a.0, a.1 + b.1)
                    },
                )
        })
    };
    let enough = Duration::from_millis(args.min_parse_ms);
    let (mut times, mut sentences, mut passes) = (StageTimes::default(), 0, 0);
    loop {
        let (t, n) = pass();
        times += t;
        sentences += n;
        passes += 1;
        let done = match args.repeat {
            Some(repeat) => passes >= repeat.max(1),
            None => times.parse >= enough || passes >= MAX_PASSES,
        };
        if done {
            return (times, sentences, passes);
        }
    }
}

/// CPU time used so far by the calling thread.
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; CLOCK_THREAD_CPUTIME_ID needs nothing else.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0;
    if ok {
        Duration::new(ts.tv_sec.max(0) as u64, ts.tv_nsec.clamp(0, 999_999_999) as u32)
    } else {
        Duration::ZERO
    }
}

#[derive(clap::Args)]
pub struct CorpusArgs {
    /// Number of documents.
    #[arg(long, default_value_t = 10_000)]
    pub docs: usize,
    /// Where to write the JSONL corpus.
    #[arg(long)]
    pub out: PathBuf,
    /// Take paragraphs from this text file (one per non-empty line) instead of the demo article.
    #[arg(long)]
    pub from: Option<PathBuf>,
    /// Seed of the recombination.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

pub fn corpus(args: CorpusArgs) -> anyhow::Result<ExitCode> {
    let text = match &args.from {
        Some(path) => crate::input::read_text(path, false)?,
        None => SEED_ARTICLE.to_string(),
    };
    let written = write_corpus(&text, args.docs, args.seed, &args.out)?;
    eprintln!("dyad: wrote {written} documents to {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}

/// splitmix64: a small deterministic generator, enough to shuffle paragraphs.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Writes `docs` distinct JSONL documents, each 3 to 8 paragraphs of `text` (its lines of at
/// least 40 characters) in a seeded random order. Returns how many were written, which is fewer
/// than asked only when the paragraphs cannot make that many distinct documents.
pub fn write_corpus(text: &str, docs: usize, seed: u64, out: &Path) -> anyhow::Result<usize> {
    let paragraphs: Vec<&str> = text.lines().map(str::trim).filter(|l| l.len() >= 40).collect();
    anyhow::ensure!(
        paragraphs.len() >= 4,
        "need at least 4 paragraphs of 40+ characters to recombine, found {}",
        paragraphs.len()
    );
    let file = std::fs::File::create(out).map_err(|e| anyhow::anyhow!("{}: {e}", out.display()))?;
    let mut w = std::io::BufWriter::new(file);
    let mut rng = SplitMix(seed);
    let mut seen: HashSet<Vec<usize>> = HashSet::new();
    let (mut written, mut misses) = (0, 0);
    while written < docs && misses < 1000 {
        let len = 3 + rng.below(6.min(paragraphs.len() - 2));
        let mut order: Vec<usize> = (0..paragraphs.len()).collect();
        for i in 0..len {
            let j = i + rng.below(order.len() - i);
            order.swap(i, j);
        }
        order.truncate(len);
        if !seen.insert(order.clone()) {
            misses += 1;
            continue;
        }
        let body: Vec<&str> = order.iter().map(|&i| paragraphs[i]).collect();
        let record = serde_json::json!({
            "id": format!("bench-{written:06}"),
            "title": format!("Bench document {written}"),
            "date": format!("2006-07-{:02}", 1 + written % 28),
            "text": body.join("\n\n"),
        });
        serde_json::to_writer(&mut w, &record)?;
        w.write_all(b"\n")?;
        written += 1;
    }
    w.flush()?;
    Ok(written)
}

#[derive(clap::Args)]
pub struct ScalingArgs {
    /// Documents in the large corpus (the small one has a tenth).
    #[arg(long, default_value_t = 10_000)]
    pub docs: usize,
    /// Use this JSONL corpus instead of generating one (its first tenth is the small corpus).
    #[arg(long)]
    pub corpus: Option<PathBuf>,
    /// Load syntax models from this directory instead of the embedded ones.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Thread counts to compare.
    #[arg(long, default_value_t = 2)]
    pub threads: usize,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
}

/// One `dyad code` run, as its JSON summary reports it.
#[derive(Debug, Clone, serde::Serialize)]
struct CodeRun {
    docs: u64,
    threads: usize,
    elapsed_s: f64,
    documents_per_s: f64,
    peak_rss_mib: Option<f64>,
    cpu_s: Option<f64>,
    load_average: Option<f64>,
}

pub fn scaling(args: ScalingArgs) -> anyhow::Result<ExitCode> {
    let dir = std::env::temp_dir().join(format!("dyad-bench-scaling-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let result = measure_scaling(&args, &dir);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn measure_scaling(args: &ScalingArgs, dir: &Path) -> anyhow::Result<ExitCode> {
    let large = match &args.corpus {
        Some(path) => path.clone(),
        None => {
            let path = dir.join("large.jsonl");
            write_corpus(SEED_ARTICLE, args.docs, 1, &path)?;
            path
        }
    };
    let small = dir.join("small.jsonl");
    let lines = std::io::BufRead::lines(std::io::BufReader::new(std::fs::File::open(&large)?)).count();
    {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&small)?);
        let reader = std::io::BufReader::new(std::fs::File::open(&large)?);
        for line in std::io::BufRead::lines(reader).take(lines / 10) {
            writeln!(w, "{}", line?)?;
        }
    }
    let runs = [(&small, args.threads), (&large, 1), (&large, args.threads)];
    let mut results = Vec::new();
    for (input, threads) in runs {
        let run = run_code(input, threads, args.models.as_deref())?;
        if !args.json {
            eprintln!(
                "dyad: {} documents, {} thread(s): {:.2} s, {:.1} documents/s, peak RSS {}, CPU {}, load average {}",
                run.docs,
                run.threads,
                run.elapsed_s,
                run.documents_per_s,
                run.peak_rss_mib.map_or("?".to_string(), |m| format!("{m:.1} MiB")),
                run.cpu_s.map_or("?".to_string(), |c| format!("{c:.1} s")),
                run.load_average.map_or("?".to_string(), |l| format!("{l:.1}"))
            );
        }
        results.push(run);
    }
    let (small_run, one, many) = (&results[0], &results[1], &results[2]);
    let speedup = one.elapsed_s / many.elapsed_s.max(1e-9);
    let memory_growth = match (small_run.peak_rss_mib, many.peak_rss_mib) {
        (Some(a), Some(b)) => Some(b / a),
        _ => None,
    };
    if args.json {
        let value = serde_json::json!({
            "runs": results, "speedup": speedup, "speedup_target": 1.8,
            "peak_rss_growth": memory_growth, "peak_rss_growth_target": 1.2,
        });
        println!("{value}");
    } else {
        println!("documents       {} (small: {})", one.docs, small_run.docs);
        println!(
            "1 thread        {:>8.2} s {:>8.1} documents/s",
            one.elapsed_s, one.documents_per_s
        );
        println!(
            "{} threads       {:>8.2} s {:>8.1} documents/s",
            many.threads, many.elapsed_s, many.documents_per_s
        );
        println!("speed-up        {speedup:>8.2}x (target >= 1.8x)");
        if let (Some(a), Some(b), Some(g)) = (small_run.peak_rss_mib, many.peak_rss_mib, memory_growth) {
            println!(
                "peak RSS        {a:.1} MiB at {} documents, {b:.1} MiB at {} ({:+.1}%, target within 20%)",
                small_run.docs,
                many.docs,
                100.0 * (g - 1.0)
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs this binary's `dyad code` on `input` and reads its JSON summary.
fn run_code(input: &Path, threads: usize, models: Option<&Path>) -> anyhow::Result<CodeRun> {
    let exe = std::env::current_exe()?;
    let mut cmd = Command::new(exe);
    cmd.arg("code")
        .arg(input)
        .args(["--format", "jsonl", "--threads", &threads.to_string()]);
    if let Some(m) = models {
        cmd.arg("--models").arg(m);
    }
    let out = cmd.stdout(Stdio::null()).stderr(Stdio::piped()).output()?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let summary = stderr
        .lines()
        .rev()
        .find_map(|l| {
            serde_json::from_str::<serde_json::Value>(l)
                .ok()?
                .get("summary")
                .cloned()
        })
        .ok_or_else(|| anyhow::anyhow!("dyad code {} gave no summary: {stderr}", input.display()))?;
    let number = |k: &str| summary.get(k).and_then(|v| v.as_f64());
    Ok(CodeRun {
        docs: number("coded").unwrap_or(0.0) as u64,
        threads,
        elapsed_s: number("elapsed_s").unwrap_or(0.0),
        documents_per_s: number("documents_per_s").unwrap_or(0.0),
        peak_rss_mib: number("peak_rss_mib"),
        cpu_s: number("cpu_s"),
        load_average: number("load_average"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_documents_are_distinct_and_deterministic() {
        let dir = std::env::temp_dir().join(format!("dyad-corpus-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (a, b) = (dir.join("a.jsonl"), dir.join("b.jsonl"));
        assert_eq!(write_corpus(SEED_ARTICLE, 500, 7, &a).unwrap(), 500);
        assert_eq!(write_corpus(SEED_ARTICLE, 500, 7, &b).unwrap(), 500);
        let text = std::fs::read_to_string(&a).unwrap();
        assert_eq!(text, std::fs::read_to_string(&b).unwrap());
        let bodies: HashSet<String> = text
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["text"].to_string())
            .collect();
        assert_eq!(bodies.len(), 500);
        assert!(!text.contains("\"Comments"), "short lines are not paragraphs");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn passes_repeat_the_input_or_stop_at_the_parse_budget() {
        let coder = Coder::new(super::super::load_pipeline(None).unwrap());
        let docs = vec![Document {
            id: "a".into(),
            text: "Japan proposed sanctions. China objected.".into(),
            ..Document::default()
        }];
        let pool = thread_pool(Some(1)).unwrap();
        let args = |repeat, min_parse_ms| Args {
            inputs: Vec::new(),
            models: None,
            threads: 1,
            repeat,
            min_parse_ms,
            clock: "cpu".into(),
            json: false,
        };
        let (_, sentences, passes) = measure(&coder, &docs, &args(Some(3), 60_000), &pool);
        assert_eq!(
            (sentences, passes),
            (6, 3),
            "--repeat 3 makes 3 passes whatever the budget"
        );
        let (_, sentences, passes) = measure(&coder, &docs, &args(None, 0), &pool);
        assert_eq!((sentences, passes), (2, 1), "a budget of 0 ms is met by the first pass");
    }

    #[test]
    fn too_few_paragraphs_is_an_error() {
        let out = std::env::temp_dir().join(format!("dyad-corpus-few-{}.jsonl", std::process::id()));
        assert!(write_corpus("short\n", 10, 1, &out).is_err());
    }
}
