//! Amounts counted by an article or a fraction word, not a number: `a euro`, `a pint`, `an
//! ounce`, `half a mile`, `a third of a cup`, `three quarters of a mile`, `half an hour`.
//!
//! An article counts one only before a unit that is counted so (`a mile`, `a litre`, `a
//! dollar`; not `a foot in the door`, `a degree in law`, `a ton of work`), not after an amount
//! (`$60 a barrel`, `5 miles an hour` are rates), and only where the unit ends the noun
//! (`a euro coin`, `a dollar-based fund` are no amounts).

use super::durations::DURATIONS;
use super::money::{with_minor, CURRENCY_AFTER};
use super::number::{Num, SCALES};
use super::quantities::{unit_word, UNITS_AFTER};
use super::reader::Cx;
use super::words;
use crate::annotation::{Annotation, Label, Value};
use crate::tokenize::TokenKind;

impl Cx<'_> {
    /// An amount counted by an article or a fraction word at `i` ([the module docs](self)).
    pub(super) fn article_amount(&self, i: usize) -> Option<(usize, Annotation)> {
        let (share, j) = self.share(i)?;
        let fraction = share != 1.0;
        if !fraction {
            if let Some(found) = self.one_and_minor(i, j) {
                return Some(found);
            }
        }
        let (label, mut value, end) = self.counted_unit(j, fraction)?;
        if (i > 0 && self.after_amount(i - 1)) || !self.ends_noun(end) {
            return None;
        }
        value.number = Some(share * value.number.unwrap_or(1.0));
        Some((end, self.ann(i, end, label, value)))
    }

    /// `a dollar fifty`, `a pound twenty`, `a buck fifty`, `a euro and 20 cents` at `i`, the
    /// currency at `j`: one of a currency and its minor part ([`Cx::cents_after`]), money
    /// whatever the words around say (a weight has no such part).
    fn one_and_minor(&self, i: usize, j: usize) -> Option<(usize, Annotation)> {
        let (code, end) = match self.longest(j, &CURRENCY_AFTER) {
            Some((&(w, code, 1.0), end)) if COUNTED_CURRENCIES.contains(&w) || w == "buck" => {
                (code, end)
            }
            _ => (self.lower(j) == "pound").then_some(("GBP", j + 1))?,
        };
        if !self.word(j).starts_with(char::is_lowercase) || (i > 0 && self.after_amount(i - 1)) {
            return None;
        }
        let (cents, k) = self.cents_after(end, code, &Num::plain(1.0, end), true)?;
        let value = Value {
            number: Some(with_minor(1.0, cents)),
            currency: Some(code.to_string()),
            ..Value::default()
        };
        Some((k, self.ann(i, k, Label::Money, value)))
    }

    /// What the words at `i` count of a unit, and the token of the unit: `a` one, `half a`
    /// a half, `a third of a` a third, `three quarters of an` three quarters.
    fn share(&self, i: usize) -> Option<(f64, usize)> {
        let article = |k: usize| matches!(self.lower(k), "a" | "an");
        if article(i) {
            // `a third of a cup`
            if let Some(v) = words::article_fraction(self.lower(i), self.lower(i + 1)) {
                return (self.lower(i + 2) == "of" && article(i + 3)).then_some((v, i + 4));
            }
            return Some((1.0, i + 1));
        }
        if self.lower(i) == "half" {
            return article(i + 1).then_some((0.5, i + 2));
        }
        // `three quarters of a mile`, `two thirds of a cup`
        if !(self.lower(i + 2) == "of" && article(i + 3)) {
            return None;
        }
        let pieces = self.lower.get(i..(i + 2).min(self.lower.len()))?;
        let s = words::spelled(pieces.iter().copied())?;
        let ok = s.words == 2 && s.value < 1.0 && s.value > 0.0;
        (ok && s.words == 2).then_some((s.value, i + 4))
    }

    /// A unit counted by an article at `j`: a unit of measure, a currency or a span of time,
    /// singular, as its label, a value with the unit (and the currency's factor in `number`),
    /// and the token after it. Units that are common nouns only after a fraction.
    fn counted_unit(&self, j: usize, fraction: bool) -> Option<(Label, Value, usize)> {
        if self.kind(j) != Some(TokenKind::Word) || self.lower(j).ends_with('s') {
            return None;
        }
        if !self.word(j).starts_with(char::is_lowercase) && !self.all_lower {
            return None;
        }
        // `a grand` of money, where the words around say money: `it cost a grand`.
        if self.grand(j) && self.pounds_are_money(j) == Some(true) {
            let value = Value {
                number: Some(1000.0),
                ..Value::default()
            };
            return Some((Label::Money, value, j + 1));
        }
        // `a pound` of money, where the words around say money: `it costs a pound`.
        if self.lower(j) == "pound" && self.pounds_are_money(j) == Some(true) {
            let value = Value {
                number: Some(1.0),
                currency: Some("GBP".into()),
                ..Value::default()
            };
            return Some((Label::Money, value, j + 1));
        }
        if let Some((&(_, unit), end)) = self.longest(j, &UNITS_AFTER) {
            let counted = fraction || COUNTED_UNITS.contains(&unit);
            let value = Value {
                unit: Some(unit.to_string()),
                ..Value::default()
            };
            return counted.then_some((Label::Quantity, value, end));
        }
        if let Some((&(w, code, factor), end)) = self.longest(j, &CURRENCY_AFTER) {
            let value = Value {
                number: Some(factor),
                currency: Some(code.to_string()),
                ..Value::default()
            };
            return COUNTED_CURRENCIES
                .contains(&w)
                .then_some((Label::Money, value, end));
        }
        let (&(_, unit, label), end) = self.longest(j, &DURATIONS).filter(|_| fraction)?;
        let value = Value {
            unit: Some(unit.to_string()),
            ..Value::default()
        };
        Some((label, value, end))
    }

    /// Whether token `k` ends an amount before it: a number, a unit, a currency, a scale.
    fn after_amount(&self, k: usize) -> bool {
        let w = self.lower(k);
        self.kind(k) == Some(TokenKind::Number)
            || unit_word(w).is_some()
            || SCALES.iter().any(|s| s.0 == w)
            || matches!(w, "%" | "percent" | "per")
    }

    /// Whether the noun ends before token `k`: the line ends, punctuation, or a word that
    /// cannot go on a noun (`a pint of beer`, `a euro each`).
    fn ends_noun(&self, k: usize) -> bool {
        if k >= self.tokens.len() {
            return true;
        }
        let w = self.lower(k);
        match self.kind(k) {
            // A verb (`a pint costs more`, `a mile seemed far`): a singular noun is not
            // followed by a plural one, so a word in `-s` or `-ed` is no compound's end.
            Some(TokenKind::Word) => {
                let verb = (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("ed");
                // Not one that equates the unit with another: `a metric ton is 1,000 kg`.
                let equates = matches!(w, "is" | "was" | "has" | "does" | "equals" | "means");
                NOUN_ENDS.contains(&w)
                    || (verb && !equates && self.word(k).starts_with(char::is_lowercase))
            }
            Some(TokenKind::Number) => false,
            _ => !matches!(w, "-" | "'s" | "/" | "–"),
        }
    }
}

