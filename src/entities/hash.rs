//! The hashes everything in the name model is keyed by: one FxHash step ([`mix`]) from
//! [`SEED`], folded over a form's characters ([`form_hash`]) or a token sequence's lower-case
//! hashes ([`seq_step`]), and maps over keys that are already such hashes ([`IdMap`]).
//!
//! A leaf: it imports nothing of the crate, and the token facts, clusters, gazetteers and
//! features all build on it. Changing any of it changes every feature id: retrain after.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

const K: u64 = 0x517c_c1b7_2722_0a95;
/// Start value of every hash.
pub(crate) const SEED: u64 = 0x2d35_8dcc_aa6c_78a5;

/// One FxHash step: folds `x` into `h`.
#[inline]
pub(crate) fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// The character hashed for `c`: typographic quotes and the en dash as their ASCII forms
/// (`’` `‘` → `'`, `“` `”` → `"`, `–` → `-`), so that `Pfizer’s` reads as `Pfizer's` — most
/// of the text the model learned from writes the ASCII ones, most news today the others.
#[inline]
pub(crate) fn plain(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' => '\'',
        '\u{201C}' | '\u{201D}' => '"',
        '\u{2013}' => '-',
        _ => c,
    }
}

/// The hash of a form as written, as [`TokInfo::new`](super::token::TokInfo::new) computes `word`.
#[inline]
pub(crate) fn form_hash(s: &str) -> u64 {
    s.chars().fold(SEED, |h, c| mix(h, plain(c) as u64))
}

/// Hash of a token sequence given the tokens' lower-case hashes (gazetteer keys).
#[inline]
pub(crate) fn seq_step(h: u64, lower: u64) -> u64 {
    mix(h, lower)
}

/// A hasher for maps keyed by ids that are already hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, b as u64);
        }
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.0 = (i as u64).wrapping_mul(K);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.0 = i.wrapping_mul(K);
    }
}

/// A `HashMap` over ids that are already hashes.
pub type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;
