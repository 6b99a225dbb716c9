//! dict iterators (`dict_keyiterator`, `dict_valueiterator`,
//! `dict_itemiterator`, their `dict_reverse*` counterparts made by
//! `reversed()`) and views (`dict_keys`, `dict_values`,
//! `dict_items`: length, iteration, containment, repr; the set operations
//! of key/item views come with the set type).
//!
//! An iterator remembers the dict's size when created and raises
//! `RuntimeError("dictionary changed size during iteration")` if it
//! changes, as CPython does.

use super::*;
use crate::object::new_ref;
use crate::objects::tuple;

#[derive(Copy, Clone, PartialEq, Eq)]
#[repr(u32)]
pub enum ViewKind {
    Keys = 0,
    Values = 1,
    Items = 2,
}

#[repr(C)]
pub struct DictIterObject {
    pub ob: Object,
    pub dict: Value,
    pub pos: usize,
    pub used: usize,
    pub kind: ViewKind,
}

#[repr(C)]
pub struct DictViewObject {
    pub ob: Object,
    pub dict: Value,
    pub kind: ViewKind,
}

macro_rules! iter_type {
    ($name:ident, $py:literal) => {
        iter_type!($name, $py, dictiter_next);
    };
    ($name:ident, $py:literal, $next:ident) => {
        pub static $name: Static<TypeObject> = Static::new(TypeObject {
            tp_iter: Some(crate::ops::protocol::iter_self),
            tp_iternext: Some($next),
            tp_dealloc: Some(holder_dealloc),
            tp_traverse: Some(holder_traverse),
            tp_clear: Some(holder_clear),
            tp_getattro: Some(crate::ops::attr::generic_getattr),
            ..TypeObject::new_static($py, std::mem::size_of::<DictIterObject>(), TPFLAGS_HAVE_GC)
        });
    };
}
iter_type!(DICT_KEYITER_TYPE, "dict_keyiterator");
iter_type!(DICT_VALUEITER_TYPE, "dict_valueiterator");
iter_type!(DICT_ITEMITER_TYPE, "dict_itemiterator");
iter_type!(
    DICT_REVKEYITER_TYPE,
    "dict_reversekeyiterator",
    dictiter_prev
);
iter_type!(
    DICT_REVVALUEITER_TYPE,
    "dict_reversevalueiterator",
    dictiter_prev
);
iter_type!(
    DICT_REVITEMITER_TYPE,
    "dict_reverseitemiterator",
    dictiter_prev
);

macro_rules! view_type {
    ($name:ident, $py:literal, $contains:expr, $nb:expr, $cmp:expr, $methods:expr) => {
        pub static $name: Static<TypeObject> = Static::new(TypeObject {
            methods: $methods,
            tp_iter: Some(view_iter),
            tp_repr: Some(view_repr),
            tp_hash: Some(crate::ops::protocol::hash_not_implemented),
            tp_dealloc: Some(holder_dealloc),
            tp_traverse: Some(holder_traverse),
            tp_clear: Some(holder_clear),
            tp_getattro: Some(crate::ops::attr::generic_getattr),
            tp_richcompare: $cmp,
            nb: $nb,
            sq: crate::types::slots::SequenceSlots {
                sq_length: Some(view_len),
                sq_contains: $contains,
                ..crate::types::slots::SequenceSlots::EMPTY
            },
            ..TypeObject::new_static($py, std::mem::size_of::<DictViewObject>(), TPFLAGS_HAVE_GC)
        });
    };
}
view_type!(
    DICT_KEYS_TYPE,
    "dict_keys",
    Some(keys_contains),
    crate::objects::set::views::VIEW_NUMBER_SLOTS,
    Some(crate::objects::set::views::view_richcompare),
    SETLIKE_VIEW_METHODS
);
view_type!(
    DICT_VALUES_TYPE,
    "dict_values",
    None,
    crate::types::slots::NumberSlots::EMPTY,
    None,
    VALUES_VIEW_METHODS
);
view_type!(
    DICT_ITEMS_TYPE,
    "dict_items",
    Some(items_contains),
    crate::objects::set::views::VIEW_NUMBER_SLOTS,
    Some(crate::objects::set::views::view_richcompare),
    SETLIKE_VIEW_METHODS
);

