//! Money: a currency before the amount (`$`, `US$`, `£`, `USD`, `Rs`, `MEUR`) or after it
//! (`dollars`, `cents`, `EUR`, `€`), glued to its digits (`USD115`), and the minor part after
//! the main one (`3 dollars 50 cents`, `$15 and 50`).

use super::amount::Suffix;
use super::article_amounts::NOUN_ENDS;
use super::digits::parse_digits;
use super::number::Num;
use super::quantities::large_scale;
use super::reader::{Cx, PhraseTable};
use crate::tokenize::TokenKind;

impl Cx<'_> {
    /// A currency after a number at `i` (`5 EUR`, `30 MUSD`, `20 usd`, `10 €`, `50 cents`,
    /// `361 million pounds`), and the token after it.
    pub(super) fn currency_suffix(&self, i: usize, num: &Num) -> Option<(Suffix, usize)> {
        let w = self.lower(i);
        if w == "grand" && self.grand(i) {
            return Some((Suffix::MoneyUnnamed(1000.0), i + 1));
        }
        // `the 9-billion-euro bailout`: a scale and the currency in one word; `a
        // 12-cent-a-share dividend`: the currency and what it is paid for.
        if let Some((code, f)) = scaled_currency(w) {
            return Some((Suffix::Money(code, f), i + 1));
        }
        if let Some(head) = rate_head(w) {
            let row = CURRENCY_AFTER.iter().find(|c| c.0 == head);
            if let Some(&(_, code, f)) = row {
                return Some((Suffix::Money(code, f), i + 1));
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
            ok.then(|| currency_code(&upper)).flatten()
        };
        if let Some((code, mut p)) = currency_code(self.word(i)).or_else(lower_code) {
            let mut j = i + 1;
            if p == 0 && !num.scaled {
                if let Some((q, k)) = self.scale(j, false, false, false) {
                    (p, j) = (q, k);
                }
            }
            return Some((Suffix::Money(code, 10f64.powi(p)), j));
        }
        // `10 €`, `20€`: a sign after the amount; not one before the next (`1 $10`), unless
        // the next amount has its own currency (`10 $ 30 cents`, `10 $ 30 $`).
        let sign_after = CURRENCY_BEFORE
            .iter()
            .find(|c| c.0 == self.word(i) && !c.0.starts_with(|c: char| c.is_ascii_alphabetic()));
        let next_number = self.kind(i + 1) == Some(TokenKind::Number);
        if let Some(&(_, code)) = sign_after {
            if !next_number || (!self.touching(i) && self.currency_after_number(i + 1)) {
                return Some((Suffix::Money(code, 1.0), i + 1));
            }
        }
        // `361 million pounds` is money, and so is `paid thirty pounds` or `five pounds
        // fifty`; `25 pounds` and `weighed thirty pounds` a weight.
        let money = || {
            num.scaled
                || self.pounds_are_money(i) == Some(true)
                || self.cents_after(i + 1, "GBP", num, true).is_some()
        };
        if matches!(self.lower(i), "pounds" | "pound") && money() {
            return Some((Suffix::Money("GBP", 1.0), i + 1));
        }
        let (&(_, code, factor), j) = self
            .longest(i, &CURRENCY_AFTER)
            .filter(|(c, _)| !matches!(c.0, "p" | "p.") || self.touching(i - 1))?;
        // `marks`, `won`, `rand` are words too (`Satoshi` a name): only after a plain
        // amount in lower case.
        let ambiguous = matches!(
            self.lower(i),
            "marks" | "won" | "rand" | "real" | "lira" | "satoshi" | "satoshis" | "dong"
        );
        let capitalised = self.word(i).starts_with(char::is_uppercase);
        let verb_won = self.lower(i) == "won" && !num.scaled;
        (!(ambiguous && (capitalised || verb_won))).then_some((Suffix::Money(code, factor), j))
    }

    /// Whether `grand` at `i` is a thousand of money (`earned 50 grand`, `50 grand a year`,
    /// `a grand.`): in lower case, where the noun ends (not `20 grand slams`, `two grand
    /// pianos`, `Grand Prix`).
    pub(super) fn grand(&self, i: usize) -> bool {
        if self.word(i) != "grand" {
            return false;
        }
        let next = self.lower(i + 1);
        match self.kind(i + 1) {
            None => true,
            Some(TokenKind::Word) => NOUN_ENDS.contains(&next) || matches!(next, "last" | "this"),
            Some(TokenKind::Number) => false,
            Some(_) => !matches!(next, "-" | "'s" | "/" | "–"),
        }
    }

    /// Whether `pounds` at `i` are money (`Some(true)`: `paid thirty pounds`, `a pound a
    /// week`), weight (`Some(false)`: `weighed thirty pounds`, `thirty pounds of flour`), or
    /// neither is said, by the words of the clause around it (a few back, one or two after).
    pub(super) fn pounds_are_money(&self, i: usize) -> Option<bool> {
        let cue = |w: &str| {
            if POUND_MONEY_CUES.contains(&w) {
                Some(true)
            } else if POUND_WEIGHT_CUES.contains(&w) {
                Some(false)
            } else {
                None
            }
        };
        // `a pound a week`, `thirty pounds an hour`: a wage; `a 20-pound note`: money; `of
        // flour`: a weight.
        match (self.lower(i + 1), self.lower(i + 2)) {
            ("a" | "an" | "per", "week" | "month" | "year" | "hour" | "day") => return Some(true),
            ("note" | "notes" | "coin" | "coins", _) => return Some(true),
            ("of", w) if self.kind(i + 2) == Some(TokenKind::Word) && w != "the" => {
                return Some(false)
            }
            _ => {}
        }
        let mut k = i;
        while k > 0 && i - k < 8 {
            k -= 1;
            let w = self.lower(k);
            if matches!(w, "." | ";" | "!" | "?") {
                break;
            }
            if let Some(money) = cue(w) {
                return Some(money);
            }
        }
        None
    }

    /// `USD115`, `EUR2.5 million`: a currency code glued to its digits in one token (with a
    /// scale after it), at `i`: the code and the number.
    pub(super) fn glued_code_amount(&self, i: usize) -> Option<(&'static str, Num)> {
        let (code, value, scaled) = glued_code_number(self.word(i))?;
        let mut num = Num {
            scaled,
            ..Num::plain(value, i + 1)
        };
        if let Some((p, j)) = self.scale(i + 1, false, false, false).filter(|_| !scaled) {
            num.value *= 10f64.powi(p);
            num.end = j;
            num.scaled = true;
        }
        Some((code, num))
    }

    /// Whether a currency sign stands before the number that ends at token `i`.
    pub(super) fn money_before_number(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 && i - j < 3 {
            j -= 1;
            if CURRENCY_BEFORE.iter().any(|c| c.0 == self.lower(j))
                || currency_code(self.word(j)).is_some()
            {
                return true;
            }
        }
        false
    }

    /// Whether the digits at `i` are followed by a currency of their own (`30 cents`, `30 $`,
    /// `30 USD`). Looks at one token only, so it cannot chain.
    pub(super) fn currency_after_number(&self, i: usize) -> bool {
        let w = self.word(i + 1);
        self.kind(i) == Some(TokenKind::Number)
            && (currency_code(w).is_some()
                || CURRENCY_BEFORE.iter().any(|c| c.0 == w)
                || CURRENCY_AFTER.iter().any(|c| c.0 == self.lower(i + 1)))
    }

    /// A currency before the number: `$`, `US$`, `£`, `USD`, `Rs`, `MEUR` (with the power
    /// of ten its prefix scales the amount by).
    pub(super) fn currency_before(&self, i: usize) -> Option<(&'static str, i32, usize)> {
        if let Some((code, p)) = currency_code(self.word(i)) {
            return Some((code, p, i + 1));
        }
        let (row, j) = self.longest(i, &CURRENCY_BEFORE)?;
        // `A$5`, but not the article in `a $5 bill`.
        if matches!(row.0, "a $" | "s $") && !self.touching(i) {
            return None;
        }
        // `rs` and `inr` only capitalised (`Rs 500`), not a lower-case word.
        if row.0.starts_with(|c: char| c.is_ascii_alphabetic()) && !row.0.contains('$') {
            let w = self.word(i);
            if !w.starts_with(|c: char| c.is_uppercase()) {
                return None;
            }
        }
        Some((row.1, 0, j))
    }

    /// The minor part after `whole` money in `code` ending at `i`, in the main unit: `50
    /// cents`, `and 45 pence`, or a bare two-digit or spelled number closing the amount
    /// (`15 dollars 50.`, `thirteen dollars forty-five`, `$15 and 50`); not one that may
    /// count what follows (`$15 and 15 people`). After a currency `named` in words, a
    /// spelled part of ten or more needs no close (`two dollars fifty for a coffee`, `a
    /// pound twenty a pint`), unless a unit or a span of time follows it (`ten dollars twenty
    /// years ago`).
    pub(super) fn cents_after(
        &self,
        i: usize,
        code: &str,
        whole: &Num,
        named: bool,
    ) -> Option<(f64, usize)> {
        let and = self.lower(i) == "and";
        let k = if and { i + 1 } else { i };
        let n = self.number(k, false)?;
        if n.ordinal || n.scaled || !(0.0..100.0).contains(&n.value) {
            return None;
        }
        if let Some((&(_, c, f), j)) = self.longest(n.end, &CURRENCY_AFTER) {
            // A cent is the hundredth of many currencies; a penny of the pound only.
            let same = c == code || matches!(self.lower(n.end), "cent" | "cents");
            return (f < 1.0 && same).then_some((n.value * f, j));
        }
        let plain = |v: f64| v.fract() == 0.0 && v >= 0.0;
        let written = n.spelled || (self.word(k).len() == 2 && n.end == k + 1);
        let next = self.lower(n.end);
        let spoken = || {
            named
                && !and
                && n.spelled
                && n.value >= 10.0
                && self.kind(n.end) != Some(TokenKind::Number)
                && self.suffix(n.end, &n).is_none()
        };
        let closes = next.is_empty() || MINOR_CLOSERS.contains(&next) || spoken();
        (closes && written && plain(n.value) && plain(whole.value) && !whole.scaled)
            .then_some((n.value / 100.0, n.end))
    }
}

