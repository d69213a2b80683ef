//! What the integration tests share: the data outside the repository they read.

use std::path::{Path, PathBuf};

/// `path` (relative to the crate root, as `../shared/golden/seed-article.json`) when it
/// exists. When it does not, the calling test should pass without checking: this prints a
/// notice and returns `None` — unless `HIGHLIT_REQUIRE_SHARED=1` (as `make test` sets), when
/// it panics, so a run that must check cannot pass by skipping.
pub fn shared(path: &str) -> Option<PathBuf> {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if full.exists() {
        return Some(full);
    }
    let missing = full.display();
    if std::env::var("HIGHLIT_REQUIRE_SHARED").as_deref() == Ok("1") {
        panic!("{missing} is missing and HIGHLIT_REQUIRE_SHARED=1");
    }
    let test = std::thread::current().name().unwrap_or("test").to_string();
    eprintln!("notice: {missing} not found; {test} skipped");
    None
}
