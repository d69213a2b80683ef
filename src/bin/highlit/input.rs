//! A corpus's input, read one record at a time in order: the lines of JSONL files or standard
//! input (`--jsonl`), the `.txt` files of directories, whole files, in the order given. Only
//! the window of records being annotated is ever in memory.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where a record is, for messages: `line 3` (standard input), `a.jsonl: line 3`, `dir/a.txt`.
#[derive(Clone, Debug, Default)]
pub struct Place {
    pub file: Option<Arc<str>>,
    pub line: Option<usize>,
}

impl Place {
    /// The same place at line `line` (of a text document).
    pub fn at_line(&self, line: usize) -> Place {
        Place {
            file: self.file.clone(),
            line: Some(line),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.file, self.line) {
            (None, Some(n)) => write!(f, "line {n}"),
            (Some(file), Some(n)) => write!(f, "{file}: line {n}"),
            (Some(file), None) => f.write_str(file),
            (None, None) => f.write_str("standard input"),
        }
    }
}

/// What a record holds.
#[derive(Debug)]
pub enum Kind {
    /// A JSONL line, `{"id":…,"text":…}` if it is right.
    JsonLine,
    /// A whole text file, with its id.
    Text { id: String },
    /// A file that could not be read, with its id and why.
    Unreadable { id: String, message: String },
}

/// One input record: a document, or what stands for one that could not be read.
#[derive(Debug)]
pub struct Record {
    pub place: Place,
    pub kind: Kind,
    /// The line (without its line break) or the file's content.
    pub bytes: Vec<u8>,
    /// Input bytes it accounts for, for the progress bar.
    pub size: u64,
}

enum Source {
    Stdin,
    Path(PathBuf),
}

enum Open {
    Lines {
        file: Option<Arc<str>>,
        input: Box<dyn BufRead>,
        line: usize,
    },
    Walk {
        root: PathBuf,
        walk: walkdir::IntoIter,
    },
    Done,
}

/// The records of every input, in order.
pub struct Reader {
    pending: VecDeque<Source>,
    open: Open,
    jsonl: bool,
}

impl Reader {
    /// `inputs` in order (none, or `-`, is standard input); files are JSONL when `jsonl`, else
    /// each is one text.
    pub fn new(inputs: &[PathBuf], jsonl: bool) -> Reader {
        let mut pending: VecDeque<Source> = inputs
            .iter()
            .map(|p| match p.as_os_str() == "-" {
                true => Source::Stdin,
                false => Source::Path(p.clone()),
            })
            .collect();
        if pending.is_empty() {
            pending.push_back(Source::Stdin);
        }
        Reader {
            pending,
            open: Open::Done,
            jsonl,
        }
    }

    /// Records until `max_records` or `max_bytes` (at least one, when any is left), or until
    /// `stop` says so; empty at the end of the input.
    pub fn batch(
        &mut self,
        max_records: usize,
        max_bytes: usize,
        stop: impl Fn() -> bool,
    ) -> io::Result<Vec<Record>> {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < max_records && bytes < max_bytes && !stop() {
            let Some(record) = self.next()? else { break };
            bytes += record.bytes.len();
            batch.push(record);
        }
        Ok(batch)
    }

    fn next(&mut self) -> io::Result<Option<Record>> {
        loop {
            let record = match &mut self.open {
                Open::Lines { file, input, line } => next_line(file, input.as_mut(), line)?,
                Open::Walk { root, walk } => next_txt(root, walk),
                Open::Done => match self.pending.pop_front() {
                    None => return Ok(None),
                    Some(source) => {
                        let (open, record) = self.start(source)?;
                        self.open = open;
                        match record {
                            None => continue,
                            record => record,
                        }
                    }
                },
            };
            match record {
                Some(record) => return Ok(Some(record)),
                None => self.open = Open::Done,
            }
        }
    }

