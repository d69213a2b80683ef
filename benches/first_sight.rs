//! First-sight throughput of the native crate, in a fresh process. Reads the documents the
//! first-sight benchmark wrote (`HIGHLIT_FIRST_SIGHT_DOCS`: JSON lines `{"set":…,"text":…}`)
//! and the warm-up text (`HIGHLIT_FIRST_SIGHT_WARMUP`), annotates the warm-up once with a default `Annotator`, then
//! every document once with the same annotator, timing each set's documents as one block.
//! Prints one JSON line `{"engine":"native","sets":{set:{chars,ms,found}}}`, chars in UTF-16
//! code units as the JS runs count them. Run by `benches/first-sight.mjs` (`make bench`).

use serde::Deserialize;
use std::time::Instant;

#[derive(Deserialize)]
struct Doc {
    set: String,
    text: String,
}

fn main() {
    let var = |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set"));
    let docs_path = var("HIGHLIT_FIRST_SIGHT_DOCS");
    let docs: Vec<Doc> = std::fs::read_to_string(&docs_path)
        .unwrap_or_else(|e| panic!("{docs_path}: {e}"))
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line {set, text}"))
        .collect();
    let warm = std::fs::read_to_string(var("HIGHLIT_FIRST_SIGHT_WARMUP")).expect("warm-up text");
    let annotator = highlit::Annotator::default();
    annotator.annotate(&warm);
    let mut sets = serde_json::Map::new();
    let mut i = 0;
    while i < docs.len() {
        let set = &docs[i].set;
        let (mut chars, mut found) = (0, 0);
        let t0 = Instant::now();
        while i < docs.len() && &docs[i].set == set {
            chars += docs[i].text.encode_utf16().count();
            found += std::hint::black_box(annotator.annotate(&docs[i].text)).len();
            i += 1;
        }
        let ms = t0.elapsed().as_secs_f64() * 1e3;
        sets.insert(
            set.clone(),
            serde_json::json!({ "chars": chars, "ms": ms, "found": found }),
        );
    }
    println!(
        "{}",
        serde_json::json!({ "engine": "native", "sets": sets })
    );
}
