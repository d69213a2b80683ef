//! The Hebrew calendar by arithmetic: the molad of Tishrei and the four postponements
//! (Dershowitz and Reingold, *Calendrical Calculations*, ch. 8). No table: every year from
//! the rules alone.

use chrono::NaiveDate;

/// Months as the calendar counts them from Nisan; Tishrei starts the year.
pub(super) const NISAN: u8 = 1;
pub(super) const SIVAN: u8 = 3;
pub(super) const TISHREI: u8 = 7;
pub(super) const KISLEV: u8 = 9;
/// Adar of a common year, Adar II of a leap year (where Purim falls).
pub(super) const LAST_ADAR: u8 = 13;

const IYAR: u8 = 2;
const TAMMUZ: u8 = 4;
const ELUL: u8 = 6;
const HESHVAN: u8 = 8;
const TEVET: u8 = 10;
const ADAR: u8 = 12;

/// 1 Tishrei of year 1 (Julian 7 October 3761 BCE), in days from the common era as chrono
/// counts them (1: 1 January of year 1).
const EPOCH: i64 = -1_373_427;

/// The dates of Hebrew `month` and `day` that fall in Gregorian year `y`, in order (one for
/// the holidays highlit reads, which fall in the same season every year).
pub(super) fn dates_in(y: i32, month: u8, day: u8) -> [Option<NaiveDate>; 2] {
    // The Hebrew year starts in September or October: 3761 years ahead of that autumn's.
    [3760, 3761].map(|offset| {
        hebrew_day(i64::from(y) + offset, month, day).filter(|d| chrono::Datelike::year(d) == y)
    })
}

/// Hebrew `year`, `month`, `day` as a date.
fn hebrew_day(year: i64, month: u8, day: u8) -> Option<NaiveDate> {
    let month = if month == LAST_ADAR && !leap(year) {
        ADAR
    } else {
        month
    };
    let last = last_month(year);
    let length = new_year(year + 1) - new_year(year);
    // Months from Tishrei to the year's end, then from Nisan.
    let before: i64 = if month < TISHREI {
        (TISHREI..=last)
            .chain(NISAN..month)
            .map(|m| month_days(year, length, m))
            .sum()
    } else {
        (TISHREI..month).map(|m| month_days(year, length, m)).sum()
    };
    let days = new_year(year) + before + i64::from(day) - 1;
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(days).ok()?)
}

/// Whether `year` has thirteen months (7 of every 19).
fn leap(year: i64) -> bool {
    (7 * year + 1).rem_euclid(19) < 7
}

fn last_month(year: i64) -> u8 {
    if leap(year) {
        LAST_ADAR
    } else {
        ADAR
    }
}

/// The days of `month` in `year`, `length` days long: Heshvan and Kislev take the year's
/// length.
fn month_days(year: i64, length: i64, month: u8) -> i64 {
    let short = match month {
        IYAR | TAMMUZ | ELUL | TEVET | LAST_ADAR => true,
        ADAR => !leap(year),
        HESHVAN => length % 10 != 5,
        KISLEV => length % 10 == 3,
        _ => false,
    };
    if short {
        29
    } else {
        30
    }
}

/// 1 Tishrei of `year`, in days from the common era.
fn new_year(year: i64) -> i64 {
    EPOCH + elapsed_days(year) + delay(year)
}

/// Days from the epoch to the molad of Tishrei of `year`, put off a day when the molad falls
/// on a Sunday, Wednesday or Friday (lo ADU Rosh).
fn elapsed_days(year: i64) -> i64 {
    let months = (235 * year - 234).div_euclid(19);
    let parts = 12_084 + 13_753 * months;
    let days = 29 * months + parts.div_euclid(25_920);
    if (3 * (days + 1)).rem_euclid(7) < 3 {
        days + 1
    } else {
        days
    }
}

/// The days a year's start is put off so that no year has 356 days, nor a year before a leap
/// year 382.
fn delay(year: i64) -> i64 {
    let (before, this, after) = (
        elapsed_days(year - 1),
        elapsed_days(year),
        elapsed_days(year + 1),
    );
    if after - this == 356 {
        2
    } else if this - before == 382 {
        1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, Weekday};

    /// The postponements keep Rosh Hashanah off Sunday, Wednesday and Friday, and so Passover
    /// off Monday, Wednesday and Friday; a year has 353–355 days, or 383–385 with Adar II.
    #[test]
    fn the_rules_of_the_calendar_hold_for_two_centuries() {
        for y in 1900..=2100 {
            let only = |m, d| {
                let all: Vec<NaiveDate> = dates_in(y, m, d).into_iter().flatten().collect();
                assert_eq!(all.len(), 1, "{y}: {m}/{d} {all:?}");
                all[0]
            };
            let rosh_hashanah = only(TISHREI, 1).weekday();
            assert!(
                ![Weekday::Sun, Weekday::Wed, Weekday::Fri].contains(&rosh_hashanah),
                "{y}: {rosh_hashanah}"
            );
            let passover = only(NISAN, 15).weekday();
            assert!(
                ![Weekday::Mon, Weekday::Wed, Weekday::Fri].contains(&passover),
                "{y}: {passover}"
            );
            // Passover to the next Rosh Hashanah is always 163 days.
            assert_eq!((only(TISHREI, 1) - only(NISAN, 15)).num_days(), 163, "{y}");
            let h = i64::from(y) + 3761;
            let length = new_year(h + 1) - new_year(h);
            let lengths: &[i64] = if leap(h) {
                &[383, 384, 385]
            } else {
                &[353, 354, 355]
            };
            assert!(lengths.contains(&length), "{h}: {length}");
        }
    }
}
