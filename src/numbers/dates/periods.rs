//! Periods: years and decades (`in 2024`, `the 1990s`, `the '90s`, `mid-2023`), centuries
//! (`the 18th century`), parts of a year (`the third quarter of 2025`, `Q3`, `1H24`, `the
//! summer of 2019`), fiscal years (`fiscal 2024`, `FY25`), parts of a period (`late last
//! year`, `the end of March`), and spans whose length is not given (`recent days`).

use super::calendar::{MONTHS, YEAR_PREPOSITIONS};
use super::{iso_value, iso_value_opt};
use crate::annotation::{Annotation, Label, Value};
use crate::numbers::digits::parse_ordinal_digits;
use crate::numbers::reader::Cx;
use crate::numbers::vocabulary::POSSESSIVES;
use crate::numbers::words;
use crate::tokenize::TokenKind;
use chrono::Datelike;

/// A part of a year or a fiscal year written as one code (lower-case): `q3`, `3q`, `h1`,
/// `1h`, with a year after it (`3q24`, `1h2024`, `q3'24`), `fy2024`, `fy24`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct PeriodCode {
    /// TIMEX letter and number of the part (`('Q', 3)`), or `None` for a fiscal year.
    pub part: Option<(char, u32)>,
    /// The year written in it, and whether in two digits.
    pub year: Option<(u32, bool)>,
}

/// Reads `w` (one lower-case token) as a [`PeriodCode`].
pub(crate) fn period_code(w: &str) -> Option<PeriodCode> {
    // A year after a code: 2 or 4 digits, after an apostrophe where `apostrophe`.
    let year = |rest: &str, apostrophe: bool| -> Option<Option<(u32, bool)>> {
        if rest.is_empty() {
            return Some(None);
        }
        let digits = match rest.strip_prefix('\'') {
            Some(d) => d,
            None if apostrophe => return None,
            None => rest,
        };
        let ok = matches!(digits.len(), 2 | 4) && digits.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| digits.parse().ok().map(|y| (y, digits.len() == 2)))
            .flatten()
            .map(Some)
    };
    let b = w.as_bytes();
    if let Some(rest) = w.strip_prefix("fy") {
        let y = year(rest, false)??;
        return Some(PeriodCode {
            part: None,
            year: Some(y),
        });
    }
    let (letter, n, rest) = match (b.first()?, b.get(1)?) {
        // `q3`, `h1`: a year only after an apostrophe (`q324` is not one).
        (&l @ (b'q' | b'h'), &d) if d.is_ascii_digit() => (l, d - b'0', &w[2..]),
        (&d, &l @ (b'q' | b'h')) if d.is_ascii_digit() => (l, d - b'0', &w[2..]),
        _ => return None,
    };
    let quarter = letter == b'q';
    let count = if quarter { 4 } else { 2 };
    if !(1..=count).contains(&n) {
        return None;
    }
    let letter_first = b[0] == letter;
    Some(PeriodCode {
        part: Some((if quarter { 'Q' } else { 'H' }, n as u32)),
        year: year(rest, letter_first)?,
    })
}

/// A decade in two digits (`60s`, lower-case token): its first year within the century.
pub(crate) fn two_digit_decade(w: &str) -> Option<u32> {
    decade_digits(w.strip_suffix('s')?, 2)
}

/// `d` as a decade's first year written in `len` digits (`90`, `1990`): ASCII digits ending
/// in `0`.
fn decade_digits(d: &str, len: usize) -> Option<u32> {
    let digits = d.len() == len && d.ends_with('0') && d.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| d.parse().ok()).flatten()
}

