//! The state machine that reads a spelled number: one piece of a word at a time, each
//! piece's step grouped by its kind (numbers, scales, `dozen`, joining words, ordinals).

use super::{fraction_may_end, piece, scale_ordinal, Piece, Spelled};

/// Where the reading is: what was read last.
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

/// Reads `toks`; `denominator` reads the ordinal of a fraction (`twenty-fifths`), plural
/// too, and nothing else.
pub(super) fn read(toks: &[&str], denominator: bool) -> Option<Spelled> {
    let mut m = Machine::new(toks, denominator);
    for (n, &tok) in toks.iter().enumerate() {
        if tok.is_empty() || tok.starts_with('-') || tok.ends_with('-') {
            break;
        }
        match m.token(n, tok) {
            Flow::Next => {}
            Flow::Stop => break,
            Flow::Return(found) => return found,
        }
        m.complete(n);
        if m.state == State::Done {
            break;
        }
    }
    m.best
}

/// What reading a token leads to.
enum Flow {
    /// The token was read whole: see whether it completes a number, then read on.
    Next,
    /// The number cannot go on with this token: the reading so far stands.
    Stop,
    /// The reading is decided: this.
    Return(Option<Spelled>),
}

/// What one piece of a word did to the reading.
enum Step {
    /// The reading goes on, in this state.
    To(State),
    /// The number ended before the piece, at this reading (`three hundred and two hundred`
    /// is two numbers).
    Ended(Option<Spelled>),
}

/// The state machine of [`read`]: where it is, and the value read so far.
struct Machine<'t> {
    toks: &'t [&'t str],
    /// Reading a fraction's denominator only.
    denominator: bool,
    state: State,
    /// The sum of completed scale groups.
    total: f64,
    /// The group below the last scale.
    group: f64,
    /// The last small number read, a fraction's numerator.
    part: f64,
    last_scale: i32,
    decimals: String,
    /// `point seventy-one`: a tens digit waits for its unit.
    tens_decimal: bool,
    /// The state `and` came after.
    before_and: State,
    /// The last reading that ended on a whole token.
    best: Option<Spelled>,
    ordinal: bool,
    plural: bool,
    /// `half`, `quarter` read alone, waiting for what it is a fraction of.
    bare_fraction: bool,
    /// `twenty and three fifths`: the whole part, the fraction still to come.
    mixed_base: Option<f64>,
    /// The tens word just read stands after a hundred or a scale (`one hundred thirty`).
    tens_after_group: bool,
    /// What a fraction after `and` is a fraction of: `two million and a half` is 2.5 million.
    frac_unit: f64,
    frac_after_scale: bool,
    /// The number being read began right after `and` (`one hundred and three`).
    and_part: bool,
    best_at_and: Option<Spelled>,
    /// The reading that ended on the last scale word (`400 million`).
    best_at_scale: Option<Spelled>,
    scale_pending: bool,
}

