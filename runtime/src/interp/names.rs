//! Name resolution for the name opcodes: `LOAD_NAME` (locals, globals,
//! builtins), `LOAD_GLOBAL` (globals, builtins), `STORE_NAME` /
//! `DELETE_NAME` on the frame's local namespace, cell and free variables
//! in class bodies, and the errors CPython raises for unbound names.

use crate::errors::exceptions::{NAME_ERROR, UNBOUND_LOCAL_ERROR};
use crate::errors::*;
use crate::object::{new_ref, Value};
use crate::objects::code::CodeData;
use crate::objects::frame::{self, FrameObject};
use crate::objects::{cell, dict, str as pystr};

/// Raise NameError("name 'x' is not defined") with `.name` set.
pub fn name_error(name: Value) -> Value {
    raise_with_name(
        NAME_ERROR.ptr(),
        &format!("name '{}' is not defined", pystr::as_str(name)),
        name,
    )
}

/// Raise `ty(msg, name=name)` (NameError and subclasses).
fn raise_with_name(ty: *mut crate::types::typeobject::TypeObject, msg: &str, name: Value) -> Value {
    let m = pystr::new_str(msg);
    if m.is_null() {
        return m;
    }
    let kw = crate::objects::tuple::tuple_pack(&[crate::id!(name)]);
    if kw.is_null() {
        crate::object::decref(m);
        return kw;
    }
    let e = crate::call::vectorcall::call(Value::from_obj(ty), &[m, name], kw);
    crate::object::decref(m);
    crate::object::decref(kw);
    if !e.is_null() {
        set_exception(e);
    }
    Value::NULL
}

/// Raise UnboundLocalError for localsplus slot `i`.
pub fn unbound_local(c: &CodeData, i: usize) {
    let n = c.localsplus_names[i];
    let name = pystr::as_str(n);
    raise_with_name(
        UNBOUND_LOCAL_ERROR.ptr(),
        &format!("cannot access local variable '{name}' where it is not associated with a value"),
        n,
    );
}

/// Raise the error for an empty cell in localsplus slot `i`.
pub fn unbound_deref(c: &CodeData, i: usize) {
    if i < c.free_start {
        unbound_local(c, i);
    } else {
        let n = c.localsplus_names[i];
        let name = pystr::as_str(n);
        raise_with_name(
            NAME_ERROR.ptr(),
            &format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
            n,
        );
    }
}

/// Look `name` up in a namespace that may be any mapping. Ok(None) when
/// absent; the value is a new reference.
unsafe fn mapping_get(ns: Value, name: Value) -> Result<Option<Value>, ()> {
    if dict::is_exact_dict(ns) {
        return dict::get_item(ns, name).map(|o| o.map(new_ref));
    }
    let r = crate::ops::protocol::get_item(ns, name);
    if r.is_null() {
        if matches(crate::errors::exceptions::KEY_ERROR.ptr()) {
            clear();
            return Ok(None);
        }
        return Err(());
    }
    Ok(Some(r))
}

/// `LOAD_NAME` (new reference or null).
pub unsafe fn load_name(f: *mut FrameObject, name: Value) -> Value {
    let locals = (*f).locals;
    if !locals.is_null() {
        match mapping_get(locals, name) {
            Ok(Some(v)) => return v,
            Ok(None) => {}
            Err(()) => return Value::NULL,
        }
    }
    load_global(f, name)
}

/// `LOAD_GLOBAL` (new reference or null).
#[inline]
pub unsafe fn load_global(f: *mut FrameObject, name: Value) -> Value {
    match dict::get_item((*f).globals, name) {
        Ok(Some(v)) => return new_ref(v),
        Ok(None) => {}
        Err(()) => return Value::NULL,
    }
    match mapping_get((*f).builtins, name) {
        Ok(Some(v)) => v,
        Ok(None) => name_error(name),
        Err(()) => Value::NULL,
    }
}

/// A builtin by name (`LOAD_BUILD_CLASS`).
pub unsafe fn load_builtin(f: *mut FrameObject, name: Value) -> Value {
    match mapping_get((*f).builtins, name) {
        Ok(Some(v)) => v,
        Ok(None) => raise_name_error(format!("{} not found", pystr::as_str(name))),
        Err(()) => Value::NULL,
    }
}

/// `STORE_NAME`: 0 or -1.
pub unsafe fn store_name(f: *mut FrameObject, name: Value, v: Value) -> i32 {
    let locals = (*f).locals;
    if locals.is_null() {
        raise_system_error(format!(
            "no locals found when storing '{}'",
            pystr::as_str(name)
        ));
        return -1;
    }
    if dict::is_exact_dict(locals) {
        dict::set_item(locals, name, v)
    } else {
        crate::ops::protocol::set_item(locals, name, v)
    }
}

/// `DELETE_NAME`: 0 or -1.
pub unsafe fn delete_name(f: *mut FrameObject, name: Value) -> i32 {
    let locals = (*f).locals;
    if locals.is_null() {
        raise_system_error(format!("no locals when deleting '{}'", pystr::as_str(name)));
        return -1;
    }
    let r = if dict::is_exact_dict(locals) {
        dict::del_item(locals, name)
    } else {
        crate::ops::protocol::set_item(locals, name, Value::NULL)
    };
    if r < 0 && matches(crate::errors::exceptions::KEY_ERROR.ptr()) {
        clear();
        name_error(name);
    }
    r
}

/// `DELETE_GLOBAL`: 0 or -1.
pub unsafe fn delete_global(f: *mut FrameObject, name: Value) -> i32 {
    let r = dict::del_item((*f).globals, name);
    if r < 0 && matches(crate::errors::exceptions::KEY_ERROR.ptr()) {
        clear();
        name_error(name);
    }
    r
}

/// `LOAD_CLASSDEREF`: the class namespace first, then the cell.
pub unsafe fn load_classderef(f: *mut FrameObject, c: &CodeData, i: usize) -> Value {
    let name = c.localsplus_names[i];
    let locals = (*f).locals;
    if !locals.is_null() {
        match mapping_get(locals, name) {
            Ok(Some(v)) => return v,
            Ok(None) => {}
            Err(()) => return Value::NULL,
        }
    }
    let cl = *frame::slots(f).add(i);
    let v = cell::get(cl);
    if v.is_null() {
        unbound_deref(c, i);
        return Value::NULL;
    }
    new_ref(v)
}

/// `SETUP_ANNOTATIONS`: 0 or -1.
pub unsafe fn setup_annotations(f: *mut FrameObject) -> i32 {
    let locals = (*f).locals;
    if locals.is_null() {
        raise_system_error("no locals found when setting up annotations");
        return -1;
    }
    let key = crate::id!(__annotations__);
    match mapping_get(locals, key) {
        Ok(Some(v)) => {
            crate::object::decref(v);
            0
        }
        Ok(None) => {
            let d = dict::dict_new();
            if d.is_null() {
                return -1;
            }
            let r = store_name(f, key, d);
            crate::object::decref(d);
            r
        }
        Err(()) => -1,
    }
}
