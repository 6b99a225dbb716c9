//! Calling any callable with the one vectorcall convention, plus Rust-side
//! conveniences (`call`, `call_method`).
//!
//! `vectorcall(callable, args, nargs, kwnames)`: `args[0..nargs]` are the
//! positional arguments, followed by one value per name in `kwnames` (a
//! tuple of str, or null). All borrowed. Result: new reference or null.

use crate::errors::threadstate::with_recursion_guard;
use crate::object::{decref, Value};
use crate::objects::tuple;
use crate::types::typeobject::*;

/// Call `callable` with the vectorcall convention.
#[inline]
pub fn vectorcall(callable: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value {
    let ty = type_of(callable);
    // SAFETY: slot call with the documented convention.
    // Entering a Python frame reports a bare "maximum recursion depth
    // exceeded", as CPython's eval loop does; other callables add the
    // call-site suffix.
    let where_ = if crate::objects::function::is_function(callable)
        || crate::objects::method::is_method(callable)
    {
        ""
    } else {
        " while calling a Python object"
    };
    match unsafe { (*ty).tp_call } {
        Some(f) => with_recursion_guard(where_, Value::NULL, || unsafe {
            f(callable, args, nargs, kwnames)
        }),
        None => crate::type_error!("'{}' object is not callable", type_name(callable)),
    }
}

/// Call with a slice holding positional then keyword values.
pub fn call(callable: Value, args: &[Value], kwnames: Value) -> Value {
    let nkw = if kwnames.is_null() {
        0
    } else {
        tuple::len(kwnames)
    };
    debug_assert!(nkw <= args.len());
    vectorcall(callable, args.as_ptr(), args.len() - nkw, kwnames)
}

/// Call `func(self, *args)` (e.g. an unbound method found on the type).
pub fn call_method_value(func: Value, self_: Value, args: &[Value]) -> Value {
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(self_);
    v.extend_from_slice(args);
    call(func, &v, Value::NULL)
}

/// `obj.name(*args)`.
pub fn call_method(obj: Value, name: Value, args: &[Value]) -> Value {
    let (m, unbound) = crate::ops::attr::get_method(obj, name);
    if m.is_null() {
        return m;
    }
    let r = if unbound {
        call_method_value(m, obj, args)
    } else {
        call(m, args, Value::NULL)
    };
    decref(m);
    r
}

/// Number of keyword arguments in `kwnames` (null = 0).
#[inline(always)]
pub fn kw_count(kwnames: Value) -> usize {
    if kwnames.is_null() {
        0
    } else {
        tuple::len(kwnames)
    }
}