/// `cent-a-share`, `million-a-year`: the amount's word before what it is a rate of, in one
/// word (`-a-`, `-per-`).
pub(super) fn rate_head(w: &str) -> Option<&str> {
    // Asked of the word after every number: most have no hyphen, and bytes are compared
    // without a substring searcher's set-up.
    let b = w.as_bytes();
    if !b.contains(&b'-') {
        return None;
    }
    let at = (b.windows(3).position(|x| x == b"-a-"))
        .or_else(|| b.windows(5).position(|x| x == b"-per-"))?;
    w.get(..at)
}

/// `billion-euro`, `million-pound`: a large scale and a currency in one word, the currency's
/// code and what it multiplies the number by.
fn scaled_currency(w: &str) -> Option<(&'static str, f64)> {
    // Asked of the word after every number: most open with no scale's letter.
    if !matches!(w.as_bytes().first(), Some(b'm' | b'b' | b't')) {
        return None;
    }
    let (head, rest) = w.split_once('-')?;
    let (scale, multi) = large_scale(head)?;
    if multi {
        return None;
    }
    if rest == "pound" {
        return Some(("GBP", scale));
    }
    let &(_, code, f) = CURRENCY_AFTER.iter().find(|c| c.0 == rest)?;
    Some((code, scale * f))
}

