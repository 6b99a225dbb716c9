//! The abstract object protocols runtime code and the ABI entry points use:
//! repr/str/hash/truth, length, subscripting, iteration, containment.
//! Every function takes borrowed arguments; `Value` results are new
//! references (null with an exception set on failure); `i32`/`isize`
//! results are -1 on failure.

use crate::errors::threadstate::{tstate, with_recursion_guard};
use crate::errors::*;
use crate::object::{decref, incref, new_ref, Value};
use crate::objects::{bool as pybool, int, list, singletons, str as pystr, tuple};
use crate::types::slots::CompareOp;
use crate::types::typeobject::*;

/// `repr(v)`.
pub fn repr(v: Value) -> Value {
    let ty = type_of(v);
    // SAFETY: valid type; slot call.
    let Some(f) = (unsafe { (*ty).tp_repr }) else {
        return crate::objects::object::object_repr_value(v);
    };
    let r = with_recursion_guard(
        " while getting the repr of an object",
        Value::NULL,
        || unsafe { f(v) },
    );
    if !r.is_null() && !pystr::is_str(r) {
        let name = type_name(r);
        decref(r);
        return crate::type_error!("__repr__ returned non-string (type {name})");
    }
    r
}

/// Append `repr(v)` to `out`; false with an exception set on failure.
pub fn repr_into(v: Value, out: &mut String) -> bool {
    if v.is_small() {
        use std::fmt::Write;
        let _ = write!(out, "{}", v.as_small());
        return true;
    }
    let r = repr(v);
    if r.is_null() {
        return false;
    }
    out.push_str(pystr::as_str(r));
    decref(r);
    true
}

/// `str(v)`.
pub fn str_of(v: Value) -> Value {
    if pystr::is_exact_str(v) {
        return new_ref(v);
    }
    let ty = type_of(v);
    // SAFETY: valid type.
    let Some(f) = (unsafe { (*ty).tp_str }) else {
        return repr(v);
    };
    let r = with_recursion_guard(
        " while getting the str of an object",
        Value::NULL,
        || unsafe { f(v) },
    );
    if !r.is_null() && !pystr::is_str(r) {
        let name = type_name(r);
        decref(r);
        return crate::type_error!("__str__ returned non-string (type {name})");
    }
    r
}

/// `hash(v)`; -1 with TypeError for unhashable objects.
#[inline]
pub fn hash(v: Value) -> isize {
    if v.is_small() {
        return crate::objects::hash::hash_i64(v.as_small());
    }
    if pystr::is_exact_str(v) {
        return pystr::hash_of(v);
    }
    let ty = type_of(v);
    // CPython hashes nested tuples without counting recursion levels; here
    // only the native stack bounds them (when its extent is known).
    if tuple::is_exact_tuple(v) && crate::interp::state::stack_extent_known() {
        if crate::interp::state::stack_exhausted() {
            crate::errors::raise_recursion_error(
                "maximum recursion depth exceeded while calculating hash",
            );
            return -1;
        }
        // SAFETY: valid type.
        if let Some(f) = unsafe { (*ty).tp_hash } {
            return unsafe { f(v) };
        }
    }
    // SAFETY: valid type.
    match unsafe { (*ty).tp_hash } {
        Some(f) => with_recursion_guard("", -1, || unsafe { f(v) }),
        None => hash_not_implemented_value(v),
    }
}

fn hash_not_implemented_value(v: Value) -> isize {
    crate::type_error!("unhashable type: '{}'", type_name(v));
    -1
}

/// `tp_hash` of unhashable types (`__hash__ = None`).
pub unsafe fn hash_not_implemented(v: Value) -> isize {
    hash_not_implemented_value(v)
}

/// `bool(v)`: 1, 0, or -1 with an exception.
#[inline]
pub fn is_true(v: Value) -> i32 {
    if v == pybool::true_value() {
        return 1;
    }
    if v == pybool::false_value() || singletons::is_none(v) {
        return 0;
    }
    if v.is_small() {
        return (v.as_small() != 0) as i32;
    }
    let ty = type_of(v);
    // SAFETY: valid type; slot calls.
    unsafe {
        if let Some(f) = (*ty).nb.nb_bool {
            return f(v);
        }
        if let Some(f) = (*ty).mp.mp_length {
            let n = f(v);
            return if n < 0 { -1 } else { (n > 0) as i32 };
        }
        if let Some(f) = (*ty).sq.sq_length {
            let n = f(v);
            return if n < 0 { -1 } else { (n > 0) as i32 };
        }
    }
    1
}

/// `len(v)`; -1 with an exception.
pub fn len(v: Value) -> isize {
    let ty = type_of(v);
    // SAFETY: valid type.
    unsafe {
        if let Some(f) = (*ty).sq.sq_length {
            return f(v);
        }
        if let Some(f) = (*ty).mp.mp_length {
            return f(v);
        }
    }
    crate::type_error!("object of type '{}' has no len()", type_name(v));
    -1
}

