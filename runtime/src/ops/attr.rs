//! Attribute access: the generic `object.__getattribute__` /
//! `object.__setattr__` algorithms and the dispatching entry points.
//!
//! Lookup order, exactly CPython's `_PyObject_GenericGetAttrWithDict`:
//! 1. look the name up on the type's MRO (`types::lookup::type_lookup`,
//!    served by the per-type-version method cache);
//! 2. if found and its type defines both `__get__` and `__set__`/`__delete__`
//!    (a *data* descriptor), call its `__get__`;
//! 3. else the instance `__dict__` entry, if any;
//! 4. else a non-data descriptor's `__get__`, or the class attribute itself;
//! 5. else AttributeError. (`__getattr__` is a separate hook: types that
//!    define it get a `tp_getattro` wrapping this function.)

use crate::errors::*;
use crate::object::{decref, new_ref, Value};
use crate::objects::{dict, str as pystr};
use crate::types::lookup::type_lookup;
use crate::types::typeobject::*;

/// Pointer to the instance `__dict__` slot of `obj`, or None when its type
/// has no instance dicts.
#[inline]
pub fn instance_dict_slot(obj: Value) -> Option<*mut Value> {
    if !obj.is_ptr() {
        return None;
    }
    let ty = type_of(obj);
    // SAFETY: dictoffset lies within the object's allocation.
    unsafe {
        let off = (*ty).dictoffset;
        if off == 0 {
            return None;
        }
        let base = obj.as_obj() as *mut u8;
        if (*ty).itemsize == 0 {
            Some(base.add(off) as *mut Value)
        } else {
            // Variable-size instances: the subclass fields follow the items;
            // the item count is the word at offset 16.
            let n = *(base.add(16) as *const usize);
            let solid = solid_var_base(ty);
            Some(base.add(var_tail(solid, n) + (off - (*solid).basicsize)) as *mut Value)
        }
    }
}

/// Offset where subclass fields start in a variable-size instance of solid
/// base `solid` holding `n` items: after the items plus at least one byte
/// (str's trailing NUL), rounded up to a word.
#[inline]
unsafe fn var_tail(solid: *mut TypeObject, n: usize) -> usize {
    ((*solid).basicsize + n * (*solid).itemsize + 1 + 7) & !7
}

/// Allocation size of an instance of the variable-size type `ty` (a
/// built-in variable-size type or a subclass of one) holding `n` items.
pub fn var_instance_size(ty: *mut TypeObject, n: usize) -> usize {
    // SAFETY: valid type.
    unsafe {
        let solid = solid_var_base(ty);
        if solid == ty {
            return (*ty).basicsize + n * (*ty).itemsize + 1;
        }
        var_tail(solid, n) + ((*ty).basicsize - (*solid).basicsize)
    }
}

/// The built-in variable-size type at the base of `ty`'s layout.
unsafe fn solid_var_base(ty: *mut TypeObject) -> *mut TypeObject {
    let mut t = ty;
    while !(*t).base.is_null() && (*(*t).base).itemsize != 0 {
        t = (*t).base;
    }
    t
}

/// The instance dict of `obj` (borrowed), creating it on first use; null
/// when the type has no instance dicts (no exception set) or on MemoryError
/// (exception set).
pub fn instance_dict(obj: Value) -> Value {
    let Some(slot) = instance_dict_slot(obj) else {
        return Value::NULL;
    };
    // SAFETY: slot is the dict pointer of a live object.
    unsafe {
        if (*slot).is_null() {
            *slot = dict::dict_new();
        }
        *slot
    }
}

#[inline]
fn check_name(name: Value) -> bool {
    if pystr::is_str(name) {
        return true;
    }
    crate::type_error!("attribute name must be string, not '{}'", type_name(name));
    false
}

/// Raise CPython's AttributeError for a missing instance attribute.
pub fn raise_no_attribute(obj: Value, name: Value) -> Value {
    raise_attribute_error(format!(
        "'{}' object has no attribute '{}'",
        type_name(obj),
        pystr::as_str(name)
    ))
}

/// `object.__getattribute__(obj, name)`.
pub unsafe fn generic_getattr(obj: Value, name: Value) -> Value {
    if !check_name(name) {
        return Value::NULL;
    }
    let ty = type_of(obj);
    let descr = type_lookup(ty, name);
    let mut getter = None;
    if !descr.is_null() {
        crate::object::incref(descr);
        let dt = type_of(descr);
        getter = (*dt).tp_descr_get;
        if let Some(g) = getter {
            if (*dt).tp_descr_set.is_some() {
                let r = g(descr, obj, Value::from_obj(ty));
                decref(descr);
                return r;
            }
        }
    }
    if let Some(slot) = instance_dict_slot(obj) {
        let d = *slot;
        if !d.is_null() {
            crate::object::incref(d);
            let found = dict::get_item(d, name);
            decref(d);
            match found {
                Ok(Some(v)) => {
                    crate::object::xdecref(descr);
                    return new_ref(v);
                }
                Ok(None) => {}
                Err(()) => {
                    crate::object::xdecref(descr);
                    return Value::NULL;
                }
            }
        }
    }
    if let Some(g) = getter {
        let r = g(descr, obj, Value::from_obj(ty));
        decref(descr);
        return r;
    }
    if !descr.is_null() {
        return descr;
    }
    raise_no_attribute(obj, name)
}

