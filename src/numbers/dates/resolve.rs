//! Resolution against the reference date. A date that names a point in time without its
//! year, month or week — `February 11`, `the 30th of March`, `3/21`, `on the 3rd`, `November`,
//! `Friday`, `Friday, Nov. 29`, `Monday 21`, `May 4-5`, the day of a time (`noon on Friday`),
//! a quarter (`the third quarter`) —
//! is placed the way a reader who knows the article's date places it: at the nearest such
//! date in the direction its clause points ([`Way`], the tense rule in `tense.rs`). Without a
//! reference date values stay as written (`--02-11`, `{weekday: 5}`): nothing is invented.

use super::tense::Way;
use super::ymd;
use crate::annotation::{Annotation, Value};
use crate::numbers::reader::Cx;
use chrono::{Datelike, Months, NaiveDate, TimeDelta};

/// What a date says of a point in time, short of the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Partial {
    /// A weekday alone (ISO number).
    Weekday(u32),
    /// A month and a day (`--02-11`).
    MonthDay(u32, u32),
    /// A day of a month not named (`---03`), maybe with its weekday (`Monday 21`).
    Day(u32, Option<u32>),
    /// A month (`--11`).
    Month(u32),
    /// A quarter of a year not given (`XXXX-Q3`: `the third quarter`, `in Q3`).
    Quarter(u32),
}

impl Partial {
    /// The partial date an ISO value (`--02-11`, `---03`, `--11`, `XXXX-WXX-5`, or none with
    /// a weekday) writes.
    fn read(date: &str, weekday: Option<u32>) -> Option<Partial> {
        let num = |s: &str| s.parse::<u32>().ok();
        if date.is_empty() {
            return weekday.map(Partial::Weekday);
        }
        if let Some(wd) = date.strip_prefix("XXXX-WXX-") {
            return num(wd)
                .filter(|wd| (1..=7).contains(wd))
                .map(Partial::Weekday);
        }
        if let Some(q) = date.strip_prefix("XXXX-Q") {
            return num(q).filter(|q| (1..=4).contains(q)).map(Partial::Quarter);
        }
        if let Some(d) = date.strip_prefix("---") {
            return Some(Partial::Day(num(d)?, weekday));
        }
        let md = date.strip_prefix("--")?;
        Some(match md.split_once('-') {
            Some((m, d)) => Partial::MonthDay(num(m)?, num(d)?),
            None => Partial::Month(num(md)?),
        })
    }

    /// The days (first and last) this partial date may be, around `r`: every weekday within
    /// a week, day of a month within a year, month and day within four years, month or
    /// quarter within a year.
    fn candidates(self, r: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
        let day = |d: NaiveDate| (d, d);
        let on = |d: &NaiveDate, wd: Option<u32>| {
            wd.is_none_or(|wd| d.weekday().number_from_monday() == wd)
        };
        let y = r.year();
        let first = r.with_day(1);
        match self {
            Partial::Weekday(wd) => (-7..=7)
                .filter_map(|n| r.checked_add_signed(TimeDelta::try_days(n)?))
                .filter(|d| on(d, Some(wd)))
                .map(day)
                .collect(),
            // Four years either way, for the 29th of February. A weekday written with the
            // date (`Friday, Nov. 29`) does not move it to another year: where the two
            // disagree, the date was more likely meant than the weekday.
            Partial::MonthDay(m, d) => (y - 4..=y + 4)
                .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                .map(day)
                .collect(),
            Partial::Day(d, wd) => (-12..=12)
                .filter_map(|n| shift(first?, n)?.with_day(d))
                .filter(|x| on(x, wd))
                .map(day)
                .collect(),
            Partial::Month(m) => months(y, m, 1),
            Partial::Quarter(q) => months(y, 3 * q - 2, 3),
        }
    }

    /// `start`..=`end` written at this partial date's precision.
    fn iso(self, (start, _): (NaiveDate, NaiveDate)) -> String {
        match self {
            Partial::Month(_) => format!("{:04}-{:02}", start.year(), start.month()),
            Partial::Quarter(q) => format!("{:04}-Q{q}", start.year()),
            _ => ymd(start),
        }
    }
}

/// The spans (first and last day) of `len` months from month `m` of the years around `y`.
fn months(y: i32, m: u32, len: u32) -> Vec<(NaiveDate, NaiveDate)> {
    (y - 1..=y + 1)
        .filter_map(|y| {
            let start = NaiveDate::from_ymd_opt(y, m, 1)?;
            Some((
                start,
                start.checked_add_months(Months::new(len))?.pred_opt()?,
            ))
        })
        .collect()
}

