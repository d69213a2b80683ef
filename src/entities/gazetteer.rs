//! Gazetteers: lists of known names, matched over tokens as features for the model.
//!
//! A match is evidence, never a verdict: `Washington` is in the city list and the surname
//! list, and the model weighs both against the context. The built-in lists come from
//! `data/gazetteers/` (built by `data/build_gazetteers.py`; sources in `data/SOURCES.md`);
//! users can add their own ([`crate::Options::gazetteer`]), which fire features of their own.

use super::hash::{mix, seq_step, IdMap, SEED};
use super::token::{lower_hash, TokInfo, HAS_LETTER};
use crate::annotation::Label;
use crate::tokenize::tokenize;
use std::ops::Range;
use std::sync::OnceLock;

/// Given names worldwide (Wikipedia's people, Wikidata, given-name counts, US Census).
pub(crate) const PERSON_FIRST: usize = 0;
/// The match bits of any match of list type `ty` (B, I, L or U).
pub(crate) const fn any_match(ty: usize) -> u64 {
    0xF << (ty * 4)
}

/// The match bits of a given name that opens a name or is one (B or U of [`PERSON_FIRST`]).
pub(crate) const GIVEN_OPENS: u64 = 0b1001 << (PERSON_FIRST * 4);
/// Family names worldwide, particles as written (`von der Leyen`, `al-Assad`).
pub(crate) const PERSON_LAST: usize = 1;
/// Countries and their short and local names (GeoNames, ISO 3166, the World Factbook).
pub(crate) const LOC_COUNTRY: usize = 2;
/// Cities (GeoNames; the larger ones and those Wikipedia's popular titles name).
pub(crate) const LOC_CITY: usize = 3;
/// States, provinces, divisions, continents, regions, seas and rivers.
pub(crate) const LOC_REGION: usize = 4;
/// The match bits of a given or a family name.
pub(crate) const PERSON_NAMES: u64 = any_match(PERSON_FIRST) | any_match(PERSON_LAST);
/// The match bits of a place: a country, a city or a region.
pub(crate) const PLACES: u64 = any_match(LOC_COUNTRY) | any_match(LOC_CITY) | any_match(LOC_REGION);
/// Companies and brands that are organisations (stock indices, SEC, brand indexes).
pub(crate) const ORG_COMPANY: usize = 5;
/// Parties, international organisations, governments' bodies and agencies.
pub(crate) const ORG_POLITICAL: usize = 6;
/// Universities, clubs and teams, media, associations.
pub(crate) const ORG_OTHER: usize = 7;
/// Nationality words, ethnic groups, religions' adherents (`American`, `Kurds`, `Muslim`).
pub(crate) const MISC_NATIONALITY: usize = 8;
/// Languages (ISO 639, the World Factbook), which are also nationality adjectives.
pub(crate) const MISC_LANGUAGE: usize = 9;
/// The match bits of a nationality or a language (`Tajik`, `Americans`): words the model reads
/// as MISC that are peoples, not names of teams or things.
pub(crate) const PEOPLES: u64 = any_match(MISC_NATIONALITY) | any_match(MISC_LANGUAGE);
/// Products, software and services (`iPhone`, `Windows`).
pub(crate) const MISC_PRODUCT: usize = 10;
/// Events, wars, tournaments, treaties and acts (`World Cup`).
pub(crate) const MISC_EVENT: usize = 11;
/// A user's entries: PERSON, ORG, LOC, MISC in that order from here.
pub(crate) const USER: usize = 12;
/// Number of gazetteer types: four bits of a token's `u64` of matches each.
pub(crate) const TYPES_TOTAL: usize = 16;

