//! Percentages: signs and words, a percent word first, basis points, fractions of a point.

use super::*;

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
                "percent word after a size: no amount, and the count is its own",
                "a large percent of 10,000 voters",
                &[
                    ("percent", Percent, r#"{}"#),
                    ("10,000", Cardinal, r#"{"number":10000}"#),
                ],
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
        ],
        None,
    );
}

#[test]
fn percentage_points_and_ranges() {
    check(
        &[
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
                "a fraction of a point is of a percentage point where rates move",
                "Rates rose a quarter point. Yields fell half a point. The Fed cut by three \
                 quarters of a point. Shares rose a half point; Carlsen is half a point ahead; \
                 the Dow rose 300 points.",
                &[
                    ("a quarter point", Percent, r#"{"number":0.25}"#),
                    ("half a point", Percent, r#"{"number":0.5}"#),
                    ("three quarters of a point", Percent, r#"{"number":0.75}"#),
                    ("a half", Cardinal, r#"{"number":0.5}"#),
                    ("300", Cardinal, r#"{"number":300}"#),
                ],
            ),
            (
                "a fraction of a point in one word",
                "a quarter-point cut, then a half-point rate hike; a half-point lead in chess",
                &[
                    ("a quarter-point", Percent, r#"{"number":0.25}"#),
                    ("a half-point", Percent, r#"{"number":0.5}"#),
                ],
            ),
            (
                "a percent word hyphened to its number",
                "a 25-basis-point cut, a 10-percent stake; a 5-% rise",
                &[
                    ("25-basis-point", Percent, r#"{"number":0.25}"#),
                    ("10-percent", Percent, r#"{"number":10}"#),
                    ("5", Cardinal, r#"{"number":5}"#),
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
