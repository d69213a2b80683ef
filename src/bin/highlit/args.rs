//! The command line: flags, their checks and the usage text. Everything wrong here is a usage
//! or configuration error (exit code 2), found before any text is read.

use crate::formats::Format;
use highlit::{OffsetUnit, Options};
use std::collections::HashMap;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

pub const USAGE: &str = "\
usage: highlit [OPTIONS] [FILE]
       highlit --jsonl [OPTIONS] [FILE|DIR]...
       highlit [OPTIONS] DIR...

Annotates English text (FILE, or standard input) and prints JSON. With --jsonl, a directory,
several inputs or --format, annotates a corpus: one document a JSONL line (--jsonl), a .txt
file under a directory (id: its path within the directory) or a file (id: the path given),
on all cores, with output in input order.

options:
  --jsonl                  read lines {\"id\":…,\"text\":…}; write lines {\"id\":…,\"annotations\":[…]}
  --format FORMAT          corpus output: jsonl (default), spacy (lines {\"id\",\"text\",\"ents\"}),
                           conll (token TAG lines, -DOCSTART- between documents) or brat
                           (ID.txt and ID.ann in the --out directory); spaCy and brat count
                           offsets in code points, as the page's exports do
  --out DIR                the directory brat writes (new or empty)
  -j, --jobs N             threads for a corpus (default: every core)
  -q, --quiet              no progress bar and no summary line on stderr
  --offsets UNIT           offsets in utf16 (default; JavaScript), bytes, or chars (code points)
  --labels L1,L2,…         only these labels (PERSON ORG LOC MISC DATE TIME PERCENT MONEY
                           QUANTITY ORDINAL CARDINAL)
  --gazetteer FILE         names you know, as JSON {\"PERSON\": [\"Keir Starmer\"], \"ORG\": […]}
                           (PERSON ORG LOC MISC), the shape of the JavaScript option
  --reference-date DATE    YYYY-MM-DD that relative dates resolve against, or auto:
                           the date each text states for itself (a dateline)
  --pretty                 indent the JSON (not for a corpus)
  -h, --help               this text
  -V, --version            the version";

/// What the command line asks for.
pub struct Args {
    /// Input paths in order; none means standard input (so does `-`).
    pub inputs: Vec<PathBuf>,
    pub jsonl: bool,
    pub pretty: bool,
    /// `--offsets` when given; UTF-16 otherwise.
    pub unit: Option<OffsetUnit>,
    pub options: Options,
    pub format: Option<Format>,
    pub out: Option<PathBuf>,
    pub jobs: Option<NonZeroUsize>,
    pub quiet: bool,
    /// `--gazetteer`'s file, read into `options` once the flags are parsed.
    gazetteer: Option<PathBuf>,
}

impl Args {
    /// Whether the input is a corpus (one output record a document) rather than one text.
    pub fn corpus(&self) -> bool {
        self.jsonl
            || self.format.is_some()
            || self.inputs.len() > 1
            || self.inputs.iter().any(|p| p.is_dir())
    }

    /// The number of threads: `--jobs`, or every core.
    pub fn jobs(&self) -> usize {
        self.jobs
            .or_else(|| std::thread::available_parallelism().ok())
            .map_or(1, NonZeroUsize::get)
    }
}

/// The arguments of this process; `None` when `--help` or `--version` answered. An error is
/// the message to print (with the usage when a flag was wrong).
pub fn parse_args() -> Result<Option<Args>, String> {
    let mut args = match parse_flags() {
        Ok(Some(args)) => args,
        Ok(None) => return Ok(None),
        Err(e) => return Err(format!("{e}\n\n{USAGE}")),
    };
    check(&args)?;
    if let Some(path) = &args.gazetteer {
        args.options.gazetteer = Some(read_gazetteer(path)?);
    }
    Ok(Some(args))
}

fn parse_flags() -> Result<Option<Args>, lexopt::Error> {
    use lexopt::prelude::*;
    let mut args = Args {
        inputs: Vec::new(),
        jsonl: false,
        pretty: false,
        unit: None,
        options: Options::default(),
        format: None,
        out: None,
        jobs: None,
        quiet: false,
        gazetteer: None,
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("jsonl") => args.jsonl = true,
            Long("pretty") => args.pretty = true,
            Long("offsets") => args.unit = Some(parser.value()?.parse()?),
            Long("format") => args.format = Some(parser.value()?.parse()?),
            Long("out") => args.out = Some(parser.value()?.into()),
            Short('j') | Long("jobs") => {
                let n: usize = parser.value()?.parse()?;
                args.jobs = Some(NonZeroUsize::new(n).ok_or("--jobs takes 1 or more threads")?);
            }
            Short('q') | Long("quiet") => args.quiet = true,
            Long("labels") => {
                let list: String = parser.value()?.parse()?;
                args.options.labels = Some(
                    list.split(',')
                        .map(|l| l.trim().to_string())
                        .filter(|l| !l.is_empty())
                        .collect(),
                );
            }
            Long("gazetteer") => args.gazetteer = Some(parser.value()?.into()),
            Long("reference-date") => args.options.reference_date = Some(parser.value()?.parse()?),
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(None);
            }
            Short('V') | Long("version") => {
                println!("highlit {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            Value(path) => args.inputs.push(path.into()),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(Some(args))
}

/// Combinations of flags that cannot work, and inputs that are not there.
fn check(args: &Args) -> Result<(), String> {
    if !args.corpus() && args.inputs.len() > 1 {
        return Err("one text at a time; for several, use --jsonl or --format".into());
    }
    for path in args.inputs.iter().filter(|p| p.as_os_str() != "-") {
        std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let format = args.format.unwrap_or(Format::Jsonl);
    if args.unit.is_some() && format != Format::Jsonl {
        return Err(format!(
            "--offsets is for JSON: {} has its own unit",
            format.name()
        ));
    }
    match (&args.out, format) {
        (None, Format::Brat) => {
            Err("--format brat writes files: give the directory with --out DIR".into())
        }
        (Some(_), f) if f != Format::Brat => Err(
            "--out is the directory --format brat writes; other formats write to standard output"
                .into(),
        ),
        (Some(dir), _) => match std::fs::read_dir(dir).map(|mut e| e.next().is_some()) {
            Ok(true) => Err(format!(
                "--out {}: not empty; brat output goes to a new or empty directory",
                dir.display()
            )),
            _ => Ok(()),
        },
        (None, _) => Ok(()),
    }
}

/// The JSON file of `--gazetteer`: `{"LABEL": ["name", …], …}`, as the JavaScript option.
/// Its labels are checked where every option is, in [`highlit::Annotator::new`].
fn read_gazetteer(path: &Path) -> Result<HashMap<String, Vec<String>>, String> {
    let shown = path.display();
    let bytes = std::fs::read(path).map_err(|e| format!("--gazetteer {shown}: {e}"))?;
    serde_json::from_slice(&bytes)
        .map_err(|e| format!("--gazetteer {shown}: expected {{\"LABEL\": [\"name\", …]}}: {e}"))
}
