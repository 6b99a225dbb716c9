//! `int`: arbitrary-precision integers.
//!
//! Two representations, chosen by magnitude:
//! * tagged small ints in the `Value` word for `[-2^62, 2^62 - 1]` (no
//!   allocation, no refcount);
//! * `IntObject` (a heap `num_bigint::BigInt`) for everything outside that
//!   range. Results are always normalised: a heap object of exact type `int`
//!   never holds a small value (`from_bigint` enforces this).
//!
//! Instances of int subclasses are `IntObject`s of the subclass whatever the
//! value; `bool`'s two instances are static `BoolObject`s (see `bool.rs`).
//! `int_val` hides all of this behind `IntVal`.
//!
//! Fast paths (both operands tagged) never allocate: sums and differences of
//! two 62-bit values cannot overflow an `i64`; products use `checked_mul`;
//! every result goes through `from_i64`, which re-tags or spills to a bigint.

pub mod arith;
pub mod bytes_conv;
pub mod convert;
pub mod methods;

use crate::object::alloc::alloc_object;
use crate::object::{Object, Static, Value};
use crate::types::typeobject::*;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::borrow::Cow;

pub use convert::{index_value, int_repr_string};

/// Heap int: a bigint payload.
#[repr(C)]
pub struct IntObject {
    pub ob: Object,
    pub value: BigInt,
}

#[export_name = "pyrt_type_int"]
pub static INT_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(convert::int_repr),
    tp_hash: Some(int_hash),
    tp_richcompare: Some(arith::int_richcompare),
    tp_dealloc: Some(int_dealloc),
    tp_new: Some(convert::int_new),
    nb: arith::INT_NUMBER_SLOTS,
    methods: methods::INT_METHODS,
    getsets: methods::INT_GETSETS,
    classmethods: methods::INT_CLASSMETHODS,
    doc: Some("int([x]) -> integer\nint(x, base=10) -> integer"),
    ..TypeObject::new_static(
        "int",
        std::mem::size_of::<IntObject>(),
        TPFLAGS_BASETYPE | TPFLAGS_LONG_SUBCLASS | TPFLAGS_IMMUTABLETYPE,
    )
});

/// A borrowed view of an int's value.
#[derive(Clone, Debug)]
pub enum IntVal<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntVal<'_> {
    /// The value as a BigInt (borrowed when already one).
    pub fn to_big(&self) -> Cow<'_, BigInt> {
        match self {
            IntVal::Small(i) => Cow::Owned(BigInt::from(*i)),
            IntVal::Big(b) => Cow::Borrowed(*b),
        }
    }
    /// The value as an i64 when it fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntVal::Small(i) => Some(*i),
            IntVal::Big(b) => b.to_i64(),
        }
    }
    pub fn is_negative(&self) -> bool {
        match self {
            IntVal::Small(i) => *i < 0,
            IntVal::Big(b) => b.is_negative(),
        }
    }
    pub fn is_zero(&self) -> bool {
        match self {
            IntVal::Small(i) => *i == 0,
            IntVal::Big(b) => b.is_zero(),
        }
    }
}

/// Whether `v` is an int (including bool and int subclasses).
#[inline(always)]
pub fn is_int(v: Value) -> bool {
    // SAFETY: valid non-null value.
    v.is_small() || unsafe { (*type_of(v)).has_flag(TPFLAGS_LONG_SUBCLASS) }
}

/// Whether `v` is exactly `int` (small or heap), not bool or a subclass.
#[inline(always)]
pub fn is_exact_int(v: Value) -> bool {
    v.is_small() || type_of(v) == INT_TYPE.ptr()
}

/// The value of an int, or None when `v` is not an int.
#[inline]
pub fn int_val<'a>(v: Value) -> Option<IntVal<'a>> {
    if v.is_small() {
        return Some(IntVal::Small(v.as_small()));
    }
    let ty = type_of(v);
    // SAFETY: ty is v's type; layouts match the flags.
    unsafe {
        if !(*ty).has_flag(TPFLAGS_LONG_SUBCLASS) {
            return None;
        }
        if ty == crate::objects::bool::BOOL_TYPE.ptr() {
            return Some(IntVal::Small(crate::objects::bool::bool_value(v) as i64));
        }
        Some(IntVal::Big(&(*v.cast::<IntObject>()).value))
    }
}

/// New int from an i64 (new reference; null only on MemoryError).
#[inline(always)]
pub fn from_i64(i: i64) -> Value {
    match Value::small(i) {
        Some(v) => v,
        None => new_big(INT_TYPE.ptr(), BigInt::from(i)),
    }
}

/// New int from a u64.
pub fn from_u64(u: u64) -> Value {
    if u <= crate::object::value::SMALL_MAX as u64 {
        Value::small_unchecked(u as i64)
    } else {
        new_big(INT_TYPE.ptr(), BigInt::from(u))
    }
}

/// New int from an i128.
pub fn from_i128(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(v) => from_i64(v),
        Err(_) => new_big(INT_TYPE.ptr(), BigInt::from(i)),
    }
}

/// New int from a BigInt, normalised to a small int when it fits.
pub fn from_bigint(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::small(i) {
            return v;
        }
    }
    new_big(INT_TYPE.ptr(), b)
}

/// Allocate an `IntObject` of type `ty` (int or a subclass) holding `b`,
/// without normalisation (new reference).
pub fn new_big(ty: *const TypeObject, b: BigInt) -> Value {
    // SAFETY: ty's layout starts with IntObject.
    unsafe {
        let size = (*ty).basicsize.max(std::mem::size_of::<IntObject>());
        let o = alloc_object(ty, size);
        if o.is_null() {
            return Value::NULL;
        }
        std::ptr::write(&mut (*(o as *mut IntObject)).value, b);
        Value::from_obj(o)
    }
}

/// The value as an i64 when `v` is an int that fits.
#[inline]
pub fn as_i64(v: Value) -> Option<i64> {
    if v.is_small() {
        return Some(v.as_small());
    }
    int_val(v).and_then(|x| x.to_i64())
}

unsafe fn int_dealloc(o: *mut Object) {
    std::ptr::drop_in_place(&mut (*(o as *mut IntObject)).value);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn int_hash(v: Value) -> isize {
    match int_val(v) {
        Some(IntVal::Small(i)) => crate::objects::hash::hash_i64(i),
        Some(IntVal::Big(b)) => crate::objects::hash::hash_bigint(b),
        None => -1,
    }
}

#[cfg(test)]
mod tests;