/// `view.__reversed__()`.
unsafe fn m_view_reversed(v: Value) -> Value {
    let view = v.cast::<DictViewObject>();
    new_reverse_iter((*view).dict, (*view).kind)
}

/// Methods of `dict_keys` and `dict_items`.
static SETLIKE_VIEW_METHODS: &[crate::call::builtin::MethodDef] = &[
    crate::call::builtin::MethodDef {
        name: "isdisjoint",
        imp: crate::call::builtin::MethodImpl::O(crate::objects::set::views::m_view_isdisjoint),
        doc: "",
    },
    crate::call::builtin::MethodDef {
        name: "__reversed__",
        imp: crate::call::builtin::MethodImpl::NoArgs(m_view_reversed),
        doc: "",
    },
];

/// Methods of `dict_values`.
static VALUES_VIEW_METHODS: &[crate::call::builtin::MethodDef] =
    &[crate::call::builtin::MethodDef {
        name: "__reversed__",
        imp: crate::call::builtin::MethodImpl::NoArgs(m_view_reversed),
        doc: "",
    }];

/// Reverse iterator over `d` of the given kind (new reference): from the
/// last inserted entry to the first.
pub fn new_reverse_iter(d: Value, kind: ViewKind) -> Value {
    let ty = match kind {
        ViewKind::Keys => DICT_REVKEYITER_TYPE.ptr(),
        ViewKind::Values => DICT_REVVALUEITER_TYPE.ptr(),
        ViewKind::Items => DICT_REVITEMITER_TYPE.ptr(),
    };
    // SAFETY: fresh object of the iterator layout.
    unsafe {
        let o = alloc_object(ty, std::mem::size_of::<DictIterObject>());
        if o.is_null() {
            return Value::NULL;
        }
        let it = o as *mut DictIterObject;
        (*it).dict = new_ref(d);
        (*it).pos = entry_count(d);
        (*it).used = len(d);
        (*it).kind = kind;
        gc::track(o);
        Value::from_obj(o)
    }
}

/// Iterator over `d` of the given kind (new reference).
pub fn new_iter(d: Value, kind: ViewKind) -> Value {
    let ty = match kind {
        ViewKind::Keys => DICT_KEYITER_TYPE.ptr(),
        ViewKind::Values => DICT_VALUEITER_TYPE.ptr(),
        ViewKind::Items => DICT_ITEMITER_TYPE.ptr(),
    };
    // SAFETY: fresh object of the iterator layout.
    unsafe {
        let o = alloc_object(ty, std::mem::size_of::<DictIterObject>());
        if o.is_null() {
            return Value::NULL;
        }
        let it = o as *mut DictIterObject;
        (*it).dict = new_ref(d);
        (*it).pos = 0;
        (*it).used = len(d);
        (*it).kind = kind;
        gc::track(o);
        Value::from_obj(o)
    }
}

/// View of `d` (new reference).
pub fn new_view(d: Value, kind: ViewKind) -> Value {
    let ty = match kind {
        ViewKind::Keys => DICT_KEYS_TYPE.ptr(),
        ViewKind::Values => DICT_VALUES_TYPE.ptr(),
        ViewKind::Items => DICT_ITEMS_TYPE.ptr(),
    };
    // SAFETY: fresh object of the view layout.
    unsafe {
        let o = alloc_object(ty, std::mem::size_of::<DictViewObject>());
        if o.is_null() {
            return Value::NULL;
        }
        let v = o as *mut DictViewObject;
        (*v).dict = new_ref(d);
        (*v).kind = kind;
        gc::track(o);
        Value::from_obj(o)
    }
}

pub(super) unsafe fn dict_iter(d: Value) -> Value {
    new_iter(d, ViewKind::Keys)
}

