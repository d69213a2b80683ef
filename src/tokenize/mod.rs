//! Tokens and sentences.
//!
//! The base is Unicode word segmentation (UAX #29, via `unicode-segmentation`). On top of it
//! come the rules news text needs:
//!
//! - URLs and e-mail addresses are one token each;
//! - abbreviations keep their period (`U.S.`, `Mr.`, `Jan.`, `Inc.`, initials `J.`, `a.m.`)
//!   and do not end a sentence when a name or number follows; a letter after an apostrophe
//!   is no initial (`1990's.` ends with the sentence's period), nor is a unit's letter
//!   against its number or after its slash at a word's end (`It reached 35C.`, `120 km/h.`);
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

mod segment;
mod urls;

use crate::span::Span;
use segment::segment;
use std::ops::Range;
use urls::find_urls_and_emails;

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

/// Splits `text` into tokens and sentences. Never fails, on any string.
pub fn tokenize(text: &str) -> Tokens {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut run = Vec::new();
    let mut pos = 0;
    for protected in find_urls_and_emails(text) {
        segment(
            text,
            Span::new(pos, protected.span.start),
            &mut tokens,
            &mut run,
        );
        tokens.push(protected);
        pos = protected.span.end;
    }
    segment(text, Span::new(pos, text.len()), &mut tokens, &mut run);
    let tokens = merge(text, tokens);
    let sentences = sentences(text, &tokens);
    Tokens { tokens, sentences }
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
        // Only a one-byte punctuation token (`.`, `-`, `/`, `:`) can continue the token
        // before it: the kind and length are asked first, the text only then.
        let may_join = tok.kind == TokenKind::Punct && tok.span.end - tok.span.start == 1;
        let clitic = may_join
            && tok.span.of(text) == "."
            && (after_apostrophe(text, &out) || unit_letter_at_end(text, &out, &tok));
        if let Some(prev) = out.last_mut().filter(|_| may_join) {
            if touches(prev, &tok) && joins(text, prev, &tok, tokens.get(i + 1)) && !clitic {
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

/// Whether the last of `out` follows an apostrophe that touches it (`1990` `'` `s`, as word
/// segmentation splits a decade's or a number's `'s`): a single letter there is no initial,
/// and a period after it is the sentence's (`the 1990's.`).
fn after_apostrophe(text: &str, out: &[Token]) -> bool {
    match out {
        [.., a, letter] => touches(a, letter) && matches!(a.span.of(text), "'" | "’"),
        _ => false,
    }
}

/// Whether the last of `out` is a letter written against a number (`35C`, `100m`, split
/// from it by word segmentation) or after a slash against a word (`km/h`, `m/s`), and the
/// period `dot` after it ends the text or a word: a unit, not an initial, so the period is
/// the sentence's (`It reached 35C.`, `Winds hit 120 km/h.`); a time's `9:00a.` keeps its
/// period.
fn unit_letter_at_end(text: &str, out: &[Token], dot: &Token) -> bool {
    let ends_word = || {
        text[dot.span.end..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '"' | '\'' | ')' | '”' | '’'))
    };
    match out {
        // `120 km/h.`, `50 m/s.`: a unit's letter after its slash.
        [.., unit, slash, letter]
            if slash.span.of(text) == "/" && touches(unit, slash) && touches(slash, letter) =>
        {
            letter.span.end - letter.span.start == 1 && ends_word()
        }
        [.., number, letter] => {
            number.kind == TokenKind::Number
                && touches(number, letter)
                && letter.span.end - letter.span.start == 1
                // `9:00a.`: a time's `a.` and `p.` keep their period.
                && !matches!(letter.span.of(text), "a" | "p" | "A" | "P")
                && ends_word()
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
    // The bytes between token `k` and the next: by byte, as only `\n` and emptiness are
    // asked of them.
    let gap_after = |k: usize| {
        let next = tokens.get(k + 1).map_or(text.len(), |t| t.span.start);
        &text.as_bytes()[tokens[k].span.end..next]
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let mut end = i + 1;
        // Each of these is a punctuation token: its kind is asked first, its text only then.
        let terminal = tokens[i].kind == TokenKind::Punct
            && matches!(tokens[i].span.of(text), "." | "!" | "?" | "..." | "…");
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
        let ends = has_line_break(gap) || terminal && !gap.is_empty() && next_starts();
        if ends || end == tokens.len() {
            out.push(start..end);
            start = end;
        }
        i = end;
    }
    out
}
