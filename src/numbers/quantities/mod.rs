//! Quantities: a unit after the amount (`km`, `square feet`, `(kg)`, `1.8m`), a rate (`50
//! km/h`, `barrels a day`), a compound measure (`5 feet 10 inches`), a measure in one word
//! (`six-mile`, `24703m2`); degrees, conversions and ages in the files beside.

mod ages;
mod conversions;
mod degrees;
mod units;

use super::amount::Suffix;
use super::dates::AGO_WORDS;
use super::digits::parse_digits;
use super::durations::DURATIONS;
use super::money::CURRENCY_AFTER;
use super::reader::Cx;
use super::words;
use crate::annotation::{Annotation, Label, Value};
use crate::tokenize::TokenKind;
use units::UNIT_KINDS;

// What the scan and the other forms read of quantities.
pub(super) use ages::AGE_WORDS;
pub(super) use degrees::ZERO_SIDES;
pub(super) use units::UNITS_AFTER;

/// What a canonical unit measures (`"temperature"`, `"angle"`, `"age"`, `"length"`, `"mass"`
/// …), or `None` for one the grammar composes (`barrel per week`). A bare `degree` is a
/// temperature whose scale the text does not name; an angle in degrees is a `degree of arc`.
pub fn unit_kind(unit: &str) -> Option<&'static str> {
    UNIT_KINDS
        .iter()
        .find(|(_, units)| units.contains(&unit))
        .map(|&(kind, _)| kind)
}

/// A one-word unit, currency or span of time (`mile`, `yen`, `year-old`): its label and a
/// value holding the unit (and, in `number`, its factor).
pub(super) fn unit_word(w: &str) -> Option<(Label, Value)> {
    if let Some(&(_, unit)) = UNITS_AFTER.iter().find(|u| u.0 == w) {
        let value = Value {
            unit: Some(unit.to_string()),
            ..Value::default()
        };
        return Some((Label::Quantity, value));
    }
    if let Some(&(_, code, f)) = CURRENCY_AFTER.iter().find(|c| c.0 == w) {
        let value = Value {
            number: Some(f),
            currency: Some(code.to_string()),
            ..Value::default()
        };
        return Some((Label::Money, value));
    }
    let &(_, unit, label) = DURATIONS.iter().find(|d| d.0 == w)?;
    let value = Value {
        unit: Some(unit.to_string()),
        ..Value::default()
    };
    Some((label, value))
}

/// `million`, `billion`, `multimillion`, `multi-billion`: a large scale alone, before a unit
/// in one word (`million-dollar`), its value and whether `multi` makes it more than one.
pub(super) fn large_scale(w: &str) -> Option<(f64, bool)> {
    let (scale, multi) = match w.strip_prefix("multi") {
        Some(rest) => (rest.trim_start_matches('-'), true),
        None => (w, false),
    };
    let p = match scale {
        "million" => 6,
        "billion" => 9,
        "trillion" => 12,
        _ => return None,
    };
    Some((10f64.powi(p), multi))
}

