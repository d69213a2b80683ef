//! Golden test: every name mention (PERSON, ORG, LOC, MISC) of the seed article
//! (`../shared/golden/seed-article.json`, UTF-16 offsets) is found with the same span and a
//! label the file allows (its `label` or one of its `also`). It guards the names of the one
//! real article the product was built for: a retrained model, a feature or a tokenizer change
//! that loses any of its 65 mentions fails here. The article's numbers are checked by
//! `golden_numbers.rs`; names found beyond the file's are not checked.
//!
//! The file lives outside the repository. Without it the test prints a notice and passes,
//! unless `HIGHLIT_REQUIRE_SHARED=1`, when it fails.

mod common;

use highlit::{Annotator, Label, Options};
use serde_json::Value;

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
fn every_name_mention_of_the_seed_article_is_found() {
    let Some(path) = common::shared("../shared/golden/seed-article.json") else {
        return;
    };
    let raw = std::fs::read_to_string(path).expect("readable seed article");
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
        if !hit {
            let got: Vec<String> = found
                .iter()
                .filter(|a| a.span.start < end && start < a.span.end)
                .map(|a| format!("{} {:?}", a.label, a.span.of(text)))
                .collect();
            missed.push(format!("{label} {:?} (got {got:?})", &text[start..end]));
        }
    }
    assert_eq!(total, 65, "the golden file's name mentions");
    assert!(
        missed.is_empty(),
        "{} of {total} name mentions missed:\n  {}",
        missed.len(),
        missed.join("\n  ")
    );
}
