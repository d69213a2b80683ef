//! Names: people, organisations, places and other names (MISC), found by a trained model.
//!
//! An averaged structured perceptron over BILOU tags ([`decode`]) reads hashed features of
//! each token and its ±2 window ([`features`]), gazetteer matches ([`gazetteer`]), word
//! clusters ([`clusters`]) and how the document writes the same word elsewhere. It runs
//! twice: the first pass's labels become document-level features of the second (`Putin`
//! after `Vladimir Putin`). The model file is embedded (`data/model/ner.bin`, made by
//! `highlit-train` in `train/`; see `data/model/README.md`) and decoded at first use.
//!
//! Each module imports only those before it: [`hash`] (the hashes everything is keyed by)
//! and [`decode`] (tags and lattices) import none of the others; [`token`] (what is read of
//! one token) builds on `hash`, [`clusters`] on `hash`, [`gazetteer`] on `hash` and `token`,
//! [`features`] on those four, [`model`](mod@model) on `features`, `decode`, `token` and `hash`; this
//! one ties them together. Everything here is crate-private; the trainer reaches what it
//! needs through `highlit::train` (feature `train`).

pub(crate) mod clusters;
pub(crate) mod credits;
pub(crate) mod decode;
pub(crate) mod described;
pub(crate) mod events;
pub(crate) mod features;
pub(crate) mod gazetteer;
pub(crate) mod hash;
pub(crate) mod model;
pub(crate) mod one_reading;
pub(crate) mod patterns;
pub(crate) mod possessive;
pub(crate) mod results;
pub(crate) mod spans;
pub(crate) mod teams;
pub(crate) mod token;

use crate::annotation::Annotation;
use crate::span::Span;
use crate::tokenize::Tokens;
use decode::{Lattice, Transitions, N, TYPES};
use features::{DocTypes, Near, Prepared};
pub(crate) use gazetteer::Gazetteer;
pub(crate) use model::SumsCache;
use model::{Model, Row, Sums, ROWS_SUMMED};
use std::cell::RefCell;
use std::ops::Range;
use std::sync::OnceLock;

static MODEL_FILE: &[u8] = include_bytes!("../../data/model/ner.bin");

/// The model every annotator uses: the embedded one, decoded at first use (or, for the
/// trainer, the one [`use_model`] gave first). `None` if the file is bad: then no names are
/// found, and annotating still works.
static MODEL: OnceLock<Option<Model>> = OnceLock::new();

fn model() -> Option<&'static Model> {
    MODEL
        .get_or_init(|| Model::from_bytes(MODEL_FILE).ok())
        .as_ref()
}

/// Makes every annotator of this process use `model` instead of the embedded one, so the
/// trainer can evaluate a model file end to end without rebuilding; `false` when a model is
/// already in use.
#[cfg(feature = "train")]
pub fn use_model(model: Model) -> bool {
    MODEL.set(Some(model)).is_ok()
}

/// One entity as decoded: token range, type index into [`TYPES`], and decoding margin.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// Token indices.
    pub tokens: Range<usize>,
    /// Index into [`TYPES`].
    pub ty: usize,
    /// How far (in model score) the best path is from the best path that does not read
    /// this entity's tokens the same way; the confidence is calibrated from it.
    pub margin: f32,
}

/// The names in `text` (tokenized as `tokens`), with the embedded model; `cache` keeps
/// weight sums for the next call (exact, so it changes no result).
pub fn find(
    text: &str,
    tokens: &Tokens,
    user: Option<&Gazetteer>,
    cache: &SumsCache,
) -> Vec<Annotation> {
    let Some(model) = model() else {
        return Vec::new();
    };
    with_thread_work(tokens.tokens.len(), |work| {
        find_with(model, text, tokens, user, cache, work)
    })
}

/// What one document's name finding writes besides its result: the prepared document and
/// the decoding's buffers. Every field is cleared and written afresh before it is read, so
/// a `Work` that held an earlier text changes no result; kept, it saves a short text the
/// twenty allocations (and frees) that building them anew cost, 7 % of a tweet's
/// instructions.
#[derive(Default)]
pub(crate) struct Work {
    prepared: Prepared,
    buffers: Buffers,
}

