//! Times with their day, one TIME annotation: `9.30am tomorrow`, `noon on Friday`, `3 p.m.
//! Thursday`, `9am on March 3`, `tomorrow at 21:00`, `Friday at noon`, `tomorrow morning at
//! 9`, `Saturday night`, `tonight`, `at 8 tonight` (an hour read in its part of the day:
//! 20:00; `until 2 tonight` is the next day's 02:00). A holiday keeps its own DATE (`Christmas Eve at 6 p.m.`
//! is a date and a time), as in OntoNotes, where it is a name. The value joins the day's ISO date and the time
//! (`2026-12-05T21:00`, TIMEX `2026-11-28TNI` for a part of a day); without a reference date
//! the day keeps what it says (`{weekday: 5, iso: "T12"}`, `{relative: …, iso: "T21:00"}`).

use super::iso_hour;
use crate::annotation::{Annotation, Label, Value};
use crate::numbers::reader::Cx;
use crate::tokenize::TokenKind;

/// The TIMEX code of a part of a day (`morning` → `MO`).
fn day_part_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "tonight" => "NI",
        _ => return None,
    })
}

/// An hour of the 12-hour clock (`7`) read in a part of the day (TIMEX code `part`): after
/// noon in the afternoon and evening (`19`), and at night from 6 to 11; 12 at night is
/// midnight (`0`, of the next day: [`small_hour`]), and 1 to 5 at night are the small hours.
/// An hour of the 24-hour clock, noon and midnight stay as they are.
fn hour_in_part(h: u32, part: &str) -> u32 {
    match (part, h) {
        ("NI", 12) => 0,
        ("NI", 1..=5) => h,
        ("AF" | "EV" | "NI", 1..=11) => h + 12,
        _ => h,
    }
}

/// Whether a time's ISO form (`T02:30`) is in the small hours, midnight to 5:59, which at
/// night belong to the next day.
fn small_hour(iso: &str) -> bool {
    iso_hour(iso).is_some_and(|h| h <= 5)
}

/// A time's ISO form (`T07:45`) read in a part of the day (`T19:45` at night); as it was
/// when it holds no hour. Each end of a span (`T07/T09`) is read so.
fn read_in_part(iso: &str, part: &str) -> String {
    let read = |t: &str| match iso_hour(t) {
        Some(h) => format!("T{:02}{}", hour_in_part(h, part), &t[3..]),
        None => t.to_string(),
    };
    match iso.split_once('/') {
        Some((from, to)) => format!("{}/{}", read(from), read(to)),
        None => read(iso),
    }
}

/// Whether `value` names a day (a date to the day, written in full or in part, or a
/// weekday), which a time can be of.
fn is_day(value: &Value) -> bool {
    let iso = value.iso.as_deref().unwrap_or("");
    let day_iso = (iso.len() == 10 && iso.as_bytes()[4] == b'-')
        || (iso.len() == 7 && iso.starts_with("--"))
        || (iso.len() == 5 && iso.starts_with("---"));
    let relative_day = value.relative.as_ref().is_some_and(|r| r.unit == "day");
    day_iso || (value.weekday.is_some() && iso.is_empty()) || (relative_day && iso.len() != 7)
}

/// The value of a time (`time`, whose ISO form is `T…`) on a day (`day`): the day's date
/// and the time in one ISO value, the day's weekday and offset, the time's bound.
fn on_day(day: &Value, time: Value) -> Value {
    let clock = time.iso.unwrap_or_default();
    Value {
        iso: Some(match (&day.iso, clock.split_once('/')) {
            // A span of time on the day: `2026-12-03T09:30/2026-12-03T11:00`.
            (Some(date), Some((from, to))) => format!("{date}{from}/{date}{to}"),
            (Some(date), None) => format!("{date}{clock}"),
            (None, _) => clock,
        }),
        weekday: day.weekday,
        relative: day.relative.clone(),
        bound: time.bound,
        approx: time.approx,
        ..Value::default()
    }
}

