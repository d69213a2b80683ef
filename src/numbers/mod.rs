//! Numbers, money, percentages and dates written with digits or calendar words.
//!
//! Find → parse → normalise, over tokens. Each pattern starts at a token and reads forward;
//! the vocabulary (qualifiers, currencies, scales, months, weekdays) is in [`tables`], so
//! the grammar grows by adding rows, not branches.
//!
//! This stage covers numbers written in digits (`95,000`, `1.5 million`), with an optional
//! qualifier (`over`, `approximately`), percent (`20%`, `20 percent`), money with a symbol or
//! code (`$5`, `£3.2bn`, `US$5`), and calendar dates (`February 2022`, `29 November 2026`,
//! `Nov. 29, 2026`, `2026-11-29`, `in 2024`, `Friday`). Years are dates, never CARDINAL.

mod tables;

use crate::annotation::{Annotation, Label, Value};
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};
use tables::{CURRENCY_SYMBOLS, MONTHS, QUALIFIERS, SCALES, WEEKDAYS, YEAR_PREPOSITIONS};

/// Finds the numeric and calendar annotations among `tokens` of `text`, sorted, not
/// overlapping. Linear in the number of tokens.
pub fn find(text: &str, tokens: &[Token]) -> Vec<Annotation> {
    let words: Vec<&str> = tokens.iter().map(|t| t.span.of(text)).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let cx = Cx {
        tokens,
        words: &words,
        lower: &lower,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match cx.date(i).or_else(|| cx.amount(i)) {
            Some((end, ann)) => {
                out.push(ann);
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

struct Cx<'a> {
    tokens: &'a [Token],
    words: &'a [&'a str],
    lower: &'a [String],
}

impl Cx<'_> {
    fn span(&self, from: usize, to: usize) -> Span {
        self.tokens[from].span.cover(self.tokens[to - 1].span)
    }

    fn lower(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    /// Whether tokens `i..` spell the words of `phrase` (lower-case, space-separated).
    fn phrase_at(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut j = i;
        for w in phrase.split(' ') {
            if self.lower(j) != w {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    /// The digits number at token `i`: `95,000`, `1,234.5`, `0.75`, `43`.
    fn digits(&self, i: usize) -> Option<f64> {
        let t = self.tokens.get(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        parse_digits(self.words[i])
    }

    /// A scale word after a number (`million`, `bn`, `k`): its multiplier and the next index.
    fn scale(&self, i: usize) -> Option<(f64, usize)> {
        SCALES
            .iter()
            .find(|(w, _)| self.lower(i) == *w)
            .map(|&(_, m)| (m, i + 1))
    }

    /// A currency before the number: `$`, `US$`, `£`, `USD`.
    fn currency_before(&self, i: usize) -> Option<(&'static str, usize)> {
        CURRENCY_SYMBOLS.iter().find_map(|&(sym, code)| {
            let mut j = i;
            for part in sym.split(' ') {
                if self.words.get(j) != Some(&part) {
                    return None;
                }
                j += 1;
            }
            Some((code, j))
        })
    }

    /// `[qualifier] [currency] number [scale] [% | percent]`.
    fn amount(&self, i: usize) -> Option<(usize, Annotation)> {
        let (qualifier, after_q) = QUALIFIERS
            .iter()
            .find_map(|q| self.phrase_at(i, q.0).map(|j| (Some(q), j)))
            .unwrap_or((None, i));
        let (currency, at_number) = match self.currency_before(after_q) {
            Some((code, j)) => (Some(code), j),
            None => (None, after_q),
        };
        let mut number = self.digits(at_number)?;
        let mut end = at_number + 1;
        if currency.is_none() && self.is_year(at_number) {
            return None;
        }
        if let Some((m, j)) = self.scale(end) {
            number *= m;
            end = j;
        }
        let mut label = Label::Cardinal;
        let mut value = Value::number(number);
        if let Some(code) = currency {
            label = Label::Money;
            value.currency = Some(code.to_string());
        } else if let Some(j) = ["%", "percent", "per cent", "pct"]
            .iter()
            .find_map(|p| self.phrase_at(end, p))
        {
            label = Label::Percent;
            end = j;
        }
        if let Some(&(_, bound, approx)) = qualifier {
            value.bound = bound;
            value.approx = approx.then_some(true);
        }
        // Codes and names with digits are not numbers: `G7`, `v2`, a lone `4` in `4x4`.
        if self.tokens[at_number].kind != TokenKind::Number {
            return None;
        }
        Some((
            end,
            Annotation {
                span: self.span(i, end),
                label,
                value: Some(value),
                score: None,
            },
        ))
    }

    /// A four-digit year (1000–2099) written plainly, as opposed to a count.
    fn is_year(&self, i: usize) -> bool {
        let w = self.words[i];
        w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (1000..2100).contains(&w.parse::<u32>().unwrap_or(0))
            && !self
                .lower(i + 1)
                .starts_with(|c: char| c.is_alphabetic() && c.is_lowercase())
    }

    fn month(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.lower(i);
        let (stem, dotted) = match w.strip_suffix('.') {
            Some(s) => (s, true),
            None => (w, false),
        };
        MONTHS
            .iter()
            .position(|m| {
                m.0 == stem || (m.1 == stem && (dotted || stem.len() > 3 || stem == "may"))
            })
            .map(|k| (k as u32 + 1, i + 1))
        // `May` is a month only with a day or year beside it; the caller checks.
    }

    fn year(&self, i: usize) -> Option<i32> {
        let w = self.words.get(i)?;
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
    }

    fn day(&self, i: usize) -> Option<u32> {
        let w = self.lower(i);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        let ok_suffix = matches!(suffix, "" | "st" | "nd" | "rd" | "th");
        let d: u32 = digits.parse().ok()?;
        (ok_suffix && digits.len() <= 2 && (1..=31).contains(&d)).then_some(d)
    }

    /// `[day] Month [day][,] [year]`, `2026-11-29`, `in 2024`, weekdays.
    fn date(&self, i: usize) -> Option<(usize, Annotation)> {
        let ann = |from: usize, to: usize, value: Value| {
            Some((
                to,
                Annotation {
                    span: self.span(from, to),
                    label: Label::Date,
                    value: Some(value),
                    score: None,
                },
            ))
        };
        let iso = |s: String| Value {
            iso: Some(s),
            ..Value::default()
        };
        if let Some(k) = WEEKDAYS.iter().position(|w| self.lower(i) == *w) {
            if self.words[i].starts_with(char::is_uppercase) {
                return ann(
                    i,
                    i + 1,
                    Value {
                        weekday: Some(k as u8 + 1),
                        ..Value::default()
                    },
                );
            }
        }
        if let Some(v) = parse_iso_date(self.words[i]) {
            return ann(i, i + 1, iso(v));
        }
        // Day Month [Year]
        if let Some(d) = self.day(i) {
            if let Some((m, j)) = self.month(i + 1) {
                return match self.year(j) {
                    Some(y) if valid_date(y, m, d) => {
                        ann(i, j + 1, iso(format!("{y:04}-{m:02}-{d:02}")))
                    }
                    _ => ann(i, j, iso(format!("--{m:02}-{d:02}"))),
                };
            }
        }
        if let Some((m, j)) = self.month(i) {
            if !self.words[i].starts_with(char::is_uppercase) {
                return None;
            }
            // Month Day[,] [Year]
            if let Some(d) = self.day(j) {
                let k = if self.words.get(j + 1) == Some(&",") {
                    j + 2
                } else {
                    j + 1
                };
                return match self.year(k) {
                    Some(y) if valid_date(y, m, d) => {
                        ann(i, k + 1, iso(format!("{y:04}-{m:02}-{d:02}")))
                    }
                    _ => ann(i, j + 1, iso(format!("--{m:02}-{d:02}"))),
                };
            }
            // Month Year
            if let Some(y) = self.year(j) {
                return ann(i, j + 1, iso(format!("{y:04}-{m:02}")));
            }
            if self.lower(i) != "may" && !self.lower(i).ends_with('.') {
                return ann(i, j, iso(format!("--{m:02}")));
            }
            return None;
        }
        // `in 2024`: a year after a preposition that takes one.
        if let Some(y) = self.year(i) {
            let after_prep = i > 0 && YEAR_PREPOSITIONS.contains(&self.lower(i - 1));
            if after_prep && self.is_year(i) {
                return ann(i, i + 1, iso(format!("{y:04}")));
            }
        }
        None
    }
}

/// `95,000` → 95000; `1,234.5` → 1234.5; `0.75`; rejects `1,2`, `1.2.3`, `12a`.
pub fn parse_digits(w: &str) -> Option<f64> {
    let (int, frac) = match w.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (w, None),
    };
    if int.is_empty() || !int.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let groups: Vec<&str> = int.split(',').collect();
    let grouped_ok =
        groups.len() == 1 || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
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
    s.parse().ok()
}

/// `2026-11-29` (a real calendar date) → `"2026-11-29"`.
fn parse_iso_date(w: &str) -> Option<String> {
    let (y, m, d) = parse_calendar_date(w)?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// `YYYY-MM-DD`, a real calendar date, → (year, month, day).
pub fn parse_calendar_date(w: &str) -> Option<(i32, u32, u32)> {
    let mut parts = w.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some()
        || y.len() != 4
        || m.len() != 2
        || d.len() != 2
        || !(digits(y) && digits(m) && digits(d))
    {
        return None;
    }
    let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    valid_date(y, m, d).then_some((y, m, d))
}

fn valid_date(y: i32, m: u32, d: u32) -> bool {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    (1..=12).contains(&m) && d >= 1 && d <= days[m as usize - 1]
}
