//! What several forms read: which words can start anything numeric (so the scan skips the
//! rest at once), and the first and second words of every phrase table.

use super::amount::QUALIFIERS;
use super::dates::{
    AGO_WORDS, CALENDAR_UNITS, HOLIDAYS, MONTHS, RELATIVE_DAYS, RELATIVE_MODIFIERS,
    VAGUE_SPAN_HEADS, WEEKDAYS,
};
use super::durations::DURATIONS;
use super::money::{CURRENCY_AFTER, CURRENCY_BEFORE};
use super::number::SCALES;
use super::percent::{BASIS_POINTS, PERCENT_HEADS, PERCENT_WORDS};
use super::quantities::{AGE_WORDS, UNITS_AFTER, ZERO_SIDES};
use super::times::RELATIVE_TIMES;
use super::words::{FRACTION_WORDS, ORDINALS, TENS, UNITS};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// What the vocabulary says of a token's lower-cased word, from one lookup ([`lookup`]).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Entry {
    /// The bits [`START`], [`FIRST`], [`SECOND`] and [`LEAD`].
    bits: u8,
    /// Where the word opens phrases of a table ([`FIRST`]), its number among the words that
    /// do: the tables index their rows by it ([`PhraseTable`]), so no lookup hashes the word
    /// again.
    ///
    /// [`PhraseTable`]: super::reader::PhraseTable
    first: u32,
}

impl Entry {
    /// Whether the word can start a number, date or time at all (number words, calendar
    /// names, the first words of phrase tables, and a few more; the scan skips other words
    /// at once). `w` is the word looked up.
    pub(super) fn may_start(self, w: &str) -> bool {
        let b = w.as_bytes();
        let start = |w: &str| lookup(w).bits & START != 0;
        self.bits & (START | FIRST) != 0
            || (w.bytes().any(|c| c == b'-') && w.split('-').next().is_some_and(start))
            || (b.last() == Some(&b'.') && start(w.trim_end_matches('.')))
            // `Dec31`: a month and its day in one token.
            || (b.last().is_some_and(u8::is_ascii_digit)
                && b[0].is_ascii_alphabetic()
                && MONTHS.iter().any(|m| w.starts_with(m.1)))
    }

    /// The word's number among the first words of table phrases, if it opens one.
    pub(super) fn first(self) -> Option<u32> {
        (self.bits & FIRST != 0).then_some(self.first)
    }

    /// Whether the word is second in a table phrase, or after a lead word in phrases read
    /// without a table (`weekend` of `this weekend`, `end` of `the end of`): after a lead
    /// word, such a token keeps the scan trying.
    pub(super) fn second(self) -> bool {
        self.bits & SECOND != 0
    }

    /// Whether the word is one of [`LEAD_WORDS`].
    pub(super) fn lead(self) -> bool {
        self.bits & LEAD != 0
    }
}

/// A word of [`start_words`].
const START: u8 = 1;
/// A word that opens a phrase of a table ([`phrases`]).
const FIRST: u8 = 2;
/// A word that is second in such a phrase, or after a lead word ([`Entry::second`]).
const SECOND: u8 = 4;
/// A word of [`LEAD_WORDS`].
const LEAD: u8 = 8;

/// What the vocabulary says of `w`: one map for every set, so a token is looked up once.
pub(super) fn lookup(w: &str) -> Entry {
    static MAP: OnceLock<HashMap<&'static str, Entry>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut map: HashMap<&'static str, Entry> = HashMap::default();
        let mut add = |w: &'static str, bit: u8| map.entry(w).or_default().bits |= bit;
        start_words().for_each(|w| add(w, START));
        LEAD_WORDS.iter().for_each(|&w| add(w, LEAD));
        phrases()
            .filter_map(|p| p.split(' ').nth(1))
            // `this weekend`, `the end of`, `a grand`
            .chain(CALENDAR_UNITS.iter().copied())
            // `a few hundred`, `a couple of thousand`
            .chain([
                "end",
                "beginning",
                "start",
                "middle",
                "turn",
                "grand",
                "few",
                "couple",
            ])
            .for_each(|w| add(w, SECOND));
        let mut firsts = 0;
        for w in phrases().filter_map(|p| p.split(' ').next()) {
            let entry = map.entry(w).or_default();
            if entry.bits & FIRST == 0 {
                entry.bits |= FIRST;
                entry.first = firsts;
                firsts += 1;
            }
        }
        map
    });
    map.get(w).copied().unwrap_or_default()
}

/// The words that can start something numeric besides the phrase tables' first words.
fn start_words() -> impl Iterator<Item = &'static str> {
    (UNITS.iter().map(|r| r.0))
        .chain(TENS.iter().map(|r| r.0))
        .chain(ORDINALS.iter().map(|r| r.0))
        .chain(FRACTION_WORDS.iter().map(|r| r.0))
        .chain(SCALES.iter().map(|r| r.0))
        .chain(MONTHS.iter().flat_map(|m| [m.0, m.1]))
        .chain(AGE_WORDS.iter().copied())
        .chain(VAGUE_SPAN_HEADS.iter().map(|h| h.0))
        .chain(
            WEEKDAYS
                .iter()
                .flat_map(|d| [d.0, d.1, d.1.trim_end_matches('.')]),
        )
        .chain(OTHER_START_WORDS.iter().copied())
}

