//! `highlight(element)` in a real DOM (headless Chromium): what it reads, where it puts marks,
//! and that `remove()` gives the element back exactly.

mod trees;

use crate::news;
use highlit::wasm::{annotate, highlight, Highlight};
use highlit::Mention;
use js_sys::{JsString, Object, Reflect, JSON};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::rc::Rc;
use trees::{article, page, SKIPPED, UNREAD};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlElement};

fn on(element: &Element, options: JsValue) -> Result<Highlight, highlit::wasm::HighlitError> {
    highlight(element.clone().into(), options)
}

fn options(json: &str) -> JsValue {
    JSON::parse(json).expect("test options are JSON")
}

fn json(value: &JsValue) -> String {
    String::from(JSON::stringify(value).unwrap())
}

fn annotations(h: &Highlight) -> Vec<Mention> {
    serde_json::from_str(&json(&h.annotations())).unwrap()
}

fn text(h: &Highlight) -> String {
    String::from(h.text())
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn marks(root: &Element) -> Vec<Element> {
    all(root, "mark.highlit")
}

/// The elements under `root` other than marks: the same objects before and after.
fn elements(root: &Element) -> Vec<Element> {
    all(root, "*:not(mark.highlit)")
}

fn same_elements(a: &[Element], b: &[Element]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// Each annotation's marks' text, joined in document order, by `data-id`.
fn texts_by_id(root: &Element) -> BTreeMap<usize, String> {
    let mut by_id: BTreeMap<usize, String> = BTreeMap::new();
    for mark in marks(root) {
        let id = mark.get_attribute("data-id").unwrap().parse().unwrap();
        by_id
            .entry(id)
            .or_default()
            .push_str(&mark.text_content().unwrap());
    }
    by_id
}

fn non_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn error_kind(result: Result<Highlight, highlit::wasm::HighlitError>) -> String {
    let Err(e) = result else {
        panic!("expected an error")
    };
    let value: JsValue = e.into();
    Reflect::get(&value, &"kind".into())
        .unwrap()
        .as_string()
        .unwrap()
}

/// Checks what must hold of any highlighted element.
fn check_marks(root: &Element, h: &Highlight, what: &str) -> Vec<Mention> {
    let found = annotations(h);
    let by_id = texts_by_id(root);
    let ids: Vec<usize> = by_id.keys().copied().collect();
    assert_eq!(
        ids,
        (0..found.len()).collect::<Vec<_>>(),
        "{what}: every annotation has marks"
    );
    for (id, joined) in &by_id {
        // Outside `pre` a line break is read as the space HTML shows it as.
        let shown = joined.replace(['\n', '\r'], " ");
        assert_eq!(
            shown, found[*id].text,
            "{what}: the marks of annotation {id}"
        );
    }
    for mark in marks(root) {
        assert!(
            mark.closest(SKIPPED).unwrap().is_none(),
            "{what}: a mark in a skipped subtree"
        );
        let id: usize = mark.get_attribute("data-id").unwrap().parse().unwrap();
        let label = mark.get_attribute("data-label").unwrap();
        assert_eq!(label, found[id].label.as_str(), "{what}: data-label");
        assert_eq!(
            mark.get_attribute_names().length(),
            3,
            "{what}: class, data-label, data-id only"
        );
    }
    let again = annotate(&text(h), JsValue::UNDEFINED).unwrap();
    assert_eq!(
        json(&h.annotations()),
        json(&again.into()),
        "{what}: annotate(h.text)"
    );
    found
}

#[wasm_bindgen_test]
fn generated_trees_keep_their_text_and_come_back_exactly() {
    let (mut marked, mut across) = (0, 0);
    for seed in 0..40 {
        let page = page(seed);
        let root = &page.root;
        let what = format!("seed {seed}");
        let (html, content, before) = (root.inner_html(), root.text_content(), elements(root));

        let h = on(root, JsValue::UNDEFINED).unwrap();
        assert_eq!(root.text_content(), content, "{what}: textContent");
        assert!(
            same_elements(&elements(root), &before),
            "{what}: the same elements"
        );
        let read = text(&h);
        assert!(
            !read.contains(UNREAD),
            "{what}: read a skipped subtree: {read:?}"
        );
        assert_eq!(
            non_space(&read),
            non_space(&page.visible),
            "{what}: the text read"
        );
        let found = check_marks(root, &h, &what);
        marked += found.len();
        across += usize::from(marks(root).len() > found.len());

        // Highlighting again replaces the first: the same marks, and one remove() undoes all.
        let highlighted = root.inner_html();
        let again = on(root, JsValue::UNDEFINED).unwrap();
        assert_eq!(root.inner_html(), highlighted, "{what}: highlighting again");
        h.remove();
        assert_eq!(
            root.inner_html(),
            highlighted,
            "{what}: a replaced highlight's remove()"
        );
        again.remove();
        assert_eq!(
            root.inner_html(),
            html,
            "{what}: remove() restores innerHTML"
        );
        assert!(
            same_elements(&elements(root), &before),
            "{what}: the same elements after"
        );
        assert!(marks(root).is_empty());
        root.remove();
    }
    assert!(marked > 200, "the trees hold annotations: {marked}");
    assert!(across > 5, "some annotations cross markup: {across} trees");
}

#[wasm_bindgen_test]
fn reading_breaks_at_blocks_and_leaves_out_what_is_not_prose() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "heading then paragraph",
            "<h2>Paris</h2>\n  <p>Hilton said</p>",
            "Paris\n\nHilton said",
        ),
        ("br is a line break", "<p>one<br>two</p>", "one\ntwo"),
        (
            "a source line break is a space",
            "<p>The\n  president</p>",
            "The   president",
        ),
        ("list items", "<ul>\n<li>a</li>\n<li>b</li></ul>", "a\n\nb"),
        (
            "table cells",
            "<table><tr><td>a</td><td>b</td></tr></table>",
            "a\n\nb",
        ),
        (
            "nested blocks",
            "<div>Paris<div>London</div>Rome</div>",
            "Paris\n\nLondon\n\nRome",
        ),
        (
            "inline markup",
            "<p><b>Vladimir</b> Put<i>in</i></p>",
            "Vladimir Putin",
        ),
        ("script", "<p>x<script>y</script>z</p>", "xz"),
        (
            "style and template",
            "<style>p{}</style><template>t</template><p>x</p>",
            "x",
        ),
        ("hidden", "<p>a<span hidden>b</span>c</p>", "ac"),
        (
            "code is a word break",
            "<p>use <code>fn</code> now</p>",
            "use  now",
        ),
        (
            "form controls",
            "<p>x<textarea>y</textarea>z<button>b</button></p>",
            "x z",
        ),
        (
            "editable",
            "<p>a</p><div contenteditable>b</div><p contenteditable=false>c</p>",
            "a\n\nc",
        ),
        ("pre", "<p>a</p><pre>b\nc</pre><p>d</p>", "a\n\nd"),
        ("comments", "<p>x<!-- y -->z</p>", "xz"),
        ("svg", "<p>a<svg><text>b</text></svg>c</p>", "a c"),
        ("entities", "<p>AT&amp;T &lt;b&gt;</p>", "AT&T <b>"),
    ];
    for (what, html, want) in cases {
        let root = article(html);
        let h = on(&root, JsValue::UNDEFINED).unwrap();
        assert_eq!(text(&h), *want, "{what}");
        h.remove();
        root.remove();
    }
    let skip_cases: &[(&str, &str, &str, &str)] = &[
        (
            "skip \"\" reads code and pre",
            "",
            "<p>use <code>fn</code></p><pre>b\nc</pre>",
            "use fn\n\nb\nc",
        ),
        (
            "skip replaces the default",
            ".aside",
            "<p>a<span class=aside>b</span><code>c</code></p>",
            "a c",
        ),
    ];
    for (what, skip, html, want) in skip_cases {
        let root = article(html);
        let opts = options(&format!(r#"{{"skip": {skip:?}}}"#));
        let h = on(&root, opts).unwrap();
        assert_eq!(text(&h), *want, "{what}");
        h.remove();
        root.remove();
    }
}

#[wasm_bindgen_test]
fn a_name_across_inline_markup_gets_one_mark_per_text_node() {
    let root =
        article("<p>On Monday, <b>Vladimir</b> Putin met <a href=#m>Angela <i>Merkel</i></a>.</p>");
    let html = root.inner_html();
    let h = on(&root, JsValue::UNDEFINED).unwrap();
    let found = check_marks(&root, &h, "names across markup");
    let id = found
        .iter()
        .position(|m| m.text == "Vladimir Putin")
        .unwrap();
    let parts: Vec<(String, String)> = marks(&root)
        .into_iter()
        .filter(|m| m.get_attribute("data-id") == Some(id.to_string()))
        .map(|m| {
            (
                m.parent_element().unwrap().local_name(),
                m.text_content().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        parts,
        [
            ("b".into(), "Vladimir".into()),
            ("p".into(), " Putin".into())
        ]
    );
    assert!(found.iter().any(|m| m.text == "Angela Merkel"));
    h.remove();
    assert_eq!(root.inner_html(), html);
    root.remove();
}

#[wasm_bindgen_test]
fn listeners_and_links_keep_working() {
    let root = article("<p>Talks with <a href=#putin id=link><b>Vladimir</b> Putin</a> and <span id=span>Angela Merkel</span> in Berlin.</p>");
    let link = root.query_selector("#link").unwrap().unwrap();
    let span = root.query_selector("#span").unwrap().unwrap();
    let clicks = Rc::new(Cell::new(0));
    let count = clicks.clone();
    let on_click = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        e.prevent_default();
        count.set(count.get() + 1);
    });
    for el in [&link, &span] {
        el.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())
            .unwrap();
    }
    let h = on(&root, JsValue::UNDEFINED).unwrap();
    let inside: Vec<Element> = marks(&root)
        .into_iter()
        .filter(|m| link.contains(Some(m)) || span.contains(Some(m)))
        .collect();
    assert_eq!(inside.len(), 3, "Vladimir, Putin, Angela Merkel");
    for mark in &inside {
        mark.unchecked_ref::<HtmlElement>().click();
    }
    assert_eq!(
        clicks.get(),
        3,
        "each click on a mark reached its element's listener"
    );
    assert!(root.query_selector("#link").unwrap().unwrap() == link);
    assert_eq!(link.get_attribute("href").as_deref(), Some("#putin"));
    h.remove();
    root.remove();
}

