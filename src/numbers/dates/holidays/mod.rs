//! Holidays: `Christmas`, `Easter 2018`, `Independence Day of this year`, `Thanksgiving`,
//! `Passover`, `Eid al-Fitr`, `Chinese New Year`; fixed days, days from Easter (Western and
//! Orthodox), weekdays of a month, days of the Hebrew calendar (by arithmetic, `hebrew.rs`),
//! and of the Chinese and Islamic calendars (from a generated table, `lunar.rs`).

mod hebrew;
mod lunar;
mod lunar_table;

use super::calendar::is_calendar_word;
use super::resolve::pick_year;
use super::weekdays::nth_weekday;
use super::{shift_days, ymd};
use crate::annotation::{Annotation, Value};
use crate::numbers::reader::{Cx, PhraseTable};
use chrono::{Datelike, NaiveDate};
use hebrew::{KISLEV, LAST_ADAR, NISAN, SIVAN, TISHREI};

/// How a holiday falls in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// On a fixed month and day.
    Fixed(u32, u32),
    /// Some days from Easter Sunday.
    Easter(i32),
    /// Some days from Orthodox Easter Sunday (the Julian computus).
    OrthodoxEaster(i32),
    /// The `nth` ISO weekday of a month (`-1`: the last), then some days on: (month,
    /// weekday, nth, days).
    Nth(u32, u32, i32, i32),
    /// A month and day of the Hebrew calendar; the holiday starts at the evening before, and
    /// its date is the first full day.
    Hebrew(u8, u8),
    /// A month and day of the Islamic calendar (Umm al-Qura, as Saudi Arabia keeps it).
    Hijri(u8, u8),
    /// The first day of the Chinese year.
    ChineseNewYear,
    /// A holiday whose date highlit does not compute (`Diwali`, which follows a lunisolar
    /// calendar it has no table of; `Eid`, either of two): a date without a value.
    Unknown,
}

