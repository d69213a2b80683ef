//! Tokens and sentences.
//!
//! The base is Unicode word segmentation (UAX #29, via `unicode-segmentation`). On top of it
//! come the rules news text needs:
//!
//! - URLs and e-mail addresses are one token each;
//! - abbreviations keep their period (`U.S.`, `Mr.`, `Jan.`, `Inc.`, initials `J.`, `a.m.`)
//!   and do not end a sentence when a name or number follows;
//! - possessives and contractions are split off (`Trump’s` → `Trump` `’s`; `don't` → `do`
//!   `n't`), with both `'` and `’`; one written apart (`Trump ’s`, as text rebuilt from
//!   tokens writes it) is the same token;
//! - hyphens split names (`US-Russia` → `US` `-` `Russia`, `US-brokered` → `US` `-`
//!   `brokered`) but keep lower-case compounds (`full-scale`, `forty-three`), hyphenated
//!   given names (`Ki-moon`, `Geun-hye`) and codes (`F-16`, `COVID-19`);
//! - a number keeps its separators (`95,000`, `1.5`) and loses a unit or scale suffix
//!   (`3.2bn` → `3.2` `bn`, `10km` → `10` `km`), but not an ordinal one (`21st`);
//! - digit groups joined by `-`, `/` or `:` stay together when they form one code
//!   (`2026-11-29`, `11/29/2026`, `15:30`, `555-123-4567`), while a plain range `10-15`
//!   is three tokens.
//!
//! Every token carries its byte [`Span`]; the text between tokens is whitespace only, so
//! tokens and gaps rebuild the input exactly.

use crate::span::Span;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with digits, apostrophes, hyphens or periods (`Putin`, `U.S.`, `G7`).
    Word,
    /// Starts with a digit (`95,000`, `1.5`, `21st`, `2026-11-29`, `15:30`).
    Number,
    /// Punctuation (`.`, `,`, `"`, `-`, `(`, `...`).
    Punct,
    /// Symbols (`$`, `£`, `%`, `+`, emoji).
    Symbol,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
}

/// One token: its byte span and kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the text.
    pub span: Span,
    /// What the token is made of.
    pub kind: TokenKind,
}

/// A tokenized text: tokens in order, and sentences as ranges of token indices.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    /// Tokens, in text order, non-overlapping.
    pub tokens: Vec<Token>,
    /// Sentences, as half-open ranges of indices into `tokens`; they cover all tokens, in order.
    pub sentences: Vec<Range<usize>>,
}

/// Abbreviations (without their period, lower-cased) that keep a following `.`.
/// Neither ends a sentence except before a line break; titles are listed apart for clarity.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "cmdr", "adm", "maj", "rev", "fr", "st", "mt", "ft", "pres", "supt", "hon", "messrs", "mme",
    "mlle", "vs", "cf", "approx",
];
const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "inc", "corp", "ltd", "co",
    "plc", "bros", "jr", "sr", "etc", "dept", "univ", "assn", "ave", "blvd", "rd", "est", "al",
    // units written short with a period: `50 deg.`
    "deg",
];

/// Clitics split off the end of a word, lower-case, with `'` standing for either apostrophe.
const CLITICS: &[&str] = &["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

/// Suffixes a number keeps (`21st`, `1990s`).
const NUMBER_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "s"];

/// Splits `text` into tokens and sentences. Never fails, on any string.
pub fn tokenize(text: &str) -> Tokens {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut pos = 0;
    for protected in find_urls_and_emails(text) {
        segment(text, Span::new(pos, protected.span.start), &mut tokens);
        tokens.push(protected);
        pos = protected.span.end;
    }
    segment(text, Span::new(pos, text.len()), &mut tokens);
    let tokens = merge(text, tokens);
    let sentences = sentences(text, &tokens);
    Tokens { tokens, sentences }
}

