//! The training loop: an ensemble of averaged structured perceptrons over BILOU tags, trained
//! with word dropout, simulated user gazetteers and the second pass's document features.

use crate::corpus::{Doc, ALL_LABELS};
use highlit::train::{self as ner, DocTypes, Gazetteer, IdMap, Prepared, Transitions, N};
use rayon::prelude::*;
use std::collections::HashSet;
use std::ops::Range;
use std::time::Instant;

/// How to train; `main` holds the defaults.
pub struct TrainConfig {
    pub epochs: usize,
    pub min_count: u32,
    pub clip_quantile: f64,
    pub user_gaz_docs: f64,
    pub seed: u64,
    pub local: bool,
    pub ensemble: usize,
    pub doc_features: bool,
    pub word_dropout: f64,
    /// Share of gold names whose built-in list matches are hidden while training.
    pub gazetteer_dropout: f64,
    /// Weights under this many steps of the i8 scale are dropped from the model file (0.5:
    /// only those that round to zero).
    pub min_weight: f32,
}

/// Averaged weights: features sorted by id, transitions (`(N + 1) * N`), end scores (`N`).
#[cfg_attr(test, derive(Debug, PartialEq))]
pub struct Averaged {
    pub feats: Vec<(u32, [f32; N])>,
    pub trans: Vec<f32>,
    pub end: Vec<f32>,
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

    fn averaged(&self) -> Averaged {
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
        let all = |w: &[f32], u: &[f32]| w.iter().zip(u).map(|(w, u)| avg(w, u)).collect();
        Averaged {
            feats,
            trans: all(&self.trans, &self.trans_u),
            end: all(&self.end, &self.end_u),
        }
    }
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

/// The first-pass (static) features of each token of `p` that `allowed` keeps.
fn static_feats(p: &Prepared, allowed: &dyn Fn(u32) -> bool) -> Vec<Vec<u32>> {
    let mut feats = vec![Vec::new(); p.infos.len()];
    for sent in &p.sentences {
        for i in sent.clone() {
            ner::static_features(p, sent, i, &mut feats[i]);
            feats[i].retain(|&f| allowed(f));
        }
    }
    feats
}

/// How many documents' tokens fire each static feature, summed over tokens.
fn feature_counts(docs: &[Doc]) -> IdMap<u32, u32> {
    let mut counts: IdMap<u32, u32> = IdMap::default();
    for doc in docs {
        let p = ner::prepare_for_training(&doc.text, &doc.tokens, None);
        for f in static_feats(&p, &|_| true).into_iter().flatten() {
            *counts.entry(f).or_default() += 1;
        }
    }
    counts
}

/// Trains the ensemble on `docs`; progress goes to stderr, timed from `t0`.
pub fn train(docs: &[Doc], cfg: &TrainConfig, t0: Instant) -> Averaged {
    let counts = feature_counts(docs);
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
    let k = cfg.ensemble as f32;
    for one in train_members(docs, cfg, &allowed, t0) {
        for (id, w) in one.feats {
            let s = sum.entry(id).or_insert([0.0; N]);
            for t in 0..N {
                s[t] += w[t] / k;
            }
        }
        for (s, x) in trans_sum.iter_mut().zip(one.trans) {
            *s += x / k;
        }
        for (s, x) in end_sum.iter_mut().zip(one.end) {
            *s += x / k;
        }
    }
    let mut feats: Vec<(u32, [f32; N])> = sum.into_iter().collect();
    feats.sort_by_key(|f| f.0);
    Averaged {
        feats,
        trans: trans_sum,
        end: end_sum,
    }
}

/// The ensemble's members, in member order, trained on as many threads as the machine has
/// cores: each member is independent (its own seed and document order) and rayon's `collect`
/// keeps member order, in which they are summed after, so the model is the same bytes
/// however the threads ran.
fn train_members(
    docs: &[Doc],
    cfg: &TrainConfig,
    allowed: &(dyn Fn(u32) -> bool + Sync),
    t0: Instant,
) -> Vec<Averaged> {
    (0..cfg.ensemble)
        .into_par_iter()
        .map(|member| train_one(docs, cfg, member, allowed, t0))
        .collect()
}

/// The form and lower-case hash of a word hidden by word dropout.
const UNSEEN: u64 = 0x00dd_00dd;

/// One averaged perceptron, ensemble member `member`, over the documents in an order
/// shuffled each epoch by the member's own seed.
fn train_one(
    docs: &[Doc],
    cfg: &TrainConfig,
    member: usize,
    allowed: &dyn Fn(u32) -> bool,
    t0: Instant,
) -> Averaged {
    let mut rng = Rng(cfg.seed.wrapping_add(member as u64 * 0x9e37_79b9));
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
            let (p, feats) = training_features(&w, doc, cfg, allowed, &mut rng);
            for sent in &p.sentences {
                let gold = &doc.tags[sent.clone()];
                errors += learn_sentence(&mut w, &feats, sent, gold, doc, cfg);
                total += sent.len();
            }
        }
        eprintln!(
            "member {}, epoch {:2}: token errors {:.3}% [{:.1}s]",
            member + 1,
            epoch + 1,
            100.0 * errors as f64 / total as f64,
            t0.elapsed().as_secs_f32()
        );
    }
    w.averaged()
}