/// Holidays and how they fall. Phrases as tokens: `new year 's day`, `eid al-fitr` (an `al-`
/// word is one token), `eid-al - fitr`.
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
        ("epiphany", Holiday::Fixed(1, 6)),
        ("australia day", Holiday::Fixed(1, 26)),
        ("groundhog day", Holiday::Fixed(2, 2)),
        ("valentine 's day", Holiday::Fixed(2, 14)),
        ("st. patrick 's day", Holiday::Fixed(3, 17)),
        ("saint patrick 's day", Holiday::Fixed(3, 17)),
        ("saint patrick", Holiday::Fixed(3, 17)),
        ("st. patrick", Holiday::Fixed(3, 17)),
        ("international women 's day", Holiday::Fixed(3, 8)),
        ("april fools ' day", Holiday::Fixed(4, 1)),
        ("april fool 's day", Holiday::Fixed(4, 1)),
        ("april fools day", Holiday::Fixed(4, 1)),
        ("earth day", Holiday::Fixed(4, 22)),
        ("anzac day", Holiday::Fixed(4, 25)),
        ("international workers ' day", Holiday::Fixed(5, 1)),
        ("may day", Holiday::Fixed(5, 1)),
        ("cinco de mayo", Holiday::Fixed(5, 5)),
        ("ve day", Holiday::Fixed(5, 8)),
        ("juneteenth", Holiday::Fixed(6, 19)),
        ("canada day", Holiday::Fixed(7, 1)),
        ("independence day", Holiday::Fixed(7, 4)),
        ("bastille day", Holiday::Fixed(7, 14)),
        ("halloween", Holiday::Fixed(10, 31)),
        ("all saints ' day", Holiday::Fixed(11, 1)),
        ("all saints day", Holiday::Fixed(11, 1)),
        ("guy fawkes night", Holiday::Fixed(11, 5)),
        ("guy fawkes day", Holiday::Fixed(11, 5)),
        ("bonfire night", Holiday::Fixed(11, 5)),
        ("armistice day", Holiday::Fixed(11, 11)),
        ("remembrance day", Holiday::Fixed(11, 11)),
        ("veterans day", Holiday::Fixed(11, 11)),
        ("kwanzaa", Holiday::Fixed(12, 26)),
        ("easter sunday", Holiday::Easter(0)),
        ("easter monday", Holiday::Easter(1)),
        ("good friday", Holiday::Easter(-2)),
        ("easter", Holiday::Easter(0)),
        ("shrove tuesday", Holiday::Easter(-47)),
        ("mardi gras", Holiday::Easter(-47)),
        ("ash wednesday", Holiday::Easter(-46)),
        ("palm sunday", Holiday::Easter(-7)),
        ("maundy thursday", Holiday::Easter(-3)),
        ("ascension day", Holiday::Easter(39)),
        ("pentecost", Holiday::Easter(49)),
        ("whit sunday", Holiday::Easter(49)),
        ("whitsunday", Holiday::Easter(49)),
        ("whit monday", Holiday::Easter(50)),
        ("orthodox easter", Holiday::OrthodoxEaster(0)),
        ("orthodox christmas", Holiday::Fixed(1, 7)),
        // US holidays on a weekday of a month.
        ("martin luther king day", Holiday::Nth(1, 1, 3, 0)),
        ("martin luther king jr. day", Holiday::Nth(1, 1, 3, 0)),
        ("martin luther king jr day", Holiday::Nth(1, 1, 3, 0)),
        ("mlk day", Holiday::Nth(1, 1, 3, 0)),
        ("presidents day", Holiday::Nth(2, 1, 3, 0)),
        ("presidents ' day", Holiday::Nth(2, 1, 3, 0)),
        ("mother 's day", Holiday::Nth(5, 7, 2, 0)),
        ("memorial day", Holiday::Nth(5, 1, -1, 0)),
        ("father 's day", Holiday::Nth(6, 7, 3, 0)),
        ("labor day", Holiday::Nth(9, 1, 1, 0)),
        ("columbus day", Holiday::Nth(10, 1, 2, 0)),
        // The Tuesday after the first Monday of November.
        ("election day", Holiday::Nth(11, 1, 1, 1)),
        ("thanksgiving day", Holiday::Nth(11, 4, 4, 0)),
        ("thanksgiving", Holiday::Nth(11, 4, 4, 0)),
        ("black friday", Holiday::Nth(11, 4, 4, 1)),
        ("cyber monday", Holiday::Nth(11, 4, 4, 4)),
        // Jewish holidays.
        ("rosh hashanah", Holiday::Hebrew(TISHREI, 1)),
        ("rosh hashana", Holiday::Hebrew(TISHREI, 1)),
        ("yom kippur", Holiday::Hebrew(TISHREI, 10)),
        ("sukkot", Holiday::Hebrew(TISHREI, 15)),
        ("succot", Holiday::Hebrew(TISHREI, 15)),
        ("sukkoth", Holiday::Hebrew(TISHREI, 15)),
        ("hanukkah", Holiday::Hebrew(KISLEV, 25)),
        ("hanukah", Holiday::Hebrew(KISLEV, 25)),
        ("chanukah", Holiday::Hebrew(KISLEV, 25)),
        ("chanukkah", Holiday::Hebrew(KISLEV, 25)),
        ("purim", Holiday::Hebrew(LAST_ADAR, 14)),
        ("passover", Holiday::Hebrew(NISAN, 15)),
        ("pesach", Holiday::Hebrew(NISAN, 15)),
        ("shavuot", Holiday::Hebrew(SIVAN, 6)),
        // Islamic holidays.
        ("ramadan", Holiday::Hijri(9, 1)),
        ("eid al-fitr", Holiday::Hijri(10, 1)),
        ("eid ul-fitr", Holiday::Hijri(10, 1)),
        ("eid el-fitr", Holiday::Hijri(10, 1)),
        ("eid al fitr", Holiday::Hijri(10, 1)),
        ("eid ul fitr", Holiday::Hijri(10, 1)),
        ("eid-al - fitr", Holiday::Hijri(10, 1)),
        ("eid-ul - fitr", Holiday::Hijri(10, 1)),
        ("eid al-adha", Holiday::Hijri(12, 10)),
        ("eid ul-adha", Holiday::Hijri(12, 10)),
        ("eid el-adha", Holiday::Hijri(12, 10)),
        ("eid al adha", Holiday::Hijri(12, 10)),
        ("eid ul adha", Holiday::Hijri(12, 10)),
        ("eid-al - adha", Holiday::Hijri(12, 10)),
        ("eid-ul - adha", Holiday::Hijri(12, 10)),
        ("islamic new year", Holiday::Hijri(1, 1)),
        ("hijri new year", Holiday::Hijri(1, 1)),
        ("eid", Holiday::Unknown),
        // The Chinese calendar, and lunisolar ones highlit has no table of.
        ("chinese new year", Holiday::ChineseNewYear),
        ("lunar new year", Holiday::ChineseNewYear),
        ("diwali", Holiday::Unknown),
        ("deepavali", Holiday::Unknown),
        ("holi", Holiday::Unknown),
        ("vesak", Holiday::Unknown),
    ],
    |r| r.0,
);

/// One-word holidays that are also family names (`Tariq Ramadan`, `Mohamed Eid`): after a
/// capitalised word, a name, unless the word is one that opens a holiday (`During Ramadan`).
const ALSO_NAMES: &[&str] = &["ramadan", "eid"];

/// Words that greet with a holiday's name.
const GREETINGS: &[&str] = &["happy", "merry", "blessed"];

/// Capitalised words that may stand before a holiday that is also a name.
const OPENERS: &[&str] = &[
    "during",
    "since",
    "before",
    "after",
    "until",
    "till",
    "throughout",
    "in",
    "for",
    "at",
    "on",
    "by",
    "from",
    "of",
    "this",
    "last",
    "next",
    "happy",
    "blessed",
    "holy",
    "the",
];

