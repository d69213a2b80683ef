//! `highlit-train`: trains the name model on CoNLL-2003, evaluates highlit end to end, and
//! writes the CoNLL text the benchmarks annotate.
//!
//! ```text
//! highlit-train train [--config train/corpora.toml] [--out data/model/ner.bin]
//! highlit-train eval [--config train/corpora.toml]
//! highlit-train eval --data FILE [--labels PER,ORG,LOC] [--blocks]
//! highlit-train text --data ../shared/data/conll2003/valid.txt [--out FILE]
//! highlit-train text --config FILE --out DIR
//! highlit-train eval [--config FILE] --predictions DIR
//! highlit-train names [--model FILE] < sentences
//! ```
//!
//! `train/corpora.toml` lists the corpora: those with role `train` are learned from (each with
//! its label set and weight), the `dev` ones are measured by `eval`, and those marked
//! `calibrate` fit the confidence score. `--data` trains on, or evaluates, one file instead
//! (all four types unless `--labels` says; `--blocks` makes each block a document).
//!
//! Training options, with their defaults: `--epochs` (16), `--ensemble` (5) perceptrons
//! averaged, `--min-count` (2) occurrences for a feature to be kept, `--clip` (1.0) quantile
//! of |weight| that sets the i8 scale, `--min-weight` (6) steps of that scale a weight needs
//! to be kept in the file, `--user-gazetteer-docs` (0.3) share of documents trained with a
//! simulated user gazetteer, `--word-dropout` (0.2) share of words read as unseen while
//! training, `--gazetteer-dropout` (0.3) share of gold names whose built-in list matches are
//! hidden while training, `--seed`, and the ablations `--no-local` (no per-token updates)
//! and `--no-doc-features` (no second pass). `prune --model FILE --min-weight K --out FILE`
//! writes a smaller file of a model file, calibrated again; `eval --model FILE` evaluates a
//! model file instead of the embedded one. `HIGHLIT_DEBUG_ERRORS=1` makes `eval` list its
//! misses on stderr; `HIGHLIT_DEBUG_MARGINS=1` makes `train` print
//! the margin distribution. `text` writes the rebuilt documents to `--out` (stdout without).
//!
//! To score another annotator (an older build, a peer) on exactly the same documents,
//! `text --config FILE --out DIR` writes each dev corpus as `DIR/NAME.jsonl` (`{"id", "text"}`
//! a line), and `eval --predictions DIR` scores `DIR/NAME.jsonl` as that annotator wrote it
//! (the `highlit --jsonl --offsets bytes` shape: `annotations` of `start`, `end` in bytes,
//! `label`, optional `score`, a line per document in order) instead of annotating. `names`
//! prints the names found in each line of standard input, to try sentences on a model file.
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
mod corpora;
mod corpus;
mod eval;
mod perceptron;

use corpora::Role;
use corpus::{Doc, Grouping, ALL_LABELS};
use perceptron::TrainConfig;
use std::error::Error;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

type Res<T> = Result<T, Box<dyn Error>>;

const USAGE: &str =
    "usage: highlit-train (train|prune|eval|names|text) [--config FILE] [--data PATH] [options]";

