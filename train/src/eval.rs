//! Evaluation end to end: the public `Annotator::annotate` on CoNLL documents, scored per
//! label against the gold names (exact span and label), with the calibration error of the
//! confidence scores and the throughput, whole and by phase.

use crate::calibrate::ece;
use crate::corpus::Doc;
use highlit::tokenize::{tokenize, Tokens};
use highlit::train::{self as ner, DocTypes};
use highlit::{Annotation, Annotator, Options, Span};
use std::collections::{HashMap, HashSet};
use std::time::Instant;

/// Feature lookups per token on `docs`: local (all, and after the per-document cache),
/// context, and document (second-pass) features.
fn lookups(docs: &[Doc]) -> (f64, f64, f64, f64) {
    let (mut tokens, mut local, mut cached, mut context, mut second) = (0, 0, 0, 0, 0);
    let mut buf = Vec::new();
    for doc in docs {
        let p = ner::prepare(&doc.text, &doc.tokens, None);
        let mut seen = HashSet::new();
        let types = vec![0u8; p.infos.len()];
        let dt = DocTypes::new(&p, &types);
        for sent in &p.sentences {
            for i in sent.clone() {
                tokens += 1;
                buf.clear();
                ner::local_features(&p.infos[i], &mut buf);
                local += buf.len();
                if seen.insert(ner::local_key(&p.infos[i])) {
                    cached += buf.len();
                }
                buf.clear();
                ner::context_features(&p, sent, i, &mut buf);
                context += buf.len();
                buf.clear();
                ner::doc_features(&p, &dt, sent, i, &types, &mut buf);
                second += buf.len();
            }
        }
    }
    let t = tokens.max(1) as f64;
    (
        local as f64 / t,
        cached as f64 / t,
        context as f64 / t,
        second as f64 / t,
    )
}

/// Prints the evaluation of `docs` to stdout (and, with `HIGHLIT_DEBUG_ERRORS=1`, each miss
/// to stderr); returns the scores. Names of types the documents' corpus does not annotate
/// are left out of the count on both sides.
///
/// `given`: what another annotator found in each document (see [`read_predictions`]), scored
/// instead of annotating; then nothing is timed.
pub fn evaluate(docs: &[Doc], given: Option<Vec<Vec<Annotation>>>) -> Score {
    if let Some(found) = given {
        let mut score = Score::default();
        for (doc, found) in docs.iter().zip(found) {
            score.add(doc, found);
        }
        score.print();
        return score;
    }
    let (l, lc, c, d) = lookups(docs);
    println!(
        "feature lookups per token: local {l:.2} ({lc:.2} after the per-document cache), \
         context {c:.2}, document {d:.2} (with an all-O first pass)"
    );
    let annotator = Annotator::new(&Options::default()).expect("default options");
    let t_load = Instant::now();
    annotator.annotate("Warm up: load the model and the gazetteers.");
    println!(
        "first call (loads model and gazetteers): {:.3}s",
        t_load.elapsed().as_secs_f64()
    );
    let t0 = Instant::now();
    let found: Vec<Vec<Annotation>> = docs.iter().map(|d| annotator.annotate(&d.text)).collect();
    let secs = t0.elapsed().as_secs_f64();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let phases = phase_seconds(docs);
    let debug = std::env::var_os("HIGHLIT_DEBUG_ERRORS").is_some();
    let mut score = Score::default();
    for (doc, found) in docs.iter().zip(found) {
        if debug {
            print_errors(doc, &found);
        }
        score.add(doc, found);
    }
    score.print();
    println!();
    println!(
        "expected calibration error (10 bins, over {} names found): {:.4}",
        score.probs.len(),
        ece(&score.probs)
    );
    println!(
        "{} documents, {} bytes annotated in {:.3}s: {:.2} MB/s (this build)",
        docs.len(),
        bytes,
        secs,
        bytes as f64 / secs / 1e6
    );
    let mbs = |s: f64| bytes as f64 / s / 1e6;
    println!(
        "by phase: tokenize {:.2} MB/s, numbers {:.2} MB/s, names {:.2} MB/s (best of 5)",
        mbs(phases[0]),
        mbs(phases[1]),
        mbs(phases[2])
    );
    score
}

