//! Calendar dates: `29 November 2026`, `Nov. 29, 2026`, `the 4th of July`, `2026-11-29`,
//! `11/29/2026`, `05-Aug-2016`, `February 2022`, `November`, `on the 18th`; month and
//! weekday names, days and years.

use super::{iso_value, iso_value_opt, resolve_iso, valid_date};
use crate::annotation::Annotation;
use crate::numbers::reader::Cx;
use crate::numbers::words;
use crate::tokenize::TokenKind;

/// Month and weekday names (lower-case), which may stand before a number in a date.
pub(crate) fn is_calendar_word(w: &str) -> bool {
    let stem = w.trim_end_matches('.');
    MONTHS.iter().any(|m| m.0 == stem || m.1 == stem) || WEEKDAYS.iter().any(|d| d.0 == stem)
}

/// Whether `w` (lower-case) is a weekday's name, full or short, with or without its period.
fn is_weekday_word(w: &str) -> bool {
    WEEKDAYS
        .iter()
        .any(|d| d.0 == w || d.1 == w || d.1.strip_suffix('.') == Some(w))
}

impl Cx<'_> {
    /// A month name at `i` (`February`, `Feb.`, `Sept`), its number and the token after.
    pub(crate) fn month(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.lower(i);
        let (stem, dotted) = match w.strip_suffix('.') {
            Some(s) => (s, true),
            None => (w, false),
        };
        // A day or year beside a short form makes it a month: `Jan 2019`, `14 nov`.
        let number_after = self.kind(i + 1) == Some(TokenKind::Number)
            || (i > 0 && self.kind(i - 1) == Some(TokenKind::Number))
            || (i > 1 && self.lower(i - 1) == "of" && self.kind(i - 2) == Some(TokenKind::Number));
        let k = MONTHS.iter().position(|m| {
            m.0 == stem
                || (m.1 == stem && (dotted || stem.len() > 3 || stem == "may" || number_after))
        })?;
        // Months are names: capitalised, unless the text is all lower case (`jan 2019`), or
        // a full name that is no other word (`february`), or one a day follows (`march 3`).
        let raw = self.word(i);
        let verb = matches!(stem, "may" | "march");
        let lower_ok = self.all_lower || (!verb && (stem == MONTHS[k].0 || number_after));
        if !raw.starts_with(char::is_uppercase) && !lower_ok {
            return None;
        }
        Some((k as u32 + 1, i + 1))
    }

    /// A weekday name at `i`: its ISO number.
    pub(crate) fn weekday(&self, i: usize) -> Option<u32> {
        // The scan asks at every live token twice (a counted weekday, then a date).
        self.kept(i, |m| &m.weekday, || self.read_weekday(i))
    }

    /// [`Cx::weekday`], not kept.
    fn read_weekday(&self, i: usize) -> Option<u32> {
        let w = self.lower(i);
        // Every weekday form is a word of three to nine letters.
        if !(3..=10).contains(&w.len()) || !w.as_bytes()[0].is_ascii_alphabetic() {
            return None;
        }
        let raw = self.word(i);
        // `Tue May 9`, `Mon 13th`, `Thu, Mar 12`: a short form without its period needs a
        // date after it, or another weekday before or after it (`next week Mon or Tue`,
        // `Mon-Fri`).
        let short = |d: &(&str, &str)| {
            if d.1.strip_suffix('.') != Some(w) {
                return false;
            }
            let k = if self.word(i + 1) == "," {
                i + 2
            } else {
                i + 1
            };
            let joiner = |w: &str| matches!(w, "or" | "and" | "," | "/" | "-" | "–" | "to");
            let listed = i >= 2 && joiner(self.lower(i - 1)) && is_weekday_word(self.lower(i - 2));
            // `Mon-Fri`: a span of weekdays.
            let spans =
                matches!(self.lower(i + 1), "-" | "–" | "to") && is_weekday_word(self.lower(i + 2));
            self.month(k).is_some()
                || self.kind(i + 1) == Some(TokenKind::Number)
                || listed
                || spans
        };
        let k = WEEKDAYS
            .iter()
            .position(|d| d.0 == w || d.1 == w || short(d))?;
        if !raw.starts_with(char::is_uppercase) && w.len() < 6 && !self.all_lower {
            return None;
        }
        Some(k as u32 + 1)
    }

    pub(crate) fn year_digits(&self, i: usize) -> Option<i32> {
        let w = self.word(i);
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
    }

    /// A day of the month at `i`: `29`, `21st`, `04th`, `twenty-first`, `second`.
    pub(crate) fn day_number(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.lower(i);
        if self.kind(i) == Some(TokenKind::Number) {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &w[digits.len()..];
            let ok_suffix = matches!(suffix, "" | "st" | "nd" | "rd" | "th");
            let d: u32 = digits.parse().ok()?;
            return (ok_suffix && digits.len() <= 2 && (1..=31).contains(&d)).then_some((d, i + 1));
        }
        if self.kind(i) != Some(TokenKind::Word) || !self.opens_spelled(i) {
            return None;
        }
        let lower = self.lower.get(i..(i + 4).min(self.lower.len()))?;
        let s = words::spelled(lower.iter().map(|w| w.as_ref()))?;
        let d = s.value;
        (d.fract() == 0.0 && (1.0..=31.0).contains(&d)).then_some((d as u32, i + s.words))
    }

    /// Calendar dates: `29 November 2026`, `Nov. 29, 2026`, `the 4th of July`, `2026-11-29`,
    /// `11/29/2026`, `February 2022`, `November`, `Dec31`.
    pub(super) fn calendar_date(&self, i: usize) -> Option<(usize, Annotation)> {
        let numeric = self.numeric_date(i).or_else(|| self.month_among_numbers(i));
        if let Some((iso, j)) = numeric {
            return self.date_ann(i, j, iso_value(iso));
        }
        let with_year = |m: u32, d: u32, k: usize, from: usize, short_end: usize| {
            // `, 2026`, `2026`, `of 1995` or `in 2020` after the day; `nineteen eighty six`;
            // `of 87`.
            let after = if matches!(self.lower(k), "," | "of" | "in") {
                self.year_at(k + 1)
                    .or_else(|| (self.lower(k) == "of").then(|| self.short_year(k + 1))?)
            } else {
                None
            };
            match after.or_else(|| self.year_at(k)) {
                Some((y, end)) if valid_date(y, m, d) => {
                    self.date_ann(from, end, iso_value(format!("{y:04}-{m:02}-{d:02}")))
                }
                _ if valid_date(2000, m, d) => {
                    self.date_ann(from, short_end, iso_value(format!("--{m:02}-{d:02}")))
                }
                // `Feb 30`: a date as written that no calendar has; its value keeps what it
                // says (TIMEX `XXXX-02-30`) and is never placed.
                Some((y, end)) => {
                    self.date_ann(from, end, iso_value(format!("{y:04}-{m:02}-{d:02}")))
                }
                None => self.date_ann(from, short_end, iso_value(format!("XXXX-{m:02}-{d:02}"))),
            }
        };
        // `Dec31 , 1994`
        if let Some((m, d)) = self.glued_month_day(i) {
            return with_year(m, d, i + 1, i, i + 1);
        }
        // Day [of] Month [Year]: `29 November 2026`, `4th of July`, `second of Aug.`,
        // `twenty five January nineteen eighty six`
        let start = if self.lower(i) == "the" && self.day_number(i + 1).is_some() {
            i + 1
        } else {
            i
        };
        if let Some((d, j)) = self.day_number(start) {
            // `the 15th day of June`
            let j = if self.lower(j) == "day" && self.lower(j + 1) == "of" {
                j + 1
            } else {
                j
            };
            let k = if self.lower(j) == "of" { j + 1 } else { j };
            let digits = self.kind(start) == Some(TokenKind::Number);
            let month = self.month(k);
            let dated = month.is_some_and(|(_, j2)| self.year_at(j2).is_some());
            if k > j || (digits && start == i) || dated {
                if let Some((m, j2)) = month {
                    return with_year(m, d, j2, i, j2);
                }
            }
            // `the 15th of next month`, `the 21st day of this month`, `the 21st this month`
            if let Some((offset, end)) = self.relative_month(k).filter(|_| k > j || start > i) {
                let iso = match self
                    .reference()
                    .and_then(|r| resolve_iso(r, offset, "month"))
                {
                    Some(ym) => {
                        let (y, m) = ym.split_once('-')?;
                        valid_date(y.parse().ok()?, m.parse().ok()?, d)
                            .then(|| format!("{ym}-{d:02}"))
                    }
                    None => Some(format!("---{d:02}")),
                };
                return self.date_ann(i, end, iso_value_opt(iso));
            }
        }
        let (m, j) = self.month(i)?;
        // Month Day[,] [Year]: `Nov. 29, 2026`, `May twenty nine`.
        if let Some((d, k)) = self.day_number(j) {
            let not_a_count = self.kind(k) != Some(TokenKind::Word)
                || !self.word(k).starts_with(char::is_lowercase)
                || self.year_at(k).is_some()
                || self.all_lower;
            if not_a_count || self.kind(j) == Some(TokenKind::Number) {
                return with_year(m, d, k, i, k);
            }
        }
        // `October, 1st`: a comma, then a day with its ordinal suffix.
        if self.word(j) == "," && self.kind(j + 1) == Some(TokenKind::Number) {
            let w = self.lower(j + 1);
            if w.ends_with(|c: char| c.is_ascii_alphabetic()) {
                if let Some((d, k)) = self.day_number(j + 1) {
                    return with_year(m, d, k, i, k);
                }
            }
        }
        // Month [,] Year
        let k = if self.word(j) == "," { j + 1 } else { j };
        if let Some(y) = self.year_digits(k) {
            return self.date_ann(i, k + 1, iso_value(format!("{y:04}-{m:02}")));
        }
        // A month alone: `in November`; `May` alone is a verb too often.
        if self.lower(i) != "may" && !self.lower(i).ends_with('.') && self.word(i).len() > 3 {
            return self.date_ann(i, j, iso_value(format!("--{m:02}")));
        }
        None
    }

    /// A year after a day and month at `k`: `2026`, `nineteen eighty six`, `two thousand
    /// and thirty two`, `seventeen hundred thirty three`; and the token after it.
    pub(crate) fn year_at(&self, k: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year_digits(k) {
            return Some((y, k + 1));
        }
        if self.kind(k) != Some(TokenKind::Word) {
            return None;
        }
        let lower = self.lower.get(k..(k + 6).min(self.lower.len()))?;
        let words = || lower.iter().map(|w| w.as_ref());
        let whole = |s: &words::Spelled| !s.ordinal && s.value.fract() == 0.0;
        // Not a count: `June 3, two thousand people`, `March 3 twenty five people`; so no
        // round hundreds, and a year in the century of two digits.
        let s = words::spelled(words())?;
        let found = if whole(&s) && s.words > 1 && (1000.0..2100.0).contains(&s.value) {
            (s.value % 100.0 != 0.0).then_some((s.value as i32, k + s.words))
        } else {
            // `nineteen eighty six`, `twenty twenty`: the century, then the year in it.
            let century = words::spelled(words().take(1))?;
            if !whole(&century) || !(10.0..100.0).contains(&century.value) {
                return None;
            }
            let rest = words::spelled(words().skip(1).take(2))?;
            (whole(&rest) && (10.0..100.0).contains(&rest.value)).then(|| {
                (
                    (century.value * 100.0 + rest.value) as i32,
                    k + 1 + rest.words,
                )
            })
        };
        let (y, end) = found?;
        let next = self.lower(end);
        let counted =
            next.len() > 3 && next.ends_with('s') && self.kind(end) == Some(TokenKind::Word);
        (!counted && !matches!(next, "people" | "men" | "women" | "children")).then_some((y, end))
    }

    /// `87` after `of` in `15 April of 87`: a year in two digits that ends the phrase.
    fn short_year(&self, k: usize) -> Option<(i32, usize)> {
        let w = self.word(k);
        let two = w.len() == 2 && w.bytes().all(|b| b.is_ascii_digit());
        let y: u32 = w.parse().ok().filter(|_| two)?;
        (self.kind(k + 1) != Some(TokenKind::Word)).then(|| (self.two_digit_year(y), k + 1))
    }

    /// `on the 18th`: a day of an unnamed month.
    pub(super) fn day_of_unnamed_month(&self, i: usize) -> Option<(usize, Annotation)> {
        if !(self.lower(i) == "the" && i > 0 && self.lower(i - 1) == "on") {
            return None;
        }
        let w = self.lower(i + 1);
        if self.kind(i + 1) != Some(TokenKind::Number) || w.len() < 3 {
            return None;
        }
        let (d, j) = self.day_number(i + 1)?;
        self.date_ann(i, j, iso_value(format!("---{d:02}")))
    }
}

/// Months: full name and the short form (a short form needs its period, except `may`,
/// `sept` and other forms longer than three letters).
pub(crate) const MONTHS: &[(&str, &str)] = &[
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may", "may"),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
];

/// Weekdays, Monday first (ISO numbering), with their short forms.
pub(crate) const WEEKDAYS: &[(&str, &str)] = &[
    ("monday", "mon."),
    ("tuesday", "tue."),
    ("wednesday", "wed."),
    ("thursday", "thu."),
    ("friday", "fri."),
    ("saturday", "sat."),
    ("sunday", "sun."),
];

/// Prepositions after which a bare four-digit number is a year.
pub(super) const YEAR_PREPOSITIONS: &[&str] = &[
    "the",
    "in",
    "since",
    "by",
    "until",
    "till",
    "before",
    "after",
    "during",
    "from",
    "through",
    "of",
    "early",
    "late",
    "mid",
    "circa",
    "year",
    "fiscal",
    "between",
    "and",
    "to",
    "throughout",
    "around",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];
