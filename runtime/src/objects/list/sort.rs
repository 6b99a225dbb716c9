//! `list.sort(*, key=None, reverse=False)`: CPython's timsort
//! (`collections::timsort`) driven by `<` (`rich_compare_bool(.., Lt)`),
//! which may raise. While sorting, the
//! list is empty (as in CPython), so code run by `key` or `__lt__` that
//! mutates it is detected: "list modified during sort". `reverse=True`
//! keeps equal elements in their original order, like CPython.

use super::*;
use crate::call::vectorcall::kw_count;
use crate::objects::singletons::none;
use crate::ops::compare::rich_compare_bool;
use crate::types::slots::CompareOp;

/// Sort list `l` in place with optional `key` callable (null = identity).
/// 0 or -1.
pub unsafe fn sort(l: Value, key: Value, reverse: bool) -> i32 {
    // Take the items out: the list is empty while sorting.
    let lo = obj(l);
    let n = (*lo).len;
    let saved_items = (*lo).items;
    let saved_cap = (*lo).cap;
    (*lo).items = std::ptr::null_mut();
    (*lo).len = 0;
    (*lo).cap = 0;
    let items: Vec<Value> = crate::object::value::slice_from(saved_items, n).to_vec();
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(n);
    let mut rc = 0;
    for &it in &items {
        if key.is_null() {
            pairs.push((it, it));
        } else {
            let k = crate::call::vectorcall::call(key, &[it], Value::NULL);
            if k.is_null() {
                rc = -1;
                break;
            }
            pairs.push((k, it));
        }
    }
    if rc == 0 {
        // CPython's timsort, so the sequence of `<` calls (observable
        // through a user `__lt__` or key) is CPython's.
        let mut less = |a: &(Value, Value), b: &(Value, Value)| -> Result<bool, ()> {
            match rich_compare_bool(a.0, b.0, CompareOp::Lt) {
                r if r < 0 => Err(()),
                r => Ok(r > 0),
            }
        };
        if crate::collections::timsort::timsort(&mut pairs, reverse, &mut less).is_err() {
            rc = -1;
        }
    }
    if !key.is_null() {
        for &(k, _) in &pairs {
            decref(k);
        }
    }
    // Put the items back (sorted on success, original order on error).
    let modified = (*lo).len != 0 || !(*lo).items.is_null();
    let stray_items = (*lo).items;
    let stray_len = (*lo).len;
    (*lo).items = saved_items;
    (*lo).cap = saved_cap;
    (*lo).len = n;
    if rc == 0 {
        for (k, &(_, it)) in pairs.iter().enumerate() {
            *saved_items.add(k) = it;
        }
    }
    if modified {
        for k in 0..stray_len {
            decref(*stray_items.add(k));
        }
        libc::free(stray_items as *mut libc::c_void);
        if rc == 0 {
            raise_value_error("list modified during sort");
            rc = -1;
        }
    }
    rc
}

/// `list.sort(*, key=None, reverse=False)`.
pub(super) unsafe fn m_sort(l: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value {
    if nargs > 0 {
        return raise_type_error("sort() takes no positional arguments");
    }
    let mut key = Value::NULL;
    let mut reverse = false;
    if kw_count(kwnames) > 0 {
        for (k, &name) in crate::objects::tuple::as_slice(kwnames).iter().enumerate() {
            let v = *args.add(k);
            match crate::objects::str::as_str(name) {
                "key" => {
                    key = if crate::objects::singletons::is_none(v) {
                        Value::NULL
                    } else {
                        v
                    }
                }
                "reverse" => match crate::ops::protocol::is_true(v) {
                    r if r < 0 => return Value::NULL,
                    r => reverse = r > 0,
                },
                other => {
                    return crate::type_error!(
                        "'{other}' is an invalid keyword argument for sort()"
                    )
                }
            }
        }
    }
    if sort(l, key, reverse) < 0 {
        return Value::NULL;
    }
    none()
}
