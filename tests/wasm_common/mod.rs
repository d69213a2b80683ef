//! wasm-bindgen tests shared by the Node run (`wasm_node.rs`) and the browser run
//! (`wasm_browser.rs`): the JS API as JavaScript sees it.

use crate::news;

use highlit::wasm::{annotate as js_annotate, Annotator, HighlitError};
use highlit::Mention;
use js_sys::{JsString, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// What JS receives from `annotate`, read back into Rust: `.0` is the mentions.
struct Found(Vec<Mention>);

/// The annotations as JS receives them, read back into Rust.
fn mentions(value: JsValue) -> Vec<Mention> {
    serde_wasm_bindgen::from_value(value).expect("an array of mentions")
}

/// `annotate(text, options)` called with a JS string, as JavaScript calls it.
fn annotate(text: &str, options: JsValue) -> Result<Found, HighlitError> {
    js_annotate(&JsValue::from_str(text), options).map(|v| Found(mentions(v)))
}

/// `annotator.annotate(text)` called with a JS string, as JavaScript calls it.
fn annotate_with(annotator: &Annotator, text: &str) -> Vec<Mention> {
    mentions(annotator.annotate(&JsValue::from_str(text)).unwrap())
}

fn js_options(json: &str) -> JsValue {
    JSON::parse(json).expect("test options are JSON")
}

fn error_kind(result: Result<impl Sized, highlit::wasm::HighlitError>) -> (String, String) {
    let Err(e) = result else {
        panic!("expected an error")
    };
    let value: JsValue = e.into();
    let error: &js_sys::Error = value.dyn_ref().expect("a real Error object");
    let kind = Reflect::get(&value, &"kind".into())
        .unwrap()
        .as_string()
        .unwrap();
    (kind, String::from(error.name()))
}

#[wasm_bindgen_test]
fn offsets_are_utf16_code_units_so_js_slice_is_exact() {
    let text = "😀 Ⅻ e\u{301}\r\n\u{a0}over 95,000 in February 2022 😀😀 $5";
    let js = JsString::from(text);
    let found = annotate(text, JsValue::UNDEFINED).unwrap().0;
    assert_eq!(found.len(), 3);
    for m in &found {
        assert_eq!(String::from(js.slice(m.start as u32, m.end as u32)), m.text);
    }
    assert_eq!(found[0].text, "over 95,000");
    assert_eq!(
        found[2].value.as_ref().unwrap().currency.as_deref(),
        Some("USD")
    );
}

#[wasm_bindgen_test]
fn results_are_plain_objects() {
    let value = js_annotate(&JsValue::from_str("about 20%"), JsValue::UNDEFINED).unwrap();
    let first = js_sys::Array::from(&value).get(0);
    let json = String::from(JSON::stringify(&first).unwrap());
    assert_eq!(
        json,
        r#"{"start":0,"end":9,"label":"PERCENT","text":"about 20%","value":{"number":20,"approx":true}}"#
    );
}

#[wasm_bindgen_test]
fn values_are_the_objects_serde_makes() {
    // Every field of a value, some together: their order and contents as serde-wasm-bindgen
    // writes them (`JSON.stringify` keeps the order of properties).
    let text = "Over 95,000 paid $3.5 million, about 20% more, for 10-15 km and 2.5 kg, \
                at least 7, on Friday, last week, 21.03.2025 and three years ago.";
    let options = js_options(r#"{"referenceDate":"2026-11-29"}"#);
    let value = js_annotate(&JsValue::from_str(text), options).unwrap();
    let found = js_sys::Array::from(&value);
    let stringify = |v: &JsValue| String::from(JSON::stringify(v).unwrap());
    let mut fields = std::collections::HashSet::new();
    for m in found.iter() {
        let js = Reflect::get(&m, &"value".into()).unwrap();
        if js.is_undefined() {
            continue;
        }
        let read: highlit::Value = serde_wasm_bindgen::from_value(js.clone()).unwrap();
        let serde = serde_wasm_bindgen::to_value(&read).unwrap();
        assert_eq!(stringify(&js), stringify(&serde));
        fields.extend(
            js_sys::Object::keys(js.unchecked_ref::<js_sys::Object>())
                .iter()
                .filter_map(|k| k.as_string()),
        );
    }
    let every = "number bound approx currency unit iso weekday from to relative";
    for field in every.split(' ') {
        assert!(
            fields.contains(field),
            "no value here has {field}: {fields:?}"
        );
    }
}

#[wasm_bindgen_test]
fn options_filter_labels() {
    let found = annotate("5% on Friday", js_options(r#"{"labels":["DATE"]}"#))
        .unwrap()
        .0;
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "Friday");
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_with_a_kind() {
    let (kind, name) = error_kind(annotate("x", js_options(r#"{"labels":["PLACE"]}"#)));
    assert_eq!(
        (kind.as_str(), name.as_str()),
        ("UnknownLabel", "HighlitError")
    );
    let (kind, _) = error_kind(annotate("x", js_options(r#"{"lables":["DATE"]}"#)));
    assert_eq!(kind, "InvalidOptions");
    let (kind, _) = error_kind(annotate("x", js_options(r#"{"labels":"DATE"}"#)));
    assert_eq!(kind, "InvalidOptions");
    let (kind, _) = error_kind(annotate(
        "x",
        js_options(r#"{"referenceDate":"2026-13-01"}"#),
    ));
    assert_eq!(kind, "InvalidReferenceDate");
    let (kind, _) = error_kind(Annotator::new(js_options("42")));
    assert_eq!(kind, "InvalidOptions");
    let (kind, _) = error_kind(Annotator::new(js_options(
        r#"{"gazetteer":{"DATE":["Friday"]}}"#,
    )));
    assert_eq!(kind, "InvalidGazetteerLabel");
}

#[wasm_bindgen_test]
fn an_annotator_is_reusable() {
    let annotator = Annotator::new(js_options(r#"{"labels":["CARDINAL"]}"#)).unwrap();
    assert_eq!(annotate_with(&annotator, "43,000 and 12").len(), 2);
    assert_eq!(annotate_with(&annotator, "").len(), 0);
    assert_eq!(annotate_with(&annotator, "no numbers").len(), 0);
}

#[wasm_bindgen_test]
fn odd_input_never_throws() {
    let binary: String = (0u32..0x800).filter_map(char::from_u32).collect();
    annotate(&binary, JsValue::UNDEFINED).unwrap();
    annotate(&"9".repeat(200_000), JsValue::NULL).unwrap();
    annotate("<mark>5</mark>", JsValue::UNDEFINED).unwrap();
}

#[wasm_bindgen_test]
fn lone_surrogates_read_as_replacement_characters() {
    // A JS string may hold halves of surrogate pairs alone; the core reads each as U+FFFD,
    // one UTF-16 unit for one, so offsets around them stay exact. Short and long (read in
    // windows), at the start, inside and at the end.
    let text = "\u{fffd}Angela Merkel paid $5 \u{fffd} on May 5, 2024 😀 in Berlin \u{fffd}\n";
    let mut units: Vec<u16> = text.encode_utf16().collect();
    // Lone halves where the text has U+FFFD: a high one, a low one, a high one.
    let lone = [0xD800, 0xDC00, 0xD83D];
    for (slot, half) in units.iter_mut().filter(|x| **x == 0xFFFD).zip(lone) {
        *slot = half;
    }
    let one = JsString::from_char_code(&units);
    for repeat in [1, 12_000] {
        let js = JsValue::from(one.repeat(repeat as i32));
        let plain = text.repeat(repeat);
        let found = mentions(js_annotate(&js, JsValue::UNDEFINED).unwrap());
        let want = annotate(&plain, JsValue::UNDEFINED).unwrap().0;
        assert!(found.len() >= 4 * repeat, "{repeat}: {found:?}");
        assert_eq!(found, want, "{repeat} copies");
    }
}

#[wasm_bindgen_test]
fn a_mention_holding_a_lone_surrogate_has_the_replacement_character_in_its_text() {
    // A mention's text is the text the core read, where a lone half of a surrogate pair is
    // U+FFFD, not a slice of the JS string, which holds the half; elsewhere it is the slice.
    let mut units: Vec<u16> = "Angela Merkel met Emmanuel Macron in Paris."
        .encode_utf16()
        .collect();
    units.insert(6, 0xD800);
    let found = js_annotate(&JsString::from_char_code(&units).into(), JsValue::UNDEFINED).unwrap();
    let code_units = |k: u32| -> Vec<u16> {
        let m = js_sys::Array::from(&found).get(k);
        let text: JsString = Reflect::get(&m, &"text".into()).unwrap().unchecked_into();
        (0..text.length())
            .map(|i| text.char_code_at(i) as u16)
            .collect()
    };
    let mut want: Vec<u16> = "Angela Merkel".encode_utf16().collect();
    want.insert(6, 0xFFFD);
    assert_eq!(code_units(0), want);
    let want: Vec<u16> = "Emmanuel Macron".encode_utf16().collect();
    assert_eq!(code_units(1), want);
}

#[wasm_bindgen_test]
fn one_annotator_reads_each_text_as_a_fresh_one_does() {
    // Many texts through one annotator, one of them long enough to fill the model's kept
    // sums: each must come out as a fresh annotator gives it, scores to the bit.
    let shared = Annotator::new(JsValue::UNDEFINED).unwrap();
    let mut texts: Vec<String> = (0..30)
        .map(|s| news::news(s, 1 + s as usize % 20))
        .collect();
    texts.insert(10, news::many_forms(5, 15_000));
    let bits = |found: &[highlit::Mention]| -> Vec<Option<u32>> {
        found.iter().map(|m| m.score.map(f32::to_bits)).collect()
    };
    for (k, text) in texts.iter().enumerate() {
        let kept = annotate_with(&shared, text);
        let fresh = annotate_with(&Annotator::new(JsValue::UNDEFINED).unwrap(), text);
        assert_eq!(kept, fresh, "text {k}");
        assert_eq!(bits(&kept), bits(&fresh), "text {k}");
    }
}

#[wasm_bindgen_test]
fn reference_dates_resolve_in_js_as_natively() {
    // A date, and `auto`: the article's dateline; `articleDate` says which, in UTF-16 units.
    let text = "😀\nKYIV, Nov. 9, 2026 (Reuters) - Talks ended on Friday and resume on Monday.";
    let iso = |options: &str, word: &str| {
        let found = annotate(text, js_options(options)).unwrap().0;
        let m = found.iter().find(|m| m.text == word).unwrap().clone();
        m.value.unwrap().iso
    };
    let on_date = r#"{"labels":["DATE"],"referenceDate":"2026-11-09"}"#;
    assert_eq!(iso(on_date, "Friday").as_deref(), Some("2026-11-06"));
    assert_eq!(iso(on_date, "Monday").as_deref(), Some("2026-11-09"));
    let auto = r#"{"labels":["DATE"],"referenceDate":"auto"}"#;
    assert_eq!(iso(auto, "Friday"), iso(on_date, "Friday"));
    assert_eq!(iso(r#"{"labels":["DATE"]}"#, "Friday"), None);
    let stated = highlit::wasm::article_date("😀\nKYIV, Nov. 9, 2026 (Reuters) - x");
    let json = String::from(JSON::stringify(&stated).unwrap());
    assert_eq!(
        json,
        r#"{"start":9,"end":21,"text":"Nov. 9, 2026","iso":"2026-11-09","source":"dateline"}"#
    );
    assert!(highlit::wasm::article_date("No date here.").is_undefined());
}
