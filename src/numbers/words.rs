//! Spelled numbers: `forty-three thousand`, `two and a half`, `a dozen`, `twenty-first`,
//! `three quarters`, `two hundred point five`, `three twenty-fifths`, `half a million`.
//!
//! A small state machine reads one word (or one part of a hyphenated word) at a time and
//! says whether the word may follow the words before it; it keeps the last reading that ended
//! on a whole token. It never looks back, so it runs in time linear in what it reads, and it
//! stops at the first word that cannot continue (`one one one` is three numbers); only there
//! it may read once more, for a fraction's denominator (`one one hundred fifth`).

use super::number::SCALES;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// What a spelled number came to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Spelled {
    /// Its value.
    pub value: f64,
    /// Whether it is an ordinal (`twenty-first`).
    pub ordinal: bool,
    /// The number of words read.
    pub words: usize,
    /// An ordinal in the plural (`twenty-fifths`), read only as a fraction's denominator.
    plural: bool,
}

/// One word's part in a number.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Piece {
    Small(f64),
    /// A number in digits below 1000 among number words.
    Digits(f64),
    Tens(f64),
    Hundred,
    Scale(i32),
    Dozen,
    And,
    A,
    Of,
    Point,
    /// A fraction word or an ordinal: the number, whether plural (`thirds`), and whether it
    /// is a word that can only be a denominator (`half`, `quarter`).
    Ordinal(u64, bool, bool),
}

fn piece(w: &str) -> Option<Piece> {
    // Digits among words: `3 hundred and 21`, `6 crore and two hundred`.
    if (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()) && !w.starts_with('0') {
        return w.parse().ok().map(Piece::Digits);
    }
    // Every other piece is a word of the tables (or an ordinal's plural): read them all once.
    static PIECES: OnceLock<FxHashMap<String, Piece>> = OnceLock::new();
    PIECES
        .get_or_init(|| {
            let words = UNITS
                .iter()
                .map(|r| r.0.to_string())
                .chain(TENS.iter().map(|r| r.0.to_string()))
                .chain(SCALES.iter().map(|r| r.0.to_string()))
                .chain(FRACTION_WORDS.iter().map(|r| r.0.to_string()))
                .chain(
                    ORDINALS
                        .iter()
                        .flat_map(|r| [r.0.to_string(), format!("{}s", r.0)]),
                )
                .chain(WORD_PIECES.iter().map(|r| r.0.to_string()));
            words
                .filter_map(|w| Some((w.clone(), read_piece(&w)?)))
                .collect()
        })
        .get(w)
        .copied()
}

/// The words that are a piece of a number by themselves, not through a table of values.
const WORD_PIECES: &[(&str, Piece)] = &[
    ("hundred", Piece::Hundred),
    ("hundreds", Piece::Hundred),
    ("dozen", Piece::Dozen),
    ("dozens", Piece::Dozen),
    ("dzs", Piece::Dozen),
    ("dozs", Piece::Dozen),
    ("and", Piece::And),
    ("a", Piece::A),
    ("an", Piece::A),
    ("of", Piece::Of),
    ("point", Piece::Point),
];

/// [`piece`] by reading the tables in order (the first table that has the word wins).
fn read_piece(w: &str) -> Option<Piece> {
    fn find<T: Copy>(t: &[(&str, T)], w: &str) -> Option<T> {
        t.iter().find(|(k, _)| *k == w).map(|&(_, v)| v)
    }
    if let Some(v) = find(UNITS, w) {
        return Some(Piece::Small(v.into()));
    }
    if let Some(v) = find(TENS, w) {
        return Some(Piece::Tens(v.into()));
    }
    if let Some(p) = find(WORD_PIECES, w) {
        return Some(p);
    }
    if let Some(&(_, p)) = SCALES
        .iter()
        .find(|(k, p)| *k == w && *p > 2 && k.len() > 3)
    {
        return Some(Piece::Scale(p));
    }
    if let Some(v) = find(FRACTION_WORDS, w) {
        return Some(Piece::Ordinal(v.into(), w.ends_with('s'), true));
    }
    if let Some(v) = find(ORDINALS, w) {
        return Some(Piece::Ordinal(v, false, false));
    }
    // `thirds`, `twenty-firsts`; not `seconds`, the unit of time.
    let stem = w.strip_suffix('s')?;
    let v = find(ORDINALS, stem).filter(|&v| v != 2)?;
    Some(Piece::Ordinal(v, true, false))
}

