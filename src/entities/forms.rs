//! Each token form read once a thread, not once a text: what is read of a form ([`TokInfo`],
//! with its cluster path) depends on the form alone, and most forms of a text never seen
//! before (`the`, `said`, `,`) were in the texts before it, so they are looked up instead of
//! read again. The first sight of news after other news finds about four forms in five kept.
//!
//! Builds on [`token`](super::token) and [`clusters`](super::clusters).

use super::clusters;
use super::token::{TokInfo, ALL_CAPS, HAS_LETTER};
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// The cluster path of a token read with its final flags (0 without letters).
pub(crate) fn cluster_of(info: &TokInfo) -> u32 {
    if info.flags & HAS_LETTER == 0 {
        return 0;
    }
    let caps = info.flags & ALL_CAPS != 0;
    clusters::path(info.word, info.title, info.lower, caps)
}

/// The most forms kept before they are dropped and kept afresh: within 7/8 of 16,384, so the
/// map never grows past that many slots (about 2.3 MB with the forms' bytes).
const FORMS_KEPT: usize = 14_000;

/// The forms read on a thread, each with what was read of it.
#[derive(Default)]
pub(crate) struct Forms(FxHashMap<Box<str>, TokInfo>);

impl Forms {
    /// What is read of the form `s` ([`TokInfo::new`], its cluster path set), kept from an
    /// earlier reading or read now and kept.
    pub(crate) fn info(&mut self, s: &str) -> TokInfo {
        if let Some(info) = self.0.get(s) {
            return *info;
        }
        let mut info = TokInfo::new(s);
        info.cluster = cluster_of(&info);
        if self.0.len() >= FORMS_KEPT {
            self.0.clear();
        }
        self.0.insert(s.into(), info);
        info
    }
}

/// Runs `f` with the forms kept on this thread, which every annotator on it shares (fresh
/// ones inside a call made from `f`). Each is what reading its form gives, so a text's
/// result never depends on the texts read before it.
pub(crate) fn with_thread_forms<R>(f: impl FnOnce(&mut Forms) -> R) -> R {
    thread_local! {
        static FORMS: RefCell<Forms> = RefCell::default();
    }
    FORMS.with(|forms| match forms.try_borrow_mut() {
        Ok(mut forms) => f(&mut forms),
        Err(_) => f(&mut Forms::default()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What reading `s` afresh gives.
    fn fresh(s: &str) -> TokInfo {
        let mut info = TokInfo::new(s);
        info.cluster = cluster_of(&info);
        info
    }

    #[test]
    fn a_kept_form_reads_as_one_read_afresh() {
        // Forms that differ only in case, in typography or past ASCII, each kept beside the
        // others; then more forms than are kept, so that they are dropped and read again.
        let forms = concat!(
            "Paris paris PARIS U.S. u.s. O’Brien O'Brien Zürich ZÜRICH ",
            "1996-08-22 , ’s 's — İstanbul ",
        );
        let many: Vec<String> = (0..FORMS_KEPT + 10).map(|k| format!("w{k}")).collect();
        let mut kept = Forms::default();
        for round in 0..3 {
            for s in forms.split(' ').chain(many.iter().map(String::as_str)) {
                assert_eq!(kept.info(s), fresh(s), "round {round}: {s:?}");
                assert!(kept.0.len() <= FORMS_KEPT);
            }
        }
    }
}
