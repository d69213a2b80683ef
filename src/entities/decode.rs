//! BILOU tags and Viterbi decoding under the BILOU constraints.
//!
//! Tag 0 is `O`; for entity type `t` (0 PERSON, 1 ORG, 2 LOC, 3 MISC) the tags are
//! `1 + 4t + {B, I, L, U}`. Decoding only ever follows allowed transitions, so every path it
//! returns reads as whole entities.

use crate::annotation::Label;
use std::ops::Range;

/// The entity types the model tags, in tag order.
pub const TYPES: [Label; 4] = [Label::Person, Label::Org, Label::Loc, Label::Misc];
/// Indices into [`TYPES`], as the rules that shape names after decoding write them.
pub(crate) const PERSON: usize = 0;
pub(crate) const ORG: usize = 1;
pub(crate) const LOC: usize = 2;
pub(crate) const MISC: usize = 3;
const _: () = assert!(
    matches!(TYPES[PERSON], Label::Person)
        && matches!(TYPES[ORG], Label::Org)
        && matches!(TYPES[LOC], Label::Loc)
        && matches!(TYPES[MISC], Label::Misc)
);
/// Number of tags: `O` and B, I, L, U per type.
pub const N: usize = 1 + 4 * TYPES.len();
/// Row of the transition table that holds start scores (`(N + 1) * N` entries in all).
pub const START: usize = N;

/// Position of a tag inside its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pos {
    /// Begins a multi-token entity.
    B = 0,
    /// Inside a multi-token entity.
    I = 1,
    /// Last token of a multi-token entity.
    L = 2,
    /// A one-token entity.
    U = 3,
}

/// The tag for `pos` of type `ty`.
#[cfg(any(test, feature = "train"))]
#[inline]
pub(crate) const fn tag(pos: Pos, ty: usize) -> u8 {
    (1 + 4 * ty + pos as usize) as u8
}

/// The position and type of `tag`, `None` for `O`.
#[inline]
pub(crate) fn parts(tag: u8) -> Option<(Pos, usize)> {
    if tag == 0 || tag as usize >= N {
        return None;
    }
    let k = tag as usize - 1;
    let pos = [Pos::B, Pos::I, Pos::L, Pos::U][k % 4];
    Some((pos, k / 4))
}

/// The type of `tag` as 0 (none) or 1 + type.
#[inline]
pub fn type_of(tag: u8) -> u8 {
    parts(tag).map_or(0, |(_, ty)| ty as u8 + 1)
}

/// Whether `next` may follow `prev` (`START` for the sentence start).
pub(crate) fn allowed(prev: usize, next: usize) -> bool {
    let p = if prev == START {
        None
    } else {
        parts(prev as u8)
    };
    let n = parts(next as u8);
    match (p, n) {
        (Some((Pos::B | Pos::I, pt)), Some((Pos::I | Pos::L, nt))) => pt == nt,
        (Some((Pos::B | Pos::I, _)), _) => false,
        (_, Some((Pos::I | Pos::L, _))) => false,
        _ => true,
    }
}

/// Whether a sentence may end on `tag`.
pub(crate) fn allowed_end(tag: usize) -> bool {
    !matches!(parts(tag as u8), Some((Pos::B | Pos::I, _)))
}

/// Whether `tags` is a sequence decoding may return (allowed start, steps and end).
pub(crate) fn is_valid(tags: &[u8]) -> bool {
    let Some(&first) = tags.first() else {
        return true;
    };
    allowed(START, first as usize)
        && tags
            .windows(2)
            .all(|w| ALLOWED[w[0] as usize][w[1] as usize])
        && allowed_end(tags[tags.len() - 1] as usize)
}

const NEG: f32 = -1e30;