/// What the command line asks for.
struct Args {
    command: String,
    config: String,
    data: Option<String>,
    labels: Option<String>,
    grouping: Grouping,
    out: Option<String>,
    model: Option<String>,
    predictions: Option<String>,
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
    let mut config = String::from("train/corpora.toml");
    let mut labels = None;
    let mut grouping = Grouping::Documents;
    let mut out = None;
    let mut model = None;
    let mut predictions = None;
    let mut cfg = TrainConfig {
        epochs: 16,
        min_count: 2,
        clip_quantile: 1.0,
        user_gaz_docs: 0.3,
        seed: 0x5eed_1e55,
        local: true,
        ensemble: 5,
        doc_features: true,
        word_dropout: 0.2,
        min_weight: 6.0,
        gazetteer_dropout: 0.3,
    };
    while let Some(arg) = parser.next()? {
        match arg {
            Long("data") => data = Some(parser.value()?.string()?),
            Long("config") => config = parser.value()?.string()?,
            Long("labels") => labels = Some(parser.value()?.string()?),
            Long("blocks") => grouping = Grouping::Blocks,
            Long("model") => model = Some(parser.value()?.string()?),
            Long("predictions") => predictions = Some(parser.value()?.string()?),
            Long("out") => out = Some(parser.value()?.string()?),
            Long("epochs") => cfg.epochs = parser.value()?.parse()?,
            Long("min-count") => cfg.min_count = parser.value()?.parse()?,
            Long("clip") => cfg.clip_quantile = parser.value()?.parse()?,
            Long("user-gazetteer-docs") => cfg.user_gaz_docs = parser.value()?.parse()?,
            Long("ensemble") => cfg.ensemble = parser.value()?.parse::<usize>()?.max(1),
            Long("no-doc-features") => cfg.doc_features = false,
            Long("no-local") => cfg.local = false,
            Long("word-dropout") => cfg.word_dropout = parser.value()?.parse()?,
            Long("min-weight") => cfg.min_weight = parser.value()?.parse()?,
            Long("gazetteer-dropout") => cfg.gazetteer_dropout = parser.value()?.parse()?,
            Long("seed") => cfg.seed = parser.value()?.parse()?,
            _ => return Err(arg.unexpected().into()),
        }
    }
    Ok(Args {
        command,
        config,
        data,
        labels,
        grouping,
        out,
        model,
        predictions,
        cfg,
    })
}

/// The documents of `--data`, with the types `--labels` names (all four without it).
fn data_docs(args: &Args, path: &str) -> Res<Vec<Doc>> {
    let mut mask = ALL_LABELS;
    if let Some(labels) = &args.labels {
        mask = 0;
        for l in labels.split(',') {
            mask |= 1 << corpus::conll_type(l.trim()).ok_or_else(|| format!("label {l:?}"))?;
        }
    }
    Ok(corpus::read_grouped(path, args.grouping)?
        .into_iter()
        .map(|d| Doc::new(d, mask, 1.0))
        .collect())
}

/// The corpora of the configuration with role `role` (paths relative to the folder above
/// the configuration's), as (name, documents, calibrate).
fn config_corpora(args: &Args, role: Role) -> Res<Vec<(String, Vec<Doc>, bool)>> {
    let path = Path::new(&args.config);
    let root = path
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("."));
    let mut out = Vec::new();
    for entry in corpora::entries(path)? {
        if entry.role() == role {
            let calibrate = entry.calibrate;
            let corpus = entry.read(root)?;
            out.push((corpus.entry.name, corpus.docs, calibrate));
        }
    }
    Ok(out)
}

/// Makes annotators use the model file at `path` instead of the embedded one (`--model`).
fn use_model_file(path: &str) -> Res<()> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let model = highlit::train::Model::from_bytes(&bytes).map_err(|e| format!("{path}: {e:?}"))?;
    if !highlit::train::use_model(model) {
        return Err("a model was already in use".into());
    }
    Ok(())
}

