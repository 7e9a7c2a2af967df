//! Matcher throughput: the embedded actor lexicon over a token stream of news-like text.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad_lexicon::actors::ActorLexicon;

const TEXT: &str = "South Korea's top nuclear negotiator met US Assistant Secretary of State Christopher Hill \
in Beijing on Tuesday , while Japan's foreign minister told reporters in Tokyo that the UN Security Council \
would discuss sanctions against North Korea . Chinese troops and Russian officials were also mentioned by \
Kyodo News agency and Reuters , and a Macau bank froze accounts linked to Pyongyang .";

fn bench(c: &mut Criterion) {
    let lex = ActorLexicon::embedded();
    let words: Vec<&str> = TEXT.split_whitespace().collect();
    let tokens: Vec<&str> = words.iter().copied().cycle().take(10_000).collect();
    let mut group = c.benchmark_group("actor_matcher");
    group.throughput(Throughput::Elements(tokens.len() as u64));
    group.bench_function("find_10k_tokens", |b| {
        b.iter(|| lex.find(std::hint::black_box(&tokens)).len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
