//! Weekdays: `Friday`, `Friday, Nov. 29`, `Friday 7/6`, `Saturday night`, `the second Sunday
//! of May`, `next week Monday`, `Monday two weeks from now`; placed by a reference date. And
//! the weeks of a month counted the same way: `the first week of October`.

use super::relative::{WeekdayRule, RELATIVE_MODIFIERS};
use super::resolve::{pick, pick_year};
use super::{iso_value, parse_calendar_date, shift_days, ymd};
use crate::annotation::{Annotation, Label, Relative, Value};
use crate::numbers::digits::parse_ordinal_digits;
use crate::numbers::reader::Cx;
use crate::numbers::words;
use crate::tokenize::TokenKind;
use chrono::{Datelike, Days, Months, NaiveDate};

/// The date of ISO weekday `wd` (1–7) placed by `rule` and `offset` around `reference`.
pub(super) fn place_weekday(
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
    /// `the second Sunday of May`, `the last Friday in June 2027`, `first Monday of
    /// October`: the weekday and, with a year or a reference date, the day.
    pub(super) fn weekday_of_month(&self, i: usize) -> Option<(usize, Annotation)> {
        let k = if self.lower(i) == "the" { i + 1 } else { i };
        let nth = self.nth_of_month(k)?;
        if self.lower(k + 1) == "week" {
            return self.week_of_month(i, k + 2, nth);
        }
        let wd = self.weekday(k + 1)?;
        if !matches!(self.lower(k + 2), "of" | "in") {
            return None;
        }
        let (m, end) = self.month(k + 3)?;
        // Without a year, the one the tense rule picks around the reference date.
        let day = match self.year_at(end) {
            Some((y, e)) => (nth_weekday(y, m, wd, nth), e),
            None => {
                let on = |y| nth_weekday(y, m, wd, nth);
                let way = || self.tense_way(i, end);
                (self.reference().and_then(|r| pick_year(r, way(), on)), end)
            }
        };
        let (day, end) = day;
        let value = Value {
            iso: day.map(ymd),
            weekday: Some(wd as u8),
            ..Value::default()
        };
        self.date_ann(i, end, value)
    }

    /// `first` to `fifth` (in words or digits, `1st`) or `last` at `k`: which of a month's
    /// weekdays or weeks, counted from its start (`-1` the last).
    fn nth_of_month(&self, k: usize) -> Option<i32> {
        let w = self.lower(k);
        if w == "last" {
            return Some(-1);
        }
        let n = if self.kind(k) == Some(TokenKind::Number) {
            parse_ordinal_digits(w)?
        } else if self.opens_spelled(k) {
            let s = words::spelled(std::iter::once(w))?;
            s.ordinal.then_some(s.value)?
        } else {
            return None;
        };
        (1.0..=5.0).contains(&n).then_some(n as i32)
    }

    /// `the first week of October`, `the last week of September 2014`, from `i`, with `of` at
    /// `j`: the week of the month that starts on its `nth` Monday, as Recognizers-Text counts
    /// them, in its TIMEX form `XXXX-10-W01`; the last is `W05` there, whatever the month
    /// holds. Without a year, the one the tense rule picks around the reference date, as for
    /// `the first Tuesday of October`. (Read here, `last week` is never the week before now.)
    fn week_of_month(&self, i: usize, j: usize, nth: i32) -> Option<(usize, Annotation)> {
        if !matches!(self.lower(j), "of" | "in") {
            return None;
        }
        let (m, end) = self.month(j + 1)?;
        let n = if nth < 0 { 5 } else { nth };
        let week = |y| {
            let monday = nth_weekday(y, m, 1, nth)?;
            Some((monday, monday.checked_add_days(Days::new(6))?))
        };
        let (year, end) = match self.year_at(end) {
            Some((y, e)) => (Some(y), e),
            None => {
                let placed = self.reference().and_then(|r| {
                    let weeks = (r.year() - 1..=r.year() + 1).filter_map(week);
                    pick(r, self.tense_way(i, end), weeks)
                });
                (placed.map(|(monday, _)| monday.year()), end)
            }
        };
        let year = year.map_or_else(|| "XXXX".to_string(), |y| format!("{y:04}"));
        self.date_ann(i, end, iso_value(format!("{year}-{m:02}-W{n:02}")))
    }

    /// A weekday in a week relative to now: `next week Monday`, `Tuesday of last week`.
    pub(super) fn week_weekday(
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

    /// `on Friday` after a day counted from another (`in 3 days on Friday`, `3 weeks after
    /// Christmas on Friday`): that weekday in the (ISO) week of the day.
    pub(super) fn on_weekday(&self, j: usize, mut value: Value) -> (usize, Value) {
        let Some(wd) = (self.lower(j) == "on")
            .then(|| self.weekday(j + 1))
            .flatten()
        else {
            return (j, value);
        };
        value.weekday = Some(wd as u8);
        value.iso = value.iso.as_deref().and_then(|iso| {
            let (y, m, d) = parse_calendar_date(iso)?;
            let day = NaiveDate::from_ymd_opt(y, m, d)?;
            place_weekday(day, wd, WeekdayRule::Week, 0).map(ymd)
        });
        (j + 2, value)
    }

    /// `Monday two weeks from now`, `Sunday 3 weeks after January 15th`: a weekday in the
    /// (ISO) week of a day counted from another. Read from the scan only (it reads an amount,
    /// which may read a date, so dates cannot start it again).
    pub(crate) fn weekday_counted(&self, i: usize) -> Option<(usize, Annotation)> {
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
            let (y, m, d) = parse_calendar_date(iso)?;
            let day = NaiveDate::from_ymd_opt(y, m, d)?;
            place_weekday(day, wd, WeekdayRule::Week, 0).map(ymd)
        });
        self.date_ann(i, end, value)
    }

    /// A date written after a weekday, from `i`: `, Nov. 29`, `7/6`, `7.6`, `the 11th`.
    pub(super) fn date_after_weekday(&self, i: usize, wd: u32) -> Option<(usize, Value)> {
        // `Friday, Nov. 29`, `Friday-Jun-15`, `Friday (Jun-15)`
        let hyphen = self.hyphen_within(i);
        let bracket = self.word(i) == "(";
        let j = if self.word(i) == "," || hyphen || bracket {
            i + 1
        } else {
            i
        };
        if bracket {
            let (end, ann) = self.calendar_date(j)?;
            let closed = self.word(end) == ")";
            return closed.then(|| {
                let mut value = ann.value.unwrap_or_default();
                value.weekday = Some(wd as u8);
                (end + 1, value)
            });
        }
        let written = self
            .calendar_date(j)
            .map(|(end, ann)| (end, ann.value.unwrap_or_default()));
        if hyphen {
            return written.map(|(end, mut value)| {
                value.weekday = Some(wd as u8);
                (end, value)
            });
        }
        written
            // `Friday 7/6`, `Friday 7-6`: after a weekday, a month and day.
            .or_else(|| {
                self.slash_day(j, true)
                    .or_else(|| self.hyphen_day(j))
                    .map(|(iso, end)| (end, iso_value(iso)))
            })
            // `Monday 21`, `Tuesday the 11th`
            .or_else(|| {
                let k = if self.lower(j) == "the" { j + 1 } else { j };
                let (d, end) = self.day_number(k)?;
                // Not the start of a code or another number: `Friday 7-6`, `Monday 21 people`.
                let joined = self.touching(end - 1)
                    && matches!(self.word(end), "-" | "/" | "." | ":")
                    && self.touching(end)
                    && self.kind(end + 1) == Some(TokenKind::Number);
                let counted = self.kind(end) == Some(TokenKind::Word)
                    && self.word(end).starts_with(char::is_lowercase)
                    && !self.all_lower;
                (!joined && !counted && self.day_number(end).is_none())
                    .then(|| (end, iso_value(format!("---{d:02}"))))
            })
            // `Friday 7.6`: a month and day written with a period, when no unit follows.
            .or_else(|| self.dotted_day(j).map(|(iso, end)| (end, iso_value(iso))))
            .map(|(end, mut value)| {
                value.weekday = Some(wd as u8);
                (end, value)
            })
    }

    /// `Friday`, `Friday, Nov. 29`, `Friday 7/6`.
    pub(super) fn weekday_date(&self, i: usize) -> Option<(usize, Annotation)> {
        let wd = self.weekday(i)?;
        // `Tuesday of next week`, `Monday of the following week`
        // `Saturday of the coming week`
        if self.lower(i + 1) == "of" {
            if let Some((&(_, offset, _), k)) = self.longest(i + 2, &RELATIVE_MODIFIERS) {
                if self.lower(k) == "week" {
                    return self.week_weekday(i, k + 1, wd, offset);
                }
            }
        }
        if let Some((end, mut value)) = self.date_after_weekday(i + 1, wd) {
            // `Monday 21`: the scan places it (the 21st that is a Monday).
            value.weekday = Some(wd as u8);
            return self.date_ann(i, end, value);
        }
        let value = Value {
            weekday: Some(wd as u8),
            ..Value::default()
        };
        self.date_ann(i, i + 1, value)
    }
}

/// The `nth` ISO weekday `wd` of month `m` of year `y`; `nth` -1 is the last.
pub(super) fn nth_weekday(y: i32, m: u32, wd: u32, nth: i32) -> Option<NaiveDate> {
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
