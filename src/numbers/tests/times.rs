//! Times of day, and parts of a day relative to today.

use super::*;

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
                    r#"{"iso":"2026-11-29TNI","relative":{"offset":0,"unit":"day"}}"#,
                )],
            ),
            (
                "last night",
                "he spoke last night",
                &[(
                    "last night",
                    Time,
                    r#"{"iso":"2026-11-28TNI","relative":{"offset":-1,"unit":"day"}}"#,
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
