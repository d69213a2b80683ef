//! Table tests for the number grammar, grouped by behaviour. Each case is a name, a text,
//! and what must be found in it: (span text, label, value as JSON); a case lists all the
//! annotations of its text, so an extra one fails it too.

use super::quantities::{COMPOUND_UNITS, TOUCHING_UNITS, UNITS_AFTER};
use super::*;
use crate::annotation::Label;
use crate::tokenize::tokenize;
use serde_json::Value as Json;

type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, Label, &'static str)],
);

const REFERENCE: (i32, u32, u32) = (2026, 11, 29); // a Sunday

fn normalise(v: Json) -> Json {
    match v {
        Json::Number(n) => Json::from(n.as_f64().unwrap_or(f64::NAN)),
        Json::Object(m) => m.into_iter().map(|(k, v)| (k, normalise(v))).collect(),
        Json::Array(a) => a.into_iter().map(normalise).collect(),
        other => other,
    }
}

fn found_at(text: &str, reference: Option<(i32, u32, u32)>) -> Vec<(String, Label, Json)> {
    let tokens = tokenize(text);
    let out = find_with(text, &tokens.tokens, reference);
    for w in out.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "{text:?}: sorted, not overlapping"
        );
    }
    out.into_iter()
        .map(|a| {
            let v = normalise(serde_json::to_value(&a.value).unwrap());
            (a.span.of(text).to_string(), a.label, v)
        })
        .collect()
}

