//! Generated DOM trees for the `highlight` tests: news-like prose (`tests/common/news.rs`) in
//! blocks (paragraphs, headings, lists, tables, quotes, captions), cut at random by nested
//! inline markup (also inside words, and so across names), with emoji, combining marks,
//! right-to-left words, line breaks, comments, and subtrees that must not be read (scripts,
//! code, `[hidden]`, form controls, SVG) holding text that would be annotated if they were.
//! The same seed gives the same tree.

use crate::news::{news, Seeded};
use web_sys::{Document, Element};

/// A word that is in no skipped subtree's neighbour: found in `h.text` only if one was read.
pub const UNREAD: &str = "Qzxv";

/// Where skipped subtrees may be found, as a selector.
pub const SKIPPED: &str = "script, style, code, pre, [hidden], textarea, button, select, svg";

/// A generated tree, attached to the document's body.
pub struct Page {
    pub root: Element,
    /// The text a reader reads, with its whitespace: only its other characters are compared.
    pub visible: String,
}

pub fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh `<article>` in the body, with `html` inside (the tests' own markup).
pub fn article(html: &str) -> Element {
    let root = document().create_element("article").unwrap();
    root.set_inner_html(html);
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// The tree for `seed`.
pub fn page(seed: u64) -> Page {
    let mut gen = Gen {
        r: Seeded::new(seed),
        doc: document(),
        visible: String::new(),
        seed,
    };
    let root = article("");
    for b in 0..2 + gen.r.below(5) {
        gen.block(&root, b);
    }
    Page {
        root,
        visible: gen.visible,
    }
}

struct Gen {
    r: Seeded,
    doc: Document,
    visible: String,
    seed: u64,
}

const INLINE: &[&str] = &["b", "i", "em", "strong", "span", "a", "small", "q"];
const EXTRAS: &[&str] = &[
    "😀 ",
    "👍🏽 ",
    "🇺🇦 ",
    "Zoe\u{308} ",
    "cafe\u{301} ",
    "ירושלים ",
    "بغداد ",
    "\u{a0}",
    "e\u{301}\u{302} ",
];

impl Gen {
    fn el(&self, name: &str, parent: &Element) -> Element {
        let el = self.doc.create_element(name).unwrap();
        if name == "a" {
            el.set_attribute("href", "#there").unwrap();
        }
        parent.append_child(&el).unwrap();
        el
    }

    fn text(&mut self, data: &str, parent: &Element, visible: bool) {
        parent
            .append_child(&self.doc.create_text_node(data))
            .unwrap();
        if visible {
            self.visible.push_str(data);
        }
    }

    fn block(&mut self, root: &Element, b: usize) {
        if self.r.below(2) == 0 {
            self.text("\n    ", root, true);
        }
        let sentences = 1 + self.r.below(3);
        let prose = news(self.seed * 100 + b as u64, sentences);
        match self.r.below(6) {
            0 => self.prose(&prose, &self.el("p", root)),
            1 => self.prose(&prose, &self.el("h2", root)),
            2 => {
                let list = self.el("ul", root);
                for line in prose.split_inclusive(". ") {
                    self.prose(line, &self.el("li", &list));
                }
            }
            3 => {
                let body = self.el("tbody", &self.el("table", root));
                let row = self.el("tr", &body);
                for cell in prose.split_inclusive(". ") {
                    self.prose(cell, &self.el("td", &row));
                }
            }
            4 => self.prose(&prose, &self.el("p", &self.el("blockquote", root))),
            _ => {
                let figure = self.el("figure", root);
                self.prose(&prose, &self.el("figcaption", &figure));
            }
        }
    }

    /// `prose` word by word into `parent`, opening and closing inline elements at random.
    fn prose(&mut self, prose: &str, parent: &Element) {
        let mut open = vec![parent.clone()];
        for word in prose.split_inclusive(' ') {
            let top = open.last().unwrap().clone();
            match self.r.below(16) {
                0 | 1 if open.len() < 4 => {
                    let name = INLINE[self.r.below(INLINE.len())];
                    open.push(self.el(name, &top));
                }
                2 | 3 if open.len() > 1 => {
                    open.pop();
                }
                4 => {
                    let extra = EXTRAS[self.r.below(EXTRAS.len())];
                    self.text(extra, &top, true);
                }
                5 => self.skipped(&top),
                6 if word.len() > 3 => {
                    // Markup inside a word: `Vla<b>dimir</b>`.
                    let cut = word.char_indices().nth(2).map_or(0, |(i, _)| i);
                    self.text(&word[..cut], &top, true);
                    let name = INLINE[self.r.below(INLINE.len())];
                    let inner = self.el(name, &top);
                    self.text(&word[cut..], &inner, true);
                    continue;
                }
                7 => {
                    self.el("br", &top);
                }
                8 => {
                    top.append_child(&self.doc.create_comment(" Barack Obama "))
                        .unwrap();
                }
                _ => {}
            }
            let top = open.last().unwrap().clone();
            self.text(word, &top, true);
        }
    }

    /// A subtree that must not be read, full of what would be annotated.
    fn skipped(&mut self, parent: &Element) {
        let bait = format!("{UNREAD} Barack Obama visited Paris on 4 May 2020 with $5 million ");
        let kind = self.r.below(8);
        let el = match kind {
            0 => self.el("script", parent),
            1 => self.el("code", parent),
            2 => {
                let span = self.el("span", parent);
                span.set_attribute("hidden", "").unwrap();
                span
            }
            3 => self.el("textarea", parent),
            4 => self.el("button", parent),
            5 => {
                let svg = self
                    .doc
                    .create_element_ns(Some("http://www.w3.org/2000/svg"), "svg")
                    .unwrap();
                parent.append_child(&svg).unwrap();
                let text = self
                    .doc
                    .create_element_ns(Some("http://www.w3.org/2000/svg"), "text")
                    .unwrap();
                svg.append_child(&text).unwrap();
                text
            }
            6 => self.el("style", parent),
            _ => self.el("b", &self.el("pre", parent)),
        };
        self.text(&bait, &el, false);
    }
}
