//! The article's own date, which `referenceDate: "auto"` resolves its dates against: the
//! first date, near the top of the text, that the article states for itself —
//!
//! - a **dateline**: a place in capitals or title case, the date, then the end of the line,
//!   an agency in brackets or a dash (`WASHINGTON, Dec 3 (Reuters) -`, `LONDON 1996-08-30`,
//!   `NEW YORK, Dec. 3, 2026 /PRNewswire/ --`);
//! - a **published** line: the date after `Published`, `Updated`, `Posted`, `Dated` or
//!   `Date` (`Published 3 December 2026`, `By Jane Doe | Updated: Tuesday 8 December 2026`);
//! - a date **alone** on its line, or with its time (`8 December 2026 10:14 GMT`).
//!
//! Only the first [`HEAD_LINES`] lines (and [`HEAD_BYTES`] bytes) are read. A dateline may
//! leave the year out (`Dec 3`); its date is then month and day only (`--12-03`), which the
//! core does not complete (it has no clock): dates stay unresolved, as without a reference
//! date. The page completes it with today's year.

use crate::annotation::Label;
use crate::numbers::find_with;
use crate::span::{OffsetConverter, OffsetUnit};
use crate::tokenize::{tokenize, Token};
use serde::Serialize;

/// How many lines from the top an article's own date is looked for in.
pub const HEAD_LINES: usize = 12;

/// How many bytes from the top an article's own date is looked for in.
pub const HEAD_BYTES: usize = 2000;

/// The date an article states for itself: the first date near its top in a dateline, a
/// `Published` line or alone on its line ([`article_date`] finds it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ArticleDate {
    /// Where the date's text starts, in the unit asked for (UTF-16 code units in JavaScript).
    pub start: usize,
    /// Where it ends (exclusive), in the same unit.
    pub end: usize,
    /// The date's text (`Dec 3`).
    pub text: String,
    /// The date, ISO 8601: `2026-12-03`, or `--12-03` when the article does not say its year.
    pub iso: String,
    /// How the article states it: `"dateline"`, `"published"` or `"alone"`.
    pub source: &'static str,
}

impl ArticleDate {
    /// The date as (year, month, day), when the article says its year.
    pub fn full_date(&self) -> Option<(i32, u32, u32)> {
        crate::numbers::parse_calendar_date(&self.iso)
    }
}

/// The date `text` states for itself near its top (in its first [`HEAD_LINES`] lines and
/// [`HEAD_BYTES`] bytes): in a dateline (`WASHINGTON, Dec 3 (Reuters) -`, `LONDON
/// 1996-08-30`), after `Published`, `Updated`, `Posted`, `Dated` or `Date`, or alone on its
/// line; with offsets in `unit`. `None` when it states none.
pub fn article_date(text: &str, unit: OffsetUnit) -> Option<ArticleDate> {
    // Only the head is read (tokens that end past it are left out, as in the whole text).
    let mut cut = HEAD_BYTES.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let tokens = tokenize(head).tokens;
    let (start, end, iso, source) = stated_date(head, &tokens)?;
    let mut conv = OffsetConverter::new(text);
    Some(ArticleDate {
        start: conv.convert(start, unit),
        end: conv.convert(end, unit),
        text: text[start..end].to_string(),
        iso,
        source,
    })
}

/// The full date (year, month, day) the text of `tokens` states for itself, if any.
pub(crate) fn stated_reference(text: &str, tokens: &[Token]) -> Option<(i32, u32, u32)> {
    let head = head_tokens(text, tokens);
    let (_, _, iso, _) = stated_date(text, &tokens[..head])?;
    crate::numbers::parse_calendar_date(&iso)
}

/// How many of `tokens` lie in the head of `text` that an article's date is looked for in.
fn head_tokens(text: &str, tokens: &[Token]) -> usize {
    let mut lines = 1;
    let mut last = 0;
    for (k, t) in tokens.iter().enumerate() {
        if t.span.end > HEAD_BYTES {
            return k;
        }
        lines += text[last..t.span.start].matches('\n').count();
        if lines > HEAD_LINES {
            return k;
        }
        last = t.span.end;
    }
    tokens.len()
}

/// The first date of `tokens` (in the head of `text`) stated as the article's own: its byte
/// span, ISO form and how it is stated.
fn stated_date(text: &str, tokens: &[Token]) -> Option<(usize, usize, String, &'static str)> {
    let tokens = &tokens[..head_tokens(text, tokens)];
    find_with(text, tokens, None).into_iter().find_map(|a| {
        if !matches!(a.label, Label::Date | Label::Time) {
            return None;
        }
        let iso = day_of(a.value.as_ref()?.iso.as_deref()?)?;
        let (start, end) = (a.span.start, a.span.end);
        let line_start = text[..start].rfind('\n').map_or(0, |k| k + 1);
        let line_end = text[end..].find('\n').map_or(text.len(), |k| end + k);
        let (before, after) = (&text[line_start..start], &text[end..line_end]);
        let source = if published(before) {
            "published"
        } else if place(before) && dateline_tail(after) {
            "dateline"
        } else if before.trim().is_empty() && after.trim().is_empty() {
            "alone"
        } else {
            return None;
        };
        Some((start, end, iso.to_string(), source))
    })
}

/// The day an ISO value names, to the day: `2026-12-03` (of `2026-12-03T10:14` too) or
/// `--12-03`; none for a month, a year, a weekday alone.
fn day_of(iso: &str) -> Option<&str> {
    let b = iso.as_bytes();
    let full = b.len() >= 10 && b[4] == b'-' && b[..4].iter().all(u8::is_ascii_digit);
    if full && crate::numbers::parse_calendar_date(&iso[..10]).is_some() {
        return Some(&iso[..10]);
    }
    let partial = b.len() >= 7 && iso.starts_with("--") && b[4] == b'-';
    partial.then(|| &iso[..7])
}

/// Whether the text before a date on its line says it is when the article was published
/// (`Published`, `Updated:`, `By Jane Doe | Posted on`).
fn published(before: &str) -> bool {
    let words: Vec<String> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.len() <= 12 && words.iter().any(|w| PUBLISHED_WORDS.contains(&w.as_str()))
}

/// Whether the text before a date on its line is a place, as a dateline opens: a few words,
/// each capitalised (`WASHINGTON,`, `NEW YORK, N.Y.,`, `Kyiv, Ukraine,`).
fn place(before: &str) -> bool {
    let words: Vec<&str> = before
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty() && words.len() <= 6 && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// Whether the text after a date on its line closes a dateline: nothing, a dash, a slash
/// (`/PRNewswire/`), or an agency in brackets and a dash (`(Reuters) -`).
fn dateline_tail(after: &str) -> bool {
    let rest = after.trim_start();
    let rest = match rest.strip_prefix('(') {
        Some(agency) => match agency.find(')') {
            Some(k) => agency[k + 1..].trim_start(),
            None => return false,
        },
        None => rest,
    };
    rest.is_empty() || rest.starts_with(['-', '–', '—', '/', ':'])
}

/// Words that say a date is when the article was published.
const PUBLISHED_WORDS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "dated",
    "date",
    "released",
];
