//! The token reader: a line's tokens, their text and lower-cased forms, and the steps every
//! form reads them with (a phrase at a token, the longest row of a table, an annotation).

use super::amount::Qualifier;
use super::gap_has_line_break;
use super::number::Num;
use super::vocabulary::lookup;
use crate::annotation::{Annotation, Label, Value};
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};
use std::cell::Cell;
use std::ops::Deref;
use std::sync::OnceLock;

/// A table whose rows each open with a phrase (lower-case words, single spaces), looked up
/// at a token by [`Cx::longest`]. The rows are indexed by the first word of their phrase at
/// first use, and the index lives in the table itself (a `static`), so no lookup depends on
/// where the compiler put the rows.
pub(super) struct PhraseTable<T: 'static> {
    rows: &'static [T],
    phrase: fn(&T) -> &'static str,
    by_first_word: OnceLock<FirstWordIndex>,
}

/// The rows of a table by the first word of their phrase, the word by its number among
/// first words ([`Entry::first`]): the rows opening with word `w` are
/// `rows[starts[w]..starts[w + 1]]`, in table order.
///
/// [`Entry::first`]: super::vocabulary::Entry::first
struct FirstWordIndex {
    starts: Vec<u32>,
    rows: Vec<u32>,
}

impl<T> PhraseTable<T> {
    /// A table of `rows`, each row's phrase given by `phrase`.
    pub(super) const fn new(rows: &'static [T], phrase: fn(&T) -> &'static str) -> Self {
        PhraseTable {
            rows,
            phrase,
            by_first_word: OnceLock::new(),
        }
    }

    /// Every row's phrase, in table order.
    pub(super) fn phrases(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rows.iter().map(self.phrase)
    }

    /// The rows whose phrase opens with the word numbered `first` ([`Entry::first`]), in
    /// table order, from the index (built at first use): the big tables (units,
    /// currencies) have hundreds of rows, and a number's tail is looked up in several.
    ///
    /// [`Entry::first`]: super::vocabulary::Entry::first
    pub(super) fn opening_with(&self, first: u32) -> impl Iterator<Item = &'static T> + '_ {
        let index = self.by_first_word.get_or_init(|| {
            // Each row's first word's number. A token that is no phrase's first word skips
            // every table (`Cx::first_words`): each table's first words must be among them.
            let firsts: Vec<Option<u32>> = self
                .phrases()
                .map(|phrase| {
                    let word = phrase.split(' ').next().unwrap_or(phrase);
                    let first = lookup(word).first();
                    debug_assert!(first.is_some(), "{word:?} is missing from phrases()");
                    first
                })
                .collect();
            let words = firsts.iter().flatten().max().map_or(0, |&w| w as usize + 1);
            let mut starts = vec![0u32; words + 1];
            for &w in firsts.iter().flatten() {
                starts[w as usize + 1] += 1;
            }
            for w in 0..words {
                starts[w + 1] += starts[w];
            }
            let mut next = starts.clone();
            let mut rows = vec![0u32; starts[words] as usize];
            for (k, w) in firsts.iter().enumerate() {
                if let Some(w) = w.map(|w| w as usize) {
                    rows[next[w] as usize] = k as u32;
                    next[w] += 1;
                }
            }
            FirstWordIndex { starts, rows }
        });
        let w = first as usize;
        let (from, to) = match (index.starts.get(w), index.starts.get(w + 1)) {
            (Some(&from), Some(&to)) => (from as usize, to as usize),
            _ => (0, 0),
        };
        let rows = self.rows;
        index.rows[from..to].iter().map(move |&k| &rows[k as usize])
    }
}

impl<T> Deref for PhraseTable<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.rows
    }
}

/// What is kept of one token once read, a slot per token, so the forms that ask the same
/// at a token (most ask at every live token) share one reading without hashing: the number
/// there ([`Cx::number`], without and with a currency before it), whether a spelled number
/// opens there ([`Cx::opens_spelled`]), the weekday named there ([`Cx::weekday`]) and the
/// qualifier ([`Cx::qualifier`]). The outer `Option` is whether it was read.
#[derive(Default)]
pub(super) struct TokenMemo {
    pub(super) number: [Cell<Option<Option<Num>>>; 2],
    pub(super) opens_spelled: Cell<Option<bool>>,
    pub(super) weekday: Cell<Option<Option<u32>>>,
    pub(super) qualifier: Cell<Option<Option<(&'static Qualifier, usize)>>>,
}

/// The reading context: the tokens, their text, lower-cased, and the reference date.
pub(super) struct Cx<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) words: &'a [&'a str],
    pub(super) lower: &'a [&'a str],
    pub(super) reference: Option<(i32, u32, u32)>,
    /// Whether the document's numeric dates put the day first (`21/03/2025`): how an
    /// ambiguous one (`4/5/2024`) is read.
    pub(super) day_first: bool,
    /// The text has no capitals (lower-cased input, as in test suites): names cannot be told
    /// by their capitals, so month and weekday names are taken in lower case.
    pub(super) all_lower: bool,
    /// Per token: its word's number among the first words of table phrases
    /// ([`Entry::first`]), looked up once instead of once per table.
    ///
    /// [`Entry::first`]: super::vocabulary::Entry::first
    pub(super) first_words: &'a [Option<u32>],
    /// Per token, what several forms read there ([`Cx::number`]: time, date and amount each
    /// read the number at a token), so each is read once.
    pub(super) memo: &'a [TokenMemo],
}

