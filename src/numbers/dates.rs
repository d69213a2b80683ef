//! Dates and times: calendar dates at the precision written, weekdays, decades, relative
//! dates resolved against a reference date, times of day.

use super::tables::{
    Holiday, WeekdayRule, AGO_WORDS, CALENDAR_UNITS, DAY_PARTS, DURATIONS, FEW_WORDS, FUTURE_WORDS,
    HOLIDAYS, MERIDIEMS, MONTHS, OWNERS, PLURAL_UNITS, POSSESSIVES, RELATIVE_DAYS,
    RELATIVE_MODIFIERS, RELATIVE_TIMES, SEASONS, SPAN_HEADS, TIME_ZONES, VAGUE_SPAN_HEADS,
    WEEKDAYS, YEAR_PARTS, YEAR_PREPOSITIONS,
};
use super::{words, Cx};
use crate::annotation::{Annotation, Label, Relative, Value};
use crate::tokenize::TokenKind;
use chrono::{Datelike, Days, Months, NaiveDate, TimeDelta};

/// Whether `y-m-d` is a real calendar date.
pub fn valid_date(y: i32, m: u32, d: u32) -> bool {
    NaiveDate::from_ymd_opt(y, m, d).is_some()
}

/// Month and weekday names (lower-case), which may stand before a number in a date.
pub fn is_calendar_word(w: &str) -> bool {
    let stem = w.trim_end_matches('.');
    MONTHS.iter().any(|m| m.0 == stem || m.1 == stem) || WEEKDAYS.iter().any(|d| d.0 == stem)
}

/// A part of a year or a fiscal year written as one code (lower-case): `q3`, `3q`, `h1`,
/// `1h`, with a year after it (`3q24`, `1h2024`, `q3'24`), `fy2024`, `fy24`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PeriodCode {
    /// TIMEX letter and number of the part (`('Q', 3)`), or `None` for a fiscal year.
    pub part: Option<(char, u32)>,
    /// The year written in it, and whether in two digits.
    pub year: Option<(u32, bool)>,
}

/// Reads `w` (one lower-case token) as a [`PeriodCode`].
pub fn period_code(w: &str) -> Option<PeriodCode> {
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
pub fn two_digit_decade(w: &str) -> Option<u32> {
    let d = w.strip_suffix('s')?;
    let two = d.len() == 2 && d.ends_with('0') && d.bytes().all(|b| b.is_ascii_digit());
    two.then(|| d.parse().ok()).flatten()
}

fn ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn iso_value(iso: String) -> Value {
    Value {
        iso: Some(iso),
        ..Value::default()
    }
}

/// `d` moved by `n` days, either way.
fn shift_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(TimeDelta::try_days(n)?)
}

/// `d` moved by `n` months, either way (chrono has no signed month step).
fn shift_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(Months::new(n as u32))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

/// The ISO form of `offset` `unit`s from `reference`: a day, week, month, year or decade.
fn resolve(reference: NaiveDate, offset: i32, unit: &str) -> Option<String> {
    Some(match unit {
        "day" => ymd(resolve_day(reference, offset, "day")?),
        "week" => {
            let w = resolve_day(reference, offset, "week")?.iso_week();
            format!("{:04}-W{:02}", w.year(), w.week())
        }
        "weekend" => {
            let w = resolve_day(reference, offset, "week")?.iso_week();
            format!("{:04}-W{:02}-WE", w.year(), w.week())
        }
        "month" => {
            let d = resolve_day(reference, offset, "month")?;
            format!("{:04}-{:02}", d.year(), d.month())
        }
        "year" => format!("{:04}", reference.year().checked_add(offset)?),
        "decade" => {
            let y = reference.year().checked_add(offset.checked_mul(10)?)?;
            format!("{:03}X", y.div_euclid(10))
        }
        _ => return None,
    })
}

/// The date of ISO weekday `wd` (1–7) placed by `rule` and `offset` around `reference`.
fn place_weekday(
    reference: NaiveDate,
    wd: u32,
    rule: WeekdayRule,
    offset: i32,
) -> Option<NaiveDate> {
    let r = reference.weekday().number_from_monday();
    let back = |n: u32| reference.checked_sub_days(Days::new(n.into()));
    let fwd = |n: u32| reference.checked_add_days(Days::new(n.into()));
    match rule {
        WeekdayRule::Before => back(match (r + 7 - wd) % 7 {
            0 => 7,
            n => n,
        }),
        WeekdayRule::After => fwd(match (wd + 7 - r) % 7 {
            0 => 7,
            n => n,
        }),
        WeekdayRule::Week => {
            let monday = back(r - 1)?;
            shift_days(monday, i64::from(offset) * 7 + i64::from(wd - 1))
        }
    }
}

