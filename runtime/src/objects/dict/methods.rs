//! dict protocol slots and methods: repr, equality, construction
//! (`dict(mapping_or_pairs, **kw)`), subscripting with the `__missing__`
//! hook for subclasses, and `get`, `setdefault`, `pop`, `popitem`, `keys`,
//! `values`, `items`, `update`, `clear`, `copy`.

use super::*;
use crate::call::builtin::{MethodDef, MethodImpl};
use crate::object::new_ref;
use crate::objects::singletons::none;
use crate::objects::{list, tuple};

pub(super) unsafe fn dict_repr(d: Value) -> Value {
    if len(d) == 0 {
        return crate::objects::str::new_str("{}");
    }
    match crate::ops::protocol::repr_enter(d) {
        Err(()) => return Value::NULL,
        Ok(true) => return crate::objects::str::new_str("{...}"),
        Ok(false) => {}
    }
    let mut out = String::from("{");
    let mut ok = true;
    for (n, (k, v)) in items_vec(d).into_iter().enumerate() {
        if ok {
            if n > 0 {
                out.push_str(", ");
            }
            ok = crate::ops::protocol::repr_into(k, &mut out);
            if ok {
                out.push_str(": ");
                ok = crate::ops::protocol::repr_into(v, &mut out);
            }
        }
        decref(k);
        decref(v);
    }
    crate::ops::protocol::repr_leave(d);
    if !ok {
        return Value::NULL;
    }
    out.push('}');
    crate::objects::str::from_string(out)
}

/// `a == b` for dicts: 1, 0 or -1.
pub unsafe fn dict_equal(a: Value, b: Value) -> i32 {
    if len(a) != len(b) {
        return 0;
    }
    for (k, v) in items_vec(a) {
        let r = match get_item(b, k) {
            Err(()) => -1,
            Ok(None) => 0,
            Ok(Some(bv)) => {
                incref(bv);
                let r = crate::ops::compare::rich_compare_bool(v, bv, CompareOp::Eq);
                decref(bv);
                r
            }
        };
        decref(k);
        decref(v);
        if r <= 0 {
            return r;
        }
    }
    1
}

pub(super) unsafe fn dict_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if !is_dict(a) || !is_dict(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return crate::objects::singletons::not_implemented();
    }
    match dict_equal(a, b) {
        r if r < 0 => Value::NULL,
        r => crate::objects::bool::from_bool((r == 1) == (op == CompareOp::Eq)),
    }
}

pub(super) unsafe fn dict_new_slot(
    ty: *mut TypeObject,
    _args: *const Value,
    _nargs: usize,
    _kwnames: Value,
) -> Value {
    dict_new_of_type(ty)
}

/// Merge `src` (a mapping, or an iterable of pairs) into `d`; `override_`
/// replaces existing keys.
pub unsafe fn merge_from(d: Value, src: Value, override_: bool) -> i32 {
    if is_dict(src) {
        for (k, v) in items_vec(src) {
            let r = if override_ {
                set_item(d, k, v)
            } else {
                match get_item(d, k) {
                    Err(()) => -1,
                    Ok(Some(_)) => 0,
                    Ok(None) => set_item(d, k, v),
                }
            };
            decref(k);
            decref(v);
            if r < 0 {
                return -1;
            }
        }
        return 0;
    }
    // Mapping protocol: has a `keys` attribute.
    let keys_attr = crate::ops::attr::lookup_attr(src, crate::id!(keys));
    if keys_attr.is_err() {
        return -1;
    }
    if let Ok(Some(keys_fn)) = keys_attr {
        let keys = crate::call::vectorcall::call(keys_fn, &[], Value::NULL);
        decref(keys_fn);
        if keys.is_null() {
            return -1;
        }
        let ks = crate::ops::protocol::sequence_to_vec(keys);
        decref(keys);
        let Some(ks) = ks else { return -1 };
        let mut rc = 0;
        for k in ks {
            if rc == 0 {
                let v = crate::ops::protocol::get_item(src, k);
                if v.is_null() {
                    rc = -1;
                } else {
                    rc = set_item(d, k, v);
                    decref(v);
                }
            }
            decref(k);
        }
        return rc;
    }
    // Iterable of pairs.
    let Some(pairs) = crate::ops::protocol::sequence_to_vec(src) else {
        return -1;
    };
    let mut rc = 0;
    for (n, p) in pairs.into_iter().enumerate() {
        if rc == 0 {
            match crate::ops::protocol::sequence_to_vec(p) {
                None => {
                    if matches(crate::errors::exceptions::TYPE_ERROR.ptr()) {
                        clear();
                        crate::type_error!(
                            "cannot convert dictionary update sequence element #{n} to a sequence"
                        );
                    }
                    rc = -1;
                }
                Some(kv) => {
                    if kv.len() != 2 {
                        crate::value_error!(
                            "dictionary update sequence element #{n} has length {}; 2 is required",
                            kv.len()
                        );
                        rc = -1;
                    } else if override_ || !matches!(get_item(d, kv[0]), Ok(Some(_))) {
                        rc = set_item(d, kv[0], kv[1]);
                    }
                    for x in kv {
                        decref(x);
                    }
                }
            }
        }
        decref(p);
    }
    rc
}

