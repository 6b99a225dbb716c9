//! `set` and `frozenset`: hash sets of Python objects on top of
//! `collections::settable::SetTable`, which reproduces CPython 3.11's table
//! so that iteration order matches CPython's.
//!
//! Layout: GC header, `Object` header, `table` (a boxed `SetTable<Key>`,
//! never null while the object is alive) and `hash` (frozenset's cached
//! hash, -1 until computed). A `Key` owns one reference to its object:
//! cloning increfs and dropping decrefs, so the table's own bookkeeping
//! manages references. Every operation maps onto table operations as the
//! settable module doc prescribes (copy for `set(s)`, merge for updates
//! from sets, insertion in iteration order otherwise).
//!
//! Equality between keys runs Python `__eq__`, which may fail; a failure
//! aborts the table operation and the exception stays set. Python code
//! run that way must not restructure a table that is being probed: every
//! operation marks the existing sets it probes as busy (`busy`, a
//! counter), and mutating a busy set raises RuntimeError instead.

pub mod iter;
pub mod methods;
pub mod ops;
pub mod views;

use crate::collections::settable::SetTable;
use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::{decref, incref, new_ref, Object, Static, Value};
use crate::ops::compare::rich_compare_bool;
use crate::types::slots::{CompareOp, SequenceSlots};
use crate::types::typeobject::*;

/// One owned reference stored in a set table.
pub struct Key(pub Value);

impl Clone for Key {
    fn clone(&self) -> Self {
        incref(self.0);
        Key(self.0)
    }
}

impl Drop for Key {
    fn drop(&mut self) {
        decref(self.0);
    }
}

pub type Table = SetTable<Key>;

#[repr(C)]
pub struct SetObject {
    pub ob: Object,
    pub table: *mut Table,
    pub hash: isize,
    /// Number of table operations currently probing this set.
    pub busy: usize,
}

/// Marks a set busy while a table operation that may run Python code is
/// probing it (no-op for other objects). The set must outlive the guard.
pub struct Busy(Value);

impl Drop for Busy {
    fn drop(&mut self) {
        if !self.0.is_null() {
            // SAFETY: the guarded value is a live anyset.
            unsafe { (*self.0.cast::<SetObject>()).busy -= 1 };
        }
    }
}

/// Guard `v` (borrowed) as busy for the guard's lifetime.
pub fn busy(v: Value) -> Busy {
    if is_anyset(v) {
        // SAFETY: anyset.
        unsafe { (*v.cast::<SetObject>()).busy += 1 };
        Busy(v)
    } else {
        Busy(Value::NULL)
    }
}

/// Err (RuntimeError set) when `s` is being probed by an operation that
/// runs Python code, so it must not be restructured now.
pub fn check_idle(s: Value) -> Result<(), ()> {
    // SAFETY: s is an anyset.
    if unsafe { (*s.cast::<SetObject>()).busy } > 0 {
        raise_runtime_error("set changed size during iteration");
        return Err(());
    }
    Ok(())
}

#[export_name = "pyrt_type_set"]
pub static SET_TYPE: Static<TypeObject> = Static::new(TypeObject {
    classmethods: crate::objects::genericalias::CLASS_GETITEM_METHODS,
    tp_repr: Some(methods::set_repr),
    tp_hash: Some(crate::ops::protocol::hash_not_implemented),
    tp_richcompare: Some(ops::set_richcompare),
    tp_iter: Some(iter::set_iter),
    tp_dealloc: Some(set_dealloc),
    tp_traverse: Some(set_traverse),
    tp_clear: Some(set_clear_slot),
    tp_new: Some(methods::set_new_slot),
    tp_init: Some(methods::set_init),
    nb: ops::SET_NUMBER_SLOTS,
    sq: SequenceSlots {
        sq_length: Some(set_len_slot),
        sq_contains: Some(ops::set_contains),
        ..SequenceSlots::EMPTY
    },
    methods: methods::SET_METHODS,
    ..TypeObject::new_static(
        "set",
        std::mem::size_of::<SetObject>(),
        TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    )
});

