//! Table tests for the number grammar, grouped by behaviour.

use super::*;
use crate::tokenize::tokenize;

/// The annotations of `text` as (span text, label, value as JSON).
fn found(text: &str) -> Vec<(String, Label, String)> {
    found_at(text, None)
}

fn found_at(text: &str, reference: Option<(i32, u32, u32)>) -> Vec<(String, Label, String)> {
    let tokens = tokenize(text);
    find_with(text, &tokens.tokens, reference)
        .into_iter()
        .map(|a| {
            let v = serde_json::to_string(&a.value).unwrap_or_default();
            (a.span.of(text).to_string(), a.label, v)
        })
        .collect()
}

#[test]
fn debug_print() {
    if let Ok(t) = std::env::var("HIGHLIT_DEBUG_TEXT") {
        for f in found_at(&t, Some((2026, 11, 29))) {
            eprintln!("{f:?}");
        }
        for t in tokenize(&t).tokens {
            eprint!(
                "[{}]",
                t.span.of(&std::env::var("HIGHLIT_DEBUG_TEXT").unwrap())
            );
        }
        eprintln!();
    }
}
