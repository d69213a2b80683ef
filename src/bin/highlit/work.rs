//! What a worker does with one record: read it, annotate it, and render it in the output
//! format; or say why it could not. Pure but for the annotator's kept sums, so records can be
//! done on any thread in any order.

use crate::formats::{self, Format};
use crate::input::{decode, Kind, Record};
use highlit::{Annotator, OffsetUnit};
use serde::Deserialize;
use serde_json::Value;
use std::path::PathBuf;

/// How records are rendered.
#[derive(Clone, Copy, Debug)]
pub struct Render {
    pub format: Format,
    /// Offsets of `jsonl` (the other formats have their own unit).
    pub unit: OffsetUnit,
}

/// A record's output.
pub enum Out {
    /// Lines for the output stream, each ending in a newline.
    Lines(Vec<u8>),
    /// A brat document: `STEM.txt` holds `txt`, `STEM.ann` holds `ann`.
    Brat {
        stem: PathBuf,
        txt: String,
        ann: String,
    },
}

/// A record done.
pub struct Done {
    pub out: Option<Out>,
    /// Whether it was a document that could be annotated.
    pub document: bool,
    pub annotations: usize,
    /// What went wrong, each as `PLACE: what`, for stderr.
    pub problems: Vec<String>,
    /// Input bytes it accounts for.
    pub size: u64,
}

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: Value,
    text: String,
}

pub fn work(annotator: &Annotator, record: Record, render: Render) -> Done {
    let place = &record.place;
    let (id, text, problems) = match record.kind {
        Kind::JsonLine => match serde_json::from_slice::<Line>(&record.bytes) {
            Ok(line) => (line.id, line.text, Vec::new()),
            Err(e) => {
                let message = match std::str::from_utf8(&record.bytes) {
                    Ok(_) => format!("not a JSON object with a \"text\" string: {e}"),
                    Err(_) => "invalid UTF-8".to_string(),
                };
                return failed(
                    Value::Null,
                    format!("{place}: {message}"),
                    render,
                    record.size,
                );
            }
        },
        Kind::Text { id } => {
            let (text, bad) = decode(&record.bytes);
            let problems = bad
                .into_iter()
                .map(|n| format!("{}: invalid UTF-8, replaced with U+FFFD", place.at_line(n)))
                .collect();
            (Value::String(id), text.into_owned(), problems)
        }
        Kind::Unreadable { id, message } => {
            return failed(
                Value::String(id),
                format!("{place}: {message}"),
                render,
                record.size,
            );
        }
    };
    let mut done = document(annotator, &id, &text, render);
    done.problems.splice(0..0, problems);
    if done.out.is_none() {
        let stem = format!("{place}: the id {id} cannot name a brat file in the --out directory");
        done.problems.push(stem);
    }
    done.size = record.size;
    done
}

/// An annotated document in the output format (no output for brat when the id cannot name
/// its files).
fn document(annotator: &Annotator, id: &Value, text: &str, render: Render) -> Done {
    let annotations = annotator.annotate(text);
    let count = annotations.len();
    let out = match render.format {
        Format::Jsonl => Some(Out::Lines(formats::jsonl(
            id,
            text,
            annotations,
            render.unit,
        ))),
        Format::Spacy => Some(Out::Lines(formats::spacy(id, text, &annotations))),
        Format::Conll => Some(Out::Lines(formats::conll(text, &annotations).into_bytes())),
        Format::Brat => formats::brat_stem(id).map(|stem| Out::Brat {
            stem,
            txt: text.to_string(),
            ann: formats::brat_ann(text, &annotations),
        }),
    };
    Done {
        out,
        document: true,
        annotations: count,
        problems: Vec::new(),
        size: 0,
    }
}

/// A record that could not be annotated: reported, and in JSONL answered by an error line so
/// output lines still pair with input lines; the other formats leave it out.
fn failed(id: Value, problem: String, render: Render, size: u64) -> Done {
    let out =
        (render.format == Format::Jsonl).then(|| Out::Lines(formats::jsonl_error(&id, &problem)));
    Done {
        out,
        document: false,
        annotations: 0,
        problems: vec![problem],
        size,
    }
}
