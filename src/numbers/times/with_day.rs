//! Times with their day, one TIME annotation: `9.30am tomorrow`, `noon on Friday`, `3 p.m.
//! Thursday`, `9am on March 3`, `tomorrow at 21:00`, `Friday at noon`, `tomorrow morning at
//! 9`, `Saturday night`, `tonight`. A holiday keeps its own DATE (`Christmas Eve at 6 p.m.`
//! is a date and a time), as in OntoNotes, where it is a name. The value joins the day's ISO date and the time
//! (`2026-12-05T21:00`, TIMEX `2026-11-28TNI` for a part of a day); without a reference date
//! the day keeps what it says (`{weekday: 5, iso: "T12"}`, `{relative: …, iso: "T21:00"}`).

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
        iso: Some(match &day.iso {
            Some(date) => format!("{date}{clock}"),
            None => clock,
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
        let part = (!on)
            .then(|| self.longest(k, &super::RELATIVE_TIMES))
            .flatten()
            .map(|(&(_, offset, _), j)| (j, self.relative_value(offset, "day")));
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
                let value = on_day(&day, ann.value.unwrap_or_default());
                (j, self.ann(i, j, Label::Time, value))
            }
            None => (end, ann),
        }
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
        let mut value = self.relative_value(offset, "day");
        let hour = (self.lower(j) == "at")
            .then(|| self.hour_at(j + 1))
            .flatten();
        let (clock, end) = match hour {
            Some((h, rest, end)) => {
                let h = if part != "MO" && h < 12 { h + 12 } else { h };
                (format!("T{h:02}{rest}"), end)
            }
            None => (format!("T{part}"), j),
        };
        value.iso = Some(value.iso.unwrap_or_default() + &clock);
        Some((end, self.ann(i, end, Label::Time, value)))
    }

    /// The hour after `at` at `k` (`9`, `nine`, `7:30`, `9 pm`, `noon`): the hour, the rest of
    /// its ISO form (`:30`) and the token after it.
    fn hour_at(&self, k: usize) -> Option<(u32, String, usize)> {
        if let Some((end, ann)) = self.clock_time(k) {
            let iso = ann.value?.iso?;
            let h = iso.get(1..3)?.parse().ok()?;
            return Some((h, iso.get(3..)?.to_string(), end));
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
