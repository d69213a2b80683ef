//! Numbers, money, percentages, quantities, dates and times.
//!
//! Find → parse → normalise, over tokens. At each token the scan tries a time, a weekday
//! placed by a count of days (`Monday two weeks from now`), a date, then an amount; failing
//! those, a unit named in a conversion, a percent word before its amount, a percent sign
//! alone. Each reads forward a bounded number of tokens; the first that matches is taken and
//! the scan goes on after it, so the whole pass is linear in the tokens. Each form's
//! vocabulary (qualifiers, currencies, scales, units, months, relative words) is a table
//! beside the code that reads it, so the grammar grows by adding rows, not branches.
//!
//! An amount is `[qualifier] [currency] number [scale] [range] [suffix]`, where the number is
//! written in digits (`95,000`, `1.5`, `3/4`), in words (`forty-three thousand`, `two and a
//! half`) or both (`1.5 million`, `95k`), and the suffix makes it a percentage (`%`,
//! `percent`), money (`dollars`, `USD`), a quantity (`km`, `square miles`, `°C`) or a span of
//! time (`three years`). Spans follow OntoNotes: the qualifier is inside (`over 95,000`), and
//! the value says what it meant. Years are dates, never CARDINAL; digits in names (`G7`,
//! `Windows 10`), versions, phone numbers and IP addresses are not numbers.
//!
//! ## Where each form is read
//!
//! | form | file |
//! | --- | --- |
//! | the scan over a text, line by line | `mod.rs` |
//! | the token reader `Cx`: words, phrases, phrase tables | `reader.rs` |
//! | the words that can start anything numeric (the rest are skipped) | `vocabulary.rs` |
//! | a number with its sign and scale; counts by order (`thousands`), vague counts (`a few hundred`) | `number.rs` |
//! | numbers in digits: `95,000`, `1 234 567`, `3/4`, `1.2e+6`, `21st` | `digits.rs` |
//! | numbers in words: `forty-three thousand`, `two and a half` | `words/` |
//! | an amount: qualifier, currency, number, suffix; ratios (`one in five`) | `amount.rs` |
//! | a unit counted by an article or a fraction: `a euro`, `half a mile`, `a third of a cup` | `article_amounts.rs` |
//! | money: currencies before and after, codes, minor parts | `money.rs` |
//! | percentages | `percent.rs` |
//! | units, rates, measures in one word; degrees, conversions, ages | `quantities/` |
//! | spans of time: `three years`, `2 hours and 15 minutes` | `durations.rs` |
//! | ranges and scores: `10-15`, `5% to 6%`, `52-48`, `May 4-5`, `2010-2015` | `ranges.rs` |
//! | what is not a number: years, names and codes, the pronoun `one` | `not_numbers.rs` |
//! | times of day | `times/mod.rs` |
//! | times with their day: `9.30am tomorrow`, `noon on Friday`, `Saturday night` | `times/with_day.rs` |
//! | spans of time: `9am-5pm`, `6-9pm`, `between 2 and 4 pm`, `9:30 to 11:00 on Thursday` | `times/intervals.rs` |
//! | dates: calendar, weekdays, relative dates, periods, holidays | `dates/` |
//! | holidays: fixed days, days from Easter, weekdays of a month; the Hebrew calendar by arithmetic; Chinese New Year and Islamic holidays from a generated table | `dates/holidays/` |
//! | dates in numbers (`21.03.2025`, `2025-06`, `3/21`) and the order of day and month | `dates/numeric.rs` |
//! | dates composed of others: `the Monday after next`, `the last day of June 2024` | `dates/compositions.rs` |
//! | the tense rule: which way from the reference date a date points | `dates/tense.rs` |
//! | a partial date placed by the reference date and the tense rule | `dates/resolve.rs` |
//! | the article's own date (`referenceDate: "auto"`): a dateline, a `Published` line | `dates/dateline.rs` |
//!
//! ## Values
//!
//! | text | label | value |
//! | --- | --- | --- |
//! | `over 95,000` | CARDINAL | `{number: 95000, bound: "more-than"}` |
//! | `less than a day`, `nearly a decade`, `about an hour`, `over a mile`; not `more than a year ago` | DATE, TIME, QUANTITY | `{number: 1, bound: "less-than", unit: "day"}`, `{…, bound: "less-than", approx: true, unit: "decade"}`, `{number: 1, approx: true, unit: "hour"}`, `{…, bound: "more-than", unit: "mile"}`; a date counted from now keeps its date |
//! | `$10,000-plus`, `$1 billion-plus`, `a 50-plus crowd` | MONEY, CARDINAL | `{number: 10000, bound: "at-least", currency: "USD"}`, `{number: 1000000000, …}`, `{number: 50, bound: "at-least"}` |
//! | `10-15`, `between 10 and 15` | CARDINAL | `{from: 10, to: 15}` |
//! | `52-48` (a vote or score), `a 2:1 majority`, `won 4:2` (a ratio or score) | CARDINAL | `{}` |
//! | `thousands`, `a few hundred`, `several million` | CARDINAL | `{number: 1000, bound: "more-than", approx: true}`, `{number: 100, …}`, `{number: 1000000, …}` |
//! | `a couple of hundred dollars`, `a couple dozen` | MONEY, CARDINAL | `{number: 200, approx: true, currency: "USD"}`, `{number: 24, approx: true}` |
//! | `one in five`, `2 out of 3`, `1.2e+6`, `2.5 M` | CARDINAL | `{number: 0.2}`, `{number: 0.6667}`, `{number: 1200000}`, `{number: 2500000}` |
//! | `5 basis points`, `a quarter of a percentage point`, `a quarter point`, `between 5.25% and 5.5%` | PERCENT | `{number: 0.05}`, `{number: 0.25}` (a fraction of a point is of a percentage point; a whole number of points is CARDINAL, an index's or a game's), `{from: 5.25, to: 5.5}`; after a change (`rose 0.3% to 4.5%`, `fell $2 to $30`) two amounts, not a range |
//! | `percent of 10`, `per cent of twenty-two` (a phrase of its own); `the % of increase` | PERCENT | `{number: 10}`, `{number: 22}`; `{}` (a percent sign alone: no amount given) |
//! | `£3.2bn`, `50 cents` | MONEY | `{number: 3200000000, currency: "GBP"}`, `{number: 0.5, currency: "USD"}` |
//! | `a million-dollar deal`, `a multibillion-dollar deal`, `a million-pound house` | MONEY | `{number: 1000000, currency: "USD"}`, `{number: 1000000000, bound: "more-than", approx: true, …}`, `{number: 1000000, currency: "GBP"}` |
//! | `50 grand`, `it cost a grand`; not `20 grand slams` | MONEY | `{number: 50000}`, `{number: 1000}` (no `currency`: the text names none) |
//! | `5 feet 10 inches`, `11 stone 4 pounds` | QUANTITY | `{number: 70, unit: "inch"}`, `{number: 158, unit: "pound"}` (a compound measure is the sum in its smallest unit) |
//! | `a euro`, `a pint`, `half a mile`, `a third of a cup` | MONEY, QUANTITY | `{number: 1, currency: "EUR"}`, `{number: 1, unit: "pint"}`, `{number: 0.5, unit: "mile"}`, `{number: 0.333…, unit: "cup"}` |
//! | `paid thirty pounds`, `weighed thirty pounds`, `thirty pounds of flour` | MONEY, QUANTITY | `{number: 30, currency: "GBP"}`; `{number: 30, unit: "pound"}` (by the words around it; weight when they say neither) |
//! | `15 dollars 50`, `a dollar fifty`, `30 MUSD`, `€3 and 20 cents`, `5p` | MONEY | `{number: 15.5, currency: "USD"}`, `{number: 1.5, currency: "USD"}`, `{number: 30000000, …}`, `{number: 3.2, currency: "EUR"}`, `{number: 0.05, currency: "GBP"}` (money in the currency's own unit, as ISO 4217 names it; a bare minor part only where nothing follows it that it could count, or after a currency's name spelled, ten or more, before no unit or span of time: `two dollars fifty for a coffee`) |
//! | `50 km/h`, `2 million barrels a day`, `age 87` | QUANTITY | `{unit: "kilometre per hour"}`, `"barrel per day"`, `{number: 87, unit: "year of age"}` |
//! | `rotate 90°`, `a 360-degree view`; `the temperature is 24 degrees` | QUANTITY | `{number: 90, unit: "degree of arc"}` by the words around it; otherwise `{number: 24, unit: "degree"}` (a temperature, scale not named) |
//! | `35C.`, `(88F)`, `hit 104F on Monday`; not `13F filing`, `its 13F in June`, `5G` | QUANTITY | `{number: 35, unit: "degree Celsius"}`, `{number: 104, unit: "degree Fahrenheit"}`: a scale's capital against its number; an `F` before a word only in a weather reading's range and before a word of when or where, with no owner before the number |
//! | `fahrenheit` in `convert 10 celsius to fahrenheit`, `101 fahrenheit is how much celsius`, `a metric ton is equal to …` | QUANTITY | `{unit: "degree Fahrenheit"}`: a unit named without an amount, only in such a conversion frame |
//! | `three years`, `3 yrs`, `18 mos`, `6 wks`, `three days later`, `the year before` | DATE | `{number: 3, unit: "year"}`, `{number: 18, unit: "month"}`, `{number: 6, unit: "week"}`, `{number: 3, unit: "day"}` (a span of time; hours and less are TIME) |
//! | `2 hours and 15 minutes`, `2h 15m`, `3 minutes 49.09 seconds` | TIME | `{number: 2.25, unit: "hour"}`, the same, `{number: 3.818167, unit: "minute"}` (a span of time in its first unit: a month or a year has no fixed number of days) |
//! | `29 November 2026`, `February 2022`, `2024` | DATE | `{iso: "2026-11-29"}`, `"2022-02"`, `"2024"` |
//! | `July 4`, `November`, `on the 18th`, `3/21` | DATE | `{iso: "--07-04"}`, `"--11"`, `"---18"`, `"--03-21"` (ISO 8601 without year / month); with a reference date placed by the tense rule (`dates/tense.rs`): `They met on July 4` `"2026-07-04"`, `will meet on July 4` `"2027-07-04"` |
//! | `21.03.2025`, `4/5/2024`, `2025-06`, `06/2025`, `20161016`, `Dec31` | DATE | `{iso: "2025-03-21"}`, `"2024-04-05"` (US order unless the document's dates put the day first), `"2025-06"`, `"2025-06"`, `"2016-10-16"`, `"--12-31"` |
//! | `Feb 30` | DATE | `{iso: "XXXX-02-30"}` (a date no calendar has: what it says, TIMEX, never placed) |
//! | `the 1990s`, `2010-2015`, `between 2010 and 2014` | DATE | `{iso: "199X"}`, `{iso: "2010/2015"}`, `"2010/2014"` |
//! | `the '90s`, `the 60s`, `the 1990's`, `the 80's` | DATE | `{iso: "199X"}`, `"196X"`, `"199X"`, `"198X"` (two-digit decades, and any written with `'s`, need `the`, `early`/`mid`/`late` or the leading apostrophe: `1990's budget` is a year's) |
//! | `his 40s`, `her early 30s` | QUANTITY | `{from: 40, to: 49, unit: "year of age"}`, `{from: 30, to: 39, …}` |
//! | `the 18th century`, `the 1800s`, `21st-century` | DATE | `{iso: "17XX"}`, `"18XX"`, `"20XX"` (TIMEX: the years' first two digits) |
//! | `44 BC`, `AD 79`, `500 BCE`, `the 5th century BC`, `around 1200 B.C.` | DATE | `{iso: "-0043"}`, `"0079"`, `"-0499"`, `"-04XX"`, `{iso: "-1199", approx: true}` (ISO numbers years astronomically: 1 BC is `0000`); an era in capitals only, and not British Columbia's `BC` (`the 2017 BC election`) |
//! | `May 4-5`, `4-5 May`, `March 3 - April 5` | DATE | `{iso: "--05-04/--05-05"}`, the same, `"--03-03/--04-05"` |
//! | `Monday to Friday`, `Monday through Friday`, `Mon-Fri` | DATE | `{iso: "XXXX-WXX-1/XXXX-WXX-5"}`; with a reference date a span of days, the first placed by the tense rule, the second on or after it (`"2026-12-07/2026-12-11"`); not after a word of moving (`moved the vote from Monday to Friday` is two dates) |
//! | `recent days`, `the coming weeks`, `the past few months` | DATE | `{}` (a span before or after now, its length not given) |
//! | `Saturday night`, `Wednesday morning`, `tonight` | TIME | `{weekday: 6, iso: "TNI"}`, `{weekday: 3, iso: "TMO"}`, `{relative: …, iso: "TNI"}` (TIMEX parts of a day); with a reference date `"2026-11-28TNI"` |
//! | `9.30am tomorrow`, `tomorrow at 21:00`, `noon on Friday`, `8am on December 20` | TIME | with a reference date `{iso: "2026-11-30T09:30", relative: …}`, `"2026-11-30T21:00"`, `{iso: "2026-11-27T12", weekday: 5}`, `"2026-12-20T08"`; without, `{iso: "T12", weekday: 5}`, `"--12-20T08"` (a holiday keeps its own DATE: `Christmas Eve at 6 p.m.` is two) |
//! | `9am-5pm`, `9am to 5pm`, `6-9pm`, `between 2 and 4 pm`, `9:30 to 11:00 on Thursday`, `from 7 to 9 tonight` | TIME | `{iso: "T09/T17"}` (a TIMEX interval), `"T18/T21"` (a first hour without a meridiem takes the second's), `"T14/T16"`, with a reference date `"2026-12-03T09:30/2026-12-03T11:00"`; a span past midnight takes no day (`11 p.m. to 2 a.m.` `"T23/T02"`, the day apart); two bare hours without a meridiem only after `from` or `between` and before a part of a day (`5 to 6 on Friday` is a range of numbers) |
//! | `at 8 tonight`, `7:45 tonight`, `by six this morning`, `until 2 tonight`, `at 9 tomorrow` | TIME | an hour without a meridiem read in the part of the day (`"2026-11-28T20"`, `"…T19:45"`, `"…T06"`); the small hours of a night on the next day (`"2026-11-29T02"`, offset 1); a bare hour only after `at`, `by`, `until` or `till` and before a part of a day, `today`, `tomorrow` or `yesterday` (`stood at 5 on Friday` is a number) |
//! | `Friday`, `Friday, Nov. 29`, `Monday 21` | DATE | `{weekday: 5}`, `{weekday: 5, iso: "--11-29"}`, `{weekday: 1, iso: "---21"}`; with a reference date also `iso` of the day the tense rule picks (`They met on Friday` the last, `will meet on Friday` the next, the reference day itself either way, untensed the nearest) |
//! | `the Monday after next`, `two Thursdays from now`, `Saturday of the coming week`, `the last day of June 2024` | DATE | `{weekday: 1, relative: {offset: 2, unit: "week"}}`, `{weekday: 4}`, `{weekday: 6, relative: {offset: 1, …}}` (with a reference date their `iso`), `{iso: "2024-06-30"}` |
//! | `last week`, `two years ago`, `this century` | DATE | `{relative: {offset: -1, unit: "week"}}`; with a reference date also `iso: "2026-W47"`, `"2024-11-29"`, `"20XX"` |
//! | `next Easter`, `last November`, `Thanksgiving` | DATE | with a reference date `{iso: "2027-03-28"}`, `"2025-11"`, `"2026-11-26"` |
//! | `Passover 2025`, `Hanukkah 2025`, `Eid al-Fitr 2023`, `Chinese New Year 2024`, `Orthodox Easter 2024` | DATE | `{iso: "2025-04-13"}` (a Jewish holiday's first full day), `"2025-12-15"`, `"2023-04-21"` (Umm al-Qura, as Saudi Arabia keeps it), `"2024-02-10"`, `"2024-05-05"`; without a year placed by the reference date and the tense rule as `Thanksgiving` is |
//! | `Diwali`, `Eid`, `Election day`; `Eid al-Fitr 2000`, `Ramadan 2150` | DATE | `{}` (no calendar highlit computes; either Eid; any election's day, where `Election Day` is the US one; two in the year; outside the table's 1900–2100) |
//! | `Christmas Island`, `the Yom Kippur War`, `Tariq Ramadan` | — | not dates: a holiday word with a capitalised word at once after it (not a month's or a weekday's name, not a word in capitals, not after `Happy`/`Merry`), or `Ramadan`/`Eid` after a name, is left to the name model |
//! | `two weeks before Christmas`, `in two weeks` (when the clause speaks of the future) | DATE | with a reference date `{iso: "2026-12-11"}`; `in two weeks` also `relative` |
//! | `05-Aug-2016`, `Jan 25 nineteen eighty six` | DATE | `{iso: "2016-08-05"}`, `"1986-01-25"` |
//! | `the first week of October`, `the last week of September 2014` | DATE | `{iso: "XXXX-10-W01"}`, `"2014-09-W05"` (TIMEX as Recognizers-Text writes a week of a month: the week from its `n`th Monday, the last `W05`); without a year placed by the reference date and the tense rule as `the first Tuesday of October` is; never `last week` and a month |
//! | `the third quarter of 2025`, `the summer of 2019` | DATE | `{iso: "2025-Q3"}`, `"2019-SU"` (TIMEX) |
//! | `in the summer`, `over the winter`, `late spring`, `early summer 2025`; not `the winter storm`, `the fall of Rome`, `the fall in prices` | DATE | `{iso: "XXXX-SU"}`, `"XXXX-WI"`, `"XXXX-SP"`, `"2025-SU"`: a season without its year in lower case after a preposition of time, `early`/`late` or `the` (`spring` and `fall` only after a preposition) and before no word it qualifies |
//! | `third-quarter profit`, `in Q3`; `1H24`; `fiscal 2024`, `FY25`; `Q2 FY25` | DATE | `{iso: "XXXX-Q3"}` (a quarter, year not given; with a reference date placed as a month is, `"2026-Q3"`); `"2024-H1"`; `"FY2024"`, `"FY2025"`; `"FY2025-Q2"` (TIMEX) |

