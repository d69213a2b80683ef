//! Dates: calendar dates at the precision written, weekdays, periods (decades, centuries,
//! quarters, seasons, fiscal years), holidays, and relative dates resolved against a
//! reference date. Values are ISO 8601 where ISO has a form, TIMEX where it has none.

mod calendar;
mod compositions;
mod dateline;
mod holidays;
mod numeric;
mod periods;
mod relative;
mod resolve;
mod tense;
mod weekdays;

use super::reader::Cx;
use crate::annotation::{Annotation, Label, Relative, Value};
use chrono::{Datelike, Months, NaiveDate, TimeDelta};

// What the scan and the other forms read of dates.
pub(crate) use calendar::MONTHS;
pub(super) use calendar::{is_calendar_word, WEEKDAYS};
pub(crate) use dateline::stated_reference;
pub use dateline::{article_date, ArticleDate, HEAD_BYTES, HEAD_LINES};
pub(super) use holidays::HOLIDAYS;
pub(super) use numeric::{compact_date, document_day_first};
pub(super) use periods::{period_code, VAGUE_SPAN_HEADS};
pub(super) use relative::{AGO_WORDS, CALENDAR_UNITS, RELATIVE_DAYS, RELATIVE_MODIFIERS};

/// Whether `y-m-d` is a real calendar date.
pub(super) fn valid_date(y: i32, m: u32, d: u32) -> bool {
    NaiveDate::from_ymd_opt(y, m, d).is_some()
}

/// `d` as an ISO date, `2026-11-29`.
fn ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `iso` as a value.
pub(super) fn iso_value(iso: String) -> Value {
    Value {
        iso: Some(iso),
        ..Value::default()
    }
}

