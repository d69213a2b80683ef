//! The annotator: options in, annotations out.

use crate::annotation::{Annotation, Label};
use crate::entities::{Gazetteer, SumsCache};
use crate::span::Span;
use crate::{entities, numbers, parts, tokenize};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

/// How to build an [`Annotator`]. Every field is optional; the default finds every label.
///
/// Deserializes from the same object the JavaScript `annotate(text, options)` takes
/// (`{"labels": ["PERSON", "DATE"]}`); unknown fields are an error, so a typo is not ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Options {
    /// Only these labels are returned (names as in [`Label::as_str`]); all when `None`.
    #[cfg_attr(feature = "wasm", tsify(optional, type = "Label[]"))]
    pub labels: Option<Vec<String>>,
    /// The date that dates said relative to the time of writing (`yesterday`, `last week`,
    /// `Friday`, `February 11`, `on the 3rd`) are resolved against, as `YYYY-MM-DD`; or
    /// `"auto"`: the date each text states for itself (a dateline, a `Published` line; see
    /// [`crate::numbers::article_date`]), leaving its dates unresolved when it states none.
    /// Without it they keep their relative or partial value only (`--02-11`, a weekday).
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub reference_date: Option<String>,
    /// Names the user knows, by label (`{"PERSON": ["Keir Starmer"]}`; `PERSON`, `ORG`,
    /// `LOC` or `MISC`). A match is evidence the model weighs with the context, not an
    /// override.
    #[cfg_attr(feature = "wasm", tsify(optional, type = "Record<string, string[]>"))]
    pub gazetteer: Option<HashMap<String, Vec<String>>>,
}

impl Options {
    /// The fields an options object may have, as JavaScript writes them: the wasm layer checks
    /// an object's keys against them (a test keeps them equal to what serde reads).
    #[cfg(any(test, feature = "wasm"))]
    pub(crate) const FIELDS: [&'static str; 3] = ["labels", "referenceDate", "gazetteer"];
}

/// Why an [`Annotator`] could not be built. Building depends only on the options, never on
/// the text to annotate, which cannot fail.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BuildError {
    /// A label name that is not one of [`Label::ALL`].
    UnknownLabel {
        /// The name given.
        name: String,
    },
    /// A gazetteer key that is not the label of a name: a gazetteer lists names, so it takes
    /// only the labels [`Label::is_name`] (`PERSON`, `ORG`, `LOC`, `MISC`).
    InvalidGazetteerLabel {
        /// The key given.
        name: String,
    },
    /// A reference date that is neither a real `YYYY-MM-DD` calendar date nor `auto`.
    InvalidReferenceDate {
        /// The text given.
        given: String,
    },
    /// Options that could not be read (wrong type, unknown field).
    InvalidOptions {
        /// What was wrong.
        message: String,
    },
}

impl BuildError {
    /// A stable, machine-readable name for the kind of error (`"UnknownLabel"`,
    /// `"InvalidOptions"`); JavaScript receives it as `error.kind`.
    pub fn kind(&self) -> &'static str {
        match self {
            BuildError::UnknownLabel { .. } => "UnknownLabel",
            BuildError::InvalidGazetteerLabel { .. } => "InvalidGazetteerLabel",
            BuildError::InvalidReferenceDate { .. } => "InvalidReferenceDate",
            BuildError::InvalidOptions { .. } => "InvalidOptions",
        }
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::UnknownLabel { name } => {
                let known = label_list(|_| true);
                write!(f, "unknown label {name:?}; expected one of {known}")
            }
            BuildError::InvalidGazetteerLabel { name } => {
                let names = label_list(Label::is_name);
                write!(
                    f,
                    "gazetteer label {name:?} is not a name label; a gazetteer takes one of {names}"
                )
            }
            BuildError::InvalidReferenceDate { given } => {
                write!(
                    f,
                    "invalid reference date {given:?}; expected a calendar date as YYYY-MM-DD, \
                     or auto"
                )
            }
            BuildError::InvalidOptions { message } => write!(f, "invalid options: {message}"),
        }
    }
}

impl std::error::Error for BuildError {}

/// The labels `keep` keeps, in their fixed order, as `PERSON, ORG, …`.
fn label_list(keep: impl Fn(Label) -> bool) -> String {
    let names: Vec<&str> = Label::ALL
        .into_iter()
        .filter(|&l| keep(l))
        .map(Label::as_str)
        .collect();
    names.join(", ")
}

/// What an annotator resolves relative dates against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Reference {
    /// Nothing: relative dates keep their relative value.
    #[default]
    None,
    /// This (year, month, day).
    Date(i32, u32, u32),
    /// The date each text states for itself, if any (`referenceDate: "auto"`).
    Article,
}