/// Seconds to tokenize `docs`, to find their numbers, and to find their names (best of five:
/// the machine is shared, and the minimum is the least disturbed run).
fn phase_seconds(docs: &[Doc]) -> [f64; 3] {
    let t1 = Instant::now();
    let tokenized: Vec<Tokens> = docs.iter().map(|d| tokenize(&d.text)).collect();
    let tok_secs = t1.elapsed().as_secs_f64();
    let t1 = Instant::now();
    for (d, t) in docs.iter().zip(&tokenized) {
        std::hint::black_box(highlit::numbers::find(&d.text, &t.tokens));
    }
    let num_secs = t1.elapsed().as_secs_f64();
    // One cache for every run, as one annotator keeps it: the best run reads kept sums.
    let cache = ner::SumsCache::default();
    let name_secs = (0..5)
        .map(|_| {
            let t1 = Instant::now();
            for (d, t) in docs.iter().zip(&tokenized) {
                std::hint::black_box(ner::find(&d.text, t, None, &cache));
            }
            t1.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min);
    [tok_secs, num_secs, name_secs]
}

/// The type index (into `ner::TYPES`) of a name annotation; `None` for numbers.
fn type_of(a: &Annotation) -> Option<usize> {
    ner::TYPES.iter().position(|&l| l == a.label)
}

/// Counts per type: true positives, found, gold; and (confidence, correct) per name found.
#[derive(Default)]
pub struct Score {
    tp: [usize; 4],
    np: [usize; 4],
    ng: [usize; 4],
    probs: Vec<(f32, bool)>,
    /// The document (its number among those added) of each of `probs`.
    prob_docs: Vec<usize>,
    /// Documents added.
    docs: usize,
    /// The types counted (bit `1 << type`).
    labels: u8,
}

impl Score {
    fn add(&mut self, doc: &Doc, found: Vec<Annotation>) {
        self.labels |= doc.labels;
        let gold: HashMap<Span, usize> = doc.gold.iter().copied().collect();
        for (_, ty) in &doc.gold {
            self.ng[*ty] += 1;
        }
        for a in found {
            let Some(ty) = type_of(&a).filter(|&ty| doc.labels & (1 << ty) != 0) else {
                continue;
            };
            self.np[ty] += 1;
            let ok = gold.get(&a.span) == Some(&ty);
            if ok {
                self.tp[ty] += 1;
            }
            if let Some(s) = a.score {
                self.probs.push((s, ok));
                self.prob_docs.push(self.docs);
            }
        }
        self.docs += 1;
    }

    /// F1 (percent) of type `ty`, or of all counted types for `None`.
    pub fn f1(&self, ty: Option<usize>) -> f64 {
        let (tp, np, ng) = match ty {
            Some(t) => (self.tp[t], self.np[t], self.ng[t]),
            None => (
                self.tp.iter().sum(),
                self.np.iter().sum(),
                self.ng.iter().sum(),
            ),
        };
        200.0 * tp as f64 / (np + ng).max(1) as f64
    }

    /// Whether type `ty` is counted.
    pub fn counts(&self, ty: usize) -> bool {
        self.labels & (1 << ty) != 0
    }

    /// The expected calibration error of the scores of the names found.
    pub fn ece(&self) -> f64 {
        ece(&self.probs)
    }

    /// The P/R/F1 table per label and for all.
    fn print(&self) {
        let row = |name: &str, tp: usize, np: usize, ng: usize| {
            let p = 100.0 * tp as f64 / np.max(1) as f64;
            let r = 100.0 * tp as f64 / ng.max(1) as f64;
            let f = 200.0 * tp as f64 / (np + ng).max(1) as f64;
            println!("| {name:<8} | {p:6.2} | {r:6.2} | {f:6.2} | {ng:5} | {np:5} |");
        };
        println!("| label    |      P |      R |     F1 |  gold | found |");
        println!("| -------- | -----: | -----: | -----: | ----: | ----: |");
        for (k, l) in ner::TYPES.iter().enumerate() {
            if self.counts(k) {
                row(l.as_str(), self.tp[k], self.np[k], self.ng[k]);
            }
        }
        let sum = |x: &[usize; 4]| x.iter().sum();
        row("all", sum(&self.tp), sum(&self.np), sum(&self.ng));
    }
}

/// Prints to stderr the gold names of `doc` not found (FN) and the names found that are not
/// gold (FP, with their line).
fn print_errors(doc: &Doc, found: &[Annotation]) {
    let gold: HashMap<Span, usize> = doc.gold.iter().copied().collect();
    let found: HashSet<(Span, usize)> = found
        .iter()
        .filter_map(|a| Some((a.span, type_of(a)?)))
        .collect();
    let labels = ner::TYPES;
    for (span, ty) in &doc.gold {
        if !found.contains(&(*span, *ty)) {
            eprintln!("FN {} {:?}", labels[*ty], span.of(&doc.text));
        }
    }
    for (span, ty) in &found {
        if gold.get(span) != Some(ty) {
            let line_start = doc.text[..span.start].rfind('\n').map_or(0, |k| k + 1);
            let line_end = doc.text[span.end..]
                .find('\n')
                .map_or(doc.text.len(), |k| span.end + k);
            eprintln!(
                "FP {} {:?} in {:?}",
                labels[*ty],
                span.of(&doc.text),
                &doc.text[line_start..line_end]
            );
        }
    }
}

/// Evaluates every dev corpus, then prints one summary table: F1 per type and for all
/// counted types, and the calibration error, per corpus; and the calibration error end to
/// end over the odd documents of the corpora the score is calibrated on (`calibrate`), taken
/// together in order, as the trainer measures its own (`calibrate::calibrate`).
/// `given`: another annotator's findings per corpus, as for [`evaluate`].
pub fn evaluate_all(
    corpora: &[(String, Vec<Doc>, bool)],
    given: Option<Vec<Vec<Vec<Annotation>>>>,
) {
    let mut given = given.map(|g| g.into_iter());
    let mut rows = Vec::new();
    for (name, docs, calibrate) in corpora {
        println!("\n## {name} ({} documents)\n", docs.len());
        let found = given.as_mut().and_then(|g| g.next());
        rows.push((name, evaluate(docs, found), *calibrate));
    }
    let odd = odd_documents(rows.iter().filter(|r| r.2).map(|r| &r.1));
    println!("\n## Summary (F1; ECE of the confidence scores)\n");
    println!("| corpus | PERSON | ORG | LOC | MISC | all | ECE |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (name, s, _) in &rows {
        let cell = |t: usize| {
            if s.counts(t) {
                format!("{:.2}", s.f1(Some(t)))
            } else {
                "–".into()
            }
        };
        println!(
            "| {name} | {} | {} | {} | {} | {:.2} | {:.4} |",
            cell(0),
            cell(1),
            cell(2),
            cell(3),
            s.f1(None),
            s.ece()
        );
    }
    println!(
        "\nECE end to end over the odd documents of the calibration corpora: {:.4} ({} names)",
        ece(&odd),
        odd.len()
    );
}

/// The (confidence, correct) of the names found in the odd documents of `scores`' corpora
/// taken together in order (the second, the fourth…), as the trainer splits them.
fn odd_documents<'a>(scores: impl Iterator<Item = &'a Score>) -> Vec<(f32, bool)> {
    let (mut odd, mut before) = (Vec::new(), 0);
    for s in scores {
        let docs = s.prob_docs.iter().map(|d| d + before);
        odd.extend(
            s.probs
                .iter()
                .zip(docs)
                .filter(|p| p.1 % 2 == 1)
                .map(|p| *p.0),
        );
        before += s.docs;
    }
    odd
}

