//! Table tests for the number grammar, one file per form, grouped by behaviour; here what
//! concerns the whole scan. Each case is a name, a text, and what must be found in it:
//! (span text, label, value as JSON); a case lists all the annotations of its text, so an
//! extra one fails it too.

mod dates;
mod holidays;
mod money;
mod not_numbers;
mod numbers;
mod percent;
mod quantities;
mod ranges;
mod relative_dates;
mod times;

use super::find_with;
use super::reader::token_reads;
use crate::annotation::Label;
use crate::tokenize::tokenize;
use serde_json::Value as Json;
use Label::*;

type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, Label, &'static str)],
);

const REFERENCE: (i32, u32, u32) = (2026, 11, 29); // a Sunday

fn normalise(v: Json) -> Json {
    match v {
        Json::Number(n) => Json::from(n.as_f64().unwrap_or(f64::NAN)),
        Json::Object(m) => m.into_iter().map(|(k, v)| (k, normalise(v))).collect(),
        Json::Array(a) => a.into_iter().map(normalise).collect(),
        other => other,
    }
}

fn found_at(text: &str, reference: Option<(i32, u32, u32)>) -> Vec<(String, Label, Json)> {
    let tokens = tokenize(text);
    let out = find_with(text, &tokens.tokens, reference);
    for w in out.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "{text:?}: sorted, not overlapping"
        );
    }
    out.into_iter()
        .map(|a| {
            let v = normalise(serde_json::to_value(&a.value).unwrap());
            (a.span.of(text).to_string(), a.label, v)
        })
        .collect()
}