fn check(cases: &[Case], reference: Option<(i32, u32, u32)>) {
    let mut failures = Vec::new();
    for &(name, text, want) in cases {
        let got = found_at(text, reference);
        let want: Vec<(String, Label, Json)> = want
            .iter()
            .map(|&(s, l, v)| {
                (
                    s.to_string(),
                    l,
                    normalise(serde_json::from_str(v).unwrap()),
                )
            })
            .collect();
        if got != want {
            failures.push(format!(
                "{name}: {text:?}\n   want {want:?}\n    got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

use Label::*;

#[test]
fn cardinals_in_digits() {
    check(
        &[
            (
                "separators",
                "It has 95,000 people.",
                &[("95,000", Cardinal, r#"{"number":95000}"#)],
            ),
            (
                "decimal",
                "It rose 1,234.5 points.",
                &[("1,234.5", Cardinal, r#"{"number":1234.5}"#)],
            ),
            (
                "leading zero",
                "a ratio of 0.75 here",
                &[("0.75", Cardinal, r#"{"number":0.75}"#)],
            ),
            (
                "scale word",
                "1.5 million people",
                &[("1.5 million", Cardinal, r#"{"number":1500000}"#)],
            ),
            (
                "scale exact",
                "48.2 million people",
                &[("48.2 million", Cardinal, r#"{"number":48200000}"#)],
            ),
            (
                "k suffix",
                "a 95k crowd",
                &[("95k", Cardinal, r#"{"number":95000}"#)],
            ),
            (
                "billion",
                "3 billion users",
                &[("3 billion", Cardinal, r#"{"number":3000000000}"#)],
            ),
            (
                "fraction",
                "3/4 of voters",
                &[("3/4", Cardinal, r#"{"number":0.75}"#)],
            ),
            (
                "mixed fraction",
                "10 1/2 miles",
                &[("10 1/2 miles", Quantity, r#"{"number":10.5,"unit":"mile"}"#)],
            ),
            (
                "negative",
                "It fell to -5 overnight.",
                &[("-5", Cardinal, r#"{"number":-5}"#)],
            ),
            (
                "minus word",
                "minus five",
                &[("minus five", Cardinal, r#"{"number":-5}"#)],
            ),
            (
                "dozen",
                "3 dozen eggs",
                &[("3 dozen", Cardinal, r#"{"number":36}"#)],
            ),
        ],
        None,
    );
}

#[test]
fn cardinals_in_words() {
    check(
        &[
            (
                "hyphenated",
                "forty-three thousand troops",
                &[("forty-three thousand", Cardinal, r#"{"number":43000}"#)],
            ),
            (
                "a dozen",
                "a dozen eggs",
                &[("a dozen", Cardinal, r#"{"number":12}"#)],
            ),
            (
                "a hundred",
                "a hundred days",
                &[("a hundred days", Date, r#"{"number":100,"unit":"day"}"#)],
            ),
            (
                "and a half",
                "two and a half hours later",
                &[(
                    "two and a half hours later",
                    Time,
                    r#"{"number":2.5,"unit":"hour"}"#,
                )],
            ),
            (
                "and a half alone",
                "it took two and a half",
                &[("two and a half", Cardinal, r#"{"number":2.5}"#)],
            ),
            (
                "three quarters",
                "three quarters of them",
                &[("three quarters", Cardinal, r#"{"number":0.75}"#)],
            ),
            (
                "capital at start",
                "Twenty-six people died.",
                &[("Twenty-six", Cardinal, r#"{"number":26}"#)],
            ),
            (
                "hundred and",
                "one hundred and six",
                &[("one hundred and six", Cardinal, r#"{"number":106}"#)],
            ),
            (
                "one one one",
                "one one one",
                &[
                    ("one", Cardinal, r#"{"number":1}"#),
                    ("one", Cardinal, r#"{"number":1}"#),
                    ("one", Cardinal, r#"{"number":1}"#),
                ],
            ),
            (
                "half after qualifier",
                "nearly half of voters",
                &[(
                    "nearly half",
                    Cardinal,
                    r#"{"number":0.5,"bound":"less-than","approx":true}"#,
                )],
            ),
        ],
        None,
    );
}

#[test]
fn spelled_fractions_and_mixed_numbers() {
    check(
        &[
            (
                "the whole number is the numerator",
                "He cut it into two hundred six sevenths.",
                &[("two hundred six sevenths", Cardinal, r#"{"number":29.428571428571427}"#)],
            ),
            (
                "tens and a unit ordinal after a hundred are the denominator",
                "Take two hundred forty-sixths of it.",
                &[("two hundred forty-sixths", Cardinal, r#"{"number":4.3478260869565215}"#)],
            ),
            (
                "a compound denominator where the number cannot go on",
                "Only four thirty-sevenths remain, and one sixty-third.",
                &[
                    ("four thirty-sevenths", Cardinal, r#"{"number":0.10810810810810811}"#),
                    ("one sixty-third", Cardinal, r#"{"number":0.015873015873015872}"#),
                ],
            ),
            (
                "hundreds of scale ordinals",
                "It is three hundred millionths wide.",
                &[("three hundred millionths", Cardinal, r#"{"number":0.0003}"#)],
            ),
            (
                "mixed number after and",
                "It took forty and two sevenths hours and six and one eighth.",
                &[
                    ("forty and two sevenths hours", Time, r#"{"number":40.285714285714285,"unit":"hour"}"#),
                    ("six and one eighth", Cardinal, r#"{"number":6.125}"#),
                ],
            ),
            (
                "a proper fraction after a hundred and `and` is a mixed number",
                "They counted five hundred and seven eighths.",
                &[("five hundred and seven eighths", Cardinal, r#"{"number":500.875}"#)],
            ),
            (
                "a fraction of the smaller scale",
                "It cost two billion and a half million.",
                &[("two billion and a half million", Cardinal, r#"{"number":2000500000}"#)],
            ),
            (
                "half a and of a",
                "Half a million fans and three quarters of a billion viewers; half a dozen.",
                &[
                    ("Half a million", Cardinal, r#"{"number":500000}"#),
                    ("three quarters of a billion", Cardinal, r#"{"number":750000000}"#),
                    ("half a dozen", Cardinal, r#"{"number":6}"#),
                ],
            ),
            (
                "a dozen counts the number before it",
                "They sold five hundred and four dozen eggs.",
                &[("five hundred and four dozen", Cardinal, r#"{"number":548}"#)],
            ),
            (
                "a scale ordinal multiplies",
                "It was the two hundred thousandth visitor.",
                &[("two hundred thousandth", Ordinal, r#"{"number":200000}"#)],
            ),
            (
                "a fifth before a noun is an article and an ordinal",
                "They won a third straight title, a fifth of the votes.",
                &[
                    ("third", Ordinal, r#"{"number":3}"#),
                    ("a fifth", Cardinal, r#"{"number":0.2}"#),
                ],
            ),
            (
                "a qualifier makes a third a fraction; half is never an ordinal",
                "Shares fell by nearly a third yesterday, for a one-half point loss and a two-fifths stake.",
                &[
                    ("nearly a third", Cardinal, r#"{"number":0.3333333333333333,"bound":"less-than","approx":true}"#),
                    ("yesterday", Date, r#"{"relative":{"offset":-1,"unit":"day"}}"#),
                    ("one-half", Cardinal, r#"{"number":0.5}"#),
                    ("two-fifths", Cardinal, r#"{"number":0.4}"#),
                ],
            ),
            (
                "a number is cut where a scale cannot follow",
                "Sales 300 million 275 million",
                &[
                    ("300 million", Cardinal, r#"{"number":300000000}"#),
                    ("275 million", Cardinal, r#"{"number":275000000}"#),
                ],
            ),
            (
                "decimals after point",
                "It read six point eighty-four, then nine point fifty.",
                &[
                    ("six point eighty-four", Cardinal, r#"{"number":6.84}"#),
                    ("nine point fifty", Cardinal, r#"{"number":9.5}"#),
                ],
            ),
            (
                "spaced dash compounds",
                "He counted sixty - four; three - eighths; the score was three - one.",
                &[
                    ("sixty - four", Cardinal, r#"{"number":64}"#),
                    ("three - eighths", Cardinal, r#"{"number":0.375}"#),
                    ("three", Cardinal, r#"{"number":3}"#),
                    ("one", Cardinal, r#"{"number":1}"#),
                ],
            ),
            (
                "digits among number words; two numbers cut at and",
                "It had 7 thousand 2 hundred and 15 seats, 5 million and a half people; 6 hundred and 4 hundred.",
                &[
                    ("7 thousand 2 hundred and 15", Cardinal, r#"{"number":7215}"#),
                    ("5 million and a half", Cardinal, r#"{"number":5500000}"#),
                    ("6 hundred", Cardinal, r#"{"number":600}"#),
                    ("4 hundred", Cardinal, r#"{"number":400}"#),
                ],
            ),
        ],
        None,
    );
}

#[test]
fn ratios_powers_and_letter_scales() {
    check(
        &[
            (
                "ratios",
                "One in four voters, seven out of ten firms, 3 over 8.",
                &[
                    ("One in four", Cardinal, r#"{"number":0.25}"#),
                    ("seven out of ten", Cardinal, r#"{"number":0.7}"#),
                    ("3 over 8", Cardinal, r#"{"number":0.375}"#),
                ],
            ),
            (
                "not ratios",
                "He ran 5 in 20 minutes and won 4 over 2 rivals; 48 in 70 balls.",
                &[
                    ("5", Cardinal, r#"{"number":5}"#),
                    ("20 minutes", Time, r#"{"number":20,"unit":"minute"}"#),
                    ("4", Cardinal, r#"{"number":4}"#),
                    ("over 2", Cardinal, r#"{"number":2,"bound":"more-than"}"#),
                    ("48", Cardinal, r#"{"number":48}"#),
                    ("70", Cardinal, r#"{"number":70}"#),
                ],
            ),
            (
                "powers",
                "Values 4.5e+7, 3^-2 and 2.1x10^3 and 7 × 10^2.",
                &[
                    ("4.5e+7", Cardinal, r#"{"number":45000000}"#),
                    ("3^-2", Cardinal, r#"{"number":0.1111111111111111}"#),
                    ("2.1x10^3", Cardinal, r#"{"number":2100}"#),
                    ("7 × 10^2", Cardinal, r#"{"number":700}"#),
                ],
            ),
            (
                "letter scales",
                "They raised 4.7b, then 85K, then 3.4 k and 2.5 M in all.",
                &[
                    ("4.7b", Cardinal, r#"{"number":4700000000}"#),
                    ("85K", Cardinal, r#"{"number":85000}"#),
                    ("3.4 k", Cardinal, r#"{"number":3400}"#),
                    ("2.5 M", Cardinal, r#"{"number":2500000}"#),
                ],
            ),
            (
                "letters that are not scales",
                "In form 8b, a 10 k race.",
                &[
                    ("8", Cardinal, r#"{"number":8}"#),
                    ("10", Cardinal, r#"{"number":10}"#),
                ],
            ),
            (
                "Indian grouping and compound scales",
                "It had 4,50,000 voters and a budget of six lakh crore, or 2.5 thousand crore.",
                &[
                    ("4,50,000", Cardinal, r#"{"number":450000}"#),
                    ("six lakh crore", Cardinal, r#"{"number":6000000000000}"#),
                    ("2.5 thousand crore", Cardinal, r#"{"number":25000000000}"#),
                ],
            ),
            (
                "space-grouped digits",
                "About 25 000 people and 3 450 120 votes; columns 612 845.",
                &[
                    (
                        "About 25 000",
                        Cardinal,
                        r#"{"number":25000,"approx":true}"#,
                    ),
                    ("3 450 120", Cardinal, r#"{"number":3450120}"#),
                    ("612", Cardinal, r#"{"number":612}"#),
                    ("845", Cardinal, r#"{"number":845}"#),
                ],
            ),
        ],
        None,
    );
}

#[test]
fn qualifiers_and_ranges() {
    check(
        &[
            (
                "over",
                "over 95,000 killed",
                &[(
                    "over 95,000",
                    Cardinal,
                    r#"{"number":95000,"bound":"more-than"}"#,
                )],
            ),
            (
                "more than",
                "more than 20 people",
                &[(
                    "more than 20",
                    Cardinal,
                    r#"{"number":20,"bound":"more-than"}"#,
                )],
            ),
            (
                "at least",
                "at least 14 people",
                &[(
                    "at least 14",
                    Cardinal,
                    r#"{"number":14,"bound":"at-least"}"#,
                )],
            ),
            (
                "up to",
                "up to 300 jobs",
                &[("up to 300", Cardinal, r#"{"number":300,"bound":"at-most"}"#)],
            ),
            (
                "about",
                "about 40 boats",
                &[("about 40", Cardinal, r#"{"number":40,"approx":true}"#)],
            ),
            (
                "nearly",
                "nearly 50 homes",
                &[(
                    "nearly 50",
                    Cardinal,
                    r#"{"number":50,"bound":"less-than","approx":true}"#,
                )],
            ),
            (
                "hyphen range",
                "10-15 people",
                &[("10-15", Cardinal, r#"{"from":10,"to":15}"#)],
            ),
            (
                "to range",
                "10 to 15 people",
                &[("10 to 15", Cardinal, r#"{"from":10,"to":15}"#)],
            ),
            (
                "between",
                "between 10 and 15 people",
                &[("between 10 and 15", Cardinal, r#"{"from":10,"to":15}"#)],
            ),
            (
                "range with scale",
                "$10-15 million",
                &[(
                    "$10-15 million",
                    Money,
                    r#"{"from":10000000,"to":15000000,"currency":"USD"}"#,
                )],
            ),
            (
                "percent range",
                "10-15% of them",
                &[("10-15%", Percent, r#"{"from":10,"to":15}"#)],
            ),
        ],
        None,
    );
}

#[test]
fn ordinals() {
    check(
        &[
            (
                "word",
                "the third time",
                &[("third", Ordinal, r#"{"number":3}"#)],
            ),
            (
                "digits",
                "the 21st birthday",
                &[("21st", Ordinal, r#"{"number":21}"#)],
            ),
            ("1st", "1st place", &[("1st", Ordinal, r#"{"number":1}"#)]),
            (
                "compound",
                "the twenty-first attempt",
                &[("twenty-first", Ordinal, r#"{"number":21}"#)],
            ),
            (
                "hundredth",
                "its hundredth birthday",
                &[("hundredth", Ordinal, r#"{"number":100}"#)],
            ),
            ("capitalised name", "the Second World War", &[]),
        ],
        None,
    );
}

#[test]
fn percentages() {
    check(
        &[
            (
                "sign",
                "20% of them",
                &[("20%", Percent, r#"{"number":20}"#)],
            ),
            (
                "word",
                "20 percent of them",
                &[("20 percent", Percent, r#"{"number":20}"#)],
            ),
            (
                "per cent words",
                "twenty per cent of them",
                &[("twenty per cent", Percent, r#"{"number":20}"#)],
            ),
            (
                "pct",
                "rose 20 pct",
                &[("20 pct", Percent, r#"{"number":20}"#)],
            ),
            (
                "points",
                "up 2 percentage points",
                &[("2 percentage points", Percent, r#"{"number":2}"#)],
            ),
            (
                "approx",
                "approximately 20% of it",
                &[(
                    "approximately 20%",
                    Percent,
                    r#"{"number":20,"approx":true}"#,
                )],
            ),
            (
                "word first, a phrase of its own",
                "percent of 10",
                &[("percent of 10", Percent, r#"{"number":10}"#)],
            ),
            (
                "per cent first, amount in words",
                "Per cent of twenty-two.",
                &[("Per cent of twenty-two", Percent, r#"{"number":22}"#)],
            ),
            (
                "percent word after a determiner",
                "a large percent of 10,000 voters",
                &[("10,000", Cardinal, r#"{"number":10000}"#)],
            ),
            (
                "percent first, amount counting a noun",
                "Percent of 10,000 voters backed it",
                &[("10,000", Cardinal, r#"{"number":10000}"#)],
            ),
            (
                "amount first, of a number",
                "20 percent of 50",
                &[
                    ("20 percent", Percent, r#"{"number":20}"#),
                    ("50", Cardinal, r#"{"number":50}"#),
                ],
            ),
            (
                "sign alone",
                "The table shows the % of increase",
                &[("%", Percent, r#"{}"#)],
            ),
            (
                "sign spaced after a number",
                "up 20 % on the year",
                &[("20 %", Percent, r#"{"number":20}"#)],
            ),
            (
                "sign in a web address",
                "see https://example.com/q?a=30%25%2020%",
                &[],
            ),
            (
                "basis points",
                "the yield rose 5 basis points, a cut of 25 bps; BP fell 2 BP",
                &[
                    ("5 basis points", Percent, r#"{"number":0.05}"#),
                    ("25 bps", Percent, r#"{"number":0.25}"#),
                    ("2", Cardinal, r#"{"number":2}"#),
                ],
            ),
            (
                "a fraction of a percentage point",
                "cut by a quarter of a percentage point, then a half percentage point, then half \
                 a percentage point; half a loaf",
                &[
                    (
                        "a quarter of a percentage point",
                        Percent,
                        r#"{"number":0.25}"#,
                    ),
                    ("a half percentage point", Percent, r#"{"number":0.5}"#),
                    ("half a percentage point", Percent, r#"{"number":0.5}"#),
                ],
            ),
            (
                "between two percentages",
                "to between 5.25% and 5.5%",
                &[(
                    "between 5.25% and 5.5%",
                    Percent,
                    r#"{"from":5.25,"to":5.5}"#,
                )],
            ),
            (
                "a change, then the level",
                "Rates rose 0.25% to 4.5%, shares fell $2 to $30, forecasts of 5% to 6%",
                &[
                    ("0.25%", Percent, r#"{"number":0.25}"#),
                    ("4.5%", Percent, r#"{"number":4.5}"#),
                    ("$2", Money, r#"{"number":2,"currency":"USD"}"#),
                    ("$30", Money, r#"{"number":30,"currency":"USD"}"#),
                    ("5% to 6%", Percent, r#"{"from":5,"to":6}"#),
                ],
            ),
            (
                "a percentage is a word",
                "How do I calculate a percentage?",
                &[],
            ),
        ],
        None,
    );
}

#[test]
fn money() {
    check(
        &[
            (
                "dollar",
                "It costs $5.",
                &[("$5", Money, r#"{"number":5,"currency":"USD"}"#)],
            ),
            (
                "US$",
                "a US$5 fee",
                &[("US$5", Money, r#"{"number":5,"currency":"USD"}"#)],
            ),
            (
                "pound bn",
                "a £3.2bn deal",
                &[("£3.2bn", Money, r#"{"number":3200000000,"currency":"GBP"}"#)],
            ),
            (
                "euro m",
                "a €20m fine",
                &[("€20m", Money, r#"{"number":20000000,"currency":"EUR"}"#)],
            ),
            (
                "yen",
                "¥100 coins",
                &[("¥100", Money, r#"{"number":100,"currency":"JPY"}"#)],
            ),
            (
                "rupees",
                "Rs 500 notes",
                &[("Rs 500", Money, r#"{"number":500,"currency":"INR"}"#)],
            ),
            (
                "code before",
                "USD 5 each",
                &[("USD 5", Money, r#"{"number":5,"currency":"USD"}"#)],
            ),
            (
                "code after",
                "5 EUR each",
                &[("5 EUR", Money, r#"{"number":5,"currency":"EUR"}"#)],
            ),
            (
                "name after",
                "5 dollars each",
                &[("5 dollars", Money, r#"{"number":5,"currency":"USD"}"#)],
            ),
            (
                "markka",
                "420 million Finnish markka",
                &[(
                    "420 million Finnish markka",
                    Money,
                    r#"{"number":420000000,"currency":"FIM"}"#,
                )],
            ),
            (
                "trillion",
                "$1.2 trillion in debt",
                &[(
                    "$1.2 trillion",
                    Money,
                    r#"{"number":1200000000000,"currency":"USD"}"#,
                )],
            ),
            (
                "cents",
                "50 cents more",
                &[("50 cents", Money, r#"{"number":0.5,"currency":"USD"}"#)],
            ),
            (
                "dollars and cents",
                "3 dollars 50 cents",
                &[(
                    "3 dollars 50 cents",
                    Money,
                    r#"{"number":3.5,"currency":"USD"}"#,
                )],
            ),
            (
                "sign after",
                "only 10 € each",
                &[("10 €", Money, r#"{"number":10,"currency":"EUR"}"#)],
            ),
            (
                "qualified",
                "more than $247 million",
                &[(
                    "more than $247 million",
                    Money,
                    r#"{"number":247000000,"currency":"USD","bound":"more-than"}"#,
                )],
            ),
            (
                "article before sign",
                "a $5 bill",
                &[("$5", Money, r#"{"number":5,"currency":"USD"}"#)],
            ),
        ],
        None,
    );
}

#[test]
fn money_codes_signs_and_minor_parts() {
    check(
        &[
            (
                "code glued to digits",
                "a EUR250 voucher",
                &[("EUR250", Money, r#"{"number":250,"currency":"EUR"}"#)],
            ),
            (
                "code glued to digits, scaled",
                "raised GBP7.5 million",
                &[(
                    "GBP7.5 million",
                    Money,
                    r#"{"number":7500000,"currency":"GBP"}"#,
                )],
            ),
            (
                "scale after the code",
                "a loss of 40 EUR million",
                &[(
                    "40 EUR million",
                    Money,
                    r#"{"number":40000000,"currency":"EUR"}"#,
                )],
            ),
            (
                "million prefix on a code",
                "sales of 212 MSEK and MNOK 9",
                &[
                    (
                        "212 MSEK",
                        Money,
                        r#"{"number":212000000,"currency":"SEK"}"#,
                    ),
                    ("MNOK 9", Money, r#"{"number":9000000,"currency":"NOK"}"#),
                ],
            ),
            (
                "a prefixed word-like code is a word",
                "MARS 2020 and MILS 40",
                &[],
            ),
            (
                "thousand prefix on a code",
                "a budget of 640 kEUR",
                &[("640 kEUR", Money, r#"{"number":640000,"currency":"EUR"}"#)],
            ),
            (
                "lower-case code after a number",
                "paid 35 gbp and 12 chf",
                &[
                    ("35 gbp", Money, r#"{"number":35,"currency":"GBP"}"#),
                    ("12 chf", Money, r#"{"number":12,"currency":"CHF"}"#),
                ],
            ),
            (
                "lower-case code that is a word stays a word",
                "the 3 cop cars",
                &[("3", Cardinal, r#"{"number":3}"#)],
            ),
            (
                "more currency signs",
                "₫50,000 and 300₸ and ₿2.5",
                &[
                    ("₫50,000", Money, r#"{"number":50000,"currency":"VND"}"#),
                    ("300₸", Money, r#"{"number":300,"currency":"KZT"}"#),
                    ("₿2.5", Money, r#"{"number":2.5,"currency":"XBT"}"#),
                ],
            ),
            (
                "sign after, then another amount",
                "paid 20 € 40 cents",
                &[(
                    "20 € 40 cents",
                    Money,
                    r#"{"number":20.4,"currency":"EUR"}"#,
                )],
            ),
            (
                "indian grouping",
                "a loan of 3,45,000 rupees",
                &[(
                    "3,45,000 rupees",
                    Money,
                    r#"{"number":345000,"currency":"INR"}"#,
                )],
            ),
            (
                "bare minor part closing the amount",
                "The fare was 22 dollars 40.",
                &[(
                    "22 dollars 40",
                    Money,
                    r#"{"number":22.4,"currency":"USD"}"#,
                )],
            ),
            (
                "spelled minor part",
                "only twelve euros thirty",
                &[(
                    "twelve euros thirty",
                    Money,
                    r#"{"number":12.3,"currency":"EUR"}"#,
                )],
            ),
            (
                "minor part after a sign and and",
                "it sold for £40 and 25.",
                &[("£40 and 25", Money, r#"{"number":40.25,"currency":"GBP"}"#)],
            ),
            (
                "a number counting what follows is not a minor part",
                "fined $20 and 30 people arrested",
                &[
                    ("$20", Money, r#"{"number":20,"currency":"USD"}"#),
                    ("30", Cardinal, r#"{"number":30}"#),
                ],
            ),
            (
                "a number before a comma may go on a list",
                "priced at $15 and 20, respectively",
                &[
                    ("$15", Money, r#"{"number":15,"currency":"USD"}"#),
                    ("20", Cardinal, r#"{"number":20}"#),
                ],
            ),
            (
                "minor part in another currency is not one",
                "5 dollars 20 pence",
                &[
                    ("5 dollars", Money, r#"{"number":5,"currency":"USD"}"#),
                    ("20 pence", Money, r#"{"number":0.2,"currency":"GBP"}"#),
                ],
            ),
            (
                "currency names with the country",
                "paid 450 million Danish crowns and 12 Kenyan shillings",
                &[
                    (
                        "450 million Danish crowns",
                        Money,
                        r#"{"number":450000000,"currency":"DKK"}"#,
                    ),
                    (
                        "12 Kenyan shillings",
                        Money,
                        r#"{"number":12,"currency":"KES"}"#,
                    ),
                ],
            ),
            (
                "money to a bare number is no range",
                "shares rose 12.5 rupees to 310.25",
                &[
                    ("12.5 rupees", Money, r#"{"number":12.5,"currency":"INR"}"#),
                    ("310.25", Cardinal, r#"{"number":310.25}"#),
                ],
            ),
            (
                "news agency abbreviations",
                "profit of 12 mln dlrs, or 7.5 mln stg",
                &[
                    (
                        "12 mln dlrs",
                        Money,
                        r#"{"number":12000000,"currency":"USD"}"#,
                    ),
                    (
                        "7.5 mln stg",
                        Money,
                        r#"{"number":7500000,"currency":"GBP"}"#,
                    ),
                ],
            ),
            (
                "hyphened scale after money",
                "a $2.25-billion bid",
                &[(
                    "$2.25-billion",
                    Money,
                    r#"{"number":2250000000,"currency":"USD"}"#,
                )],
            ),
            (
                "Rs. split from its period",
                "fined Rs. 800 in all",
                &[("Rs. 800", Money, r#"{"number":800,"currency":"INR"}"#)],
            ),
            (
                "bare crowns are not money",
                "she has won 3 crowns",
                &[("3", Cardinal, r#"{"number":3}"#)],
            ),
            (
                "capitalised Satoshi is a name",
                "4 Satoshi Nakamura",
                &[("4", Cardinal, r#"{"number":4}"#)],
            ),
            (
                "satoshi",
                "fees of 300 satoshis",
                &[(
                    "300 satoshis",
                    Money,
                    r#"{"number":0.000003,"currency":"XBT"}"#,
                )],
            ),
        ],
        None,
    );
}

#[test]
fn measures_rates_brackets_and_ages() {
    check(
        &[
            (
                "rate with a slash",
                "winds of 90 km/hr",
                &[(
                    "90 km/hr",
                    Quantity,
                    r#"{"number":90,"unit":"kilometre per hour"}"#,
                )],
            ),
            (
                "rate with per",
                "pumped 40 litres per minute",
                &[(
                    "40 litres per minute",
                    Quantity,
                    r#"{"number":40,"unit":"litre per minute"}"#,
                )],
            ),
            (
                "rate with a",
                "output of 2 million barrels a day",
                &[(
                    "2 million barrels a day",
                    Quantity,
                    r#"{"number":2000000,"unit":"barrel per day"}"#,
                )],
            ),
            (
                "a span of time after a measure is no rate",
                "he lost 6 kilos a month ago",
                &[
                    ("6 kilos", Quantity, r#"{"number":6,"unit":"kilogram"}"#),
                    (
                        "a month ago",
                        Date,
                        r#"{"relative":{"offset":-1,"unit":"month"}}"#,
                    ),
                ],
            ),
            (
                "unit in brackets",
                "a load of 35 [t] and 12 (kg)",
                &[
                    ("35", Cardinal, r#"{"number":35}"#),
                    ("12 (kg)", Quantity, r#"{"number":12,"unit":"kilogram"}"#),
                ],
            ),
            (
                "digits and unit in one token",
                "a 310m2 flat",
                &[("310m2", Quantity, r#"{"number":310,"unit":"square metre"}"#)],
            ),
            (
                "unit symbols with digits keep their case",
                "M3 rose 4.2 M3 to 5 m3",
                &[
                    ("4.2", Cardinal, r#"{"number":4.2}"#),
                    ("5 m3", Quantity, r#"{"number":5,"unit":"cubic metre"}"#),
                ],
            ),
            (
                "more units",
                "a 2.4 GHz chip, 60 decibels, 220 volts and 32 psi",
                &[
                    ("2.4 GHz", Quantity, r#"{"number":2.4,"unit":"gigahertz"}"#),
                    ("60 decibels", Quantity, r#"{"number":60,"unit":"decibel"}"#),
                    ("220 volts", Quantity, r#"{"number":220,"unit":"volt"}"#),
                    (
                        "32 psi",
                        Quantity,
                        r#"{"number":32,"unit":"pound per square inch"}"#,
                    ),
                ],
            ),
            (
                "Fahrenheit letter",
                "highs of 31C (88F) and 70-75F; his 13F filing",
                &[
                    ("31C", Quantity, r#"{"number":31,"unit":"degree Celsius"}"#),
                    (
                        "88F",
                        Quantity,
                        r#"{"number":88,"unit":"degree Fahrenheit"}"#,
                    ),
                    (
                        "70-75F",
                        Quantity,
                        r#"{"from":70,"to":75,"unit":"degree Fahrenheit"}"#,
                    ),
                    ("13", Cardinal, r#"{"number":13}"#),
                ],
            ),
            (
                "below zero",
                "it fell to 12 degrees below zero",
                &[(
                    "12 degrees below zero",
                    Quantity,
                    r#"{"number":-12,"unit":"degree"}"#,
                )],
            ),
            (
                "feet and inches with hyphens",
                "the 6-foot-7 forward",
                &[(
                    "6-foot-7",
                    Quantity,
                    r#"{"number":6.583333333333333,"unit":"foot"}"#,
                )],
            ),
            (
                "square units split by the tokenizer",
                "a 950 sq. ft. flat on 3 km² of land",
                &[
                    (
                        "950 sq. ft.",
                        Quantity,
                        r#"{"number":950,"unit":"square foot"}"#,
                    ),
                    (
                        "3 km²",
                        Quantity,
                        r#"{"number":3,"unit":"square kilometre"}"#,
                    ),
                ],
            ),
            (
                "spaced metre in dimensions",
                "a 4 m x 6 m room",
                &[
                    ("4 m", Quantity, r#"{"number":4,"unit":"metre"}"#),
                    ("6 m", Quantity, r#"{"number":6,"unit":"metre"}"#),
                ],
            ),
            (
                "spaced m alone is not a metre",
                "the 400 m relay",
                &[("400", Cardinal, r#"{"number":400}"#)],
            ),
            (
                "spaced inch mark before long",
                "a 7 \" long blade",
                &[("7 \"", Quantity, r#"{"number":7,"unit":"inch"}"#)],
            ),
            (
                "quotation mark after a number is no inch",
                "he said \"I was 7\" and left",
                &[("7", Cardinal, r#"{"number":7}"#)],
            ),
            (
                "degree sign and scale",
                "it hit 41° Celsius",
                &[(
                    "41° Celsius",
                    Quantity,
                    r#"{"number":41,"unit":"degree Celsius"}"#,
                )],
            ),
            (
                "hyphen after a spaced number is no sign",
                "a 18 -55mm zoom",
                &[
                    ("18", Cardinal, r#"{"number":18}"#),
                    ("55mm", Quantity, r#"{"number":55,"unit":"millimetre"}"#),
                ],
            ),
            (
                "age after the word",
                "She retired at age 61; pupils aged 11 to 16",
                &[
                    ("age 61", Quantity, r#"{"number":61,"unit":"year of age"}"#),
                    (
                        "aged 11 to 16",
                        Quantity,
                        r#"{"from":11,"to":16,"unit":"year of age"}"#,
                    ),
                ],
            ),
            ("capitalised Age in a name", "after Ice Age 2 came out", &[]),
            (
                "age word apart from the number",
                "at the age of 87",
                &[("87", Cardinal, r#"{"number":87}"#)],
            ),
        ],
        None,
    );
}

#[test]
fn quantities() {
    check(
        &[
            (
                "km",
                "10 km away",
                &[("10 km", Quantity, r#"{"number":10,"unit":"kilometre"}"#)],
            ),
            (
                "touching km",
                "a 10km run",
                &[("10km", Quantity, r#"{"number":10,"unit":"kilometre"}"#)],
            ),
            (
                "kg",
                "5 kg of rice",
                &[("5 kg", Quantity, r#"{"number":5,"unit":"kilogram"}"#)],
            ),
            (
                "miles",
                "3 miles long",
                &[("3 miles", Quantity, r#"{"number":3,"unit":"mile"}"#)],
            ),
            (
                "litres",
                "2.5 litres of water",
                &[("2.5 litres", Quantity, r#"{"number":2.5,"unit":"litre"}"#)],
            ),
            (
                "celsius",
                "it hit 30°C there",
                &[("30°C", Quantity, r#"{"number":30,"unit":"degree Celsius"}"#)],
            ),
            (
                "feet and inches",
                "he is 5 feet 10 inches tall",
                &[(
                    "5 feet 10 inches",
                    Quantity,
                    r#"{"number":5.833333333333333,"unit":"foot"}"#,
                )],
            ),
            (
                "square",
                "100 square kilometres of land",
                &[(
                    "100 square kilometres",
                    Quantity,
                    r#"{"number":100,"unit":"square kilometre"}"#,
                )],
            ),
            (
                "tonnes",
                "1,000 tonnes of grain",
                &[(
                    "1,000 tonnes",
                    Quantity,
                    r#"{"number":1000,"unit":"tonne"}"#,
                )],
            ),
            (
                "metre not million",
                "he is 1.8m tall",
                &[("1.8m", Quantity, r#"{"number":1.8,"unit":"metre"}"#)],
            ),
            (
                "hyphen word",
                "a six-mile trip",
                &[("six-mile", Quantity, r#"{"number":6,"unit":"mile"}"#)],
            ),
            (
                "hyphen digits",
                "a 3-inch pipe",
                &[("3-inch", Quantity, r#"{"number":3,"unit":"inch"}"#)],
            ),
            (
                "age",
                "she is 29 years old",
                &[(
                    "29 years old",
                    Quantity,
                    r#"{"number":29,"unit":"year of age"}"#,
                )],
            ),
            (
                "age hyphen",
                "a 5-year-old boy",
                &[(
                    "5-year-old",
                    Quantity,
                    r#"{"number":5,"unit":"year of age"}"#,
                )],
            ),
        ],
        None,
    );
}

#[test]
fn degrees_as_angles_or_temperatures() {
    const ARC: &str = r#"{"number":90,"unit":"degree of arc"}"#;
    check(
        &[
            (
                "turning verb before",
                "Rotate 90°",
                &[("90°", Quantity, ARC)],
            ),
            (
                "angle after",
                "turn a 45 degrees angle",
                &[(
                    "45 degrees",
                    Quantity,
                    r#"{"number":45,"unit":"degree of arc"}"#,
                )],
            ),
            (
                "hyphened, view after",
                "a 360-degree view",
                &[(
                    "360-degree",
                    Quantity,
                    r#"{"number":360,"unit":"degree of arc"}"#,
                )],
            ),
            (
                "hyphened, turn after",
                "a 180-degree turn on policy",
                &[(
                    "180-degree",
                    Quantity,
                    r#"{"number":180,"unit":"degree of arc"}"#,
                )],
            ),
            (
                "turn left",
                "turn left 45 degrees",
                &[(
                    "45 degrees",
                    Quantity,
                    r#"{"number":45,"unit":"degree of arc"}"#,
                )],
            ),
            (
                "tilted",
                "the axis is tilted 23.5 degrees",
                &[(
                    "23.5 degrees",
                    Quantity,
                    r#"{"number":23.5,"unit":"degree of arc"}"#,
                )],
            ),
            (
                "a heading",
                "a heading of 270 degrees",
                &[(
                    "270 degrees",
                    Quantity,
                    r#"{"number":270,"unit":"degree of arc"}"#,
                )],
            ),
            (
                "an angle of",
                "an angle of 30 degrees",
                &[(
                    "30 degrees",
                    Quantity,
                    r#"{"number":30,"unit":"degree of arc"}"#,
                )],
            ),
            (
                "temperature word",
                "the temperature is 24 degrees",
                &[("24 degrees", Quantity, r#"{"number":24,"unit":"degree"}"#)],
            ),
            (
                "heat after the turn",
                "turn the thermostat up 5 degrees",
                &[("5 degrees", Quantity, r#"{"number":5,"unit":"degree"}"#)],
            ),
            (
                "heat before the turn",
                "the thermostat was turned down 2 degrees",
                &[("2 degrees", Quantity, r#"{"number":2,"unit":"degree"}"#)],
            ),
            (
                "heat compared after",
                "it turned 10 degrees colder",
                &[("10 degrees", Quantity, r#"{"number":10,"unit":"degree"}"#)],
            ),
            (
                "no cue is a temperature",
                "highs of 30 degrees here",
                &[("30 degrees", Quantity, r#"{"number":30,"unit":"degree"}"#)],
            ),
            (
                "a clause apart",
                "they turned, and it was 30 degrees",
                &[("30 degrees", Quantity, r#"{"number":30,"unit":"degree"}"#)],
            ),
            (
                "short form with its period",
                "let the temperature be at 50 deg. now",
                &[("50 deg.", Quantity, r#"{"number":50,"unit":"degree"}"#)],
            ),
            (
                "a named scale is never an angle",
                "rotate the dial to 90 degrees Celsius",
                &[(
                    "90 degrees Celsius",
                    Quantity,
                    r#"{"number":90,"unit":"degree Celsius"}"#,
                )],
            ),
        ],
        None,
    );
}

#[test]
fn units_named_without_a_number() {
    const C: &str = r#"{"unit":"degree Celsius"}"#;
    const F: &str = r#"{"unit":"degree Fahrenheit"}"#;
    check(
        &[
            (
                "conversion target",
                "convert 10 celsius to fahrenheit",
                &[
                    (
                        "10 celsius",
                        Quantity,
                        r#"{"number":10,"unit":"degree Celsius"}"#,
                    ),
                    ("fahrenheit", Quantity, F),
                ],
            ),
            (
                "target after into, in words",
                "convert 200 celsius into degrees fahrenheit",
                &[
                    (
                        "200 celsius",
                        Quantity,
                        r#"{"number":200,"unit":"degree Celsius"}"#,
                    ),
                    ("degrees fahrenheit", Quantity, F),
                ],
            ),
            (
                "target after in",
                "it was 86 °F in Celsius",
                &[
                    (
                        "86 °F",
                        Quantity,
                        r#"{"number":86,"unit":"degree Fahrenheit"}"#,
                    ),
                    ("Celsius", Quantity, C),
                ],
            ),
            (
                "unit to unit, and asked for",
                "fahrenheit to celsius 101 fahrenheit is how much celsius",
                &[
                    ("fahrenheit", Quantity, F),
                    ("celsius", Quantity, C),
                    (
                        "101 fahrenheit",
                        Quantity,
                        r#"{"number":101,"unit":"degree Fahrenheit"}"#,
                    ),
                    ("celsius", Quantity, C),
                ],
            ),
            (
                "equated after a",
                "a metric ton is equal to 2,204.62 pounds.",
                &[
                    ("metric ton", Quantity, r#"{"unit":"tonne"}"#),
                    (
                        "2,204.62 pounds",
                        Quantity,
                        r#"{"number":2204.62,"unit":"pound"}"#,
                    ),
                ],
            ),
            (
                "a mile equals",
                "a mile equals 1.6 km",
                &[
                    ("mile", Quantity, r#"{"unit":"mile"}"#),
                    ("1.6 km", Quantity, r#"{"number":1.6,"unit":"kilometre"}"#),
                ],
            ),
            // Not conversions.
            ("in Celsius alone", "temperatures in Celsius", &[]),
            ("a company", "Celsius Network filed for bankruptcy", &[]),
            (
                "another kind after to",
                "5 miles to pounds",
                &[("5 miles", Quantity, r#"{"number":5,"unit":"mile"}"#)],
            ),
            ("a unit to itself", "ton to ton", &[]),
            (
                "short forms are words",
                "10 km in m",
                &[("10 km", Quantity, r#"{"number":10,"unit":"kilometre"}"#)],
            ),
            (
                "equated to another kind",
                "a mile is 20 minutes",
                &[("20 minutes", Time, r#"{"number":20,"unit":"minute"}"#)],
            ),
            ("a unit as a word", "he went the extra mile to help", &[]),
            (
                "a question with no quantity before",
                "it was not clear how many pounds she gained",
                &[],
            ),
        ],
        None,
    );
}

#[test]
fn unit_kinds_cover_every_unit() {
    for unit in UNITS_AFTER
        .iter()
        .map(|u| u.1)
        .chain(TOUCHING_UNITS.iter().map(|u| u.1))
        .chain(COMPOUND_UNITS.iter().map(|u| u.1))
    {
        assert!(
            unit_kind(unit).is_some(),
            "{unit} has no kind in UNIT_KINDS"
        );
    }
    assert_eq!(unit_kind("degree"), Some("temperature"));
    assert_eq!(unit_kind("degree of arc"), Some("angle"));
    assert_eq!(unit_kind("year of age"), Some("age"));
    assert_eq!(unit_kind("barrel per week"), None);
}

#[test]
fn absolute_dates() {
    check(
        &[
            (
                "day month year",
                "on 29 November 2026 we",
                &[("29 November 2026", Date, r#"{"iso":"2026-11-29"}"#)],
            ),
            (
                "month day year",
                "on Nov. 29, 2026 we",
                &[("Nov. 29, 2026", Date, r#"{"iso":"2026-11-29"}"#)],
            ),
            (
                "iso",
                "on 2026-11-29 we",
                &[("2026-11-29", Date, r#"{"iso":"2026-11-29"}"#)],
            ),
            (
                "us numeric",
                "on 11/29/2026 we",
                &[("11/29/2026", Date, r#"{"iso":"2026-11-29"}"#)],
            ),
            (
                "month year",
                "in February 2022 they",
                &[("February 2022", Date, r#"{"iso":"2022-02"}"#)],
            ),
            (
                "year after in",
                "in 2024 they",
                &[("2024", Date, r#"{"iso":"2024"}"#)],
            ),
            (
                "decade",
                "in the 1990s they",
                &[("the 1990s", Date, r#"{"iso":"199X"}"#)],
            ),
            (
                "mid year",
                "by mid-2023 they",
                &[("mid-2023", Date, r#"{"iso":"2023"}"#)],
            ),
            (
                "early year",
                "in early 2024 they",
                &[("early 2024", Date, r#"{"iso":"2024"}"#)],
            ),
            (
                "month alone",
                "in November they",
                &[("November", Date, r#"{"iso":"--11"}"#)],
            ),
            (
                "month day",
                "on July 4 they",
                &[("July 4", Date, r#"{"iso":"--07-04"}"#)],
            ),
            (
                "ordinal of month",
                "the 4th of July parade",
                &[("the 4th of July", Date, r#"{"iso":"--07-04"}"#)],
            ),
            (
                "holiday",
                "on Christmas Day 2025 we",
                &[("Christmas Day 2025", Date, r#"{"iso":"2025-12-25"}"#)],
            ),
            (
                "easter",
                "at Easter 2024 we",
                &[("Easter 2024", Date, r#"{"iso":"2024-03-31"}"#)],
            ),
            (
                "year range",
                "from 2010-2015 they",
                &[("2010-2015", Date, r#"{"iso":"2010/2015"}"#)],
            ),
            (
                "weekday",
                "on Friday they",
                &[("Friday", Date, r#"{"weekday":5}"#)],
            ),
            (
                "weekday and date",
                "on Friday, Nov. 27, 2026 they",
                &[(
                    "Friday, Nov. 27, 2026",
                    Date,
                    r#"{"iso":"2026-11-27","weekday":5}"#,
                )],
            ),
        ],
        None,
    );
}

#[test]
fn relative_dates_without_reference() {
    check(
        &[
            (
                "yesterday",
                "he said yesterday",
                &[(
                    "yesterday",
                    Date,
                    r#"{"relative":{"offset":-1,"unit":"day"}}"#,
                )],
            ),
            (
                "last week",
                "he said last week",
                &[(
                    "last week",
                    Date,
                    r#"{"relative":{"offset":-1,"unit":"week"}}"#,
                )],
            ),
            (
                "earlier this week",
                "Earlier this week, he said",
                &[(
                    "Earlier this week",
                    Date,
                    r#"{"relative":{"offset":0,"unit":"week"}}"#,
                )],
            ),
            (
                "next month",
                "due next month",
                &[(
                    "next month",
                    Date,
                    r#"{"relative":{"offset":1,"unit":"month"}}"#,
                )],
            ),
            (
                "years ago",
                "two years ago he",
                &[(
                    "two years ago",
                    Date,
                    r#"{"relative":{"offset":-2,"unit":"year"}}"#,
                )],
            ),
            (
                "duration",
                "for three years he",
                &[("three years", Date, r#"{"number":3,"unit":"year"}"#)],
            ),
            (
                "a span in several units",
                "after 2 hours and 15 minutes, or 2h 15m, he ran 3 minutes 49.09 seconds",
                &[
                    (
                        "2 hours and 15 minutes",
                        Time,
                        r#"{"number":2.25,"unit":"hour"}"#,
                    ),
                    ("2h 15m", Time, r#"{"number":2.25,"unit":"hour"}"#),
                    (
                        "3 minutes 49.09 seconds",
                        Time,
                        r#"{"number":3.818167,"unit":"minute"}"#,
                    ),
                ],
            ),
            (
                "a span told from another time",
                "A week earlier, police came; three days later, 7 more",
                &[
                    ("A week earlier", Date, r#"{"number":1,"unit":"week"}"#),
                    ("three days later", Date, r#"{"number":3,"unit":"day"}"#),
                    ("7", Cardinal, r#"{"number":7}"#),
                ],
            ),
            (
                "a span of years, months and days",
                "served 2 years, 1 month and 15 days",
                &[(
                    "2 years, 1 month and 15 days",
                    Date,
                    r#"{"number":2.124402,"unit":"year"}"#,
                )],
            ),
            (
                "parts that are no span",
                "5 days and 2 nights; 10 minutes and 20 hours; 3 months ago",
                &[
                    ("5 days", Date, r#"{"number":5,"unit":"day"}"#),
                    ("2", Cardinal, r#"{"number":2}"#),
                    ("10 minutes", Time, r#"{"number":10,"unit":"minute"}"#),
                    ("20 hours", Time, r#"{"number":20,"unit":"hour"}"#),
                    (
                        "3 months ago",
                        Date,
                        r#"{"relative":{"offset":-3,"unit":"month"}}"#,
                    ),
                ],
            ),
        ],
        None,
    );
}

#[test]
fn relative_dates_with_reference() {
    check(
        &[
            (
                "yesterday",
                "he said yesterday",
                &[(
                    "yesterday",
                    Date,
                    r#"{"iso":"2026-11-28","relative":{"offset":-1,"unit":"day"}}"#,
                )],
            ),
            (
                "last week",
                "he said last week",
                &[(
                    "last week",
                    Date,
                    r#"{"iso":"2026-W47","relative":{"offset":-1,"unit":"week"}}"#,
                )],
            ),
            (
                "next month",
                "due next month",
                &[(
                    "next month",
                    Date,
                    r#"{"iso":"2026-12","relative":{"offset":1,"unit":"month"}}"#,
                )],
            ),
            (
                "years ago",
                "two years ago he",
                &[(
                    "two years ago",
                    Date,
                    r#"{"iso":"2024-11-29","relative":{"offset":-2,"unit":"year"}}"#,
                )],
            ),
            (
                "bare weekday",
                "on Friday they",
                &[("Friday", Date, r#"{"iso":"2026-11-27","weekday":5}"#)],
            ),
            (
                "last weekday",
                "last Friday they",
                &[(
                    "last Friday",
                    Date,
                    r#"{"iso":"2026-11-20","weekday":5,"relative":{"offset":-1,"unit":"week"}}"#,
                )],
            ),
            (
                "next weekday",
                "next Monday they",
                &[(
                    "next Monday",
                    Date,
                    r#"{"iso":"2026-11-30","weekday":1,"relative":{"offset":1,"unit":"week"}}"#,
                )],
            ),
            (
                "days from tomorrow",
                "three days from tomorrow",
                &[(
                    "three days from tomorrow",
                    Date,
                    r#"{"iso":"2026-12-03","relative":{"offset":4,"unit":"day"}}"#,
                )],
            ),
        ],
        Some(REFERENCE),
    );
}

#[test]
fn written_dates_and_holidays() {
    check(
        &[
            (
                "month among numbers",
                "filed 12-Mar-2021 and 2021/mar/12 and Mar/12 here",
                &[
                    ("12-Mar-2021", Date, r#"{"iso":"2021-03-12"}"#),
                    ("2021/mar/12", Date, r#"{"iso":"2021-03-12"}"#),
                    ("Mar/12", Date, r#"{"iso":"--03-12"}"#),
                ],
            ),
            (
                "weekday and dotted date",
                "see you Tuesday 3.9, then",
                &[("Tuesday 3.9", Date, r#"{"iso":"--03-09","weekday":2}"#)],
            ),
            (
                "weekday then a percentage",
                "shares fell Tuesday 3.9 percent",
                &[
                    ("Tuesday", Date, r#"{"weekday":2}"#),
                    ("3.9 percent", Percent, r#"{"number":3.9}"#),
                ],
            ),
            (
                "weekday then a decimal",
                "it rose Friday 1.5 million and fell Monday 2.5 points",
                &[
                    ("Friday", Date, r#"{"weekday":5}"#),
                    ("1.5 million", Cardinal, r#"{"number":1500000}"#),
                    ("Monday", Date, r#"{"weekday":1}"#),
                    ("2.5", Cardinal, r#"{"number":2.5}"#),
                ],
            ),
            (
                "weekday of a month",
                "on the second Sunday of May 2027 and the last Friday in June 2027",
                &[
                    (
                        "the second Sunday of May 2027",
                        Date,
                        r#"{"iso":"2027-05-09","weekday":7}"#,
                    ),
                    (
                        "the last Friday in June 2027",
                        Date,
                        r#"{"iso":"2027-06-25","weekday":5}"#,
                    ),
                ],
            ),
            (
                "part of a period",
                "late last year and by the end of the month, the start of next year, the end of March",
                &[
                    ("late last year", Date, r#"{"relative":{"offset":-1,"unit":"year"}}"#),
                    ("the end of the month", Date, r#"{"relative":{"offset":0,"unit":"month"}}"#),
                    ("the start of next year", Date, r#"{"relative":{"offset":1,"unit":"year"}}"#),
                    ("the end of March", Date, r#"{"iso":"--03"}"#),
                ],
            ),
            (
                "not a part of a period",
                "at the end of the day, late Monday, the end of the war",
                &[("Monday", Date, r#"{"weekday":1}"#)],
            ),
            (
                "spans of days",
                "on May 4-5, 4-5 May, May 4 to 7, 2024, March 3-April 5 and May 4 to 5 people",
                &[
                    ("May 4-5", Date, r#"{"iso":"--05-04/--05-05"}"#),
                    ("4-5 May", Date, r#"{"iso":"--05-04/--05-05"}"#),
                    ("May 4 to 7, 2024", Date, r#"{"iso":"2024-05-04/2024-05-07"}"#),
                    ("March 3-April 5", Date, r#"{"iso":"--03-03/--04-05"}"#),
                    ("May 4", Date, r#"{"iso":"--05-04"}"#),
                    ("5", Cardinal, r#"{"number":5}"#),
                ],
            ),
            (
                "spans without a length",
                "in recent days, in the coming weeks, the past few months, the weeks ahead; \
                 past years, a following wind",
                &[
                    ("recent days", Date, r#"{}"#),
                    ("the coming weeks", Date, r#"{}"#),
                    ("the past few months", Date, r#"{}"#),
                    ("the weeks ahead", Date, r#"{}"#),
                ],
            ),
            (
                "parts of weekdays",
                "on Saturday night, by Wednesday morning; Monday Night Football",
                &[
                    ("Saturday night", Time, r#"{"weekday":6}"#),
                    ("Wednesday morning", Time, r#"{"weekday":3}"#),
                    ("Monday", Date, r#"{"weekday":1}"#),
                ],
            ),
            (
                "centuries",
                "in the 18th century, by the mid-1800s, the early 20th century, 21st-century \
                 skills, the 2000s and Twentieth Century Fox",
                &[
                    ("the 18th century", Date, r#"{"iso":"17XX"}"#),
                    ("the mid-1800s", Date, r#"{"iso":"18XX"}"#),
                    ("the early 20th century", Date, r#"{"iso":"19XX"}"#),
                    ("21st-century", Date, r#"{"iso":"20XX"}"#),
                    ("the 2000s", Date, r#"{"iso":"200X"}"#),
                ],
            ),
            (
                "decades in two digits",
                "The '90s were good, '80s music; in the 60s and the late 90s; he scored 40s",
                &[
                    ("The '90s", Date, r#"{"iso":"199X"}"#),
                    ("'80s", Date, r#"{"iso":"198X"}"#),
                    ("the 60s", Date, r#"{"iso":"196X"}"#),
                    ("the late 90s", Date, r#"{"iso":"199X"}"#),
                ],
            ),
            (
                "ages by their decade",
                "a man in his 40s and a woman in her early 30s",
                &[
                    ("his 40s", Quantity, r#"{"from":40,"to":49,"unit":"year of age"}"#),
                    ("her early 30s", Quantity, r#"{"from":30,"to":39,"unit":"year of age"}"#),
                ],
            ),
            (
                "years between",
                "between 2010 and 2014, between 10 and 2014",
                &[
                    ("between 2010 and 2014", Date, r#"{"iso":"2010/2014"}"#),
                    ("between 10 and 2014", Cardinal, r#"{"from":10,"to":2014}"#),
                ],
            ),
            (
                "quarters and seasons",
                "in the third quarter of 2025, Q4 2025 and the summer of 2019",
                &[
                    ("the third quarter of 2025", Date, r#"{"iso":"2025-Q3"}"#),
                    ("Q4 2025", Date, r#"{"iso":"2025-Q4"}"#),
                    ("the summer of 2019", Date, r#"{"iso":"2019-SU"}"#),
                ],
            ),
            (
                "quarters without their year",
                "Third-quarter profit rose, after the second quarter and a weak Q1.",
                &[
                    ("Third-quarter", Date, r#"{"iso":"XXXX-Q3"}"#),
                    ("the second quarter", Date, r#"{"iso":"XXXX-Q2"}"#),
                    ("Q1", Date, r#"{"iso":"XXXX-Q1"}"#),
                ],
            ),
            (
                "quarter and half codes",
                "in 3Q24, 2Q 2022, Q3'24, 1H24 and H1 2023",
                &[
                    ("3Q24", Date, r#"{"iso":"2024-Q3"}"#),
                    ("2Q 2022", Date, r#"{"iso":"2022-Q2"}"#),
                    ("Q3'24", Date, r#"{"iso":"2024-Q3"}"#),
                    ("1H24", Date, r#"{"iso":"2024-H1"}"#),
                    ("H1 2023", Date, r#"{"iso":"2023-H1"}"#),
                ],
            ),
            (
                "halves need their year",
                "In the second half of 2023 sales grew; he scored in the second half.",
                &[
                    ("the second half of 2023", Date, r#"{"iso":"2023-H2"}"#),
                    ("second", Ordinal, r#"{"number":2}"#),
                ],
            ),
            (
                "fiscal years",
                "fiscal 2024, fiscal year 2023, FY2025, FY 26, the 2022 fiscal year, Q2 FY25",
                &[
                    ("fiscal 2024", Date, r#"{"iso":"FY2024"}"#),
                    ("fiscal year 2023", Date, r#"{"iso":"FY2023"}"#),
                    ("FY2025", Date, r#"{"iso":"FY2025"}"#),
                    ("FY 26", Date, r#"{"iso":"FY2026"}"#),
                    ("the 2022 fiscal year", Date, r#"{"iso":"FY2022"}"#),
                    ("Q2 FY25", Date, r#"{"iso":"FY2025-Q2"}"#),
                ],
            ),
            (
                "codes that are no periods",
                "the Audi Q3, an h1 heading, a fifth quarter, H1N1, q324",
                &[("fifth", Ordinal, r#"{"number":5}"#)],
            ),
            (
                "seasons that are verbs or nouns",
                "prices fall 2020 points; her last spring; last winter",
                &[
                    ("2020", Cardinal, r#"{"number":2020}"#),
                    ("last winter", Date, r#"{}"#),
                ],
            ),
            (
                "this weekend",
                "open this weekend",
                &[("this weekend", Date, r#"{"relative":{"offset":0,"unit":"weekend"}}"#)],
            ),
            (
                "holiday on a weekday of a month",
                "on Black Friday 2031 and Memorial Day 2027",
                &[
                    ("Black Friday 2031", Date, r#"{"iso":"2031-11-28"}"#),
                    ("Memorial Day 2027", Date, r#"{"iso":"2027-05-31"}"#),
                ],
            ),
            (
                "spelled years",
                "born March nine nineteen seventy one, died 4 July two thousand and nine",
                &[
                    (
                        "March nine nineteen seventy one",
                        Date,
                        r#"{"iso":"1971-03-09"}"#,
                    ),
                    (
                        "4 July two thousand and nine",
                        Date,
                        r#"{"iso":"2009-07-04"}"#,
                    ),
                ],
            ),
            (
                "a count after a date is no year",
                "on May 2 twenty four people and on May 3 nineteen eighty cars",
                &[
                    ("May 2", Date, r#"{"iso":"--05-02"}"#),
                    ("twenty four", Cardinal, r#"{"number":24}"#),
                    ("May 3", Date, r#"{"iso":"--05-03"}"#),
                    ("nineteen", Cardinal, r#"{"number":19}"#),
                    ("eighty", Cardinal, r#"{"number":80}"#),
                ],
            ),
            ("lower-case holiday word", "he gave thanks", &[]),
        ],
        None,
    );
}

#[test]
fn dates_placed_by_a_modifier() {
    check(
        &[
            (
                "next holiday",
                "next Easter and last Christmas",
                &[
                    ("next Easter", Date, r#"{"iso":"2027-03-28"}"#),
                    ("last Christmas", Date, r#"{"iso":"2025-12-25"}"#),
                ],
            ),
            (
                "month after modifier",
                "last March, this March and next March",
                &[
                    ("last March", Date, r#"{"iso":"2026-03"}"#),
                    ("this March", Date, r#"{"iso":"2026-03"}"#),
                    ("next March", Date, r#"{"iso":"2027-03"}"#),
                ],
            ),
            (
                "day of month after modifier",
                "due next 5th of May or this 4/3",
                &[
                    ("next 5th of May", Date, r#"{"iso":"2027-05-05"}"#),
                    ("this 4/3", Date, r#"{"iso":"2026-04-03"}"#),
                ],
            ),
            (
                "weekday holiday with reference",
                "at Thanksgiving they",
                &[("Thanksgiving", Date, r#"{"iso":"2026-11-26"}"#)],
            ),
            (
                "holiday of next year",
                "on Halloween of next year",
                &[("Halloween of next year", Date, r#"{"iso":"2027-10-31"}"#)],
            ),
            (
                "days before a holiday",
                "ten days before Christmas and two weeks after new year",
                &[
                    ("ten days before Christmas", Date, r#"{"iso":"2026-12-15"}"#),
                    ("two weeks after new year", Date, r#"{"iso":"2027-01-15"}"#),
                ],
            ),
            (
                "months after a date",
                "three months after March 3, 2025 and two years after 2019",
                &[
                    (
                        "three months after March 3, 2025",
                        Date,
                        r#"{"iso":"2025-06-03"}"#,
                    ),
                    ("two years after 2019", Date, r#"{"iso":"2021"}"#),
                ],
            ),
            (
                "days after a weekday",
                "5 days after Tuesday",
                &[("5 days after Tuesday", Date, r#"{"iso":"2026-11-29"}"#)],
            ),
            (
                "a range is no anchor",
                "10 days from May 1 to May 10",
                &[
                    ("10 days", Date, r#"{"number":10,"unit":"day"}"#),
                    ("May 1 to May 10", Date, r#"{"iso":"--05-01/--05-10"}"#),
                ],
            ),
            (
                "day of a relative month",
                "on the 9th day of next month or the 2nd of last month",
                &[
                    ("the 9th day of next month", Date, r#"{"iso":"2026-12-09"}"#),
                    ("the 2nd of last month", Date, r#"{"iso":"2026-10-02"}"#),
                ],
            ),
            (
                "in a span, future",
                "she will return in two weeks",
                &[(
                    "in two weeks",
                    Date,
                    r#"{"iso":"2026-12-13","relative":{"offset":2,"unit":"week"}}"#,
                )],
            ),
            (
                "weekday of a month, this year",
                "the first Monday of March",
                &[(
                    "the first Monday of March",
                    Date,
                    r#"{"iso":"2026-03-02","weekday":1}"#,
                )],
            ),
            (
                "in a span after a name",
                "Will Smith made two films in a year",
                &[
                    ("two", Cardinal, r#"{"number":2}"#),
                    ("a year", Date, r#"{"number":1,"unit":"year"}"#),
                ],
            ),
            (
                "in a span's time",
                "in a fortnight's time",
                &[(
                    "in a fortnight",
                    Date,
                    r#"{"iso":"2026-12-13","relative":{"offset":1,"unit":"fortnight"}}"#,
                )],
            ),
            (
                "in a span, past",
                "the first time in two years; it rose 4% in three months",
                &[
                    ("first", Ordinal, r#"{"number":1}"#),
                    ("two years", Date, r#"{"number":2,"unit":"year"}"#),
                    ("4%", Percent, r#"{"number":4}"#),
                    ("three months", Date, r#"{"number":3,"unit":"month"}"#),
                ],
            ),
            (
                "weekday in the week of a counted day",
                "back Tuesday three weeks from now; we will meet in 10 days on Monday",
                &[
                    (
                        "Tuesday three weeks from now",
                        Date,
                        r#"{"iso":"2026-12-15","weekday":2,"relative":{"offset":3,"unit":"week"}}"#,
                    ),
                    (
                        "in 10 days on Monday",
                        Date,
                        r#"{"iso":"2026-12-07","weekday":1,"relative":{"offset":10,"unit":"day"}}"#,
                    ),
                ],
            ),
            (
                "weekday then a past span",
                "said Monday two weeks ago",
                &[
                    ("Monday", Date, r#"{"iso":"2026-11-23","weekday":1}"#),
                    (
                        "two weeks ago",
                        Date,
                        r#"{"iso":"2026-11-15","relative":{"offset":-2,"unit":"week"}}"#,
                    ),
                ],
            ),
            (
                "two-digit year near the reference",
                "on 03/18/52 and 03/18/45",
                &[
                    ("03/18/52", Date, r#"{"iso":"1952-03-18"}"#),
                    ("03/18/45", Date, r#"{"iso":"2045-03-18"}"#),
                ],
            ),
            (
                "following as a preposition",
                "following March's vote and the following March",
                &[
                    ("March", Date, r#"{"iso":"--03"}"#),
                    ("the following March", Date, r#"{"iso":"2027-03"}"#),
                ],
            ),
            (
                "a heading before a date",
                "Previous\n8/30",
                &[("8/30", Date, r#"{"iso":"--08-30"}"#)],
            ),
            (
                "a fraction after next",
                "in the next 1/2 hour",
                &[("1/2 hour", Time, r#"{"number":0.5,"unit":"hour"}"#)],
            ),
            ("modal may", "this may help", &[]),
        ],
        Some(REFERENCE),
    );
}

#[test]
fn times() {
    check(
        &[
            ("pm", "at 3 pm they", &[("3 pm", Time, r#"{"iso":"T15"}"#)]),
            (
                "touching pm",
                "at 3pm they",
                &[("3pm", Time, r#"{"iso":"T15"}"#)],
            ),
            (
                "24h",
                "at 15:30 they",
                &[("15:30", Time, r#"{"iso":"T15:30"}"#)],
            ),
            (
                "noon",
                "at noon they",
                &[("noon", Time, r#"{"iso":"T12"}"#)],
            ),
            (
                "midnight",
                "at midnight they",
                &[("midnight", Time, r#"{"iso":"T00"}"#)],
            ),
            (
                "am with zone",
                "at 3:30 a.m. EST they",
                &[("3:30 a.m. EST", Time, r#"{"iso":"T03:30"}"#)],
            ),
            (
                "four digits with a zone",
                "at 0700 GMT, by 1400 EDT, at 9 a.m. local time, at 0400 local time; 2300 people",
                &[
                    ("0700 GMT", Time, r#"{"iso":"T07:00"}"#),
                    ("1400 EDT", Time, r#"{"iso":"T14:00"}"#),
                    ("9 a.m. local time", Time, r#"{"iso":"T09"}"#),
                    ("0400 local time", Time, r#"{"iso":"T04:00"}"#),
                    ("2300", Cardinal, r#"{"number":2300}"#),
                ],
            ),
            (
                "half past",
                "at half past seven they",
                &[("half past seven", Time, r#"{"iso":"T07:30"}"#)],
            ),
            (
                "around",
                "around 1pm they",
                &[("around 1pm", Time, r#"{"iso":"T13","approx":true}"#)],
            ),
            (
                "part of the day first",
                "back in the evening at 8 or early morning at 6:15",
                &[
                    ("in the evening at 8", Time, r#"{"iso":"T20"}"#),
                    ("early morning at 6:15", Time, r#"{"iso":"T06:15"}"#),
                ],
            ),
            (
                "part of the day, then a count",
                "in the morning at 5 percent",
                &[("5 percent", Percent, r#"{"number":5}"#)],
            ),
            (
                "about an hour",
                "back 4ish",
                &[("4ish", Time, r#"{"iso":"T04","approx":true}"#)],
            ),
            (
                "meridiem apart",
                "at 5 p . m . or 6.am",
                &[
                    ("5 p . m .", Time, r#"{"iso":"T17"}"#),
                    ("6.am", Time, r#"{"iso":"T06"}"#),
                ],
            ),
            (
                "late on weekday",
                "late on Thursday they",
                &[("Thursday", Date, r#"{"weekday":4}"#)],
            ),
        ],
        None,
    );
}

#[test]
fn not_numbers() {
    check(
        &[
            ("phone", "call 555-123-4567 now", &[]),
            ("version name", "runs Windows 10 well", &[]),
            ("version v", "released v2.1 last", &[]),
            ("version word", "version 2 is out", &[]),
            ("ip address", "the host 192.168.1.2 is down", &[]),
            ("G7", "the G7 summit", &[]),
            ("COVID-19", "the COVID-19 pandemic", &[]),
            ("F-16", "an F-16 jet", &[]),
            ("model number", "a Boeing 737 crashed", &[]),
            ("one of the", "one of the largest", &[]),
            ("no one", "no one came", &[]),
            ("the one", "the one who left", &[]),
            ("bare year", "2024 was hot", &[]),
            (
                "year after the is a date",
                "The 2024 election",
                &[("2024", Date, r#"{"iso":"2024"}"#)],
            ),
            ("may verb", "it may rain", &[]),
            ("a alone", "a man", &[]),
            (
                "five to six",
                "five to six people",
                &[("five to six", Cardinal, r#"{"from":5,"to":6}"#)],
            ),
            (
                "counted year-like",
                "2024 troops arrived",
                &[("2024", Cardinal, r#"{"number":2024}"#)],
            ),
        ],
        None,
    );
}

#[test]
fn seed_article_sentences() {
    check(
        &[
            ("issue 3 friday", "US President Donald Trump announced on Friday.", &[("Friday", Date, r#"{"weekday":5}"#)]),
            ("issue 3 invasion", "Russia launched its full-scale invasion of Ukraine in February 2022 and currently occupies approximately 20% of the country’s territory.", &[("February 2022", Date, r#"{"iso":"2022-02"}"#), ("approximately 20%", Percent, r#"{"number":20,"approx":true}"#)]),
            ("issue 3 casualties", "with over 95,000 Russian combatants reported killed.", &[("over 95,000", Cardinal, r#"{"number":95000,"bound":"more-than"}"#)]),
            ("issue 3 deaths", "in December 2024, when Zelensky acknowledged the deaths of 43,000 personnel", &[("December 2024", Date, r#"{"iso":"2024-12"}"#), ("43,000", Cardinal, r#"{"number":43000}"#)]),
        ],
        None,
    );
}

/// Linear time: a megabyte of digits, of `one one one …`, and of other number-like noise
/// completes (no timing assertion; the criterion bench `numbers` measures it).
#[test]
fn pathological_inputs_complete() {
    let inputs = [
        "9".repeat(1 << 20),
        "one ".repeat(1 << 18),
        "1,000 ".repeat(1 << 14),
        "twenty-one hundred and ".repeat(1 << 12),
        "$1-2-3-4 ".repeat(1 << 14),
        "over between and to - ".repeat(1 << 12),
        "last next this week Friday ".repeat(1 << 12),
        "½ ".repeat(1 << 15),
    ];
    for text in &inputs {
        let tokens = tokenize(text);
        let found = find_with(text, &tokens.tokens, Some(REFERENCE));
        for a in &found {
            assert!(a.span.end <= text.len());
        }
    }
}

#[test]
fn ranges_scores_and_codes() {
    check(
        &[
            (
                "range of whole amounts",
                "from 5.25% to 5.5% now",
                &[("5.25% to 5.5%", Percent, r#"{"from":5.25,"to":5.5}"#)],
            ),
            (
                "money range",
                "$10 million to $15 million",
                &[(
                    "$10 million to $15 million",
                    Money,
                    r#"{"from":10000000,"to":15000000,"currency":"USD"}"#,
                )],
            ),
            (
                "score is no range",
                "United won 3-1 at home",
                &[("3-1", Cardinal, "{}")],
            ),
            (
                "vote is no range",
                "passed 68-32 in the Senate",
                &[("68-32", Cardinal, "{}")],
            ),
            (
                "pence touching",
                "shares fell to 412p today",
                &[
                    ("412p", Money, r#"{"number":4.12,"currency":"GBP"}"#),
                    ("today", Date, r#"{"relative":{"offset":0,"unit":"day"}}"#),
                ],
            ),
            (
                "pounds with a scale",
                "361 million pounds",
                &[(
                    "361 million pounds",
                    Money,
                    r#"{"number":361000000,"currency":"GBP"}"#,
                )],
            ),
            (
                "pounds weight",
                "she lost 25 pounds",
                &[("25 pounds", Quantity, r#"{"number":25,"unit":"pound"}"#)],
            ),
            (
                "millimetre not million",
                "a 7.62mm barrel",
                &[("7.62mm", Quantity, r#"{"number":7.62,"unit":"millimetre"}"#)],
            ),
            (
                "touching C",
                "it fell to minus 6C overnight",
                &[(
                    "minus 6C",
                    Quantity,
                    r#"{"number":-6,"unit":"degree Celsius"}"#,
                )],
            ),
            ("spaced phone", "call 020 7946 0958 now", &[]),
            ("9/11", "the 9/11 attacks", &[]),
            ("24/7", "open 24/7 now", &[]),
            ("code after hyphen", "the SCP-173m file", &[]),
        ],
        None,
    );
}

#[test]
fn parts_of_months_and_years() {
    check(
        &[
            (
                "mid month",
                "by mid-March they",
                &[("mid-March", Date, r#"{"iso":"--03"}"#)],
            ),
            (
                "late month year",
                "in late March 2024 they",
                &[("late March 2024", Date, r#"{"iso":"2024-03"}"#)],
            ),
            (
                "early decade",
                "in the early 1990s they",
                &[("the early 1990s", Date, r#"{"iso":"199X"}"#)],
            ),
        ],
        None,
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Number-like text: digits, separators, signs, number and calendar words.
    fn numberish() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[0-9]{1,6}",
            "[0-9]{1,3}(,[0-9]{3}){0,2}(\\\\.[0-9]{1,2})?",
            Just("-".to_string()),
            Just("/".to_string()),
            Just(":".to_string()),
            Just("%".to_string()),
            Just("$".to_string()),
            Just("£".to_string()),
            Just("½".to_string()),
            Just("'s".to_string()),
            "(one|two|twenty|hundred|thousand|million|half|a|and|point|third|first|dozen)",
            "(over|about|between|to|last|next|this|week|Friday|March|May|mid|the|in|ago|pm|a\\\\.m\\\\.)",
            "(km|feet|inches|dollars|cents|percent|years|old|°|C|GMT|o'clock|past)",
        ];
        prop::collection::vec((piece, prop_oneof![Just(" "), Just(""), Just("\n")]), 0..24)
            .prop_map(|v| v.into_iter().map(|(p, s)| p + s).collect())
    }

    fn well_formed(text: &str) {
        let tokens = tokenize(text);
        let found = find_with(text, &tokens.tokens, Some(REFERENCE));
        let mut last = 0;
        for a in &found {
            assert!(a.span.start >= last && a.span.start < a.span.end && a.span.end <= text.len());
            assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
            if let Some(v) = &a.value {
                assert!(v.number.is_none_or(f64::is_finite), "{text:?}: {v:?}");
            }
            last = a.span.end;
        }
    }

    proptest! {
        #[test]
        fn any_text_is_annotated_without_panic(text in "\\PC{0,80}") {
            well_formed(&text);
        }

        #[test]
        fn numberish_text_gives_sorted_spans_and_finite_values(text in numberish()) {
            well_formed(&text);
        }
    }
}

#[test]
fn relative_times_and_a_unit_ago() {
    check(
        &[
            (
                "a year ago",
                "a year ago he",
                &[(
                    "a year ago",
                    Date,
                    r#"{"iso":"2025-11-29","relative":{"offset":-1,"unit":"year"}}"#,
                )],
            ),
            (
                "tonight",
                "he speaks tonight",
                &[(
                    "tonight",
                    Time,
                    r#"{"iso":"2026-11-29","relative":{"offset":0,"unit":"day"}}"#,
                )],
            ),
            (
                "last night",
                "he spoke last night",
                &[(
                    "last night",
                    Time,
                    r#"{"iso":"2026-11-28","relative":{"offset":-1,"unit":"day"}}"#,
                )],
            ),
            (
                "touching a",
                "back at 9:00a. then",
                &[("9:00a.", Time, r#"{"iso":"T09:00"}"#)],
            ),
            (
                "spaced pm",
                "back at 9 pm then",
                &[("9 pm", Time, r#"{"iso":"T21"}"#)],
            ),
        ],
        Some(REFERENCE),
    );
}

#[test]
fn decimals_without_zero_and_exponents() {
    check(
        &[
            (
                "leading point",
                "a .22 rifle",
                &[(".22", Cardinal, r#"{"number":0.22}"#)],
            ),
            (
                "exponent",
                "about 1.3e6 cells",
                &[(
                    "about 1.3e6",
                    Cardinal,
                    r#"{"number":1300000,"approx":true}"#,
                )],
            ),
            (
                "weekday and day",
                "on Monday 21, he",
                &[("Monday 21", Date, r#"{"iso":"---21","weekday":1}"#)],
            ),
            (
                "weekday then count",
                "on Friday 13 people died",
                &[
                    ("Friday", Date, r#"{"weekday":5}"#),
                    ("13", Cardinal, r#"{"number":13}"#),
                ],
            ),
        ],
        None,
    );
}

#[test]
fn names_with_numbers() {
    check(
        &[
            ("covid mixed case", "new Covid-19 cases", &[]),
            ("index", "the FTSE 100 closed", &[]),
            ("s&p", "the S&P 500 fell", &[]),
            (
                "year of an event",
                "the 2022 midterms",
                &[("2022", Date, r#"{"iso":"2022"}"#)],
            ),
            (
                "acronym at a start",
                "A 5 km run",
                &[("5 km", Quantity, r#"{"number":5,"unit":"kilometre"}"#)],
            ),
        ],
        None,
    );
}

#[test]
fn counts_by_order_and_spans_of_time() {
    check(
        &[
            (
                "thousands",
                "Thousands of people marched",
                &[(
                    "Thousands",
                    Cardinal,
                    r#"{"number":1000,"bound":"more-than","approx":true}"#,
                )],
            ),
            (
                "hundreds of thousands",
                "hundreds of thousands fled",
                &[(
                    "hundreds of thousands",
                    Cardinal,
                    r#"{"number":100000,"bound":"more-than","approx":true}"#,
                )],
            ),
            (
                "billions of dollars",
                "billions of dollars were lost",
                &[(
                    "billions of dollars",
                    Money,
                    r#"{"number":1000000000,"bound":"more-than","approx":true,"currency":"USD"}"#,
                )],
            ),
            (
                "the past n years",
                "over the past two years",
                &[("the past two years", Date, r#"{"number":2,"unit":"year"}"#)],
            ),
            (
                "a week",
                "he waited a week",
                &[("a week", Date, r#"{"number":1,"unit":"week"}"#)],
            ),
            (
                "an hour",
                "he waited an hour",
                &[("an hour", Time, r#"{"number":1,"unit":"hour"}"#)],
            ),
            ("a year-old", "a year-long war", &[]),
        ],
        None,
    );
}

#[test]
fn words_that_are_not_numbers_here() {
    check(
        &[
            (
                "march verb",
                "They march 5 miles",
                &[("5 miles", Quantity, r#"{"number":5,"unit":"mile"}"#)],
            ),
            ("a second", "wait a second", &[]),
            (
                "the second",
                "the second round",
                &[("second", Ordinal, r#"{"number":2}"#)],
            ),
        ],
        None,
    );
}

#[test]
fn nothing_reads_across_a_line_break() {
    // Every line break ends a sentence for the tokenizer; a table row's last number and the
    // next row's first words are not one amount, date or quantity.
    check(
        &[
            (
                "money",
                "Rate 1.36\nSwiss franc trading was thin",
                &[("1.36", Cardinal, r#"{"number":1.36}"#)],
            ),
            (
                "unit",
                "Lap times 4\nmiles further on",
                &[("4", Cardinal, r#"{"number":4}"#)],
            ),
            (
                "same line",
                "Rate 1.36 Swiss francs",
                &[(
                    "1.36 Swiss francs",
                    Money,
                    r#"{"number":1.36,"currency":"CHF"}"#,
                )],
            ),
        ],
        None,
    );
}
