//! Quick throughput probe: `cargo run --release --example throughput < text`.
use std::io::Read;
use std::time::Instant;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let a = highlit::Annotator::default();
    let t = Instant::now();
    a.annotate("Warm up: the model and gazetteers load on first use.");
    eprintln!("first call: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..5 {
        n = a.annotate(&s).len();
    }
    let annotate = t.elapsed().as_secs_f64() / 5.0;
    let t = Instant::now();
    for _ in 0..5 {
        std::hint::black_box(highlit::tokenize::tokenize(&s));
    }
    let tok = t.elapsed().as_secs_f64() / 5.0;
    let mb = s.len() as f64 / 1e6;
    println!(
        "{mb:.2} MB, {n} annotations: annotate {:.1} MB/s, tokenize {:.1} MB/s",
        mb / annotate,
        mb / tok
    );
}
