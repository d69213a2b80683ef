//! The model: hashed feature ids → quantised weights per tag, transition scores, and the
//! calibration of confidence scores. Its file holds numbers only, no text.
//!
//! File layout (little-endian): magic `HLNER\0\0\x01`; `u32` tag count; `f32` weight
//! scale, Platt `a`, Platt `b`; `(N + 1) * N` transition and `N` end scores as `f32`; `u32`
//! feature count; the sorted feature ids as LEB128 deltas; then per feature a LEB128 bit
//! mask of the tags with a non-zero weight, followed by one `i8` per set bit.

use super::decode::{Transitions, N};
use super::features::{self, Near};
use super::hash::{mix, IdMap};
use super::token::TokInfo;
use std::cell::{RefCell, RefMut};

const MAGIC: &[u8; 8] = b"HLNER\0\0\x01";

/// A loaded model.
#[derive(Clone, Debug)]
pub struct Model {
    /// Open-addressing table of feature ids (0 = empty) with their weights inline, so a
    /// lookup touches one cache line.
    table: Vec<Slot>,
    /// One bit per `id.rotate_right(16) % PRESENT_BITS`: set when some feature with weights
    /// hashes there. Most misses (unseen words and pairs) stop at this small table, which
    /// stays in cache, instead of probing the big one.
    present: Vec<u64>,
    scale: f32,
    /// Transition and end scores, laid out for decoding.
    lattice: Transitions,
    /// Confidence = sigmoid(a * margin + b).
    platt: (f32, f32),
}

/// The most rows [`Sums`] holds before it starts again (about 4.5 MB).
const SUMS_MAX_ROWS: usize = 128 * 1024;

/// One kept weight sum per tag. A row sums at most [`ROW_FEATURES_MAX`] features (the
/// groups [`Sums`] keeps have at most 20) of weights within ±127, so every lane fits an
/// `i16` exactly, and so does the sum of [`ROWS_SUMMED`] rows; half the bytes of `i32`
/// lanes, twice the rows in the same memory.
pub(crate) type Row = [i16; N];

/// How many rows the first pass adds up for a token in `i16` lanes before it widens them
/// (its own, four neighbours', the case pattern's).
pub(crate) const ROWS_SUMMED: usize = 6;

/// The most features a [`Row`] may sum: `ROWS_SUMMED * ROW_FEATURES_MAX * 127 <= i16::MAX`.
const ROW_FEATURES_MAX: usize = i16::MAX as usize / 127 / ROWS_SUMMED;

/// Weight sums of feature groups that recur, each decided by a small key: exact integer sums,
/// so what is kept never changes a result, only how often features are hashed and looked up.
/// Rows live in one arena, so a call can hold row numbers while adding rows.
#[derive(Debug, Default)]
pub struct Sums {
    /// Token-local features ([`features::local_features`]) by [`features::local_key`].
    local: IdMap<u64, u32>,
    /// Neighbour features ([`features::near_features`]) by form: first of four rows, in
    /// [`Near::ALL`] order.
    near: IdMap<u64, u32>,
    /// The four neighbour rows of the sentence's edge.
    edge: Option<u32>,
    /// Case features ([`features::case_features`]) by their key.
    case: IdMap<u64, u32>,
    /// Document features ([`features::doc_key_features`]) by their key.
    doc: IdMap<u64, u32>,
    rows: Vec<Row>,
}

impl Sums {
    /// Row `r`.
    #[inline]
    pub(crate) fn row(&self, r: u32) -> &Row {
        &self.rows[r as usize]
    }

