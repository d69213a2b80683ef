//! The corpora configuration (`train/corpora.toml`): which files the model learns from and
//! is measured on, with the name types each annotates, its weight and how its sentences
//! group into documents.

use crate::corpus::{self, Doc, Grouping};
use crate::Res;
use serde::Deserialize;
use std::path::Path;

/// One `[[corpus]]` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub name: String,
    /// The corpus's files (CoNLL format), relative to the repository.
    files: Vec<String>,
    role: Role,
    labels: Vec<String>,
    #[serde(default = "one")]
    weight: f32,
    #[serde(default)]
    grouping: GroupingName,
    /// Whether the confidence score is calibrated on this (dev) corpus.
    #[serde(default)]
    pub calibrate: bool,
}

fn one() -> f32 {
    1.0
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Train,
    Dev,
}

#[derive(Clone, Copy, Debug, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
enum GroupingName {
    #[default]
    Documents,
    Blocks,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    corpus: Vec<Entry>,
}

/// A corpus read: its entry and its documents, each carrying the corpus's label set and
/// weight.
pub struct Corpus {
    pub entry: Entry,
    pub docs: Vec<Doc>,
}

impl Entry {
    pub fn role(&self) -> Role {
        self.role
    }

    /// The name types (bits of `1 << type index`) the corpus annotates.
    pub fn label_mask(&self) -> Res<u8> {
        let mut mask = 0;
        for l in &self.labels {
            let ty = corpus::conll_type(l).ok_or_else(|| format!("{}: label {l:?}", self.name))?;
            mask |= 1 << ty;
        }
        Ok(mask)
    }

    /// Reads the corpus; `root` is the folder `path` is relative to.
    pub fn read(self, root: &Path) -> Res<Corpus> {
        let grouping = match self.grouping {
            GroupingName::Documents => Grouping::Documents,
            GroupingName::Blocks => Grouping::Blocks,
        };
        let mask = self.label_mask()?;
        let mut docs = Vec::new();
        for file in &self.files {
            let path = root.join(file);
            let read = corpus::read_grouped(&path.to_string_lossy(), grouping)?;
            docs.extend(read.into_iter().map(|d| Doc::new(d, mask, self.weight)));
        }
        Ok(Corpus { entry: self, docs })
    }
}

/// The entries of the configuration file at `path`.
pub fn entries(path: &Path) -> Res<Vec<Entry>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let file: File = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(file.corpus)
}
