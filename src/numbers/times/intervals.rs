//! Spans of time within a day, one TIME annotation with a TIMEX interval: `9am-5pm`, `9:30
//! to 11:00`, `6-9pm`, `between 2 and 4 pm`, `from 7 to 9 tonight` (`T09/T17`, `T09:30/T11:00`,
//! `T18/T21`, `T14/T16`); the day after one joins it (`9:30 to 11:00 on Thursday` is
//! `2026-12-03T09:30/2026-12-03T11:00`). A first hour without a meridiem takes the second's
//! (`6-9pm`). Two bare hours without a meridiem are a span of time only after `from` or
//! `between` and before a part of a day (`from 7 to 9 tonight`): elsewhere they are a range
//! of numbers (`rose from 5 to 6 on Friday`).

use super::{iso_hour, with_meridiem, RELATIVE_TIMES};
use crate::annotation::{Annotation, Label, Value};
use crate::numbers::dates::iso_value;
use crate::numbers::reader::Cx;

/// Words that join the two ends of a span of time (`and` only after `between`).
const JOINERS: &[&str] = &["-", "–", "—", "to", "until", "till", "through"];

impl Cx<'_> {
    /// A span of time whose first end is the time from `i` to `end` (`ann`): the two ends as
    /// one TIME (`9am-5pm`, `9:30 to 11:00`), or `ann` as it was when no second end follows.
    pub(super) fn time_span_from(
        &self,
        i: usize,
        end: usize,
        ann: Annotation,
    ) -> (usize, Annotation) {
        let joined = JOINERS.contains(&self.lower(end));
        let second = joined.then(|| self.clock_time(end + 1)).flatten();
        let first = ann.value.as_ref().and_then(|v| v.iso.as_deref());
        let (Some((to_end, to)), Some(from)) = (second, first) else {
            return (end, ann);
        };
        let Some(to) = to.value.and_then(|v| v.iso) else {
            return (end, ann);
        };
        // `9:30 to 11:00pm`: the first end in the second's half of the day.
        let from = if self.says_half_of_day(i, end) {
            from.to_string()
        } else {
            in_half_of(from, &to, self.says_half_of_day(end + 1, to_end))
        };
        let mut value = ann.value.clone().unwrap_or_default();
        value.iso = Some(format!("{from}/{to}"));
        (to_end, self.ann(i, to_end, Label::Time, value))
    }

    /// `ann`, a number from `i` to `end` that the amount reader found, read as a time when
    /// the words around make it one (the hour or hours bare, 1 to 12):
    /// - a number after `at`, `by`, `until` or `till` (a qualifier between: `at around 8`)
    ///   and before a part of a day or `today`, `tomorrow`, `yesterday`: `at 8 tonight`, `by
    ///   six this morning`, `at 9 tomorrow`;
    /// - a range before a meridiem: `6-9pm`, `between 2 and 4 pm` (`T18/T21`, `T14/T16`);
    /// - a range after `from` or `between` before a part of a day: `from 7 to 9 tonight`.
    ///
    /// Elsewhere such numbers stay numbers (`stood at 5 on Friday`, `rose from 5 to 6 on
    /// Friday`, `lows around 10 tonight`). Asked only of the numbers found, not at every token.
    pub(crate) fn settle_bare_hour(
        &self,
        i: usize,
        end: usize,
        ann: Annotation,
    ) -> (usize, Annotation) {
        let hour = |x: f64| (x.fract() == 0.0 && (1.0..=12.0).contains(&x)).then_some(x as u32);
        let read = ann
            .value
            .as_ref()
            .filter(|_| ann.label == Label::Cardinal)
            .and_then(|v| match (v.number, v.from, v.to) {
                (Some(n), None, None) if v.bound.is_none() => Some((hour(n)?, None)),
                (None, Some(a), Some(b)) => Some((hour(a)?, Some(hour(b)?))),
                // `11-1pm`, read as a score (its first end the higher).
                (None, None, None) if end == i + 3 && self.word(i + 1) == "-" => {
                    let at = |k: usize| hour(self.word(k).parse().ok()?);
                    Some((at(i)?, Some(at(i + 2)?)))
                }
                _ => None,
            });
        let Some((h, second)) = read else {
            return (end, ann);
        };
        let part_follows = self.longest(end, &RELATIVE_TIMES).is_some();
        let before = if i > 0 { self.lower(i - 1) } else { "" };
        let (iso, to_end) = match second {
            None => {
                let day_follows =
                    matches!(self.lower(end), "today" | "tomorrow" | "yesterday") || part_follows;
                // The word before the number, or before its qualifier (`at around 8`).
                let cued = matches!(before, "at" | "by" | "until" | "till");
                if !(day_follows && cued) {
                    return (end, ann);
                }
                (format!("T{h:02}"), end)
            }
            Some(h2) => match self.meridiem(end) {
                // `6-9pm`: the second end says the half of the day.
                Some((pm, k)) => {
                    let to = format!("T{:02}", with_meridiem(h2, pm));
                    (
                        format!("{}/{to}", in_half_of(&format!("T{h:02}"), &to, true)),
                        k,
                    )
                }
                // `from 7 to 9 tonight`: the part of the day says it.
                None if part_follows && (before == "from" || self.lower(i) == "between") => {
                    (format!("T{h:02}/T{h2:02}"), end)
                }
                None => return (end, ann),
            },
        };
        let mut value = iso_value(iso);
        if let Some(v) = &ann.value {
            value.approx = v.approx;
        }
        let time = self.ann(i, to_end, Label::Time, value);
        self.day_after_time(i, to_end, time)
    }
}

/// The first end of a span of time (`from`, an ISO time: `T06`) read in the half of the day
/// of its second (`to`: `T21`) when `to` says its half (`said`): `6-9pm` is `T18/T21`, but
/// `11-1pm` is `T11/T13`, and the first end keeps its hour when the second's is the
/// 24-hour clock's.
fn in_half_of(from: &str, to: &str, said: bool) -> String {
    match (iso_hour(from), iso_hour(to)) {
        (Some(h), Some(h2)) if said && h2 >= 12 && h < 12 && h + 12 <= h2 => {
            format!("T{:02}{}", h + 12, &from[3..])
        }
        _ => from.to_string(),
    }
}

/// Whether a span of time (`value`'s ISO form `T23/T02`) runs past midnight: its second end
/// is on the next day.
pub(super) fn past_midnight(value: &Value) -> bool {
    let ends = value.iso.as_deref().and_then(|iso| iso.split_once('/'));
    ends.is_some_and(|(from, to)| to < from)
}
