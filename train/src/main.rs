//! `highlit-train`: trains the name model on CoNLL-2003 and evaluates highlit end to end.
//!
//! ```text
//! highlit-train train --data ../shared/data/conll2003/train.txt \
//!     --valid ../shared/data/conll2003/valid.txt --out data/model/ner.bin
//! highlit-train eval --data ../shared/data/conll2003/valid.txt
//! ```
//!
//! Training options, with their defaults: `--epochs` (24), `--ensemble` (7) perceptrons
//! averaged, `--min-count` (2) occurrences for a feature to be kept, `--clip` (1.0) quantile
//! of |weight| that sets the i8 scale, `--user-gazetteer-docs` (0.3) share of documents
//! trained with a simulated user gazetteer, `--word-dropout` (0.2) share of words read as
//! unseen while training, `--seed`, and the ablations `--no-local` (no
//! per-token updates) and `--no-doc-features` (no second pass). `HIGHLIT_DEBUG_ERRORS=1`
//! makes `eval` list its misses on stderr; `HIGHLIT_DEBUG_MARGINS=1` makes `train` print
//! the margin distribution.
//!
//! Each CoNLL document is rebuilt as text (tokens joined by single spaces, sentences by
//! newlines) and tokenized by highlit itself; the CoNLL labels are projected onto highlit's
//! tokens by byte offsets, so training sees exactly the tokens users' text produces, and
//! evaluation goes through the public `Annotator::annotate`. Nothing of the corpus is
//! written out: the model holds hashed feature ids and weights only.

use highlit::tokenize::{tokenize, Tokens};
use highlit::train::{self as ner, decode_doc, DocTypes, Gazetteer, IdMap, Model, Transitions, N};
use highlit::{Annotator, Label, Options, Span};
use std::collections::{HashMap, HashSet};
use std::error::Error;
use std::ops::Range;
use std::time::Instant;

type Res<T> = Result<T, Box<dyn Error>>;

/// A CoNLL document rebuilt as text, with its gold names as byte spans (type index into
/// `ner::TYPES`), tokenized by highlit, and the gold BILOU tags of highlit's tokens.
struct Doc {
    text: String,
    gold: Vec<(Span, usize)>,
    tokens: Tokens,
    tags: Vec<u8>,
}

fn conll_type(t: &str) -> Option<usize> {
    match t {
        "PER" => Some(0),
        "ORG" => Some(1),
        "LOC" => Some(2),
        "MISC" => Some(3),
        _ => None,
    }
}

fn read_conll(path: &str) -> Res<Vec<Doc>> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut docs = Vec::new();
    let mut sentences: Vec<Vec<(&str, &str)>> = Vec::new();
    let mut sent: Vec<(&str, &str)> = Vec::new();
    let mut flush_doc = |sentences: &mut Vec<Vec<(&str, &str)>>| {
        if !sentences.is_empty() {
            docs.push(build_doc(sentences));
            sentences.clear();
        }
    };
    for line in raw.lines() {
        let cols: Vec<&str> = line.split(' ').collect();
        if line.trim().is_empty() {
            if !sent.is_empty() {
                sentences.push(std::mem::take(&mut sent));
            }
        } else if cols[0] == "-DOCSTART-" {
            if !sent.is_empty() {
                sentences.push(std::mem::take(&mut sent));
            }
            flush_doc(&mut sentences);
        } else {
            sent.push((cols[0], cols.last().copied().unwrap_or("O")));
        }
    }
    if !sent.is_empty() {
        sentences.push(sent);
    }
    flush_doc(&mut sentences);
    Ok(docs)
}

