//! A corpus's output formats. `jsonl` is the CLI's own `{"id","annotations"}` line; `spacy`,
//! `brat` and `conll` are the page's exports of the same names (`www/export.js`) with the
//! same conventions, applied to each document: spaCy and brat count offsets in Unicode code
//! points (Python's `str`), lines are runs of characters other than `\r` and `\n`, and CoNLL
//! splits words as the page does. What a corpus adds is said at each function: the `id` of a
//! spaCy line, `-DOCSTART-` between CoNLL documents, one `.txt`/`.ann` pair per brat document.
//!
//! Annotation spans are bytes here; the page's are UTF-16 units. Both keep the same order and
//! fall on character boundaries, so every comparison the page makes comes out the same.

use highlit::{Annotation, Mention, OffsetConverter, OffsetUnit};
use serde::Serialize;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::PathBuf;
use std::str::FromStr;
use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};

/// A corpus output format (`--format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Spacy,
    Brat,
    Conll,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Spacy => "spacy",
            Format::Brat => "brat",
            Format::Conll => "conll",
        }
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [Format::Jsonl, Format::Spacy, Format::Brat, Format::Conll]
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| format!("unknown format {s:?}: expected jsonl, spacy, brat or conll"))
    }
}

/// The CLI's JSONL line: `{"id":…,"annotations":[…]}`, or `{"id":…,"error":…}` for a record
/// that could not be read, so that output lines pair with input lines.
#[derive(Serialize)]
struct JsonlLine<'a> {
    id: &'a serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    annotations: Option<Vec<Mention>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// A document's JSONL line, offsets in `unit`, newline included.
pub fn jsonl(
    id: &serde_json::Value,
    text: &str,
    annotations: Vec<Annotation>,
    unit: OffsetUnit,
) -> Vec<u8> {
    let annotations = Some(Mention::all(text, annotations, unit));
    json_line(&JsonlLine {
        id,
        annotations,
        error: None,
    })
}

/// The JSONL line of a record that could not be annotated.
pub fn jsonl_error(id: &serde_json::Value, error: &str) -> Vec<u8> {
    json_line(&JsonlLine {
        id,
        annotations: None,
        error: Some(error),
    })
}

/// spaCy's `{text, ents: [{start, end, label}]}` in code points, as the page exports it,
/// with the document's `id` first (spaCy's readers ignore other keys); newline included.
pub fn spacy(id: &serde_json::Value, text: &str, annotations: &[Annotation]) -> Vec<u8> {
    #[derive(Serialize)]
    struct Ent {
        start: usize,
        end: usize,
        label: &'static str,
    }
    #[derive(Serialize)]
    struct Doc<'a> {
        id: &'a serde_json::Value,
        text: &'a str,
        ents: Vec<Ent>,
    }
    let mut cp = OffsetConverter::new(text);
    let ents = annotations
        .iter()
        .map(|a| Ent {
            start: cp.chars(a.span.start),
            end: cp.chars(a.span.end),
            label: a.label.as_str(),
        })
        .collect();
    json_line(&Doc { id, text, ents })
}

fn json_line(value: &impl Serialize) -> Vec<u8> {
    let mut line = serde_json::to_vec(value).expect("string keys and finite numbers");
    line.push(b'\n');
    line
}

/// brat's `.ann`: `T1<TAB>LABEL start end<TAB>text` a line, code point offsets; a span across
/// a line break is written as fragments (`s e;s e`) whose texts are joined by spaces.
pub fn brat_ann(text: &str, annotations: &[Annotation]) -> String {
    let mut cp = OffsetConverter::new(text);
    let mut ann = String::new();
    for (i, a) in annotations.iter().enumerate() {
        let fragments: Vec<Range<usize>> = lines(slice(text, a.span.start..a.span.end))
            .map(|r| a.span.start + r.start..a.span.start + r.end)
            .collect();
        let offsets: Vec<String> = fragments
            .iter()
            .map(|r| format!("{} {}", cp.chars(r.start), cp.chars(r.end)))
            .collect();
        let texts: Vec<&str> = fragments.iter().map(|r| &text[r.clone()]).collect();
        let _ = writeln!(
            ann,
            "T{}\t{} {}\t{}",
            i + 1,
            a.label,
            offsets.join(";"),
            texts.join(" ")
        );
    }
    ann
}

