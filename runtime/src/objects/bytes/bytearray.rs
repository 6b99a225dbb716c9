//! `bytearray` mutation: item and slice assignment/deletion, `+=`/`*=`,
//! and the mutating methods (`append`, `extend`, `insert`, `pop`,
//! `remove`, `reverse`, `clear`, `copy`), with CPython's messages.

use super::*;
use crate::objects::singletons::none;

pub(super) unsafe fn bytearray_new_slot(
    ty: *mut TypeObject,
    _args: *const Value,
    _nargs: usize,
    _kwnames: Value,
) -> Value {
    new_of_type(ty, Vec::new())
}

/// `bytearray.__init__(source=b'', encoding=None, errors=None)`.
pub(super) unsafe fn bytearray_init(s: Value, args: *const Value, nargs: usize, kw: Value) -> i32 {
    match constructor_data("bytearray", args, nargs, kw) {
        Ok(v) => {
            *vec_of(s) = v;
            0
        }
        Err(()) => -1,
    }
}

fn norm(i: isize, n: usize) -> Option<usize> {
    let i = if i < 0 { i + n as isize } else { i };
    if i < 0 || i as usize >= n {
        None
    } else {
        Some(i as usize)
    }
}

pub(super) unsafe fn ass_item(s: Value, i: isize, value: Value) -> i32 {
    // The value is checked before the index, as CPython does.
    let byte = if value.is_null() {
        None
    } else {
        match byte_of(value) {
            Ok(b) => Some(b),
            Err(()) => return -1,
        }
    };
    let n = vec_of(s).len();
    let Some(k) = norm(i, n) else {
        raise_index_error("bytearray index out of range");
        return -1;
    };
    match byte {
        None => {
            vec_of(s).remove(k);
        }
        Some(b) => vec_of(s)[k] = b,
    }
    0
}

pub(super) unsafe fn ass_subscript(s: Value, key: Value, value: Value) -> i32 {
    if !crate::objects::slice::is_slice(key) {
        return match crate::objects::int::index_value(key) {
            Some(Ok(i)) => ass_item(s, i, value),
            Some(Err(())) => -1,
            None => {
                crate::type_error!(
                    "bytearray indices must be integers or slices, not {}",
                    type_name(key)
                );
                -1
            }
        };
    }
    let n = vec_of(s).len();
    let (start, stop, step) = match crate::objects::slice::unpack(key) {
        Ok(x) => x,
        Err(()) => return -1,
    };
    let (start, stop, count) = crate::objects::slice::adjust(n as isize, start, stop, step);
    if value.is_null() {
        let mut idx: Vec<usize> = (0..count)
            .map(|k| (start + k as isize * step) as usize)
            .collect();
        idx.sort_unstable();
        let v = vec_of(s);
        for &i in idx.iter().rev() {
            v.remove(i);
        }
        return 0;
    }
    let data: Vec<u8> = if is_byteslike(value) {
        as_bytes(value).to_vec()
    } else if pystr::is_str(value) || {
        // Numbers and text are refused outright, as CPython does.
        let nb = &(*type_of(value)).nb;
        nb.nb_index.is_some()
            || nb.nb_int.is_some()
            || nb.nb_float.is_some()
            || crate::objects::complex::is_complex(value)
    } {
        crate::type_error!("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    } else {
        match bytes_from_source(value, true) {
            Ok(v) => v,
            Err(()) => return -1,
        }
    };
    let v = vec_of(s);
    if step == 1 {
        let lo = start.max(0) as usize;
        let hi = (stop.max(start)).max(0) as usize;
        v.splice(lo..hi.min(v.len()).max(lo), data);
        return 0;
    }
    if data.len() != count {
        crate::value_error!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            data.len(),
            count
        );
        return -1;
    }
    for (k, b) in data.into_iter().enumerate() {
        v[(start + k as isize * step) as usize] = b;
    }
    0
}

