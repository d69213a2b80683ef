//! `highlit`: annotate text from a file or standard input, print JSON; or a corpus on every
//! core, in input order.
//!
//! ```text
//! highlit [FILE]                   a JSON array of annotations of the whole text
//! highlit --jsonl [FILE|DIR]...    lines {"id":…,"text":…} in, lines {"id":…,"annotations":[…]} out
//! highlit DIR...                   each .txt file a document (id: its path within DIR)
//! ```
//! Offsets are UTF-16 code units unless `--offsets bytes|chars` says otherwise (`--format
//! spacy|brat` count code points, as the page's exports do). Exit code 0 when everything ran,
//! 1 when some input was bad (each problem is reported on stderr with its line, and the rest
//! still runs), 2 for a usage or configuration error, 130 when interrupted (the output then
//! ends with the last complete line).
//!
//! The files: `args` (flags), `input` (records from files, directories, standard input),
//! `jobs` (the thread pool), `work` (one record), `formats` (the output formats), `sink`
//! (stdout or brat's directory), `progress` (bar and summary), `stop` (Ctrl-C), `corpus` (the
//! loop over windows that ties them together).

mod args;
mod corpus;
mod formats;
mod input;
mod jobs;
mod progress;
mod sink;
mod stop;
mod work;

use highlit::{Annotator, Mention, OffsetUnit};
use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = match args::parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("highlit: {e}");
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
    let result = if args.corpus() {
        corpus::run(&args, &annotator).map(|ended| match ended {
            corpus::Ended {
                interrupted: true, ..
            } => 130,
            corpus::Ended { problems: 0, .. } => 0,
            _ => 1,
        })
    } else {
        let unit = args.unit.unwrap_or_default();
        run_whole(&annotator, unit, args.pretty, args.inputs.first())
            .map(|problems| u8::from(problems > 0))
    };
    match result {
        Ok(code) => ExitCode::from(code),
        // A closed pipe (`highlit … | head`) is the reader's choice, not a failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("highlit: {e}");
            ExitCode::from(1)
        }
    }
}

/// The whole input (`path`, or standard input) as one text. Invalid UTF-8 is replaced by
/// U+FFFD (offsets then count the replacement) and reported by line. Returns the number of
/// problems.
fn run_whole(
    annotator: &Annotator,
    unit: OffsetUnit,
    pretty: bool,
    path: Option<&std::path::PathBuf>,
) -> io::Result<usize> {
    let mut bytes = Vec::new();
    match path.filter(|p| p.as_os_str() != "-") {
        None => io::stdin().lock().read_to_end(&mut bytes)?,
        Some(path) => std::fs::File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?,
    };
    let (text, bad) = input::decode(&bytes);
    for n in &bad {
        eprintln!("highlit: line {n}: invalid UTF-8, replaced with U+FFFD");
    }
    let mentions = Mention::all(&text, annotator.annotate(&text), unit);
    let mut out = BufWriter::new(io::stdout().lock());
    if pretty {
        serde_json::to_writer_pretty(&mut out, &mentions)?;
    } else {
        serde_json::to_writer(&mut out, &mentions)?;
    }
    writeln!(out)?;
    out.flush()?;
    Ok(bad.len())
}
