//! Holidays of the Hebrew, Islamic and Chinese calendars, days from Easter and other fixed
//! days, and holiday words that are part of a name.

use super::*;

#[test]
fn jewish_holidays_by_the_hebrew_calendar() {
    check(
        &[
            (
                "Rosh Hashanah: never on a Sunday, Wednesday or Friday",
                "Rosh Hashanah 2020, Rosh Hashanah 2021, Rosh Hashanah 2022, \
                 Rosh Hashanah 2023, Rosh Hashanah 2024 and Rosh Hashanah 2025",
                &[
                    ("Rosh Hashanah 2020", Date, r#"{"iso":"2020-09-19"}"#),
                    ("Rosh Hashanah 2021", Date, r#"{"iso":"2021-09-07"}"#),
                    ("Rosh Hashanah 2022", Date, r#"{"iso":"2022-09-26"}"#),
                    ("Rosh Hashanah 2023", Date, r#"{"iso":"2023-09-16"}"#),
                    ("Rosh Hashanah 2024", Date, r#"{"iso":"2024-10-03"}"#),
                    ("Rosh Hashanah 2025", Date, r#"{"iso":"2025-09-23"}"#),
                ],
            ),
            (
                "Yom Kippur: the day the war of 1973 began",
                "Yom Kippur 1973, Yom Kippur 2023, Yom Kippur 2024 and Yom Kippur 2025",
                &[
                    ("Yom Kippur 1973", Date, r#"{"iso":"1973-10-06"}"#),
                    ("Yom Kippur 2023", Date, r#"{"iso":"2023-09-25"}"#),
                    ("Yom Kippur 2024", Date, r#"{"iso":"2024-10-12"}"#),
                    ("Yom Kippur 2025", Date, r#"{"iso":"2025-10-02"}"#),
                ],
            ),
            (
                "Passover: its first full day",
                "Passover 2022, Passover 2023, Passover 2024 and Passover 2025",
                &[
                    ("Passover 2022", Date, r#"{"iso":"2022-04-16"}"#),
                    ("Passover 2023", Date, r#"{"iso":"2023-04-06"}"#),
                    ("Passover 2024", Date, r#"{"iso":"2024-04-23"}"#),
                    ("Passover 2025", Date, r#"{"iso":"2025-04-13"}"#),
                ],
            ),
            (
                "Hanukkah: Kislev is 29 or 30 days by the year's length",
                "Hanukkah 2023, Hanukkah 2024 and Hanukkah 2025",
                &[
                    ("Hanukkah 2023", Date, r#"{"iso":"2023-12-08"}"#),
                    ("Hanukkah 2024", Date, r#"{"iso":"2024-12-26"}"#),
                    ("Hanukkah 2025", Date, r#"{"iso":"2025-12-15"}"#),
                ],
            ),
            (
                "Purim in Adar II of a leap year, Adar of a common one; Sukkot, Shavuot",
                "Purim 2024, Purim 2025, Sukkot 2025 and Shavuot 2025",
                &[
                    ("Purim 2024", Date, r#"{"iso":"2024-03-24"}"#),
                    ("Purim 2025", Date, r#"{"iso":"2025-03-14"}"#),
                    ("Sukkot 2025", Date, r#"{"iso":"2025-10-07"}"#),
                    ("Shavuot 2025", Date, r#"{"iso":"2025-06-02"}"#),
                ],
            ),
            (
                "other spellings",
                "Chanukah 2024, Pesach 2024 and Rosh Hashana 2024",
                &[
                    ("Chanukah 2024", Date, r#"{"iso":"2024-12-26"}"#),
                    ("Pesach 2024", Date, r#"{"iso":"2024-04-23"}"#),
                    ("Rosh Hashana 2024", Date, r#"{"iso":"2024-10-03"}"#),
                ],
            ),
        ],
        None,
    );
}

#[test]
fn islamic_and_chinese_holidays_from_the_table() {
    check(
        &[
            (
                "Eid al-Fitr as Saudi Arabia keeps it",
                "Eid al-Fitr 2022, Eid al-Fitr 2023 and Eid al-Fitr 2025",
                &[
                    ("Eid al-Fitr 2022", Date, r#"{"iso":"2022-05-02"}"#),
                    ("Eid al-Fitr 2023", Date, r#"{"iso":"2023-04-21"}"#),
                    ("Eid al-Fitr 2025", Date, r#"{"iso":"2025-03-30"}"#),
                ],
            ),
            (
                "Eid spelled with hyphens, ul, el, or in lower case",
                "Eid-al-Fitr 2023, Eid ul-Fitr 2023, Eid el-Fitr 2023, eid al fitr 2023",
                &[
                    ("Eid-al-Fitr 2023", Date, r#"{"iso":"2023-04-21"}"#),
                    ("Eid ul-Fitr 2023", Date, r#"{"iso":"2023-04-21"}"#),
                    ("Eid el-Fitr 2023", Date, r#"{"iso":"2023-04-21"}"#),
                    ("eid al fitr 2023", Date, r#"{"iso":"2023-04-21"}"#),
                ],
            ),
            (
                "Ramadan's first day, Eid al-Adha, the Islamic New Year",
                "Ramadan 2024, Ramadan 2025, Eid al-Adha 2024 and Islamic New Year 2024",
                &[
                    ("Ramadan 2024", Date, r#"{"iso":"2024-03-11"}"#),
                    ("Ramadan 2025", Date, r#"{"iso":"2025-03-01"}"#),
                    ("Eid al-Adha 2024", Date, r#"{"iso":"2024-06-16"}"#),
                    ("Islamic New Year 2024", Date, r#"{"iso":"2024-07-07"}"#),
                ],
            ),
            (
                "a year with two Eids al-Fitr gives no one date",
                "Eid al-Fitr 2000",
                &[("Eid al-Fitr 2000", Date, r#"{}"#)],
            ),
            (
                "beyond the table's years, no date",
                "Eid al-Fitr 2150",
                &[("Eid al-Fitr 2150", Date, r#"{}"#)],
            ),
            (
                "Chinese New Year, not January 1",
                "Chinese New Year 2024, Lunar New Year 2025, Chinese New Year 2026 \
                 and Lunar New Year 2027",
                &[
                    ("Chinese New Year 2024", Date, r#"{"iso":"2024-02-10"}"#),
                    ("Lunar New Year 2025", Date, r#"{"iso":"2025-01-29"}"#),
                    ("Chinese New Year 2026", Date, r#"{"iso":"2026-02-17"}"#),
                    ("Lunar New Year 2027", Date, r#"{"iso":"2027-02-06"}"#),
                ],
            ),
            (
                "holidays of calendars without a table: dates without a value",
                "for Diwali, Holi, Vesak and Eid",
                &[
                    ("Diwali", Date, r#"{}"#),
                    ("Holi", Date, r#"{}"#),
                    ("Vesak", Date, r#"{}"#),
                    ("Eid", Date, r#"{}"#),
                ],
            ),
        ],
        None,
    );
}

#[test]
fn days_from_easter_and_fixed_days() {
    check(
        &[
            (
                "days from Easter",
                "Mardi Gras 2025, Ash Wednesday 2025, Palm Sunday 2025, Maundy Thursday 2025, \
                 Ascension Day 2025, Pentecost 2025 and Whit Monday 2025",
                &[
                    ("Mardi Gras 2025", Date, r#"{"iso":"2025-03-04"}"#),
                    ("Ash Wednesday 2025", Date, r#"{"iso":"2025-03-05"}"#),
                    ("Palm Sunday 2025", Date, r#"{"iso":"2025-04-13"}"#),
                    ("Maundy Thursday 2025", Date, r#"{"iso":"2025-04-17"}"#),
                    ("Ascension Day 2025", Date, r#"{"iso":"2025-05-29"}"#),
                    ("Pentecost 2025", Date, r#"{"iso":"2025-06-08"}"#),
                    ("Whit Monday 2025", Date, r#"{"iso":"2025-06-09"}"#),
                ],
            ),
            (
                "Orthodox Easter by the Julian computus; Orthodox Christmas",
                "Orthodox Easter 2023, Orthodox Easter 2024, Orthodox Easter 2025 \
                 and Orthodox Christmas",
                &[
                    ("Orthodox Easter 2023", Date, r#"{"iso":"2023-04-16"}"#),
                    ("Orthodox Easter 2024", Date, r#"{"iso":"2024-05-05"}"#),
                    ("Orthodox Easter 2025", Date, r#"{"iso":"2025-04-20"}"#),
                    ("Orthodox Christmas", Date, r#"{"iso":"--01-07"}"#),
                ],
            ),
            (
                "US days on a weekday: Election Day after the first Monday of November \
                 (any other election's day has no date highlit knows)",
                "Election Day 2020, Election Day 2024, Election day 2024 \
                 and Martin Luther King Jr. Day 2025",
                &[
                    ("Election Day 2020", Date, r#"{"iso":"2020-11-03"}"#),
                    ("Election Day 2024", Date, r#"{"iso":"2024-11-05"}"#),
                    ("Election day 2024", Date, r#"{}"#),
                    (
                        "Martin Luther King Jr. Day 2025",
                        Date,
                        r#"{"iso":"2025-01-20"}"#,
                    ),
                ],
            ),
            (
                "fixed days",
                "Epiphany, Australia Day, Groundhog Day, Anzac Day, Cinco de Mayo, VE Day, \
                 Canada Day, All Saints' Day, Guy Fawkes Night and Kwanzaa",
                &[
                    ("Epiphany", Date, r#"{"iso":"--01-06"}"#),
                    ("Australia Day", Date, r#"{"iso":"--01-26"}"#),
                    ("Groundhog Day", Date, r#"{"iso":"--02-02"}"#),
                    ("Anzac Day", Date, r#"{"iso":"--04-25"}"#),
                    ("Cinco de Mayo", Date, r#"{"iso":"--05-05"}"#),
                    ("VE Day", Date, r#"{"iso":"--05-08"}"#),
                    ("Canada Day", Date, r#"{"iso":"--07-01"}"#),
                    ("All Saints' Day", Date, r#"{"iso":"--11-01"}"#),
                    ("Guy Fawkes Night", Date, r#"{"iso":"--11-05"}"#),
                    ("Kwanzaa", Date, r#"{"iso":"--12-26"}"#),
                ],
            ),
            (
                "a holiday that opens with a month's name",
                "on April Fools' Day",
                &[("April Fools' Day", Date, r#"{"iso":"--04-01"}"#)],
            ),
        ],
        None,
    );
}

#[test]
fn holiday_words_in_names() {
    check(
        &[
            (
                "a capitalised word after a holiday makes a name",
                "Christmas Island, Easter Island, the Easter Rising, the Yom Kippur War \
                 and the Thanksgiving Day Parade",
                &[],
            ),
            (
                "a holiday's name before a person's, or a family name",
                "Ramadan Abdullah said so; so did Tariq Ramadan and Mohamed Eid, in Ramadan.",
                &[("Ramadan", Date, r#"{}"#)],
            ),
            (
                "but not a capitalised word that opens it, a weekday, a month or capitals",
                "During Ramadan they fasted; on Memorial Day Monday; at Christmas I rested; \
                 the Passover TV special; PASSOVER BEGINS; Happy Passover Amber",
                &[
                    ("Ramadan", Date, r#"{}"#),
                    ("Memorial Day", Date, r#"{}"#),
                    ("Monday", Date, r#"{"weekday":1}"#),
                    ("Christmas", Date, r#"{"iso":"--12-25"}"#),
                    ("Passover", Date, r#"{}"#),
                    ("PASSOVER", Date, r#"{}"#),
                    ("Passover", Date, r#"{}"#),
                ],
            ),
        ],
        None,
    );
}

#[test]
fn holidays_placed_by_the_reference_date() {
    check(
        &[
            (
                "a Jewish holiday, by the tense rule",
                "They met at Passover and will meet at Hanukkah",
                &[
                    ("Passover", Date, r#"{"iso":"2026-04-02"}"#),
                    ("Hanukkah", Date, r#"{"iso":"2026-12-05"}"#),
                ],
            ),
            (
                "an Islamic holiday, by the tense rule and with a year",
                "They met on Eid al-Fitr; Eid al-Adha next year",
                &[
                    ("Eid al-Fitr", Date, r#"{"iso":"2026-03-20"}"#),
                    ("Eid al-Adha next year", Date, r#"{"iso":"2027-05-16"}"#),
                ],
            ),
            (
                "after a modifier, and counted from",
                "next Chinese New Year, two days before Yom Kippur",
                &[
                    ("next Chinese New Year", Date, r#"{"iso":"2027-02-06"}"#),
                    (
                        "two days before Yom Kippur",
                        Date,
                        r#"{"iso":"2027-10-09"}"#,
                    ),
                ],
            ),
        ],
        Some(REFERENCE),
    );
    // In 2000 Eid al-Fitr fell on January 8 and December 27: the tense picks one.
    check(
        &[(
            "two in the reference year",
            "They met at Eid al-Fitr. They will meet at Eid al-Fitr.",
            &[
                ("Eid al-Fitr", Date, r#"{"iso":"2000-01-08"}"#),
                ("Eid al-Fitr", Date, r#"{"iso":"2000-12-27"}"#),
            ],
        )],
        Some((2000, 6, 1)),
    );
}
