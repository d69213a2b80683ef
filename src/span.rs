//! Spans and offset units.
//!
//! Inside the core every offset is a **byte** offset into the UTF-8 text, and every span is
//! half-open: `text[span.start..span.end]`. At the public edges the same positions are also
//! given in **UTF-16 code units** (what JavaScript's `String.prototype.slice` counts) and in
//! **Unicode code points** (what Python's `str` indexing counts). [`OffsetConverter`] turns
//! byte offsets into the other units in one forward pass over the text.

use serde::Serialize;

/// A half-open range of **byte** offsets into a UTF-8 string, always on `char` boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes, half-open).
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The text the span covers.
    #[inline]
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// The unit an offset is counted in, at a public edge (CLI, wasm).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum OffsetUnit {
    /// UTF-8 bytes (the core's own unit; Rust `str` slicing).
    Bytes,
    /// UTF-16 code units (JavaScript `String.prototype.slice`, Java, C#).
    #[default]
    Utf16,
    /// Unicode scalar values / code points (Python `str`, Rust `chars()`).
    Chars,
}

impl std::str::FromStr for OffsetUnit {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "bytes" => Ok(OffsetUnit::Bytes),
            "utf16" | "utf-16" => Ok(OffsetUnit::Utf16),
            "chars" | "codepoints" => Ok(OffsetUnit::Chars),
            _ => Err(format!(
                "unknown offset unit {s:?}: expected bytes, utf16 or chars"
            )),
        }
    }
}

/// Converts byte offsets of one text into UTF-16 code units and code points.
///
/// Queries with non-decreasing byte offsets cost one pass over the text in total; a query
/// that goes backwards restarts from the beginning (still correct, just slower). A byte
/// offset that is not on a `char` boundary is rounded down to the boundary before it; one
/// past the end is clamped to the end.
#[derive(Debug, Clone)]
pub struct OffsetConverter<'t> {
    text: &'t str,
    byte: usize,
    utf16: usize,
    chars: usize,
}

impl<'t> OffsetConverter<'t> {
    /// A converter for `text`, positioned at its start.
    pub fn new(text: &'t str) -> Self {
        OffsetConverter {
            text,
            byte: 0,
            utf16: 0,
            chars: 0,
        }
    }

    fn seek(&mut self, byte: usize) {
        let target = byte.min(self.text.len());
        if target < self.byte {
            *self = OffsetConverter::new(self.text);
        }
        // Walk whole chars; stop before a char that would pass the target.
        let rest = &self.text[self.byte..];
        for c in rest.chars() {
            let n = c.len_utf8();
            if self.byte + n > target {
                break;
            }
            self.byte += n;
            self.utf16 += c.len_utf16();
            self.chars += 1;
        }
    }

    /// The UTF-16 code-unit offset of `byte`.
    pub fn utf16(&mut self, byte: usize) -> usize {
        self.seek(byte);
        self.utf16
    }

    /// The code-point offset of `byte`.
    pub fn chars(&mut self, byte: usize) -> usize {
        self.seek(byte);
        self.chars
    }

    /// `byte` in `unit`.
    pub fn convert(&mut self, byte: usize, unit: OffsetUnit) -> usize {
        match unit {
            OffsetUnit::Bytes => byte,
            OffsetUnit::Utf16 => self.utf16(byte),
            OffsetUnit::Chars => self.chars(byte),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_len(s: &str) -> usize {
        s.encode_utf16().count()
    }

    #[test]
    fn utf16_agrees_with_encode_utf16_on_hard_text() {
        let text = "a😀b e\u{301}\r\nx\u{a0}y 𝔘 z";
        let mut conv = OffsetConverter::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(conv.utf16(i), utf16_len(&text[..i]), "byte {i}");
            assert_eq!(conv.chars(i), text[..i].chars().count(), "byte {i}");
        }
    }

    #[test]
    fn going_backwards_restarts() {
        let text = "😀😀😀";
        let mut conv = OffsetConverter::new(text);
        assert_eq!(conv.utf16(8), 4);
        assert_eq!(conv.utf16(4), 2);
        assert_eq!(conv.chars(12), 3);
    }

    #[test]
    fn clamps_and_rounds_down() {
        let text = "é!";
        let mut conv = OffsetConverter::new(text);
        assert_eq!(conv.utf16(1), 0, "inside é rounds down");
        assert_eq!(conv.utf16(99), 2, "past the end clamps");
    }

    #[test]
    fn offset_unit_parses() {
        assert_eq!("bytes".parse::<OffsetUnit>(), Ok(OffsetUnit::Bytes));
        assert_eq!("utf16".parse::<OffsetUnit>(), Ok(OffsetUnit::Utf16));
        assert_eq!("chars".parse::<OffsetUnit>(), Ok(OffsetUnit::Chars));
        assert!("lines".parse::<OffsetUnit>().is_err());
    }
}
