//! The annotations as the plain objects JavaScript receives, `{start, end, label, text,
//! value?, score?}` (offsets in UTF-16 code units), each made by one call into JS.
//!
//! serde-wasm-bindgen builds an object a property at a time, and decodes each text from wasm
//! memory with a `TextDecoder`: about ten calls between wasm and JS a name, a microsecond in
//! Node, near a tenth of the first-sight time. Here a small JS function makes each object from
//! its fields in one call (an object literal, so that every mention has the same shape), its
//! text a slice of the JS string annotated where that is exact; a number's `value` is made by
//! another in one call too, where serde-wasm-bindgen set each field with a call of its own
//! and made a JS value for each number (in a wasm profile of the first-sight documents, about
//! 4 % of the time). The objects are those serde made, property order included.
//! (`scripts/build.sh` rewrites the JS as CommonJS for the node half.)

use crate::annotation::{whole_as_integer, Label, Mention, Value};
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
export function value(number, bound, approx, currency, unit, iso, weekday, from, to, offset, relative) {
  const v = {};
  if (number !== undefined) v.number = number;
  if (bound !== undefined) v.bound = bound;
  if (approx !== undefined) v.approx = approx;
  if (currency !== undefined) v.currency = currency;
  if (unit !== undefined) v.unit = unit;
  if (iso !== undefined) v.iso = iso;
  if (weekday !== undefined) v.weekday = weekday;
  if (from !== undefined) v.from = from;
  if (to !== undefined) v.to = to;
  if (relative !== undefined) v.relative = { offset, unit: relative };
  return v;
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
    /// A [`Value`] as a JS object, its fields in the struct's order, each left out when
    /// `undefined`; `relative` is the relative date's unit, with its `offset`.
    #[allow(clippy::too_many_arguments)]
    fn value(
        number: Option<f64>,
        bound: &JsValue,
        approx: Option<bool>,
        currency: Option<&str>,
        unit: Option<&str>,
        iso: Option<&str>,
        weekday: Option<u8>,
        from: Option<f64>,
        to: Option<f64>,
        offset: i32,
        relative: Option<&str>,
    ) -> JsValue;
}

/// `v` as the JS object serde-wasm-bindgen makes of it.
fn to_js_value(v: &Value) -> JsValue {
    // Every field named, so that a field added to `Value` fails to compile here until the JS
    // function above writes it too.
    let Value {
        number,
        bound,
        approx,
        currency,
        unit,
        iso,
        weekday,
        from,
        to,
        relative,
    } = v;
    // A whole number as the integer its serializer writes (`-0.0` is `0`).
    let number = number.map(|x| match whole_as_integer(x) {
        Some(n) => n as f64,
        None => x,
    });
    // A bound's name as serde spells it (rare: only after a qualifier).
    let bound = bound.map_or(JsValue::UNDEFINED, |b| {
        serde_wasm_bindgen::to_value(&b).unwrap_or(JsValue::UNDEFINED)
    });
    let relative = relative.as_ref();
    value(
        number,
        &bound,
        *approx,
        currency.as_deref(),
        unit.as_deref(),
        iso.as_deref(),
        *weekday,
        *from,
        *to,
        relative.map_or(0, |r| r.offset),
        relative.map(|r| r.unit.as_str()),
    )
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
            let value = m.value.as_ref().map_or(JsValue::UNDEFINED, to_js_value);
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