/// Whether ordinal `d` is a scale's (`hundredth`, `millionth`): it multiplies what is before.
fn scale_ordinal(d: u64) -> bool {
    d >= 100
        && d.to_string()
            .trim_start_matches('1')
            .bytes()
            .all(|b| b == b'0')
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum State {
    Start,
    A,
    Small,
    Tens,
    Hundred,
    Scale,
    And,
    /// `and a` before a fraction: `two and a half`.
    AndA,
    Point,
    /// A fraction read (`two thirds`, `two and a half`): a scale or `of a` may follow.
    Fraction,
    /// `of` after a fraction: `two thirds of a million`.
    FracOf,
    /// `a` after a fraction: `half a dozen`, `half a million`.
    FracA,
    Done,
}

/// Reads a spelled number from `tokens`, each a lower-case word; hyphenated words are read
/// part by part (`forty-three`). `None` when the first token does not start one.
///
/// Fractions: the numerator is the whole number before the denominator (`one hundred
/// thirty two fifths` is 132/5), and the denominator one ordinal word, or a compound ordinal
/// where the number cannot go on (`three twenty-firsts`, `one one hundred fifth`) or where a
/// tens word stands against a unit ordinal after a hundred or a scale (`one hundred
/// thirty-fifths` is 100/35). `and` before a fraction makes a mixed number (`twenty and three
/// fifths`, `one billion and a quarter million`).
pub(super) fn spelled<'a>(tokens: impl Iterator<Item = &'a str>) -> Option<Spelled> {
    // On the stack: this runs at every live token.
    let mut toks = [""; MAX_WORDS];
    let mut n = 0;
    for t in tokens.take(MAX_WORDS) {
        toks[n] = t;
        n += 1;
    }
    read(&toks[..n], false)
}

/// The most words one reading looks at.
const MAX_WORDS: usize = 24;

/// Whether a singular fraction after `a` or `one` (`a fifth`) may end before the word
/// `next`: `a fifth of`, `a third.`; but `a fifth consecutive title` is an ordinal.
fn fraction_may_end(next: Option<&&str>) -> bool {
    next.is_none_or(|w| FRACTION_FOLLOWERS.contains(w) || !w.starts_with(char::is_alphabetic))
}