fn build_doc(sentences: &[Vec<(&str, &str)>]) -> Doc {
    let mut text = String::new();
    let mut gold = Vec::new();
    for (k, sent) in sentences.iter().enumerate() {
        if k > 0 {
            text.push('\n');
        }
        let mut open: Option<(usize, usize, usize)> = None; // start, end, type
        for (j, (word, tag)) in sent.iter().enumerate() {
            if j > 0 {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(word);
            let end = text.len();
            let (bio, ty) = tag.split_once('-').unwrap_or(("O", ""));
            let ty = conll_type(ty);
            match (bio, ty, open) {
                ("I", Some(t), Some((s, _, ot))) if t == ot => open = Some((s, end, t)),
                (_, Some(t), _) => {
                    if let Some((s, e, ot)) = open.take() {
                        gold.push((Span::new(s, e), ot));
                    }
                    open = Some((start, end, t));
                }
                _ => {
                    if let Some((s, e, ot)) = open.take() {
                        gold.push((Span::new(s, e), ot));
                    }
                }
            }
        }
        if let Some((s, e, ot)) = open.take() {
            gold.push((Span::new(s, e), ot));
        }
    }
    let tokens = tokenize(&text);
    let tags = project(&tokens, &gold);
    Doc {
        text,
        gold,
        tokens,
        tags,
    }
}

/// BILOU tags of highlit's tokens: a token belongs to the gold name its first byte lies in;
/// names are cut at highlit's sentence ends.
fn project(tokens: &Tokens, gold: &[(Span, usize)]) -> Vec<u8> {
    let mut owner: Vec<Option<usize>> = vec![None; tokens.tokens.len()];
    let mut g = 0;
    for (i, t) in tokens.tokens.iter().enumerate() {
        while g < gold.len() && gold[g].0.end <= t.span.start {
            g += 1;
        }
        if g < gold.len() && gold[g].0.start <= t.span.start {
            owner[i] = Some(g);
        }
    }
    let mut ents: Vec<(Range<usize>, usize)> = Vec::new();
    for sent in &tokens.sentences {
        let mut i = sent.start;
        while i < sent.end {
            if let Some(o) = owner[i] {
                let mut j = i + 1;
                while j < sent.end && owner[j] == Some(o) {
                    j += 1;
                }
                ents.push((i..j, gold[o].1));
                i = j;
            } else {
                i += 1;
            }
        }
    }
    ner::bilou(tokens.tokens.len(), &ents)
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The averaged perceptron's weights while training.
struct Weights {
    idx: IdMap<u32, u32>,
    w: Vec<[f32; N]>,
    u: Vec<[f32; N]>,
    trans: Vec<f32>,
    trans_u: Vec<f32>,
    end: Vec<f32>,
    end_u: Vec<f32>,
    c: f32,
}

impl Weights {
    fn new() -> Weights {
        Weights {
            idx: IdMap::default(),
            w: Vec::new(),
            u: Vec::new(),
            trans: vec![0.0; (N + 1) * N],
            trans_u: vec![0.0; (N + 1) * N],
            end: vec![0.0; N],
            end_u: vec![0.0; N],
            c: 1.0,
        }
    }

    fn score(&self, feats: &[u32], em: &mut [f32]) {
        for f in feats {
            if let Some(&k) = self.idx.get(f) {
                for (e, w) in em.iter_mut().zip(&self.w[k as usize]) {
                    *e += w;
                }
            }
        }
    }

    fn update(&mut self, f: u32, tag: u8, delta: f32) {
        let next = self.w.len() as u32;
        let k = *self.idx.entry(f).or_insert(next) as usize;
        if k == self.w.len() {
            self.w.push([0.0; N]);
            self.u.push([0.0; N]);
        }
        self.w[k][tag as usize] += delta;
        self.u[k][tag as usize] += self.c * delta;
    }

    fn update_trans(&mut self, prev: usize, next: usize, delta: f32) {
        self.trans[prev * N + next] += delta;
        self.trans_u[prev * N + next] += self.c * delta;
    }

    fn update_end(&mut self, tag: usize, delta: f32) {
        self.end[tag] += delta;
        self.end_u[tag] += self.c * delta;
    }

    /// Averaged weights: features sorted by id, transitions, end scores.
    #[allow(clippy::type_complexity)]
    fn averaged(&self) -> (Vec<(u32, [f32; N])>, Vec<f32>, Vec<f32>) {
        let avg = |w: &f32, u: &f32| w - u / self.c;
        let mut feats: Vec<(u32, [f32; N])> = self
            .idx
            .iter()
            .map(|(&f, &k)| {
                let mut a = [0f32; N];
                for (t, x) in a.iter_mut().enumerate() {
                    *x = avg(&self.w[k as usize][t], &self.u[k as usize][t]);
                }
                (f, a)
            })
            .collect();
        feats.sort_by_key(|f| f.0);
        let trans = self
            .trans
            .iter()
            .zip(&self.trans_u)
            .map(|(w, u)| avg(w, u))
            .collect();
        let end = self
            .end
            .iter()
            .zip(&self.end_u)
            .map(|(w, u)| avg(w, u))
            .collect();
        (feats, trans, end)
    }
}

struct TrainConfig {
    epochs: usize,
    min_count: u32,
    clip_quantile: f64,
    user_gaz_docs: f64,
    seed: u64,
    local: bool,
    ensemble: usize,
    doc_features: bool,
    word_dropout: f64,
}

/// A user gazetteer as a user might give it: some of the document's own names, a few
/// under the wrong label, so the model learns how far to trust one.
fn simulated_user_gazetteer(doc: &Doc, rng: &mut Rng, share: f64) -> Option<Gazetteer> {
    if rng.unit() >= share {
        return None;
    }
    let mut names: [Vec<String>; 4] = Default::default();
    let mut seen = HashSet::new();
    for (span, ty) in &doc.gold {
        let s = span.of(&doc.text);
        if !seen.insert(s) || rng.unit() < 0.5 {
            continue;
        }
        let ty = if rng.unit() < 0.1 { rng.below(4) } else { *ty };
        names[ty].push(s.to_string());
    }
    let entries = ner::TYPES.iter().zip(&names);
    Gazetteer::user(entries.map(|(label, names)| (label.as_str(), names.as_slice()))).ok()
}

fn static_feats(p: &ner::Prepared, allowed: &dyn Fn(u32) -> bool) -> Vec<Vec<u32>> {
    let mut feats = vec![Vec::new(); p.infos.len()];
    for sent in &p.sentences {
        for i in sent.clone() {
            ner::static_features(p, sent, i, &mut feats[i]);
            feats[i].retain(|&f| allowed(f));
        }
    }
    feats
}

fn train(docs: &[Doc], cfg: &TrainConfig, valid: &[Doc]) -> Vec<u8> {
    let t0 = Instant::now();
    let mut counts: IdMap<u32, u32> = IdMap::default();
    for doc in docs {
        let p = ner::prepare(&doc.text, &doc.tokens, None);
        for f in static_feats(&p, &|_| true).into_iter().flatten() {
            *counts.entry(f).or_default() += 1;
        }
    }
    let allowed = |f: u32| counts.get(&f).is_none_or(|&c| c >= cfg.min_count);
    eprintln!(
        "features: {} seen, {} kept (count ≥ {}) [{:.1}s]",
        counts.len(),
        counts.values().filter(|&&c| c >= cfg.min_count).count(),
        cfg.min_count,
        t0.elapsed().as_secs_f32()
    );
    // Several perceptrons over different document orders, their averaged weights averaged
    // again: steadier than any one of them (valid F1 moves ±0.3 with the order alone).
    let mut sum: IdMap<u32, [f32; N]> = IdMap::default();
    let mut trans_sum = vec![0f32; (N + 1) * N];
    let mut end_sum = vec![0f32; N];
    for member in 0..cfg.ensemble {
        let (feats, trans, end) = train_one(
            docs,
            cfg,
            cfg.seed.wrapping_add(member as u64 * 0x9e37_79b9),
            &allowed,
            t0,
        );
        let k = cfg.ensemble as f32;
        for (id, w) in feats {
            let s = sum.entry(id).or_insert([0.0; N]);
            for t in 0..N {
                s[t] += w[t] / k;
            }
        }
        for (s, x) in trans_sum.iter_mut().zip(trans) {
            *s += x / k;
        }
        for (s, x) in end_sum.iter_mut().zip(end) {
            *s += x / k;
        }
    }
    let mut feats: Vec<(u32, [f32; N])> = sum.into_iter().collect();
    feats.sort_by_key(|f| f.0);
    let (trans, end) = (trans_sum, end_sum);
    write_model(feats, trans, end, cfg, valid, t0)
}

/// The form and lower-case hash of a word hidden by word dropout.
const UNSEEN: u64 = 0x00dd_00dd;

/// One averaged perceptron: features sorted by id, transitions, end scores.
#[allow(clippy::type_complexity)]
fn train_one(
    docs: &[Doc],
    cfg: &TrainConfig,
    seed: u64,
    allowed: &dyn Fn(u32) -> bool,
    t0: Instant,
) -> (Vec<(u32, [f32; N])>, Vec<f32>, Vec<f32>) {
    let mut rng = Rng(seed);
    let mut w = Weights::new();
    let mut order: Vec<usize> = (0..docs.len()).collect();
    for epoch in 0..cfg.epochs {
        for k in (1..order.len()).rev() {
            order.swap(k, rng.below(k + 1));
        }
        let mut errors = 0usize;
        let mut total = 0usize;
        for &d in &order {
            let doc = &docs[d];
            let user = simulated_user_gazetteer(doc, &mut rng, cfg.user_gaz_docs);
            let mut p = ner::prepare(&doc.text, &doc.tokens, user.as_ref());
            let mut feats = if cfg.word_dropout > 0.0 {
                // Word dropout: some words are read as unseen (no form, lower-case form or
                // affixes, also in their neighbours' windows; case, shape and gazetteer
                // matches stay), so the model learns to place names it has never seen, as
                // most names of new text are, from their context. The document features
                // keep the true forms.
                let forms = p.infos.clone();
                for info in p.infos.iter_mut() {
                    if info.flags & ner::HAS_LETTER != 0 && rng.unit() < cfg.word_dropout {
                        info.word = UNSEEN;
                        info.lower = UNSEEN;
                        info.pre = [0; 4];
                        info.suf = [0; 4];
                    }
                }
                let feats = static_feats(&p, allowed);
                p.infos = forms;
                feats
            } else {
                static_feats(&p, allowed)
            };
            let n = feats.len();
            let mut em = vec![0f32; n * N];
            for (i, f) in feats.iter().enumerate() {
                w.score(f, &mut em[i * N..(i + 1) * N]);
            }
            let lattice = Transitions::new(&w.trans, &w.end);
            let first = ner::decode_sentences(&em, &p.sentences, &lattice);
            let types: Vec<u8> = first.iter().map(|&t| ner::type_of(t)).collect();
            let doc_types = DocTypes::new(&p, &types);
            if cfg.doc_features {
                for sent in &p.sentences {
                    for i in sent.clone() {
                        ner::doc_features(&p, &doc_types, sent, i, &types, &mut feats[i]);
                    }
                }
            }
            for sent in &p.sentences {
                let m = sent.len();
                let mut em = vec![0f32; m * N];
                for (k, i) in sent.clone().enumerate() {
                    w.score(&feats[i], &mut em[k * N..(k + 1) * N]);
                }
                let pred = ner::viterbi(&em, &Transitions::new(&w.trans, &w.end));
                let gold = &doc.tags[sent.clone()];
                total += m;
                if cfg.local {
                    // Local updates keep each token's scores sensible on their own: without
                    // them the BILOU constraints hide, say, a high I-ORG score on a verb
                    // until a test sentence reaches it after a B-ORG.
                    for k in 0..m {
                        let row = &em[k * N..(k + 1) * N];
                        let q = (0..N)
                            .max_by(|&a, &b| row[a].total_cmp(&row[b]))
                            .unwrap_or(0) as u8;
                        if q != gold[k] {
                            for &f in &feats[sent.start + k] {
                                w.update(f, gold[k], 1.0);
                                w.update(f, q, -1.0);
                            }
                        }
                    }
                }
                if pred != gold {
                    for k in 0..m {
                        let (g, q) = (gold[k], pred[k]);
                        if g != q {
                            errors += 1;
                            for &f in &feats[sent.start + k] {
                                w.update(f, g, 1.0);
                                w.update(f, q, -1.0);
                            }
                        }
                        let (gp, qp) = if k == 0 {
                            (ner::START, ner::START)
                        } else {
                            (gold[k - 1] as usize, pred[k - 1] as usize)
                        };
                        w.update_trans(gp, g as usize, 1.0);
                        w.update_trans(qp, q as usize, -1.0);
                    }
                    w.update_end(gold[m - 1] as usize, 1.0);
                    w.update_end(pred[m - 1] as usize, -1.0);
                }
                w.c += 1.0;
            }
        }
        eprintln!(
            "epoch {:2}: token errors {:.3}% [{:.1}s]",
            epoch + 1,
            100.0 * errors as f64 / total as f64,
            t0.elapsed().as_secs_f32()
        );
    }
    w.averaged()
}

fn write_model(
    feats: Vec<(u32, [f32; N])>,
    trans: Vec<f32>,
    end: Vec<f32>,
    cfg: &TrainConfig,
    valid: &[Doc],
    t0: Instant,
) -> Vec<u8> {
    let mut mags: Vec<f32> = feats
        .iter()
        .flat_map(|(_, a)| a.iter().map(|x| x.abs()))
        .filter(|&x| x > 0.0)
        .collect();
    mags.sort_by(f32::total_cmp);
    let clip = mags
        .get(((mags.len() as f64 - 1.0) * cfg.clip_quantile) as usize)
        .copied()
        .unwrap_or(1.0);
    let bytes = Model::write(&feats, &trans, &end, (1.0, 0.0), clip);
    let model = Model::from_bytes(&bytes).expect("model just written");
    eprintln!(
        "model: {} features with weights, {} bytes, clip {clip:.3} [{:.1}s]",
        model.features(),
        bytes.len(),
        t0.elapsed().as_secs_f32()
    );
    // Calibrate on valid: Platt scaling of the decoding margin. Fitted on the even documents
    // and measured on the odd ones, then refitted on all for the shipped model.
    let points = margins(&model, valid);
    if std::env::var_os("HIGHLIT_DEBUG_MARGINS").is_some() {
        let mut m: Vec<(f32, bool)> = points.iter().map(|p| (p.1, p.2)).collect();
        m.sort_by(|a, b| a.0.total_cmp(&b.0));
        for q in [0, 1, 5, 10, 25, 50, 75, 90, 99, 100] {
            let k = ((m.len() - 1) * q) / 100;
            eprintln!("margin q{q}: {:.3} {}", m[k].0, m[k].1);
        }
    }
    let (even, odd): (Vec<_>, Vec<_>) = points.iter().partition(|p| p.0 % 2 == 0);
    let fit =
        |pts: &[&(usize, f32, bool)]| platt(&pts.iter().map(|p| (p.1, p.2)).collect::<Vec<_>>());
    let half = fit(&even);
    let probs: Vec<(f32, bool)> = odd
        .iter()
        .map(|p| (sigmoid(half.0 * p.1 + half.1), p.2))
        .collect();
    eprintln!(
        "calibration: ECE {:.4} on odd valid documents, fitted on even ones",
        ece(&probs)
    );
    let all = fit(&points.iter().collect::<Vec<_>>());
    eprintln!("platt: a {:.4} b {:.4}", all.0, all.1);
    let (tp, np, ng) = points_score(&model, valid);
    eprintln!(
        "valid (names only, before merging numbers): P {:.2} R {:.2} F1 {:.2}",
        100.0 * tp as f64 / np as f64,
        100.0 * tp as f64 / ng as f64,
        200.0 * tp as f64 / (np + ng) as f64
    );
    Model::write(&feats, &trans, &end, all, clip)
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// (document index, margin, correct) for every entity the model finds in `docs`.
fn margins(model: &Model, docs: &[Doc]) -> Vec<(usize, f32, bool)> {
    let mut out = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let p = ner::prepare(&doc.text, &doc.tokens, None);
        let gold: HashSet<(Span, usize)> = doc.gold.iter().copied().collect();
        for f in decode_doc(model, &p) {
            let span = Span::new(
                doc.tokens.tokens[f.tokens.start].span.start,
                doc.tokens.tokens[f.tokens.end - 1].span.end,
            );
            out.push((d, f.margin, gold.contains(&(span, f.ty))));
        }
    }
    out
}

fn points_score(model: &Model, docs: &[Doc]) -> (usize, usize, usize) {
    let pts = margins(model, docs);
    let tp = pts.iter().filter(|p| p.2).count();
    let ng: usize = docs.iter().map(|d| d.gold.len()).sum();
    (tp, pts.len(), ng)
}

/// Logistic regression of correctness on the margin (Newton's method): (a, b).
fn platt(points: &[(f32, bool)]) -> (f32, f32) {
    let (mut a, mut b) = (0.0f64, 0.0f64);
    for _ in 0..50 {
        let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (1e-3 * a, 1e-3 * b, 1e-3, 0.0, 1e-3);
        for &(x, y) in points {
            let x = x as f64;
            let p = 1.0 / (1.0 + (-(a * x + b)).exp());
            let r = p - y as u8 as f64;
            ga += r * x;
            gb += r;
            let s = p * (1.0 - p);
            haa += s * x * x;
            hab += s * x;
            hbb += s;
        }
        let det = haa * hbb - hab * hab;
        if det.abs() < 1e-12 {
            break;
        }
        let da = (hbb * ga - hab * gb) / det;
        let db = (haa * gb - hab * ga) / det;
        a -= da;
        b -= db;
        if da.abs() + db.abs() < 1e-9 {
            break;
        }
    }
    (a as f32, b as f32)
}

/// Expected calibration error over 10 equal-width bins.
fn ece(points: &[(f32, bool)]) -> f64 {
    let mut bins = [(0f64, 0f64, 0usize); 10];
    for &(p, y) in points {
        let b = ((p * 10.0) as usize).min(9);
        bins[b].0 += p as f64;
        bins[b].1 += y as u8 as f64;
        bins[b].2 += 1;
    }
    let n = points.len().max(1) as f64;
    bins.iter()
        .filter(|b| b.2 > 0)
        .map(|b| (b.0 - b.1).abs() / n)
        .sum()
}

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

fn evaluate(docs: &[Doc]) {
    let (l, lc, c, d) = lookups(docs);
    println!(
        "feature lookups per token: local {l:.2} ({lc:.2} after the per-document cache), \
         context {c:.2}, document {d:.2} (with an all-O first pass)"
    );
    let annotator = Annotator::new(&Options::default()).expect("default options");
    let labels = [Label::Person, Label::Org, Label::Loc, Label::Misc];
    let mut tp = [0usize; 4];
    let mut np = [0usize; 4];
    let mut ng = [0usize; 4];
    let mut probs = Vec::new();
    let mut bytes = 0usize;
    let t_load = Instant::now();
    annotator.annotate("Warm up: load the model and the gazetteers.");
    println!(
        "first call (loads model and gazetteers): {:.3}s",
        t_load.elapsed().as_secs_f64()
    );
    let t0 = Instant::now();
    let mut found_all = Vec::with_capacity(docs.len());
    for doc in docs {
        found_all.push(annotator.annotate(&doc.text));
        bytes += doc.text.len();
    }
    let secs = t0.elapsed().as_secs_f64();
    // The same texts phase by phase, to see where the time goes.
    let t1 = Instant::now();
    let tokenized: Vec<Tokens> = docs.iter().map(|d| tokenize(&d.text)).collect();
    let tok_secs = t1.elapsed().as_secs_f64();
    let t1 = Instant::now();
    for (d, t) in docs.iter().zip(&tokenized) {
        std::hint::black_box(highlit::numbers::find(&d.text, &t.tokens));
    }
    let num_secs = t1.elapsed().as_secs_f64();
    // Best of five: the machine is shared, and the minimum is the least disturbed run.
    let name_secs = (0..5)
        .map(|_| {
            let t1 = Instant::now();
            for (d, t) in docs.iter().zip(&tokenized) {
                std::hint::black_box(ner::find(&d.text, t, None));
            }
            t1.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min);
    for (doc, found) in docs.iter().zip(found_all) {
        let gold: HashMap<Span, usize> = doc.gold.iter().copied().collect();
        for (_, ty) in &doc.gold {
            ng[*ty] += 1;
        }
        let debug = std::env::var_os("HIGHLIT_DEBUG_ERRORS").is_some();
        if debug {
            let found: HashSet<(Span, usize)> = found
                .iter()
                .filter_map(|a| Some((a.span, labels.iter().position(|&l| l == a.label)?)))
                .collect();
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
        for a in found {
            let Some(ty) = labels.iter().position(|&l| l == a.label) else {
                continue;
            };
            np[ty] += 1;
            let ok = gold.get(&a.span) == Some(&ty);
            if ok {
                tp[ty] += 1;
            }
            if let Some(s) = a.score {
                probs.push((s, ok));
            }
        }
    }
    let row = |name: &str, tp: usize, np: usize, ng: usize| {
        let p = 100.0 * tp as f64 / np.max(1) as f64;
        let r = 100.0 * tp as f64 / ng.max(1) as f64;
        let f = 200.0 * tp as f64 / (np + ng).max(1) as f64;
        println!("| {name:<8} | {p:6.2} | {r:6.2} | {f:6.2} | {ng:5} | {np:5} |");
    };
    println!("| label    |      P |      R |     F1 |  gold | found |");
    println!("| -------- | -----: | -----: | -----: | ----: | ----: |");
    for (k, l) in labels.iter().enumerate() {
        row(l.as_str(), tp[k], np[k], ng[k]);
    }
    row("all", tp.iter().sum(), np.iter().sum(), ng.iter().sum());
    println!();
    println!(
        "expected calibration error (10 bins, over {} names found): {:.4}",
        probs.len(),
        ece(&probs)
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
        mbs(tok_secs),
        mbs(num_secs),
        mbs(name_secs)
    );
}

fn main() -> Res<()> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let command = match parser.next()? {
        Some(Value(v)) => v.string()?,
        _ => return Err("usage: highlit-train (train|eval) --data PATH [options]".into()),
    };
    let mut data = None;
    let mut valid = String::from("../shared/data/conll2003/valid.txt");
    let mut out = String::from("data/model/ner.bin");
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
            Long("out") => out = parser.value()?.string()?,
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
    match command.as_str() {
        "train" => {
            let t0 = Instant::now();
            let docs = read_conll(&data)?;
            let valid = read_conll(&valid)?;
            eprintln!("{} training documents, {} valid", docs.len(), valid.len());
            let bytes = train(&docs, &cfg, &valid);
            std::fs::write(&out, &bytes)?;
            eprintln!(
                "wrote {out}: {} bytes; trained in {:.1}s",
                bytes.len(),
                t0.elapsed().as_secs_f32()
            );
        }
        "eval" => evaluate(&read_conll(&data)?),
        other => return Err(format!("unknown command {other:?}; expected train or eval").into()),
    }
    Ok(())
}