impl Cx<'_> {
    /// A time from `i` to `end` (`ann`) and, when its day follows (`tomorrow`, `on Friday`,
    /// `Thursday`, `tonight`), the two as one TIME.
    pub(crate) fn day_after_time(
        &self,
        i: usize,
        end: usize,
        ann: Annotation,
    ) -> (usize, Annotation) {
        let on = self.lower(end) == "on";
        let k = if on { end + 1 } else { end };
        // `9pm tonight`, `8am this morning`: the day of a part of a day.
        // The time's ISO form read in the part of the day after it, if one follows.
        let mut read = None;
        let part = (!on)
            .then(|| self.longest(k, &super::RELATIVE_TIMES))
            .flatten()
            .map(|(&(_, offset, code), j)| {
                let iso = ann.value.as_ref().and_then(|v| v.iso.as_deref());
                // `7:45 tonight` is 19:45; `7:45am tonight` says its own half of the day.
                if !self.says_half_of_day(i, end) {
                    read = iso.map(|t| read_in_part(t, code));
                }
                // `2 tonight`, `midnight tonight`: the small hours after the night's day.
                let small_hours = code == "NI" && read.as_deref().or(iso).is_some_and(small_hour);
                (
                    j,
                    self.relative_value(offset + i32::from(small_hours), "day"),
                )
            });
        let day = part.or_else(|| {
            // A holiday keeps its own DATE: `Christmas Eve at 6 p.m.` is two.
            if self.holiday_name(k).is_some() {
                return None;
            }
            let (j, day) = self.single_date(k)?;
            let value = day.value.unwrap_or_default();
            is_day(&value).then_some((j, value))
        });
        match day {
            Some((j, day)) => {
                let mut time = ann.value.unwrap_or_default();
                if read.is_some() {
                    time.iso = read;
                }
                let value = on_day(&day, time);
                (j, self.ann(i, j, Label::Time, value))
            }
            None => (end, ann),
        }
    }

    /// Whether the time from `i` to `end` says which half of the day it is in: a meridiem
    /// (`7pm`, `7 p.m.`) or a part of the day (`7 in the evening`).
    pub(super) fn says_half_of_day(&self, i: usize, end: usize) -> bool {
        (i + 1..end).any(|k| self.meridiem(k).is_some() || self.day_part(k).is_some())
    }

    /// A day from `i` to `end` (`ann`) and, when `at` and its time follow (`tomorrow at
    /// 21:00`, `Friday at noon`), the two as one TIME; otherwise the day as it was.
    pub(crate) fn time_after_day(
        &self,
        i: usize,
        end: usize,
        ann: Annotation,
    ) -> (usize, Annotation) {
        let holiday = self.holiday_name(i).is_some_and(|(_, j)| j == end);
        let timed = (ann.label == Label::Date && self.lower(end) == "at" && !holiday)
            .then(|| ann.value.as_ref().filter(|v| is_day(v)))
            .flatten()
            .and_then(|day| {
                let (j, time) = self.clock_time(end + 1)?;
                Some((j, on_day(day, time.value.unwrap_or_default())))
            });
        match timed {
            Some((j, value)) => (j, self.ann(i, j, Label::Time, value)),
            None => (end, ann),
        }
    }

    /// `tonight`, `this morning`, `tomorrow evening` at `i`, with its time when `at` and an
    /// hour follow (`tomorrow morning at 9`, `this evening at 7:30`: the hour read in the part
    /// of the day).
    pub(crate) fn relative_time(&self, i: usize) -> Option<(usize, Annotation)> {
        let (&(_, offset, part), j) = self.longest(i, &super::RELATIVE_TIMES)?;
        let hour = (self.lower(j) == "at")
            .then(|| self.hour_at(j + 1))
            .flatten();
        let (clock, end) = match hour {
            Some((h, rest, end)) => (format!("T{:02}{rest}", hour_in_part(h, part)), end),
            None => (format!("T{part}"), j),
        };
        // `tonight at 2`: the small hours after the night's day.
        let small_hours = part == "NI" && end > j && small_hour(&clock);
        let mut value = self.relative_value(offset + i32::from(small_hours), "day");
        value.iso = Some(value.iso.unwrap_or_default() + &clock);
        Some((end, self.ann(i, end, Label::Time, value)))
    }

    /// The hour after `at` at `k` (`9`, `nine`, `7:30`, `9 pm`, `noon`): the hour, the rest of
    /// its ISO form (`:30`) and the token after it.
    fn hour_at(&self, k: usize) -> Option<(u32, String, usize)> {
        if let Some((end, ann)) = self.clock_time(k) {
            let iso = ann.value?.iso?;
            return Some((iso_hour(&iso)?, iso.get(3..)?.to_string(), end));
        }
        let (h, end) = if self.kind(k) == Some(TokenKind::Number) {
            (self.word(k).parse().ok()?, k + 1)
        } else {
            self.small_word_number(k)?
        };
        (1..=12).contains(&h).then(|| (h, String::new(), end))
    }

    /// `Saturday night`, `Wednesday morning`: a part of a weekday after the weekday that
    /// ended at `end` (`ann`, from `i`), a TIME with the weekday's value and the part's
    /// TIMEX code (`{weekday: 6, iso: "TNI"}`).
    pub(crate) fn weekday_part(
        &self,
        i: usize,
        end: usize,
        ann: &Annotation,
    ) -> Option<(usize, Annotation)> {
        let value = ann.value.as_ref()?;
        // Lower-case, or in capitals with the rest: not `Monday Night Football`.
        let written = self.word(end);
        let plain =
            !written.starts_with(char::is_uppercase) || written.chars().all(|c| !c.is_lowercase());
        let code =
            day_part_code(self.lower(end)).filter(|_| plain && self.lower(end) != "tonight")?;
        if value.weekday.is_none() || self.weekday(end - 1).is_none() {
            return None;
        }
        let mut value = value.clone();
        value.iso = Some(value.iso.unwrap_or_default() + "T" + code);
        Some((end + 1, self.ann(i, end + 1, Label::Time, value)))
    }
}