/// `whole` money and its `minor` part in the main unit, summed without a binary fraction's
/// tail (1 + 0.59 is 1.5899999999999999 in floats; a minor part is at most eight places).
pub(super) fn with_minor(whole: f64, minor: f64) -> f64 {
    let sum = whole + minor;
    let rounded = (sum * 1e8).round() / 1e8;
    if rounded.is_finite() {
        rounded
    } else {
        sum
    }
}

/// A currency code token in capitals, with the power of ten a scale prefix adds: `USD`,
/// `RMB` (as `CNY`), `MUSD` (millions), `kEUR` (thousands).
pub(super) fn currency_code(w: &str) -> Option<(&'static str, i32)> {
    // Most words are no code: only three capitals, or four with a prefix, can be one.
    let tail_caps = w.len() >= 3 && w.bytes().skip(w.len() - 3).all(|b| b.is_ascii_uppercase());
    if !tail_caps || w.len() > 4 {
        return None;
    }
    if CURRENCY_CODES.contains(&w) {
        return Some((iso_code(w), 0));
    }
    CODE_SCALE_PREFIXES.iter().find_map(|&(prefix, p)| {
        let rest = w.strip_prefix(prefix)?;
        let ok = CURRENCY_CODES.contains(&rest) && !WORDLIKE_CODES.contains(&rest);
        ok.then(|| (iso_code(rest), p))
    })
}

