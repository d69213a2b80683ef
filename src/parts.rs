//! Long texts in parts, so that memory stays in proportion to the text: the annotator reads
//! a text longer than [`MAX_BYTES`] part by part, each part as a text of its own (its tokens,
//! features and lattice freed before the next), and shifts the part's annotations by the
//! part's start.
//!
//! A part ends at a paragraph break (after a blank line) where one falls in its second half,
//! else after a line break, else after whitespace, else at any `char` boundary, as the page
//! cuts its chunks (`www/chunk.js`). A text of at most [`MAX_BYTES`] is one part, so its
//! annotations are those of the whole text; a longer one reads each part as its own document
//! (the names' document features and the numeric date order come from the part), as the page
//! always has. 64 KiB is many articles long: a break falls between documents or
//! paragraphs, and only a text with no line break at all is cut inside a sentence.

use std::ops::Range;

/// The length of a part the annotator aims for, in bytes.
pub const PART_BYTES: usize = 64 * 1024;

/// The longest text read as one part, in bytes; a part is never longer.
pub const MAX_BYTES: usize = 2 * PART_BYTES;

/// Consecutive byte ranges that tile `text` (none when it is empty), on `char` boundaries,
/// each at most `2 * size` bytes long (`size` ≥ 4), cut as the module says.
pub fn parts(text: &str, size: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let size = size.max(4);
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = start + first_part_len(&text[start..], size, true);
        let part = start..end;
        start = end;
        Some(part)
    })
}

/// The byte length of the first part of `rest`, what is left of a text (all of it when
/// `is_all`, else a prefix of more than `2 * size` bytes, `size` ≥ 4): the part [`parts`]
/// would cut there. A reader that holds only a window of a long text cuts it as the whole.
pub fn first_part_len(rest: &str, size: usize, is_all: bool) -> usize {
    let size = size.max(4);
    if is_all && rest.len() <= 2 * size {
        rest.len()
    } else {
        cut(rest, size, (2 * size).min(rest.len()))
    }
}

/// Where to end a part that may end anywhere in `[from, to)` (byte offsets).
fn cut(text: &str, from: usize, to: usize) -> usize {
    let bytes = &text.as_bytes()[from..to];
    if let Some(end) = after_blank_line(bytes) {
        return from + end;
    }
    // A line break or whitespace byte is ASCII, never inside a multi-byte character.
    if let Some(i) = bytes.iter().position(|&b| b == b'\n') {
        return from + i + 1;
    }
    if let Some(i) = bytes.iter().position(u8::is_ascii_whitespace) {
        return from + i + 1;
    }
    let mut end = to;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// The end of the first blank line in `bytes` and of the whitespace after it: a line break,
/// spaces, tabs or carriage returns, a line break.
fn after_blank_line(bytes: &[u8]) -> Option<usize> {
    let mut i = 0;
    while let Some(k) = bytes[i..].iter().position(|&b| b == b'\n') {
        let mut j = i + k + 1;
        while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
            j += 1;
        }
        if j < bytes.len() && bytes[j] == b'\n' {
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            return Some(j);
        }
        i = i + k + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cut_texts(text: &str, size: usize) -> Vec<&str> {
        parts(text, size).map(|r| &text[r]).collect()
    }

    #[test]
    fn parts_end_at_a_paragraph_else_a_line_else_a_space_else_anywhere() {
        let cases: &[(&str, &str, usize, &[&str])] = &[
            ("a short text is one part", "abc def", 8, &["abc def"]),
            ("empty is none", "", 8, &[]),
            (
                "paragraph break wins over an earlier line break",
                "aaaaaaaa\nbbbb\n \nccccccccccccc",
                8,
                &["aaaaaaaa\nbbbb\n \n", "ccccccccccccc"],
            ),
            (
                "line break wins over an earlier space",
                "aaaaaaaa bb\ncccccccccccccccc",
                8,
                &["aaaaaaaa bb\n", "cccccccccccccccc"],
            ),
            (
                "space when there is no line break",
                "aaaaaaaaa bbbbbbbbbbbbbbbb",
                8,
                &["aaaaaaaaa ", "bbbbbbbbbbbbbbbb"],
            ),
            (
                "no whitespace: at a char boundary",
                "ééééééééééééé",
                8,
                &["éééééééé", "ééééé"],
            ),
        ];
        for (behaviour, text, size, want) in cases {
            assert_eq!(cut_texts(text, *size), *want, "{behaviour}");
        }
    }

    proptest! {
        #[test]
        fn parts_tile_the_text_on_char_boundaries(text in "(\\PC|\n| ){0,300}", size in 4usize..40) {
            let ranges: Vec<_> = parts(&text, size).collect();
            let mut at = 0;
            for r in &ranges {
                prop_assert_eq!(r.start, at);
                prop_assert!(r.end > r.start && r.end - r.start <= 2 * size);
                prop_assert!(text.is_char_boundary(r.end));
                at = r.end;
            }
            prop_assert_eq!(at, text.len());
        }

        #[test]
        fn a_window_of_more_than_twice_the_size_cuts_as_the_whole(
            text in "(\\PC|\n| ){0,300}",
            size in 4usize..40,
        ) {
            // A reader holding 2 * size + 1 characters at a time (at least that many bytes).
            let mut start = 0;
            let mut cuts = Vec::new();
            while start < text.len() {
                let rest = &text[start..];
                let window_end = rest.char_indices().nth(2 * size + 1).map_or(rest.len(), |c| c.0);
                let window = &rest[..window_end];
                let n = first_part_len(window, size, window_end == rest.len());
                cuts.push(start..start + n);
                start += n;
            }
            prop_assert_eq!(cuts, parts(&text, size).collect::<Vec<_>>());
        }
    }
}
