//! Spans of time: `three years`, `the past two years`, `2 hours and 15 minutes`, `2h 15m`,
//! `three days later`. DATE for a day and longer, TIME for an hour and shorter.

use super::amount::Suffix;
use super::reader::{Cx, PhraseTable};
use crate::annotation::{Annotation, Label, Value};

impl Cx<'_> {
    /// A span of time after a number at `i` (`years`, `hours`; `24h` written against it),
    /// and the token after it.
    pub(super) fn time_span_suffix(&self, i: usize) -> Option<(Suffix, usize)> {
        if let Some((&(_, unit, label), j)) = self.longest(i, &DURATIONS) {
            return Some((Suffix::Unit(unit, label, 1.0), j));
        }
        // `24h`, `2h 15m`: hours written against the number.
        let glued_hour = GLUED_TIMES
            .iter()
            .any(|g| g.0 == self.lower(i) && g.1 == "hour");
        (glued_hour && self.touching(i.wrapping_sub(1)))
            .then_some((Suffix::Unit("hour", Label::Time, 1.0), i + 1))
    }

    /// `a year ago`, `a week`, `an hour`: `a` counts one before a span of time (not before a
    /// plural, `a few years`, nor in `a year-old`, `a year old`).
    pub(super) fn one_unit_of_time(&self, i: usize) -> Option<(usize, Annotation)> {
        if !matches!(self.lower(i), "a" | "an") {
            return None;
        }
        let (&(_, unit, label), j) = self.longest(i + 1, &DURATIONS)?;
        if let Some((end, v)) = self.ago(j, 1.0, unit).filter(|_| label == Label::Date) {
            return Some((end, self.ann(i, end, Label::Date, v)));
        }
        let singular = !self.lower(i + 1).ends_with('s');
        if !singular || matches!(self.lower(j), "-" | "old") {
            return None;
        }
        let value = Value {
            number: Some(1.0),
            unit: Some(unit.to_string()),
            ..Value::default()
        };
        let j = self.told_from(j);
        Some((j, self.ann(i, j, label, value)))
    }

    /// `the year before`, `the day before`, `the week earlier`: one span of time before a time
    /// the text told of, closing a clause (not `the week before Christmas`, which counts from
    /// a date, nor `the day before yesterday`). Its value is the span's, as `a year
    /// earlier`'s: nothing in the text fixes the time it counts from.
    pub(super) fn the_unit_before(&self, i: usize) -> Option<(usize, Annotation)> {
        if self.lower(i) != "the" {
            return None;
        }
        let (&(word, unit, label), j) = self.longest(i + 1, &DURATIONS)?;
        if word.ends_with('s') || !matches!(self.lower(j), "before" | "earlier") {
            return None;
        }
        if self.lower(j + 1).chars().any(char::is_alphanumeric) {
            return None;
        }
        let value = Value {
            number: Some(1.0),
            unit: Some(unit.to_string()),
            ..Value::default()
        };
        Some((j + 1, self.ann(i, j + 1, label, value)))
    }

    /// After a span of time ending at `i`: past `later` or `earlier`, which place it from
    /// a time the text told of (`three days later`, `a week earlier`; the value stays the
    /// span's, as nothing in the text fixes the time it counts from).
    pub(super) fn told_from(&self, i: usize) -> usize {
        match self.lower(i) {
            "later" | "earlier" => i + 1,
            _ => i,
        }
    }

    /// More of a span of time after one that ends at `i` in `unit`: `2 hours and 15
    /// minutes`, `2 years, 1 month and 21 days`, `2h 15m`, each part in a smaller unit than
    /// the one before. The parts' sum in `unit` and the token after the last; not when the
    /// span is a date's distance (`2 years 3 months ago`).
    pub(super) fn compound_duration(&self, i: usize, unit: &str) -> Option<(f64, usize)> {
        let size = |u: &str| SECONDS_IN.iter().find(|s| s.0 == u).map(|s| s.1);
        let first = size(unit)?;
        let (mut last, mut last_unit) = (first, unit);
        let (mut sum, mut end) = (0.0, None);
        let mut j = i;
        for _ in 0..3 {
            let mut k = j;
            if self.lower(k) == "," {
                k += 1;
            }
            if self.lower(k) == "and" {
                k += 1;
            }
            let Some(n) = self
                .number(k, false)
                .filter(|n| !n.ordinal && n.value >= 0.0)
            else {
                break;
            };
            let glued = self.touching(n.end.wrapping_sub(1));
            let part = match self.longest(n.end, &DURATIONS) {
                Some((&(_, u, _), after)) => Some((u, after)),
                None if matches!(self.lower(n.end), "second" | "sec" | "secs") => {
                    Some(("second", n.end + 1))
                }
                None if glued => GLUED_TIMES
                    .iter()
                    .find(|g| g.0 == self.lower(n.end))
                    .filter(|g| g.0 != "m" || last_unit == "hour")
                    .map(|g| (g.1, n.end + 1)),
                None => None,
            };
            let Some((u, after)) = part else { break };
            let Some(s) = size(u).filter(|&s| s < last) else {
                break;
            };
            sum += n.value * s / first;
            (last, last_unit) = (s, u);
            j = after;
            end = Some(after);
        }
        let end = end?;
        // Six decimals: `3 minutes 49.09 seconds` is 3.818167 minutes.
        let sum = (sum * 1e6).round() / 1e6;
        self.ago(end, 1.0, last_unit)
            .is_none()
            .then_some((sum, end))
    }

    /// `the past two years`, `the last 12 months`, `the next five years`.
    pub(super) fn counted_span(&self, i: usize) -> Option<(usize, Annotation)> {
        let k = if self.lower(i) == "the" { i + 1 } else { i };
        if !matches!(
            self.lower(k),
            "past" | "last" | "next" | "previous" | "coming" | "first"
        ) {
            return None;
        }
        let n = self.number(k + 1, false)?;
        if n.ordinal || n.value < 2.0 {
            return None;
        }
        let (&(_, unit, label), j) = self.longest(n.end, &DURATIONS)?;
        let value = Value {
            number: Some(n.value),
            unit: Some(unit.to_string()),
            ..Value::default()
        };
        Some((j, self.ann(i, j, label, value)))
    }
}