unsafe fn dictiter_next(v: Value) -> Value {
    let it = v.cast::<DictIterObject>();
    let d = (*it).dict;
    if d.is_null() {
        return Value::NULL;
    }
    if len(d) != (*it).used {
        (*it).used = usize::MAX;
        return raise_runtime_error("dictionary changed size during iteration");
    }
    let mut pos = (*it).pos;
    let r = next_item(d, &mut pos);
    (*it).pos = pos;
    match r {
        None => {
            crate::object::refcount::clear_slot(&mut (*it).dict);
            Value::NULL
        }
        Some((k, val)) => match (*it).kind {
            ViewKind::Keys => new_ref(k),
            ViewKind::Values => new_ref(val),
            ViewKind::Items => tuple::tuple_pack(&[k, val]),
        },
    }
}

unsafe fn dictiter_prev(v: Value) -> Value {
    let it = v.cast::<DictIterObject>();
    let d = (*it).dict;
    if d.is_null() {
        return Value::NULL;
    }
    if len(d) != (*it).used {
        (*it).used = usize::MAX;
        return raise_runtime_error("dictionary changed size during iteration");
    }
    let mut pos = (*it).pos;
    let r = prev_item(d, &mut pos);
    (*it).pos = pos;
    match r {
        None => {
            crate::object::refcount::clear_slot(&mut (*it).dict);
            Value::NULL
        }
        Some((k, val)) => match (*it).kind {
            ViewKind::Keys => new_ref(k),
            ViewKind::Values => new_ref(val),
            ViewKind::Items => tuple::tuple_pack(&[k, val]),
        },
    }
}

unsafe fn view_iter(v: Value) -> Value {
    let view = v.cast::<DictViewObject>();
    new_iter((*view).dict, (*view).kind)
}

unsafe fn view_len(v: Value) -> isize {
    len((*v.cast::<DictViewObject>()).dict) as isize
}

unsafe fn keys_contains(v: Value, key: Value) -> i32 {
    match get_item((*v.cast::<DictViewObject>()).dict, key) {
        Err(()) => -1,
        Ok(r) => r.is_some() as i32,
    }
}

unsafe fn items_contains(v: Value, item: Value) -> i32 {
    if !tuple::is_tuple(item) || tuple::len(item) != 2 {
        return 0;
    }
    let kv = tuple::as_slice(item);
    match get_item((*v.cast::<DictViewObject>()).dict, kv[0]) {
        Err(()) => -1,
        Ok(None) => 0,
        Ok(Some(found)) => {
            incref(found);
            let r = crate::ops::compare::rich_compare_bool(found, kv[1], CompareOp::Eq);
            decref(found);
            r
        }
    }
}

unsafe fn view_repr(v: Value) -> Value {
    match crate::ops::protocol::repr_enter(v) {
        Err(()) => return Value::NULL,
        Ok(true) => return crate::objects::str::new_str("..."),
        Ok(false) => {}
    }
    let it = view_iter(v);
    let mut out = format!("{}([", type_name(v));
    let mut ok = !it.is_null();
    if ok {
        let mut first = true;
        loop {
            let x = crate::ops::protocol::iter_next(it);
            if x.is_null() {
                ok = !occurred();
                break;
            }
            if !first {
                out.push_str(", ");
            }
            first = false;
            let r = crate::ops::protocol::repr_into(x, &mut out);
            decref(x);
            if !r {
                ok = false;
                break;
            }
        }
        decref(it);
    }
    crate::ops::protocol::repr_leave(v);
    if !ok {
        return Value::NULL;
    }
    out.push_str("])");
    crate::objects::str::from_string(out)
}

// Iterators and views share the `{ob, dict}` prefix.
unsafe fn holder_dealloc(o: *mut Object) {
    gc::untrack(o);
    crate::object::xdecref((*(o as *mut DictViewObject)).dict);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn holder_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    visit_value((*(o as *mut DictViewObject)).dict, visit, arg)
}

unsafe fn holder_clear(o: *mut Object) -> i32 {
    crate::object::refcount::clear_slot(&mut (*(o as *mut DictViewObject)).dict);
    0
}
