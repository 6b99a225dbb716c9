//! Rich comparison dispatch (CPython's `do_richcompare`): a subclass
//! operand's reflected method goes first, then the left operand's, then the
//! right operand's reflected one; `==`/`!=` fall back to identity; other
//! operators raise `TypeError("'<' not supported between instances of 'A'
//! and 'B'")`. Comparison recursion is guarded (" in comparison").

use crate::errors::threadstate::with_recursion_guard;
use crate::object::{decref, Value};
use crate::objects::bool::from_bool;
use crate::objects::singletons::{is_not_implemented, not_implemented};
use crate::objects::{float, str as pystr};
use crate::types::slots::CompareOp;
use crate::types::typeobject::*;

/// `a <op> b` (borrowed operands; new reference or null).
pub fn rich_compare(a: Value, b: Value, op: CompareOp) -> Value {
    if a.is_small() && b.is_small() {
        return from_bool(op.test(a.as_small().cmp(&b.as_small())));
    }
    with_recursion_guard(" in comparison", Value::NULL, || unsafe {
        do_richcompare(a, b, op)
    })
}

unsafe fn do_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    let ta = type_of(a);
    let tb = type_of(b);
    let mut checked_reverse = false;
    if ta != tb && is_subtype(tb, ta) {
        if let Some(f) = (*tb).tp_richcompare {
            checked_reverse = true;
            let r = f(b, a, op.swapped());
            if !is_not_implemented(r) {
                return r;
            }
        }
    }
    if let Some(f) = (*ta).tp_richcompare {
        let r = f(a, b, op);
        if !is_not_implemented(r) {
            return r;
        }
    }
    if !checked_reverse {
        if let Some(f) = (*tb).tp_richcompare {
            let r = f(b, a, op.swapped());
            if !is_not_implemented(r) {
                return r;
            }
        }
    }
    match op {
        CompareOp::Eq => from_bool(a == b),
        CompareOp::Ne => from_bool(a != b),
        _ => crate::type_error!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            (*ta).name(),
            (*tb).name()
        ),
    }
}

/// `a <op> b` as a truth value: 1, 0 or -1. For `==`/`!=`, identical
/// objects compare equal without calling `__eq__` (as CPython's
/// `PyObject_RichCompareBool`).
#[inline]
pub fn rich_compare_bool(a: Value, b: Value, op: CompareOp) -> i32 {
    if a == b {
        match op {
            CompareOp::Eq => return 1,
            CompareOp::Ne => return 0,
            _ => {}
        }
    }
    if a.is_small() && b.is_small() {
        return op.test(a.as_small().cmp(&b.as_small())) as i32;
    }
    if pystr::is_exact_str(a) && pystr::is_exact_str(b) {
        return match op {
            CompareOp::Eq => pystr::str_eq(a, b) as i32,
            CompareOp::Ne => !pystr::str_eq(a, b) as i32,
            _ => op.test(pystr::as_str(a).cmp(pystr::as_str(b))) as i32,
        };
    }
    if float::is_float(a) && float::is_float(b) && type_of(a) == type_of(b) {
        let (x, y) = (float::float_value(a), float::float_value(b));
        return match x.partial_cmp(&y) {
            Some(o) => op.test(o) as i32,
            None => (op == CompareOp::Ne) as i32,
        };
    }
    let r = rich_compare(a, b, op);
    if r.is_null() {
        return -1;
    }
    let t = crate::ops::protocol::is_true(r);
    decref(r);
    t
}

/// `NotImplemented` helper re-exported for slot implementations.
#[inline(always)]
pub fn nimpl() -> Value {
    not_implemented()
}
