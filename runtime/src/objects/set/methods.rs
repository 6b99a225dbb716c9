//! set/frozenset constructors, repr and named methods (`add`, `remove`,
//! `union`, `issubset`, ...), with CPython's messages.

use super::ops::*;
use super::*;
use crate::call::builtin::{MethodDef, MethodImpl};
use crate::call::vectorcall::kw_count;
use crate::objects::singletons::none;

pub(super) unsafe fn set_repr(v: Value) -> Value {
    let tyname = (*type_of(v)).name().to_string();
    let exact = type_of(v) == SET_TYPE.ptr();
    if len(v) == 0 {
        return crate::objects::str::from_string(format!("{tyname}()"));
    }
    match crate::ops::protocol::repr_enter(v) {
        Err(()) => return Value::NULL,
        Ok(true) => return crate::objects::str::from_string(format!("{tyname}(...)")),
        Ok(false) => {}
    }
    let keys: Vec<Key> = table(v).iter().map(|(k, _)| k.clone()).collect();
    let mut out = String::new();
    if !exact {
        out.push_str(&tyname);
        out.push('(');
    }
    out.push('{');
    let mut ok = true;
    for (i, k) in keys.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if !crate::ops::protocol::repr_into(k.0, &mut out) {
            ok = false;
            break;
        }
    }
    crate::ops::protocol::repr_leave(v);
    if !ok {
        return Value::NULL;
    }
    out.push('}');
    if !exact {
        out.push(')');
    }
    crate::objects::str::from_string(out)
}

pub(super) unsafe fn set_new_slot(
    ty: *mut TypeObject,
    _args: *const Value,
    _nargs: usize,
    kwnames: Value,
) -> Value {
    if ty == SET_TYPE.ptr() && kw_count(kwnames) > 0 {
        return raise_type_error("set() takes no keyword arguments");
    }
    new_of_type(ty, Table::new())
}

/// `set.__init__(self, iterable=())`.
pub(super) unsafe fn set_init(s: Value, args: *const Value, nargs: usize, kwnames: Value) -> i32 {
    if kw_count(kwnames) > 0 {
        raise_type_error("set() takes no keyword arguments");
        return -1;
    }
    if nargs > 1 {
        crate::type_error!("set expected at most 1 argument, got {nargs}");
        return -1;
    }
    if check_idle(s).is_err() {
        return -1;
    }
    if len(s) > 0 {
        replace_table(s, Table::new());
    }
    if nargs == 1 {
        return update(s, *args);
    }
    0
}

pub(super) unsafe fn frozenset_new_slot(
    ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    if ty == FROZENSET_TYPE.ptr() && kw_count(kwnames) > 0 {
        return raise_type_error("frozenset() takes no keyword arguments");
    }
    if nargs > 1 {
        return crate::type_error!("frozenset expected at most 1 argument, got {nargs}");
    }
    if nargs == 0 {
        return new_of_type(ty, Table::new());
    }
    let it = *args;
    if ty == FROZENSET_TYPE.ptr() && type_of(it) == FROZENSET_TYPE.ptr() {
        return new_ref(it);
    }
    match table_from(it) {
        Ok(t) => new_of_type(ty, t),
        Err(()) => Value::NULL,
    }
}

fn ok_none(r: Result<(), ()>) -> Value {
    match r {
        Ok(()) => none(),
        Err(()) => Value::NULL,
    }
}

unsafe fn m_add(s: Value, x: Value) -> Value {
    if add(s, x) < 0 {
        return Value::NULL;
    }
    none()
}

unsafe fn m_clear(s: Value) -> Value {
    if check_idle(s).is_err() {
        return Value::NULL;
    }
    replace_table(s, Table::new());
    none()
}

unsafe fn m_copy(s: Value) -> Value {
    if type_of(s) == FROZENSET_TYPE.ptr() {
        return new_ref(s);
    }
    new_of_type(result_type(s), table(s).copy())
}

/// Remove `x`; Ok(true) when it was present.
unsafe fn discard_key(s: Value, x: Value) -> Result<bool, ()> {
    let h = lookup_hash(x)?;
    check_idle(s)?;
    let _g = busy(s);
    let k = Key(new_ref(x));
    let removed = table(s).remove(&k, h, &mut key_eq)?;
    Ok(removed.is_some())
}

unsafe fn m_discard(s: Value, x: Value) -> Value {
    match discard_key(s, x) {
        Ok(_) => none(),
        Err(()) => Value::NULL,
    }
}

unsafe fn m_remove(s: Value, x: Value) -> Value {
    match discard_key(s, x) {
        Ok(true) => none(),
        Ok(false) => raise_key_error(x),
        Err(()) => Value::NULL,
    }
}

unsafe fn m_pop(s: Value) -> Value {
    if check_idle(s).is_err() {
        return Value::NULL;
    }
    match table(s).pop() {
        Some((k, _)) => {
            let v = new_ref(k.0);
            drop(k);
            v
        }
        None => raise_str(
            crate::errors::exceptions::KEY_ERROR.ptr(),
            "pop from an empty set",
        ),
    }
}

unsafe fn m_update(s: Value, args: &[Value]) -> Value {
    for &a in args {
        if update(s, a) < 0 {
            return Value::NULL;
        }
    }
    none()
}