mod amount;
mod article_amounts;
mod dates;
mod digits;
mod durations;
mod money;
mod not_numbers;
mod number;
mod percent;
mod quantities;
mod ranges;
mod reader;
mod times;
mod vocabulary;
mod words;

use crate::annotation::Annotation;
use crate::tokenize::{has_line_break, Token, TokenKind};
use amount::QUALIFIERS;
pub use dates::{article_date, ArticleDate, HEAD_BYTES, HEAD_LINES};
use dates::{document_day_first, period_code};
pub(crate) use dates::{parse_calendar_date, stated_reference, MONTHS};
use money::{currency_code, glued_code_number};
pub use quantities::unit_kind;
use reader::{Cx, TokenMemo};
use vocabulary::{lookup, Entry};

/// Finds the numeric and calendar annotations among `tokens` of `text`, sorted, not
/// overlapping. Linear in the number of tokens. Relative dates keep their relative value.
pub fn find(text: &str, tokens: &[Token]) -> Vec<Annotation> {
    find_with(text, tokens, None)
}

/// As [`find`], resolving relative dates (`yesterday`, `last week`, `Friday`) to ISO dates
/// against `reference` (year, month, day) when one is given.
pub(crate) fn find_with(
    text: &str,
    tokens: &[Token],
    reference: Option<(i32, u32, u32)>,
) -> Vec<Annotation> {
    let words: Vec<&str> = tokens.iter().map(|t| t.span.of(text)).collect();
    // Lower-cased, with `’` as `'` so tables spell apostrophes one way: words already so
    // (most are) are borrowed from the text, the others written once into one buffer.
    let mut folded = String::with_capacity(text.len());
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
    // Per token, from one lookup of its word: whether it starts nothing numeric, and
    // which table phrases it opens. An inert token opens none (every first word may
    // start something). Symbols are read as punctuation is, by what they spell (`%`, `$`
    // and `−` are in the vocabulary; `@`, `#`, `*`, emoji are not): no reader starts at a
    // token for its kind alone, only for its digits, its word or a phrase.
    let entries: Vec<Entry> = lower.iter().map(|w| lookup(w)).collect();
    let (inert, first_words): (Vec<bool>, Vec<Option<u32>>) = (0..tokens.len())
        .map(|k| {
            let inert = !matches!(
                tokens[k].kind,
                TokenKind::Number | TokenKind::Url | TokenKind::Email
            ) && !entries[k].may_start(lower[k])
                && !is_code(words[k], lower[k]);
            (inert, entries[k].first().filter(|_| !inert))
        })
        .unzip();
    let memo: Vec<TokenMemo> = tokens.iter().map(|_| TokenMemo::default()).collect();
    let all_lower = !text.chars().any(char::is_uppercase);
    let day_first = document_day_first(&words, tokens);
    // Line by line, as the tokenizer ends a sentence at every line break: no amount or date
    // reads across one (`12.08` ending a table row, `Canadian dollar` starting the next).
    // Room for a number every sixteen tokens, about what news holds, so that the list
    // rarely grows (in wasm each growth is a reallocation and a copy).
    let mut out = Vec::with_capacity(tokens.len() / 16);
    let mut start = 0;
    for end in 1..=tokens.len() {
        let breaks = end == tokens.len() || gap_has_line_break(text, tokens[end - 1], tokens[end]);
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
            day_first,
            all_lower,
            first_words: &first_words[line.clone()],
            memo: &memo[line.clone()],
        };
        scan(&cx, &inert[line.clone()], &entries[line], &mut out);
    }
    out
}

