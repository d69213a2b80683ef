//! Holidays: `Christmas`, `Easter 2018`, `Independence Day of this year`, `Thanksgiving`;
//! fixed days, days from Easter, and weekdays of a month.

use super::resolve::pick_year;
use super::weekdays::nth_weekday;
use super::{shift_days, ymd};
use crate::annotation::{Annotation, Value};
use crate::numbers::reader::{Cx, PhraseTable};
use chrono::{Datelike, NaiveDate};

/// How a holiday falls in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// On a fixed month and day.
    Fixed(u32, u32),
    /// Some days from Easter Sunday.
    Easter(i32),
    /// The `nth` ISO weekday of a month (`-1`: the last), then some days on: (month,
    /// weekday, nth, days).
    Nth(u32, u32, i32, i32),
}

/// Holidays and how they fall. Phrases as tokens: `new year 's day`.
pub(crate) static HOLIDAYS: PhraseTable<(&str, Holiday)> = PhraseTable::new(
    &[
        ("christmas day", Holiday::Fixed(12, 25)),
        ("christmas eve", Holiday::Fixed(12, 24)),
        ("christmas", Holiday::Fixed(12, 25)),
        ("boxing day", Holiday::Fixed(12, 26)),
        ("new year 's day", Holiday::Fixed(1, 1)),
        ("new year 's eve", Holiday::Fixed(12, 31)),
        ("new years day", Holiday::Fixed(1, 1)),
        ("new years eve", Holiday::Fixed(12, 31)),
        ("new year day", Holiday::Fixed(1, 1)),
        ("new year", Holiday::Fixed(1, 1)),
        ("valentine 's day", Holiday::Fixed(2, 14)),
        ("st. patrick 's day", Holiday::Fixed(3, 17)),
        ("saint patrick 's day", Holiday::Fixed(3, 17)),
        ("saint patrick", Holiday::Fixed(3, 17)),
        ("st. patrick", Holiday::Fixed(3, 17)),
        ("international women 's day", Holiday::Fixed(3, 8)),
        ("earth day", Holiday::Fixed(4, 22)),
        ("international workers ' day", Holiday::Fixed(5, 1)),
        ("may day", Holiday::Fixed(5, 1)),
        ("juneteenth", Holiday::Fixed(6, 19)),
        ("independence day", Holiday::Fixed(7, 4)),
        ("bastille day", Holiday::Fixed(7, 14)),
        ("halloween", Holiday::Fixed(10, 31)),
        ("armistice day", Holiday::Fixed(11, 11)),
        ("remembrance day", Holiday::Fixed(11, 11)),
        ("veterans day", Holiday::Fixed(11, 11)),
        ("easter sunday", Holiday::Easter(0)),
        ("easter monday", Holiday::Easter(1)),
        ("good friday", Holiday::Easter(-2)),
        ("easter", Holiday::Easter(0)),
        // US holidays on a weekday of a month.
        ("martin luther king day", Holiday::Nth(1, 1, 3, 0)),
        ("mlk day", Holiday::Nth(1, 1, 3, 0)),
        ("presidents day", Holiday::Nth(2, 1, 3, 0)),
        ("presidents ' day", Holiday::Nth(2, 1, 3, 0)),
        ("mother 's day", Holiday::Nth(5, 7, 2, 0)),
        ("memorial day", Holiday::Nth(5, 1, -1, 0)),
        ("father 's day", Holiday::Nth(6, 7, 3, 0)),
        ("labor day", Holiday::Nth(9, 1, 1, 0)),
        ("columbus day", Holiday::Nth(10, 1, 2, 0)),
        ("thanksgiving day", Holiday::Nth(11, 4, 4, 0)),
        ("thanksgiving", Holiday::Nth(11, 4, 4, 0)),
        ("black friday", Holiday::Nth(11, 4, 4, 1)),
        ("cyber monday", Holiday::Nth(11, 4, 4, 4)),
    ],
    |r| r.0,
);

impl Cx<'_> {
    /// A holiday's name at `i`, and the token after it.
    pub(crate) fn holiday_name(&self, i: usize) -> Option<(Holiday, usize)> {
        let (&(_, h), j) = self.longest(i, &HOLIDAYS)?;
        Some((h, j))
    }

    /// `Christmas`, `Easter 2018`, `Independence Day of this year`, `Thanksgiving`.
    pub(super) fn holiday(&self, i: usize) -> Option<(usize, Annotation)> {
        let (h, j) = self.holiday_name(i)?;
        let named = self.word(i).starts_with(char::is_uppercase) || self.all_lower;
        let k = if matches!(self.lower(j), "of" | "in" | ",") {
            j + 1
        } else {
            j
        };
        // `Easter 2018`; `Independence Day of this year`, `Thanksgiving next year`
        let (year, end) = match (self.year_digits(k), self.relative_year(k)) {
            (Some(y), _) => (Some(y), k + 1),
            (None, Some((offset, end))) => (
                self.reference().and_then(|r| r.year().checked_add(offset)),
                end,
            ),
            (None, None) => (None, j),
        };
        // `saint patrick 2020`: the saint's name is a holiday only with its year.
        let saint = self.lower(j - 1) == "patrick";
        if (!named || saint) && end == j {
            return None;
        }
        // Without a year, a fixed day is written as one (the scan places it); Easter and
        // Thanksgiving move, so the year the tense rule picks is placed here.
        let iso = match (h, year) {
            (_, Some(y)) => holiday_date(h, y).map(ymd),
            (Holiday::Fixed(m, d), None) => Some(format!("--{m:02}-{d:02}")),
            (_, None) => self.reference().and_then(|r| {
                pick_year(r, self.tense_way(i, end), |y| holiday_date(h, y)).map(ymd)
            }),
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
}

/// The date of holiday `h` in year `y`.
pub(super) fn holiday_date(h: Holiday, y: i32) -> Option<NaiveDate> {
    let shift = |d: NaiveDate, n: i32| shift_days(d, n.into());
    match h {
        Holiday::Fixed(m, d) => NaiveDate::from_ymd_opt(y, m, d),
        Holiday::Easter(n) => shift(easter(y)?, n),
        Holiday::Nth(m, wd, nth, n) => shift(nth_weekday(y, m, wd, nth)?, n),
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
