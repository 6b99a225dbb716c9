//! Exception opcodes: `raise` (with `from`), implicit chaining of the
//! handled exception as `__context__`, `except` clause matching, calling
//! `__exit__` with the exception, and `except*` (splitting exception
//! groups, and building the group to re-raise).

use super::state::thread;
use crate::errors::exceptions::{
    exc_obj, is_exception, BASE_EXCEPTION, BASE_EXCEPTION_GROUP, EXCEPTION, EXCEPTION_GROUP,
};
use crate::errors::*;
use crate::object::{decref, incref, new_ref, xdecref, Value};
use crate::objects::{list, singletons::none, str as pystr, tuple};
use crate::types::typeobject::*;
use crate::types::typetype::is_type;

/// `raise` (`e` null: re-raise the handled exception; `cause` null when
/// there is no `from`). Always leaves an exception set; returns true for
/// a bare re-raise. Arguments borrowed.
pub unsafe fn do_raise(e: Value, cause: Value) -> bool {
    if e.is_null() {
        let h = (*thread()).exc_info;
        if h.is_null() {
            raise_runtime_error("No active exception to reraise");
            return false;
        }
        restore(new_ref(h));
        return true;
    }
    crate::abi::entry::pyrt_raise(e, cause);
    false
}

/// Set the current exception's `__context__` to the exception being
/// handled (for an explicit `raise`, or an exception raised by the runtime
/// that has no traceback yet), cutting any cycle this would create.
pub unsafe fn chain_context(explicit: bool) {
    let e = current();
    let ctx = (*thread()).exc_info;
    if e.is_null() || ctx.is_null() || e == ctx || !is_exception(e) || !is_exception(ctx) {
        return;
    }
    let eo = exc_obj(e);
    if !explicit && (!(*eo).traceback.is_null() || !(*eo).context.is_null()) {
        return;
    }
    // Avoid cycles: if `e` is in ctx's context chain, cut the chain there.
    let mut o = ctx;
    let mut steps = 0;
    while !o.is_null() && steps < 10000 {
        let oo = exc_obj(o);
        let next = (*oo).context;
        if next == e {
            crate::object::refcount::clear_slot(&mut (*oo).context);
            break;
        }
        o = next;
        steps += 1;
    }
    crate::errors::exceptions::base::set_context_steal(e, new_ref(ctx));
}

fn is_exc_class(v: Value) -> bool {
    is_type(v) && is_subtype(v.as_obj() as *mut TypeObject, BASE_EXCEPTION.ptr())
}

/// Validate an `except` clause's type (class or tuple of classes).
fn check_except_type(ty: Value, star: bool) -> bool {
    let ok = if tuple::is_tuple(ty) {
        tuple::as_slice(ty).iter().all(|&t| is_exc_class(t))
    } else {
        is_exc_class(ty)
    };
    if !ok {
        raise_type_error("catching classes that do not inherit from BaseException is not allowed");
        return false;
    }
    if star {
        let is_group =
            |t: Value| is_subtype(t.as_obj() as *mut TypeObject, BASE_EXCEPTION_GROUP.ptr());
        let bad = if tuple::is_tuple(ty) {
            tuple::as_slice(ty).iter().any(|&t| is_group(t))
        } else {
            is_group(ty)
        };
        if bad {
            raise_type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            );
            return false;
        }
    }
    true
}

/// Whether `e` is an instance of `ty` (a class or tuple of classes).
fn exc_matches(e: Value, ty: Value) -> bool {
    let et = type_of(e);
    if tuple::is_tuple(ty) {
        tuple::as_slice(ty)
            .iter()
            .any(|&t| is_subtype(et, t.as_obj() as *mut TypeObject))
    } else {
        is_subtype(et, ty.as_obj() as *mut TypeObject)
    }
}

/// `CHECK_EXC_MATCH`: 1, 0 or -1.
pub fn check_exc_match(e: Value, ty: Value) -> i32 {
    if !check_except_type(ty, false) {
        return -1;
    }
    exc_matches(e, ty) as i32
}

/// `__exit__(type(e), e, e.__traceback__)` (new reference or null).
pub unsafe fn call_exit_with(exit: Value, e: Value) -> Value {
    let tb = if is_exception(e) && !(*exc_obj(e)).traceback.is_null() {
        (*exc_obj(e)).traceback
    } else {
        none()
    };
    let ty = Value::from_obj(type_of(e));
    crate::call::vectorcall::call(exit, &[ty, e, tb], Value::NULL)
}

