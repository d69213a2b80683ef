//! Wrapping annotations in `<mark>` elements inside the text nodes they cover, and undoing it.
//!
//! A text node that holds part of an annotation keeps its place and identity, holding the text
//! before the first mark (possibly none); the marks and the text between and after them are
//! new nodes inserted after it. An annotation that crosses inline markup (`<b>Vladimir</b>
//! Putin`) becomes one mark per text node, all with its `data-id`. No existing element is
//! moved, cloned or given an attribute. The pieces are cut from the node's own JS string by
//! UTF-16 offsets, so the text is kept to the code unit, and each node is cut in one pass
//! (`Text.splitText` once per cut would copy a long node's tail once per annotation in it).

use super::dom::dom;
use super::dom_text::Run;
use crate::annotation::{Label, Mention};
use js_sys::JsString;
use web_sys::{Document, DocumentFragment, Element, Node, Text};

/// What `highlight` changed under one element: enough to put it back exactly.
pub(super) struct Wrapping {
    /// The element highlighted.
    pub root: Element,
    changed: Vec<Changed>,
}

/// One text node cut into pieces.
struct Changed {
    node: Text,
    /// Its data before.
    data: JsString,
    /// The nodes inserted after it (marks and text), in document order.
    added: Vec<Node>,
}

/// How the marks are made.
pub(super) struct MarkStyle {
    /// Gives each annotation's first mark `tabindex="0"`.
    pub focusable: bool,
}

/// Wraps each of `mentions` (UTF-16 offsets into the text `runs` were read into, sorted, not
/// overlapping) in marks. DOM calls that fail (a page script's mutation handler may have moved
/// a node) leave that piece unwrapped; what was done is still recorded, so undoing is exact.
pub(super) fn wrap(
    root: Element,
    runs: &[Run],
    mentions: &[Mention],
    style: &MarkStyle,
) -> Wrapping {
    let mut wrapping = Wrapping {
        root,
        changed: Vec::new(),
    };
    let Some(document) = wrapping.root.owner_document() else {
        return wrapping;
    };
    let mut cut = Cutter {
        document,
        templates: Default::default(),
        data_id: JsString::from("data-id"),
        tabindex: JsString::from("tabindex"),
        focusable: style.focusable,
        next_first: 0,
    };
    let mut first = 0;
    for run in runs {
        while first < mentions.len() && mentions[first].end <= run.start {
            first += 1;
        }
        let parts: Vec<(usize, usize, usize)> = mentions[first..]
            .iter()
            .enumerate()
            .take_while(|(_, m)| m.start < run.end)
            .map(|(k, m)| (m.start.max(run.start), m.end.min(run.end), first + k))
            .filter(|&(a, b, _)| a < b)
            .map(|(a, b, id)| (a - run.start, b - run.start, id))
            .collect();
        if !parts.is_empty() {
            wrapping.changed.push(cut.run(run, &parts, mentions));
        }
    }
    wrapping
}

impl Wrapping {
    /// Puts every changed text node back as it was and takes out what was inserted, so the
    /// element's `innerHTML` is what it was before. Nodes a page script moved meanwhile are
    /// taken out wherever they are.
    pub fn undo(self) {
        for changed in self.changed {
            for node in &changed.added {
                dom(node).remove();
            }
            dom(&changed.node).set_data(&changed.data);
        }
    }
}

/// Cuts text nodes into plain pieces and marks.
struct Cutter {
    document: Document,
    /// A `<mark class="highlit" data-label>` per label, made at its first use and cloned.
    templates: [Option<Element>; Label::ALL.len()],
    data_id: JsString,
    tabindex: JsString,
    focusable: bool,
    /// The first annotation that has no mark yet.
    next_first: usize,
}

impl Cutter {
    /// Cuts `run`'s node at `parts` (node-local UTF-16 ranges with their annotation's index).
    fn run(&mut self, run: &Run, parts: &[(usize, usize, usize)], mentions: &[Mention]) -> Changed {
        let data = &run.data;
        let mut changed = Changed {
            node: run.node.clone(),
            data: data.clone(),
            added: Vec::new(),
        };
        let piece = |from: usize, to: usize| data.slice(from as u32, to as u32);
        let fragment = self.document.create_document_fragment();
        let mut at = parts[0].0;
        let head = piece(0, at);
        for &(start, end, id) in parts {
            if start > at {
                let text = self.text(&piece(at, start));
                add(&fragment, &mut changed, text.into());
            }
            let content = piece(start, end);
            let mark = self.mark(&content, mentions[id].label, id);
            let node = mark.unwrap_or_else(|| self.text(&content).into());
            add(&fragment, &mut changed, node);
            at = end;
        }
        if at < run.end - run.start {
            let tail = self.text(&piece(at, run.end - run.start));
            add(&fragment, &mut changed, tail.into());
        }
        let inserted = run.node.parent_node().is_some_and(|parent| {
            let after = run.node.next_sibling();
            parent.insert_before(&fragment, after.as_ref()).is_ok()
        });
        if inserted {
            dom(&run.node).set_data(&head);
        } else {
            changed.added.clear();
        }
        changed
    }

    fn text(&self, data: &JsString) -> Text {
        dom(&self.document).create_text_node(data)
    }

    /// `<mark class="highlit" data-label data-id>` holding `content`.
    fn mark(&mut self, content: &JsString, label: Label, id: usize) -> Option<Node> {
        let template = match &self.templates[label as usize] {
            Some(template) => template,
            None => {
                let template = self.document.create_element("mark").ok()?;
                template.set_class_name("highlit");
                template.set_attribute("data-label", label.as_str()).ok()?;
                self.templates[label as usize].insert(template)
            }
        };
        let mark = template.clone_node().ok()?;
        let marked = dom(&mark);
        marked.set_attribute_number(&self.data_id, id as u32);
        if self.focusable && id >= self.next_first {
            marked.set_attribute_number(&self.tabindex, 0);
        }
        self.next_first = self.next_first.max(id + 1);
        marked.set_text_content(content);
        Some(mark)
    }
}

/// Appends `node` to the pieces of one text node, keeping it to take out again.
fn add(fragment: &DocumentFragment, changed: &mut Changed, node: Node) {
    if fragment.append_child(&node).is_ok() {
        changed.added.push(node);
    }
}
