//! Quantities: units, rates, dimensions, degrees, units named in a conversion, ages.

use super::*;

#[test]
fn rates_brackets_and_unit_symbols() {
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
                "Fahrenheit letter; a capital letter against digits is a code",
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
                    // `13F` is a form's code, as `5G` is a network's: no number.
                ],
            ),
            (
                "Fahrenheit letter before a word that goes on the sentence",
                "It hit 104F on Monday and 98.6F overnight; a 777F in Dubai; its 13F in June; 13F and 10-K",
                &[
                    (
                        "104F",
                        Quantity,
                        r#"{"number":104,"unit":"degree Fahrenheit"}"#,
                    ),
                    ("Monday", Date, r#"{"weekday":1}"#),
                    (
                        "98.6F",
                        Quantity,
                        r#"{"number":98.6,"unit":"degree Fahrenheit"}"#,
                    ),
                    ("June", Date, r#"{"iso":"--06"}"#),
                    ("10", Cardinal, r#"{"number":10}"#),
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
        ],
        None,
    );
}

#[test]
fn dimensions_signs_and_ages() {
    check(
        &[
            (
                "feet and inches with hyphens",
                "the 6-foot-7 forward",
                &[("6-foot-7", Quantity, r#"{"number":79,"unit":"inch"}"#)],
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
                    r#"{"number":70,"unit":"inch"}"#,
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
fn a_unit_letter_ends_a_sentence() {
    check(
        &[(
            "a temperature and a distance before the sentence's period",
            "Temperatures hit 35C. Bolt ran 100m.",
            &[
                ("35C", Quantity, r#"{"number":35,"unit":"degree Celsius"}"#),
                ("100m", Quantity, r#"{"number":100,"unit":"metre"}"#),
            ],
        )],
        None,
    );
}