/// `o[key]`.
pub fn get_item(o: Value, key: Value) -> Value {
    let ty = type_of(o);
    // SAFETY: valid type; slot calls.
    unsafe {
        if let Some(f) = (*ty).mp.mp_subscript {
            return f(o, key);
        }
        if let Some(f) = (*ty).sq.sq_item {
            return match int::index_value(key) {
                Some(Ok(i)) => {
                    let i = if i < 0 {
                        match (*ty).sq.sq_length {
                            Some(l) => {
                                let n = l(o);
                                if n < 0 {
                                    return Value::NULL;
                                }
                                i + n
                            }
                            None => i,
                        }
                    } else {
                        i
                    };
                    f(o, i)
                }
                Some(Err(())) => Value::NULL,
                None => {
                    crate::type_error!("sequence index must be integer, not '{}'", type_name(key))
                }
            };
        }
        if (*ty).has_flag(TPFLAGS_TYPE_SUBCLASS) {
            // `type[X]` is special-cased (type itself has no
            // `__class_getitem__`, so that other classes do not inherit one
            // through their metaclass).
            if o.as_obj() == crate::types::typetype::TYPE_TYPE.ptr() as *mut crate::object::Object {
                return crate::objects::genericalias::new_generic_alias(o, key);
            }
            let m = crate::ops::attr::lookup_attr(o, crate::id!(__class_getitem__));
            match m {
                Err(()) => return Value::NULL,
                Ok(Some(f)) => {
                    let r = crate::call::vectorcall::call(f, &[key], Value::NULL);
                    decref(f);
                    return r;
                }
                Ok(None) if o == Value::from_obj(crate::types::typetype::TYPE_TYPE.ptr()) => {
                    // `type[C]` is a generic alias, as in CPython.
                    return crate::objects::genericalias::new_generic_alias(o, key);
                }
                Ok(None) => {
                    return crate::type_error!(
                        "type '{}' is not subscriptable",
                        (*(o.as_obj() as *mut TypeObject)).name()
                    )
                }
            }
        }
    }
    crate::type_error!("'{}' object is not subscriptable", type_name(o))
}

/// `o[key] = value` (value non-null) or `del o[key]` (value null).
pub fn set_item(o: Value, key: Value, value: Value) -> i32 {
    let ty = type_of(o);
    // SAFETY: valid type; slot calls.
    unsafe {
        if let Some(f) = (*ty).mp.mp_ass_subscript {
            return f(o, key, value);
        }
        if let Some(f) = (*ty).sq.sq_ass_item {
            return match int::index_value(key) {
                Some(Ok(i)) => f(o, i, value),
                Some(Err(())) => -1,
                None => {
                    crate::type_error!("sequence index must be integer, not '{}'", type_name(key));
                    -1
                }
            };
        }
    }
    if value.is_null() {
        // CPython words it "doesn't" on the sequence path (an index key on
        // a type with sequence methods) and "does not" otherwise.
        // SAFETY: valid type.
        let seq = unsafe {
            (*ty).is_heap_type() || (*ty).sq.sq_item.is_some() || (*ty).sq.sq_length.is_some()
        };
        let index_key = int::is_int(key) || unsafe { (*type_of(key)).nb.nb_index.is_some() };
        if seq && index_key {
            crate::type_error!("'{}' object doesn't support item deletion", type_name(o));
        } else {
            crate::type_error!("'{}' object does not support item deletion", type_name(o));
        }
    } else {
        crate::type_error!("'{}' object does not support item assignment", type_name(o));
    }
    -1
}

/// `iter(o)`.
pub fn get_iter(o: Value) -> Value {
    let ty = type_of(o);
    // SAFETY: valid type; slot calls.
    unsafe {
        if let Some(f) = (*ty).tp_iter {
            let it = f(o);
            if !it.is_null() && (*type_of(it)).tp_iternext.is_none() {
                let name = type_name(it);
                decref(it);
                return crate::type_error!("iter() returned non-iterator of type '{name}'");
            }
            return it;
        }
        if (*ty).sq.sq_item.is_some() {
            return crate::objects::seqiter::seq_iter(o);
        }
    }
    crate::type_error!("'{}' object is not iterable", type_name(o))
}

/// `next(it)` without default: the next item (new reference), or null. A
/// null result with no exception set means the iterator is exhausted
/// (a StopIteration raised by `__next__` is cleared here).
#[inline]
pub fn iter_next(it: Value) -> Value {
    let ty = type_of(it);
    // SAFETY: valid type; slot call.
    unsafe {
        match (*ty).tp_iternext {
            Some(f) => {
                let r = f(it);
                if r.is_null() && matches(crate::errors::exceptions::STOP_ITERATION.ptr()) {
                    clear();
                }
                r
            }
            None => crate::type_error!("'{}' object is not an iterator", type_name(it)),
        }
    }
}

