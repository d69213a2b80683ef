//! Word segmentation: UAX #29 word boundaries, run by run between ASCII whitespace, and the
//! splits a segment gets (clitics off words, unit suffixes off numbers).

use super::{Token, TokenKind};
use crate::span::Span;
use unicode_segmentation::UnicodeSegmentation;

/// Clitics split off the end of a word, lower-case, with `'` standing for either apostrophe.
const CLITICS: &[&str] = &["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

/// Suffixes a number keeps (`21st`, `1990s`).
const NUMBER_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "s"];

/// Word-segments `text[range]`, appending tokens with the clitic and suffix splits applied.
/// `run` is scratch space, for the byte spans of one run's segments.
///
/// A boundary always falls on both sides of ASCII whitespace, so each run between it is
/// segmented on its own ([`run_segments`]), and the run is found by byte: those bytes never
/// occur inside a multi-byte character. Only ASCII whitespace: some other spaces join words
/// (U+202F is ExtendNumLet).
pub(super) fn segment(text: &str, range: Span, out: &mut Vec<Token>, run: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let mut pos = range.start;
    while pos < range.end {
        if bytes[pos].is_ascii_whitespace() {
            pos += 1;
            continue;
        }
        let start = pos;
        // What the run's bytes are, OR-ed together ([`RUN_BYTES`]).
        let mut seen = 0;
        while pos < range.end {
            let class = RUN_BYTES[usize::from(bytes[pos])];
            if class & SPACE != 0 {
                break;
            }
            seen |= class;
            pos += 1;
        }
        run.clear();
        let ascii = seen & NOT_ASCII == 0;
        run_segments(text, Span::new(start, pos), ascii, run);
        // An ASCII run without a `'` has no apostrophe to split at.
        push_run(text, run, seen != 0, out);
    }
}

/// Classes of bytes for finding a run ([`segment`]): ASCII whitespace ends it; a byte past
/// ASCII makes it a run for the Unicode tables; a `'` may be an apostrophe to split at.
const SPACE: u8 = 1;
const NOT_ASCII: u8 = 2;
const QUOTE: u8 = 4;
static RUN_BYTES: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if (b as u8).is_ascii_whitespace() {
            SPACE
        } else if b >= 0x80 {
            NOT_ASCII
        } else if b == b'\'' as usize {
            QUOTE
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Appends to `out` the UAX #29 word segments of the run `text[run]` (no ASCII whitespace),
/// not whitespace, as byte spans in `text`: an ASCII run (most) by [`ascii_segment_end`],
/// without the Unicode tables, other runs by `unicode-segmentation`. The one difference from
/// segmenting the whole text: a run that starts with a combining mark keeps it rather than
/// gluing it to the whitespace before (UAX #29 rule WB4), which would put a space in a token.
fn run_segments(text: &str, run: Span, ascii: bool, out: &mut Vec<Span>) {
    if ascii {
        let b = &text.as_bytes()[run.start..run.end];
        let mut at = 0;
        while at < b.len() {
            let end = ascii_segment_end(b, at);
            out.push(Span::new(run.start + at, run.start + end));
            at = end;
        }
    } else {
        out.extend(
            run.of(text)
                .split_word_bound_indices()
                .filter(|(_, seg)| !seg.chars().all(char::is_whitespace))
                .map(|(i, seg)| Span::new(run.start + i, run.start + i + seg.len())),
        );
    }
}

/// Appends the tokens of one run's segments (byte spans in `text`, in order); `apostrophes`
/// is false when the run has no `'` or `’` (it may be true when it has none).
fn push_run(text: &str, segs: &[Span], apostrophes: bool, out: &mut Vec<Token>) {
    let mut k = 0;
    while k < segs.len() {
        let seg = segs[k];
        // A clitic written apart from its word (`Pfizer 's`, as text rebuilt from tokens
        // writes it) is one token, as when written on (`Pfizer's`): else `'` `s`. An
        // apostrophe's first byte is asked first (`’` is written E2 80 99).
        if let Some(&next) = segs.get(k + 1) {
            if next.start == seg.end
                && matches!(text.as_bytes()[seg.start], b'\'' | 0xE2)
                && is_detached_clitic(text, seg.start, seg.of(text), next.of(text))
                && !text[next.end..].starts_with(is_apostrophe)
            {
                out.push(Token {
                    span: seg.cover(next),
                    kind: TokenKind::Word,
                });
                k += 2;
                continue;
            }
        }
        push_segment(seg.of(text), seg.start, apostrophes, out);
        k += 1;
    }
}

/// Whether the apostrophe `seg` at byte `at` of `text`, after white space (or at the
/// start), and the word `next` right after it make one of [`CLITICS`] (`'s`, `'re`, …).
fn is_detached_clitic(text: &str, at: usize, seg: &str, next: &str) -> bool {
    let mut chars = seg.chars();
    let (Some(apostrophe), None) = (chars.next(), chars.next()) else {
        return false;
    };
    is_apostrophe(apostrophe)
        && text[..at]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace)
        && CLITICS
            .iter()
            .filter_map(|c| c.strip_prefix('\''))
            .any(|tail| next.eq_ignore_ascii_case(tail))
}

