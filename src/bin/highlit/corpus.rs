//! A corpus run: read a window of records, annotate it on the pool, write it in input order,
//! and again, until the input ends or a stop is asked for. Memory holds one window (a few MB
//! a thread), whatever the size of the input.

use crate::args::Args;
use crate::formats::Format;
use crate::input::{total_size, Reader};
use crate::jobs::Pool;
use crate::progress::Progress;
use crate::sink::Sink;
use crate::stop::Stop;
use crate::work::Render;
use highlit::Annotator;
use std::io;

/// Records a thread in one window, at most.
const WINDOW_RECORDS: usize = 1024;
/// Input bytes a thread in one window, at most (a longer record is a window of its own).
const WINDOW_BYTES: usize = 4 << 20;

/// How a corpus run ended.
pub struct Ended {
    /// Problems reported (bad records, brat files that existed).
    pub problems: u64,
    pub interrupted: bool,
}

pub fn run(args: &Args, annotator: &Annotator) -> io::Result<Ended> {
    let jobs = args.jobs();
    let pool = Pool::new(annotator, jobs).map_err(io::Error::other)?;
    let render = Render {
        format: args.format.unwrap_or(Format::Jsonl),
        unit: args.unit.unwrap_or_default(),
    };
    let mut sink = match &args.out {
        Some(dir) => Sink::Brat(dir.clone()),
        None => Sink::Stream(Box::new(io::stdout().lock())),
    };
    let stop = Stop::install();
    let mut reader = Reader::new(&args.inputs, args.jsonl);
    let mut progress = Progress::new(|| total_size(&args.inputs), args.quiet);
    let result = loop {
        let batch = match reader.batch(jobs * WINDOW_RECORDS, jobs * WINDOW_BYTES, || stop.asked())
        {
            Ok(batch) if batch.is_empty() => break Ok(stop.asked()),
            Ok(batch) => batch,
            Err(e) => break Err(e),
        };
        let mut outs = Vec::with_capacity(batch.len());
        for done in pool.map(batch, render) {
            progress.count(done.document, done.annotations, done.size);
            for problem in &done.problems {
                progress.report(problem);
            }
            outs.extend(done.out);
        }
        match sink.write(outs) {
            Ok(problems) => problems.iter().for_each(|p| progress.report(p)),
            Err(e) => break Err(e),
        }
        progress.show();
    };
    let problems = progress.errors;
    progress.finish(matches!(result, Ok(true)));
    result.map(|interrupted| Ended {
        problems,
        interrupted,
    })
}
