//! Ages: `age 87`, `aged 18 to 24`, `his 40s`, `her early 30s` (QUANTITY in years of age, as
//! `87 years old`, which the unit table reads).

use crate::annotation::{Annotation, Label, Value};
use crate::numbers::reader::Cx;
use crate::numbers::vocabulary::POSSESSIVES;

impl Cx<'_> {
    /// `his 40s`, `her early 30s`, `his 40's`: an age by its decade after an owner, a QUANTITY
    /// like `87 years old` (`{from: 40, to: 49, unit: "year of age"}`), read at the decade's
    /// token and spanning back to the owner.
    pub(crate) fn age_decade(&self, i: usize) -> Option<(usize, Annotation)> {
        let (from, end) = self.two_digit_decade_at(i).filter(|_| i > 0)?;
        let from = from as f64;
        let part = matches!(self.lower(i - 1), "early" | "mid" | "late");
        let owner_at = if part { i.checked_sub(2)? } else { i - 1 };
        if !POSSESSIVES.contains(&self.lower(owner_at)) {
            return None;
        }
        let value = Value {
            from: Some(from),
            to: Some(from + 9.0),
            unit: Some("year of age".to_string()),
            ..Value::default()
        };
        Some((end, self.ann(owner_at, end, Label::Quantity, value)))
    }

    /// `age 87`, `aged 18 to 24`: an age given after the word, a QUANTITY like `87 years old`.
    pub(crate) fn age_after_word(&self, i: usize) -> Option<(usize, Annotation)> {
        // Not a capitalised `Age` inside a name (`Ice Age 2`).
        if !AGE_WORDS.contains(&self.lower(i))
            || AGE_WORDS.contains(&self.lower(i + 1))
            || !self.lowercase_or_first(i)
        {
            return None;
        }
        let (end, ann) = self.amount_with(i + 1, true)?;
        let mut value = ann.value?;
        let age = |v: f64| (0.0..=130.0).contains(&v);
        let ok = ann.label == Label::Cardinal
            && (value.number.is_some_and(age) || value.to.is_some_and(age));
        if !ok {
            return None;
        }
        value.unit = Some("year of age".to_string());
        Some((end, self.ann(i, end, Label::Quantity, value)))
    }
}

/// Words before an age in years, inside its span: `age 87`, `aged 18 to 24`.
pub(crate) const AGE_WORDS: &[&str] = &["age", "aged", "ages"];
