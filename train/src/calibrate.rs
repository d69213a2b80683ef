//! From trained weights to the model file: quantised to `i8`, then calibrated on valid
//! (Platt scaling of the decoding margin), with the calibration error measured.

use crate::corpus::Doc;
use crate::perceptron::Averaged;
use highlit::train::{self as ner, decode_doc, Model, Sums, N};
use highlit::Span;
use std::collections::HashSet;
use std::time::Instant;

/// The model file of `w`: quantised with the `i8` scale set by the `clip_quantile` of the
/// weights' magnitudes, and calibrated on `valid`. Progress goes to stderr, timed from `t0`.
pub fn write_model(
    w: &Averaged,
    clip_quantile: f64,
    min_weight: f32,
    valid: &[Doc],
    t0: Instant,
) -> Vec<u8> {
    let mut mags: Vec<f32> = w
        .feats
        .iter()
        .flat_map(|(_, a)| a.iter().map(|x| x.abs()))
        .filter(|&x| x > 0.0)
        .collect();
    mags.sort_by(f32::total_cmp);
    let clip = mags
        .get(((mags.len() as f64 - 1.0) * clip_quantile) as usize)
        .copied()
        .unwrap_or(1.0);
    write_clipped(w, clip, min_weight, valid, t0)
}

/// The model file of `w` quantised with the `i8` scale set by `clip`, pruned to the weights
/// of at least `min_weight` steps of that scale, calibrated on `valid`. The trainer's
/// `prune` command writes a smaller file of a model file through it, with the file's clip.
pub fn write_clipped(
    w: &Averaged,
    clip: f32,
    min_weight: f32,
    valid: &[Doc],
    t0: Instant,
) -> Vec<u8> {
    // Weights within `min_weight` steps of the i8 scale of zero become zero, and features
    // left with none are dropped: most of a large model's features carry only such weights.
    let floor = min_weight * clip / 127.0;
    let feats: Vec<(u32, [f32; N])> = w
        .feats
        .iter()
        .map(|&(id, mut a)| {
            a.iter_mut()
                .filter(|x| x.abs() < floor)
                .for_each(|x| *x = 0.0);
            (id, a)
        })
        .collect();
    let bytes = Model::write(&feats, &w.trans, &w.end, (1.0, 0.0), clip);
    let model = Model::from_bytes(&bytes).expect("model just written");
    eprintln!(
        "model: {} features with weights, {} bytes, clip {clip:.3} [{:.1}s]",
        model.features(),
        bytes.len(),
        t0.elapsed().as_secs_f32()
    );
    let platt = calibrate(&model, valid);
    Model::write(&feats, &w.trans, &w.end, platt, clip)
}

/// Platt scaling of the decoding margin on `valid`: fitted on the even documents and
/// measured on the odd ones, then refitted on all for the shipped model.
fn calibrate(model: &Model, valid: &[Doc]) -> (f32, f32) {
    let points = margins(model, valid);
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
        "calibration: ECE {:.4} on the odd calibration documents, fitted on the even ones",
        ece(&probs)
    );
    let all = fit(&points.iter().collect::<Vec<_>>());
    eprintln!("platt: a {:.4} b {:.4}", all.0, all.1);
    let tp = points.iter().filter(|p| p.2).count();
    let np = points.len();
    let ng: usize = valid.iter().map(|d| d.gold.len()).sum();
    eprintln!(
        "valid (names only, before merging numbers): P {:.2} R {:.2} F1 {:.2}",
        100.0 * tp as f64 / np as f64,
        100.0 * tp as f64 / ng as f64,
        200.0 * tp as f64 / (np + ng) as f64
    );
    all
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// (document index, margin, correct) for every entity the model finds in `docs`.
fn margins(model: &Model, docs: &[Doc]) -> Vec<(usize, f32, bool)> {
    let mut out = Vec::new();
    let mut sums = Sums::default();
    for (d, doc) in docs.iter().enumerate() {
        let p = ner::prepare(&doc.text, &doc.tokens, None);
        let gold: HashSet<(Span, usize)> = doc.gold.iter().copied().collect();
        // A name of a type the corpus does not annotate is neither right nor wrong there.
        let found = decode_doc(model, &p, &mut sums);
        for f in found.into_iter().filter(|f| doc.labels & (1 << f.ty) != 0) {
            let span = Span::new(
                doc.tokens.tokens[f.tokens.start].span.start,
                doc.tokens.tokens[f.tokens.end - 1].span.end,
            );
            out.push((d, f.margin, gold.contains(&(span, f.ty))));
        }
    }
    out
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
pub fn ece(points: &[(f32, bool)]) -> f64 {
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