/// Transition scores, laid out for decoding: `rows[prev][next]` (prev `START` for the first
/// tag), `end[tag]` after the last tag, and the closed → start block (81 of the 97 allowed
/// transitions) as small dense matrices whose inner loops vectorise: `cs[k][j]` is
/// `CLOSED[k]` → `STARTS[j]`, `sc[j][k]` the same transposed; padding lanes hold `NEG`.
#[derive(Clone, Debug)]
pub struct Transitions {
    rows: [[f32; N]; N + 1],
    end: [f32; N],
    cs: [[f32; LANES]; LANES],
    sc: [[f32; LANES]; LANES],
    /// How far `O` must lead every other tag at every token of a sentence for the best path
    /// to be all `O` ([`surely_outside`]).
    outside_lead: f32,
}

impl Transitions {
    /// From `trans[prev * N + next]` (`(N + 1) * N` scores) and `end` (`N` scores).
    pub fn new(trans: &[f32], end: &[f32]) -> Transitions {
        let mut t = Transitions {
            rows: [[NEG; N]; N + 1],
            end: [NEG; N],
            cs: [[NEG; LANES]; LANES],
            sc: [[NEG; LANES]; LANES],
            outside_lead: f32::INFINITY,
        };
        for (row, src) in t.rows.iter_mut().zip(trans.chunks_exact(N)) {
            row.copy_from_slice(src);
        }
        for (e, &x) in t.end.iter_mut().zip(end) {
            *e = x;
        }
        for (k, &c) in CLOSED.iter().enumerate() {
            for (j, &y) in STARTS.iter().enumerate() {
                t.cs[k][j] = t.rows[c as usize][y];
                t.sc[j][k] = t.rows[c as usize][y];
            }
        }
        t.outside_lead = t.outside_lead();
        t
    }

    /// See [`surely_outside`]: a path that leaves `O` on a run of `k` tokens trades `k`
    /// emissions of `O` for others, each more than the lead lower, and `k + 1` transitions
    /// of the all-`O` path (into the run, inside it, out of it; the start and the end count)
    /// for others, each at most `spread` higher, where `spread` is the highest allowed
    /// transition less the lowest of the all-`O` path's. As `k + 1 ≤ 2k`, a lead of
    /// `2 * spread` makes every such run lose; one more keeps the proof clear of rounding.
    fn outside_lead(&self) -> f32 {
        let mut high = NEG;
        for (p, row) in self.rows.iter().enumerate() {
            for (y, &x) in row.iter().enumerate() {
                if allowed(p, y) {
                    high = high.max(x);
                }
            }
        }
        for (y, &x) in self.end.iter().enumerate() {
            if allowed_end(y) {
                high = high.max(x);
            }
        }
        let low = self.rows[0][0].min(self.rows[START][0]).min(self.end[0]);
        let lead = 2.0 * (high - low) + 1.0;
        if lead.is_finite() {
            lead
        } else {
            f32::INFINITY
        }
    }

    /// The scores as [`Transitions::new`] took them: `trans[prev * N + next]`.
    #[cfg(any(test, feature = "train"))]
    pub(crate) fn trans(&self) -> Vec<f32> {
        self.rows.concat()
    }

    /// The end scores, one per tag.
    #[cfg(any(test, feature = "train"))]
    pub(crate) fn end(&self) -> &[f32] {
        &self.end
    }
}

/// The larger of `a` and `b` as one `maxps`: `b` when they are equal (no NaN arises here).
/// `f32::max` gives the same where neither is NaN, but as a call in wasm.
#[inline(always)]
pub(crate) fn max(a: f32, b: f32) -> f32 {
    if a > b {
        a
    } else {
        b
    }
}

/// Scores of a sentence's lattice, kept from sentence to sentence so that decoding does not
/// allocate them anew for each (most sentences are short, and a text has many).
#[derive(Debug, Default)]
pub(crate) struct Lattice {
    /// Viterbi scores, or the max-marginals once [`Lattice::max_marginals`] is done.
    score: Vec<f32>,
    /// The backward pass of [`Lattice::max_marginals`].
    beta: Vec<f32>,
}

/// The best allowed tag sequence for emission scores `em` (`n * N`, row per token).
pub fn viterbi(em: &[f32], t: &Transitions) -> Vec<u8> {
    let mut tags = vec![0u8; em.len() / N];
    Lattice::default().viterbi(em, t, &mut tags);
    tags
}

