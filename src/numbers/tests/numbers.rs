//! Numbers in digits and in words, fractions, ratios, powers, ordinals, counts by order.

use super::*;

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
                "a couple of a scale is about two of it",
                "It cost a couple of hundred dollars; a couple dozen people came",
                &[
                    (
                        "a couple of hundred dollars",
                        Money,
                        r#"{"number":200,"approx":true,"currency":"USD"}"#,
                    ),
                    ("a couple dozen", Cardinal, r#"{"number":24,"approx":true}"#),
                ],
            ),
            (
                "a few or several of a scale is more than one of it",
                "A few thousand fans paid several million euros, a few hundred metres away; \
                 several hundred thousand fled",
                &[
                    (
                        "A few thousand",
                        Cardinal,
                        r#"{"number":1000,"bound":"more-than","approx":true}"#,
                    ),
                    (
                        "several million euros",
                        Money,
                        r#"{"number":1000000,"bound":"more-than","approx":true,"currency":"EUR"}"#,
                    ),
                    (
                        "a few hundred metres",
                        Quantity,
                        r#"{"number":100,"bound":"more-than","approx":true,"unit":"metre"}"#,
                    ),
                    (
                        "several hundred thousand",
                        Cardinal,
                        r#"{"number":100000,"bound":"more-than","approx":true}"#,
                    ),
                ],
            ),
            (
                "a vague count of grand",
                "He paid a couple of grand.",
                &[(
                    "a couple of grand",
                    Money,
                    r#"{"number":2000,"approx":true}"#,
                )],
            ),
            (
                "a vague count without a scale is no number",
                "a few people, several days, a couple of friends",
                &[],
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
