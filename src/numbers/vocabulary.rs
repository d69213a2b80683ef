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

/// Of a token's lower-cased word, with one lookup: whether it can start a number, date or
/// time at all (number words, calendar names, the first words of phrase tables, and a few
/// more; the scan skips other words at once), and whether it opens a phrase of a table
/// ([`is_first_word`]).
pub(super) fn start_and_first(w: &str) -> (bool, bool) {
    let f = flags(w);
    let b = w.as_bytes();
    let start = |w: &str| flags(w) & START != 0;
    let may_start = f & (START | FIRST) != 0
        || (w.bytes().any(|c| c == b'-') && w.split('-').next().is_some_and(start))
        || (b.last() == Some(&b'.') && start(w.trim_end_matches('.')))
        // `Dec31`: a month and its day in one token.
        || (b.last().is_some_and(u8::is_ascii_digit)
            && b[0].is_ascii_alphabetic()
            && MONTHS.iter().any(|m| w.starts_with(m.1)));
    (may_start, f & FIRST != 0)
}

/// A word of [`start_words`].
const START: u8 = 1;
/// A word that opens a phrase of a table ([`phrases`]).
const FIRST: u8 = 2;
/// A word that is second in such a phrase, or after a lead word ([`is_second_word`]).
const SECOND: u8 = 4;

/// What the vocabulary says of `w`, as bits ([`START`], [`FIRST`], [`SECOND`]): one map for
/// the three sets, so a token is looked up once.
fn flags(w: &str) -> u8 {
    static FLAGS: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    let map = FLAGS.get_or_init(|| {
        let mut map: HashMap<&'static str, u8> = HashMap::default();
        let mut add = |w: &'static str, bit: u8| *map.entry(w).or_default() |= bit;
        start_words().for_each(|w| add(w, START));
        phrases()
            .filter_map(|p| p.split(' ').next())
            .for_each(|w| add(w, FIRST));
        phrases()
            .filter_map(|p| p.split(' ').nth(1))
            // `this weekend`, `the end of`
            .chain(CALENDAR_UNITS.iter().copied())
            .chain(["end", "beginning", "start", "middle", "turn"])
            .for_each(|w| add(w, SECOND));
        map
    });
    map.get(w).copied().unwrap_or(0)
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
];

/// Frequent words that begin numeric phrases (`the 1990s`, `in 2024`, `a dozen`, `.5`) but
/// never one on their own: the scan tries them only when the token after them is live.
pub(super) const LEAD_WORDS: &[&str] = &[
    ".", "-", "the", "a", "an", "in", "on", "of", "from", "to", "by", "for", "and", "this", "that",
    "s", "'s",
];

/// Every word that starts a phrase of a [`PhraseTable`] ([`phrases`]). A token not among them
/// starts none, so lookups can skip the tables at once (most tokens are not numeric).
///
/// [`PhraseTable`]: super::reader::PhraseTable
pub(super) fn is_first_word(w: &str) -> bool {
    flags(w) & FIRST != 0
}

/// Every word that is second in a phrase of those tables (`least` of `at least`, `morning`
/// of `this morning`), and the words after a lead word in phrases read without a table
/// (`weekend` of `this weekend`, `end` of `the end of`): after a lead word, such a token
/// keeps the scan trying.
pub(super) fn is_second_word(w: &str) -> bool {
    flags(w) & SECOND != 0
}

/// The phrases of every [`PhraseTable`], the tables [`Cx::longest`] looks phrases up in. A
/// word that opens none of them makes [`Cx::longest`] give up at once, and the scan skips
/// a word that opens nothing at all ([`start_and_first`]): a new phrase table must be listed here
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
