//! Numbers written in digits: `95,000`, `1 234 567`, `1.5`, `21st`, `3/4`, `10 1/2`, `½`,
//! `1.2e+6`, `6.23 × 10^-4`, and a scale after them (`1.5 million`, `95k`).

use super::number::{Num, SCALES};
use super::reader::Cx;
use crate::tokenize::TokenKind;
use std::borrow::Cow;

impl Cx<'_> {
    /// `1 234 567`, `40 000`, `1 234 567.89`: groups of three digits after single spaces,
    /// the first of one to three digits, not within a longer run of digits (`423 0000`).
    fn space_grouped(&self, i: usize) -> Option<Num> {
        let digits = |k: usize, n: usize| {
            let w = self.word(k);
            self.kind(k) == Some(TokenKind::Number)
                && w.len() == n
                && w.bytes().all(|b| b.is_ascii_digit())
        };
        let space_after = |k: usize| match (self.tokens.get(k), self.tokens.get(k + 1)) {
            (Some(a), Some(b)) => &self.text[a.span.end..b.span.start] == " ",
            _ => false,
        };
        // A first group of one or two digits: `906 962` may be two columns of a table.
        let first = (1..=2).any(|n| digits(i, n)) && !self.word(i).starts_with('0');
        let after_number = i > 0
            && (self.touching(i - 1)
                || (space_after(i - 1) && self.kind(i - 1) == Some(TokenKind::Number)));
        if !first || after_number {
            return None;
        }
        let mut k = i;
        while space_after(k) && digits(k + 1, 3) {
            k += 1;
        }
        // Mostly none follows: no string is made for a lone number.
        if k == i {
            return None;
        }
        let mut joined: String = (i..=k).map(|j| self.word(j)).collect();
        // A last group with decimals: `567.89`.
        if k > i && space_after(k) {
            let w = self.word(k + 1);
            if let Some((g, f)) = w.split_once('.') {
                if g.len() == 3 && clean_digits(w).is_some() {
                    k += 1;
                    joined = format!("{joined}{g}.{f}");
                }
            }
        }
        // Not within a longer run (`423 0000`) or a phone number (`2 373-1800`).
        let longer = (space_after(k) && self.kind(k + 1) == Some(TokenKind::Number))
            || (self.touching(k)
                && matches!(self.word(k + 1), "-" | "/" | ":" | "." | ",")
                && self.kind(k + 2) == Some(TokenKind::Number));
        if k == i || longer {
            return None;
        }
        Some(Num::plain(joined.parse().ok()?, k + 1))
    }

    /// A signed exponent of at most three digits at `k`, its sign touching it (`-4`, `+14`,
    /// `23`), and the token after.
    fn exponent(&self, k: usize) -> Option<(i32, usize)> {
        let (sign, k) = match self.word(k) {
            "+" | "--" if self.touching(k) => (1, k + 1),
            "-" | "−" if self.touching(k) => (-1, k + 1),
            _ => (1, k),
        };
        let w = self.word(k);
        let ok = self.kind(k) == Some(TokenKind::Number)
            && (1..=3).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| (sign * w.parse::<i32>().unwrap_or(0), k + 1))
    }

    /// A power after the number at `i`, touching it: `12.32e+14`, `1.1^23`, `2.5^-1`,
    /// `1.3x10^6`, `6.23 × 10^-4`; the mantissa's digits given. The value and the token after.
    fn power(&self, i: usize, digits: &str) -> Option<(f64, usize)> {
        let exponent = |k: usize| self.exponent(k);
        let k = i + 1;
        if !self.touching(i) {
            // `6.23 × 10^-4`
            if matches!(self.word(k), "×" | "x") && self.word(k + 1) == "10" {
                let (e, j) = (self.word(k + 2) == "^" && self.touching(k + 1))
                    .then(|| exponent(k + 3))
                    .flatten()?;
                return Some((format!("{digits}e{e}").parse().ok()?, j));
            }
            return None;
        }
        match self.word(k) {
            "e" | "E" => {
                let (e, j) = exponent(k + 1)?;
                Some((format!("{digits}e{e}").parse().ok()?, j))
            }
            "^" => {
                let (e, j) = exponent(k + 1)?;
                let base: f64 = digits.parse().ok()?;
                Some((base.powi(e), j))
            }
            "×" | "x" if self.word(k + 1) == "10" && self.word(k + 2) == "^" => {
                let (e, j) = exponent(k + 3)?;
                Some((format!("{digits}e{e}").parse().ok()?, j))
            }
            _ => None,
        }
    }

    /// `95,000`, `1.5`, `21st`, `3/4`, `10 1/2`, `½`, `1.5 million`, `95k`.
    pub(super) fn digits_number(&self, i: usize, money: bool) -> Option<Num> {
        let w = self.word(i);
        let mut num = Num {
            bare_digits: true,
            ..Num::plain(0.0, i + 1)
        };
        if let Some(&(_, v)) = VULGAR_FRACTIONS.iter().find(|(f, _)| *f == w) {
            num.value = v;
            num.bare_digits = false;
            return Some(num);
        }
        if let Some(n) = parse_ordinal_digits(w) {
            num.value = n;
            num.ordinal = true;
            num.bare_digits = false;
            return Some(num);
        }
        // `1.3x10^6`: the mantissa and `x10` in one token.
        if let Some(m) = w.strip_suffix("x10").and_then(clean_digits) {
            if self.word(i + 1) == "^" && self.touching(i) {
                let (e, j) = self.exponent(i + 2)?;
                num.value = format!("{m}e{e}")
                    .parse()
                    .ok()
                    .filter(|v: &f64| v.is_finite())?;
                num.end = j;
                num.bare_digits = false;
                return Some(num);
            }
        }
        if let Some(found) = self.space_grouped(i) {
            return Some(found);
        }
        let digits = clean_digits(w).or_else(|| scientific(w).map(Cow::Owned))?;
        num.value = digits.parse().ok().filter(|v: &f64| v.is_finite())?;
        if let Some((value, end)) = self.power(i, &digits).filter(|p| p.0.is_finite()) {
            num.value = value;
            num.end = end;
            num.bare_digits = false;
            return Some(num);
        }
        // A fraction `3/4` (three tokens, touching); not a rate, `$1.99/month`.
        if self.word(i + 1) == "/"
            && self.touching(i)
            && self.touching(i + 1)
            && self.kind(i + 2) == Some(TokenKind::Number)
        {
            let den: f64 = clean_digits(self.word(i + 2))?.parse().ok()?;
            // `3/4`, `1/16`; not `9/11` or `24/7`, which are names and codes.
            if !FRACTION_DENOMINATORS.contains(&den) || digits.contains('.') || num.value >= den {
                return None;
            }
            num.value /= den;
            num.end = i + 3;
            num.bare_digits = false;
            return Some(num);
        }
        // A mixed fraction `10 1/2`, `2 ½`.
        if !digits.contains('.') {
            let k = i + 1;
            if let Some(&(_, v)) = VULGAR_FRACTIONS.iter().find(|(f, _)| *f == self.word(k)) {
                num.value += v;
                num.end = k + 1;
                num.bare_digits = false;
                return Some(num);
            }
            if self.kind(k) == Some(TokenKind::Number)
                && self.word(k + 1) == "/"
                && self.touching(k)
                && self.touching(k + 1)
            {
                let a: f64 = clean_digits(self.word(k))?.parse().ok()?;
                let b: f64 = clean_digits(self.word(k + 2)).and_then(|s| s.parse().ok())?;
                if b > a && a > 0.0 {
                    num.value += a / b;
                    num.end = k + 3;
                    num.bare_digits = false;
                    return Some(num);
                }
            }
        }
        // `$5.5-million`: a hyphened scale after money.
        let hyphened_scale = money
            && self.word(i + 1) == "-"
            && self.touching(i)
            && self.touching(i + 1)
            && SCALES.iter().any(|s| s.0 == self.lower(i + 2));
        let at_scale = if hyphened_scale { i + 2 } else { i + 1 };
        let decimal = digits.contains('.');
        if let Some((mut p, mut j)) = self.scale(at_scale, !hyphened_scale, money, decimal) {
            // `1.5 lakh crore`, `10 thousand crore`: Indian compound scales.
            if matches!(p, 3 | 5) && matches!(self.lower(j), "crore" | "crores") {
                p += 7;
                j += 1;
            }
            // Exact decimal scaling: `48.2` million is 48200000, not 48200000.000000007.
            num.value = format!("{digits}e{p}").parse().unwrap_or(num.value);
            num.end = j;
            num.bare_digits = false;
            num.scaled = true;
            // `1.5 million and a half` is rare; `3 dozen` is not.
        } else if matches!(self.lower(i + 1), "dozen" | "dozens" | "dzs" | "doz") {
            num.value *= 12.0;
            num.end = i + 2;
            num.bare_digits = false;
        }
        Some(num)
    }
}

