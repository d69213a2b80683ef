//! Dates written out: calendar dates, weekdays, periods, holidays.

use super::*;

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
fn written_dates_weekdays_and_spans_of_days() {
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
                "week of a month",
                "He left in the last week of September. We meet in the first week of October, \
                 the last week of September 2014 and the 2nd week in March",
                &[
                    ("the last week of September", Date, r#"{"iso":"XXXX-09-W05"}"#),
                    ("the first week of October", Date, r#"{"iso":"XXXX-10-W01"}"#),
                    ("the last week of September 2014", Date, r#"{"iso":"2014-09-W05"}"#),
                    ("the 2nd week in March", Date, r#"{"iso":"XXXX-03-W02"}"#),
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
                    ("Saturday night", Time, r#"{"weekday":6,"iso":"TNI"}"#),
                    ("Wednesday morning", Time, r#"{"weekday":3,"iso":"TMO"}"#),
                    ("Monday", Date, r#"{"weekday":1}"#),
                ],
            ),
        ],
        None,
    );
}

#[test]
fn decades_centuries_and_spans_of_years() {
    check(
        &[
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
                "decades written with an apostrophe, and a year's possessive",
                "In the 1990's, the mid-1980’s and the '70's; the 60's. In 1990's budget",
                &[
                    ("the 1990's", Date, r#"{"iso":"199X"}"#),
                    ("the mid-1980’s", Date, r#"{"iso":"198X"}"#),
                    ("the '70's", Date, r#"{"iso":"197X"}"#),
                    ("the 60's", Date, r#"{"iso":"196X"}"#),
                    ("1990", Date, r#"{"iso":"1990"}"#),
                ],
            ),
            (
                "an age by its decade with an apostrophe",
                "a man in his 40's and a woman in her early 30's.",
                &[
                    (
                        "his 40's",
                        Quantity,
                        r#"{"from":40,"to":49,"unit":"year of age"}"#,
                    ),
                    (
                        "her early 30's",
                        Quantity,
                        r#"{"from":30,"to":39,"unit":"year of age"}"#,
                    ),
                ],
            ),
            (
                "ages by their decade",
                "a man in his 40s and a woman in her early 30s",
                &[
                    (
                        "his 40s",
                        Quantity,
                        r#"{"from":40,"to":49,"unit":"year of age"}"#,
                    ),
                    (
                        "her early 30s",
                        Quantity,
                        r#"{"from":30,"to":39,"unit":"year of age"}"#,
                    ),
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
        ],
        None,
    );
}

#[test]
fn parts_of_years_and_holidays() {
    check(
        &[
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
                "a lower-case compound of a quarter or a half, one token",
                "third-quarter profit rose; 3rd-quarter sales; in first-half 2023, a first-half loss",
                &[
                    ("third-quarter", Date, r#"{"iso":"XXXX-Q3"}"#),
                    ("3rd-quarter", Date, r#"{"iso":"XXXX-Q3"}"#),
                    ("first-half 2023", Date, r#"{"iso":"2023-H1"}"#),
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
                &[(
                    "this weekend",
                    Date,
                    r#"{"relative":{"offset":0,"unit":"weekend"}}"#,
                )],
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

#[test]
fn years_with_their_era() {
    check(
        &[
            (
                "an era after the year",
                "Caesar died in 44 BC; Troy fell in 1200 B.C. and Rome in 476 A.D.",
                &[
                    ("44 BC", Date, r#"{"iso":"-0043"}"#),
                    ("1200 B.C.", Date, r#"{"iso":"-1199"}"#),
                    ("476 A.D.", Date, r#"{"iso":"0476"}"#),
                ],
            ),
            (
                "an era before the year, and the common era's names",
                "Vesuvius erupted in AD 79; the temple dates to 300 CE and the town to 500 BCE.",
                &[
                    ("AD 79", Date, r#"{"iso":"0079"}"#),
                    ("300 CE", Date, r#"{"iso":"0300"}"#),
                    ("500 BCE", Date, r#"{"iso":"-0499"}"#),
                ],
            ),
            (
                "1 BC is year zero, and a grouped year",
                "from 1 BC to 10,000 BC.",
                &[
                    ("1 BC", Date, r#"{"iso":"0000"}"#),
                    ("10,000 BC", Date, r#"{"iso":"-9999"}"#),
                ],
            ),
            (
                "a century before Christ",
                "in the 5th century BC and the first century AD",
                &[
                    ("the 5th century BC", Date, r#"{"iso":"-04XX"}"#),
                    ("the first century AD", Date, r#"{"iso":"00XX"}"#),
                ],
            ),
            (
                "an era's year, approximately",
                "Troy fell around 1200 B.C. and the wall dates from c. 500 BC.",
                &[
                    ("around 1200 B.C.", Date, r#"{"iso":"-1199","approx":true}"#),
                    ("c. 500 BC", Date, r#"{"iso":"-0499","approx":true}"#),
                ],
            ),
            (
                "British Columbia, not the era",
                "after the 2017 BC election and the 2021 BC Liberal race",
                &[
                    ("2017", Date, r#"{"iso":"2017"}"#),
                    ("2021", Date, r#"{"iso":"2021"}"#),
                ],
            ),
            (
                "no era in lower case, and a number before a name",
                "he ran 79 ad campaigns; 300 CEOs met",
                &[
                    ("79", Cardinal, r#"{"number":79}"#),
                    ("300", Cardinal, r#"{"number":300}"#),
                ],
            ),
        ],
        None,
    );
}