/// Where a document's brat files go: `DIR/STEM.txt` and `DIR/STEM.ann`. The stem is the id
/// (a number, or a relative path such as a directory input's `news/a.txt`, without `.txt`);
/// `None` for an id that cannot name files inside the directory.
pub fn brat_stem(id: &serde_json::Value) -> Option<PathBuf> {
    let name = match id {
        serde_json::Value::String(s) => s.strip_suffix(".txt").unwrap_or(s).to_string(),
        serde_json::Value::Number(n) => n.to_string(),
        _ => return None,
    };
    let fine = |part: &str| !matches!(part, "" | "." | "..") && !part.contains(['\\', '\0']);
    name.split('/').all(fine).then(|| PathBuf::from(name))
}

/// The page's CoNLL of one document — `token TAG` a line, BIO tags (`B-PERSON`, `I-PERSON`,
/// `O`), a blank line between lines of text, tokens cut at annotation edges — after a
/// `-DOCSTART- O` line and a blank line, as CoNLL-2003 separates documents.
pub fn conll(text: &str, annotations: &[Annotation]) -> String {
    let mut blocks = Vec::new();
    let mut i = 0;
    for line in lines(text) {
        let mut rows = String::new();
        let mut at = line.start;
        while let Some(a) = annotations.get(i).filter(|a| a.span.start < line.end) {
            let start = a.span.start.max(line.start);
            let end = a.span.end.min(line.end);
            if start > at {
                rows_of(&mut rows, slice(text, at..start), None, false);
            }
            let continued = a.span.start < line.start;
            rows_of(&mut rows, slice(text, start..end), Some(a), continued);
            at = end;
            if a.span.end > line.end {
                break; // continues on the next line
            }
            i += 1;
        }
        if at < line.end {
            rows_of(&mut rows, slice(text, at..line.end), None, false);
        }
        if !rows.is_empty() {
            blocks.push(rows);
        }
    }
    let mut doc = String::from("-DOCSTART- O\n\n");
    doc.push_str(&blocks.join("\n"));
    if !blocks.is_empty() {
        doc.push('\n');
    }
    doc
}

/// `token TAG` rows for the words of `part`: `B-`/`I-` with the annotation's label (`I-` only,
/// when it `continued` from the line before), `O` without one.
fn rows_of(rows: &mut String, part: &str, annotation: Option<&Annotation>, continued: bool) {
    let mut first = !continued;
    for token in tokens(part) {
        let _ = match annotation {
            Some(a) => writeln!(
                rows,
                "{token} {}-{}",
                if first { 'B' } else { 'I' },
                a.label
            ),
            None => writeln!(rows, "{token} O"),
        };
        first = false;
    }
}

/// `text[range]`, empty where the range is backwards (as JavaScript's `slice`).
fn slice(text: &str, range: Range<usize>) -> &str {
    text.get(range.start..range.end.max(range.start))
        .unwrap_or("")
}

/// The lines of `text` as the page sees them: runs of characters other than `\r` and `\n`
/// (so blank lines are left out), as byte ranges.
fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at
            + bytes[at..]
                .iter()
                .position(|b| !matches!(b, b'\r' | b'\n'))?;
        let len = bytes[start..]
            .iter()
            .position(|b| matches!(b, b'\r' | b'\n'));
        at = start + len.unwrap_or(bytes.len() - start);
        Some(start..at)
    })
}

/// The page's CoNLL tokens, `/[\p{L}\p{M}\p{N}]+(?:[.,'’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu`:
/// words (letters, marks, digits, joined by an inner `.,'’`) and single other characters,
/// JavaScript's `\s` between them.
fn tokens(part: &str) -> impl Iterator<Item = &str> {
    let mut rest = part;
    std::iter::from_fn(move || loop {
        let c = rest.chars().next()?;
        let len = if is_word(c) {
            word_len(rest)
        } else if is_js_space(c) {
            rest = &rest[c.len_utf8()..];
            continue;
        } else {
            c.len_utf8()
        };
        let (token, after) = rest.split_at(len);
        rest = after;
        return Some(token);
    })
}

/// The length of the word `s` starts with: a run of word characters, then as long as one of
/// `.,'’` is followed by another run, that too.
fn word_len(s: &str) -> usize {
    let run_end = |from: usize| {
        s[from..]
            .char_indices()
            .find(|&(_, c)| !is_word(c))
            .map_or(s.len(), |(k, _)| from + k)
    };
    let mut end = run_end(0);
    loop {
        let mut next = s[end..].chars();
        match (next.next(), next.next()) {
            (Some(j @ ('.' | ',' | '\'' | '’')), Some(w)) if is_word(w) => {
                end = run_end(end + j.len_utf8())
            }
            _ => return end,
        }
    }
}