impl Cx<'_> {
    /// `late last year`, `early next month`, `the end of the year`, `the start of next
    /// month`, `the middle of March`, `the turn of the century`: a part of a period, with the
    /// period's value. (Reads only the simpler date forms after it, so it cannot nest.)
    pub(super) fn part_of_period(&self, i: usize) -> Option<(usize, Annotation)> {
        let k = if self.lower(i) == "the" { i + 1 } else { i };
        let inner = match self.lower(k) {
            // `late last year`; `late Monday` stays the weekday's.
            "early" | "mid" | "late" if k == i => k + 1,
            "end" | "beginning" | "start" | "middle" | "turn" if k > i => {
                if self.lower(k + 1) != "of" {
                    return None;
                }
                k + 2
            }
            _ => return None,
        };
        // `the end of the year`: the current one (not `the end of the day`, an idiom).
        if k > i && self.lower(inner) == "the" {
            let unit = self.lower(inner + 1);
            if matches!(unit, "week" | "month" | "year" | "decade" | "century") {
                return self.date_ann(i, inner + 2, self.relative_value(0, unit));
            }
        }
        // `late spring`, `early summer 2025`: a season after `early` or `late`.
        let season = || {
            let (end, ann) = self.quarter_or_season(inner)?;
            let iso = ann.value.as_ref()?.iso.as_deref()?;
            let season = SEASONS.iter().any(|&(_, code)| iso.ends_with(code));
            (k == i && season).then_some((end, ann))
        };
        let (end, ann) = self
            .relative_date(inner)
            .or_else(season)
            .or_else(|| (k > i).then(|| self.calendar_date(inner)).flatten())
            .or_else(|| (k > i).then(|| self.period_date(inner)).flatten())?;
        let value = ann.value.unwrap_or_default();
        // A period, not a day: `late last year`, but not `late yesterday`, `early Monday`.
        let day = value.weekday.is_some()
            || value.iso.as_deref().is_some_and(|iso| iso.len() == 10)
            || value.relative.as_ref().is_some_and(|r| r.unit == "day");
        (!day).then(|| (end, self.ann(i, end, Label::Date, value)))
    }

    /// `the first quarter of 2024`, `Q3 2024`, `3Q24`, `the second quarter of last year`,
    /// `first-half 2023`, `the third quarter of fiscal 2024`, `the summer of 2020`, `winter
    /// 2021`: a part of a year (TIMEX `2024-Q1`, `2023-H1`, `FY2024-Q3`, `2020-SU`). A quarter
    /// may stand without its year (`the third quarter`, `third-quarter profit`, `in Q3`:
    /// `XXXX-Q3`); a half or a season needs one (`the second half` of a match is no date).
    pub(super) fn quarter_or_season(&self, i: usize) -> Option<(usize, Annotation)> {
        let k = if self.lower(i) == "the" { i + 1 } else { i };
        let w = self.lower(k);
        // The part's code, the token after it, a year written in it, and whether it may
        // stand alone.
        // `2Q 2022`: the digit and the letter of a code may be two tokens.
        let split_code = || {
            let joined = (self.kind(k) == Some(TokenKind::Number) && self.touching(k))
                .then(|| format!("{w}{}", self.lower(k + 1)))?;
            period_code(&joined)
                .filter(|c| c.year.is_none())
                .map(|c| (c, k + 2))
        };
        let code = period_code(w).map(|c| (c, k + 1)).or_else(split_code);
        let (part, j, glued, alone) = if let Some((code, after)) = code {
            let (letter, n) = code.part?;
            // `H1` only in capitals; `Audi Q3` is a car: a code alone not after a name.
            let written =
                self.word(k).to_string() + if after > k + 1 { self.word(k + 1) } else { "" };
            if letter == 'H' && !self.all_lower && !written.contains('H') {
                return None;
            }
            let after_name = k > 0
                && !self.sentence_start(k)
                && self.word(k - 1).starts_with(char::is_uppercase);
            let year = code.year.map(|(y, short)| {
                let y = if short {
                    self.two_digit_year(y)
                } else {
                    y as i32
                };
                (y, false)
            });
            (
                format!("{letter}{n}"),
                after,
                year,
                letter == 'Q' && !after_name,
            )
        } else if let Some(&(_, code)) = SEASONS.iter().find(|s| s.0 == w) {
            // `fall` and `spring` are verbs too: lower-case, only after an article or a
            // preposition (`in spring 2021`, not `prices fall 2020 …`).
            let verb = matches!(w, "fall" | "spring")
                && !self.word(k).starts_with(char::is_uppercase)
                && k == i
                && !(i > 0 && YEAR_PREPOSITIONS.contains(&self.lower(i - 1)));
            if verb {
                return None;
            }
            (code.to_string(), k + 1, None, self.season_alone(i, k))
        } else {
            let spelled = |w: &str| {
                let s = words::spelled(std::iter::once(w))?;
                s.ordinal.then_some(s.value)
            };
            // `third-quarter`, `first-half` in lower case: one token, the compound's.
            let glued = YEAR_PARTS.iter().find_map(|p| {
                let ord = w.strip_suffix(p.0)?.strip_suffix('-')?;
                Some((ord, p.0))
            });
            let (n, part, after) = if let Some((ord, part)) = glued {
                let n = parse_ordinal_digits(ord).or_else(|| spelled(ord))?;
                (n, part, k + 1)
            } else {
                let n = if self.kind(k) == Some(TokenKind::Number) {
                    parse_ordinal_digits(w)?
                } else if self.opens_spelled(k) {
                    spelled(w)?
                } else {
                    return None;
                };
                // `third quarter`, `Third-quarter`
                let hyphen = self.hyphen_within(k + 1);
                let at = if hyphen { k + 2 } else { k + 1 };
                (n, self.lower(at), at + 1)
            };
            let &(_, letter, count) = YEAR_PARTS.iter().find(|p| p.0 == part)?;
            if !(1.0..=count as f64).contains(&n) {
                return None;
            }
            (format!("{letter}{n}"), after, None, letter == 'Q')
        };
        let of = self.lower(j) == "of";
        let y = if of { j + 1 } else { j };
        let year = match glued {
            Some(year) => Some((Some(year), j)),
            None => match (
                self.fiscal_year_at(y),
                self.year_at(y),
                self.relative_year(y),
            ) {
                (Some((year, end)), _, _) => Some((Some((year, true)), end)),
                // `Q3 2024`, but not `summer 2020 points`; `the second half of 2023 sales`.
                (_, Some((_, end)), _) if !of && self.counted_year(end - 1) => None,
                (_, Some((year, end)), _) => Some((Some((year, false)), end)),
                (_, _, Some((offset, end))) => {
                    let year = self.reference().and_then(|r| r.year().checked_add(offset));
                    Some((year.map(|y| (y, false)), end))
                }
                _ => None,
            },
        };
        let (iso, end) = match year {
            Some((Some((y, true)), end)) => (Some(format!("FY{y:04}-{part}")), end),
            Some((Some((y, false)), end)) => (Some(format!("{y:04}-{part}")), end),
            Some((None, end)) => (None, end),
            None if alone => (Some(format!("XXXX-{part}")), j),
            None => return None,
        };
        self.date_ann(i, end, iso_value_opt(iso))
    }

    /// Whether the season at `k` (after `the` at `i` when `k > i`) is a date without its year
    /// (TIMEX `XXXX-SU`): `in the summer`, `over the winter`, `late spring`, `in the fall,`.
    /// Written in lower case (`Summer` is a name), after a preposition of time or `early`,
    /// `late` (`spring` and `fall` only so: `the fall in prices`), or after `the` (`the
    /// summer was hot`), and before no word it qualifies (`the winter storm`, `the fall of
    /// Rome`).
    fn season_alone(&self, i: usize, k: usize) -> bool {
        let w = self.lower(k);
        let cued = i > 0 && SEASON_CUES.contains(&self.lower(i - 1));
        let placed = cued || (k > i && !matches!(w, "spring" | "fall"));
        let next = self.word(k + 1);
        let free = !next.starts_with(char::is_alphanumeric)
            || SEASON_FOLLOWERS.contains(&self.lower(k + 1));
        placed && free && self.word(k) == w
    }

    /// `recent days`, `the coming weeks`, `the past few months`, `the weeks ahead`: a span of
    /// time before or after now whose length the text does not give (a DATE without a
    /// value).
    pub(super) fn vague_span(&self, i: usize) -> Option<(usize, Annotation)> {
        let the = self.lower(i) == "the";
        let k = if the { i + 1 } else { i };
        let few = |j: usize| FEW_WORDS.iter().find_map(|f| self.phrase_at(j, f));
        let unit = |j: usize| PLURAL_UNITS.contains(&self.lower(j)).then_some(j + 1);
        // `the weeks ahead`
        if the {
            if let Some(j) = unit(k).filter(|&j| self.lower(j) == "ahead") {
                return self.date_ann(i, j + 1, Value::default());
            }
        }
        let &(_, needs) = VAGUE_SPAN_HEADS.iter().find(|h| h.0 == self.lower(k))?;
        let after_few = few(k + 1);
        if needs && !the && after_few.is_none() {
            return None;
        }
        let end = unit(after_few.unwrap_or(k + 1))?;
        self.date_ann(i, end, Value::default())
    }

    /// `fiscal 2024`, `fiscal year 2023`, `FY2024`, `FY 24`, `the 2024 fiscal year`: a
    /// fiscal year (TIMEX `FY2024`).
    pub(super) fn fiscal_year(&self, i: usize) -> Option<(usize, Annotation)> {
        let (year, end) = self.fiscal_year_at(i).or_else(|| {
            let k = if self.lower(i) == "the" { i + 1 } else { i };
            let y = self.year_digits(k)?;
            let fiscal = self.lower(k + 1) == "fiscal" && self.lower(k + 2) == "year";
            fiscal.then_some((y, k + 3))
        })?;
        self.date_ann(i, end, iso_value(format!("FY{year:04}")))
    }

    /// A fiscal year at `k` (`fiscal 2024`, `fiscal year 2023`, `FY2024`, `FY24`, `FY
    /// 2024`) and the token after it.
    fn fiscal_year_at(&self, k: usize) -> Option<(i32, usize)> {
        let two_or_four = |j: usize| {
            let w = self.word(j);
            let digits = self.kind(j) == Some(TokenKind::Number)
                && matches!(w.len(), 2 | 4)
                && w.bytes().all(|b| b.is_ascii_digit());
            let y: u32 = w.parse().ok().filter(|_| digits)?;
            Some(if w.len() == 2 {
                self.two_digit_year(y)
            } else {
                y as i32
            })
        };
        match self.lower(k) {
            "fiscal" => {
                let j = if matches!(self.lower(k + 1), "year" | "yr") {
                    k + 2
                } else {
                    k + 1
                };
                Some((self.year_digits(j)?, j + 1))
            }
            "fy" if self.word(k) == "FY" || self.all_lower => Some((two_or_four(k + 1)?, k + 2)),
            w => {
                let code = period_code(w).filter(|c| c.part.is_none())?;
                let (y, short) = code.year?;
                let capitals = self.word(k).starts_with("FY") || self.all_lower;
                capitals.then(|| {
                    let y = if short {
                        self.two_digit_year(y)
                    } else {
                        y as i32
                    };
                    (y, k + 1)
                })
            }
        }
    }

    /// Years and decades: `in 2024`, `the 1990s`, `mid-2023`, `early 2024`, `2010-2015`.
    pub(super) fn period_date(&self, i: usize) -> Option<(usize, Annotation)> {
        // `early` / `mid` / `late` [-] before a year or decade, inside the span.
        // `the early 1990s`: the article belongs to the date.
        let p = if self.lower(i) == "the" && matches!(self.lower(i + 1), "early" | "mid" | "late") {
            i + 1
        } else {
            i
        };
        let (start, mut j) = match self.lower(p) {
            "early" | "mid" | "late" | "mid-" => {
                let k = if self.word(p + 1) == "-" && self.touching(p) {
                    p + 2
                } else {
                    p + 1
                };
                let k = if self.lower(k) == "the" { k + 1 } else { k };
                (i, k)
            }
            "the" if self.decade(i + 1).is_some() || self.century(i + 1).is_some() => (i, i + 1),
            _ => (i, i),
        };
        // `mid-March` (one token): the part of the month.
        if let Some(rest) = ["mid-", "early-", "late-"]
            .iter()
            .find_map(|p| self.lower(i).strip_prefix(p))
        {
            if let Some(k) = MONTHS.iter().position(|m| m.0 == rest) {
                let m = k + 1;
                return match self.year_digits(i + 1) {
                    Some(y) => self.date_ann(i, i + 2, iso_value(format!("{y:04}-{m:02}"))),
                    None => self.date_ann(i, i + 1, iso_value(format!("--{m:02}"))),
                };
            }
        }
        // `late March 2024`
        if j > start {
            if let Some((m, k)) = self.month(j) {
                let k2 = if self.word(k) == "," { k + 1 } else { k };
                return match self.year_digits(k2) {
                    Some(y) => self.date_ann(start, k2 + 1, iso_value(format!("{y:04}-{m:02}"))),
                    None => self.date_ann(start, k, iso_value(format!("--{m:02}"))),
                };
            }
        }
        if let Some((iso, end)) = self.decade(j) {
            return self.date_ann(start, end, iso_value(iso));
        }
        if let Some((iso, end)) = self.century(j) {
            return self.date_ann(start, end, iso_value(iso));
        }
        let y = self.year_digits(j)?;
        let context = j > start
            || (i > 0 && YEAR_PREPOSITIONS.contains(&self.lower(i - 1)))
            || self.lower(j + 1) == "'s"
            || self.lower(j + 1) == "’s";
        if !context || !(1000..2100).contains(&y) || self.counted_year(j) {
            return None;
        }
        // `2010-2015`, `2010-15`, `2010 to 2015`
        j += 1;
        if matches!(self.lower(j), "-" | "–" | "to") {
            let w = self.word(j + 1);
            let end_year = match w.len() {
                4 => self.year_digits(j + 1),
                2 if w.bytes().all(|b| b.is_ascii_digit()) => {
                    Some(y / 100 * 100 + w.parse::<i32>().ok()?)
                }
                _ => None,
            };
            if let Some(e) = end_year.filter(|&e| e > y && e < 2100) {
                return self.date_ann(start, j + 2, iso_value(format!("{y:04}/{e:04}")));
            }
        }
        self.date_ann(start, j, iso_value(format!("{y:04}")))
    }

    /// A decade at `i` and the token after it: `1990s`, `'90s` → `199X`; `60s` after `the`
    /// or `early` / `mid` / `late` (`the 60s`, `the late 90s`: of the century that the
    /// two-digit-year rule gives), not after an owner (`in his 40s` is an age). A decade
    /// written with an apostrophe (`the 1990's`, `the 80's`, `the '90's`) is read the same,
    /// a four-digit one only where a two-digit one is, so that a year's possessive stays a
    /// year (`1990's budget`).
    fn decade(&self, i: usize) -> Option<(String, usize)> {
        if self.lower(i) == "'" && self.touching(i) {
            let (d, end) = self.two_digit_decade_at(i + 1)?;
            return Some((format!("{}X", self.two_digit_year(d) / 10), end));
        }
        let owned = |k: usize| k > 0 && POSSESSIVES.contains(&self.lower(k - 1));
        let placed = || {
            i > 0
                && match self.lower(i - 1) {
                    "the" | "-" => true,
                    "early" | "mid" | "late" => !owned(i - 1),
                    _ => false,
                }
        };
        if let Some((d, end)) = self.two_digit_decade_at(i) {
            return placed().then(|| (format!("{}X", self.two_digit_year(d) / 10), end));
        }
        let w = self.lower(i);
        let (digits, split) = match w.strip_suffix('s') {
            Some(d) => (d, false),
            None => (w, true),
        };
        decade_digits(digits, 4)?;
        let end = match split {
            false => i + 1,
            true if placed() => self.apostrophe_s(i)?,
            true => return None,
        };
        // `the 1800s` is a century (TIMEX `18XX`); `the 2000s` a decade.
        Some(if digits.ends_with("00") && digits < "2000" {
            (format!("{}XX", &digits[..2]), end)
        } else {
            (format!("{}X", &digits[..3]), end)
        })
    }

    /// A decade in two digits at `i`, `60s` or `60's` (`60’s`): its first year within the
    /// century and the token after it.
    pub(crate) fn two_digit_decade_at(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.lower(i);
        match two_digit_decade(w) {
            Some(d) => Some((d, i + 1)),
            None => Some((decade_digits(w, 2)?, self.apostrophe_s(i)?)),
        }
    }

    /// The token after an `'s` that follows token `i` without a space (`'s` or `’s` one
    /// token, or the apostrophe and the `s` two, as the tokenizer splits them after digits).
    pub(crate) fn apostrophe_s(&self, i: usize) -> Option<usize> {
        if !self.touching(i) {
            return None;
        }
        match self.lower(i + 1) {
            "'s" | "’s" => Some(i + 2),
            "'" | "’" if self.touching(i + 1) && self.lower(i + 2) == "s" => Some(i + 3),
            _ => None,
        }
    }

    /// `18th century`, `twenty-first century`, `21st-century` at `i`: the century (TIMEX
    /// `17XX`, its years' first two digits) and the token after it.
    fn century(&self, i: usize) -> Option<(String, usize)> {
        let hyphen = self.hyphen_within(i + 1);
        let at = if hyphen { i + 2 } else { i + 1 };
        if self.lower(at) != "century" {
            return None;
        }
        // Not a name: `Twentieth Century Fox`, `21st Century Insurance`.
        let capital = |k: usize| self.word(k).starts_with(char::is_uppercase);
        if capital(at)
            && (capital(at + 1) || !self.lowercase_or_first(i))
            && !self.word(at).chars().all(|c| !c.is_lowercase())
        {
            return None;
        }
        let n = if self.kind(i) == Some(TokenKind::Number) {
            parse_ordinal_digits(self.lower(i))?
        } else if self.opens_spelled(i) {
            let pieces = self.spelled_words(i);
            let s = words::spelled(pieces.iter().map(|p| p.0.as_ref()))?;
            (s.ordinal && pieces.get(s.words - 1)?.1 == at).then_some(s.value)?
        } else {
            return None;
        };
        if !((1.0..=30.0).contains(&n) && n.fract() == 0.0) {
            return None;
        }
        // `the 5th century BC` is astronomical years -499 to -400, ISO's century `-04`.
        Some(match self.era(at + 1) {
            Some((true, end)) => (format!("-{:02}XX", n as u32 - 1), end),
            Some((false, end)) => (format!("{:02}XX", n as u32 - 1), end),
            None => (format!("{:02}XX", n as u32 - 1), at + 1),
        })
    }

    /// An era after a year or century at `i` (`BC`, `B.C.`, `BCE`, `AD`, `A.D.`, `CE`),
    /// written in capitals (`ad` is an advertisement): whether it counts back, and the token
    /// after it.
    pub(super) fn era(&self, i: usize) -> Option<(bool, usize)> {
        let w = self.word(i);
        // Most tokens: no era starts with another letter or is longer (tried at every number).
        if w.len() > 6 || !matches!(w.as_bytes().first(), Some(b'A' | b'B' | b'C')) {
            return None;
        }
        let back = match w.trim_end_matches('.') {
            "BC" | "B.C" | "BCE" | "B.C.E" => true,
            "AD" | "A.D" | "CE" | "C.E" => false,
            _ => return None,
        };
        // British Columbia: `the 2017 BC election`, `2020 BC Liberal`, `BC Hydro`.
        let next = self.word(i + 1);
        let province = (next.starts_with(char::is_uppercase) && next.len() > 1)
            || BC_NOUNS.contains(&self.lower(i + 1));
        (!(province && w.starts_with('B'))).then_some((back, i + 1))
    }

    /// A year with its era: `44 BC`, `1200 B.C.`, `500 BCE`, `79 AD`, `AD 79`, `A.D. 476`,
    /// `300 CE`, `10,000 BC`. ISO 8601 numbers years astronomically: 1 BC is `0000`, 44 BC
    /// `-0043`.
    pub(super) fn era_year(&self, i: usize) -> Option<(usize, Annotation)> {
        // Tried at every live token: its first byte rules out most.
        let (at, back, end) = match self.word(i).as_bytes().first() {
            Some(b'0'..=b'9') => {
                let (back, end) = self.era(i + 1)?;
                (i, back, end)
            }
            Some(b'A') if matches!(self.word(i), "AD" | "A.D.") => (i + 1, false, i + 2),
            // `around 1200 B.C.`, `c. 500 BC`: approximately.
            Some(b'a' | b'A' | b'c' | b'C' | b'r' | b'R')
                if matches!(
                    self.lower(i),
                    "around" | "about" | "circa" | "c." | "ca." | "approximately" | "roughly"
                ) =>
            {
                let (end, mut ann) = self.era_year(i + 1)?;
                ann.value.as_mut()?.approx = Some(true);
                ann.span = self.span(i, end);
                return Some((end, ann));
            }
            _ => return None,
        };
        if self.kind(at) != Some(TokenKind::Number) {
            return None;
        }
        let w = self.word(at);
        let digits = w.len() - w.bytes().filter(|&b| b == b',').count();
        let grouped = w.len() == digits || (w.len() > 4 && w.as_bytes()[w.len() - 4] == b',');
        if !(1..=6).contains(&digits) || !grouped || w.starts_with('0') {
            return None;
        }
        let y: i32 = w.replace(',', "").parse().ok().filter(|&y| y >= 1)?;
        let iso = match back {
            true if y == 1 => "0000".to_string(),
            true => format!("-{:04}", y - 1),
            false => format!("{y:04}"),
        };
        self.date_ann(i, end, iso_value(iso))
    }
}

