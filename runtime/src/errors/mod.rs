//! Raising and inspecting exceptions.
//!
//! Convention: a fallible runtime function returns null (`Value::NULL`) or
//! -1 and has stored an exception instance in the thread state. Callers test
//! the result and propagate. The `raise_*` helpers create the exception
//! instance, store it (dropping any exception already stored) and return
//! `Value::NULL`, so `return raise_type_error(..)` is the usual idiom; use
//! `fail()`-style `-1` returns where a function returns an `i32`.

pub mod exceptions;
pub mod panic;
pub mod threadstate;

use crate::object::{decref, Value};
use crate::types::typeobject::{is_subtype, type_of, TypeObject};
use threadstate::tstate;

/// Store `exc` (an exception instance, reference stolen) as the current
/// exception, dropping any previous one. When an exception is being
/// handled, it becomes `exc.__context__` (unless that would form a cycle),
/// as CPython does for every raise.
pub fn set_exception(exc: Value) {
    // SAFETY: this thread's state.
    unsafe {
        let ts = tstate();
        if let Some(&ctx) = (*ts).handled.last() {
            if !ctx.is_null() && ctx != exc && exceptions::is_exception(exc) {
                chain_context(exc, ctx);
            }
        }
        let old = std::mem::replace(&mut (*ts).exc, exc);
        crate::object::xdecref(old);
    }
}

/// Set `exc.__context__ = ctx` unless `exc` already has a context, first
/// cutting any link in `ctx`'s context chain that leads back to `exc`.
unsafe fn chain_context(exc: Value, ctx: Value) {
    let eo = exceptions::exc_obj(exc);
    if !(*eo).context.is_null() {
        return;
    }
    let mut o = ctx;
    let mut steps = 0;
    while steps < 10_000 {
        let c = (*exceptions::exc_obj(o)).context;
        if c.is_null() {
            break;
        }
        if c == exc {
            crate::object::refcount::clear_slot(&mut (*exceptions::exc_obj(o)).context);
            break;
        }
        o = c;
        steps += 1;
    }
    crate::object::incref(ctx);
    (*eo).context = ctx;
}

/// Enter an `except`/`finally` handler for `exc` (borrowed).
pub fn push_handled(exc: Value) {
    crate::object::xincref(exc);
    // SAFETY: this thread's state.
    unsafe { (*tstate()).handled.push(exc) }
}

/// Leave the innermost handler.
pub fn pop_handled() {
    // SAFETY: this thread's state.
    let v = unsafe { (*tstate()).handled.pop() };
    if let Some(v) = v {
        crate::object::xdecref(v);
    }
}

/// The exception being handled (borrowed), or null: `sys.exc_info()[1]`.
pub fn handled() -> Value {
    // SAFETY: this thread's state.
    unsafe { (*tstate()).handled.last().copied().unwrap_or(Value::NULL) }
}

/// Raise an exception of type `ty` with `args == (msg,)`. Returns null.
pub fn raise_str(ty: *mut TypeObject, msg: &str) -> Value {
    let s = crate::objects::str::new_str(msg);
    if s.is_null() {
        return Value::NULL;
    }
    raise_with_arg(ty, s)
}

/// Raise `ty(arg)` where `arg` is stolen. Returns null.
pub fn raise_with_arg(ty: *mut TypeObject, arg: Value) -> Value {
    let args = crate::objects::tuple::tuple_pack_steal(&[arg]);
    if args.is_null() {
        return Value::NULL;
    }
    let exc = exceptions::new_exception_args(ty, args);
    if !exc.is_null() {
        set_exception(exc);
    }
    Value::NULL
}

/// Raise `ty()` with empty args. Returns null.
pub fn raise_empty(ty: *mut TypeObject) -> Value {
    let args = crate::objects::tuple::empty_tuple();
    let exc = exceptions::new_exception_args(ty, args);
    if !exc.is_null() {
        set_exception(exc);
    }
    Value::NULL
}

/// Whether an exception is set.
#[inline]
pub fn occurred() -> bool {
    // SAFETY: this thread's state.
    unsafe { !(*tstate()).exc.is_null() }
}

/// The current exception (borrowed), or null.
#[inline]
pub fn current() -> Value {
    // SAFETY: this thread's state.
    unsafe { (*tstate()).exc }
}

/// Take the current exception out of the thread state (new reference, or
/// null when none is set).
#[inline]
pub fn fetch() -> Value {
    // SAFETY: this thread's state.
    unsafe { std::mem::replace(&mut (*tstate()).exc, Value::NULL) }
}