/// One line of another annotator's JSONL output: what `highlit --jsonl --offsets bytes` writes.
#[derive(serde::Deserialize)]
struct PredictedDoc {
    annotations: Vec<Predicted>,
}

#[derive(serde::Deserialize)]
struct Predicted {
    start: usize,
    end: usize,
    label: highlit::Label,
    score: Option<f32>,
}

/// Reads `path`, a line of annotations (byte offsets) per document, in the documents' order;
/// fails unless it has exactly `docs` lines.
pub fn read_predictions(
    path: &str,
    docs: usize,
) -> Result<Vec<Vec<Annotation>>, Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let d: PredictedDoc =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", i + 1))?;
        out.push(
            d.annotations
                .into_iter()
                .map(|p| Annotation {
                    span: Span {
                        start: p.start,
                        end: p.end,
                    },
                    label: p.label,
                    value: None,
                    score: p.score,
                })
                .collect(),
        );
    }
    if out.len() != docs {
        return Err(format!("{path}: {} lines for {docs} documents", out.len()).into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{parse_documents, Grouping};

    #[test]
    fn odd_documents_run_on_from_corpus_to_corpus() {
        // Two corpora of three and two documents: the odd ones together are the second and
        // fourth, so the second of the first corpus and the first of the second.
        let doc = || {
            let conll = "-DOCSTART- -X- -X- O\n\nParis NNP B-NP B-LOC\n";
            Doc::from(parse_documents(conll, Grouping::Documents).remove(0))
        };
        let named = |score: f32| Annotation {
            span: Span { start: 0, end: 5 },
            label: highlit::Label::Loc,
            value: None,
            score: Some(score),
        };
        let corpus = |scores: &[f32]| {
            let mut s = Score::default();
            for &p in scores {
                s.add(&doc(), vec![named(p)]);
            }
            s
        };
        let (a, b) = (corpus(&[0.1, 0.2, 0.3]), corpus(&[0.4, 0.5]));
        assert_eq!(
            odd_documents([&a, &b].into_iter()),
            [(0.2, true), (0.4, true)]
        );
    }
}
