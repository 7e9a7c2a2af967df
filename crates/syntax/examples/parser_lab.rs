//! Parser experiments without building the CLI: trains a parser on jackknifed training tags
//! (computed once and cached in a CoNLL-U file), then reports dev UAS/LAS (dev tagged by the
//! embedded tagger) and the parser's own speed on dev for several compressions of the model and
//! beam widths, and saves the model.
//!
//! `cargo run --release -p dyad-syntax --example parser_lab -- TRAIN DEV JACKKNIFED_CACHE OUT.bin.zst
//! [EPOCHS [BEAM [BEAM_EPOCHS [FEATURES]]]]` (greedy epochs, training beam, global epochs, shipped features);
//! with `LAB_SNAPSHOTS=DIR` the model after each global epoch is written there.

use dyad_syntax::parser::weights::Trainer;
use dyad_syntax::parser::Parser;
use dyad_syntax::tagger::Tagger;
use dyad_syntax::train::TrainOptions;
use dyad_syntax::{conllu, model};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 5 {
        eprintln!("usage: parser_lab TRAIN DEV JACKKNIFED_CACHE OUT.bin.zst [EPOCHS]");
        std::process::exit(2);
    }
    let read = |p: &str| conllu::read(&std::fs::read_to_string(p).expect("readable treebank")).0;
    let tagger: Tagger = model::decode(model::embedded::TAGGER, "embedded tagger").expect("embedded tagger");
    let clusters = std::sync::Arc::new(tagger.clusters().clone());
    let mut train = if std::path::Path::new(&args[3]).exists() {
        read(&args[3])
    } else {
        let jackknife = TrainOptions {
            clusters: clusters.clone(),
            ..TrainOptions::default()
        };
        let (tagged, accuracy) = dyad_syntax::train::jackknife_tags(&read(&args[1]), &jackknife);
        eprintln!("lab: jackknifed tags, held-out UPOS {accuracy:.2}%");
        std::fs::write(&args[3], conllu::write(&tagged)).expect("cache written");
        tagged
    };
    for s in &mut train {
        clusters.annotate(&mut s.words); // the CoNLL-U cache does not keep them
    }
    let mut dev = read(&args[2]);
    for s in &mut dev {
        tagger.tag(&mut s.words);
    }
    let options = TrainOptions {
        seed: 1,
        epochs: args.get(5).and_then(|e| e.parse().ok()),
        beam: args
            .get(6)
            .and_then(|e| e.parse().ok())
            .unwrap_or(dyad_syntax::parser::DEFAULT_BEAM),
        beam_epochs: args.get(7).and_then(|e| e.parse().ok()),
        snapshots: std::env::var_os("LAB_SNAPSHOTS").map(std::path::PathBuf::from),
        dev: dev.clone(),
        verbose: true,
        clusters,
    };
    // The greedy phase is checkpointed next to the jackknifed cache: experiments with the global
    // phase resume from it (the result is the same as one run, see `Parser::train_from`).
    let greedy_epochs = options.epochs.unwrap_or(dyad_syntax::parser::DEFAULT_EPOCHS);
    let checkpoint = format!("{}.greedy-{greedy_epochs}-seed{}.trainer", args[3], options.seed);
    let started = Instant::now();
    let cpu_started = cpu_seconds();
    let trainer: Trainer = match std::fs::read(&checkpoint) {
        Ok(bytes) => postcard::from_bytes(&bytes).expect("readable checkpoint"),
        Err(_) => {
            let greedy = TrainOptions {
                beam: 1,
                ..options.clone()
            };
            let (_, trainer) = Parser::train_raw(&train, &greedy);
            std::fs::write(&checkpoint, postcard::to_stdvec(&trainer).expect("serializable")).expect("checkpoint");
            eprintln!("lab: greedy phase checkpointed in {checkpoint}");
            trainer
        }
    };
    let global = TrainOptions {
        epochs: Some(0),
        ..options.clone()
    };
    let (mut parser, trainer) = Parser::train_from(&train, &global, trainer);
    eprintln!(
        "lab: trained in {:.1?} ({:.0} CPU seconds)",
        started.elapsed(),
        cpu_seconds() - cpu_started
    );
    let features: usize = args.get(8).and_then(|e| e.parse().ok()).unwrap_or(400_000);
    parser.set_weights(trainer.average(0.01, features, 0.5));
    model::save(&parser, std::path::Path::new(&args[4])).expect("model saved");
    let trained_beam = parser.beam();
    let tokens: usize = dev.iter().map(|s| s.words.len()).sum();
    for (max_features, min_abs, load, beam) in [
        (features, 0.01, 0.5, 1),
        (features, 0.01, 0.5, 2),
        (features, 0.01, 0.5, 4),
        (features, 0.01, 0.5, 8),
        (features, 0.01, 0.5, 16),
        (400_000, 0.01, 0.5, trained_beam),
        (800_000, 0.01, 0.5, trained_beam),
        (1_600_000, 0.01, 0.5, trained_beam),
    ] {
        parser.set_weights(trainer.average(min_abs, max_features, load));
        parser.set_beam(beam);
        let mut best = 0.0f64;
        let reps = if beam > 1 { 1 } else { 4 };
        for _ in 0..2 {
            let started = cpu_seconds();
            for _ in 0..reps {
                for s in &dev {
                    let mut words = s.words.clone();
                    parser.parse(&mut words);
                }
            }
            best = best.max(reps as f64 * tokens as f64 / (cpu_seconds() - started).max(0.01));
        }
        let (uas, las) = parser.attachment_scores(&dev);
        let bytes = model::encode(&parser).len();
        eprintln!(
            "lab: beam {beam} features<={max_features} |w|>={min_abs} load<={load}: dev UAS {uas:.2} LAS {las:.2}, \
             {best:.0} tokens/s (parser only, CPU time, best of 2), {bytes} bytes"
        );
    }
}

/// CPU time of this process so far (Linux `/proc/self/stat`, user + system, 10 ms ticks): steadier
/// than wall-clock time on a busy machine.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<f64> = after.split_whitespace().map(|x| x.parse().unwrap_or(0.0)).collect();
    (fields.get(11).unwrap_or(&0.0) + fields.get(12).unwrap_or(&0.0)) / 100.0
}
