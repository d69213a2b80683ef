//! Brown word clusters: words that occur in similar contexts share a path in a binary tree
//! (`Paris` and `London`; `Trump`, `Yeltsin` and `Sampras`). The model reads prefixes of a
//! word's path as features, which carries what it learned of seen words to unseen words of the
//! same cluster.
//!
//! The table (`data/clusters/brown.txt`, built by `data/build_clusters.py` from spaCy's English
//! clusters; provenance in `data/SOURCES.md`) is embedded and read at first use into a map
//! keyed by the same form hash as [`TokInfo::word`](super::token::TokInfo) ([`form_hash`]).

use super::hash::{form_hash, mix, IdMap, SEED};
use std::sync::OnceLock;

static TABLE: &str = include_str!("../../data/clusters/brown.txt");

/// Cluster paths by form hash; a path is stored first step in the lowest bit, so
/// `path & ((1 << k) - 1)` is its prefix of length `k`. 0 is no cluster.
fn table() -> &'static IdMap<u64, u32> {
    static MAP: OnceLock<IdMap<u64, u32>> = OnceLock::new();
    MAP.get_or_init(|| {
        // A word a space: sized so that the map never grows while it is filled.
        let words = TABLE.bytes().filter(|&b| b == b' ').count();
        let mut map = IdMap::with_capacity_and_hasher(words, Default::default());
        for line in TABLE.lines() {
            // `path word word …`; comment lines have no number first.
            let Some((path, words)) = line.split_once(' ') else {
                continue;
            };
            let Ok(path) = path.parse::<u32>() else {
                continue;
            };
            for_each_form_hash(words, |h| {
                map.insert(h, path);
            });
        }
        map
    })
}

/// Calls `f` with the [`form_hash`] of each word of `words` (single spaces between), in one
/// pass over the bytes: the words are ASCII but for a few, which are hashed by their chars.
fn for_each_form_hash(words: &str, mut f: impl FnMut(u64)) {
    let (mut h, mut from, mut ascii) = (SEED, 0, true);
    for (k, b) in words.bytes().chain([b' ']).enumerate() {
        if b == b' ' {
            f(if ascii { h } else { form_hash(&words[from..k]) });
            (h, from, ascii) = (SEED, k + 1, true);
        } else {
            h = mix(h, b as u64);
            ascii &= b.is_ascii();
        }
    }
}

/// The cluster path of a word given the hashes of its form as written, of its title-case
/// form and of its lower-case form, tried in that order, except that a word in capitals
/// (headlines, tables) is read as its title-case form first: `LONDON` as `London`. 0 when
/// none is listed.
#[inline]
pub(crate) fn path(word: u64, title: u64, lower: u64, all_caps: bool) -> u32 {
    let t = table();
    let order = if all_caps {
        [title, word, lower]
    } else {
        [word, title, lower]
    };
    first_listed(t, order)
}

/// The path of the first of `forms` that is listed, 0 if none. A form equal to one tried
/// before is not looked up again: a word in lower case is its own title-case and lower-case
/// form, a capitalised one its own title-case form, and a miss in the map of 90,000 words
/// costs a probe of memory far from the last.
#[inline]
fn first_listed<const K: usize>(t: &IdMap<u64, u32>, forms: [u64; K]) -> u32 {
    for (k, h) in forms.iter().enumerate() {
        if forms[..k].contains(h) {
            continue;
        }
        if let Some(&p) = t.get(h) {
            return p;
        }
    }
    0
}

/// Whether a capitalised word is also a common word in lower case: its lower-case form has a
/// cluster, and not the one its capitalised form has (`here` and `Here`, `racing` and
/// `Racing`, `helium` and no `Helium`), where a name's lower-case form has none or the same
/// (`Pfizer` and `pfizer`, `Uber` and `uber`: text writes a name in lower case as the name).
pub(crate) fn common_in_lower_case(word: u64, title: u64, lower: u64, all_caps: bool) -> bool {
    table()
        .get(&lower)
        .is_some_and(|&l| l != cased_path(word, title, all_caps))
}

/// As [`path`], for a capitalised word inside a sentence: only its form as written and its
/// title-case form, not its lower-case form. Such a word is most often a name, and the
/// common word it would be in lower case says little of it (`Musk` is not `musk`).
#[inline]
pub(crate) fn cased_path(word: u64, title: u64, all_caps: bool) -> u32 {
    let t = table();
    let order = if all_caps {
        [title, word]
    } else {
        [word, title]
    };
    first_listed(t, order)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::token::{TokInfo, ALL_CAPS};

    fn of(s: &str) -> u32 {
        let t = TokInfo::new(s);
        path(t.word, t.title, t.lower, t.flags & ALL_CAPS != 0)
    }

    #[test]
    fn a_capitalised_word_inside_a_sentence_is_not_read_as_its_lower_case_form() {
        // `musk` is listed (with adjectives), `Musk` is not: the name gets no cluster.
        let t = TokInfo::new("Musk");
        assert_ne!(of("Musk"), 0);
        assert_eq!(cased_path(t.word, t.title, false), 0);
        // A listed capitalised form keeps its own.
        let p = TokInfo::new("Paris");
        assert_eq!(cased_path(p.word, p.title, false), of("Paris"));
        assert_ne!(of("Paris"), 0);
    }

    #[test]
    fn words_are_hashed_as_forms() {
        let mut got = Vec::new();
        for_each_form_hash("Paris ÉCOLE a.m. x", |h| got.push(h));
        let want: Vec<u64> = ["Paris", "ÉCOLE", "a.m.", "x"].map(form_hash).into();
        assert_eq!(got, want);
        let table = table();
        let listed = TABLE
            .lines()
            .filter_map(|l| l.split_once(' '))
            .filter(|(p, _)| p.parse::<u32>().is_ok())
            .flat_map(|(p, ws)| {
                ws.split(' ')
                    .map(move |w| (form_hash(w), p.parse::<u32>().unwrap()))
            });
        let mut n = 0;
        for (h, path) in listed {
            assert_eq!(table.get(&h), Some(&path));
            n += 1;
        }
        assert!(
            n > 90_000 && table.len() <= n,
            "{n} words, {} keys",
            table.len()
        );
    }

    #[test]
    fn cities_share_a_cluster_and_capitals_read_as_title_case() {
        assert_ne!(of("London"), 0);
        assert_eq!(of("London"), of("Paris"));
        assert_eq!(of("LONDON"), of("London"));
        assert_eq!(of("Xqzvw"), 0);
    }

    #[test]
    fn surnames_share_a_prefix_that_places_do_not() {
        let (a, b) = (of("Yeltsin"), of("Clinton"));
        let prefix = |p: u32| p & 0x3f;
        assert_eq!(prefix(a), prefix(b));
        assert_ne!(prefix(a), prefix(of("London")));
    }
}
