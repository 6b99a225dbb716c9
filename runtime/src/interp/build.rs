//! Building and unpacking: tuple/list/dict/set displays and their
//! `*`/`**` merges, sequence unpacking (plain and starred) with CPython's
//! messages, f-string pieces (`FORMAT_VALUE`, `BUILD_STRING`, and the
//! `format()` protocol), and subscripting with slices for the built-in
//! sequences (list, tuple, str).

use crate::errors::*;
use crate::object::{decref, incref, new_ref, Value};
use crate::objects::slice::{self, is_slice};
use crate::objects::{dict, float, int, list, str as pystr, tuple};
use crate::ops::protocol;
use crate::types::typeobject::*;

/// `container[key]` with fast slicing of exact lists, tuples and strs
/// (subclasses go through their type, which may override `__getitem__`);
/// a full slice of an immutable tuple or str is the object itself.
pub fn subscr_get(container: Value, key: Value) -> Value {
    if is_slice(key) {
        if list::is_exact_list(container) || tuple::is_exact_tuple(container) {
            let items: &[Value] = if list::is_exact_list(container) {
                list::as_slice(container)
            } else {
                tuple::as_slice(container)
            };
            let Ok((start, step, n)) = slice::indices_for(key, items.len()) else {
                return Value::NULL;
            };
            if tuple::is_exact_tuple(container) && start == 0 && step == 1 && n == items.len() {
                return crate::object::new_ref(container);
            }
            let mut out = Vec::with_capacity(n);
            let mut i = start;
            for _ in 0..n {
                let v = items[i as usize];
                incref(v);
                out.push(v);
                i += step;
            }
            return if list::is_exact_list(container) {
                list::list_from_vec(out)
            } else {
                tuple::tuple_from_vec(out)
            };
        }
        if pystr::is_exact_str(container) {
            let s = pystr::as_str(container);
            let ascii = pystr::is_ascii(container);
            let chars: Vec<char> = if ascii {
                Vec::new()
            } else {
                s.chars().collect()
            };
            let len = if ascii { s.len() } else { chars.len() };
            let Ok((start, step, n)) = slice::indices_for(key, len) else {
                return Value::NULL;
            };
            if start == 0 && step == 1 && n == len {
                return crate::object::new_ref(container);
            }
            if ascii && step == 1 {
                let a = start as usize;
                return pystr::new_str(&s[a..a + n]);
            }
            let mut out = String::with_capacity(n);
            let mut i = start;
            let bytes = s.as_bytes();
            for _ in 0..n {
                if ascii {
                    out.push(bytes[i as usize] as char);
                } else {
                    out.push(chars[i as usize]);
                }
                i += step;
            }
            return pystr::from_string(out);
        }
    }
    protocol::get_item(container, key)
}

/// `container[key] = value` (value null: `del container[key]`); list
/// slices go through the list type's own slice assignment.
pub fn subscr_set(container: Value, key: Value, value: Value) -> i32 {
    protocol::set_item(container, key, value)
}

/// Unpack `v` into exactly `n` values written to `dst[0..n]` in stack
/// order (the first item ends on top). New references; false on error.
pub unsafe fn unpack_sequence(v: Value, n: usize, dst: *mut Value) -> bool {
    if tuple::is_exact_tuple(v) || list::is_exact_list(v) {
        let items = if tuple::is_exact_tuple(v) {
            tuple::as_slice(v)
        } else {
            list::as_slice(v)
        };
        if items.len() != n {
            if items.len() > n {
                crate::value_error!("too many values to unpack (expected {n})");
            } else {
                crate::value_error!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                );
            }
            return false;
        }
        for (k, &x) in items.iter().enumerate() {
            incref(x);
            *dst.add(n - 1 - k) = x;
        }
        return true;
    }
    let it = protocol::get_iter(v);
    if it.is_null() {
        if matches(crate::errors::exceptions::TYPE_ERROR.ptr()) {
            clear();
            crate::type_error!("cannot unpack non-iterable {} object", type_name(v));
        }
        return false;
    }
    let mut got = Vec::with_capacity(n);
    let mut ok = true;
    while got.len() < n {
        let x = protocol::iter_next(it);
        if x.is_null() {
            if !occurred() {
                crate::value_error!(
                    "not enough values to unpack (expected {n}, got {})",
                    got.len()
                );
            }
            ok = false;
            break;
        }
        got.push(x);
    }
    if ok {
        let extra = protocol::iter_next(it);
        if !extra.is_null() {
            decref(extra);
            crate::value_error!("too many values to unpack (expected {n})");
            ok = false;
        } else if occurred() {
            ok = false;
        }
    }
    decref(it);
    if !ok {
        for x in got {
            decref(x);
        }
        return false;
    }
    for (k, x) in got.into_iter().enumerate() {
        *dst.add(n - 1 - k) = x;
    }
    true
}

