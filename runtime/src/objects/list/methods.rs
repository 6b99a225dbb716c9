//! list protocol slots and methods (`append`, `extend`, `insert`, `pop`,
//! `remove`, `index`, `count`, `clear`, `copy`, `reverse`). Sorting and
//! slicing arrive with later changes.

use super::*;
use crate::call::builtin::{MethodDef, MethodImpl};
use crate::object::new_ref;
use crate::objects::int::index_value;
use crate::objects::singletons::none;
use crate::ops::compare::rich_compare_bool;
use crate::types::slots::CompareOp;

pub(super) unsafe fn list_repr(v: Value) -> Value {
    if len(v) == 0 {
        return crate::objects::str::new_str("[]");
    }
    match crate::ops::protocol::repr_enter(v) {
        Err(()) => return Value::NULL,
        Ok(true) => return crate::objects::str::new_str("[...]"),
        Ok(false) => {}
    }
    let mut out = String::from("[");
    let mut ok = true;
    let mut k = 0;
    while k < len(v) {
        if k > 0 {
            out.push_str(", ");
        }
        let item = as_slice(v)[k];
        incref(item);
        let r = crate::ops::protocol::repr_into(item, &mut out);
        decref(item);
        if !r {
            ok = false;
            break;
        }
        k += 1;
    }
    crate::ops::protocol::repr_leave(v);
    if !ok {
        return Value::NULL;
    }
    out.push(']');
    crate::objects::str::from_string(out)
}

pub(super) unsafe fn list_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if !is_list(a) || !is_list(b) {
        return crate::objects::singletons::not_implemented();
    }
    crate::objects::tuple::seq_richcompare(
        &|i| as_slice(a).get(i).copied(),
        &|| len(a),
        &|i| as_slice(b).get(i).copied(),
        &|| len(b),
        op,
    )
}

pub(super) unsafe fn list_new_slot(
    ty: *mut TypeObject,
    _args: *const Value,
    _nargs: usize,
    _kwnames: Value,
) -> Value {
    list_new_of_type(ty, 0)
}

/// `list.__init__(self, iterable=())`.
pub(super) unsafe fn list_init(s: Value, args: *const Value, nargs: usize, kwnames: Value) -> i32 {
    if !kwnames.is_null() && crate::objects::tuple::len(kwnames) != 0 {
        raise_type_error("list() takes no keyword arguments");
        return -1;
    }
    if nargs > 1 {
        crate::type_error!("list expected at most 1 argument, got {nargs}");
        return -1;
    }
    let items = if nargs == 0 {
        Vec::new()
    } else {
        match crate::ops::protocol::sequence_to_vec(*args) {
            Some(v) => v,
            None => return -1,
        }
    };
    replace_contents(s, items)
}

pub(super) unsafe fn list_concat(a: Value, b: Value) -> Value {
    if !is_list(b) {
        return crate::type_error!(
            "can only concatenate list (not \"{}\") to list",
            type_name(b)
        );
    }
    let mut v: Vec<Value> = Vec::with_capacity(len(a) + len(b));
    v.extend_from_slice(as_slice(a));
    v.extend_from_slice(as_slice(b));
    for &x in &v {
        incref(x);
    }
    list_from_vec(v)
}

pub(super) unsafe fn list_repeat(a: Value, n: isize) -> Value {
    let src = as_slice(a);
    if n <= 0 || src.is_empty() {
        return list_new(0);
    }
    let Some(total) = src
        .len()
        .checked_mul(n as usize)
        .filter(|t| *t < isize::MAX as usize / 16)
    else {
        return raise_memory_error();
    };
    let r = list_new(total);
    if r.is_null() {
        return r;
    }
    let src = as_slice(a);
    let p = (*obj(r)).items;
    for k in 0..total {
        let x = src[k % src.len()];
        incref(x);
        *p.add(k) = x;
    }
    (*obj(r)).len = total;
    r
}

fn normalize(i: isize, n: usize) -> Option<usize> {
    let i = if i < 0 { i + n as isize } else { i };
    (i >= 0 && (i as usize) < n).then_some(i as usize)
}

pub(super) unsafe fn list_item(a: Value, i: isize) -> Value {
    match normalize(i, len(a)) {
        Some(k) => new_ref(as_slice(a)[k]),
        None => raise_index_error("list index out of range"),
    }
}