/// Texts of at most this many tokens (about 20 KB of news) leave their [`Work`] to the next
/// text on the thread; a longer one frees it, so the memory a thread keeps stays small.
const WORK_KEPT_TOKENS: usize = 4096;

/// Runs `f` with the thread's [`Work`] (a fresh one inside a call made from `f`), for a text
/// of `tokens` tokens; keeps it for the next text only after a short text.
fn with_thread_work<R>(tokens: usize, f: impl FnOnce(&mut Work) -> R) -> R {
    thread_local! {
        static WORK: RefCell<Work> = RefCell::default();
    }
    WORK.with(|work| match work.try_borrow_mut() {
        Ok(mut work) => {
            let r = f(&mut work);
            if tokens > WORK_KEPT_TOKENS {
                *work = Work::default();
            }
            r
        }
        Err(_) => f(&mut Work::default()),
    })
}

/// The names in `text` with a given model.
fn find_with(
    model: &Model,
    text: &str,
    tokens: &Tokens,
    user: Option<&Gazetteer>,
    cache: &SumsCache,
    work: &mut Work,
) -> Vec<Annotation> {
    if tokens.tokens.is_empty() {
        return Vec::new();
    }
    let Work {
        prepared: p,
        buffers,
    } = work;
    features::prepare_into(text, tokens, Gazetteer::builtin(), user, p);
    let found = match cache.lock() {
        Some(mut kept) => decode_doc_with(model, p, &mut kept, buffers),
        None => decode_doc_with(model, p, &mut Sums::default(), buffers),
    };
    let span = |r: Range<usize>| {
        Span::new(
            tokens.tokens[r.start].span.start,
            tokens.tokens[r.end - 1].span.end,
        )
    };
    spans::shape(text, tokens, p, found)
        .into_iter()
        .map(|f| Annotation {
            span: span(f.tokens),
            label: TYPES[f.ty],
            value: None,
            score: Some(model.confidence(f.margin)),
        })
        .collect()
}

/// The buffers of [`decode_doc_with`] ([`Work`]).
#[derive(Default)]
pub(crate) struct Buffers {
    /// Emission scores, `N` a token.
    em: Vec<f32>,
    /// Per token of a sentence: its local row and its first neighbour row.
    rows: Vec<(u32, u32)>,
    /// The first pass's tags, then the types they read as.
    first: Vec<u8>,
    /// The first pass's types by lower-case form.
    doc: DocTypes,
    /// Feature ids of one token or one kept group.
    buf: Vec<u32>,
    lattice: Lattice,
    /// One sentence's tags in the second pass.
    tags: Vec<u8>,
}

/// The sum of a token's first-pass rows, added in their `i16` lanes (exact: see
/// [`ROWS_SUMMED`]) and widened once.
#[inline(always)]
fn sum_rows(r: [&Row; ROWS_SUMMED]) -> [i32; N] {
    let mut sum = *r[0];
    for row in &r[1..] {
        for (s, &x) in sum.iter_mut().zip(row.iter()) {
            *s += x;
        }
    }
    sum.map(i32::from)
}

/// The first pass: static emission scores (into `b.em`) and the tags they decode to (into
/// `b.first`).
///
/// Most features recur: a token's own (`the`, `,`, a name said twice), what a word gives its
/// neighbours, the case pattern around a token. Their weights are summed once per form or
/// key and kept in `sums` (across calls when they are the model's, as a page annotates chunk
/// by chunk); only the features of word pairs and the gazetteers are looked up per token.
/// The sums are exact integers, so the scores are those of summing every feature.
fn first_pass(model: &Model, p: &Prepared, sums: &mut Sums, b: &mut Buffers) {
    let n = p.infos.len();
    let Buffers {
        em,
        rows,
        buf,
        lattice,
        first,
        ..
    } = b;
    em.clear();
    em.resize(n * N, 0.0);
    let edge = sums.near(model, None, buf);
    for sent in &p.sentences {
        rows.clear();
        for info in &p.infos[sent.clone()] {
            let local = sums.local(model, info, buf);
            rows.push((local, sums.near(model, Some(info), buf)));
        }
        let near = |k: usize, d: isize, which: Near| {
            let base = k
                .checked_add_signed(d)
                .and_then(|j| rows.get(j))
                .map_or(edge, |r| r.1);
            base + which as u32
        };
        for (k, i) in sent.clone().enumerate() {
            let case = sums.case(model, features::case_key(p, sent, i), buf);
            let mut acc = sum_rows([
                sums.row(rows[k].0),
                sums.row(near(k, -2, Near::Prev2)),
                sums.row(near(k, -1, Near::Prev1)),
                sums.row(near(k, 1, Near::Next1)),
                sums.row(near(k, 2, Near::Next2)),
                sums.row(case),
            ]);
            buf.clear();
            features::pair_features(p, sent, i, buf);
            model.accumulate(buf, &mut acc);
            model.add_accumulated(&acc, &mut em[i * N..(i + 1) * N]);
        }
    }
    first.clear();
    first.resize(n, 0);
    decode_sentences_into(em, &p.sentences, model.transitions(), lattice, first);
}