impl Cx<'_> {
    /// A unit of measure after a number at `i` (`km`, `square feet`), or a rate (`50 km/h`,
    /// `10 barrels a day`, `5 metres per second`), and the token after it.
    pub(crate) fn unit_suffix(&self, i: usize) -> Option<(Suffix, usize)> {
        let (unit, j) = self.measure_unit(i)?;
        if let Some((per, k)) = self.per_time(j).filter(|_| !unit.contains(" of ")) {
            return Some((Suffix::Rate(unit, per), k));
        }
        Some((Suffix::Unit(unit, Label::Quantity, 1.0), j))
    }

    /// Whether `F` at `i`, against its number, is a temperature though a word follows: a
    /// weather reading's number (−80 to 140) and a word of when or where after it (`hit
    /// 104F on Monday`), where a form's code goes on with a noun (`13F filing`) or has an
    /// owner (`its 13F in June`), and a freighter's number is out of range (`777F on`).
    fn weather_after(&self, i: usize) -> bool {
        let number = self.word(i - 1).replace(',', "").parse::<f64>();
        number.is_ok_and(|n| (-80.0..=140.0).contains(&n))
            && WEATHER_FOLLOWERS.contains(&self.lower(i + 1))
            && !(i > 1 && CODE_OWNERS.contains(&self.lower(i - 2)))
    }

    /// A unit of measure after a number at `i` and the token after it: `km`, `square feet`,
    /// `(kg)`, and short forms that are also words only where they cannot be (`1.8m`, `6C`,
    /// `1 m x 2 m`).
    pub(super) fn measure_unit(&self, i: usize) -> Option<(&'static str, usize)> {
        let unit_row = |w: &str| UNITS_AFTER.iter().find(|u| u.0 == w).map(|u| u.1);
        // `20 (kg)`, `20 [kg]`, as in tables.
        if let Some(&(_, close)) = UNIT_BRACKETS.iter().find(|b| b.0 == self.word(i)) {
            if let (Some(unit), true) = (unit_row(self.lower(i + 1)), self.word(i + 2) == close) {
                return Some((unit, i + 3));
            }
        }
        if let Some((&(w, unit), j)) = self.longest(i, &UNITS_AFTER) {
            // Short forms that are also words need the number beside them or to be unusual
            // as words: `5 ft`, `10 km`, but not `in`, `a`, `m` apart from the number.
            // Symbols with a digit are case-sensitive: `m3` is a cubic metre, `M3` money.
            if !(w.contains(|c: char| c.is_ascii_digit()) && self.word(i) != w) {
                return Some((unit, j));
            }
        }
        if self.touching(i.wrapping_sub(1)) {
            if let Some(&(_, unit)) = TOUCHING_UNITS.iter().find(|(u, _)| *u == self.lower(i)) {
                let next_is_word = self.lower(i + 1).starts_with(|c: char| c.is_alphanumeric());
                // `6C` is Celsius, `5c` five cents; `(86F)` Fahrenheit, but a word after `F`
                // makes a code (`13F filing`, `777F to`).
                let scale_letter = matches!(unit, "degree Celsius" | "degree Fahrenheit");
                // A gram is a lower-case `g`: `5G` is a network.
                let gram_ok = unit != "gram" || self.word(i) == "g";
                let ok = gram_ok
                    && (!matches!(unit, "foot" | "inch" | "degree Fahrenheit")
                        || !next_is_word
                        || (unit == "degree Fahrenheit" && self.weather_after(i)))
                    && (!scale_letter
                        || (self.word(i).chars().all(|c| c.is_ascii_uppercase())
                            && !(self.touching(i) && self.word(i + 1) == "/")));
                if ok {
                    return Some((unit, i + 1));
                }
            }
        } else if self.word(i) == "m" && i > 0 && self.kind(i - 1) == Some(TokenKind::Number) {
            // `1 m x 2 m`, `12 m 20 cm`, `3 m/s`: a spaced `m` is a metre where a measure
            // goes on (another number, `x`, `by`, `long`, a rate), or ends the text or a
            // measure begun before (`2 m x 3 m`).
            let next = self.lower(i + 1);
            let ends =
                i + 1 == self.tokens.len() || (i > 1 && matches!(self.lower(i - 2), "x" | "×"));
            let goes_on = self.kind(i + 1) == Some(TokenKind::Number)
                || DIMENSION_JOINERS.contains(&next)
                || self.per_time(i + 1).is_some()
                || ends;
            if goes_on {
                return Some(("metre", i + 1));
            }
        } else if self.word(i) == "\"" && DIMENSION_JOINERS.contains(&self.lower(i + 1)) {
            // `a 10 " long pen`: a spaced inch mark, where no quotation can close.
            return Some(("inch", i + 1));
        }
        None
    }

    /// `per hour`, `/h`, `a day` after a unit at `i`: the unit of time of a rate, and the
    /// token after it. `a` and `an` take only whole words (`a day`, not `a s`).
    pub(super) fn per_time(&self, i: usize) -> Option<(&'static str, usize)> {
        let (words_only, k) = match self.lower(i) {
            "per" | "/" => (false, i + 1),
            "a" | "an" => (true, i + 1),
            _ => return None,
        };
        // `m/s.` at the end of a sentence is one token.
        let word = self.lower(k);
        let short = word
            .strip_suffix('.')
            .filter(|_| !words_only)
            .unwrap_or(word);
        let &(w, unit) = PER_TIMES.iter().find(|t| t.0 == word || t.0 == short)?;
        // `5 kilos a week ago` is not a rate.
        let then = self.lower(k + 1);
        let dated = AGO_WORDS
            .iter()
            .any(|a| a.0.split(' ').next() == Some(then))
            || matches!(then, "later" | "earlier" | "before" | "after");
        (!words_only || (w.starts_with(unit) && !dated)).then_some((unit, k + 1))
    }

    /// The smaller unit of a compound measure after a quantity in `unit` ending at `i`: the
    /// smaller unit, how many of it make one `unit`, its amount, and the token after it.
    pub(super) fn compound_unit(
        &self,
        i: usize,
        unit: &str,
    ) -> Option<(&'static str, f64, f64, usize)> {
        let &(_, small, ratio) = COMPOUND_UNITS.iter().find(|c| c.0 == unit)?;
        // `6-foot-5`: the inches unsaid after a hyphen.
        let hyphened = self.hyphen_within(i);
        if hyphened && small == "inch" && self.kind(i + 1) == Some(TokenKind::Number) {
            let n = self.number(i + 1, false)?;
            let whole = n.value.fract() == 0.0 && (0.0..12.0).contains(&n.value);
            let unit_after = self.measure_unit(n.end).is_some() || self.word(n.end) == "-";
            return (whole && n.end == i + 2 && !unit_after)
                .then_some((small, ratio, n.value, n.end));
        }
        let k = if self.lower(i) == "and" { i + 1 } else { i };
        let n = self.number(k, false)?;
        if n.ordinal {
            return None;
        }
        let end_unit = |j: usize| -> Option<usize> {
            if let Some((&(_, u), j2)) = self.longest(j, &UNITS_AFTER) {
                return (u == small).then_some(j2);
            }
            // `5 ft 2 in`, `5'10"`
            let w = self.lower(j);
            ((small == "inch" && (w == "in" || w == "\"" || w == "in."))
                || (small == "pound" && w == "lb"))
                .then_some(j + 1)
        };
        let j = end_unit(n.end)?;
        Some((small, ratio, n.value, j))
    }

    /// `six-mile`, `one-yen`, `five-year-old`: a spelled number and a unit in one word;
    /// `million-dollar`, `multibillion-dollar`: a scale alone counts one of it, `multi` more
    /// than one, approximately.
    pub(super) fn hyphen_measure(&self, i: usize) -> Option<(usize, Annotation)> {
        let w = self.lower(i);
        if self.kind(i) != Some(TokenKind::Word) || !w.contains('-') {
            return None;
        }
        let parts: Vec<&str> = w.split('-').collect();
        (1..parts.len()).find_map(|k| {
            let head = parts[..k].join("-");
            let rest = parts[k..].join("-");
            let (n, scale, multi) = match words::spelled(std::iter::once(head.as_str())) {
                Some(n) if !n.ordinal => (n.value, false, false),
                Some(_) => return None,
                None => large_scale(&head).map(|(n, multi)| (n, true, multi))?,
            };
            if !self.lowercase_or_first(i) {
                return None;
            }
            // `a million-pound house`, `a five-pound note`: pounds by the million, or where
            // the words around say money, are money.
            let money = || scale || self.pounds_are_money(i) == Some(true);
            let (label, mut value) = match rest.as_str() {
                "pound" if money() => unit_word("sterling")?,
                _ => unit_word(&rest)?,
            };
            value.number = Some(n * value.number.unwrap_or(1.0));
            if multi {
                value.bound = Some(crate::Bound::MoreThan);
                value.approx = Some(true);
            }
            Some((i + 1, self.ann(i, i + 1, label, value)))
        })
    }

    /// `24703m2`, `5cm3`: digits and a unit in one token (the tokenizer splits `10km`).
    pub(super) fn glued_measure(&self, i: usize) -> Option<(usize, Annotation)> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let w = self.word(i);
        let (digits, unit) = w.split_at(w.find(|c: char| c.is_ascii_alphabetic())?);
        let &(_, unit) = UNITS_AFTER.iter().find(|u| u.0 == unit)?;
        let value = Value {
            number: Some(parse_digits(digits)?),
            unit: Some(unit.to_string()),
            ..Value::default()
        };
        Some((i + 1, self.ann(i, i + 1, Label::Quantity, value)))
    }
}

