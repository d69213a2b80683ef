//! The news table (`tests/news-values.toml`): sentences written for it, each case named by
//! the behaviour it shows, with every date, time and amount a reader with the article's date
//! reads in them. Run through the library; and, as one JSONL stream per reference date, through
//! the CLI's `--reference-date`, whose output must be the library's.

use highlit::{Annotator, Label, Mention, OffsetUnit, Options};
use serde::Deserialize;
use serde_json::Value as Json;
use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    /// What dates are resolved against unless a case says otherwise.
    reference: String,
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    behaviour: String,
    /// `none`, `auto` or a date; the table's when absent.
    reference: Option<String>,
    text: String,
    /// Every annotation of the number grammar's labels: text, label, value.
    expect: Vec<(String, String, toml::Value)>,
}

/// The labels the table is about: all but names.
fn labels() -> Vec<String> {
    Label::ALL
        .iter()
        .filter(|l| !l.is_name())
        .map(|l| l.as_str().to_string())
        .collect()
}

fn table() -> Table {
    toml::from_str(include_str!("news-values.toml")).expect("tests/news-values.toml is a table")
}

/// What a case expects, as (text, label, value) with values as JSON.
fn expected(case: &Case) -> Vec<(String, String, Json)> {
    case.expect
        .iter()
        .map(|(text, label, value)| {
            // Whole numbers are integers in both (`95000`), as the JSON output writes them.
            let json = serde_json::to_value(value).expect("a TOML value is JSON");
            (text.clone(), label.clone(), json)
        })
        .collect()
}

/// Mentions as (text, label, value).
fn found(mentions: &[Mention]) -> Vec<(String, String, Json)> {
    mentions
        .iter()
        .map(|m| {
            let value = serde_json::to_value(m.value.clone().unwrap_or_default()).unwrap();
            (m.text.clone(), m.label.to_string(), value)
        })
        .collect()
}

/// The `--reference-date` (or `referenceDate`) of a case, `None` for none.
fn reference_of<'a>(table: &'a Table, case: &'a Case) -> Option<&'a str> {
    match case.reference.as_deref().unwrap_or(&table.reference) {
        "none" => None,
        r => Some(r),
    }
}

#[test]
fn news_sentences_read_as_a_reader_reads_them() {
    let table = table();
    assert!(table.case.len() >= 150, "{} cases", table.case.len());
    let mut failures = Vec::new();
    for case in &table.case {
        assert!(
            !case.behaviour.trim().is_empty(),
            "{:?} names no behaviour",
            case.text
        );
        let options = Options {
            labels: Some(labels()),
            reference_date: reference_of(&table, case).map(str::to_string),
            ..Options::default()
        };
        let annotator = Annotator::new(&options).expect("the table's references are valid");
        let mentions = Mention::all(
            &case.text,
            annotator.annotate(&case.text),
            OffsetUnit::Utf16,
        );
        let (got, want) = (found(&mentions), expected(case));
        if got != want {
            failures.push(format!(
                "{}: {:?}\n   want {want:?}\n    got {got:?}",
                case.behaviour, case.text
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        table.case.len(),
        failures.join("\n")
    );
}

#[test]
fn the_cli_reference_date_reads_as_the_library_does() {
    let table = table();
    // One JSONL stream per reference, through the binary; each line's annotations must be
    // the library's.
    let mut by_reference: BTreeMap<Option<&str>, Vec<&Case>> = BTreeMap::new();
    for case in &table.case {
        by_reference
            .entry(reference_of(&table, case))
            .or_default()
            .push(case);
    }
    for (reference, cases) in by_reference {
        let label_list = labels().join(",");
        let mut args = vec!["--jsonl", "--labels", &label_list];
        if let Some(r) = reference {
            args.extend(["--reference-date", r]);
        }
        let input: String = cases
            .iter()
            .enumerate()
            .map(|(k, c)| serde_json::json!({"id": k, "text": c.text}).to_string() + "\n")
            .collect();
        let mut child = Command::new(env!("CARGO_BIN_EXE_highlit"))
            .args(&args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{args:?}");
        let lines: Vec<Json> = out
            .stdout
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).expect("JSON lines"))
            .collect();
        assert_eq!(lines.len(), cases.len());
        let options = Options {
            labels: Some(labels()),
            reference_date: reference.map(str::to_string),
            ..Options::default()
        };
        let annotator = Annotator::new(&options).unwrap();
        for (line, case) in lines.iter().zip(&cases) {
            let cli: Vec<Mention> =
                serde_json::from_value(line["annotations"].clone()).expect("mentions");
            let lib = Mention::all(
                &case.text,
                annotator.annotate(&case.text),
                OffsetUnit::Utf16,
            );
            assert_eq!(cli, lib, "CLI {args:?}: {:?}", case.text);
        }
    }
}