/// The annotations of one line (`cx` holds its tokens, `inert` and `entries` what is known
/// of each from the vocabulary), appended to `out`.
fn scan(cx: &Cx, inert: &[bool], entries: &[Entry], out: &mut Vec<Annotation>) {
    let n = cx.tokens.len();
    // Most words start nothing numeric: skip them without trying each pattern. Lead words
    // (`the`, `in`, `.`) start something only with a live token after them.
    let skip = |k: usize| {
        let dead_after = |j: usize| j == n || (inert[j] && !entries[j].second());
        inert[k] || (entries[k].lead() && dead_after(k + 1))
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
            .or_else(|| cx.date(i).map(|(end, ann)| cx.time_after_day(i, end, ann)))
            .or_else(|| cx.amount(i));
        match found {
            Some((end, ann)) if end > i => {
                // `at 8 tonight`, `6-9pm`: numbers the words around make times.
                let (end, ann) = cx.settle_bare_hour(i, end, ann);
                let ann = cx.settle_bare_degree(i, end, ann);
                out.push(cx.resolve(i, end, ann));
                i = end;
            }
            // A unit named without a number, in a conversion: `10 celsius to fahrenheit`;
            // a percentage named before its amount or without one: `percent of 10`, `the %`.
            _ => match cx
                .unit_in_conversion(i, out.last())
                .or_else(|| cx.percent_first(i))
                .or_else(|| cx.percent_sign_alone(i))
                .or_else(|| cx.percent_word_alone(i))
            {
                Some((end, ann)) => {
                    let ann = cx.settle_bare_degree(i, end, ann);
                    out.push(cx.resolve(i, end, ann));
                    i = end;
                }
                None => i += 1,
            },
        }
    }
}

