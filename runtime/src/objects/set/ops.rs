//! Set operators: `| & - ^` and their in-place forms (number slots),
//! comparisons (subset/superset/equality), membership and frozenset
//! hashing. Binary operators accept only set/frozenset operands
//! (NotImplemented otherwise); the result has the left operand's kind.

use super::*;
use crate::objects::singletons::not_implemented;
use crate::types::slots::{BinOp, BinaryFn, NumberSlots, NB_BINARY_COUNT, NB_INPLACE_COUNT};

/// The type of a result derived from `a`: frozenset for frozensets, set
/// otherwise (subclasses give their base type, as in CPython).
pub fn result_type(a: Value) -> *const TypeObject {
    if is_frozenset(a) {
        FROZENSET_TYPE.ptr()
    } else {
        SET_TYPE.ptr()
    }
}

fn wrap(a: Value, r: Result<Table, ()>) -> Value {
    match r {
        Ok(t) => new_of_type(result_type(a), t),
        Err(()) => Value::NULL,
    }
}

/// `a | b` for sets (the union starts from a copy of `a`).
pub fn union_of(a: Value, b: Value) -> Result<Table, ()> {
    // SAFETY: a is an anyset.
    let mut t = unsafe { table(a) }.copy();
    if a != b {
        update_table(&mut t, b)?;
    }
    Ok(t)
}

/// `a & b` where `b` is any iterable.
pub fn intersection_of(a: Value, b: Value) -> Result<Table, ()> {
    // SAFETY: a is an anyset.
    let ta = unsafe { table(a) };
    if a == b {
        return Ok(ta.copy());
    }
    let (_ga, _gb) = (busy(a), busy(b));
    if is_anyset(b) {
        // SAFETY: anyset.
        return ta.intersection(unsafe { table(b) }, &mut key_eq);
    }
    let items = crate::ops::protocol::sequence_to_vec(b).ok_or(())?;
    let mut keyed = Vec::with_capacity(items.len());
    let mut err = false;
    for v in items {
        if !err {
            match key_hash(v) {
                Ok(h) => keyed.push((Key(v), h)),
                Err(()) => {
                    err = true;
                    decref(v);
                }
            }
        } else {
            decref(v);
        }
    }
    if err {
        return Err(());
    }
    ta.intersection_iter(keyed, &mut key_eq)
}

/// `a - b` where `b` is any iterable.
pub fn difference_of(a: Value, b: Value) -> Result<Table, ()> {
    // SAFETY: a is an anyset.
    let ta = unsafe { table(a) };
    if a == b {
        return Ok(Table::new());
    }
    let (_ga, _gb) = (busy(a), busy(b));
    if is_anyset(b) {
        // SAFETY: anyset.
        return ta.difference(unsafe { table(b) }, &mut key_eq);
    }
    let mut t = ta.copy();
    difference_update_table(&mut t, b)?;
    Ok(t)
}

/// Remove every member of the iterable `b` from `t`.
pub fn difference_update_table(t: &mut Table, b: Value) -> Result<(), ()> {
    if is_anyset(b) {
        // SAFETY: anyset.
        let tb = unsafe { table(b) };
        if std::ptr::eq(tb, t) {
            t.clear();
            return Ok(());
        }
        let _g = busy(b);
        return t.difference_update(tb, &mut key_eq);
    }
    let items = crate::ops::protocol::sequence_to_vec(b).ok_or(())?;
    let mut keyed = Vec::with_capacity(items.len());
    let mut err = false;
    for v in items {
        let k = Key(v);
        if !err {
            match key_hash(k.0) {
                Ok(h) => keyed.push((k, h)),
                Err(()) => err = true,
            }
        }
    }
    if err {
        return Err(());
    }
    t.difference_update_iter(keyed, &mut key_eq)
}

/// `a ^ b` where `b` is any iterable (made into a set first).
pub fn symmetric_difference_of(a: Value, b: Value) -> Result<Table, ()> {
    // SAFETY: a is an anyset.
    let ta = unsafe { table(a) };
    if a == b {
        return Ok(Table::new());
    }
    let (_ga, _gb) = (busy(a), busy(b));
    if is_anyset(b) {
        // SAFETY: anyset.
        return ta.symmetric_difference(unsafe { table(b) }, &mut key_eq);
    }
    let tb = table_from(b)?;
    ta.symmetric_difference(&tb, &mut key_eq)
}

/// In-place symmetric difference of `t` with the iterable `b`.
pub fn symmetric_update_table(s: Value, b: Value) -> Result<(), ()> {
    check_idle(s)?;
    let (_gs, _gb) = (busy(s), busy(b));
    // SAFETY: s is a set.
    let t = unsafe { table(s) };
    if s == b {
        t.clear();
        return Ok(());
    }
    if is_anyset(b) {
        // SAFETY: anyset.
        return t.symmetric_difference_update(unsafe { table(b) }, &mut key_eq);
    }
    let tb = table_from(b)?;
    t.symmetric_difference_update(&tb, &mut key_eq)
}

unsafe fn set_or(a: Value, b: Value) -> Value {
    if !is_anyset(a) || !is_anyset(b) {
        return not_implemented();
    }
    wrap(a, union_of(a, b))
}

unsafe fn set_and(a: Value, b: Value) -> Value {
    if !is_anyset(a) || !is_anyset(b) {
        return not_implemented();
    }
    wrap(a, intersection_of(a, b))
}

unsafe fn set_sub(a: Value, b: Value) -> Value {
    if !is_anyset(a) || !is_anyset(b) {
        return not_implemented();
    }
    wrap(a, difference_of(a, b))
}