impl Lattice {
    /// Writes to `tags` (one per token) the best allowed tag sequence for emission scores
    /// `em` (`n * N`, row per token).
    pub(crate) fn viterbi(&mut self, em: &[f32], t: &Transitions, tags: &mut [u8]) {
        let n = em.len() / N;
        if n == 0 {
            return;
        }
        let score = fill(&mut self.score, n * N);
        forward(em, t, score);
        let mut best = 0;
        let mut best_score = f32::NEG_INFINITY;
        for y in 0..N {
            if allowed_end(y) {
                let s = score[(n - 1) * N + y] + t.end[y];
                if s > best_score {
                    best_score = s;
                    best = y;
                }
            }
        }
        // Back-tracking recomputes the argmax for the one chosen tag per token, with the same
        // float operations and tie order as `forward`, instead of storing it for all 17.
        tags[n - 1] = best as u8;
        for i in (1..n).rev() {
            let y = tags[i] as usize;
            let prev = &score[(i - 1) * N..i * N];
            let preds: &[u8] = match parts(y as u8) {
                Some((Pos::I | Pos::L, ty)) => &[(1 + 4 * ty) as u8, (2 + 4 * ty) as u8],
                _ => &CLOSED,
            };
            let (mut arg, mut top) = (preds[0], NEG);
            for &p in preds {
                let s = prev[p as usize] + t.rows[p as usize][y];
                if s > top {
                    (arg, top) = (p, s);
                }
            }
            tags[i - 1] = arg;
        }
    }
}

/// `v` as `len` scores of `NEG`, in the room it already has.
fn fill(v: &mut Vec<f32>, len: usize) -> &mut [f32] {
    v.clear();
    v.resize(len, NEG);
    v
}

/// Whether the best path of the sentence `em` (`n * N`) is all `O`, proved from the scores
/// alone: at every token `O` leads every other tag by more than the transitions could make
/// up ([`Transitions::outside_lead`]). Then decoding, which would find exactly that path,
/// can be skipped: a third of news sentences hold no name and most of them pass.
pub(crate) fn surely_outside(em: &[f32], t: &Transitions) -> bool {
    em.chunks_exact(N).all(|row| {
        let o = row[0];
        row[1..].iter().all(|&x| o - x > t.outside_lead)
    })
}

/// `O`, every `B` and every `U`: the tags that may start an entity or stand outside one,
/// which may follow exactly the [`CLOSED`] tags.
const STARTS: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];
/// Lanes of the closed → start block, [`STARTS`] padded to a multiple of 4 (SIMD width).
const LANES: usize = 12;

/// Viterbi scores (`score`, `n * N`): the best allowed path's score ending in each tag.
/// The closed → start block runs lane-wise over dense rows (it vectorises); the 16
/// `B`/`I` → `I`/`L` steps are scalar. This is the inner loop of name finding.
fn forward(em: &[f32], t: &Transitions, score: &mut [f32]) {
    let n = em.len() / N;
    for y in 0..N {
        score[y] = if allowed(START, y) {
            t.rows[START][y] + em[y]
        } else {
            NEG
        };
    }
    for i in 1..n {
        let (done, rest) = score.split_at_mut(i * N);
        let prev: &[f32; N] = done[(i - 1) * N..].try_into().expect("one row");
        let cur: &mut [f32; N] = (&mut rest[..N]).try_into().expect("one row");
        let e: &[f32; N] = em[i * N..(i + 1) * N].try_into().expect("one row");
        // Lane j holds STARTS[j].
        let mut best = [NEG; LANES];
        for (k, row) in t.cs.iter().enumerate().take(CLOSED.len()) {
            let from = prev[CLOSED[k] as usize];
            for j in 0..LANES {
                best[j] = max(from + row[j], best[j]);
            }
        }
        for (j, &y) in STARTS.iter().enumerate() {
            cur[y] = best[j] + e[y];
        }
        for ty in 0..TYPES.len() {
            let (b, inside) = (1 + 4 * ty, 2 + 4 * ty);
            for y in [inside, inside + 1] {
                let (sb, si) = (prev[b] + t.rows[b][y], prev[inside] + t.rows[inside][y]);
                cur[y] = max(si, sb) + e[y];
            }
        }
    }
}