    /// How many rows are kept.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    fn push(&mut self, model: &Model, buf: &[u32]) -> u32 {
        push_row(&mut self.rows, model, buf)
    }

    /// The row of `t`'s local features.
    #[inline]
    pub(crate) fn local(&mut self, model: &Model, t: &TokInfo, buf: &mut Vec<u32>) -> u32 {
        let key = features::local_key(t);
        keyed_row(&mut self.local, &mut self.rows, model, key, buf, |b| {
            features::local_features(t, b)
        })
    }

    /// The first of the four neighbour rows of `t` (of the sentence's edge for `None`).
    #[inline]
    pub(crate) fn near(&mut self, model: &Model, t: Option<&TokInfo>, buf: &mut Vec<u32>) -> u32 {
        let found = match t {
            Some(t) => self.near.get(&near_key(t)).copied(),
            None => self.edge,
        };
        if let Some(r) = found {
            return r;
        }
        let first = self.rows.len() as u32;
        for near in Near::ALL {
            buf.clear();
            features::near_features(t, near, buf);
            self.push(model, buf);
        }
        match t {
            Some(t) => {
                self.near.insert(near_key(t), first);
            }
            None => self.edge = Some(first),
        }
        first
    }

    /// The row of the case features with key `key`.
    #[inline]
    pub(crate) fn case(&mut self, model: &Model, key: u64, buf: &mut Vec<u32>) -> u32 {
        keyed_row(&mut self.case, &mut self.rows, model, key, buf, |b| {
            features::case_features(key, b)
        })
    }

    /// The row of the document features with key `key`.
    #[inline]
    pub(crate) fn doc(&mut self, model: &Model, key: u64, buf: &mut Vec<u32>) -> u32 {
        keyed_row(&mut self.doc, &mut self.rows, model, key, buf, |b| {
            features::doc_key_features(key, b)
        })
    }

    fn clear(&mut self) {
        *self = Sums::default();
    }
}

/// What decides a token's neighbour features ([`features::near_features`]): its form and its
/// cluster path, which also depends on where the form stands (a capitalised word inside a
/// sentence reads its own form's cluster, at a sentence's start its lower case's).
#[inline]
fn near_key(t: &TokInfo) -> u64 {
    mix(t.word, t.cluster as u64)
}

/// Appends the weight sum of the features in `buf` to `rows`; returns its row number.
fn push_row(rows: &mut Vec<Row>, model: &Model, buf: &[u32]) -> u32 {
    // Every group of features kept is far smaller (`every_kept_group_fits_a_row`).
    debug_assert!(
        buf.len() <= ROW_FEATURES_MAX,
        "{} features in a row",
        buf.len()
    );
    let mut acc = [0i32; N];
    model.accumulate(buf, &mut acc);
    rows.push(acc.map(|x| x as i16));
    (rows.len() - 1) as u32
}

/// The row kept in `map` under `key`, or a new one summed from the features `fill` writes.
#[inline]
fn keyed_row(
    map: &mut IdMap<u64, u32>,
    rows: &mut Vec<Row>,
    model: &Model,
    key: u64,
    buf: &mut Vec<u32>,
    fill: impl FnOnce(&mut Vec<u32>),
) -> u32 {
    if let Some(&r) = map.get(&key) {
        return r;
    }
    buf.clear();
    fill(buf);
    let r = push_row(rows, model, buf);
    map.insert(key, r);
    r
}

/// [`Sums`] kept from call to call on one thread (every annotator there shares them:
/// `annotator::with_thread_sums`), emptied when full. Every row is a function of its key
/// alone, so what is kept never changes a result, only how much is summed again.
#[derive(Default)]
pub struct SumsCache(RefCell<Sums>);

impl SumsCache {
    /// The kept sums, emptied first when full; `None` if they are already in use (a call
    /// made from inside another: that one then sums on its own).
    pub(crate) fn lock(&self) -> Option<RefMut<'_, Sums>> {
        let mut sums = self.0.try_borrow_mut().ok()?;
        if sums.rows.len() > SUMS_MAX_ROWS {
            sums.clear();
        }
        Some(sums)
    }
}

impl std::fmt::Debug for SumsCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let rows = self.0.try_borrow().map(|s| s.rows.len());
        f.debug_struct("SumsCache")
            .field("rows", &rows.ok())
            .finish()
    }
}

/// Size of the `present` filter in bits (128 KiB).
const PRESENT_BITS: usize = 1 << 20;

#[inline]
fn present_bit(id: u32) -> usize {
    id.rotate_right(16) as usize & (PRESENT_BITS - 1)
}

/// One slot of the feature table: the id and its weights (times `scale`), each stored as
/// `w + 128` in a byte so that eight add up at once in a `u64` (see [`Model::accumulate`]).
#[derive(Clone, Copy, Debug)]
#[repr(C, align(8))]
struct Slot {
    key: u32,
    w: [u8; N],
}

// The lanes of `accumulate` hold 16 weights plus one: the 17 BILOU tags of 4 types.
const _: () = assert!(N == 17);

