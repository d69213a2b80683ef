//! Spans of time within a day, one TIME annotation with a TIMEX interval: `9am-5pm`, `9:30
//! to 11:00`, `6-9pm`, `between 2 and 4 pm`, `from 7 to 9 tonight` (`T09/T17`, `T09:30/T11:00`,
//! `T18/T21`, `T14/T16`); the day after one joins it (`9:30 to 11:00 on Thursday` is
//! `2026-12-03T09:30/2026-12-03T11:00`). A first hour without a meridiem takes the second's
//! (`6-9pm`). Two bare hours are a span of time only before a part of a day (`7 to 9
//! tonight`): elsewhere they are a range of numbers (`rose from 5 to 6 on Friday`).

use super::RELATIVE_TIMES;
use crate::annotation::{Annotation, Label, Value};
use crate::numbers::dates::iso_value;
use crate::numbers::reader::Cx;
use crate::tokenize::TokenKind;

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

    /// A span of time that opens with a bare hour at `i` (`6-9pm`, `2 to 4 pm`, `between 2
    /// and 4 pm`, `from 7 to 9 tonight`): the second end says the half of the day, or a
    /// part of a day follows it. None for two numbers elsewhere (`6-9`, `5 to 6 on Friday`).
    pub(super) fn time_span_bare(&self, i: usize) -> Option<(usize, Annotation)> {
        let between = self.lower(i) == "between";
        let k = if between { i + 1 } else { i };
        let (h, joiner) = self.bare_hour_number(k)?;
        let joined = if between {
            self.lower(joiner) == "and"
        } else {
            JOINERS.contains(&self.lower(joiner))
        };
        if !joined {
            return None;
        }
        let second = joiner + 1;
        let (to_end, to) = match self.clock_time(second) {
            // `6-9pm`: the second end says its half of the day.
            Some((to_end, to)) if self.says_half_of_day(second, to_end) => {
                (to_end, to.value.and_then(|v| v.iso)?)
            }
            // `7 to 9 tonight`: two bare hours before a part of a day.
            _ => {
                let (h2, to_end) = self.bare_hour_number(second)?;
                self.longest(to_end, &RELATIVE_TIMES)?;
                (to_end, format!("T{h2:02}"))
            }
        };
        let from = in_half_of(&format!("T{h:02}"), &to, true);
        let value = iso_value(format!("{from}/{to}"));
        Some((to_end, self.ann(i, to_end, Label::Time, value)))
    }

    /// An hour written bare at `k` (`9`, `nine`; 1 to 12) and the token after it.
    pub(super) fn bare_hour_number(&self, k: usize) -> Option<(u32, usize)> {
        let (h, end) = if self.kind(k) == Some(TokenKind::Number) {
            let w = self.word(k);
            if w.len() > 2 || !w.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            (w.parse().ok()?, k + 1)
        } else {
            self.small_word_number(k)?
        };
        (1..=12).contains(&h).then_some((h, end))
    }
}

/// The first end of a span of time (`from`, an ISO time: `T06`) read in the half of the day
/// of its second (`to`: `T21`) when `to` says its half (`said`): `6-9pm` is `T18/T21`, but
/// `11-1pm` is `T11/T13`, and the first end keeps its hour when the second's is the
/// 24-hour clock's.
fn in_half_of(from: &str, to: &str, said: bool) -> String {
    let hour = |t: &str| t.get(1..3).and_then(|h| h.parse::<u32>().ok());
    match (hour(from), hour(to)) {
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
