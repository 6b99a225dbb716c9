//! `dict`: insertion-ordered hash table with CPython's semantics.
//!
//! Layout ("compact dict"): the `DictObject` points at one `DictKeys`
//! allocation holding
//! * `indices`: `2^log2_size` `i32` slots, each `EMPTY` (-1), `DUMMY` (-2,
//!   a deleted entry) or an index into `entries`;
//! * `entries`: up to `usable_fraction(size)` `{hash, key, value}` records
//!   in insertion order (a deleted entry keeps its place with a null key).
//!
//! Probing is CPython's: `i = hash & mask`, then
//! `perturb >>= 5; i = (i*5 + perturb + 1) & mask`. Iteration walks
//! `entries` in order, skipping deleted ones, so iteration order is
//! insertion order. Tables grow to the smallest power of two `>= used*3`
//! when the usable entries run out; an empty dict has no keys allocation.
//!
//! Key comparison first tests identity, then equal hashes; exact `str` keys
//! compare bytes without calling Python code. When `__eq__` runs Python code
//! the lookup revalidates the table afterwards and restarts if the dict was
//! mutated, as CPython does.
//!
//! `version` changes on every mutation (from a global counter), so caches of
//! global-variable lookups can be validated with one compare.

pub mod iter;
pub mod methods;

use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::{decref, incref, Object, Static, Value};
use crate::types::slots::{CompareOp, MappingSlots, SequenceSlots};
use crate::types::typeobject::*;
use std::ptr::null_mut;

pub const EMPTY: i32 = -1;
pub const DUMMY: i32 = -2;
const MIN_LOG2: u32 = 3;
const MAX_LOG2: u32 = 30;

#[repr(C)]
pub struct DictObject {
    pub ob: Object,
    pub used: usize,
    pub version: u64,
    pub keys: *mut DictKeys,
}

#[repr(C)]
pub struct DictKeys {
    pub log2_size: u32,
    pub _pad: u32,
    /// Entries still available before a resize is needed.
    pub usable: usize,
    /// Entries used so far (including deleted ones).
    pub nentries: usize,
    // followed by indices: [i32; size], then entries: [Entry; capacity]
}

#[repr(C)]
#[derive(Copy, Clone)]
pub struct Entry {
    pub hash: isize,
    pub key: Value,
    pub value: Value,
}

#[export_name = "pyrt_type_dict"]
pub static DICT_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(methods::dict_repr),
    tp_hash: Some(crate::ops::protocol::hash_not_implemented),
    tp_richcompare: Some(methods::dict_richcompare),
    tp_iter: Some(iter::dict_iter),
    tp_dealloc: Some(dict_dealloc),
    tp_traverse: Some(dict_traverse),
    tp_clear: Some(dict_clear_slot),
    tp_new: Some(methods::dict_new_slot),
    tp_init: Some(methods::dict_init),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    sq: SequenceSlots {
        sq_contains: Some(methods::dict_contains),
        ..SequenceSlots::EMPTY
    },
    mp: MappingSlots {
        mp_length: Some(dict_len_slot),
        mp_subscript: Some(methods::dict_subscript),
        mp_ass_subscript: Some(methods::dict_ass_subscript),
    },
    methods: methods::DICT_METHODS,
    classmethods: methods::DICT_CLASSMETHODS,
    nb: crate::types::slots::NumberSlots {
        binary: {
            let mut t: [Option<crate::types::slots::BinaryFn>;
                crate::types::slots::NB_BINARY_COUNT] =
                [None; crate::types::slots::NB_BINARY_COUNT];
            t[crate::types::slots::BinOp::Or as usize] = Some(methods::dict_or);
            t
        },
        inplace: {
            let mut t: [Option<crate::types::slots::BinaryFn>;
                crate::types::slots::NB_INPLACE_COUNT] =
                [None; crate::types::slots::NB_INPLACE_COUNT];
            t[crate::types::slots::BinOp::Or as usize] = Some(methods::dict_ior);
            t
        },
        ..crate::types::slots::NumberSlots::EMPTY
    },
    ..TypeObject::new_static(
        "dict",
        std::mem::size_of::<DictObject>(),
        TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_DICT_SUBCLASS,
    )
});

