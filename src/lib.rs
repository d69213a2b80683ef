//! # highlit
//!
//! Highlights the people, organisations, places, nationalities and events, dates, times,
//! amounts of money, percentages, quantities, ordinals and counts of English text, with each
//! one's value read out (`over 95,000` → 95000, more than; `February 2022` → `2022-02`).
//!
//! ```
//! use highlit::{Annotator, Label, Options};
//!
//! let text = "Russia invaded in February 2022; over 95,000 soldiers died.";
//! let annotator = Annotator::new(&Options::default()).unwrap();
//! let found = annotator.annotate(text);
//! let place = &found[0];
//! assert_eq!((place.span.of(text), place.label), ("Russia", Label::Loc));
//! assert!(place.score.is_some_and(|s| s > 0.5)); // names carry a calibrated confidence
//! let date = &found[1];
//! assert_eq!((date.span.of(text), date.label), ("February 2022", Label::Date));
//! assert_eq!(date.value.as_ref().unwrap().iso.as_deref(), Some("2022-02"));
//! let count = &found[2];
//! assert_eq!((count.span.of(text), count.label), ("over 95,000", Label::Cardinal));
//! assert_eq!(count.value.as_ref().unwrap().number, Some(95000.0));
//! ```
//!
//! ## The pipeline
//!
//! 1. [`tokenize`]: text → tokens with byte spans, and sentences (UAX #29 plus news rules).
//! 2. [`numbers`]: tokens → numbers, money, percentages and dates, with values.
//! 3. `entities` (`src/entities/`): tokens → people, organisations, places and MISC names (a
//!    trained model).
//! 4. [`Annotator::annotate`]: merges both (numbers win an overlap) and filters by label; the
//!    result is sorted and non-overlapping.
//! 5. At the edges, byte spans become UTF-16 or code-point offsets ([`span::OffsetConverter`]):
//!    the CLI (`src/bin/highlit.rs`) and the wasm layer (`src/wasm/`, feature `wasm`), which
//!    also marks annotations in a live DOM element (`highlight`).
//!
//! Offsets are **bytes** inside the crate; every name that carries another unit says so.
#![deny(missing_docs)]

pub mod annotation;
pub mod annotator;
pub(crate) mod entities;
pub mod numbers;
pub mod span;
pub mod tokenize;
#[cfg(feature = "train")]
#[doc(hidden)]
pub mod train;
#[cfg(feature = "wasm")]
pub mod wasm;

pub use annotation::{Annotation, Bound, Label, Mention, Relative, Value};
pub use annotator::{Annotator, BuildError, Options};
pub use span::{OffsetConverter, OffsetUnit, Span};

/// Annotates `text` with every label, using a default [`Annotator`].
pub fn annotate(text: &str) -> Vec<Annotation> {
    Annotator::default().annotate(text)
}