/// Reads `toks`; `denominator` reads the ordinal of a fraction (`twenty-fifths`), plural
/// too, and nothing else.
fn read(toks: &[&str], denominator: bool) -> Option<Spelled> {
    let mut total = 0.0f64; // sum of completed scale groups
    let mut group = 0.0f64; // the group below the last scale
    let mut part = 0.0f64; // the last small number read, a fraction's numerator
    let mut last_scale = i32::MAX;
    let mut state = State::Start;
    let mut decimals = String::new();
    let mut tens_decimal = false; // `point seventy-one`: a tens digit waits for its unit
    let mut before_and = State::Start;
    let mut best: Option<Spelled> = None;
    let mut ordinal = false;
    let mut plural = false;
    let mut bare_fraction = false;
    // `twenty and three fifths`: the whole part, the fraction still to come.
    let mut mixed_base: Option<f64> = None;
    // The tens word just read stands after a hundred or a scale (`one hundred thirty`).
    let mut tens_after_group = false;
    // What a fraction after `and` is a fraction of: `two million and a half` is 2.5 million.
    let mut frac_unit = 1.0f64;
    let mut frac_after_scale = false;
    // The number being read began right after `and` (`one hundred and three`).
    let mut and_part = false;
    let mut best_at_and: Option<Spelled> = None;
    // The reading that ended on the last scale word (`400 million`).
    let mut best_at_scale: Option<Spelled> = None;
    let mut scale_pending = false;
    'tokens: for (n, &tok) in toks.iter().enumerate() {
        if tok.is_empty() || tok.starts_with('-') || tok.ends_with('-') {
            break;
        }
        let next = toks.get(n + 1);
        // Most words have no hyphen: no splitting for them.
        let hyphened = tok.as_bytes().contains(&b'-');
        let parts = if hyphened { tok.split('-').count() } else { 1 };
        let mut whole = Some(tok);
        let mut split = tok.split('-');
        let words = std::iter::from_fn(|| if hyphened { split.next() } else { whole.take() });
        for (k, w) in words.enumerate() {
            let last_part = k + 1 == parts;
            if state == State::Done {
                break 'tokens;
            }
            let Some(p) = piece(w) else {
                if k == 0 {
                    return denominator_after(toks, n, state, total + group, best, denominator);
                }
                break 'tokens;
            };
            // `twenty and three fifths`: after `and` that cannot go on a number, a fraction.
            let mixed = state == State::And
                && !denominator
                && mixed_base.is_none()
                && matches!(before_and, State::Small | State::Tens);
            if let (true, Piece::Small(_) | Piece::Tens(_)) = (mixed, p) {
                mixed_base = Some(total + group);
                total = 0.0;
                group = 0.0;
                state = State::Start;
            }
            let and_ok = state != State::And || matches!(before_and, State::Hundred | State::Scale);
            let from = state;
            // After `and` following a hundred or a scale, a proper fraction is the fraction
            // part of a mixed number (`two hundred and three quarters`, 200.75); an improper
            // one has the whole number for numerator (`one hundred and thirty fifths`, 26).
            let proper_mixed = match p {
                Piece::Ordinal(d, _, _) => {
                    and_part
                        && mixed_base.is_none()
                        && matches!(before_and, State::Hundred | State::Scale)
                        && part < d as f64
                }
                _ => false,
            };
            let numerator = if proper_mixed { part } else { total + group };
            state = match (state, p) {
                (State::Point, Piece::Small(v)) if decimals.len() < 20 => {
                    if tens_decimal && v > 0.0 && v < 10.0 {
                        tens_decimal = false;
                    } else if tens_decimal {
                        decimals.push('0');
                        tens_decimal = false;
                    }
                    decimals.push_str(&v.to_string());
                    State::Point
                }
                (State::Point, Piece::Tens(v)) if decimals.len() < 20 => {
                    if tens_decimal {
                        decimals.push('0');
                    }
                    decimals.push_str(&(v / 10.0).to_string());
                    tens_decimal = true;
                    State::Point
                }
                (
                    State::Start | State::Hundred | State::Scale | State::And,
                    Piece::Small(v) | Piece::Digits(v),
                ) if and_ok && (v > 0.0 || state != State::And) => {
                    group += v;
                    part = v;
                    State::Small
                }
                (State::Tens, Piece::Small(v)) if v < 10.0 && v > 0.0 => {
                    group += v;
                    part += v;
                    State::Small
                }
                (State::Start | State::Hundred | State::Scale | State::And, Piece::Tens(v))
                    if and_ok =>
                {
                    group += v;
                    part = v;
                    tens_after_group = matches!(state, State::Hundred | State::Scale);
                    State::Tens
                }
                (State::Small | State::Tens, Piece::Hundred) if group > 0.0 && group < 100.0 => {
                    group *= 100.0;
                    part = 0.0;
                    State::Hundred
                }
                (State::A, Piece::Hundred) => {
                    group = 100.0;
                    part = 0.0;
                    State::Hundred
                }
                (State::Small | State::Tens | State::Hundred | State::A, Piece::Scale(p))
                    if p < last_scale =>
                {
                    let g = if state == State::A { 1.0 } else { group };
                    total += g * 10f64.powi(p);
                    group = 0.0;
                    part = 0.0;
                    last_scale = p;
                    bare_fraction = false;
                    scale_pending = true;
                    State::Scale
                }
                // `three lakh crore`, `two thousand crore`: Indian compound scales.
                (State::Scale, Piece::Scale(7)) if matches!(last_scale, 3 | 5) && group == 0.0 => {
                    total *= 1e7;
                    last_scale = 12;
                    State::Scale
                }
                // `one billion and a quarter million`: the fraction is of the smaller scale.
                (State::Fraction, Piece::Scale(p)) if frac_after_scale && p < last_scale => {
                    group = group / frac_unit * 10f64.powi(p);
                    State::Done
                }
                // `half million`, `quarter million`: a fraction that a scale follows.
                (State::Start, Piece::Ordinal(d, false, true)) if !denominator => {
                    group = 1.0 / (d as f64);
                    bare_fraction = true;
                    State::Tens
                }
                // `half a dozen`, `two thirds of a million`
                (State::Tens, Piece::A) if bare_fraction => State::FracA,
                (State::Tens, Piece::Of) if bare_fraction => State::FracOf,
                (State::Fraction, Piece::Of) if !frac_after_scale && last_scale == i32::MAX => {
                    State::FracOf
                }
                (State::FracOf, Piece::A) => State::FracA,
                (State::FracA, Piece::Scale(p)) => {
                    total = (total + group) * 10f64.powi(p);
                    group = 0.0;
                    part = 0.0;
                    last_scale = p;
                    bare_fraction = false;
                    State::Scale
                }
                // `two and a half dozen`, `a half-dozen`
                (State::Fraction, Piece::Dozen) if !frac_after_scale && last_scale == i32::MAX => {
                    group = (total + group) * 12.0;
                    total = 0.0;
                    State::Done
                }
                (State::FracA, Piece::Dozen) => {
                    group = (total + group) * 12.0;
                    total = 0.0;
                    bare_fraction = false;
                    State::Done
                }
                // `three dozen`, `three hundred and two dozens` (324): the dozen counts the
                // number just before it.
                (State::Small | State::Tens | State::Hundred | State::A, Piece::Dozen) => {
                    group = match state {
                        State::A => group + 12.0,
                        State::Hundred => group * 12.0,
                        _ if bare_fraction => group * 12.0,
                        _ => group - part + part * 12.0,
                    };
                    bare_fraction = false;
                    State::Scale
                }
                (State::Hundred | State::Scale | State::Small | State::Tens, Piece::And)
                    if !bare_fraction =>
                {
                    before_and = state;
                    best_at_and = best;
                    if state == State::Scale {
                        frac_unit = 10f64.powi(last_scale);
                    }
                    State::And
                }
                (State::And, Piece::A) if !denominator => State::AndA,
                (State::Start, Piece::A) => State::A,
                (State::Small | State::Tens | State::Hundred | State::Scale, Piece::Point)
                    if !bare_fraction && !denominator =>
                {
                    State::Point
                }
                // `a half`, `a fifth`, `two and a half`; `a fifth straight win` is an ordinal.
                (State::A | State::AndA, Piece::Ordinal(d, false, only_fraction))
                    if (d >= 3 || only_fraction)
                        && !denominator
                        && (state == State::AndA
                            || only_fraction
                            || (last_part && fraction_may_end(next))) =>
                {
                    frac_after_scale = state == State::AndA && before_and == State::Scale;
                    total += group;
                    group = frac_unit / (d as f64);
                    if !frac_after_scale {
                        total += group;
                        group = 0.0;
                    }
                    State::Fraction
                }
                // `one hundred thirty-fifths` (100/35): a tens word and a unit ordinal after
                // a hundred or a scale are the denominator.
                (State::Tens, Piece::Ordinal(d, true, false))
                    if d < 10 && tens_after_group && !denominator && mixed_base.is_none() =>
                {
                    total = (total + group - part) / (part + d as f64);
                    group = 0.0;
                    State::Fraction
                }
                // `two thirds`, `three quarters`, `one eighth`, `one hundred two fifths`
                (
                    State::Small | State::Tens | State::Hundred | State::Scale,
                    Piece::Ordinal(d, plural, only_fraction),
                ) if !denominator
                    && (d >= 3 || only_fraction)
                    && (plural
                        || (numerator == 1.0
                            && last_part
                            && (only_fraction || k > 0 || fraction_may_end(next))))
                    && (state != State::Tens || plural) =>
                {
                    let d = d as f64;
                    if proper_mixed {
                        // `three million and three quarters`
                        total += group - part;
                        group = part * frac_unit / d;
                        frac_after_scale = before_and == State::Scale;
                    } else {
                        total = mixed_base.unwrap_or(0.0) + (total + group) / d;
                        group = 0.0;
                    }
                    State::Fraction
                }
                // `twenty-first`, `one hundred twenty fifth`
                (State::Tens, Piece::Ordinal(d, pl, false)) if d < 10 && (!pl || denominator) => {
                    group += d as f64;
                    ordinal = true;
                    plural = pl;
                    State::Done
                }
                // `two hundredth`, `a hundred trillionth`
                (State::Small | State::Tens | State::Hundred, Piece::Ordinal(d, pl, false))
                    if scale_ordinal(d)
                        && (d > 100 || from != State::Hundred)
                        && (d as f64) < 10f64.powi(last_scale.min(300))
                        && (!pl || denominator) =>
                {
                    group *= d as f64;
                    ordinal = true;
                    plural = pl;
                    State::Done
                }
                (
                    State::Start | State::Hundred | State::Scale | State::And,
                    Piece::Ordinal(d, pl, false),
                ) if and_ok && (!pl || denominator) => {
                    group += d as f64;
                    ordinal = true;
                    plural = pl;
                    State::Done
                }
                // `three hundred and two hundred`, `400 million 329 million`: two numbers,
                // the second cut where its group began.
                (State::Small | State::Tens, Piece::Hundred | Piece::Scale(_)) if and_part => {
                    return best_at_and;
                }
                (State::Small | State::Tens | State::Hundred, Piece::Hundred | Piece::Scale(_))
                    if last_scale != i32::MAX && !ordinal =>
                {
                    return best_at_scale;
                }
                _ => {
                    if k == 0 {
                        return denominator_after(toks, n, from, total + group, best, denominator);
                    }
                    break 'tokens;
                }
            };
            and_part = match state {
                State::Small | State::Tens => and_part || from == State::And,
                _ => false,
            };
            if state != State::Tens {
                tens_after_group = false;
            }
        }
        // A whole token read: is what we have a number?
        let complete = match state {
            State::Small | State::Tens | State::Hundred | State::Scale | State::Done => {
                !bare_fraction && (mixed_base.is_none() || state == State::Done)
            }
            State::Fraction => true,
            State::Point => !decimals.is_empty(),
            _ => false,
        };
        if complete {
            let mut value = total + group;
            let at_scale = std::mem::take(&mut scale_pending) && state == State::Scale;
            if !decimals.is_empty() {
                value += format!("0.{decimals}").parse::<f64>().unwrap_or(0.0);
            }
            best = Some(Spelled {
                value,
                ordinal,
                words: n + 1,
                plural,
            });
            if at_scale {
                best_at_scale = best;
            }
        }
        if state == State::Done {
            break;
        }
    }
    best
}

