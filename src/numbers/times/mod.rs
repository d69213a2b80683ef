//! Times of day: `3 pm`, `15:30`, `3:30 a.m. EST`, `noon`, `seven o'clock`, `half past seven`,
//! `quarter to ten`, `in the evening at 7`, `11ish`, `0700 GMT`; and parts of a day relative
//! to today (`tonight`, `this morning`).

use super::dates::iso_value;
use super::percent::PERCENT_WORDS;
use super::quantities::unit_word;
use super::reader::{Cx, PhraseTable};
use super::words;

mod intervals;
mod with_day;
use crate::annotation::{Annotation, Label};
use crate::tokenize::TokenKind;

impl Cx<'_> {
    /// A time at `i`, after an optional qualifier: `around 1pm`, `about 3:30 a.m. EST`.
    pub(super) fn time(&self, i: usize) -> Option<(usize, Annotation)> {
        // `tonight`, `last night`, `this morning`: a part of a day relative to today.
        if let Some(found) = self.relative_time(i) {
            return Some(found);
        }
        if let Some(found) = self.day_part_first(i) {
            return Some(found);
        }
        let (end, ann) = match self.qualifier(i) {
            Some((&(_, bound, approx), j)) => {
                let (end, mut ann) = self.clock_time(j)?;
                ann.span = self.span(i, end);
                if let Some(v) = ann.value.as_mut() {
                    v.bound = bound;
                    v.approx = approx.then_some(true);
                }
                (end, ann)
            }
            None => self.clock_time(i)?,
        };
        // `9am-5pm`, `9:30 to 11:00`
        let (end, ann) = self.time_span_from(i, end, ann);
        if ann.value.as_ref().is_some_and(intervals::past_midnight) {
            // `11 p.m. to 2 a.m.`: a day after it is the first end's or the second's.
            return Some((end, ann));
        }
        // `9.30am tomorrow`, `noon on Friday`
        Some(self.day_after_time(i, end, ann))
    }

    /// `half past seven`, `20 minutes past eight`, `quarter to ten`, `10 past 9`.
    fn time_past(&self, i: usize) -> Option<(usize, Annotation)> {
        let (minutes, mut j) = match self.lower(i) {
            "half" => (30, i + 1),
            "quarter" => (15, i + 1),
            "a" if self.lower(i + 1) == "quarter" => (15, i + 2),
            _ => {
                let n = self.number(i, false)?;
                let m = n.value;
                if n.ordinal || m.fract() != 0.0 || !(1.0..60.0).contains(&m) {
                    return None;
                }
                (m as u32, n.end)
            }
        };
        let named = matches!(self.lower(i), "half" | "quarter" | "a");
        let unit = matches!(self.lower(j), "minutes" | "minute" | "min" | "mins");
        if unit {
            j += 1;
        }
        let before = match self.lower(j) {
            "past" => false,
            "after" if named || unit => false,
            // `five to six` is a range; `five minutes to six`, `quarter to six` are times.
            "to" | "before" | "of" if named || unit => true,
            _ => return None,
        };
        let (mut h, mut end) = if self.kind(j + 1) == Some(TokenKind::Number) {
            let h: u32 = self.word(j + 1).parse().ok()?;
            (h, j + 2)
        } else {
            self.small_word_number(j + 1)?
        };
        if !(1..=12).contains(&h) {
            return None;
        }
        let (mut min, mut hour) = (minutes, h);
        if before {
            min = 60 - minutes;
            hour = if h == 1 { 12 } else { h - 1 };
        }
        if matches!(self.lower(end), "o'clock" | "oclock") {
            end += 1;
        }
        if let Some((pm, k)) = self.day_part(end) {
            end = k;
            if pm && hour < 12 {
                hour += 12;
            }
        }
        h = hour;
        let iso = format!("T{h:02}:{min:02}");
        Some((end, self.ann(i, end, Label::Time, iso_value(iso))))
    }

    /// `in the morning`, `in the evening`, `at night` after an hour: whether afternoon.
    fn day_part(&self, i: usize) -> Option<(bool, usize)> {
        // Asked at every live token and after every hour: most open no row.
        if !DAY_PART_OPENERS.contains(&self.lower(i)) {
            return None;
        }
        DAY_PARTS
            .iter()
            .filter_map(|&(p, pm)| self.phrase_at(i, p).map(|j| (pm, j)))
            .max_by_key(|&(_, j)| j)
    }

    /// A meridiem at `j` (`pm`, `a.m.`, `p . m .`, touching `a`): whether afternoon, and
    /// the token after it.
    fn meridiem(&self, j: usize) -> Option<(bool, usize)> {
        // `9.am`: a period between the hour and the meridiem.
        if self.word(j) == "." && self.touching(j - 1) && self.touching(j) {
            let w = self.lower(j + 1);
            let &(_, pm) = MERIDIEMS.iter().find(|(m, _)| *m == w && m.len() > 1)?;
            return Some((pm, j + 2));
        }
        let w = self.lower(j);
        // `3 p . m .`: the letters apart.
        if matches!(w, "a" | "p") && self.word(j + 1) == "." && self.lower(j + 2) == "m" {
            let end = if self.word(j + 3) == "." {
                j + 4
            } else {
                j + 3
            };
            return Some((w == "p", end));
        }
        MERIDIEMS
            .iter()
            // `3pm`, `3 p.m.`; the short forms (`9:00a`, `9:00a.`) only touching.
            .find(|(m, _)| {
                *m == w && (!matches!(*m, "a" | "p" | "a." | "p.") || self.touching(j - 1))
            })
            .map(|&(_, pm)| (pm, j + 1))
    }

    /// `in the morning at 7`, `early morning at 8:00`, `in the afternoon 3 o'clock`: a part
    /// of the day, then the hour.
    fn day_part_first(&self, i: usize) -> Option<(usize, Annotation)> {
        let (pm, j) = self.day_part(i)?;
        let at = self.lower(j) == "at";
        let k = if at { j + 1 } else { j };
        let (end, ann) = self.clock_time(k).or_else(|| {
            // `at 7`: a bare hour after `at`, when no unit makes it a count.
            let (h, end) = if self.kind(k) == Some(TokenKind::Number) {
                let h: u32 = self.word(k).parse().ok()?;
                (h, k + 1)
            } else {
                self.small_word_number(k)?
            };
            let next = self.lower(end);
            let counted = unit_word(next).is_some() || PERCENT_WORDS.contains(&next) || next == "%";
            (at && (1..=12).contains(&h) && !counted).then(|| {
                let iso = format!("T{h:02}");
                (end, self.ann(k, end, Label::Time, iso_value(iso)))
            })
        })?;
        let mut value = ann.value.unwrap_or_default();
        // The hour read in the part of the day: `in the afternoon at 7` is 19:00.
        if let Some(iso) = value.iso.as_deref().filter(|t| t.starts_with('T')) {
            let h = iso_hour(iso)?;
            if pm && (1..12).contains(&h) {
                value.iso = Some(format!("T{:02}{}", h + 12, &iso[3..]));
            }
        }
        Some((end, self.ann(i, end, Label::Time, value)))
    }

    /// A time at `i`: `3 pm`, `15:30`, `3:30 a.m. EST`, `noon`, `seven o'clock`, `8.10 pm`.
    pub(super) fn clock_time(&self, i: usize) -> Option<(usize, Annotation)> {
        if let Some(found) = self.time_past(i) {
            return Some(found);
        }
        let w = self.lower(i);
        let ann = |to: usize, iso: String| Some((to, self.ann(i, to, Label::Time, iso_value(iso))));
        match w {
            "noon" | "midday" | "noonish" => return ann(self.zone(i + 1), "T12".into()),
            "midnight" => return ann(self.zone(i + 1), "T00".into()),
            "mid" if self.lower(i + 1) == "night" => return ann(self.zone(i + 2), "T00".into()),
            _ => {}
        }
        let (mut h, mut min, mut sec, digits) = self.clock_reading(i)?;
        let mut j = i + 1;
        if h > 24 || min.is_some_and(|m| m > 59) || sec.is_some_and(|s| s > 59) {
            return None;
        }
        // `12 noon`
        if self.lower(j) == "noon" && h == 12 && min.is_none() {
            return ann(self.zone(j + 1), "T12".into());
        }
        // A meridiem of one letter after a bare hour only where a time is expected: `at 7p`,
        // but `5p` is five pence.
        let letter = matches!(self.lower(j), "a" | "p" | "a." | "p.");
        let expected = i > 0 && matches!(self.lower(i - 1), "at" | "by" | "until" | "till");
        let meridiem = self
            .meridiem(j)
            .filter(|&(_, k)| !letter || k > j + 1 || min.is_some() || expected);
        // `11ish`: about that hour.
        let ish = self.lower(j) == "ish" && self.touching(j - 1) && min.is_none();
        let oclock = matches!(self.lower(j), "o'clock" | "o’clock" | "oclock");
        if let Some((pm, k)) = meridiem {
            if h == 0 || h > 12 {
                return None;
            }
            h = with_meridiem(h, pm);
            j = k;
        } else if ish {
            // `11ish`; not an age, `20ish`.
            if !(1..=12).contains(&h) {
                return None;
            }
            let iso = format!("T{h:02}");
            let mut found = ann(j + 1, iso)?;
            if let Some(v) = found.1.value.as_mut() {
                v.approx = Some(true);
            }
            return Some(found);
        } else if oclock {
            if h == 0 || h > 12 {
                return None;
            }
            j += 1;
            if let Some((pm, k)) = self.day_part(j) {
                h += if pm && h < 12 { 12 } else { 0 };
                j = k;
            }
        } else if let Some((pm, k)) = self.day_part(j).filter(|_| (1..=12).contains(&h)) {
            h += if pm && h < 12 { 12 } else { 0 };
            j = k;
        } else if w.len() == 4 && self.zone(j) > j {
            // `0700 GMT`, `0400 local time`: hours and minutes in four digits, with the zone.
            if h > 23 {
                return None;
            }
        } else if !digits || self.word(i).len() < 4 && w.contains(':') && h > 23 {
            return None;
        }
        if h == 24 {
            h = 0;
            if min.is_some_and(|m| m > 0) {
                return None;
            }
            min = min.or(Some(0));
            sec = sec.filter(|&s| s == 0);
        }
        let iso = match (min, sec) {
            (None, _) => format!("T{h:02}"),
            (Some(m), None) => format!("T{h:02}:{m:02}"),
            (Some(m), Some(s)) => format!("T{h:02}:{m:02}:{s:02}"),
        };
        ann(self.zone(j), iso)
    }

    /// The hour, minutes and seconds written at token `i` (`3`, `15:30`, `15:30:05`, `8.10`
    /// before a meridiem, `1140`) or a spelled hour (`seven`), not yet checked as a time; and
    /// whether minutes came after a separator.
    fn clock_reading(&self, i: usize) -> Option<(u32, Option<u32>, Option<u32>, bool)> {
        let w = self.lower(i);
        Some(if self.kind(i) == Some(TokenKind::Number) {
            // `8.10 pm`: a period between hour and minutes only before a meridiem.
            let dotted = !w.as_bytes().contains(&b':')
                && MERIDIEMS.iter().any(|(m, _)| {
                    *m == self.lower(i + 1) && (m.len() > 2 || matches!(*m, "am" | "pm"))
                });
            // Up to three parts (`15:30:05`), on the stack: this runs at every number.
            let mut split = [""; 3];
            let mut count = 0;
            for p in w.split(if dotted { '.' } else { ':' }) {
                if count == split.len() {
                    return None;
                }
                split[count] = p;
                count += 1;
            }
            let parts = &split[..count];
            let all = parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
            if !all {
                return None;
            }
            let n = split.map(|p| p.parse().unwrap_or(99u32));
            match parts.len() {
                1 if parts[0].len() <= 2 => (n[0], None, None, false),
                // `1140 a.m.`
                1 if parts[0].len() == 4 => (n[0] / 100, Some(n[0] % 100), None, false),
                2 if parts[1].len() == 2 => (n[0], Some(n[1]), None, true),
                3 if parts[1].len() == 2 && parts[2].len() == 2 => {
                    (n[0], Some(n[1]), Some(n[2]), true)
                }
                _ => return None,
            }
        } else {
            let (v, ..) = self.small_word_number(i)?;
            (v, None, None, false)
        })
    }

    /// A spelled hour (`three`, `eleven`): its value.
    pub(super) fn small_word_number(&self, i: usize) -> Option<(u32, usize)> {
        if !self.opens_spelled(i) {
            return None;
        }
        let s = words::spelled(std::iter::once(self.lower(i)))?;
        (s.value.fract() == 0.0 && (1.0..=12.0).contains(&s.value) && !s.ordinal)
            .then_some((s.value as u32, i + 1))
    }

    /// After a time: skip a time-zone abbreviation (`EST`), returning the token after.
    fn zone(&self, j: usize) -> usize {
        if TIME_ZONES.contains(&self.word(j)) {
            j + 1
        } else if self.lower(j) == "local" && self.lower(j + 1) == "time" {
            j + 2
        } else {
            j
        }
    }
}