/// Viterbi over each sentence of a document's emission scores.
#[cfg(any(test, feature = "train"))]
pub fn decode_sentences(em: &[f32], sentences: &[Range<usize>], t: &Transitions) -> Vec<u8> {
    let mut tags = vec![0u8; em.len() / N];
    decode_sentences_into(em, sentences, t, &mut Lattice::default(), &mut tags);
    tags
}

/// [`decode_sentences`] into `tags` (all `O`, one a token), with `lattice`'s room.
fn decode_sentences_into(
    em: &[f32],
    sentences: &[Range<usize>],
    t: &Transitions,
    lattice: &mut Lattice,
    tags: &mut [u8],
) {
    for sent in sentences {
        let em = &em[sent.start * N..sent.end * N];
        // All `O` (the tags' start) when that is proved without decoding.
        if !decode::surely_outside(em, t) {
            lattice.viterbi(em, t, &mut tags[sent.clone()]);
        }
    }
}

/// The emission scores of both passes (into `b.em`): the first pass's, plus the second
/// pass's document features, which read the types the first pass decoded.
fn emissions(model: &Model, p: &Prepared, sums: &mut Sums, b: &mut Buffers) {
    first_pass(model, p, sums, b);
    let Buffers {
        em,
        first,
        doc,
        buf,
        ..
    } = b;
    let types = first;
    types.iter_mut().for_each(|t| *t = decode::type_of(*t));
    doc.count(p, types);
    for sent in &p.sentences {
        for i in sent.clone() {
            // The same integer sum as of `doc_features`, added as one.
            let row = sums.doc(model, features::doc_key(p, doc, sent, i, types), buf);
            let acc = sums.row(row).map(i32::from);
            model.add_accumulated(&acc, &mut em[i * N..(i + 1) * N]);
        }
    }
}

/// Both passes over a prepared document: the entities, in order, with margins. `sums` may
/// hold rows of earlier documents: each is exact, so they change no score.
#[cfg(any(test, feature = "train"))]
pub fn decode_doc(model: &Model, p: &Prepared, sums: &mut Sums) -> Vec<Found> {
    decode_doc_with(model, p, sums, &mut Buffers::default())
}