unsafe fn update_common(
    d: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
    fname: &str,
) -> i32 {
    if nargs > 1 {
        crate::type_error!("{fname} expected at most 1 argument, got {nargs}");
        return -1;
    }
    if nargs == 1 && merge_from(d, *args, true) < 0 {
        return -1;
    }
    if !kwnames.is_null() {
        let names = tuple::as_slice(kwnames);
        for (k, &name) in names.iter().enumerate() {
            if set_item(d, name, *args.add(nargs + k)) < 0 {
                return -1;
            }
        }
    }
    0
}

/// `dict.__init__(self, mapping_or_iterable=(), **kwargs)`.
pub(super) unsafe fn dict_init(d: Value, args: *const Value, nargs: usize, kwnames: Value) -> i32 {
    update_common(d, args, nargs, kwnames, "dict")
}

pub(super) unsafe fn dict_contains(d: Value, key: Value) -> i32 {
    match get_item(d, key) {
        Err(()) => -1,
        Ok(r) => r.is_some() as i32,
    }
}

pub(super) unsafe fn dict_subscript(d: Value, key: Value) -> Value {
    match get_item(d, key) {
        Err(()) => Value::NULL,
        Ok(Some(v)) => new_ref(v),
        Ok(None) => {
            if !is_exact_dict(d) {
                let missing =
                    crate::types::lookup::type_lookup(type_of(d), crate::id!(__missing__));
                if !missing.is_null() {
                    return crate::call::vectorcall::call_method_value(missing, d, &[key]);
                }
            }
            raise_key_error(key)
        }
    }
}

pub(super) unsafe fn dict_ass_subscript(d: Value, key: Value, value: Value) -> i32 {
    if value.is_null() {
        del_item(d, key)
    } else {
        set_item(d, key, value)
    }
}

/// CPython's message for a one-or-two-argument method called with `n`
/// arguments outside that range (the error is set; NULL returned).
fn arity_error(fname: &str, n: usize) -> Option<Value> {
    if n == 0 {
        Some(crate::type_error!(
            "{fname} expected at least 1 argument, got 0"
        ))
    } else if n > 2 {
        Some(crate::type_error!(
            "{fname} expected at most 2 arguments, got {n}"
        ))
    } else {
        None
    }
}

unsafe fn m_get(d: Value, args: &[Value]) -> Value {
    if args.is_empty() {
        return crate::type_error!("get expected at least 1 argument, got 0");
    }
    if args.len() > 2 {
        return crate::type_error!("get expected at most 2 arguments, got {}", args.len());
    }
    match get_item(d, args[0]) {
        Err(()) => Value::NULL,
        Ok(Some(v)) => new_ref(v),
        Ok(None) => new_ref(args.get(1).copied().unwrap_or(none())),
    }
}

unsafe fn m_setdefault(d: Value, args: &[Value]) -> Value {
    if args.is_empty() {
        return crate::type_error!("setdefault expected at least 1 argument, got 0");
    }
    if args.len() > 2 {
        return crate::type_error!(
            "setdefault expected at most 2 arguments, got {}",
            args.len()
        );
    }
    let dflt = args.get(1).copied().unwrap_or(none());
    match get_item(d, args[0]) {
        Err(()) => Value::NULL,
        Ok(Some(v)) => new_ref(v),
        Ok(None) => {
            if set_item(d, args[0], dflt) < 0 {
                return Value::NULL;
            }
            new_ref(dflt)
        }
    }
}

unsafe fn m_pop(d: Value, args: &[Value]) -> Value {
    if let Some(e) = arity_error("pop", args.len()) {
        return e;
    }
    let h = crate::ops::protocol::hash(args[0]);
    if h == -1 {
        return Value::NULL;
    }
    match pop_item_hash(d, args[0], h) {
        Err(()) => Value::NULL,
        Ok(Some(v)) => v,
        Ok(None) => match args.get(1) {
            Some(&dflt) => new_ref(dflt),
            None => raise_key_error(args[0]),
        },
    }
}

unsafe fn m_popitem(d: Value) -> Value {
    let k = (*obj(d)).keys;
    if len(d) == 0 || k.is_null() {
        return crate::errors::raise_str(
            crate::errors::exceptions::KEY_ERROR.ptr(),
            "popitem(): dictionary is empty",
        );
    }
    let ents = entries(k);
    let mut j = (*k).nentries;
    while j > 0 && (*ents.add(j - 1)).key.is_null() {
        j -= 1;
    }
    let e = *ents.add(j - 1);
    incref(e.key);
    let popped = match pop_item_hash(d, e.key, e.hash) {
        Ok(Some(v)) => v,
        _ => {
            decref(e.key);
            return Value::NULL;
        }
    };
    // CPython also shrinks `nentries` so the next popitem is O(1).
    (*k).nentries = j - 1;
    (*k).usable += 1;
    tuple::tuple_pack_steal(&[e.key, popped])
}

