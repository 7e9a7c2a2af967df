//! Tokenizer and sentence-splitter throughput on the demo article repeated 100 times; criterion
//! reports it in tokens per second ("elem/s").

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const ARTICLE: &str = include_str!("../../../examples/seed-article.txt");

fn bench(c: &mut Criterion) {
    let text = format!("{ARTICLE}\n").repeat(100);
    let tokens = dyad_text::split_sentences(&text)
        .iter()
        .map(|s| s.tokens.len())
        .sum::<usize>();
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Elements(tokens as u64));
    group.bench_function("split_sentences", |b| {
        b.iter(|| dyad_text::split_sentences(std::hint::black_box(&text)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