/// [`decode_doc`] with the room of `b`, whatever it held.
fn decode_doc_with(model: &Model, p: &Prepared, sums: &mut Sums, b: &mut Buffers) -> Vec<Found> {
    emissions(model, p, sums, b);
    let Buffers {
        em, lattice, tags, ..
    } = b;
    let t = model.transitions();
    let mut out = Vec::new();
    for sent in &p.sentences {
        let em = &em[sent.start * N..sent.end * N];
        if decode::surely_outside(em, t) {
            continue;
        }
        // The best path goes through each token's best max-marginal, so one forward and
        // one backward pass give both the tags and the margins (Viterbi only on a tie).
        let mm = lattice.max_marginals(em, t);
        tags.clear();
        tags.extend(
            mm.chunks_exact(N)
                .map(|row| (0..N).fold(0, |b, y| if row[y] > row[b] { y } else { b }) as u8),
        );
        if !decode::is_valid(tags) {
            *tags = decode::viterbi(em, t);
        }
        let ents = decode::entities(tags);
        if ents.is_empty() {
            continue;
        }
        let gap = |i: usize| {
            let row = &mm[i * N..(i + 1) * N];
            let best = row[tags[i] as usize];
            let second = row
                .iter()
                .enumerate()
                .filter(|&(y, _)| y != tags[i] as usize)
                .map(|(_, &s)| s)
                .fold(f32::NEG_INFINITY, |m, s| decode::max(s, m));
            best - second
        };
        for (r, ty) in ents {
            let lo = r.start.saturating_sub(1);
            let hi = (r.end + 1).min(tags.len());
            // The lesser by one comparison, as `f32::min` gives it where no score is NaN (in
            // wasm `f32::min` and `f32::max` are calls).
            let margin = (lo..hi)
                .map(gap)
                .fold(f32::INFINITY, |m, g| if m < g { m } else { g });
            out.push(Found {
                tokens: sent.start + r.start..sent.start + r.end,
                ty,
                margin,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::Label;
    use crate::tokenize::tokenize;

    #[test]
    fn embedded_model_round_trips_to_the_same_bytes_and_predictions() {
        let Some(m) = model() else {
            panic!("the embedded model does not load");
        };
        let bytes = m.to_bytes();
        assert_eq!(bytes, MODEL_FILE);
        let again = Model::from_bytes(&bytes).unwrap();
        let text = "Kremlin spokesperson Dmitry Peskov said Putin met Witkoff in Moscow.";
        let tokens = tokenize(text);
        let cache = SumsCache::default;
        assert_eq!(
            find_with(m, text, &tokens, None, &cache(), &mut Work::default()),
            find_with(&again, text, &tokens, None, &cache(), &mut Work::default())
        );
    }

    /// Texts where one form stands in several positions: at a sentence's start, inside
    /// one, in a headline, after other texts. `Musk` has no cluster of its own, `musk` has:
    /// inside a sentence the word reads its own form's (none), at the start its lower
    /// case's, so what it gives its neighbours differs by position.
    const POSITIONS: [&str; 5] = [
        "Musk said on Friday that Tesla would cut prices. Analysts doubted Musk.",
        "Investors met Musk in Austin. Musk left early, the Kremlin said.",
        "MUSK MEETS PUTIN\nKremlin spokesperson Dmitry Peskov said Putin met Musk.",
        "Witkoff and Kushner flew to Moscow on Thursday, the White House said.",
        "Steve Witkoff arrived in Moscow.\nWitkoff met officials. Kushner did not.",
    ];

    /// The emission scores of both passes, every feature of every token summed afresh, with
    /// no kept rows: what [`emissions`] must equal whatever its sums hold.
    fn emissions_from_scratch(m: &Model, p: &Prepared) -> Vec<f32> {
        let mut em = vec![0f32; p.infos.len() * N];
        let mut buf = Vec::new();
        let add = |em: &mut [f32], buf: &[u32]| {
            let mut acc = [0i32; N];
            m.accumulate(buf, &mut acc);
            m.add_accumulated(&acc, em);
        };
        for sent in &p.sentences {
            for i in sent.clone() {
                buf.clear();
                features::static_features(p, sent, i, &mut buf);
                add(&mut em[i * N..(i + 1) * N], &buf);
            }
        }
        let first = decode_sentences(&em, &p.sentences, m.transitions());
        let types: Vec<u8> = first.iter().map(|&t| decode::type_of(t)).collect();
        let doc = DocTypes::new(p, &types);
        for sent in &p.sentences {
            for i in sent.clone() {
                buf.clear();
                features::doc_features(p, &doc, sent, i, &types, &mut buf);
                add(&mut em[i * N..(i + 1) * N], &buf);
            }
        }
        em
    }

    #[test]
    fn kept_sums_equal_sums_from_scratch() {
        // Every row the sums hand out must be the sum of the features it stands for,
        // whichever document first put it there: scores bit for bit as summed afresh. The
        // document is prepared, and its scores written, in the room of the documents
        // before it, which must leave nothing behind either.
        let m = model().expect("the embedded model loads");
        let (mut kept, mut p, mut b) = (Sums::default(), Prepared::default(), Buffers::default());
        for round in 0..2 {
            for text in POSITIONS.iter().chain(POSITIONS.iter().rev()) {
                let tokens = tokenize(text);
                let want = emissions_from_scratch(m, &features::prepare(text, &tokens, None));
                features::prepare_into(text, &tokens, Gazetteer::builtin(), None, &mut p);
                emissions(m, &p, &mut kept, &mut b);
                let got = &b.em;
                let bits = |em: &[f32]| em.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                assert_eq!(bits(got), bits(&want), "round {round}: {text}");
            }
        }
    }

    #[test]
    fn names_do_not_depend_on_earlier_texts() {
        // Neither the kept sums nor the work an earlier text left behind change a result.
        let m = model().expect("the embedded model loads");
        let (kept, mut work) = (SumsCache::default(), Work::default());
        for text in POSITIONS.iter().chain(POSITIONS.iter().rev()) {
            let tokens = tokenize(text);
            assert_eq!(
                find_with(m, text, &tokens, None, &kept, &mut work),
                find_with(
                    m,
                    text,
                    &tokens,
                    None,
                    &SumsCache::default(),
                    &mut Work::default()
                ),
                "{text}"
            );
        }
    }

    #[test]
    fn countries_in_hyphenated_compounds_are_places() {
        let text = "Ahead of the US-Russia talks and the India–Pakistan meeting, US-brokered \
                    deals left Alsace-Lorraine, the Russia - Ukraine line and US-Bosch ties.";
        let tokens = tokenize(text);
        let p = features::prepare(text, &tokens, None);
        let parts = |from: &str| {
            let a = tokens
                .tokens
                .iter()
                .position(|t| t.span.start == text.find(from).unwrap())
                .unwrap();
            spans::country_parts(text, &tokens, &p, &(a..a + 3)).map(|ks| {
                ks.iter()
                    .map(|&k| tokens.tokens[k].span.of(text))
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(parts("US-Russia"), Some(vec!["US", "Russia"]));
        assert_eq!(parts("India–Pakistan"), Some(vec!["India", "Pakistan"]));
        assert_eq!(parts("US-brokered"), Some(vec!["US"]));
        assert_eq!(parts("Alsace-Lorraine"), None, "regions, not countries");
        assert_eq!(parts("US-Bosch"), None, "a country and a name");
        assert_eq!(
            parts("Russia - Ukraine"),
            None,
            "spaced: a dash between clauses"
        );
        let found: Vec<(&str, Label)> = find(text, &tokens, None, &SumsCache::default())
            .iter()
            .map(|a| (a.span.of(text), a.label))
            .collect();
        for place in ["US", "Russia", "India", "Pakistan"] {
            assert!(found.contains(&(place, Label::Loc)), "{place} in {found:?}");
        }
        assert!(
            !found.iter().any(|(s, _)| s.contains("brokered")),
            "{found:?}"
        );
    }

    #[test]
    fn second_pass_uses_the_document() {
        // A name the first pass reads wrongly reads rightly once the second pass sees how
        // the first read the same word elsewhere in the document (its headline). The name
        // is made up, so that no list ever has it (`Moncler` did once, until a list grew).
        let m = model().expect("the embedded model loads");
        let (text, name, label) = (
            "ZELTARO BUYS DUNMORA\nZeltaro said on Monday it would buy Dunmora.",
            "Zeltaro",
            Label::Org,
        );
        {
            let tokens = tokenize(text);
            let p = features::prepare(text, &tokens, None);
            let names = |ents: Vec<(Range<usize>, usize)>| -> Vec<(&str, Label)> {
                ents.into_iter()
                    .map(|(r, ty)| {
                        let span = Span::new(
                            tokens.tokens[r.start].span.start,
                            tokens.tokens[r.end - 1].span.end,
                        );
                        (span.of(text), TYPES[ty])
                    })
                    .collect()
            };
            let mut b = Buffers::default();
            first_pass(m, &p, &mut Sums::default(), &mut b);
            let first = names(decode::entities(&b.first));
            let both = names(
                decode_doc(m, &p, &mut Sums::default())
                    .into_iter()
                    .map(|f| (f.tokens, f.ty))
                    .collect(),
            );
            assert!(both.contains(&(name, label)), "both passes: {both:?}");
            assert!(
                !first.contains(&(name, label)),
                "the first pass alone already finds {name}: {first:?}"
            );
        }
    }
}