fn main() -> Res<()> {
    let args = parse_args()?;
    if let (Some(path), "eval" | "names") = (&args.model, args.command.as_str()) {
        use_model_file(path)?;
    }
    match args.command.as_str() {
        "train" => {
            let t0 = Instant::now();
            let docs = match &args.data {
                Some(path) => data_docs(&args, path)?,
                None => {
                    let mut docs = Vec::new();
                    for (name, d, _) in config_corpora(&args, Role::Train)? {
                        eprintln!("{name}: {} documents", d.len());
                        docs.extend(d);
                    }
                    docs
                }
            };
            let valid: Vec<Doc> = config_corpora(&args, Role::Dev)?
                .into_iter()
                .filter(|c| c.2)
                .flat_map(|c| c.1)
                .collect();
            eprintln!(
                "{} training documents, {} to calibrate on",
                docs.len(),
                valid.len()
            );
            let weights = perceptron::train(&docs, &args.cfg, t0);
            let bytes = calibrate::write_model(
                &weights,
                args.cfg.clip_quantile,
                args.cfg.min_weight,
                &valid,
                t0,
            );
            let out = args.out.as_deref().unwrap_or("data/model/ner.bin");
            std::fs::write(out, &bytes)?;
            eprintln!(
                "wrote {out}: {} bytes; trained in {:.1}s",
                bytes.len(),
                t0.elapsed().as_secs_f32()
            );
        }
        "prune" => {
            // A model file made smaller: weights under `--min-weight` steps dropped, then
            // calibrated again. Cheaper than training again to try sizes.
            let path = args.model.as_deref().ok_or("prune needs --model FILE")?;
            let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
            let model = highlit::train::Model::from_bytes(&bytes).map_err(|e| format!("{e:?}"))?;
            let (feats, trans, end, clip) = model.parts();
            let valid: Vec<Doc> = config_corpora(&args, Role::Dev)?
                .into_iter()
                .filter(|c| c.2)
                .flat_map(|c| c.1)
                .collect();
            let w = perceptron::Averaged { feats, trans, end };
            let t0 = Instant::now();
            let out = calibrate::write_clipped(&w, clip, args.cfg.min_weight, &valid, t0);
            let to = args.out.as_deref().ok_or("prune needs --out FILE")?;
            std::fs::write(to, &out)?;
            eprintln!("wrote {to}: {} bytes", out.len());
        }
        "eval" => match &args.data {
            Some(path) => {
                eval::evaluate(&data_docs(&args, path)?, None);
            }
            None => {
                let dev = config_corpora(&args, Role::Dev)?;
                match &args.predictions {
                    Some(dir) => {
                        let mut found = Vec::new();
                        for (name, docs, _) in &dev {
                            found.push(eval::read_predictions(
                                &format!("{dir}/{name}.jsonl"),
                                docs.len(),
                            )?);
                        }
                        eval::evaluate_all(&dev, Some(found));
                    }
                    None => eval::evaluate_all(&dev, None),
                }
            }
        },
        "names" => {
            // Each line of standard input, with the names the model (`--model`, else the
            // embedded one) finds in it: for trying sentences against a candidate model.
            let annotator = highlit::Annotator::new(&highlit::Options::default())
                .map_err(|e| format!("{e}"))?;
            for line in std::io::stdin().lines() {
                let line = line?;
                let names: Vec<String> = annotator
                    .annotate(&line)
                    .iter()
                    .filter(|a| a.label.is_name())
                    .map(|a| format!("{}/{}", &line[a.span.start..a.span.end], a.label.as_str()))
                    .collect();
                println!("{line}\n    {}", names.join("  "));
            }
        }
        "text" if args.data.is_none() => {
            // Each dev corpus as JSONL, for another annotator to read (see `--predictions`).
            let dir = args.out.as_deref().ok_or("text --config needs --out DIR")?;
            std::fs::create_dir_all(dir)?;
            for (name, docs, _) in config_corpora(&args, Role::Dev)? {
                let mut out = Vec::new();
                for (i, doc) in docs.iter().enumerate() {
                    let line = serde_json::json!({ "id": i, "text": doc.text });
                    writeln!(out, "{line}")?;
                }
                std::fs::write(format!("{dir}/{name}.jsonl"), out)?;
            }
        }
        "text" => {
            let path = args.data.as_deref().ok_or("text needs --data PATH")?;
            let docs = corpus::read_documents(path)?;
            let mut text = Vec::new();
            corpus::write_text(&docs, &mut text)?;
            match &args.out {
                Some(path) => std::fs::write(path, &text)?,
                None => std::io::stdout().lock().write_all(&text)?,
            }
        }
        other => {
            return Err(format!(
                "unknown command {other:?}; expected train, prune, eval, names or text"
            )
            .into())
        }
    }
    Ok(())
}
