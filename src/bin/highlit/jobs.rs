//! `--jobs`: a window of records annotated on a pool of threads (rayon, work stealing), the
//! results collected in input order. Each thread has an `Annotator` of its own, so each keeps
//! its own weight sums (two threads calling one annotator would go without them).

use crate::input::Record;
use crate::work::{work, Done, Render};
use highlit::Annotator;
use rayon::prelude::*;

pub struct Pool {
    pool: rayon::ThreadPool,
    /// One a thread, by the pool's thread index.
    annotators: Vec<Annotator>,
}

impl Pool {
    /// `jobs` threads, each with a clone of `annotator` (a clone starts with no kept sums).
    pub fn new(annotator: &Annotator, jobs: usize) -> Result<Pool, rayon::ThreadPoolBuildError> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .thread_name(|i| format!("highlit-{i}"))
            .build()?;
        let annotators = (0..jobs).map(|_| annotator.clone()).collect();
        Ok(Pool { pool, annotators })
    }

    /// `batch` done, in its order.
    pub fn map(&self, batch: Vec<Record>, render: Render) -> Vec<Done> {
        self.pool.install(|| {
            batch
                .into_par_iter()
                .map(|record| {
                    let thread = rayon::current_thread_index().unwrap_or(0);
                    work(&self.annotators[thread], record, render)
                })
                .collect()
        })
    }
}
