//! Numbers, money, percentages, quantities, dates and times.
//!
//! Find → parse → normalise, over tokens. At each token the grammar tries a time, then a
//! date, then an amount, each reading forward a bounded number of tokens; the first that
//! matches is taken and the scan goes on after it, so the whole pass is linear in the tokens.
//! The vocabulary (qualifiers, currencies, scales, units, months, relative words) is in
//! `tables.rs`, so the grammar grows by adding rows, not branches.
//!
//! An amount is `[qualifier] [currency] number [scale] [range] [suffix]`, where the number is
//! written in digits (`95,000`, `1.5`, `3/4`), in words (`forty-three thousand`, `two and a
//! half`) or both (`1.5 million`, `95k`), and the suffix makes it a percentage (`%`,
//! `percent`), money (`dollars`, `USD`), a quantity (`km`, `square miles`, `°C`) or a span of
//! time (`three years`). Spans follow OntoNotes: the qualifier is inside (`over 95,000`), and
//! the value says what it meant. Years are dates, never CARDINAL; digits in names (`G7`,
//! `Windows 10`), versions, phone numbers and IP addresses are not numbers.
//!
//! ## Values
//!
//! | text | label | value |
//! | --- | --- | --- |
//! | `over 95,000` | CARDINAL | `{number: 95000, bound: "more-than"}` |
//! | `10-15`, `between 10 and 15` | CARDINAL | `{from: 10, to: 15}` |
//! | `52-48` (a vote or score) | CARDINAL | `{}` |
//! | `thousands` | CARDINAL | `{number: 1000, bound: "more-than", approx: true}` |
//! | `one in five`, `2 out of 3`, `1.2e+6`, `2.5 M` | CARDINAL | `{number: 0.2}`, `{number: 0.6667}`, `{number: 1200000}`, `{number: 2500000}` |
//! | `5 basis points`, `a quarter of a percentage point`, `between 5.25% and 5.5%` | PERCENT | `{number: 0.05}`, `{number: 0.25}`, `{from: 5.25, to: 5.5}`; after a change (`rose 0.3% to 4.5%`, `fell $2 to $30`) two amounts, not a range |
//! | `percent of 10`, `per cent of twenty-two` (a phrase of its own); `the % of increase` | PERCENT | `{number: 10}`, `{number: 22}`; `{}` (a percent sign alone: no amount given) |
//! | `£3.2bn`, `50 cents` | MONEY | `{number: 3200000000, currency: "GBP"}`, `{number: 0.5, currency: "USD"}` |
//! | `5 feet 10 inches` | QUANTITY | `{number: 5.83…, unit: "foot"}` |
//! | `15 dollars 50`, `30 MUSD` | MONEY | `{number: 15.5, currency: "USD"}`, `{number: 30000000, …}` (a bare minor part only where nothing follows it that it could count) |
//! | `50 km/h`, `2 million barrels a day`, `age 87` | QUANTITY | `{unit: "kilometre per hour"}`, `"barrel per day"`, `{number: 87, unit: "year of age"}` |
//! | `rotate 90°`, `a 360-degree view`; `the temperature is 24 degrees` | QUANTITY | `{number: 90, unit: "degree of arc"}` by the words around it; otherwise `{number: 24, unit: "degree"}` (a temperature, scale not named) |
//! | `fahrenheit` in `convert 10 celsius to fahrenheit`, `101 fahrenheit is how much celsius`, `a metric ton is equal to …` | QUANTITY | `{unit: "degree Fahrenheit"}`: a unit named without an amount, only in such a conversion frame |
//! | `three years`, `three days later` | DATE | `{number: 3, unit: "year"}`, `{number: 3, unit: "day"}` (a span of time; hours and less are TIME) |
//! | `2 hours and 15 minutes`, `2h 15m`, `3 minutes 49.09 seconds` | TIME | `{number: 2.25, unit: "hour"}`, the same, `{number: 3.818167, unit: "minute"}` (in the first unit) |
//! | `29 November 2026`, `February 2022`, `2024` | DATE | `{iso: "2026-11-29"}`, `"2022-02"`, `"2024"` |
//! | `July 4`, `November`, `on the 18th` | DATE | `{iso: "--07-04"}`, `"--11"`, `"---18"` (ISO 8601 without year / month) |
//! | `the 1990s`, `2010-2015`, `between 2010 and 2014` | DATE | `{iso: "199X"}`, `{iso: "2010/2015"}`, `"2010/2014"` |
//! | `the '90s`, `the 60s` | DATE | `{iso: "199X"}`, `"196X"` (two-digit decades need `the`, `early`/`mid`/`late` or the apostrophe) |
//! | `his 40s`, `her early 30s` | QUANTITY | `{from: 40, to: 49, unit: "year of age"}`, `{from: 30, to: 39, …}` |
//! | `the 18th century`, `the 1800s`, `21st-century` | DATE | `{iso: "17XX"}`, `"18XX"`, `"20XX"` (TIMEX: the years' first two digits) |
//! | `May 4-5`, `4-5 May`, `March 3 - April 5` | DATE | `{iso: "--05-04/--05-05"}`, the same, `"--03-03/--04-05"` |
//! | `recent days`, `the coming weeks`, `the past few months` | DATE | `{}` (a span before or after now, its length not given) |
//! | `Saturday night`, `Wednesday morning` | TIME | `{weekday: 6}`, `{weekday: 3}` |
//! | `Friday` | DATE | `{weekday: 5}`, plus `iso` of the latest such day with a reference date |
//! | `last week`, `two years ago` | DATE | `{relative: {offset: -1, unit: "week"}}`; with a reference date also `iso: "2026-W47"`, `"2024-11-29"` |
//! | `next Easter`, `last November`, `Thanksgiving` | DATE | with a reference date `{iso: "2027-03-28"}`, `"2025-11"`, `"2026-11-26"` |
//! | `two weeks before Christmas`, `in two weeks` (when the clause speaks of the future) | DATE | with a reference date `{iso: "2026-12-11"}`; `in two weeks` also `relative` |
//! | `05-Aug-2016`, `Jan 25 nineteen eighty six` | DATE | `{iso: "2016-08-05"}`, `"1986-01-25"` |
//! | `the third quarter of 2025`, `the summer of 2019` | DATE | `{iso: "2025-Q3"}`, `"2019-SU"` (TIMEX) |
//! | `third-quarter profit`, `in Q3`; `1H24`; `fiscal 2024`, `FY25`; `Q2 FY25` | DATE | `{iso: "XXXX-Q3"}` (a quarter, year not given); `"2024-H1"`; `"FY2024"`, `"FY2025"`; `"FY2025-Q2"` (TIMEX) |
//! | `late last year`, `the end of March` | DATE | the period's value: `{relative: {offset: -1, unit: "year"}}`, `{iso: "--03"}` |
//! | `3 pm`, `15:30` | TIME | `{iso: "T15"}`, `{iso: "T15:30"}` |
//! | `in the evening at 7`, `11ish` | TIME | `{iso: "T19"}`, `{iso: "T11", approx: true}` |
//! | `0700 GMT`, `9 a.m. local time` | TIME | `{iso: "T07:00"}`, `{iso: "T09"}` (the zone inside the span) |

mod dates;
mod tables;
mod words;

use crate::annotation::{Annotation, Label, Value};
use crate::span::Span;
use crate::tokenize::{Token, TokenKind};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::RefCell;
use tables::{
    DegreeCue, AGE_WORDS, AGO_WORDS, BASIS_POINTS, CHANGE_WORDS, CODE_SCALE_PREFIXES, CODE_WORDS,
    COMPOUND_UNITS, CONVERSION_WORDS, CURRENCY_AFTER, CURRENCY_BEFORE, CURRENCY_CODES, DEGREE_CUES,
    DEGREE_CUE_REACH, DIMENSION_JOINERS, DURATIONS, EQUALS_WORDS, FRACTION_DENOMINATORS,
    GLUED_TIMES, MINOR_CLOSERS, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE, PERCENT_HEADS,
    PERCENT_WORDS, PER_TIMES, PHRASE_CLOSERS, POSSESSIVES, QUALIFIERS, QUESTION_WORDS,
    RANGE_JOINERS, SCALES, SECONDS_IN, TOUCHING_SCALES, TOUCHING_UNITS, UNITS_AFTER, UNIT_BRACKETS,
    UNIT_KINDS, VULGAR_FRACTIONS, WORDLIKE_CODES, ZERO_SIDES,
};

/// The longest token sequence a spelled number may span; longer runs are cut (linear time).
const MAX_NUMBER_WORDS: usize = 16;

/// Finds the numeric and calendar annotations among `tokens` of `text`, sorted, not
/// overlapping. Linear in the number of tokens. Relative dates keep their relative value.
pub fn find(text: &str, tokens: &[Token]) -> Vec<Annotation> {
    find_with(text, tokens, None)
}

/// As [`find`], resolving relative dates (`yesterday`, `last week`, `Friday`) to ISO dates
/// against `reference` (year, month, day) when one is given.
pub fn find_with(
    text: &str,
    tokens: &[Token],
    reference: Option<(i32, u32, u32)>,
) -> Vec<Annotation> {
    let words: Vec<&str> = tokens.iter().map(|t| t.span.of(text)).collect();
    // Lower-cased, with `’` as `'` so tables spell apostrophes one way: words already so
    // (most are) are borrowed from the text, the others written once into one buffer.
    let mut folded = String::new();
    let spans: Vec<Option<(usize, usize)>> = words
        .iter()
        .map(|w| {
            needs_fold(w).then(|| {
                let start = folded.len();
                fold_into(w, &mut folded);
                (start, folded.len())
            })
        })
        .collect();
    let lower: Vec<&str> = words
        .iter()
        .zip(&spans)
        .map(|(w, s)| s.map_or(*w, |(a, b)| &folded[a..b]))
        .collect();
    // A word-like token that starts nothing numeric; decided once per token.
    let inert: Vec<bool> = (0..tokens.len())
        .map(|k| {
            matches!(tokens[k].kind, TokenKind::Word | TokenKind::Punct)
                && !tables::may_start(lower[k])
                && code_token(words[k]).is_none()
                && glued_code_number(words[k]).is_none()
                && dates::period_code(lower[k]).is_none()
        })
        .collect();
    // An inert token starts no phrase (`may_start` knows every first word).
    let first_words: Vec<bool> = lower
        .iter()
        .zip(&inert)
        .map(|(w, &dead)| !dead && tables::is_first_word(w))
        .collect();
    let all_lower = !text.chars().any(char::is_uppercase);
    // Line by line, as the tokenizer ends a sentence at every line break: no amount or date
    // reads across one (`12.08` ending a table row, `Canadian dollar` starting the next).
    let mut out = Vec::new();
    let mut start = 0;
    for end in 1..=tokens.len() {
        let breaks = end == tokens.len()
            || text[tokens[end - 1].span.end..tokens[end].span.start].contains('\n');
        if !breaks {
            continue;
        }
        let line = start..end;
        start = end;
        let cx = Cx {
            text,
            tokens: &tokens[line.clone()],
            words: &words[line.clone()],
            lower: &lower[line.clone()],
            reference,
            all_lower,
            first_words: &first_words[line.clone()],
            numbers: RefCell::default(),
        };
        scan(&cx, &inert[line], &mut out);
    }
    out
}

