//! `cell`: the box shared by a function that defines a variable and the
//! closures that use it. `contents` is an owned reference, or null when the
//! variable is unbound.

use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::refcount::clear_slot;
use crate::object::{new_ref, xincref, Object, Static, Value};
use crate::objects::str as pystr;
use crate::types::typeobject::*;

#[repr(C)]
pub struct CellObject {
    pub ob: Object,
    pub contents: Value,
}

pub static CELL_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_dealloc: Some(cell_dealloc),
    tp_traverse: Some(cell_traverse),
    tp_clear: Some(cell_clear),
    tp_repr: Some(cell_repr),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    getsets: CELL_GETSETS,
    ..TypeObject::new_static("cell", std::mem::size_of::<CellObject>(), TPFLAGS_HAVE_GC)
});

/// New cell holding `v` (borrowed, may be null). New reference.
pub fn new_cell(v: Value) -> Value {
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(CELL_TYPE.ptr(), std::mem::size_of::<CellObject>());
        if o.is_null() {
            return Value::NULL;
        }
        xincref(v);
        (*(o as *mut CellObject)).contents = v;
        gc::track(o);
        Value::from_obj(o)
    }
}

#[inline(always)]
pub fn is_cell(v: Value) -> bool {
    v.is_ptr() && type_of(v) == CELL_TYPE.ptr()
}

/// The cell's contents (borrowed, null when empty).
#[inline(always)]
pub fn get(c: Value) -> Value {
    // SAFETY: c is a cell.
    unsafe { (*c.cast::<CellObject>()).contents }
}

/// Replace the contents by `v` (stolen, may be null).
#[inline(always)]
pub fn set(c: Value, v: Value) {
    // SAFETY: c is a cell.
    unsafe { crate::object::refcount::xsetref(&mut (*c.cast::<CellObject>()).contents, v) }
}

unsafe fn cell_dealloc(o: *mut Object) {
    gc::untrack(o);
    clear_slot(&mut (*(o as *mut CellObject)).contents);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn cell_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    visit_value((*(o as *mut CellObject)).contents, visit, arg)
}

unsafe fn cell_clear(o: *mut Object) -> i32 {
    clear_slot(&mut (*(o as *mut CellObject)).contents);
    0
}

unsafe fn cell_repr(v: Value) -> Value {
    let c = get(v);
    if c.is_null() {
        pystr::from_string(format!("<cell at {:#x}: empty>", v.0))
    } else {
        pystr::from_string(format!(
            "<cell at {:#x}: {} object at {:#x}>",
            v.0,
            type_name(c),
            c.0
        ))
    }
}

unsafe fn get_contents(v: Value) -> Value {
    let c = get(v);
    if c.is_null() {
        return crate::errors::raise_value_error("Cell is empty");
    }
    new_ref(c)
}

unsafe fn set_contents(v: Value, x: Value) -> i32 {
    xincref(x);
    set(v, x);
    0
}

static CELL_GETSETS: &[crate::call::descr::GetSetDef] = &[crate::call::descr::GetSetDef {
    name: "cell_contents",
    get: get_contents,
    set: Some(set_contents),
    doc: "",
}];