/// `USD115`, `EUR2.5`, `USD1.2bn`: a code in capitals glued to its digits (and a scale's
/// letters), the amount, and whether a scale multiplied it.
#[inline]
pub(super) fn glued_code_number(w: &str) -> Option<(&'static str, f64, bool)> {
    let b = w.as_bytes();
    if b.len() < 4 || !b[..3].iter().all(u8::is_ascii_uppercase) || !b[3].is_ascii_digit() {
        return None;
    }
    let (code, digits) = (w.get(..3)?, w.get(3..)?);
    if !digits.starts_with(|c: char| c.is_ascii_digit()) || !CURRENCY_CODES.contains(&code) {
        return None;
    }
    let code = iso_code(code);
    match parse_digits(digits) {
        Some(value) => Some((code, value, false)),
        None => Some((code, glued_scaled(digits)?, true)),
    }
}

/// `1.2bn`, `500k`: digits and a scale's letters in one word, the amount.
#[cold]
fn glued_scaled(w: &str) -> Option<f64> {
    let (number, letters) = w.split_at(w.find(|c: char| c.is_ascii_alphabetic())?);
    let &(_, p) = GLUED_SCALES
        .iter()
        .find(|s| s.0.eq_ignore_ascii_case(letters))?;
    Some(parse_digits(number)? * 10f64.powi(p))
}

/// Scale letters glued to the digits after a glued code: `USD1.2bn`, `GBP500k`, `USD5m`.
const GLUED_SCALES: &[(&str, i32)] = &[
    ("k", 3),
    ("m", 6),
    ("mn", 6),
    ("mln", 6),
    ("b", 9),
    ("bn", 9),
    ("bln", 9),
    ("tn", 12),
];

/// The ISO code for a written code (`RMB` is `CNY`, `BTC` is `XBT` as for `bitcoin`).
fn iso_code(w: &str) -> &'static str {
    match w {
        "RMB" => "CNY",
        "BTC" => "XBT",
        _ => CURRENCY_CODES
            .iter()
            .find(|&&c| c == w)
            .copied()
            .unwrap_or("XXX"),
    }
}

/// Currency signs and codes written before the amount, with their ISO 4217 code. `US$` is
/// two tokens, `US` `$`; prefixes of a `$` are matched in any case (`c $` in lower-cased
/// text), codes only in capitals. An ambiguous `$` is USD.
pub(super) static CURRENCY_BEFORE: PhraseTable<(&str, &str)> = PhraseTable::new(
    &[
        ("us $", "USD"),
        ("u.s. $", "USD"),
        ("a $", "AUD"),
        ("au $", "AUD"),
        ("c $", "CAD"),
        ("ca $", "CAD"),
        ("nz $", "NZD"),
        ("hk $", "HKD"),
        ("nt $", "TWD"),
        ("s $", "SGD"),
        ("r $", "BRL"),
        ("mx $", "MXN"),
        ("mex $", "MXN"),
        ("u.s $", "USD"),
        ("usd $", "USD"),
        ("aud $", "AUD"),
        ("cad $", "CAD"),
        ("nzd $", "NZD"),
        ("hkd $", "HKD"),
        ("sgd $", "SGD"),
        ("mxn $", "MXN"),
        ("$", "USD"),
        ("£", "GBP"),
        ("€", "EUR"),
        ("¥", "JPY"),
        ("₹", "INR"),
        ("₽", "RUB"),
        ("₩", "KRW"),
        ("₴", "UAH"),
        ("₺", "TRY"),
        ("₦", "NGN"),
        ("₪", "ILS"),
        ("฿", "THB"),
        ("₡", "CRC"),
        ("₾", "GEL"),
        ("₭", "LAK"),
        ("₫", "VND"),
        ("₱", "PHP"),
        ("₲", "PYG"),
        ("₵", "GHS"),
        ("₸", "KZT"),
        ("₮", "MNT"),
        ("₼", "AZN"),
        ("৳", "BDT"),
        ("元", "CNY"),
        ("円", "JPY"),
        ("ரூ", "LKR"),
        ("₿", "XBT"),
        ("rs", "INR"),
        ("rs.", "INR"),
        ("rs .", "INR"),
        ("inr", "INR"),
    ],
    |r| r.0,
);