unsafe fn set_xor(a: Value, b: Value) -> Value {
    if !is_anyset(a) || !is_anyset(b) {
        return not_implemented();
    }
    wrap(a, symmetric_difference_of(a, b))
}

fn done(a: Value, r: Result<(), ()>) -> Value {
    match r {
        Ok(()) => new_ref(a),
        Err(()) => Value::NULL,
    }
}

unsafe fn set_ior(a: Value, b: Value) -> Value {
    if !is_set(a) || !is_anyset(b) {
        return not_implemented();
    }
    if check_idle(a).is_err() {
        return Value::NULL;
    }
    let _g = busy(a);
    done(a, update_table(table(a), b))
}

unsafe fn set_iand(a: Value, b: Value) -> Value {
    if !is_set(a) || !is_anyset(b) {
        return not_implemented();
    }
    match intersection_of(a, b) {
        Ok(t) => {
            if check_idle(a).is_err() {
                return Value::NULL;
            }
            replace_table(a, t);
            new_ref(a)
        }
        Err(()) => Value::NULL,
    }
}

unsafe fn set_isub(a: Value, b: Value) -> Value {
    if !is_set(a) || !is_anyset(b) {
        return not_implemented();
    }
    if check_idle(a).is_err() {
        return Value::NULL;
    }
    let _g = busy(a);
    done(a, difference_update_table(table(a), b))
}

unsafe fn set_ixor(a: Value, b: Value) -> Value {
    if !is_set(a) || !is_anyset(b) {
        return not_implemented();
    }
    done(a, symmetric_update_table(a, b))
}

const fn binary_table() -> [Option<BinaryFn>; NB_BINARY_COUNT] {
    let mut t: [Option<BinaryFn>; NB_BINARY_COUNT] = [None; NB_BINARY_COUNT];
    t[BinOp::Or as usize] = Some(set_or);
    t[BinOp::And as usize] = Some(set_and);
    t[BinOp::Sub as usize] = Some(set_sub);
    t[BinOp::Xor as usize] = Some(set_xor);
    t
}

const fn inplace_table() -> [Option<BinaryFn>; NB_INPLACE_COUNT] {
    let mut t: [Option<BinaryFn>; NB_INPLACE_COUNT] = [None; NB_INPLACE_COUNT];
    t[BinOp::Or as usize] = Some(set_ior);
    t[BinOp::And as usize] = Some(set_iand);
    t[BinOp::Sub as usize] = Some(set_isub);
    t[BinOp::Xor as usize] = Some(set_ixor);
    t
}

unsafe fn set_bool(v: Value) -> i32 {
    (len(v) != 0) as i32
}

pub const SET_NUMBER_SLOTS: NumberSlots = NumberSlots {
    binary: binary_table(),
    inplace: inplace_table(),
    nb_bool: Some(set_bool),
    ..NumberSlots::EMPTY
};

pub const FROZENSET_NUMBER_SLOTS: NumberSlots = NumberSlots {
    binary: binary_table(),
    nb_bool: Some(set_bool),
    ..NumberSlots::EMPTY
};

/// Is every member of `a` in `b` (both anysets)?
pub fn is_subset(a: Value, b: Value) -> Result<bool, ()> {
    if len(a) > len(b) {
        return Ok(false);
    }
    // SAFETY: anysets.
    let (ta, tb) = unsafe { (table(a), table(b)) };
    let _g = busy(b);
    let keys: Vec<(Key, i64)> = ta.iter().map(|(k, h)| (k.clone(), h)).collect();
    for (k, h) in keys {
        if !tb.contains(&k, h, &mut key_eq)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub(super) unsafe fn set_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if !is_anyset(b) {
        return not_implemented();
    }
    let (la, lb) = (len(a), len(b));
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => {
            if la != lb { Ok(false) } else { is_subset(a, b) }.map(|e| e == (op == CompareOp::Eq))
        }
        CompareOp::Le => is_subset(a, b),
        CompareOp::Ge => is_subset(b, a),
        CompareOp::Lt => {
            if la >= lb {
                Ok(false)
            } else {
                is_subset(a, b)
            }
        }
        CompareOp::Gt => {
            if la <= lb {
                Ok(false)
            } else {
                is_subset(b, a)
            }
        }
    };
    match r {
        Ok(x) => crate::objects::bool::from_bool(x),
        Err(()) => Value::NULL,
    }
}

/// Hash used to look up `key` in a set: a set key is looked up as the
/// equal frozenset (CPython's behaviour for `in`, `remove`, `discard`).
pub fn lookup_hash(key: Value) -> Result<i64, ()> {
    if is_set(key) && !is_frozenset(key) {
        // SAFETY: a set.
        let t = unsafe { table(key) };
        return Ok(crate::num::hash::hash_frozenset(t.iter().map(|(_, h)| h)));
    }
    key_hash(key)
}

pub(super) unsafe fn set_contains(s: Value, key: Value) -> i32 {
    let h = match lookup_hash(key) {
        Ok(h) => h,
        Err(()) => return -1,
    };
    let k = Key(new_ref(key));
    let _g = busy(s);
    match table(s).contains(&k, h, &mut key_eq) {
        Ok(b) => b as i32,
        Err(()) => -1,
    }
}

pub(super) unsafe fn frozenset_hash(v: Value) -> isize {
    let o = v.cast::<SetObject>();
    if (*o).hash != -1 {
        return (*o).hash;
    }
    let h = crate::num::hash::hash_frozenset(table(v).iter().map(|(_, h)| h)) as isize;
    (*o).hash = h;
    h
}