impl Cx<'_> {
    /// A holiday's name at `i`, and the token after it. Not when a capitalised word follows
    /// it at once (other than a month's or a weekday's name): `Christmas Island`, `Easter
    /// Rising`, `Yom Kippur War`, `Thanksgiving Day Parade` are names, which the name model
    /// reads. A word in capitals only says nothing of a name (`I`, `Christmas TV`, a
    /// headline in capitals).
    pub(crate) fn holiday_name(&self, i: usize) -> Option<(Holiday, usize)> {
        let (&(_, h), j) = self.longest(i, &HOLIDAYS)?;
        let next = self.word(j);
        // After a greeting the name is the one greeted: `Happy New Year Amber`.
        let greeted = i > 0 && GREETINGS.contains(&self.lower(i - 1));
        let named = next.starts_with(char::is_uppercase)
            && next.chars().any(char::is_lowercase)
            && !is_calendar_word(self.lower(j))
            && !greeted;
        let surname = j == i + 1
            && ALSO_NAMES.contains(&self.lower(i))
            && i > 0
            && self.word(i - 1).starts_with(char::is_uppercase)
            && !OPENERS.contains(&self.lower(i - 1));
        // `Election Day` is the US one; `Election day`, `election day` any election's.
        let h = match h {
            Holiday::Nth(..) if self.lower(i) == "election" && self.word(j - 1) != "Day" => {
                Holiday::Unknown
            }
            h => h,
        };
        (!named && !surname).then_some((h, j))
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
                pick_year(r, self.tense_way(i, end), |y| holiday_dates(h, y)).map(ymd)
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

/// The date of holiday `h` in year `y`; none when the year has two (an Islamic holiday,
/// every 33 years or so) or the holiday has no computed date.
pub(super) fn holiday_date(h: Holiday, y: i32) -> Option<NaiveDate> {
    match holiday_dates(h, y).as_slice() {
        &[d] => Some(d),
        _ => None,
    }
}

/// The dates a holiday has in one year, in order: one, except that an Islamic holiday may
/// fall twice or not at all, and a holiday without a computed date never. A plain array, not
/// an iterator, so that its callers compile to one loop each (each iterator adapter is code
/// in the wasm build).
#[derive(Clone, Copy, Debug)]
pub(super) struct Dates {
    days: [NaiveDate; 2],
    len: usize,
}

impl Dates {
    /// The dates among `found` (in order), the first two.
    fn of(found: &[Option<NaiveDate>]) -> Dates {
        let mut dates = Dates {
            days: [NaiveDate::MIN; 2],
            len: 0,
        };
        for &d in found.iter().flatten() {
            if let Some(slot) = dates.days.get_mut(dates.len) {
                *slot = d;
                dates.len += 1;
            }
        }
        dates
    }

    pub(super) fn as_slice(&self) -> &[NaiveDate] {
        &self.days[..self.len]
    }
}

impl IntoIterator for Dates {
    type Item = NaiveDate;
    type IntoIter = std::iter::Take<std::array::IntoIter<NaiveDate, 2>>;

    fn into_iter(self) -> Self::IntoIter {
        self.days.into_iter().take(self.len)
    }
}

/// The dates of holiday `h` in year `y` ([`Dates`]).
pub(super) fn holiday_dates(h: Holiday, y: i32) -> Dates {
    let shift = |d: NaiveDate, n: i32| shift_days(d, n.into());
    let one = |d: Option<NaiveDate>| Dates::of(&[d]);
    match h {
        Holiday::Fixed(m, d) => one(NaiveDate::from_ymd_opt(y, m, d)),
        Holiday::Easter(n) => one(easter(y).and_then(|d| shift(d, n))),
        Holiday::OrthodoxEaster(n) => one(orthodox_easter(y).and_then(|d| shift(d, n))),
        Holiday::Nth(m, wd, nth, n) => one(nth_weekday(y, m, wd, nth).and_then(|d| shift(d, n))),
        Holiday::ChineseNewYear => one(lunar::chinese_new_year(y)),
        Holiday::Hebrew(m, d) => Dates::of(&hebrew::dates_in(y, m, d)),
        Holiday::Hijri(m, d) => Dates::of(&lunar::hijri_dates_in(y, m, d)),
        Holiday::Unknown => Dates::of(&[]),
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

/// Orthodox Easter Sunday of year `y`: the Julian computus, its Julian date written in the
/// Gregorian calendar.
fn orthodox_easter(y: i32) -> Option<NaiveDate> {
    let (a, b, c) = (y.rem_euclid(4), y.rem_euclid(7), y.rem_euclid(19));
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34).rem_euclid(7);
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // The Julian calendar runs behind by the Gregorian century days dropped since 1582 (13
    // from March 1900 to February 2100).
    let behind = y.div_euclid(100) - y.div_euclid(400) - 2;
    shift_days(
        NaiveDate::from_ymd_opt(y, month as u32, day as u32)?,
        behind.into(),
    )
}
