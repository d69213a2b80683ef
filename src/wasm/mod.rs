//! The JavaScript API (feature `wasm`): the only module that says `wasm_bindgen` or `web_sys`.
//!
//! - `annotate(text, options?)` and `new Annotator(options?).annotate(text)` return plain
//!   objects `{start, end, label, text, value?, score?}` whose `start`/`end` are **UTF-16 code
//!   units**, so `text.slice(start, end)` is exact.
//! - `highlight(element, options?)` ([`highlight`](highlight())) reads a live DOM element's text,
//!   annotates it and wraps each annotation in `<mark class="highlit">` in place; `remove()`
//!   restores the element. The DOM work is in `dom_text.rs` (reading) and `wrap.rs` (marks).
//!
//! Bad options throw a [`HighlitError`]: a JS `Error` whose `kind` names the problem
//! ([`BuildError::kind`], or a DOM kind of `highlight`'s); annotating never throws.

mod dom;
mod dom_text;
mod highlight;
mod wrap;

pub use highlight::{highlight, Highlight};

use crate::annotation::{Label, Mention};
use crate::annotator::{self, BuildError, Options};
use crate::span::OffsetUnit;
use serde::Serialize;
use std::fmt;
use tsify_next::Tsify;
use wasm_bindgen::prelude::*;

/// Annotations in text order, not overlapping.
#[derive(Serialize, Tsify, Clone, Debug, PartialEq)]
#[tsify(into_wasm_abi)]
pub struct Annotations(pub Vec<Mention>);

/// A reusable annotator: build once with options, annotate many texts.
#[wasm_bindgen]
pub struct Annotator {
    inner: annotator::Annotator,
}

#[wasm_bindgen]
impl Annotator {
    /// Builds an annotator; throws an `Error` with a `kind` when the options are bad.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
    ) -> Result<Annotator, HighlitError> {
        build(options).map(|inner| Annotator { inner })
    }

    /// Annotates `text`; never throws. Offsets are UTF-16 code units.
    pub fn annotate(&self, text: &str) -> Annotations {
        to_js(&self.inner, text)
    }
}

/// Annotates `text` with a one-off annotator built from `options`. Offsets are UTF-16 code
/// units; throws only when the options are bad.
#[wasm_bindgen]
pub fn annotate(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<Annotations, HighlitError> {
    Ok(to_js(&build(options)?, text))
}

/// The date `text` states for itself (a dateline, a `Published` line:
/// [`crate::numbers::article_date`]), which `referenceDate: "auto"` resolves against;
/// `undefined` when it states none. Offsets are UTF-16 code units.
#[wasm_bindgen(js_name = articleDate, unchecked_return_type = "ArticleDate | undefined")]
pub fn article_date(text: &str) -> JsValue {
    crate::numbers::article_date(text, OffsetUnit::Utf16)
        .and_then(|d| serde_wasm_bindgen::to_value(&d).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

/// The labels, in their fixed order.
#[wasm_bindgen(unchecked_return_type = "Label[]")]
pub fn labels() -> Vec<String> {
    Label::ALL.iter().map(|l| l.as_str().to_string()).collect()
}

/// What JS catches when the options are bad (or `highlight` has no element): a real `Error`
/// whose `name` is `"HighlitError"`, whose `message` says what is wrong, and whose `kind` is a
/// stable name for it: [`BuildError::kind`], or `"NoDom"` / `"NotAnElement"` from `highlight`.
#[derive(Debug)]
pub struct HighlitError {
    kind: &'static str,
    message: String,
}

impl HighlitError {
    /// An error of `kind` (a stable name JS reads as `error.kind`) saying `message`.
    fn new(kind: &'static str, message: impl Into<String>) -> Self {
        HighlitError {
            kind,
            message: message.into(),
        }
    }

    /// Options that could not be read.
    fn invalid_options(message: impl fmt::Display) -> Self {
        BuildError::InvalidOptions {
            message: message.to_string(),
        }
        .into()
    }

    /// The stable name of the kind of error (`"UnknownLabel"`, `"NoDom"`, …).
    pub fn kind(&self) -> &'static str {
        self.kind
    }
}

impl From<BuildError> for HighlitError {
    fn from(e: BuildError) -> Self {
        HighlitError::new(e.kind(), e.to_string())
    }
}

impl From<HighlitError> for JsValue {
    fn from(e: HighlitError) -> JsValue {
        let error = js_sys::Error::new(&e.message);
        error.set_name("HighlitError");
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(
            &error,
            &JsValue::from_str("kind"),
            &JsValue::from_str(e.kind),
        );
        error.into()
    }
}

fn build(options: JsValue) -> Result<annotator::Annotator, HighlitError> {
    if options.is_undefined() || options.is_null() {
        build_from(Options::default())
    } else {
        build_from(read_options(options)?)
    }
}

fn build_from(options: Options) -> Result<annotator::Annotator, HighlitError> {
    Ok(annotator::Annotator::new(&options)?)
}

/// JS options → [`Options`]; unknown fields and wrong types are `InvalidOptions`. (Label
/// names are checked after, by [`annotator::Annotator::new`].)
///
/// The object goes through a JSON value first: serde-wasm-bindgen reads only the fields a
/// struct names, so `deny_unknown_fields` would not see a misspelt `lables` otherwise.
fn read_options(value: JsValue) -> Result<Options, HighlitError> {
    options_from_json(options_json(value)?)
}

/// A JS options object as a JSON value (wrong types are `InvalidOptions`).
fn options_json(value: JsValue) -> Result<serde_json::Value, HighlitError> {
    serde_wasm_bindgen::from_value(value).map_err(HighlitError::invalid_options)
}

/// [`Options`] from a JSON value; unknown fields and wrong types are `InvalidOptions`.
fn options_from_json(json: serde_json::Value) -> Result<Options, HighlitError> {
    serde_json::from_value(json).map_err(HighlitError::invalid_options)
}

fn to_js(annotator: &annotator::Annotator, text: &str) -> Annotations {
    Annotations(Mention::all(
        text,
        annotator.annotate(text),
        OffsetUnit::Utf16,
    ))
}
