//! Features: what the model sees of each token, as hashed ids (no strings anywhere).
//!
//! Each token is read once into a [`TokInfo`] (hashes of its form, lower-case form, shape and
//! affixes, plus flags); features are then ids mixed from a template number and those hashes,
//! so the hot path allocates nothing per token.

use super::clusters;
use super::gazetteer::{Gazetteer, GIVEN_OPENS, TYPES_TOTAL};
use super::hash::{mix, IdMap};
use super::token::{
    TokInfo, ALL_CAPS, HAS_DIGIT, HAS_LETTER, HAS_LOWER, HEADLINE, INIT_CAP, SENT_START,
};
use crate::tokenize::{TokenKind, Tokens};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// A strong 64-bit finaliser (splitmix64), so template and value bits spread to every bit.
#[inline]
fn finish(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The id of feature `value` of template `template`; never 0 (0 marks an empty slot).
#[inline]
fn fid(template: u32, value: u64) -> u32 {
    let z = finish(value ^ (template as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    ((z >> 32) as u32 ^ z as u32).max(1)
}

/// How one lower-case form is written elsewhere in the document.
#[derive(Clone, Copy, Debug, Default)]
struct Surface {
    /// Occurrences capitalised, not sentence-initial, not in a headline.
    cap_mid: u16,
    /// Occurrences all lower-case.
    lower: u16,
    /// Some occurrence follows a capitalised given name (`Elon Musk`): news introduces a
    /// person by full name, so a capitalised word never so written (`Energean said`) is
    /// less likely a person's name.
    after_given: bool,
}

/// The cluster path of a token read with its final flags (0 without letters).
fn cluster_of(info: &TokInfo) -> u32 {
    if info.flags & HAS_LETTER == 0 {
        return 0;
    }
    let caps = info.flags & ALL_CAPS != 0;
    clusters::path(info.word, info.title, info.lower, caps)
}

/// A document read for the model: token infos, gazetteer matches, document statistics.
#[derive(Default)]
pub struct Prepared {
    /// One per token.
    pub infos: Vec<TokInfo>,
    /// Gazetteer matches per token: bit `type * 4 + position` (B, I, L, U).
    pub(crate) gaz: Vec<u64>,
    /// Sentences as token ranges.
    pub sentences: Vec<Range<usize>>,
    /// Per token with letters, the number of its lower-case form among the text's (in the
    /// order they first come), which indexes `surface`, `contexts` and [`DocTypes`]: one
    /// look-up a token instead of one a table.
    lowers: Vec<u32>,
    /// How each lower-case form is written, by its number.
    surface: Vec<Surface>,
    /// The contexts of each capitalised form's occurrences, by the number of its lower-case
    /// form: (token, lower-case form before it, after it), the first [`CONTEXTS_KEPT`]. Lists
    /// past the text's forms are room kept for a later text, never read.
    contexts: Vec<Vec<(u32, u64, u64)>>,
    /// The number of each lower-case form ([`Prepared::lowers`]), kept only for its room.
    numbers: IdMap<u64, u32>,
}

/// How many occurrences of a form [`Prepared::contexts`] keeps.
const CONTEXTS_KEPT: usize = 8;

impl Prepared {
    /// The index into `sentences` of the sentence that holds token `k` (or of the first after
    /// it): the sentences are in order, so one binary search.
    pub(crate) fn sentence_at(&self, k: usize) -> usize {
        self.sentences.partition_point(|s| s.end <= k)
    }

    /// Reads token `i` as a word never seen (the trainer's word dropout): its form and
    /// lower-case form become `unseen`, it has no affixes, and nothing of how the document
    /// writes the word elsewhere is read (its case there, the words around its other
    /// occurrences), which would tell the word. Returns what [`Prepared::restore_form`] puts
    /// back.
    #[cfg(feature = "train")]
    pub fn read_as_unseen(&mut self, i: usize, unseen: u64) -> (TokInfo, u32) {
        let saved = (self.infos[i], self.lowers[i]);
        let info = &mut self.infos[i];
        info.word = unseen;
        info.lower = unseen;
        info.pre = [0; 4];
        info.suf = [0; 4];
        self.lowers[i] = u32::MAX;
        saved
    }

    /// Puts back token `i` as [`Prepared::read_as_unseen`] found it.
    #[cfg(feature = "train")]
    pub fn restore_form(&mut self, i: usize, saved: (TokInfo, u32)) {
        (self.infos[i], self.lowers[i]) = saved;
    }

    /// Hides the built-in lists' matches on tokens `r` (the user's stay): the trainer hides
    /// them on some names, so that the model learns to find a name no list holds, as most
    /// names of new text are, and weighs a list as evidence rather than as the answer.
    #[cfg(feature = "train")]
    pub fn hide_builtin_matches(&mut self, r: Range<usize>) {
        let builtin = (1u64 << (super::gazetteer::USER * 4)) - 1;
        for g in &mut self.gaz[r] {
            *g &= !builtin;
        }
    }
}

/// Reads `tokens` of `text` with the built-in gazetteer and the user's, if any.
#[cfg(any(test, feature = "train"))]
pub fn prepare(text: &str, tokens: &Tokens, user: Option<&Gazetteer>) -> Prepared {
    let mut p = Prepared::default();
    prepare_into(text, tokens, Gazetteer::builtin(), user, &mut p);
    p
}

/// [`prepare`] as the trainer reads a document: with the built-in lists' sure entries only
/// ([`Gazetteer::sure`]).
#[cfg(feature = "train")]
pub fn prepare_for_training(text: &str, tokens: &Tokens, user: Option<&Gazetteer>) -> Prepared {
    let mut p = Prepared::default();
    prepare_into(text, tokens, Gazetteer::sure(), user, &mut p);
    p
}

/// [`prepare`] into `p` with the lists of `builtin`, in the room `p` has: every field is
/// cleared and written afresh, so nothing of the document `p` held before is read (a short
/// text then allocates nothing).
pub(crate) fn prepare_into(
    text: &str,
    tokens: &Tokens,
    builtin: &Gazetteer,
    user: Option<&Gazetteer>,
    p: &mut Prepared,
) {
    // Most tokens are forms seen before in the text (`the`, `,`): each form is read once.
    // Sized for the distinct forms of news text, about one token in four, but nearly every
    // token of a short text, so that the maps here rarely grow.
    let n = tokens.tokens.len();
    let forms = n.min(64) + n / 4;
    let mut read: FxHashMap<&str, TokInfo> =
        FxHashMap::with_capacity_and_hasher(forms, Default::default());
    let infos = &mut p.infos;
    infos.clear();
    infos.extend(tokens.tokens.iter().map(|t| {
        let s = t.span.of(text);
        let mut info = *read.entry(s).or_insert_with(|| {
            let mut info = TokInfo::new(s);
            info.cluster = cluster_of(&info);
            info
        });
        if t.kind != TokenKind::Word && info.flags & (INIT_CAP | ALL_CAPS) != 0 {
            info.flags &= !(INIT_CAP | ALL_CAPS);
            info.cluster = cluster_of(&info);
        }
        info
    }));
    for sent in &tokens.sentences {
        let mut caps = 0;
        let mut lowers = 0;
        for info in &infos[sent.clone()] {
            if info.flags & HAS_LOWER != 0 {
                lowers += 1;
            } else if info.flags & ALL_CAPS != 0 {
                caps += 1;
            }
        }
        let headline = lowers == 0 && caps >= 2;
        let mut first = true;
        for i in sent.clone() {
            let info = &mut infos[i];
            if headline {
                info.flags |= HEADLINE;
            }
            if first && info.flags & (HAS_LETTER | HAS_DIGIT) != 0 {
                info.flags |= SENT_START;
                first = false;
            } else if !headline && info.flags & (INIT_CAP | ALL_CAPS) != 0 {
                // Capitalised inside a sentence: a name more often than the common word.
                let caps = info.flags & ALL_CAPS != 0;
                info.cluster = clusters::cased_path(info.word, info.title, caps);
            }
        }
    }
    let gaz = &mut p.gaz;
    gaz.clear();
    gaz.resize(infos.len(), 0);
    for sent in &tokens.sentences {
        builtin.mark(infos, sent.clone(), gaz);
        if let Some(user) = user {
            user.mark(infos, sent.clone(), gaz);
        }
    }
    // A lower-case form for each form at most.
    let numbers = &mut p.numbers;
    numbers.clear();
    numbers.reserve(read.len());
    let lowers = &mut p.lowers;
    lowers.clear();
    lowers.extend(infos.iter().map(|info| {
        if info.flags & HAS_LETTER == 0 {
            return u32::MAX;
        }
        let next = numbers.len() as u32;
        *numbers.entry(info.lower).or_insert(next)
    }));
    let surface = &mut p.surface;
    surface.clear();
    surface.resize(numbers.len(), Surface::default());
    // Each form's list emptied in the room it had. The lists past this text's forms are
    // kept, not read, for a later text's: most texts then allocate none.
    let contexts = &mut p.contexts;
    if contexts.len() < numbers.len() {
        contexts.resize_with(numbers.len(), Vec::new);
    }
    contexts[..numbers.len()].iter_mut().for_each(Vec::clear);
    for sent in &tokens.sentences {
        for i in sent.clone() {
            let info = &infos[i];
            if info.flags & HAS_LETTER == 0 {
                continue;
            }
            let s = &mut surface[lowers[i] as usize];
            if info.flags & (SENT_START | HEADLINE) == 0 && info.flags & INIT_CAP != 0 {
                s.cap_mid = s.cap_mid.saturating_add(1);
            }
            if info.flags & (INIT_CAP | ALL_CAPS) == 0 {
                s.lower = s.lower.saturating_add(1);
            }
            if i > sent.start
                && info.flags & INIT_CAP != 0
                && gaz[i - 1] & GIVEN_OPENS != 0
                && infos[i - 1].flags & INIT_CAP != 0
            {
                s.after_given = true;
            }
            if info.flags & (INIT_CAP | ALL_CAPS) != 0 {
                let around = |j: usize| {
                    if sent.contains(&j) {
                        infos[j].lower
                    } else {
                        BOUNDARY
                    }
                };
                let seen: &mut Vec<_> = &mut contexts[lowers[i] as usize];
                if seen.len() < CONTEXTS_KEPT {
                    seen.push((i as u32, around(i.wrapping_sub(1)), around(i + 1)));
                }
            }
        }
    }
    p.sentences.clone_from(&tokens.sentences);
}

// Template numbers. Changing any of them changes every id: retrain after.
const T_BIAS: u32 = 1;
const T_WORD: u32 = 2;
const T_LOWER: u32 = 3;
const T_SHAPE: u32 = 4;
const T_SHORT: u32 = 5;
const T_PRE: u32 = 6;
const T_SUF: u32 = 10;
const T_CASE: u32 = 14;
const T_LOWER_CASE: u32 = 15;
const T_WIN: u32 = 16; // 16..20: lower at -2, -1, +1, +2
const T_WIN_SHORT: u32 = 20; // 20, 21: short shape at -1, +1
const T_SHORT3: u32 = 22;
const T_BIGRAM_L: u32 = 23;
const T_BIGRAM_R: u32 = 24;
const T_GAZ: u32 = 25;
const T_GAZ_CASE: u32 = 26;
const T_GAZ_PREV: u32 = 27;
const T_GAZ_NEXT: u32 = 28;
const T_DOC_CAP: u32 = 29;
const T_DOC_LOWER: u32 = 30;
const T_WIN_WORD: u32 = 31; // 31, 32: cased form at -1, +1
const T_PREV_CASE: u32 = 33;
const T_NEXT_CASE: u32 = 34;
const T_DOC_TYPE: u32 = 40;
const T_DOC_MAJOR: u32 = 41;
const T_DOC_MAJOR_CASE: u32 = 42;
const T_SUF_PREV: u32 = 43;
const T_PREV_LOWER_SHAPE: u32 = 44;
const T_GAZ_PREV_WORD: u32 = 45;
const T_LEN: u32 = 46;
const T_FIRST_PREV: u32 = 47;
const T_FIRST_NEXT: u32 = 48;
const T_CLUSTER: u32 = 49; // 49..53: cluster path prefixes of 4, 8, 12 steps and the whole
const T_CLUSTER_WIN: u32 = 53; // 53, 54: cluster path at -1, +1
const T_DOC_AFTER_GIVEN: u32 = 55;
const T_OTHER_BEFORE: u32 = 56;
const T_OTHER_AFTER: u32 = 57;

const BOUNDARY: u64 = 0xb0b0_b0b0;

/// Appends the features of token `i` of sentence `sent` that need no first pass: those of
/// the token alone ([`local_features`]) and those of its context ([`context_features`]).
#[cfg(any(test, feature = "train"))]
pub fn static_features(p: &Prepared, sent: &Range<usize>, i: usize, out: &mut Vec<u32>) {
    local_features(&p.infos[i], out);
    context_features(p, sent, i, out);
}

/// The key under which a token's [`local_features`] may be cached: they depend on nothing
/// else than its form and case state.
#[inline]
pub fn local_key(t: &TokInfo) -> u64 {
    mix(t.word, t.case())
}

/// Appends the features that depend on the token alone (its form and case state), the same
/// wherever the same form appears in the same position class.
pub fn local_features(t: &TokInfo, out: &mut Vec<u32>) {
    let case = t.case();
    out.push(fid(T_BIAS, 0));
    out.push(fid(T_WORD, t.word));
    out.push(fid(T_LOWER, t.lower));
    out.push(fid(T_SHAPE, t.shape));
    out.push(fid(T_SHORT, t.short));
    for k in 0..4 {
        if t.pre[k] != 0 {
            out.push(fid(T_PRE + k as u32, t.pre[k]));
        }
        if t.suf[k] != 0 {
            out.push(fid(T_SUF + k as u32, t.suf[k]));
        }
    }
    out.push(fid(T_CASE, case));
    out.push(fid(T_LOWER_CASE, mix(t.lower, case)));
    out.push(fid(T_LEN, (t.len as u64).min(12) << 8 | case));
    if t.cluster != 0 {
        for (k, bits) in [4u32, 8, 12, 32].into_iter().enumerate() {
            let prefix = t.cluster & (u32::MAX >> (32 - bits));
            out.push(fid(T_CLUSTER + k as u32, prefix as u64));
        }
    }
}

/// Appends the features of token `i` that read its neighbours, the gazetteers or the
/// document: those of each neighbour alone (`near_features`), those of the case pattern
/// (`case_features`) and those of word pairs and the gazetteers (`pair_features`). The
/// model sums the first two groups once per form or key; this is all of them for one token.
#[cfg(any(test, feature = "train"))]
pub fn context_features(p: &Prepared, sent: &Range<usize>, i: usize, out: &mut Vec<u32>) {
    for (d, near) in [
        (-1, Near::Prev1),
        (1, Near::Next1),
        (-2, Near::Prev2),
        (2, Near::Next2),
    ] {
        let t = i
            .checked_add_signed(d)
            .filter(|j| sent.contains(j))
            .map(|j| &p.infos[j]);
        near_features(t, near, out);
    }
    case_features(case_key(p, sent, i), out);
    pair_features(p, sent, i, out);
}

/// Which neighbour of a token a [`near_features`] row is for: the token read from the one
/// after it (`Prev1`), the one before it (`Next1`), two after (`Prev2`), two before (`Next2`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Near {
    /// This token is at −1 of the token that reads it.
    Prev1 = 0,
    /// At +1.
    Next1 = 1,
    /// At −2.
    Prev2 = 2,
    /// At +2.
    Next2 = 3,
}

impl Near {
    /// All four, in row order.
    pub(crate) const ALL: [Near; 4] = [Near::Prev1, Near::Next1, Near::Prev2, Near::Next2];
}

/// Appends the `context_features` a token gets from one neighbour `t` alone (`None` past
/// the sentence's edge) at position `near`: they depend on nothing but that neighbour's form,
/// so their weight sums may be kept per form.
pub(crate) fn near_features(t: Option<&TokInfo>, near: Near, out: &mut Vec<u32>) {
    let lower = t.map_or(BOUNDARY, |x| x.lower);
    let cluster = t.map(|x| x.cluster as u64).filter(|&c| c != 0);
    match near {
        Near::Prev1 => {
            out.push(fid(T_WIN + 1, lower));
            out.push(fid(T_WIN_WORD, t.map_or(BOUNDARY, |x| x.word)));
            out.push(fid(T_WIN_SHORT, t.map_or(BOUNDARY, |x| x.short)));
            if let Some(prev) = t {
                if prev.suf[2] != 0 {
                    out.push(fid(T_SUF_PREV, prev.suf[2]));
                }
            }
            if let Some(c) = cluster {
                out.push(fid(T_CLUSTER_WIN, c));
            }
        }
        Near::Next1 => {
            out.push(fid(T_WIN + 2, lower));
            out.push(fid(T_WIN_WORD + 1, t.map_or(BOUNDARY, |x| x.word)));
            out.push(fid(T_WIN_SHORT + 1, t.map_or(BOUNDARY, |x| x.short)));
            if let Some(c) = cluster {
                out.push(fid(T_CLUSTER_WIN + 1, c));
            }
        }
        Near::Prev2 => out.push(fid(T_WIN, lower)),
        Near::Next2 => out.push(fid(T_WIN + 3, lower)),
    }
}

/// Case state of the neighbour at `d` (64 past the sentence's edge).
#[inline]
fn case_at(p: &Prepared, sent: &Range<usize>, i: usize, d: isize) -> u64 {
    i.checked_add_signed(d)
        .filter(|j| sent.contains(j))
        .map_or(64, |j| p.infos[j].case())
}

/// A small key that decides [`case_features`] of token `i`: its case state, its neighbours',
/// and how the document writes its word elsewhere (fewer than 2²⁴ values).
pub(crate) fn case_key(p: &Prepared, sent: &Range<usize>, i: usize) -> u64 {
    let t = &p.infos[i];
    let mut key = case_at(p, sent, i, -1) | t.case() << 7 | case_at(p, sent, i, 1) << 14;
    if t.flags & HAS_LETTER != 0 {
        if let Some(s) = p.surface.get(p.lowers[i] as usize) {
            let own_cap = t.flags & (SENT_START | HEADLINE) == 0 && t.flags & INIT_CAP != 0;
            let own_lower = t.flags & (INIT_CAP | ALL_CAPS) == 0;
            if s.cap_mid > own_cap as u16 {
                key |= 1 << 21;
            }
            if s.lower > own_lower as u16 {
                key |= 1 << 22;
            }
            if s.after_given && t.flags & INIT_CAP != 0 {
                key |= 1 << 23;
            }
        }
    }
    key
}

/// Appends the `context_features` that [`case_key`] decides.
pub(crate) fn case_features(key: u64, out: &mut Vec<u32>) {
    let case_or_boundary = |c: u64| if c == 64 { BOUNDARY } else { c };
    let (prev, case, next) = (key & 0x7f, key >> 7 & 0x7f, key >> 14 & 0x7f);
    out.push(fid(T_PREV_CASE, mix(case_or_boundary(prev), case)));
    out.push(fid(T_NEXT_CASE, mix(case_or_boundary(next), case)));
    if key & 1 << 21 != 0 {
        out.push(fid(T_DOC_CAP, case));
    }
    if key & 1 << 22 != 0 {
        out.push(fid(T_DOC_LOWER, case));
    }
    if key & 1 << 23 != 0 {
        out.push(fid(T_DOC_AFTER_GIVEN, case));
    }
}

/// Appends the `context_features` of token `i` that neither [`near_features`] nor
/// [`case_features`] hold: those of word pairs and triples, and the gazetteers.
pub(crate) fn pair_features(p: &Prepared, sent: &Range<usize>, i: usize, out: &mut Vec<u32>) {
    let t = &p.infos[i];
    // The neighbours inside the sentence, each read once.
    let prev = (i > sent.start).then(|| i - 1);
    let next = (i + 1 < sent.end).then_some(i + 1);
    let (prev_lower, prev_short) = prev.map_or((BOUNDARY, BOUNDARY), |j| {
        let x = &p.infos[j];
        (x.lower, x.short)
    });
    let (next_lower, next_short) = next.map_or((BOUNDARY, BOUNDARY), |j| {
        let x = &p.infos[j];
        (x.lower, x.short)
    });
    let case = t.case();
    out.push(fid(T_SHORT3, mix(mix(prev_short, t.short), next_short)));
    out.push(fid(T_BIGRAM_L, mix(prev_lower, t.lower)));
    out.push(fid(T_BIGRAM_R, mix(t.lower, next_lower)));
    out.push(fid(T_PREV_LOWER_SHAPE, mix(prev_lower, t.short)));
    let g = p.gaz[i];
    if g != 0 {
        out.push(fid(T_GAZ_PREV_WORD, mix(prev_lower, gaz_types(g))));
        for b in bits(g) {
            out.push(fid(T_GAZ, b));
            out.push(fid(T_GAZ_CASE, b << 8 | case));
        }
    }
    for (j, template) in [(prev, T_GAZ_PREV), (next, T_GAZ_NEXT)] {
        if let Some(j) = j {
            for ty in bits(gaz_types(p.gaz[j])) {
                out.push(fid(template, ty));
            }
        }
    }
    other_contexts(p, i, out);
}

/// The words around the other occurrences of a capitalised form in the document: what
/// `Energean` is called where it is said again (`company Energean`, `Energean Plc`) tells
/// what it is here too (`Energean said`). Each word once.
fn other_contexts(p: &Prepared, i: usize, out: &mut Vec<u32>) {
    let t = &p.infos[i];
    if t.flags & (INIT_CAP | ALL_CAPS) == 0 {
        return;
    }
    let Some(seen) = p.contexts.get(p.lowers[i] as usize) else {
        return;
    };
    if seen.len() < 2 {
        return; // only this one
    }
    let from = out.len();
    for &(j, before, after) in seen {
        if j as usize == i {
            continue;
        }
        for id in [fid(T_OTHER_BEFORE, before), fid(T_OTHER_AFTER, after)] {
            if !out[from..].contains(&id) {
                out.push(id);
            }
        }
    }
}

// `gaz_types` gathers one bit from each of 16 groups of four: every bit of a `u64`.
const _: () = assert!(TYPES_TOTAL * 4 == 64);

/// The types (bit per type) a gazetteer bit set holds, whatever the position.
#[inline]
fn gaz_types(g: u64) -> u64 {
    if g == 0 {
        return 0; // most tokens
    }
    // Fold each 4-bit group onto its lowest bit, then gather those 16 bits in four steps,
    // each halving the distance between neighbours (4 → 2 → 1 bits apart in ever wider
    // groups).
    let mut x = (g | g >> 1 | g >> 2 | g >> 3) & 0x1111_1111_1111_1111;
    x = (x | x >> 3) & 0x0303_0303_0303_0303;
    x = (x | x >> 6) & 0x000f_000f_000f_000f;
    x = (x | x >> 12) & 0x0000_00ff_0000_00ff;
    (x | x >> 24) & 0xffff
}

/// The positions of the set bits of `x`, lowest first.
#[inline]
fn bits(mut x: u64) -> impl Iterator<Item = u64> {
    std::iter::from_fn(move || {
        (x != 0).then(|| {
            let b = x.trailing_zeros() as u64;
            x &= x - 1;
            b
        })
    })
}

/// How the first pass labelled each lower-case form across the document.
#[derive(Default)]
pub struct DocTypes {
    /// By the number of the lower-case form ([`Prepared::lowers`]).
    counts: Vec<[u16; 5]>,
}

impl DocTypes {
    /// Counts the first-pass entity type (0 = none, 1 + type) of each word token.
    #[cfg(any(test, feature = "train"))]
    pub fn new(p: &Prepared, types: &[u8]) -> DocTypes {
        let mut doc = DocTypes::default();
        doc.count(p, types);
        doc
    }

    /// [`DocTypes::new`] in the room `self` has, whatever it counted before.
    pub(crate) fn count(&mut self, p: &Prepared, types: &[u8]) {
        let counts = &mut self.counts;
        counts.clear();
        counts.resize(p.surface.len(), [0; 5]);
        for (&lower, &ty) in p.lowers.iter().zip(types) {
            if let Some(c) = counts.get_mut(lower as usize) {
                c[ty as usize] = c[ty as usize].saturating_add(1);
            }
        }
    }
}

/// A small key that decides `doc_features` of token `i` (fewer than 2²⁵ values): the
/// first-pass types of it and its neighbours, and what the document's other first-pass types
/// of its word add up to.
pub(crate) fn doc_key(
    p: &Prepared,
    doc: &DocTypes,
    sent: &Range<usize>,
    i: usize,
    types: &[u8],
) -> u64 {
    let t = &p.infos[i];
    let own = types[i] as u64;
    let at = |d: isize| {
        i.checked_add_signed(d)
            .filter(|j| sent.contains(j))
            .map_or(9, |j| types[j] as u64)
    };
    let key = at(-1) | own << 4 | at(1) << 8;
    if t.flags & HAS_LETTER == 0 {
        return key;
    }
    let Some(c) = doc.counts.get(p.lowers[i] as usize) else {
        return key;
    };
    let mut c = *c;
    c[own as usize] = c[own as usize].saturating_sub(1);
    let total: u32 = c.iter().map(|&x| x as u32).sum();
    if total == 0 {
        return key;
    }
    let seen = (1..5).fold(0, |m, ty| m | ((c[ty] > 0) as u64) << (ty - 1));
    let major = (0..5).max_by_key(|&k| (c[k], 5 - k)).unwrap_or(0) as u64;
    key | 1 << 12 | seen << 13 | major << 17 | t.case() << 20
}

/// Appends the features [`doc_key`] decides.
pub(crate) fn doc_key_features(key: u64, out: &mut Vec<u32>) {
    let own = key >> 4 & 0xf;
    out.push(fid(T_FIRST_PREV, (key & 0xf) << 4 | own));
    out.push(fid(T_FIRST_NEXT, (key >> 8 & 0xf) << 4 | own));
    if key & 1 << 12 == 0 {
        return;
    }
    for ty in 1..5 {
        if key >> (13 + ty - 1) & 1 != 0 {
            out.push(fid(T_DOC_TYPE, ty));
        }
    }
    let major = key >> 17 & 7;
    out.push(fid(T_DOC_MAJOR, major));
    out.push(fid(T_DOC_MAJOR_CASE, major << 8 | key >> 20 & 0x3f));
}

/// Appends the document features of token `i` from the first pass (`types`, one per token):
/// the types of its neighbours and what the document's other first-pass types of its word
/// add up to. They are decided by `doc_key`, which the model sums once per key.
#[cfg(any(test, feature = "train"))]
pub fn doc_features(
    p: &Prepared,
    doc: &DocTypes,
    sent: &Range<usize>,
    i: usize,
    types: &[u8],
    out: &mut Vec<u32>,
) {
    doc_key_features(doc_key(p, doc, sent, i, types), out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::hash::SEED;

    /// The features of token `i` of `text` with the tokens `unseen` read as words never
    /// seen, and after they are put back.
    #[cfg(feature = "train")]
    fn read_unseen(text: &str, i: usize, unseen: &[usize]) -> (Vec<u32>, Vec<u32>) {
        use crate::tokenize::tokenize;
        let tokens = tokenize(text);
        let mut p = prepare(text, &tokens, None);
        let sent = p.sentences[p.sentence_at(i)].clone();
        let feats = |p: &Prepared| {
            let mut ids = Vec::new();
            static_features(p, &sent, i, &mut ids);
            ids.sort_unstable();
            ids
        };
        let before = feats(&p);
        let saved: Vec<_> = unseen
            .iter()
            .map(|&k| (k, p.read_as_unseen(k, 7)))
            .collect();
        let hidden = feats(&p);
        for (k, s) in saved {
            p.restore_form(k, s);
        }
        assert_eq!(feats(&p), before, "put back as it was");
        (hidden, before)
    }

    #[test]
    #[cfg(feature = "train")]
    fn a_word_read_as_unseen_tells_nothing_of_its_other_occurrences() {
        // `Energean` is written capitalised again, before `Plc`; `Qzxwvuta` (as long, in
        // no list and no cluster) only once: read as unseen, the two read the same.
        let (energean, seen) = read_unseen("Energean said. Analysts like Energean Plc.", 0, &[0]);
        let (other, _) = read_unseen("Qzxwvuta said. Analysts like Energean Plc.", 0, &[0]);
        assert_eq!(energean, other);
        assert_ne!(energean, seen);
    }

    #[test]
    fn features_of_a_text_are_the_ones_the_model_was_trained_on() {
        // A fingerprint of every feature id of a small text, token by token and sorted: it
        // changes when any feature does, and then the embedded model must be retrained.
        use crate::tokenize::tokenize;
        let text =
            "RUSSIA: PUTIN SAYS NO\nVladimir Putin met Witkoff and Musk in Moscow on Friday.\n\
                    Witkoff, of the U.S., said Putin’s talks with the Kremlin went “well”.";
        let tokens = tokenize(text);
        let p = prepare(text, &tokens, None);
        let types: Vec<u8> = (0..p.infos.len()).map(|i| (i * 7 % 5) as u8).collect();
        let doc = DocTypes::new(&p, &types);
        let mut h = SEED;
        for sent in &p.sentences {
            for i in sent.clone() {
                let mut ids = Vec::new();
                static_features(&p, sent, i, &mut ids);
                doc_features(&p, &doc, sent, i, &types, &mut ids);
                ids.sort_unstable();
                h = ids.iter().fold(mix(h, i as u64), |h, &f| mix(h, f as u64));
            }
        }
        assert_eq!(h, 0x8eba_230c_2bfe_1178, "{h:#x}");
    }

    #[test]
    fn gazetteer_types_gather_each_group_of_four_bits() {
        // Against the plain reading: type `ty` is there when any of its four bits is.
        let plain = |g: u64| {
            (0..TYPES_TOTAL).fold(0, |types, ty| {
                types | ((g >> (ty * 4) & 0xf != 0) as u64) << ty
            })
        };
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for k in 0..10_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            // Sparse sets too, as real matches are: one, two or a few bits.
            let g = match k % 3 {
                0 => seed,
                1 => 1 << (seed >> 58),
                _ => seed & seed >> 7 & seed >> 13,
            };
            assert_eq!(gaz_types(g), plain(g), "{g:#x}");
        }
        assert_eq!(gaz_types(u64::MAX), 0xffff);
        assert_eq!(gaz_types(0b1000 << 60), 1 << 15);
    }

    #[test]
    fn ids_are_never_zero_and_differ_by_template() {
        assert_ne!(fid(1, 5), fid(2, 5));
        assert_ne!(fid(1, 5), 0);
    }
}