/// Words after a temperature written `104F` that go on the sentence (see
/// [`Cx::weather_after`]).
const WEATHER_FOLLOWERS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "across",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "overnight",
    "this",
    "last",
];

/// Words before a number that make `13F` a thing owned or counted, a form's code (`its 13F
/// in May`), not a temperature.
const CODE_OWNERS: &[&str] = &[
    "a",
    "an",
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "latest",
    "quarterly",
    "form",
];

/// Unit letters that count only written against the number (`1.8m`, `100t`, `5g`, `2L`).
const TOUCHING_UNITS: &[(&str, &str)] = &[
    ("c", "degree Celsius"),
    ("f", "degree Fahrenheit"),
    ("m", "metre"),
    ("t", "tonne"),
    ("g", "gram"),
    ("l", "litre"),
    ("\"", "inch"),
    ("'", "foot"),
];

/// Brackets a unit may stand in after a number, as in tables: `20 (kg)`, `20 [kg]`.
const UNIT_BRACKETS: &[(&str, &str)] = &[("(", ")"), ("[", "]"), ("{", "}"), ("<", ">")];

/// Words after a measure that show another dimension or a description follows (`1 m x 2 m`,
/// `3 m long`): after them a spaced `m` is a metre.
const DIMENSION_JOINERS: &[&str] = &[
    "x", "×", "by", "long", "wide", "high", "tall", "deep", "thick", "across", "square",
];

