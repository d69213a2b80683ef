//! Where a corpus's output goes: a stream (standard output) written a window at a time in
//! whole lines, or for brat a directory of `.txt`/`.ann` pairs.

use crate::work::Out;
use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub enum Sink {
    Stream(Box<dyn Write>),
    Brat(PathBuf),
}

impl Sink {
    /// Writes the outputs of one window, in order; returns the problems to report (a brat
    /// file that exists already: two documents with one id). An error is fatal (a full disk,
    /// a closed pipe).
    pub fn write(&mut self, outs: Vec<Out>) -> io::Result<Vec<String>> {
        match self {
            Sink::Stream(out) => {
                let mut lines = Vec::new();
                for o in outs {
                    if let Out::Lines(bytes) = o {
                        lines.extend_from_slice(&bytes);
                    }
                }
                // One write of whole lines: an interrupted run leaves whole lines.
                out.write_all(&lines)?;
                out.flush()?;
                Ok(Vec::new())
            }
            Sink::Brat(dir) => {
                let mut problems = Vec::new();
                for o in outs {
                    if let Out::Brat { stem, txt, ann } = o {
                        problems.extend(write_brat(dir, &stem, &txt, &ann)?);
                    }
                }
                Ok(problems)
            }
        }
    }
}

/// `DIR/STEM.txt` and `DIR/STEM.ann`, never over an existing file.
fn write_brat(dir: &Path, stem: &Path, txt: &str, ann: &str) -> io::Result<Option<String>> {
    let base = dir.join(stem);
    if let Some(parent) = base.parent() {
        std::fs::create_dir_all(parent)?;
    }
    for (ext, content) in [("txt", txt), ("ann", ann)] {
        let mut path = base.clone().into_os_string();
        path.push(format!(".{ext}")); // not with_extension: `v1.2` is a stem, not `v1` + `.2`
        let path = PathBuf::from(path);
        let file = OpenOptions::new().write(true).create_new(true).open(&path);
        match file {
            Ok(mut f) => f.write_all(content.as_bytes())?,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                return Ok(Some(format!(
                    "{}: exists already (two documents with one id?); left as it was",
                    path.display()
                )))
            }
            Err(e) => return Err(io::Error::new(e.kind(), format!("{}: {e}", path.display()))),
        }
    }
    Ok(None)
}
