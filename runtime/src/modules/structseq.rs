//! Named tuples of the `sys` module (`sys.flags`, `sys.float_info`,
//! `sys.int_info`, `sys.hash_info`): static tuple subclasses whose fields are read through
//! getsets, one per position. Invariant: a type's `getsets` list its
//! fields in tuple order, which is what the shared repr relies on.

use crate::call::descr::GetSetDef;
use crate::object::{new_ref, Static, Value};
use crate::objects::bool as pybool;
use crate::objects::float::new_float;
use crate::objects::{int, str as pystr, tuple};
use crate::types::typeobject::*;

/// Item `I` of the tuple (new reference).
unsafe fn field<const I: usize>(v: Value) -> Value {
    new_ref(tuple::as_slice(v)[I])
}

macro_rules! fields {
    ($($i:literal $name:literal),* $(,)?) => {
        &[$(GetSetDef { name: $name, get: field::<$i>, set: None, doc: "" }),*]
    };
}

macro_rules! seq_type {
    ($id:ident, $py:literal, $gs:expr) => {
        pub static $id: Static<TypeObject> = Static::new(TypeObject {
            base: tuple::TUPLE_TYPE.ptr(),
            tp_repr: Some(struct_seq_repr),
            tp_new: None,
            getsets: $gs,
            ..TypeObject::new_static(
                $py,
                tuple::TUPLE_HEADER_SIZE,
                TPFLAGS_HAVE_GC | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_IMMUTABLETYPE,
            )
        });
    };
}

seq_type!(
    FLAGS_TYPE,
    "sys.flags",
    fields!(0 "debug", 1 "inspect", 2 "interactive", 3 "optimize",
        4 "dont_write_bytecode", 5 "no_user_site", 6 "no_site",
        7 "ignore_environment", 8 "verbose", 9 "bytes_warning", 10 "quiet",
        11 "hash_randomization", 12 "isolated", 13 "dev_mode", 14 "utf8_mode",
        15 "warn_default_encoding", 16 "safe_path", 17 "int_max_str_digits")
);
seq_type!(
    FLOAT_INFO_TYPE,
    "sys.float_info",
    fields!(0 "max", 1 "max_exp", 2 "max_10_exp", 3 "min", 4 "min_exp",
        5 "min_10_exp", 6 "dig", 7 "mant_dig", 8 "epsilon", 9 "radix", 10 "rounds")
);
seq_type!(
    INT_INFO_TYPE,
    "sys.int_info",
    fields!(0 "bits_per_digit", 1 "sizeof_digit", 2 "default_max_str_digits",
        3 "str_digits_check_threshold")
);

seq_type!(
    HASH_INFO_TYPE,
    "sys.hash_info",
    fields!(0 "width", 1 "modulus", 2 "inf", 3 "nan", 4 "imag", 5 "algorithm",
        6 "hash_bits", 7 "seed_bits", 8 "cutoff")
);

/// New instance of the struct-sequence type `ty` holding `items` (stolen).
fn new_struct_seq(ty: *mut TypeObject, items: Vec<Value>) -> Value {
    if items.iter().any(|v| v.is_null()) {
        for v in items {
            crate::object::xdecref(v);
        }
        return Value::NULL;
    }
    // SAFETY: tuple layout with `items.len()` slots, filled before escaping.
    unsafe {
        if crate::types::ready::ready_type(ty) < 0 {
            for v in items {
                crate::object::decref(v);
            }
            return Value::NULL;
        }
        let n = items.len();
        let o = crate::object::alloc::alloc_object(
            ty,
            tuple::TUPLE_HEADER_SIZE + n * std::mem::size_of::<Value>(),
        );
        if o.is_null() {
            for v in items {
                crate::object::decref(v);
            }
            return Value::NULL;
        }
        (*(o as *mut tuple::TupleObject)).len = n;
        let v = Value::from_obj(o);
        let p = tuple::items_ptr(v);
        for (k, it) in items.into_iter().enumerate() {
            *p.add(k) = it;
        }
        crate::object::gc::track(o);
        v
    }
}

/// `sys.flags` with CPython's defaults for a plain `python3 script.py`.
pub fn new_flags() -> Value {
    let i = int::from_i64;
    let mut items: Vec<Value> = (0..11).map(|_| i(0)).collect();
    items.push(i(1)); // hash_randomization
    items.push(i(0)); // isolated
    items.push(pybool::from_bool(false)); // dev_mode
    items.push(i(0)); // utf8_mode
    items.push(i(0)); // warn_default_encoding
    items.push(pybool::from_bool(false)); // safe_path
    items.push(i(-1)); // int_max_str_digits
    new_struct_seq(FLAGS_TYPE.ptr(), items)
}

/// `sys.float_info` describing IEEE-754 binary64.
pub fn new_float_info() -> Value {
    let i = int::from_i64;
    new_struct_seq(
        FLOAT_INFO_TYPE.ptr(),
        vec![
            new_float(f64::MAX),
            i(f64::MAX_EXP as i64),
            i(f64::MAX_10_EXP as i64),
            new_float(f64::MIN_POSITIVE),
            i(f64::MIN_EXP as i64),
            i(f64::MIN_10_EXP as i64),
            i(f64::DIGITS as i64),
            i(f64::MANTISSA_DIGITS as i64),
            new_float(f64::EPSILON),
            i(f64::RADIX as i64),
            i(1),
        ],
    )
}

/// `sys.int_info` (values CPython reports on 64-bit builds).
pub fn new_int_info() -> Value {
    let i = int::from_i64;
    new_struct_seq(INT_INFO_TYPE.ptr(), vec![i(30), i(4), i(4300), i(640)])
}

/// `sys.hash_info`: the parameters of the numeric hash (`crate::num::hash`)
/// and of the str hash, as CPython reports them on 64-bit builds.
pub fn new_hash_info() -> Value {
    let i = int::from_i64;
    new_struct_seq(
        HASH_INFO_TYPE.ptr(),
        vec![
            i(64),
            i((1i64 << 61) - 1),
            i(314159),
            i(0),
            i(1000003),
            pystr::new_str("siphash13"),
            i(64),
            i(128),
            i(0),
        ],
    )
}

unsafe fn struct_seq_repr(v: Value) -> Value {
    let ty = type_of(v);
    let mut out = format!("{}(", (*ty).name());
    for (k, (&x, gs)) in tuple::as_slice(v).iter().zip((*ty).getsets).enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        out.push_str(gs.name);
        out.push('=');
        if !crate::ops::protocol::repr_into(x, &mut out) {
            return Value::NULL;
        }
    }
    out.push(')');
    pystr::from_string(out)
}