#[wasm_bindgen_test]
fn hostile_text_stays_text() {
    let root = article("");
    let p = trees::document().create_element("p").unwrap();
    let hostile = [
        "<img src=x onerror=\"window.highlitPwned=1\">Barack Obama</img> ",
        "<script>window.highlitPwned=1</script> in Paris ",
        "\" data-label=\"x\" onmouseover=\"window.highlitPwned=1\" 5% ",
        "javascript:alert(1) on 4 May 2020 ",
        "Procter &amp; Gamble said on Monday. ",
    ];
    for data in hostile {
        p.append_child(&trees::document().create_text_node(data))
            .unwrap();
    }
    root.append_child(&p).unwrap();
    let (html, content) = (root.inner_html(), root.text_content());
    let h = on(&root, JsValue::UNDEFINED).unwrap();
    let found = check_marks(&root, &h, "hostile text");
    assert!(found.len() >= 3, "{found:?}");
    // A mark whose text reads as markup: set as HTML, it would come out as something else.
    assert!(found.iter().any(|m| m.text.contains("&amp")), "{found:?}");
    assert_eq!(root.text_content(), content);
    assert!(all(&root, "img, script, [onerror], [onmouseover]").is_empty());
    assert_eq!(
        all(&root, "*").len(),
        1 + marks(&root).len(),
        "only marks were added"
    );
    let global = js_sys::global();
    assert!(Reflect::get(&global, &"highlitPwned".into())
        .unwrap()
        .is_undefined());
    h.remove();
    assert_eq!(root.inner_html(), html);
    root.remove();
}

