//! `--jobs`: a window of records annotated on a pool of threads (rayon, work stealing), the
//! results collected in input order. The threads share one `Annotator`; each keeps its own
//! weight sums (the library keeps them a thread), so none waits on another.

use crate::input::Record;
use crate::work::{work, Done, Render};
use highlit::Annotator;
use rayon::prelude::*;

pub struct Pool {
    pool: rayon::ThreadPool,
    annotator: Annotator,
}

impl Pool {
    /// `jobs` threads annotating with `annotator`.
    pub fn new(annotator: &Annotator, jobs: usize) -> Result<Pool, rayon::ThreadPoolBuildError> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .thread_name(|i| format!("highlit-{i}"))
            .build()?;
        let annotator = annotator.clone();
        Ok(Pool { pool, annotator })
    }

    /// `batch` done, in its order.
    pub fn map(&self, batch: Vec<Record>, render: Render) -> Vec<Done> {
        self.pool.install(|| {
            batch
                .into_par_iter()
                .map(|record| work(&self.annotator, record, render))
                .collect()
        })
    }
}