/// The features of each token of `doc` as training reads them: with a simulated user
/// gazetteer on some documents, word dropout, and the document features of a first pass
/// with the weights so far.
fn training_features(
    w: &Weights,
    doc: &Doc,
    cfg: &TrainConfig,
    allowed: &dyn Fn(u32) -> bool,
    rng: &mut Rng,
) -> (Prepared, Vec<Vec<u32>>) {
    let user = simulated_user_gazetteer(doc, rng, cfg.user_gaz_docs);
    let mut p = ner::prepare_for_training(&doc.text, &doc.tokens, user.as_ref());
    if cfg.gazetteer_dropout > 0.0 {
        for r in gold_names(&doc.tags) {
            if rng.unit() < cfg.gazetteer_dropout {
                p.hide_builtin_matches(r);
            }
        }
    }
    let mut feats = if cfg.word_dropout > 0.0 {
        dropout_features(&mut p, allowed, rng, cfg.word_dropout)
    } else {
        static_feats(&p, allowed)
    };
    if cfg.doc_features {
        let n = feats.len();
        let mut em = vec![0f32; n * N];
        for (i, f) in feats.iter().enumerate() {
            w.score(f, &mut em[i * N..(i + 1) * N]);
        }
        let lattice = Transitions::new(&w.trans, &w.end);
        let first = ner::decode_sentences(&em, &p.sentences, &lattice);
        let types: Vec<u8> = first.iter().map(|&t| ner::type_of(t)).collect();
        let doc_types = DocTypes::new(&p, &types);
        for sent in &p.sentences {
            for i in sent.clone() {
                ner::doc_features(&p, &doc_types, sent, i, &types, &mut feats[i]);
            }
        }
    }
    (p, feats)
}

/// The token ranges of the names in gold BILOU `tags`.
fn gold_names(tags: &[u8]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, &t) in tags.iter().enumerate() {
        // B, I, L, U of any type: (t - 1) % 4 is 0, 1, 2, 3.
        match (t != 0).then(|| (t - 1) % 4) {
            Some(0) => start = Some(i),
            Some(2) => {
                if let Some(s) = start.take() {
                    out.push(s..i + 1);
                }
            }
            Some(3) => out.push(i..i + 1),
            Some(_) => {}
            None => start = None,
        }
    }
    out
}

/// Word dropout: the static features of `p` with a share of its words read as unseen (no
/// form, lower-case form or affixes, also in their neighbours' windows, and nothing of how
/// the document writes the word elsewhere: `Prepared::read_as_unseen`; case, shape and
/// gazetteer matches stay), so the model learns to place names it has never seen, as most
/// names of new text are, from their context. `p` keeps the true forms, which the document
/// features read.
fn dropout_features(
    p: &mut Prepared,
    allowed: &dyn Fn(u32) -> bool,
    rng: &mut Rng,
    share: f64,
) -> Vec<Vec<u32>> {
    let mut hidden = Vec::new();
    for i in 0..p.infos.len() {
        if p.infos[i].flags & ner::HAS_LETTER != 0 && rng.unit() < share {
            hidden.push((i, p.read_as_unseen(i, UNSEEN)));
        }
    }
    let feats = static_feats(p, allowed);
    for (i, saved) in hidden {
        p.restore_form(i, saved);
    }
    feats
}

/// The tags of one sentence the update moves towards. A corpus that annotates every type
/// gives its gold tags. One that lacks a type (no MISC in web and social text) leaves that
/// type's names as `O`, so an `O` there means "none of the annotated types": the target is
/// the best path under the current weights among those that keep every annotated name and
/// read each `O` token as `O` or as a name of a missing type (the latent gold of a partially
/// labelled sequence), rather than teaching that a nationality is not a name.
fn target(em: &[f32], gold: &[u8], labels: u8, lattice: &Transitions) -> Vec<u8> {
    if labels == ALL_LABELS {
        return gold.to_vec();
    }
    let mut masked = em.to_vec();
    for (k, &g) in gold.iter().enumerate() {
        for t in 0..N {
            let ty = ner::type_of(t as u8);
            let ok = if g != 0 {
                t == g as usize
            } else {
                ty == 0 || labels & (1 << (ty - 1)) == 0
            };
            if !ok {
                masked[k * N + t] = f32::NEG_INFINITY;
            }
        }
    }
    ner::viterbi(&masked, lattice)
}