/// The annotations of one line (`cx` holds its tokens), appended to `out`.
fn scan(cx: &Cx, inert: &[bool], out: &mut Vec<Annotation>) {
    let n = cx.tokens.len();
    // Most words start nothing numeric: skip them without trying each pattern. Lead words
    // (`the`, `in`, `.`) start something only with a live token after them.
    let skip = |k: usize| {
        let dead_after = |j: usize| j == n || (inert[j] && !tables::is_second_word(cx.lower(j)));
        inert[k] || (tables::LEAD_WORDS.contains(&cx.lower(k)) && dead_after(k + 1))
    };
    let mut i = 0;
    while i < n {
        if skip(i) {
            i += 1;
            continue;
        }
        let found = cx
            .time(i)
            .or_else(|| cx.weekday_counted(i))
            .or_else(|| cx.date(i))
            .or_else(|| cx.amount(i));
        match found {
            Some((end, ann)) if end > i => {
                out.push(cx.degree_read(i, end, ann));
                i = end;
            }
            // A unit named without a number, in a conversion: `10 celsius to fahrenheit`;
            // a percentage named before its amount or without one: `percent of 10`, `the %`.
            _ => match cx
                .named_unit(i, out.last())
                .or_else(|| cx.percent_first(i))
                .or_else(|| cx.percent_sign_alone(i))
            {
                Some((end, ann)) => {
                    out.push(cx.degree_read(i, end, ann));
                    i = end;
                }
                None => i += 1,
            },
        }
    }
}

/// Whether `phrase` (space-separated words) starts with the word `first`. Most phrase
/// lookups (a table's rows tried in turn) fail here, most of them on the first byte.
#[inline]
fn opens(first: &str, phrase: &str) -> bool {
    let (f, p) = (first.as_bytes(), phrase.as_bytes());
    p.first() == f.first() && p.starts_with(f) && p.get(f.len()).is_none_or(|&c| c == b' ')
}

/// Whether `w` changes when lower-cased with `’` as `'`.
fn needs_fold(w: &str) -> bool {
    if w.is_ascii() {
        w.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        w.chars().any(|c| c.is_uppercase() || c == '’')
    }
}

/// Appends `w` lower-cased, with `’` as `'`, to `out`.
fn fold_into(w: &str, out: &mut String) {
    for c in w.chars() {
        if c == '’' {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Whether `words` (lower-case, space-separated) is a qualifier the grammar keeps inside a
/// span (`over`, `more than`, `approximately`). Spec runners use it to accept our wider spans.
pub fn is_qualifier(words: &str) -> bool {
    QUALIFIERS.iter().any(|q| q.0 == words) || words == "between"
}

/// What a canonical unit measures (`"temperature"`, `"angle"`, `"age"`, `"length"`, `"mass"`
/// …), or `None` for one the grammar composes (`barrel per week`). A bare `degree` is a
/// temperature whose scale the text does not name; an angle in degrees is a `degree of arc`.
pub fn unit_kind(unit: &str) -> Option<&'static str> {
    UNIT_KINDS
        .iter()
        .find(|(_, units)| units.contains(&unit))
        .map(|&(kind, _)| kind)
}

thread_local! {
    /// Per table (by address and length), its rows by the first word of their phrase.
    #[allow(clippy::type_complexity)]
    static ROWS_BY_FIRST_WORD: RefCell<FxHashMap<(usize, usize), FxHashMap<Box<str>, Vec<u32>>>> =
        RefCell::default();
}

/// A row of [`QUALIFIERS`]: words, bound, approximate.
type Qualifier = (&'static str, Option<crate::Bound>, bool);

/// The reading context: the tokens, their text, lower-cased, and the reference date.
struct Cx<'a> {
    text: &'a str,
    tokens: &'a [Token],
    words: &'a [&'a str],
    lower: &'a [&'a str],
    reference: Option<(i32, u32, u32)>,
    /// The text has no capitals (lower-cased input, as in test suites): names cannot be told
    /// by their capitals, so month and weekday names are taken in lower case.
    all_lower: bool,
    /// Per token: whether it is the first word of some table phrase
    /// ([`tables::is_first_word`]), looked up once instead of once per table.
    first_words: &'a [bool],
    /// [`Cx::number`] by (token, after money): time, date and amount each read the number
    /// at a token, so each is parsed once.
    numbers: RefCell<FxHashMap<(usize, bool), Option<Num>>>,
}

/// A number read at some token.
#[derive(Clone, Copy, Debug)]
struct Num {
    value: f64,
    /// The token after it.
    end: usize,
    ordinal: bool,
    /// Written in words, at least in part.
    spelled: bool,
    /// One digits token, nothing else (`2024`, `10`).
    bare_digits: bool,
    /// Whether a scale word or letter multiplied it (`1.5 million`).
    scaled: bool,
}