unsafe fn m_keys(d: Value) -> Value {
    super::iter::new_view(d, super::iter::ViewKind::Keys)
}
unsafe fn m_values(d: Value) -> Value {
    super::iter::new_view(d, super::iter::ViewKind::Values)
}
unsafe fn m_items(d: Value) -> Value {
    super::iter::new_view(d, super::iter::ViewKind::Items)
}

unsafe fn m_update(d: Value, args: *const Value, nargs: usize, kwnames: Value) -> Value {
    if update_common(d, args, nargs, kwnames, "update") < 0 {
        return Value::NULL;
    }
    none()
}

unsafe fn m_clear(d: Value) -> Value {
    clear_dict(d);
    none()
}

unsafe fn m_copy(d: Value) -> Value {
    copy(d)
}

/// The keys as a new list (new reference).
pub fn keys_list(d: Value) -> Value {
    let items = items_vec(d);
    let keys = items
        .into_iter()
        .map(|(k, v)| {
            decref(v);
            k
        })
        .collect();
    list::list_from_vec(keys)
}

/// `dict.__reversed__()`: keys from the last inserted.
unsafe fn m_reversed(d: Value) -> Value {
    super::iter::new_reverse_iter(d, super::iter::ViewKind::Keys)
}

pub static DICT_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__reversed__",
        imp: MethodImpl::NoArgs(m_reversed),
        doc: "Return a reverse iterator over the dict keys.",
    },
    MethodDef {
        name: "get",
        imp: MethodImpl::Fast(m_get),
        doc: "Return the value for key if key is in the dictionary, else default.",
    },
    MethodDef {
        name: "setdefault",
        imp: MethodImpl::Fast(m_setdefault),
        doc: "Insert key with a value of default if key is not in the dictionary.",
    },
    MethodDef {
        name: "pop",
        imp: MethodImpl::Fast(m_pop),
        doc: "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.",
    },
    MethodDef {
        name: "popitem",
        imp: MethodImpl::NoArgs(m_popitem),
        doc: "Remove and return a (key, value) pair as a 2-tuple.",
    },
    MethodDef {
        name: "keys",
        imp: MethodImpl::NoArgs(m_keys),
        doc: "D.keys() -> a set-like object providing a view on D's keys",
    },
    MethodDef {
        name: "values",
        imp: MethodImpl::NoArgs(m_values),
        doc: "D.values() -> an object providing a view on D's values",
    },
    MethodDef {
        name: "items",
        imp: MethodImpl::NoArgs(m_items),
        doc: "D.items() -> a set-like object providing a view on D's items",
    },
    MethodDef {
        name: "update",
        imp: MethodImpl::FastKw(m_update),
        doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.",
    },
    MethodDef {
        name: "clear",
        imp: MethodImpl::NoArgs(m_clear),
        doc: "D.clear() -> None.  Remove all items from D.",
    },
    MethodDef {
        name: "copy",
        imp: MethodImpl::NoArgs(m_copy),
        doc: "D.copy() -> a shallow copy of D",
    },
];

/// `dict.fromkeys(iterable, value=None)` (a class method: `cls` is dict or
/// a subclass).
unsafe fn m_fromkeys(cls: Value, args: &[Value]) -> Value {
    if let Some(e) = arity_error("fromkeys", args.len()) {
        return e;
    }
    let value = args.get(1).copied().unwrap_or(none());
    let d = crate::call::vectorcall::call(cls, &[], Value::NULL);
    if d.is_null() {
        return d;
    }
    let Some(keys) = crate::ops::protocol::sequence_to_vec(args[0]) else {
        decref(d);
        return Value::NULL;
    };
    let mut rc = 0;
    for k in keys {
        if rc == 0 {
            rc = if is_exact_dict(d) {
                set_item(d, k, value)
            } else {
                crate::ops::protocol::set_item(d, k, value)
            };
        }
        decref(k);
    }
    if rc < 0 {
        decref(d);
        return Value::NULL;
    }
    d
}

pub static DICT_CLASSMETHODS: &[MethodDef] = &[
    MethodDef {
        name: "fromkeys",
        imp: MethodImpl::Fast(m_fromkeys),
        doc: "Create a new dictionary with keys from iterable and values set to value.",
    },
    MethodDef {
        name: "__class_getitem__",
        imp: MethodImpl::O(crate::objects::genericalias::class_getitem),
        doc: "See PEP 585",
    },
];

/// `a | b` for dicts: a copy of `a` updated from `b`.
pub(super) unsafe fn dict_or(a: Value, b: Value) -> Value {
    if !is_dict(a) || !is_dict(b) {
        return crate::objects::singletons::not_implemented();
    }
    let r = copy(a);
    if r.is_null() || merge_from(r, b, true) < 0 {
        crate::object::xdecref(r);
        return Value::NULL;
    }
    r
}

/// `a |= b`: `a.update(b)` for any mapping or iterable of pairs.
pub(super) unsafe fn dict_ior(a: Value, b: Value) -> Value {
    if merge_from(a, b, true) < 0 {
        return Value::NULL;
    }
    new_ref(a)
}