/// Units of time after `per`, `/`, `a` in a rate (`km/h`, `barrels a day`): the word and the
/// unit; short forms only after `per` or `/`.
const PER_TIMES: &[(&str, &str)] = &[
    ("hour", "hour"),
    ("hr", "hour"),
    ("h", "hour"),
    ("minute", "minute"),
    ("min", "minute"),
    ("second", "second"),
    ("sec", "second"),
    ("s", "second"),
    ("millisecond", "millisecond"),
    ("ms", "millisecond"),
    ("day", "day"),
    ("week", "week"),
    ("month", "month"),
    ("year", "year"),
    ("annum", "year"),
];

/// A larger unit followed by a smaller one of the same kind (`5 feet 10 inches`), and how
/// many of the smaller make the larger: the amount is the sum in the smaller (70 inches).
const COMPOUND_UNITS: &[(&str, &str, f64)] = &[
    ("foot", "inch", 12.0),
    ("pound", "ounce", 16.0),
    ("stone", "pound", 14.0),
    ("metre", "centimetre", 100.0),
    ("kilogram", "gram", 1000.0),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_kinds_cover_every_unit() {
        for unit in UNITS_AFTER
            .iter()
            .map(|u| u.1)
            .chain(TOUCHING_UNITS.iter().map(|u| u.1))
            .chain(COMPOUND_UNITS.iter().map(|u| u.1))
        {
            assert!(
                unit_kind(unit).is_some(),
                "{unit} has no kind in UNIT_KINDS"
            );
        }
        assert_eq!(unit_kind("degree"), Some("temperature"));
        assert_eq!(unit_kind("degree of arc"), Some("angle"));
        assert_eq!(unit_kind("year of age"), Some("age"));
        assert_eq!(unit_kind("barrel per week"), None);
    }
}
