//! The annotations as the plain objects JavaScript receives, `{start, end, label, text,
//! value?, score?}` (offsets in UTF-16 code units), each made by one call into JS.
//!
//! serde-wasm-bindgen builds an object a property at a time, and decodes each text from wasm
//! memory with a `TextDecoder`: about ten calls between wasm and JS a name, a microsecond in
//! Node, near a tenth of the first-sight time. Here a small JS function makes each object from
//! its fields in one call (an object literal, so that every mention has the same shape), its
//! text a slice of the JS string annotated where that is exact; a number's `value` is still
//! serialized by serde-wasm-bindgen. The objects are those serde made, property order
//! included. (`scripts/build.sh` rewrites the JS as CommonJS for the node half.)

use crate::annotation::{Label, Mention};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = "
export function mention(start, end, label, text, value, score) {
  const m = { start, end, label, text };
  if (value !== undefined) m.value = value;
  if (score !== undefined) m.score = score;
  return m;
}
export function mentionIn(source, start, end, label, value, score) {
  return mention(start, end, label, source.slice(start, end), value, score);
}
")]
extern "C" {
    /// One mention as a JS object; `value` is `undefined` when there is none.
    fn mention(
        start: f64,
        end: f64,
        label: &JsValue,
        text: &str,
        value: &JsValue,
        score: Option<f64>,
    ) -> JsValue;
    /// [`mention`] with its text sliced from `source`, the JS string annotated.
    #[wasm_bindgen(js_name = mentionIn)]
    fn mention_in(
        source: &JsValue,
        start: f64,
        end: f64,
        label: &JsValue,
        value: &JsValue,
        score: Option<f64>,
    ) -> JsValue;
}

/// `mentions` as a JS array of the objects serde-wasm-bindgen would make of them. With
/// `source`, the JS string their offsets are in, each text is its slice of `source`: the
/// caller passes it only where that is the mention's text, a string with no lone surrogate
/// (which the text in wasm holds as U+FFFD).
pub(crate) fn to_array(mentions: &[Mention], source: Option<&JsValue>) -> js_sys::Array {
    thread_local! {
        /// Each label's name as a JS string, made once, in the order of [`Label::ALL`].
        static LABELS: Vec<JsValue> =
            Label::ALL.iter().map(|l| JsValue::from_str(l.as_str())).collect();
    }
    let array = js_sys::Array::new();
    LABELS.with(|labels| {
        for m in mentions {
            let value = m.value.as_ref().map_or(JsValue::UNDEFINED, |v| {
                serde_wasm_bindgen::to_value(v).unwrap_or(JsValue::UNDEFINED)
            });
            let k = Label::ALL.iter().position(|&l| l == m.label).unwrap_or(0);
            let score = m.score.map(f64::from);
            let (start, end) = (m.start as f64, m.end as f64);
            array.push(&match source {
                Some(source) => mention_in(source, start, end, &labels[k], &value, score),
                None => mention(start, end, &labels[k], &m.text, &value, score),
            });
        }
    });
    array
}