/// An hour of the 12-hour clock (1 to 12) and its meridiem (`pm`: afternoon) on the 24-hour
/// clock: 12 a.m. is 0, 12 p.m. is 12, 7 p.m. is 19.
fn with_meridiem(h: u32, pm: bool) -> u32 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}

/// The hour of a time's ISO form (`T07:45` is 7; of a span, its first end's); none for a
/// part of a day (`TNI`).
fn iso_hour(iso: &str) -> Option<u32> {
    iso.strip_prefix('T')?.get(..2)?.parse().ok()
}

/// Time-zone abbreviations a time may carry (`3:30 a.m. EST`).
const TIME_ZONES: &[&str] = &[
    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "CT", "MT", "GMT", "UTC",
    "BST", "CET", "CEST", "EET", "EEST", "IST", "JST", "KST", "AEST", "AEDT", "MSK", "HKT",
];

/// Parts of a day said with an hour (`7 in the evening`, `in the morning at 7`): whether
/// afternoon.
const DAY_PARTS: &[(&str, bool)] = &[
    ("in the morning", false),
    ("in the early morning", false),
    ("early in the morning", false),
    ("early morning", false),
    ("in the afternoon", true),
    ("in the evening", true),
    ("at night", true),
    ("late at night", true),
];

/// The first words of [`DAY_PARTS`]: [`Cx::day_part`] reads the rows only at one of them.
const DAY_PART_OPENERS: &[&str] = &["in", "early", "at", "late"];