/// Whether `phrase` (space-separated words) starts with the word `first`. A lookup that
/// tries a table's rows in turn ([`Cx::phrase_at`]) fails here for most rows, most of them
/// on the first byte.
#[inline]
fn opens(first: &str, phrase: &str) -> bool {
    let (f, p) = (first.as_bytes(), phrase.as_bytes());
    p.first() == f.first() && p.starts_with(f) && p.get(f.len()).is_none_or(|&c| c == b' ')
}

#[cfg(test)]
thread_local! {
    static TOKEN_READS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts one look at a token (its text, kind or spacing), in test builds only: the test
/// that reading is linear compares these counts for texts of different lengths.
#[inline(always)]
fn count_read() {
    #[cfg(test)]
    TOKEN_READS.with(|n| n.set(n.get() + 1));
}

/// The looks at tokens counted on this thread so far ([`count_read`]).
#[cfg(test)]
pub(super) fn token_reads() -> u64 {
    TOKEN_READS.with(std::cell::Cell::get)
}

impl Cx<'_> {
    /// What `read` gives at token `i`, kept in the token's `slot` ([`TokenMemo`]) the first
    /// time. Past the line's last token nothing is kept (nothing is read there).
    pub(super) fn kept<T: Copy>(
        &self,
        i: usize,
        slot: impl FnOnce(&TokenMemo) -> &Cell<Option<T>>,
        read: impl FnOnce() -> T,
    ) -> T {
        let Some(cell) = self.memo.get(i).map(slot) else {
            return read();
        };
        if let Some(v) = cell.get() {
            return v;
        }
        let v = read();
        cell.set(Some(v));
        v
    }

    pub(super) fn span(&self, from: usize, to: usize) -> Span {
        self.tokens[from].span.cover(self.tokens[to - 1].span)
    }

    pub(super) fn lower(&self, i: usize) -> &str {
        count_read();
        self.lower.get(i).copied().unwrap_or("")
    }

    pub(super) fn word(&self, i: usize) -> &str {
        count_read();
        self.words.get(i).copied().unwrap_or("")
    }

    pub(super) fn kind(&self, i: usize) -> Option<TokenKind> {
        count_read();
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether tokens `i` and `i + 1` touch (no space between).
    pub(super) fn touching(&self, i: usize) -> bool {
        count_read();
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    /// Whether token `i` is a `-` touching the tokens either side, a hyphen within one word
    /// (`3-inch`, `Mon-Fri`, `$10,000-plus`).
    pub(super) fn hyphen_within(&self, i: usize) -> bool {
        i > 0 && self.word(i) == "-" && self.touching(i - 1) && self.touching(i)
    }

    /// Whether token `i` starts a sentence (nothing, or end punctuation, before it).
    pub(super) fn sentence_start(&self, i: usize) -> bool {
        i == 0
            || matches!(
                self.word(i - 1),
                "." | "!" | "?" | "\"" | "“" | "‘" | "'" | "(" | ":" | ";" | "-" | "—" | "–" | "…"
            )
            || gap_has_line_break(self.text, self.tokens[i - 1], self.tokens[i])
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

    /// The row of `table` whose phrase starts at `i` and reaches furthest (of several that
    /// reach as far, the last in table order), and the token after it.
    pub(super) fn longest<T>(
        &self,
        i: usize,
        table: &'static PhraseTable<T>,
    ) -> Option<(&'static T, usize)> {
        // A first word has no space (phrases are split at spaces), so the index holds it.
        let id = self.first_words.get(i).copied().flatten()?;
        let first = self.lower(i);
        // Of the rows, the one whose phrase reaches furthest from `i`.
        table
            .opening_with(id)
            .filter(|r| opens(first, (table.phrase)(r)))
            .filter_map(|r| self.words_at(i, (table.phrase)(r)).map(|j| (r, j)))
            .max_by_key(|&(_, j)| j)
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
