//! `int.to_bytes(length=1, byteorder='big', *, signed=False)` and the
//! class method `int.from_bytes(bytes, byteorder='big', *, signed=False)`
//! (CPython 3.11 signatures and messages); the byte algorithms are
//! `crate::num::int::{to_bytes, from_bytes}`.

use super::*;
use crate::errors::*;
use crate::objects::bytes;
use crate::objects::str::args::{bind_kw, ssize_arg, KwSpec};

/// The `byteorder` argument (null = 'big'): true for little-endian.
fn byteorder(v: Value, fname: &str) -> Result<bool, ()> {
    if v.is_null() {
        return Ok(false);
    }
    if !crate::objects::str::is_str(v) {
        let t = if crate::objects::singletons::is_none(v) {
            "None"
        } else {
            type_name(v)
        };
        crate::type_error!("{fname}() argument 'byteorder' must be str, not {t}");
        return Err(());
    }
    crate::num::int::parse_byteorder(crate::objects::str::as_str(v)).map_err(|e| {
        raise_alg(e);
    })
}

/// The `signed` flag (null = False), by truth value.
fn signed_flag(v: Value) -> Result<bool, ()> {
    if v.is_null() {
        return Ok(false);
    }
    match crate::ops::protocol::is_true(v) {
        -1 => Err(()),
        t => Ok(t == 1),
    }
}

pub(super) unsafe fn int_to_bytes(v: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 3];
    let names = ["length", "byteorder", "signed"];
    if bind_kw(
        &KwSpec {
            fname: "to_bytes",
            names: &names,
            kwonly_from: 2,
            min: 0,
        },
        args,
        nargs,
        kw,
        &mut out,
    )
    .is_err()
    {
        return Value::NULL;
    }
    let length = if out[0].is_null() {
        1
    } else {
        match ssize_arg(out[0]) {
            Ok(n) => n,
            Err(()) => return Value::NULL,
        }
    };
    let (Ok(little), Ok(signed)) = (byteorder(out[1], "to_bytes"), signed_flag(out[2])) else {
        return Value::NULL;
    };
    let Some(x) = int_val(v) else {
        return Value::NULL;
    };
    match crate::num::int::to_bytes(&x.to_big(), length, little, signed) {
        Ok(data) => bytes::new_bytes(data),
        Err(e) => raise_alg(e),
    }
}

/// The bytes of `from_bytes`'s source: a buffer, or an iterable of ints
/// (`bytes(x)` semantics without the int-count and str forms).
fn source_bytes(src: Value) -> Result<Vec<u8>, ()> {
    if bytes::is_byteslike(src) {
        return Ok(bytes::as_bytes(src).to_vec());
    }
    // SAFETY: slot read on a live value's type.
    let iterable = unsafe {
        let t = type_of(src);
        (*t).tp_iter.is_some() || (*t).sq.sq_item.is_some()
    };
    if crate::objects::str::is_str(src) || is_int(src) || !iterable {
        crate::type_error!("cannot convert '{}' object to bytes", type_name(src));
        return Err(());
    }
    bytes::bytes_from_source(src, false)
}

/// `int.from_bytes(...)`; for an int subclass, `cls(value)`.
pub(super) unsafe fn int_from_bytes(
    cls: Value,
    args: *const Value,
    nargs: usize,
    kw: Value,
) -> Value {
    let mut out = [Value::NULL; 3];
    let names = ["bytes", "byteorder", "signed"];
    if bind_kw(
        &KwSpec {
            fname: "from_bytes",
            names: &names,
            kwonly_from: 2,
            min: 1,
        },
        args,
        nargs,
        kw,
        &mut out,
    )
    .is_err()
    {
        return Value::NULL;
    }
    let (Ok(little), Ok(signed)) = (byteorder(out[1], "from_bytes"), signed_flag(out[2])) else {
        return Value::NULL;
    };
    let Ok(data) = source_bytes(out[0]) else {
        return Value::NULL;
    };
    let r = from_bigint(crate::num::int::from_bytes(&data, little, signed));
    if r.is_null() || cls.as_obj() as *mut TypeObject == INT_TYPE.ptr() {
        return r;
    }
    let obj = crate::call::vectorcall::call(cls, &[r], Value::NULL);
    crate::object::decref(r);
    obj
}
