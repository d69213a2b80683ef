//! Spelled numbers: `forty-three thousand`, `two and a half`, `a dozen`, `twenty-first`,
//! `three quarters`, `two hundred point five`, `three twenty-fifths`, `half a million`.
//!
//! A small state machine reads one word (or one part of a hyphenated word) at a time and
//! says whether the word may follow the words before it; it keeps the last reading that ended
//! on a whole token. It never looks back, so it runs in time linear in what it reads, and it
//! stops at the first word that cannot continue (`one one one` is three numbers); only there
//! it may read once more, for a fraction's denominator (`one one hundred fifth`).

mod machine;

use super::number::SCALES;
use machine::read;
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
                .filter_map(|w| Some((w.clone(), piece_from_tables(&w)?)))
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
fn piece_from_tables(w: &str) -> Option<Piece> {
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
    // Most words open no number: decided by the first before anything is gathered.
    let mut tokens = tokens.take(MAX_WORDS);
    let first = tokens.next().filter(|w| may_open(w))?;
    // On the stack: this runs at every live token.
    let mut toks = [""; MAX_WORDS];
    toks[0] = first;
    let mut n = 1;
    for t in tokens {
        toks[n] = t;
        n += 1;
    }
    read(&toks[..n], false)
}

/// Whether a spelled number can start at the word `w`: its first part (before any hyphen)
/// is a piece of one. [`spelled`] reads nothing more when it is not, so callers that gather
/// the words after `w` first (most words of a text are live for other forms) ask this.
pub(super) fn may_open(w: &str) -> bool {
    !w.is_empty() && w.split('-').next().and_then(piece).is_some()
}

/// The most words one reading looks at.
const MAX_WORDS: usize = 24;

/// Whether a singular fraction after `a` or `one` (`a fifth`) may end before the word
/// `next`: `a fifth of`, `a third.`; but `a fifth consecutive title` is an ordinal.
fn fraction_may_end(next: Option<&&str>) -> bool {
    next.is_none_or(|w| FRACTION_FOLLOWERS.contains(w) || !w.starts_with(char::is_alphabetic))
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
pub(super) const FRACTION_FOLLOWERS: &[&str] = &[
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
