//! Relative dates: `yesterday`, `last week`, `next Monday`, `two years ago`, `in two weeks`,
//! `two weeks before Christmas`, `next Easter`, `last November`; resolved to ISO dates
//! against a reference date when one is given.

use super::calendar::WEEKDAYS;
use super::holidays::{holiday_dates, Holiday};
use super::periods::SEASONS;
use super::tense::Way;
use super::weekdays::place_weekday;
use super::{iso_value, iso_value_opt, parse_calendar_date, resolve_day, ymd};
use crate::annotation::{Annotation, Label, Relative, Value};
use crate::numbers::durations::DURATIONS;
use crate::numbers::gap_has_line_break;
use crate::numbers::quantities::unit_word;
use crate::numbers::reader::{Cx, PhraseTable};
use crate::tokenize::TokenKind;
use chrono::{Datelike, NaiveDate};

impl Cx<'_> {
    /// `this month`, `next month`, `last month` at `k`: the offset and the token after.
    pub(super) fn relative_month(&self, k: usize) -> Option<(i32, usize)> {
        let (&(_, offset, rule), m) = self.longest(k, &RELATIVE_MODIFIERS)?;
        (rule == WeekdayRule::Week && self.lower(m) == "month").then_some((offset, m + 1))
    }

    /// `this year`, `next year`, `last year` at `k`: the offset in years and the token after.
    pub(super) fn relative_year(&self, k: usize) -> Option<(i32, usize)> {
        let (&(_, offset, rule), m) = self.longest(k, &RELATIVE_MODIFIERS)?;
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
        if let Some((h, k)) = self.holiday_name(j) {
            let iso = match (reference, h) {
                (Some(r), _) => occurrence(r, offset, |y| holiday_dates(h, y)).map(ymd),
                (None, Holiday::Fixed(m, d)) => Some(format!("--{m:02}-{d:02}")),
                (None, _) => None,
            };
            return self.date_ann(i, k, iso_value_opt(iso));
        }
        // `next 5/12`, but not `the next 1/2 hour`, `the next 3/4 of`.
        let fraction = |k: usize| unit_word(self.lower(k)).is_some() || self.lower(k) == "of";
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

    /// `yesterday`, `last week`, `earlier this week`, `next Monday`, `this past Friday`.
    pub(super) fn relative_date(&self, i: usize) -> Option<(usize, Annotation)> {
        if let Some((&(_, offset), j)) = self.longest(i, &RELATIVE_DAYS) {
            return self.date_ann(i, j, self.relative_value(offset, "day"));
        }
        let (&(_, offset, rule), j) = self.longest(i, &RELATIVE_MODIFIERS)?;
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
            // `this Friday 5/12`: the date written says which Friday, placed the way the
            // modifier points (`this` the nearest).
            if let Some((end, mut dated)) = self.date_after_weekday(j + 1, wd) {
                dated.weekday = Some(wd as u8);
                let way = match offset.signum() {
                    0 => Way::Nearest,
                    -1 => Way::Back,
                    _ => Way::Forward,
                };
                self.place(&mut dated, || way);
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
            .is_some_and(|&t| gap_has_line_break(self.text, self.tokens[j - 1], t));
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
        self.date_ann(i, j + 1, self.relative_value(offset, unit))
    }

    /// `two years ago` after a span of time ending at `i`: the value, or `None`.
    pub(crate) fn ago(&self, i: usize, n: f64, unit: &str) -> Option<(usize, Value)> {
        if n.fract() != 0.0 || n.abs() > 100_000.0 {
            return None;
        }
        // `three weeks from tomorrow`, `two days before yesterday`: days from a relative day.
        if matches!(self.lower(i), "from" | "after" | "before") && matches!(unit, "day" | "week") {
            if let Some((&(_, anchor), j)) = self.longest(i + 1, &RELATIVE_DAYS) {
                let sign = if self.lower(i) == "before" { -1 } else { 1 };
                let days = n as i32 * if unit == "week" { 7 } else { 1 };
                return Some((j, self.relative_value(anchor + sign * days, "day")));
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
        let (&(_, sign), j) = self.longest(i, &AGO_WORDS)?;
        let offset = sign * n as i32;
        let mut v = self.relative_value(offset, unit);
        // `two years ago` is the day two years back (`two weeks`: fourteen days back).
        if let Some(r) = self.reference() {
            v.iso = resolve_day(r, offset, unit).map(ymd);
        }
        Some(self.on_weekday(j, v))
    }

    /// The date a span of time is counted from (`before Christmas`, `after next Friday`),
    /// at `i`: the token after it and the day, placed by the reference date. Dates without
    /// a year are the next such day; a weekday alone is that day of the reference week.
    fn anchor(&self, i: usize) -> Option<(usize, Anchor)> {
        let reference = self.reference();
        // `before new year`: after a count of days, a holiday's name needs no capital.
        let (end, ann) = self.date(i).or_else(|| {
            let (_, j) = self.holiday_name(i)?;
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
        let day = if let Some((h, _)) = self.holiday_name(i).filter(|&(_, j)| j == end) {
            // Of a year's dates (two Eids in some), the first not before the reference.
            reference.and_then(|r| next(&|y| holiday_dates(h, y).into_iter().find(|d| *d >= r)))
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
                    let (y, m, d) = parse_calendar_date(&iso)?;
                    NaiveDate::from_ymd_opt(y, m, d)
                }
                // A month, a week, a decade: not a day to count from.
                None => return None,
            }
        };
        Some((end, day.map_or(Anchor::Unknown, Anchor::Day)))
    }

    /// `in two weeks`, `in a year`: a day that far ahead, when the clause points forward (the
    /// tense rule: `will`, `'ll`, `could`, `plans`; or `in two weeks' time`); otherwise (`the first time in two
    /// years`, `rose 5% in two years`) it is a span of time, read as an amount.
    pub(super) fn in_future(&self, i: usize) -> Option<(usize, Annotation)> {
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
        let (&(_, unit, label), end) = self.longest(j, &DURATIONS)?;
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
        if !timed && self.tense_way(i, end) != Way::Forward {
            return None;
        }
        let offset = n as i32;
        let mut value = self.relative_value(offset, unit);
        if let Some(r) = self.reference() {
            value.iso = resolve_day(r, offset, unit).map(ymd);
        }
        let (end, value) = self.on_weekday(end, value);
        self.date_ann(i, end, value)
    }
}

/// What a span of time is counted from.
enum Anchor {
    Day(NaiveDate),
    Year(i32),
    /// A day not known without a reference date.
    Unknown,
}

/// Of the dates `on(year)` gives, the one nearest `reference` in the direction of `offset`:
/// this year's (0; of two, the nearer), the latest before it (-1) or the first after it (1).
fn occurrence<I: IntoIterator<Item = NaiveDate>>(
    reference: NaiveDate,
    offset: i32,
    on: impl Fn(i32) -> I,
) -> Option<NaiveDate> {
    let y = reference.year();
    let far = |d: NaiveDate| (d - reference).num_days().abs();
    let years = match offset.signum() {
        0 => y..=y,
        -1 => y - 1..=y,
        _ => y..=y + 1,
    };
    let mut best: Option<NaiveDate> = None;
    for year in years {
        for d in on(year) {
            let better = match offset.signum() {
                0 => best.is_none_or(|b| far(d) < far(b)),
                -1 => d < reference && best.is_none_or(|b| d > b),
                _ => d > reference && best.is_none_or(|b| d < b),
            };
            if better {
                best = Some(d);
            }
        }
    }
    best
}

/// Words for a day relative to today, with the offset in days.
pub(crate) static RELATIVE_DAYS: PhraseTable<(&str, i32)> = PhraseTable::new(
    &[
        ("the day before yesterday", -2),
        ("the day after tomorrow", 2),
        ("yesterday", -1),
        ("today", 0),
        ("tomorrow", 1),
        ("tmrw", 1),
    ],
    |r| r.0,
);

/// How a modifier places a weekday: in the reference date's week shifted by some weeks
/// (`last Friday` is the Friday of the week before), or the nearest one strictly before or
/// after the reference date (`this past Friday`, `this coming Friday`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WeekdayRule {
    /// The weekday in the week `offset` weeks from the reference date's (ISO weeks).
    Week,
    /// The nearest such weekday before the reference date.
    Before,
    /// The nearest such weekday after the reference date.
    After,
}

/// Words before a calendar unit or weekday that place it relative to now (`last week`,
/// `next Monday`), with the offset in units, and how they place a weekday. `earlier this
/// week` is the current week.
pub(crate) static RELATIVE_MODIFIERS: PhraseTable<(&str, i32, WeekdayRule)> = PhraseTable::new(
    &[
        ("earlier this", 0, WeekdayRule::Week),
        ("later this", 0, WeekdayRule::Week),
        ("this past", -1, WeekdayRule::Before),
        ("this coming", 1, WeekdayRule::After),
        ("this upcoming", 1, WeekdayRule::After),
        ("the past", -1, WeekdayRule::Before),
        ("the previous", -1, WeekdayRule::Week),
        ("the next", 1, WeekdayRule::Week),
        ("the coming", 1, WeekdayRule::After),
        ("the following", 1, WeekdayRule::Week),
        ("last", -1, WeekdayRule::Week),
        ("past", -1, WeekdayRule::Before),
        ("previous", -1, WeekdayRule::Week),
        ("next", 1, WeekdayRule::Week),
        ("coming", 1, WeekdayRule::After),
        ("following", 1, WeekdayRule::Week),
        ("upcoming", 1, WeekdayRule::After),
        ("this", 0, WeekdayRule::Week),
    ],
    |r| r.0,
);

/// Words after a span of time that make it a relative date: `two years ago`, `three days
/// later`, `a week from now`, with the direction.
pub(crate) static AGO_WORDS: PhraseTable<(&str, i32)> =
    PhraseTable::new(&[("ago", -1), ("from now", 1), ("hence", 1)], |r| r.0);

/// Words before `in` that make `in two years` a span of time: `the first time in two years`,
/// `the highest level in a decade`.
const SPAN_HEADS: &[&str] = &[
    "time", "times", "first", "once", "twice", "level", "high", "low", "highest", "lowest", "best",
    "worst", "%", "percent",
];

/// Calendar units a relative modifier can take.
pub(crate) const CALENDAR_UNITS: &[&str] = &[
    "day", "week", "weekend", "month", "year", "decade", "century",
];

/// Determiners and possessives: after them, `last spring` is a noun phrase, not a date.
const OWNERS: &[&str] = &[
    "his", "her", "its", "their", "our", "my", "your", "the", "a", "an", "whose",
];
