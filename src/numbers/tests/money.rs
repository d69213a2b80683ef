//! Money: currencies before and after the amount, codes, minor parts.

use super::*;

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
                "code glued to digits and a scale's letters",
                "USD1.2bn and GBP500k",
                &[
                    (
                        "USD1.2bn",
                        Money,
                        r#"{"number":1200000000,"currency":"USD"}"#,
                    ),
                    ("GBP500k", Money, r#"{"number":500000,"currency":"GBP"}"#),
                ],
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
fn currency_codes_and_signs() {
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
        ],
        None,
    );
}

#[test]
fn minor_parts() {
    check(
        &[
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
                "one of a currency and its minor part",
                "It cost a dollar fifty, a pound twenty each, a buck fifty-nine, a euro and 20 \
                 cents. He shot a buck.",
                &[
                    (
                        "a dollar fifty",
                        Money,
                        r#"{"number":1.5,"currency":"USD"}"#,
                    ),
                    (
                        "a pound twenty",
                        Money,
                        r#"{"number":1.2,"currency":"GBP"}"#,
                    ),
                    (
                        "a buck fifty-nine",
                        Money,
                        r#"{"number":1.59,"currency":"USD"}"#,
                    ),
                    (
                        "a euro and 20 cents",
                        Money,
                        r#"{"number":1.2,"currency":"EUR"}"#,
                    ),
                ],
            ),
            (
                "a spelled minor part after a currency's name needs no close",
                "two dollars fifty for a coffee, five pounds fifty each",
                &[
                    (
                        "two dollars fifty",
                        Money,
                        r#"{"number":2.5,"currency":"USD"}"#,
                    ),
                    (
                        "five pounds fifty",
                        Money,
                        r#"{"number":5.5,"currency":"GBP"}"#,
                    ),
                ],
            ),
            (
                "a spelled number before a unit of time is no minor part",
                "It cost ten dollars twenty years ago; a pound twenty years ago.",
                &[
                    ("ten dollars", Money, r#"{"number":10,"currency":"USD"}"#),
                    (
                        "twenty years ago",
                        Date,
                        r#"{"relative":{"offset":-20,"unit":"year"}}"#,
                    ),
                    (
                        "twenty years ago",
                        Date,
                        r#"{"relative":{"offset":-20,"unit":"year"}}"#,
                    ),
                ],
            ),
            (
                "the minor part sums without a float's tail",
                "It cost 1 dollar 59.",
                &[("1 dollar 59", Money, r#"{"number":1.59,"currency":"USD"}"#)],
            ),
            (
                "minor part in another currency is not one",
                "5 dollars 20 pence",
                &[
                    ("5 dollars", Money, r#"{"number":5,"currency":"USD"}"#),
                    ("20 pence", Money, r#"{"number":0.2,"currency":"GBP"}"#),
                ],
            ),
        ],
        None,
    );
}

#[test]
fn currency_words_and_abbreviations() {
    check(
        &[
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
fn money_in_a_currency_not_named() {
    check(
        &[
            (
                "grand after a number",
                "He earned 50 grand, then paid fifty grand for it and 50-60 grand last year.",
                &[
                    ("50 grand", Money, r#"{"number":50000}"#),
                    ("fifty grand", Money, r#"{"number":50000}"#),
                    ("50-60 grand", Money, r#"{"from":50000,"to":60000}"#),
                    (
                        "last year",
                        Date,
                        r#"{"relative":{"offset":-1,"unit":"year"}}"#,
                    ),
                ],
            ),
            (
                "a grand where the words say money",
                "It cost a grand. It was a grand plan.",
                &[("a grand", Money, r#"{"number":1000}"#)],
            ),
            (
                "grand before a noun is no money",
                "He won 20 grand slams on two grand pianos at the 2 Grand Prix races.",
                &[
                    ("20", Cardinal, r#"{"number":20}"#),
                    ("two", Cardinal, r#"{"number":2}"#),
                    ("2", Cardinal, r#"{"number":2}"#),
                ],
            ),
        ],
        None,
    );
}

#[test]
fn amounts_or_more() {
    check(
        &[
            (
                "plus after an amount",
                "a $1 billion-plus deal, $10,000-plus fees, a 50-plus crowd; the 2-plus-2 formula",
                &[
                    (
                        "$1 billion-plus",
                        Money,
                        r#"{"number":1000000000,"bound":"at-least","currency":"USD"}"#,
                    ),
                    (
                        "$10,000-plus",
                        Money,
                        r#"{"number":10000,"bound":"at-least","currency":"USD"}"#,
                    ),
                    ("50-plus", Cardinal, r#"{"number":50,"bound":"at-least"}"#),
                    ("2", Cardinal, r#"{"number":2}"#),
                ],
            ),
            (
                "plus as a word is no bound",
                "It cost $1 billion plus interest.",
                &[(
                    "$1 billion",
                    Money,
                    r#"{"number":1000000000,"currency":"USD"}"#,
                )],
            ),
        ],
        None,
    );
}

#[test]
fn a_scale_before_a_currency_in_one_word() {
    check(
        &[
            (
                "a scale alone counts one of it",
                "a billion-dollar company bought a million-pound house",
                &[
                    (
                        "billion-dollar",
                        Money,
                        r#"{"number":1000000000,"currency":"USD"}"#,
                    ),
                    (
                        "million-pound",
                        Money,
                        r#"{"number":1000000,"currency":"GBP"}"#,
                    ),
                ],
            ),
            (
                "multi makes it more than one",
                "a multibillion-dollar deal and a multi-million-euro fine",
                &[
                    (
                        "multibillion-dollar",
                        Money,
                        r#"{"number":1000000000,"bound":"more-than","approx":true,"currency":"USD"}"#,
                    ),
                    (
                        "multi-million-euro",
                        Money,
                        r#"{"number":1000000,"bound":"more-than","approx":true,"currency":"EUR"}"#,
                    ),
                ],
            ),
            (
                "a number before the scale and currency in one word",
                "the 9-billion-euro bailout, a 2.5-million-pound fine",
                &[
                    (
                        "9-billion-euro",
                        Money,
                        r#"{"number":9000000000,"currency":"EUR"}"#,
                    ),
                    (
                        "2.5-million-pound",
                        Money,
                        r#"{"number":2500000,"currency":"GBP"}"#,
                    ),
                ],
            ),
            (
                "a name in capitals is no amount",
                "a Million-Dollar Baby",
                &[],
            ),
        ],
        None,
    );
}

#[test]
fn money_before_a_rate_written_with_a_slash() {
    check(
        &[(
            "a slash and a word after money is no fraction",
            "Plans cost $9.99/month or €2/kg; 3/4 of users pay $15/hr.",
            &[
                ("$9.99", Money, r#"{"number":9.99,"currency":"USD"}"#),
                ("€2", Money, r#"{"number":2,"currency":"EUR"}"#),
                ("3/4", Cardinal, r#"{"number":0.75}"#),
                ("$15", Money, r#"{"number":15,"currency":"USD"}"#),
            ],
        )],
        None,
    );
}

#[test]
fn pounds_of_a_note_or_coin() {
    check(
        &[(
            "a note or coin says money",
            "a 20-pound note, a five-pound coin and a five-pound bag of rice",
            &[
                ("20-pound", Money, r#"{"number":20,"currency":"GBP"}"#),
                ("five-pound", Money, r#"{"number":5,"currency":"GBP"}"#),
                ("five-pound", Quantity, r#"{"number":5,"unit":"pound"}"#),
            ],
        )],
        None,
    );
}

#[test]
fn money_with_its_rate_in_one_word() {
    check(
        &[(
            "a currency or scale hyphened to what it is paid for",
            "a 12-cent-a-share dividend on a $5 million-a-year contract; the 5-a-side game",
            &[
                (
                    "12-cent-a-share",
                    Money,
                    r#"{"number":0.12,"currency":"USD"}"#,
                ),
                (
                    "$5 million-a-year",
                    Money,
                    r#"{"number":5000000,"currency":"USD"}"#,
                ),
                ("5", Cardinal, r#"{"number":5}"#),
            ],
        )],
        None,
    );
}
