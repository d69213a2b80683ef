//! highlit computes the Hebrew calendar itself (`src/numbers/dates/holidays/hebrew.rs`, read
//! here as a module of this test); ICU4X computes it another way (by the year's keviyah). The
//! two must agree on every day highlit may be asked about.

#[allow(dead_code)]
#[path = "../../../src/numbers/dates/holidays/hebrew.rs"]
mod hebrew;

use chrono::{Datelike, NaiveDate};
use icu_calendar::cal::Hebrew;
use icu_calendar::types::LeapStatus;
use icu_calendar::Date;

#[test]
fn highlit_and_icu4x_agree_on_every_day_from_1900_to_2100() {
    let mut day = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(2100, 12, 31).unwrap();
    let mut wrong = Vec::new();
    while day <= last {
        let (y, m, d) = (day.year(), day.month() as u8, day.day() as u8);
        let icu = Date::try_new_iso(y, m, d).unwrap().to_calendar(Hebrew);
        let month = icu.month();
        // ICU4X counts from Tishrei (1) to Elul (12), Adar I a leap month 5 and Adar or Adar
        // II month 6; highlit from Nisan (1), Adar I 12 and the last Adar 13.
        let ours = match (month.number(), month.leap_status() == LeapStatus::Leap) {
            (_, true) => 12,
            (6, false) => hebrew::LAST_ADAR,
            (n, false) => (n + 5) % 12 + 1,
        };
        let of_day = icu.day_of_month().0;
        if !hebrew::dates_in(y, ours, of_day).contains(&Some(day)) {
            wrong.push(format!("{day}: month {ours} day {of_day}"));
        }
        day = day.succ_opt().unwrap();
    }
    assert!(
        wrong.is_empty(),
        "{} days differ: {:?}",
        wrong.len(),
        &wrong[..wrong.len().min(10)]
    );
}