/// The end of an amount: what the words after the number made of it.
#[derive(Clone, Copy, Debug)]
enum Tail {
    /// A percentage, the number times the factor (`5 basis points` is 0.05 %).
    Percent(f64),
    Money(&'static str, f64),
    Unit(&'static str, Label, f64),
    /// A unit per a unit of time: `km/h`, `barrels a day`.
    Rate(&'static str, &'static str),
}

impl<'a> Cx<'a> {
    fn span(&self, from: usize, to: usize) -> Span {
        self.tokens[from].span.cover(self.tokens[to - 1].span)
    }

    fn lower(&self, i: usize) -> &str {
        self.lower.get(i).copied().unwrap_or("")
    }

    fn word(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether tokens `i` and `i + 1` touch (no space between).
    fn touching(&self, i: usize) -> bool {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    /// Whether token `i` starts a sentence (nothing, or end punctuation, before it).
    fn sentence_start(&self, i: usize) -> bool {
        i == 0
            || matches!(
                self.word(i - 1),
                "." | "!" | "?" | "\"" | "“" | "‘" | "'" | "(" | ":" | ";" | "-" | "—" | "–" | "…"
            )
            || self.text[self.tokens[i - 1].span.end..self.tokens[i].span.start].contains('\n')
    }

    /// Whether tokens `i..` spell the words of `phrase` (lower-case, space-separated).
    fn phrase_at(&self, i: usize, phrase: &str) -> Option<usize> {
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
    fn longest<T>(
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

    // ---- numbers -------------------------------------------------------------------------

    /// A number at `i`: digits, words or both, with an optional sign and scale. `money` says
    /// a currency came before it, which lets `m` and `b` mean million and billion.
    fn number(&self, i: usize, money: bool) -> Option<Num> {
        if let Some(&n) = self.numbers.borrow().get(&(i, money)) {
            return n;
        }
        let n = self.read_number(i, money);
        self.numbers.borrow_mut().insert((i, money), n);
        n
    }

    /// [`Cx::number`], uncached.
    fn read_number(&self, i: usize, money: bool) -> Option<Num> {
        // A sign: `-5` (the `-` touching, not after another number), `minus five`.
        let (negative, j) = match self.lower(i) {
            "minus" | "negative" => (true, i + 1),
            // Not after a number either: `75 -300mm` is a range written loosely.
            "-" | "−" | "–"
                if self.touching(i)
                    && self.kind(i + 1) == Some(TokenKind::Number)
                    && (i == 0
                        || !(self.touching(i - 1)
                            || self.kind(i - 1) == Some(TokenKind::Number))) =>
            {
                (true, i + 1)
            }
            _ => (false, i),
        };
        let mut num = self.unsigned(j, money)?;
        if negative {
            if num.ordinal {
                return None;
            }
            num.value = -num.value;
            num.bare_digits = false;
        }
        Some(num)
    }

    fn unsigned(&self, i: usize, money: bool) -> Option<Num> {
        if self.kind(i) == Some(TokenKind::Number) {
            // `3 hundred and 21`, `4 thousand 3 hundred`, `3 million and a quarter`: digits
            // that number words go on.
            let next_is_scale = SCALES.iter().any(|s| s.0 == self.lower(i + 1));
            if next_is_scale && self.plain_small(i) {
                let pieces = self.word_pieces(i);
                if let Some(s) = words::spelled(pieces.iter().map(|p| p.0.as_ref()))
                    .filter(|s| s.words > 2 && !s.ordinal)
                {
                    return Some(Num {
                        value: s.value,
                        end: pieces[s.words - 1].1,
                        ordinal: false,
                        spelled: true,
                        bare_digits: false,
                        scaled: true,
                    });
                }
            }
            return self.digits_number(i, money);
        }
        // `.08`, `a .22 rifle`: a decimal without its zero.
        if self.word(i) == "."
            && self.touching(i)
            && (i == 0 || !self.touching(i - 1))
            && self.word(i + 1).bytes().all(|b| b.is_ascii_digit())
        {
            let value: f64 = format!("0.{}", self.word(i + 1)).parse().ok()?;
            return Some(Num {
                value,
                end: i + 2,
                ordinal: false,
                spelled: false,
                bare_digits: false,
                scaled: false,
            });
        }
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        let pieces = self.word_pieces(i);
        let s = words::spelled(pieces.iter().map(|p| p.0.as_ref()))?;
        let mut num = Num {
            value: s.value,
            end: pieces[s.words - 1].1,
            ordinal: s.ordinal,
            spelled: true,
            bare_digits: false,
            scaled: false,
        };
        // `three hundred and a half`-style leftovers are the word parser's; here only a
        // digits-style scale after words (`two bn`).
        if !num.ordinal && num.value < 1000.0 {
            if let Some((p, j)) = self.scale(num.end, false, false, false) {
                num.value *= 10f64.powi(p);
                num.end = j;
                num.scaled = true;
            }
        }
        Some(num)
    }

    /// The words of a spelled number from `i`, each with the token after it: `Twenty` `-`
    /// `six` (split because capitalised) and `fifty - two` joined back; digits below 1000
    /// after a scale word or `and` (`4 thousand 3 hundred and 21`).
    fn word_pieces(&self, i: usize) -> Vec<(Cow<'_, str>, usize)> {
        let mut pieces: Vec<(Cow<str>, usize)> = Vec::new();
        let mut j = i;
        while pieces.len() < MAX_NUMBER_WORDS {
            let digits_ok = j == i
                || pieces.last().is_some_and(|p| {
                    p.0 == "and" || SCALES.iter().any(|s| s.0 == p.0 && s.0.len() > 3)
                });
            let word = self.kind(j) == Some(TokenKind::Word);
            if !(word || (digits_ok && self.plain_small(j))) {
                break;
            }
            let dash = self.word(j + 1) == "-" && self.kind(j + 2) == Some(TokenKind::Word);
            let tight = self.touching(j) && self.touching(j + 1);
            if word && dash && (tight || words::spaced_compound(self.lower(j), self.lower(j + 2))) {
                let joined = format!("{}-{}", self.lower(j), self.lower(j + 2));
                pieces.push((Cow::Owned(joined), j + 3));
                j += 3;
                continue;
            }
            pieces.push((Cow::Borrowed(self.lower(j)), j + 1));
            j += 1;
        }
        pieces
    }

    /// `1 234 567`, `40 000`, `1 234 567.89`: groups of three digits after single spaces,
    /// the first of one to three digits, not within a longer run of digits (`423 0000`).
    fn space_grouped(&self, i: usize) -> Option<Num> {
        let digits = |k: usize, n: usize| {
            let w = self.word(k);
            self.kind(k) == Some(TokenKind::Number)
                && w.len() == n
                && w.bytes().all(|b| b.is_ascii_digit())
        };
        let space_after = |k: usize| match (self.tokens.get(k), self.tokens.get(k + 1)) {
            (Some(a), Some(b)) => &self.text[a.span.end..b.span.start] == " ",
            _ => false,
        };
        // A first group of one or two digits: `906 962` may be two columns of a table.
        let first = (1..=2).any(|n| digits(i, n)) && !self.word(i).starts_with('0');
        let after_number = i > 0
            && (self.touching(i - 1)
                || (space_after(i - 1) && self.kind(i - 1) == Some(TokenKind::Number)));
        if !first || after_number {
            return None;
        }
        let mut joined = self.word(i).to_string();
        let mut k = i;
        while space_after(k) && digits(k + 1, 3) {
            k += 1;
            joined.push_str(self.word(k));
        }
        // A last group with decimals: `567.89`.
        if k > i && space_after(k) {
            let w = self.word(k + 1);
            if let Some((g, f)) = w.split_once('.') {
                if g.len() == 3 && clean_digits(w).is_some() {
                    k += 1;
                    joined = format!("{joined}{g}.{f}");
                }
            }
        }
        // Not within a longer run (`423 0000`) or a phone number (`2 373-1800`).
        let longer = (space_after(k) && self.kind(k + 1) == Some(TokenKind::Number))
            || (self.touching(k)
                && matches!(self.word(k + 1), "-" | "/" | ":" | "." | ",")
                && self.kind(k + 2) == Some(TokenKind::Number));
        if k == i || longer {
            return None;
        }
        Some(Num {
            value: joined.parse().ok()?,
            end: k + 1,
            ordinal: false,
            spelled: false,
            bare_digits: false,
            scaled: false,
        })
    }

    /// A signed exponent of at most three digits at `k`, its sign touching it (`-4`, `+14`,
    /// `23`), and the token after.
    fn exponent(&self, k: usize) -> Option<(i32, usize)> {
        let (sign, k) = match self.word(k) {
            "+" | "--" if self.touching(k) => (1, k + 1),
            "-" | "−" if self.touching(k) => (-1, k + 1),
            _ => (1, k),
        };
        let w = self.word(k);
        let ok = self.kind(k) == Some(TokenKind::Number)
            && (1..=3).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| (sign * w.parse::<i32>().unwrap_or(0), k + 1))
    }

    /// Plain digits below 1000 without a leading zero (`3`, `21`, `450`).
    fn plain_small(&self, i: usize) -> bool {
        let w = self.word(i);
        self.kind(i) == Some(TokenKind::Number)
            && (1..=3).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_digit())
            && !w.starts_with('0')
    }

    /// A power after the number at `i`, touching it: `12.32e+14`, `1.1^23`, `2.5^-1`,
    /// `1.3x10^6`, `6.23 × 10^-4`; the mantissa's digits given. The value and the token after.
    fn power(&self, i: usize, digits: &str) -> Option<(f64, usize)> {
        let exponent = |k: usize| self.exponent(k);
        let base: f64 = digits.parse().ok()?;
        let k = i + 1;
        if !self.touching(i) {
            // `6.23 × 10^-4`
            if matches!(self.word(k), "×" | "x") && self.word(k + 1) == "10" {
                let (e, j) = (self.word(k + 2) == "^" && self.touching(k + 1))
                    .then(|| exponent(k + 3))
                    .flatten()?;
                return Some((format!("{digits}e{e}").parse().ok()?, j));
            }
            return None;
        }
        match self.word(k) {
            "e" | "E" => {
                let (e, j) = exponent(k + 1)?;
                Some((format!("{digits}e{e}").parse().ok()?, j))
            }
            "^" => {
                let (e, j) = exponent(k + 1)?;
                Some((base.powi(e), j))
            }
            "×" | "x" if self.word(k + 1) == "10" && self.word(k + 2) == "^" => {
                let (e, j) = exponent(k + 3)?;
                Some((format!("{digits}e{e}").parse().ok()?, j))
            }
            _ => None,
        }
    }

    /// `95,000`, `1.5`, `21st`, `3/4`, `10 1/2`, `½`, `1.5 million`, `95k`.
    fn digits_number(&self, i: usize, money: bool) -> Option<Num> {
        let w = self.word(i);
        let mut num = Num {
            value: 0.0,
            end: i + 1,
            ordinal: false,
            spelled: false,
            bare_digits: true,
            scaled: false,
        };
        if let Some(&(_, v)) = VULGAR_FRACTIONS.iter().find(|(f, _)| *f == w) {
            num.value = v;
            num.bare_digits = false;
            return Some(num);
        }
        if let Some(n) = parse_ordinal_digits(w) {
            num.value = n;
            num.ordinal = true;
            num.bare_digits = false;
            return Some(num);
        }
        // `1.3x10^6`: the mantissa and `x10` in one token.
        if let Some(m) = w.strip_suffix("x10").and_then(clean_digits) {
            if self.word(i + 1) == "^" && self.touching(i) {
                let (e, j) = self.exponent(i + 2)?;
                num.value = format!("{m}e{e}")
                    .parse()
                    .ok()
                    .filter(|v: &f64| v.is_finite())?;
                num.end = j;
                num.bare_digits = false;
                return Some(num);
            }
        }
        if let Some(found) = self.space_grouped(i) {
            return Some(found);
        }
        let digits = clean_digits(w).or_else(|| scientific(w))?;
        num.value = digits.parse().ok().filter(|v: &f64| v.is_finite())?;
        if let Some((value, end)) = self.power(i, &digits).filter(|p| p.0.is_finite()) {
            num.value = value;
            num.end = end;
            num.bare_digits = false;
            return Some(num);
        }
        // A fraction `3/4` (three tokens, touching).
        if self.word(i + 1) == "/" && self.touching(i) && self.touching(i + 1) {
            let den: f64 = clean_digits(self.word(i + 2))?.parse().ok()?;
            // `3/4`, `1/16`; not `9/11` or `24/7`, which are names and codes.
            if !FRACTION_DENOMINATORS.contains(&den) || digits.contains('.') || num.value >= den {
                return None;
            }
            num.value /= den;
            num.end = i + 3;
            num.bare_digits = false;
            return Some(num);
        }
        // A mixed fraction `10 1/2`, `2 ½`.
        if !digits.contains('.') {
            let k = i + 1;
            if let Some(&(_, v)) = VULGAR_FRACTIONS.iter().find(|(f, _)| *f == self.word(k)) {
                num.value += v;
                num.end = k + 1;
                num.bare_digits = false;
                return Some(num);
            }
            if self.kind(k) == Some(TokenKind::Number)
                && self.word(k + 1) == "/"
                && self.touching(k)
                && self.touching(k + 1)
            {
                let a: f64 = clean_digits(self.word(k))?.parse().ok()?;
                let b: f64 = clean_digits(self.word(k + 2)).and_then(|s| s.parse().ok())?;
                if b > a && a > 0.0 {
                    num.value += a / b;
                    num.end = k + 3;
                    num.bare_digits = false;
                    return Some(num);
                }
            }
        }
        // `$5.5-million`: a hyphened scale after money.
        let hyphened_scale = money
            && self.word(i + 1) == "-"
            && self.touching(i)
            && self.touching(i + 1)
            && SCALES.iter().any(|s| s.0 == self.lower(i + 2));
        let at_scale = if hyphened_scale { i + 2 } else { i + 1 };
        let decimal = digits.contains('.');
        if let Some((mut p, mut j)) = self.scale(at_scale, !hyphened_scale, money, decimal) {
            // `1.5 lakh crore`, `10 thousand crore`: Indian compound scales.
            if matches!(p, 3 | 5) && matches!(self.lower(j), "crore" | "crores") {
                p += 7;
                j += 1;
            }
            // Exact decimal scaling: `48.2` million is 48200000, not 48200000.000000007.
            num.value = format!("{digits}e{p}").parse().unwrap_or(num.value);
            num.end = j;
            num.bare_digits = false;
            num.scaled = true;
            // `1.5 million and a half` is rare; `3 dozen` is not.
        } else if matches!(self.lower(i + 1), "dozen" | "dozens" | "dzs" | "doz") {
            num.value *= 12.0;
            num.end = i + 2;
            num.bare_digits = false;
        }
        Some(num)
    }

    /// A scale after a number at `i`: `million`, `bn`, or, after digits when `letters`, a
    /// letter (`money`: a currency came before; `decimal`: the digits have a decimal point).
    ///
    /// The letters: `k` is a thousand, touching, alone or after a decimal (`95k`, `10 k.`,
    /// `2.33 k`). `M` is a million touching the digits (`10M`) or after a decimal (`1.5 M`); lower-case `m` only
    /// after a currency (`€20m`), for `1.8m` is a metre and `7.62mm` a millimetre. `b` is a
    /// billion touching the digits when capital, after a decimal or after a currency (`1.2b`,
    /// `$5b`); `5b` alone is a grade or a form. `G` is never a scale (`5G` networks). A letter
    /// is alone when no word follows it (`10 k run` may be a race).
    fn scale(&self, i: usize, letters: bool, money: bool, decimal: bool) -> Option<(i32, usize)> {
        let w = self.lower(i);
        if let Some(&(_, p)) = SCALES.iter().find(|(s, _)| *s == w) {
            // `hundred` after digits only when whole: `322 hundred`.
            return Some((p, i + 1));
        }
        if !letters || i == 0 {
            return None;
        }
        // `10M.` at the end of a sentence: the period is in the token.
        let raw = self.word(i);
        let raw = raw
            .strip_suffix('.')
            .filter(|r| r.len() <= 2 && self.kind(i + 1).is_none_or(|k| k != TokenKind::Word))
            .unwrap_or(raw);
        let w = raw.to_ascii_lowercase();
        let &(_, p) = TOUCHING_SCALES.iter().find(|(s, _)| *s == w)?;
        let touching = self.touching(i - 1);
        let alone = !touching
            && self.kind(i) == Some(TokenKind::Word)
            && self.kind(i + 1) != Some(TokenKind::Word);
        let capital = raw.chars().all(|c| c.is_uppercase());
        let money = money || self.money_before_number(i);
        let spaced = !touching && self.kind(i) == Some(TokenKind::Word);
        let ok = match w.as_str() {
            "k" => touching || alone || (spaced && decimal),
            "b" => touching && (capital || decimal || money),
            _ => (touching && (capital || money)) || (spaced && capital && decimal),
        };
        ok.then_some((p, i + 1))
    }

    /// Whether a currency sign stands before the number that ends at token `i`.
    fn money_before_number(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 && i - j < 3 {
            j -= 1;
            if CURRENCY_BEFORE.iter().any(|c| c.0 == self.lower(j))
                || code_token(self.word(j)).is_some()
            {
                return true;
            }
        }
        false
    }

    /// Whether the digits at `i` are followed by a currency of their own (`30 cents`, `30 $`,
    /// `30 USD`). Looks at one token only, so it cannot chain.
    fn currency_after_number(&self, i: usize) -> bool {
        let w = self.word(i + 1);
        self.kind(i) == Some(TokenKind::Number)
            && (code_token(w).is_some()
                || CURRENCY_BEFORE.iter().any(|c| c.0 == w)
                || CURRENCY_AFTER.iter().any(|c| c.0 == self.lower(i + 1)))
    }

    // ---- amounts -------------------------------------------------------------------------

    /// A qualifier at `i` (`over`, `more than`, `between`) and the token after it.
    fn qualifier(&self, i: usize) -> Option<(&'static Qualifier, usize)> {
        self.longest(i, QUALIFIERS, |q| q.0)
    }

    /// A currency before the number: `$`, `US$`, `£`, `USD`, `Rs`, `MEUR` (with the power
    /// of ten its prefix scales the amount by).
    fn currency_before(&self, i: usize) -> Option<(&'static str, i32, usize)> {
        if let Some((code, p)) = code_token(self.word(i)) {
            return Some((code, p, i + 1));
        }
        let (row, j) = self.longest(i, CURRENCY_BEFORE, |c| c.0)?;
        // `A$5`, but not the article in `a $5 bill`.
        if matches!(row.0, "a $" | "s $") && !self.touching(i) {
            return None;
        }
        // `rs` and `inr` only capitalised (`Rs 500`), not a lower-case word.
        if row.0.starts_with(|c: char| c.is_ascii_alphabetic()) && !row.0.contains('$') {
            let w = self.word(i);
            if !w.starts_with(|c: char| c.is_uppercase()) {
                return None;
            }
        }
        Some((row.1, 0, j))
    }

    /// What follows a number at `i`: a percent sign, a currency, a unit or a span of time.
    fn tail(&self, i: usize, num: &Num) -> Option<(Tail, usize)> {
        if let Some((_, j)) = self.longest(i, PERCENT_WORDS, |p| p) {
            // `20 percentage points`, `20%`; but not a bare `percentage` in `a percentage`.
            return Some((Tail::Percent(1.0), j));
        }
        // `25 basis points`, `25 bps` (lower-case: `BP` is a company).
        if let Some((_, j)) = self.longest(i, BASIS_POINTS, |p| p) {
            if self.word(i).starts_with('b') {
                return Some((Tail::Percent(0.01), j));
            }
        }
        // `a quarter of a percentage point`, `half a percent`: a fraction of a percent.
        let k = match (self.lower(i), self.lower(i + 1)) {
            ("of", "a" | "an") => i + 2,
            ("a", _) => i + 1,
            _ => i,
        };
        if k > i && num.spelled && num.value > 0.0 && num.value < 1.0 {
            if let Some((&p, j)) = self.longest(k, PERCENT_WORDS, |p| p) {
                if p != "%" {
                    return Some((Tail::Percent(1.0), j));
                }
            }
        }
        // `5 EUR`, `30 MUSD`, `20 usd`, and a scale after the code: `75 USD million`.
        let lower_code = || {
            let w = self.word(i);
            if w.len() != 3 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
                return None;
            }
            let upper = w.to_ascii_uppercase();
            let ok = !WORDLIKE_CODES.contains(&upper.as_str());
            ok.then(|| code_token(&upper)).flatten()
        };
        if let Some((code, mut p)) = code_token(self.word(i)).or_else(lower_code) {
            let mut j = i + 1;
            if p == 0 && !num.scaled {
                if let Some((q, k)) = self.scale(j, false, false, false) {
                    (p, j) = (q, k);
                }
            }
            return Some((Tail::Money(code, 10f64.powi(p)), j));
        }
        // `10 €`, `20€`: a sign after the amount; not one before the next (`1 $10`), unless
        // the next amount has its own currency (`10 $ 30 cents`, `10 $ 30 $`).
        let sign_after = CURRENCY_BEFORE
            .iter()
            .find(|c| c.0 == self.word(i) && !c.0.starts_with(|c: char| c.is_ascii_alphabetic()));
        let next_number = self.kind(i + 1) == Some(TokenKind::Number);
        if let Some(&(_, code)) = sign_after {
            if !next_number || (!self.touching(i) && self.currency_after_number(i + 1)) {
                return Some((Tail::Money(code, 1.0), i + 1));
            }
        }
        // `361 million pounds` is money; `25 pounds` a weight.
        if num.scaled && matches!(self.lower(i), "pounds" | "pound") {
            return Some((Tail::Money("GBP", 1.0), i + 1));
        }
        if let Some((&(_, code, factor), j)) = self
            .longest(i, CURRENCY_AFTER, |c| c.0)
            .filter(|(c, _)| c.0 != "p" || self.touching(i - 1))
        {
            // `marks`, `won`, `rand` are words too (`Satoshi` a name): only after a plain
            // amount in lower case.
            let ambiguous = matches!(
                self.lower(i),
                "marks" | "won" | "rand" | "real" | "lira" | "satoshi" | "satoshis" | "dong"
            );
            let capitalised = self.word(i).starts_with(char::is_uppercase);
            let verb_won = self.lower(i) == "won" && !num.scaled;
            if !(ambiguous && (capitalised || verb_won)) {
                return Some((Tail::Money(code, factor), j));
            }
        }
        if let Some((unit, j)) = self.measure_unit(i) {
            // `50 km/h`, `10 barrels a day`, `5 metres per second`: a rate.
            if let Some((per, k)) = self.per_time(j).filter(|_| !unit.contains(" of ")) {
                return Some((Tail::Rate(unit, per), k));
            }
            return Some((Tail::Unit(unit, Label::Quantity, 1.0), j));
        }
        if let Some((&(_, unit, label), j)) = self.longest(i, DURATIONS, |d| d.0) {
            return Some((Tail::Unit(unit, label, 1.0), j));
        }
        // `24h`, `2h 15m`: hours written against the number.
        let glued_hour = GLUED_TIMES
            .iter()
            .any(|g| g.0 == self.lower(i) && g.1 == "hour");
        if glued_hour && self.touching(i.wrapping_sub(1)) {
            return Some((Tail::Unit("hour", Label::Time, 1.0), i + 1));
        }
        None
    }

    /// After a span of time ending at `i`: past `later` or `earlier`, which place it from
    /// a time the text told of (`three days later`, `a week earlier`; the value stays the
    /// span's, as nothing in the text fixes the time it counts from).
    fn told_from(&self, i: usize) -> usize {
        match self.lower(i) {
            "later" | "earlier" => i + 1,
            _ => i,
        }
    }

    /// More of a span of time after one that ends at `i` in `unit`: `2 hours and 15
    /// minutes`, `2 years, 1 month and 21 days`, `2h 15m`, each part in a smaller unit than
    /// the one before. The parts' sum in `unit` and the token after the last; not when the
    /// span is a date's distance (`2 years 3 months ago`).
    fn compound_duration(&self, i: usize, unit: &str) -> Option<(f64, usize)> {
        let size = |u: &str| SECONDS_IN.iter().find(|s| s.0 == u).map(|s| s.1);
        let first = size(unit)?;
        let (mut last, mut last_unit) = (first, unit);
        let (mut sum, mut end) = (0.0, None);
        let mut j = i;
        for _ in 0..3 {
            let mut k = j;
            if self.lower(k) == "," {
                k += 1;
            }
            if self.lower(k) == "and" {
                k += 1;
            }
            let Some(n) = self
                .number(k, false)
                .filter(|n| !n.ordinal && n.value >= 0.0)
            else {
                break;
            };
            let glued = self.touching(n.end.wrapping_sub(1));
            let part = match self.longest(n.end, DURATIONS, |d| d.0) {
                Some((&(_, u, _), after)) => Some((u, after)),
                None if matches!(self.lower(n.end), "second" | "sec" | "secs") => {
                    Some(("second", n.end + 1))
                }
                None if glued => GLUED_TIMES
                    .iter()
                    .find(|g| g.0 == self.lower(n.end))
                    .filter(|g| g.0 != "m" || last_unit == "hour")
                    .map(|g| (g.1, n.end + 1)),
                None => None,
            };
            let Some((u, after)) = part else { break };
            let Some(s) = size(u).filter(|&s| s < last) else {
                break;
            };
            sum += n.value * s / first;
            (last, last_unit) = (s, u);
            j = after;
            end = Some(after);
        }
        let end = end?;
        // Six decimals: `3 minutes 49.09 seconds` is 3.818167 minutes.
        let sum = (sum * 1e6).round() / 1e6;
        self.ago(end, 1.0, last_unit)
            .is_none()
            .then_some((sum, end))
    }

    /// A unit of measure after a number at `i` and the token after it: `km`, `square feet`,
    /// `(kg)`, and short forms that are also words only where they cannot be (`1.8m`, `6C`,
    /// `1 m x 2 m`).
    fn measure_unit(&self, i: usize) -> Option<(&'static str, usize)> {
        let unit_row = |w: &str| UNITS_AFTER.iter().find(|u| u.0 == w).map(|u| u.1);
        // `20 (kg)`, `20 [kg]`, as in tables.
        if let Some(&(_, close)) = UNIT_BRACKETS.iter().find(|b| b.0 == self.word(i)) {
            if let (Some(unit), true) = (unit_row(self.lower(i + 1)), self.word(i + 2) == close) {
                return Some((unit, i + 3));
            }
        }
        if let Some((&(w, unit), j)) = self.longest(i, UNITS_AFTER, |u| u.0) {
            // Short forms that are also words need the number beside them or to be unusual
            // as words: `5 ft`, `10 km`, but not `in`, `a`, `m` apart from the number.
            // Symbols with a digit are case-sensitive: `m3` is a cubic metre, `M3` money.
            if !(w.contains(|c: char| c.is_ascii_digit()) && self.word(i) != w) {
                return Some((unit, j));
            }
        }
        if self.touching(i.wrapping_sub(1)) {
            if let Some(&(_, unit)) = TOUCHING_UNITS.iter().find(|(u, _)| *u == self.lower(i)) {
                let next_is_word = self.lower(i + 1).starts_with(|c: char| c.is_alphanumeric());
                // `6C` is Celsius, `5c` five cents; `(86F)` Fahrenheit, but a word after `F`
                // makes a code (`13F filing`, `777F to`).
                let scale_letter = matches!(unit, "degree Celsius" | "degree Fahrenheit");
                let ok = (!matches!(unit, "foot" | "inch" | "degree Fahrenheit") || !next_is_word)
                    && (!scale_letter
                        || (self.word(i).chars().all(|c| c.is_ascii_uppercase())
                            && !(self.touching(i) && self.word(i + 1) == "/")));
                if ok {
                    return Some((unit, i + 1));
                }
            }
        } else if self.word(i) == "m" && i > 0 && self.kind(i - 1) == Some(TokenKind::Number) {
            // `1 m x 2 m`, `12 m 20 cm`, `3 m/s`: a spaced `m` is a metre where a measure
            // goes on (another number, `x`, `by`, `long`, a rate), or ends the text or a
            // measure begun before (`2 m x 3 m`).
            let next = self.lower(i + 1);
            let ends =
                i + 1 == self.tokens.len() || (i > 1 && matches!(self.lower(i - 2), "x" | "×"));
            let goes_on = self.kind(i + 1) == Some(TokenKind::Number)
                || DIMENSION_JOINERS.contains(&next)
                || self.per_time(i + 1).is_some()
                || ends;
            if goes_on {
                return Some(("metre", i + 1));
            }
        } else if self.word(i) == "\"" && DIMENSION_JOINERS.contains(&self.lower(i + 1)) {
            // `a 10 " long pen`: a spaced inch mark, where no quotation can close.
            return Some(("inch", i + 1));
        }
        None
    }

    /// `per hour`, `/h`, `a day` after a unit at `i`: the unit of time of a rate, and the
    /// token after it. `a` and `an` take only whole words (`a day`, not `a s`).
    fn per_time(&self, i: usize) -> Option<(&'static str, usize)> {
        let (words_only, k) = match self.lower(i) {
            "per" | "/" => (false, i + 1),
            "a" | "an" => (true, i + 1),
            _ => return None,
        };
        // `m/s.` at the end of a sentence is one token.
        let word = self.lower(k);
        let short = word
            .strip_suffix('.')
            .filter(|_| !words_only)
            .unwrap_or(word);
        let &(w, unit) = PER_TIMES.iter().find(|t| t.0 == word || t.0 == short)?;
        // `5 kilos a week ago` is not a rate.
        let then = self.lower(k + 1);
        let dated = AGO_WORDS
            .iter()
            .any(|a| a.0.split(' ').next() == Some(then))
            || matches!(then, "later" | "earlier" | "before" | "after");
        (!words_only || (w.starts_with(unit) && !dated)).then_some((unit, k + 1))
    }

    /// `his 40s`, `her early 30s`: an age by its decade after an owner, a QUANTITY like
    /// `87 years old` (`{from: 40, to: 49, unit: "year of age"}`), read at the decade's token
    /// and spanning back to the owner.
    fn age_decade(&self, i: usize) -> Option<(usize, Annotation)> {
        let from = dates::two_digit_decade(self.lower(i)).filter(|_| i > 0)? as f64;
        let part = matches!(self.lower(i - 1), "early" | "mid" | "late");
        let owner_at = if part { i.checked_sub(2)? } else { i - 1 };
        if !POSSESSIVES.contains(&self.lower(owner_at)) {
            return None;
        }
        let value = Value {
            from: Some(from),
            to: Some(from + 9.0),
            unit: Some("year of age".to_string()),
            ..Value::default()
        };
        Some((i + 1, self.ann(owner_at, i + 1, Label::Quantity, value)))
    }

    /// `age 87`, `aged 18 to 24`: an age given after the word, a QUANTITY like `87 years old`.
    fn age_after_word(&self, i: usize) -> Option<(usize, Annotation)> {
        // Not a capitalised `Age` inside a name (`Ice Age 2`).
        if !AGE_WORDS.contains(&self.lower(i))
            || AGE_WORDS.contains(&self.lower(i + 1))
            || !self.lowercase_or_first(i)
        {
            return None;
        }
        let (end, ann) = self.amount_with(i + 1, true)?;
        let mut value = ann.value?;
        let age = |v: f64| (0.0..=130.0).contains(&v);
        let ok = ann.label == Label::Cardinal
            && (value.number.is_some_and(age) || value.to.is_some_and(age));
        if !ok {
            return None;
        }
        value.unit = Some("year of age".to_string());
        Some((end, self.ann(i, end, Label::Quantity, value)))
    }

    /// `the past two years`, `the last 12 months`, `the next five years`.
    fn counted_span(&self, i: usize) -> Option<(usize, Annotation)> {
        let k = if self.lower(i) == "the" { i + 1 } else { i };
        if !matches!(
            self.lower(k),
            "past" | "last" | "next" | "previous" | "coming" | "first"
        ) {
            return None;
        }
        let n = self.number(k + 1, false)?;
        if n.ordinal || n.value < 2.0 {
            return None;
        }
        let (&(_, unit, label), j) = self.longest(n.end, DURATIONS, |d| d.0)?;
        let value = Value {
            number: Some(n.value),
            unit: Some(unit.to_string()),
            ..Value::default()
        };
        Some((j, self.ann(i, j, label, value)))
    }

    /// `thousands`, `tens of thousands`, `hundreds of millions of dollars`, `dozens`: more
    /// than the order named, approximately.
    fn plural_scale(&self, i: usize) -> Option<(usize, Annotation)> {
        let order = |w: &str| match w {
            "dozens" => Some(12.0),
            "hundreds" => Some(100.0),
            "thousands" => Some(1e3),
            "millions" => Some(1e6),
            "billions" => Some(1e9),
            "trillions" => Some(1e12),
            _ => None,
        };
        let (mut n, mut j) = match self.lower(i) {
            "tens" if self.lower(i + 1) == "of" => (10.0 * order(self.lower(i + 2))?, i + 3),
            w => (order(w)?, i + 1),
        };
        if !self.lowercase_or_first(i) {
            return None;
        }
        // `hundreds of thousands`
        if self.lower(j) == "of" {
            if let Some(m) = order(self.lower(j + 1)).filter(|&m| m > n) {
                n *= m;
                j += 2;
            }
        }
        let mut value = Value {
            number: Some(n),
            bound: Some(crate::Bound::MoreThan),
            approx: Some(true),
            ..Value::default()
        };
        let mut label = Label::Cardinal;
        // `billions of dollars`
        if self.lower(j) == "of" {
            if let Some((&(_, code, 1.0), k)) = self.longest(j + 1, CURRENCY_AFTER, |c| c.0) {
                value.currency = Some(code.to_string());
                label = Label::Money;
                j = k;
            }
        }
        Some((j, self.ann(i, j, label, value)))
    }

    /// `six-mile`, `one-yen`, `five-year-old`: a spelled number and a unit in one word.
    fn hyphen_measure(&self, i: usize) -> Option<(usize, Annotation)> {
        let w = self.lower(i);
        if self.kind(i) != Some(TokenKind::Word) || !w.contains('-') {
            return None;
        }
        let parts: Vec<&str> = w.split('-').collect();
        (1..parts.len()).find_map(|k| {
            let head = parts[..k].join("-");
            let rest = parts[k..].join("-");
            let n = words::spelled(std::iter::once(head.as_str()))?;
            if n.ordinal || !self.lowercase_or_first(i) {
                return None;
            }
            let (label, mut value) = unit_word(&rest)?;
            value.number = Some(n.value * value.number.unwrap_or(1.0));
            Some((i + 1, self.ann(i, i + 1, label, value)))
        })
    }

    /// `24703m2`, `5cm3`: digits and a unit in one token (the tokenizer splits `10km`).
    fn glued_measure(&self, i: usize) -> Option<(usize, Annotation)> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let w = self.word(i);
        let (digits, unit) = w.split_at(w.find(|c: char| c.is_ascii_alphabetic())?);
        let &(_, unit) = UNITS_AFTER.iter().find(|u| u.0 == unit)?;
        let value = Value {
            number: Some(parse_digits(digits)?),
            unit: Some(unit.to_string()),
            ..Value::default()
        };
        Some((i + 1, self.ann(i, i + 1, Label::Quantity, value)))
    }

    /// `[qualifier] [currency] number [scale] [range] [suffix]`, or an ordinal.
    fn amount(&self, i: usize) -> Option<(usize, Annotation)> {
        self.amount_with(i, true)
    }

    /// An amount; `ranges` allows a second whole amount after it (`5% to 6%`), read without
    /// ranges of its own, so reading stays bounded.
    fn amount_with(&self, i: usize, ranges: bool) -> Option<(usize, Annotation)> {
        if let Some(found) = self.hyphen_measure(i).or_else(|| self.glued_measure(i)) {
            return Some(found);
        }
        if let Some(found) = self.age_after_word(i).or_else(|| self.age_decade(i)) {
            return Some(found);
        }
        // `a year ago`, `a week`, `an hour`: `a` counts one before a span of time.
        if matches!(self.lower(i), "a" | "an") {
            if let Some((&(_, unit, label), j)) = self.longest(i + 1, DURATIONS, |d| d.0) {
                if let Some((end, v)) = self.ago(j, 1.0, unit).filter(|_| label == Label::Date) {
                    return Some((end, self.ann(i, end, Label::Date, v)));
                }
                let singular = !self.lower(i + 1).ends_with('s');
                if singular && !matches!(self.lower(j), "-" | "old") {
                    let value = Value {
                        number: Some(1.0),
                        unit: Some(unit.to_string()),
                        ..Value::default()
                    };
                    let j = self.told_from(j);
                    return Some((j, self.ann(i, j, label, value)));
                }
            }
        }
        // `the past two years`, `the next five months`: a span of time counted from now.
        if let Some(found) = self.counted_span(i) {
            return Some(found);
        }
        // `half a percentage point`, `half a percent`: a bare fraction before its percent.
        if let (Some(v), "a") = (words::bare_fraction(self.lower(i)), self.lower(i + 1)) {
            if let Some((&p, j)) = self.longest(i + 2, PERCENT_WORDS, |p| p) {
                if p != "%" {
                    return Some((j, self.ann(i, j, Label::Percent, Value::number(v))));
                }
            }
        }
        // `thousands`, `hundreds of thousands`, `dozens`: a count given by its order.
        if let Some(found) = self.plural_scale(i) {
            return Some(found);
        }
        let (qualifier, after_q) = match self.qualifier(i) {
            Some((q, j)) => (Some(q), j),
            None => match self.lower(i) {
                "between" => (None, i + 1),
                _ => (None, i),
            },
        };
        // `about 2019-aug-1`: a date follows, which the scan reads next.
        if after_q > i && self.month_among_numbers(after_q).is_some() {
            return None;
        }
        let between = self.lower(i) == "between";
        let (mut currency, power, at_number) = match self.currency_before(after_q) {
            Some((code, p, j)) => (Some(code), p, j),
            None => (None, 0, after_q),
        };
        // `USD115`, `EUR2.5 million`: a code glued to its digits, in one token.
        let glued = glued_code_number(self.word(at_number)).map(|(code, value)| {
            currency = Some(code);
            let mut num = Num {
                value,
                end: at_number + 1,
                ordinal: false,
                spelled: false,
                bare_digits: false,
                scaled: false,
            };
            if let Some((p, j)) = self.scale(at_number + 1, false, false, false) {
                num.value *= 10f64.powi(p);
                num.end = j;
                num.scaled = true;
            }
            num
        });
        // `nearly half`, `more than half`: a bare fraction after a qualifier.
        let Some(mut num) = glued.or_else(|| self.number(at_number, currency.is_some())) else {
            if qualifier.is_some() && currency.is_none() {
                if let Some(v) = words::bare_fraction(self.lower(at_number)) {
                    let value = qualified(Value::number(v), qualifier);
                    return Some((
                        at_number + 1,
                        self.ann(i, at_number + 1, Label::Cardinal, value),
                    ));
                }
                // `over a third earlier this week`: an ordinal takes no qualifier, so `a
                // third` after one is a fraction whatever follows.
                if let Some(v) =
                    words::article_fraction(self.lower(at_number), self.lower(at_number + 1))
                {
                    let value = qualified(Value::number(v), qualifier);
                    return Some((
                        at_number + 2,
                        self.ann(i, at_number + 2, Label::Cardinal, value),
                    ));
                }
            }
            return None;
        };
        if power != 0 && !num.ordinal {
            num.value *= 10f64.powi(power);
            num.scaled = true;
        }
        if num.ordinal {
            if qualifier.is_some() || currency.is_some() || between {
                return None;
            }
            // `a second`, `per second`: the unit of time.
            let unit_of_time = self.lower(at_number) == "second"
                && at_number > 0
                && matches!(
                    self.lower(at_number - 1),
                    "a" | "one" | "per" | "every" | "split"
                );
            if unit_of_time {
                return None;
            }
            if num.spelled && !self.lowercase_or_first(at_number) {
                return None;
            }
            return Some((
                num.end,
                self.ann(at_number, num.end, Label::Ordinal, Value::number(num.value)),
            ));
        }
        if num.spelled && !self.lowercase_or_first(at_number) {
            return None;
        }
        if at_number == i && self.hyphened_to_word(i) {
            return None;
        }
        // `one in five`, `two out of three`, `1 over 20`: a ratio, read as a fraction.
        if let Some((den, j)) = self.ratio(&num, currency.is_some() || qualifier.is_some()) {
            num.value /= den;
            num.end = j;
            num.bare_digits = false;
        }
        // A range: `10-15`, `10 to 15`, `between 10 and 15`, `$10-15 million`.
        let mut from_to = None;
        // After a change, `$2 to $30` is the change and the level reached.
        let after_change = || i > 0 && CHANGE_WORDS.contains(&self.lower(i - 1));
        let level_after = self.lower(num.end) == "to"
            && after_change()
            && self.currency_before(num.end + 1).is_some();
        let range = self
            .range_end(num.end, between, currency.is_some())
            .filter(|_| !level_after);
        if let Some((to, j)) = range {
            if !(num.bare_digits
                && to.bare_digits
                && self.is_year_like(at_number)
                && self.is_year_like(num.end + 1))
            {
                // `10-15 million`: the scale after the range applies to both ends.
                let mut from = num.value;
                if to.scaled && !num.scaled && from.abs() < to.value.abs() / 1000.0 {
                    let p = (to.value / clean_number(self.word(j - 2)).unwrap_or(to.value))
                        .log10()
                        .round() as i32;
                    from *= 10f64.powi(p);
                }
                if from >= to.value {
                    // `52-48`, `3-1`: a vote or a score, not a range.
                    return self.score(i, at_number, j, qualifier);
                }
                from_to = Some((from, to.value));
                num.end = j;
                num.bare_digits = false;
            }
        }
        let mut end = num.end;
        let mut label = Label::Cardinal;
        let mut value = Value::number(num.value);
        let mut factor = 1.0;
        // `3-inch`, `12-cent`, `5-year-old`: a unit joined by a hyphen.
        let hyphen = self.word(end) == "-" && self.touching(end - 1) && self.touching(end);
        let tail = if hyphen {
            self.tail(end + 1, &num)
                .filter(|(t, j)| *j == end + 2 && !matches!(t, Tail::Percent(_)))
        } else {
            self.tail(end, &num)
        };
        match tail {
            Some((Tail::Percent(f), j)) if currency.is_none() => {
                label = Label::Percent;
                factor = f;
                end = j;
            }
            Some((Tail::Money(code, f), j)) if currency.is_none() => {
                currency = Some(code);
                factor = f;
                end = j;
                // `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `15 USD 50.`
                if f == 1.0 && from_to.is_none() {
                    if let Some((cents, k)) = self.cents_after(end, code, &num) {
                        value.number = Some(num.value + cents);
                        end = k;
                    }
                }
            }
            Some((Tail::Unit(unit, l, f), j)) if currency.is_none() => {
                label = l;
                factor = f;
                value.unit = Some(unit.to_string());
                end = j;
                // `5 feet 10 inches`, `5 ft 2 in`
                if let Some((extra, k)) = self.compound_unit(end, unit) {
                    value.number = Some(num.value + extra);
                    end = k;
                }
                // `5 degrees below zero`
                if unit.starts_with("degree") && from_to.is_none() {
                    if let Some((&(_, sign), k)) = self.longest(end, ZERO_SIDES, |z| z.0) {
                        value.number = value.number.map(|n| n * sign);
                        end = k;
                    }
                }
                // `2 hours and 15 minutes`, `2h 15m`: a span of time in several units.
                if matches!(l, Label::Date | Label::Time) && from_to.is_none() {
                    if let Some((extra, k)) = self.compound_duration(end, unit) {
                        value.number = Some(num.value + extra);
                        end = k;
                    }
                }
                // `two years ago`: a relative date.
                if l == Label::Date && from_to.is_none() && value.number == Some(num.value) {
                    if let Some((ann_end, v)) = self.ago(end, num.value, unit) {
                        return Some((ann_end, self.ann(i, ann_end, Label::Date, v)));
                    }
                }
                if matches!(l, Label::Date | Label::Time) {
                    end = self.told_from(end);
                }
            }
            Some((Tail::Rate(unit, per), j)) if currency.is_none() => {
                label = Label::Quantity;
                value.unit = Some(format!("{unit} per {per}"));
                end = j;
            }
            // `$5 USD`, `£20 sterling`: the code after a sign repeats it.
            Some((Tail::Money(_, 1.0), j)) if self.word(end).starts_with(char::is_alphabetic) => {
                end = j
            }
            // `$15 and 50.`, `C$100 and fifty`: the minor part after a sign's amount.
            None if from_to.is_none() => {
                if let Some(code) = currency {
                    if let Some((cents, k)) = self.cents_after(end, code, &num) {
                        value.number = Some(num.value + cents);
                        end = k;
                    }
                }
            }
            _ => {}
        }
        // `5.25% to 5.5%`, `$10 million to $15 million`: a range of two whole amounts.
        // `between 5.25% and 5.5%`
        let joiner = match self.lower(end) {
            "to" | "-" | "–" => true,
            "and" => between,
            _ => false,
        };
        // Not after a change (`rose 0.3% to 4.5%`, `fell $2 to $30`: the change, then the
        // level), nor from basis points (`5 basis points to 4.25%`).
        if ranges
            && from_to.is_none()
            && end > num.end
            && joiner
            && factor >= 1.0
            && !after_change()
        {
            if let Some((to_end, to_ann)) = self.amount_with(end + 1, false) {
                let to_value = to_ann.value.clone().unwrap_or_default();
                // Money ranges need money at both ends: `rose 12.71 taka to 228.7` is no range.
                let kind = if currency.is_some() {
                    Label::Money
                } else {
                    label
                };
                let same_kind = to_ann.label == kind;
                if let (true, Some(to)) = (same_kind && to_value.bound.is_none(), to_value.number) {
                    let from = value.number.unwrap_or(num.value) * factor;
                    if from < to && to_value.unit == value.unit {
                        from_to = Some((from / factor, to / factor));
                        end = to_end;
                    }
                }
            }
        }
        // `between` opens a range only.
        if between && from_to.is_none() {
            return None;
        }
        if let Some(code) = currency {
            label = Label::Money;
            value.currency = Some(code.to_string());
        }
        if factor != 1.0 {
            value.number = value.number.map(|n| n * factor);
        }
        if let Some((from, to)) = from_to {
            value.number = None;
            value.from = Some(from * factor);
            value.to = Some(to * factor);
        }
        // Not numbers: years without a tail, codes, pronoun `one`.
        if label == Label::Cardinal && qualifier.is_none() && from_to.is_none() {
            if num.bare_digits && self.is_year_like(at_number) && !self.counted_year(at_number) {
                return None;
            }
            if num.bare_digits && self.is_code(at_number) {
                return None;
            }
            if self.is_pronoun_one(at_number, &num) {
                return None;
            }
            if num.bare_digits && self.is_dotted_code(at_number) {
                return None;
            }
        }
        if let Some(q) = qualifier {
            value = qualified(value, Some(q));
        }
        Some((end, self.ann(i, end, label, value)))
    }

    /// The denominator of a ratio after `num` (`in five`, `out of three`, `over 20`) and the
    /// token after it; none after money or a qualifier. `in` and `out of` need a numerator
    /// no larger (`one in a million`), `in` also a numerator of one or a round denominator;
    /// `over`, which is also `more than` and `during`, needs
    /// the sentence to end or pause after the denominator (`1 over 3.`); and no unit or span
    /// of time may follow (`5 in 10 minutes`, `2,000 over 3 years`).
    fn ratio(&self, num: &Num, money_or_bound: bool) -> Option<(f64, usize)> {
        let i = num.end;
        let (over, k) = match self.lower(i) {
            "over" => (true, i + 1),
            "in" => (false, i + 1),
            "out" if self.lower(i + 1) == "of" => (false, i + 2),
            _ => return None,
        };
        if num.ordinal || money_or_bound || num.value == 0.0 {
            return None;
        }
        let den = self.unsigned(k, false)?;
        let year = den.bare_digits && self.is_year_like(k);
        if den.ordinal || den.value <= 0.0 || year || (!over && num.value.abs() > den.value) {
            return None;
        }
        // `in`: one in any number, or a share of a round count (`3 in 10`, `9 in 100`); not
        // `55 in 60 balls`.
        let round = (2.0..=10.0).contains(&den.value)
            || (den.value >= 100.0 && den.value.log10().fract() == 0.0);
        if !over && k == i + 1 && num.value.abs() != 1.0 && !round {
            return None;
        }
        if over && self.kind(den.end) == Some(TokenKind::Word) {
            return None;
        }
        if self.tail(den.end, &den).is_some() {
            return None;
        }
        Some((den.value, den.end))
    }

    /// `52-48`, `3-1`: two counts read together, a CARDINAL without a single value.
    fn score(
        &self,
        i: usize,
        at_number: usize,
        end: usize,
        qualifier: Option<&Qualifier>,
    ) -> Option<(usize, Annotation)> {
        if qualifier.is_some() || self.word(at_number + 1) != "-" {
            return None;
        }
        Some((end, self.ann(i, end, Label::Cardinal, Value::default())))
    }

    /// The second half of a range after a number ending at `i`: a joiner and a number.
    fn range_end(&self, i: usize, between: bool, money: bool) -> Option<(Num, usize)> {
        let joiner = self.lower(i);
        if !RANGE_JOINERS.contains(&joiner) {
            return None;
        }
        if joiner == "and" && !between {
            return None;
        }
        if between && joiner != "and" {
            return None;
        }
        if matches!(joiner, "-" | "–" | "—")
            && !(self.touching(i - 1) && self.touching(i))
            && joiner == "-"
        {
            return None;
        }
        let mut k = i + 1;
        if money {
            if let Some((_, 0, j)) = self.currency_before(k) {
                k = j;
            }
        }
        let to = self.number(k, money)?;
        if to.ordinal {
            return None;
        }
        Some((to, to.end))
    }

    /// The minor part after `whole` money in `code` ending at `i`, in the main unit: `50
    /// cents`, `and 45 pence`, or a bare two-digit or spelled number closing the amount
    /// (`15 dollars 50.`, `thirteen dollars forty-five`, `$15 and 50`); not one that may
    /// count what follows (`$15 and 15 people`).
    fn cents_after(&self, i: usize, code: &str, whole: &Num) -> Option<(f64, usize)> {
        let and = self.lower(i) == "and";
        let k = if and { i + 1 } else { i };
        let n = self.number(k, false)?;
        if n.ordinal || n.scaled || !(0.0..100.0).contains(&n.value) {
            return None;
        }
        if let Some((&(_, c, f), j)) = self.longest(n.end, CURRENCY_AFTER, |c| c.0) {
            // A cent is the hundredth of many currencies; a penny of the pound only.
            let same = c == code || matches!(self.lower(n.end), "cent" | "cents");
            return (f < 1.0 && same).then_some((n.value * f, j));
        }
        let plain = |v: f64| v.fract() == 0.0 && v >= 0.0;
        let written = n.spelled || (self.word(k).len() == 2 && n.end == k + 1);
        let next = self.lower(n.end);
        let closes = next.is_empty() || MINOR_CLOSERS.contains(&next);
        (closes && written && plain(n.value) && plain(whole.value) && !whole.scaled)
            .then_some((n.value / 100.0, n.end))
    }

    /// The smaller unit of a compound measure after a quantity ending at `i`.
    fn compound_unit(&self, i: usize, unit: &str) -> Option<(f64, usize)> {
        let &(_, small, ratio) = COMPOUND_UNITS.iter().find(|c| c.0 == unit)?;
        // `6-foot-5`: the inches unsaid after a hyphen.
        let hyphened = self.word(i) == "-" && self.touching(i - 1) && self.touching(i);
        if hyphened && small == "inch" && self.kind(i + 1) == Some(TokenKind::Number) {
            let n = self.number(i + 1, false)?;
            let whole = n.value.fract() == 0.0 && (0.0..12.0).contains(&n.value);
            let unit_after = self.measure_unit(n.end).is_some() || self.word(n.end) == "-";
            return (whole && n.end == i + 2 && !unit_after).then_some((n.value / ratio, n.end));
        }
        let k = if self.lower(i) == "and" { i + 1 } else { i };
        let n = self.number(k, false)?;
        if n.ordinal {
            return None;
        }
        let end_unit = |j: usize| -> Option<usize> {
            if let Some((&(_, u), j2)) = self.longest(j, UNITS_AFTER, |u| u.0) {
                return (u == small).then_some(j2);
            }
            // `5 ft 2 in`, `5'10"`
            let w = self.lower(j);
            ((small == "inch" && (w == "in" || w == "\"" || w == "in."))
                || (small == "pound" && w == "lb"))
                .then_some(j + 1)
        };
        let j = end_unit(n.end)?;
        Some((n.value / ratio, j))
    }

    /// `ann` over tokens `from..end`, a bare `degree` in it read as an angle or a temperature
    /// by the words around it ([`Cx::degree_reading`]).
    fn degree_read(&self, from: usize, end: usize, mut ann: Annotation) -> Annotation {
        if let Some(v) = ann.value.as_mut() {
            if v.unit.as_deref() == Some("degree") {
                v.unit = Some(self.degree_reading(from, end).to_string());
            }
        }
        ann
    }

    /// What a bare `degree` measured over tokens `from..end` is ([`DEGREE_CUES`]): `degree
    /// of arc` where the word right after names an angle (`a 45 degree angle`, `a 360-degree
    /// view`), or a word a few before, within the clause, turns something (`rotate 90°`,
    /// `tilted 23.5 degrees`) and none there speaks of heat; otherwise `degree`, a
    /// temperature (`the thermostat was turned down 2 degrees`, `10 degrees colder`).
    fn degree_reading(&self, from: usize, end: usize) -> &'static str {
        let cue = |w: &str, c: DegreeCue| DEGREE_CUES.iter().any(|r| r.0 == w && r.1 == c);
        let next = self.lower(end);
        if cue(next, DegreeCue::HeatAfter) {
            return "degree";
        }
        if cue(next, DegreeCue::AngleAfter) {
            return "degree of arc";
        }
        let mut turned = false;
        for k in (from.saturating_sub(DEGREE_CUE_REACH)..from).rev() {
            let w = self.lower(k);
            if matches!(w, "." | "!" | "?" | ";" | ":" | ",") {
                break;
            }
            if cue(w, DegreeCue::HeatBefore) {
                return "degree";
            }
            turned |= cue(w, DegreeCue::AngleBefore);
        }
        if turned {
            "degree of arc"
        } else {
            "degree"
        }
    }

    /// A unit named without a number at `i`, where a conversion frame makes it a quantity
    /// (a value with a unit and no number): the target after a quantity of its kind (`10
    /// celsius to fahrenheit`, `into`, `in`); either side of `fahrenheit to celsius`; asked
    /// for after a quantity of its kind (`… is how much celsius`); or equated to a quantity
    /// of its kind after `a` (`a metric ton is equal to 2,204.62 pounds`, the span without
    /// `a`). `prev` is the annotation before. Elsewhere a named unit is a word (`in
    /// Celsius`, `Celsius Network`, `how many pounds she gained`).
    fn named_unit(&self, i: usize, prev: Option<&Annotation>) -> Option<(usize, Annotation)> {
        if !self.first_words.get(i).copied().unwrap_or(false)
            || !tables::may_name_unit(self.lower(i))
        {
            return None;
        }
        let ends_at = |phrase: &str| {
            let n = 1 + phrase.bytes().filter(|&b| b == b' ').count();
            i >= n && self.phrase_at(i - n, phrase) == Some(i)
        };
        // The frame's words first, each a few comparisons; the unit only where one fits.
        let after_quantity = i >= 2
            && CONVERSION_WORDS.iter().any(|c| ends_at(c.0))
            && prev.is_some_and(|a| {
                a.label == Label::Quantity && a.span.end == self.tokens[i - 2].span.end
            });
        let asked = QUESTION_WORDS.iter().any(|q| ends_at(q));
        let after_article = i >= 1 && matches!(self.lower(i - 1), "a" | "an");
        let joined = (1..=3).any(|k| {
            CONVERSION_WORDS
                .iter()
                .any(|c| c.1 && self.lower(i + k) == c.0)
        });
        if !(after_quantity || asked || after_article || joined) {
            return None;
        }
        let (unit, j) = self.unit_named(i)?;
        let kind = unit_kind(unit)?;
        let prev_kind = prev
            .and_then(|a| a.value.as_ref()?.unit.as_deref())
            .and_then(unit_kind);
        // Asked for after a quantity of its kind (`101 fahrenheit is how much celsius`), not
        // in any question (`how many pounds she gained`).
        let ok = ((after_quantity || asked) && prev_kind == Some(kind))
            || (after_article && self.equals_quantity(j, kind))
            || (CONVERSION_WORDS.iter().any(|c| c.1 && self.lower(j) == c.0)
                && self
                    .unit_named(j + 1)
                    .is_some_and(|(other, _)| other != unit && unit_kind(other) == Some(kind)));
        let value = Value {
            unit: Some(unit.to_string()),
            ..Value::default()
        };
        ok.then(|| (j, self.ann(i, j, Label::Quantity, value)))
    }

    /// A percentage whose word comes first, at `i`: `percent of 10`, `per cent of
    /// twenty-two` (10 %, 22 %). Only as a phrase of its own: the word opens a sentence and
    /// the amount closes it, so `a large percent of 10,000 voters` and `Percent of 10,000
    /// voters backed it` are words, and `20 percent of 50` is read as 20 % before this.
    fn percent_first(&self, i: usize) -> Option<(usize, Annotation)> {
        if !self.sentence_start(i) {
            return None;
        }
        let (_, j) = self.longest(i, PERCENT_HEADS, |p| p)?;
        if self.lower(j) != "of" {
            return None;
        }
        let num = self.number(j + 1, false)?;
        let closed = num.end == self.tokens.len() || PHRASE_CLOSERS.contains(&self.word(num.end));
        (closed && !num.ordinal).then(|| {
            let value = Value::number(num.value);
            (num.end, self.ann(i, num.end, Label::Percent, value))
        })
    }

    /// A percent sign standing alone at `i`, words either side (`the % of increase`): a
    /// percentage whose amount the text does not give (a value without a number). Not a
    /// sign touching anything (`30%25` in a web address), nor after a number (`20 %`).
    fn percent_sign_alone(&self, i: usize) -> Option<(usize, Annotation)> {
        let spaced = i > 0 && !self.touching(i - 1) && !self.touching(i);
        let words_around = self.kind(i.wrapping_sub(1)) == Some(TokenKind::Word)
            && self.kind(i + 1) == Some(TokenKind::Word);
        (self.word(i) == "%" && spaced && words_around)
            .then(|| (i + 1, self.ann(i, i + 1, Label::Percent, Value::default())))
    }

    /// A unit spelled out in words at `i` (`fahrenheit`, `degrees celsius`, `metric ton`; not
    /// short forms such as `in`, `m`, `ft` or `°`) and the token after it.
    fn unit_named(&self, i: usize) -> Option<(&'static str, usize)> {
        let (&(w, unit), j) = self.longest(i, UNITS_AFTER, |u| u.0)?;
        tables::spelled_unit(w).then_some((unit, j))
    }

    /// Whether `is`, `equals`, `is equal to` … at `i` and then a quantity of `kind` follow.
    fn equals_quantity(&self, i: usize, kind: &str) -> bool {
        EQUALS_WORDS
            .iter()
            .filter_map(|e| self.phrase_at(i, e))
            .max()
            .and_then(|k| self.amount(k))
            .and_then(|(_, a)| a.value?.unit)
            .is_some_and(|u| unit_kind(&u) == Some(kind))
    }

    fn ann(&self, from: usize, to: usize, label: Label, value: Value) -> Annotation {
        Annotation {
            span: self.span(from, to),
            label,
            value: Some(value),
            score: None,
        }
    }

    /// Spelled numbers and ordinals are numbers in lower case, or capitalised at a sentence
    /// start; mid-sentence capitals are names (`Fantastic Four`, `Second World War`).
    fn lowercase_or_first(&self, i: usize) -> bool {
        let w = self.word(i);
        !w.starts_with(char::is_uppercase)
            || self.sentence_start(i)
            || w.chars().all(|c| !c.is_lowercase())
    }

    /// A four-digit number 1000–2099 written plainly: a year unless context makes it a count.
    fn is_year_like(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (1000..2100).contains(&w.parse::<u32>().unwrap_or(0))
    }

    /// `2024 troops`: a year-like number counting a plural noun after it; but `the 2022
    /// midterms` are a year's.
    fn counted_year(&self, i: usize) -> bool {
        let recent = (1900..2100).contains(&self.word(i).parse::<u32>().unwrap_or(0));
        if recent && i > 0 && self.lower(i - 1) == "the" {
            return false;
        }
        let next = self.lower(i + 1);
        next.len() > 3
            && next.ends_with('s')
            && !next.ends_with("'s")
            && self.word(i + 1).starts_with(|c: char| c.is_lowercase())
    }

    /// Digits that are part of a name or code: `Windows 10`, `Boeing 737`, `No. 5`.
    fn is_code(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let prev = self.word(i - 1);
        if CODE_WORDS.contains(&self.lower(i - 1)) {
            return true;
        }
        // The second half of `9/11`, `24/7`, `2:1`.
        if matches!(prev, "/" | ":" | "#") && self.touching(i - 1) {
            return true;
        }
        if self.hyphened_to_word(i) {
            return true;
        }
        // `FTSE 100`, `S&P 500`: an acronym names what follows.
        let acronym = prev.chars().all(|c| c.is_ascii_uppercase())
            && !prev.is_empty()
            && !CURRENCY_CODES.contains(&prev)
            && !dates::is_calendar_word(self.lower(i - 1));
        if acronym && (prev.len() > 1 || !self.sentence_start(i - 1)) {
            return true;
        }
        // A capitalised word (not at a sentence start, not a calendar or qualifier word)
        // right before the number names it: `Apollo 11`, `Boeing 737`.
        let capital = prev.starts_with(char::is_uppercase) && prev.chars().any(char::is_lowercase);
        capital
            && !self.sentence_start(i - 1)
            && !dates::is_calendar_word(self.lower(i - 1))
            && self.qualifier(i - 1).is_none()
            && !is_qualifier(self.lower(i - 1))
    }

    /// `Covid-19`, `SCP-173m`: digits hyphened to the word before them are part of a name.
    fn hyphened_to_word(&self, i: usize) -> bool {
        i > 1
            && self.word(i - 1) == "-"
            && self.touching(i - 1)
            && self.touching(i - 2)
            && self.kind(i - 2) == Some(TokenKind::Word)
    }

    /// `192.168.1.2`, `1.2.3`: digits with several dots are codes; so are digits with a
    /// leading zero (`020`) and runs of digit groups (`020 7946 0958`), as in phone numbers.
    fn is_dotted_code(&self, i: usize) -> bool {
        let w = self.word(i);
        let plain = |k: usize| {
            self.kind(k) == Some(TokenKind::Number)
                && self.word(k).bytes().all(|b| b.is_ascii_digit())
        };
        let zero = |k: usize| plain(k) && self.word(k).len() > 1 && self.word(k).starts_with('0');
        // The run of plain digit groups around `i`, at most a few either side.
        let (mut a, mut b) = (i, i);
        while a > 0 && i - a < 4 && plain(a - 1) {
            a -= 1;
        }
        while b - i < 4 && plain(b + 1) {
            b += 1;
        }
        let run = plain(i) && (b - a >= 2 || (b > a && (a..=b).any(zero)));
        w.matches('.').count() > 1 || zero(i) || run
    }

    /// `no one`, `one of the`, `the one who`: the pronoun, not the number.
    fn is_pronoun_one(&self, i: usize, num: &Num) -> bool {
        if !(num.spelled && num.end == i + 1 && self.lower(i) == "one") {
            return false;
        }
        let before = i > 0 && ONE_PRONOUN_BEFORE.contains(&self.lower(i - 1));
        let after = ONE_PRONOUN_AFTER.contains(&self.lower(i + 1));
        let alone = matches!(
            self.lower(i + 1),
            "is" | "was" | "you" | "do" | "does" | "that" | "has" | "had" | "," | "."
        );
        before
            || after
            || (alone && i > 0 && matches!(self.lower(i - 1), "which" | "this" | "that" | "the"))
    }
}

/// A one-word unit, currency or span of time (`mile`, `yen`, `year-old`): its label and a
/// value holding the unit (and, in `number`, its factor).
fn unit_word(w: &str) -> Option<(Label, Value)> {
    if let Some(&(_, unit)) = UNITS_AFTER.iter().find(|u| u.0 == w) {
        let value = Value {
            unit: Some(unit.to_string()),
            ..Value::default()
        };
        return Some((Label::Quantity, value));
    }
    if let Some(&(_, code, f)) = CURRENCY_AFTER.iter().find(|c| c.0 == w) {
        let value = Value {
            number: Some(f),
            currency: Some(code.to_string()),
            ..Value::default()
        };
        return Some((Label::Money, value));
    }
    let &(_, unit, label) = DURATIONS.iter().find(|d| d.0 == w)?;
    let value = Value {
        unit: Some(unit.to_string()),
        ..Value::default()
    };
    Some((label, value))
}

/// A value with a qualifier's bound and approximation applied.
fn qualified(mut value: Value, qualifier: Option<&(&str, Option<crate::Bound>, bool)>) -> Value {
    if let Some(&(_, bound, approx)) = qualifier {
        value.bound = bound;
        value.approx = approx.then_some(true);
    }
    value
}

/// A currency code token in capitals, with the power of ten a scale prefix adds: `USD`,
/// `RMB` (as `CNY`), `MUSD` (millions), `kEUR` (thousands).
fn code_token(w: &str) -> Option<(&'static str, i32)> {
    // Most words are no code: only three capitals, or four with a prefix, can be one.
    let tail_caps = w.len() >= 3 && w.bytes().skip(w.len() - 3).all(|b| b.is_ascii_uppercase());
    if !tail_caps || w.len() > 4 {
        return None;
    }
    if CURRENCY_CODES.contains(&w) {
        return Some((code_of(w), 0));
    }
    CODE_SCALE_PREFIXES.iter().find_map(|&(prefix, p)| {
        let rest = w.strip_prefix(prefix)?;
        let ok = CURRENCY_CODES.contains(&rest) && !WORDLIKE_CODES.contains(&rest);
        ok.then(|| (code_of(rest), p))
    })
}

/// `USD115`, `EUR2.5`: a code in capitals glued to its digits, and the amount.
fn glued_code_number(w: &str) -> Option<(&'static str, f64)> {
    let b = w.as_bytes();
    if b.len() < 4 || !b[..3].iter().all(u8::is_ascii_uppercase) || !b[3].is_ascii_digit() {
        return None;
    }
    let (code, digits) = (w.get(..3)?, w.get(3..)?);
    if !digits.starts_with(|c: char| c.is_ascii_digit()) || !CURRENCY_CODES.contains(&code) {
        return None;
    }
    Some((code_of(code), parse_digits(digits)?))
}

/// The ISO code for a written code (`RMB` is `CNY`, `BTC` is `XBT` as for `bitcoin`).
fn code_of(w: &str) -> &'static str {
    match w {
        "RMB" => "CNY",
        "BTC" => "XBT",
        _ => CURRENCY_CODES
            .iter()
            .find(|&&c| c == w)
            .copied()
            .unwrap_or("XXX"),
    }
}