impl<'t> Machine<'t> {
    fn new(toks: &'t [&'t str], denominator: bool) -> Self {
        Machine {
            toks,
            denominator,
            state: State::Start,
            total: 0.0,
            group: 0.0,
            part: 0.0,
            last_scale: i32::MAX,
            decimals: String::new(),
            tens_decimal: false,
            before_and: State::Start,
            best: None,
            ordinal: false,
            plural: false,
            bare_fraction: false,
            mixed_base: None,
            tens_after_group: false,
            frac_unit: 1.0,
            frac_after_scale: false,
            and_part: false,
            best_at_and: None,
            best_at_scale: None,
            scale_pending: false,
        }
    }

    /// Reads token `n`, `tok`, one part at a time if hyphenated (`forty-three`).
    fn token(&mut self, n: usize, tok: &str) -> Flow {
        let next = self.toks.get(n + 1);
        // Most words have no hyphen: no splitting for them.
        let hyphened = tok.bytes().any(|b| b == b'-');
        let parts = if hyphened { tok.split('-').count() } else { 1 };
        let mut whole = Some(tok);
        let mut split = tok.split('-');
        let words = std::iter::from_fn(|| if hyphened { split.next() } else { whole.take() });
        for (k, w) in words.enumerate() {
            if self.state == State::Done {
                return Flow::Stop;
            }
            let Some(p) = piece(w) else {
                if k == 0 {
                    let numerator = self.total + self.group;
                    return Flow::Return(self.denominator_after(n, self.state, numerator));
                }
                return Flow::Stop;
            };
            self.start_mixed(p);
            let from = self.state;
            let last_part = k + 1 == parts;
            let step = match p {
                Piece::Small(_) | Piece::Digits(_) | Piece::Tens(_) => self.number_word(p),
                Piece::Hundred | Piece::Scale(_) => self.scale_word(p),
                Piece::Dozen => self.dozen(),
                Piece::And | Piece::A | Piece::Of | Piece::Point => self.joining_word(p),
                Piece::Ordinal(d, plural, only_fraction) => {
                    // Where a singular fraction may end the number: after the word, one
                    // that allows it (`a fifth of`); inside a hyphened word, anywhere.
                    let end_ok = last_part && fraction_may_end(next);
                    let may_end = last_part && (only_fraction || k > 0 || fraction_may_end(next));
                    self.ordinal_word(d, plural, only_fraction, end_ok, may_end)
                }
            };
            match step {
                Some(Step::To(state)) => self.enter(from, state),
                Some(Step::Ended(found)) => return Flow::Return(found),
                None if k == 0 => {
                    let numerator = self.total + self.group;
                    return Flow::Return(self.denominator_after(n, from, numerator));
                }
                None => return Flow::Stop,
            }
        }
        Flow::Next
    }

    /// `twenty and three fifths`: after an `and` that cannot go on a number, a small number
    /// or tens word starts the fraction of a mixed number; the whole part is kept aside.
    fn start_mixed(&mut self, p: Piece) {
        let mixed = self.state == State::And
            && !self.denominator
            && self.mixed_base.is_none()
            && matches!(self.before_and, State::Small | State::Tens);
        if let (true, Piece::Small(_) | Piece::Tens(_)) = (mixed, p) {
            self.mixed_base = Some(self.total + self.group);
            self.total = 0.0;
            self.group = 0.0;
            self.state = State::Start;
        }
    }

    /// Whether a number may go on here: not after an `and` unless a hundred or a scale came
    /// before it (`one hundred and three`, not `ten and twenty`).
    fn and_ok(&self) -> bool {
        self.state != State::And || matches!(self.before_and, State::Hundred | State::Scale)
    }

    /// Moves from state `from` to `state`.
    fn enter(&mut self, from: State, state: State) {
        self.state = state;
        self.and_part = match state {
            State::Small | State::Tens => self.and_part || from == State::And,
            _ => false,
        };
        if state != State::Tens {
            self.tens_after_group = false;
        }
    }

    /// A small number, digits or a tens word: after the point a decimal digit (`point
    /// seventy-one`), otherwise added to the group.
    fn number_word(&mut self, p: Piece) -> Option<Step> {
        let state = self.state;
        let next = match (state, p) {
            (State::Point, Piece::Small(v)) if self.decimals.len() < 20 => {
                if self.tens_decimal && v > 0.0 && v < 10.0 {
                    self.tens_decimal = false;
                } else if self.tens_decimal {
                    self.decimals.push('0');
                    self.tens_decimal = false;
                }
                self.decimals.push_str(&v.to_string());
                State::Point
            }
            (State::Point, Piece::Tens(v)) if self.decimals.len() < 20 => {
                if self.tens_decimal {
                    self.decimals.push('0');
                }
                self.decimals.push_str(&(v / 10.0).to_string());
                self.tens_decimal = true;
                State::Point
            }
            (
                State::Start | State::Hundred | State::Scale | State::And,
                Piece::Small(v) | Piece::Digits(v),
            ) if self.and_ok() && (v > 0.0 || state != State::And) => {
                self.group += v;
                self.part = v;
                State::Small
            }
            (State::Tens, Piece::Small(v)) if v < 10.0 && v > 0.0 => {
                self.group += v;
                self.part += v;
                State::Small
            }
            (State::Start | State::Hundred | State::Scale | State::And, Piece::Tens(v))
                if self.and_ok() =>
            {
                self.group += v;
                self.part = v;
                self.tens_after_group = matches!(state, State::Hundred | State::Scale);
                State::Tens
            }
            _ => return None,
        };
        Some(Step::To(next))
    }

    /// `hundred` or a scale word (`thousand`, `million`, `crore`): multiplies what is before.
    fn scale_word(&mut self, p: Piece) -> Option<Step> {
        let state = self.state;
        let next = match (state, p) {
            (State::Small | State::Tens, Piece::Hundred)
                if self.group > 0.0 && self.group < 100.0 =>
            {
                self.group *= 100.0;
                self.part = 0.0;
                State::Hundred
            }
            (State::A, Piece::Hundred) => {
                self.group = 100.0;
                self.part = 0.0;
                State::Hundred
            }
            (State::Small | State::Tens | State::Hundred | State::A, Piece::Scale(p))
                if p < self.last_scale =>
            {
                let g = if state == State::A { 1.0 } else { self.group };
                self.total += g * 10f64.powi(p);
                self.group = 0.0;
                self.part = 0.0;
                self.last_scale = p;
                self.bare_fraction = false;
                self.scale_pending = true;
                State::Scale
            }
            // `three lakh crore`, `two thousand crore`: Indian compound scales.
            (State::Scale, Piece::Scale(7))
                if matches!(self.last_scale, 3 | 5) && self.group == 0.0 =>
            {
                self.total *= 1e7;
                self.last_scale = 12;
                State::Scale
            }
            // `one billion and a quarter million`: the fraction is of the smaller scale.
            (State::Fraction, Piece::Scale(p)) if self.frac_after_scale && p < self.last_scale => {
                self.group = self.group / self.frac_unit * 10f64.powi(p);
                State::Done
            }
            // `half a million`, `two thirds of a million`
            (State::FracA, Piece::Scale(p)) => {
                self.total = (self.total + self.group) * 10f64.powi(p);
                self.group = 0.0;
                self.part = 0.0;
                self.last_scale = p;
                self.bare_fraction = false;
                State::Scale
            }
            // `three hundred and two hundred`, `400 million 329 million`: two numbers, the
            // second cut where its group began.
            (State::Small | State::Tens, _) if self.and_part => {
                return Some(Step::Ended(self.best_at_and));
            }
            (State::Small | State::Tens | State::Hundred, _)
                if self.last_scale != i32::MAX && !self.ordinal =>
            {
                return Some(Step::Ended(self.best_at_scale));
            }
            _ => return None,
        };
        Some(Step::To(next))
    }

    /// `dozen`: `three dozen`, `half a dozen`, `two and a half dozen`, `three hundred and two
    /// dozens` (324: the dozen counts the number just before it).
    fn dozen(&mut self) -> Option<Step> {
        let state = self.state;
        let next = match state {
            State::Fraction if !self.frac_after_scale && self.last_scale == i32::MAX => {
                self.group = (self.total + self.group) * 12.0;
                self.total = 0.0;
                State::Done
            }
            State::FracA => {
                self.group = (self.total + self.group) * 12.0;
                self.total = 0.0;
                self.bare_fraction = false;
                State::Done
            }
            State::Small | State::Tens | State::Hundred | State::A => {
                self.group = match state {
                    State::A => self.group + 12.0,
                    State::Hundred => self.group * 12.0,
                    _ if self.bare_fraction => self.group * 12.0,
                    _ => self.group - self.part + self.part * 12.0,
                };
                self.bare_fraction = false;
                State::Scale
            }
            _ => return None,
        };
        Some(Step::To(next))
    }

    /// `and`, `a`, `of`, `point`: words that join the parts of a number (`one hundred and
    /// three`, `two and a half`, `half a million`, `two thirds of a million`, `two point
    /// five`).
    fn joining_word(&mut self, p: Piece) -> Option<Step> {
        let state = self.state;
        let next = match (state, p) {
            (State::Tens, Piece::A) if self.bare_fraction => State::FracA,
            (State::Tens, Piece::Of) if self.bare_fraction => State::FracOf,
            (State::Fraction, Piece::Of)
                if !self.frac_after_scale && self.last_scale == i32::MAX =>
            {
                State::FracOf
            }
            (State::FracOf, Piece::A) => State::FracA,
            (State::Hundred | State::Scale | State::Small | State::Tens, Piece::And)
                if !self.bare_fraction =>
            {
                self.before_and = state;
                self.best_at_and = self.best;
                if state == State::Scale {
                    self.frac_unit = 10f64.powi(self.last_scale);
                }
                State::And
            }
            (State::And, Piece::A) if !self.denominator => State::AndA,
            (State::Start, Piece::A) => State::A,
            (State::Small | State::Tens | State::Hundred | State::Scale, Piece::Point)
                if !self.bare_fraction && !self.denominator =>
            {
                State::Point
            }
            _ => return None,
        };
        Some(Step::To(next))
    }

    /// An ordinal or fraction word `d` (`third`, `thirds`, `half`): a fraction's denominator
    /// (`two thirds`, `a half`, `one hundred thirty-fifths`), or the end of an ordinal
    /// (`twenty-first`, `two hundredth`). `end_ok`: the word after allows a singular fraction
    /// to end here (`a fifth of`, not `a fifth straight win`); `may_end`: so does the word
    /// itself, or its place inside a hyphened word (`one-fifth stake`).
    fn ordinal_word(
        &mut self,
        d: u64,
        plural: bool,
        only_fraction: bool,
        end_ok: bool,
        may_end: bool,
    ) -> Option<Step> {
        let state = self.state;
        let denominator = self.denominator;
        // After `and` following a hundred or a scale, a proper fraction is the fraction part
        // of a mixed number (`two hundred and three quarters`, 200.75); an improper one has
        // the whole number for numerator (`one hundred and thirty fifths`, 26).
        let proper_mixed = self.and_part
            && self.mixed_base.is_none()
            && matches!(self.before_and, State::Hundred | State::Scale)
            && self.part < d as f64;
        let numerator = if proper_mixed {
            self.part
        } else {
            self.total + self.group
        };
        let next = match state {
            // `half million`, `quarter million`: a fraction that a scale follows.
            State::Start if !plural && only_fraction && !denominator => {
                self.group = 1.0 / (d as f64);
                self.bare_fraction = true;
                State::Tens
            }
            // `a half`, `a fifth`, `two and a half`; `a fifth straight win` is an ordinal.
            State::A | State::AndA
                if !plural
                    && (d >= 3 || only_fraction)
                    && !denominator
                    && (state == State::AndA || only_fraction || end_ok) =>
            {
                self.frac_after_scale = state == State::AndA && self.before_and == State::Scale;
                self.total += self.group;
                self.group = self.frac_unit / (d as f64);
                if !self.frac_after_scale {
                    self.total += self.group;
                    self.group = 0.0;
                }
                State::Fraction
            }
            // `one hundred thirty-fifths` (100/35): a tens word and a unit ordinal after a
            // hundred or a scale are the denominator.
            State::Tens
                if plural
                    && !only_fraction
                    && d < 10
                    && self.tens_after_group
                    && !denominator
                    && self.mixed_base.is_none() =>
            {
                self.total = (self.total + self.group - self.part) / (self.part + d as f64);
                self.group = 0.0;
                State::Fraction
            }
            // `two thirds`, `three quarters`, `one eighth`, `one hundred two fifths`
            State::Small | State::Tens | State::Hundred | State::Scale
                if !denominator
                    && (d >= 3 || only_fraction)
                    && (plural || (numerator == 1.0 && may_end))
                    && (state != State::Tens || plural) =>
            {
                let d = d as f64;
                if proper_mixed {
                    // `three million and three quarters`
                    self.total += self.group - self.part;
                    self.group = self.part * self.frac_unit / d;
                    self.frac_after_scale = self.before_and == State::Scale;
                } else {
                    self.total = self.mixed_base.unwrap_or(0.0) + (self.total + self.group) / d;
                    self.group = 0.0;
                }
                State::Fraction
            }
            // `twenty-first`, `one hundred twenty fifth`
            State::Tens if !only_fraction && d < 10 && (!plural || denominator) => {
                self.end_ordinal(self.group + d as f64, plural)
            }
            // `two hundredth`, `a hundred trillionth`
            State::Small | State::Tens | State::Hundred
                if !only_fraction
                    && scale_ordinal(d)
                    && (d > 100 || state != State::Hundred)
                    && (d as f64) < 10f64.powi(self.last_scale.min(300))
                    && (!plural || denominator) =>
            {
                self.end_ordinal(self.group * d as f64, plural)
            }
            State::Start | State::Hundred | State::Scale | State::And
                if !only_fraction && self.and_ok() && (!plural || denominator) =>
            {
                self.end_ordinal(self.group + d as f64, plural)
            }
            _ => return None,
        };
        Some(Step::To(next))
    }

    /// An ordinal read: its group's value is `group`.
    fn end_ordinal(&mut self, group: f64, plural: bool) -> State {
        self.group = group;
        self.ordinal = true;
        self.plural = plural;
        State::Done
    }

    /// After token `n` was read whole: records the reading when what was read is a number.
    fn complete(&mut self, n: usize) {
        let complete = match self.state {
            State::Small | State::Tens | State::Hundred | State::Scale | State::Done => {
                !self.bare_fraction && (self.mixed_base.is_none() || self.state == State::Done)
            }
            State::Fraction => true,
            State::Point => !self.decimals.is_empty(),
            _ => false,
        };
        if !complete {
            return;
        }
        let mut value = self.total + self.group;
        let at_scale = std::mem::take(&mut self.scale_pending) && self.state == State::Scale;
        if !self.decimals.is_empty() {
            value += format!("0.{}", self.decimals).parse::<f64>().unwrap_or(0.0);
        }
        self.best = Some(Spelled {
            value,
            ordinal: self.ordinal,
            words: n + 1,
            plural: self.plural,
        });
        if at_scale {
            self.best_at_scale = self.best;
        }
    }

    /// Where a number stopped at token `n` in state `state` (its value `numerator`), a
    /// fraction's denominator may start: `three twenty-firsts`, `one one hundred fifth`,
    /// `a twenty-first`. Otherwise the reading so far.
    fn denominator_after(&self, n: usize, state: State, numerator: f64) -> Option<Spelled> {
        let (toks, best) = (self.toks, self.best);
        let whole = matches!(
            state,
            State::Small | State::Tens | State::Hundred | State::Scale | State::A
        );
        let read_to_here = state == State::A || best.is_some_and(|b| b.words == n);
        if self.denominator || !whole || !read_to_here {
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
}
