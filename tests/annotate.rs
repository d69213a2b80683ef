//! The annotator through its public API: options, invariants on any text, offsets at the edges.

use highlit::{annotate, Annotator, BuildError, Label, Mention, OffsetUnit, Options};
use proptest::prelude::*;

fn options(labels: &[&str]) -> Options {
    Options {
        labels: Some(labels.iter().map(|s| s.to_string()).collect()),
        ..Options::default()
    }
}

#[test]
fn label_filter_returns_only_those_labels() {
    let text = "Over 95,000 people in February 2022 paid $5 for 20% more.";
    let all: Vec<Label> = annotate(text).iter().map(|a| a.label).collect();
    assert_eq!(
        all,
        [Label::Cardinal, Label::Date, Label::Money, Label::Percent]
    );
    let dates = Annotator::new(&options(&["DATE", "PERCENT"]))
        .unwrap()
        .annotate(text);
    let labels: Vec<Label> = dates.iter().map(|a| a.label).collect();
    assert_eq!(labels, [Label::Date, Label::Percent]);
    assert!(Annotator::new(&options(&[]))
        .unwrap()
        .annotate(text)
        .is_empty());
}

#[test]
fn unknown_label_is_a_typed_error() {
    let err = Annotator::new(&options(&["DATE", "PLACE"])).unwrap_err();
    assert_eq!(
        err,
        BuildError::UnknownLabel {
            name: "PLACE".into()
        }
    );
    assert_eq!(err.kind(), "UnknownLabel");
    assert!(err.to_string().contains("\"PLACE\"") && err.to_string().contains("PERSON"));
}

#[test]
fn reference_date_is_checked() {
    for bad in [
        "2026-02-30",
        "29/11/2026",
        "2026-1-5",
        "",
        "２０２６-11-29",
        "Auto",
        "today",
    ] {
        let opts = Options {
            reference_date: Some(bad.into()),
            ..Options::default()
        };
        let err = Annotator::new(&opts).unwrap_err();
        assert_eq!(err.kind(), "InvalidReferenceDate", "{bad:?}");
    }
    let opts = Options {
        reference_date: Some("2024-02-29".into()),
        ..Options::default()
    };
    assert_eq!(
        Annotator::new(&opts).unwrap().reference_date(),
        Some((2024, 2, 29))
    );
    let auto = Options {
        reference_date: Some("auto".into()),
        ..Options::default()
    };
    let auto = Annotator::new(&auto).unwrap();
    assert!(auto.uses_article_date());
    assert_eq!(auto.reference_date(), None);
}

#[test]
fn auto_reads_each_text_against_its_own_date() {
    let options = Options {
        labels: Some(vec!["DATE".into()]),
        reference_date: Some("auto".into()),
        ..Options::default()
    };
    let annotator = Annotator::new(&options).unwrap();
    let iso_of = |text: &str, word: &str| {
        let found = annotator.annotate(text);
        let a = found.iter().find(|a| a.span.of(text) == word).unwrap();
        a.value.as_ref().unwrap().iso.clone()
    };
    // Two texts, two datelines: each is read against its own, whatever came before.
    let first = "KYIV, March 2, 2026 (Reuters) - Talks ended on Friday.";
    let second = "KYIV, Nov. 9, 2026 (Reuters) - Talks ended on Friday.";
    assert_eq!(iso_of(first, "Friday").as_deref(), Some("2026-02-27"));
    assert_eq!(iso_of(second, "Friday").as_deref(), Some("2026-11-06"));
    assert_eq!(iso_of(first, "Friday").as_deref(), Some("2026-02-27"));
    // No date of its own: left unresolved.
    assert_eq!(iso_of("Talks ended on Friday.", "Friday"), None);
    // What the article states, and where (UTF-16 offsets for JavaScript).
    let stated = highlit::numbers::article_date(second, highlit::OffsetUnit::Utf16).unwrap();
    assert_eq!(
        (stated.text.as_str(), stated.iso.as_str(), stated.source),
        ("Nov. 9, 2026", "2026-11-09", "dateline")
    );
    assert_eq!((stated.start, stated.end), (6, 18));
    assert_eq!(stated.full_date(), Some((2026, 11, 9)));
    let yearless =
        highlit::numbers::article_date("ROME, Dec 3 (AP) - x", highlit::OffsetUnit::Utf16);
    assert_eq!(
        yearless.map(|d| (d.full_date(), d.iso)),
        Some((None, "--12-03".into()))
    );
}

