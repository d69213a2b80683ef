//! The seed article's numeric mentions, exactly: `../shared/golden/seed-article.json`.
//!
//! Checks only the number grammar's labels (DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL,
//! CARDINAL): every golden one is found with the same UTF-16 span and label, with the golden
//! value where the golden file gives one, and nothing else numeric is found. Names are the
//! name model's and not checked here. Without the shared file the test prints a notice and
//! passes, unless `HIGHLIT_REQUIRE_SHARED=1`.

mod common;

use highlit::{Annotator, Label, OffsetConverter, Options};
use serde_json::Value as Json;

const GOLDEN: &str = "../shared/golden/seed-article.json";

#[test]
fn seed_article_numeric_mentions_are_exact() {
    if common::shared(GOLDEN).is_none() {
        return;
    }
    let raw = std::fs::read_to_string(GOLDEN).expect("readable golden file");
    let golden: Json = serde_json::from_str(&raw).expect("golden file is JSON");
    assert_eq!(golden["offsets"], "utf-16", "golden offsets are UTF-16");
    let text = golden["text"].as_str().expect("golden text");

    // (start, end, label, value) in UTF-16 units.
    let expected: Vec<(u64, u64, Label, Option<Json>)> = golden["entities"]
        .as_array()
        .expect("golden entities")
        .iter()
        .filter_map(|e| {
            let label = Label::from_name(e["label"].as_str()?)?;
            (!label.is_name()).then(|| {
                let (s, t) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
                (s, t, label, e.get("value").cloned())
            })
        })
        .collect();
    assert_eq!(
        expected.len(),
        9,
        "the seed article has nine numeric mentions"
    );

    let annotator = Annotator::new(&Options::default()).unwrap();
    let mut conv = OffsetConverter::new(text);
    let found: Vec<(u64, u64, Label, Json)> = annotator
        .annotate(text)
        .into_iter()
        .filter(|a| !a.label.is_name())
        .map(|a| {
            let s = conv.utf16(a.span.start) as u64;
            let t = conv.utf16(a.span.end) as u64;
            (s, t, a.label, serde_json::to_value(&a.value).unwrap())
        })
        .collect();

    for (s, t, label, value) in &expected {
        let hit = found.iter().find(|f| (f.0, f.1, f.2) == (*s, *t, *label));
        let Some(hit) = hit else {
            panic!("missing {label} at {s}..{t}; found {found:?}");
        };
        if let Some(want) = value {
            // Numbers compare as numbers: 95000 and 95000.0 are the same value.
            let same = want
                .as_object()
                .unwrap()
                .iter()
                .all(|(k, v)| match (v, &hit.3[k]) {
                    (Json::Number(a), Json::Number(b)) => a.as_f64() == b.as_f64(),
                    (a, b) => a == b,
                })
                && hit.3.as_object().unwrap().len() == want.as_object().unwrap().len();
            assert!(same, "{label} at {s}..{t}: value {} ≠ golden {want}", hit.3);
        }
    }
    let extra: Vec<_> = found
        .iter()
        .filter(|f| !expected.iter().any(|e| (e.0, e.1, e.2) == (f.0, f.1, f.2)))
        .collect();
    assert!(
        extra.is_empty(),
        "numeric annotations not in the golden file: {extra:?}"
    );
}
