//! `float`: IEEE-754 doubles in a heap `FloatObject`.
//!
//! Arithmetic accepts float or int operands (ints convert exactly or raise
//! OverflowError as CPython), with CPython's floor-division/modulo sign
//! rules and error messages; comparisons between floats and ints are exact
//! (see `compare.rs`); `repr` is the shortest round-trip form with CPython's
//! switch to exponent notation below 1e-4 and from 1e16 (`repr.rs`).

pub mod arith;
pub mod compare;
pub mod methods;
pub mod repr;

use crate::object::alloc::alloc_object;
use crate::object::{Object, Static, Value};
use crate::types::typeobject::*;

pub use arith::float_pow_values;

#[repr(C)]
pub struct FloatObject {
    pub ob: Object,
    pub value: f64,
}

#[export_name = "pyrt_type_float"]
pub static FLOAT_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(repr::float_repr),
    tp_hash: Some(float_hash),
    tp_richcompare: Some(compare::float_richcompare),
    tp_new: Some(arith::float_new),
    nb: arith::FLOAT_NUMBER_SLOTS,
    methods: methods::FLOAT_METHODS,
    classmethods: methods::FLOAT_CLASSMETHODS,
    getsets: methods::FLOAT_GETSETS,
    doc: Some("Convert a string or number to a floating point number, if possible."),
    ..TypeObject::new_static(
        "float",
        std::mem::size_of::<FloatObject>(),
        TPFLAGS_BASETYPE | TPFLAGS_IMMUTABLETYPE,
    )
});

/// New float (new reference; null on MemoryError).
#[inline]
pub fn new_float(f: f64) -> Value {
    new_float_of_type(FLOAT_TYPE.ptr(), f)
}

/// New instance of `ty` (float or a subclass) holding `f`.
pub fn new_float_of_type(ty: *const TypeObject, f: f64) -> Value {
    // SAFETY: ty's layout starts with FloatObject.
    unsafe {
        let size = (*ty).basicsize.max(std::mem::size_of::<FloatObject>());
        let o = alloc_object(ty, size);
        if o.is_null() {
            return Value::NULL;
        }
        (*(o as *mut FloatObject)).value = f;
        Value::from_obj(o)
    }
}

/// Whether `v` is a float (or subclass).
#[inline(always)]
pub fn is_float(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), FLOAT_TYPE.ptr())
}

/// Whether `v` is exactly a float (not a subclass instance).
#[inline(always)]
pub fn is_exact_float(v: Value) -> bool {
    v.is_ptr() && type_of(v) == FLOAT_TYPE.ptr()
}

/// The value of a float object (`v` must be a float).
#[inline(always)]
pub fn float_value(v: Value) -> f64 {
    // SAFETY: v is a float.
    unsafe { (*v.cast::<FloatObject>()).value }
}

unsafe fn float_hash(v: Value) -> isize {
    match crate::objects::hash::hash_f64(float_value(v)) {
        Some(h) => h,
        None => crate::objects::hash::hash_pointer(v.0 as usize),
    }
}