fn is_group(e: Value) -> bool {
    is_instance_of(e, BASE_EXCEPTION_GROUP.ptr())
}

/// The exceptions tuple of a group (borrowed).
unsafe fn group_items(e: Value) -> Value {
    (*exc_obj(e)).extra[1]
}

/// A new group like `eg` holding `items` (borrowed): `eg.derive(items)`,
/// with traceback, cause, context and notes copied.
unsafe fn derive(eg: Value, items: &[Value]) -> Value {
    let l = list::list_new(items.len());
    if l.is_null() {
        return l;
    }
    for &x in items {
        if list::append(l, x) < 0 {
            decref(l);
            return Value::NULL;
        }
    }
    let r = match crate::ops::attr::lookup_attr(eg, crate::id!(derive)) {
        Ok(Some(m)) => {
            let r = crate::call::vectorcall::call(m, &[l], Value::NULL);
            decref(m);
            r
        }
        Ok(None) => {
            // Built-in groups: same message, plain (Base)ExceptionGroup.
            let msg = (*exc_obj(eg)).extra[0];
            let msg = if msg.is_null() {
                pystr::new_str("")
            } else {
                new_ref(msg)
            };
            let ty = if is_instance_of(eg, EXCEPTION.ptr()) {
                EXCEPTION_GROUP.ptr()
            } else {
                BASE_EXCEPTION_GROUP.ptr()
            };
            let r = crate::call::vectorcall::call(Value::from_obj(ty), &[msg, l], Value::NULL);
            decref(msg);
            r
        }
        Err(()) => Value::NULL,
    };
    decref(l);
    if r.is_null() {
        return r;
    }
    if !is_exception(r) {
        decref(r);
        return raise_type_error("derive must return an instance of BaseExceptionGroup");
    }
    let (src, dst) = (exc_obj(eg), exc_obj(r));
    for (s, d) in [
        ((*src).traceback, &mut (*dst).traceback),
        ((*src).cause, &mut (*dst).cause),
        ((*src).context, &mut (*dst).context),
        ((*src).notes, &mut (*dst).notes),
    ] {
        crate::object::xincref(s);
        crate::object::refcount::xsetref(d, s);
    }
    r
}

/// Split `e` by `pred` into (matching, rest); either may be null (none).
/// Err on failure.
unsafe fn split(e: Value, pred: &dyn Fn(Value) -> bool) -> Result<(Value, Value), ()> {
    if pred(e) {
        return Ok((new_ref(e), Value::NULL));
    }
    if !is_group(e) {
        return Ok((Value::NULL, new_ref(e)));
    }
    let items = group_items(e);
    let mut m = Vec::new();
    let mut r = Vec::new();
    let items: Vec<Value> = if items.is_null() {
        Vec::new()
    } else {
        tuple::as_slice(items).to_vec()
    };
    let mut fail = false;
    for &x in &items {
        match split(x, pred) {
            Ok((a, b)) => {
                if !a.is_null() {
                    m.push(a);
                }
                if !b.is_null() {
                    r.push(b);
                }
            }
            Err(()) => {
                fail = true;
                break;
            }
        }
    }
    let build = |v: &Vec<Value>| -> Value {
        if v.is_empty() {
            Value::NULL
        } else if v.len() == items.len() && v.iter().zip(&items).all(|(a, b)| a == b) {
            new_ref(e)
        } else {
            derive(e, v)
        }
    };
    let result = if fail {
        Err(())
    } else {
        let a = build(&m);
        if !m.is_empty() && a.is_null() {
            Err(())
        } else {
            let b = build(&r);
            if !r.is_empty() && b.is_null() {
                xdecref(a);
                Err(())
            } else {
                Ok((a, b))
            }
        }
    };
    for x in m.into_iter().chain(r) {
        decref(x);
    }
    result
}

