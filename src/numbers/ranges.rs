//! Ranges: two numbers (`10-15`, `10 to 15`, `between 10 and 15`, `$10-15 million`), two whole
//! amounts (`5.25% to 5.5%`), scores that are no range (`52-48`), and spans of days and years
//! (`May 4-5`, `4-5 May`, `March 3 - April 5`, `between 2010 and 2014`).

use super::amount::{Qualifier, Reading};
use super::dates::{iso_value, valid_date};
use super::digits::clean_number;
use super::number::Num;
use super::reader::Cx;
use crate::annotation::{Annotation, Label, Value};
use crate::tokenize::TokenKind;

/// What a joiner and a number after a number make.
pub(super) enum RangeEnd {
    /// A range: its two ends (the first scaled as the second: `10-15 million`) and the token
    /// after it.
    Ends { from: f64, to: f64, end: usize },
    /// A score or a vote (`52-48`), ending before the token given.
    Score(usize),
}

impl Cx<'_> {
    /// Whether a word of change stands before the amount starting at `i` (`rose`, `fell`):
    /// after one, `0.3% to 4.5%` and `$2 to $30` are the change and the level reached.
    fn after_change(&self, i: usize) -> bool {
        i > 0 && CHANGE_WORDS.contains(&self.lower(i - 1))
    }

    /// What a joiner and a second number after the number of `a` make: a range (`10-15`,
    /// `10 to 15`, `between 10 and 15`, `$10-15 million`: the second end's scale applies to
    /// the first) or a score (`52-48`, `3-1`: the first end no lower). None for two years,
    /// or a change and a level (`fell $2 to $30`).
    pub(super) fn number_range(&self, a: &Reading) -> Option<RangeEnd> {
        let num = &a.num;
        let level_after = self.lower(num.end) == "to"
            && self.after_change(a.start)
            && self.currency_before(num.end + 1).is_some();
        if level_after {
            return None;
        }
        // `3:1`, `a 2:1 majority`: a ratio or a score, digits against a colon.
        let colon = num.end;
        let ratio = self.word(colon) == ":"
            && self.touching(colon - 1)
            && self.touching(colon)
            && num.bare_digits
            && a.currency.is_none()
            && self.kind(colon + 1) == Some(TokenKind::Number)
            && self.word(colon + 1).bytes().all(|b| b.is_ascii_digit());
        if ratio {
            return Some(RangeEnd::Score(colon + 2));
        }
        let (to, j) = self.range_end(num.end, a.between, a.currency.is_some())?;
        let years = num.bare_digits
            && to.bare_digits
            && self.is_year_like(a.at_number)
            && self.is_year_like(num.end + 1);
        if years {
            return None;
        }
        // `10-15 million`: the scale after the range applies to both ends.
        let mut from = num.value;
        if to.scaled && !num.scaled && from.abs() < to.value.abs() / 1000.0 {
            let ratio = to.value / clean_number(self.word(j - 2)).unwrap_or(to.value);
            let p = libm::log10(ratio).round() as i32;
            from *= 10f64.powi(p);
        }
        if from >= to.value {
            return Some(RangeEnd::Score(j));
        }
        Some(RangeEnd::Ends {
            from,
            to: to.value,
            end: j,
        })
    }

    /// `5.25% to 5.5%`, `$10 million to $15 million`, `between 5.25% and 5.5%`: a second
    /// whole amount of the same kind after `a`, read without ranges of its own, makes `a` a
    /// range. Not after a change (`rose 0.3% to 4.5%`, `fell $2 to $30`: the change, then the
    /// level), nor from basis points (`5 basis points to 4.25%`).
    pub(super) fn range_of_amounts(&self, a: &mut Reading) {
        let joiner = match self.lower(a.end) {
            "to" | "-" | "–" => true,
            "and" => a.between,
            _ => false,
        };
        let ok = a.from_to.is_none()
            && a.end > a.num.end
            && joiner
            && a.factor >= 1.0
            && !self.after_change(a.start);
        if !ok {
            return;
        }
        let Some((to_end, to_ann)) = self.amount_with(a.end + 1, false) else {
            return;
        };
        let to_value = to_ann.value.unwrap_or_default();
        // Money ranges need money at both ends: `rose 12.71 taka to 228.7` is no range.
        let kind = if a.currency.is_some() {
            Label::Money
        } else {
            a.label
        };
        let same_kind = to_ann.label == kind && to_value.bound.is_none();
        if let (true, Some(to)) = (same_kind, to_value.number) {
            let from = a.value.number.unwrap_or(a.num.value) * a.factor;
            if from < to && to_value.unit == a.value.unit {
                a.from_to = Some((from / a.factor, to / a.factor));
                a.end = to_end;
            }
        }
    }

    /// The second half of a range after a number ending at `i`: a joiner and a number.
    pub(super) fn range_end(&self, i: usize, between: bool, money: bool) -> Option<(Num, usize)> {
        let joiner = self.lower(i);
        if !RANGE_JOINERS.contains(&joiner) {
            return None;
        }
        if joiner == "and" && !between {
            return None;
        }
        if between && joiner != "and" {
            return None;
        }
        if matches!(joiner, "-" | "–" | "—")
            && !(self.touching(i - 1) && self.touching(i))
            && joiner == "-"
        {
            return None;
        }
        let mut k = i + 1;
        if money {
            if let Some((_, 0, j)) = self.currency_before(k) {
                k = j;
            }
        }
        let to = self.number(k, money)?;
        if to.ordinal {
            return None;
        }
        Some((to, to.end))
    }

    /// `52-48`, `3-1`, `3:1`: two counts read together, a CARDINAL without a single value.
    pub(super) fn score(
        &self,
        i: usize,
        at_number: usize,
        end: usize,
        qualifier: Option<&Qualifier>,
    ) -> Option<(usize, Annotation)> {
        if qualifier.is_some() || !matches!(self.word(at_number + 1), "-" | ":") {
            return None;
        }
        Some((end, self.ann(i, end, Label::Cardinal, Value::default())))
    }

    /// `4-5 May`, `4 to 6 May 2024`: days of one month, before it (TIMEX `--05-04/--05-05`).
    pub(super) fn day_range_month(&self, i: usize) -> Option<(usize, Annotation)> {
        let digits = |k: usize| self.kind(k) == Some(TokenKind::Number);
        if !digits(i) || !matches!(self.lower(i + 1), "-" | "–" | "to") || !digits(i + 2) {
            return None;
        }
        let (d1, _) = self.day_number(i).filter(|&(_, j)| j == i + 1)?;
        let (d2, j) = self.day_number(i + 2).filter(|&(d2, _)| d2 > d1)?;
        let k = if self.lower(j) == "of" { j + 1 } else { j };
        let (m, end) = self.month(k)?;
        let year = match self.lower(end) {
            "," => self.year_at(end + 1),
            _ => self.year_at(end),
        };
        let (iso, end) = match year {
            Some((y, e)) if valid_date(y, m, d2) => {
                (format!("{y:04}-{m:02}-{d1:02}/{y:04}-{m:02}-{d2:02}"), e)
            }
            _ if valid_date(2000, m, d2) => (format!("--{m:02}-{d1:02}/--{m:02}-{d2:02}"), end),
            _ => return None,
        };
        self.date_ann(i, end, iso_value(iso))
    }

    /// `between 2010 and 2014`: a span of years (TIMEX `2010/2014`), `between` inside.
    pub(super) fn years_between(&self, i: usize) -> Option<(usize, Annotation)> {
        if self.lower(i) != "between" || self.lower(i + 2) != "and" {
            return None;
        }
        let (y, e) = (self.year_digits(i + 1)?, self.year_digits(i + 3)?);
        let years = (1000..2100).contains(&y) && y < e && e < 2100;
        (years && !self.counted_year(i + 3))
            .then(|| self.date_ann(i, i + 4, iso_value(format!("{y:04}/{e:04}"))))
            .flatten()
    }

    /// A date that ended at `end` (`ann`, from `i`), and the end of a span of days after
    /// it: `May 4-5`, `May 4 to 7, 2024`, `March 3 - April 5` (TIMEX `--05-04/--05-05`).
    /// `ann` itself when none follows.
    pub(super) fn date_range_from(
        &self,
        i: usize,
        end: usize,
        ann: Annotation,
    ) -> (usize, Annotation) {
        let Some(from) = ann.value.as_ref().and_then(|v| v.iso.clone()) else {
            return (end, ann);
        };
        // A day: `--05-04` or `2024-05-04`.
        let day_iso = |iso: &str| {
            (iso.len() == 7 && iso.starts_with("--")) || (iso.len() == 10 && !iso.contains('X'))
        };
        if ann.label != Label::Date
            || !day_iso(&from)
            || !matches!(self.lower(end), "-" | "–" | "to" | "through")
        {
            return (end, ann);
        }
        let j = end + 1;
        // `March 3 - April 5`: a whole second date of the same precision, later.
        if let Some((e2, to)) = self.single_date(j) {
            if let Some(to) = to
                .value
                .and_then(|v| v.iso)
                // Later; or, without years, in the next year (`Dec 30 - Jan 2`).
                .filter(|to| {
                    let later = to.as_str() > from.as_str() || from.starts_with("--");
                    to.len() == from.len() && day_iso(to) && later
                })
            {
                if let Some(found) = self.date_ann(i, e2, iso_value(format!("{from}/{to}"))) {
                    return found;
                }
            }
        }
        // `May 4-5`: a later day of the month named before (not `11/1/96-11`), not counting
        // what follows (`May 4 to 5 people`).
        let Some((d2, k)) = self
            .day_number(j)
            .filter(|_| self.kind(j) == Some(TokenKind::Number) && self.month(i).is_some())
        else {
            return (end, ann);
        };
        let d1: u32 = from[from.len() - 2..].parse().unwrap_or(99);
        let counts = self.kind(k) == Some(TokenKind::Word)
            && self.word(k).starts_with(char::is_lowercase)
            && !self.all_lower;
        if d2 <= d1 || counts {
            return (end, ann);
        }
        let month = &from[from.len() - 5..from.len() - 3];
        let m: u32 = month.parse().unwrap_or(99);
        // `May 4-5, 2024`: the year after both days.
        let year = if from.len() == 7 {
            match self.lower(k) {
                "," => self.year_at(k + 1),
                _ => self.year_at(k),
            }
        } else {
            None
        };
        let (iso, e) = match year {
            Some((y, e)) if valid_date(y, m, d2) => {
                (format!("{y:04}-{month}-{d1:02}/{y:04}-{month}-{d2:02}"), e)
            }
            _ if valid_date(2000, m, d2) => {
                let prefix = &from[..from.len() - 2];
                (format!("{from}/{prefix}{d2:02}"), k)
            }
            _ => return (end, ann),
        };
        self.date_ann(i, e, iso_value(iso)).unwrap_or((end, ann))
    }
}

/// Words joining the two ends of a range: `10-15`, `10 to 15`, `10–15`.
const RANGE_JOINERS: &[&str] = &["-", "–", "—", "to", "and"];

/// Words of change before an amount: after them `0.3% to 4.5%` is the change and the level
/// reached, not a range.
pub(super) const CHANGE_WORDS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "gained",
    "gain",
    "gains",
    "gaining",
    "lost",
    "lose",
    "loses",
    "losing",
    "dropped",
    "drop",
    "drops",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "slipped",
    "slid",
    "declined",
    "decline",
    "declines",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "decreases",
    "cut",
    "cuts",
    "raised",
    "raise",
    "raises",
    "lowered",
    "eased",
    "edged",
    "added",
    "adds",
    "shed",
    "sheds",
    "surged",
    "soared",
    "plunged",
    "tumbled",
    "sank",
    "advanced",
    "retreated",
    "grew",
    "grow",
    "grows",
    "shrank",
    "up",
    "down",
    "by",
];
