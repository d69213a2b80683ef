//! Dates in numbers: `2026-11-29`, `11/29/2026`, `21.03.2025`, `20161016`, `2025-06`,
//! `06/2025`, `3/21`, `05-Aug-2016`, `Dec31`; and which of two numbers is the day.
//!
//! ## Day and month
//!
//! A form whose parts say which is which wins: ISO (`2026-11-29`, year first), a part above
//! 12 (`21/03/2025` is the 21st of March, `3/21` the 21st too). An ambiguous one (`4/5/2024`,
//! `4.5.2024`) follows the document's other numeric dates: those with a year whose parts say
//! which is which are counted, and more day-first than month-first ones make the document
//! day-first (`04/05/2024` is then the 4th of May). Otherwise it is read in US order, month
//! first (the 5th of April).

use super::calendar::MONTHS;
use super::valid_date;
use crate::numbers::reader::Cx;
use crate::tokenize::{Token, TokenKind};

/// Whether the numeric dates of a document (`words` of its `tokens`) put the day first: more
/// of its dates with a year put an unambiguous day first (`21/03/2025`) than a month
/// (`03/21/2025`). Linear in the tokens; most are skipped by their first byte.
pub(crate) fn document_day_first(words: &[&str], tokens: &[Token]) -> bool {
    let mut votes = 0i32;
    for (w, t) in words.iter().zip(tokens) {
        // The shortest such date, `1/2/26`, has six bytes; scores and decimals are shorter.
        if t.kind != TokenKind::Number || w.len() < 6 {
            continue;
        }
        if let Some((a, b, _)) = three_parts(w) {
            match (a > 12 && b <= 12, a <= 12 && b > 12) {
                (true, false) => votes += 1,
                (false, true) => votes -= 1,
                _ => {}
            }
        }
    }
    votes > 0
}

/// `a/b/yyyy`, `a.b.yyyy`, `a-b-yy`: two numbers of one or two digits, then a year (four
/// digits, or two after `/` or `-`): the numbers and the year's digits.
fn three_parts(w: &str) -> Option<(u32, u32, &str)> {
    let sep = w.bytes().find(|b| matches!(b, b'/' | b'.' | b'-'))? as char;
    let mut parts = w.split(sep);
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    let small = |p: &str| (1..=2).contains(&p.len()) && digits(p);
    let year = digits(y) && (y.len() == 4 || (y.len() == 2 && sep != '.'));
    if parts.next().is_some() || !small(a) || !small(b) || !year {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, y))
}

