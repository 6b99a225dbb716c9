//! Index-based iterators over sequences: `tuple_iterator`, `list_iterator`
//! and `list_reverseiterator` (direct item access, re-checking the length
//! each step because lists may change while iterated) and the generic
//! `iterator` over any object with `__getitem__` (stops at IndexError or
//! StopIteration).
//!
//! The iterator owns its sequence until exhaustion, then drops it (so an
//! exhausted iterator stays exhausted, as in CPython).

use crate::errors;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::{new_ref, Object, Static, Value};
use crate::objects::{list, tuple};
use crate::types::typeobject::*;

#[repr(C)]
pub struct SeqIterObject {
    pub ob: Object,
    pub seq: Value,
    pub index: usize,
}

macro_rules! seq_iter_type {
    ($name:ident, $pyname:literal, $next:ident, $methods:expr) => {
        pub static $name: Static<TypeObject> = Static::new(TypeObject {
            methods: $methods,
            tp_iter: Some(crate::ops::protocol::iter_self),
            tp_iternext: Some($next),
            tp_dealloc: Some(seqiter_dealloc),
            tp_traverse: Some(seqiter_traverse),
            tp_clear: Some(seqiter_clear),
            tp_getattro: Some(crate::ops::attr::generic_getattr),
            ..TypeObject::new_static(
                $pyname,
                std::mem::size_of::<SeqIterObject>(),
                TPFLAGS_HAVE_GC,
            )
        });
    };
}

seq_iter_type!(
    TUPLE_ITER_TYPE,
    "tuple_iterator",
    tuple_iter_next,
    SIZED_ITER_METHODS
);
seq_iter_type!(
    LIST_ITER_TYPE,
    "list_iterator",
    list_iter_next,
    SIZED_ITER_METHODS
);
seq_iter_type!(SEQ_ITER_TYPE, "iterator", generic_iter_next, &[]);
seq_iter_type!(
    LIST_REVITER_TYPE,
    "list_reverseiterator",
    list_reviter_next,
    REVERSE_ITER_METHODS
);

/// `reversed(list)` / `list.__reversed__()`: `index` holds the next
/// position plus one (0 once exhausted).
pub unsafe fn list_reverse_iter(l: Value) -> Value {
    let o = alloc_object(
        LIST_REVITER_TYPE.ptr(),
        std::mem::size_of::<SeqIterObject>(),
    );
    if o.is_null() {
        return Value::NULL;
    }
    let it = o as *mut SeqIterObject;
    (*it).seq = new_ref(l);
    (*it).index = list::len(l);
    gc::track(o);
    Value::from_obj(o)
}

unsafe fn list_reviter_next(v: Value) -> Value {
    let it = v.cast::<SeqIterObject>();
    let seq = (*it).seq;
    if seq.is_null() {
        return Value::NULL;
    }
    let i = (*it).index;
    if i > 0 && i <= list::len(seq) {
        (*it).index = i - 1;
        return new_ref(list::as_slice(seq)[i - 1]);
    }
    (*it).index = 0;
    finish(it)
}

unsafe fn reverse_length_hint(v: Value) -> Value {
    let it = v.cast::<SeqIterObject>();
    let seq = (*it).seq;
    let n = if seq.is_null() || list::len(seq) < (*it).index {
        0
    } else {
        (*it).index
    };
    crate::objects::int::from_i64(n as i64)
}

static REVERSE_ITER_METHODS: &[crate::call::builtin::MethodDef] =
    &[crate::call::builtin::MethodDef {
        name: "__length_hint__",
        imp: crate::call::builtin::MethodImpl::NoArgs(reverse_length_hint),
        doc: "Private method returning an estimate of len(list(it)).",
    }];

/// `__length_hint__` of tuple/list iterators: items left (0 once exhausted).
unsafe fn sized_iter_length_hint(v: Value) -> Value {
    let it = v.cast::<SeqIterObject>();
    let seq = (*it).seq;
    let len = if seq.is_null() {
        0
    } else if tuple::is_tuple(seq) {
        tuple::as_slice(seq).len()
    } else {
        list::len(seq)
    };
    crate::objects::int::from_i64(len.saturating_sub((*it).index) as i64)
}

static SIZED_ITER_METHODS: &[crate::call::builtin::MethodDef] =
    &[crate::call::builtin::MethodDef {
        name: "__length_hint__",
        imp: crate::call::builtin::MethodImpl::NoArgs(sized_iter_length_hint),
        doc: "Private method returning an estimate of len(list(it)).",
    }];

/// `iter(seq)` for tuple, list, or any `__getitem__` sequence (new ref).
pub unsafe fn seq_iter(seq: Value) -> Value {
    let ty = if tuple::is_tuple(seq) {
        TUPLE_ITER_TYPE.ptr()
    } else if list::is_list(seq) {
        LIST_ITER_TYPE.ptr()
    } else {
        SEQ_ITER_TYPE.ptr()
    };
    let o = alloc_object(ty, std::mem::size_of::<SeqIterObject>());
    if o.is_null() {
        return Value::NULL;
    }
    let it = o as *mut SeqIterObject;
    (*it).seq = new_ref(seq);
    (*it).index = 0;
    gc::track(o);
    Value::from_obj(o)
}

unsafe fn finish(it: *mut SeqIterObject) -> Value {
    crate::object::refcount::clear_slot(&mut (*it).seq);
    Value::NULL
}

unsafe fn tuple_iter_next(v: Value) -> Value {
    let it = v.cast::<SeqIterObject>();
    let seq = (*it).seq;
    if seq.is_null() {
        return Value::NULL;
    }
    let items = tuple::as_slice(seq);
    if (*it).index < items.len() {
        (*it).index += 1;
        return new_ref(items[(*it).index - 1]);
    }
    finish(it)
}

unsafe fn list_iter_next(v: Value) -> Value {
    let it = v.cast::<SeqIterObject>();
    let seq = (*it).seq;
    if seq.is_null() {
        return Value::NULL;
    }
    let items = list::as_slice(seq);
    if (*it).index < items.len() {
        (*it).index += 1;
        return new_ref(items[(*it).index - 1]);
    }
    finish(it)
}

unsafe fn generic_iter_next(v: Value) -> Value {
    let it = v.cast::<SeqIterObject>();
    let seq = (*it).seq;
    if seq.is_null() {
        return Value::NULL;
    }
    let key = crate::objects::int::from_i64((*it).index as i64);
    let r = crate::ops::protocol::get_item(seq, key);
    if r.is_null() {
        if errors::matches(crate::errors::exceptions::INDEX_ERROR.ptr())
            || errors::matches(crate::errors::exceptions::STOP_ITERATION.ptr())
        {
            errors::clear();
            return finish(it);
        }
        return Value::NULL;
    }
    (*it).index += 1;
    r
}

unsafe fn seqiter_dealloc(o: *mut Object) {
    gc::untrack(o);
    crate::object::xdecref((*(o as *mut SeqIterObject)).seq);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn seqiter_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    visit_value((*(o as *mut SeqIterObject)).seq, visit, arg)
}

unsafe fn seqiter_clear(o: *mut Object) -> i32 {
    crate::object::refcount::clear_slot(&mut (*(o as *mut SeqIterObject)).seq);
    0
}