/// Starred unpacking: `before` values, a list of the middle, `after`
/// values, written to `dst` in stack order. False on error.
pub unsafe fn unpack_ex(v: Value, before: usize, after: usize, dst: *mut Value) -> bool {
    let Some(items) = (match protocol::get_iter(v) {
        it if it.is_null() => {
            if matches(crate::errors::exceptions::TYPE_ERROR.ptr()) {
                clear();
                crate::type_error!("cannot unpack non-iterable {} object", type_name(v));
            }
            None
        }
        it => {
            decref(it);
            protocol::sequence_to_vec(v)
        }
    }) else {
        return false;
    };
    if items.len() < before + after {
        crate::value_error!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        );
        for x in items {
            decref(x);
        }
        return false;
    }
    let total = before + after + 1;
    let mid_end = items.len() - after;
    let mut out: Vec<Value> = Vec::with_capacity(total);
    out.extend_from_slice(&items[..before]);
    let mid = list::list_from_vec(items[before..mid_end].to_vec());
    if mid.is_null() {
        for &x in items[..before].iter().chain(&items[mid_end..]) {
            decref(x);
        }
        return false;
    }
    out.push(mid);
    out.extend_from_slice(&items[mid_end..]);
    for (k, x) in out.into_iter().enumerate() {
        *dst.add(total - 1 - k) = x;
    }
    true
}

/// Dict from key/value pairs (owned, stolen).
pub fn build_map(items: Vec<Value>) -> Value {
    let d = dict::dict_new();
    let mut ok = !d.is_null();
    for pair in items.chunks(2) {
        if ok && dict::set_item(d, pair[0], pair[1]) < 0 {
            ok = false;
        }
        decref(pair[0]);
        decref(pair[1]);
    }
    if !ok {
        crate::object::xdecref(d);
        return Value::NULL;
    }
    d
}

/// Dict from a tuple of keys (borrowed) and values (owned, stolen).
pub fn build_const_key_map(keys: Value, values: Vec<Value>) -> Value {
    let d = dict::dict_new();
    let mut ok = !d.is_null();
    for (k, v) in tuple::as_slice(keys).iter().zip(values.iter()) {
        if ok && dict::set_item(d, *k, *v) < 0 {
            ok = false;
        }
    }
    for v in values {
        decref(v);
    }
    if !ok {
        crate::object::xdecref(d);
        return Value::NULL;
    }
    d
}

/// Concatenate str pieces (owned, stolen).
pub fn build_string(items: Vec<Value>) -> Value {
    let total: usize = items.iter().map(|&s| pystr::as_str(s).len()).sum();
    let r = if total <= 2 {
        let mut out = String::with_capacity(total);
        for &s in &items {
            out.push_str(pystr::as_str(s));
        }
        pystr::new_str(&out)
    } else {
        // SAFETY: exactly `total` bytes of UTF-8 are copied in before
        // `finish_str`.
        unsafe {
            let v = pystr::alloc_str(total);
            if !v.is_null() {
                let mut at = pystr::data_ptr(v);
                for &s in &items {
                    let t = pystr::as_str(s);
                    std::ptr::copy_nonoverlapping(t.as_ptr(), at, t.len());
                    at = at.add(t.len());
                }
                pystr::finish_str(v);
            }
            v
        }
    };
    for s in items {
        decref(s);
    }
    r
}

/// `list.extend(iterable)` for `LIST_EXTEND` (CPython's message for
/// non-iterables in `[*x]`).
pub fn list_extend(l: Value, v: Value) -> i32 {
    // SAFETY: l is a list.
    let r = unsafe { crate::objects::list::methods::extend(l, v) };
    if r < 0 && matches(crate::errors::exceptions::TYPE_ERROR.ptr()) && !has_iter(v) {
        clear();
        crate::type_error!("Value after * must be an iterable, not {}", type_name(v));
    }
    r
}

fn has_iter(v: Value) -> bool {
    let ty = type_of(v);
    // SAFETY: valid type.
    unsafe { (*ty).tp_iter.is_some() || (*ty).sq.sq_item.is_some() }
}

/// `DICT_UPDATE`: `d.update(v)`.
pub fn dict_update(d: Value, v: Value) -> i32 {
    // SAFETY: d is a dict.
    let r = unsafe { crate::objects::dict::methods::merge_from(d, v, true) };
    if r < 0 && matches(crate::errors::exceptions::ATTRIBUTE_ERROR.ptr()) {
        clear();
        crate::type_error!("'{}' object is not a mapping", type_name(v));
    }
    r
}

