//! Brown word clusters: words that occur in similar contexts share a path in a binary tree
//! (`Paris` and `London`; `Trump`, `Yeltsin` and `Sampras`). The model reads prefixes of a
//! word's path as features, which carries what it learned of seen words to unseen words of the
//! same cluster.
//!
//! The table (`data/clusters/brown.txt`, built by `data/build_clusters.py` from spaCy's English
//! clusters; provenance in `data/SOURCES.md`) is embedded and read at first use into a map
//! keyed by the same form hash as [`TokInfo::word`](super::token::TokInfo) ([`form_hash`]).

use super::hash::{form_hash, IdMap};
use std::sync::OnceLock;

static TABLE: &str = include_str!("../../data/clusters/brown.txt");

/// Cluster paths by form hash; a path is stored first step in the lowest bit, so
/// `path & ((1 << k) - 1)` is its prefix of length `k`. 0 is no cluster.
fn table() -> &'static IdMap<u64, u32> {
    static MAP: OnceLock<IdMap<u64, u32>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = IdMap::default();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut words = line.split(' ');
            let Some(Ok(path)) = words.next().map(str::parse::<u32>) else {
                continue;
            };
            for w in words {
                map.insert(form_hash(w), path);
            }
        }
        map
    })
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
    order
        .into_iter()
        .find_map(|h| t.get(&h).copied())
        .unwrap_or(0)
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
    order
        .into_iter()
        .find_map(|h| t.get(&h).copied())
        .unwrap_or(0)
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
