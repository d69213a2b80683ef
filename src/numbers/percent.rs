//! Percentages: a sign or word after the amount (`20%`, `3.5 percent`, `2 percentage points`,
//! `25 basis points`), before it in a phrase of its own (`percent of 10`), or alone (`the %`).

use super::reader::{Cx, PhraseTable};
use crate::annotation::{Annotation, Label, Value};
use crate::tokenize::TokenKind;

impl Cx<'_> {
    /// A percentage whose word comes first, at `i`: `percent of 10`, `per cent of
    /// twenty-two` (10 %, 22 %). Only as a phrase of its own: the word opens a sentence and
    /// the amount closes it, so `a large percent of 10,000 voters` and `Percent of 10,000
    /// voters backed it` are words, and `20 percent of 50` is read as 20 % before this.
    pub(super) fn percent_first(&self, i: usize) -> Option<(usize, Annotation)> {
        if !self.sentence_start(i) {
            return None;
        }
        let (_, j) = self.longest(i, &PERCENT_HEADS)?;
        if self.lower(j) != "of" {
            return None;
        }
        let num = self.number(j + 1, false)?;
        let closed = num.end == self.tokens.len() || PHRASE_CLOSERS.contains(&self.word(num.end));
        (closed && !num.ordinal).then(|| {
            let value = Value::number(num.value);
            (num.end, self.ann(i, num.end, Label::Percent, value))
        })
    }

    /// A percent sign standing alone at `i`, words either side (`the % of increase`): a
    /// percentage whose amount the text does not give (a value without a number). Not a
    /// sign touching anything (`30%25` in a web address), nor after a number (`20 %`).
    pub(super) fn percent_sign_alone(&self, i: usize) -> Option<(usize, Annotation)> {
        let spaced = i > 0 && !self.touching(i - 1) && !self.touching(i);
        let words_around = self.kind(i.wrapping_sub(1)) == Some(TokenKind::Word)
            && self.kind(i + 1) == Some(TokenKind::Word);
        (self.word(i) == "%" && spaced && words_around)
            .then(|| (i + 1, self.ann(i, i + 1, Label::Percent, Value::default())))
    }
}

/// Percent signs and words after a number.
pub(super) static PERCENT_WORDS: PhraseTable<&str> = PhraseTable::new(
    &[
        "%",
        "percent",
        "percents",
        "per cent",
        "pct",
        "pct.",
        "percentage points",
        "percentage point",
        "percentage",
        "per-cent",
        "points percentage",
    ],
    |p| *p,
);

/// Basis points after a number (`25 basis points`, `25 bps`): a hundredth of a percent.
pub(super) static BASIS_POINTS: PhraseTable<&str> =
    PhraseTable::new(&["basis points", "basis point", "bps", "bp"], |p| *p);

/// Percent words that may come before their amount, heading a phrase of their own:
/// `percent of 10`, `per cent of twenty-two` (10 %, 22 %).
pub(super) static PERCENT_HEADS: PhraseTable<&str> =
    PhraseTable::new(&["percent", "percents", "per cent", "percentage"], |p| *p);

/// Tokens that close a phrase: what may follow the amount of `percent of 10`.
const PHRASE_CLOSERS: &[&str] = &[".", "!", "?", ";", ":", ",", ")"];