fn check(cases: &[Case], reference: Option<(i32, u32, u32)>) {
    let mut failures = Vec::new();
    for &(name, text, want) in cases {
        let got = found_at(text, reference);
        let want: Vec<(String, Label, Json)> = want
            .iter()
            .map(|&(s, l, v)| {
                (
                    s.to_string(),
                    l,
                    normalise(serde_json::from_str(v).unwrap()),
                )
            })
            .collect();
        if got != want {
            failures.push(format!(
                "{name}: {text:?}\n   want {want:?}\n    got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn seed_article_sentences() {
    check(
        &[
            ("a weekday after on", "US President Donald Trump announced on Friday.", &[("Friday", Date, r#"{"weekday":5}"#)]),
            ("a month and year, then an approximate percentage", "Russia launched its full-scale invasion of Ukraine in February 2022 and currently occupies approximately 20% of the country’s territory.", &[("February 2022", Date, r#"{"iso":"2022-02"}"#), ("approximately 20%", Percent, r#"{"number":20,"approx":true}"#)]),
            ("a count after over", "with over 95,000 Russian combatants reported killed.", &[("over 95,000", Cardinal, r#"{"number":95000,"bound":"more-than"}"#)]),
            ("a month and year, then a count", "in December 2024, when Zelensky acknowledged the deaths of 43,000 personnel", &[("December 2024", Date, r#"{"iso":"2024-12"}"#), ("43,000", Cardinal, r#"{"number":43000}"#)]),
        ],
        None,
    );
}

/// Reading is linear in the tokens: on number-like text of each kind, four times the text
/// costs at most four times the work (a tenth more for the ends of the text), and no text
/// costs more than a bounded amount of work per token (about 260 at most today). The work is counted as the reader's
/// looks at tokens, which, unlike a time, is the same on every run; the criterion bench
/// `numbers` measures the time.
#[test]
fn work_is_linear_in_the_tokens() {
    let units = [
        "9 ",
        "one ",
        "one one hundred fifth ",
        "1,000 ",
        "1 234 567 ",
        "twenty-one hundred and ",
        "$1-2-3-4 ",
        "over between and to - ",
        "last next this week Friday ",
        "in two weeks ",
        "Monday two weeks from now ",
        "the end of the year ",
        "10 celsius to fahrenheit ",
        "5 feet 10 inches 2 hours and 15 minutes ",
        "½ ",
        // Dates placed by the tense rule, which reads the clause around each.
        "they met on Thursday and will meet on Feb 11 ",
        "the 3rd was held 3/21 will be held ",
        "21.03.2025 4/5/2024 2025-06 06/2025 Dec31 20161016 ",
        "the Monday after next two Thursdays from now the last day of June 2024 ",
        "Mon or Tue or ",
        "9.30am tomorrow noon on Friday tomorrow at 21:00 Saturday night ",
        "9am-5pm 6-9pm between 2 and 4 pm 9:30 to 11:00 on Thursday at 8 tonight ",
        "a euro half a mile a third of a cup paid thirty pounds ",
    ];
    // The reader's looks at tokens while finding the numbers of `copies` of `unit`, and the
    // number of tokens.
    let work = |unit: &str, copies: usize| {
        let text = unit.repeat(copies);
        let tokens = tokenize(&text).tokens;
        let before = token_reads();
        find_with(&text, &tokens, Some(REFERENCE));
        (token_reads() - before, tokens.len())
    };
    for unit in units {
        let (small, _) = work(unit, 200);
        let (large, tokens) = work(unit, 800);
        assert!(
            large * 10 <= small * 4 * 11,
            "{unit:?}: 4 times the text, {:.1} times the work ({small} → {large} token reads)",
            large as f64 / small as f64
        );
        assert!(
            large <= 400 * tokens as u64,
            "{unit:?}: {large} token reads for {tokens} tokens"
        );
    }
}

#[test]
fn nothing_reads_across_a_line_break() {
    // Every line break ends a sentence for the tokenizer; a table row's last number and the
    // next row's first words are not one amount, date or quantity.
    check(
        &[
            (
                "money",
                "Rate 1.36\nSwiss franc trading was thin",
                &[("1.36", Cardinal, r#"{"number":1.36}"#)],
            ),
            (
                "unit",
                "Lap times 4\nmiles further on",
                &[("4", Cardinal, r#"{"number":4}"#)],
            ),
            (
                "same line",
                "Rate 1.36 Swiss francs",
                &[(
                    "1.36 Swiss francs",
                    Money,
                    r#"{"number":1.36,"currency":"CHF"}"#,
                )],
            ),
        ],
        None,
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Number-like text: digits, separators, signs, number and calendar words.
    fn numberish() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[0-9]{1,6}",
            "[0-9]{1,3}(,[0-9]{3}){0,2}(\\\\.[0-9]{1,2})?",
            Just("-".to_string()),
            Just("/".to_string()),
            Just(":".to_string()),
            Just("%".to_string()),
            Just("$".to_string()),
            Just("£".to_string()),
            Just("½".to_string()),
            Just("'s".to_string()),
            "(one|two|twenty|hundred|thousand|million|half|a|and|point|third|first|dozen)",
            "(over|about|between|to|last|next|this|week|Friday|March|May|mid|the|in|ago|pm|a\\\\.m\\\\.)",
            "(km|feet|inches|dollars|cents|percent|years|old|°|C|GMT|o'clock|past)",
        ];
        prop::collection::vec((piece, prop_oneof![Just(" "), Just(""), Just("\n")]), 0..24)
            .prop_map(|v| v.into_iter().map(|(p, s)| p + s).collect())
    }

    /// Words made of currency codes, scale prefixes, period letters, capitals and digits.
    fn code_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "(USD|EUR|RMB|BTC|FY|fy|Fy)",
            "[kKmMqQhH]",
            "([1-4][qQhH]|[qQhH][1-4])('?([0-9]{2}|[0-9]{4}))?",
            "[kM]?(USD|EUR|GBP|JPY)[0-9]{0,3}",
            "[A-Z]{1,3}",
            "[a-z]{1,2}",
            "[0-9]{1,4}",
            "[.'’]",
        ];
        prop::collection::vec(piece, 1..3).prop_map(|v| v.concat())
    }

    fn well_formed(text: &str) {
        let tokens = tokenize(text);
        let found = find_with(text, &tokens.tokens, Some(REFERENCE));
        let mut last = 0;
        for a in &found {
            assert!(a.span.start >= last && a.span.start < a.span.end && a.span.end <= text.len());
            assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
            if let Some(v) = &a.value {
                assert!(v.number.is_none_or(f64::is_finite), "{text:?}: {v:?}");
            }
            last = a.span.end;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        /// `is_code`'s byte tests before each reader keep every word a reader takes.
        #[test]
        fn is_code_is_what_the_code_readers_say(word in code_like()) {
            let mut lower = String::new();
            super::super::fold_into(&word, &mut lower);
            let readers = super::super::currency_code(&word).is_some()
                || super::super::glued_code_number(&word).is_some()
                || super::super::period_code(&lower).is_some();
            prop_assert_eq!(super::super::is_code(&word, &lower), readers);
        }
    }

    proptest! {
        #[test]
        fn any_text_is_annotated_without_panic(text in "\\PC{0,80}") {
            well_formed(&text);
        }

        #[test]
        fn numberish_text_gives_sorted_spans_and_finite_values(text in numberish()) {
            well_formed(&text);
        }
    }
}