pub(super) unsafe fn list_ass_item(a: Value, i: isize, value: Value) -> i32 {
    let Some(k) = normalize(i, len(a)) else {
        raise_index_error("list assignment index out of range");
        return -1;
    };
    let slot = (*obj(a)).items.add(k);
    if value.is_null() {
        let old = *slot;
        let l = obj(a);
        std::ptr::copy(slot.add(1), slot, (*l).len - k - 1);
        (*l).len -= 1;
        decref(old);
    } else {
        incref(value);
        let old = std::mem::replace(&mut *slot, value);
        decref(old);
    }
    0
}

pub(super) unsafe fn list_subscript(a: Value, key: Value) -> Value {
    if crate::objects::slice::is_slice(key) {
        let Ok((start, step, n)) = crate::objects::slice::indices_for(key, len(a)) else {
            return Value::NULL;
        };
        let items = as_slice(a);
        let picked: Vec<Value> = (0..n)
            .map(|k| {
                let v = items[(start + k as isize * step) as usize];
                incref(v);
                v
            })
            .collect();
        return list_from_vec(picked);
    }
    match index_value(key) {
        Some(Ok(i)) => list_item(a, i),
        Some(Err(())) => Value::NULL,
        None => crate::type_error!(
            "list indices must be integers or slices, not {}",
            type_name(key)
        ),
    }
}

pub(super) unsafe fn list_ass_subscript(a: Value, key: Value, value: Value) -> i32 {
    if crate::objects::slice::is_slice(key) {
        return list_ass_slice(a, key, value);
    }
    match index_value(key) {
        Some(Ok(i)) => list_ass_item(a, i, value),
        Some(Err(())) => -1,
        None => {
            crate::type_error!(
                "list indices must be integers or slices, not {}",
                type_name(key)
            );
            -1
        }
    }
}

/// `a[slice] = value` / `del a[slice]`.
unsafe fn list_ass_slice(a: Value, key: Value, value: Value) -> i32 {
    let Ok((start, stop, step)) = crate::objects::slice::unpack(key) else {
        return -1;
    };
    let new_items = if value.is_null() {
        Vec::new()
    } else {
        match crate::ops::protocol::sequence_to_vec(value) {
            Some(v) => v,
            None => {
                if matches(crate::errors::exceptions::TYPE_ERROR.ptr()) {
                    clear();
                    raise_type_error(if step == 1 {
                        "can only assign an iterable"
                    } else {
                        "must assign iterable to extended slice"
                    });
                }
                return -1;
            }
        }
    };
    // Indices are computed after the iterable ran (it may change the list).
    let (start, stop, n) = crate::objects::slice::adjust(len(a) as isize, start, stop, step);
    let mut items: Vec<Value> = as_slice(a).to_vec();
    // Entries leaving the list (borrowed; `replace_contents` drops them).
    let mut removed: Vec<Value> = Vec::new();
    if step == 1 {
        let lo = start as usize;
        let hi = (stop.max(start)) as usize;
        removed.extend(items.splice(lo..hi, new_items.iter().copied()));
    } else if value.is_null() {
        let mut idx: Vec<usize> = (0..n)
            .map(|k| (start + k as isize * step) as usize)
            .collect();
        idx.sort_unstable();
        for &i in idx.iter().rev() {
            removed.push(items.remove(i));
        }
    } else {
        if new_items.len() != n {
            crate::errors::raise_value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                n
            ));
            for v in new_items {
                decref(v);
            }
            return -1;
        }
        for (k, &v) in new_items.iter().enumerate() {
            let i = (start + k as isize * step) as usize;
            removed.push(std::mem::replace(&mut items[i], v));
        }
    }
    // The list takes over `items` (borrowed old entries + owned new ones);
    // the references of removed entries are dropped last.
    for &v in &items {
        incref(v);
    }
    for v in new_items {
        decref(v);
    }
    let rc = replace_contents(a, items);
    drop(removed);
    rc
}

pub(super) unsafe fn list_contains(a: Value, x: Value) -> i32 {
    let mut k = 0;
    while k < len(a) {
        let item = as_slice(a)[k];
        incref(item);
        let r = rich_compare_bool(item, x, CompareOp::Eq);
        decref(item);
        if r != 0 {
            return r;
        }
        k += 1;
    }
    0
}

