//! Golden test: the name mentions of the seed article (`../shared/golden/seed-article.json`,
//! UTF-16 offsets) that the model finds with an allowed label. Issue 4 asks for all 65; the
//! floor below ratchets up as the model improves and must never go down.
//!
//! The file lives outside the repository. Without it the test prints a notice and passes,
//! unless `HIGHLIT_REQUIRE_SHARED=1`, when it fails.

use highlit::{Annotator, Label, Options};
use serde_json::Value;

/// Name mentions found with an allowed label: the floor this test enforces.
const FOUND_AT_LEAST: usize = 65;

const NAME_LABELS: [&str; 4] = ["PERSON", "ORG", "LOC", "MISC"];

/// The byte offset of UTF-16 offset `u16_at` in `text`.
fn byte_offset(text: &str, u16_at: usize) -> usize {
    let mut units = 0;
    for (b, c) in text.char_indices() {
        if units >= u16_at {
            return b;
        }
        units += c.len_utf16();
    }
    text.len()
}

#[test]
fn seed_article_names() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/golden/seed-article.json"
    );
    let Ok(raw) = std::fs::read_to_string(path) else {
        if std::env::var("HIGHLIT_REQUIRE_SHARED").as_deref() == Ok("1") {
            panic!("{path} is missing and HIGHLIT_REQUIRE_SHARED=1");
        }
        eprintln!("notice: {path} not found; seed-article golden test skipped");
        return;
    };
    let golden: Value = serde_json::from_str(&raw).expect("seed article is JSON");
    let text = golden["text"].as_str().expect("text");
    assert_eq!(golden["offsets"], "utf-16");
    let found = Annotator::new(&Options::default()).unwrap().annotate(text);
    // Validate before comparing: sorted, in bounds, on char boundaries, not overlapping.
    for w in found.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "overlap: {:?} {:?}",
            w[0],
            w[1]
        );
    }
    for a in &found {
        assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
        if let Some(s) = a.score {
            assert!((0.0..=1.0).contains(&s));
        }
    }
    let mut total = 0;
    let mut hits = 0;
    let mut missed = Vec::new();
    for e in golden["entities"].as_array().expect("entities") {
        let label = e["label"].as_str().unwrap();
        if !NAME_LABELS.contains(&label) {
            continue;
        }
        total += 1;
        let start = byte_offset(text, e["start"].as_u64().unwrap() as usize);
        let end = byte_offset(text, e["end"].as_u64().unwrap() as usize);
        let mut allowed: Vec<Label> = vec![Label::from_name(label).unwrap()];
        for also in e["also"].as_array().into_iter().flatten() {
            allowed.extend(also.as_str().and_then(Label::from_name));
        }
        let hit = found
            .iter()
            .any(|a| a.span.start == start && a.span.end == end && allowed.contains(&a.label));
        if hit {
            hits += 1;
        } else {
            let got: Vec<String> = found
                .iter()
                .filter(|a| a.span.start < end && start < a.span.end)
                .map(|a| format!("{} {:?}", a.label, a.span.of(text)))
                .collect();
            missed.push(format!("{label} {:?} (got {got:?})", &text[start..end]));
        }
    }
    assert_eq!(total, 65);
    eprintln!("seed article: {hits} of {total} name mentions found");
    for m in &missed {
        eprintln!("  missed {m}");
    }
    assert!(
        hits >= FOUND_AT_LEAST,
        "found {hits} of {total}, below the floor {FOUND_AT_LEAST}"
    );
}
