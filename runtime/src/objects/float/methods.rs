//! The methods and attributes registered in `float`'s dict (CPython
//! 3.11's set): as_integer_ratio, is_integer, hex, conjugate, `__round__`,
//! `__trunc__`/`__floor__`/`__ceil__`, `__getnewargs__`, `__format__`,
//! the class methods `fromhex` and `__getformat__`, and the read-only
//! attributes real/imag. The algorithms are `crate::num::float`'s.

use super::*;
use crate::call::builtin::{MethodDef, MethodImpl};
use crate::call::descr::GetSetDef;
use crate::errors::*;
use crate::objects::int::from_bigint;
use crate::objects::str::args::{check_clinic, ssize_clamped};

/// `float(self)` as an exact float (new reference).
unsafe fn exact(v: Value) -> Value {
    if type_of(v) == FLOAT_TYPE.ptr() {
        crate::object::new_ref(v)
    } else {
        new_float(float_value(v))
    }
}

unsafe fn get_zero(_v: Value) -> Value {
    new_float(0.0)
}

/// An int from a pure conversion (new reference or null with the error).
fn int_result(r: crate::num::error::AlgResult<num_bigint::BigInt>) -> Value {
    match r {
        Ok(b) => from_bigint(b),
        Err(e) => raise_alg(e),
    }
}

unsafe fn float_trunc(v: Value) -> Value {
    int_result(crate::num::int::f64_to_int(float_value(v)))
}

unsafe fn float_floor(v: Value) -> Value {
    int_result(crate::num::int::f64_to_int(float_value(v).floor()))
}

unsafe fn float_ceil(v: Value) -> Value {
    int_result(crate::num::int::f64_to_int(float_value(v).ceil()))
}

/// `__round__(ndigits=None, /)`: an int without ndigits, else a float
/// correctly rounded to ndigits decimal places.
unsafe fn float_round(v: Value, args: &[Value]) -> Value {
    if check_clinic("__round__", args.len(), 0, 1).is_err() {
        return Value::NULL;
    }
    let x = float_value(v);
    match args.first() {
        Some(&nd) if !crate::objects::singletons::is_none(nd) => {
            let Ok(n) = ssize_clamped(nd) else {
                return Value::NULL;
            };
            match crate::num::float::float_round(x, n) {
                Ok(r) => new_float(r),
                Err(e) => raise_alg(e),
            }
        }
        _ => int_result(crate::num::float::float_round_to_int(x)),
    }
}

unsafe fn float_is_integer(v: Value) -> Value {
    crate::objects::bool::from_bool(crate::num::float::float_is_integer(float_value(v)))
}

unsafe fn float_as_integer_ratio(v: Value) -> Value {
    match crate::num::float::float_as_integer_ratio(float_value(v)) {
        Ok((n, d)) => crate::objects::tuple::tuple_pack_steal(&[from_bigint(n), from_bigint(d)]),
        Err(e) => raise_alg(e),
    }
}

unsafe fn float_hex(v: Value) -> Value {
    crate::objects::str::from_string(crate::num::float::float_hex(float_value(v)))
}

unsafe fn float_getnewargs(v: Value) -> Value {
    crate::objects::tuple::tuple_pack_steal(&[exact(v)])
}

/// `float.fromhex(string)`: for a subclass, `cls(result)`.
unsafe fn float_fromhex(cls: Value, s: Value) -> Value {
    if !crate::objects::str::is_str(s) {
        return raise_type_error("bad argument type for built-in operation");
    }
    let x = match crate::num::float::float_fromhex(crate::objects::str::as_str(s)) {
        Ok(x) => x,
        Err(e) => return raise_alg(e),
    };
    let f = new_float(x);
    if f.is_null() || cls.as_obj() as *mut TypeObject == FLOAT_TYPE.ptr() {
        return f;
    }
    let r = crate::call::vectorcall::call(cls, &[f], Value::NULL);
    crate::object::decref(f);
    r
}

/// `float.__getformat__(typestr)`.
unsafe fn float_getformat(_cls: Value, t: Value) -> Value {
    if !crate::objects::str::is_str(t) {
        return crate::type_error!("__getformat__() argument must be str, not {}", type_name(t));
    }
    match crate::objects::str::as_str(t) {
        "double" | "float" => crate::objects::str::new_str(if cfg!(target_endian = "little") {
            "IEEE, little-endian"
        } else {
            "IEEE, big-endian"
        }),
        _ => raise_value_error("__getformat__() argument 1 must be 'double' or 'float'"),
    }
}

pub(super) static FLOAT_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "conjugate",
        imp: MethodImpl::NoArgs(exact),
        doc: "Return self, the complex conjugate of any float.",
    },
    MethodDef {
        name: "__trunc__",
        imp: MethodImpl::NoArgs(float_trunc),
        doc: "Return the Integral closest to x between 0 and x.",
    },
    MethodDef {
        name: "__floor__",
        imp: MethodImpl::NoArgs(float_floor),
        doc: "Return the floor as an Integral.",
    },
    MethodDef {
        name: "__ceil__",
        imp: MethodImpl::NoArgs(float_ceil),
        doc: "Return the ceiling as an Integral.",
    },
    MethodDef {
        name: "__round__",
        imp: MethodImpl::Fast(float_round),
        doc: "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits).",
    },
    MethodDef {
        name: "as_integer_ratio",
        imp: MethodImpl::NoArgs(float_as_integer_ratio),
        doc: "Return integer ratio.",
    },
    MethodDef {
        name: "is_integer",
        imp: MethodImpl::NoArgs(float_is_integer),
        doc: "Return True if the float is an integer.",
    },
    MethodDef {
        name: "hex",
        imp: MethodImpl::NoArgs(float_hex),
        doc: "Return a hexadecimal representation of a floating-point number.",
    },
    MethodDef {
        name: "__getnewargs__",
        imp: MethodImpl::NoArgs(float_getnewargs),
        doc: "",
    },
    MethodDef {
        name: "__format__",
        imp: MethodImpl::O(repr::float_format),
        doc: "Formats the float according to format_spec.",
    },
];

pub(super) static FLOAT_CLASSMETHODS: &[MethodDef] = &[
    MethodDef {
        name: "fromhex",
        imp: MethodImpl::O(float_fromhex),
        doc: "Create a floating-point number from a hexadecimal string.",
    },
    MethodDef {
        name: "__getformat__",
        imp: MethodImpl::O(float_getformat),
        doc: "You probably don't want to use this function.",
    },
];

pub(super) static FLOAT_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "real",
        get: exact,
        set: None,
        doc: "the real part of a complex number",
    },
    GetSetDef {
        name: "imag",
        get: get_zero,
        set: None,
        doc: "the imaginary part of a complex number",
    },
];