/// Put back an exception taken by `fetch` (stolen; null clears).
#[inline]
pub fn restore(exc: Value) {
    set_exception(exc)
}

/// Clear the current exception.
pub fn clear() {
    let e = fetch();
    crate::object::xdecref(e);
}

/// Whether the current exception is an instance of `ty` (or a subclass).
pub fn matches(ty: *const TypeObject) -> bool {
    let e = current();
    !e.is_null() && is_subtype(type_of(e), ty)
}

/// If the current exception is an instance of `ty`, clear it and return
/// true.
pub fn clear_if(ty: *const TypeObject) -> bool {
    if matches(ty) {
        clear();
        true
    } else {
        false
    }
}

/// Raise MemoryError without allocating a message (uses an instance with
/// empty args; if even that fails, nothing more can be done).
#[cold]
pub fn raise_memory_error() -> Value {
    raise_empty(exceptions::MEMORY_ERROR.ptr())
}

/// Take the current exception and render `Type: message` (test helper and
/// last-resort reporting). Clears the exception. Returns None if none set.
pub fn take_message() -> Option<String> {
    let e = fetch();
    if e.is_null() {
        return None;
    }
    let name = crate::types::typeobject::type_name(e).to_string();
    let s = crate::ops::protocol::str_of(e);
    decref(e);
    let text = if s.is_null() {
        clear();
        "<exception str() failed>".to_string()
    } else {
        let t = crate::objects::str::as_str(s).to_string();
        decref(s);
        t
    };
    Some(if text.is_empty() {
        name
    } else {
        format!("{name}: {text}")
    })
}

macro_rules! define_raisers {
    ($($fname:ident => $static:ident),* $(,)?) => {$(
        /// Raise this exception type with a message; returns null.
        #[cold]
        pub fn $fname(msg: impl AsRef<str>) -> Value {
            raise_str(exceptions::$static.ptr(), msg.as_ref())
        }
    )*};
}

define_raisers! {
    raise_type_error => TYPE_ERROR,
    raise_value_error => VALUE_ERROR,
    raise_index_error => INDEX_ERROR,
    raise_attribute_error => ATTRIBUTE_ERROR,
    raise_overflow_error => OVERFLOW_ERROR,
    raise_zero_division_error => ZERO_DIVISION_ERROR,
    raise_system_error => SYSTEM_ERROR,
    raise_runtime_error => RUNTIME_ERROR,
    raise_name_error => NAME_ERROR,
    raise_not_implemented_error => NOT_IMPLEMENTED_ERROR,
    raise_recursion_error => RECURSION_ERROR,
    raise_unicode_error => UNICODE_ERROR,
    raise_assertion_error => ASSERTION_ERROR,
}

/// Raise `KeyError(key)` (key borrowed). Returns null.
#[cold]
pub fn raise_key_error(key: Value) -> Value {
    crate::object::incref(key);
    raise_with_arg(exceptions::KEY_ERROR.ptr(), key)
}

/// `raise TypeError(format!(..))`, evaluating to `Value::NULL`.
#[macro_export]
macro_rules! type_error {
    ($($t:tt)*) => { $crate::errors::raise_type_error(format!($($t)*)) };
}

/// `raise ValueError(format!(..))`, evaluating to `Value::NULL`.
#[macro_export]
macro_rules! value_error {
    ($($t:tt)*) => { $crate::errors::raise_value_error(format!($($t)*)) };
}

/// Raise the exception described by a pure algorithm's error (see
/// `crate::num::error`). Returns null.
#[cold]
pub fn raise_alg(err: crate::num::error::AlgError) -> Value {
    use crate::num::error::ExcKind;
    let ty = match err.kind {
        ExcKind::ValueError => exceptions::VALUE_ERROR.ptr(),
        ExcKind::OverflowError => exceptions::OVERFLOW_ERROR.ptr(),
        ExcKind::ZeroDivisionError => exceptions::ZERO_DIVISION_ERROR.ptr(),
        ExcKind::TypeError => exceptions::TYPE_ERROR.ptr(),
        ExcKind::IndexError => exceptions::INDEX_ERROR.ptr(),
        ExcKind::KeyError => exceptions::KEY_ERROR.ptr(),
        ExcKind::MemoryError => return raise_memory_error(),
    };
    raise_str(ty, &err.msg)
}
