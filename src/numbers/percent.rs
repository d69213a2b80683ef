//! Percentages: a sign or word after the amount (`20%`, `3.5 percent`, `2 percentage points`,
//! `25 basis points`), before it in a phrase of its own (`percent of 10`), or alone (`the %`).

use super::amount::Suffix;
use super::number::Num;
use super::reader::{Cx, PhraseTable};
use super::words;
use crate::annotation::{Annotation, Label, Value};
use crate::tokenize::TokenKind;

impl Cx<'_> {
    /// A percent sign or word after a number at `i` (`20%`, `20 percentage points`, `25
    /// basis points`, `a quarter of a percentage point`), and the token after it.
    pub(super) fn percent_suffix(&self, i: usize, num: &Num) -> Option<(Suffix, usize)> {
        if let Some((_, j)) = self.longest(i, &PERCENT_WORDS) {
            // `20 percentage points`, `20%`; but not a bare `percentage` in `a percentage`.
            return Some((Suffix::Percent(1.0), j));
        }
        // `25 basis points`, `25 bps` (lower-case: `BP` is a company).
        if let Some((_, j)) = self.longest(i, &BASIS_POINTS) {
            if self.word(i).starts_with('b') {
                return Some((Suffix::Percent(0.01), j));
            }
        }
        // `a quarter of a percentage point`, `half a percent`: a fraction of a percent.
        let k = match (self.lower(i), self.lower(i + 1)) {
            ("of", "a" | "an") => i + 2,
            ("a", _) => i + 1,
            _ => i,
        };
        let fraction = num.spelled && num.value > 0.0 && num.value < 1.0;
        if k > i && fraction {
            if let Some((&p, j)) = self.longest(k, &PERCENT_WORDS) {
                if p != "%" {
                    return Some((Suffix::Percent(1.0), j));
                }
            }
        }
        // `rates rose a quarter point`, `three quarters of a point`: a fraction of a point
        // is of a percentage point where rates move (a whole number of points may be an
        // index's or a game's: `the Dow rose 300 points`).
        let point = fraction && POINT.contains(&self.lower(k)) && self.rates_around(i, k + 1);
        point.then_some((Suffix::Percent(1.0), k + 1))
    }

    /// Whether the words around tokens `i..end` speak of rates (`rates`, `the Fed`, `a rate
    /// cut`, `yields`), where a point is a percentage point, not a share price's dollar
    /// (`shares fell a half point`) or a game's (`half a point ahead`): a few words back
    /// within the sentence, one or two after.
    fn rates_around(&self, i: usize, end: usize) -> bool {
        let before = (i.saturating_sub(10)..i)
            .rev()
            .map(|k| self.lower(k))
            .take_while(|w| !matches!(*w, "." | ";" | "!" | "?"));
        let after = (end..end + 2).map(|k| self.lower(k));
        before.chain(after).any(|w| RATE_CUES.contains(&w))
    }

    /// `half a percentage point`, `half a percent`, `half a point`: a bare fraction before
    /// its percent; `a quarter-point`, `half-point`: a fraction of a point in one word.
    pub(super) fn half_a_percent(&self, i: usize) -> Option<(usize, Annotation)> {
        if let Some(found) = self.point_compound(i) {
            return Some(found);
        }
        let v = words::bare_fraction(self.lower(i)).filter(|_| self.lower(i + 1) == "a")?;
        let j = match self.longest(i + 2, &PERCENT_WORDS) {
            Some((&p, j)) => (p != "%").then_some(j)?,
            None => (POINT.contains(&self.lower(i + 2)) && self.rates_around(i, i + 3))
                .then_some(i + 3)?,
        };
        Some((j, self.ann(i, j, Label::Percent, Value::number(v))))
    }

    /// `a quarter-point`, `half-point`, `three-quarter-point` at `i`: a fraction of a
    /// percentage point in one word (with its article), as `a quarter point` is.
    fn point_compound(&self, i: usize) -> Option<(usize, Annotation)> {
        let article = matches!(self.lower(i), "a" | "an");
        let at = if article { i + 1 } else { i };
        let head = self.lower(at).strip_suffix("-point")?;
        // `three-quarter-point`: a spelled fraction of its own.
        let spelled = || words::spelled(std::iter::once(head));
        let v = words::bare_fraction(head).or_else(|| {
            spelled()
                .filter(|s| !s.ordinal && s.value > 0.0 && s.value < 1.0)
                .map(|s| s.value)
        })?;
        let word = self.kind(at) == Some(TokenKind::Word) && self.lowercase_or_first(at);
        (word && self.rates_around(i, at + 1)).then(|| {
            (
                at + 1,
                self.ann(i, at + 1, Label::Percent, Value::number(v)),
            )
        })
    }

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

    /// `percent` named without its amount after an adjective of size (`a small percent`,
    /// `a large percent of`): a percentage whose amount the text does not give. (Other words
    /// before it are read with the amount they take: `20 percent`, `percent of 10`.)
    pub(super) fn percent_word_alone(&self, i: usize) -> Option<(usize, Annotation)> {
        let (_, j) = self.longest(i, &PERCENT_HEADS)?;
        let sized = i > 1 && SIZE_WORDS.contains(&self.lower(i - 1)) && self.lower(i - 2) == "a";
        sized.then(|| (j, self.ann(i, j, Label::Percent, Value::default())))
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

/// A point after a fraction: `a quarter point` is a quarter of a percentage point.
const POINT: &[&str] = &["point", "points"];

/// Words that speak of rates, around a fraction of a point ([`Cx::rates_around`]).
const RATE_CUES: &[&str] = &[
    "rate",
    "rates",
    "interest",
    "yield",
    "yields",
    "fed",
    "inflation",
    "unemployment",
    "mortgage",
    "mortgages",
    "lending",
    "borrowing",
    "benchmark",
    "bank",
    "hike",
    "hikes",
    "cut",
    "cuts",
    "tightening",
    "easing",
    "poll",
    "polls",
    "approval",
    "growth",
    "gdp",
];

/// Basis points after a number (`25 basis points`, `25 bps`): a hundredth of a percent.
pub(super) static BASIS_POINTS: PhraseTable<&str> = PhraseTable::new(
    // `a 25-basis-point cut`: the unit hyphened to its number.
    &["basis points", "basis point", "basis-point", "bps", "bp"],
    |p| *p,
);

/// Percent words that may come before their amount, heading a phrase of their own:
/// `percent of 10`, `per cent of twenty-two` (10 %, 22 %).
pub(super) static PERCENT_HEADS: PhraseTable<&str> =
    PhraseTable::new(&["percent", "percents", "per cent", "percentage"], |p| *p);

/// Words of size before a percent named alone: `a small percent`.
const SIZE_WORDS: &[&str] = &[
    "small", "large", "big", "tiny", "high", "low", "certain", "huge",
];

/// Tokens that close a phrase: what may follow the amount of `percent of 10`.
const PHRASE_CLOSERS: &[&str] = &[".", "!", "?", ";", ":", ",", ")"];
