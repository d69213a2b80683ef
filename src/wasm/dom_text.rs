//! Reading a live element's text for `highlight`: its text nodes in document order, with the
//! subtrees a reader does not read as prose left out and block boundaries turned into breaks,
//! so that a sentence never runs from a heading into its paragraph.
//!
//! Only the tree, tag names and attributes are read: no `innerText`, no computed style, so
//! reading forces no layout. Every text node read becomes a [`Run`]: where its text sits in the
//! whole text, in **UTF-16 code units** (what JavaScript counts, and what `Text.data` is
//! sliced by), so marks can be cut from the node's own string.

use super::dom::dom;
use js_sys::JsString;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node, Text};

/// Always read as a whole element, with all it holds, as nothing: not prose on the page.
const INVISIBLE: &[&str] = &[
    "base", "head", "link", "meta", "noscript", "rp", "script", "style", "template", "title",
];

/// Always left out, as a word break: form controls, embedded and replaced content, graphics
/// (a `<mark>` in SVG or MathML would not render), ruby annotations.
const CONTROLS: &[&str] = &[
    "audio", "button", "canvas", "datalist", "embed", "iframe", "input", "math", "meter", "object",
    "optgroup", "option", "output", "progress", "rt", "select", "svg", "textarea", "video",
];

/// Elements whose edges are paragraph breaks (the block, list and table elements of HTML).
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "html",
    "legend",
    "li",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "plaintext",
    "pre",
    "search",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "xmp",
];

/// Blocks whose line breaks are line breaks (elsewhere HTML shows a line break as a space).
const PREFORMATTED: &[&str] = &["listing", "plaintext", "pre", "xmp"];

/// Left out unless the user's `skip` says otherwise.
pub(super) const DEFAULT_SKIP: &str = "code, pre";

/// Editable regions are never changed: an editor owns its DOM.
const EDITABLE: &str = r#"[contenteditable]:not([contenteditable="false" i])"#;

/// One text node that was read.
pub(super) struct Run {
    /// The node.
    pub node: Text,
    /// Its data as it was read: what marks are cut from, and what `remove()` puts back.
    pub data: JsString,
    /// Where its text starts in the whole text, in UTF-16 code units.
    pub start: usize,
    /// Where it ends (exclusive), in UTF-16 code units.
    pub end: usize,
}

/// An element's text as read, and where each text node's part of it is.
#[derive(Default)]
pub(super) struct Reading {
    /// What is annotated: the text nodes' data in document order (outside preformatted
    /// blocks a line break reads as the space HTML shows), with breaks between blocks.
    pub text: String,
    /// The text nodes read, in document order, not overlapping.
    pub runs: Vec<Run>,
    /// `text`'s length in UTF-16 code units.
    len16: usize,
    /// The break owed before the next text.
    gap: Gap,
    /// How many preformatted blocks are open.
    preformatted: usize,
}

/// What separates two pieces of text, weakest first; adjacent gaps keep the strongest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    #[default]
    None,
    Space,
    Line,
    Paragraph,
}

/// What reading does with an element.
enum Step {
    /// Reads its children; `block` says whether its edges are paragraph breaks.
    Enter { block: bool, preformatted: bool },
    /// Leaves it out, with all it holds, leaving this gap in the text.
    Pass(Gap),
}

/// What reading asks of each element: the selector of what is left out besides the fixed
/// lists (editable regions and the user's `skip`), and the attribute that hides.
pub(super) struct Skip {
    selector: JsString,
    hidden: JsString,
}

impl Skip {
    /// Editable regions, and `skip` (a CSS selector list; blank for none).
    pub fn new(skip: &str) -> Skip {
        let selector = if skip.trim().is_empty() {
            EDITABLE.to_string()
        } else {
            format!("{EDITABLE}, {skip}")
        };
        Skip {
            selector: JsString::from(selector),
            hidden: JsString::from("hidden"),
        }
    }

    /// Whether the selector parses: `Element.matches` on `root` throws when it does not.
    pub fn check(&self, root: &Element) -> Result<(), JsValue> {
        dom(root).matches(&self.selector).map(|_| ())
    }
}