#[wasm_bindgen_test]
fn a_long_text_node_and_lone_surrogates_come_back_exactly() {
    let root = article("<div></div>");
    let div = root.first_element_child().unwrap();
    let node = trees::document().create_text_node("");
    // A lone surrogate, which Rust strings cannot hold, between long runs of news.
    let lone = JsString::from_char_code1(0xD83D);
    let data = JsString::from(news::news(3, 2000))
        .concat(&lone)
        .concat(&JsString::from(news::news(4, 2000)));
    Reflect::set(&node, &"data".into(), &data).unwrap();
    div.append_child(&node).unwrap();
    let h = on(&root, JsValue::UNDEFINED).unwrap();
    let found = check_marks(&root, &h, "one long text node");
    assert!(found.len() > 1000, "{}", found.len());
    assert_eq!(h.text().length(), data.length(), "one unit read per unit");
    assert!(Object::is(
        &Reflect::get(&root, &"textContent".into()).unwrap(),
        &data
    ));
    h.remove();
    assert!(Object::is(
        &Reflect::get(&node, &"data".into()).unwrap(),
        &data
    ));
    assert_eq!(
        div.child_nodes().length(),
        1,
        "the one text node, whole again"
    );
    root.remove();
}

#[wasm_bindgen_test]
fn highlighting_replaces_any_highlight_it_overlaps() {
    let root =
        article("<p id=a>Angela Merkel met Emmanuel Macron.</p><p id=b>Joe Biden was in Rome.</p>");
    let html = root.inner_html();
    let a = root.query_selector("#a").unwrap().unwrap();
    let b = root.query_selector("#b").unwrap().unwrap();
    let outer = on(&root, JsValue::UNDEFINED).unwrap();
    assert!(!marks(&b).is_empty());
    let inner = on(&a, JsValue::UNDEFINED).unwrap();
    assert!(marks(&b).is_empty(), "the outer highlight is gone");
    assert!(!marks(&a).is_empty());
    outer.remove();
    inner.remove();
    assert_eq!(root.inner_html(), html);

    let first = on(&a, JsValue::UNDEFINED).unwrap();
    let second = on(&b, JsValue::UNDEFINED).unwrap();
    assert!(
        !marks(&a).is_empty() && !marks(&b).is_empty(),
        "siblings do not overlap"
    );
    let whole = on(&root, JsValue::UNDEFINED).unwrap();
    check_marks(&root, &whole, "after two inner highlights");
    first.remove();
    second.remove();
    assert!(
        !marks(&a).is_empty(),
        "their remove() does not touch the new one"
    );
    whole.remove();
    assert_eq!(root.inner_html(), html);
    root.remove();
}