static VERSION: Static<u64> = Static::new(0);

#[inline(always)]
fn next_version() -> u64 {
    // SAFETY: GIL held.
    unsafe {
        *VERSION.ptr() += 1;
        *VERSION.ptr()
    }
}

#[inline(always)]
pub(crate) fn obj(v: Value) -> *mut DictObject {
    v.cast::<DictObject>()
}

#[inline(always)]
pub fn is_dict(v: Value) -> bool {
    // SAFETY: valid value.
    v.is_ptr() && unsafe { (*type_of(v)).has_flag(TPFLAGS_DICT_SUBCLASS) }
}

#[inline(always)]
pub fn is_exact_dict(v: Value) -> bool {
    v.is_ptr() && type_of(v) == DICT_TYPE.ptr()
}

/// Number of items.
#[inline(always)]
pub fn len(d: Value) -> usize {
    // SAFETY: d is a dict.
    unsafe { (*obj(d)).used }
}

/// Current version (changes on every mutation).
#[inline(always)]
pub fn version(d: Value) -> u64 {
    // SAFETY: d is a dict.
    unsafe { (*obj(d)).version }
}

#[inline(always)]
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

#[inline(always)]
unsafe fn indices(k: *mut DictKeys) -> *mut i32 {
    (k as *mut u8).add(std::mem::size_of::<DictKeys>()) as *mut i32
}

#[inline(always)]
pub(crate) unsafe fn entries(k: *mut DictKeys) -> *mut Entry {
    let size = 1usize << (*k).log2_size;
    let off = std::mem::size_of::<DictKeys>() + ((size * 4 + 7) & !7);
    (k as *mut u8).add(off) as *mut Entry
}

unsafe fn new_keys(log2: u32) -> *mut DictKeys {
    let size = 1usize << log2;
    let cap = usable_fraction(size);
    let bytes = std::mem::size_of::<DictKeys>()
        + ((size * 4 + 7) & !7)
        + cap * std::mem::size_of::<Entry>();
    let k = libc::malloc(bytes) as *mut DictKeys;
    if k.is_null() {
        return k;
    }
    (*k).log2_size = log2;
    (*k).usable = cap;
    (*k).nentries = 0;
    std::ptr::write_bytes(indices(k) as *mut u8, 0xff, size * 4);
    k
}

/// New empty dict (new reference, tracked).
pub fn dict_new() -> Value {
    dict_new_of_type(DICT_TYPE.ptr())
}

pub(crate) fn dict_new_of_type(ty: *const TypeObject) -> Value {
    // SAFETY: layout starts with DictObject.
    unsafe {
        let o = alloc_object(ty, (*ty).basicsize.max(std::mem::size_of::<DictObject>()));
        if o.is_null() {
            return Value::NULL;
        }
        let d = o as *mut DictObject;
        (*d).keys = null_mut();
        (*d).used = 0;
        (*d).version = next_version();
        gc::track(o);
        Value::from_obj(o)
    }
}

/// Result of probing for a key.
enum Probe {
    /// Entry index of the key.
    Found(usize),
    NotFound,
    Error,
}

#[inline]
fn fast_eq(a: Value, b: Value) -> Option<bool> {
    use crate::objects::str;
    if str::is_exact_str(a) && str::is_exact_str(b) {
        return Some(str::str_eq(a, b));
    }
    if a.is_small() && b.is_small() {
        return Some(a == b);
    }
    None
}

