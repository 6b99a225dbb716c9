//! `bool`: a subclass of int with exactly two immortal instances, `True`
//! and `False`, stored in statics. Arithmetic is inherited from int (the int
//! slots read a bool's value through `int::int_val`); `&`, `|`, `^` between
//! bools stay bool, as in CPython.

use crate::object::{Object, Static, Value};
use crate::objects::int::{self, int_val};
use crate::types::slots::{BinOp, NumberSlots};
use crate::types::typeobject::*;

/// Layout of `True`/`False`.
#[repr(C)]
pub struct BoolObject {
    pub ob: Object,
    pub value: u64,
}

#[export_name = "pyrt_type_bool"]
pub static BOOL_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(bool_repr),
    tp_new: Some(bool_new),
    base: int::INT_TYPE.ptr(),
    nb: NumberSlots {
        binary: {
            let mut t = int::arith::INT_NUMBER_SLOTS.binary;
            t[BinOp::And as usize] = Some(bool_and);
            t[BinOp::Or as usize] = Some(bool_or);
            t[BinOp::Xor as usize] = Some(bool_xor);
            t
        },
        ..int::arith::INT_NUMBER_SLOTS
    },
    ..TypeObject::new_static(
        "bool",
        std::mem::size_of::<BoolObject>(),
        TPFLAGS_LONG_SUBCLASS | TPFLAGS_IMMUTABLETYPE,
    )
});

#[export_name = "pyrt_True"]
pub static TRUE: Static<BoolObject> = Static::new(BoolObject {
    ob: Object::immortal(BOOL_TYPE.ptr()),
    value: 1,
});
#[export_name = "pyrt_False"]
pub static FALSE: Static<BoolObject> = Static::new(BoolObject {
    ob: Object::immortal(BOOL_TYPE.ptr()),
    value: 0,
});

#[inline(always)]
pub fn true_value() -> Value {
    Value::from_obj(TRUE.ptr())
}
#[inline(always)]
pub fn false_value() -> Value {
    Value::from_obj(FALSE.ptr())
}

/// `True` or `False` (immortal; no incref needed).
#[inline(always)]
pub fn from_bool(b: bool) -> Value {
    if b {
        true_value()
    } else {
        false_value()
    }
}

/// The value of a bool object (`v` must be True or False).
#[inline(always)]
pub fn bool_value(v: Value) -> bool {
    v == true_value()
}

#[inline(always)]
pub fn is_bool(v: Value) -> bool {
    v == true_value() || v == false_value()
}

unsafe fn bool_repr(v: Value) -> Value {
    crate::objects::str::intern(if bool_value(v) { "True" } else { "False" })
}

unsafe fn bool_new(_: *mut TypeObject, args: *const Value, nargs: usize, kwnames: Value) -> Value {
    if !kwnames.is_null() && crate::objects::tuple::len(kwnames) != 0 {
        return crate::errors::raise_type_error("bool() takes no keyword arguments");
    }
    if nargs > 1 {
        return crate::type_error!("bool expected at most 1 argument, got {nargs}");
    }
    if nargs == 0 {
        return false_value();
    }
    match crate::ops::protocol::is_true(*args) {
        r if r < 0 => Value::NULL,
        r => from_bool(r == 1),
    }
}

macro_rules! bool_bitop {
    ($name:ident, $op:tt, $idx:expr) => {
        unsafe fn $name(a: Value, b: Value) -> Value {
            if is_bool(a) && is_bool(b) {
                return from_bool(bool_value(a) $op bool_value(b));
            }
            match int::arith::INT_NUMBER_SLOTS.binary[$idx as usize] {
                Some(f) if int_val(a).is_some() && int_val(b).is_some() => f(a, b),
                _ => crate::objects::singletons::not_implemented(),
            }
        }
    };
}
bool_bitop!(bool_and, &, BinOp::And);
bool_bitop!(bool_or, |, BinOp::Or);
bool_bitop!(bool_xor, ^, BinOp::Xor);
