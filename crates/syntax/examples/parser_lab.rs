//! Parser experiments without building the CLI: trains a parser on jackknifed training tags
//! (computed once and cached in a CoNLL-U file), then reports dev UAS/LAS (dev tagged by the
//! embedded tagger) and the parser's own speed on dev for several compressions of the model, and
//! saves the model.
//!
//! `cargo run --release -p dyad-syntax --example parser_lab -- TRAIN DEV JACKKNIFED_CACHE OUT.bin.zst [EPOCHS]`

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
    let train = if std::path::Path::new(&args[3]).exists() {
        read(&args[3])
    } else {
        let (tagged, accuracy) = dyad_syntax::train::jackknife_tags(&read(&args[1]), &TrainOptions::default());
        eprintln!("lab: jackknifed tags, held-out UPOS {accuracy:.2}%");
        std::fs::write(&args[3], conllu::write(&tagged)).expect("cache written");
        tagged
    };
    let mut dev = read(&args[2]);
    let tagger: Tagger = model::decode(model::embedded::TAGGER, "embedded tagger").expect("embedded tagger");
    for s in &mut dev {
        tagger.tag(&mut s.words);
    }
    let options = TrainOptions {
        seed: 1,
        epochs: args.get(5).and_then(|e| e.parse().ok()),
        dev: dev.clone(),
        verbose: true,
    };
    let started = Instant::now();
    let (mut parser, trainer) = Parser::train_raw(&train, &options);
    eprintln!("lab: trained in {:.1?}", started.elapsed());
    model::save(&parser, std::path::Path::new(&args[4])).expect("model saved");
    let tokens: usize = dev.iter().map(|s| s.words.len()).sum();
    for (max_features, min_abs, load) in [
        (400_000, 0.01, 0.5),
        (400_000, 0.01, 0.8),
        (300_000, 0.01, 0.8),
        (200_000, 0.01, 0.8),
        (200_000, 0.05, 0.8),
        (400_000, 0.1, 0.8),
    ] {
        parser.set_weights(trainer.average(min_abs, max_features, load));
        let mut best = 0.0f64;
        for _ in 0..3 {
            let started = cpu_seconds();
            for _ in 0..4 {
                for s in &dev {
                    let mut words = s.words.clone();
                    parser.parse(&mut words);
                }
            }
            best = best.max(4.0 * tokens as f64 / (cpu_seconds() - started).max(0.01));
        }
        let (uas, las) = parser.attachment_scores(&dev);
        let bytes = model::encode(&parser).len();
        eprintln!(
            "lab: features<={max_features} |w|>={min_abs} load<={load}: dev UAS {uas:.2} LAS {las:.2}, \
             {best:.0} tokens/s (parser only, CPU time, best of 3), {bytes} bytes"
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