/// Words that follow `BC` as the province's name (`the 2017 BC election`), not the era's.
const BC_NOUNS: &[&str] = &[
    "election",
    "elections",
    "government",
    "budget",
    "premier",
    "wildfire",
    "wildfires",
    "floods",
    "residents",
    "teams",
];

/// Words before a season (or its `the`) that make it a time of year: `in the summer`,
/// `during winter`, `late spring`.
const SEASON_CUES: &[&str] = &[
    "in",
    "during",
    "over",
    "through",
    "throughout",
    "until",
    "till",
    "by",
    "since",
    "before",
    "after",
    "from",
    "early",
    "late",
    "into",
];

/// Words after a season that leave it a time of year (`in the summer, …`, `the summer was
/// hot`, `in the spring and summer`); before others it may qualify a noun (`the winter
/// storm`, `the fall of Rome`).
const SEASON_FOLLOWERS: &[&str] = &[
    "and", "or", "when", "as", "is", "was", "will", "has", "had", "to", "before", "after", "for",
    "in", "at", "on", "with", "the", "a", "that", "this", "but", "because", "until", "while", "we",
    "they", "he", "she", "it", "i", "you", "there",
];

/// Seasons, with their TIMEX codes (`summer 2020` is `2020-SU`).
pub(super) const SEASONS: &[(&str, &str)] = &[
    ("spring", "SP"),
    ("summer", "SU"),
    ("autumn", "FA"),
    ("fall", "FA"),
    ("winter", "WI"),
];

/// Parts of a year named by an ordinal and a word (`the third quarter`, `first-half`): the
/// word, its TIMEX letter and how many such parts a year has.
const YEAR_PARTS: &[(&str, char, u32)] = &[("quarter", 'Q', 4), ("half", 'H', 2)];

/// Words that place an unnumbered span of time before or after now (`recent days`, `the
/// coming weeks`, `the past few months`), and whether they need an article or a `few`
/// after them to (`the past few years`, not `past years`).
pub(crate) const VAGUE_SPAN_HEADS: &[(&str, bool)] = &[
    ("recent", false),
    ("coming", false),
    ("upcoming", false),
    ("past", true),
    ("last", true),
    ("next", true),
    ("previous", true),
    ("following", true),
];

/// Words for an unsaid small number of units: `the past few days`.
const FEW_WORDS: &[&str] = &["few", "several", "couple of"];

/// Calendar units in the plural, for spans of them without a number.
const PLURAL_UNITS: &[&str] = &["days", "weeks", "months", "years", "decades"];
