//! An amount: `[qualifier] [currency] number [scale] [range] [suffix]`, where the suffix makes
//! it a percentage, money, a quantity or a span of time; the forms read before it (measures
//! in one word, ages, counts by order) and the ratio after it (`one in five`).

use super::digits::clean_number;
use super::durations::{DURATIONS, GLUED_TIMES};
use super::money::{
    code_token, glued_code_number, CURRENCY_AFTER, CURRENCY_BEFORE, WORDLIKE_CODES,
};
use super::number::Num;
use super::percent::{BASIS_POINTS, PERCENT_WORDS};
use super::quantities::ZERO_SIDES;
use super::ranges::CHANGE_WORDS;
use super::reader::{Cx, PhraseTable};
use super::words;
use crate::annotation::{Annotation, Bound, Label, Value};
use crate::tokenize::TokenKind;

/// A row of [`QUALIFIERS`]: words, bound, approximate.
pub(super) type Qualifier = (&'static str, Option<crate::Bound>, bool);

/// The end of an amount: what the words after the number made of it.
#[derive(Clone, Copy, Debug)]
enum Tail {
    /// A percentage, the number times the factor (`5 basis points` is 0.05 %).
    Percent(f64),
    Money(&'static str, f64),
    Unit(&'static str, Label, f64),
    /// A unit per a unit of time: `km/h`, `barrels a day`.
    Rate(&'static str, &'static str),
}

impl Cx<'_> {
    /// A qualifier at `i` (`over`, `more than`, `between`) and the token after it.
    pub(super) fn qualifier(&self, i: usize) -> Option<(&'static Qualifier, usize)> {
        self.longest(i, &QUALIFIERS)
    }

    /// What follows a number at `i`: a percent sign, a currency, a unit or a span of time.
    fn tail(&self, i: usize, num: &Num) -> Option<(Tail, usize)> {
        if let Some((_, j)) = self.longest(i, &PERCENT_WORDS) {
            // `20 percentage points`, `20%`; but not a bare `percentage` in `a percentage`.
            return Some((Tail::Percent(1.0), j));
        }
        // `25 basis points`, `25 bps` (lower-case: `BP` is a company).
        if let Some((_, j)) = self.longest(i, &BASIS_POINTS) {
            if self.word(i).starts_with('b') {
                return Some((Tail::Percent(0.01), j));
            }
        }
        // `a quarter of a percentage point`, `half a percent`: a fraction of a percent.
        let k = match (self.lower(i), self.lower(i + 1)) {
            ("of", "a" | "an") => i + 2,
            ("a", _) => i + 1,
            _ => i,
        };
        if k > i && num.spelled && num.value > 0.0 && num.value < 1.0 {
            if let Some((&p, j)) = self.longest(k, &PERCENT_WORDS) {
                if p != "%" {
                    return Some((Tail::Percent(1.0), j));
                }
            }
        }
        // `5 EUR`, `30 MUSD`, `20 usd`, and a scale after the code: `75 USD million`.
        let lower_code = || {
            let w = self.word(i);
            if w.len() != 3 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
                return None;
            }
            let upper = w.to_ascii_uppercase();
            let ok = !WORDLIKE_CODES.contains(&upper.as_str());
            ok.then(|| code_token(&upper)).flatten()
        };
        if let Some((code, mut p)) = code_token(self.word(i)).or_else(lower_code) {
            let mut j = i + 1;
            if p == 0 && !num.scaled {
                if let Some((q, k)) = self.scale(j, false, false, false) {
                    (p, j) = (q, k);
                }
            }
            return Some((Tail::Money(code, 10f64.powi(p)), j));
        }
        // `10 €`, `20€`: a sign after the amount; not one before the next (`1 $10`), unless
        // the next amount has its own currency (`10 $ 30 cents`, `10 $ 30 $`).
        let sign_after = CURRENCY_BEFORE
            .iter()
            .find(|c| c.0 == self.word(i) && !c.0.starts_with(|c: char| c.is_ascii_alphabetic()));
        let next_number = self.kind(i + 1) == Some(TokenKind::Number);
        if let Some(&(_, code)) = sign_after {
            if !next_number || (!self.touching(i) && self.currency_after_number(i + 1)) {
                return Some((Tail::Money(code, 1.0), i + 1));
            }
        }
        // `361 million pounds` is money; `25 pounds` a weight.
        if num.scaled && matches!(self.lower(i), "pounds" | "pound") {
            return Some((Tail::Money("GBP", 1.0), i + 1));
        }
        if let Some((&(_, code, factor), j)) = self
            .longest(i, &CURRENCY_AFTER)
            .filter(|(c, _)| c.0 != "p" || self.touching(i - 1))
        {
            // `marks`, `won`, `rand` are words too (`Satoshi` a name): only after a plain
            // amount in lower case.
            let ambiguous = matches!(
                self.lower(i),
                "marks" | "won" | "rand" | "real" | "lira" | "satoshi" | "satoshis" | "dong"
            );
            let capitalised = self.word(i).starts_with(char::is_uppercase);
            let verb_won = self.lower(i) == "won" && !num.scaled;
            if !(ambiguous && (capitalised || verb_won)) {
                return Some((Tail::Money(code, factor), j));
            }
        }
        if let Some((unit, j)) = self.measure_unit(i) {
            // `50 km/h`, `10 barrels a day`, `5 metres per second`: a rate.
            if let Some((per, k)) = self.per_time(j).filter(|_| !unit.contains(" of ")) {
                return Some((Tail::Rate(unit, per), k));
            }
            return Some((Tail::Unit(unit, Label::Quantity, 1.0), j));
        }
        if let Some((&(_, unit, label), j)) = self.longest(i, &DURATIONS) {
            return Some((Tail::Unit(unit, label, 1.0), j));
        }
        // `24h`, `2h 15m`: hours written against the number.
        let glued_hour = GLUED_TIMES
            .iter()
            .any(|g| g.0 == self.lower(i) && g.1 == "hour");
        if glued_hour && self.touching(i.wrapping_sub(1)) {
            return Some((Tail::Unit("hour", Label::Time, 1.0), i + 1));
        }
        None
    }

    /// `[qualifier] [currency] number [scale] [range] [suffix]`, or an ordinal.
    pub(super) fn amount(&self, i: usize) -> Option<(usize, Annotation)> {
        self.amount_with(i, true)
    }

    /// An amount; `ranges` allows a second whole amount after it (`5% to 6%`), read without
    /// ranges of its own, so reading stays bounded.
    pub(super) fn amount_with(&self, i: usize, ranges: bool) -> Option<(usize, Annotation)> {
        if let Some(found) = self.hyphen_measure(i).or_else(|| self.glued_measure(i)) {
            return Some(found);
        }
        if let Some(found) = self.age_after_word(i).or_else(|| self.age_decade(i)) {
            return Some(found);
        }
        // `a year ago`, `a week`, `an hour`: `a` counts one before a span of time.
        if matches!(self.lower(i), "a" | "an") {
            if let Some((&(_, unit, label), j)) = self.longest(i + 1, &DURATIONS) {
                if let Some((end, v)) = self.ago(j, 1.0, unit).filter(|_| label == Label::Date) {
                    return Some((end, self.ann(i, end, Label::Date, v)));
                }
                let singular = !self.lower(i + 1).ends_with('s');
                if singular && !matches!(self.lower(j), "-" | "old") {
                    let value = Value {
                        number: Some(1.0),
                        unit: Some(unit.to_string()),
                        ..Value::default()
                    };
                    let j = self.told_from(j);
                    return Some((j, self.ann(i, j, label, value)));
                }
            }
        }
        // `the past two years`, `the next five months`: a span of time counted from now.
        if let Some(found) = self.counted_span(i) {
            return Some(found);
        }
        // `half a percentage point`, `half a percent`: a bare fraction before its percent.
        if let (Some(v), "a") = (words::bare_fraction(self.lower(i)), self.lower(i + 1)) {
            if let Some((&p, j)) = self.longest(i + 2, &PERCENT_WORDS) {
                if p != "%" {
                    return Some((j, self.ann(i, j, Label::Percent, Value::number(v))));
                }
            }
        }
        // `thousands`, `hundreds of thousands`, `dozens`: a count given by its order.
        if let Some(found) = self.plural_scale(i) {
            return Some(found);
        }
        let (qualifier, after_q) = match self.qualifier(i) {
            Some((q, j)) => (Some(q), j),
            None => match self.lower(i) {
                "between" => (None, i + 1),
                _ => (None, i),
            },
        };
        // `about 2019-aug-1`: a date follows, which the scan reads next.
        if after_q > i && self.month_among_numbers(after_q).is_some() {
            return None;
        }
        let between = self.lower(i) == "between";
        let (mut currency, power, at_number) = match self.currency_before(after_q) {
            Some((code, p, j)) => (Some(code), p, j),
            None => (None, 0, after_q),
        };
        // `USD115`, `EUR2.5 million`: a code glued to its digits, in one token.
        let glued = glued_code_number(self.word(at_number)).map(|(code, value)| {
            currency = Some(code);
            let mut num = Num {
                value,
                end: at_number + 1,
                ordinal: false,
                spelled: false,
                bare_digits: false,
                scaled: false,
            };
            if let Some((p, j)) = self.scale(at_number + 1, false, false, false) {
                num.value *= 10f64.powi(p);
                num.end = j;
                num.scaled = true;
            }
            num
        });
        // `nearly half`, `more than half`: a bare fraction after a qualifier.
        let Some(mut num) = glued.or_else(|| self.number(at_number, currency.is_some())) else {
            if qualifier.is_some() && currency.is_none() {
                if let Some(v) = words::bare_fraction(self.lower(at_number)) {
                    let value = qualified(Value::number(v), qualifier);
                    return Some((
                        at_number + 1,
                        self.ann(i, at_number + 1, Label::Cardinal, value),
                    ));
                }
                // `over a third earlier this week`: an ordinal takes no qualifier, so `a
                // third` after one is a fraction whatever follows.
                if let Some(v) =
                    words::article_fraction(self.lower(at_number), self.lower(at_number + 1))
                {
                    let value = qualified(Value::number(v), qualifier);
                    return Some((
                        at_number + 2,
                        self.ann(i, at_number + 2, Label::Cardinal, value),
                    ));
                }
            }
            return None;
        };
        if power != 0 && !num.ordinal {
            num.value *= 10f64.powi(power);
            num.scaled = true;
        }
        if num.ordinal {
            if qualifier.is_some() || currency.is_some() || between {
                return None;
            }
            // `a second`, `per second`: the unit of time.
            let unit_of_time = self.lower(at_number) == "second"
                && at_number > 0
                && matches!(
                    self.lower(at_number - 1),
                    "a" | "one" | "per" | "every" | "split"
                );
            if unit_of_time {
                return None;
            }
            if num.spelled && !self.lowercase_or_first(at_number) {
                return None;
            }
            return Some((
                num.end,
                self.ann(at_number, num.end, Label::Ordinal, Value::number(num.value)),
            ));
        }
        if num.spelled && !self.lowercase_or_first(at_number) {
            return None;
        }
        if at_number == i && self.hyphened_to_word(i) {
            return None;
        }
        // `one in five`, `two out of three`, `1 over 20`: a ratio, read as a fraction.
        if let Some((den, j)) = self.ratio(&num, currency.is_some() || qualifier.is_some()) {
            num.value /= den;
            num.end = j;
            num.bare_digits = false;
        }
        // A range: `10-15`, `10 to 15`, `between 10 and 15`, `$10-15 million`.
        let mut from_to = None;
        // After a change, `$2 to $30` is the change and the level reached.
        let after_change = || i > 0 && CHANGE_WORDS.contains(&self.lower(i - 1));
        let level_after = self.lower(num.end) == "to"
            && after_change()
            && self.currency_before(num.end + 1).is_some();
        let range = self
            .range_end(num.end, between, currency.is_some())
            .filter(|_| !level_after);
        if let Some((to, j)) = range {
            if !(num.bare_digits
                && to.bare_digits
                && self.is_year_like(at_number)
                && self.is_year_like(num.end + 1))
            {
                // `10-15 million`: the scale after the range applies to both ends.
                let mut from = num.value;
                if to.scaled && !num.scaled && from.abs() < to.value.abs() / 1000.0 {
                    let p = (to.value / clean_number(self.word(j - 2)).unwrap_or(to.value))
                        .log10()
                        .round() as i32;
                    from *= 10f64.powi(p);
                }
                if from >= to.value {
                    // `52-48`, `3-1`: a vote or a score, not a range.
                    return self.score(i, at_number, j, qualifier);
                }
                from_to = Some((from, to.value));
                num.end = j;
                num.bare_digits = false;
            }
        }
        let mut end = num.end;
        let mut label = Label::Cardinal;
        let mut value = Value::number(num.value);
        let mut factor = 1.0;
        // `3-inch`, `12-cent`, `5-year-old`: a unit joined by a hyphen.
        let hyphen = self.word(end) == "-" && self.touching(end - 1) && self.touching(end);
        let tail = if hyphen {
            self.tail(end + 1, &num)
                .filter(|(t, j)| *j == end + 2 && !matches!(t, Tail::Percent(_)))
        } else {
            self.tail(end, &num)
        };
        match tail {
            Some((Tail::Percent(f), j)) if currency.is_none() => {
                label = Label::Percent;
                factor = f;
                end = j;
            }
            Some((Tail::Money(code, f), j)) if currency.is_none() => {
                currency = Some(code);
                factor = f;
                end = j;
                // `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `15 USD 50.`
                if f == 1.0 && from_to.is_none() {
                    if let Some((cents, k)) = self.cents_after(end, code, &num) {
                        value.number = Some(num.value + cents);
                        end = k;
                    }
                }
            }
            Some((Tail::Unit(unit, l, f), j)) if currency.is_none() => {
                label = l;
                factor = f;
                value.unit = Some(unit.to_string());
                end = j;
                // `5 feet 10 inches`, `5 ft 2 in`
                if let Some((extra, k)) = self.compound_unit(end, unit) {
                    value.number = Some(num.value + extra);
                    end = k;
                }
                // `5 degrees below zero`
                if unit.starts_with("degree") && from_to.is_none() {
                    if let Some((&(_, sign), k)) = self.longest(end, &ZERO_SIDES) {
                        value.number = value.number.map(|n| n * sign);
                        end = k;
                    }
                }
                // `2 hours and 15 minutes`, `2h 15m`: a span of time in several units.
                if matches!(l, Label::Date | Label::Time) && from_to.is_none() {
                    if let Some((extra, k)) = self.compound_duration(end, unit) {
                        value.number = Some(num.value + extra);
                        end = k;
                    }
                }
                // `two years ago`: a relative date.
                if l == Label::Date && from_to.is_none() && value.number == Some(num.value) {
                    if let Some((ann_end, v)) = self.ago(end, num.value, unit) {
                        return Some((ann_end, self.ann(i, ann_end, Label::Date, v)));
                    }
                }
                if matches!(l, Label::Date | Label::Time) {
                    end = self.told_from(end);
                }
            }
            Some((Tail::Rate(unit, per), j)) if currency.is_none() => {
                label = Label::Quantity;
                value.unit = Some(format!("{unit} per {per}"));
                end = j;
            }
            // `$5 USD`, `£20 sterling`: the code after a sign repeats it.
            Some((Tail::Money(_, 1.0), j)) if self.word(end).starts_with(char::is_alphabetic) => {
                end = j
            }
            // `$15 and 50.`, `C$100 and fifty`: the minor part after a sign's amount.
            None if from_to.is_none() => {
                if let Some(code) = currency {
                    if let Some((cents, k)) = self.cents_after(end, code, &num) {
                        value.number = Some(num.value + cents);
                        end = k;
                    }
                }
            }
            _ => {}
        }
        // `5.25% to 5.5%`, `$10 million to $15 million`: a range of two whole amounts.
        // `between 5.25% and 5.5%`
        let joiner = match self.lower(end) {
            "to" | "-" | "–" => true,
            "and" => between,
            _ => false,
        };
        // Not after a change (`rose 0.3% to 4.5%`, `fell $2 to $30`: the change, then the
        // level), nor from basis points (`5 basis points to 4.25%`).
        if ranges
            && from_to.is_none()
            && end > num.end
            && joiner
            && factor >= 1.0
            && !after_change()
        {
            if let Some((to_end, to_ann)) = self.amount_with(end + 1, false) {
                let to_value = to_ann.value.clone().unwrap_or_default();
                // Money ranges need money at both ends: `rose 12.71 taka to 228.7` is no range.
                let kind = if currency.is_some() {
                    Label::Money
                } else {
                    label
                };
                let same_kind = to_ann.label == kind;
                if let (true, Some(to)) = (same_kind && to_value.bound.is_none(), to_value.number) {
                    let from = value.number.unwrap_or(num.value) * factor;
                    if from < to && to_value.unit == value.unit {
                        from_to = Some((from / factor, to / factor));
                        end = to_end;
                    }
                }
            }
        }
        // `between` opens a range only.
        if between && from_to.is_none() {
            return None;
        }
        if let Some(code) = currency {
            label = Label::Money;
            value.currency = Some(code.to_string());
        }
        if factor != 1.0 {
            value.number = value.number.map(|n| n * factor);
        }
        if let Some((from, to)) = from_to {
            value.number = None;
            value.from = Some(from * factor);
            value.to = Some(to * factor);
        }
        // Not numbers: years without a tail, codes, pronoun `one`.
        if label == Label::Cardinal && qualifier.is_none() && from_to.is_none() {
            if num.bare_digits && self.is_year_like(at_number) && !self.counted_year(at_number) {
                return None;
            }
            if num.bare_digits && self.is_code(at_number) {
                return None;
            }
            if self.is_pronoun_one(at_number, &num) {
                return None;
            }
            if num.bare_digits && self.is_dotted_code(at_number) {
                return None;
            }
        }
        if let Some(q) = qualifier {
            value = qualified(value, Some(q));
        }
        Some((end, self.ann(i, end, label, value)))
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
        let den = self.unsigned(k, false)?;
        let year = den.bare_digits && self.is_year_like(k);
        if den.ordinal || den.value <= 0.0 || year || (!over && num.value.abs() > den.value) {
            return None;
        }
        // `in`: one in any number, or a share of a round count (`3 in 10`, `9 in 100`); not
        // `55 in 60 balls`.
        let round = (2.0..=10.0).contains(&den.value)
            || (den.value >= 100.0 && den.value.log10().fract() == 0.0);
        if !over && k == i + 1 && num.value.abs() != 1.0 && !round {
            return None;
        }
        if over && self.kind(den.end) == Some(TokenKind::Word) {
            return None;
        }
        if self.tail(den.end, &den).is_some() {
            return None;
        }
        Some((den.value, den.end))
    }
}

/// A value with a qualifier's bound and approximation applied.
fn qualified(mut value: Value, qualifier: Option<&(&str, Option<crate::Bound>, bool)>) -> Value {
    if let Some(&(_, bound, approx)) = qualifier {
        value.bound = bound;
        value.approx = approx.then_some(true);
    }
    value
}

/// Qualifiers that may stand before a number, inside its span: the words, the bound they
/// put on it, and whether they make it approximate.
pub(super) static QUALIFIERS: PhraseTable<(&str, Option<Bound>, bool)> = PhraseTable::new(
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