/// Whether the text between tokens `a` and `b` holds a line break ([`has_line_break`]).
fn gap_has_line_break(text: &str, a: Token, b: Token) -> bool {
    has_line_break(&text.as_bytes()[a.span.end..b.span.start])
}

/// Whether `word` (`lower` lower-cased) is a currency code (`USD`, `MUSD`, `kEUR`), a code
/// glued to its amount (`USD115`) or a period code (`Q3`, `1H24`, `FY25`): a word the
/// vocabulary does not have that starts something numeric. Each reader is asked only of a
/// word with the bytes it needs (a capital last, a capital first, or `fy`, or `q` or `h`
/// beside a digit, first): most words have none of them.
fn is_code(word: &str, lower: &str) -> bool {
    let (w, l) = (word.as_bytes(), lower.as_bytes());
    let currency = (3..=4).contains(&w.len()) && w[w.len() - 1].is_ascii_uppercase();
    let glued = w.len() >= 4 && w[0].is_ascii_uppercase();
    let period = l.starts_with(b"fy")
        || matches!(
            l,
            [b'q' | b'h', b'0'..=b'9', ..] | [b'0'..=b'9', b'q' | b'h', ..]
        );
    (currency && currency_code(word).is_some())
        || (glued && glued_code_number(word).is_some())
        || (period && period_code(lower).is_some())
}