/// Word-break classes of ASCII bytes for [`ascii_segment_end`].
const LETTER: u8 = 0;
const NUMERIC: u8 = 1;
/// `:`
const MID_LETTER: u8 = 2;
/// `,` `;`
const MID_NUM: u8 = 3;
/// `.`, and `'` (Single_Quote, which the rules treat alike)
const MID_NUM_LET_Q: u8 = 4;
/// `_`
const EXTEND_NUM_LET: u8 = 5;
const OTHER: u8 = 6;

/// The class of every byte (non-ASCII bytes are `OTHER`; runs passed here are ASCII).
static WB: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'A'..=b'Z' | b'a'..=b'z' => LETTER,
            b'0'..=b'9' => NUMERIC,
            b':' => MID_LETTER,
            b',' | b';' => MID_NUM,
            b'.' | b'\'' => MID_NUM_LET_Q,
            b'_' => EXTEND_NUM_LET,
            _ => OTHER,
        };
        b += 1;
    }
    t
};

/// Where the ASCII segment of `b` that starts at `start` ends (UAX #29 rules WB5 to WB13b).
#[inline]
fn ascii_segment_end(b: &[u8], start: usize) -> usize {
    let wb = |k: usize| b.get(k).map_or(OTHER, |&x| WB[x as usize]);
    let mut end = start + 1;
    // Whether there is no boundary between bytes end - 1 and end.
    while end < b.len() {
        // Letters and digits after letters and digits (most of a word) join without the
        // rules (WB5, WB8, WB9, WB10): run over them in a tight loop.
        if wb(end - 1) <= NUMERIC {
            while end < b.len() && WB[b[end] as usize] <= NUMERIC {
                end += 1;
            }
            if end == b.len() {
                break;
            }
        }
        let (prev, next) = (wb(end - 1), WB[b[end] as usize]);
        let joined = match (prev, next) {
            (LETTER | NUMERIC, LETTER | NUMERIC) => true,
            (LETTER, MID_LETTER | MID_NUM_LET_Q) => wb(end + 1) == LETTER,
            (MID_LETTER | MID_NUM_LET_Q, LETTER) => end >= 2 && wb(end - 2) == LETTER,
            (NUMERIC, MID_NUM | MID_NUM_LET_Q) => wb(end + 1) == NUMERIC,
            (MID_NUM | MID_NUM_LET_Q, NUMERIC) => end >= 2 && wb(end - 2) == NUMERIC,
            (LETTER | NUMERIC | EXTEND_NUM_LET, EXTEND_NUM_LET) => true,
            (EXTEND_NUM_LET, LETTER | NUMERIC) => true,
            _ => false,
        };
        if !joined {
            break;
        }
        end += 1;
    }
    end
}

/// Appends the tokens of one word segment (never whitespace: [`run_segments`] leaves those
/// out) starting at byte `start`; `apostrophes` as for [`push_run`].
fn push_segment(seg: &str, start: usize, apostrophes: bool, out: &mut Vec<Token>) {
    let (c, width) = first_char(seg);
    if width == seg.len() {
        let kind = char_kind(c);
        out.push(Token {
            span: Span::new(start, start + seg.len()),
            kind,
        });
        return;
    }
    if c.is_numeric() {
        split_number(seg, start, out);
    } else if apostrophes {
        split_clitic(seg, start, out);
    } else {
        out.push(Token {
            span: Span::new(start, start + seg.len()),
            kind: TokenKind::Word,
        });
    }
}