/// `list.extend(iterable)` core (iterable borrowed). 0 or -1.
pub unsafe fn extend(a: Value, iterable: Value) -> i32 {
    // Exact lists and tuples (and the list itself) are copied directly;
    // subclasses may override `__iter__`, so they are iterated.
    let direct = is_exact_list(iterable) || iterable == a;
    let items = if direct || crate::objects::tuple::is_exact_tuple(iterable) {
        let src: Vec<Value> = if direct {
            as_slice(iterable).to_vec()
        } else {
            crate::objects::tuple::as_slice(iterable).to_vec()
        };
        for &x in &src {
            incref(x);
        }
        src
    } else {
        match crate::ops::protocol::sequence_to_vec(iterable) {
            Some(v) => v,
            None => return -1,
        }
    };
    if !reserve(a, len(a) + items.len()) {
        for x in items {
            decref(x);
        }
        return -1;
    }
    let l = obj(a);
    std::ptr::copy_nonoverlapping(items.as_ptr(), (*l).items.add((*l).len), items.len());
    (*l).len += items.len();
    0
}

pub(super) unsafe fn list_inplace_concat(a: Value, b: Value) -> Value {
    if extend(a, b) < 0 {
        return Value::NULL;
    }
    new_ref(a)
}

pub(super) unsafe fn list_inplace_repeat(a: Value, n: isize) -> Value {
    let r = list_repeat(a, n);
    if r.is_null() {
        return r;
    }
    let items = as_slice(r).to_vec();
    for &x in &items {
        incref(x);
    }
    decref(r);
    if replace_contents(a, items) < 0 {
        return Value::NULL;
    }
    new_ref(a)
}

unsafe fn m_append(s: Value, x: Value) -> Value {
    if append(s, x) < 0 {
        return Value::NULL;
    }
    none()
}

unsafe fn m_extend(s: Value, x: Value) -> Value {
    if extend(s, x) < 0 {
        return Value::NULL;
    }
    none()
}

unsafe fn m_insert(s: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("insert expected 2 arguments, got {}", args.len());
    }
    let i = match index_value(args[0]) {
        Some(Ok(i)) => i,
        Some(Err(())) => return Value::NULL,
        None => {
            return crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(args[0])
            )
        }
    };
    let n = len(s) as isize;
    let k = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    if !reserve(s, len(s) + 1) {
        return Value::NULL;
    }
    let l = obj(s);
    let p = (*l).items;
    std::ptr::copy(p.add(k), p.add(k + 1), (*l).len - k);
    incref(args[1]);
    *p.add(k) = args[1];
    (*l).len += 1;
    none()
}

unsafe fn m_pop(s: Value, args: &[Value]) -> Value {
    if args.len() > 1 {
        return crate::type_error!("pop expected at most 1 argument, got {}", args.len());
    }
    let i = if args.is_empty() {
        -1
    } else {
        match index_value(args[0]) {
            Some(Ok(i)) => i,
            Some(Err(())) => return Value::NULL,
            None => {
                return crate::type_error!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(args[0])
                )
            }
        }
    };
    if len(s) == 0 {
        return raise_index_error("pop from empty list");
    }
    let Some(k) = normalize(i, len(s)) else {
        return raise_index_error("pop index out of range");
    };
    let l = obj(s);
    let p = (*l).items;
    let item = *p.add(k);
    std::ptr::copy(p.add(k + 1), p.add(k), (*l).len - k - 1);
    (*l).len -= 1;
    item
}

/// Index of the first item equal to `x`: Ok(Some), Ok(None) or Err.
unsafe fn find(s: Value, x: Value) -> Result<Option<usize>, ()> {
    let mut k = 0;
    while k < len(s) {
        let item = as_slice(s)[k];
        incref(item);
        let r = rich_compare_bool(item, x, CompareOp::Eq);
        decref(item);
        if r < 0 {
            return Err(());
        }
        if r > 0 {
            return Ok(Some(k));
        }
        k += 1;
    }
    Ok(None)
}

unsafe fn m_remove(s: Value, x: Value) -> Value {
    match find(s, x) {
        Err(()) => Value::NULL,
        Ok(None) => raise_value_error("list.remove(x): x not in list"),
        Ok(Some(k)) => {
            if k < len(s) {
                list_ass_item(s, k as isize, Value::NULL);
            }
            none()
        }
    }
}