/// Where a number stopped at token `n` in state `state` (its value `numerator`), a
/// fraction's denominator may start: `three twenty-firsts`, `one one hundred fifth`,
/// `a twenty-first`. Otherwise the reading so far, `best`.
fn denominator_after(
    toks: &[&str],
    n: usize,
    state: State,
    numerator: f64,
    best: Option<Spelled>,
    denominator: bool,
) -> Option<Spelled> {
    let whole = matches!(
        state,
        State::Small | State::Tens | State::Hundred | State::Scale | State::A
    );
    let read_to_here = state == State::A || best.is_some_and(|b| b.words == n);
    if denominator || !whole || !read_to_here {
        return best;
    }
    let numerator = if state == State::A { 1.0 } else { numerator };
    let Some(d) = read(&toks[n..], true).filter(|d| d.ordinal && d.value >= 3.0) else {
        return best;
    };
    let singular_ok = numerator == 1.0 && fraction_may_end(toks.get(n + d.words));
    if !(d.plural || singular_ok) {
        return best;
    }
    Some(Spelled {
        value: numerator / d.value,
        ordinal: false,
        words: n + d.words,
        plural: false,
    })
}

/// Whether `a - b`, with spaces round the dash, is one number: `fifty - two`, `one - fourth`,
/// `ninety - five`; not `three - one`, a score.
pub(super) fn spaced_compound(a: &str, b: &str) -> bool {
    let b = b.split('-').next().unwrap_or(b);
    match (piece(a), piece(b)) {
        (Some(Piece::Tens(_)), Some(Piece::Small(v))) => v > 0.0 && v < 10.0,
        (Some(Piece::Small(_) | Piece::Tens(_)), Some(Piece::Ordinal(d, _, _))) => d >= 3,
        _ => false,
    }
}