/// `tp_iter` of iterators: return self.
pub unsafe fn iter_self(v: Value) -> Value {
    new_ref(v)
}

/// As `sequence_to_vec`, but a TypeError from getting the iterator is
/// replaced by TypeError(`msg`) (CPython's `PySequence_Fast`, e.g. "can
/// only join an iterable").
pub fn sequence_fast(iterable: Value, msg: &str) -> Option<Vec<Value>> {
    if list::is_exact_list(iterable) || tuple::is_exact_tuple(iterable) {
        return sequence_to_vec(iterable);
    }
    let it = get_iter(iterable);
    if it.is_null() {
        if matches(crate::errors::exceptions::TYPE_ERROR.ptr()) {
            clear();
            crate::errors::raise_type_error(msg);
        }
        return None;
    }
    let r = sequence_to_vec(it);
    decref(it);
    r
}

/// All items of an iterable as owned references, or None with an
/// exception set.
pub fn sequence_to_vec(iterable: Value) -> Option<Vec<Value>> {
    let src: Option<&[Value]> = if list::is_exact_list(iterable) {
        Some(list::as_slice(iterable))
    } else if tuple::is_exact_tuple(iterable) {
        Some(tuple::as_slice(iterable))
    } else {
        None
    };
    if let Some(items) = src {
        let v = items.to_vec();
        for &x in &v {
            incref(x);
        }
        return Some(v);
    }
    let it = get_iter(iterable);
    if it.is_null() {
        return None;
    }
    let mut out = Vec::new();
    loop {
        let x = iter_next(it);
        if x.is_null() {
            break;
        }
        out.push(x);
    }
    decref(it);
    if occurred() {
        for x in out {
            decref(x);
        }
        return None;
    }
    Some(out)
}

/// `item in container`: 1, 0, or -1.
pub fn contains(container: Value, item: Value) -> i32 {
    let ty = type_of(container);
    // SAFETY: valid type; slot call.
    if let Some(f) = unsafe { (*ty).sq.sq_contains } {
        return unsafe { f(container, item) };
    }
    let it = get_iter(container);
    if it.is_null() {
        if matches(crate::errors::exceptions::TYPE_ERROR.ptr()) {
            clear();
            crate::type_error!(
                "argument of type '{}' is not iterable",
                type_name(container)
            );
        }
        return -1;
    }
    let mut result = 0;
    loop {
        let x = iter_next(it);
        if x.is_null() {
            if occurred() {
                result = -1;
            }
            break;
        }
        let r = crate::ops::compare::rich_compare_bool(x, item, CompareOp::Eq);
        decref(x);
        if r != 0 {
            result = r;
            break;
        }
    }
    decref(it);
    result
}

/// Start printing container `v`: Ok(true) if it is already being printed on
/// this thread (print `[...]`), Ok(false) after registering it (then call
/// `repr_leave`).
pub fn repr_enter(v: Value) -> Result<bool, ()> {
    // SAFETY: this thread's state.
    unsafe {
        let ts = tstate();
        if (*ts).repr_stack.contains(&v) {
            return Ok(true);
        }
        (*ts).repr_stack.push(v);
    }
    Ok(false)
}

/// End printing container `v` (registered by `repr_enter`).
pub fn repr_leave(v: Value) {
    // SAFETY: this thread's state.
    unsafe {
        let st = &mut (*tstate()).repr_stack;
        if let Some(p) = st.iter().rposition(|x| *x == v) {
            st.remove(p);
        }
    }
}

/// `format(v, spec)`: calls `type(v).__format__(v, spec)` and checks the
/// result is a str. `spec` borrowed (null means `''`).
pub fn format(v: Value, spec: Value) -> Value {
    let spec = if spec.is_null() {
        pystr::new_str("")
    } else {
        new_ref(spec)
    };
    if !pystr::is_str(spec) {
        let n = type_name(spec);
        decref(spec);
        return crate::type_error!("format() argument 2 must be str, not {n}");
    }
    // SAFETY: dunder call on live objects.
    let r = unsafe { crate::types::slotdefs::generic::call_dunder(v, "__format__", &[spec]) };
    decref(spec);
    let r = match r {
        Some(r) => r,
        None => crate::type_error!("Type {} doesn't define __format__", type_name(v)),
    };
    if !r.is_null() && !pystr::is_str(r) {
        let n = type_name(r);
        decref(r);
        return crate::type_error!("__format__ must return a str, not {n}");
    }
    r
}
