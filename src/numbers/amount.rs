//! An amount: `[qualifier] [currency] number [scale] [range] [suffix]`, where the suffix makes
//! it a percentage, money, a quantity or a span of time, read one step at a time (the
//! steps' own rows are in the files of their forms); the forms tried before it (measures in
//! one word, ages, counts by order) and the ratio after its number (`one in five`).

use super::money::with_minor;
use super::number::Num;
use super::ranges::RangeEnd;
use super::reader::{Cx, PhraseTable};
use super::words;
use crate::annotation::{Annotation, Bound, Label, Value};
use crate::tokenize::TokenKind;

/// A row of [`QUALIFIERS`]: words, bound, approximate.
pub(super) type Qualifier = (&'static str, Option<Bound>, bool);

/// What the words after a number make of it.
#[derive(Clone, Copy, Debug)]
pub(super) enum Suffix {
    /// A percentage, the number times the factor (`5 basis points` is 0.05 %).
    Percent(f64),
    /// Money in a currency, the number times the factor (`50 cents` is 0.5 USD).
    Money(&'static str, f64),
    /// Money in a currency the text does not name, the number times the factor (`50 grand`
    /// is 50,000).
    MoneyUnnamed(f64),
    /// A unit of measure or of time, with the label it gives and a factor.
    Unit(&'static str, Label, f64),
    /// A unit per a unit of time: `km/h`, `barrels a day`.
    Rate(&'static str, &'static str),
}

/// The words before an amount's number: a qualifier and a currency.
struct Head {
    /// The amount's first token (its qualifier's, if it has one).
    start: usize,
    qualifier: Option<&'static Qualifier>,
    /// Opened by `between`, so only a range may follow (`between 10 and 15`).
    between: bool,
    currency: Option<&'static str>,
    /// The power of ten a currency code's prefix scales the amount by (`MEUR`: 6).
    power: i32,
    /// The number's first token.
    at_number: usize,
}

/// An amount as read so far: its head, its number, and what the words after made of it.
pub(super) struct Reading {
    /// The amount's first token.
    pub(super) start: usize,
    pub(super) qualifier: Option<&'static Qualifier>,
    pub(super) between: bool,
    pub(super) currency: Option<&'static str>,
    pub(super) at_number: usize,
    pub(super) num: Num,
    /// A range's two ends, before the factor.
    pub(super) from_to: Option<(f64, f64)>,
    /// The token after the amount read so far.
    pub(super) end: usize,
    pub(super) label: Label,
    pub(super) value: Value,
    /// What the suffix multiplies the number by (`cents`: 0.01).
    pub(super) factor: f64,
}

impl Reading {
    fn new(head: Head, num: Num) -> Reading {
        Reading {
            start: head.start,
            qualifier: head.qualifier,
            between: head.between,
            currency: head.currency,
            at_number: head.at_number,
            end: num.end,
            value: Value::number(num.value),
            num,
            from_to: None,
            label: Label::Cardinal,
            factor: 1.0,
        }
    }
}

impl Cx<'_> {
    /// A qualifier at `i` (`over`, `more than`, `between`) and the token after it.
    pub(super) fn qualifier(&self, i: usize) -> Option<(&'static Qualifier, usize)> {
        // Time and amount both ask at every live token.
        self.kept(i, |m| &m.qualifier, || self.longest(i, &QUALIFIERS))
    }

    /// What follows a number at `i`: a percent sign, a currency, a unit or a span of time.
    pub(super) fn suffix(&self, i: usize, num: &Num) -> Option<(Suffix, usize)> {
        self.percent_suffix(i, num)
            .or_else(|| self.currency_suffix(i, num))
            .or_else(|| self.unit_suffix(i))
            .or_else(|| self.time_span_suffix(i))
    }

    /// `[qualifier] [currency] number [scale] [range] [suffix]`, or an ordinal.
    pub(super) fn amount(&self, i: usize) -> Option<(usize, Annotation)> {
        self.amount_with(i, true)
    }

    /// An amount; `ranges` allows a second whole amount after it (`5% to 6%`), read without
    /// ranges of its own, so reading stays bounded.
    pub(super) fn amount_with(&self, i: usize, ranges: bool) -> Option<(usize, Annotation)> {
        // `less than a day`, `about an hour`: a qualifier before an amount of one counted by
        // its article, read in the amount's own forms from the article (one place that asks
        // them, so that they stay inlined in this path that every live token takes).
        let qualified = self
            .qualifier(i)
            .filter(|&(_, j)| matches!(self.lower(j), "a" | "an"));
        let own_at = qualified.map_or(i, |(_, j)| j);
        if let Some((end, ann)) = self.amount_of_its_own(own_at) {
            match qualified {
                None => return Some((end, ann)),
                Some((q, _)) => {
                    if let Some(found) = self.bounded_one(i, end, ann, q) {
                        return Some(found);
                    }
                }
            }
        }
        let mut head = self.amount_head(i)?;
        let Some(num) = self.head_number(&mut head) else {
            return self.qualified_fraction(&head);
        };
        if num.ordinal {
            return self.ordinal_amount(&head, &num);
        }
        // Mid-sentence capitals are names (`Fantastic Four`), and so are digits hyphened to
        // a word (`Covid-19`).
        if num.spelled && !self.lowercase_or_first(head.at_number) {
            return None;
        }
        if head.at_number == i && self.hyphened_to_word(i) {
            return None;
        }
        let mut a = Reading::new(head, num);
        // `one in five`, `two out of three`, `1 over 20`: a ratio, read as a fraction.
        if let Some((den, j)) = self.ratio(&a.num, a.currency.is_some() || a.qualifier.is_some()) {
            a.num.value /= den;
            a.num.end = j;
            a.num.bare_digits = false;
        }
        match self.number_range(&a) {
            Some(RangeEnd::Score(end)) => return self.score(i, a.at_number, end, a.qualifier),
            Some(RangeEnd::Ends { from, to, end }) => {
                a.from_to = Some((from, to));
                a.num.end = end;
                a.num.bare_digits = false;
            }
            None => {}
        }
        if let Some(date) = self.read_suffix(&mut a) {
            return Some(date);
        }
        if ranges {
            self.range_of_amounts(&mut a);
        }
        // `between` opens a range only.
        if a.between && a.from_to.is_none() {
            return None;
        }
        self.finish_amount(a)
    }

    /// The forms an amount is tried as first, each read whole: a number and a unit in one
    /// word (`six-mile`, `24703m2`), an age (`age 87`, `his 40s`), one unit of time (`a
    /// year ago`, `an hour`), a span counted from now (`the past two years`), a fraction of
    /// a percent (`half a percent`), a vague count of a scale (`a few hundred`), a count by
    /// its order (`thousands`).
    fn amount_of_its_own(&self, i: usize) -> Option<(usize, Annotation)> {
        self.hyphen_measure(i)
            .or_else(|| self.glued_measure(i))
            .or_else(|| self.age_after_word(i))
            .or_else(|| self.age_decade(i))
            .or_else(|| self.one_unit_of_time(i))
            .or_else(|| self.counted_span(i))
            .or_else(|| self.half_a_percent(i))
            .or_else(|| self.vague_count(i))
            .or_else(|| self.article_amount(i))
            .or_else(|| self.plural_scale(i))
    }

    /// The words before a number at `i`: a qualifier (`over`, `between`), then a currency
    /// (`$`, `US$`, `MEUR`). None before a date (`about 2019-aug-1`, which the scan reads
    /// next).
    fn amount_head(&self, i: usize) -> Option<Head> {
        let (qualifier, after_q) = match self.qualifier(i) {
            Some((q, j)) => (Some(q), j),
            None => match self.lower(i) {
                "between" => (None, i + 1),
                _ => (None, i),
            },
        };
        if after_q > i && self.month_among_numbers(after_q).is_some() {
            return None;
        }
        let (currency, power, at_number) = match self.currency_before(after_q) {
            Some((code, p, j)) => (Some(code), p, j),
            None => (None, 0, after_q),
        };
        Some(Head {
            start: i,
            qualifier,
            between: self.lower(i) == "between",
            currency,
            power,
            at_number,
        })
    }

    /// The number after `head` (`USD115` gives the currency too), scaled by the currency
    /// code's prefix (`MEUR 120`).
    fn head_number(&self, head: &mut Head) -> Option<Num> {
        let mut num = match self.glued_code_amount(head.at_number) {
            Some((code, num)) => {
                head.currency = Some(code);
                num
            }
            None => self.number(head.at_number, head.currency.is_some())?,
        };
        if head.power != 0 && !num.ordinal {
            num.value *= 10f64.powi(head.power);
            num.scaled = true;
        }
        Some(num)
    }

    /// `nearly half`, `more than half`, `over a third`: a bare fraction after a qualifier
    /// where no number follows it (an ordinal takes no qualifier, so `a third` after one is a
    /// fraction whatever follows: `over a third earlier this week`).
    fn qualified_fraction(&self, head: &Head) -> Option<(usize, Annotation)> {
        if head.qualifier.is_none() || head.currency.is_some() {
            return None;
        }
        let at = head.at_number;
        let (v, end) = match words::bare_fraction(self.lower(at)) {
            Some(v) => (v, at + 1),
            None => (
                words::article_fraction(self.lower(at), self.lower(at + 1))?,
                at + 2,
            ),
        };
        let value = with_qualifier(Value::number(v), head.qualifier);
        Some((end, self.ann(head.start, end, Label::Cardinal, value)))
    }

    /// `less than a day`, `nearly a decade`, `about an hour`, `over a mile`, `about a
    /// dollar`: an amount of one counted by its article (`ann`, to `end`) after the qualifier
    /// `q` at `i`, bounded, from `i`. None for a date counted from now (`more than a year
    /// ago` keeps the date it names) or an amount bounded already (`about a few hundred`).
    fn bounded_one(
        &self,
        i: usize,
        end: usize,
        ann: Annotation,
        q: &Qualifier,
    ) -> Option<(usize, Annotation)> {
        let value = ann.value?;
        let counted = value.number.is_some() && value.iso.is_none() && value.relative.is_none();
        if !counted || value.bound.is_some() {
            return None;
        }
        let value = with_qualifier(value, Some(q));
        Some((end, self.ann(i, end, ann.label, value)))
    }

    /// An ordinal (`21st`, `the second round`): none after a qualifier, a currency or
    /// `between`; not the unit of time (`a second`, `per second`); not a capitalised word
    /// inside a sentence (`Second World War`).
    fn ordinal_amount(&self, head: &Head, num: &Num) -> Option<(usize, Annotation)> {
        if head.qualifier.is_some() || head.currency.is_some() || head.between {
            return None;
        }
        let at = head.at_number;
        let unit_of_time = self.lower(at) == "second"
            && at > 0
            && matches!(self.lower(at - 1), "a" | "one" | "per" | "every" | "split");
        if unit_of_time || (num.spelled && !self.lowercase_or_first(at)) {
            return None;
        }
        let value = Value::number(num.value);
        Some((num.end, self.ann(at, num.end, Label::Ordinal, value)))
    }

    /// The suffix after the number (`%`, `dollars`, `km`, `years`), joined by a hyphen or
    /// not (`3-inch`), applied to `a`; a span of time counted from now (`two years ago`) is a
    /// date, returned whole.
    fn read_suffix(&self, a: &mut Reading) -> Option<(usize, Annotation)> {
        // The number as the ratio and the range left it.
        a.end = a.num.end;
        a.value = Value::number(a.num.value);
        let end = a.end;
        // `3-inch`, `12-cent`, `5-year-old`, `a 10-percent stake`, `25-basis-point`: a unit
        // joined by a hyphen (a word: not the sign, `5-%`).
        let hyphen = self.hyphen_within(end);
        let suffix = if hyphen {
            let word = self.word(end + 1).starts_with(char::is_alphabetic);
            self.suffix(end + 1, &a.num)
                .filter(|(t, j)| *j == end + 2 && (word || !matches!(t, Suffix::Percent(_))))
        } else {
            self.suffix(end, &a.num)
        };
        match suffix {
            Some((Suffix::Percent(f), j)) if a.currency.is_none() => {
                a.label = Label::Percent;
                a.factor = f;
                a.end = j;
            }
            Some((Suffix::Money(code, f), j)) if a.currency.is_none() => {
                a.currency = Some(code);
                a.factor = f;
                a.end = j;
                // `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `15 USD 50.`
                if f == 1.0 {
                    let named = self.word(end).starts_with(char::is_alphabetic);
                    self.read_minor_part(a, code, named);
                }
            }
            Some((Suffix::MoneyUnnamed(f), j)) if a.currency.is_none() => {
                a.label = Label::Money;
                a.factor = f;
                a.end = j;
            }
            Some((Suffix::Unit(unit, label, f), j)) if a.currency.is_none() => {
                return self.read_unit(a, unit, label, f, j);
            }
            Some((Suffix::Rate(unit, per), j)) if a.currency.is_none() => {
                a.label = Label::Quantity;
                a.value.unit = Some(format!("{unit} per {per}"));
                a.end = j;
            }
            // `$5 USD`, `£20 sterling`: the code after a sign repeats it.
            Some((Suffix::Money(_, 1.0), j)) if self.word(end).starts_with(char::is_alphabetic) => {
                a.end = j;
            }
            // `$15 and 50.`, `C$100 and fifty`: the minor part after a sign's amount.
            None => {
                if let Some(code) = a.currency {
                    self.read_minor_part(a, code, false);
                }
            }
            _ => {}
        }
        None
    }

    /// The minor part of money in `code` after `a` ([`Cx::cents_after`]; `named`: the
    /// currency is a word), added to it; not after a range.
    fn read_minor_part(&self, a: &mut Reading, code: &str, named: bool) {
        if a.from_to.is_some() {
            return;
        }
        if let Some((cents, k)) = self.cents_after(a.end, code, &a.num, named) {
            a.value.number = Some(with_minor(a.num.value, cents));
            a.end = k;
        }
    }

    /// A unit after `a` ending at `j`, with its label and factor, and what may follow it:
    /// a smaller unit (`5 feet 10 inches`, `2 hours and 15 minutes`), a side of zero (`5
    /// degrees below zero`), `ago` (`two years ago`: a date, returned whole), `later`.
    fn read_unit(
        &self,
        a: &mut Reading,
        unit: &'static str,
        label: Label,
        factor: f64,
        j: usize,
    ) -> Option<(usize, Annotation)> {
        a.label = label;
        a.factor = factor;
        a.value.unit = Some(unit.to_string());
        a.end = j;
        // `5 feet 10 inches`, `5 ft 2 in`: the sum in the smaller unit.
        if let Some((small, ratio, extra, k)) = self.compound_unit(a.end, unit) {
            a.value.number = Some(a.num.value * ratio + extra);
            a.value.unit = Some(small.to_string());
            a.end = k;
        }
        let single = a.from_to.is_none();
        if unit.starts_with("degree") && single {
            if let Some((sign, k)) = self.side_of_zero(a.end) {
                a.value.number = a.value.number.map(|n| n * sign);
                a.end = k;
            }
        }
        let time = matches!(label, Label::Date | Label::Time);
        // `2 hours and 15 minutes`, `2h 15m`: a span of time in several units.
        if time && single {
            if let Some((extra, k)) = self.compound_duration(a.end, unit) {
                a.value.number = Some(a.num.value + extra);
                a.end = k;
            }
        }
        // `two years ago`: a relative date.
        if label == Label::Date && single && a.value.number == Some(a.num.value) {
            if let Some((end, v)) = self.ago(a.end, a.num.value, unit) {
                return Some((end, self.ann(a.start, end, Label::Date, v)));
            }
        }
        if time {
            a.end = self.told_from(a.end);
        }
        None
    }

    /// The annotation of a finished reading: money where a currency was read, the factor
    /// applied, a range's two ends, the qualifier's bound; none for digits that are no
    /// number where they stand (years, codes, the pronoun `one`).
    fn finish_amount(&self, a: Reading) -> Option<(usize, Annotation)> {
        let Reading {
            mut label,
            mut value,
            factor,
            ..
        } = a;
        if let Some(code) = a.currency {
            label = Label::Money;
            value.currency = Some(code.to_string());
        }
        if factor != 1.0 {
            value.number = value.number.map(|n| n * factor);
        }
        if let Some((from, to)) = a.from_to {
            value.number = None;
            value.from = Some(from * factor);
            value.to = Some(to * factor);
        }
        let bare = label == Label::Cardinal && a.qualifier.is_none() && a.from_to.is_none();
        if bare && self.no_number_here(a.at_number, &a.num) {
            return None;
        }
        if let Some(q) = a.qualifier {
            value = with_qualifier(value, Some(q));
        }
        let mut end = a.end;
        if let Some(k) = self
            .plus(end)
            .filter(|_| value.bound.is_none() && a.from_to.is_none())
        {
            value.bound = Some(Bound::AtLeast);
            end = k;
        }
        Some((end, self.ann(a.start, end, label, value)))
    }

    /// Whether an amount ending before `end` is followed by `-plus` (`$10,000-plus`, `a
    /// 50-plus crowd`) or ends in it (`$1 billion-plus`): that amount or more. The token after
    /// it.
    fn plus(&self, end: usize) -> Option<usize> {
        if end > 0 && self.lower(end - 1).ends_with("-plus") {
            return Some(end);
        }
        let hyphen = self.hyphen_within(end);
        // Not in a compound that goes on: `the 2-plus-2 formula`.
        let goes_on = self.touching(end + 1) && self.word(end + 2) == "-";
        (hyphen && self.lower(end + 1) == "plus" && !goes_on).then_some(end + 2)
    }

    /// The denominator of a ratio after `num` (`in five`, `out of three`, `over 20`) and the
    /// token after it; none after money or a qualifier. `in` and `out of` need a numerator
    /// no larger (`one in a million`), `in` also a numerator of one or a round denominator;
    /// `over`, which is also `more than` and `during`, needs
    /// the sentence to end or pause after the denominator (`1 over 3.`); and no unit or span
    /// of time may follow (`5 in 10 minutes`, `2,000 over 3 years`).
    fn ratio(&self, num: &Num, money_or_bound: bool) -> Option<(f64, usize)> {
        let i = num.end;
        let (over, k) = match self.lower(i) {
            "over" => (true, i + 1),
            "in" => (false, i + 1),
            "out" if self.lower(i + 1) == "of" => (false, i + 2),
            _ => return None,
        };
        if num.ordinal || money_or_bound || num.value == 0.0 {
            return None;
        }
        let den = self.unsigned_number(k, false)?;
        let year = den.bare_digits && self.is_year_like(k);
        if den.ordinal || den.value <= 0.0 || year || (!over && num.value.abs() > den.value) {
            return None;
        }
        // `in`: one in any number, or a share of a round count (`3 in 10`, `9 in 100`); not
        // `55 in 60 balls`.
        let round = (2.0..=10.0).contains(&den.value)
            || (den.value >= 100.0 && libm::log10(den.value).fract() == 0.0);
        if !over && k == i + 1 && num.value.abs() != 1.0 && !round {
            return None;
        }
        if over && self.kind(den.end) == Some(TokenKind::Word) {
            return None;
        }
        if self.suffix(den.end, &den).is_some() {
            return None;
        }
        Some((den.value, den.end))
    }
}

/// A value with a qualifier's bound and approximation applied.
fn with_qualifier(mut value: Value, qualifier: Option<&Qualifier>) -> Value {
    if let Some(&(_, bound, approx)) = qualifier {
        value.bound = bound;
        value.approx = approx.then_some(true);
    }
    value
}

/// Qualifiers that may stand before a number, inside its span: the words, the bound they
/// put on it, and whether they make it approximate.
pub(super) static QUALIFIERS: PhraseTable<Qualifier> = PhraseTable::new(
    &[
        ("more than", Some(Bound::MoreThan), false),
        ("greater than", Some(Bound::MoreThan), false),
        ("higher than", Some(Bound::MoreThan), false),
        ("in excess of", Some(Bound::MoreThan), false),
        ("upwards of", Some(Bound::MoreThan), false),
        ("well over", Some(Bound::MoreThan), false),
        ("just over", Some(Bound::MoreThan), true),
        ("a little over", Some(Bound::MoreThan), true),
        ("slightly more than", Some(Bound::MoreThan), true),
        ("over", Some(Bound::MoreThan), false),
        ("above", Some(Bound::MoreThan), false),
        ("exceeding", Some(Bound::MoreThan), false),
        ("less than", Some(Bound::LessThan), false),
        ("fewer than", Some(Bound::LessThan), false),
        ("lower than", Some(Bound::LessThan), false),
        ("just under", Some(Bound::LessThan), true),
        ("slightly less than", Some(Bound::LessThan), true),
        ("under", Some(Bound::LessThan), false),
        ("below", Some(Bound::LessThan), false),
        ("at least", Some(Bound::AtLeast), false),
        ("no fewer than", Some(Bound::AtLeast), false),
        ("no less than", Some(Bound::AtLeast), false),
        ("a minimum of", Some(Bound::AtLeast), false),
        ("at most", Some(Bound::AtMost), false),
        ("no more than", Some(Bound::AtMost), false),
        ("up to", Some(Bound::AtMost), false),
        ("as many as", Some(Bound::AtMost), false),
        ("as much as", Some(Bound::AtMost), false),
        ("a maximum of", Some(Bound::AtMost), false),
        ("almost", Some(Bound::LessThan), true),
        ("nearly", Some(Bound::LessThan), true),
        ("close to", None, true),
        ("approximately", None, true),
        ("approx.", None, true),
        ("about", None, true),
        ("around", None, true),
        ("roughly", None, true),
        ("some", None, true),
        ("circa", None, true),
        ("an estimated", None, true),
        ("estimated", None, true),
    ],
    |r| r.0,
);