/// `object.__setattr__(obj, name, value)`; `value` null deletes.
pub unsafe fn generic_setattr(obj: Value, name: Value, value: Value) -> i32 {
    if !check_name(name) {
        return -1;
    }
    let ty = type_of(obj);
    let descr = type_lookup(ty, name);
    if !descr.is_null() {
        if let Some(set) = (*type_of(descr)).tp_descr_set {
            crate::object::incref(descr);
            let r = set(descr, obj, value);
            decref(descr);
            return r;
        }
    }
    let Some(slot) = instance_dict_slot(obj) else {
        if descr.is_null() {
            raise_no_attribute(obj, name);
        } else {
            raise_attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                (*ty).name(),
                pystr::as_str(name)
            ));
        }
        return -1;
    };
    if value.is_null() {
        let d = *slot;
        if d.is_null() {
            raise_no_attribute(obj, name);
            return -1;
        }
        let r = dict::del_item(d, name);
        if r < 0 && matches(crate::errors::exceptions::KEY_ERROR.ptr()) {
            clear();
            raise_no_attribute(obj, name);
        }
        return r;
    }
    if (*slot).is_null() {
        let d = dict::dict_new();
        if d.is_null() {
            return -1;
        }
        *slot = d;
    }
    dict::set_item(*slot, name, value)
}

/// `getattr(obj, name)` (new reference or null).
#[inline]
pub fn get_attr(obj: Value, name: Value) -> Value {
    let ty = type_of(obj);
    // SAFETY: slot call.
    unsafe {
        match (*ty).tp_getattro {
            Some(f) => f(obj, name),
            None => generic_getattr(obj, name),
        }
    }
}

/// After a failed attribute read of `obj.name`: when the pending error is
/// an AttributeError that does not say which attribute failed, record
/// `name` and `obj` on it (CPython does this for every failed getattr;
/// the traceback's "Did you mean" hint reads them).
#[cold]
pub fn set_attribute_error_context(obj: Value, name: Value) {
    let e = crate::errors::current();
    if e.is_null()
        || !crate::errors::exceptions::is_exception(e)
        || !is_subtype(type_of(e), crate::errors::exceptions::ATTRIBUTE_ERROR.ptr())
    {
        return;
    }
    let d = instance_dict(e);
    if d.is_null() {
        crate::errors::clear();
        return;
    }
    let unset = |k: &str| dict::get_str(d, k).is_none_or(crate::objects::singletons::is_none);
    if unset("name") && unset("obj") {
        dict::set_str(d, "name", name);
        dict::set_str(d, "obj", obj);
    }
}

/// `getattr(obj, "name")` with a Rust name (interned).
pub fn get_attr_str(obj: Value, name: &str) -> Value {
    let n = pystr::intern(name);
    if n.is_null() {
        return n;
    }
    get_attr(obj, n)
}

/// `setattr(obj, name, value)`, or `delattr` when `value` is null.
pub fn set_attr(obj: Value, name: Value, value: Value) -> i32 {
    let ty = type_of(obj);
    // SAFETY: slot call.
    unsafe {
        match (*ty).tp_setattro {
            Some(f) => f(obj, name, value),
            None => {
                if !check_name(name) {
                    return -1;
                }
                let what = if value.is_null() { "del" } else { "assign to" };
                let kind = if type_lookup(ty, name).is_null() {
                    "no attributes"
                } else {
                    "only read-only attributes"
                };
                crate::type_error!(
                    "'{}' object has {kind} ({what} .{})",
                    (*ty).name(),
                    pystr::as_str(name)
                );
                -1
            }
        }
    }
}

/// Like `get_attr` but a missing attribute is `Ok(None)` instead of an
/// AttributeError (other errors are `Err`).
pub fn lookup_attr(obj: Value, name: Value) -> Result<Option<Value>, ()> {
    let r = get_attr(obj, name);
    if !r.is_null() {
        return Ok(Some(r));
    }
    if matches(crate::errors::exceptions::ATTRIBUTE_ERROR.ptr()) {
        clear();
        return Ok(None);
    }
    Err(())
}

/// LOAD_METHOD support: look `name` up on `obj` without creating a bound
/// method when the class attribute is a plain function-like descriptor
/// (`TPFLAGS_METHOD_DESCRIPTOR`) not shadowed by the instance dict.
/// Returns `(callable, true)` meaning "call callable(obj, *args)", or
/// `(value, false)` meaning "call value(*args)"; null on error.
pub fn get_method(obj: Value, name: Value) -> (Value, bool) {
    let ty = type_of(obj);
    // SAFETY: slot and table accesses on live objects.
    unsafe {
        if (*ty).tp_getattro.map(|f| f as usize)
            != Some(generic_getattr as crate::types::slots::GetattroFn as usize)
            || !pystr::is_str(name)
        {
            return (get_attr(obj, name), false);
        }
        let descr = type_lookup(ty, name);
        if !descr.is_null() && (*type_of(descr)).has_flag(TPFLAGS_METHOD_DESCRIPTOR) {
            let shadowed = match instance_dict_slot(obj) {
                Some(slot) if !(*slot).is_null() => {
                    matches!(dict::get_item(*slot, name), Ok(Some(_)))
                }
                _ => false,
            };
            if !shadowed {
                return (new_ref(descr), true);
            }
        }
        (generic_getattr(obj, name), false)
    }
}