/// Reads `entry` as ASCII words of letters between single spaces (`New York`), pushing each
/// word's lower-case hash ([`TokInfo::lower`]) to `lowers`; `false` (with `lowers` partly
/// filled) when it is not such an entry. One pass over the bytes: most list entries are
/// such words, which the tokenizer would only split at the spaces.
fn simple_lowers(entry: &str, lowers: &mut Vec<u64>) -> bool {
    let (mut h, mut empty) = (SEED, true);
    for b in entry.bytes() {
        if b.is_ascii_alphabetic() {
            h = mix(h, b.to_ascii_lowercase() as u64);
            empty = false;
        } else if b == b' ' && !empty {
            lowers.push(h);
            (h, empty) = (SEED, true);
        } else {
            return false;
        }
    }
    lowers.push(h);
    !empty
}

/// Value bit: the key is the start of a longer entry.
const PREFIX: u32 = 1 << 31;

/// The built-in lists (`data/gazetteers/`, made by `data/build_gazetteers.py`).
const SURE: [(usize, &str); 12] = [
    (
        PERSON_FIRST,
        include_str!("../../data/gazetteers/person_first.txt"),
    ),
    (
        PERSON_LAST,
        include_str!("../../data/gazetteers/person_last.txt"),
    ),
    (
        LOC_COUNTRY,
        include_str!("../../data/gazetteers/loc_country.txt"),
    ),
    (LOC_CITY, include_str!("../../data/gazetteers/loc_city.txt")),
    (
        LOC_REGION,
        include_str!("../../data/gazetteers/loc_region.txt"),
    ),
    (
        ORG_COMPANY,
        include_str!("../../data/gazetteers/org_company.txt"),
    ),
    (
        ORG_POLITICAL,
        include_str!("../../data/gazetteers/org_political.txt"),
    ),
    (
        ORG_OTHER,
        include_str!("../../data/gazetteers/org_other.txt"),
    ),
    (
        MISC_NATIONALITY,
        include_str!("../../data/gazetteers/misc_nationality.txt"),
    ),
    (
        MISC_LANGUAGE,
        include_str!("../../data/gazetteers/misc_language.txt"),
    ),
    (
        MISC_PRODUCT,
        include_str!("../../data/gazetteers/misc_product.txt"),
    ),
    (
        MISC_EVENT,
        include_str!("../../data/gazetteers/misc_event.txt"),
    ),
];

/// The less certain entries of some lists (`data/gazetteers/less_certain/`: smaller SEC
/// registrants, brands and operators the brand index has tagged at few places), matched as
/// their list's. The model is trained without them ([`Gazetteer::sure`]), so it learns how far
/// the sure entries can be trusted, and they only widen what it knows when it reads text.
const LESS_CERTAIN: [(usize, &str); 2] = [
    (
        ORG_COMPANY,
        include_str!("../../data/gazetteers/less_certain/org_company.txt"),
    ),
    (
        ORG_POLITICAL,
        include_str!("../../data/gazetteers/less_certain/org_political.txt"),
    ),
];

/// Every built-in list: the sure entries, then the less certain.
fn builtin_lists() -> impl Iterator<Item = (usize, &'static str)> {
    SURE.into_iter().chain(LESS_CERTAIN)
}

/// Token sequences mapped to the types that list them.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    map: IdMap<u64, u32>,
    max_len: usize,
}

