//! `isinstance()` / `issubclass()` semantics: exact-type fast path, tuples
//! of classes (recursively), `__instancecheck__` / `__subclasscheck__` on
//! metaclasses other than `type`, and the `__class__` fallback for objects
//! that report a different class. Results: 1, 0, or -1 with an exception.

use crate::errors::threadstate::with_recursion_guard;
use crate::object::{decref, Value};
use crate::objects::tuple;
use crate::types::lookup::type_lookup_str;
use crate::types::typeobject::*;
use crate::types::typetype::{is_type, TYPE_TYPE};

fn as_type(v: Value) -> *mut TypeObject {
    v.as_obj() as *mut TypeObject
}

/// Call the metaclass hook `name` of `cls` with `arg`, if the metaclass is
/// not exactly `type` and defines it. None when there is no such hook.
fn call_hook(cls: Value, name: &'static str, arg: Value) -> Option<i32> {
    let meta = type_of(cls);
    if meta == TYPE_TYPE.ptr() {
        return None;
    }
    let f = type_lookup_str(meta, name);
    if f.is_null() {
        return None;
    }
    // SAFETY: slot-level call on live objects.
    let r = unsafe { crate::types::slotdefs::generic::call_dunder(cls, name, &[arg]) }?;
    if r.is_null() {
        return Some(-1);
    }
    let t = crate::ops::protocol::is_true(r);
    decref(r);
    Some(t)
}

/// `isinstance(obj, cls)`.
pub fn is_instance(obj: Value, cls: Value) -> i32 {
    if is_type(cls) && type_of(obj) == as_type(cls) {
        return 1;
    }
    if crate::objects::genericalias::is_union(cls) {
        return is_instance(obj, crate::objects::genericalias::alias_args(cls));
    }
    if tuple::is_tuple(cls) {
        return with_recursion_guard(" in __instancecheck__", -1, || {
            for &c in tuple::as_slice(cls) {
                let r = is_instance(obj, c);
                if r != 0 {
                    return r;
                }
            }
            0
        });
    }
    if let Some(r) = call_hook(cls, "__instancecheck__", obj) {
        return r;
    }
    if !is_type(cls) {
        crate::type_error!("isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    if is_subtype(type_of(obj), as_type(cls)) {
        return 1;
    }
    // An object may claim another class through `__class__`.
    match crate::ops::attr::lookup_attr(obj, crate::id!(__class__)) {
        Err(()) => -1,
        Ok(None) => 0,
        Ok(Some(c)) => {
            let r = if is_type(c) && c != Value::from_obj(type_of(obj)) {
                is_subtype(as_type(c), as_type(cls)) as i32
            } else {
                0
            };
            decref(c);
            r
        }
    }
}

/// `issubclass(derived, cls)`.
pub fn is_subclass(derived: Value, cls: Value) -> i32 {
    if is_type(cls) && is_type(derived) && type_of(cls) == TYPE_TYPE.ptr() {
        return is_subtype(as_type(derived), as_type(cls)) as i32;
    }
    if crate::objects::genericalias::is_union(cls) {
        return is_subclass(derived, crate::objects::genericalias::alias_args(cls));
    }
    if tuple::is_tuple(cls) {
        return with_recursion_guard(" in __subclasscheck__", -1, || {
            for &c in tuple::as_slice(cls) {
                let r = is_subclass(derived, c);
                if r != 0 {
                    return r;
                }
            }
            0
        });
    }
    if let Some(r) = call_hook(cls, "__subclasscheck__", derived) {
        return r;
    }
    if !is_type(derived) {
        crate::type_error!("issubclass() arg 1 must be a class");
        return -1;
    }
    if !is_type(cls) {
        crate::type_error!("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    is_subtype(as_type(derived), as_type(cls)) as i32
}
