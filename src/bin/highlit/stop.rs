//! Interruption: the first Ctrl-C (SIGINT) or SIGTERM asks the run to stop after the window
//! in hand, whose complete lines are written; a second one ends the process at once. On Unix;
//! elsewhere the signals keep their default action.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Set once a stop was asked for.
#[derive(Clone)]
pub struct Stop(Arc<AtomicBool>);

impl Stop {
    /// Installs the handlers. Without them (they could not be installed) signals keep their
    /// default action.
    pub fn install() -> Stop {
        let flag = Arc::new(AtomicBool::new(false));
        #[cfg(unix)]
        for (signal, code) in [
            (signal_hook::consts::SIGINT, 130),
            (signal_hook::consts::SIGTERM, 143),
        ] {
            // The shutdown goes first: it ends the process only when the flag was already set.
            let _ = signal_hook::flag::register_conditional_shutdown(signal, code, flag.clone());
            let _ = signal_hook::flag::register(signal, flag.clone());
        }
        Stop(flag)
    }

    pub fn asked(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}
