//! Digits and words that are not numbers where they stand: years without a tail, digits in
//! names and codes (`Windows 10`, `COVID-19`, `192.168.1.2`, phone numbers), the pronoun
//! `one` (`no one`, `one of the`).

use super::dates::is_calendar_word;
use super::is_qualifier;
use super::money::CURRENCY_CODES;
use super::number::Num;
use super::reader::Cx;
use crate::tokenize::TokenKind;

impl Cx<'_> {
    /// Whether the number `num` read at `i` is no number where it stands: a year without a
    /// tail, digits of a name or a code, the pronoun `one`.
    pub(super) fn no_number_here(&self, i: usize, num: &Num) -> bool {
        (num.bare_digits && self.is_year_like(i) && !self.counted_year(i))
            || (num.bare_digits && self.in_a_name(i))
            || self.is_pronoun_one(i, num)
            || (num.bare_digits && self.is_digit_code(i))
    }

    /// A four-digit number 1000–2099 written plainly: a year unless context makes it a count.
    pub(super) fn is_year_like(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (1000..2100).contains(&w.parse::<u32>().unwrap_or(0))
    }

    /// `2024 troops`: a year-like number counting a plural noun after it; but `the 2022
    /// midterms` are a year's.
    pub(super) fn counted_year(&self, i: usize) -> bool {
        let recent = (1900..2100).contains(&self.word(i).parse::<u32>().unwrap_or(0));
        if recent && i > 0 && self.lower(i - 1) == "the" {
            return false;
        }
        let next = self.lower(i + 1);
        next.len() > 3
            && next.ends_with('s')
            && !next.ends_with("'s")
            && self.word(i + 1).starts_with(|c: char| c.is_lowercase())
    }

    /// Digits that are part of a name or code: `Windows 10`, `Boeing 737`, `No. 5`, `5G`.
    pub(super) fn in_a_name(&self, i: usize) -> bool {
        // `5G`, `3D`: a capital letter against the digits (units and scales are read before).
        let next = self.word(i + 1);
        if self.touching(i) && next.len() == 1 && next.starts_with(|c: char| c.is_ascii_uppercase())
        {
            return true;
        }
        if i == 0 {
            return false;
        }
        let prev = self.word(i - 1);
        if CODE_WORDS.contains(&self.lower(i - 1)) {
            return true;
        }
        // The second half of `9/11`, `24/7`, `2:1`.
        if matches!(prev, "/" | ":" | "#") && self.touching(i - 1) {
            return true;
        }
        if self.hyphened_to_word(i) {
            return true;
        }
        // `FTSE 100`, `S&P 500`: an acronym names what follows.
        let acronym = prev.chars().all(|c| c.is_ascii_uppercase())
            && !prev.is_empty()
            && !CURRENCY_CODES.contains(&prev)
            && !is_calendar_word(self.lower(i - 1));
        if acronym && (prev.len() > 1 || !self.sentence_start(i - 1)) {
            return true;
        }
        // A capitalised word (not at a sentence start, not a calendar or qualifier word)
        // right before the number names it: `Apollo 11`, `Boeing 737`.
        let capital = prev.starts_with(char::is_uppercase) && prev.chars().any(char::is_lowercase);
        capital
            && !self.sentence_start(i - 1)
            && !is_calendar_word(self.lower(i - 1))
            && self.qualifier(i - 1).is_none()
            && !is_qualifier(self.lower(i - 1))
    }

    /// `Covid-19`, `SCP-173m`: digits hyphened to the word before them are part of a name.
    pub(super) fn hyphened_to_word(&self, i: usize) -> bool {
        i > 1
            && self.word(i - 1) == "-"
            && self.touching(i - 1)
            && self.touching(i - 2)
            && self.kind(i - 2) == Some(TokenKind::Word)
    }

    /// `192.168.1.2`, `1.2.3`: digits with several dots are codes; so are digits with a
    /// leading zero (`020`) and runs of digit groups (`020 7946 0958`), as in phone numbers.
    pub(super) fn is_digit_code(&self, i: usize) -> bool {
        let w = self.word(i);
        let plain = |k: usize| {
            self.kind(k) == Some(TokenKind::Number)
                && self.word(k).bytes().all(|b| b.is_ascii_digit())
        };
        let zero = |k: usize| plain(k) && self.word(k).len() > 1 && self.word(k).starts_with('0');
        // The run of plain digit groups around `i`, at most a few either side.
        let (mut a, mut b) = (i, i);
        while a > 0 && i - a < 4 && plain(a - 1) {
            a -= 1;
        }
        while b - i < 4 && plain(b + 1) {
            b += 1;
        }
        let run = plain(i) && (b - a >= 2 || (b > a && (a..=b).any(zero)));
        w.matches('.').count() > 1 || zero(i) || run
    }

    /// `no one`, `one of the`, `the one who`: the pronoun, not the number.
    pub(super) fn is_pronoun_one(&self, i: usize, num: &Num) -> bool {
        if !(num.spelled && num.end == i + 1 && self.lower(i) == "one") {
            return false;
        }
        let before = i > 0 && ONE_PRONOUN_BEFORE.contains(&self.lower(i - 1));
        let after = ONE_PRONOUN_AFTER.contains(&self.lower(i + 1));
        let alone = matches!(
            self.lower(i + 1),
            "is" | "was" | "you" | "do" | "does" | "that" | "has" | "had" | "," | "."
        );
        before
            || after
            || (alone && i > 0 && matches!(self.lower(i - 1), "which" | "this" | "that" | "the"))
    }
}

/// Words before a bare number that make it part of a name or code (`version 2`, `No. 5`).
const CODE_WORDS: &[&str] = &[
    "version", "v", "ver", "v.", "no.", "nos.", "nr.", "number", "#", "chapter", "article",
    "section", "room", "route", "highway", "flight", "page", "p.", "pp.", "exit", "windows",
    "iphone", "covid", "model", "ios", "android", "level", "grade", "phase", "round", "game",
    "episode", "season", "volume", "vol.", "act", "part", "type", "class", "category", "gate",
];

/// Words before a bare `one` that make it a pronoun (`no one`, `the one`), and words after.
const ONE_PRONOUN_BEFORE: &[&str] = &[
    "no", "any", "every", "each", "the", "this", "that", "which", "another", "someone", "little",
    "only",
];

/// Words after a bare `one` that make it a pronoun (`one of the`).
const ONE_PRONOUN_AFTER: &[&str] = &["of", "another", "'s", "’s", "who", "which", "thing"];