/// Marks after an hour: morning or afternoon.
const MERIDIEMS: &[(&str, bool)] = &[
    ("am", false),
    ("a.m.", false),
    ("a.m", false),
    ("a", false),
    ("a.", false),
    ("pm", true),
    ("p.m.", true),
    ("p.m", true),
    ("p", true),
    ("p.", true),
];

/// Parts of a day relative to today, which are times (OntoNotes' TIME): the day offset and
/// the part's TIMEX code.
pub(super) static RELATIVE_TIMES: PhraseTable<(&str, i32, &str)> = PhraseTable::new(
    &[
        ("tonight", 0, "NI"),
        ("this morning", 0, "MO"),
        ("this afternoon", 0, "AF"),
        ("this evening", 0, "EV"),
        ("last night", -1, "NI"),
        ("yesterday morning", -1, "MO"),
        ("yesterday afternoon", -1, "AF"),
        ("yesterday evening", -1, "EV"),
        ("tomorrow morning", 1, "MO"),
        ("tomorrow afternoon", 1, "AF"),
        ("tomorrow evening", 1, "EV"),
        ("tomorrow night", 1, "NI"),
    ],
    |r| r.0,
);

#[cfg(test)]
mod tests {
    use super::{DAY_PARTS, DAY_PART_OPENERS};

    #[test]
    fn every_part_of_the_day_opens_with_an_opener() {
        for (phrase, _) in DAY_PARTS {
            let first = phrase.split(' ').next().unwrap_or(phrase);
            assert!(DAY_PART_OPENERS.contains(&first), "{phrase:?}");
        }
    }
}