#[test]
fn options_deserialize_strictly() {
    let ok: Options =
        serde_json::from_str(r#"{"labels":["DATE"],"referenceDate":"2026-11-29"}"#).unwrap();
    assert_eq!(ok.reference_date.as_deref(), Some("2026-11-29"));
    assert!(
        serde_json::from_str::<Options>(r#"{"lables":["DATE"]}"#).is_err(),
        "a typo is an error"
    );
}

#[test]
fn mentions_carry_offsets_in_each_unit() {
    let text = "😀 e\u{301} over 95,000";
    let found = annotate(text);
    assert_eq!(found.len(), 1);
    let utf16 = &Mention::all(text, found.clone(), OffsetUnit::Utf16)[0];
    let chars = &Mention::all(text, found.clone(), OffsetUnit::Chars)[0];
    let bytes = &Mention::all(text, found, OffsetUnit::Bytes)[0];
    assert_eq!((utf16.start, utf16.end), (6, 17));
    assert_eq!((chars.start, chars.end), (5, 16));
    assert_eq!((bytes.start, bytes.end), (9, 20));
    assert_eq!(&text[bytes.start..bytes.end], "over 95,000");
    assert_eq!(utf16.text, "over 95,000");
}

#[test]
fn hostile_and_odd_inputs_get_sensible_results() {
    assert!(annotate("").is_empty());
    assert!(annotate("<script>alert(\"hi\")</script><img src=x>").is_empty());
    let digits = "9".repeat(100_000);
    let found = annotate(&digits);
    assert!(found.len() <= 1, "a run of digits is at most one number");
    let binary: String = (0u8..=255).map(char::from).collect();
    let _ = annotate(&binary);
    let lone = String::from_utf16_lossy(&[0xD800, 0x20, 0x35, 0x25]);
    assert_eq!(
        annotate(&lone).len(),
        1,
        "U+FFFD from a lone surrogate does not hide `5%`"
    );
}

fn check_invariants(text: &str) {
    let found = annotate(text);
    let mut last_end = 0;
    for a in &found {
        assert!(
            a.span.start >= last_end,
            "sorted, not overlapping: {found:?}"
        );
        assert!(a.span.end > a.span.start && a.span.end <= text.len());
        assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
        assert!(a.score.is_none_or(|s| (0.0..=1.0).contains(&s)));
        last_end = a.span.end;
    }
    // UTF-16 offsets agree with encode_utf16, and code points with chars().
    for m in Mention::all(text, found.clone(), OffsetUnit::Utf16)
        .iter()
        .zip(&found)
    {
        let (mention, a) = m;
        assert_eq!(mention.start, text[..a.span.start].encode_utf16().count());
        assert_eq!(mention.end, text[..a.span.end].encode_utf16().count());
        let utf16: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(
            String::from_utf16(&utf16[mention.start..mention.end]).unwrap(),
            mention.text
        );
    }
    for (m, a) in Mention::all(text, found.clone(), OffsetUnit::Chars)
        .iter()
        .zip(&found)
    {
        assert_eq!(m.start, text[..a.span.start].chars().count());
        assert_eq!(m.text.chars().count(), m.end - m.start);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_annotates(text in any::<String>()) {
        check_invariants(&text);
    }

    #[test]
    fn newsy_strings_annotate(text in "([ \\n,.]|over|about|\\$|£|%|😀|e\u{301}|\r\n|\u{a0}|February|Friday|in|[0-9]{1,7}|[0-9]{1,3}(,[0-9]{3}){1,3}|[0-9]+\\.[0-9]+|million|percent){0,40}") {
        check_invariants(&text);
    }
}
