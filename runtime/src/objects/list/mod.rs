//! `list`: mutable sequences.
//!
//! Layout: GC header, `Object` header, `len`, `cap`, `items` (a separately
//! malloc'd array of `cap` words, owned references in `[0, len)`). Growth
//! over-allocates like CPython (`n + n/8 + 6`, rounded) so appends are
//! amortised O(1). Any operation that may run Python code (comparisons,
//! `__eq__`, decrefs that trigger `__del__`) re-reads `len`/`items`
//! afterwards, because the list can change underneath.

pub mod methods;
pub mod sort;

use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::{decref, incref, xdecref, Object, Static, Value};
use crate::types::slots::{MappingSlots, SequenceSlots};
use crate::types::typeobject::*;

#[repr(C)]
pub struct ListObject {
    pub ob: Object,
    pub len: usize,
    pub cap: usize,
    pub items: *mut Value,
}

#[export_name = "pyrt_type_list"]
pub static LIST_TYPE: Static<TypeObject> = Static::new(TypeObject {
    classmethods: crate::objects::genericalias::CLASS_GETITEM_METHODS,
    tp_repr: Some(methods::list_repr),
    tp_hash: Some(crate::ops::protocol::hash_not_implemented),
    tp_richcompare: Some(methods::list_richcompare),
    tp_iter: Some(crate::objects::seqiter::seq_iter),
    tp_dealloc: Some(list_dealloc),
    tp_traverse: Some(list_traverse),
    tp_clear: Some(list_clear_slot),
    tp_new: Some(methods::list_new_slot),
    tp_init: Some(methods::list_init),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    sq: SequenceSlots {
        sq_length: Some(list_len_slot),
        sq_concat: Some(methods::list_concat),
        sq_repeat: Some(methods::list_repeat),
        sq_item: Some(methods::list_item),
        sq_ass_item: Some(methods::list_ass_item),
        sq_contains: Some(methods::list_contains),
        sq_inplace_concat: Some(methods::list_inplace_concat),
        sq_inplace_repeat: Some(methods::list_inplace_repeat),
    },
    mp: MappingSlots {
        mp_length: Some(list_len_slot),
        mp_subscript: Some(methods::list_subscript),
        mp_ass_subscript: Some(methods::list_ass_subscript),
    },
    methods: methods::LIST_METHODS,
    ..TypeObject::new_static(
        "list",
        std::mem::size_of::<ListObject>(),
        TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_LIST_SUBCLASS,
    )
});

#[inline(always)]
fn obj(v: Value) -> *mut ListObject {
    v.cast::<ListObject>()
}

#[inline(always)]
pub fn is_list(v: Value) -> bool {
    // SAFETY: valid value.
    v.is_ptr() && unsafe { (*type_of(v)).has_flag(TPFLAGS_LIST_SUBCLASS) }
}

#[inline(always)]
pub fn is_exact_list(v: Value) -> bool {
    v.is_ptr() && type_of(v) == LIST_TYPE.ptr()
}

#[inline(always)]
pub fn len(v: Value) -> usize {
    // SAFETY: v is a list.
    unsafe { (*obj(v)).len }
}

/// The items, borrowed. Invalidated by any mutation of the list.
#[inline(always)]
pub fn as_slice<'a>(v: Value) -> &'a [Value] {
    // SAFETY: [0, len) are initialised; items may be null when len == 0.
    unsafe {
        let l = obj(v);
        if (*l).len == 0 {
            &[]
        } else {
            std::slice::from_raw_parts((*l).items, (*l).len)
        }
    }
}

/// New empty list with room for `cap` items (new reference, tracked).
pub fn list_new(cap: usize) -> Value {
    list_new_of_type(LIST_TYPE.ptr(), cap)
}

pub(crate) fn list_new_of_type(ty: *const TypeObject, cap: usize) -> Value {
    // SAFETY: ty's layout starts with ListObject.
    unsafe {
        let o = alloc_object(ty, (*ty).basicsize.max(std::mem::size_of::<ListObject>()));
        if o.is_null() {
            return Value::NULL;
        }
        let l = o as *mut ListObject;
        if cap > 0 {
            let items = libc::malloc(cap * std::mem::size_of::<Value>()) as *mut Value;
            if items.is_null() {
                decref(Value::from_obj(o));
                return raise_memory_error();
            }
            (*l).items = items;
            (*l).cap = cap;
        }
        gc::track(o);
        Value::from_obj(o)
    }
}

/// New list from owned references (stolen).
pub fn list_from_vec(items: Vec<Value>) -> Value {
    let l = list_new(items.len());
    if l.is_null() {
        for v in items {
            decref(v);
        }
        return l;
    }
    // SAFETY: capacity reserved above.
    unsafe {
        std::ptr::copy_nonoverlapping(items.as_ptr(), (*obj(l)).items, items.len());
        (*obj(l)).len = items.len();
    }
    l
}

/// Ensure room for `needed` items. Returns false with MemoryError set.
pub(crate) unsafe fn reserve(v: Value, needed: usize) -> bool {
    let l = obj(v);
    if needed <= (*l).cap {
        return true;
    }
    let new_cap = (needed + (needed >> 3) + 6) & !3;
    if new_cap > isize::MAX as usize / std::mem::size_of::<Value>() {
        raise_memory_error();
        return false;
    }
    let p = libc::realloc(
        (*l).items as *mut libc::c_void,
        new_cap * std::mem::size_of::<Value>(),
    ) as *mut Value;
    if p.is_null() {
        raise_memory_error();
        return false;
    }
    (*l).items = p;
    (*l).cap = new_cap;
    true
}

/// `list.append(item)` (item borrowed). Returns 0, or -1 with MemoryError.
#[inline]
pub fn append(v: Value, item: Value) -> i32 {
    // SAFETY: v is a list.
    unsafe {
        let l = obj(v);
        if (*l).len == (*l).cap && !reserve(v, (*l).len + 1) {
            return -1;
        }
        incref(item);
        *(*l).items.add((*l).len) = item;
        (*l).len += 1;
    }
    0
}

/// Replace the whole contents by `items` (owned, stolen), releasing the old
/// items after the list is consistent again.
pub(crate) unsafe fn replace_contents(v: Value, items: Vec<Value>) -> i32 {
    let l = obj(v);
    let old_items = (*l).items;
    let old_len = (*l).len;
    let n = items.len();
    let p = if n == 0 {
        std::ptr::null_mut()
    } else {
        let p = libc::malloc(n * std::mem::size_of::<Value>()) as *mut Value;
        if p.is_null() {
            for it in items {
                decref(it);
            }
            raise_memory_error();
            return -1;
        }
        std::ptr::copy_nonoverlapping(items.as_ptr(), p, n);
        p
    };
    (*l).items = p;
    (*l).len = n;
    (*l).cap = n;
    for k in 0..old_len {
        decref(*old_items.add(k));
    }
    libc::free(old_items as *mut libc::c_void);
    0
}

unsafe fn list_dealloc(o: *mut Object) {
    gc::untrack(o);
    let l = o as *mut ListObject;
    for k in 0..(*l).len {
        xdecref(*(*l).items.add(k));
    }
    libc::free((*l).items as *mut libc::c_void);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn list_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let l = o as *mut ListObject;
    for k in 0..(*l).len {
        let r = visit_value(*(*l).items.add(k), visit, arg);
        if r != 0 {
            return r;
        }
    }
    0
}

unsafe fn list_clear_slot(o: *mut Object) -> i32 {
    replace_contents(Value::from_obj(o), Vec::new());
    0
}

unsafe fn list_len_slot(v: Value) -> isize {
    len(v) as isize
}
