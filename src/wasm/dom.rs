//! DOM calls that take and give JS strings as they are, for what reading and marking do on
//! every node. web-sys's methods take `&str`, which JS decodes from UTF-8 on every call (a
//! third of the marking time on a large page), and give `String`, which replaces lone
//! surrogates; these take a [`JsString`] made once, or a number, and give the JS string.

use js_sys::JsString;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Text;

#[wasm_bindgen]
extern "C" {
    /// A DOM object seen through the calls below; each is called only on what has it.
    pub(super) type Dom;

    /// `CharacterData.data` (text nodes).
    #[wasm_bindgen(method, getter)]
    pub(super) fn data(this: &Dom) -> JsString;

    /// Sets `CharacterData.data` (text nodes).
    #[wasm_bindgen(method, setter)]
    pub(super) fn set_data(this: &Dom, data: &JsString);

    /// Sets `Node.textContent` (a new mark's text).
    #[wasm_bindgen(method, setter = textContent)]
    pub(super) fn set_text_content(this: &Dom, text: &JsString);

    /// `Document.createTextNode`.
    #[wasm_bindgen(method, js_name = createTextNode)]
    pub(super) fn create_text_node(this: &Dom, data: &JsString) -> Text;

    /// `Element.setAttribute` with a number, which the DOM writes in decimal.
    #[wasm_bindgen(method, js_name = setAttribute)]
    pub(super) fn set_attribute_number(this: &Dom, name: &JsString, value: u32);

    /// `Element.hasAttribute`.
    #[wasm_bindgen(method, js_name = hasAttribute)]
    pub(super) fn has_attribute(this: &Dom, name: &JsString) -> bool;

    /// `Element.matches`; throws on a selector that does not parse.
    #[wasm_bindgen(method, catch)]
    pub(super) fn matches(this: &Dom, selectors: &JsString) -> Result<bool, JsValue>;

    /// `ChildNode.remove` (elements and text nodes).
    #[wasm_bindgen(method)]
    pub(super) fn remove(this: &Dom);
}

/// `node` seen through the calls above.
pub(super) fn dom<T: JsCast>(node: &T) -> &Dom {
    node.unchecked_ref()
}
