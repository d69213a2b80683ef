//! BILOU tags and Viterbi decoding under the BILOU constraints.
//!
//! Tag 0 is `O`; for entity type `t` (0 PERSON, 1 ORG, 2 LOC, 3 MISC) the tags are
//! `1 + 4t + {B, I, L, U}`. Decoding only ever follows allowed transitions, so every path it
//! returns reads as whole entities.

use crate::annotation::Label;
use std::ops::Range;

/// The entity types the model tags, in tag order.
pub const TYPES: [Label; 4] = [Label::Person, Label::Org, Label::Loc, Label::Misc];
/// Number of tags: `O` and B, I, L, U per type.
pub const N: usize = 1 + 4 * TYPES.len();
/// Row of the transition table that holds start scores (`(N + 1) * N` entries in all).
pub const START: usize = N;

/// Position of a tag inside its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pos {
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
#[inline]
pub const fn tag(pos: Pos, ty: usize) -> u8 {
    (1 + 4 * ty + pos as usize) as u8
}

/// The position and type of `tag`, `None` for `O`.
#[inline]
pub fn parts(tag: u8) -> Option<(Pos, usize)> {
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
pub fn allowed(prev: usize, next: usize) -> bool {
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
pub fn allowed_end(tag: usize) -> bool {
    !matches!(parts(tag as u8), Some((Pos::B | Pos::I, _)))
}

/// Whether `tags` is a sequence decoding may return (allowed start, steps and end).
pub fn is_valid(tags: &[u8]) -> bool {
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

/// Transition scores: `trans[prev * N + next]` (prev `START` for the first tag) and
/// `end[tag]` after the last tag.
pub struct Transitions<'a> {
    /// `(N + 1) * N` scores.
    pub trans: &'a [f32],
    /// `N` scores.
    pub end: &'a [f32],
}

/// The best allowed tag sequence for emission scores `em` (`n * N`, row per token).
pub fn viterbi(em: &[f32], t: &Transitions) -> Vec<u8> {
    let n = em.len() / N;
    if n == 0 {
        return Vec::new();
    }
    let mut score = vec![NEG; n * N];
    let mut back = vec![0u8; n * N];
    forward(em, t, &mut score, Some(&mut back));
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
    let mut tags = vec![0u8; n];
    tags[n - 1] = best as u8;
    for i in (1..n).rev() {
        tags[i - 1] = back[i * N + tags[i] as usize];
    }
    tags
}

fn forward(em: &[f32], t: &Transitions, score: &mut [f32], mut back: Option<&mut [u8]>) {
    let n = em.len() / N;
    for y in 0..N {
        score[y] = if allowed(START, y) {
            t.trans[START * N + y] + em[y]
        } else {
            NEG
        };
    }
    for i in 1..n {
        for y in 0..N {
            let mut best = NEG;
            let mut arg = 0;
            for &p in preds(y) {
                let p = p as usize;
                let s = score[(i - 1) * N + p] + t.trans[p * N + y];
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            score[i * N + y] = best + em[i * N + y];
            if let Some(b) = back.as_deref_mut() {
                b[i * N + y] = arg as u8;
            }
        }
    }
}

/// Tags that may precede an `O`, `B` or `U` tag: `O` and every `L` and `U`.
const CLOSED: [u8; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];

/// The tags that may precede `y`.
#[inline]
fn preds(y: usize) -> &'static [u8] {
    const OPEN: [[u8; 2]; 4] = [[1, 2], [5, 6], [9, 10], [13, 14]];
    match parts(y as u8) {
        Some((Pos::I | Pos::L, ty)) => &OPEN[ty],
        _ => &CLOSED,
    }
}

/// The tags that may follow `y`.
#[inline]
fn succs(y: usize) -> &'static [u8] {
    /// `O`, every `B` and every `U`: what may follow `O`, `L` or `U`.
    const STARTS: [u8; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];
    const INSIDE: [[u8; 2]; 4] = [[2, 3], [6, 7], [10, 11], [14, 15]];
    match parts(y as u8) {
        Some((Pos::B | Pos::I, ty)) => &INSIDE[ty],
        _ => &STARTS,
    }
}

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
pub fn max_marginals(em: &[f32], t: &Transitions) -> Vec<f32> {
    let n = em.len() / N;
    let mut alpha = vec![NEG; n * N];
    if n == 0 {
        return alpha;
    }
    forward(em, t, &mut alpha, None);
    let mut beta = vec![NEG; n * N];
    for y in 0..N {
        if allowed_end(y) {
            beta[(n - 1) * N + y] = t.end[y];
        }
    }
    for i in (0..n - 1).rev() {
        for y in 0..N {
            let mut best = NEG;
            for &x in succs(y) {
                let x = x as usize;
                let s = t.trans[y * N + x] + em[(i + 1) * N + x] + beta[(i + 1) * N + x];
                if s > best {
                    best = s;
                }
            }
            beta[i * N + y] = best;
        }
    }
    for (a, b) in alpha.iter_mut().zip(&beta) {
        *a += b;
    }
    alpha
}

/// The entities a tag sequence reads as: token ranges and types. Tolerant of sequences
/// that break the constraints (a stray `I` or `L` starts an entity).
pub fn entities(tags: &[u8]) -> Vec<(Range<usize>, usize)> {
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

    #[test]
    fn viterbi_paths_are_always_valid_and_match_max_marginals() {
        let mut seed = 7;
        let trans: Vec<f32> = (0..(N + 1) * N).map(|_| lcg(&mut seed)).collect();
        let end: Vec<f32> = (0..N).map(|_| lcg(&mut seed)).collect();
        let t = Transitions {
            trans: &trans,
            end: &end,
        };
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
}