impl Gazetteer {
    /// The built-in lists, read at first use.
    pub(crate) fn builtin() -> &'static Gazetteer {
        static BUILT: OnceLock<Gazetteer> = OnceLock::new();
        BUILT.get_or_init(|| Gazetteer::of_lists(builtin_lists))
    }

    /// The built-in lists less their less certain entries: what the model is trained with.
    #[cfg(any(test, feature = "train"))]
    pub(crate) fn sure() -> &'static Gazetteer {
        static BUILT: OnceLock<Gazetteer> = OnceLock::new();
        BUILT.get_or_init(|| Gazetteer::of_lists(|| SURE.into_iter()))
    }

    /// A gazetteer of `lists` (type, the list file's text), which it reads twice.
    fn of_lists<I: Iterator<Item = (usize, &'static str)>>(lists: impl Fn() -> I) -> Gazetteer {
        // Each entry's tokens are keys (a prefix of one entry is a key too): sized for
        // every word of every list, so the map never grows while it is filled.
        let words: usize = lists()
            .map(|(_, list)| list.bytes().filter(|&b| b == b'\n' || b == b' ').count())
            .sum();
        let mut g = Gazetteer {
            map: IdMap::with_capacity_and_hasher(words, Default::default()),
            max_len: 0,
        };
        let mut lowers = Vec::with_capacity(8);
        for (ty, list) in lists() {
            for line in list.lines() {
                if !line.starts_with('#') {
                    g.add_with(line, ty, &mut lowers);
                }
            }
        }
        g
    }

    /// A user gazetteer: entries per name label (`PERSON`, `ORG`, `LOC`, `MISC`).
    /// Returns the label name that is not a name label, if any.
    pub fn user<'a>(
        entries: impl IntoIterator<Item = (&'a str, &'a [String])>,
    ) -> Result<Gazetteer, &'a str> {
        let mut g = Gazetteer::default();
        for (label, names) in entries {
            let ty = match Label::from_name(label) {
                Some(Label::Person) => USER,
                Some(Label::Org) => USER + 1,
                Some(Label::Loc) => USER + 2,
                Some(Label::Misc) => USER + 3,
                _ => return Err(label),
            };
            for name in names {
                g.add(name, ty);
            }
        }
        Ok(g)
    }

    /// Adds `entry` (tokenized as any text is) with type `ty`.
    pub(crate) fn add(&mut self, entry: &str, ty: usize) {
        self.add_with(entry, ty, &mut Vec::new());
    }

    /// [`Gazetteer::add`] with a buffer for the tokens' hashes, reused from entry to entry.
    fn add_with(&mut self, entry: &str, ty: usize, lowers: &mut Vec<u64>) {
        lowers.clear();
        if !simple_lowers(entry, lowers) {
            lowers.clear();
            let tokens = tokenize(entry).tokens;
            lowers.extend(tokens.iter().map(|t| lower_hash(t.span.of(entry))));
        }
        self.add_lowers(lowers, ty);
    }

    /// Adds an entry given its tokens' lower-case hashes.
    fn add_lowers(&mut self, lowers: &[u64], ty: usize) {
        if lowers.is_empty() || lowers.len() > 8 {
            return;
        }
        let mut h = SEED;
        for (k, &lower) in lowers.iter().enumerate() {
            h = seq_step(h, lower);
            let v = self.map.entry(h).or_default();
            if k + 1 == lowers.len() {
                *v |= 1 << ty;
            } else {
                *v |= PREFIX;
            }
        }
        self.max_len = self.max_len.max(lowers.len());
    }

    /// Sets, for every match inside `sent`, bit `type * 4 + position` (B I L U) of each
    /// matched token in `bits`.
    pub(crate) fn mark(&self, infos: &[TokInfo], sent: Range<usize>, bits: &mut [u64]) {
        if self.map.is_empty() {
            return;
        }
        for i in sent.clone() {
            if infos[i].flags & HAS_LETTER == 0 {
                continue;
            }
            let mut h = SEED;
            for j in i..sent.end.min(i + self.max_len) {
                h = seq_step(h, infos[j].lower);
                let Some(&v) = self.map.get(&h) else { break };
                let types = v & !PREFIX;
                for ty in 0..TYPES_TOTAL {
                    if types >> ty & 1 == 0 {
                        continue;
                    }
                    let base = ty * 4;
                    if i == j {
                        bits[i] |= 1 << (base + 3);
                    } else {
                        bits[i] |= 1 << base;
                        for b in &mut bits[i + 1..j] {
                            *b |= 1 << (base + 1);
                        }
                        bits[j] |= 1 << (base + 2);
                    }
                }
                if v & PREFIX == 0 {
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(g: &Gazetteer, text: &str) -> Vec<u64> {
        let t = tokenize(text);
        let infos: Vec<TokInfo> = t
            .tokens
            .iter()
            .map(|x| TokInfo::new(x.span.of(text)))
            .collect();
        let mut bits = vec![0; infos.len()];
        g.mark(&infos, 0..infos.len(), &mut bits);
        bits
    }

    #[test]
    fn multi_token_entries_mark_bilou_positions() {
        let names = vec!["Keir Starmer".to_string()];
        let g = Gazetteer::user([("PERSON", names.as_slice())]).unwrap();
        let b = USER * 4;
        assert_eq!(
            marks(&g, "Sir KEIR starmer said"),
            vec![0, 1 << b, 1 << (b + 2), 0]
        );
    }

    #[test]
    fn non_name_labels_are_refused() {
        let names = vec!["Friday".to_string()];
        assert_eq!(
            Gazetteer::user([("DATE", names.as_slice())]).unwrap_err(),
            "DATE"
        );
    }

    /// Every built-in entry as the tokenizer and [`TokInfo::new`] read it: the slow way,
    /// which the fast path must equal.
    fn slow(entry: &str) -> Vec<u64> {
        tokenize(entry)
            .tokens
            .iter()
            .map(|t| TokInfo::new(t.span.of(entry)).lower)
            .collect()
    }

    #[test]
    fn the_fast_path_reads_entries_as_the_tokenizer_does() {
        let mut simple = 0;
        for (_, list) in builtin_lists() {
            for entry in list.lines().filter(|l| !l.starts_with('#')) {
                let mut fast = Vec::new();
                if simple_lowers(entry, &mut fast) {
                    assert_eq!(fast, slow(entry), "{entry:?}");
                    simple += 1;
                }
            }
        }
        assert!(simple > 60_000, "{simple} entries took the fast path");
        for not_simple in [
            "",
            " ",
            "New  York",
            "York ",
            " York",
            "St. Louis",
            "Zürich",
            "A1",
        ] {
            assert!(
                !simple_lowers(not_simple, &mut Vec::new()),
                "{not_simple:?}"
            );
        }
        let mut a = Gazetteer::default();
        a.add("Rio de Janeiro", LOC_CITY);
        let mut b = Gazetteer::default();
        b.add_lowers(&slow("RIO DE JANEIRO"), LOC_CITY);
        assert_eq!(a.map, b.map);
    }

    #[test]
    fn the_builtin_table_is_the_one_the_tokenizer_reads() {
        let mut want = Gazetteer::default();
        for (ty, list) in builtin_lists() {
            for entry in list.lines().filter(|l| !l.starts_with('#')) {
                want.add_lowers(&slow(entry), ty);
            }
        }
        let got = Gazetteer::builtin();
        assert_eq!(got.max_len, want.max_len);
        assert!(got.map == want.map, "the built-in table differs");
    }

    #[test]
    fn less_certain_entries_are_read_but_not_trained_with() {
        for (ty, list) in LESS_CERTAIN {
            // (A match starts at a word with a letter: `% Arabica` and `1 800 Flowers` are never matched.)
            let entries: Vec<&str> = list
                .lines()
                .filter(|l| l.starts_with(char::is_alphabetic))
                .collect();
            assert!(
                entries.len() > 100,
                "list {ty} has {} entries",
                entries.len()
            );
            for entry in entries.iter().step_by(50) {
                let whole = |g: &Gazetteer| {
                    let at = |k: usize, pos: u64| marks(g, entry)[k] >> (ty * 4) & pos != 0;
                    // The entry's own match: U of one token, B to L of several.
                    match tokenize(entry).tokens.len() {
                        1 => at(0, 0b1000),
                        n => at(0, 0b0001) && at(n - 1, 0b0100),
                    }
                };
                assert!(whole(Gazetteer::builtin()), "{entry:?} not read");
                assert!(!whole(Gazetteer::sure()), "{entry:?} trained with");
            }
        }
    }

    #[test]
    fn builtin_lists_load() {
        let g = Gazetteer::builtin();
        assert!(g.map.len() > 80_000);
        let bits = marks(g, "in United States");
        let b = LOC_COUNTRY * 4;
        assert_eq!(bits[1] >> b & 0xf, 1);
        assert_eq!(bits[2] >> b & 0xf, 4);
    }
}