/// Bias of the stored weights: byte = weight + 128.
const BIAS: i32 = 128;
/// Every other byte of a `u64`: spreads 8 bytes into two words of four 16-bit lanes.
const EVEN_BYTES: u64 = 0x00ff_00ff_00ff_00ff;
/// Features summed before the 16-bit lanes are flushed: 256 × 255 < 2¹⁶, so no lane carries.
const FLUSH: u32 = 256;

/// Weights as stored in a slot.
fn biased(w: [i8; N]) -> [u8; N] {
    w.map(|x| (x as i32 + BIAS) as u8)
}

/// Stored bytes back to weights.
#[cfg(any(test, feature = "train"))]
fn unbiased(b: [u8; N]) -> [i8; N] {
    b.map(|x| (x as i32 - BIAS) as i8)
}

/// Adds the lane sums of [`Model::accumulate`] to `acc`, less the bias, and clears them.
#[inline]
fn flush(lanes: &mut [u64; 4], last: &mut u32, hits: &mut u32, acc: &mut [i32; N]) {
    let bias = BIAS * *hits as i32;
    for (k, word) in lanes.iter().enumerate() {
        // Word k holds weights (k / 2) * 8 + k % 2 + 2 * lane.
        for lane in 0..4 {
            let t = (k / 2) * 8 + k % 2 + 2 * lane;
            acc[t] += (word >> (16 * lane) & 0xffff) as i32 - bias;
        }
    }
    acc[N - 1] += *last as i32 - bias;
    *lanes = [0; 4];
    *last = 0;
    *hits = 0;
}

/// Why a model file could not be read.
#[derive(Debug, PartialEq, Eq)]
pub struct ModelError(&'static str);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad model file: {}", self.0)
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn bytes(&mut self, n: usize) -> Result<&[u8], ModelError> {
        let s = self
            .b
            .get(self.at..self.at + n)
            .ok_or(ModelError("truncated"))?;
        self.at += n;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(
            self.bytes(4)?.try_into().unwrap_or([0; 4]),
        ))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }
    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.bytes(1)?[0];
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError("varint too long"))
    }
}

#[cfg(any(test, feature = "train"))]
fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

impl Model {
    /// Reads a model file.
    pub fn from_bytes(b: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { b, at: 0 };
        if r.bytes(8)? != MAGIC {
            return Err(ModelError("wrong magic"));
        }
        if r.u32()? as usize != N {
            return Err(ModelError("wrong tag count"));
        }
        let scale = r.f32()?;
        let platt = (r.f32()?, r.f32()?);
        let trans: Vec<f32> = (0..(N + 1) * N)
            .map(|_| r.f32())
            .collect::<Result<_, _>>()?;
        let end: Vec<f32> = (0..N).map(|_| r.f32()).collect::<Result<_, _>>()?;
        let n = r.u32()? as usize;
        if n > b.len() {
            return Err(ModelError("feature count"));
        }
        // Load at most 0.8: probes stay short, and the table (24 B a slot) stays small for the
        // caches; most misses stop at `present` before probing.
        let cap = (n + n / 4).next_power_of_two().max(16);
        let mut table = vec![Slot { key: 0, w: [0; N] }; cap];
        let mut present = vec![0u64; PRESENT_BITS / 64];
        let mut ids = Vec::with_capacity(n);
        let mut id = 0u64;
        for _ in 0..n {
            id += r.varint()?;
            if id == 0 || id > u32::MAX as u64 {
                return Err(ModelError("feature id"));
            }
            ids.push(id as u32);
        }
        for &id in &ids {
            let mask = r.varint()?;
            let mut w = [0i8; N];
            for (t, x) in w.iter_mut().enumerate() {
                if mask >> t & 1 != 0 {
                    *x = r.bytes(1)?[0] as i8;
                }
            }
            let mut s = id as usize & (cap - 1);
            while table[s].key != 0 {
                s = (s + 1) & (cap - 1);
            }
            table[s] = Slot {
                key: id,
                w: biased(w),
            };
            let b = present_bit(id);
            present[b / 64] |= 1 << (b % 64);
        }
        Ok(Model {
            table,
            present,
            scale,
            lattice: Transitions::new(&trans, &end),
            platt,
        })
    }

