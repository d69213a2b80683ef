//! Spelled numbers: `forty-three thousand`, `two and a half`, `a dozen`, `twenty-first`,
//! `three quarters`, `two hundred point five`.
//!
//! A small state machine reads one word (or one part of a hyphenated word) at a time and
//! says whether the word may follow the words before it; it keeps the last reading that ended
//! on a whole token. It never looks back, so it runs in time linear in what it reads, and it
//! stops at the first word that cannot continue (`one one one` is three numbers).

use super::tables::{FRACTION_WORDS, ORDINALS, SCALES, TENS, UNITS};

/// What a spelled number came to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spelled {
    /// Its value.
    pub value: f64,
    /// Whether it is an ordinal (`twenty-first`).
    pub ordinal: bool,
    /// The number of words read.
    pub words: usize,
}

/// One word's part in a number.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Piece {
    Small(f64),
    Tens(f64),
    Hundred,
    Scale(i32),
    Dozen,
    And,
    A,
    Point,
    /// A fraction word or an ordinal: the number, whether plural (`thirds`), and whether it
    /// is a word that can only be a denominator (`half`, `quarter`).
    Ordinal(u64, bool, bool),
}

fn piece(w: &str) -> Option<Piece> {
    fn find<T: Copy>(t: &[(&str, T)], w: &str) -> Option<T> {
        t.iter().find(|(k, _)| *k == w).map(|&(_, v)| v)
    }
    if let Some(v) = find(UNITS, w) {
        return Some(Piece::Small(v.into()));
    }
    if let Some(v) = find(TENS, w) {
        return Some(Piece::Tens(v.into()));
    }
    if w == "hundred" || w == "hundreds" {
        return Some(Piece::Hundred);
    }
    if let Some(&(_, p)) = SCALES
        .iter()
        .find(|(k, p)| *k == w && *p > 2 && k.len() > 3)
    {
        return Some(Piece::Scale(p));
    }
    match w {
        "dozen" | "dozens" | "dzs" | "dozs" => return Some(Piece::Dozen),
        "and" => return Some(Piece::And),
        "a" | "an" => return Some(Piece::A),
        "point" => return Some(Piece::Point),
        _ => {}
    }
    if let Some(v) = find(FRACTION_WORDS, w) {
        return Some(Piece::Ordinal(v.into(), w.ends_with('s'), true));
    }
    if let Some(v) = find(ORDINALS, w) {
        return Some(Piece::Ordinal(v, false, false));
    }
    let stem = w.strip_suffix('s')?;
    let v = find(ORDINALS, stem).filter(|&v| v >= 3)?;
    Some(Piece::Ordinal(v, true, false))
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
    Done,
}

/// Reads a spelled number from `tokens`, each a lower-case word; hyphenated words are read
/// part by part (`forty-three`). `None` when the first token does not start one.
pub fn spelled<'a>(tokens: impl Iterator<Item = &'a str>) -> Option<Spelled> {
    let mut total = 0.0f64; // sum of completed scale groups
    let mut group = 0.0f64; // the group below the last scale
    let mut part = 0.0f64; // the last small number read, a fraction's numerator
    let mut last_scale = i32::MAX;
    let mut state = State::Start;
    let mut decimals = String::new();
    let mut before_and = State::Start;
    let mut best: Option<Spelled> = None;
    let mut ordinal = false;
    let mut bare_fraction = false;
    // What a fraction after `and` is a fraction of: `two million and a half` is 2.5 million.
    let mut frac_unit = 1.0f64;
    'tokens: for (n, tok) in tokens.enumerate() {
        if tok.is_empty() || tok.starts_with('-') || tok.ends_with('-') {
            break;
        }
        for w in tok.split('-') {
            if state == State::Done {
                break 'tokens;
            }
            let Some(p) = piece(w) else { break 'tokens };
            let and_ok = state != State::And || matches!(before_and, State::Hundred | State::Scale);
            state = match (state, p) {
                (State::Point, Piece::Small(v) | Piece::Tens(v)) if decimals.len() < 20 => {
                    decimals.push_str(&v.to_string());
                    State::Point
                }
                (State::Start | State::Hundred | State::Scale | State::And, Piece::Small(v))
                    if and_ok =>
                {
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
                    State::Scale
                }
                // `half million`, `quarter million`: a fraction that a scale follows.
                (State::Start, Piece::Ordinal(d, false, true)) => {
                    group = 1.0 / (d as f64);
                    bare_fraction = true;
                    State::Tens
                }
                (State::Small | State::Tens | State::Hundred | State::A, Piece::Dozen) => {
                    let g = if state == State::A { 1.0 } else { group };
                    group = g * 12.0;
                    bare_fraction = false;
                    State::Scale
                }
                (State::Hundred | State::Scale | State::Small | State::Tens, Piece::And)
                    if !bare_fraction =>
                {
                    before_and = state;
                    if state == State::Scale {
                        frac_unit = 10f64.powi(last_scale);
                    }
                    State::And
                }
                (State::And, Piece::A) => State::AndA,
                (State::Start, Piece::A) => State::A,
                (State::Small | State::Tens | State::Hundred | State::Scale, Piece::Point)
                    if !bare_fraction =>
                {
                    State::Point
                }
                // `a half`, `a fifth`, `two and a half`
                (State::A | State::AndA, Piece::Ordinal(d, false, only_fraction))
                    if d >= 3 || only_fraction =>
                {
                    total += group + frac_unit / (d as f64);
                    group = 0.0;
                    State::Done
                }
                // `two thirds`, `three quarters`, `one eighth`
                (State::Small | State::Tens, Piece::Ordinal(d, plural, only_fraction))
                    if (plural || part == 1.0) && (d >= 3 || only_fraction) =>
                {
                    total += group - part + part * frac_unit / (d as f64);
                    group = 0.0;
                    State::Done
                }
                // `twenty-first`, `one hundred twenty fifth`
                (State::Tens, Piece::Ordinal(d, false, false)) if d < 10 => {
                    group += d as f64;
                    ordinal = true;
                    State::Done
                }
                // `two hundredth`
                (State::Small, Piece::Ordinal(d, false, false)) if d >= 100 => {
                    group *= d as f64;
                    ordinal = true;
                    State::Done
                }
                (State::Start | State::Hundred | State::Scale, Piece::Ordinal(d, false, false)) => {
                    group += d as f64;
                    ordinal = true;
                    State::Done
                }
                _ => break 'tokens,
            };
        }
        // A whole token read: is what we have a number?
        let complete = match state {
            State::Small | State::Tens | State::Hundred | State::Scale | State::Done => {
                !bare_fraction
            }
            State::Point => !decimals.is_empty(),
            _ => false,
        };
        if complete {
            let mut value = total + group;
            if !decimals.is_empty() {
                value += format!("0.{decimals}").parse::<f64>().unwrap_or(0.0);
            }
            best = Some(Spelled {
                value,
                ordinal,
                words: n + 1,
            });
        }
        if state == State::Done {
            break;
        }
    }
    best
}

/// `half` or `quarter` alone (`nearly half`): the caller allows it after a qualifier.
pub fn bare_fraction(w: &str) -> Option<f64> {
    match w {
        "half" => Some(0.5),
        "a third" | "third" => Some(1.0 / 3.0),
        "quarter" => Some(0.25),
        _ => None,
    }
}

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
        ] {
            assert_eq!(read(s).map(|r| r.2), Some(n), "{s}");
        }
        for s in ["a", "and", "half", "point", "hundred", "-one"] {
            assert_eq!(read(s), None, "{s}");
        }
    }
}
