//! The number grammar alone, on news text and on pathological input (linear time).
//!
//! `cargo bench --bench numbers`. Groups: `numbers/news` (the seed article's text, or a
//! built-in paragraph without the shared data) with `annotate` beside it for the share of
//! the numeric stage; `numbers/pathological` (1 MB of digits, `one one one …`, numbers).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use highlit::{numbers, tokenize};
use std::hint::black_box;

const PARAGRAPH: &str = "Russia launched its full-scale invasion of Ukraine in February 2022 and \
currently occupies approximately 20% of the country's territory. Over 95,000 Russian combatants \
were reported killed by December 2024, when officials acknowledged 43,000 deaths. On Friday, \
the fund said it would spend $1.2 trillion, or £3.2bn a year, over the next two years; prices \
rose 3.5 percent last week, and temperatures hit 30°C at 3:30 p.m. EST. ";

fn news_text() -> String {
    let golden = std::fs::read_to_string("../shared/golden/seed-article.json").ok();
    let text = golden
        .and_then(|raw| serde_json::from_str::<serde_json::Value>(&raw).ok())
        .and_then(|v| v["text"].as_str().map(str::to_string));
    text.unwrap_or_else(|| PARAGRAPH.repeat(10))
}

fn news(c: &mut Criterion) {
    let text = news_text();
    let tokens = tokenize::tokenize(&text);
    let mut group = c.benchmark_group("numbers/news");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("find", |b| {
        b.iter(|| numbers::find(black_box(&text), black_box(&tokens.tokens)))
    });
    group.bench_function("annotate", |b| {
        b.iter(|| highlit::annotate(black_box(&text)))
    });
    group.finish();
}

fn pathological(c: &mut Criterion) {
    let inputs = [
        ("digits-1MB", "9".repeat(1 << 20)),
        ("one-one-one-1MB", "one ".repeat(1 << 18)),
        ("numbers-1MB", "1,000 $5 20% ".repeat(1 << 16)),
    ];
    let mut group = c.benchmark_group("numbers/pathological");
    group.sample_size(10);
    for (name, text) in &inputs {
        let tokens = tokenize::tokenize(text);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| numbers::find(black_box(text), black_box(&tokens.tokens)))
        });
    }
    group.finish();
}

criterion_group!(benches, news, pathological);
criterion_main!(benches);
