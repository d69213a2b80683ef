//! The JavaScript API (feature `wasm`): the only module that says `wasm_bindgen` or `web_sys`.
//!
//! - `annotate(text, options?)` and `new Annotator(options?).annotate(text)` return plain
//!   objects `{start, end, label, text, value?, score?}` whose `start`/`end` are **UTF-16 code
//!   units**, so `text.slice(start, end)` is exact.
//!   `mentions.rs` makes them, one call into JS each.
//! - `highlight(element, options?)` ([`highlight`](highlight())) reads a live DOM element's text,
//!   annotates it and wraps each annotation in `<mark class="highlit">` in place; `remove()`
//!   restores the element. The DOM work is in `dom_text.rs` (reading) and `wrap.rs` (marks).
//!
//! Bad options throw a [`HighlitError`]: a JS `Error` whose `kind` names the problem
//! ([`BuildError::kind`], or a DOM kind of `highlight`'s); annotating a string never throws
//! (a value that is not a string throws `NotText`).

mod dom;
mod dom_text;
mod highlight;
mod mentions;
mod wrap;

pub use highlight::{highlight, Highlight};

use crate::annotation::{Label, Mention};
use crate::annotator::{self, BuildError, Options};
use crate::parts;
use crate::span::OffsetUnit;
use js_sys::JsString;
use serde::Serialize;
use std::cell::RefCell;
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

    /// Annotates `text`. Offsets are UTF-16 code units. Throws only when `text` is not a
    /// string (`kind` `"NotText"`); any string gives a result.
    #[wasm_bindgen(unchecked_return_type = "Annotations")]
    pub fn annotate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue,
    ) -> Result<JsValue, HighlitError> {
        Ok(to_js(&self.inner, as_text(text)?))
    }
}

thread_local! {
    /// The annotator `annotate(text)` without options uses, built at its first call and kept
    /// (its weight sums are exact, so what it annotated before changes no result).
    static DEFAULT: annotator::Annotator = annotator::Annotator::default();
    /// The annotator last built from options by `annotate(text, options)`, with the options
    /// it was built from, so the same options in a loop build once (a gazetteer especially).
    static LAST: RefCell<Option<(Options, annotator::Annotator)>> = const { RefCell::new(None) };
}

/// Annotates `text` with every label, or as `options` say. Offsets are UTF-16 code units;
/// throws only when the options are bad or `text` is not a string (`kind` `"NotText"`).
/// Reuses a default annotator when there are no options, and the last one built when the
/// options are the same as the last call's; the result is what a fresh `Annotator` gives,
/// whatever was annotated before.
#[wasm_bindgen(unchecked_return_type = "Annotations")]
pub fn annotate(
    #[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Options")] options: JsValue,
) -> Result<JsValue, HighlitError> {
    let text = as_text(text)?;
    if options.is_undefined() || options.is_null() {
        return Ok(DEFAULT.with(|a| to_js(a, text)));
    }
    let options = read_options(options)?;
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        match &*last {
            Some((built_from, a)) if *built_from == options => Ok(to_js(a, text)),
            _ => {
                let a = annotator::Annotator::new(&options)?;
                let found = to_js(&a, text);
                *last = Some((options, a));
                Ok(found)
            }
        }
    })
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
/// stable name for it: [`BuildError::kind`], `"NotText"` from `annotate` given no string, or
/// `"NoDom"` / `"NotAnElement"` from `highlight`.
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
fn read_options(value: JsValue) -> Result<Options, HighlitError> {
    read_options_with(&value, &[])
}

/// [`read_options`] for a caller that reads the fields `extra` itself (`highlight`'s `skip`).
///
/// serde-wasm-bindgen reads only the fields a struct names, so `deny_unknown_fields` would not
/// see a misspelt `lables`: the object's own keys are checked against [`Options::FIELDS`]
/// first. (Reading the object through a JSON value would check them too, and cost the
/// shipped module 24 KB gzipped of JSON code.)
fn read_options_with(value: &JsValue, extra: &[&str]) -> Result<Options, HighlitError> {
    if let Some(object) = value.dyn_ref::<js_sys::Object>() {
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !Options::FIELDS.contains(&key.as_str()) && !extra.contains(&key.as_str()) {
                let known: Vec<String> = Options::FIELDS
                    .iter()
                    .chain(extra)
                    .map(|f| format!("`{f}`"))
                    .collect();
                return Err(HighlitError::invalid_options(format!(
                    "unknown field `{key}`, expected one of {}",
                    known.join(", ")
                )));
            }
        }
    }
    serde_wasm_bindgen::from_value(value.clone()).map_err(HighlitError::invalid_options)
}