/// `21st` → 21; `2nd`, `103rd`; not `1th`.
pub(super) fn parse_ordinal_digits(w: &str) -> Option<f64> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    // No suffix, no ordinal (most numbers): nothing to parse.
    if suffix.is_empty()
        || digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || digits.len() > 12
    {
        return None;
    }
    let n: u64 = digits.parse().ok()?;
    let want = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    suffix.eq_ignore_ascii_case(want).then_some(n as f64)
}

/// `95,000` → `95000`; `1,234.5`; `12,34,567`; `0.75`; rejects `1,2`, `1.2.3`, `12a`.
fn clean_digits(w: &str) -> Option<Cow<'_, str>> {
    // Most numbers are plain digits (`3`, `1996`): themselves, without splitting or copying.
    if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Cow::Borrowed(w));
    }
    let (int, frac) = match w.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (w, None),
    };
    if int.is_empty() || !int.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // `1,234`, and `40 000` with a (narrow) no-break or thin space.
    let groups: Vec<&str> = int.split([',', '\u{202f}', '\u{a0}', '\u{2009}']).collect();
    let n = groups.len();
    // `1,234,567`; or the Indian `12,34,567` (lakhs and crores): pairs, then three.
    let indian = n > 2
        && groups[0].len() <= 2
        && groups[1..n - 1].iter().all(|g| g.len() == 2)
        && groups[n - 1].len() == 3;
    let grouped_ok = n == 1
        || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3))
        || (indian && int.contains(','));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !grouped_ok || !groups.iter().all(|g| all_digits(g)) || frac.is_some_and(|f| !all_digits(f))
    {
        return None;
    }
    let mut s: String = groups.concat();
    if let Some(f) = frac {
        s.push('.');
        s.push_str(f);
    }
    Some(Cow::Owned(s))
}