/// `half` or `quarter` alone (`nearly half`): the caller allows it after a qualifier.
pub(super) fn bare_fraction(w: &str) -> Option<f64> {
    match w {
        "half" => Some(0.5),
        "a third" | "third" => Some(1.0 / 3.0),
        "quarter" => Some(0.25),
        _ => None,
    }
}

/// `a third`, `an eighth`, `a twentieth`: the article and an ordinal word read as a fraction,
/// for where the caller knows it cannot be an ordinal (after `over`, `nearly`).
pub(super) fn article_fraction(a: &str, w: &str) -> Option<f64> {
    match (a, piece(w)?) {
        ("a" | "an", Piece::Ordinal(d, false, _)) if d >= 3 => Some(1.0 / d as f64),
        _ => None,
    }
}

/// Number words below twenty.
pub(super) const UNITS: &[(&str, u32)] = &[
    ("zero", 0),
    ("nought", 0),
    ("naught", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// Tens words.
pub(super) const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Ordinal words and their numbers; also the denominators of spelled fractions (`two
/// thirds`), except `first` and `second`.
pub(super) const ORDINALS: &[(&str, u64)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("nineth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
    ("thousandth", 1000),
    ("millionth", 1_000_000),
    ("billionth", 1_000_000_000),
    ("trillionth", 1_000_000_000_000),
];

/// Words for fractions that are not ordinals: `half`, `quarter`, with their denominator.
pub(super) const FRACTION_WORDS: &[(&str, u32)] =
    &[("half", 2), ("halves", 2), ("quarter", 4), ("quarters", 4)];

/// Words that may follow a singular spelled fraction (`a fifth of`, `one third or more`);
/// before other words `a fifth` is an article and an ordinal (`a fifth straight win`).
const FRACTION_FOLLOWERS: &[&str] = &[
    "of", "or", "and", "to", "than", "as", "more", "less", "fewer", "the", "that", "off", "in",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(f64, bool, usize)> {
        spelled(s.split(' ')).map(|r| (r.value, r.ordinal, r.words))
    }

    #[test]
    fn cardinals() {
        let cases: &[(&str, f64, usize)] = &[
            ("three", 3.0, 1),
            ("forty-three", 43.0, 1),
            ("forty three", 43.0, 2),
            ("forty-three thousand", 43_000.0, 2),
            ("a hundred", 100.0, 2),
            ("a dozen", 12.0, 2),
            ("three dozens", 36.0, 2),
            ("one hundred and sixteen", 116.0, 4),
            ("two hundred and two thousand", 202_000.0, 5),
            ("twenty-one trillion three hundred", 21e12 + 300.0, 4),
            ("two and a half", 2.5, 4),
            ("one million and a half", 1.5e6, 5),
            ("five and a half million", 5.5, 4),
            ("half million", 500_000.0, 2),
            ("two thirds", 2.0 / 3.0, 2),
            ("three quarters", 0.75, 2),
            ("a quarter", 0.25, 2),
            ("one eighth", 0.125, 2),
            ("two hundred point zero three", 200.03, 5),
            ("twenty-one hundred", 2100.0, 2),
            ("seven hundred twelve ninths", 712.0 / 9.0, 4),
            ("seven hundred twenty-ninths", 700.0 / 29.0, 3),
            ("seven hundred and twenty ninths", 80.0, 5),
            ("seven hundred and two ninths", 700.0 + 2.0 / 9.0, 5),
            ("five forty-thirds", 5.0 / 43.0, 2),
            ("one two hundred third", 1.0 / 203.0, 4),
            ("six and four sevenths", 6.0 + 4.0 / 7.0, 4),
            ("two million and a quarter", 2.25e6, 5),
            ("two million and a quarter thousand", 2_000_250.0, 6),
            ("half a billion", 5e8, 3),
            ("a third of a million", 1e6 / 3.0, 5),
            ("nine hundred and five dozen", 960.0, 5),
            ("half-dozen", 6.0, 1),
            ("a half-dozen", 6.0, 2),
            ("one-fifth stake", 0.2, 1),
            ("three and a half dozen", 42.0, 5),
            ("one point forty-two", 1.42, 3),
        ];
        for &(s, v, n) in cases {
            let got = read(s).unwrap_or_else(|| panic!("{s}: nothing"));
            assert!((got.0 - v).abs() < 1e-6, "{s}: {got:?}");
            assert_eq!((got.1, got.2), (false, n), "{s}");
        }
    }

    #[test]
    fn ordinals() {
        for (s, v, n) in [
            ("third", 3.0, 1),
            ("twenty-first", 21.0, 1),
            ("twenty first", 21.0, 2),
            ("hundredth", 100.0, 1),
            ("one hundred twenty-fifth", 125.0, 3),
            ("two hundredth", 200.0, 2),
            ("a hundred billionth", 1e11, 3),
            ("four hundred and third", 403.0, 4),
        ] {
            assert_eq!(read(s), Some((v, true, n)), "{s}");
        }
    }

    #[test]
    fn stops_where_a_number_cannot_go_on() {
        for (s, n) in [
            ("one one one", 1),
            ("ten and twenty", 1),
            ("three hundred and", 2),
            ("two and", 1),
            ("five a", 1),
            ("twenty and four", 1),
            ("one ninth place", 1),
            ("two hundred and two hundred", 2),
        ] {
            assert_eq!(read(s).map(|r| r.2), Some(n), "{s}");
        }
        for s in [
            "a",
            "and",
            "half",
            "point",
            "hundred",
            "-one",
            "a fifth straight",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }
}
