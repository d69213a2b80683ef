//! What the model reads of one token, once: hashes of its form, lower-case and title-case
//! forms, shape and affixes, and flags for its case and position ([`TokInfo`]).
//!
//! Depends on [`hash`](super::hash) alone; the clusters, gazetteers and features read it.

use super::hash::{mix, plain, SEED};

/// The first letter is upper-case.
pub(crate) const INIT_CAP: u16 = 1;
/// Has letters and none is lower-case.
pub(crate) const ALL_CAPS: u16 = 2;
/// Has a lower-case letter.
pub(crate) const HAS_LOWER: u16 = 4;
/// Has a digit.
pub(crate) const HAS_DIGIT: u16 = 8;
/// First word of its sentence (after any opening punctuation).
pub(crate) const SENT_START: u16 = 16;
/// In a sentence written in capitals (a headline).
pub(crate) const HEADLINE: u16 = 32;
/// Has a letter.
pub const HAS_LETTER: u16 = 64;
/// Has a period (`U.S.`, `J.`).
pub(crate) const HAS_PERIOD: u16 = 128;

/// What the features need of one token, read once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TokInfo {
    /// Hash of the form as written.
    pub word: u64,
    /// Hash of the lower-case form.
    pub lower: u64,
    /// Hash of the title-case form (first character as written, the rest lower-case).
    pub(crate) title: u64,
    /// Brown cluster path ([`clusters`](super::clusters)), 0 for none; set by
    /// [`prepare`](super::features::prepare).
    pub(crate) cluster: u32,
    /// Hash of the shape (`Xxxx`, `dd`, `X.X.`), first 12 characters.
    pub(crate) shape: u64,
    /// Hash of the shape with repeats collapsed (`Xx`, `d`).
    pub(crate) short: u64,
    /// Hashes of the lower-case prefixes of 1–4 characters (0 when shorter).
    pub pre: [u64; 4],
    /// Hashes of the lower-case suffixes of 1–4 characters (0 when shorter).
    pub suf: [u64; 4],
    /// Flags (`INIT_CAP`, …).
    pub flags: u16,
    /// Length in characters (saturating).
    pub(crate) len: u8,
}

impl TokInfo {
    /// Reads `s`, one token's text.
    pub(crate) fn new(s: &str) -> TokInfo {
        let (mut word, mut lower, mut shape, mut short) = (SEED, SEED, SEED, SEED);
        let mut title = SEED;
        let mut pre = [0u64; 4];
        let mut pre_h = SEED;
        let mut ring = [0u32; 4];
        let mut n_lower = 0usize;
        let mut shape_len = 0;
        let mut last_shape = u32::MAX;
        let mut flags = 0u16;
        let (mut upper, mut lowers) = (0u32, 0u32);
        let mut len = 0u8;
        for (k, c) in s.chars().map(plain).enumerate() {
            len = len.saturating_add(1);
            word = mix(word, c as u64);
            let sc = if c.is_uppercase() {
                upper += 1;
                if k == 0 {
                    flags |= INIT_CAP;
                }
                'X'
            } else if c.is_lowercase() {
                lowers += 1;
                'x'
            } else if c.is_numeric() {
                flags |= HAS_DIGIT;
                'd'
            } else if c.is_alphabetic() {
                lowers += 1;
                'x'
            } else {
                if c == '.' {
                    flags |= HAS_PERIOD;
                }
                c
            };
            if shape_len < 12 {
                shape = mix(shape, sc as u64);
                shape_len += 1;
            }
            if sc as u32 != last_shape {
                short = mix(short, sc as u64);
                last_shape = sc as u32;
            }
            if k == 0 {
                title = mix(title, c as u64);
            }
            let mut fold = |lc: char| {
                lower = mix(lower, lc as u64);
                if k != 0 {
                    title = mix(title, lc as u64);
                }
                if n_lower < 4 {
                    pre_h = mix(pre_h, lc as u64);
                    pre[n_lower] = pre_h;
                }
                ring[n_lower % 4] = lc as u32;
                n_lower += 1;
            };
            if c.is_ascii() {
                fold(c.to_ascii_lowercase());
            } else {
                c.to_lowercase().for_each(fold);
            }
        }
        let mut suf = [0u64; 4];
        for (k, slot) in suf.iter_mut().enumerate() {
            if k < n_lower {
                let mut h = SEED;
                for j in n_lower - k - 1..n_lower {
                    h = mix(h, ring[j % 4] as u64);
                }
                *slot = h;
            }
        }
        if upper + lowers > 0 {
            flags |= HAS_LETTER;
            if lowers == 0 {
                flags |= ALL_CAPS;
            } else {
                flags |= HAS_LOWER;
            }
        }
        TokInfo {
            word,
            lower,
            title,
            cluster: 0,
            shape,
            short,
            pre,
            suf,
            flags,
            len,
        }
    }

    /// The case state: capitalisation and position flags in 6 bits.
    #[inline]
    pub(crate) fn case(&self) -> u64 {
        (self.flags & 0x3f) as u64
    }
}

/// [`TokInfo::lower`] of `s` alone, without the rest of what [`TokInfo::new`] reads.
pub(crate) fn lower_hash(s: &str) -> u64 {
    s.chars().map(plain).fold(SEED, |h, c| {
        if c.is_ascii() {
            mix(h, c.to_ascii_lowercase() as u64)
        } else {
            c.to_lowercase().fold(h, |h, lc| mix(h, lc as u64))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::hash::form_hash;

    #[test]
    fn lower_case_hash_ignores_case() {
        let a = TokInfo::new("PUTIN");
        let b = TokInfo::new("Putin");
        assert_eq!(a.lower, b.lower);
        assert_ne!(a.word, b.word);
        assert_eq!(a.suf, b.suf);
        assert_eq!(a.flags & ALL_CAPS, ALL_CAPS);
        assert_eq!(b.flags & (INIT_CAP | HAS_LOWER), INIT_CAP | HAS_LOWER);
    }

    #[test]
    fn affixes_of_short_words() {
        let t = TokInfo::new("EU");
        assert_ne!(t.pre[1], 0);
        assert_eq!(t.pre[2], 0);
        assert_eq!(t.suf[2], 0);
        assert_eq!(TokInfo::new("ab").suf[1], TokInfo::new("xab").suf[1]);
        assert_eq!(TokInfo::new("ab").pre[1], TokInfo::new("abc").pre[1]);
    }

    #[test]
    fn typographic_quotes_and_dashes_read_as_ascii() {
        for (typographic, ascii) in [
            ("’s", "'s"),
            ("O’Brien", "O'Brien"),
            ("“", "\""),
            ("”", "\""),
            ("‘", "'"),
            ("–", "-"),
        ] {
            assert_eq!(
                TokInfo::new(typographic),
                TokInfo::new(ascii),
                "{typographic}"
            );
        }
        assert_ne!(
            TokInfo::new("—").word,
            TokInfo::new("-").word,
            "an em dash is not a hyphen"
        );
    }

    #[test]
    fn lower_hash_is_the_token_lower_hash() {
        for s in [
            "Paris",
            "ÉCOLE",
            "İstanbul",
            "ΣΟΦΊΑ",
            "a.m.",
            "Ki-moon",
            "O’Brien",
            "",
        ] {
            assert_eq!(lower_hash(s), TokInfo::new(s).lower, "{s}");
        }
    }

    #[test]
    fn form_hash_is_the_token_word_hash() {
        for s in ["Paris", "ÉCOLE", "a.m.", "’s", ""] {
            assert_eq!(form_hash(s), TokInfo::new(s).word);
        }
    }
}