/// Tags that may precede an `O`, `B` or `U` tag: `O` and every `L` and `U`.
const CLOSED: [u8; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];

static ALLOWED: [[bool; N]; N] = {
    let mut a = [[false; N]; N];
    let mut p = 0;
    while p < N {
        let mut y = 0;
        while y < N {
            // Same rule as `allowed`, spelt out for a const table.
            let p_open = p != 0 && (p - 1) % 4 < 2;
            let y_cont = y != 0 && matches!((y - 1) % 4, 1 | 2);
            a[p][y] = if p_open {
                y_cont && (p - 1) / 4 == (y - 1) / 4
            } else {
                !y_cont
            };
            y += 1;
        }
        p += 1;
    }
    a
};

/// Max-marginals: `mm[i * N + y]` is the score of the best allowed path with tag `y` at `i`.
#[cfg(test)]
pub(crate) fn max_marginals(em: &[f32], t: &Transitions) -> Vec<f32> {
    Lattice::default().max_marginals(em, t).to_vec()
}

impl Lattice {
    /// Max-marginals of emission scores `em` (`n * N`): `mm[i * N + y]` is the score of the
    /// best allowed path with tag `y` at `i`.
    pub(crate) fn max_marginals(&mut self, em: &[f32], t: &Transitions) -> &[f32] {
        let n = em.len() / N;
        let alpha = fill(&mut self.score, n * N);
        if n == 0 {
            return alpha;
        }
        forward(em, t, alpha);
        let beta = fill(&mut self.beta, n * N);
        for y in 0..N {
            if allowed_end(y) {
                beta[(n - 1) * N + y] = t.end[y];
            }
        }
        for i in (0..n - 1).rev() {
            let (head, tail) = beta.split_at_mut((i + 1) * N);
            let next: &[f32; N] = tail[..N].try_into().expect("one row");
            let cur: &mut [f32; N] = (&mut head[i * N..]).try_into().expect("one row");
            let e: &[f32; N] = em[(i + 1) * N..(i + 2) * N].try_into().expect("one row");
            backward_step(t, e, next, cur);
        }
        for (a, b) in alpha.iter_mut().zip(beta.iter()) {
            *a += b;
        }
        alpha
    }
}

/// One step of the backward pass: the best score from each tag at a token (`cur`) given the
/// scores from the next token (`next`) and its emissions (`e`).
#[inline(always)]
fn backward_step(t: &Transitions, e: &[f32; N], next: &[f32; N], cur: &mut [f32; N]) {
    // What follows a closed tag (`O`, `L`, `U`): any of STARTS. Lane k holds CLOSED[k].
    let mut best = [NEG; LANES];
    for (j, row) in t.sc.iter().enumerate().take(STARTS.len()) {
        let (ej, nj) = (e[STARTS[j]], next[STARTS[j]]);
        for k in 0..LANES {
            best[k] = max(row[k] + ej + nj, best[k]);
        }
    }
    for (k, &y) in CLOSED.iter().enumerate() {
        cur[y as usize] = best[k];
    }
    // An open tag (`B`, `I`) goes on to the `I` or `L` of its type.
    for ty in 0..TYPES.len() {
        let (inside, last) = (2 + 4 * ty, 3 + 4 * ty);
        for y in [1 + 4 * ty, inside] {
            let r = &t.rows[y];
            cur[y] = max(
                r[last] + e[last] + next[last],
                r[inside] + e[inside] + next[inside],
            );
        }
    }
}