/// Whether `w` changes when lower-cased with `’` as `'`.
fn needs_fold(w: &str) -> bool {
    // One pass over the bytes for most words; the characters only from the first byte past
    // ASCII (a character's first byte, as every byte before it is ASCII).
    match w
        .bytes()
        .position(|b| !b.is_ascii() || b.is_ascii_uppercase())
    {
        None => false,
        Some(k) if w.as_bytes()[k].is_ascii() => true,
        Some(k) => w[k..].chars().any(|c| c.is_uppercase() || c == '’'),
    }
}

/// Appends `w` lower-cased, with `’` as `'`, to `out`.
fn fold_into(w: &str, out: &mut String) {
    for c in w.chars() {
        if c.is_ascii() {
            // Most characters: without `char::to_lowercase`'s tables.
            out.push(c.to_ascii_lowercase());
        } else if c == '’' {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Whether `words` (lower-case, space-separated) is a qualifier the grammar keeps inside a
/// span (`over`, `more than`, `approximately`, `between`). Spans follow OntoNotes and take
/// the qualifier in (`over 95,000`); a caller comparing them with spans that leave it out,
/// as the Recognizers-Text spec runner does, can tell the extra words apart with this.
pub fn is_qualifier(words: &str) -> bool {
    QUALIFIERS.iter().any(|q| q.0 == words) || words == "between"
}

#[cfg(test)]
mod tests;
