//! Throughput of the tagger and lemmatizer on one core: `cargo bench -p dyad-syntax --bench tagger`.
//! Tags EWT dev (from `../shared`, or `$DYAD_SHARED`) with the embedded models, or those in `$DYAD_MODELS`.

use dyad_syntax::lemmatizer::Lemmatizer;
use dyad_syntax::tagger::Tagger;
use dyad_syntax::{conllu, model, Word};
use std::path::Path;
use std::time::Instant;

fn main() {
    let shared = std::env::var_os("DYAD_SHARED")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    let root = shared.join("data/ud-ewt/en_ewt-ud-dev.conllu");
    let Ok(text) = std::fs::read_to_string(&root) else {
        eprintln!("tagger bench: SKIPPED: {} is absent", root.display());
        return;
    };
    let (tagger, lemmatizer): (Tagger, Lemmatizer) = match std::env::var_os("DYAD_MODELS") {
        Some(dir) => {
            let dir = Path::new(&dir);
            let started = Instant::now();
            let t = model::load(&dir.join("tagger.bin.zst")).expect("tagger model");
            let l = model::load(&dir.join("lemmatizer.bin.zst")).expect("lemmatizer model");
            println!("load time {:.1?} ({})", started.elapsed(), dir.display());
            (t, l)
        }
        None if !model::embedded::TAGGER.is_empty() => {
            let started = Instant::now();
            let t = model::decode(model::embedded::TAGGER, "embedded tagger").expect("tagger model");
            let l = model::decode(model::embedded::LEMMATIZER, "embedded lemmatizer").expect("lemmatizer model");
            println!("load time {:.1?} (embedded)", started.elapsed());
            (t, l)
        }
        None => {
            eprintln!("tagger bench: SKIPPED: no embedded models and DYAD_MODELS unset");
            return;
        }
    };
    let (gold, _) = conllu::read(&text);
    let sentences: Vec<Vec<Word>> = gold
        .iter()
        .map(|s| {
            s.words
                .iter()
                .map(|w| Word {
                    form: w.form.clone(),
                    ..Word::default()
                })
                .collect()
        })
        .collect();
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    let rounds = 5;
    for (name, lemmatize) in [("tagger", false), ("tagger+lemmatizer", true)] {
        let mut work = sentences.clone();
        let cpu_started = cpu_seconds();
        let started = Instant::now();
        for _ in 0..rounds {
            for s in &mut work {
                tagger.tag(s);
                if lemmatize {
                    lemmatizer.lemmatize(s);
                }
            }
        }
        let secs = started.elapsed().as_secs_f64();
        let n = (tokens * rounds) as f64;
        let cpu = match (cpu_started, cpu_seconds()) {
            (Some(a), Some(b)) => format!(", {:.0} tokens per CPU-second", n / (b - a)),
            _ => String::new(),
        };
        println!(
            "{name}: {tokens} tokens x {rounds} in {secs:.2}s wall = {:.0} tokens/s (one thread){cpu}",
            n / secs
        );
    }
}

/// CPU time of this thread (Linux `/proc/thread-self/schedstat`), which a busy machine does not
/// inflate the way it inflates wall time.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