/// Spans of time after a number: DATE for days and longer, TIME for hours and shorter.
pub(super) static DURATIONS: PhraseTable<(&str, &str, Label)> = PhraseTable::new(
    &[
        ("decades", "decade", Label::Date),
        ("decade", "decade", Label::Date),
        ("centuries", "century", Label::Date),
        ("century", "century", Label::Date),
        ("years", "year", Label::Date),
        ("year", "year", Label::Date),
        ("yrs", "year", Label::Date),
        ("yr", "year", Label::Date),
        ("months", "month", Label::Date),
        ("month", "month", Label::Date),
        ("mos", "month", Label::Date),
        ("mo", "month", Label::Date),
        ("mths", "month", Label::Date),
        ("mth", "month", Label::Date),
        ("fortnights", "fortnight", Label::Date),
        ("fortnight", "fortnight", Label::Date),
        ("weeks", "week", Label::Date),
        ("week", "week", Label::Date),
        ("wks", "week", Label::Date),
        ("wk", "week", Label::Date),
        ("days", "day", Label::Date),
        ("day", "day", Label::Date),
        ("hours", "hour", Label::Time),
        ("hour", "hour", Label::Time),
        ("hrs", "hour", Label::Time),
        ("hr", "hour", Label::Time),
        ("minutes", "minute", Label::Time),
        ("minute", "minute", Label::Time),
        ("mins", "minute", Label::Time),
        ("min", "minute", Label::Time),
        ("seconds", "second", Label::Time),
    ],
    |r| r.0,
);

/// Units of time and their length in seconds (a month and a year on average), for a span
/// said in several units (`2 hours and 15 minutes`, `2 years, 1 month and 21 days`).
const SECONDS_IN: &[(&str, f64)] = &[
    ("century", 3_155_695_200.0),
    ("decade", 315_569_520.0),
    ("year", 31_556_952.0),
    ("month", 2_629_746.0),
    ("fortnight", 1_209_600.0),
    ("week", 604_800.0),
    ("day", 86_400.0),
    ("hour", 3_600.0),
    ("minute", 60.0),
    ("second", 1.0),
];

/// Short units of time written against their number (`2h 15m`, `3m 20s`), and the unit;
/// `m` is a minute only after hours.
pub(super) const GLUED_TIMES: &[(&str, &str)] = &[
    ("h", "hour"),
    ("hr", "hour"),
    ("hrs", "hour"),
    ("m", "minute"),
    ("min", "minute"),
    ("mins", "minute"),
    ("s", "second"),
    ("sec", "second"),
    ("secs", "second"),
];
