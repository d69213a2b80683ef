//! The JavaScript API (feature `wasm`): the only file that says `wasm_bindgen`.
//!
//! `annotate(text, options?)` and `new Annotator(options?).annotate(text)` return plain objects
//! `{start, end, label, text, value?, score?}` whose `start`/`end` are **UTF-16 code units**, so
//! `text.slice(start, end)` is exact. Bad options throw a [`HighlitError`]: a JS `Error` whose
//! `kind` names the problem ([`BuildError::kind`]); annotating never throws.

use crate::annotation::{Label, Mention};
use crate::annotator::{self, BuildError, Options};
use crate::span::OffsetUnit;
use serde::Serialize;
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
        #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
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
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
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
#[wasm_bindgen]
pub fn labels() -> Vec<String> {
    Label::ALL.iter().map(|l| l.as_str().to_string()).collect()
}

/// What JS catches when the options are bad: a real `Error` whose `name` is `"HighlitError"`,
/// whose `message` is the [`BuildError`]'s `Display`, and whose `kind` is [`BuildError::kind`].
#[derive(Debug)]
pub struct HighlitError(pub BuildError);

impl From<HighlitError> for JsValue {
    fn from(HighlitError(e): HighlitError) -> JsValue {
        let error = js_sys::Error::new(&e.to_string());
        error.set_name("HighlitError");
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(
            &error,
            &JsValue::from_str("kind"),
            &JsValue::from_str(e.kind()),
        );
        error.into()
    }
}

fn build(options: JsValue) -> Result<annotator::Annotator, HighlitError> {
    let options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        read_options(options)?
    };
    annotator::Annotator::new(&options).map_err(HighlitError)
}

/// JS options → [`Options`]; unknown fields and wrong types are `InvalidOptions`. (Label
/// names are checked after, by [`annotator::Annotator::new`].)
///
/// The object goes through a JSON value first: serde-wasm-bindgen reads only the fields a
/// struct names, so `deny_unknown_fields` would not see a misspelt `lables` otherwise.
fn read_options(value: JsValue) -> Result<Options, HighlitError> {
    let invalid = |message: String| HighlitError(BuildError::InvalidOptions { message });
    let json: serde_json::Value =
        serde_wasm_bindgen::from_value(value).map_err(|e| invalid(e.to_string()))?;
    serde_json::from_value(json).map_err(|e| invalid(e.to_string()))
}

fn to_js(annotator: &annotator::Annotator, text: &str) -> Annotations {
    Annotations(Mention::all(
        text,
        annotator.annotate(text),
        OffsetUnit::Utf16,
    ))
}
