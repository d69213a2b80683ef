//! Writes a corpus as JSONL `{"id","text"}` lines on standard output, for the Spark example
//! (`examples/spark/`) and the `--jobs` benchmark (`benches/jobs.sh`):
//!
//! ```text
//! cargo run --release --example corpus -- news DOCS [SEED]   news-like documents, the same for a seed
//! cargo run --release --example corpus -- conll2020 FILE     CoNLL-2020's documents at their offsets
//! ```

#[path = "../tests/common/news.rs"]
mod news;

#[path = "../tests/common/corpus.rs"]
mod corpus;

use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = BufWriter::new(std::io::stdout().lock());
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["news", docs, ref seed @ ..] => {
            let docs: u64 = docs.parse().expect("DOCS: a number");
            let seed = seed
                .first()
                .map_or(1, |s| s.parse().expect("SEED: a number"));
            for k in 0..docs {
                out.write_all(corpus::line(k, &corpus::news_doc(seed, k)).as_bytes())?;
            }
        }
        ["conll2020", file] => {
            let data = std::fs::read_to_string(file)?;
            for (k, text) in corpus::conll2020_docs(&data).iter().enumerate() {
                out.write_all(corpus::line(k, text).as_bytes())?;
            }
        }
        _ => {
            eprintln!("usage: corpus news DOCS [SEED] | corpus conll2020 FILE");
            std::process::exit(2);
        }
    }
    out.flush()
}
