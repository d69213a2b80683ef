//! A number at a token: digits, words or both, with an optional sign and scale (`-5`,
//! `minus five`, `1.5 million`, `3 hundred and 21`, `95k`), read once per token; and counts
//! given by their order (`thousands`, `tens of thousands`) or left vague (`a few hundred`).

use super::amount::Suffix;
use super::dates::compact_date;
use super::money::{rate_head, CURRENCY_AFTER};
use super::reader::Cx;
use super::words;
use crate::annotation::{Annotation, Label, Value};
use crate::tokenize::TokenKind;
use std::borrow::Cow;

/// The most words a spelled number is read from (`fifty - two` is one); longer runs are
/// cut, so reading stays linear.
const MAX_NUMBER_WORDS: usize = 16;

/// The words of a spelled number, each with the token after it ([`Cx::spelled_words`]): on
/// the stack, as they are gathered at most live tokens (in wasm an allocation costs more
/// than reading them).
pub(super) struct NumberWords<'a> {
    words: [(Cow<'a, str>, usize); MAX_NUMBER_WORDS],
    len: usize,
}

impl<'a> NumberWords<'a> {
    fn push(&mut self, word: Cow<'a, str>, next: usize) {
        self.words[self.len] = (word, next);
        self.len += 1;
    }
}

impl<'a> std::ops::Deref for NumberWords<'a> {
    type Target = [(Cow<'a, str>, usize)];

    fn deref(&self) -> &Self::Target {
        &self.words[..self.len]
    }
}

/// A number read at some token.
#[derive(Clone, Copy, Debug)]
pub(super) struct Num {
    pub(super) value: f64,
    /// The token after it.
    pub(super) end: usize,
    pub(super) ordinal: bool,
    /// Written in words, at least in part.
    pub(super) spelled: bool,
    /// One digits token, nothing else (`2024`, `10`).
    pub(super) bare_digits: bool,
    /// Whether a scale word or letter multiplied it (`1.5 million`).
    pub(super) scaled: bool,
}

impl Num {
    /// A number read from digits or words that are not a year on their own (`bare_digits`
    /// false), unscaled, not an ordinal, ending before token `end`.
    pub(super) fn plain(value: f64, end: usize) -> Num {
        Num {
            value,
            end,
            ordinal: false,
            spelled: false,
            bare_digits: false,
            scaled: false,
        }
    }
}

impl Cx<'_> {
    /// A number at `i`: digits, words or both, with an optional sign and scale. `money` says
    /// a currency came before it, which lets `m` and `b` mean million and billion.
    pub(super) fn number(&self, i: usize, money: bool) -> Option<Num> {
        self.kept(
            i,
            |m| &m.number[usize::from(money)],
            || self.signed_number(i, money),
        )
    }

    /// Whether a spelled number can start at token `i` ([`words::may_open`] of its word):
    /// asked by most forms at every live word, which most often opens none.
    pub(super) fn opens_spelled(&self, i: usize) -> bool {
        self.kept(i, |m| &m.opens_spelled, || words::may_open(self.lower(i)))
    }

    /// [`Cx::number`], uncached.
    fn signed_number(&self, i: usize, money: bool) -> Option<Num> {
        // A sign: `-5` (the `-` touching, not after another number), `minus five`.
        let (negative, j) = match self.lower(i) {
            "minus" | "negative" => (true, i + 1),
            // Not after a number either: `75 -300mm` is a range written loosely.
            // Not before a date in eight digits either: `-20200701-`.
            "-" | "−" | "–"
                if self.touching(i)
                    && self.kind(i + 1) == Some(TokenKind::Number)
                    && compact_date(self.word(i + 1)).is_none()
                    && (i == 0
                        || !(self.touching(i - 1)
                            || self.kind(i - 1) == Some(TokenKind::Number))) =>
            {
                (true, i + 1)
            }
            _ => (false, i),
        };
        let mut num = self.unsigned_number(j, money)?;
        if negative {
            if num.ordinal {
                return None;
            }
            num.value = -num.value;
            num.bare_digits = false;
        }
        Some(num)
    }

    pub(super) fn unsigned_number(&self, i: usize, money: bool) -> Option<Num> {
        if self.kind(i) == Some(TokenKind::Number) {
            // `3 hundred and 21`, `4 thousand 3 hundred`, `3 million and a quarter`: digits
            // that number words go on.
            let next_is_scale = SCALES.iter().any(|s| s.0 == self.lower(i + 1));
            if next_is_scale && self.plain_small(i) {
                let pieces = self.spelled_words(i);
                if let Some(s) = words::spelled(pieces.iter().map(|p| p.0.as_ref()))
                    .filter(|s| s.words > 2 && !s.ordinal)
                {
                    return Some(Num {
                        spelled: true,
                        scaled: true,
                        ..Num::plain(s.value, pieces[s.words - 1].1)
                    });
                }
            }
            return self.digits_number(i, money);
        }
        // `.08`, `a .22 rifle`: a decimal without its zero.
        if self.word(i) == "."
            && self.touching(i)
            && (i == 0 || !self.touching(i - 1))
            && self.word(i + 1).bytes().all(|b| b.is_ascii_digit())
        {
            let value: f64 = format!("0.{}", self.word(i + 1)).parse().ok()?;
            return Some(Num::plain(value, i + 2));
        }
        // Most words open no spelled number: no need to gather the words after them.
        if self.kind(i) != Some(TokenKind::Word) || !self.opens_spelled(i) {
            return None;
        }
        let pieces = self.spelled_words(i);
        let s = words::spelled(pieces.iter().map(|p| p.0.as_ref()))?;
        let mut num = Num {
            ordinal: s.ordinal,
            spelled: true,
            ..Num::plain(s.value, pieces[s.words - 1].1)
        };
        // `three hundred and a half`-style leftovers are the word parser's; here only a
        // digits-style scale after words (`two bn`).
        if !num.ordinal && num.value < 1000.0 {
            if let Some((p, j)) = self.scale(num.end, false, false, false) {
                num.value *= 10f64.powi(p);
                num.end = j;
                num.scaled = true;
            }
        }
        Some(num)
    }

    /// The words of a spelled number from `i`, each with the token after it: `Twenty` `-`
    /// `six` (split because capitalised) and `fifty - two` joined back; digits below 1000
    /// after a scale word or `and` (`4 thousand 3 hundred and 21`).
    pub(super) fn spelled_words(&self, i: usize) -> NumberWords<'_> {
        let mut pieces = NumberWords {
            words: std::array::from_fn(|_| (Cow::Borrowed(""), 0)),
            len: 0,
        };
        let mut j = i;
        while pieces.len() < MAX_NUMBER_WORDS {
            let digits_ok = j == i
                || pieces.last().is_some_and(|p| {
                    p.0 == "and" || SCALES.iter().any(|s| s.0 == p.0 && s.0.len() > 3)
                });
            let word = self.kind(j) == Some(TokenKind::Word);
            if !(word || (digits_ok && self.plain_small(j))) {
                break;
            }
            let dash = self.word(j + 1) == "-" && self.kind(j + 2) == Some(TokenKind::Word);
            let tight = self.touching(j) && self.touching(j + 1);
            if word && dash && (tight || words::spaced_compound(self.lower(j), self.lower(j + 2))) {
                let joined = format!("{}-{}", self.lower(j), self.lower(j + 2));
                pieces.push(Cow::Owned(joined), j + 3);
                j += 3;
                continue;
            }
            pieces.push(Cow::Borrowed(self.lower(j)), j + 1);
            j += 1;
        }
        pieces
    }

    /// Plain digits below 1000 without a leading zero (`3`, `21`, `450`).
    fn plain_small(&self, i: usize) -> bool {
        let w = self.word(i);
        self.kind(i) == Some(TokenKind::Number)
            && (1..=3).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_digit())
            && !w.starts_with('0')
    }

    /// A scale after a number at `i`: `million`, `bn`, or, after digits when `letters`, a
    /// letter (`money`: a currency came before; `decimal`: the digits have a decimal point).
    ///
    /// The letters: `k` is a thousand, touching, alone or after a decimal (`95k`, `10 k.`,
    /// `2.33 k`). `M` is a million touching the digits (`10M`) or after a decimal (`1.5 M`); lower-case `m` only
    /// after a currency (`€20m`), for `1.8m` is a metre and `7.62mm` a millimetre. `b` is a
    /// billion touching the digits when capital, after a decimal or after a currency (`1.2b`,
    /// `$5b`); `5b` alone is a grade or a form. `G` is never a scale (`5G` networks). A letter
    /// is alone when no word follows it (`10 k run` may be a race).
    pub(super) fn scale(
        &self,
        i: usize,
        letters: bool,
        money: bool,
        decimal: bool,
    ) -> Option<(i32, usize)> {
        // `$1 billion-plus`: the amount's `plus` is read with it ([`Cx::plus`]); `$5
        // million-a-year`: the rate with the scale.
        let w = self.lower(i);
        let w = w
            .strip_suffix("-plus")
            .or_else(|| rate_head(w))
            .unwrap_or(w);
        if let Some(&(_, p)) = SCALES.iter().find(|(s, _)| *s == w) {
            // `hundred` after digits only when whole: `322 hundred`.
            return Some((p, i + 1));
        }
        if !letters || i == 0 {
            return None;
        }
        // `10M.` at the end of a sentence: the period is in the token.
        let raw = self.word(i);
        let raw = raw
            .strip_suffix('.')
            .filter(|r| r.len() <= 2 && self.kind(i + 1).is_none_or(|k| k != TokenKind::Word))
            .unwrap_or(raw);
        // The rows are lower-case: compared without writing the word lower-cased.
        let &(w, p) = TOUCHING_SCALES
            .iter()
            .find(|(s, _)| s.eq_ignore_ascii_case(raw))?;
        let touching = self.touching(i - 1);
        let alone = !touching
            && self.kind(i) == Some(TokenKind::Word)
            && self.kind(i + 1) != Some(TokenKind::Word);
        let capital = raw.chars().all(|c| c.is_uppercase());
        let money = money || self.money_before_number(i);
        let spaced = !touching && self.kind(i) == Some(TokenKind::Word);
        let ok = match w {
            "k" => touching || alone || (spaced && decimal),
            "b" => touching && (capital || decimal || money),
            // `1,674.5 G`: giga, spaced after a decimal only (`5G` is a network, `5 g` grams).
            "g" => spaced && capital && decimal,
            _ => (touching && (capital || money)) || (spaced && capital && decimal),
        };
        ok.then_some((p, i + 1))
    }

    /// `thousands`, `tens of thousands`, `hundreds of millions of dollars`, `dozens`: more
    /// than the order named, approximately.
    pub(super) fn plural_scale(&self, i: usize) -> Option<(usize, Annotation)> {
        let order = |w: &str| match w {
            "dozens" => Some(12.0),
            "hundreds" => Some(100.0),
            "thousands" => Some(1e3),
            "millions" => Some(1e6),
            "billions" => Some(1e9),
            "trillions" => Some(1e12),
            _ => None,
        };
        let (mut n, mut j) = match self.lower(i) {
            "tens" if self.lower(i + 1) == "of" => (10.0 * order(self.lower(i + 2))?, i + 3),
            w => (order(w)?, i + 1),
        };
        if !self.lowercase_or_first(i) {
            return None;
        }
        // `hundreds of thousands`
        if self.lower(j) == "of" {
            if let Some(m) = order(self.lower(j + 1)).filter(|&m| m > n) {
                n *= m;
                j += 2;
            }
        }
        let mut value = Value {
            number: Some(n),
            bound: Some(crate::Bound::MoreThan),
            approx: Some(true),
            ..Value::default()
        };
        let mut label = Label::Cardinal;
        // `billions of dollars`
        if self.lower(j) == "of" {
            if let Some((&(_, code, 1.0), k)) = self.longest(j + 1, &CURRENCY_AFTER) {
                value.currency = Some(code.to_string());
                label = Label::Money;
                j = k;
            }
        }
        Some((j, self.ann(i, j, label, value)))
    }

    /// `a couple of hundred dollars`, `a few thousand`, `several million people`, `a few
    /// dozen`, `a couple grand`: a count the text leaves vague before a scale (or scales:
    /// `several hundred thousand`), with what follows it (a currency, a unit). `a couple` is
    /// about two of it; `a few` and `several` more than one, approximately, as `thousands`
    /// is.
    pub(super) fn vague_count(&self, i: usize) -> Option<(usize, Annotation)> {
        // Asked at every live token: the first word decides most.
        let (couple, mut j) = match self.lower(i) {
            "several" => (false, i + 1),
            "a" => match self.lower(i + 1) {
                "few" => (false, i + 2),
                "couple" if self.lower(i + 2) == "of" => (true, i + 3),
                "couple" => (true, i + 2),
                _ => return None,
            },
            _ => return None,
        };
        if !self.lowercase_or_first(i) {
            return None;
        }
        let mut n = 1.0;
        let first = j;
        while let Some(p) = match self.lower(j) {
            "dozen" => Some(12.0),
            w => SCALES
                .iter()
                .find(|s| s.0 == w && s.0.len() > 3 && s.1 >= 2)
                .map(|s| 10f64.powi(s.1)),
        } {
            n *= p;
            j += 1;
        }
        let grand = self.grand(j);
        if j == first && !grand {
            return None;
        }
        if grand {
            n *= 1000.0;
            j += 1;
        }
        let mut value = Value {
            number: Some(if couple { 2.0 * n } else { n }),
            bound: (!couple).then_some(crate::Bound::MoreThan),
            approx: Some(true),
            ..Value::default()
        };
        let num = Num {
            value: n,
            end: j,
            ordinal: false,
            spelled: true,
            bare_digits: false,
            scaled: true,
        };
        let mut label = if grand { Label::Money } else { Label::Cardinal };
        let suffix = if grand { None } else { self.suffix(j, &num) };
        let factor = match suffix {
            Some((Suffix::Percent(f), k)) => {
                (label, j) = (Label::Percent, k);
                f
            }
            Some((Suffix::Money(code, f), k)) => {
                value.currency = Some(code.to_string());
                (label, j) = (Label::Money, k);
                f
            }
            Some((Suffix::MoneyUnnamed(f), k)) => {
                (label, j) = (Label::Money, k);
                f
            }
            Some((Suffix::Unit(unit, l, f), k)) => {
                value.unit = Some(unit.to_string());
                (label, j) = (l, k);
                f
            }
            Some((Suffix::Rate(unit, per), k)) => {
                value.unit = Some(format!("{unit} per {per}"));
                (label, j) = (Label::Quantity, k);
                1.0
            }
            None => 1.0,
        };
        value.number = value.number.map(|v| v * factor);
        Some((j, self.ann(i, j, label, value)))
    }
}

/// Scale words after a number, and the power of ten they multiply by. Abbreviations that
/// could also be units (`m`, `b`, `k`) count as scales only when they touch the number.
pub(super) const SCALES: &[(&str, i32)] = &[
    ("hundred", 2),
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
    ("lakh", 5),
    ("lakhs", 5),
    ("crore", 7),
    ("crores", 7),
    ("mln", 6),
    ("mn", 6),
    ("mil", 6),
    ("bln", 9),
    ("bn", 9),
    ("tn", 12),
    ("tln", 12),
    ("trn", 12),
];

/// Scale letters that count only when written against the number (`95k`, `€20m`, `10M`).
const TOUCHING_SCALES: &[(&str, i32)] = &[("k", 3), ("m", 6), ("mm", 6), ("b", 9), ("g", 9)];
