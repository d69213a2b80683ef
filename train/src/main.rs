//! `highlit-train`: trains the name model on CoNLL-2003, evaluates highlit end to end, and
//! writes the CoNLL text the benchmarks annotate.
//!
//! ```text
//! highlit-train train --data ../shared/data/conll2003/train.txt \
//!     --valid ../shared/data/conll2003/valid.txt --out data/model/ner.bin
//! highlit-train eval --data ../shared/data/conll2003/valid.txt
//! highlit-train text --data ../shared/data/conll2003/valid.txt [--out FILE]
//! ```
//!
//! Training options, with their defaults: `--epochs` (24), `--ensemble` (7) perceptrons
//! averaged, `--min-count` (2) occurrences for a feature to be kept, `--clip` (1.0) quantile
//! of |weight| that sets the i8 scale, `--user-gazetteer-docs` (0.3) share of documents
//! trained with a simulated user gazetteer, `--word-dropout` (0.2) share of words read as
//! unseen while training, `--seed`, and the ablations `--no-local` (no
//! per-token updates) and `--no-doc-features` (no second pass). `HIGHLIT_DEBUG_ERRORS=1`
//! makes `eval` list its misses on stderr; `HIGHLIT_DEBUG_MARGINS=1` makes `train` print
//! the margin distribution. `text` writes the rebuilt documents to `--out` (stdout without).
//!
//! Each CoNLL document is rebuilt as text (tokens joined by single spaces, sentences by
//! newlines) and tokenized by highlit itself; the CoNLL labels are projected onto highlit's
//! tokens by byte offsets, so training sees exactly the tokens users' text produces, and
//! evaluation goes through the public `Annotator::annotate`. Nothing of the corpus is
//! written out but by `text`: the model holds hashed feature ids and weights only.
//!
//! The files: `corpus.rs` reads CoNLL, `perceptron.rs` trains, `calibrate.rs` writes and
//! calibrates the model file, `eval.rs` evaluates; this one reads the command line.

mod calibrate;
mod corpus;
mod eval;
mod perceptron;

use perceptron::TrainConfig;
use std::error::Error;
use std::io::Write;
use std::time::Instant;

type Res<T> = Result<T, Box<dyn Error>>;

const USAGE: &str = "usage: highlit-train (train|eval|text) --data PATH [options]";

/// What the command line asks for.
struct Args {
    command: String,
    data: String,
    valid: String,
    out: Option<String>,
    cfg: TrainConfig,
}

fn parse_args() -> Res<Args> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let command = match parser.next()? {
        Some(Value(v)) => v.string()?,
        _ => return Err(USAGE.into()),
    };
    let mut data = None;
    let mut valid = String::from("../shared/data/conll2003/valid.txt");
    let mut out = None;
    let mut cfg = TrainConfig {
        epochs: 24,
        min_count: 2,
        clip_quantile: 1.0,
        user_gaz_docs: 0.3,
        seed: 0x5eed_1e55,
        local: true,
        ensemble: 7,
        doc_features: true,
        word_dropout: 0.2,
    };
    while let Some(arg) = parser.next()? {
        match arg {
            Long("data") => data = Some(parser.value()?.string()?),
            Long("valid") => valid = parser.value()?.string()?,
            Long("out") => out = Some(parser.value()?.string()?),
            Long("epochs") => cfg.epochs = parser.value()?.parse()?,
            Long("min-count") => cfg.min_count = parser.value()?.parse()?,
            Long("clip") => cfg.clip_quantile = parser.value()?.parse()?,
            Long("user-gazetteer-docs") => cfg.user_gaz_docs = parser.value()?.parse()?,
            Long("ensemble") => cfg.ensemble = parser.value()?.parse::<usize>()?.max(1),
            Long("no-doc-features") => cfg.doc_features = false,
            Long("no-local") => cfg.local = false,
            Long("word-dropout") => cfg.word_dropout = parser.value()?.parse()?,
            Long("seed") => cfg.seed = parser.value()?.parse()?,
            _ => return Err(arg.unexpected().into()),
        }
    }
    let data = data.ok_or("--data PATH is required")?;
    Ok(Args {
        command,
        data,
        valid,
        out,
        cfg,
    })
}

fn main() -> Res<()> {
    let args = parse_args()?;
    match args.command.as_str() {
        "train" => {
            let t0 = Instant::now();
            let docs = corpus::read_conll(&args.data)?;
            let valid = corpus::read_conll(&args.valid)?;
            eprintln!("{} training documents, {} valid", docs.len(), valid.len());
            let weights = perceptron::train(&docs, &args.cfg, t0);
            let bytes = calibrate::write_model(&weights, args.cfg.clip_quantile, &valid, t0);
            let out = args.out.as_deref().unwrap_or("data/model/ner.bin");
            std::fs::write(out, &bytes)?;
            eprintln!(
                "wrote {out}: {} bytes; trained in {:.1}s",
                bytes.len(),
                t0.elapsed().as_secs_f32()
            );
        }
        "eval" => eval::evaluate(&corpus::read_conll(&args.data)?),
        "text" => {
            let docs = corpus::read_documents(&args.data)?;
            let mut text = Vec::new();
            corpus::write_text(&docs, &mut text)?;
            match &args.out {
                Some(path) => std::fs::write(path, &text)?,
                None => std::io::stdout().lock().write_all(&text)?,
            }
        }
        other => {
            return Err(format!("unknown command {other:?}; expected train, eval or text").into())
        }
    }
    Ok(())
}