#[export_name = "pyrt_type_frozenset"]
pub static FROZENSET_TYPE: Static<TypeObject> = Static::new(TypeObject {
    classmethods: crate::objects::genericalias::CLASS_GETITEM_METHODS,
    tp_repr: Some(methods::set_repr),
    tp_hash: Some(ops::frozenset_hash),
    tp_richcompare: Some(ops::set_richcompare),
    tp_iter: Some(iter::set_iter),
    tp_dealloc: Some(set_dealloc),
    tp_traverse: Some(set_traverse),
    tp_clear: Some(set_clear_slot),
    tp_new: Some(methods::frozenset_new_slot),
    nb: ops::FROZENSET_NUMBER_SLOTS,
    sq: SequenceSlots {
        sq_length: Some(set_len_slot),
        sq_contains: Some(ops::set_contains),
        ..SequenceSlots::EMPTY
    },
    methods: methods::FROZENSET_METHODS,
    ..TypeObject::new_static(
        "frozenset",
        std::mem::size_of::<SetObject>(),
        TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    )
});

/// Is `v` a set, a frozenset or an instance of a subclass of either?
#[inline]
pub fn is_anyset(v: Value) -> bool {
    v.is_ptr() && (is_set(v) || is_frozenset(v))
}

#[inline]
pub fn is_set(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), SET_TYPE.ptr())
}

#[inline]
pub fn is_frozenset(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), FROZENSET_TYPE.ptr())
}

/// The table of a set or frozenset (borrowed; valid while `v` lives and is
/// not cleared).
///
/// # Safety
/// `v` must be an (any)set.
#[inline]
#[allow(clippy::mut_from_ref)]
pub unsafe fn table<'a>(v: Value) -> &'a mut Table {
    &mut *(*v.cast::<SetObject>()).table
}

/// Number of members.
pub fn len(v: Value) -> usize {
    // SAFETY: v is an anyset.
    unsafe { table(v).len() }
}

/// Key equality through Python `==` (errors stay set, reported as Err).
pub fn key_eq(a: &Key, b: &Key) -> Result<bool, ()> {
    match rich_compare_bool(a.0, b.0, CompareOp::Eq) {
        -1 => Err(()),
        r => Ok(r == 1),
    }
}

/// Hash of a would-be member: `hash(v)` as i64, or Err with the error set.
pub fn key_hash(v: Value) -> Result<i64, ()> {
    let h = crate::ops::protocol::hash(v);
    if h == -1 && occurred() {
        Err(())
    } else {
        Ok(h as i64)
    }
}

/// New set or frozenset of type `ty` owning `t` (new reference).
pub fn new_of_type(ty: *const TypeObject, t: Table) -> Value {
    // SAFETY: ty's layout starts with SetObject.
    unsafe {
        let o = alloc_object(ty, (*ty).basicsize.max(std::mem::size_of::<SetObject>()));
        if o.is_null() {
            return Value::NULL;
        }
        let s = o as *mut SetObject;
        (*s).table = Box::into_raw(Box::new(t));
        (*s).hash = -1;
        (*s).busy = 0;
        gc::track(o);
        Value::from_obj(o)
    }
}

/// New empty `set` (new reference).
pub fn set_new() -> Value {
    new_of_type(SET_TYPE.ptr(), Table::new())
}

/// New `frozenset` holding `items` (borrowed), inserted in order.
pub fn frozenset_from_items(items: &[Value]) -> Value {
    let mut t = Table::new();
    for &v in items {
        if insert(&mut t, v).is_err() {
            return Value::NULL;
        }
    }
    new_of_type(FROZENSET_TYPE.ptr(), t)
}

/// A frozenset constant of a code object: CPython's compiler builds the
/// frozenset from the constant items, then rebuilds it once from its own
/// iteration order when merging constants, so the final table is the
/// result of inserting the first table's order into a fresh table.
pub fn frozenset_constant(items: &[Value]) -> Value {
    let mut first = Table::new();
    for &v in items {
        if insert(&mut first, v).is_err() {
            return Value::NULL;
        }
    }
    let mut t = Table::new();
    for (k, h) in first.iter() {
        if t.insert(k.clone(), h, &mut key_eq).is_err() {
            return Value::NULL;
        }
    }
    new_of_type(FROZENSET_TYPE.ptr(), t)
}

