//! Set operations of `dict_keys` and `dict_items` views (`| & - ^`, and
//! comparisons with sets and other views), which produce sets the way
//! CPython 3.11 does: the left operand becomes a new set, then the right
//! one is merged, removed or toggled; `&` follows CPython's choice of which
//! operand to iterate.

use super::ops::{difference_update_table, is_subset, symmetric_update_table};
use super::*;
use crate::objects::dict::iter::{DICT_ITEMS_TYPE, DICT_KEYS_TYPE};
use crate::objects::singletons::not_implemented;
use crate::types::slots::{BinOp, BinaryFn, NumberSlots, NB_BINARY_COUNT};

/// Is `v` a keys or items view (the set-like views)?
pub fn is_setlike_view(v: Value) -> bool {
    v.is_ptr() && (type_of(v) == DICT_KEYS_TYPE.ptr() || type_of(v) == DICT_ITEMS_TYPE.ptr())
}

/// `view.isdisjoint(other)`: true when no item of `other` is in the view.
pub(crate) unsafe fn m_view_isdisjoint(view: Value, other: Value) -> Value {
    let it = crate::ops::protocol::get_iter(other);
    if it.is_null() {
        return it;
    }
    loop {
        let x = crate::ops::protocol::iter_next(it);
        if x.is_null() {
            decref(it);
            if crate::errors::occurred() {
                return Value::NULL;
            }
            return crate::objects::bool::from_bool(true);
        }
        let found = crate::ops::protocol::contains(view, x);
        decref(x);
        if found != 0 {
            decref(it);
            if found < 0 {
                return Value::NULL;
            }
            return crate::objects::bool::from_bool(false);
        }
    }
}

/// `set(a)` as a new set object, then `f(result, b)`.
unsafe fn via_set(a: Value, b: Value, f: fn(Value, Value) -> Result<(), ()>) -> Value {
    let t = match table_from(a) {
        Ok(t) => t,
        Err(()) => return Value::NULL,
    };
    let r = new_of_type(SET_TYPE.ptr(), t);
    if r.is_null() {
        return r;
    }
    if f(r, b).is_err() {
        decref(r);
        return Value::NULL;
    }
    r
}

fn do_update(r: Value, b: Value) -> Result<(), ()> {
    if update(r, b) < 0 {
        Err(())
    } else {
        Ok(())
    }
}

fn do_difference(r: Value, b: Value) -> Result<(), ()> {
    // SAFETY: r is a fresh set.
    difference_update_table(unsafe { table(r) }, b)
}

fn do_symmetric(r: Value, b: Value) -> Result<(), ()> {
    symmetric_update_table(r, b)
}

unsafe fn view_or(a: Value, b: Value) -> Value {
    via_set(a, b, do_update)
}

unsafe fn view_sub(a: Value, b: Value) -> Value {
    via_set(a, b, do_difference)
}

unsafe fn view_xor(a: Value, b: Value) -> Value {
    via_set(a, b, do_symmetric)
}

unsafe fn view_and(a: Value, b: Value) -> Value {
    let (mut view, mut other) = if is_setlike_view(a) { (a, b) } else { (b, a) };
    let len_view = crate::ops::protocol::len(view);
    if len_view < 0 {
        return Value::NULL;
    }
    if type_of(other) == SET_TYPE.ptr() && len_view as usize <= len(other) {
        let t = match super::ops::intersection_of(other, view) {
            Ok(t) => t,
            Err(()) => return Value::NULL,
        };
        return new_of_type(SET_TYPE.ptr(), t);
    }
    if is_setlike_view(other) {
        let len_other = crate::ops::protocol::len(other);
        if len_other > len_view {
            std::mem::swap(&mut view, &mut other);
        }
    }
    let mut t = Table::new();
    let it = crate::ops::protocol::get_iter(other);
    if it.is_null() {
        return Value::NULL;
    }
    loop {
        let x = crate::ops::protocol::iter_next(it);
        if x.is_null() {
            break;
        }
        let c = crate::ops::protocol::contains(view, x);
        let r = if c == 1 {
            insert(&mut t, x).map(|_| ())
        } else if c < 0 {
            Err(())
        } else {
            Ok(())
        };
        decref(x);
        if r.is_err() {
            decref(it);
            return Value::NULL;
        }
    }
    decref(it);
    if occurred() {
        return Value::NULL;
    }
    new_of_type(SET_TYPE.ptr(), t)
}

const fn binary_table() -> [Option<BinaryFn>; NB_BINARY_COUNT] {
    let mut t: [Option<BinaryFn>; NB_BINARY_COUNT] = [None; NB_BINARY_COUNT];
    t[BinOp::Or as usize] = Some(view_or);
    t[BinOp::And as usize] = Some(view_and);
    t[BinOp::Sub as usize] = Some(view_sub);
    t[BinOp::Xor as usize] = Some(view_xor);
    t
}

/// Number slots of the keys and items views.
pub const VIEW_NUMBER_SLOTS: NumberSlots = NumberSlots {
    binary: binary_table(),
    ..NumberSlots::EMPTY
};

/// Rich comparison of a set-like view with a set or another such view:
/// equal sizes and mutual containment, or subset/superset tests.
pub unsafe fn view_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if !is_anyset(b) && !is_setlike_view(b) {
        return not_implemented();
    }
    let sa = match table_from(a) {
        Ok(t) => new_of_type(FROZENSET_TYPE.ptr(), t),
        Err(()) => return Value::NULL,
    };
    if sa.is_null() {
        return sa;
    }
    let sb = match table_from(b) {
        Ok(t) => new_of_type(FROZENSET_TYPE.ptr(), t),
        Err(()) => {
            decref(sa);
            return Value::NULL;
        }
    };
    if sb.is_null() {
        decref(sa);
        return sb;
    }
    let (la, lb) = (len(sa), len(sb));
    let r = match op {
        CompareOp::Eq => {
            if la == lb {
                is_subset(sa, sb)
            } else {
                Ok(false)
            }
        }
        CompareOp::Ne => {
            if la == lb {
                is_subset(sa, sb).map(|x| !x)
            } else {
                Ok(true)
            }
        }
        CompareOp::Le => is_subset(sa, sb),
        CompareOp::Ge => is_subset(sb, sa),
        CompareOp::Lt => {
            if la < lb {
                is_subset(sa, sb)
            } else {
                Ok(false)
            }
        }
        CompareOp::Gt => {
            if la > lb {
                is_subset(sb, sa)
            } else {
                Ok(false)
            }
        }
    };
    decref(sa);
    decref(sb);
    match r {
        Ok(x) => crate::objects::bool::from_bool(x),
        Err(()) => Value::NULL,
    }
}
