//! Reference counting: the inline fast paths and the out-of-line slow path.
//!
//! Conventions used in every function doc of this crate:
//! * **borrowed** argument: the callee does not consume the caller's
//!   reference; it increfs if it keeps the value.
//! * **stolen** argument: the callee takes over the caller's reference.
//! * **new reference** result: the caller owns the result and must decref it.
//! * **borrowed** result: valid only while its owner keeps it.
//!
//! The exact sequences native code emits inline (word `w`):
//!
//! ```text
//! incref(w):  if w & 1 == 0 {            // heap pointer (never null here)
//!                 rc = load.i64 [w + 0]
//!                 if rc >= 0 { store [w + 0], rc + 1 }   // rc < 0: immortal
//!             }
//! decref(w):  if w & 1 == 0 {
//!                 rc = load.i64 [w + 0]
//!                 if rc > 1       { store [w + 0], rc - 1 }
//!                 else if rc == 1 { call pyrt_dealloc(w) }   // cold
//!                 // rc < 0: immortal, nothing to do
//!             }
//! ```
//!
//! `xincref`/`xdecref` additionally skip null words.

use super::header::Object;
use super::value::Value;

/// Add one reference (the value must not be null).
#[inline(always)]
pub fn incref(v: Value) {
    if v.0 & 1 == 0 {
        debug_assert!(!v.is_null(), "incref(NULL)");
        // SAFETY: a non-small, non-null word points at a live object header.
        unsafe {
            let o = v.as_obj();
            let rc = (*o).refcnt;
            if rc >= 0 {
                (*o).refcnt = rc + 1;
            }
        }
    }
}

/// Drop one reference (the value must not be null); frees the object when
/// the count reaches zero.
#[inline(always)]
pub fn decref(v: Value) {
    if v.0 & 1 == 0 {
        debug_assert!(!v.is_null(), "decref(NULL)");
        // SAFETY: as in `incref`.
        unsafe {
            let o = v.as_obj();
            let rc = (*o).refcnt;
            if rc > 1 {
                (*o).refcnt = rc - 1;
            } else if rc == 1 {
                dealloc(o);
            } else {
                debug_assert!(rc < 0, "decref of a dead object");
            }
        }
    }
}

/// `incref` that accepts null.
#[inline(always)]
pub fn xincref(v: Value) {
    if !v.is_null() {
        incref(v)
    }
}

/// `decref` that accepts null.
#[inline(always)]
pub fn xdecref(v: Value) {
    if !v.is_null() {
        decref(v)
    }
}

/// Incref and return the same value (for "return a new reference to a
/// borrowed value" one-liners).
#[inline(always)]
pub fn new_ref(v: Value) -> Value {
    incref(v);
    v
}

/// Replace `*slot` (an owned reference or null) by `v` (stolen), dropping the
/// old value after the store, as CPython's `Py_XSETREF`.
#[inline]
pub fn xsetref(slot: &mut Value, v: Value) {
    let old = std::mem::replace(slot, v);
    xdecref(old);
}

/// Clear `*slot` to null and drop its old reference (after the store).
#[inline]
pub fn clear_slot(slot: &mut Value) {
    let old = std::mem::replace(slot, Value::NULL);
    xdecref(old);
}

/// Out-of-line slow path: the last reference to `o` went away. Calls the
/// type's `tp_dealloc`, which releases the object's references and memory.
///
/// # Safety
/// `o` must be a live, mortal object whose count just dropped to zero.
#[cold]
#[inline(never)]
pub unsafe fn dealloc(o: *mut Object) {
    (*o).refcnt = 0;
    let ts = crate::errors::threadstate::tstate();
    if (*ts).dealloc_depth >= MAX_DEALLOC_DEPTH {
        (*ts).dealloc_pending.push(o);
        return;
    }
    (*ts).dealloc_depth += 1;
    run_dealloc(o);
    (*ts).dealloc_depth -= 1;
    if (*ts).dealloc_depth == 0 {
        while let Some(p) = (*ts).dealloc_pending.pop() {
            (*ts).dealloc_depth = 1;
            run_dealloc(p);
            (*ts).dealloc_depth = 0;
        }
    }
}

/// Deallocations nest at most this deep before further ones are deferred.
const MAX_DEALLOC_DEPTH: u32 = 100;

unsafe fn run_dealloc(o: *mut Object) {
    let ty = (*o).ty;
    match (*ty).tp_dealloc {
        Some(f) => f(o),
        None => crate::object::alloc::free_and_release_type(o),
    }
}

/// Current reference count of a heap object (small ints report a huge
/// count). Test and debugging helper.
pub fn refcount(v: Value) -> isize {
    if v.is_ptr() {
        // SAFETY: live object header.
        unsafe { (*v.as_obj()).refcnt }
    } else {
        isize::MAX
    }
}