    /// Opens `source`: lines to read, a directory to walk, or a whole text read at once.
    fn start(&self, source: Source) -> io::Result<(Open, Option<Record>)> {
        let path = match source {
            Source::Stdin if self.jsonl => {
                let input = Box::new(io::stdin().lock());
                let lines = Open::Lines {
                    file: None,
                    input,
                    line: 0,
                };
                return Ok((lines, None));
            }
            Source::Stdin => {
                let mut bytes = Vec::new();
                io::stdin().lock().read_to_end(&mut bytes)?;
                return Ok((Open::Done, Some(text_record("-", Place::default(), bytes))));
            }
            Source::Path(path) => path,
        };
        let shown = path.display().to_string();
        if path.is_dir() {
            let walk = walkdir::WalkDir::new(&path)
                .follow_links(true)
                .sort_by_file_name()
                .into_iter();
            return Ok((Open::Walk { root: path, walk }, None));
        }
        let file =
            File::open(&path).map_err(|e| io::Error::new(e.kind(), format!("{shown}: {e}")))?;
        if self.jsonl {
            let input = Box::new(BufReader::with_capacity(1 << 16, file));
            let file = Some(shown.into());
            return Ok((
                Open::Lines {
                    file,
                    input,
                    line: 0,
                },
                None,
            ));
        }
        let place = Place {
            file: Some(shown.as_str().into()),
            line: None,
        };
        let record = match read_all(file) {
            Ok(bytes) => text_record(&shown, place, bytes),
            Err(e) => unreadable(shown.clone(), place, &e),
        };
        Ok((Open::Done, Some(record)))
    }
}

/// The next line that is not blank, with its number; `None` at the end.
fn next_line(
    file: &Option<Arc<str>>,
    input: &mut dyn BufRead,
    number: &mut usize,
) -> io::Result<Option<Record>> {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let size = input.read_until(b'\n', &mut buf)?;
        if size == 0 {
            return Ok(None);
        }
        *number += 1;
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let place = Place {
            file: file.clone(),
            line: Some(*number),
        };
        let size = size as u64;
        let bytes = std::mem::take(&mut buf);
        return Ok(Some(Record {
            place,
            kind: Kind::JsonLine,
            bytes,
            size,
        }));
    }
}

/// The next `.txt` file under `root` (sorted by name, depth first); `None` at the end.
fn next_txt(root: &Path, walk: &mut walkdir::IntoIter) -> Option<Record> {
    for entry in walk {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().unwrap_or(root).to_path_buf();
                return Some(unreadable(
                    id_within(root, &path),
                    place_of(&path),
                    &e.into(),
                ));
            }
        };
        let path = entry.path();
        if !entry.file_type().is_file() || path.extension().is_none_or(|x| x != "txt") {
            continue;
        }
        let (id, place) = (id_within(root, path), place_of(path));
        return Some(match File::open(path).and_then(read_all) {
            Ok(bytes) => text_record(&id, place, bytes),
            Err(e) => unreadable(id, place, &e),
        });
    }
    None
}

/// A directory document's id: its path within the directory, `/` between parts.
fn id_within(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<_> = relative.iter().map(|p| p.to_string_lossy()).collect();
    parts.join("/")
}

fn place_of(path: &Path) -> Place {
    Place {
        file: Some(path.display().to_string().into()),
        line: None,
    }
}

fn read_all(mut file: File) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn text_record(id: &str, place: Place, bytes: Vec<u8>) -> Record {
    Record {
        place,
        kind: Kind::Text { id: id.to_string() },
        size: bytes.len() as u64,
        bytes,
    }
}

fn unreadable(id: String, place: Place, error: &io::Error) -> Record {
    let message = error.to_string();
    Record {
        place,
        kind: Kind::Unreadable { id, message },
        bytes: Vec::new(),
        size: 0,
    }
}

/// `bytes` as text: invalid UTF-8 is replaced by U+FFFD; the numbers (from 1) of the lines
/// where that happened come with it.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, Vec<usize>) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), Vec::new()),
        Err(_) => {
            let bad = bytes
                .split(|&b| b == b'\n')
                .enumerate()
                .filter(|(_, line)| std::str::from_utf8(line).is_err())
                .map(|(n, _)| n + 1)
                .collect();
            (String::from_utf8_lossy(bytes), bad)
        }
    }
}

/// The input's size in bytes where it can be known without reading it: files, directories'
/// `.txt` files, and standard input when it is a file.
pub fn total_size(inputs: &[PathBuf]) -> Option<u64> {
    let size = |path: &Path| -> Option<u64> {
        let meta = std::fs::metadata(path).ok()?;
        if meta.is_file() {
            return Some(meta.len());
        }
        if !meta.is_dir() {
            return None; // a pipe or a terminal
        }
        let walk = walkdir::WalkDir::new(path).follow_links(true).into_iter();
        let txt = walk.filter_map(Result::ok).filter(|e| {
            e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "txt")
        });
        Some(txt.filter_map(|e| e.metadata().ok()).map(|m| m.len()).sum())
    };
    let stdin = [PathBuf::from("/dev/stdin")];
    let inputs = if inputs.is_empty() {
        &stdin[..]
    } else {
        inputs
    };
    inputs
        .iter()
        .map(|p| match p.as_os_str() == "-" {
            true => size(Path::new("/dev/stdin")),
            false => size(p),
        })
        .sum()
}