/// New `set` holding `items` (stolen), inserted in order (`BUILD_SET`).
pub fn set_from_vec(items: Vec<Value>) -> Value {
    let mut t = Table::new();
    let mut failed = false;
    for v in items {
        if !failed && insert(&mut t, v).is_err() {
            failed = true;
        }
        decref(v);
    }
    if failed {
        return Value::NULL;
    }
    new_of_type(SET_TYPE.ptr(), t)
}

/// Insert `v` (borrowed) into `t`.
pub fn insert(t: &mut Table, v: Value) -> Result<bool, ()> {
    let h = key_hash(v)?;
    t.insert(Key(new_ref(v)), h, &mut key_eq)
}

/// Add every member of `other` to `t`, the way `set.update` does: a merge
/// for sets, the dict's keys for dicts, insertion in iteration order
/// otherwise. `t` must not be `other`'s own table.
pub fn update_table(t: &mut Table, other: Value) -> Result<(), ()> {
    if is_anyset(other) {
        // SAFETY: other is an anyset.
        let o = unsafe { table(other) };
        if std::ptr::eq(o, t) {
            return Ok(());
        }
        let _g = busy(other);
        return t.merge(o, &mut key_eq);
    }
    if crate::objects::dict::is_exact_dict(other) {
        let items: Vec<Key> = crate::objects::dict::items_vec(other)
            .into_iter()
            .map(|(k, v)| {
                decref(v);
                Key(k)
            })
            .collect();
        let mut keys = Vec::with_capacity(items.len());
        for k in items {
            let h = key_hash(k.0)?;
            keys.push((k, h));
        }
        return t.update_from_dict(&keys, &mut key_eq);
    }
    let it = crate::ops::protocol::get_iter(other);
    if it.is_null() {
        return Err(());
    }
    loop {
        let x = crate::ops::protocol::iter_next(it);
        if x.is_null() {
            break;
        }
        let r = insert(t, x);
        decref(x);
        if r.is_err() {
            decref(it);
            return Err(());
        }
    }
    decref(it);
    if occurred() {
        Err(())
    } else {
        Ok(())
    }
}

/// A table holding the members of any iterable (a copy for sets).
pub fn table_from(other: Value) -> Result<Table, ()> {
    if is_anyset(other) {
        // SAFETY: anyset.
        return Ok(unsafe { table(other) }.copy());
    }
    let mut t = Table::new();
    update_table(&mut t, other)?;
    Ok(t)
}

/// `SET_ADD`/`set.add`: add `v` (borrowed) to set `s`. 0 or -1.
pub fn add(s: Value, v: Value) -> i32 {
    if check_idle(s).is_err() {
        return -1;
    }
    let _g = busy(s);
    // SAFETY: s is a set.
    match insert(unsafe { table(s) }, v) {
        Ok(_) => 0,
        Err(()) => -1,
    }
}

/// `SET_UPDATE`/`set.update` with one iterable. 0 or -1.
pub fn update(s: Value, other: Value) -> i32 {
    if check_idle(s).is_err() {
        return -1;
    }
    let _g = busy(s);
    // SAFETY: s is a set.
    match update_table(unsafe { table(s) }, other) {
        Ok(()) => 0,
        Err(()) => -1,
    }
}

/// Replace the table of `s`, dropping the old one after `s` is consistent.
///
/// # Safety
/// `s` must be an anyset.
pub unsafe fn replace_table(s: Value, t: Table) {
    let p = (*s.cast::<SetObject>()).table;
    let old = std::mem::replace(&mut *p, t);
    drop(old);
}

unsafe fn set_dealloc(o: *mut Object) {
    gc::untrack(o);
    let s = o as *mut SetObject;
    if !(*s).table.is_null() {
        drop(Box::from_raw((*s).table));
        (*s).table = std::ptr::null_mut();
    }
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn set_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let s = o as *mut SetObject;
    if (*s).table.is_null() {
        return 0;
    }
    for (k, _) in (*(*s).table).iter() {
        let r = visit_value(k.0, visit, arg);
        if r != 0 {
            return r;
        }
    }
    0
}

unsafe fn set_clear_slot(o: *mut Object) -> i32 {
    replace_table(Value::from_obj(o), Table::new());
    0
}

unsafe fn set_len_slot(v: Value) -> isize {
    len(v) as isize
}