/// Units an article counts (`a mile`, `a litre`); others (`foot`, `yard`, `degree`, `cup`,
/// `ton`, `barrel`) are common nouns or idioms after one, and count only after a fraction.
const COUNTED_UNITS: &[&str] = &[
    "mile",
    "kilometre",
    "metre",
    "centimetre",
    "millimetre",
    "inch",
    "acre",
    "hectare",
    "square mile",
    "square foot",
    "square metre",
    "square kilometre",
    "litre",
    "millilitre",
    "gallon",
    "pint",
    "quart",
    "ounce",
    "pound",
    "kilogram",
    "gram",
    "tonne",
    "metric ton",
    "nautical mile",
];

/// Currency words an article counts (`a euro`, `a dollar`); `a yen for`, `a mark` are other
/// words.
const COUNTED_CURRENCIES: &[&str] = &[
    "dollar",
    "euro",
    "cent",
    "penny",
    "quid",
    "rupee",
    "peso",
    "rouble",
    "ruble",
    "franc",
    "yuan",
    "us dollar",
];

/// Words that may follow an amount counted by an article, where a noun ends: `a pint of
/// beer`, `a euro each`, `a mile away`, `costs a dollar more`. Not a verb: `a metric ton is
/// 1,000 kilograms` names the unit it converts (`unit_in_conversion`).
pub(super) const NOUN_ENDS: &[&str] = &[
    "of", "a", "an", "each", "apiece", "per", "or", "and", "for", "in", "to", "from", "on", "at",
    "by", "with", "than", "more", "less", "away", "long", "high", "wide", "deep", "tall", "off",
    "later", "earlier", "ago", "but", "so", "that", "if", "when", "as", "before", "after", "into",
    "cheaper", "dearer", "higher", "lower", "short",
];