/// `CHECK_EG_MATCH`: `(rest, match)` as new references (None for
/// missing parts), or None with an exception set.
pub unsafe fn check_eg_match(e: Value, ty: Value) -> Option<(Value, Value)> {
    if !check_except_type(ty, true) {
        return None;
    }
    if exc_matches(e, ty) && !is_group(e) {
        // A naked exception: wrap it in an ExceptionGroup("", [e]).
        let l = tuple::tuple_pack(&[e]);
        if l.is_null() {
            return None;
        }
        let msg = pystr::new_str("");
        let g = crate::call::vectorcall::call(
            Value::from_obj(EXCEPTION_GROUP.ptr()),
            &[msg, l],
            Value::NULL,
        );
        decref(msg);
        decref(l);
        if g.is_null() {
            return None;
        }
        if let Some(tb) = Some((*exc_obj(e)).traceback).filter(|t| !t.is_null()) {
            incref(tb);
            crate::object::refcount::xsetref(&mut (*exc_obj(g)).traceback, tb);
        }
        return Some((none(), g));
    }
    let (m, r) = split(e, &|x| !is_group(x) && exc_matches(x, ty)).ok()?;
    let or_none = |v: Value| if v.is_null() { none() } else { v };
    Some((or_none(r), or_none(m)))
}

fn collect_leaves(e: Value, out: &mut Vec<Value>) {
    if is_group(e) {
        // SAFETY: e is a group.
        let items = unsafe { group_items(e) };
        if !items.is_null() {
            for &x in tuple::as_slice(items) {
                collect_leaves(x, out);
            }
        }
    } else {
        out.push(e);
    }
}

/// `PREP_RERAISE_STAR`: the exception to re-raise after the `except*`
/// clauses ran (`excs` lists what each clause raised or re-raised), or
/// None.
pub unsafe fn prep_reraise_star(orig: Value, excs: Value) -> Value {
    let items: Vec<Value> = list::as_slice(excs)
        .iter()
        .copied()
        .filter(|v| !crate::objects::singletons::is_none(*v))
        .collect();
    if items.is_empty() {
        return none();
    }
    if !is_group(orig) {
        return new_ref(items[0]);
    }
    let mut orig_leaves = Vec::new();
    collect_leaves(orig, &mut orig_leaves);
    let mut raised = Vec::new();
    let mut kept_leaves = Vec::new();
    for &x in &items {
        let mut leaves = Vec::new();
        collect_leaves(x, &mut leaves);
        if leaves.iter().all(|l| orig_leaves.contains(l)) {
            kept_leaves.extend(leaves);
        } else {
            raised.push(x);
        }
    }
    let reraised = if kept_leaves.is_empty() {
        Value::NULL
    } else {
        match split(orig, &|x| !is_group(x) && kept_leaves.contains(&x)) {
            Ok((m, r)) => {
                xdecref(r);
                m
            }
            Err(()) => return Value::NULL,
        }
    };
    if raised.is_empty() {
        return if reraised.is_null() { none() } else { reraised };
    }
    let mut all: Vec<Value> = raised.clone();
    if !reraised.is_null() {
        all.push(reraised);
    }
    if all.len() == 1 {
        return new_ref(all[0]);
    }
    let l = list::list_new(all.len());
    for &x in &all {
        list::append(l, x);
    }
    xdecref(reraised);
    let msg = pystr::new_str("");
    let g = crate::call::vectorcall::call(
        Value::from_obj(EXCEPTION_GROUP.ptr()),
        &[msg, l],
        Value::NULL,
    );
    decref(msg);
    decref(l);
    g
}

/// `BaseExceptionGroup.split(condition)`: `(match, rest)` as new
/// references (null for an empty part). `condition` is an exception type,
/// a tuple of them, or a predicate callable (not a class) applied to every
/// group and leaf. Err with an exception set on failure.
pub unsafe fn group_split(e: Value, cond: Value) -> Result<(Value, Value), ()> {
    let by_type = if tuple::is_tuple(cond) {
        tuple::as_slice(cond).iter().all(|&t| is_exc_class(t))
    } else {
        is_exc_class(cond)
    };
    if !by_type && (is_type(cond) || (*type_of(cond)).tp_call.is_none()) {
        raise_type_error("expected a function, exception type or tuple of exception types");
        return Err(());
    }
    let failed = std::cell::Cell::new(false);
    let pred = |x: Value| -> bool {
        if failed.get() {
            return false;
        }
        if by_type {
            return exc_matches(x, cond);
        }
        let r = crate::call::vectorcall::call(cond, &[x], Value::NULL);
        if r.is_null() {
            failed.set(true);
            return false;
        }
        let t = crate::ops::protocol::is_true(r);
        decref(r);
        if t < 0 {
            failed.set(true);
        }
        t > 0
    };
    let (m, r) = split(e, &pred)?;
    if failed.get() {
        xdecref(m);
        xdecref(r);
        return Err(());
    }
    Ok((m, r))
}
