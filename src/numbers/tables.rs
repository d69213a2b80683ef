//! The vocabulary of the number grammar, as data.

use crate::annotation::Bound;

/// Qualifiers that may stand before a number, inside its span: the words, the bound they
/// put on it, and whether they make it approximate. Longer phrases first.
pub const QUALIFIERS: &[(&str, Option<Bound>, bool)] = &[
    ("more than", Some(Bound::MoreThan), false),
    ("greater than", Some(Bound::MoreThan), false),
    ("less than", Some(Bound::LessThan), false),
    ("fewer than", Some(Bound::LessThan), false),
    ("at least", Some(Bound::AtLeast), false),
    ("no fewer than", Some(Bound::AtLeast), false),
    ("no less than", Some(Bound::AtLeast), false),
    ("at most", Some(Bound::AtMost), false),
    ("no more than", Some(Bound::AtMost), false),
    ("up to", Some(Bound::AtMost), false),
    ("over", Some(Bound::MoreThan), false),
    ("above", Some(Bound::MoreThan), false),
    ("exceeding", Some(Bound::MoreThan), false),
    ("under", Some(Bound::LessThan), false),
    ("below", Some(Bound::LessThan), false),
    ("almost", Some(Bound::LessThan), true),
    ("nearly", Some(Bound::LessThan), true),
    ("approximately", None, true),
    ("about", None, true),
    ("around", None, true),
    ("roughly", None, true),
    ("some", None, true),
    ("circa", None, true),
    ("an estimated", None, true),
];

/// Currency signs and codes written before the amount, with their ISO 4217 code. Multi-token
/// signs (`US$` is `US` `$`) first; an ambiguous `$` is USD.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("US $", "USD"),
    ("A $", "AUD"),
    ("C $", "CAD"),
    ("NZ $", "NZD"),
    ("HK $", "HKD"),
    ("S $", "SGD"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₩", "KRW"),
    ("₴", "UAH"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("CHF", "CHF"),
    ("CNY", "CNY"),
];

/// Scale words after a number, and what they multiply by.
pub const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("k", 1e3),
    ("million", 1e6),
    ("mln", 1e6),
    ("m", 1e6),
    ("mn", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("b", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
];

/// Months: full name and the short form (a short form needs its period, except `may`,
/// `sept` and other forms longer than three letters).
pub const MONTHS: &[(&str, &str)] = &[
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may", "may"),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
];

/// Weekdays, Monday first (ISO numbering).
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Prepositions after which a bare four-digit number is a year.
pub const YEAR_PREPOSITIONS: &[&str] = &[
    "in", "since", "by", "until", "till", "before", "after", "during", "from", "through", "of",
    "early", "late", "mid", "circa",
];
