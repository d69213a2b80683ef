//! Dates composed of others: a weekday or a unit after next or before last (`the Monday after
//! next`, `the week before last`), a weekday counted from now (`two Thursdays from now`,
//! `three Fridays ago`), and the first or last day of a month or year (`the last day of June
//! 2024`, `the first day of next month`).

use super::calendar::WEEKDAYS;
use super::relative::WeekdayRule;
use super::resolve::pick;
use super::tense::Way;
use super::weekdays::place_weekday;
use super::ymd;
use crate::annotation::{Annotation, Value};
use crate::numbers::reader::Cx;
use chrono::{Datelike, Days, Months, NaiveDate};

/// A month or a year that a day is the first or last of.
enum Period {
    /// A month of a year (`June 2024`, `next month`).
    Month(i32, u32),
    /// A month whose year is not written (`June`): placed by the tense rule.
    MonthAlone(u32),
    /// A year.
    Year(i32),
    /// A period the reference date would place (`next month`) when there is none.
    Unknown,
}

impl Cx<'_> {
    /// A date composed of others at `i`, in any form of the module docs.
    pub(super) fn composed_date(&self, i: usize) -> Option<(usize, Annotation)> {
        self.after_next(i)
            .or_else(|| self.counted_weekdays(i))
            .or_else(|| self.day_of_period(i))
    }

    /// `the Monday after next`, `the week after next`, `the Friday before last`, `the year
    /// before last`: two weeks (or units) on, or back.
    fn after_next(&self, i: usize) -> Option<(usize, Annotation)> {
        let k = if self.lower(i) == "the" { i + 1 } else { i };
        let offset = match (self.lower(k + 1), self.lower(k + 2)) {
            ("after", "next") => 2,
            ("before", "last") => -2,
            _ => return None,
        };
        let end = k + 3;
        if let Some(wd) = self.weekday(k) {
            return self.week_weekday(i, end, wd, offset);
        }
        let unit = self.lower(k);
        // `the day after next` is no phrase; `the day after tomorrow` is in the relative days.
        matches!(unit, "week" | "weekend" | "month" | "year")
            .then(|| self.date_ann(i, end, self.relative_value(offset, unit)))?
    }

    /// `two Thursdays from now`, `three Fridays ago`: the weekday counted that many times
    /// forward or back from the reference date (which is not counted).
    fn counted_weekdays(&self, i: usize) -> Option<(usize, Annotation)> {
        let n = self.number(i, false)?;
        if n.ordinal || n.value.fract() != 0.0 || !(1.0..=52.0).contains(&n.value) {
            return None;
        }
        let plural = self.lower(n.end).strip_suffix('s')?;
        let wd = WEEKDAYS.iter().position(|d| d.0 == plural)? as u32 + 1;
        let (sign, end) = match (self.lower(n.end + 1), self.lower(n.end + 2)) {
            ("from", "now" | "today") => (1, n.end + 3),
            ("hence", _) => (1, n.end + 2),
            ("ago", _) => (-1, n.end + 2),
            _ => return None,
        };
        let mut value = Value {
            weekday: Some(wd as u8),
            ..Value::default()
        };
        if let Some(r) = self.reference() {
            let rule = if sign > 0 {
                WeekdayRule::After
            } else {
                WeekdayRule::Before
            };
            let first = place_weekday(r, wd, rule, 0);
            let weeks = 7 * (n.value as u64 - 1);
            value.iso = first
                .and_then(|d| {
                    if sign > 0 {
                        d.checked_add_days(Days::new(weeks))
                    } else {
                        d.checked_sub_days(Days::new(weeks))
                    }
                })
                .map(ymd);
        }
        self.date_ann(i, end, value)
    }

    /// `the last day of June 2024`, `the first day of next month`, `the last day of 2025`,
    /// `the final day of the year`.
    fn day_of_period(&self, i: usize) -> Option<(usize, Annotation)> {
        let k = if self.lower(i) == "the" { i + 1 } else { i };
        let last = match self.lower(k) {
            "first" => false,
            "last" | "final" => true,
            _ => return None,
        };
        if !(self.lower(k + 1) == "day" && self.lower(k + 2) == "of") {
            return None;
        }
        let (period, end) = self.period_of_day(k + 3)?;
        let reference = self.reference();
        let bounds = |start: NaiveDate, months: u32| {
            let next = start.checked_add_months(Months::new(months))?;
            if last {
                next.pred_opt()
            } else {
                Some(start)
            }
        };
        let day = match period {
            Period::Month(y, m) => bounds(NaiveDate::from_ymd_opt(y, m, 1)?, 1),
            Period::Year(y) => bounds(NaiveDate::from_ymd_opt(y, 1, 1)?, 12),
            Period::MonthAlone(m) => {
                let r = reference;
                let months = (-1..=1).filter_map(|n| {
                    let y = r?.year() + n;
                    let start = NaiveDate::from_ymd_opt(y, m, 1)?;
                    Some((start, start.checked_add_months(Months::new(1))?.pred_opt()?))
                });
                match r {
                    Some(r) => {
                        let way: Way = self.tense_way(i, end);
                        pick(r, way, months).and_then(|(start, _)| bounds(start, 1))
                    }
                    // `the last day of June`: written without its year; February's depends on
                    // it.
                    None => {
                        let iso = match (last, m) {
                            (true, 2) => None,
                            (true, _) => NaiveDate::from_ymd_opt(2001, m, 1)
                                .and_then(|d| bounds(d, 1))
                                .map(|d| format!("--{m:02}-{:02}", d.day())),
                            (false, _) => Some(format!("--{m:02}-01")),
                        };
                        return self.date_ann(i, end, super::iso_value_opt(iso));
                    }
                }
            }
            Period::Unknown => None,
        };
        self.date_ann(i, end, super::iso_value_opt(day.map(ymd)))
    }

    /// The month or year after `the last day of` at `k`, and the token after it.
    fn period_of_day(&self, k: usize) -> Option<(Period, usize)> {
        let reference = self.reference();
        let relative = |offset: i32, months: bool, end: usize| {
            let Some(r) = reference else {
                return Some((Period::Unknown, end));
            };
            let period = if months {
                let d = super::resolve_day(r, offset, "month")?;
                Period::Month(d.year(), d.month())
            } else {
                Period::Year(r.year().checked_add(offset)?)
            };
            Some((period, end))
        };
        // `the month`, `the year`: the current one.
        if self.lower(k) == "the" && matches!(self.lower(k + 1), "month" | "year") {
            return relative(0, self.lower(k + 1) == "month", k + 2);
        }
        if let Some((offset, end)) = self.relative_month(k) {
            return relative(offset, true, end);
        }
        if let Some((offset, end)) = self.relative_year(k) {
            return relative(offset, false, end);
        }
        if let Some((m, j)) = self.month(k) {
            let j2 = if self.word(j) == "," { j + 1 } else { j };
            return Some(match self.year_at(j2) {
                Some((y, end)) => (Period::Month(y, m), end),
                None => (Period::MonthAlone(m), j),
            });
        }
        let y = self.year_digits(k)?;
        Some((Period::Year(y), k + 1))
    }
}