unsafe fn lookup(d: Value, key: Value, hash: isize) -> Probe {
    'restart: loop {
        let k = (*obj(d)).keys;
        if k.is_null() {
            return Probe::NotFound;
        }
        let mask = (1usize << (*k).log2_size) - 1;
        let idx = indices(k);
        let ents = entries(k);
        let mut i = hash as usize & mask;
        let mut perturb = hash as usize;
        loop {
            let ix = *idx.add(i);
            if ix == EMPTY {
                return Probe::NotFound;
            }
            if ix >= 0 {
                let e = *ents.add(ix as usize);
                if e.key == key {
                    return Probe::Found(ix as usize);
                }
                if e.hash == hash && !e.key.is_null() {
                    match fast_eq(e.key, key) {
                        Some(true) => return Probe::Found(ix as usize),
                        Some(false) => {}
                        None => {
                            let start = e.key;
                            incref(start);
                            let r =
                                crate::ops::compare::rich_compare_bool(start, key, CompareOp::Eq);
                            decref(start);
                            if r < 0 {
                                return Probe::Error;
                            }
                            if (*obj(d)).keys != k || (*ents.add(ix as usize)).key != start {
                                continue 'restart;
                            }
                            if r > 0 {
                                return Probe::Found(ix as usize);
                            }
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
        }
    }
}

/// First EMPTY index slot for `hash` (the table has one).
unsafe fn find_empty_slot(k: *mut DictKeys, hash: isize) -> usize {
    let mask = (1usize << (*k).log2_size) - 1;
    let idx = indices(k);
    let mut i = hash as usize & mask;
    let mut perturb = hash as usize;
    while *idx.add(i) != EMPTY {
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
    }
    i
}

fn log2_for(minsize: usize) -> u32 {
    let mut log2 = MIN_LOG2;
    while (1usize << log2) < minsize {
        log2 += 1;
    }
    log2
}

/// Rebuild the table with room for at least `minsize` index slots.
unsafe fn resize(d: Value, minsize: usize) -> bool {
    let log2 = log2_for(minsize);
    if log2 > MAX_LOG2 {
        raise_memory_error();
        return false;
    }
    let nk = new_keys(log2);
    if nk.is_null() {
        raise_memory_error();
        return false;
    }
    let dobj = obj(d);
    let old = (*dobj).keys;
    let mut n = 0;
    if !old.is_null() {
        let src = entries(old);
        let dst = entries(nk);
        for j in 0..(*old).nentries {
            let e = *src.add(j);
            if !e.key.is_null() {
                *dst.add(n) = e;
                let slot = find_empty_slot(nk, e.hash);
                *indices(nk).add(slot) = n as i32;
                n += 1;
            }
        }
        libc::free(old as *mut libc::c_void);
    }
    (*nk).nentries = n;
    (*nk).usable -= n;
    (*dobj).keys = nk;
    true
}

/// Insert or replace with a precomputed hash; `key`/`value` borrowed.
pub unsafe fn set_item_hash(d: Value, key: Value, hash: isize, value: Value) -> i32 {
    match lookup(d, key, hash) {
        Probe::Error => -1,
        Probe::Found(ix) => {
            let e = entries((*obj(d)).keys).add(ix);
            incref(value);
            let old = std::mem::replace(&mut (*e).value, value);
            (*obj(d)).version = next_version();
            decref(old);
            0
        }
        Probe::NotFound => {
            let dobj = obj(d);
            if (*dobj).keys.is_null() || (*(*dobj).keys).usable == 0 {
                let min = ((*dobj).used * 3).max(1 << MIN_LOG2);
                if !resize(d, min) {
                    return -1;
                }
            }
            let k = (*dobj).keys;
            let slot = find_empty_slot(k, hash);
            let n = (*k).nentries;
            incref(key);
            incref(value);
            *entries(k).add(n) = Entry { hash, key, value };
            *indices(k).add(slot) = n as i32;
            (*k).nentries = n + 1;
            (*k).usable -= 1;
            (*dobj).used += 1;
            (*dobj).version = next_version();
            0
        }
    }
}

/// `d[key] = value` (both borrowed). 0, or -1 with an exception (unhashable
/// key, failing `__eq__`, MemoryError).
pub fn set_item(d: Value, key: Value, value: Value) -> i32 {
    let h = crate::ops::protocol::hash(key);
    if h == -1 {
        return -1;
    }
    // SAFETY: d is a dict.
    unsafe { set_item_hash(d, key, h, value) }
}

/// Look `key` up with a precomputed hash: Ok(Some(value borrowed)),
/// Ok(None) when absent, Err with an exception set.
pub unsafe fn get_item_hash(d: Value, key: Value, hash: isize) -> Result<Option<Value>, ()> {
    match lookup(d, key, hash) {
        Probe::Found(ix) => Ok(Some((*entries((*obj(d)).keys).add(ix)).value)),
        Probe::NotFound => Ok(None),
        Probe::Error => Err(()),
    }
}

/// Look `key` up: Ok(Some(value, borrowed)), Ok(None) when absent, Err with
/// an exception set (unhashable key, failing `__eq__`).
pub fn get_item(d: Value, key: Value) -> Result<Option<Value>, ()> {
    let h = crate::ops::protocol::hash(key);
    if h == -1 {
        return Err(());
    }
    // SAFETY: d is a dict.
    unsafe { get_item_hash(d, key, h) }
}

/// Look up a str key given as Rust text (borrowed result or None; never
/// raises: str keys hash and compare without Python code).
pub fn get_str(d: Value, key: &str) -> Option<Value> {
    let k = crate::objects::str::new_str(key);
    if k.is_null() {
        clear();
        return None;
    }
    let r = get_item(d, k).ok().flatten();
    decref(k);
    r
}

/// `d[key] = value` for a Rust-text key (interned).
pub fn set_str(d: Value, key: &str, value: Value) -> i32 {
    let k = crate::objects::str::intern(key);
    if k.is_null() {
        return -1;
    }
    set_item(d, k, value)
}

/// Remove `key` with precomputed hash. Returns Ok(Some(value, owned)),
/// Ok(None) when absent, Err with an exception.
pub unsafe fn pop_item_hash(d: Value, key: Value, hash: isize) -> Result<Option<Value>, ()> {
    match lookup(d, key, hash) {
        Probe::Error => Err(()),
        Probe::NotFound => Ok(None),
        Probe::Found(ix) => {
            let dobj = obj(d);
            let k = (*dobj).keys;
            // Find the index slot pointing at this entry.
            let mask = (1usize << (*k).log2_size) - 1;
            let idx = indices(k);
            let e = entries(k).add(ix);
            let mut i = (*e).hash as usize & mask;
            let mut perturb = (*e).hash as usize;
            while *idx.add(i) != ix as i32 {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
            }
            *idx.add(i) = DUMMY;
            let old_key = std::mem::replace(&mut (*e).key, Value::NULL);
            let old_value = std::mem::replace(&mut (*e).value, Value::NULL);
            (*dobj).used -= 1;
            (*dobj).version = next_version();
            decref(old_key);
            Ok(Some(old_value))
        }
    }
}

/// `del d[key]`: 0, or -1 with KeyError (or another exception).
pub fn del_item(d: Value, key: Value) -> i32 {
    let h = crate::ops::protocol::hash(key);
    if h == -1 {
        return -1;
    }
    // SAFETY: d is a dict.
    match unsafe { pop_item_hash(d, key, h) } {
        Ok(Some(v)) => {
            decref(v);
            0
        }
        Ok(None) => {
            raise_key_error(key);
            -1
        }
        Err(()) => -1,
    }
}

/// Iterate: returns the next `(key, value)` (borrowed) at or after entry
/// `*pos`, advancing `*pos`. Mutating the dict while iterating this way is
/// not allowed (use a copy of the items instead).
pub fn next_item(d: Value, pos: &mut usize) -> Option<(Value, Value)> {
    // SAFETY: d is a dict.
    unsafe {
        let k = (*obj(d)).keys;
        if k.is_null() {
            return None;
        }
        let ents = entries(k);
        while *pos < (*k).nentries {
            let e = *ents.add(*pos);
            *pos += 1;
            if !e.key.is_null() {
                return Some((e.key, e.value));
            }
        }
        None
    }
}

/// The live entry before position `*pos` (walking towards the front),
/// borrowed; `*pos` becomes its index. None at the front.
pub fn prev_item(d: Value, pos: &mut usize) -> Option<(Value, Value)> {
    // SAFETY: d is a dict.
    unsafe {
        let k = (*obj(d)).keys;
        if k.is_null() {
            return None;
        }
        let ents = entries(k);
        *pos = (*pos).min((*k).nentries);
        while *pos > 0 {
            *pos -= 1;
            let e = *ents.add(*pos);
            if !e.key.is_null() {
                return Some((e.key, e.value));
            }
        }
        None
    }
}

/// Number of entry slots used so far (the end position for `prev_item`).
pub fn entry_count(d: Value) -> usize {
    // SAFETY: d is a dict.
    unsafe {
        let k = (*obj(d)).keys;
        if k.is_null() {
            0
        } else {
            (*k).nentries
        }
    }
}

/// Snapshot of the items as owned `(key, value)` references.
pub fn items_vec(d: Value) -> Vec<(Value, Value)> {
    let mut out = Vec::with_capacity(len(d));
    let mut pos = 0;
    while let Some((k, v)) = next_item(d, &mut pos) {
        incref(k);
        incref(v);
        out.push((k, v));
    }
    out
}

/// Remove every item (the references are released after the dict is
/// consistent again).
pub fn clear_dict(d: Value) {
    // SAFETY: d is a dict.
    unsafe {
        let dobj = obj(d);
        let k = (*dobj).keys;
        (*dobj).keys = null_mut();
        (*dobj).used = 0;
        (*dobj).version = next_version();
        if !k.is_null() {
            let ents = entries(k);
            for j in 0..(*k).nentries {
                let e = *ents.add(j);
                if !e.key.is_null() {
                    decref(e.key);
                    decref(e.value);
                }
            }
            libc::free(k as *mut libc::c_void);
        }
    }
}

/// Shallow copy (new reference).
pub fn copy(d: Value) -> Value {
    let r = dict_new();
    if r.is_null() {
        return r;
    }
    let mut pos = 0;
    // SAFETY: both dicts; the source is not mutated (str/int hashes cached
    // on entries are reused).
    unsafe {
        let k = (*obj(d)).keys;
        if !k.is_null() {
            let min = ((*obj(d)).used * 3 / 2 + 1).max(1 << MIN_LOG2);
            if !resize(r, min) {
                decref(r);
                return Value::NULL;
            }
            let ents = entries(k);
            while pos < (*k).nentries {
                let e = *ents.add(pos);
                pos += 1;
                if !e.key.is_null() && set_item_hash(r, e.key, e.hash, e.value) < 0 {
                    decref(r);
                    return Value::NULL;
                }
            }
        }
    }
    r
}

unsafe fn dict_dealloc(o: *mut Object) {
    gc::untrack(o);
    clear_dict(Value::from_obj(o));
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn dict_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let mut pos = 0;
    let d = Value::from_obj(o);
    while let Some((k, v)) = next_item(d, &mut pos) {
        let r = visit_value(k, visit, arg);
        if r != 0 {
            return r;
        }
        let r = visit_value(v, visit, arg);
        if r != 0 {
            return r;
        }
    }
    0
}

unsafe fn dict_clear_slot(o: *mut Object) -> i32 {
    clear_dict(Value::from_obj(o));
    0
}

unsafe fn dict_len_slot(d: Value) -> isize {
    len(d) as isize
}

#[cfg(test)]
mod tests;
