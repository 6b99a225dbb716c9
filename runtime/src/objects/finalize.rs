//! `__del__` for instances of classes defined in Python (PEP 442 rules):
//! the finalizer runs when the last reference goes away, at most once per
//! object; an object it resurrects (stores somewhere) stays alive and is
//! freed later without a second call. An exception escaping `__del__` is
//! reported to stderr as CPython's "Exception ignored in: ..." and does not
//! disturb the exception (if any) being propagated meanwhile.
//!
//! Also `clear_main_namespace`: at exit the `__main__` globals are dropped
//! (names with one leading underscore first, then the rest in definition
//! order, keeping `__builtins__`), so objects only the program's globals
//! hold are finalized as CPython finalizes them at shutdown.
//!
//! Invariant: `FINALIZED` holds the addresses of live resurrected objects
//! only; an entry is removed when that object is finally freed.

use crate::object::{decref, Object, Value};
use crate::objects::{dict, str as pystr};
use crate::types::typeobject::*;
use std::cell::RefCell;
use std::collections::HashSet;

thread_local! {
    static FINALIZED: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
}

/// Run `__del__` of the dying heap-type instance `o` (refcount 0) if its
/// class defines one. Returns true when the object was resurrected (the
/// caller must then not free it).
///
/// # Safety
/// `o` is a heap-type instance whose count just dropped to zero.
pub unsafe fn finalize(o: *mut Object) -> bool {
    let addr = o as usize;
    if FINALIZED.with(|s| s.borrow_mut().remove(&addr)) {
        return false;
    }
    let ty = (*o).ty as *mut TypeObject;
    let del = crate::types::lookup::type_lookup(ty, crate::id!(__del__));
    if del.is_null() {
        return false;
    }
    crate::object::incref(del);
    (*o).refcnt = 1;
    let ts = crate::errors::threadstate::tstate();
    let saved = std::mem::replace(&mut (*ts).exc, Value::NULL);
    let r = crate::call::vectorcall::call(del, &[Value::from_obj(o)], Value::NULL);
    if r.is_null() {
        write_unraisable(del);
    } else {
        decref(r);
    }
    decref(del);
    let pending = std::mem::replace(&mut (*ts).exc, saved);
    crate::object::xdecref(pending);
    (*o).refcnt -= 1;
    if (*o).refcnt > 0 {
        FINALIZED.with(|s| s.borrow_mut().insert(addr));
        return true;
    }
    false
}

/// Print the pending exception as CPython's unraisable-exception report
/// (`Exception ignored in: <repr of where>` and the traceback), then clear
/// it.
pub fn write_unraisable(where_: Value) {
    let e = crate::errors::fetch();
    if e.is_null() {
        return;
    }
    let r = crate::ops::protocol::repr(where_);
    let label = if r.is_null() {
        crate::errors::clear();
        "<object repr() failed>".to_string()
    } else {
        let s = pystr::as_str(r).to_string();
        decref(r);
        s
    };
    // The exception alone, without its context chain, as CPython's
    // default unraisable hook prints it.
    let mut report = String::new();
    // SAFETY: e is an exception instance.
    let tb = unsafe { (*crate::errors::exceptions::exc_obj(e)).traceback };
    if tb.is_ptr() {
        report.push_str("Traceback (most recent call last):\n");
        crate::traceback::format_tb(tb, &mut report);
    }
    report.push_str(&crate::traceback::format_exception_only(e));
    report.push('\n');
    decref(e);
    crate::builtins::io::flush_stdout();
    eprint!("Exception ignored in: {label}\n{report}");
}

/// Drop the `__main__` globals at exit (see the module doc).
pub fn clear_main_namespace(d: Value) {
    if d.is_null() || !dict::is_dict(d) {
        return;
    }
    for pass in 0..2 {
        for (k, v) in dict::items_vec(d) {
            let clear = pystr::is_str(k) && !crate::objects::singletons::is_none(v) && {
                let name = pystr::as_str(k);
                let single_underscore = name.starts_with('_') && !name.starts_with("__");
                if pass == 0 {
                    single_underscore
                } else {
                    name != "__builtins__"
                }
            };
            if clear && dict::set_item(d, k, crate::objects::singletons::none()) < 0 {
                crate::errors::clear();
            }
            decref(k);
            decref(v);
        }
    }
}
