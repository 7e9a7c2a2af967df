//! Parser throughput (tokens/s, one core): parses the EWT dev sentences (gold tags) with the
//! embedded parser model. Run with `cargo bench -p dyad-syntax --bench parser`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad_syntax::parser::Parser;
use dyad_syntax::{conllu, model, ParsedSentence};
use std::path::Path;

fn load_dev() -> Option<Vec<ParsedSentence>> {
    // `../shared` from the repository root; one level further up from a worktree under `wt/`.
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates = ["../../../shared", "../../../../shared"].map(|p| crate_dir.join(p));
    let shared = candidates.iter().find(|p| p.is_dir()).unwrap_or(&candidates[0]);
    let path = shared.join("data/ud-ewt/en_ewt-ud-dev.conllu");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(conllu::read(&text).0),
        Err(e) => {
            eprintln!("parser bench skipped: cannot read {}: {e}", path.display());
            None
        }
    }
}

fn parser_throughput(c: &mut Criterion) {
    let Some(dev) = load_dev() else { return };
    if model::embedded::PARSER.is_empty() {
        eprintln!("parser bench skipped: no embedded parser model (data/models/parser.bin.zst)");
        return;
    }
    let started = std::time::Instant::now();
    let parser: Parser = model::decode(model::embedded::PARSER, "embedded parser").expect("embedded model decodes");
    eprintln!("parser model loaded in {:.1?}", started.elapsed());
    let tokens: usize = dev.iter().map(|s| s.words.len()).sum();
    let mut group = c.benchmark_group("parser");
    group.sample_size(10);
    group.throughput(Throughput::Elements(tokens as u64));
    group.bench_function("parse EWT dev (gold tags)", |b| {
        b.iter(|| {
            let mut heads = 0usize;
            for s in &dev {
                let mut words = s.words.clone();
                parser.parse(&mut words);
                heads += words[0].head;
            }
            heads
        })
    });
    group.finish();
    let mut group = c.benchmark_group("parser model");
    group.sample_size(10);
    group.bench_function("load (decompress + deserialize)", |b| {
        b.iter(|| model::decode::<Parser>(model::embedded::PARSER, "embedded parser").expect("decodes"))
    });
    group.finish();
}

criterion_group!(benches, parser_throughput);
criterion_main!(benches);
