//! The immortal singletons `None`, `NotImplemented` and `Ellipsis` and
//! their types. Each is a bare `Object` header in a static; their `Value`s
//! are the statics' addresses, so identity tests are one compare.

use crate::object::{Object, Static, Value};
use crate::types::typeobject::*;

#[export_name = "pyrt_type_NoneType"]
pub static NONE_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(none_repr),
    tp_new: Some(none_new),
    nb: crate::types::slots::NumberSlots {
        nb_bool: Some(false_bool),
        ..crate::types::slots::NumberSlots::EMPTY
    },
    ..TypeObject::new_static("NoneType", std::mem::size_of::<Object>(), 0)
});

pub static NOT_IMPLEMENTED_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(notimpl_repr),
    tp_new: Some(notimpl_new),
    ..TypeObject::new_static("NotImplementedType", std::mem::size_of::<Object>(), 0)
});

pub static ELLIPSIS_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(ellipsis_repr),
    tp_new: Some(ellipsis_new),
    ..TypeObject::new_static("ellipsis", std::mem::size_of::<Object>(), 0)
});

/// `None`. Exported so native code can reference it as data.
#[export_name = "pyrt_None"]
pub static NONE: Static<Object> = Static::new(Object::immortal(NONE_TYPE.ptr()));
#[export_name = "pyrt_NotImplemented"]
pub static NOT_IMPLEMENTED: Static<Object> =
    Static::new(Object::immortal(NOT_IMPLEMENTED_TYPE.ptr()));
#[export_name = "pyrt_Ellipsis"]
pub static ELLIPSIS: Static<Object> = Static::new(Object::immortal(ELLIPSIS_TYPE.ptr()));

/// `None` (immortal; returning it needs no incref).
#[inline(always)]
pub fn none() -> Value {
    Value::from_obj(NONE.ptr())
}

#[inline(always)]
pub fn is_none(v: Value) -> bool {
    v == none()
}

/// `NotImplemented` (immortal).
#[inline(always)]
pub fn not_implemented() -> Value {
    Value::from_obj(NOT_IMPLEMENTED.ptr())
}

#[inline(always)]
pub fn is_not_implemented(v: Value) -> bool {
    v == not_implemented()
}

/// `Ellipsis` (immortal).
#[inline(always)]
pub fn ellipsis() -> Value {
    Value::from_obj(ELLIPSIS.ptr())
}

unsafe fn none_repr(_: Value) -> Value {
    crate::objects::str::intern("None")
}
unsafe fn notimpl_repr(_: Value) -> Value {
    crate::objects::str::intern("NotImplemented")
}
unsafe fn ellipsis_repr(_: Value) -> Value {
    crate::objects::str::intern("Ellipsis")
}
unsafe fn false_bool(_: Value) -> i32 {
    0
}

unsafe fn no_args(name: &str, nargs: usize, kwnames: Value) -> bool {
    if nargs != 0 || !kwnames.is_null() && crate::objects::tuple::len(kwnames) != 0 {
        crate::type_error!("{name} takes no arguments");
        return false;
    }
    true
}

unsafe fn none_new(_: *mut TypeObject, _a: *const Value, n: usize, kw: Value) -> Value {
    if no_args("NoneType", n, kw) {
        none()
    } else {
        Value::NULL
    }
}
unsafe fn notimpl_new(_: *mut TypeObject, _a: *const Value, n: usize, kw: Value) -> Value {
    if no_args("NotImplementedType", n, kw) {
        not_implemented()
    } else {
        Value::NULL
    }
}
unsafe fn ellipsis_new(_: *mut TypeObject, _a: *const Value, n: usize, kw: Value) -> Value {
    if no_args("ellipsis", n, kw) {
        ellipsis()
    } else {
        Value::NULL
    }
}