pub(super) unsafe fn inplace_concat(s: Value, b: Value) -> Value {
    if !is_byteslike(b) {
        return crate::type_error!("can't concat {} to {}", type_name(b), type_name(s));
    }
    let extra = as_bytes(b).to_vec();
    vec_of(s).extend_from_slice(&extra);
    new_ref(s)
}

pub(super) unsafe fn inplace_repeat(s: Value, n: isize) -> Value {
    match repeat_vec(as_bytes(s), n) {
        Some(v) => {
            *vec_of(s) = v;
            new_ref(s)
        }
        None => raise_memory_error(),
    }
}

pub(super) unsafe fn m_append(s: Value, x: Value) -> Value {
    match byte_of(x) {
        Ok(b) => {
            vec_of(s).push(b);
            none()
        }
        Err(()) => Value::NULL,
    }
}

pub(super) unsafe fn m_extend(s: Value, x: Value) -> Value {
    if pystr::is_str(x) {
        // CPython iterates the str and fails on its first character.
        if pystr::as_str(x).is_empty() {
            return none();
        }
        return raise_type_error("'str' object cannot be interpreted as an integer");
    }
    let data = if is_byteslike(x) {
        as_bytes(x).to_vec()
    } else if !super::memoryview::is_memoryview(x) && {
        // Not iterable: CPython names the type.
        let it = crate::ops::protocol::get_iter(x);
        if it.is_null() {
            true
        } else {
            crate::object::decref(it);
            false
        }
    } {
        if matches(crate::errors::exceptions::TYPE_ERROR.ptr()) {
            clear();
            return crate::type_error!("can't extend bytearray with {}", type_name(x));
        }
        return Value::NULL;
    } else {
        match bytes_from_source(x, true) {
            Ok(v) => v,
            Err(()) => return Value::NULL,
        }
    };
    vec_of(s).extend_from_slice(&data);
    none()
}

pub(super) unsafe fn m_insert(s: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("insert expected 2 arguments, got {}", args.len());
    }
    let i = match crate::objects::int::index_value(args[0]) {
        Some(Ok(i)) => i,
        Some(Err(())) => return Value::NULL,
        None => {
            return crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(args[0])
            )
        }
    };
    let b = match byte_of(args[1]) {
        Ok(b) => b,
        Err(()) => return Value::NULL,
    };
    let v = vec_of(s);
    let n = v.len() as isize;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(pos as usize, b);
    none()
}

pub(super) unsafe fn m_pop(s: Value, args: &[Value]) -> Value {
    if args.len() > 1 {
        return crate::type_error!("pop expected at most 1 argument, got {}", args.len());
    }
    let i = match args.first() {
        None => -1,
        Some(&a) => match crate::objects::int::index_value(a) {
            Some(Ok(i)) => i,
            Some(Err(())) => return Value::NULL,
            None => {
                return crate::type_error!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(a)
                )
            }
        },
    };
    let v = vec_of(s);
    if v.is_empty() {
        return raise_index_error("pop from empty bytearray");
    }
    match norm(i, v.len()) {
        Some(k) => crate::objects::int::from_i64(v.remove(k) as i64),
        None => raise_index_error("pop index out of range"),
    }
}

pub(super) unsafe fn m_remove(s: Value, x: Value) -> Value {
    let b = match byte_of(x) {
        Ok(b) => b,
        Err(()) => return Value::NULL,
    };
    let v = vec_of(s);
    match v.iter().position(|&c| c == b) {
        Some(k) => {
            v.remove(k);
            none()
        }
        None => raise_value_error("value not found in bytearray"),
    }
}

pub(super) unsafe fn m_reverse(s: Value) -> Value {
    vec_of(s).reverse();
    none()
}

pub(super) unsafe fn m_clear(s: Value) -> Value {
    vec_of(s).clear();
    none()
}

pub(super) unsafe fn m_copy(s: Value) -> Value {
    new_bytearray(as_bytes(s).to_vec())
}