/// `21st` → 21; `2nd`, `103rd`; not `1th`.
fn parse_ordinal_digits(w: &str) -> Option<f64> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 12 {
        return None;
    }
    let n: u64 = digits.parse().ok()?;
    let want = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    suffix.eq_ignore_ascii_case(want).then_some(n as f64)
}

/// `95,000` → `95000`; `1,234.5`; `12,34,567`; `0.75`; rejects `1,2`, `1.2.3`, `12a`.
fn clean_digits(w: &str) -> Option<String> {
    let (int, frac) = match w.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (w, None),
    };
    if int.is_empty() || !int.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // `1,234`, and `40 000` with a (narrow) no-break or thin space.
    let groups: Vec<&str> = int.split([',', '\u{202f}', '\u{a0}', '\u{2009}']).collect();
    let n = groups.len();
    // `1,234,567`; or the Indian `12,34,567` (lakhs and crores): pairs, then three.
    let indian = n > 2
        && groups[0].len() <= 2
        && groups[1..n - 1].iter().all(|g| g.len() == 2)
        && groups[n - 1].len() == 3;
    let grouped_ok = n == 1
        || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3))
        || (indian && int.contains(','));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !grouped_ok || !groups.iter().all(|g| all_digits(g)) || frac.is_some_and(|f| !all_digits(f))
    {
        return None;
    }
    let mut s: String = groups.concat();
    if let Some(f) = frac {
        s.push('.');
        s.push_str(f);
    }
    Some(s)
}

