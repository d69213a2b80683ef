//! Repeated-text throughput of `annotate` (one annotator, the same text again and again, its
//! caches warm after the first pass; `benches/first_sight.rs` measures first sight) on news
//! text: CoNLL-2003 valid rebuilt as plain text (tokens joined by spaces, sentences by line
//! breaks), read from the file `HIGHLIT_BENCH_TEXT`
//! names, which `make bench` writes first with the trainer's reader (`highlit-train text`);
//! without it, a synthetic news-like text. Run with `make bench`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

/// The benchmark text and where it came from.
fn corpus() -> (String, &'static str) {
    let path = std::env::var_os("HIGHLIT_BENCH_TEXT");
    if let Some(text) = path.and_then(|p| std::fs::read_to_string(p).ok()) {
        return (text, "CoNLL-2003 valid");
    }
    let para = "On Friday, US President Donald Trump said over 95,000 soldiers had died since \
                February 2022, and that approximately 20% of Ukraine's territory, worth $1.2 \
                trillion, was occupied. Analysts in Washington expect 43,000 more by December 2024.\n";
    (para.repeat(8000), "synthetic")
}

fn bench(c: &mut Criterion) {
    let (text, source) = corpus();
    eprintln!(
        "annotate bench (repeated text): {source}, {} bytes",
        text.len()
    );
    let annotator = highlit::Annotator::default();
    let mut group = c.benchmark_group("annotate");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function(source, |b| b.iter(|| annotator.annotate(black_box(&text))));
    group.bench_function("tokenize", |b| {
        b.iter(|| highlit::tokenize::tokenize(black_box(&text)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
