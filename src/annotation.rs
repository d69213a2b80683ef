//! What the annotator returns: labelled spans with values.

use crate::span::{OffsetConverter, OffsetUnit, Span};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The kind of thing a span names. Fixed: names from the model, the rest from the number
/// grammar (the OntoNotes / spaCy names, with CoNLL's `LOC` and `MISC`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    /// People, including fictional ones.
    Person,
    /// Companies, agencies, institutions, teams, parties.
    Org,
    /// Places: countries, cities, regions, landmarks.
    Loc,
    /// Nationalities, events, works, other names (CoNLL's MISC).
    Misc,
    /// Absolute or relative dates and periods.
    Date,
    /// Times of day.
    Time,
    /// Percentages.
    Percent,
    /// Amounts of money.
    Money,
    /// Measurements with a unit.
    Quantity,
    /// First, second, 21st …
    Ordinal,
    /// Numbers that are none of the above.
    Cardinal,
}

impl Label {
    /// Every label, in a fixed order.
    pub const ALL: [Label; 11] = [
        Label::Person,
        Label::Org,
        Label::Loc,
        Label::Misc,
        Label::Date,
        Label::Time,
        Label::Percent,
        Label::Money,
        Label::Quantity,
        Label::Ordinal,
        Label::Cardinal,
    ];

    /// The label's name, as serialized: `PERSON`, `ORG`, …
    pub const fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Percent => "PERCENT",
            Label::Money => "MONEY",
            Label::Quantity => "QUANTITY",
            Label::Ordinal => "ORDINAL",
            Label::Cardinal => "CARDINAL",
        }
    }

    /// Whether the label is a name (PERSON, ORG, LOC, MISC), found by the model; the others
    /// come from the number grammar.
    pub const fn is_name(self) -> bool {
        matches!(self, Label::Person | Label::Org | Label::Loc | Label::Misc)
    }

    /// The label named `name` (exactly as [`Label::as_str`] spells it).
    pub fn from_name(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a qualifier bounds a number (`over 95,000` is `MoreThan`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    /// `over`, `more than`, `above`.
    MoreThan,
    /// `under`, `less than`, `below`, `fewer than`.
    LessThan,
    /// `at least`, `no fewer than`.
    AtLeast,
    /// `at most`, `up to`, `no more than`.
    AtMost,
}

/// What an annotation's text means. Only the fields that apply are set; serialized, the
/// others are left out (`{"number": 95000, "bound": "more-than"}`, `{"iso": "2022-02"}`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Value {
    /// The number (CARDINAL, ORDINAL, PERCENT as 20 for 20 %, MONEY, QUANTITY). Absent in a
    /// range (`from`, `to`) and in a QUANTITY that names its unit alone, the target of a
    /// conversion (`fahrenheit` in `convert 10 celsius to fahrenheit`).
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_whole_as_integer"
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub number: Option<f64>,
    /// A qualifier's bound on `number`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub bound: Option<Bound>,
    /// True when the text says the number is approximate (`about`, `nearly`, `approximately`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub approx: Option<bool>,
    /// ISO 4217 currency code (MONEY); absent where the text names no currency (`50
    /// grand`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub currency: Option<String>,
    /// Canonical unit name (QUANTITY): `kilometre`, `degree Celsius`, `degree of arc` (an
    /// angle), `degree` (a temperature on a scale not named), `year of age`; its kind is
    /// [`crate::numbers::unit_kind`].
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub unit: Option<String>,
    /// ISO 8601 date or time at the precision given (`2022-02`, `2026-11-29`, `T15:30`);
    /// TIMEX where ISO has no form (`2025-Q3`, `2023-H1`, `FY2024`, `199X`, `XXXX-Q3` for a
    /// quarter whose year is not given).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub iso: Option<String>,
    /// ISO weekday, Monday = 1 … Sunday = 7.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub weekday: Option<u8>,
    /// Lower end of a range (`10-15`, `between 10 and 15`), in place of `number`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub from: Option<f64>,
    /// Upper end of a range, in place of `number`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub to: Option<f64>,
    /// A date said relative to the time of writing (`last week`, `two years ago`,
    /// `yesterday`); `iso` holds its resolution when a reference date was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub relative: Option<Relative>,
}

/// A relative date: `offset` units from the reference date's own unit (`last week` is
/// `{offset: -1, unit: "week"}`, `yesterday` is `{offset: -1, unit: "day"}`, `earlier this
/// week` is `{offset: 0, unit: "week"}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Relative {
    /// How many units from the reference: negative is before it.
    pub offset: i32,
    /// `day`, `week`, `month`, `year` or `decade`.
    pub unit: String,
}

impl Value {
    /// A plain number.
    pub(crate) fn number(n: f64) -> Value {
        Value {
            number: Some(n),
            ..Value::default()
        }
    }
}

/// Serializes a whole number as an integer (`95000`, not `95000.0`), so JSON readers in any
/// language see the number as written; others as floats.
fn serialize_whole_as_integer<S: serde::Serializer>(
    n: &Option<f64>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match *n {
        Some(x) => match whole_as_integer(x) {
            Some(i) => s.serialize_i64(i),
            None => s.serialize_f64(x),
        },
        None => s.serialize_none(),
    }
}

/// `x` as the integer a value's `number` is written as, when it is whole and exact in a JS
/// number (`-0.0` is `0`); `None` for the others, written as floats.
pub(crate) fn whole_as_integer(x: f64) -> Option<i64> {
    const SAFE: f64 = 9_007_199_254_740_991.0; // 2^53 - 1: exact in a JS number
    (x.fract() == 0.0 && x.abs() <= SAFE).then_some(x as i64)
}

/// One labelled span of the input.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Annotation {
    /// Where, in bytes (half-open).
    pub span: Span,
    /// What kind of thing.
    pub label: Label,
    /// What it means, where the annotator can tell.
    pub value: Option<Value>,
    /// Confidence in 0–1, where the annotator has one (the name model does; rules do not).
    pub score: Option<f32>,
}

/// An annotation as the edges print it: offsets in a chosen unit, and its text.
///
/// The CLI prints these as JSON; JavaScript receives them as plain objects (TypeScript type
/// `Mention`). `start` and `end` are in the unit the caller asked for — UTF-16 code units in
/// JavaScript, so `text.slice(start, end) === mention.text`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "wasm",
    derive(tsify_next::Tsify),
    tsify(into_wasm_abi, from_wasm_abi)
)]
pub struct Mention {
    /// Start offset, in the unit asked for (UTF-16 code units in JavaScript).
    pub start: usize,
    /// End offset (exclusive), in the same unit.
    pub end: usize,
    /// What kind of thing.
    pub label: Label,
    /// The annotated text.
    pub text: String,
    /// What it means, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub value: Option<Value>,
    /// Confidence in 0–1, where the annotator has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub score: Option<f32>,
}

impl Mention {
    /// `annotations` of `text` (sorted by start, as [`crate::Annotator::annotate`] returns
    /// them) with offsets converted to `unit`, in one pass over the text.
    pub fn all(text: &str, annotations: Vec<Annotation>, unit: OffsetUnit) -> Vec<Mention> {
        let mut conv = OffsetConverter::new(text);
        annotations
            .into_iter()
            .map(|a| Mention {
                start: conv.convert(a.span.start, unit),
                end: conv.convert(a.span.end, unit),
                label: a.label,
                text: a.span.of(text).to_string(),
                value: a.value,
                score: a.score,
            })
            .collect()
    }
}