/// `1.3e6`, `12.32e+14`: digits with an exponent, as Rust reads them.
fn scientific(w: &str) -> Option<String> {
    let (mantissa, exponent) = w.split_once(['e', 'E'])?;
    let exponent = exponent.strip_prefix('+').unwrap_or(exponent);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let m_ok = mantissa
        .split_once('.')
        .map_or(digits(mantissa), |(a, b)| digits(a) && digits(b));
    let e_ok = digits(exponent.strip_prefix('-').unwrap_or(exponent)) && exponent.len() <= 4;
    (m_ok && e_ok).then(|| format!("{mantissa}e{exponent}"))
}

fn clean_number(w: &str) -> Option<f64> {
    clean_digits(w)?.parse().ok()
}

/// `95,000` → 95000; `1,234.5` → 1234.5; `0.75`; rejects `1,2`, `1.2.3`, `12a`.
pub fn parse_digits(w: &str) -> Option<f64> {
    clean_number(w).filter(|v| v.is_finite())
}

/// `YYYY-MM-DD`, a real calendar date, → (year, month, day).
pub fn parse_calendar_date(w: &str) -> Option<(i32, u32, u32)> {
    let mut parts = w.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some()
        || y.len() != 4
        || m.len() != 2
        || d.len() != 2
        || !(digits(y) && digits(m) && digits(d))
    {
        return None;
    }
    let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    dates::valid_date(y, m, d).then_some((y, m, d))
}

#[cfg(test)]
mod tests;
