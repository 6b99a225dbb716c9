//! `bytes_iterator` / `bytearray_iterator`: yield the bytes as ints. The
//! iterator owns its object until exhausted, then drops it; a bytearray
//! that shrinks while iterated simply ends the iteration early.

use super::*;
use crate::object::gc::{self, visit_value, VisitFn};

#[repr(C)]
pub struct BytesIterObject {
    pub ob: Object,
    pub seq: Value,
    pub index: usize,
}

macro_rules! iter_type {
    ($name:ident, $py:literal) => {
        pub static $name: Static<TypeObject> = Static::new(TypeObject {
            tp_iter: Some(crate::ops::protocol::iter_self),
            tp_iternext: Some(iter_next),
            tp_dealloc: Some(iter_dealloc),
            tp_traverse: Some(iter_traverse),
            tp_getattro: Some(crate::ops::attr::generic_getattr),
            ..TypeObject::new_static($py, std::mem::size_of::<BytesIterObject>(), TPFLAGS_HAVE_GC)
        });
    };
}
iter_type!(BYTES_ITER_TYPE, "bytes_iterator");
iter_type!(BYTEARRAY_ITER_TYPE, "bytearray_iterator");

/// `iter(b)` (new reference).
pub(super) unsafe fn bytes_iter(v: Value) -> Value {
    let ty = if is_bytearray(v) {
        BYTEARRAY_ITER_TYPE.ptr()
    } else {
        BYTES_ITER_TYPE.ptr()
    };
    let o = alloc_object(ty, std::mem::size_of::<BytesIterObject>());
    if o.is_null() {
        return Value::NULL;
    }
    let it = o as *mut BytesIterObject;
    (*it).seq = new_ref(v);
    (*it).index = 0;
    gc::track(o);
    Value::from_obj(o)
}

unsafe fn iter_next(v: Value) -> Value {
    let it = v.cast::<BytesIterObject>();
    let s = (*it).seq;
    if s.is_null() {
        return Value::NULL;
    }
    let d = as_bytes(s);
    if (*it).index < d.len() {
        let b = d[(*it).index];
        (*it).index += 1;
        return int::from_i64(b as i64);
    }
    (*it).seq = Value::NULL;
    decref(s);
    Value::NULL
}

unsafe fn iter_dealloc(o: *mut Object) {
    gc::untrack(o);
    crate::object::xdecref((*(o as *mut BytesIterObject)).seq);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn iter_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    visit_value((*(o as *mut BytesIterObject)).seq, visit, arg)
}