/// `iso` as a value, which may be unknown.
fn iso_value_opt(iso: Option<String>) -> Value {
    Value {
        iso,
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

/// The ISO form of `offset` `unit`s from `reference`: a day, week, month, year, decade or
/// century.
fn resolve_iso(reference: NaiveDate, offset: i32, unit: &str) -> Option<String> {
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
        // TIMEX writes a century by its years' first two digits: `this century` in 2026 is
        // `20XX`, as `the 21st century` is.
        "century" => {
            let y = reference.year().checked_add(offset.checked_mul(100)?)?;
            format!("{:02}XX", y.div_euclid(100))
        }
        _ => return None,
    })
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

/// `YYYY-MM-DD`, a real calendar date, → (year, month, day).
pub(crate) fn parse_calendar_date(w: &str) -> Option<(i32, u32, u32)> {
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

/// Words of moving a date: after them `from Monday to Friday` is the old day and the new.
const MOVES: &[&str] = &[
    "move",
    "moved",
    "moves",
    "moving",
    "postpone",
    "postponed",
    "postpones",
    "delay",
    "delayed",
    "delays",
    "push",
    "pushed",
    "pushes",
    "reschedule",
    "rescheduled",
    "shift",
    "shifted",
    "change",
    "changed",
    "bring",
    "brought",
    "bump",
    "bumped",
];

impl Cx<'_> {
    /// A date at `i`, in any of the forms in the module docs.
    pub(super) fn date(&self, i: usize) -> Option<(usize, Annotation)> {
        if let Some(found) = self.day_range_month(i).or_else(|| self.years_between(i)) {
            return Some(found);
        }
        if let Some(found) = self.about_the_day(i) {
            return Some(found);
        }
        let (end, ann) = self.single_date(i)?;
        if let Some(found) = self.weekday_part(i, end, &ann) {
            return Some(found);
        }
        if let Some(found) = self.weekday_range(i, end, &ann) {
            return Some(found);
        }
        Some(self.date_range_from(i, end, ann))
    }

    /// `Monday to Friday`, `Monday through Friday`, `Mon-Fri`: the weekday from `i` to `end`
    /// (`ann`) and another after a joiner, one DATE whose ends are the two weekdays (TIMEX
    /// `XXXX-WXX-1/XXXX-WXX-5`), which a reference date places as a span (the first end by
    /// the tense rule, the second on or after it: `2026-12-07/2026-12-11`). Both bare
    /// weekdays: not `next Monday to Friday`.
    fn weekday_range(&self, i: usize, end: usize, ann: &Annotation) -> Option<(usize, Annotation)> {
        let bare = |v: &Value| v.iso.is_none() && v.relative.is_none();
        let first = ann.value.as_ref().filter(|v| bare(v))?.weekday?;
        if !matches!(
            self.lower(end),
            "to" | "through" | "thru" | "-" | "–" | "until" | "till"
        ) {
            return None;
        }
        // `moved the vote from Monday to Friday`: a change of day, two dates.
        let moved = i > 0
            && self.lower(i - 1) == "from"
            && (i.saturating_sub(6)..i - 1).any(|k| MOVES.contains(&self.lower(k)));
        if moved {
            return None;
        }
        let (e2, to) = self.single_date(end + 1)?;
        let second = to.value.as_ref().filter(|v| bare(v))?.weekday?;
        let iso = format!("XXXX-WXX-{first}/XXXX-WXX-{second}");
        self.date_ann(i, e2, iso_value(iso))
    }

    /// `around the 21st this month`, `approximately the 3rd of May`: a day, approximately.
    /// (`about` is a preposition too often: `talked about the 3rd of May`.)
    fn about_the_day(&self, i: usize) -> Option<(usize, Annotation)> {
        let about = matches!(
            self.lower(i),
            "around" | "approximately" | "circa" | "roughly"
        );
        if !about || self.lower(i + 1) != "the" {
            return None;
        }
        let (end, mut ann) = self.single_date(i + 1)?;
        let value = ann.value.as_mut()?;
        let iso = value.iso.as_deref().unwrap_or_default();
        let day = iso.len() == 10 || iso.starts_with("--") && iso.len() != 4;
        if !day {
            return None;
        }
        value.approx = Some(true);
        ann.span = self.span(i, end);
        Some((end, ann))
    }

    /// One date at `i`, in any of the forms in the module docs.
    pub(super) fn single_date(&self, i: usize) -> Option<(usize, Annotation)> {
        self.composed_date(i)
            .or_else(|| self.weekday_of_month(i))
            .or_else(|| self.relative_date(i))
            .or_else(|| self.weekday_date(i))
            // Before a month: `April Fools' Day`.
            .or_else(|| self.holiday(i))
            .or_else(|| self.era_year(i))
            .or_else(|| self.calendar_date(i))
            .or_else(|| self.day_of_unnamed_month(i))
            .or_else(|| self.period_date(i))
            .or_else(|| self.in_future(i))
            .or_else(|| self.part_of_period(i))
            .or_else(|| self.quarter_or_season(i))
            .or_else(|| self.fiscal_year(i))
            .or_else(|| self.vague_span(i))
            .or_else(|| self.the_unit_before(i))
    }

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

    /// The reference date relative dates resolve against, if one was given.
    fn reference(&self) -> Option<NaiveDate> {
        let (y, m, d) = self.reference?;
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// A DATE over tokens `from..to` with `value`, and the token after it.
    pub(super) fn date_ann(
        &self,
        from: usize,
        to: usize,
        value: Value,
    ) -> Option<(usize, Annotation)> {
        Some((to, self.ann(from, to, Label::Date, value)))
    }

    /// `offset` `unit`s from now (`{relative: {offset: -1, unit: "week"}}`), with its ISO
    /// form when there is a reference date.
    pub(super) fn relative_value(&self, offset: i32, unit: &str) -> Value {
        Value {
            relative: Some(Relative {
                offset,
                unit: unit.to_string(),
            }),
            iso: self.reference().and_then(|r| resolve_iso(r, offset, unit)),
            ..Value::default()
        }
    }
}
