//! `highlight(element, options?)`: annotates a live element's text and marks it in place.
//!
//! Reading is [`dom_text`](super::dom_text), marking [`wrap`](super::wrap); this file holds
//! the JS-facing pieces: the options, the returned handle ([`Highlight`]) and the registry
//! that makes highlighting an element again replace what was there.

use super::dom_text::{self, DEFAULT_SKIP};
use super::wrap::{self, MarkStyle, Wrapping};
use super::{build_from, read_options_with, Annotations, HighlitError};
use crate::annotation::Mention;
use crate::span::OffsetUnit;
use js_sys::{JsString, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

#[wasm_bindgen(typescript_custom_section)]
const HIGHLIGHT_TYPES: &str = r#"
/**
 * What `highlight` takes: a DOM `Element` where TypeScript has the DOM's types (its `dom`
 * lib, the default), and `never` where it has not (Node without DOM types): there is no
 * element to pass there, and `highlight` throws a `HighlitError` of kind `"NoDom"`.
 */
export type HighlightRoot = typeof globalThis extends { Element: { prototype: infer E } } ? E : never;

/** What `highlight` takes: the annotator's options, and what to leave out or make focusable. */
export interface HighlightOptions extends Options {
    /**
     * A CSS selector: elements under the root that match it are left out with all they hold.
     * Default `"code, pre"`; `""` reads them. Always left out: scripts, styles, templates,
     * `noscript`, form controls, embedded content and graphics (`iframe`, `svg`, …), ruby
     * annotations, `[hidden]` and editable regions.
     */
    skip?: string;
    /** Gives each annotation's first mark `tabindex="0"`, so the keyboard reaches it (default `false`). */
    focusable?: boolean;
}
"#;

/// What `highlight` returns: the text it read, its annotations, and `remove()`.
#[wasm_bindgen]
pub struct Highlight {
    text: JsString,
    annotations: JsValue,
    wrapping: Rc<RefCell<Option<Wrapping>>>,
}

#[wasm_bindgen]
impl Highlight {
    /// The text as read from the element: its text nodes in document order (left-out
    /// elements left out, a line break outside `pre` read as the space HTML shows), with a
    /// blank line between blocks and a line break for `<br>`. This is what was annotated.
    #[wasm_bindgen(getter)]
    pub fn text(&self) -> JsString {
        self.text.clone()
    }

    /// The annotations of `text`, as `annotate(h.text)` gives them: offsets are UTF-16 code
    /// units into `text`, and mark `data-id` *n* shows `annotations[n]` (where the page has a
    /// line break outside `pre`, the annotation's `text` has the space it was read as).
    #[wasm_bindgen(getter, unchecked_return_type = "Mention[]")]
    pub fn annotations(&self) -> JsValue {
        self.annotations.clone()
    }

    /// Takes the marks out and puts every text node back, so the element's `innerHTML` is what
    /// it was before `highlight`. Calling it again does nothing. (`free()` only lets go of this
    /// handle: the marks stay until `remove()`, or until the element is highlighted again.)
    pub fn remove(&self) {
        if let Some(wrapping) = self.wrapping.borrow_mut().take() {
            wrapping.undo();
        }
    }
}

thread_local! {
    /// Highlightings not yet removed, so that highlighting an element again replaces them.
    static LIVE: RefCell<Vec<Rc<RefCell<Option<Wrapping>>>>> = const { RefCell::new(Vec::new()) };
}

/// Highlights `element` in place: reads its text, annotates it, and wraps each annotation in
/// `<mark class="highlit" data-label data-id>` (one mark per text node it covers, all with
/// its `data-id`). Existing elements are never moved, cloned or given attributes. Any earlier
/// highlighting of this element, inside it or around it is removed first. Throws a
/// `HighlitError`: kind `"NoDom"` where there is no DOM (Node), `"NotAnElement"` when given
/// something else, or the options' kinds, `"InvalidOptions"` for a bad `skip` selector.
#[wasm_bindgen]
pub fn highlight(
    #[wasm_bindgen(unchecked_param_type = "HighlightRoot")] element: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "HighlightOptions")] options: JsValue,
) -> Result<Highlight, HighlitError> {
    let root = element_of(element)?;
    let (annotator, skip, style) = read_options(options)?;
    let skip_list = dom_text::Skip::new(&skip);
    if let Err(e) = skip_list.check(&root) {
        let why = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()));
        return Err(HighlitError::invalid_options(format!(
            "skip {skip:?} is not a CSS selector list: {}",
            why.unwrap_or_default()
        )));
    }
    replace_overlapping(&root);
    let reading = if dom_text::readable(&root) {
        dom_text::read(&root, &skip_list)
    } else {
        dom_text::Reading::default()
    };
    let mentions = Mention::all(
        &reading.text,
        annotator.annotate(&reading.text),
        OffsetUnit::Utf16,
    );
    let wrapping = wrap::wrap(root, &reading.runs, &mentions, &style);
    let wrapping = Rc::new(RefCell::new(Some(wrapping)));
    LIVE.with_borrow_mut(|live| live.push(wrapping.clone()));
    Ok(Highlight {
        text: JsString::from(reading.text),
        annotations: Annotations(mentions).into(),
        wrapping,
    })
}