/// `1.3e6`, `12.32e+14`: digits with an exponent, as Rust reads them.
fn scientific(w: &str) -> Option<String> {
    let (mantissa, exponent) = w.split_once(['e', 'E'])?;
    let exponent = exponent.strip_prefix('+').unwrap_or(exponent);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let m_ok = mantissa
        .split_once('.')
        .map_or(digits(mantissa), |(a, b)| digits(a) && digits(b));
    let e_ok = digits(exponent.strip_prefix('-').unwrap_or(exponent)) && exponent.len() <= 4;
    (m_ok && e_ok).then(|| format!("{mantissa}e{exponent}"))
}

/// `95,000` → 95000, as [`parse_digits`] but not checked to be finite (a run of digits too
/// long for an `f64` is infinite); a range's scale reads it so.
pub(super) fn clean_number(w: &str) -> Option<f64> {
    clean_digits(w)?.parse().ok()
}

/// `95,000` → 95000; `1,234.5` → 1234.5; `0.75`; rejects `1,2`, `1.2.3`, `12a`.
pub(super) fn parse_digits(w: &str) -> Option<f64> {
    clean_number(w).filter(|v| v.is_finite())
}

/// Single-character fractions.
const VULGAR_FRACTIONS: &[(&str, f64)] = &[
    ("½", 0.5),
    ("¼", 0.25),
    ("¾", 0.75),
    ("⅓", 1.0 / 3.0),
    ("⅔", 2.0 / 3.0),
    ("⅕", 0.2),
    ("⅖", 0.4),
    ("⅗", 0.6),
    ("⅘", 0.8),
    ("⅙", 1.0 / 6.0),
    ("⅚", 5.0 / 6.0),
    ("⅛", 0.125),
    ("⅜", 0.375),
    ("⅝", 0.625),
    ("⅞", 0.875),
];

/// Denominators of fractions written with a slash (`3/4`); others (`9/11`, `24/7`) are
/// names or codes.
const FRACTION_DENOMINATORS: &[f64] =
    &[2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 16.0, 32.0, 64.0, 100.0];
