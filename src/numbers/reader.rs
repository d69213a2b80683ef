//! The token reader: a line's tokens, their text and lower-cased forms, and the steps every
//! form reads them with (a phrase at a token, the longest row of a table, an annotation).

use super::number::Num;
use crate::annotation::{Annotation, Label, Value};
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};
use rustc_hash::FxHashMap;
use std::cell::RefCell;

thread_local! {
    /// Per table (by address and length), its rows by the first word of their phrase.
    #[allow(clippy::type_complexity)]
    static ROWS_BY_FIRST_WORD: RefCell<FxHashMap<(usize, usize), FxHashMap<Box<str>, Vec<u32>>>> =
        RefCell::default();
}

/// The reading context: the tokens, their text, lower-cased, and the reference date.
pub(super) struct Cx<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) words: &'a [&'a str],
    pub(super) lower: &'a [&'a str],
    pub(super) reference: Option<(i32, u32, u32)>,
    /// The text has no capitals (lower-cased input, as in test suites): names cannot be told
    /// by their capitals, so month and weekday names are taken in lower case.
    pub(super) all_lower: bool,
    /// Per token: whether it is the first word of some table phrase
    /// ([`is_first_word`]), looked up once instead of once per table.
    pub(super) first_words: &'a [bool],
    /// [`Cx::number`] by (token, after money): time, date and amount each read the number
    /// at a token, so each is parsed once.
    pub(super) numbers: RefCell<FxHashMap<(usize, bool), Option<Num>>>,
}

/// Whether `phrase` (space-separated words) starts with the word `first`. Most phrase
/// lookups (a table's rows tried in turn) fail here, most of them on the first byte.
#[inline]
fn opens(first: &str, phrase: &str) -> bool {
    let (f, p) = (first.as_bytes(), phrase.as_bytes());
    p.first() == f.first() && p.starts_with(f) && p.get(f.len()).is_none_or(|&c| c == b' ')
}

impl Cx<'_> {
    pub(super) fn span(&self, from: usize, to: usize) -> Span {
        self.tokens[from].span.cover(self.tokens[to - 1].span)
    }

    pub(super) fn lower(&self, i: usize) -> &str {
        self.lower.get(i).copied().unwrap_or("")
    }

    pub(super) fn word(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }

    pub(super) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether tokens `i` and `i + 1` touch (no space between).
    pub(super) fn touching(&self, i: usize) -> bool {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    /// Whether token `i` starts a sentence (nothing, or end punctuation, before it).
    pub(super) fn sentence_start(&self, i: usize) -> bool {
        i == 0
            || matches!(
                self.word(i - 1),
                "." | "!" | "?" | "\"" | "“" | "‘" | "'" | "(" | ":" | ";" | "-" | "—" | "–" | "…"
            )
            || self.text[self.tokens[i - 1].span.end..self.tokens[i].span.start].contains('\n')
    }

    /// Whether tokens `i..` spell the words of `phrase` (lower-case, space-separated).
    pub(super) fn phrase_at(&self, i: usize, phrase: &str) -> Option<usize> {
        opens(self.lower(i), phrase)
            .then(|| self.words_at(i, phrase))
            .flatten()
    }

    /// [`Cx::phrase_at`] past its first-word check.
    fn words_at(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut j = i;
        let mut rest = phrase;
        loop {
            let cut = rest.bytes().position(|c| c == b' ');
            let w = cut.map_or(rest, |k| &rest[..k]);
            if self.lower(j) != w {
                return None;
            }
            j += 1;
            match cut {
                Some(k) => rest = &rest[k + 1..],
                None => return Some(j),
            }
        }
    }

    /// The longest row of `rows` whose phrase starts at `i`, and the token after it.
    /// Tables are `'static`, so the index by address never outlives the rows it indexes.
    pub(super) fn longest<T>(
        &self,
        i: usize,
        rows: &'static [T],
        key: impl Fn(&T) -> &str,
    ) -> Option<(&'static T, usize)> {
        if !self.first_words.get(i).copied().unwrap_or(false) {
            return None;
        }
        let first = self.lower(i);
        // Of some rows, the one whose phrase reaches furthest from `i`.
        let best = |candidates: &mut dyn Iterator<Item = &'static T>| {
            candidates
                .filter(|r| opens(first, key(r)))
                .filter_map(|r| self.words_at(i, key(r)).map(|j| (r, j)))
                .max_by_key(|&(_, j)| j)
        };
        if first.contains(' ') {
            // Never a token; the index below holds first words without spaces.
            return best(&mut rows.iter());
        }
        // The rows that open with `first`, in table order, from an index of each table by
        // first word (built at first use): the big tables (units, currencies) have hundreds
        // of rows, and a number's tail is looked up in several.
        ROWS_BY_FIRST_WORD.with(|index| {
            let mut index = index.borrow_mut();
            let by_first = index
                .entry((rows.as_ptr() as usize, rows.len()))
                .or_insert_with(|| {
                    let mut by_first: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
                    for (k, r) in rows.iter().enumerate() {
                        let phrase = key(r);
                        let word = phrase.split(' ').next().unwrap_or(phrase);
                        by_first.entry(word.into()).or_default().push(k as u32);
                    }
                    by_first
                });
            best(&mut by_first.get(first)?.iter().map(|&k| &rows[k as usize]))
        })
    }

    pub(super) fn ann(&self, from: usize, to: usize, label: Label, value: Value) -> Annotation {
        Annotation {
            span: self.span(from, to),
            label,
            value: Some(value),
            score: None,
        }
    }

    /// Spelled numbers and ordinals are numbers in lower case, or capitalised at a sentence
    /// start; mid-sentence capitals are names (`Fantastic Four`, `Second World War`).
    pub(super) fn lowercase_or_first(&self, i: usize) -> bool {
        let w = self.word(i);
        !w.starts_with(char::is_uppercase)
            || self.sentence_start(i)
            || w.chars().all(|c| !c.is_lowercase())
    }
}
