//! Degrees: a bare `degree` read as an angle or a temperature by the words around it
//! (`rotate 90°`, `a 360-degree view`; `the temperature is 24 degrees`), and the side of zero
//! (`5 degrees below zero`).

use crate::annotation::Annotation;
use crate::numbers::reader::{Cx, PhraseTable};

impl Cx<'_> {
    /// `below zero`, `above zero` after a temperature, at `i`: the sign it gives the
    /// temperature, and the token after it.
    pub(crate) fn side_of_zero(&self, i: usize) -> Option<(f64, usize)> {
        let (&(_, sign), j) = self.longest(i, &ZERO_SIDES)?;
        Some((sign, j))
    }

    /// `ann` over tokens `from..end`, a bare `degree` in it read as an angle or a temperature
    /// by the words around it ([`Cx::bare_degree_unit`]).
    pub(crate) fn settle_bare_degree(
        &self,
        from: usize,
        end: usize,
        mut ann: Annotation,
    ) -> Annotation {
        if let Some(v) = ann.value.as_mut() {
            if v.unit.as_deref() == Some("degree") {
                v.unit = Some(self.bare_degree_unit(from, end).to_string());
            }
        }
        ann
    }

    /// What a bare `degree` measured over tokens `from..end` is ([`DEGREE_CUES`]): `degree
    /// of arc` where the word right after names an angle (`a 45 degree angle`, `a 360-degree
    /// view`), or a word a few before, within the clause, turns something (`rotate 90°`,
    /// `tilted 23.5 degrees`) and none there speaks of heat; otherwise `degree`, a
    /// temperature (`the thermostat was turned down 2 degrees`, `10 degrees colder`).
    fn bare_degree_unit(&self, from: usize, end: usize) -> &'static str {
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
}

/// Cues to what a bare `degree` measures (`45 degrees`, `90°`): the word, and where it
/// stands. The word right after decides first; then heat a few words before wins over a
/// turning (thermostats and dials are turned); without a cue a degree is a temperature.
const DEGREE_CUES: &[(&str, DegreeCue)] = &[
    ("angle", DegreeCue::AngleAfter),
    ("angles", DegreeCue::AngleAfter),
    ("arc", DegreeCue::AngleAfter),
    ("turn", DegreeCue::AngleAfter),
    ("turns", DegreeCue::AngleAfter),
    ("bend", DegreeCue::AngleAfter),
    ("view", DegreeCue::AngleAfter),
    ("rotation", DegreeCue::AngleAfter),
    ("spin", DegreeCue::AngleAfter),
    ("tilt", DegreeCue::AngleAfter),
    ("slope", DegreeCue::AngleAfter),
    ("incline", DegreeCue::AngleAfter),
    ("rotate", DegreeCue::AngleBefore),
    ("rotated", DegreeCue::AngleBefore),
    ("rotates", DegreeCue::AngleBefore),
    ("rotating", DegreeCue::AngleBefore),
    ("turn", DegreeCue::AngleBefore),
    ("turned", DegreeCue::AngleBefore),
    ("turns", DegreeCue::AngleBefore),
    ("turning", DegreeCue::AngleBefore),
    ("tilt", DegreeCue::AngleBefore),
    ("tilted", DegreeCue::AngleBefore),
    ("tilts", DegreeCue::AngleBefore),
    ("angle", DegreeCue::AngleBefore),
    ("angled", DegreeCue::AngleBefore),
    ("inclined", DegreeCue::AngleBefore),
    ("bent", DegreeCue::AngleBefore),
    ("leaning", DegreeCue::AngleBefore),
    ("spun", DegreeCue::AngleBefore),
    ("swivel", DegreeCue::AngleBefore),
    ("latitude", DegreeCue::AngleBefore),
    ("longitude", DegreeCue::AngleBefore),
    ("heading", DegreeCue::AngleBefore),
    ("bearing", DegreeCue::AngleBefore),
    ("temperature", DegreeCue::HeatBefore),
    ("temperatures", DegreeCue::HeatBefore),
    ("thermostat", DegreeCue::HeatBefore),
    ("thermometer", DegreeCue::HeatBefore),
    ("heat", DegreeCue::HeatBefore),
    ("heated", DegreeCue::HeatBefore),
    ("hot", DegreeCue::HeatBefore),
    ("warm", DegreeCue::HeatBefore),
    ("warmer", DegreeCue::HeatBefore),
    ("cool", DegreeCue::HeatBefore),
    ("cooler", DegreeCue::HeatBefore),
    ("cold", DegreeCue::HeatBefore),
    ("colder", DegreeCue::HeatBefore),
    ("oven", DegreeCue::HeatBefore),
    ("fever", DegreeCue::HeatBefore),
    ("weather", DegreeCue::HeatBefore),
    ("warmer", DegreeCue::HeatAfter),
    ("hotter", DegreeCue::HeatAfter),
    ("cooler", DegreeCue::HeatAfter),
    ("colder", DegreeCue::HeatAfter),
];

/// Where a [`DEGREE_CUES`] word stands and what it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DegreeCue {
    /// Right after the measure, naming an angle: `a 45 degree angle`, `a 360-degree view`.
    AngleAfter,
    /// Right after the measure, comparing heat: `temperatures turned 10 degrees colder`.
    HeatAfter,
    /// A few words before it, turning something: `rotate 90°`, `tilted 23.5 degrees`.
    AngleBefore,
    /// A few words before it, speaking of heat: `the thermostat was turned down 2 degrees`.
    HeatBefore,
}

/// How many words before a bare degree [`DegreeCue::AngleBefore`] and
/// [`DegreeCue::HeatBefore`] cues are looked for, within the clause.
const DEGREE_CUE_REACH: usize = 5;

/// Words after a temperature that give its side of zero: `5 degrees below zero`.
pub(crate) static ZERO_SIDES: PhraseTable<(&str, f64)> =
    PhraseTable::new(&[("below zero", -1.0), ("above zero", 1.0)], |r| r.0);
