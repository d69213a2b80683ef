//! Ranges and qualifiers: two numbers, two whole amounts, scores that are no range.

use super::*;

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
