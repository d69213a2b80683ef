//! What a corpus run says on stderr: a progress bar while it runs, when stderr is a terminal
//! (never in a pipe or a log, never with `--quiet`), the problems as they come, and a summary
//! line at the end (not with `--quiet`).

use indicatif::{
    DecimalBytes, HumanCount, ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle,
};
use std::fmt;
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    quiet: bool,
    /// Records read (lines of JSONL, files); the bar reads it as `{lines}`.
    lines: Arc<AtomicU64>,
    /// Input bytes done.
    bytes: u64,
    pub documents: u64,
    pub annotations: u64,
    /// Problems reported.
    pub errors: u64,
}

impl Progress {
    /// `total` gives the input's size, if it can be known; asked only when a bar is shown.
    pub fn new(total: impl FnOnce() -> Option<u64>, quiet: bool) -> Progress {
        let lines = Arc::new(AtomicU64::new(0));
        let bar = if quiet || !std::io::stderr().is_terminal() {
            ProgressBar::hidden()
        } else {
            let total = total();
            let template = match total {
                Some(_) => "{wide_bar} {decimal_bytes}/{decimal_total_bytes} · {lines} lines · {decimal_bytes_per_sec} · ETA {eta}",
                None => "{spinner} {decimal_bytes} · {lines} lines · {decimal_bytes_per_sec}",
            };
            let count = lines.clone();
            let style = ProgressStyle::with_template(template)
                .expect("a valid template")
                .with_key("lines", move |_: &ProgressState, w: &mut dyn fmt::Write| {
                    let _ = write!(w, "{}", HumanCount(count.load(Ordering::Relaxed)));
                });
            ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr()).with_style(style)
        };
        Progress {
            bar,
            started: Instant::now(),
            quiet,
            lines,
            bytes: 0,
            documents: 0,
            annotations: 0,
            errors: 0,
        }
    }

    /// Counts a record done (its problems are reported apart, with [`Progress::report`]).
    pub fn count(&mut self, document: bool, annotations: usize, size: u64) {
        self.lines.fetch_add(1, Ordering::Relaxed);
        self.bytes += size;
        self.documents += u64::from(document);
        self.annotations += annotations as u64;
    }

    /// A problem on stderr, above the bar.
    pub fn report(&mut self, problem: &str) {
        self.errors += 1;
        self.bar.suspend(|| eprintln!("highlit: {problem}"));
    }

    /// Redraws the bar (at most a few times a second, whatever the calls).
    pub fn show(&self) {
        self.bar.set_position(self.bytes);
    }

    /// Clears the bar and prints the summary line.
    pub fn finish(self, interrupted: bool) {
        self.bar.finish_and_clear();
        if self.quiet {
            return;
        }
        let seconds = self.started.elapsed().as_secs_f64();
        let rate = self.bytes as f64 / seconds.max(1e-9);
        eprintln!(
            "highlit: {}{} documents, {} annotations, {} errors; {} in {seconds:.1} s ({}/s)",
            if interrupted {
                "interrupted after "
            } else {
                ""
            },
            HumanCount(self.documents),
            HumanCount(self.annotations),
            HumanCount(self.errors),
            DecimalBytes(self.bytes),
            DecimalBytes(rate as u64),
        );
    }
}
