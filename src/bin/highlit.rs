//! `highlit`: annotate text from a file or standard input, print JSON.
//!
//! ```text
//! highlit [FILE]            a JSON array of annotations of the whole text
//! highlit --jsonl [FILE]    lines {"id":…,"text":…} in, lines {"id":…,"annotations":[…]} out
//! ```
//! Offsets are UTF-16 code units unless `--offsets bytes|chars` says otherwise. Exit code 0
//! when everything ran, 1 when some input was bad (each problem is reported on stderr with its
//! line, and the rest still runs), 2 for a usage or configuration error.

use highlit::{Annotator, Mention, OffsetUnit, Options};
use serde::{Deserialize, Serialize};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage: highlit [OPTIONS] [FILE]

Annotates English text (FILE, or standard input) and prints JSON.

options:
  --jsonl                  read lines {\"id\":…,\"text\":…}; write lines {\"id\":…,\"annotations\":[…]}
  --offsets UNIT           offsets in utf16 (default; JavaScript), bytes, or chars (code points)
  --labels L1,L2,…         only these labels (PERSON ORG LOC MISC DATE TIME PERCENT MONEY
                           QUANTITY ORDINAL CARDINAL)
  --reference-date DATE    YYYY-MM-DD that relative dates resolve against, or auto:
                           the date each text states for itself (a dateline)
  --pretty                 indent the JSON (not with --jsonl)
  -h, --help               this text
  -V, --version            the version";

struct Args {
    file: Option<std::path::PathBuf>,
    jsonl: bool,
    pretty: bool,
    unit: OffsetUnit,
    options: Options,
}

fn parse_args() -> Result<Option<Args>, lexopt::Error> {
    use lexopt::prelude::*;
    let mut args = Args {
        file: None,
        jsonl: false,
        pretty: false,
        unit: OffsetUnit::Utf16,
        options: Options::default(),
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("jsonl") => args.jsonl = true,
            Long("pretty") => args.pretty = true,
            Long("offsets") => args.unit = parser.value()?.parse()?,
            Long("labels") => {
                let list: String = parser.value()?.parse()?;
                args.options.labels = Some(
                    list.split(',')
                        .map(|l| l.trim().to_string())
                        .filter(|l| !l.is_empty())
                        .collect(),
                );
            }
            Long("reference-date") => args.options.reference_date = Some(parser.value()?.parse()?),
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(None);
            }
            Short('V') | Long("version") => {
                println!("highlit {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            Value(path) if args.file.is_none() => args.file = Some(path.into()),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(Some(args))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("highlit: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let annotator = match Annotator::new(&args.options) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("highlit: {e}");
            return ExitCode::from(2);
        }
    };
    let input: Box<dyn Read> = match &args.file {
        None => Box::new(io::stdin().lock()),
        Some(path) => match std::fs::File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("highlit: {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
    };
    let out = BufWriter::new(io::stdout().lock());
    let result = if args.jsonl {
        run_jsonl(&annotator, args.unit, BufReader::new(input), out)
    } else {
        run_whole(&annotator, args.unit, args.pretty, input, out)
    };
    match result {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        // A closed pipe (`highlit … | head`) is the reader's choice, not a failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("highlit: {e}");
            ExitCode::from(1)
        }
    }
}

/// The whole input as one text. Invalid UTF-8 is replaced by U+FFFD (offsets then count the
/// replacement) and reported by line. Returns the number of problems.
fn run_whole(
    annotator: &Annotator,
    unit: OffsetUnit,
    pretty: bool,
    mut input: impl Read,
    mut out: impl Write,
) -> io::Result<usize> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes)?;
    let mut problems = 0;
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) => {
            for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
                if std::str::from_utf8(line).is_err() {
                    eprintln!(
                        "highlit: line {}: invalid UTF-8, replaced with U+FFFD",
                        n + 1
                    );
                    problems += 1;
                }
            }
            String::from_utf8_lossy(&bytes)
        }
    };
    let mentions = Mention::all(&text, annotator.annotate(&text), unit);
    if pretty {
        serde_json::to_writer_pretty(&mut out, &mentions)?;
    } else {
        serde_json::to_writer(&mut out, &mentions)?;
    }
    writeln!(out)?;
    out.flush()?;
    Ok(problems)
}

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
}

#[derive(Serialize)]
struct Output<'a> {
    id: &'a serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    annotations: Option<Vec<Mention>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// One JSON object a line, streamed: memory stays bounded by the longest line. A bad line is
/// reported on stderr with its number and answered with `{"id":…,"error":…}` so output lines
/// still pair with input lines. Returns the number of bad lines.
fn run_jsonl(
    annotator: &Annotator,
    unit: OffsetUnit,
    mut input: impl BufRead,
    mut out: impl Write,
) -> io::Result<usize> {
    let mut problems = 0;
    let mut buf = Vec::new();
    let mut number = 0;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        number += 1;
        let raw = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let null = serde_json::Value::Null;
        let parsed = serde_json::from_slice::<Line>(raw);
        let output = match &parsed {
            Ok(line) => Output {
                id: &line.id,
                annotations: Some(Mention::all(
                    &line.text,
                    annotator.annotate(&line.text),
                    unit,
                )),
                error: None,
            },
            Err(e) => {
                let message = match std::str::from_utf8(raw) {
                    Ok(_) => format!("not a JSON object with a \"text\" string: {e}"),
                    Err(_) => "invalid UTF-8".to_string(),
                };
                eprintln!("highlit: line {number}: {message}");
                problems += 1;
                Output {
                    id: &null,
                    annotations: None,
                    error: Some(format!("line {number}: {message}")),
                }
            }
        };
        serde_json::to_writer(&mut out, &output)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(problems)
}