/// `d` moved by `n` months, either way.
fn shift(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(Months::new(n as u32))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

/// Of `candidates` (first and last day), the one `way` picks from `r`: the latest that
/// starts on or before it, the first that ends on or after it, or the nearest (back on a
/// tie).
pub(super) fn pick(
    r: NaiveDate,
    way: Way,
    candidates: impl IntoIterator<Item = (NaiveDate, NaiveDate)>,
) -> Option<(NaiveDate, NaiveDate)> {
    let all = candidates.into_iter();
    match way {
        Way::Back => all.filter(|c| c.0 <= r).max_by_key(|c| c.0),
        Way::Forward => all.filter(|c| c.1 >= r).min_by_key(|c| c.0),
        Way::Nearest => all.min_by_key(|&(a, b)| {
            let far = if a > r {
                (a - r).num_days()
            } else if b < r {
                (r - b).num_days()
            } else {
                0
            };
            (far, a)
        }),
    }
}

/// Of the dates `on(year)` gives for years around `r`'s, the one `way` picks (a holiday, a
/// weekday of a month; a year may hold none, or two of an Islamic holiday).
pub(super) fn pick_year<I: IntoIterator<Item = NaiveDate>>(
    r: NaiveDate,
    way: Way,
    on: impl Fn(i32) -> I,
) -> Option<NaiveDate> {
    let y = r.year();
    let mut all = Vec::with_capacity(6);
    for year in y - 1..=y + 1 {
        all.extend(on(year).into_iter().map(|d| (d, d)));
    }
    pick(r, way, all).map(|c| c.0)
}

impl Cx<'_> {
    /// `ann`, over tokens `from..to`, with a partial date in its value placed by the
    /// reference date and the tense rule; unchanged without a reference date or a partial
    /// date. A range's second end follows its first (`May 4-5`, `Dec 30 - Jan 2`).
    pub(crate) fn resolve(&self, from: usize, to: usize, mut ann: Annotation) -> Annotation {
        if let Some(value) = ann.value.as_mut() {
            self.place(value, || self.tense_way(from, to));
        }
        ann
    }

    /// Places the partial date in `value` (not a relative one) by the reference date, the
    /// way `way` gives (asked only when there is something to place).
    pub(super) fn place(&self, value: &mut Value, way: impl FnOnce() -> Way) {
        let Some(r) = self.reference() else {
            return;
        };
        if value.relative.is_some() {
            return;
        }
        let iso = value.iso.as_deref().unwrap_or_default();
        let weekday = value.weekday.map(u32::from);
        // The partial date `date` placed, before `times` (each end's, when a span of time).
        let on_day = |date: &str, times: &[&str], way: Way| {
            let p = Partial::read(date, weekday)?;
            let day = p.iso(pick(r, way, p.candidates(r))?);
            let ends: Vec<String> = times.iter().map(|t| format!("{day}{t}")).collect();
            Some(ends.join("/"))
        };
        let resolved = match iso.split_once('/') {
            Some((a, b)) => {
                let ((day_a, time_a), (day_b, time_b)) = (split_time(a), split_time(b));
                if !time_a.is_empty() && day_a == day_b {
                    // A span of time on one day: `T09:30/T11:00` on Thursday.
                    on_day(day_a, &[time_a, time_b], way())
                } else {
                    resolve_range(r, way, a, b)
                }
            }
            None => {
                let (date, time) = split_time(iso);
                on_day(date, &[time], way())
            }
        };
        if let Some(iso) = resolved {
            value.iso = Some(iso);
        }
    }
}

/// `a/b`, both partial dates, placed: `a` the way `way` gives, `b` on or after it.
fn resolve_range(r: NaiveDate, way: impl FnOnce() -> Way, a: &str, b: &str) -> Option<String> {
    let (pa, pb) = (Partial::read(a, None)?, Partial::read(b, None)?);
    let first = pick(r, way(), pa.candidates(r))?;
    let second = pick(first.0, Way::Forward, pb.candidates(first.0))?;
    Some(format!("{}/{}", pa.iso(first), pb.iso(second)))
}

/// An ISO value cut before its time (`--03-03T09:30` → `--03-03`, `T09:30`).
fn split_time(iso: &str) -> (&str, &str) {
    match iso.find('T') {
        Some(k) => iso.split_at(k),
        None => (iso, ""),
    }
}
