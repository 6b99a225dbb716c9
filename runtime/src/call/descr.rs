//! `getset_descriptor`: computed attributes of built-in types (a Rust
//! getter and optional setter), stored in the type's dict. They are data
//! descriptors, so they take precedence over the instance dict.

use crate::errors::panic::boundary;
use crate::object::alloc::alloc_object;
use crate::object::{new_ref, Object, Static, Value};
use crate::objects::str as pystr;
use crate::types::typeobject::*;

/// One computed attribute.
pub struct GetSetDef {
    pub name: &'static str,
    /// `get(obj)` -> new reference or null.
    pub get: unsafe fn(Value) -> Value,
    /// `set(obj, value)`; value null = delete. None = read-only.
    pub set: Option<unsafe fn(Value, Value) -> i32>,
    pub doc: &'static str,
}

#[repr(C)]
pub struct GetSetDescrObject {
    pub ob: Object,
    pub def: *const GetSetDef,
    /// The defining type; owned when it is a heap type (static types are
    /// immortal).
    pub owner: *mut TypeObject,
}

unsafe fn getset_dealloc(o: *mut Object) {
    let owner = (*(o as *mut GetSetDescrObject)).owner;
    if (*owner).is_heap_type() {
        crate::object::decref(Value::from_obj(owner));
    }
    crate::object::alloc::free_and_release_type(o);
}

pub static GETSET_DESCR_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(getset_repr),
    tp_descr_get: Some(getset_get),
    tp_descr_set: Some(getset_set),
    tp_dealloc: Some(getset_dealloc),
    ..TypeObject::new_static(
        "getset_descriptor",
        std::mem::size_of::<GetSetDescrObject>(),
        0,
    )
});

/// New descriptor (new reference).
pub fn new_getset(def: &'static GetSetDef, owner: *mut TypeObject) -> Value {
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(
            GETSET_DESCR_TYPE.ptr(),
            std::mem::size_of::<GetSetDescrObject>(),
        );
        if o.is_null() {
            return Value::NULL;
        }
        let d = o as *mut GetSetDescrObject;
        (*d).def = def;
        (*d).owner = owner;
        if (*owner).is_heap_type() {
            crate::object::incref(Value::from_obj(owner));
        }
        Value::from_obj(o)
    }
}

unsafe fn check(d: *mut GetSetDescrObject, obj: Value) -> bool {
    if is_instance_of(obj, (*d).owner) {
        return true;
    }
    crate::type_error!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        (*(*d).def).name,
        (*(*d).owner).name(),
        type_name(obj)
    );
    false
}

unsafe fn getset_get(descr: Value, obj: Value, _ty: Value) -> Value {
    if obj.is_null() {
        return new_ref(descr);
    }
    let d = descr.cast::<GetSetDescrObject>();
    if !check(d, obj) {
        return Value::NULL;
    }
    let get = (*(*d).def).get;
    boundary(|| get(obj))
}

unsafe fn getset_set(descr: Value, obj: Value, value: Value) -> i32 {
    let d = descr.cast::<GetSetDescrObject>();
    if !check(d, obj) {
        return -1;
    }
    match (*(*d).def).set {
        Some(f) => f(obj, value),
        None => {
            crate::errors::raise_attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                (*(*d).def).name,
                (*(*d).owner).name()
            ));
            -1
        }
    }
}

unsafe fn getset_repr(v: Value) -> Value {
    let d = v.cast::<GetSetDescrObject>();
    pystr::from_string(format!(
        "<attribute '{}' of '{}' objects>",
        (*(*d).def).name,
        (*(*d).owner).name()
    ))
}