unsafe fn m_index(s: Value, args: &[Value]) -> Value {
    if args.is_empty() || args.len() > 3 {
        return crate::type_error!("index expected at least 1 argument, got {}", args.len());
    }
    let x = args[0];
    let n = len(s) as isize;
    let bound = |k: usize, dflt: isize| -> Result<isize, ()> {
        match args.get(k) {
            None => Ok(dflt),
            Some(&v) => match index_value(v) {
                Some(Ok(i)) => Ok(if i < 0 { (i + n).max(0) } else { i }),
                Some(Err(())) => Err(()),
                None => {
                    raise_type_error("slice indices must be integers or have an __index__ method");
                    Err(())
                }
            },
        }
    };
    let (Ok(start), Ok(stop)) = (bound(1, 0), bound(2, n)) else {
        return Value::NULL;
    };
    let mut k = start.max(0) as usize;
    while (k as isize) < stop && k < len(s) {
        let item = as_slice(s)[k];
        incref(item);
        let r = rich_compare_bool(item, x, CompareOp::Eq);
        decref(item);
        if r < 0 {
            return Value::NULL;
        }
        if r > 0 {
            return crate::objects::int::from_i64(k as i64);
        }
        k += 1;
    }
    let mut msg = String::new();
    if !crate::ops::protocol::repr_into(x, &mut msg) {
        return Value::NULL;
    }
    crate::value_error!("{msg} is not in list")
}

unsafe fn m_count(s: Value, x: Value) -> Value {
    let mut count = 0i64;
    let mut k = 0;
    while k < len(s) {
        let item = as_slice(s)[k];
        incref(item);
        let r = rich_compare_bool(item, x, CompareOp::Eq);
        decref(item);
        if r < 0 {
            return Value::NULL;
        }
        count += r as i64;
        k += 1;
    }
    crate::objects::int::from_i64(count)
}

unsafe fn m_clear(s: Value) -> Value {
    if replace_contents(s, Vec::new()) < 0 {
        return Value::NULL;
    }
    none()
}

unsafe fn m_copy(s: Value) -> Value {
    let items = as_slice(s).to_vec();
    for &x in &items {
        incref(x);
    }
    list_from_vec(items)
}

unsafe fn m_reverse(s: Value) -> Value {
    let l = obj(s);
    if (*l).len > 1 {
        std::slice::from_raw_parts_mut((*l).items, (*l).len).reverse();
    }
    none()
}

/// `list.__reversed__()`.
unsafe fn m_reversed(l: Value) -> Value {
    crate::objects::seqiter::list_reverse_iter(l)
}

pub static LIST_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__reversed__",
        imp: MethodImpl::NoArgs(m_reversed),
        doc: "Return a reverse iterator over the list.",
    },
    MethodDef {
        name: "append",
        imp: MethodImpl::O(m_append),
        doc: "Append object to the end of the list.",
    },
    MethodDef {
        name: "extend",
        imp: MethodImpl::O(m_extend),
        doc: "Extend list by appending elements from the iterable.",
    },
    MethodDef {
        name: "insert",
        imp: MethodImpl::Fast(m_insert),
        doc: "Insert object before index.",
    },
    MethodDef {
        name: "pop",
        imp: MethodImpl::Fast(m_pop),
        doc: "Remove and return item at index (default last).",
    },
    MethodDef {
        name: "remove",
        imp: MethodImpl::O(m_remove),
        doc: "Remove first occurrence of value.",
    },
    MethodDef {
        name: "index",
        imp: MethodImpl::Fast(m_index),
        doc: "Return first index of value.",
    },
    MethodDef {
        name: "count",
        imp: MethodImpl::O(m_count),
        doc: "Return number of occurrences of value.",
    },
    MethodDef {
        name: "clear",
        imp: MethodImpl::NoArgs(m_clear),
        doc: "Remove all items from list.",
    },
    MethodDef {
        name: "copy",
        imp: MethodImpl::NoArgs(m_copy),
        doc: "Return a shallow copy of the list.",
    },
    MethodDef {
        name: "reverse",
        imp: MethodImpl::NoArgs(m_reverse),
        doc: "Reverse *IN PLACE*.",
    },
    MethodDef {
        name: "sort",
        imp: MethodImpl::FastKw(super::sort::m_sort),
        doc: "Sort the list in ascending order and return None.",
    },
];