/// The perceptron update for one sentence (`feats` of the whole document, `gold` tags of
/// the sentence's tokens, which `doc`'s corpus annotates in part or in whole): returns the
/// tokens the sentence's best path got wrong. Updates count `doc.weight`.
fn learn_sentence(
    w: &mut Weights,
    feats: &[Vec<u32>],
    sent: &Range<usize>,
    gold: &[u8],
    doc: &Doc,
    cfg: &TrainConfig,
) -> usize {
    let m = sent.len();
    let mut em = vec![0f32; m * N];
    for (k, i) in sent.clone().enumerate() {
        w.score(&feats[i], &mut em[k * N..(k + 1) * N]);
    }
    let lattice = Transitions::new(&w.trans, &w.end);
    let pred = ner::viterbi(&em, &lattice);
    let gold = target(&em, gold, doc.labels, &lattice);
    let step = doc.weight;
    if cfg.local {
        // Local updates keep each token's scores sensible on their own: without them the
        // BILOU constraints hide, say, a high I-ORG score on a verb until a test sentence
        // reaches it after a B-ORG.
        for k in 0..m {
            let row = &em[k * N..(k + 1) * N];
            let q = (0..N)
                .max_by(|&a, &b| row[a].total_cmp(&row[b]))
                .unwrap_or(0) as u8;
            if q != gold[k] {
                for &f in &feats[sent.start + k] {
                    w.update(f, gold[k], step);
                    w.update(f, q, -step);
                }
            }
        }
    }
    let mut errors = 0;
    if pred != gold {
        for k in 0..m {
            let (g, q) = (gold[k], pred[k]);
            if g != q {
                errors += 1;
                for &f in &feats[sent.start + k] {
                    w.update(f, g, step);
                    w.update(f, q, -step);
                }
            }
            let (gp, qp) = if k == 0 {
                (ner::START, ner::START)
            } else {
                (gold[k - 1] as usize, pred[k - 1] as usize)
            };
            w.update_trans(gp, g as usize, step);
            w.update_trans(qp, q as usize, -step);
        }
        w.update_end(gold[m - 1] as usize, step);
        w.update_end(pred[m - 1] as usize, -step);
    }
    w.c += 1.0;
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{parse_documents, Grouping};

    #[test]
    fn members_trained_on_threads_are_those_trained_one_by_one() {
        let conll = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\
            German JJ B-NP B-MISC\ncall NN I-NP O\n\nPeter NNP B-NP B-PER\n\
            Blackburn NNP I-NP I-PER\nsaid VBD B-VP O\nin IN B-PP O\nBrussels NNP B-NP B-LOC\n\n\
            -DOCSTART- -X- -X- O\n\nLONDON NNP B-NP B-LOC\n1996-08-30 CD I-NP O\n\n\
            West NNP B-NP B-MISC\nIndian NNP I-NP I-MISC\nall-rounder NN I-NP O\n\
            Phil NNP I-NP B-PER\nSimmons NNP I-NP I-PER\ntook VBD B-VP O\n";
        let docs: Vec<Doc> = parse_documents(conll, Grouping::Documents)
            .into_iter()
            .map(Doc::from)
            .collect();
        let cfg = TrainConfig {
            epochs: 2,
            min_count: 1,
            clip_quantile: 1.0,
            user_gaz_docs: 0.3,
            seed: 7,
            local: true,
            ensemble: 5,
            doc_features: true,
            word_dropout: 0.2,
            min_weight: 0.5,
            gazetteer_dropout: 0.3,
        };
        let all = |_: u32| true;
        let t0 = Instant::now();
        let members = train_members(&docs, &cfg, &all, t0);
        assert_eq!(members.len(), cfg.ensemble);
        for (member, got) in members.iter().enumerate() {
            let want = train_one(&docs, &cfg, member, &all, t0);
            assert!(!want.feats.is_empty());
            assert_eq!(got, &want, "member {member}");
        }
        assert_ne!(members[0], members[1], "each member its own order");
    }

    #[test]
    fn training_reads_the_lists_sure_entries_only() {
        // `Moncler` is a less certain company (`data/gazetteers/less_certain/`), `Pfizer` a
        // sure one: training reads the first as a word no list has, the second as listed.
        let cfg = TrainConfig {
            epochs: 1,
            min_count: 1,
            clip_quantile: 1.0,
            user_gaz_docs: 0.0,
            seed: 7,
            local: true,
            ensemble: 1,
            doc_features: false,
            word_dropout: 0.0,
            min_weight: 0.5,
            gazetteer_dropout: 0.0,
        };
        let features = |line: &str| {
            let conll = format!("-DOCSTART- -X- -X- O\n\n{line}\n");
            let doc = Doc::from(parse_documents(&conll, Grouping::Documents).remove(0));
            let (_, got) = training_features(&Weights::new(), &doc, &cfg, &|_| true, &mut Rng(1));
            let read = static_feats(&ner::prepare(&doc.text, &doc.tokens, None), &|_| true);
            (got, read)
        };
        let (trained, read) = features("Moncler NNP B-NP B-ORG\nrose VBD B-VP O");
        assert_ne!(trained[0], read[0], "a less certain entry trained with");
        let (trained, read) = features("Pfizer NNP B-NP B-ORG\nrose VBD B-VP O");
        assert_eq!(trained[0], read[0], "a sure entry not trained with");
    }
}