/// `value` as a JS string, or the `NotText` error.
fn as_text(value: &JsValue) -> Result<&JsString, HighlitError> {
    value
        .dyn_ref::<JsString>()
        .ok_or_else(|| HighlitError::new("NotText", "annotate takes a string"))
}

#[wasm_bindgen]
extern "C" {
    /// The engine's `TextEncoder`.
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    /// What `encodeInto` did.
    type EncodeResult;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, text: &JsString, into: &js_sys::Uint8Array) -> EncodeResult;
    /// How many bytes it wrote.
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeResult) -> u32;
}

/// `text` as UTF-8, a lone surrogate as U+FFFD: what wasm-bindgen's own conversion gives, but
/// written by the engine's `TextEncoder` straight into wasm memory. wasm-bindgen's copies the
/// ASCII characters in a JavaScript loop, which V8 optimises while the first long text is
/// copied and then, in some runs, deoptimises on every later call (1,500 bailouts over the
/// first-sight documents, a fifth of their time).
fn utf8_of(text: &JsString) -> String {
    thread_local! {
        static ENCODER: TextEncoder = TextEncoder::new();
    }
    // At most three bytes a UTF-16 code unit.
    let room = text.length() as usize * 3;
    let mut bytes = vec![0u8; room];
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    let into = js_sys::Uint8Array::new_with_byte_offset_and_length(
        &memory.buffer(),
        bytes.as_mut_ptr() as u32,
        room as u32,
    );
    let written = ENCODER.with(|e| e.encode_into(text, &into).written());
    bytes.truncate(written as usize);
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// How much of a JS string is copied into wasm memory at a time, in UTF-16 code units: more
/// than twice a part's bytes, so each window holds a whole part ([`parts::first_part_len`]).
const WINDOW_UTF16: u32 = 2 * parts::PART_BYTES as u32 + 2;

/// The annotations of `text` as a JS array, offsets in UTF-16 code units. A text of one part
/// ([`crate::parts`]) is read whole; a longer one is copied into wasm memory a window at a
/// time (a whole copy would take its UTF-8 bytes, and three times its length while copying)
/// and read part by part, each part's annotations going to JS as it is done, so that wasm
/// memory holds one part's work, not the whole text's. The parts are those the native crate
/// cuts, so the result is the native one.
fn to_js(annotator: &annotator::Annotator, text: &JsString) -> JsValue {
    let total_utf16 = text.length();
    let mut reader = annotator.part_reader();
    // The parts' annotations gathered, made only for a text of several parts (a JS call
    // that most texts, one part long, need not pay for).
    let mut all: Option<js_sys::Array> = None;
    let mut start_utf16 = 0;
    while start_utf16 < total_utf16 {
        let mut end_utf16 = total_utf16.min(start_utf16 + WINDOW_UTF16);
        // Never between the halves of a surrogate pair.
        if end_utf16 < total_utf16
            && (0xD800..0xDC00).contains(&(text.char_code_at(end_utf16 - 1) as u32))
        {
            end_utf16 -= 1;
        }
        let window = if start_utf16 == 0 && end_utf16 == total_utf16 {
            utf8_of(text)
        } else {
            utf8_of(&text.slice(start_utf16, end_utf16))
        };
        let part =
            &window[..parts::first_part_len(&window, parts::PART_BYTES, end_utf16 == total_utf16)];
        let mut found = Mention::all(part, reader.read(part), OffsetUnit::Utf16);
        // A mention's text is its slice of the JS string unless the part holds a U+FFFD,
        // which may stand for a lone surrogate there.
        let source: Option<&JsValue> = (!part.contains('\u{FFFD}')).then_some(text.as_ref());
        if start_utf16 == 0 && part.len() == window.len() && end_utf16 == total_utf16 {
            return mentions::to_array(&found, source).into();
        }
        for m in &mut found {
            m.start += start_utf16 as usize;
            m.end += start_utf16 as usize;
        }
        let part_js = mentions::to_array(&found, source);
        all = Some(match all {
            Some(all) => all.concat(&part_js),
            None => part_js,
        });
        start_utf16 += part.encode_utf16().count() as u32;
    }
    all.unwrap_or_default().into()
}
