//! Iterable unpacking (`a, b = seq`, `a, *b, c = seq`) with CPython's
//! messages: "not enough values to unpack (expected 3, got 2)", "too many
//! values to unpack (expected 2)", "cannot unpack non-iterable int object".
//! Results are new references written to `out` in target order.

use crate::errors::*;
use crate::object::{decref, incref, Value};
use crate::objects::{list, tuple};
use crate::types::typeobject::type_name;

fn not_iterable(seq: Value) -> i32 {
    if matches(crate::errors::exceptions::TYPE_ERROR.ptr())
        // SAFETY: slot lookup on a live value.
        && unsafe {
            let t = crate::types::typeobject::type_of(seq);
            (*t).tp_iter.is_none() && (*t).sq.sq_item.is_none()
        }
    {
        clear();
        crate::type_error!("cannot unpack non-iterable {} object", type_name(seq));
    }
    -1
}

fn release(out: &mut [Value], n: usize) {
    for v in out.iter_mut().take(n) {
        crate::object::refcount::clear_slot(v);
    }
}

/// `out[0..n] = seq` for exactly `n = out.len()` items. 0 or -1.
pub fn unpack_sequence(seq: Value, out: &mut [Value]) -> i32 {
    let n = out.len();
    let fast: Option<&[Value]> = if tuple::is_exact_tuple(seq) {
        Some(tuple::as_slice(seq))
    } else if list::is_exact_list(seq) {
        Some(list::as_slice(seq))
    } else {
        None
    };
    if let Some(items) = fast {
        if items.len() == n {
            for (o, &v) in out.iter_mut().zip(items) {
                incref(v);
                *o = v;
            }
            return 0;
        }
        if items.len() < n {
            crate::value_error!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            );
        } else {
            crate::value_error!("too many values to unpack (expected {n})");
        }
        return -1;
    }
    let it = crate::ops::protocol::get_iter(seq);
    if it.is_null() {
        return not_iterable(seq);
    }
    for k in 0..n {
        let v = crate::ops::protocol::iter_next(it);
        if v.is_null() {
            if !occurred() {
                crate::value_error!("not enough values to unpack (expected {n}, got {k})");
            }
            release(out, k);
            decref(it);
            return -1;
        }
        out[k] = v;
    }
    let extra = crate::ops::protocol::iter_next(it);
    decref(it);
    if !extra.is_null() {
        decref(extra);
        crate::value_error!("too many values to unpack (expected {n})");
        release(out, n);
        return -1;
    }
    if occurred() {
        release(out, n);
        return -1;
    }
    0
}

/// `before` targets, a starred target (a new list), then `after` targets:
/// `out.len() == before + 1 + after`. 0 or -1.
pub fn unpack_ex(seq: Value, before: usize, after: usize, out: &mut [Value]) -> i32 {
    debug_assert_eq!(out.len(), before + 1 + after);
    let Some(items) = crate::ops::protocol::sequence_to_vec(seq) else {
        return not_iterable(seq);
    };
    if items.len() < before + after {
        crate::value_error!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        );
        for v in items {
            decref(v);
        }
        return -1;
    }
    let mut items = items;
    let tail: Vec<Value> = items.split_off(items.len() - after);
    let middle: Vec<Value> = items.split_off(before);
    let star = list::list_from_vec(middle);
    if star.is_null() {
        for v in items.into_iter().chain(tail) {
            decref(v);
        }
        return -1;
    }
    for (k, v) in items.into_iter().enumerate() {
        out[k] = v;
    }
    out[before] = star;
    for (k, v) in tail.into_iter().enumerate() {
        out[before + 1 + k] = v;
    }
    0
}
