//! Per-thread interpreter state: the exception currently being raised and
//! the recursion depth counter; plus the process-wide recursion limit.
//!
//! The state is a `const`-initialised thread local, so reaching it is a TLS
//! offset computation and a load: no locking, no lazy initialisation check.

use crate::object::Value;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicI32, Ordering};

/// State of one OS thread running Python code.
pub struct ThreadState {
    /// The exception being raised (an exception instance, owned), or null.
    pub exc: Value,
    /// Current depth of guarded recursion (Python calls and recursive
    /// runtime operations such as repr/eq/hash of nested containers).
    pub recursion_depth: i32,
    /// Set while the RecursionError itself is being created, so that
    /// building the error cannot recurse.
    pub recursion_headroom: bool,
    /// Containers whose repr is in progress on this thread (borrowed), so a
    /// container that contains itself prints as `[...]`.
    pub repr_stack: Vec<Value>,
    /// Nesting depth of deallocations on this thread, and objects whose
    /// deallocation was deferred because the nesting got too deep (the
    /// "trashcan": freeing a million-deep nested list must not overflow the
    /// native stack).
    pub dealloc_depth: u32,
    /// Exceptions being handled (innermost last, owned): what
    /// `sys.exc_info()` reports and what a newly raised exception gets as
    /// its `__context__`.
    pub handled: Vec<Value>,
    pub dealloc_pending: Vec<*mut crate::object::Object>,
}

thread_local! {
    static TSTATE: UnsafeCell<ThreadState> = const {
        UnsafeCell::new(ThreadState { exc: Value::NULL, recursion_depth: 0, recursion_headroom: false, repr_stack: Vec::new(), dealloc_depth: 0, dealloc_pending: Vec::new(), handled: Vec::new() })
    };
}

/// Pointer to this thread's state. Valid for the life of the thread; only
/// this thread touches it.
#[inline(always)]
pub fn tstate() -> *mut ThreadState {
    TSTATE.with(|t| t.get())
}

static RECURSION_LIMIT: AtomicI32 = AtomicI32::new(1000);

/// `sys.getrecursionlimit()`.
pub fn recursion_limit() -> i32 {
    RECURSION_LIMIT.load(Ordering::Relaxed)
}

/// `sys.setrecursionlimit(n)` without argument checks (the caller validates
/// `n >= 1` and the current depth as CPython does).
pub fn set_recursion_limit(n: i32) {
    RECURSION_LIMIT.store(n, Ordering::Relaxed)
}

/// Enter one level of guarded recursion. Returns false (RecursionError set,
/// message `"maximum recursion depth exceeded" + where_`) when the limit is
/// reached; the depth is then unchanged. On success the caller must call
/// `leave_recursive_call` once.
#[inline]
pub fn enter_recursive_call(where_: &str) -> bool {
    // SAFETY: this thread's state.
    unsafe {
        let ts = tstate();
        if (*ts).recursion_depth >= recursion_limit() && !(*ts).recursion_headroom {
            (*ts).recursion_headroom = true;
            crate::errors::raise_str(
                crate::errors::exceptions::RECURSION_ERROR.ptr(),
                &format!("maximum recursion depth exceeded{where_}"),
            );
            (*ts).recursion_headroom = false;
            return false;
        }
        (*ts).recursion_depth += 1;
        true
    }
}

/// Leave one level entered by `enter_recursive_call`.
#[inline]
pub fn leave_recursive_call() {
    // SAFETY: this thread's state.
    unsafe { (*tstate()).recursion_depth -= 1 }
}

/// Run `f` one recursion level deeper; returns `err` (RecursionError set)
/// when the limit is reached.
#[inline]
pub fn with_recursion_guard<R>(where_: &str, err: R, f: impl FnOnce() -> R) -> R {
    if !enter_recursive_call(where_) {
        return err;
    }
    let r = f();
    leave_recursive_call();
    r
}
