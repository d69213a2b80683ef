//! The JS API in headless Chromium (needs CHROMEDRIVER).
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
#[path = "common/news.rs"]
mod news;
mod wasm_common;
mod wasm_dom;