/// Words that start something numeric and are in no table above.
const OTHER_START_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "between",
    "minus",
    "negative",
    "noon",
    "midnight",
    "midday",
    "noonish",
    "early",
    "mid",
    "late",
    "-",
    "−",
    "–",
    "dozen",
    ".",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "trillions",
    "tens",
    // `several hundred`
    "several",
    // `multibillion-dollar`, `multi-million-pound`
    "multi",
    "multimillion",
    "multibillion",
    "past",
    "first",
    // `the final day of June`
    "final",
    // `Sep-23-2020`: a month among numbers.
    "sep",
    // `Q3 2024`, `summer 2020`
    "q1",
    "q2",
    "q3",
    "q4",
    // `'90s`
    "'",
    // `fiscal 2024`, `FY 2024`
    "fiscal",
    "fy",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    // `AD 79`, `A.D. 476`, `c. 500 BC`
    "ad",
    "a.d.",
    "c.",
    "ca.",
    "circa",
];

/// Frequent words that begin numeric phrases (`the 1990s`, `in 2024`, `a dozen`, `.5`) but
/// never one on their own: the scan tries them only when the token after them is live.
const LEAD_WORDS: &[&str] = &[
    ".", "-", "the", "a", "an", "in", "on", "of", "from", "to", "by", "for", "and", "this", "that",
    "s", "'s",
];

/// The phrases of every [`PhraseTable`], the tables [`Cx::longest`] looks phrases up in. A
/// word that opens none of them makes [`Cx::longest`] give up at once, and the scan skips
/// a word that opens nothing at all ([`Entry::may_start`]): a new phrase table must be listed here
/// (in debug builds, its first lookup checks that it is).
///
/// [`Cx::longest`]: super::reader::Cx::longest
/// [`PhraseTable`]: super::reader::PhraseTable
fn phrases() -> impl Iterator<Item = &'static str> {
    QUALIFIERS
        .phrases()
        .chain(CURRENCY_BEFORE.phrases())
        .chain(CURRENCY_AFTER.phrases())
        .chain(PERCENT_WORDS.phrases())
        .chain(PERCENT_HEADS.phrases())
        .chain(BASIS_POINTS.phrases())
        .chain(UNITS_AFTER.phrases())
        .chain(DURATIONS.phrases())
        .chain(RELATIVE_DAYS.phrases())
        .chain(RELATIVE_TIMES.phrases())
        .chain(RELATIVE_MODIFIERS.phrases())
        .chain(AGO_WORDS.phrases())
        .chain(HOLIDAYS.phrases())
        .chain(ZERO_SIDES.phrases())
}

/// Possessive pronouns: after one, a decade is an age (`his 40s`), not a date.
pub(super) const POSSESSIVES: &[&str] = &["his", "her", "their", "my", "your", "our"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::reader::PhraseTable;
    use std::collections::HashSet;

    /// For every first word of any table, `table`'s index by the word's number gives the rows
    /// whose phrase opens with it, in table order (none when no phrase of `table` does).
    fn index_gives_the_rows_opening_with_each_word<T>(table: &'static PhraseTable<T>) {
        for word in phrases().filter_map(|p| p.split(' ').next()) {
            let id = lookup(word).first().expect("a first word has a number");
            let got: Vec<*const T> = table.opening_with(id).map(std::ptr::from_ref).collect();
            let want: Vec<*const T> = table
                .iter()
                .zip(table.phrases())
                .filter(|(_, p)| p.split(' ').next() == Some(word))
                .map(|(r, _)| std::ptr::from_ref(r))
                .collect();
            assert_eq!(got, want, "{word:?}");
        }
    }

    #[test]
    fn tables_index_rows_by_the_number_of_their_first_word() {
        index_gives_the_rows_opening_with_each_word(&QUALIFIERS);
        index_gives_the_rows_opening_with_each_word(&CURRENCY_AFTER);
        index_gives_the_rows_opening_with_each_word(&UNITS_AFTER);
        index_gives_the_rows_opening_with_each_word(&RELATIVE_DAYS);
        index_gives_the_rows_opening_with_each_word(&HOLIDAYS);
    }

    #[test]
    fn first_words_have_distinct_numbers_and_other_words_none() {
        let firsts: HashSet<&str> = phrases().filter_map(|p| p.split(' ').next()).collect();
        let ids: HashSet<u32> = firsts.iter().filter_map(|w| lookup(w).first()).collect();
        assert_eq!(ids.len(), firsts.len());
        for w in ["said", "minister", "", "Jan"] {
            assert_eq!(lookup(w).first(), None, "{w:?}");
        }
    }

    #[test]
    fn lead_words_are_marked_and_only_they() {
        for w in LEAD_WORDS {
            assert!(lookup(w).lead(), "{w:?}");
        }
        for w in ["one", "january", "percent", "at", "said"] {
            assert!(!lookup(w).lead(), "{w:?}");
        }
    }
}
