//! What is not a number where it stands: codes, names, versions, the pronoun `one`.

use super::*;

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
