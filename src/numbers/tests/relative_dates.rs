//! Relative dates, with and without a reference date, and dates placed by a modifier.

use super::*;

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
                "the span before a time told of, closing a clause; not before a date",
                "Sales fell from the year before. He had left the day before, and the hour \
                 earlier; the week before Christmas and the day before yesterday differ",
                &[
                    ("the year before", Date, r#"{"number":1,"unit":"year"}"#),
                    ("the day before", Date, r#"{"number":1,"unit":"day"}"#),
                    ("the hour earlier", Time, r#"{"number":1,"unit":"hour"}"#),
                    ("Christmas", Date, r#"{"iso":"--12-25"}"#),
                    (
                        "the day before yesterday",
                        Date,
                        r#"{"relative":{"offset":-2,"unit":"day"}}"#,
                    ),
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
                "a quarter without its year, placed by the tense",
                "growth slowed in the third quarter and will pick up in the fourth quarter",
                &[
                    ("the third quarter", Date, r#"{"iso":"2026-Q3"}"#),
                    ("the fourth quarter", Date, r#"{"iso":"2026-Q4"}"#),
                ],
            ),
            (
                "a quarter of a year to come, past the reference's",
                "profit will rise in Q3",
                &[("Q3", Date, r#"{"iso":"2027-Q3"}"#)],
            ),
            (
                "this and last century, by TIMEX's first two digits",
                "the worst this century, worse than last century",
                &[
                    (
                        "this century",
                        Date,
                        r#"{"iso":"20XX","relative":{"offset":0,"unit":"century"}}"#,
                    ),
                    (
                        "last century",
                        Date,
                        r#"{"iso":"19XX","relative":{"offset":-1,"unit":"century"}}"#,
                    ),
                ],
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
                    (
                        "May 1 to May 10",
                        Date,
                        r#"{"iso":"2027-05-01/2027-05-10"}"#,
                    ),
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
        ],
        Some(REFERENCE),
    );
}

#[test]
fn spans_counted_from_a_day_and_look_alikes() {
    check(
        &[
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
                    r#"{"iso":"2027-03-01","weekday":1}"#,
                )],
            ),
            (
                "week of a month, placed by the tense rule",
                "He left in the last week of September. We will meet in the first week of October",
                &[
                    (
                        "the last week of September",
                        Date,
                        r#"{"iso":"2026-09-W05"}"#,
                    ),
                    (
                        "the first week of October",
                        Date,
                        r#"{"iso":"2027-10-W01"}"#,
                    ),
                ],
            ),
            (
                "last week of something else",
                "in the final week of the campaign, and last week of all weeks",
                &[(
                    "last week",
                    Date,
                    r#"{"iso":"2026-W47","relative":{"offset":-1,"unit":"week"}}"#,
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
                    ("March", Date, r#"{"iso":"2027-03"}"#),
                    ("the following March", Date, r#"{"iso":"2027-03"}"#),
                ],
            ),
            (
                "a heading before a date",
                "Previous\n8/30",
                &[("8/30", Date, r#"{"iso":"2026-08-30"}"#)],
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