/// Word-segments `text[range]`, appending tokens with the clitic and suffix splits applied.
fn segment(text: &str, range: Span, out: &mut Vec<Token>) {
    let mut bounds = word_bounds(range.of(text)).peekable();
    while let Some((i, seg)) = bounds.next() {
        // A clitic written apart from its word (`Pfizer 's`, as text rebuilt from tokens
        // writes it) is one token, as when written on (`Pfizer's`): else `'` `s`.
        if let Some(&(j, next)) = bounds.peek() {
            let after = range.start + j + next.len();
            if j == i + seg.len()
                && is_detached_clitic(text, range.start + i, seg, next)
                && !text[after..].starts_with(is_apostrophe)
            {
                bounds.next();
                out.push(Token {
                    span: Span::new(range.start + i, after),
                    kind: TokenKind::Word,
                });
                continue;
            }
        }
        push_segment(seg, range.start + i, out);
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

/// The UAX #29 word segments of `s` that are not whitespace, with their byte offsets.
///
/// A boundary always falls on both sides of ASCII whitespace, so each run between it is
/// segmented on its own, ASCII runs (most) by [`ascii_segment_end`], without the Unicode
/// tables. The one difference from segmenting the whole text: a run that starts with a
/// combining mark keeps it rather than gluing it to the whitespace before (UAX #29 rule
/// WB4), which would put a space in a token.
fn word_bounds(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = s.as_bytes();
    let mut rest = 0;
    // The ASCII run being segmented: its start and where its next segment starts.
    let mut ascii: Option<(usize, usize)> = None;
    let mut pending: Vec<(usize, &str)> = Vec::new();
    std::iter::from_fn(move || loop {
        if let Some((run_start, at)) = ascii {
            let run = &bytes[run_start..rest];
            if at < run.len() {
                let end = ascii_segment_end(run, at);
                ascii = Some((run_start, end));
                return Some((run_start + at, &s[run_start + at..run_start + end]));
            }
            ascii = None;
        }
        if let Some(seg) = pending.pop() {
            return Some(seg);
        }
        // ASCII whitespace only: some other spaces join words (U+202F is ExtendNumLet). Its
        // bytes never occur inside a multi-byte character, so bytes can be scanned.
        let start = rest
            + bytes[rest..]
                .iter()
                .position(|b| !b.is_ascii_whitespace())?;
        let end = bytes[start..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(s.len(), |k| start + k);
        rest = end;
        let run = &s[start..end];
        if run.is_ascii() {
            ascii = Some((start, 0));
        } else {
            pending.extend(
                run.split_word_bound_indices()
                    .filter(|(_, seg)| !seg.chars().all(char::is_whitespace))
                    .map(|(i, seg)| (start + i, seg)),
            );
            pending.reverse();
        }
    })
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

/// Appends the tokens of one word segment (never whitespace: [`word_bounds`] leaves those
/// out) starting at byte `start`.
fn push_segment(seg: &str, start: usize, out: &mut Vec<Token>) {
    let mut first = seg.chars();
    let c = first.next().unwrap_or(' ');
    if first.as_str().is_empty() {
        let kind = char_kind(c);
        out.push(Token {
            span: Span::new(start, start + seg.len()),
            kind,
        });
        return;
    }
    if c.is_numeric() {
        split_number(seg, start, out);
    } else {
        split_clitic(seg, start, out);
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
    c.is_ascii_punctuation() && !"$%+<=>^`|~#&*@\\".contains(c)
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

/// `Trump’s` → `Trump` `’s`; `don't` → `do` `n't`; other words whole.
fn split_clitic(seg: &str, start: usize, out: &mut Vec<Token>) {
    let word = Token {
        span: Span::new(start, start + seg.len()),
        kind: TokenKind::Word,
    };
    // By byte first, as most words have neither apostrophe: `’` is written E2 80 99, so a
    // word with neither `'` nor the byte E2 has none.
    let maybe = seg.bytes().any(|b| b == b'\'' || b == 0xE2);
    if !maybe || !seg.contains(['\'', '’']) {
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
    let Some(cut) = seg.find(|c: char| c.is_alphabetic()) else {
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

/// Joins tokens that word segmentation split but that read as one: abbreviations with their
/// period, lower-case hyphen compounds, codes like `F-16`, digit groups like `2026-11-29`.
fn merge(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let tok = tokens[i];
        // "..." and "--" runs.
        if tok.kind == TokenKind::Punct {
            let c = tok.span.of(text);
            if c == "." || c == "-" {
                let mut j = i + 1;
                while j < tokens.len()
                    && touches(&tokens[j - 1], &tokens[j])
                    && tokens[j].span.of(text) == c
                {
                    j += 1;
                }
                if j - i >= 2 {
                    out.push(Token {
                        span: tok.span.cover(tokens[j - 1].span),
                        kind: TokenKind::Punct,
                    });
                    i = j;
                    continue;
                }
            }
        }
        if let Some(prev) = out.last_mut() {
            if touches(prev, &tok) && joins(text, prev, &tok, tokens.get(i + 1)) {
                // A joiner (`-`, `/`, `:`) and the piece after it.
                if matches!(tok.span.of(text), "-" | "/" | ":") {
                    let next = tokens[i + 1];
                    prev.span = prev.span.cover(next.span);
                    i += 2;
                } else {
                    prev.span = prev.span.cover(tok.span);
                    i += 1;
                }
                continue;
            }
        }
        out.push(tok);
        i += 1;
    }
    out
}

/// Whether `first-second` reads as one hyphenated given name, as Korean and older Chinese
/// names are written (`Ki-moon`, `Geun-hye`, `Jae-in`, `Kai-shek`): a capitalised syllable
/// of up to five letters, then a lower-case one of up to four that is not an English word
/// news hyphens to a name (`Iraq-born`, `Iran-led`, `Gaza-run`).
fn is_given_name_pair(first: &str, second: &str) -> bool {
    const ENGLISH: &[&str] = &[
        "born", "led", "run", "held", "made", "wide", "hit", "free", "like", "type", "era", "old",
        "only", "area", "zone", "side", "bred", "fed", "rich", "poor",
    ];
    let mut f = first.chars();
    let head = f.next().is_some_and(|c| c.is_ascii_uppercase());
    let syllable = |s: &str, len| s.len() <= len && s.bytes().all(|b| b.is_ascii_lowercase());
    head && first.len() >= 2
        && syllable(f.as_str(), 4)
        && second.len() >= 2
        && syllable(second, 4)
        && !ENGLISH.contains(&second)
}

/// Whether `gap`, the bytes between two tokens, holds a line break (which ends a sentence,
/// and a line for the numbers). By byte, in a plain loop: `\n` is never inside a multi-byte
/// character (so no character boundary need be checked), and a gap is mostly one space, too
/// short for `memchr` (which `contains` calls) to pay for its call.
#[inline]
#[allow(clippy::manual_contains)]
pub(crate) fn has_line_break(gap: &[u8]) -> bool {
    gap.iter().any(|&b| b == b'\n')
}

fn touches(a: &Token, b: &Token) -> bool {
    a.span.end == b.span.start
}

/// Whether `tok` (and, for a joiner, `next`) continues `prev`.
fn joins(text: &str, prev: &Token, tok: &Token, next: Option<&Token>) -> bool {
    let p = prev.span.of(text);
    let t = tok.span.of(text);
    match (prev.kind, t) {
        (TokenKind::Word, ".") => is_abbreviation(p),
        (_, "-" | "/" | ":") => {
            let Some(next) = next.filter(|n| touches(tok, n)) else {
                return false;
            };
            let n = next.span.of(text);
            match (prev.kind, next.kind, t) {
                // full-scale, state-of-the-art, forty-three, year-old; not US-brokered. A
                // hyphenated given name is one word too: Ki-moon, Geun-hye, Jae-in.
                (TokenKind::Word, TokenKind::Word, "-") => {
                    (p.starts_with(|c: char| c.is_lowercase())
                        && n.starts_with(char::is_alphabetic))
                        || is_given_name_pair(p, n)
                }
                // F-16, COVID-19, G-7.
                (TokenKind::Word, TokenKind::Number, "-") => {
                    p.chars().all(|c| c.is_uppercase()) && n.chars().all(|c| c.is_ascii_digit())
                }
                // 2026-11-29, 11/29/2026, 15:30, 555-123-4567 — but not a range 10-15.
                (TokenKind::Number, TokenKind::Number, _) => {
                    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
                    let last = p.rsplit(['-', '/', ':']).next().unwrap_or(p);
                    if !digits(n) || !digits(last) {
                        return false;
                    }
                    match t {
                        ":" => n.len() == 2 && last.len() <= 2 && !p.contains(['-', '/']),
                        _ => p.contains(t) || (digits(p) && continues_with(text, next, t)),
                    }
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// Whether `joiner` and a digit follow `tok` directly: a third part of a digit group.
fn continues_with(text: &str, tok: &Token, joiner: &str) -> bool {
    text[tok.span.end..]
        .strip_prefix(joiner)
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// `Mr`, `Jan`, `Inc`, a single letter (`J`), or letters with inner periods (`U.S`, `a.m`).
fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    let mut chars = word.chars();
    let single = chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
    single
        || TITLES.contains(&lower.as_str())
        || ABBREVIATIONS.contains(&lower.as_str())
        || (word.contains('.')
            && word.split('.').all(|p| {
                !p.is_empty() && p.chars().count() <= 3 && p.chars().all(char::is_alphabetic)
            }))
}

/// Sentence ranges: a line break ends one; so do `.`, `!`, `?` (with closing quotes or
/// brackets) before a token that can start a sentence. An abbreviation's period (`Mr.`,
/// `U.S.`) ends one only before a line break.
fn sentences(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let gap_after = |k: usize| {
        let next = tokens.get(k + 1).map_or(text.len(), |t| t.span.start);
        &text[tokens[k].span.end..next]
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let mut end = i + 1;
        let terminal = matches!(tokens[i].span.of(text), "." | "!" | "?" | "..." | "…");
        if terminal {
            while end < tokens.len()
                && touches(&tokens[end - 1], &tokens[end])
                && matches!(
                    tokens[end].span.of(text),
                    "\"" | "”" | "’" | "'" | ")" | "]"
                )
            {
                end += 1;
            }
        }
        let gap = gap_after(end - 1);
        let next_starts = || {
            tokens.get(end).is_none_or(|n| {
                n.span.of(text).starts_with(|c: char| {
                    c.is_uppercase() || c.is_numeric() || "\"“‘'(".contains(c)
                })
            })
        };
        let ends = has_line_break(gap.as_bytes()) || terminal && !gap.is_empty() && next_starts();
        if ends || end == tokens.len() {
            out.push(start..end);
            start = end;
        }
        i = end;
    }
    out
}

/// URLs (`https://…`, `www.…`) and e-mail addresses, in order, without trailing punctuation.
fn find_urls_and_emails(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // Only `h`, `w` and `@` can begin what this looks for, and a `/` after a domain: the
        // bytes between are skipped in one tight loop over a table.
        match bytes[i..].iter().position(|&b| URL_OPENERS[usize::from(b)]) {
            Some(k) => i += k,
            None => break,
        }
        let at_boundary = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let rest = &text[i..];
        // Every scheme opens with `h` or `w`, and counts only at a word's start: most `h` and
        // `w` are inside words (`the`, `which`).
        let scheme = (at_boundary && matches!(bytes[i], b'h' | b'H' | b'w' | b'W'))
            .then(|| {
                ["https://", "http://", "www."].iter().find(|p| {
                    rest.len() >= p.len()
                        && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
                })
            })
            .flatten();
        if scheme.is_some() {
            let len = url_len(rest);
            if len > scheme.map_or(0, |s| s.len()) {
                out.push(Token {
                    span: Span::new(i, i + len),
                    kind: TokenKind::Url,
                });
                i += len;
                continue;
            }
        }
        // `example.com/page?id=30%25`: a domain without a scheme, with a path.
        if bytes[i] == b'/' {
            let floor = out.last().map_or(0, |t: &Token| t.span.end);
            if let Some(start) = domain_before(text, floor, i) {
                let len = url_len(&text[i..]);
                if len > 1 {
                    out.push(Token {
                        span: Span::new(start, i + len),
                        kind: TokenKind::Url,
                    });
                    i += len;
                    continue;
                }
            }
        }
        if bytes[i] == b'@' {
            let floor = out.last().map_or(0, |t: &Token| t.span.end);
            if let Some(span) = email_around(text, floor, i) {
                out.push(Token {
                    span,
                    kind: TokenKind::Email,
                });
                i = span.end;
                continue;
            }
        }
        i += 1;
        while i < bytes.len() && !text.is_char_boundary(i) {
            i += 1;
        }
    }
    out
}

/// The bytes [`find_urls_and_emails`] stops at: `h` and `w` (a scheme), `@` (an e-mail
/// address) and `/` (a path after a domain).
static URL_OPENERS: [bool; 256] = {
    let mut t = [false; 256];
    t[b'h' as usize] = true;
    t[b'H' as usize] = true;
    t[b'w' as usize] = true;
    t[b'W' as usize] = true;
    t[b'@' as usize] = true;
    t[b'/' as usize] = true;
    t
};

/// How far a web address that starts `rest` reaches: to a space or a bracket or quote that
/// cannot be in one, less the punctuation a sentence puts after it.
fn url_len(rest: &str) -> usize {
    let len = rest
        .find(|c: char| c.is_whitespace() || "<>\"“”".contains(c))
        .unwrap_or(rest.len());
    rest[..len]
        .trim_end_matches(|c: char| ".,;:!?)]}'’".contains(c))
        .len()
}

/// The start of a domain name (`example.com`, `news.bbc.co.uk`) ending at byte `end`, not
/// before `floor`: labels of letters, digits and hyphens joined by dots, the last of two or
/// more letters, after a space or the start of the text.
fn domain_before(text: &str, floor: usize, end: usize) -> Option<usize> {
    let before = &text[floor..end];
    let ok = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-';
    let domain = &before[before.trim_end_matches(ok).len()..];
    let start = end - domain.len();
    let boundary = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || "(\"“'‘[".contains(c));
    let tld = domain.rsplit('.').next().unwrap_or("");
    let labels_ok = domain
        .split('.')
        .all(|l| !l.is_empty() && !l.starts_with('-'));
    (boundary
        && domain.contains('.')
        && labels_ok
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_alphabetic()))
    .then_some(start)
}

/// The e-mail address around the `@` at byte `at`, starting no earlier than `floor` (the end
/// of the previous URL or address, so two never overlap).
fn email_around(text: &str, floor: usize, at: usize) -> Option<Span> {
    let local_ok = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    let domain_ok = |c: char| c.is_ascii_alphanumeric() || ".-".contains(c);
    let before = &text[floor..at];
    let local_len = before.len() - before.trim_end_matches(local_ok).len();
    let start = at - local_len;
    let after = &text[at + 1..];
    let domain_len = after.len() - after.trim_start_matches(domain_ok).len();
    let domain = after[..domain_len].trim_end_matches(['.', '-']);
    let local = &text[start..at];
    let tld = domain.rsplit('.').next().unwrap_or("");
    let ok = !local.is_empty()
        && !local.starts_with('.')
        && domain.contains('.')
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_alphabetic());
    ok.then(|| Span::new(start, at + 1 + domain.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The segments of an ASCII string by [`ascii_segment_end`] alone: the same segments as
    /// `split_word_bound_indices` except that whitespace is not grouped (every whitespace
    /// byte is its own segment; [`word_bounds`] never passes it any).
    fn ascii_word_bounds(s: &str) -> impl Iterator<Item = (usize, &str)> {
        let b = s.as_bytes();
        let mut start = 0;
        std::iter::from_fn(move || {
            if start >= b.len() {
                return None;
            }
            let end = ascii_segment_end(b, start);
            let seg = (start, &s[start..end]);
            start = end;
            Some(seg)
        })
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
                .filter(|(_, seg)| !is_space(seg))
                .collect();
            prop_assert_eq!(ours, uax29(&text));
        }

        /// Segmenting run by run gives UAX #29's segments of the whole text (whitespace aside),
        /// with curly quotes, accents and other non-ASCII letters mixed in.
        #[test]
        fn word_bounds_match_uax29(text in "[aZ09.,:'_ \t\n\u{a0}\u{202f}\u{2009}’“”éß—€ж]{0,40}") {
            let ours: Vec<(usize, &str)> = word_bounds(&text).collect();
            prop_assert_eq!(ours, uax29(&text));
        }
    }
}
