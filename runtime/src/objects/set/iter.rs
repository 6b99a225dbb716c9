//! `set_iterator`: walks a set's table in slot order (CPython's order).
//! It remembers the set's size when created and raises
//! `RuntimeError("Set changed size during iteration")` if it changes.
//! The set is released once the iterator is exhausted.

use super::*;

#[repr(C)]
pub struct SetIterObject {
    pub ob: Object,
    pub set: Value,
    pub pos: usize,
    pub used: usize,
}

pub static SET_ITER_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_iter: Some(crate::ops::protocol::iter_self),
    tp_iternext: Some(set_iter_next),
    tp_dealloc: Some(setiter_dealloc),
    tp_traverse: Some(setiter_traverse),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    ..TypeObject::new_static(
        "set_iterator",
        std::mem::size_of::<SetIterObject>(),
        TPFLAGS_HAVE_GC,
    )
});

/// `iter(s)` (new reference).
pub(super) unsafe fn set_iter(s: Value) -> Value {
    let o = alloc_object(SET_ITER_TYPE.ptr(), std::mem::size_of::<SetIterObject>());
    if o.is_null() {
        return Value::NULL;
    }
    let it = o as *mut SetIterObject;
    (*it).set = new_ref(s);
    (*it).pos = 0;
    (*it).used = len(s);
    gc::track(o);
    Value::from_obj(o)
}

unsafe fn set_iter_next(v: Value) -> Value {
    let it = v.cast::<SetIterObject>();
    let s = (*it).set;
    if s.is_null() {
        return Value::NULL;
    }
    if len(s) != (*it).used {
        (*it).used = usize::MAX;
        return raise_runtime_error("Set changed size during iteration");
    }
    match table(s).next_from((*it).pos) {
        Some((next, k, _)) => {
            (*it).pos = next;
            new_ref(k.0)
        }
        None => {
            (*it).set = Value::NULL;
            decref(s);
            Value::NULL
        }
    }
}

unsafe fn setiter_dealloc(o: *mut Object) {
    gc::untrack(o);
    let it = o as *mut SetIterObject;
    crate::object::xdecref((*it).set);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn setiter_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    visit_value((*(o as *mut SetIterObject)).set, visit, arg)
}