/// Whether `root` itself may be read: the fixed lists apply to it too, and nothing inside an
/// editable region is read; the user's `skip` applies below the root only.
pub(super) fn readable(root: &Element) -> bool {
    let editable = root.closest(EDITABLE).ok().flatten().is_some();
    !editable && matches!(step(root, &Skip::new("")), Step::Enter { .. })
}

/// Reads the text under `root`, leaving out what `skip` says (checked on `root` first).
pub(super) fn read(root: &Element, skip: &Skip) -> Reading {
    let mut reading = Reading::default();
    let mut open: Vec<(Element, bool, bool)> = Vec::new();
    let mut next = root.first_child();
    loop {
        let Some(node) = next else {
            let Some((element, block, preformatted)) = open.pop() else {
                break;
            };
            reading.leave(block, preformatted);
            next = element.next_sibling();
            continue;
        };
        next = match node.node_type() {
            Node::TEXT_NODE => {
                let after = node.next_sibling();
                reading.add(node.unchecked_into());
                after
            }
            Node::ELEMENT_NODE => {
                let element: Element = node.unchecked_into();
                match step(&element, skip) {
                    Step::Enter {
                        block,
                        preformatted,
                    } => {
                        reading.enter(block, preformatted);
                        let child = element.first_child();
                        open.push((element, block, preformatted));
                        child
                    }
                    Step::Pass(gap) => {
                        reading.owe(gap);
                        element.next_sibling()
                    }
                }
            }
            _ => node.next_sibling(),
        };
    }
    reading
}

/// What to do with `element`: by its name, its `hidden` attribute, then `skip`.
fn step(element: &Element, skip: &Skip) -> Step {
    let name = element.local_name();
    let name = name.as_str();
    if INVISIBLE.contains(&name) || dom(element).has_attribute(&skip.hidden) {
        return Step::Pass(Gap::None);
    }
    match name {
        "br" => return Step::Pass(Gap::Line),
        "hr" => return Step::Pass(Gap::Paragraph),
        "wbr" => return Step::Pass(Gap::None),
        _ if CONTROLS.contains(&name) => return Step::Pass(Gap::Space),
        _ => {}
    }
    let block = BLOCKS.contains(&name);
    // The selector was checked on the root, so it parses; a failure reads as "not skipped".
    if dom(element).matches(&skip.selector).unwrap_or(false) {
        return Step::Pass(if block { Gap::Paragraph } else { Gap::Space });
    }
    Step::Enter {
        block,
        preformatted: PREFORMATTED.contains(&name),
    }
}

impl Reading {
    fn enter(&mut self, block: bool, preformatted: bool) {
        if block {
            self.owe(Gap::Paragraph);
        }
        self.preformatted += usize::from(preformatted);
    }

    fn leave(&mut self, block: bool, preformatted: bool) {
        if block {
            self.owe(Gap::Paragraph);
        }
        self.preformatted -= usize::from(preformatted);
    }

    fn owe(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
    }

    /// Reads one text node. Blank nodes at a break (the indentation between blocks) are left
    /// out; every other node is kept whole, so its offsets map one to one into the text.
    fn add(&mut self, node: Text) {
        let data = dom(&node).data();
        let len16 = data.length() as usize;
        if len16 == 0 {
            return;
        }
        let own = String::from(&data);
        let blank = own.bytes().all(|b| b.is_ascii_whitespace());
        if blank && self.preformatted == 0 && (self.gap > Gap::None || self.text.is_empty()) {
            return;
        }
        if !self.text.is_empty() {
            let spaced = self.text.ends_with(|c: char| c.is_ascii_whitespace())
                || own.starts_with(|c: char| c.is_ascii_whitespace());
            let gap = match self.gap {
                Gap::None => "",
                Gap::Space if spaced => "",
                Gap::Space => " ",
                Gap::Line => "\n",
                Gap::Paragraph => "\n\n",
            };
            self.text.push_str(gap);
            self.len16 += gap.len();
        }
        self.gap = Gap::None;
        if self.preformatted > 0 {
            self.text.push_str(&own);
        } else {
            // Byte for byte (and so unit for unit): HTML shows a line break as a space.
            self.text.extend(
                own.chars()
                    .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
            );
        }
        let start = self.len16;
        self.len16 += len16;
        self.runs.push(Run {
            node,
            data,
            start,
            end: self.len16,
        });
    }
}