/// `DICT_MERGE` (`f(**m)`): duplicate keys are an error naming `func`.
pub fn dict_merge(d: Value, v: Value, func: Value) -> i32 {
    let Some(keys) = mapping_keys(v, func) else {
        return -1;
    };
    for k in keys {
        let present = matches!(dict::get_item(d, k), Ok(Some(_)));
        if present {
            let fname = super::calls::func_display_name(func);
            if pystr::is_str(k) {
                crate::type_error!(
                    "{fname} got multiple values for keyword argument '{}'",
                    pystr::as_str(k)
                );
            } else {
                raise_type_error("keywords must be strings");
            }
            decref(k);
            return -1;
        }
        let val = protocol::get_item(v, k);
        if val.is_null() || dict::set_item(d, k, val) < 0 {
            crate::object::xdecref(val);
            decref(k);
            return -1;
        }
        decref(val);
        decref(k);
    }
    0
}

fn mapping_keys(v: Value, func: Value) -> Option<Vec<Value>> {
    if dict::is_dict(v) {
        return Some(
            dict::items_vec(v)
                .into_iter()
                .map(|(k, val)| {
                    decref(val);
                    k
                })
                .collect(),
        );
    }
    let keys = match crate::ops::attr::lookup_attr(v, crate::id!(keys)) {
        Ok(Some(m)) => {
            let r = crate::call::vectorcall::call(m, &[], Value::NULL);
            decref(m);
            r
        }
        Ok(None) => {
            let fname = super::calls::func_display_name(func);
            crate::type_error!(
                "{fname} argument after ** must be a mapping, not {}",
                type_name(v)
            );
            return None;
        }
        Err(()) => return None,
    };
    if keys.is_null() {
        return None;
    }
    let r = protocol::sequence_to_vec(keys);
    decref(keys);
    r
}

/// `FORMAT_VALUE`: convert (`conv` 1 str, 2 repr, 3 ascii) then format
/// with `spec` (a str, or null for none).
pub fn format_value(v: Value, conv: u32, spec: Value) -> Value {
    let converted = match conv {
        1 => protocol::str_of(v),
        2 => protocol::repr(v),
        3 => crate::builtins::text::ascii_of(v),
        _ => new_ref(v),
    };
    if converted.is_null() {
        return converted;
    }
    if spec.is_null() && pystr::is_exact_str(converted) {
        return converted;
    }
    let r = format_object(converted, spec);
    decref(converted);
    r
}

/// `format(v, spec)` (spec a str, or null for "").
pub fn format_object(v: Value, spec: Value) -> Value {
    let spec_text = if spec.is_null() {
        ""
    } else {
        pystr::as_str(spec)
    };
    let native = pystr::is_str(v) || int::is_int(v) || float::is_float(v);
    if !native || crate::builtins::core::defined_in_python(v, crate::id!(__format__)) {
        let s = if spec.is_null() {
            pystr::new_str("")
        } else {
            new_ref(spec)
        };
        let r = crate::call::vectorcall::call_method(v, crate::id!(__format__), &[s]);
        decref(s);
        if !r.is_null() && !pystr::is_str(r) {
            let n = type_name(r);
            decref(r);
            return crate::type_error!("__format__ must return a str, not {n}");
        }
        return r;
    }
    // The built-in `__format__`s answer an empty spec with `str(self)`,
    // which a subclass (or bool) may define differently.
    if spec_text.is_empty()
        && !(pystr::is_exact_str(v) || int::is_exact_int(v) || float::is_exact_float(v))
    {
        return protocol::str_of(v);
    }
    let res = if pystr::is_str(v) {
        crate::text::format_spec::format_str(pystr::as_str(v), spec_text)
    } else if let Some(iv) = int::int_val(v) {
        crate::text::format_spec::format_int(
            &iv.to_big(),
            spec_text,
            type_name(v),
            int::convert::max_str_digits(),
        )
    } else if float::is_float(v) {
        crate::text::format_spec::format_float(float::float_value(v), spec_text, type_name(v))
    } else if spec_text.is_empty() {
        return protocol::str_of(v);
    } else {
        return crate::type_error!(
            "unsupported format string passed to {}.__format__",
            type_name(v)
        );
    };
    match res {
        Ok(s) => pystr::from_string(s),
        Err(e) => raise_alg(e),
    }
}

/// `BUILD_SET`: a new set of `items` (stolen), inserted in order.
pub fn build_set(items: Vec<Value>) -> Value {
    crate::objects::set::set_from_vec(items)
}

/// `SET_ADD`: add `v` (borrowed) to the set `s`.
pub fn set_add(s: Value, v: Value) -> i32 {
    crate::objects::set::add(s, v)
}

/// `SET_UPDATE`: add every member of the iterable `v` to the set `s`.
pub fn set_update(s: Value, v: Value) -> i32 {
    crate::objects::set::update(s, v)
}