/// Whether `s` is all ASCII digits (and not empty).
fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `20161016`: a date in eight digits, year first, in the years 1900–2099.
pub(crate) fn compact_date(w: &str) -> Option<String> {
    if w.len() != 8 || !digits(w) || !(w.starts_with("19") || w.starts_with("20")) {
        return None;
    }
    let (y, m, d) = (
        w[..4].parse().ok()?,
        w[4..6].parse().ok()?,
        w[6..].parse().ok()?,
    );
    valid_date(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

impl Cx<'_> {
    /// A date in numbers at `i`, any form of the module docs but a month's name among
    /// numbers: its ISO value and the token after it.
    pub(super) fn numeric_date(&self, i: usize) -> Option<(String, usize)> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let w = self.word(i);
        if let Some(iso) = compact_date(w) {
            return Some((iso, i + 1));
        }
        if let Some(iso) = self.one_token_date(w) {
            return Some((iso, i + 1));
        }
        self.year_month(i)
            .or_else(|| self.month_year(i))
            .or_else(|| self.slash_day(i, false))
            // `on 5.12`: after `on`, a dotted month and day.
            .or_else(|| (i > 0 && self.lower(i - 1) == "on").then(|| self.dotted_day(i))?)
    }

    /// `2026-11-29`, `2018-7-6`, `2026.11.29`, `11/29/2026`, `29/11/2026`, `11/29/26`,
    /// `21.03.2025`: a whole date in one token.
    fn one_token_date(&self, w: &str) -> Option<String> {
        let (y, m, d) = match three_parts(w) {
            Some((a, b, y)) => {
                let y = match y.len() {
                    4 => y.parse().ok()?,
                    _ => self.two_digit_year(y.parse().ok()?),
                };
                let (m, d) = self.month_and_day(a, b)?;
                // `2/29/2019`: a date as written that no calendar has (TIMEX, never placed).
                if !valid_date(y, m, d) && d <= 31 {
                    return Some(format!("{y:04}-{m:02}-{d:02}"));
                }
                (y, m, d)
            }
            None => {
                // Year first: ISO and its relatives.
                let sep = w.bytes().find(|b| matches!(b, b'/' | b'.' | b'-'))? as char;
                let parts: Vec<&str> = w.split(sep).collect();
                let ok = parts.len() == 3
                    && parts[0].len() == 4
                    && parts[1..].iter().all(|p| (1..=2).contains(&p.len()));
                if !ok || !parts.iter().all(|p| digits(p)) {
                    return None;
                }
                let n = |k: usize| parts[k].parse::<u32>().ok();
                (n(0)? as i32, n(1)?, n(2)?)
            }
        };
        valid_date(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"))
    }

    /// Month and day of two numbers, by the policy of the module docs.
    fn month_and_day(&self, a: u32, b: u32) -> Option<(u32, u32)> {
        Some(match (a > 12, b > 12) {
            (true, true) => return None,
            (true, false) => (b, a),
            (false, true) => (a, b),
            (false, false) if self.day_first => (b, a),
            (false, false) => (a, b),
        })
    }

    /// `2025-06`, `2025/06`: a year and a month in two digits (`2010-11` is a season, the
    /// year and the next; `2008-15` a span of years).
    fn year_month(&self, i: usize) -> Option<(String, usize)> {
        let y = self.year_digits(i)?;
        let joined =
            matches!(self.word(i + 1), "-" | "/") && self.touching(i) && self.touching(i + 1);
        let w = self.word(i + 2);
        if !joined || w.len() != 2 || !digits(w) || !(1900..2100).contains(&y) {
            return None;
        }
        let m: u32 = w.parse().ok()?;
        let season = m == (y as u32 + 1) % 100;
        // Not a longer code: `2025-06-x`, `2025-06-30` split by the tokenizer.
        let more = self.touching(i + 2) && matches!(self.word(i + 3), "-" | "/" | ".");
        ((1..=12).contains(&m) && !season && !more).then(|| (format!("{y:04}-{m:02}"), i + 3))
    }

    /// `06/2025`: a month and a year.
    fn month_year(&self, i: usize) -> Option<(String, usize)> {
        let w = self.word(i);
        let joined = self.word(i + 1) == "/" && self.touching(i) && self.touching(i + 1);
        if !joined || !(1..=2).contains(&w.len()) || !digits(w) {
            return None;
        }
        let m: u32 = w.parse().ok()?;
        let y = self.year_digits(i + 2)?;
        let more = self.touching(i + 2) && matches!(self.word(i + 3), "-" | "/" | ".");
        ((1..=12).contains(&m) && (1900..2100).contains(&y) && !more)
            .then(|| (format!("{y:04}-{m:02}"), i + 3))
    }

    /// `05-Aug-2016`, `2019/aug/01`, `Sep-23-2020`, `Oct/2`, `Aug-2016`: a month name among
    /// numbers joined by one separator (`-` or `/`, touching), in any order. Of three parts,
    /// one is the month, a four-digit one the year and the other the day (`05-Aug-16`: a
    /// two-digit year last after a month in the middle).
    pub(crate) fn month_among_numbers(&self, i: usize) -> Option<(String, usize)> {
        let sep = self.word(i + 1);
        if !matches!(sep, "-" | "/") {
            return None;
        }
        let joined = |k: usize| self.word(k) == sep && self.touching(k - 1) && self.touching(k);
        let part = |k: usize| -> Option<Result<u32, &str>> {
            let w = self.lower(k);
            let stem = w.trim_end_matches('.');
            // Between digits any clear start of a name is a month: `Sep`, `Sept`, `Febr`.
            let named = |m: &(&str, &str)| stem.len() >= 3 && m.0.starts_with(stem);
            if let Some(m) = MONTHS.iter().position(|m| named(m) || m.1 == stem) {
                return Some(Ok(m as u32 + 1));
            }
            (self.kind(k) == Some(TokenKind::Number)
                && w.len() <= 4
                && w.bytes().all(|b| b.is_ascii_digit()))
            .then_some(Err(self.word(k)))
        };
        let mut parts = vec![part(i)?];
        let mut end = i + 1;
        while parts.len() < 3 && joined(end) {
            match part(end + 1) {
                Some(p) => parts.push(p),
                None => break,
            }
            end += 2;
        }
        // Not part of a longer code: `2019-aug-01-05`, `Oct/2/x`.
        let glued = self.touching(end - 1) && self.word(end).starts_with(char::is_alphanumeric);
        if joined(end) || parts.len() < 2 || glued {
            return None;
        }
        let months: Vec<usize> = (0..parts.len()).filter(|&k| parts[k].is_ok()).collect();
        let [at] = months[..] else {
            return None;
        };
        let m = parts[at].ok()?;
        let nums: Vec<&str> = parts.iter().filter_map(|p| p.err()).collect();
        let n = |s: &str| s.parse::<u32>().ok();
        let iso = match nums[..] {
            // `Oct/2`, `2/Oct`; `Aug-2016`
            [d] if d.len() <= 2 => {
                let d = n(d)?;
                valid_date(2000, m, d).then(|| format!("--{m:02}-{d:02}"))?
            }
            [y] if y.len() == 4 && at == 0 => format!("{y}-{m:02}"),
            [a, b] => {
                let (y, d) = match (a.len(), b.len()) {
                    (4, 1 | 2) => (n(a)? as i32, n(b)?),
                    (1 | 2, 4) => (n(b)? as i32, n(a)?),
                    (1 | 2, 2) if at == 1 => (self.two_digit_year(n(b)?), n(a)?),
                    _ => return None,
                };
                valid_date(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"))?
            }
            _ => return None,
        };
        Some((iso, end))
    }

    /// `11/20`, `22/04`: a month and day written with a slash, where a fraction is unlikely;
    /// where `ambiguous_ok` (after a weekday: `Friday 7/6`), two numbers up to 12 as well, in
    /// the document's order.
    pub(super) fn slash_day(&self, i: usize, ambiguous_ok: bool) -> Option<(String, usize)> {
        if !(self.word(i + 1) == "/" && self.touching(i) && self.touching(i + 1)) {
            return None;
        }
        let (a, b) = (self.word(i), self.word(i + 2));
        let num = |s: &str| {
            (s.len() <= 2 && digits(s))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        let (x, y) = (num(a)?, num(b)?);
        let padded = a.starts_with('0') || b.starts_with('0');
        let (m, d) = if x <= 12 && y <= 12 && ambiguous_ok {
            self.month_and_day(x, y)?
        } else if x <= 12 && (y >= 13 || padded) {
            (x, y)
        } else if x >= 13 && y <= 12 && (b.len() == 2 || ambiguous_ok) {
            // `22/04`, but not `24/7`.
            (y, x)
        } else {
            return None;
        };
        valid_date(2000, m, d).then(|| (format!("--{m:02}-{d:02}"), i + 3))
    }

    /// `7.6` after a weekday: a month and day in one token, in the document's order; not
    /// `7.6 percent`.
    pub(super) fn dotted_day(&self, i: usize) -> Option<(String, usize)> {
        let (a, b) = self.word(i).split_once('.')?;
        let num = |s: &str| {
            ((1..=2).contains(&s.len()) && digits(s))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        let (m, d) = self.month_and_day(num(a)?, num(b)?)?;
        // A decimal is likelier before most words (`Friday 1.5 million`, `Friday 2.5 points`,
        // `Friday 7.6 percent`); a date ends its phrase or goes on with `at` or `with`.
        let next = self.lower(i + 1);
        let phrase_end = self.kind(i + 1) != Some(TokenKind::Word) || matches!(next, "at" | "with");
        (valid_date(2000, m, d) && phrase_end && next != "%")
            .then(|| (format!("--{m:02}-{d:02}"), i + 1))
    }

    /// `7-6` after a weekday (`Friday 7-6`): a month and day joined by a hyphen, in the
    /// document's order, where the phrase ends (not a score: `won Friday 7-6 in overtime`).
    pub(super) fn hyphen_day(&self, i: usize) -> Option<(String, usize)> {
        if !(self.hyphen_within(i + 1)) {
            return None;
        }
        let num = |s: &str| {
            ((1..=2).contains(&s.len()) && digits(s))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        let (m, d) = self.month_and_day(num(self.word(i))?, num(self.word(i + 2))?)?;
        let next = self.lower(i + 3);
        let ends = self.kind(i + 3) != Some(TokenKind::Word) || matches!(next, "at" | "with");
        let more = self.touching(i + 2) && self.kind(i + 3) != Some(TokenKind::Word);
        (valid_date(2000, m, d) && ends && !more && self.kind(i + 3) != Some(TokenKind::Number))
            .then(|| (format!("--{m:02}-{d:02}"), i + 3))
    }

    /// `Dec31`, `March3`: a month's name and its day in one token.
    pub(super) fn glued_month_day(&self, i: usize) -> Option<(u32, u32)> {
        let w = self.lower(i);
        let cut = w.find(|c: char| c.is_ascii_digit())?;
        let (name, day) = w.split_at(cut);
        if name.len() < 3 || !(1..=2).contains(&day.len()) || !digits(day) {
            return None;
        }
        let m = MONTHS.iter().position(|m| m.0 == name || m.1 == name)? as u32 + 1;
        let d: u32 = day.parse().ok()?;
        valid_date(2000, m, d).then_some((m, d))
    }
}
