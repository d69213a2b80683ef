//! The JS API under Node (wasm-bindgen-test's default runner).
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]
mod wasm_common;
