//! A unit named without an amount, in a conversion (`10 celsius to fahrenheit`, `101
//! fahrenheit is how much celsius`, `a metric ton is equal to 2,204.62 pounds`): a QUANTITY
//! with a unit and no number.

use super::unit_kind;
use super::units::UNITS_AFTER;
use crate::annotation::{Annotation, Label, Value};
use crate::numbers::reader::Cx;
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

impl Cx<'_> {
    /// A unit named without a number at `i`, where a conversion frame makes it a quantity
    /// (a value with a unit and no number): the target after a quantity of its kind (`10
    /// celsius to fahrenheit`, `into`, `in`); either side of `fahrenheit to celsius`; asked
    /// for after a quantity of its kind (`… is how much celsius`); or equated to a quantity
    /// of its kind after `a` (`a metric ton is equal to 2,204.62 pounds`, the span without
    /// `a`). `prev` is the annotation before. Elsewhere a named unit is a word (`in
    /// Celsius`, `Celsius Network`, `how many pounds she gained`).
    pub(crate) fn unit_in_conversion(
        &self,
        i: usize,
        prev: Option<&Annotation>,
    ) -> Option<(usize, Annotation)> {
        if self.first_words.get(i).copied().flatten().is_none()
            || !may_start_spelled_unit(self.lower(i))
        {
            return None;
        }
        let ends_at = |phrase: &str| {
            let n = 1 + phrase.bytes().filter(|&b| b == b' ').count();
            i >= n && self.phrase_at(i - n, phrase) == Some(i)
        };
        // The frame's words first, each a few comparisons; the unit only where one fits.
        let after_quantity = i >= 2
            && CONVERSION_WORDS.iter().any(|c| ends_at(c.0))
            && prev.is_some_and(|a| {
                a.label == Label::Quantity && a.span.end == self.tokens[i - 2].span.end
            });
        let asked = QUESTION_WORDS.iter().any(|q| ends_at(q));
        let after_article = i >= 1 && matches!(self.lower(i - 1), "a" | "an");
        let joined = (1..=3).any(|k| {
            CONVERSION_WORDS
                .iter()
                .any(|c| c.1 && self.lower(i + k) == c.0)
        });
        if !(after_quantity || asked || after_article || joined) {
            return None;
        }
        let (unit, j) = self.spelled_unit_at(i)?;
        let kind = unit_kind(unit)?;
        let prev_kind = prev
            .and_then(|a| a.value.as_ref()?.unit.as_deref())
            .and_then(unit_kind);
        // Asked for after a quantity of its kind (`101 fahrenheit is how much celsius`), not
        // in any question (`how many pounds she gained`).
        let ok = ((after_quantity || asked) && prev_kind == Some(kind))
            || (after_article && self.equals_quantity(j, kind))
            || (CONVERSION_WORDS.iter().any(|c| c.1 && self.lower(j) == c.0)
                && self
                    .spelled_unit_at(j + 1)
                    .is_some_and(|(other, _)| other != unit && unit_kind(other) == Some(kind)));
        let value = Value {
            unit: Some(unit.to_string()),
            ..Value::default()
        };
        ok.then(|| (j, self.ann(i, j, Label::Quantity, value)))
    }

    /// A unit spelled out in words at `i` (`fahrenheit`, `degrees celsius`, `metric ton`; not
    /// short forms such as `in`, `m`, `ft` or `°`) and the token after it.
    fn spelled_unit_at(&self, i: usize) -> Option<(&'static str, usize)> {
        let (&(w, unit), j) = self.longest(i, &UNITS_AFTER)?;
        spells_unit_out(w).then_some((unit, j))
    }

    /// Whether `is`, `equals`, `is equal to` … at `i` and then a quantity of `kind` follow.
    fn equals_quantity(&self, i: usize, kind: &str) -> bool {
        EQUALS_WORDS
            .iter()
            .filter_map(|e| self.phrase_at(i, e))
            .max()
            .and_then(|k| self.amount(k))
            .and_then(|(_, a)| a.value?.unit)
            .is_some_and(|u| unit_kind(&u) == Some(kind))
    }
}

/// Whether a [`UNITS_AFTER`] phrase spells its unit out in words (`fahrenheit`, `metric
/// ton`), so that it can name the unit without a number; short forms (`in`, `m`, `ft`, `°`)
/// cannot.
fn spells_unit_out(phrase: &str) -> bool {
    phrase.len() >= 4 && phrase.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
}

/// Whether a word starts the phrase of a unit spelled out in words ([`spells_unit_out`]): one
/// lookup that rules out most tokens before any conversion frame is tried.
fn may_start_spelled_unit(w: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            UNITS_AFTER
                .iter()
                .filter(|u| spells_unit_out(u.0))
                .filter_map(|u| u.0.split(' ').next())
                .collect()
        })
        .contains(w)
}

/// Words that turn a unit named without a number into a quantity, the target of a
/// conversion: after a quantity of its kind (`convert 10 celsius to fahrenheit`, `200
/// celsius into fahrenheit`, `20 degrees in Fahrenheit`), and, where the flag says so,
/// between two named units of one kind (`fahrenheit to celsius`).
const CONVERSION_WORDS: &[(&str, bool)] = &[("to", true), ("into", true), ("in", false)];

/// Words that ask for an amount in a unit named without a number: `how much celsius`.
const QUESTION_WORDS: &[&str] = &["how much", "how many"];

/// Words between a unit named after `a` or `an` and a quantity of its kind that it equals:
/// `a metric ton is equal to 2,204.62 pounds`.
const EQUALS_WORDS: &[&str] = &["is", "equals", "is equal to", "is the same as", "="];