/// The first character of `s` and its length in bytes (`' '` and 0 when `s` is empty): an
/// ASCII one (most) without decoding.
fn first_char(s: &str) -> (char, usize) {
    match s.as_bytes().first() {
        Some(&b) if b.is_ascii() => (char::from(b), 1),
        _ => s.chars().next().map_or((' ', 0), |c| (c, c.len_utf8())),
    }
}

fn char_kind(c: char) -> TokenKind {
    if c.is_numeric() {
        TokenKind::Number
    } else if c.is_alphanumeric() {
        TokenKind::Word
    } else if is_punct(c) {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    }
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        && !matches!(
            c,
            '$' | '%'
                | '+'
                | '<'
                | '='
                | '>'
                | '^'
                | '`'
                | '|'
                | '~'
                | '#'
                | '&'
                | '*'
                | '@'
                | '\\'
        )
        || matches!(
            c,
            '‘' | '’'
                | '“'
                | '”'
                | '«'
                | '»'
                | '–'
                | '—'
                | '‐'
                | '‑'
                | '…'
                | '¿'
                | '¡'
                | '·'
                | '„'
        )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Whether the bytes `b` of a string hold `'` or `’` (written E2 80 99). By byte, in one
/// pass: most words have neither.
fn has_apostrophe(b: &[u8]) -> bool {
    let mut k = 0;
    while k < b.len() {
        match b[k] {
            b'\'' => return true,
            0xE2 if b[k + 1..].starts_with(&[0x80, 0x99]) => return true,
            _ => k += 1,
        }
    }
    false
}

/// `Trump’s` → `Trump` `’s`; `don't` → `do` `n't`; other words whole.
fn split_clitic(seg: &str, start: usize, out: &mut Vec<Token>) {
    let word = Token {
        span: Span::new(start, start + seg.len()),
        kind: TokenKind::Word,
    };
    if !has_apostrophe(seg.as_bytes()) {
        out.push(word);
        return;
    }
    for clitic in CLITICS {
        let n_chars = clitic.chars().count();
        let Some((cut, _)) = seg.char_indices().rev().nth(n_chars - 1) else {
            continue;
        };
        if cut == 0 {
            continue;
        }
        let tail = &seg[cut..];
        let matches = tail.chars().zip(clitic.chars()).all(|(a, b)| {
            if b == '\'' {
                is_apostrophe(a)
            } else {
                a.to_ascii_lowercase() == b
            }
        });
        if matches && seg[..cut].chars().all(char::is_alphabetic) {
            push_split(out, start, cut, seg.len(), TokenKind::Word);
            return;
        }
    }
    out.push(word);
}

/// Where the first letter of `s` is (`char::is_alphabetic`): by byte over ASCII (a number's
/// digits and separators), by character from the first byte past it.
fn first_letter(s: &str) -> Option<usize> {
    let k = s
        .bytes()
        .position(|b| b.is_ascii_alphabetic() || !b.is_ascii())?;
    if s.as_bytes()[k].is_ascii() {
        return Some(k);
    }
    s[k..]
        .char_indices()
        .find(|&(_, c)| c.is_alphabetic())
        .map(|(j, _)| k + j)
}

/// Pushes the segment of `len` bytes at `start` as two tokens cut `cut` bytes in: the first
/// of `first` kind, the rest a word (`Trump` `’s`, `3.2` `bn`).
fn push_split(out: &mut Vec<Token>, start: usize, cut: usize, len: usize, first: TokenKind) {
    out.push(Token {
        span: Span::new(start, start + cut),
        kind: first,
    });
    out.push(Token {
        span: Span::new(start + cut, start + len),
        kind: TokenKind::Word,
    });
}

/// `3.2bn` → `3.2` `bn`; `10km` → `10` `km`; `21st`, `1990s`, `4x4` whole.
fn split_number(seg: &str, start: usize, out: &mut Vec<Token>) {
    let whole = Token {
        span: Span::new(start, start + seg.len()),
        kind: TokenKind::Number,
    };
    let Some(cut) = first_letter(seg) else {
        out.push(whole);
        return;
    };
    let (num, suffix) = seg.split_at(cut);
    let splits = suffix.chars().all(char::is_alphabetic)
        && !NUMBER_SUFFIXES.contains(&suffix.to_ascii_lowercase().as_str())
        && num.ends_with(|c: char| c.is_ascii_digit());
    if splits {
        push_split(out, start, cut, seg.len(), TokenKind::Number);
    } else {
        out.push(whole);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The segments of an ASCII string by [`ascii_segment_end`] alone: the same segments as
    /// `split_word_bound_indices` except that whitespace is not grouped (every whitespace
    /// byte is its own segment; [`segment`] never passes it any).
    fn ascii_word_bounds(s: &str) -> Vec<(usize, &str)> {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut start = 0;
        while start < b.len() {
            let end = ascii_segment_end(b, start);
            out.push((start, &s[start..end]));
            start = end;
        }
        out
    }

    /// The segments of `text` run by run, as [`segment`] finds them.
    fn word_bounds(text: &str) -> Vec<(usize, &str)> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut run = Vec::new();
        for piece in text.split_ascii_whitespace() {
            let start = piece.as_ptr() as usize - bytes.as_ptr() as usize;
            run.clear();
            run_segments(
                text,
                Span::new(start, start + piece.len()),
                piece.is_ascii(),
                &mut run,
            );
            out.extend(run.iter().map(|s| (s.start, s.of(text))));
        }
        out
    }

    fn is_space(seg: &str) -> bool {
        seg.chars().all(char::is_whitespace)
    }

    /// The UAX #29 word segments of `text` by `unicode-segmentation`, whitespace left out.
    fn uax29(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices()
            .filter(|(_, seg)| !is_space(seg))
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        /// The ASCII fast path segments exactly as UAX #29 (`unicode-segmentation`) does, apart
        /// from how whitespace is grouped.
        #[test]
        fn ascii_word_bounds_match_uax29(text in "[aZq09.,;:'_ \t\r\n\"$%!?()-]{0,40}") {
            let ours: Vec<(usize, &str)> = ascii_word_bounds(&text)
                .into_iter()
                .filter(|(_, seg)| !is_space(seg))
                .collect();
            prop_assert_eq!(ours, uax29(&text));
        }

        /// Segmenting run by run gives UAX #29's segments of the whole text (whitespace aside),
        /// with curly quotes, accents and other non-ASCII letters mixed in.
        #[test]
        fn word_bounds_match_uax29(text in "[aZ09.,:'_ \t\n\u{a0}\u{202f}\u{2009}’“”éß—€ж]{0,40}") {
            prop_assert_eq!(word_bounds(&text), uax29(&text));
        }

        /// [`first_letter`] finds what a search by character finds.
        #[test]
        fn first_letter_is_the_first_alphabetic_character(s in "[0-9.,a-zA-Z%€²éж٣-]{0,12}") {
            prop_assert_eq!(first_letter(&s), s.find(char::is_alphabetic));
        }

        /// [`first_char`] reads what decoding the first character reads.
        #[test]
        fn first_char_is_the_decoded_first_character(s in "[a.9’é€😀]{0,3}") {
            let decoded = s.chars().next().map_or((' ', 0), |c| (c, c.len_utf8()));
            prop_assert_eq!(first_char(&s), decoded);
        }

        /// [`segment`] pushes what segmenting the whole text by UAX #29 and splitting each
        /// segment gives, detached clitics joined: the run-by-run loop adds and loses nothing.
        #[test]
        fn segment_matches_whole_text_segmentation(
            text in "([a-z]{1,4}|[A-Z][a-z]{0,3}|[0-9]{1,3}|[ .,:'’\n]|'s|’re|n't|\u{a0}|é){0,30}"
        ) {
            let mut ours = Vec::new();
            segment(&text, Span::new(0, text.len()), &mut ours, &mut Vec::new());
            let segs: Vec<Span> = uax29(&text)
                .into_iter()
                .map(|(i, s)| Span::new(i, i + s.len()))
                .collect();
            let mut whole = Vec::new();
            push_run(&text, &segs, true, &mut whole);
            prop_assert_eq!(ours, whole);
        }
    }
}