/// `\p{L}`, `\p{M}` or `\p{N}`.
fn is_word(c: char) -> bool {
    matches!(
        c.general_category_group(),
        GeneralCategoryGroup::Letter | GeneralCategoryGroup::Mark | GeneralCategoryGroup::Number
    )
}

/// JavaScript's `\s`: its white space (tab, vertical tab, form feed, no-break space, byte
/// order mark, space separators) and line terminators. Not Rust's `is_whitespace`, which adds
/// U+0085 and leaves out U+FEFF.
fn is_js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | '\u{feff}' | '\u{2028}' | '\u{2029}'
    ) || c.general_category() == GeneralCategory::SpaceSeparator
}

#[cfg(test)]
mod tests {
    use super::*;
    use highlit::{Label, Span};

    /// The case of the page's own export test (tests/browser/units.test.mjs): emoji before
    /// the names, and a place across a line break.
    fn page_case() -> (&'static str, Vec<Annotation>) {
        let text = "Hi 😀 Vladimir Putin\nsaid 95,000 in New York\nCity 🎉.";
        let at = |s: &str, label| {
            let start = text.find(s).unwrap();
            Annotation {
                span: Span::new(start, start + s.len()),
                label,
                value: None,
                score: None,
            }
        };
        let spans = vec![
            at("Vladimir Putin", Label::Person),
            at("95,000", Label::Cardinal),
            at("New York\nCity", Label::Loc),
        ];
        (text, spans)
    }

    #[test]
    fn spacy_counts_code_points() {
        let (text, spans) = page_case();
        let line: serde_json::Value =
            serde_json::from_slice(&spacy(&7.into(), text, &spans)).unwrap();
        assert_eq!(line["id"], 7);
        assert_eq!(line["text"], text);
        assert_eq!(
            line["ents"][0],
            serde_json::json!({"start": 5, "end": 19, "label": "PERSON"})
        );
    }

    #[test]
    fn brat_writes_a_span_across_a_line_break_as_fragments() {
        let (text, spans) = page_case();
        let ann = brat_ann(text, &spans);
        let rows: Vec<&str> = ann.lines().collect();
        assert_eq!(rows[0], "T1\tPERSON 5 19\tVladimir Putin");
        assert_eq!(rows[2], "T3\tLOC 35 43;44 48\tNew York City");
    }

    #[test]
    fn conll_cuts_at_edges_and_continues_across_a_line_break() {
        let (text, spans) = page_case();
        let doc = conll(text, &spans);
        assert!(doc.starts_with("-DOCSTART- O\n\nHi O\n😀 O\nVladimir B-PERSON\nPutin I-PERSON\n\nsaid O\n95,000 B-CARDINAL\n"), "{doc}");
        assert!(
            doc.contains("New B-LOC\nYork I-LOC\n\nCity I-LOC\n🎉 O\n. O\n"),
            "{doc}"
        );
    }

    #[test]
    fn conll_tokens_are_the_pages() {
        let cases: &[(&str, &[&str])] = &[
            (
                "U.S. it's 1,000.5 l’été",
                &["U.S", ".", "it's", "1,000.5", "l’été"],
            ),
            ("a--b (c)", &["a", "-", "-", "b", "(", "c", ")"]),
            ("x\u{a0}y\u{feff}z\u{85}w", &["x", "y", "z", "\u{85}", "w"]),
            ("café́ 😀👍🏽", &["café́", "😀", "👍", "🏽"]),
            ("", &[]),
        ];
        for (part, want) in cases {
            assert_eq!(tokens(part).collect::<Vec<_>>(), *want, "{part:?}");
        }
    }

    #[test]
    fn brat_stems_stay_inside_the_directory() {
        let stem = |v: serde_json::Value| brat_stem(&v).map(|p| p.display().to_string());
        assert_eq!(stem("news/a.txt".into()), Some("news/a".into()));
        assert_eq!(stem(42.into()), Some("42".into()));
        for bad in ["../x", "/etc/x", "a//b", "", "a/./b"] {
            assert_eq!(stem(bad.into()), None, "{bad}");
        }
        assert_eq!(stem(serde_json::Value::Null), None);
    }
}