/// Finds and labels the entities and numbers of English text.
///
/// Build once, annotate many texts. A text's annotations depend on the options and the text
/// alone, never on what was annotated before or elsewhere: annotators keep only exact sums of
/// model weights between calls (they save work, not change results), and an annotator may be
/// shared between threads.
#[derive(Clone, Debug)]
pub struct Annotator {
    /// Bit `l as u16` set when label `l` is returned.
    labels: u16,
    /// What relative dates resolve against.
    reference: Reference,
    /// The user's gazetteer, if any. (The weight sums the name model keeps from call to call
    /// are the thread's, not the annotator's: [`with_thread_sums`].)
    gazetteer: Option<Arc<Gazetteer>>,
}

impl Default for Annotator {
    fn default() -> Self {
        Annotator {
            labels: u16::MAX,
            reference: Reference::None,
            gazetteer: None,
        }
    }
}

/// Runs `f` with the weight sums the name model keeps on this thread, for every annotator
/// that runs on it. They depend on the model alone (not on options: labels are filtered after,
/// the user's gazetteer is read per token), so a new annotator, such as one built for a new
/// reference date, starts with the sums the others made instead of empty, and a first text
/// costs what a tenth does. One set a thread, not one for the process: threads annotating at
/// once (the CLI's `--jobs`) each keep their own instead of waiting on, or going without,
/// a shared one. Exact, so a text's annotations never depend on the texts before it.
fn with_thread_sums<R>(f: impl FnOnce(&SumsCache) -> R) -> R {
    thread_local! {
        static SUMS: SumsCache = SumsCache::default();
    }
    SUMS.with(f)
}

impl Annotator {
    /// An annotator built from `options`; fails only on bad options.
    pub fn new(options: &Options) -> Result<Annotator, BuildError> {
        let mut labels = u16::MAX;
        if let Some(names) = &options.labels {
            labels = 0;
            for name in names {
                let label = Label::from_name(name)
                    .ok_or_else(|| BuildError::UnknownLabel { name: name.clone() })?;
                labels |= 1 << label as u16;
            }
        }
        let reference = match options.reference_date.as_deref() {
            None => Reference::None,
            Some("auto") => Reference::Article,
            Some(given) => {
                let (y, m, d) = crate::numbers::parse_calendar_date(given).ok_or_else(|| {
                    BuildError::InvalidReferenceDate {
                        given: given.to_string(),
                    }
                })?;
                Reference::Date(y, m, d)
            }
        };
        let gazetteer = match &options.gazetteer {
            None => None,
            Some(map) => {
                let mut entries: Vec<_> = map.iter().map(|(k, v)| (k.as_str(), &v[..])).collect();
                entries.sort_by_key(|e| e.0);
                let g =
                    Gazetteer::user(entries).map_err(|name| BuildError::InvalidGazetteerLabel {
                        name: name.to_string(),
                    })?;
                Some(Arc::new(g))
            }
        };
        Ok(Annotator {
            labels,
            reference,
            gazetteer,
        })
    }

    /// The reference date (year, month, day) relative dates resolve against, if one was given
    /// (none for `"auto"`, whose date each text gives).
    pub fn reference_date(&self) -> Option<(i32, u32, u32)> {
        match self.reference {
            Reference::Date(y, m, d) => Some((y, m, d)),
            Reference::None | Reference::Article => None,
        }
    }

    /// Whether relative dates resolve against the date each text states for itself
    /// (`referenceDate: "auto"`).
    pub fn uses_article_date(&self) -> bool {
        self.reference == Reference::Article
    }

    /// Whether this annotator returns `label`.
    pub fn returns(&self, label: Label) -> bool {
        self.labels & (1 << label as u16) != 0
    }

    /// The annotations of `text`: sorted by start, not overlapping, byte spans on `char`
    /// boundaries. Never fails and never panics, whatever the text. A text longer than
    /// [`parts::MAX_BYTES`] is read in parts ([`parts`]), so memory stays in proportion.
    pub fn annotate(&self, text: &str) -> Vec<Annotation> {
        let mut out = Vec::new();
        self.annotate_parts(text, |start, part, found| {
            if start == 0 && part.len() == text.len() {
                out = found;
            } else {
                out.extend(found.into_iter().map(|mut a| {
                    a.span = Span::new(a.span.start + start, a.span.end + start);
                    a
                }));
            }
        });
        out
    }

    /// Annotates `text` part by part ([`parts`]), handing `each` the part's byte offset in
    /// `text`, the part, and its annotations with byte spans in the part; a part's memory is
    /// freed before the next is read.
    pub fn annotate_parts(&self, text: &str, mut each: impl FnMut(usize, &str, Vec<Annotation>)) {
        let mut reader = self.part_reader();
        for range in parts::parts(text, parts::PART_BYTES) {
            let part = &text[range.clone()];
            each(range.start, part, reader.read(part));
        }
    }

    /// A reader of one text's parts, in order, for a caller that holds a window of the text
    /// at a time and cuts it with [`parts::first_part_len`] (the wasm layer, which copies a
    /// long JS string into wasm memory part by part).
    pub fn part_reader(&self) -> PartReader<'_> {
        PartReader {
            annotator: self,
            reference: None,
            first: true,
        }
    }
}