/// Words before `pounds` that make them money: `paid thirty pounds`.
const POUND_MONEY_CUES: &[&str] = &[
    "paid",
    "pay",
    "pays",
    "paying",
    "cost",
    "costs",
    "costing",
    "spent",
    "spend",
    "spends",
    "spending",
    "charge",
    "charged",
    "charges",
    "fine",
    "fined",
    "worth",
    "price",
    "priced",
    "sold",
    "sell",
    "sells",
    "bought",
    "buy",
    "buys",
    "earn",
    "earns",
    "earned",
    "earning",
    "owe",
    "owes",
    "owed",
    "raised",
    "donated",
    "bet",
    "wage",
    "salary",
    "fee",
    "fees",
    "tax",
    "bill",
    "prize",
    "invested",
    "lent",
    "borrowed",
    "saved",
    "refund",
    "compensation",
    "cash",
    "money",
    "rent",
    "ticket",
    "tickets",
    "budget",
    "grant",
    "award",
    "awarded",
    "afford",
];

/// Words before `pounds` that make them weight: `weighed thirty pounds`.
const POUND_WEIGHT_CUES: &[&str] = &[
    "weigh", "weighs", "weighed", "weighing", "weight", "heavy", "heavier", "lighter", "lost",
    "gained", "gain", "lose", "shed", "lift", "lifted", "lifts",
];

/// ISO 4217 codes recognised before or after an amount when written in capitals.
pub(super) const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "RMB", "INR", "RUB", "AUD", "CAD", "HKD", "SGD",
    "NZD", "SEK", "NOK", "DKK", "KRW", "BRL", "MXN", "ZAR", "TRY", "PLN", "UAH", "ILS", "AED",
    "SAR", "THB", "MYR", "IDR", "PHP", "NGN", "EGP", "KES", "PKR", "BDT", "VND", "CZK", "HUF",
    "RON", "ARS", "CLP", "COP", "PEN", "QAR", "KWD", "TWD", "BTC", "XBT",
];

/// Codes that are also English words or names (`try`, `pen`, `cop`): recognised only in
/// capitals, and never after a scale prefix (`MARS` is no million pesos). The others are
/// recognised in lower case too after a number (`20 usd`).
pub(super) const WORDLIKE_CODES: &[&str] = &[
    "TRY", "PEN", "COP", "PHP", "SAR", "RON", "ILS", "KES", "CAD", "ARS", "PLN", "RUB",
];

/// Letters glued before a code that scale the amount, as in business reports: `30 MUSD`,
/// `MEUR 120` (millions), `500 kEUR` (thousands).
const CODE_SCALE_PREFIXES: &[(&str, i32)] = &[("M", 6), ("k", 3)];

/// Words that may close an amount of money whose minor part is a bare number (`15 dollars
/// 50.`, `thirteen dollars forty-five`): the end of the text, end punctuation, `and`; any
/// other word after the bare number may be what it counts (`$15 and 15 people`), and a comma
/// may go on a list (`$15 and 20, respectively`).
const MINOR_CLOSERS: &[&str] = &[".", ";", ":", "!", "?", ")", "and", "or"];