    /// Writes a model from full-precision weights: `(id, weights per tag)` pairs, the
    /// transitions (`(N + 1) * N`), end scores (`N`) and Platt parameters. Weights are
    /// quantised to `i8` (clipped at `clip` × the scale); features left all zero are dropped.
    #[cfg(any(test, feature = "train"))]
    pub fn write(
        features: &[(u32, [f32; N])],
        trans: &[f32],
        end: &[f32],
        platt: (f32, f32),
        clip: f32,
    ) -> Vec<u8> {
        let scale = clip / 127.0;
        let mut kept: Vec<(u32, [i8; N])> = features
            .iter()
            .map(|(id, w)| {
                let mut q = [0i8; N];
                for t in 0..N {
                    q[t] = (w[t] / scale).round().clamp(-127.0, 127.0) as i8;
                }
                (*id, q)
            })
            .filter(|(id, q)| *id != 0 && q.iter().any(|&x| x != 0))
            .collect();
        kept.sort_by_key(|f| f.0);
        kept.dedup_by_key(|f| f.0);
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(N as u32).to_le_bytes());
        for x in [scale, platt.0, platt.1].iter().chain(trans).chain(end) {
            out.extend_from_slice(&x.to_le_bytes());
        }
        out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for (id, _) in &kept {
            put_varint(&mut out, (id - prev) as u64);
            prev = *id;
        }
        for (_, q) in &kept {
            let mask = (0..N).filter(|&t| q[t] != 0).fold(0u64, |m, t| m | 1 << t);
            put_varint(&mut out, mask);
            out.extend(q.iter().filter(|&&x| x != 0).map(|&x| x as u8));
        }
        out
    }

    /// What [`Model::write`] made the model from, as it holds it: the features with their
    /// weights (the `i8`s times the scale), transitions, end scores, and the clip. The
    /// trainer prunes a model file through it.
    #[cfg(any(test, feature = "train"))]
    #[allow(clippy::type_complexity)]
    pub fn parts(&self) -> (Vec<(u32, [f32; N])>, Vec<f32>, Vec<f32>, f32) {
        let mut features: Vec<(u32, [f32; N])> = self
            .table
            .iter()
            .filter(|s| s.key != 0)
            .map(|s| (s.key, unbiased(s.w).map(|x| x as f32 * self.scale)))
            .collect();
        features.sort_by_key(|f| f.0);
        let end = self.lattice.end().to_vec();
        (features, self.lattice.trans(), end, self.scale * 127.0)
    }

    /// The model file again: `Model::from_bytes(b)?.to_bytes() == b` for any file
    /// [`Model::write`] made.
    #[cfg(test)]
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let (features, trans, end, clip) = self.parts();
        Model::write(&features, &trans, &end, self.platt, clip)
    }

    /// Number of features with weights.
    #[cfg(any(test, feature = "train"))]
    pub fn features(&self) -> usize {
        self.table.iter().filter(|s| s.key != 0).count()
    }

    /// Adds `acc`, weights summed by [`Model::accumulate`], to `em`.
    #[inline]
    pub(crate) fn add_accumulated(&self, acc: &[i32; N], em: &mut [f32]) {
        for (e, &a) in em.iter_mut().zip(acc) {
            *e += a as f32 * self.scale;
        }
    }

    /// Sums the quantised weights of `features` into `acc`; exact, so partial sums may be
    /// cached and added up in any order.
    ///
    /// SWAR: the 16 first weights of a slot are two `u64`s of biased bytes; masking every
    /// other byte spreads each into four 16-bit lanes, so four `u64` adds sum 16 weights
    /// (no SIMD needed, which matters in wasm). Lanes cannot carry (see `FLUSH`); the bias
    /// is taken off once per hit at the end.
    #[inline]
    pub(crate) fn accumulate(&self, features: &[u32], acc: &mut [i32; N]) {
        let mask = self.table.len() - 1;
        // lanes[0]: weights 0, 2, 4, 6; [1]: 1, 3, 5, 7; [2]: 8, 10, …; [3]: 9, 11, …
        let mut lanes = [0u64; 4];
        let mut last = 0u32;
        let mut hits = 0u32;
        // At most FLUSH features per round, so no lane can carry within one.
        for round in features.chunks(FLUSH as usize) {
            for &f in round {
                let b = present_bit(f);
                if self.present[b / 64] >> (b % 64) & 1 == 0 {
                    continue;
                }
                let mut s = f as usize & mask;
                loop {
                    let slot = &self.table[s];
                    if slot.key == f {
                        let lo = u64::from_le_bytes(slot.w[..8].try_into().unwrap_or([0; 8]));
                        let hi = u64::from_le_bytes(slot.w[8..16].try_into().unwrap_or([0; 8]));
                        lanes[0] += lo & EVEN_BYTES;
                        lanes[1] += lo >> 8 & EVEN_BYTES;
                        lanes[2] += hi & EVEN_BYTES;
                        lanes[3] += hi >> 8 & EVEN_BYTES;
                        last += slot.w[16] as u32;
                        hits += 1;
                        break;
                    }
                    if slot.key == 0 {
                        break;
                    }
                    s = (s + 1) & mask;
                }
            }
            flush(&mut lanes, &mut last, &mut hits, acc);
        }
    }

    /// The transition scores.
    pub(crate) fn transitions(&self) -> &Transitions {
        &self.lattice
    }

    /// The calibrated confidence (0–1) of an entity whose decoding margin is `margin`; the
    /// same bits on every platform (`libm`, not the platform's C library).
    pub(crate) fn confidence(&self, margin: f32) -> f32 {
        let z = self.platt.0 * margin + self.platt.1;
        1.0 / (1.0 + libm::expf(-z))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Adds the weights of `features` to `em` (one token's `N` scores).
    fn add(m: &Model, features: &[u32], em: &mut [f32]) {
        let mut acc = [0i32; N];
        m.accumulate(features, &mut acc);
        m.add_accumulated(&acc, em);
    }

    #[test]
    fn every_kept_group_fits_a_row() {
        // The most features each kept group can have: a token with every affix and a
        // cluster, every neighbour position, case and document keys with every bit set.
        let mut t = TokInfo::new("Washington");
        t.cluster = u32::MAX;
        let mut buf = Vec::new();
        features::local_features(&t, &mut buf);
        let mut most = buf.len();
        for near in Near::ALL {
            buf.clear();
            features::near_features(Some(&t), near, &mut buf);
            most = most.max(buf.len());
        }
        buf.clear();
        features::case_features((1 << 24) - 1, &mut buf);
        most = most.max(buf.len());
        buf.clear();
        features::doc_key_features((1 << 26) - 1, &mut buf);
        most = most.max(buf.len());
        assert_eq!(most, 20, "the local features of a word with all of them");
        assert!(most <= ROW_FEATURES_MAX);
        // And the sum of the rows of a token's first pass, each of that many extreme
        // weights, is exact in `i16` lanes.
        assert!((ROWS_SUMMED * ROW_FEATURES_MAX) as i32 * 127 <= i16::MAX as i32);
    }

    #[test]
    fn round_trip_keeps_weights_to_the_quantum() {
        let mut w = [0f32; N];
        w[3] = 1.0;
        w[5] = -0.5;
        let feats = vec![(7u32, w), (3u32, [0.0; N]), (1 << 31, [0.25; N])];
        let trans = vec![0.5; (N + 1) * N];
        let end = vec![-0.5; N];
        let bytes = Model::write(&feats, &trans, &end, (2.0, -1.0), 1.27);
        let m = Model::from_bytes(&bytes).unwrap();
        assert_eq!(m.features(), 2);
        let mut em = [0f32; N];
        add(&m, &[7, 3, 7, 99], &mut em);
        assert!((em[3] - 2.0).abs() < 0.01 && (em[5] + 1.0).abs() < 0.01);
        assert!((m.confidence(0.5) - 0.5).abs() < 1e-6);
        // Sums far past one round of lanes stay exact, negative ones too (no carries).
        let mut em = [0f32; N];
        add(&m, &[7; 600], &mut em);
        assert!(
            (em[3] - 600.0).abs() < 0.5 && (em[5] + 300.0).abs() < 0.5,
            "{em:?}"
        );
        assert!(em
            .iter()
            .enumerate()
            .all(|(t, &x)| t == 3 || t == 5 || x == 0.0));
        assert_eq!(m.transitions().trans()[0], 0.5);
        assert_eq!(m.to_bytes(), bytes);
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(Model::from_bytes(b"nonsense").is_err());
    }
}