/// The entities a tag sequence reads as: token ranges and types. Tolerant of sequences
/// that break the constraints (a stray `I` or `L` starts an entity).
pub(crate) fn entities(tags: &[u8]) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let p = parts(t);
        if let Some((start, ty)) = open {
            match p {
                Some((Pos::I, t2)) if t2 == ty => continue,
                Some((Pos::L, t2)) if t2 == ty => {
                    out.push((start..i + 1, ty));
                    open = None;
                    continue;
                }
                _ => {
                    out.push((start..i, ty));
                    open = None;
                }
            }
        }
        match p {
            Some((Pos::U, ty)) => out.push((i..i + 1, ty)),
            Some((_, ty)) => open = Some((i, ty)),
            None => {}
        }
    }
    if let Some((start, ty)) = open {
        out.push((start..tags.len(), ty));
    }
    out
}

/// The BILOU tags of `n` tokens holding `entities` (non-overlapping token ranges).
#[cfg(any(test, feature = "train"))]
pub fn bilou(n: usize, entities: &[(Range<usize>, usize)]) -> Vec<u8> {
    let mut tags = vec![0u8; n];
    for (r, ty) in entities {
        if r.len() == 1 {
            tags[r.start] = tag(Pos::U, *ty);
        } else if !r.is_empty() {
            tags[r.start] = tag(Pos::B, *ty);
            for t in &mut tags[r.start + 1..r.end - 1] {
                *t = tag(Pos::I, *ty);
            }
            tags[r.end - 1] = tag(Pos::L, *ty);
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The predecessors `forward` tries for `y`.
    fn preds(y: usize) -> Vec<u8> {
        if STARTS.contains(&y) {
            CLOSED.to_vec()
        } else {
            let ty = (y - 1) / 4;
            vec![(1 + 4 * ty) as u8, (2 + 4 * ty) as u8]
        }
    }

    /// The successors the backward pass of `max_marginals` tries for `y`.
    fn succs(y: usize) -> Vec<u8> {
        if CLOSED.contains(&(y as u8)) {
            STARTS.iter().map(|&x| x as u8).collect()
        } else {
            let ty = (y - 1) / 4;
            vec![(2 + 4 * ty) as u8, (3 + 4 * ty) as u8]
        }
    }

    #[test]
    #[allow(clippy::needless_range_loop)]
    fn const_tables_match_the_rule() {
        for p in 0..N {
            for y in 0..N {
                assert_eq!(ALLOWED[p][y], allowed(p, y), "{p} -> {y}");
                assert_eq!(preds(y).contains(&(p as u8)), allowed(p, y), "{p} -> {y}");
                assert_eq!(succs(p).contains(&(y as u8)), allowed(p, y), "{p} -> {y}");
            }
        }
    }

    #[test]
    fn invalid_sequences_are_caught() {
        assert!(is_valid(&[0, 1, 2, 3, 4]));
        assert!(!is_valid(&[2]));
        assert!(!is_valid(&[1]));
        assert!(!is_valid(&[1, 6, 3]));
        assert!(!is_valid(&[0, 3]));
    }

    #[test]
    fn bilou_round_trips() {
        let ents = vec![(0..2, 0), (3..4, 2), (4..7, 3)];
        let tags = bilou(8, &ents);
        assert_eq!(entities(&tags), ents);
        for w in tags.windows(2) {
            assert!(allowed(w[0] as usize, w[1] as usize));
        }
        assert!(allowed(START, tags[0] as usize));
    }

    fn lcg(seed: &mut u64) -> f32 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((*seed >> 33) as f32 / (1u64 << 31) as f32) * 10.0 - 5.0
    }

    /// Random transition and end scores, and the transitions made of them.
    fn random_transitions(seed: &mut u64) -> (Vec<f32>, Vec<f32>, Transitions) {
        let trans: Vec<f32> = (0..(N + 1) * N).map(|_| lcg(seed)).collect();
        let end: Vec<f32> = (0..N).map(|_| lcg(seed)).collect();
        let t = Transitions::new(&trans, &end);
        (trans, end, t)
    }

    #[test]
    fn viterbi_paths_are_always_valid_and_match_max_marginals() {
        let mut seed = 7;
        let (trans, end, t) = random_transitions(&mut seed);
        for len in 1..12 {
            let em: Vec<f32> = (0..len * N).map(|_| lcg(&mut seed)).collect();
            let tags = viterbi(&em, &t);
            assert!(allowed(START, tags[0] as usize));
            assert!(allowed_end(tags[len - 1] as usize));
            for w in tags.windows(2) {
                assert!(allowed(w[0] as usize, w[1] as usize));
            }
            let mut score = trans[START * N + tags[0] as usize] + end[tags[len - 1] as usize];
            for (i, &y) in tags.iter().enumerate() {
                score += em[i * N + y as usize];
                if i > 0 {
                    score += trans[tags[i - 1] as usize * N + y as usize];
                }
            }
            assert!(is_valid(&tags));
            let mm = max_marginals(&em, &t);
            let argmax: Vec<u8> = mm
                .chunks_exact(N)
                .map(|row| (0..N).fold(0, |b, y| if row[y] > row[b] { y } else { b }) as u8)
                .collect();
            assert_eq!(argmax, tags);
            for (i, &y) in tags.iter().enumerate() {
                let row = &mm[i * N..(i + 1) * N];
                assert!((row[y as usize] - score).abs() < 1e-3);
                assert!(row.iter().all(|&s| s <= score + 1e-3));
            }
            // Same entities when read back and re-tagged.
            assert_eq!(bilou(len, &entities(&tags)), tags);
        }
    }

    #[test]
    fn a_lattice_kept_from_sentence_to_sentence_decodes_as_a_fresh_one() {
        // Long sentences, then shorter ones: what a longer one left in the kept rows must
        // not reach a shorter one's paths or max-marginals.
        let mut seed = 5;
        let (_, _, t) = random_transitions(&mut seed);
        let mut kept = Lattice::default();
        for len in [12, 3, 1, 7, 2, 12, 5] {
            let em: Vec<f32> = (0..len * N).map(|_| lcg(&mut seed)).collect();
            let mut tags = vec![0u8; len];
            kept.viterbi(&em, &t, &mut tags);
            assert_eq!(tags, viterbi(&em, &t), "{len} tokens");
            let bits = |mm: &[f32]| mm.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            let fresh = max_marginals(&em, &t);
            assert_eq!(
                bits(kept.max_marginals(&em, &t)),
                bits(&fresh),
                "{len} tokens"
            );
        }
    }

    #[test]
    fn a_sentence_proved_outside_decodes_to_all_o() {
        // Random transitions; at each token `O` leads the best other tag by a random gap
        // around the proof's lead, so some sentences are proved and some are not, and those
        // proved must decode to all `O` whatever the transitions favour.
        let mut seed = 11;
        let (_, _, t) = random_transitions(&mut seed);
        assert!(t.outside_lead.is_finite() && t.outside_lead > 1.0);
        let (mut proved, mut not) = (0, 0);
        for len in 1..40 {
            for _ in 0..20 {
                let mut em: Vec<f32> = (0..len * N).map(|_| lcg(&mut seed)).collect();
                for row in em.chunks_exact_mut(N) {
                    let best = row[1..].iter().cloned().fold(NEG, f32::max);
                    let gap = t.outside_lead * (0.9 + 0.02 * (lcg(&mut seed) + 5.0));
                    row[0] = best + gap;
                }
                if surely_outside(&em, &t) {
                    proved += 1;
                    assert!(viterbi(&em, &t).iter().all(|&y| y == 0), "{em:?}");
                } else {
                    not += 1;
                }
            }
        }
        assert!(proved > 20 && not > 20, "{proved} proved, {not} not");
        // `O` leading by less than the lead somewhere: not proved.
        let mut em = vec![0.0; 3 * N];
        for row in em.chunks_exact_mut(N) {
            row[0] = t.outside_lead + 1.0;
        }
        assert!(surely_outside(&em, &t));
        em[N + 5] = 2.0;
        assert!(!surely_outside(&em, &t));
    }
}