/// Currency names after an amount: the words, the ISO 4217 code, and the factor to the main
/// unit (`cents` are a hundredth of a dollar).
pub(super) static CURRENCY_AFTER: PhraseTable<(&str, &str, f64)> = PhraseTable::new(
    &[
        ("us dollars", "USD", 1.0),
        ("us dollar", "USD", 1.0),
        ("u.s. dollars", "USD", 1.0),
        ("american dollars", "USD", 1.0),
        ("australian dollars", "AUD", 1.0),
        ("australian dollar", "AUD", 1.0),
        ("canadian dollars", "CAD", 1.0),
        ("canadian dollar", "CAD", 1.0),
        ("hong kong dollars", "HKD", 1.0),
        ("hong kong dollar", "HKD", 1.0),
        ("new zealand dollars", "NZD", 1.0),
        ("singapore dollars", "SGD", 1.0),
        ("taiwan dollars", "TWD", 1.0),
        ("dollars", "USD", 1.0),
        ("dlrs", "USD", 1.0),
        ("dlr", "USD", 1.0),
        ("stg", "GBP", 1.0),
        ("dollar", "USD", 1.0),
        ("bucks", "USD", 1.0),
        ("buck", "USD", 1.0),
        ("cents", "USD", 0.01),
        ("cent", "USD", 0.01),
        ("pounds sterling", "GBP", 1.0),
        ("british pounds", "GBP", 1.0),
        ("sterling", "GBP", 1.0),
        ("pence", "GBP", 0.01),
        ("p", "GBP", 0.01),
        // `5p.` ending a sentence: the period is in the token.
        ("p.", "GBP", 0.01),
        ("penny", "GBP", 0.01),
        ("pennies", "GBP", 0.01),
        ("euros", "EUR", 1.0),
        ("euro", "EUR", 1.0),
        ("yen", "JPY", 1.0),
        ("japanese yen", "JPY", 1.0),
        ("yuan", "CNY", 1.0),
        ("renminbi", "CNY", 1.0),
        ("rupees", "INR", 1.0),
        ("rupee", "INR", 1.0),
        ("indian rupees", "INR", 1.0),
        ("pakistani rupees", "PKR", 1.0),
        ("roubles", "RUB", 1.0),
        ("rubles", "RUB", 1.0),
        ("rouble", "RUB", 1.0),
        ("ruble", "RUB", 1.0),
        ("swiss francs", "CHF", 1.0),
        ("swiss franc", "CHF", 1.0),
        ("french francs", "FRF", 1.0),
        ("francs", "CHF", 1.0),
        ("franc", "CHF", 1.0),
        ("finnish markka", "FIM", 1.0),
        ("markka", "FIM", 1.0),
        ("deutsche marks", "DEM", 1.0),
        ("deutschmarks", "DEM", 1.0),
        ("marks", "DEM", 1.0),
        ("pesetas", "ESP", 1.0),
        ("peseta", "ESP", 1.0),
        ("lire", "ITL", 1.0),
        ("turkish lira", "TRY", 1.0),
        ("dutch guilders", "NLG", 1.0),
        ("guilders", "NLG", 1.0),
        ("chinese yuan", "CNY", 1.0),
        ("bitcoins", "XBT", 1.0),
        ("bitcoin", "XBT", 1.0),
        ("satoshis", "XBT", 1e-8),
        ("satoshi", "XBT", 1e-8),
        ("lira", "TRY", 1.0),
        ("pesos", "MXN", 1.0),
        ("peso", "MXN", 1.0),
        ("rand", "ZAR", 1.0),
        ("won", "KRW", 1.0),
        ("baht", "THB", 1.0),
        ("ringgit", "MYR", 1.0),
        ("rupiah", "IDR", 1.0),
        ("naira", "NGN", 1.0),
        ("shekels", "ILS", 1.0),
        ("hryvnias", "UAH", 1.0),
        ("hryvnia", "UAH", 1.0),
        ("zlotys", "PLN", 1.0),
        ("zloty", "PLN", 1.0),
        ("kronor", "SEK", 1.0),
        ("krona", "SEK", 1.0),
        ("kroner", "NOK", 1.0),
        ("krone", "NOK", 1.0),
        ("reais", "BRL", 1.0),
        ("dirhams", "AED", 1.0),
        ("riyals", "SAR", 1.0),
        ("dinars", "KWD", 1.0),
        // Names with the country, and more currencies; a bare name takes its most common
        // country's code, as `pesos` does.
        ("singapore dollar", "SGD", 1.0),
        ("new zealand dollar", "NZD", 1.0),
        ("taiwan dollar", "TWD", 1.0),
        ("new taiwan dollars", "TWD", 1.0),
        ("u.s. dollar", "USD", 1.0),
        ("american dollar", "USD", 1.0),
        ("jamaican dollars", "JMD", 1.0),
        ("zimbabwe dollars", "ZWL", 1.0),
        ("mexican pesos", "MXN", 1.0),
        ("mexican peso", "MXN", 1.0),
        ("argentine pesos", "ARS", 1.0),
        ("argentine peso", "ARS", 1.0),
        ("chilean pesos", "CLP", 1.0),
        ("colombian pesos", "COP", 1.0),
        ("philippine pesos", "PHP", 1.0),
        ("philippine peso", "PHP", 1.0),
        ("cuban pesos", "CUP", 1.0),
        ("uruguayan pesos", "UYU", 1.0),
        ("dominican pesos", "DOP", 1.0),
        ("british pound", "GBP", 1.0),
        ("pound sterling", "GBP", 1.0),
        ("egyptian pounds", "EGP", 1.0),
        ("egyptian pound", "EGP", 1.0),
        ("lebanese pounds", "LBP", 1.0),
        ("syrian pounds", "SYP", 1.0),
        ("sudanese pounds", "SDG", 1.0),
        ("irish pounds", "IEP", 1.0),
        ("cyprus pounds", "CYP", 1.0),
        ("cypriot pounds", "CYP", 1.0),
        ("quid", "GBP", 1.0),
        ("belgian francs", "BEF", 1.0),
        ("luxembourg francs", "LUF", 1.0),
        ("cfa francs", "XOF", 1.0),
        ("rwandan francs", "RWF", 1.0),
        ("congolese francs", "CDF", 1.0),
        ("guinean francs", "GNF", 1.0),
        ("french franc", "FRF", 1.0),
        ("swedish crowns", "SEK", 1.0),
        ("swedish crown", "SEK", 1.0),
        ("swedish kronor", "SEK", 1.0),
        ("swedish krona", "SEK", 1.0),
        ("norwegian crowns", "NOK", 1.0),
        ("norwegian crown", "NOK", 1.0),
        ("norwegian kroner", "NOK", 1.0),
        ("norwegian krone", "NOK", 1.0),
        ("danish crowns", "DKK", 1.0),
        ("danish crown", "DKK", 1.0),
        ("danish kroner", "DKK", 1.0),
        ("danish krone", "DKK", 1.0),
        ("czech crowns", "CZK", 1.0),
        ("czech crown", "CZK", 1.0),
        ("czech korunas", "CZK", 1.0),
        ("czech koruna", "CZK", 1.0),
        ("korunas", "CZK", 1.0),
        ("koruna", "CZK", 1.0),
        ("slovak crowns", "SKK", 1.0),
        ("slovak korunas", "SKK", 1.0),
        ("estonian kroons", "EEK", 1.0),
        ("kroons", "EEK", 1.0),
        ("icelandic kronur", "ISK", 1.0),
        ("icelandic krona", "ISK", 1.0),
        ("icelandic crowns", "ISK", 1.0),
        ("sri lankan rupees", "LKR", 1.0),
        ("nepalese rupees", "NPR", 1.0),
        ("mauritian rupees", "MUR", 1.0),
        ("indian rupee", "INR", 1.0),
        ("pakistani rupee", "PKR", 1.0),
        ("kuwaiti dinars", "KWD", 1.0),
        ("iraqi dinars", "IQD", 1.0),
        ("jordanian dinars", "JOD", 1.0),
        ("bahraini dinars", "BHD", 1.0),
        ("libyan dinars", "LYD", 1.0),
        ("tunisian dinars", "TND", 1.0),
        ("algerian dinars", "DZD", 1.0),
        ("serbian dinars", "RSD", 1.0),
        ("yugoslav dinars", "YUM", 1.0),
        ("dinar", "KWD", 1.0),
        ("saudi riyals", "SAR", 1.0),
        ("saudi riyal", "SAR", 1.0),
        ("qatari riyals", "QAR", 1.0),
        ("omani rials", "OMR", 1.0),
        ("yemeni rials", "YER", 1.0),
        ("iranian rials", "IRR", 1.0),
        ("rials", "IRR", 1.0),
        ("riyal", "SAR", 1.0),
        ("uae dirhams", "AED", 1.0),
        ("moroccan dirhams", "MAD", 1.0),
        ("dirham", "AED", 1.0),
        ("quid", "GBP", 1.0),
        ("kenyan shillings", "KES", 1.0),
        ("kenya shillings", "KES", 1.0),
        ("ugandan shillings", "UGX", 1.0),
        ("uganda shillings", "UGX", 1.0),
        ("tanzanian shillings", "TZS", 1.0),
        ("somali shillings", "SOS", 1.0),
        ("austrian schillings", "ATS", 1.0),
        ("schillings", "ATS", 1.0),
        ("shillings", "KES", 1.0),
        ("turkish liras", "TRY", 1.0),
        ("italian lire", "ITL", 1.0),
        ("italian lira", "ITL", 1.0),
        ("russian roubles", "RUB", 1.0),
        ("russian rubles", "RUB", 1.0),
        ("russian rouble", "RUB", 1.0),
        ("russian ruble", "RUB", 1.0),
        ("south african rand", "ZAR", 1.0),
        ("brazilian reais", "BRL", 1.0),
        ("brazilian real", "BRL", 1.0),
        ("brazilian reals", "BRL", 1.0),
        ("polish zlotys", "PLN", 1.0),
        ("polish zloty", "PLN", 1.0),
        ("korean won", "KRW", 1.0),
        ("south korean won", "KRW", 1.0),
        ("north korean won", "KPW", 1.0),
        ("thai baht", "THB", 1.0),
        ("malaysian ringgit", "MYR", 1.0),
        ("indonesian rupiah", "IDR", 1.0),
        ("nigerian naira", "NGN", 1.0),
        ("israeli shekels", "ILS", 1.0),
        ("new israeli shekels", "ILS", 1.0),
        ("shekel", "ILS", 1.0),
        ("ukrainian hryvnias", "UAH", 1.0),
        ("kazakh tenge", "KZT", 1.0),
        ("tenge", "KZT", 1.0),
        ("bangladeshi taka", "BDT", 1.0),
        ("taka", "BDT", 1.0),
        ("vietnamese dong", "VND", 1.0),
        ("dong", "VND", 1.0),
        ("peruvian soles", "PEN", 1.0),
        ("nuevos soles", "PEN", 1.0),
        ("hungarian forints", "HUF", 1.0),
        ("hungarian forint", "HUF", 1.0),
        ("forints", "HUF", 1.0),
        ("forint", "HUF", 1.0),
        ("romanian lei", "RON", 1.0),
        ("romanian leu", "RON", 1.0),
        ("bulgarian leva", "BGN", 1.0),
        ("bulgarian levs", "BGN", 1.0),
        ("leva", "BGN", 1.0),
        ("croatian kuna", "HRK", 1.0),
        ("kuna", "HRK", 1.0),
        ("georgian lari", "GEL", 1.0),
        ("lari", "GEL", 1.0),
        ("azerbaijani manat", "AZN", 1.0),
        ("zambian kwacha", "ZMW", 1.0),
        ("kwacha", "ZMW", 1.0),
        ("ghanaian cedis", "GHS", 1.0),
        ("cedis", "GHS", 1.0),
        ("ethiopian birr", "ETB", 1.0),
        ("birr", "ETB", 1.0),
        ("chinese renminbi", "CNY", 1.0),
        ("yuan renminbi", "CNY", 1.0),
        ("greek drachmas", "GRD", 1.0),
        ("drachmas", "GRD", 1.0),
        ("drachmae", "GRD", 1.0),
        ("portuguese escudos", "PTE", 1.0),
        ("escudos", "PTE", 1.0),
        ("irish punts", "IEP", 1.0),
        ("ecus", "XEU", 1.0),
        ("spanish pesetas", "ESP", 1.0),
        ("finnish markkaa", "FIM", 1.0),
        ("dutch guilder", "NLG", 1.0),
        ("guilder", "NLG", 1.0),
        ("euro cents", "EUR", 0.01),
    ],
    |r| r.0,
);
