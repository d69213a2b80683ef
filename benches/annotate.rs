//! Throughput of `annotate` on news text: CoNLL-2003 valid rebuilt as plain text (tokens
//! joined by spaces, sentences by line breaks) when ../shared is beside the repo, otherwise a
//! synthetic news-like text. Run with `make bench` or `cargo bench --bench annotate`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

/// The benchmark text and where it came from.
fn corpus() -> (String, &'static str) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/conll2003/valid.txt"
    );
    if let Ok(raw) = std::fs::read_to_string(path) {
        let mut text = String::new();
        let mut sentence: Vec<&str> = Vec::new();
        for line in raw.lines().chain([""]) {
            match line.split(' ').next() {
                Some("-DOCSTART-") => {}
                Some(word) if !word.is_empty() => sentence.push(word),
                _ if !sentence.is_empty() => {
                    text.push_str(&sentence.join(" "));
                    text.push('\n');
                    sentence.clear();
                }
                _ => {}
            }
        }
        return (text, "CoNLL-2003 valid");
    }
    let para = "On Friday, US President Donald Trump said over 95,000 soldiers had died since \
                February 2022, and that approximately 20% of Ukraine's territory, worth $1.2 \
                trillion, was occupied. Analysts in Washington expect 43,000 more by December 2024.\n";
    (para.repeat(8000), "synthetic")
}

fn bench(c: &mut Criterion) {
    let (text, source) = corpus();
    eprintln!("annotate bench: {source}, {} bytes", text.len());
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