/// `value` as an element: anything whose `nodeType` is 1 (an element of any window or DOM
/// implementation; the DOM calls are made on the object itself).
fn element_of(value: JsValue) -> Result<Element, HighlitError> {
    let node_type = Reflect::get(&value, &JsValue::from_str("nodeType")).ok();
    if value.is_object() && node_type.and_then(|t| t.as_f64()) == Some(1.0) {
        return Ok(value.unchecked_into());
    }
    let document = Reflect::get(&js_sys::global(), &JsValue::from_str("document"));
    if document.map_or(true, |d| d.is_undefined()) {
        return Err(HighlitError::new(
            "NoDom",
            "highlight() needs a DOM, and there is none here (Node?): annotate(text) works anywhere",
        ));
    }
    Err(HighlitError::new(
        "NotAnElement",
        "highlight() takes a DOM Element (document.querySelector(\"article\"), for one)",
    ))
}

/// The annotator and the DOM options: `skip` and `focusable` are read here, the rest are the
/// annotator's [`crate::Options`] (so a misspelt field is still an error).
fn read_options(
    value: JsValue,
) -> Result<(crate::annotator::Annotator, String, MarkStyle), HighlitError> {
    let mut skip = DEFAULT_SKIP.to_string();
    let mut style = MarkStyle { focusable: false };
    if value.is_undefined() || value.is_null() {
        return Ok((build_from(Default::default())?, skip, style));
    }
    if value.is_object() {
        let field = |name: &str| {
            Reflect::get(&value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
        };
        let given = field("skip");
        if !given.is_undefined() {
            skip = given.as_string().ok_or_else(|| {
                HighlitError::invalid_options("skip: expected a CSS selector string")
            })?;
        }
        let given = field("focusable");
        if !given.is_undefined() {
            style.focusable = given
                .as_bool()
                .ok_or_else(|| HighlitError::invalid_options("focusable: expected a boolean"))?;
        }
    }
    let options = read_options_with(&value, &["skip", "focusable"])?;
    Ok((build_from(options)?, skip, style))
}

/// Removes the live highlightings that overlap `root` (the same element, one inside it, or
/// one around it), and forgets those removed, or detached and no longer held by JS.
fn replace_overlapping(root: &Element) {
    LIVE.with_borrow_mut(|live| {
        live.retain(|entry| {
            let mut slot = entry.borrow_mut();
            let Some(wrapping) = slot.as_ref() else {
                return false;
            };
            let other = &wrapping.root;
            if root.contains(Some(other)) || other.contains(Some(root)) {
                if let Some(wrapping) = slot.take() {
                    wrapping.undo();
                }
                return false;
            }
            Rc::strong_count(entry) > 1 || other.is_connected()
        })
    });
}
