//! The JS API under Node (wasm-bindgen-test's default runner).
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]
#[path = "common/news.rs"]
mod news;
mod wasm_common;

use js_sys::{Reflect, JSON};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// Node has no DOM: `highlight` throws a `HighlitError` of kind `NoDom`, whatever it is given.
#[wasm_bindgen_test]
fn highlight_without_a_dom_throws_no_dom() {
    let given = [
        JsValue::UNDEFINED,
        JSON::parse("{}").unwrap(),
        "article".into(),
    ];
    for element in given {
        let Err(e) = highlit::wasm::highlight(element, JsValue::UNDEFINED) else {
            panic!("highlight worked without a DOM")
        };
        let error: JsValue = e.into();
        let kind = Reflect::get(&error, &"kind".into()).unwrap();
        assert_eq!(kind.as_string().as_deref(), Some("NoDom"));
    }
}