/// Reads the parts of one text in order ([`Annotator::part_reader`]). The relative dates of
/// every part resolve against the same date: with `auto`, the one the text states near its
/// top, which is in the first part.
pub struct PartReader<'a> {
    annotator: &'a Annotator,
    reference: Option<(i32, u32, u32)>,
    first: bool,
}

impl PartReader<'_> {
    /// The annotations of `part`, the next part of the text, with byte spans in the part.
    pub fn read(&mut self, part: &str) -> Vec<Annotation> {
        let a = self.annotator;
        let tokens = tokenize::tokenize(part);
        if std::mem::take(&mut self.first) {
            self.reference = match a.reference {
                Reference::None => None,
                Reference::Date(y, m, d) => Some((y, m, d)),
                Reference::Article => numbers::stated_reference(part, &tokens.tokens),
            };
        }
        let mut found = numbers::find_with(part, &tokens.tokens, self.reference);
        found.retain(|x| a.returns(x.label));
        let mut names =
            with_thread_sums(|sums| entities::find(part, &tokens, a.gazetteer.as_deref(), sums));
        names.retain(|x| a.returns(x.label));
        merge(found, names)
    }
}

/// Merges sorted, non-overlapping `numbers` and `names` into one sorted, non-overlapping list;
/// a name that overlaps a number is dropped (the number grammar knows dates better).
fn merge(numbers: Vec<Annotation>, names: Vec<Annotation>) -> Vec<Annotation> {
    if names.is_empty() {
        return numbers;
    }
    let mut out = Vec::with_capacity(numbers.len() + names.len());
    let mut k = 0;
    for name in names {
        while k < numbers.len() && numbers[k].span.end <= name.span.start {
            out.push(numbers[k].clone());
            k += 1;
        }
        let overlaps = numbers.get(k).is_some_and(|n| n.span.start < name.span.end);
        if !overlaps {
            out.push(name);
        }
    }
    out.extend_from_slice(&numbers[k..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_option_fields_are_those_serde_reads() {
        let err = serde_json::from_str::<Options>(r#"{"lables": []}"#)
            .unwrap_err()
            .to_string();
        let listed: Vec<String> = Options::FIELDS.iter().map(|f| format!("`{f}`")).collect();
        assert!(
            err.contains(&format!("expected one of {}", listed.join(", "))),
            "{err}"
        );
        for field in Options::FIELDS {
            let one = format!(r#"{{"{field}": null}}"#);
            assert!(serde_json::from_str::<Options>(&one).is_ok(), "{one}");
        }
    }

    fn with_gazetteer(label: &str) -> Options {
        Options {
            gazetteer: Some(HashMap::from([(label.to_string(), vec!["x".to_string()])])),
            ..Options::default()
        }
    }

    #[test]
    fn every_annotator_on_a_thread_keeps_the_same_sums_whatever_its_options() {
        // A new annotator (a new reference date, a gazetteer, labels) starts with the sums
        // the others kept on its thread, not empty; another thread keeps its own.
        let rows = || with_thread_sums(|s| s.lock().map(|s| s.len()));
        std::thread::spawn(move || {
            assert_eq!(rows(), Some(0));
            Annotator::default().annotate("Angela Merkel met Emmanuel Macron in Paris.");
            let kept = rows().unwrap();
            assert!(kept > 0);
            let options = Options {
                labels: Some(vec!["PERSON".into()]),
                reference_date: Some("2020-01-02".into()),
                ..with_gazetteer("ORG")
            };
            Annotator::new(&options)
                .unwrap()
                .annotate("Angela Merkel met Emmanuel Macron in Paris.");
            assert_eq!(
                rows(),
                Some(kept),
                "the same text adds no row: the sums were kept"
            );
            std::thread::spawn(move || assert_eq!(rows(), Some(0), "another thread's"))
                .join()
                .unwrap();
        })
        .join()
        .unwrap();
    }

    #[test]
    fn a_gazetteer_takes_name_labels_only() {
        for label in ["PERSON", "ORG", "LOC", "MISC"] {
            assert!(Annotator::new(&with_gazetteer(label)).is_ok(), "{label}");
        }
        for label in ["DATE", "CARDINAL", "PEOPLE", "person"] {
            let err = Annotator::new(&with_gazetteer(label)).unwrap_err();
            assert_eq!(
                err,
                BuildError::InvalidGazetteerLabel { name: label.into() }
            );
            assert_eq!(err.kind(), "InvalidGazetteerLabel");
        }
        assert_eq!(
            Annotator::new(&with_gazetteer("DATE"))
                .unwrap_err()
                .to_string(),
            "gazetteer label \"DATE\" is not a name label; a gazetteer takes one of \
             PERSON, ORG, LOC, MISC"
        );
    }
}
