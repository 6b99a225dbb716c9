//! Interpreter state: per thread, the executing frame (the top of the frame
//! chain) and the exception currently being handled (`sys.exc_info()`);
//! process-wide (touched only under the GIL), the builtins dict, the
//! `sys.modules` dict and the `sys` module, set up by `run.rs`.
//!
//! Invariants: `frame` is borrowed (each frame is owned by its caller for
//! the duration of its execution); `exc_info` is an owned reference or null
//! (nothing handled); the runtime values are owned and never freed.

use crate::object::{Static, Value};
use crate::objects::frame::FrameObject;
use std::cell::UnsafeCell;

pub struct InterpThread {
    pub frame: *mut FrameObject,
    pub exc_info: Value,
    /// Lowest address the Rust stack of this thread may safely reach
    /// (0 = unknown: no native stack check).
    pub stack_limit: usize,
}

thread_local! {
    static ISTATE: UnsafeCell<InterpThread> = const {
        UnsafeCell::new(InterpThread { frame: std::ptr::null_mut(), exc_info: Value::NULL, stack_limit: 0 })
    };
}

/// This thread's interpreter state.
#[inline(always)]
pub fn thread() -> *mut InterpThread {
    ISTATE.with(|t| t.get())
}

/// The executing frame of this thread (borrowed, may be null).
#[inline]
pub fn current_frame() -> *mut FrameObject {
    // SAFETY: this thread's state.
    unsafe { (*thread()).frame }
}

/// The exception being handled (borrowed, null when none).
#[inline]
pub fn handled_exception() -> Value {
    // SAFETY: this thread's state.
    unsafe { (*thread()).exc_info }
}

/// Process-wide interpreter objects.
pub struct Runtime {
    pub builtins: Value,
    pub builtins_module: Value,
    pub modules: Value,
    pub sys: Value,
}

static RUNTIME: Static<Runtime> = Static::new(Runtime {
    builtins: Value::NULL,
    builtins_module: Value::NULL,
    modules: Value::NULL,
    sys: Value::NULL,
});

/// The runtime record (GIL held).
#[inline(always)]
pub fn runtime() -> *mut Runtime {
    RUNTIME.ptr()
}

/// The builtins dict (borrowed).
#[inline]
pub fn builtins_dict() -> Value {
    // SAFETY: GIL held.
    unsafe { (*runtime()).builtins }
}

/// Record the usable extent of this thread's native stack: the stack
/// begins near the address of a local of the caller and holds `size`
/// bytes; the interpreter raises RecursionError rather than come within
/// `margin` bytes of its end.
pub fn set_stack_extent(size: usize, margin: usize) {
    let here = 0u8;
    let top = &here as *const u8 as usize;
    // SAFETY: this thread's state.
    unsafe { (*thread()).stack_limit = top.saturating_sub(size.saturating_sub(margin)) }
}

/// Whether `set_stack_extent` ran on this thread (so `stack_exhausted`
/// is meaningful).
#[inline(always)]
pub fn stack_extent_known() -> bool {
    // SAFETY: this thread's state.
    unsafe { (*thread()).stack_limit != 0 }
}

/// Whether the native stack is nearly exhausted.
#[inline(always)]
pub fn stack_exhausted() -> bool {
    let here = 0u8;
    let sp = &here as *const u8 as usize;
    // SAFETY: this thread's state.
    unsafe { sp < (*thread()).stack_limit }
}
