//! Holidays of the Chinese and the Islamic calendars, read from a table that
//! `data/build_calendars` writes from ICU4X (`lunar_table.rs`): these calendars follow the
//! moon as observed or computed by an authority, not a rule short enough to write here.
//! Outside the table's years (1900–2100) they have no date: none is better than a wrong one.

use super::lunar_table::{
    CHINESE_FIRST_YEAR, CHINESE_NEW_YEAR, HIJRI_FIRST_DAY, HIJRI_FIRST_YEAR, HIJRI_MONTHS,
};
use chrono::{Datelike, NaiveDate};

/// Chinese New Year (the first day of the first month) in Gregorian year `y`.
pub(super) fn chinese_new_year(y: i32) -> Option<NaiveDate> {
    let k = usize::try_from(y.checked_sub(CHINESE_FIRST_YEAR)?).ok()?;
    NaiveDate::from_yo_opt(y, (*CHINESE_NEW_YEAR.get(k)?).into())
}

/// The dates of Hijri `month` and `day` (Umm al-Qura) in Gregorian year `y`, in order: none,
/// one or two, since a Hijri year is eleven days shorter (2000 had two Eids al-Fitr).
pub(super) fn hijri_dates_in(y: i32, month: u8, day: u8) -> [Option<NaiveDate>; 4] {
    // A Hijri year is 354 or 355 days: the Hijri years that may touch `y`.
    let near = (i64::from(y) - 622) * 33 / 32 + 1;
    [near - 2, near - 1, near, near + 1]
        .map(|year| hijri_day(year, month, day).filter(|d| d.year() == y))
}

/// Hijri `year`, `month` (1–12), `day` as a date, when the table has the year.
fn hijri_day(year: i64, month: u8, day: u8) -> Option<NaiveDate> {
    let k = usize::try_from(year.checked_sub(HIJRI_FIRST_YEAR.into())?).ok()?;
    let this = *HIJRI_MONTHS.get(k)?;
    let length = |bits: u16, months: u8| -> i64 {
        let long = (bits & ((1 << months) - 1)).count_ones();
        29 * i64::from(months) + i64::from(long)
    };
    if !(1..=12).contains(&month) || day == 0 || i64::from(day) > length(this >> (month - 1), 1) {
        return None;
    }
    let years: i64 = HIJRI_MONTHS[..k].iter().map(|&b| length(b, 12)).sum();
    let days = i64::from(HIJRI_FIRST_DAY) + years + length(this, month - 1) + i64::from(day) - 1;
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(days).ok()?)
}
