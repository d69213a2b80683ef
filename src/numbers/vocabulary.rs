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
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// Whether a word can start a number, date or time at all: number words, calendar names,
/// the first words of phrase tables, and a few more. The scan skips other words at once.
pub(super) fn may_start(w: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let set = WORDS.get_or_init(|| {
        let mut set: HashSet<&'static str> = HashSet::default();
        set.extend(UNITS.iter().map(|r| r.0));
        set.extend(TENS.iter().map(|r| r.0));
        set.extend(ORDINALS.iter().map(|r| r.0));
        set.extend(FRACTION_WORDS.iter().map(|r| r.0));
        set.extend(SCALES.iter().map(|r| r.0));
        set.extend(MONTHS.iter().flat_map(|m| [m.0, m.1]));
        set.extend(AGE_WORDS);
        set.extend(VAGUE_SPAN_HEADS.iter().map(|h| h.0));
        set.extend(
            WEEKDAYS
                .iter()
                .flat_map(|d| [d.0, d.1, d.1.trim_end_matches('.')]),
        );
        set.extend([
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
        ]);
        set
    });
    // One lookup for most words: the start words and the phrase tables' first words.
    static EITHER: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let either = EITHER.get_or_init(|| {
        let mut all = set.clone();
        all.extend(phrases().filter_map(|p| p.split(' ').next()));
        all
    });
    let b = w.as_bytes();
    either.contains(w)
        || (b.contains(&b'-') && w.split('-').next().is_some_and(|first| set.contains(first)))
        || (b.last() == Some(&b'.') && set.contains(w.trim_end_matches('.')))
        // `Dec31`: a month and its day in one token.
        || (b.last().is_some_and(u8::is_ascii_digit)
            && b[0].is_ascii_alphabetic()
            && MONTHS.iter().any(|m| w.starts_with(m.1)))
}

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
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| phrases().filter_map(|p| p.split(' ').next()).collect())
        .contains(w)
}

/// Every word that is second in a phrase of those tables (`least` of `at least`, `morning`
/// of `this morning`), and the words after a lead word in phrases read without a table
/// (`weekend` of `this weekend`, `end` of `the end of`): after a lead word, such a token
/// keeps the scan trying.
pub(super) fn is_second_word(w: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            phrases()
                .filter_map(|p| p.split(' ').nth(1))
                // `this weekend`, `the end of`
                .chain(CALENDAR_UNITS.iter().copied())
                .chain(["end", "beginning", "start", "middle", "turn"])
                .collect()
        })
        .contains(w)
}

/// The phrases of every [`PhraseTable`], the tables [`Cx::longest`] looks phrases up in. A
/// word that opens none of them makes [`Cx::longest`] give up at once, and the scan skips
/// a word that opens nothing at all ([`may_start`]): a new phrase table must be listed here
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