impl Cx<'_> {
    /// The year of a two-digit year: at most twenty years after the reference date's (with
    /// none, after 2050), so `40` is 1940 in 2026, `26` is 2026, `87` is 1987.
    fn two_digit_year(&self, y: u32) -> i32 {
        let latest = self.reference().map_or(2050, |r| r.year() + 20);
        let y = 2000 + y as i32;
        if y > latest {
            y - 100
        } else {
            y
        }
    }

    fn reference(&self) -> Option<NaiveDate> {
        let (y, m, d) = self.reference?;
        NaiveDate::from_ymd_opt(y, m, d)
    }

    fn date_ann(&self, from: usize, to: usize, value: Value) -> Option<(usize, Annotation)> {
        Some((to, self.ann(from, to, Label::Date, value)))
    }

    /// A month name at `i` (`February`, `Feb.`, `Sept`), its number and the token after.
    fn month(&self, i: usize) -> Option<(u32, usize)> {
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
        let lower_ok = self.lowercase_text() || (!verb && (stem == MONTHS[k].0 || number_after));
        if !raw.starts_with(char::is_uppercase) && !lower_ok {
            return None;
        }
        Some((k as u32 + 1, i + 1))
    }

    /// Whether the text has no capitals at all (lower-cased input, as in test suites).
    fn lowercase_text(&self) -> bool {
        self.all_lower
    }

    /// A weekday name at `i`: its ISO number.
    fn weekday(&self, i: usize) -> Option<u32> {
        let w = self.lower(i);
        // Every weekday form is a word of three to nine letters.
        if !(3..=10).contains(&w.len()) || !w.as_bytes()[0].is_ascii_alphabetic() {
            return None;
        }
        let raw = self.word(i);
        // `Tue May 9`, `Mon 13th`: a short form without its period needs a date after it.
        let short = |d: &(&str, &str)| {
            d.1.strip_suffix('.') == Some(w)
                && (self.month(i + 1).is_some() || self.kind(i + 1) == Some(TokenKind::Number))
        };
        let k = WEEKDAYS
            .iter()
            .position(|d| d.0 == w || d.1 == w || short(d))?;
        if !raw.starts_with(char::is_uppercase) && w.len() < 6 && !self.lowercase_text() {
            return None;
        }
        Some(k as u32 + 1)
    }

    fn year(&self, i: usize) -> Option<i32> {
        let w = self.word(i);
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
    }

    /// A day of the month at `i`: `29`, `21st`, `04th`, `twenty-first`, `second`.
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.lower(i);
        if self.kind(i) == Some(TokenKind::Number) {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &w[digits.len()..];
            let ok_suffix = matches!(suffix, "" | "st" | "nd" | "rd" | "th");
            let d: u32 = digits.parse().ok()?;
            return (ok_suffix && digits.len() <= 2 && (1..=31).contains(&d)).then_some((d, i + 1));
        }
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        let lower = self.lower.get(i..(i + 4).min(self.lower.len()))?;
        let s = words::spelled(lower.iter().map(|w| w.as_ref()))?;
        let d = s.value;
        (d.fract() == 0.0 && (1.0..=31.0).contains(&d)).then_some((d as u32, i + s.words))
    }

    /// `2026-11-29`, `2018-7-6`, `11/29/2026`, `29/11/2026`, `11/29/26`.
    fn numeric_date(&self, i: usize) -> Option<String> {
        let w = self.word(i);
        let sep = if w.contains('-') { '-' } else { '/' };
        let parts: Vec<&str> = w.split(sep).collect();
        if parts.len() != 3
            || !parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        let n: Vec<u32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
        let (y, m, d) = if parts[0].len() == 4 {
            (n[0] as i32, n[1], n[2])
        } else {
            let y = match parts[2].len() {
                4 => n[2] as i32,
                2 => self.two_digit_year(n[2]),
                _ => return None,
            };
            if n[0] > 12 {
                (y, n[1], n[0])
            } else {
                (y, n[0], n[1])
            }
        };
        valid_date(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"))
    }

    /// `05-Aug-2016`, `2019/aug/01`, `Sep-23-2020`, `Oct/2`, `Aug-2016`: a month name among
    /// numbers joined by one separator (`-` or `/`, touching), in any order. Of three parts,
    /// one is the month, a four-digit one the year and the other the day (`05-Aug-16`: a
    /// two-digit year last after a month in the middle).
    pub(super) fn month_among_numbers(&self, i: usize) -> Option<(String, usize)> {
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

    /// `11/20`, `22/04`: a month and day written with a slash, where a fraction is unlikely.
    fn slash_day(&self, i: usize, ambiguous_ok: bool) -> Option<(String, usize)> {
        if !(self.word(i + 1) == "/" && self.touching(i) && self.touching(i + 1)) {
            return None;
        }
        let (a, b) = (self.word(i), self.word(i + 2));
        let num = |s: &str| {
            (s.len() <= 2 && s.bytes().all(|c| c.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        let (x, y) = (num(a)?, num(b)?);
        let padded = a.starts_with('0') || b.starts_with('0');
        let (m, d) = if x <= 12 && (y >= 13 || padded || ambiguous_ok) {
            (x, y)
        } else if x >= 13 && y <= 12 && (b.len() == 2 || ambiguous_ok) {
            // `22/04`, but not `24/7`.
            (y, x)
        } else {
            return None;
        };
        valid_date(2000, m, d).then(|| (format!("--{m:02}-{d:02}"), i + 3))
    }

    /// A time at `i`, after an optional qualifier: `around 1pm`, `about 3:30 a.m. EST`.
    pub(super) fn time(&self, i: usize) -> Option<(usize, Annotation)> {
        // `tonight`, `last night`, `this morning`: a part of a day relative to today.
        if let Some((&(_, offset), j)) = self.longest(i, RELATIVE_TIMES, |r| r.0) {
            let value = self.relative(offset, "day");
            return Some((j, self.ann(i, j, Label::Time, value)));
        }
        if let Some(found) = self.day_part_first(i) {
            return Some(found);
        }
        if let Some((&(_, bound, approx), j)) = self.qualifier(i) {
            let (end, mut ann) = self.time_at(j)?;
            ann.span = self.span(i, end);
            if let Some(v) = ann.value.as_mut() {
                v.bound = bound;
                v.approx = approx.then_some(true);
            }
            return Some((end, ann));
        }
        self.time_at(i)
    }

    /// `half past seven`, `20 minutes past eight`, `quarter to ten`, `10 past 9`.
    fn time_past(&self, i: usize) -> Option<(usize, Annotation)> {
        let (minutes, mut j) = match self.lower(i) {
            "half" => (30, i + 1),
            "quarter" => (15, i + 1),
            "a" if self.lower(i + 1) == "quarter" => (15, i + 2),
            _ => {
                let n = self.number(i, false)?;
                let m = n.value;
                if n.ordinal || m.fract() != 0.0 || !(1.0..60.0).contains(&m) {
                    return None;
                }
                (m as u32, n.end)
            }
        };
        let named = matches!(self.lower(i), "half" | "quarter" | "a");
        let unit = matches!(self.lower(j), "minutes" | "minute" | "min" | "mins");
        if unit {
            j += 1;
        }
        let before = match self.lower(j) {
            "past" => false,
            "after" if named || unit => false,
            // `five to six` is a range; `five minutes to six`, `quarter to six` are times.
            "to" | "before" | "of" if named || unit => true,
            _ => return None,
        };
        let (mut h, mut end) = if self.kind(j + 1) == Some(TokenKind::Number) {
            let h: u32 = self.word(j + 1).parse().ok()?;
            (h, j + 2)
        } else {
            self.small_word_number(j + 1)?
        };
        if !(1..=12).contains(&h) {
            return None;
        }
        let (mut min, mut hour) = (minutes, h);
        if before {
            min = 60 - minutes;
            hour = if h == 1 { 12 } else { h - 1 };
        }
        if matches!(self.lower(end), "o'clock" | "oclock") {
            end += 1;
        }
        if let Some((pm, k)) = self.day_part(end) {
            end = k;
            if pm && hour < 12 {
                hour += 12;
            }
        }
        h = hour;
        let iso = format!("T{h:02}:{min:02}");
        Some((end, self.ann(i, end, Label::Time, iso_value(iso))))
    }

    /// `in the morning`, `in the evening`, `at night` after an hour: whether afternoon.
    fn day_part(&self, i: usize) -> Option<(bool, usize)> {
        DAY_PARTS
            .iter()
            .filter_map(|&(p, pm)| self.phrase_at(i, p).map(|j| (pm, j)))
            .max_by_key(|&(_, j)| j)
    }

    /// A meridiem at `j` (`pm`, `a.m.`, `p . m .`, touching `a`): whether afternoon, and
    /// the token after it.
    fn meridiem(&self, j: usize) -> Option<(bool, usize)> {
        // `9.am`: a period between the hour and the meridiem.
        if self.word(j) == "." && self.touching(j - 1) && self.touching(j) {
            let w = self.lower(j + 1);
            let &(_, pm) = MERIDIEMS.iter().find(|(m, _)| *m == w && m.len() > 1)?;
            return Some((pm, j + 2));
        }
        let w = self.lower(j);
        // `3 p . m .`: the letters apart.
        if matches!(w, "a" | "p") && self.word(j + 1) == "." && self.lower(j + 2) == "m" {
            let end = if self.word(j + 3) == "." {
                j + 4
            } else {
                j + 3
            };
            return Some((w == "p", end));
        }
        MERIDIEMS
            .iter()
            // `3pm`, `3 p.m.`; the short forms (`9:00a`, `9:00a.`) only touching.
            .find(|(m, _)| {
                *m == w && (!matches!(*m, "a" | "p" | "a." | "p.") || self.touching(j - 1))
            })
            .map(|&(_, pm)| (pm, j + 1))
    }

    /// `in the morning at 7`, `early morning at 8:00`, `in the afternoon 3 o'clock`: a part
    /// of the day, then the hour.
    fn day_part_first(&self, i: usize) -> Option<(usize, Annotation)> {
        let (pm, j) = self.day_part(i)?;
        let at = self.lower(j) == "at";
        let k = if at { j + 1 } else { j };
        let (end, ann) = self.time_at(k).or_else(|| {
            // `at 7`: a bare hour after `at`, when no unit makes it a count.
            let (h, end) = if self.kind(k) == Some(TokenKind::Number) {
                let h: u32 = self.word(k).parse().ok()?;
                (h, k + 1)
            } else {
                self.small_word_number(k)?
            };
            let next = self.lower(end);
            let counted = super::unit_word(next).is_some()
                || super::tables::PERCENT_WORDS.contains(&next)
                || next == "%";
            (at && (1..=12).contains(&h) && !counted).then(|| {
                let iso = format!("T{h:02}");
                (end, self.ann(k, end, Label::Time, iso_value(iso)))
            })
        })?;
        let mut value = ann.value.unwrap_or_default();
        // The hour read in the part of the day: `in the afternoon at 7` is 19:00.
        if let Some(rest) = value.iso.as_deref().and_then(|t| t.strip_prefix('T')) {
            let h: u32 = rest.get(..2)?.parse().ok()?;
            if pm && (1..12).contains(&h) {
                value.iso = Some(format!("T{:02}{}", h + 12, &rest[2..]));
            }
        }
        Some((end, self.ann(i, end, Label::Time, value)))
    }

    /// A time at `i`: `3 pm`, `15:30`, `3:30 a.m. EST`, `noon`, `seven o'clock`, `8.10 pm`.
    fn time_at(&self, i: usize) -> Option<(usize, Annotation)> {
        if let Some(found) = self.time_past(i) {
            return Some(found);
        }
        let w = self.lower(i);
        let ann = |to: usize, iso: String| Some((to, self.ann(i, to, Label::Time, iso_value(iso))));
        match w {
            "noon" | "midday" | "noonish" => return ann(self.zone(i + 1), "T12".into()),
            "midnight" => return ann(self.zone(i + 1), "T00".into()),
            _ => {}
        }
        let (mut h, mut min, mut sec, digits, mut j) = if self.kind(i) == Some(TokenKind::Number) {
            // `8.10 pm`: a period between hour and minutes only before a meridiem.
            let dotted = !w.as_bytes().contains(&b':')
                && MERIDIEMS.iter().any(|(m, _)| {
                    *m == self.lower(i + 1) && (m.len() > 2 || matches!(*m, "am" | "pm"))
                });
            // Up to three parts (`15:30:05`), on the stack: this runs at every number.
            let mut split = [""; 3];
            let mut count = 0;
            for p in w.split(if dotted { '.' } else { ':' }) {
                if count == split.len() {
                    return None;
                }
                split[count] = p;
                count += 1;
            }
            let parts = &split[..count];
            let all = parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
            if !all {
                return None;
            }
            let n = split.map(|p| p.parse().unwrap_or(99u32));
            match parts.len() {
                1 if parts[0].len() <= 2 => (n[0], None, None, false, i + 1),
                // `1140 a.m.`
                1 if parts[0].len() == 4 => (n[0] / 100, Some(n[0] % 100), None, false, i + 1),
                2 if parts[1].len() == 2 => (n[0], Some(n[1]), None, true, i + 1),
                3 if parts[1].len() == 2 && parts[2].len() == 2 => {
                    (n[0], Some(n[1]), Some(n[2]), true, i + 1)
                }
                _ => return None,
            }
        } else {
            let (v, ..) = self.small_word_number(i)?;
            (v, None, None, false, i + 1)
        };
        if h > 24 || min.is_some_and(|m| m > 59) || sec.is_some_and(|s| s > 59) {
            return None;
        }
        // `12 noon`
        if self.lower(j) == "noon" && h == 12 && min.is_none() {
            return ann(self.zone(j + 1), "T12".into());
        }
        let meridiem = self.meridiem(j);
        // `11ish`: about that hour.
        let ish = self.lower(j) == "ish" && self.touching(j - 1) && min.is_none();
        let oclock = matches!(self.lower(j), "o'clock" | "o’clock" | "oclock");
        if let Some((pm, k)) = meridiem {
            if h == 0 || h > 12 {
                return None;
            }
            h = match (h, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, true) => h + 12,
                (h, false) => h,
            };
            j = k;
        } else if ish {
            // `11ish`; not an age, `20ish`.
            if !(1..=12).contains(&h) {
                return None;
            }
            let iso = format!("T{h:02}");
            let mut found = ann(j + 1, iso)?;
            if let Some(v) = found.1.value.as_mut() {
                v.approx = Some(true);
            }
            return Some(found);
        } else if oclock {
            if h == 0 || h > 12 {
                return None;
            }
            j += 1;
            if let Some((pm, k)) = self.day_part(j) {
                h += if pm && h < 12 { 12 } else { 0 };
                j = k;
            }
        } else if let Some((pm, k)) = self.day_part(j).filter(|_| (1..=12).contains(&h)) {
            h += if pm && h < 12 { 12 } else { 0 };
            j = k;
        } else if w.len() == 4 && self.zone(j) > j {
            // `0700 GMT`, `0400 local time`: hours and minutes in four digits, with the zone.
            if h > 23 {
                return None;
            }
        } else if !digits || self.word(i).len() < 4 && w.contains(':') && h > 23 {
            return None;
        }
        if h == 24 {
            h = 0;
            if min.is_some_and(|m| m > 0) {
                return None;
            }
            min = min.or(Some(0));
            sec = sec.filter(|&s| s == 0);
        }
        let iso = match (min, sec) {
            (None, _) => format!("T{h:02}"),
            (Some(m), None) => format!("T{h:02}:{m:02}"),
            (Some(m), Some(s)) => format!("T{h:02}:{m:02}:{s:02}"),
        };
        ann(self.zone(j), iso)
    }

    /// A spelled hour (`three`, `eleven`): its value.
    fn small_word_number(&self, i: usize) -> Option<(u32, usize)> {
        let s = words::spelled(std::iter::once(self.lower(i)))?;
        (s.value.fract() == 0.0 && (1.0..=12.0).contains(&s.value) && !s.ordinal)
            .then_some((s.value as u32, i + 1))
    }

    /// After a time: skip a time-zone abbreviation (`EST`), returning the token after.
    fn zone(&self, j: usize) -> usize {
        if TIME_ZONES.contains(&self.word(j)) {
            j + 1
        } else if self.lower(j) == "local" && self.lower(j + 1) == "time" {
            j + 2
        } else {
            j
        }
    }

    /// A date at `i`, in any of the forms in the module docs.
    pub(super) fn date(&self, i: usize) -> Option<(usize, Annotation)> {
        if let Some(found) = self.day_range_month(i).or_else(|| self.years_between(i)) {
            return Some(found);
        }
        let (end, ann) = self.single_date(i)?;
        if let Some(found) = self.weekday_part(i, end, &ann) {
            return Some(found);
        }
        Some(self.date_range_from(i, end, ann))
    }

    /// `Saturday night`, `Wednesday morning`: a part of a weekday after the weekday that
    /// ended at `end` (`ann`, from `i`), a TIME with the weekday's value.
    fn weekday_part(&self, i: usize, end: usize, ann: &Annotation) -> Option<(usize, Annotation)> {
        let value = ann.value.as_ref()?;
        // Lower-case, or in capitals with the rest: not `Monday Night Football`.
        let written = self.word(end);
        let plain =
            !written.starts_with(char::is_uppercase) || written.chars().all(|c| !c.is_lowercase());
        let part = plain
            && matches!(
                self.lower(end),
                "morning" | "afternoon" | "evening" | "night"
            );
        (part && value.weekday.is_some() && self.weekday(end - 1).is_some())
            .then(|| (end + 1, self.ann(i, end + 1, Label::Time, value.clone())))
    }

    /// `4-5 May`, `4 to 6 May 2024`: days of one month, before it (TIMEX `--05-04/--05-05`).
    fn day_range_month(&self, i: usize) -> Option<(usize, Annotation)> {
        let digits = |k: usize| self.kind(k) == Some(TokenKind::Number);
        if !digits(i) || !matches!(self.lower(i + 1), "-" | "–" | "to") || !digits(i + 2) {
            return None;
        }
        let (d1, _) = self.day(i).filter(|&(_, j)| j == i + 1)?;
        let (d2, j) = self.day(i + 2).filter(|&(d2, _)| d2 > d1)?;
        let k = if self.lower(j) == "of" { j + 1 } else { j };
        let (m, end) = self.month(k)?;
        let year = match self.lower(end) {
            "," => self.year_at(end + 1),
            _ => self.year_at(end),
        };
        let (iso, end) = match year {
            Some((y, e)) if valid_date(y, m, d2) => {
                (format!("{y:04}-{m:02}-{d1:02}/{y:04}-{m:02}-{d2:02}"), e)
            }
            _ if valid_date(2000, m, d2) => (format!("--{m:02}-{d1:02}/--{m:02}-{d2:02}"), end),
            _ => return None,
        };
        self.date_ann(i, end, iso_value(iso))
    }

    /// `between 2010 and 2014`: a span of years (TIMEX `2010/2014`), `between` inside.
    fn years_between(&self, i: usize) -> Option<(usize, Annotation)> {
        if self.lower(i) != "between" || self.lower(i + 2) != "and" {
            return None;
        }
        let (y, e) = (self.year(i + 1)?, self.year(i + 3)?);
        let years = (1000..2100).contains(&y) && y < e && e < 2100;
        (years && !self.counted_year(i + 3))
            .then(|| self.date_ann(i, i + 4, iso_value(format!("{y:04}/{e:04}"))))
            .flatten()
    }

    /// A date that ended at `end` (`ann`, from `i`), and the end of a span of days after
    /// it: `May 4-5`, `May 4 to 7, 2024`, `March 3 - April 5` (TIMEX `--05-04/--05-05`).
    /// `ann` itself when none follows.
    fn date_range_from(&self, i: usize, end: usize, ann: Annotation) -> (usize, Annotation) {
        let Some(from) = ann.value.as_ref().and_then(|v| v.iso.clone()) else {
            return (end, ann);
        };
        // A day: `--05-04` or `2024-05-04`.
        let day_iso = |iso: &str| {
            (iso.len() == 7 && iso.starts_with("--")) || (iso.len() == 10 && !iso.contains('X'))
        };
        if ann.label != Label::Date
            || !day_iso(&from)
            || !matches!(self.lower(end), "-" | "–" | "to" | "through")
        {
            return (end, ann);
        }
        let j = end + 1;
        // `March 3 - April 5`: a whole second date of the same precision, later.
        if let Some((e2, to)) = self.single_date(j) {
            if let Some(to) = to
                .value
                .and_then(|v| v.iso)
                .filter(|to| to.len() == from.len() && day_iso(to) && to.as_str() > from.as_str())
            {
                if let Some(found) = self.date_ann(i, e2, iso_value(format!("{from}/{to}"))) {
                    return found;
                }
            }
        }
        // `May 4-5`: a later day of the month named before (not `11/1/96-11`), not counting
        // what follows (`May 4 to 5 people`).
        let Some((d2, k)) = self
            .day(j)
            .filter(|_| self.kind(j) == Some(TokenKind::Number) && self.month(i).is_some())
        else {
            return (end, ann);
        };
        let d1: u32 = from[from.len() - 2..].parse().unwrap_or(99);
        let counts = self.kind(k) == Some(TokenKind::Word)
            && self.word(k).starts_with(char::is_lowercase)
            && !self.lowercase_text();
        if d2 <= d1 || counts {
            return (end, ann);
        }
        let month = &from[from.len() - 5..from.len() - 3];
        let m: u32 = month.parse().unwrap_or(99);
        // `May 4-5, 2024`: the year after both days.
        let year = if from.len() == 7 {
            match self.lower(k) {
                "," => self.year_at(k + 1),
                _ => self.year_at(k),
            }
        } else {
            None
        };
        let (iso, e) = match year {
            Some((y, e)) if valid_date(y, m, d2) => {
                (format!("{y:04}-{month}-{d1:02}/{y:04}-{month}-{d2:02}"), e)
            }
            _ if valid_date(2000, m, d2) => {
                let prefix = &from[..from.len() - 2];
                (format!("{from}/{prefix}{d2:02}"), k)
            }
            _ => return (end, ann),
        };
        self.date_ann(i, e, iso_value(iso)).unwrap_or((end, ann))
    }

    /// One date at `i`, in any of the forms in the module docs.
    fn single_date(&self, i: usize) -> Option<(usize, Annotation)> {
        self.weekday_of_month(i)
            .or_else(|| self.relative_date(i))
            .or_else(|| self.weekday_date(i))
            .or_else(|| self.calendar_date(i))
            .or_else(|| self.holiday(i))
            .or_else(|| self.day_of_month(i))
            .or_else(|| self.period_date(i))
            .or_else(|| self.in_future(i))
            .or_else(|| self.part_of_period(i))
            .or_else(|| self.quarter_or_season(i))
            .or_else(|| self.fiscal_year(i))
            .or_else(|| self.vague_span(i))
    }

    /// `late last year`, `early next month`, `the end of the year`, `the start of next
    /// month`, `the middle of March`, `the turn of the century`: a part of a period, with the
    /// period's value. (Reads only the simpler date forms after it, so it cannot nest.)
    fn part_of_period(&self, i: usize) -> Option<(usize, Annotation)> {
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
                return self.date_ann(i, inner + 2, self.relative(0, unit));
            }
        }
        let (end, ann) = self
            .relative_date(inner)
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
    fn quarter_or_season(&self, i: usize) -> Option<(usize, Annotation)> {
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
            (code.to_string(), k + 1, None, false)
        } else {
            let n = if self.kind(k) == Some(TokenKind::Number) {
                super::parse_ordinal_digits(w)?
            } else {
                let s = words::spelled(std::iter::once(w))?;
                s.ordinal.then_some(s.value)?
            };
            // `third quarter`, `third-quarter`
            let hyphen = self.lower(k + 1) == "-" && self.touching(k) && self.touching(k + 1);
            let at = if hyphen { k + 2 } else { k + 1 };
            let &(_, letter, count) = YEAR_PARTS.iter().find(|p| p.0 == self.lower(at))?;
            if !(1.0..=count as f64).contains(&n) {
                return None;
            }
            (format!("{letter}{n}"), at + 1, None, letter == 'Q')
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

    /// `recent days`, `the coming weeks`, `the past few months`, `the weeks ahead`: a span of
    /// time before or after now whose length the text does not give (a DATE without a
    /// value).
    fn vague_span(&self, i: usize) -> Option<(usize, Annotation)> {
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
    fn fiscal_year(&self, i: usize) -> Option<(usize, Annotation)> {
        let (year, end) = self.fiscal_year_at(i).or_else(|| {
            let k = if self.lower(i) == "the" { i + 1 } else { i };
            let y = self.year(k)?;
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
                Some((self.year(j)?, j + 1))
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

    /// `in two weeks`, `in a year`: a day that far ahead, when the clause speaks of the
    /// future (`will`, `'ll`, `in two weeks' time`); otherwise (`the first time in two
    /// years`, `rose 5% in two years`) it is a span of time, read as an amount.
    fn in_future(&self, i: usize) -> Option<(usize, Annotation)> {
        if self.lower(i) != "in" {
            return None;
        }
        let (n, j) = if matches!(self.lower(i + 1), "a" | "an") {
            (1.0, i + 2)
        } else {
            let n = self.number(i + 1, false)?;
            if n.ordinal || n.scaled || n.value.fract() != 0.0 || !(1.0..=1000.0).contains(&n.value)
            {
                return None;
            }
            (n.value, n.end)
        };
        let (&(_, unit, label), end) = self.longest(j, DURATIONS, |d| d.0)?;
        if label != Label::Date || (n == 1.0) == self.lower(j).ends_with('s') {
            return None;
        }
        let before = self.lower(i.wrapping_sub(1));
        if i > 0 && (SPAN_HEADS.contains(&before) || self.kind(i - 1) == Some(TokenKind::Number)) {
            return None;
        }
        // `in two days from today`: counted from another day, read as an amount.
        if matches!(
            self.lower(end),
            "from" | "after" | "before" | "ago" | "later" | "since" | "hence"
        ) {
            return None;
        }
        // `in two weeks' time`
        let timed = matches!(self.lower(end), "'s" | "'") && self.lower(end + 1) == "time";
        if !timed && !self.future_before(i) {
            return None;
        }
        let offset = n as i32;
        let mut value = self.relative(offset, unit);
        if let Some(r) = self.reference() {
            value.iso = resolve_day(r, offset, unit).map(ymd);
        }
        let (end, value) = self.on_weekday(end, value);
        self.date_ann(i, end, value)
    }

    /// Whether a word of the future (`will`, `'ll`, `going to`) comes before `i` in its
    /// sentence, at most a few words back.
    fn future_before(&self, i: usize) -> bool {
        let from = i.saturating_sub(20);
        for k in (from..i).rev() {
            let w = self.lower(k);
            if matches!(w, "." | "!" | "?" | ";") {
                return false;
            }
            // `Will he …`, but not the name in `Will Smith`.
            let name = self.word(k).starts_with(char::is_uppercase)
                && self.word(k + 1).starts_with(char::is_uppercase);
            if (FUTURE_WORDS.contains(&w) && !name) || (w == "going" && self.lower(k + 1) == "to") {
                return true;
            }
        }
        false
    }

    /// `the second Sunday of May`, `the last Friday in June 2027`, `first Monday of
    /// October`: the weekday and, with a year or a reference date, the day.
    fn weekday_of_month(&self, i: usize) -> Option<(usize, Annotation)> {
        let k = if self.lower(i) == "the" { i + 1 } else { i };
        let nth = match self.lower(k) {
            "last" => -1,
            w => {
                let n = if self.kind(k) == Some(TokenKind::Number) {
                    super::parse_ordinal_digits(w)?
                } else {
                    let s = words::spelled(std::iter::once(w))?;
                    s.ordinal.then_some(s.value)?
                };
                if !(1.0..=5.0).contains(&n) {
                    return None;
                }
                n as i32
            }
        };
        let wd = self.weekday(k + 1)?;
        if !matches!(self.lower(k + 2), "of" | "in") {
            return None;
        }
        let (m, end) = self.month(k + 3)?;
        let (year, end) = match self.year_at(end) {
            Some((y, e)) => (Some(y), e),
            None => (self.reference().map(|r| r.year()), end),
        };
        let value = Value {
            iso: year.and_then(|y| nth_weekday(y, m, wd, nth)).map(ymd),
            weekday: Some(wd as u8),
            ..Value::default()
        };
        self.date_ann(i, end, value)
    }

    /// A holiday's name at `i`, and the token after it.
    fn holiday_at(&self, i: usize) -> Option<(Holiday, usize)> {
        let (&(_, h), j) = self.longest(i, HOLIDAYS, |h| h.0)?;
        Some((h, j))
    }

    /// `Christmas`, `Easter 2018`, `Independence Day of this year`, `Thanksgiving`.
    fn holiday(&self, i: usize) -> Option<(usize, Annotation)> {
        let (h, j) = self.holiday_at(i)?;
        let named = self.word(i).starts_with(char::is_uppercase) || self.lowercase_text();
        let k = if matches!(self.lower(j), "of" | "in" | ",") {
            j + 1
        } else {
            j
        };
        // `Easter 2018`; `Independence Day of this year`, `Thanksgiving next year`
        let (year, end) = match (self.year(k), self.relative_year(k)) {
            (Some(y), _) => (Some(y), k + 1),
            (None, Some((offset, end))) => (
                self.reference().and_then(|r| r.year().checked_add(offset)),
                end,
            ),
            (None, None) => (None, j),
        };
        if !named && end == j {
            return None;
        }
        // Easter and Thanksgiving move: without a year, the reference date's.
        let year = match (year, h) {
            (None, Holiday::Fixed(..)) => None,
            (None, _) => self.reference().map(|r| r.year()),
            (y, _) => y,
        };
        let iso = match (h, year) {
            (_, Some(y)) => holiday_in(h, y).map(ymd),
            (Holiday::Fixed(m, d), None) => Some(format!("--{m:02}-{d:02}")),
            _ => None,
        };
        self.date_ann(
            i,
            end,
            Value {
                iso,
                ..Value::default()
            },
        )
    }

    /// `this month`, `next month`, `last month` at `k`: the offset and the token after.
    fn relative_month(&self, k: usize) -> Option<(i32, usize)> {
        let (&(_, offset, rule), m) = self.longest(k, RELATIVE_MODIFIERS, |r| r.0)?;
        (rule == WeekdayRule::Week && self.lower(m) == "month").then_some((offset, m + 1))
    }

    /// A year after a day and month at `k`: `2026`, `nineteen eighty six`, `two thousand
    /// and thirty two`, `seventeen hundred thirty three`; and the token after it.
    fn year_at(&self, k: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year(k) {
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

    /// `this year`, `next year`, `last year` at `k`: the offset in years and the token after.
    fn relative_year(&self, k: usize) -> Option<(i32, usize)> {
        let (&(_, offset, rule), m) = self.longest(k, RELATIVE_MODIFIERS, |r| r.0)?;
        (rule == WeekdayRule::Week && self.lower(m) == "year").then_some((offset, m + 1))
    }

    /// After a relative modifier ending at `j` (from `i`): a holiday, a day of a month or a
    /// month placed by it: `next Easter`, `last Christmas`, `next 6th of April`, `this 5/12`,
    /// `last November`.
    fn placed_date(&self, i: usize, j: usize, offset: i32) -> Option<(usize, Annotation)> {
        let reference = self.reference();
        // `last summer`, `next winter` (not `his last spring`): the season, placed in words.
        if SEASONS.iter().any(|s| s.0 == self.lower(j)) {
            let owned = i > 0 && OWNERS.contains(&self.lower(i - 1));
            return (!owned).then(|| (j + 1, self.ann(i, j + 1, Label::Date, Value::default())));
        }
        if let Some((h, k)) = self.holiday_at(j) {
            let iso = match (reference, h) {
                (Some(r), _) => occurrence(r, offset, |y| holiday_in(h, y)).map(ymd),
                (None, Holiday::Fixed(m, d)) => Some(format!("--{m:02}-{d:02}")),
                (None, _) => None,
            };
            return self.date_ann(i, k, iso_value_opt(iso));
        }
        // `next 5/12`, but not `the next 1/2 hour`, `the next 3/4 of`.
        let fraction =
            |k: usize| super::unit_word(self.lower(k)).is_some() || self.lower(k) == "of";
        let (iso, k) = self
            .slash_day(j, true)
            .filter(|&(_, k)| !fraction(k))
            .or_else(|| {
                let (k, ann) = self.calendar_date(j)?;
                Some((ann.value?.iso?, k))
            })
            .or_else(|| {
                let (m, k) = self.month(j).filter(|_| self.word(j) != "may")?;
                Some((format!("--{m:02}"), k))
            })?;
        let md = iso.strip_prefix("--")?;
        let Some(r) = reference else {
            return self.date_ann(i, k, iso_value(iso));
        };
        let placed = match md.split_once('-') {
            Some((m, d)) => {
                let (m, d) = (m.parse().ok()?, d.parse().ok()?);
                occurrence(r, offset, |y| NaiveDate::from_ymd_opt(y, m, d)).map(ymd)
            }
            None => {
                let m: u32 = md.parse().ok()?;
                let y = match offset.signum() {
                    0 => r.year(),
                    -1 if m < r.month() => r.year(),
                    -1 => r.year() - 1,
                    _ if m > r.month() => r.year(),
                    _ => r.year() + 1,
                };
                Some(format!("{y:04}-{m:02}"))
            }
        };
        self.date_ann(i, k, iso_value(placed.unwrap_or(iso)))
    }

    /// `on the 18th`: a day of an unnamed month.
    fn day_of_month(&self, i: usize) -> Option<(usize, Annotation)> {
        if !(self.lower(i) == "the" && i > 0 && self.lower(i - 1) == "on") {
            return None;
        }
        let w = self.lower(i + 1);
        if self.kind(i + 1) != Some(TokenKind::Number) || w.len() < 3 {
            return None;
        }
        let (d, j) = self.day(i + 1)?;
        self.date_ann(i, j, iso_value(format!("---{d:02}")))
    }

    /// `yesterday`, `last week`, `earlier this week`, `next Monday`, `this past Friday`.
    fn relative_date(&self, i: usize) -> Option<(usize, Annotation)> {
        if let Some((&(_, offset), j)) = self.longest(i, RELATIVE_DAYS, |r| r.0) {
            return self.date_ann(i, j, self.relative(offset, "day"));
        }
        let (&(_, offset, rule), j) = self.longest(i, RELATIVE_MODIFIERS, |r| r.0)?;
        if let Some(wd) = self.weekday(j) {
            // `next Monday`: the weekday, placed.
            let mut value = Value {
                weekday: Some(wd as u8),
                relative: Some(Relative {
                    offset: if rule == WeekdayRule::Week { offset } else { 0 },
                    unit: "week".into(),
                }),
                ..Value::default()
            };
            if let Some(r) = self.reference() {
                value.iso = place_weekday(r, wd, rule, offset).map(ymd);
            }
            // `this Friday 5/12`: the date written says which Friday.
            if let Some((end, mut dated)) = self.date_after_weekday(j + 1, wd) {
                dated.weekday = Some(wd as u8);
                return self.date_ann(i, end, dated);
            }
            return self.date_ann(i, j + 1, value);
        }
        // `next Easter`, `the following March`; but `following March's vote` is `after`, and
        // a word ending a line is a heading.
        let modifier = self.lower(i);
        let line_break = self
            .tokens
            .get(j)
            .is_some_and(|t| self.text[self.tokens[j - 1].span.end..t.span.start].contains('\n'));
        if !matches!(modifier, "earlier" | "later" | "following") && !line_break {
            if let Some(found) = self.placed_date(i, j, offset) {
                return Some(found);
            }
        }
        let unit = CALENDAR_UNITS.iter().find(|&&u| u == self.lower(j))?;
        // `next week Monday`, `next week on Tuesday`, `previous week - Monday`
        if *unit == "week" && rule == WeekdayRule::Week {
            let k = if matches!(self.lower(j + 1), "on" | "-" | ",") {
                j + 2
            } else {
                j + 1
            };
            // After `next week`, a short form is a weekday too: `next week Mon`.
            let short = WEEKDAYS
                .iter()
                .position(|d| d.1.trim_end_matches('.') == self.lower(k))
                .map(|p| p as u32 + 1);
            if let Some(wd) = self.weekday(k).or(short) {
                return self.week_weekday(i, k + 1, wd, offset);
            }
        }
        let offset = if self.lower(i).starts_with("earlier") || self.lower(i).starts_with("later") {
            0
        } else {
            offset
        };
        // `this week`, `last year`, `next month`: but `the past week` is a span.
        if self.lower(i) == "this" && *unit == "day" {
            return None;
        }
        self.date_ann(i, j + 1, self.relative(offset, unit))
    }

    /// A weekday in a week relative to now: `next week Monday`, `Tuesday of last week`.
    fn week_weekday(
        &self,
        from: usize,
        to: usize,
        wd: u32,
        offset: i32,
    ) -> Option<(usize, Annotation)> {
        let mut value = Value {
            weekday: Some(wd as u8),
            relative: Some(Relative {
                offset,
                unit: "week".into(),
            }),
            ..Value::default()
        };
        if let Some(r) = self.reference() {
            value.iso = place_weekday(r, wd, WeekdayRule::Week, offset).map(ymd);
        }
        self.date_ann(from, to, value)
    }

    fn relative(&self, offset: i32, unit: &str) -> Value {
        Value {
            relative: Some(Relative {
                offset,
                unit: unit.to_string(),
            }),
            iso: self.reference().and_then(|r| resolve(r, offset, unit)),
            ..Value::default()
        }
    }

    /// `two years ago` after a span of time ending at `i`: the value, or `None`.
    pub(super) fn ago(&self, i: usize, n: f64, unit: &str) -> Option<(usize, Value)> {
        if n.fract() != 0.0 || n.abs() > 100_000.0 {
            return None;
        }
        // `three weeks from tomorrow`, `two days before yesterday`: days from a relative day.
        if matches!(self.lower(i), "from" | "after" | "before") && matches!(unit, "day" | "week") {
            if let Some((&(_, anchor), j)) = self.longest(i + 1, RELATIVE_DAYS, |r| r.0) {
                let sign = if self.lower(i) == "before" { -1 } else { 1 };
                let days = n as i32 * if unit == "week" { 7 } else { 1 };
                return Some((j, self.relative(anchor + sign * days, "day")));
            }
        }
        // `two weeks before Christmas`, `3 days after January 12th`, `4 months from tomorrow`
        if matches!(self.lower(i), "from" | "after" | "before") {
            if let Some((j, anchor)) = self.anchor(i + 1) {
                let sign = if self.lower(i) == "before" { -1 } else { 1 };
                let offset = sign * n as i32;
                let iso = match anchor {
                    Anchor::Day(d) => resolve_day(d, offset, unit).map(ymd),
                    Anchor::Year(y) => match unit {
                        "year" => y.checked_add(offset).map(|y| format!("{y:04}")),
                        "decade" => y.checked_add(offset * 10).map(|y| format!("{y:04}")),
                        _ => None,
                    },
                    Anchor::Unknown => None,
                };
                return Some(self.on_weekday(j, iso_value_opt(iso)));
            }
        }
        let (&(_, sign), j) = self.longest(i, AGO_WORDS, |a| a.0)?;
        let offset = sign * n as i32;
        let mut v = self.relative(offset, unit);
        // `two years ago` is the day two years back (`two weeks`: fourteen days back).
        if let Some(r) = self.reference() {
            v.iso = resolve_day(r, offset, unit).map(ymd);
        }
        Some(self.on_weekday(j, v))
    }

    /// `on Friday` after a day counted from another (`in 3 days on Friday`, `3 weeks after
    /// Christmas on Friday`): that weekday in the (ISO) week of the day.
    fn on_weekday(&self, j: usize, mut value: Value) -> (usize, Value) {
        let Some(wd) = (self.lower(j) == "on")
            .then(|| self.weekday(j + 1))
            .flatten()
        else {
            return (j, value);
        };
        value.weekday = Some(wd as u8);
        value.iso = value.iso.as_deref().and_then(|iso| {
            let (y, m, d) = super::parse_calendar_date(iso)?;
            let day = NaiveDate::from_ymd_opt(y, m, d)?;
            place_weekday(day, wd, WeekdayRule::Week, 0).map(ymd)
        });
        (j + 2, value)
    }

    /// `Monday two weeks from now`, `Sunday 3 weeks after January 15th`: a weekday in the
    /// (ISO) week of a day counted from another. Read from the scan only (it reads an amount,
    /// which may read a date, so dates cannot start it again).
    pub(super) fn weekday_counted(&self, i: usize) -> Option<(usize, Annotation)> {
        let wd = self.weekday(i)?;
        let k = if self.word(i + 1) == "," {
            i + 2
        } else {
            i + 1
        };
        if self.number(k, false).is_none() && self.lower(k) != "a" {
            return None;
        }
        let (end, ann) = self.amount(k)?;
        let mut value = ann.value.unwrap_or_default();
        // A count of days that is no date (`Monday 21 days`), or one in the past (`Monday
        // two weeks ago`, where the weekday is more likely said of the news itself).
        if ann.label != Label::Date || value.number.is_some() || self.lower(end - 1) == "ago" {
            return None;
        }
        value.weekday = Some(wd as u8);
        value.iso = value.iso.as_deref().and_then(|iso| {
            let (y, m, d) = super::parse_calendar_date(iso)?;
            let day = NaiveDate::from_ymd_opt(y, m, d)?;
            place_weekday(day, wd, WeekdayRule::Week, 0).map(ymd)
        });
        self.date_ann(i, end, value)
    }

    /// The date a span of time is counted from (`before Christmas`, `after next Friday`),
    /// at `i`: the token after it and the day, placed by the reference date. Dates without
    /// a year are the next such day; a weekday alone is that day of the reference week.
    fn anchor(&self, i: usize) -> Option<(usize, Anchor)> {
        let reference = self.reference();
        // `before new year`: after a count of days, a holiday's name needs no capital.
        let (end, ann) = self.date(i).or_else(|| {
            let (_, j) = self.holiday_at(i)?;
            Some((j, self.ann(i, j, Label::Date, Value::default())))
        })?;
        // `from May 1 to May 10` is a range, not an anchor.
        if matches!(self.lower(end), "to" | "until" | "through" | "-" | "–") {
            return None;
        }
        let value = ann.value.unwrap_or_default();
        let next = |on: &dyn Fn(i32) -> Option<NaiveDate>| {
            let r = reference?;
            on(r.year())
                .filter(|d| *d >= r)
                .or_else(|| on(r.year() + 1))
        };
        let day = if let Some((h, _)) = self.holiday_at(i).filter(|&(_, j)| j == end) {
            next(&|y| holiday_in(h, y))
        } else if let (Some(wd), None, true) = (value.weekday, &value.relative, end == i + 1) {
            reference.and_then(|r| place_weekday(r, wd.into(), WeekdayRule::Week, 0))
        } else {
            let iso = value.iso.unwrap_or_default();
            if let Some(y) = iso.parse::<i32>().ok().filter(|_| iso.len() == 4) {
                return Some((end, Anchor::Year(y)));
            }
            match iso.strip_prefix("--").and_then(|md| md.split_once('-')) {
                Some((m, d)) => {
                    let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
                    next(&|y| NaiveDate::from_ymd_opt(y, m, d))
                }
                None if iso.len() == 10 => {
                    let (y, m, d) = super::parse_calendar_date(&iso)?;
                    NaiveDate::from_ymd_opt(y, m, d)
                }
                // A month, a week, a decade: not a day to count from.
                None => return None,
            }
        };
        Some((end, day.map_or(Anchor::Unknown, Anchor::Day)))
    }

    /// A date written after a weekday, from `i`: `, Nov. 29`, `7/6`, `7.6`, `the 11th`.
    fn date_after_weekday(&self, i: usize, wd: u32) -> Option<(usize, Value)> {
        let j = if self.word(i) == "," { i + 1 } else { i };
        self.calendar_date(j)
            .map(|(end, ann)| (end, ann.value.unwrap_or_default()))
            // `Friday 7/6`: after a weekday, a slash date is a month and day.
            .or_else(|| {
                self.slash_day(j, true)
                    .map(|(iso, end)| (end, iso_value(iso)))
            })
            // `Monday 21`, `Tuesday the 11th`
            .or_else(|| {
                let k = if self.lower(j) == "the" { j + 1 } else { j };
                let (d, end) = self.day(k)?;
                // Not the start of a code or another number: `Friday 7-6`, `Monday 21 people`.
                let joined = self.touching(end - 1)
                    && matches!(self.word(end), "-" | "/" | "." | ":")
                    && self.touching(end)
                    && self.kind(end + 1) == Some(TokenKind::Number);
                let counted = self.kind(end) == Some(TokenKind::Word)
                    && self.word(end).starts_with(char::is_lowercase)
                    && !self.all_lower;
                (!joined && !counted && self.day(end).is_none())
                    .then(|| (end, iso_value(format!("---{d:02}"))))
            })
            // `Friday 7.6`: a month and day written with a period, when no unit follows.
            .or_else(|| self.dotted_day(j))
            .map(|(end, mut value)| {
                value.weekday = Some(wd as u8);
                (end, value)
            })
    }

    /// `7.6`: a month and day in one token, after a weekday; not `7.6 percent`.
    fn dotted_day(&self, i: usize) -> Option<(usize, Value)> {
        let (a, b) = self.word(i).split_once('.')?;
        let num = |s: &str| {
            (!s.is_empty() && s.len() <= 2 && s.bytes().all(|c| c.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        let (m, d) = (num(a)?, num(b)?);
        // A decimal is likelier before most words (`Friday 1.5 million`, `Friday 2.5 points`,
        // `Friday 7.6 percent`); a date ends its phrase or goes on with `at` or `with`.
        let next = self.lower(i + 1);
        let phrase_end = self.kind(i + 1) != Some(TokenKind::Word) || matches!(next, "at" | "with");
        (valid_date(2000, m, d) && phrase_end && next != "%")
            .then(|| (i + 1, iso_value(format!("--{m:02}-{d:02}"))))
    }

    /// `Friday`, `Friday, Nov. 29`, `Friday 7/6`.
    fn weekday_date(&self, i: usize) -> Option<(usize, Annotation)> {
        let wd = self.weekday(i)?;
        // `Tuesday of next week`, `Monday of the following week`
        if self.lower(i + 1) == "of" {
            if let Some((&(_, offset, WeekdayRule::Week), k)) =
                self.longest(i + 2, RELATIVE_MODIFIERS, |r| r.0)
            {
                if self.lower(k) == "week" {
                    return self.week_weekday(i, k + 1, wd, offset);
                }
            }
        }
        let dated = self.date_after_weekday(i + 1, wd);
        if let Some((end, mut value)) = dated {
            value.weekday = Some(wd as u8);
            // `Monday 21`: the nearest month where the 21st is a Monday.
            if let (Some(r), Some(d)) = (
                self.reference(),
                value.iso.as_deref().and_then(|s| s.strip_prefix("---")),
            ) {
                let d: u32 = d.parse().unwrap_or(0);
                value.iso = nearest_weekday_day(r, wd, d).map(ymd).or(value.iso);
            }
            return self.date_ann(i, end, value);
        }
        let mut value = Value {
            weekday: Some(wd as u8),
            ..Value::default()
        };
        if let Some(r) = self.reference() {
            // The most recent such day, today included.
            value.iso = if r.weekday().number_from_monday() == wd {
                Some(ymd(r))
            } else {
                place_weekday(r, wd, WeekdayRule::Before, 0).map(ymd)
            };
        }
        self.date_ann(i, i + 1, value)
    }

    /// Calendar dates: `29 November 2026`, `Nov. 29, 2026`, `the 4th of July`, `2026-11-29`,
    /// `11/29/2026`, `February 2022`, `November`.
    fn calendar_date(&self, i: usize) -> Option<(usize, Annotation)> {
        if let Some(iso) = self.numeric_date(i) {
            return self.date_ann(i, i + 1, iso_value(iso));
        }
        if let Some((iso, j)) = self.slash_day(i, false) {
            return self.date_ann(i, j, iso_value(iso));
        }
        if let Some((iso, j)) = self.month_among_numbers(i) {
            return self.date_ann(i, j, iso_value(iso));
        }
        let with_year = |m: u32, d: u32, k: usize, from: usize, short_end: usize| {
            // `, 2026`, `2026`, `of 1995` or `in 2020` after the day; `nineteen eighty six`.
            let after = if matches!(self.lower(k), "," | "of" | "in") {
                self.year_at(k + 1)
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
                _ => None,
            }
        };
        // Day [of] Month [Year]: `29 November 2026`, `4th of July`, `second of Aug.`,
        // `twenty five January nineteen eighty six`
        let start = if self.lower(i) == "the" && self.day(i + 1).is_some() {
            i + 1
        } else {
            i
        };
        if let Some((d, j)) = self.day(start) {
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
            // `the 15th of next month`, `the 21st day of this month`
            if let Some((offset, end)) = self.relative_month(k).filter(|_| k > j) {
                let iso = match self.reference().and_then(|r| resolve(r, offset, "month")) {
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
        if let Some((d, k)) = self.day(j) {
            let not_a_count = self.kind(k) != Some(TokenKind::Word)
                || !self.word(k).starts_with(char::is_lowercase)
                || self.year_at(k).is_some()
                || self.lowercase_text();
            if not_a_count || self.kind(j) == Some(TokenKind::Number) {
                return with_year(m, d, k, i, k);
            }
        }
        // `October, 1st`: a comma, then a day with its ordinal suffix.
        if self.word(j) == "," && self.kind(j + 1) == Some(TokenKind::Number) {
            let w = self.lower(j + 1);
            if w.ends_with(|c: char| c.is_ascii_alphabetic()) {
                if let Some((d, k)) = self.day(j + 1) {
                    return with_year(m, d, k, i, k);
                }
            }
        }
        // Month [,] Year
        let k = if self.word(j) == "," { j + 1 } else { j };
        if let Some(y) = self.year(k) {
            return self.date_ann(i, k + 1, iso_value(format!("{y:04}-{m:02}")));
        }
        // A month alone: `in November`; `May` alone is a verb too often.
        if self.lower(i) != "may" && !self.lower(i).ends_with('.') && self.word(i).len() > 3 {
            return self.date_ann(i, j, iso_value(format!("--{m:02}")));
        }
        None
    }

    /// Years and decades: `in 2024`, `the 1990s`, `mid-2023`, `early 2024`, `2010-2015`.
    fn period_date(&self, i: usize) -> Option<(usize, Annotation)> {
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
        if let Some((_, rest)) = self
            .lower(i)
            .split_once('-')
            .filter(|(p, _)| matches!(*p, "mid" | "early" | "late"))
        {
            if let Some(k) = MONTHS.iter().position(|m| m.0 == rest) {
                let m = k + 1;
                return match self.year(i + 1) {
                    Some(y) => self.date_ann(i, i + 2, iso_value(format!("{y:04}-{m:02}"))),
                    None => self.date_ann(i, i + 1, iso_value(format!("--{m:02}"))),
                };
            }
        }
        // `late March 2024`
        if j > start {
            if let Some((m, k)) = self.month(j) {
                let k2 = if self.word(k) == "," { k + 1 } else { k };
                return match self.year(k2) {
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
        let y = self.year(j)?;
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
                4 => self.year(j + 1),
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
    /// two-digit-year rule gives), not after an owner (`in his 40s` is an age).
    fn decade(&self, i: usize) -> Option<(String, usize)> {
        let short = |k: usize| two_digit_decade(self.lower(k));
        if self.lower(i) == "'" && self.touching(i) {
            let d = short(i + 1)?;
            return Some((format!("{}X", self.two_digit_year(d) / 10), i + 2));
        }
        if let Some(d) = short(i) {
            let owned = |k: usize| k > 0 && POSSESSIVES.contains(&self.lower(k - 1));
            let placed = i > 0
                && match self.lower(i - 1) {
                    "the" | "-" => true,
                    "early" | "mid" | "late" => !owned(i - 1),
                    _ => false,
                };
            return placed.then(|| (format!("{}X", self.two_digit_year(d) / 10), i + 1));
        }
        self.long_decade(i).map(|iso| (iso, i + 1))
    }

    /// `1990s` → `199X`; `1800s` → `18XX`.
    fn long_decade(&self, i: usize) -> Option<String> {
        let w = self.lower(i);
        let d = w.strip_suffix('s')?;
        if !d.bytes().all(|b| b.is_ascii_digit()) || !d.ends_with('0') {
            return None;
        }
        match d.len() {
            // `the 1800s` is a century (TIMEX `18XX`); `the 2000s` a decade.
            4 if d.ends_with("00") && d < "2000" => Some(format!("{}XX", &d[..2])),
            4 => Some(format!("{}X", &d[..3])),
            _ => None,
        }
    }

    /// `18th century`, `twenty-first century`, `21st-century` at `i`: the century (TIMEX
    /// `17XX`, its years' first two digits) and the token after it.
    fn century(&self, i: usize) -> Option<(String, usize)> {
        let hyphen = self.lower(i + 1) == "-" && self.touching(i) && self.touching(i + 1);
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
            super::parse_ordinal_digits(self.lower(i))?
        } else {
            let pieces = self.word_pieces(i);
            let s = words::spelled(pieces.iter().map(|p| p.0.as_ref()))?;
            (s.ordinal && pieces.get(s.words - 1)?.1 == at).then_some(s.value)?
        };
        ((1.0..=30.0).contains(&n) && n.fract() == 0.0)
            .then(|| (format!("{:02}XX", n as u32 - 1), at + 1))
    }
}

/// What a span of time is counted from.
enum Anchor {
    Day(NaiveDate),
    Year(i32),
    /// A day not known without a reference date.
    Unknown,
}

/// `iso` as a value, which may be unknown.
fn iso_value_opt(iso: Option<String>) -> Value {
    Value {
        iso,
        ..Value::default()
    }
}

/// The date of holiday `h` in year `y`.
fn holiday_in(h: Holiday, y: i32) -> Option<NaiveDate> {
    let shift = |d: NaiveDate, n: i32| shift_days(d, n.into());
    match h {
        Holiday::Fixed(m, d) => NaiveDate::from_ymd_opt(y, m, d),
        Holiday::Easter(n) => shift(easter(y)?, n),
        Holiday::Nth(m, wd, nth, n) => shift(nth_weekday(y, m, wd, nth)?, n),
    }
}

/// The `nth` ISO weekday `wd` of month `m` of year `y`; `nth` -1 is the last.
fn nth_weekday(y: i32, m: u32, wd: u32, nth: i32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let lead = (wd + 7 - first.weekday().number_from_monday()) % 7;
    let day = if nth > 0 {
        1 + lead + 7 * (nth as u32 - 1)
    } else {
        let days = first.checked_add_months(Months::new(1))?.pred_opt()?.day();
        let last_first = 1 + lead + 7 * ((days - 1 - lead) / 7);
        last_first.checked_sub(7 * (nth.unsigned_abs() - 1))?
    };
    NaiveDate::from_ymd_opt(y, m, day)
}

/// The date `on(year)` nearest `reference` in the direction of `offset`: this year's (0),
/// the latest before it (-1) or the first after it (1).
fn occurrence(
    reference: NaiveDate,
    offset: i32,
    on: impl Fn(i32) -> Option<NaiveDate>,
) -> Option<NaiveDate> {
    let y = reference.year();
    match offset.signum() {
        0 => on(y),
        -1 => on(y).filter(|d| *d < reference).or_else(|| on(y - 1)),
        _ => on(y).filter(|d| *d > reference).or_else(|| on(y + 1)),
    }
}

/// Easter Sunday of year `y` (the anonymous Gregorian algorithm).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let (b, c) = (y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

/// `offset` `unit`s from `reference`, to the day.
fn resolve_day(reference: NaiveDate, offset: i32, unit: &str) -> Option<NaiveDate> {
    let months = |n: i32| shift_months(reference, n);
    let days = |n: i64| shift_days(reference, n);
    match unit {
        "day" => days(offset.into()),
        "week" => days(i64::from(offset) * 7),
        "month" => months(offset),
        "year" => months(offset.checked_mul(12)?),
        "fortnight" => days(i64::from(offset) * 14),
        "decade" => months(offset.checked_mul(120)?),
        "century" => months(offset.checked_mul(1200)?),
        _ => None,
    }
}

/// The date nearest `reference` (within half a year) on day `d` of its month that falls on
/// ISO weekday `wd`.
fn nearest_weekday_day(reference: NaiveDate, wd: u32, d: u32) -> Option<NaiveDate> {
    let first = reference.with_day(1)?;
    (-6i32..=6)
        .filter_map(|k| {
            let m = shift_months(first, k)?;
            let date = m.with_day(d)?;
            (date.weekday().number_from_monday() == wd).then_some(date)
        })
        .min_by_key(|date| (*date - reference).num_days().abs())
}
