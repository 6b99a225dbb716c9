//! The panic boundary: every `extern "C"` function of the runtime runs its
//! body through `boundary`, so a Rust panic never unwinds into generated
//! code. A caught panic becomes `SystemError("internal error: <message>")`
//! and the function returns its error value.

use crate::object::Value;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Types an `extern "C"` entry point can return, with their error value.
pub trait ErrorReturn {
    const ERROR: Self;
}

impl ErrorReturn for Value {
    const ERROR: Value = Value::NULL;
}
impl ErrorReturn for i32 {
    const ERROR: i32 = -1;
}
impl ErrorReturn for isize {
    const ERROR: isize = -1;
}
impl ErrorReturn for i64 {
    const ERROR: i64 = -1;
}
impl ErrorReturn for () {
    const ERROR: () = ();
}

/// Run `f`; if it panics, set SystemError and return `R::ERROR`.
#[inline]
pub fn boundary<R: ErrorReturn>(f: impl FnOnce() -> R) -> R {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => {
            let msg = if let Some(s) = payload.downcast_ref::<&str>() {
                (*s).to_string()
            } else if let Some(s) = payload.downcast_ref::<String>() {
                s.clone()
            } else {
                "unknown panic".to_string()
            };
            // Building the SystemError could itself panic only on a broken
            // runtime; guard it too so nothing escapes.
            let _ = catch_unwind(AssertUnwindSafe(|| {
                crate::errors::raise_system_error(format!("internal error: {msg}"))
            }));
            R::ERROR
        }
    }
}

/// Replace the default panic hook with one that prints nothing: caught
/// panics are reported as SystemError instead. Called once by program
/// start-up (not by tests, which want panic messages).
pub fn install_quiet_panic_hook() {
    std::panic::set_hook(Box::new(|_| {}));
}