#[wasm_bindgen_test]
fn options_choose_labels_and_focus() {
    let root =
        article("<p>On 4 May 2020 President <b>Barack</b> Obama paid $5 million, 20% more.</p>");
    let h = on(&root, options(r#"{"labels": ["DATE", "PERSON"]}"#)).unwrap();
    let labels: Vec<String> = annotations(&h)
        .iter()
        .map(|m| m.label.to_string())
        .collect();
    assert_eq!(labels, ["DATE", "PERSON"]);
    h.remove();

    let h = on(&root, options(r#"{"focusable": true}"#)).unwrap();
    let focusable: Vec<String> = all(&root, "mark[tabindex='0']")
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    assert_eq!(focusable.len(), annotations(&h).len(), "{focusable:?}");
    assert!(
        focusable.contains(&"Barack".to_string()),
        "the first part of Barack Obama"
    );
    h.remove();
    root.remove();
}

#[wasm_bindgen_test]
fn bad_arguments_throw_errors_with_a_kind() {
    let root = article("<p>x</p>");
    let text_node: JsValue = root
        .first_element_child()
        .unwrap()
        .first_child()
        .unwrap()
        .into();
    let not_elements = [
        JsValue::UNDEFINED,
        JsValue::NULL,
        42.into(),
        options("{}"),
        text_node,
    ];
    for value in not_elements {
        assert_eq!(
            error_kind(highlight(value, JsValue::UNDEFINED)),
            "NotAnElement"
        );
    }
    let bad = [
        (r#"{"skip": "p["}"#, "InvalidOptions"),
        (r#"{"skip": 3}"#, "InvalidOptions"),
        (r#"{"focusable": "yes"}"#, "InvalidOptions"),
        (r#"{"skipp": "code"}"#, "InvalidOptions"),
        (r#"{"labels": ["PLACE"]}"#, "UnknownLabel"),
        (r#""code""#, "InvalidOptions"),
    ];
    for (opts, kind) in bad {
        let result = on(&root, options(opts));
        assert_eq!(error_kind(result), kind, "{opts}");
        assert_eq!(root.inner_html(), "<p>x</p>", "nothing changed: {opts}");
    }
    root.remove();
}

/// Installs counting wrappers on what forces style or layout; the returned function takes
/// them off and gives the calls counted.
fn watch_layout() -> js_sys::Function {
    let install = js_sys::Function::new_no_args(
        r#"
        const seen = [];
        const undo = [];
        const spy = (proto, name) => {
          const d = Object.getOwnPropertyDescriptor(proto, name);
          const wrapped = { ...d };
          if (d.get) wrapped.get = function () { seen.push(name); return d.get.call(this); };
          else wrapped.value = function (...a) { seen.push(name); return d.value.apply(this, a); };
          Object.defineProperty(proto, name, wrapped);
          undo.push(() => Object.defineProperty(proto, name, d));
        };
        for (const name of ['innerText', 'outerText', 'offsetWidth', 'offsetHeight', 'offsetTop',
          'offsetLeft', 'offsetParent']) spy(HTMLElement.prototype, name);
        for (const name of ['getBoundingClientRect', 'getClientRects', 'clientWidth',
          'clientHeight', 'scrollWidth', 'scrollHeight', 'checkVisibility']) spy(Element.prototype, name);
        spy(window, 'getComputedStyle');
        return () => { undo.forEach((f) => f()); return seen; };
        "#,
    );
    install.call0(&JsValue::NULL).unwrap().unchecked_into()
}

#[wasm_bindgen_test]
fn highlighting_forces_no_layout_and_adds_no_attribute() {
    let page = page(7);
    let root = &page.root;
    let attributes = |root: &Element| -> Vec<String> {
        elements(root)
            .iter()
            .map(|el| {
                let names = el.get_attribute_names();
                (0..names.length())
                    .map(|i| names.get(i).as_string().unwrap())
                    .map(|n| format!("{n}={:?}", el.get_attribute(&n)))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    };
    let before = attributes(root);
    let done = watch_layout();
    let h = on(root, JsValue::UNDEFINED).unwrap();
    h.remove();
    let h = on(root, options(r#"{"focusable": true}"#)).unwrap();
    let seen = js_sys::Array::from(&done.call0(&JsValue::NULL).unwrap());
    assert_eq!(seen.length(), 0, "layout read: {:?}", seen.to_vec());
    assert!(!marks(root).is_empty());
    assert_eq!(
        attributes(root),
        before,
        "no element gained or lost an attribute"
    );
    h.remove();
    root.remove();
}