unsafe fn m_union(s: Value, args: &[Value]) -> Value {
    let mut t = table(s).copy();
    for &a in args {
        if a == s {
            continue;
        }
        if update_table(&mut t, a).is_err() {
            return Value::NULL;
        }
    }
    new_of_type(result_type(s), t)
}

/// Left-to-right fold of a table-producing operation over `args`, starting
/// from `s` itself (no arguments: a copy).
unsafe fn fold(s: Value, args: &[Value], f: fn(Value, Value) -> Result<Table, ()>) -> Value {
    if args.is_empty() {
        return new_of_type(result_type(s), table(s).copy());
    }
    let mut cur = new_ref(s);
    for &a in args {
        let r = f(cur, a);
        match r {
            Ok(t) => {
                let n = new_of_type(result_type(s), t);
                decref(cur);
                if n.is_null() {
                    return n;
                }
                cur = n;
            }
            Err(()) => {
                decref(cur);
                return Value::NULL;
            }
        }
    }
    cur
}

unsafe fn m_intersection(s: Value, args: &[Value]) -> Value {
    fold(s, args, intersection_of)
}

unsafe fn m_difference(s: Value, args: &[Value]) -> Value {
    fold(s, args, difference_of)
}

unsafe fn m_symmetric_difference(s: Value, x: Value) -> Value {
    match symmetric_difference_of(s, x) {
        Ok(t) => new_of_type(result_type(s), t),
        Err(()) => Value::NULL,
    }
}

unsafe fn m_intersection_update(s: Value, args: &[Value]) -> Value {
    let r = fold(s, args, intersection_of);
    if r.is_null() {
        return r;
    }
    let t = table(r).copy();
    decref(r);
    if check_idle(s).is_err() {
        return Value::NULL;
    }
    replace_table(s, t);
    none()
}

unsafe fn m_difference_update(s: Value, args: &[Value]) -> Value {
    if check_idle(s).is_err() {
        return Value::NULL;
    }
    let _g = busy(s);
    for &a in args {
        if difference_update_table(table(s), a).is_err() {
            return Value::NULL;
        }
    }
    none()
}

unsafe fn m_symmetric_difference_update(s: Value, x: Value) -> Value {
    ok_none(symmetric_update_table(s, x))
}

/// `other` as an anyset (new reference): itself, or a temporary set.
unsafe fn as_anyset(other: Value) -> Value {
    if is_anyset(other) {
        return new_ref(other);
    }
    match table_from(other) {
        Ok(t) => new_of_type(SET_TYPE.ptr(), t),
        Err(()) => Value::NULL,
    }
}

unsafe fn subset_method(a: Value, b: Value, swap: bool) -> Value {
    let o = as_anyset(b);
    if o.is_null() {
        return o;
    }
    let r = if swap {
        is_subset(o, a)
    } else {
        is_subset(a, o)
    };
    decref(o);
    match r {
        Ok(x) => crate::objects::bool::from_bool(x),
        Err(()) => Value::NULL,
    }
}

unsafe fn m_issubset(s: Value, x: Value) -> Value {
    subset_method(s, x, false)
}

unsafe fn m_issuperset(s: Value, x: Value) -> Value {
    subset_method(s, x, true)
}

unsafe fn m_isdisjoint(s: Value, x: Value) -> Value {
    let o = as_anyset(x);
    if o.is_null() {
        return o;
    }
    let r = intersection_of(s, o);
    decref(o);
    match r {
        Ok(t) => crate::objects::bool::from_bool(t.is_empty()),
        Err(()) => Value::NULL,
    }
}

macro_rules! m {
    ($name:literal, $kind:ident, $f:ident) => {
        MethodDef {
            name: $name,
            imp: MethodImpl::$kind($f),
            doc: "",
        }
    };
}

pub static SET_METHODS: &[MethodDef] = &[
    m!("add", O, m_add),
    m!("clear", NoArgs, m_clear),
    m!("copy", NoArgs, m_copy),
    m!("discard", O, m_discard),
    m!("difference", Fast, m_difference),
    m!("difference_update", Fast, m_difference_update),
    m!("intersection", Fast, m_intersection),
    m!("intersection_update", Fast, m_intersection_update),
    m!("isdisjoint", O, m_isdisjoint),
    m!("issubset", O, m_issubset),
    m!("issuperset", O, m_issuperset),
    m!("pop", NoArgs, m_pop),
    m!("remove", O, m_remove),
    m!("symmetric_difference", O, m_symmetric_difference),
    m!(
        "symmetric_difference_update",
        O,
        m_symmetric_difference_update
    ),
    m!("union", Fast, m_union),
    m!("update", Fast, m_update),
];

pub static FROZENSET_METHODS: &[MethodDef] = &[
    m!("copy", NoArgs, m_copy),
    m!("difference", Fast, m_difference),
    m!("intersection", Fast, m_intersection),
    m!("isdisjoint", O, m_isdisjoint),
    m!("issubset", O, m_issubset),
    m!("issuperset", O, m_issuperset),
    m!("symmetric_difference", O, m_symmetric_difference),
    m!("union", Fast, m_union),
];
