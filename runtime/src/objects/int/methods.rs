//! The methods and attributes registered in `int`'s dict (CPython 3.11's
//! set): bit_length, bit_count, as_integer_ratio, conjugate, `__round__`,
//! `__trunc__`/`__floor__`/`__ceil__`, `__getnewargs__`, `__format__`, and
//! the read-only attributes real/imag/numerator/denominator. (The numeric
//! dunders come from the number slots; `to_bytes`/`from_bytes` are in
//! `bytes_conv.rs`.)
//!
//! Every method also serves bool and int subclasses; results are always
//! exact ints (`True.real` is `1`).

use super::*;
use crate::call::builtin::{MethodDef, MethodImpl};
use crate::call::descr::GetSetDef;
use crate::objects::str::args::{check_clinic, ssize_arg};

/// `int(self)` as an exact int (new reference).
unsafe fn exact(v: Value) -> Value {
    arith::int_pos(v)
}

unsafe fn big_of(v: Value) -> BigInt {
    int_val(v)
        .map(|x| x.to_big().into_owned())
        .unwrap_or_default()
}

unsafe fn int_bit_length(v: Value) -> Value {
    match int_val(v) {
        Some(IntVal::Small(i)) => from_u64(64 - i.unsigned_abs().leading_zeros() as u64),
        Some(IntVal::Big(b)) => from_u64(crate::num::int::bit_length(b)),
        None => Value::NULL,
    }
}

unsafe fn int_bit_count(v: Value) -> Value {
    match int_val(v) {
        Some(IntVal::Small(i)) => from_u64(i.unsigned_abs().count_ones() as u64),
        Some(IntVal::Big(b)) => from_u64(crate::num::int::bit_count(b)),
        None => Value::NULL,
    }
}

unsafe fn int_as_integer_ratio(v: Value) -> Value {
    crate::objects::tuple::tuple_pack_steal(&[exact(v), from_i64(1)])
}

unsafe fn int_getnewargs(v: Value) -> Value {
    crate::objects::tuple::tuple_pack_steal(&[exact(v)])
}

/// `__round__(ndigits=<absent>, /)`: rounds to a multiple of
/// `10**-ndigits`, ties to even, for negative ndigits.
unsafe fn int_round(v: Value, args: &[Value]) -> Value {
    if check_clinic("__round__", args.len(), 0, 1).is_err() {
        return Value::NULL;
    }
    let Some(&nd) = args.first() else {
        return exact(v);
    };
    let ndigits = match int_val(nd) {
        Some(x) => x.to_big().into_owned(),
        None => match ssize_arg(nd) {
            Ok(i) => BigInt::from(i),
            Err(()) => return Value::NULL,
        },
    };
    from_bigint(crate::num::int::round_int(&big_of(v), &ndigits))
}

unsafe fn get_zero(_v: Value) -> Value {
    from_i64(0)
}

unsafe fn get_one(_v: Value) -> Value {
    from_i64(1)
}

pub(super) static INT_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "bit_length",
        imp: MethodImpl::NoArgs(int_bit_length),
        doc: "Number of bits necessary to represent self in binary.",
    },
    MethodDef {
        name: "bit_count",
        imp: MethodImpl::NoArgs(int_bit_count),
        doc: "Number of ones in the binary representation of the absolute value of self.",
    },
    MethodDef {
        name: "as_integer_ratio",
        imp: MethodImpl::NoArgs(int_as_integer_ratio),
        doc: "Return integer ratio.",
    },
    MethodDef {
        name: "conjugate",
        imp: MethodImpl::NoArgs(exact),
        doc: "Returns self, the complex conjugate of any int.",
    },
    MethodDef {
        name: "__trunc__",
        imp: MethodImpl::NoArgs(exact),
        doc: "Truncating an Integral returns itself.",
    },
    MethodDef {
        name: "__floor__",
        imp: MethodImpl::NoArgs(exact),
        doc: "Flooring an Integral returns itself.",
    },
    MethodDef {
        name: "__ceil__",
        imp: MethodImpl::NoArgs(exact),
        doc: "Ceiling of an Integral returns itself.",
    },
    MethodDef {
        name: "__round__",
        imp: MethodImpl::Fast(int_round),
        doc: "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer.",
    },
    MethodDef {
        name: "to_bytes",
        imp: MethodImpl::FastKw(super::bytes_conv::int_to_bytes),
        doc: "Return an array of bytes representing an integer.",
    },
    MethodDef {
        name: "__getnewargs__",
        imp: MethodImpl::NoArgs(int_getnewargs),
        doc: "",
    },
    MethodDef {
        name: "__format__",
        imp: MethodImpl::O(convert::int_format),
        doc: "Convert to a string according to format_spec.",
    },
];

pub(super) static INT_CLASSMETHODS: &[MethodDef] = &[MethodDef {
    name: "from_bytes",
    imp: MethodImpl::FastKw(super::bytes_conv::int_from_bytes),
    doc: "Return the integer represented by the given array of bytes.",
}];

pub(super) static INT_GETSETS: &[GetSetDef] = &[
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
    GetSetDef {
        name: "numerator",
        get: exact,
        set: None,
        doc: "the numerator of a rational number in lowest terms",
    },
    GetSetDef {
        name: "denominator",
        get: get_one,
        set: None,
        doc: "the denominator of a rational number in lowest terms",
    },
];
