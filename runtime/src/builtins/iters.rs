//! Iterator builtins: the types `enumerate`, `zip`, `map`, `filter`,
//! `reversed` and the two-argument `iter(callable, sentinel)` iterator,
//! and the reducing functions `min`, `max`, `sum`, `any`, `all`,
//! `sorted`.
//!
//! Every iterator object owns its fields (`a`, `b`: iterators, functions
//! or sequences depending on the type; `items`: a tuple of iterators for
//! zip/map) and is a GC container.

use crate::call::argparse::ArgSpec;
use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::refcount::clear_slot;
use crate::object::{decref, incref, new_ref, xdecref, Object, Static, Value};
use crate::objects::singletons::is_none;
use crate::objects::{bool as pybool, int, list, tuple};
use crate::ops::protocol;
use crate::types::slots::CompareOp;
use crate::types::typeobject::*;

#[repr(C)]
pub struct IterObject {
    pub ob: Object,
    pub a: Value,
    pub b: Value,
    pub items: Value,
    pub index: Value,
    pub count: i64,
    pub flag: bool,
}

macro_rules! iter_type {
    ($static:ident, $name:literal, $next:ident, $new:expr) => {
        iter_type!($static, $name, $next, $new, &[]);
    };
    ($static:ident, $name:literal, $next:ident, $new:expr, $methods:expr) => {
        pub static $static: Static<TypeObject> = Static::new(TypeObject {
            methods: $methods,
            tp_dealloc: Some(iter_dealloc),
            tp_traverse: Some(iter_traverse),
            tp_iter: Some(crate::ops::protocol::iter_self),
            tp_iternext: Some($next),
            tp_new: $new,
            tp_getattro: Some(crate::ops::attr::generic_getattr),
            ..TypeObject::new_static(
                $name,
                std::mem::size_of::<IterObject>(),
                TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
            )
        });
    };
}

iter_type!(
    ENUMERATE_TYPE,
    "enumerate",
    enumerate_next,
    Some(enumerate_new)
);
iter_type!(ZIP_TYPE, "zip", zip_next, Some(zip_new));
iter_type!(MAP_TYPE, "map", map_next, Some(map_new));
iter_type!(FILTER_TYPE, "filter", filter_next, Some(filter_new));
iter_type!(
    REVERSED_TYPE,
    "reversed",
    reversed_next,
    Some(reversed_new),
    REVERSED_METHODS
);

/// `reversed.__length_hint__()`: items left (0 once exhausted, or when
/// the sequence shrank below the next position).
unsafe fn reversed_length_hint(v: Value) -> Value {
    let r = iobj(v);
    if (*r).a.is_null() || (*r).count <= 0 {
        return int::from_i64(0);
    }
    let n = protocol::len((*r).a);
    if n < 0 {
        return Value::NULL;
    }
    int::from_i64(if (n as i64) < (*r).count {
        0
    } else {
        (*r).count
    })
}

static REVERSED_METHODS: &[crate::call::builtin::MethodDef] = &[crate::call::builtin::MethodDef {
    name: "__length_hint__",
    imp: crate::call::builtin::MethodImpl::NoArgs(reversed_length_hint),
    doc: "",
}];
iter_type!(
    CALLABLE_ITER_TYPE,
    "callable_iterator",
    callable_iter_next,
    None
);

unsafe fn new_iter_obj(ty: *mut TypeObject, a: Value, b: Value, items: Value) -> Value {
    let o = alloc_object(ty, (*ty).basicsize.max(std::mem::size_of::<IterObject>()));
    if o.is_null() {
        xdecref(a);
        xdecref(b);
        xdecref(items);
        return Value::NULL;
    }
    let it = o as *mut IterObject;
    (*it).a = a;
    (*it).b = b;
    (*it).items = items;
    gc::track(o);
    Value::from_obj(o)
}

fn iobj(v: Value) -> *mut IterObject {
    v.cast::<IterObject>()
}

unsafe fn iter_dealloc(o: *mut Object) {
    gc::untrack(o);
    let it = o as *mut IterObject;
    clear_slot(&mut (*it).a);
    clear_slot(&mut (*it).b);
    clear_slot(&mut (*it).items);
    clear_slot(&mut (*it).index);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn iter_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let it = o as *mut IterObject;
    for v in [(*it).a, (*it).b, (*it).items, (*it).index] {
        let r = visit_value(v, visit, arg);
        if r != 0 {
            return r;
        }
    }
    0
}

/// Call `tp_iternext` and normalise: item, or null (exhausted when no
/// exception is set).
unsafe fn next_of(it: Value) -> Value {
    protocol::iter_next(it)
}

unsafe fn enumerate_new(ty: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 2];
    let spec = ArgSpec {
        fname: "enumerate",
        params: &["iterable", "start"],
        posonly: 0,
        required: 1,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args_clinic(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let start = if out[1].is_null() {
        Value::small_unchecked(0)
    } else if int::is_exact_int(out[1]) {
        new_ref(out[1])
    } else if let Some(f) = (*type_of(out[1])).nb.nb_index {
        // `operator.index(start)`, as an exact int (True counts from 1).
        let r = f(out[1]);
        if r.is_null() {
            return r;
        }
        if !int::is_int(r) {
            let n = type_name(r);
            decref(r);
            return crate::type_error!("__index__ returned non-int (type {n})");
        }
        let exact = int::arith::int_pos(r);
        decref(r);
        if exact.is_null() {
            return exact;
        }
        exact
    } else {
        return crate::type_error!(
            "'{}' object cannot be interpreted as an integer",
            type_name(out[1])
        );
    };
    let it = protocol::get_iter(out[0]);
    if it.is_null() {
        decref(start);
        return it;
    }
    let e = new_iter_obj(ty, it, Value::NULL, Value::NULL);
    if !e.is_null() {
        (*iobj(e)).index = start;
    } else {
        decref(start);
    }
    e
}

unsafe fn enumerate_next(v: Value) -> Value {
    let e = iobj(v);
    let item = next_of((*e).a);
    if item.is_null() {
        return item;
    }
    let idx = (*e).index;
    let next = crate::ops::number::binary_op(
        idx,
        Value::small_unchecked(1),
        crate::types::slots::BinOp::Add,
    );
    if next.is_null() {
        decref(item);
        return next;
    }
    (*e).index = next;
    tuple::tuple_pack_steal(&[idx, item])
}

unsafe fn zip_new(ty: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut strict = false;
    let nkw = crate::call::vectorcall::kw_count(kw);
    if nkw > 1 {
        return crate::type_error!("zip() takes at most 1 keyword argument ({nkw} given)");
    }
    if !kw.is_null() {
        for (k, &name) in tuple::as_slice(kw).iter().enumerate() {
            if crate::objects::str::as_str(name) != "strict" {
                return crate::type_error!(
                    "'{}' is an invalid keyword argument for zip()",
                    crate::objects::str::as_str(name)
                );
            }
            let t = protocol::is_true(*args.add(nargs + k));
            if t < 0 {
                return Value::NULL;
            }
            strict = t == 1;
        }
    }
    let mut its = Vec::with_capacity(nargs);
    for i in 0..nargs {
        let it = protocol::get_iter(*args.add(i));
        if it.is_null() {
            for x in its {
                decref(x);
            }
            return it;
        }
        its.push(it);
    }
    let t = tuple::tuple_from_vec(its);
    if t.is_null() {
        return t;
    }
    let z = new_iter_obj(ty, Value::NULL, Value::NULL, t);
    if !z.is_null() {
        (*iobj(z)).flag = strict;
    }
    z
}

unsafe fn zip_next(v: Value) -> Value {
    let z = iobj(v);
    let its = tuple::as_slice((*z).items);
    if its.is_empty() {
        return Value::NULL;
    }
    let mut out = Vec::with_capacity(its.len());
    for (i, &it) in its.iter().enumerate() {
        let x = next_of(it);
        if x.is_null() {
            let exhausted = !occurred();
            for y in out {
                decref(y);
            }
            if exhausted && (*z).flag {
                if i > 0 {
                    let s = if i == 1 { " " } else { "s 1-" };
                    return raise_value_error(format!(
                        "zip() argument {} is shorter than argument{}{}",
                        i + 1,
                        s,
                        i
                    ));
                }
                for (j, &other) in its.iter().enumerate().skip(1) {
                    let y = next_of(other);
                    if !y.is_null() {
                        decref(y);
                        let s = if j == 1 { " " } else { "s 1-" };
                        return raise_value_error(format!(
                            "zip() argument {} is longer than argument{}{}",
                            j + 1,
                            s,
                            j
                        ));
                    }
                    if occurred() {
                        return Value::NULL;
                    }
                }
            }
            return Value::NULL;
        }
        out.push(x);
    }
    tuple::tuple_from_vec(out)
}

unsafe fn map_new(ty: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        return raise_type_error("map() takes no keyword arguments");
    }
    if nargs < 2 {
        return raise_type_error("map() must have at least two arguments.");
    }
    let mut its = Vec::with_capacity(nargs - 1);
    for i in 1..nargs {
        let it = protocol::get_iter(*args.add(i));
        if it.is_null() {
            for x in its {
                decref(x);
            }
            return it;
        }
        its.push(it);
    }
    let t = tuple::tuple_from_vec(its);
    if t.is_null() {
        return t;
    }
    new_iter_obj(ty, new_ref(*args), Value::NULL, t)
}

unsafe fn map_next(v: Value) -> Value {
    let m = iobj(v);
    let its = tuple::as_slice((*m).items);
    let mut argv = Vec::with_capacity(its.len());
    for &it in its {
        let x = next_of(it);
        if x.is_null() {
            for y in argv {
                decref(y);
            }
            return Value::NULL;
        }
        argv.push(x);
    }
    let r = crate::call::vectorcall::call((*m).a, &argv, Value::NULL);
    for y in argv {
        decref(y);
    }
    r
}

unsafe fn filter_new(ty: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        return raise_type_error("filter() takes no keyword arguments");
    }
    if nargs != 2 {
        return crate::type_error!("filter expected 2 arguments, got {nargs}");
    }
    let it = protocol::get_iter(*args.add(1));
    if it.is_null() {
        return it;
    }
    new_iter_obj(ty, new_ref(*args), it, Value::NULL)
}

unsafe fn filter_next(v: Value) -> Value {
    let fo = iobj(v);
    loop {
        let x = next_of((*fo).b);
        if x.is_null() {
            return x;
        }
        let keep = if is_none((*fo).a) {
            protocol::is_true(x)
        } else {
            let r = crate::call::vectorcall::call((*fo).a, &[x], Value::NULL);
            if r.is_null() {
                decref(x);
                return r;
            }
            let t = protocol::is_true(r);
            decref(r);
            t
        };
        if keep < 0 {
            decref(x);
            return Value::NULL;
        }
        if keep == 1 {
            return x;
        }
        decref(x);
    }
}

unsafe fn reversed_new(ty: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        return raise_type_error("reversed() takes no keyword arguments");
    }
    if nargs != 1 {
        return crate::type_error!("reversed expected 1 argument, got {nargs}");
    }
    let seq = *args;
    // `__reversed__ = None` marks a class as not reversible.
    let rev = crate::types::lookup::type_lookup_str(type_of(seq), "__reversed__");
    if !rev.is_null() && crate::objects::singletons::is_none(rev) {
        return crate::type_error!("'{}' object is not reversible", type_name(seq));
    }
    if let Some(r) = crate::types::slotdefs::generic::call_dunder(seq, "__reversed__", &[]) {
        return r;
    }
    if let Some(r) = reversed_dict_like(seq) {
        return r;
    }
    let n = {
        let t = type_of(seq);
        if (*t).sq.sq_item.is_none() && (*t).mp.mp_subscript.is_none() {
            return crate::type_error!("'{}' object is not reversible", type_name(seq));
        }
        protocol::len(seq)
    };
    if n < 0 {
        return Value::NULL;
    }
    let r = new_iter_obj(ty, new_ref(seq), Value::NULL, Value::NULL);
    if !r.is_null() {
        (*iobj(r)).count = n as i64;
    }
    r
}

/// `reversed()` of a dict or one of its views: iterates over a snapshot
/// of the entries, last inserted first. `None` when `seq` is not one.
unsafe fn reversed_dict_like(seq: Value) -> Option<Value> {
    use crate::objects::dict::{self, iter as dv};
    let t = type_of(seq) as *const TypeObject;
    let is_view = [
        dv::DICT_KEYS_TYPE.ptr(),
        dv::DICT_VALUES_TYPE.ptr(),
        dv::DICT_ITEMS_TYPE.ptr(),
    ]
    .into_iter()
    .any(|v| std::ptr::eq(t, v));
    let (d, kind) = if dict::is_dict(seq) {
        (seq, dv::ViewKind::Keys)
    } else if is_view {
        let v = seq.as_obj() as *mut dv::DictViewObject;
        ((*v).dict, (*v).kind)
    } else {
        return None;
    };
    Some(dv::new_reverse_iter(d, kind))
}

unsafe fn reversed_next(v: Value) -> Value {
    let r = iobj(v);
    if (*r).count <= 0 || (*r).a.is_null() {
        clear_slot(&mut (*r).a);
        return Value::NULL;
    }
    (*r).count -= 1;
    let i = int::from_i64((*r).count);
    let x = crate::interp::build::subscr_get((*r).a, i);
    decref(i);
    if x.is_null()
        && (matches(crate::errors::exceptions::INDEX_ERROR.ptr())
            || matches(crate::errors::exceptions::STOP_ITERATION.ptr()))
    {
        clear();
        (*r).count = 0;
        clear_slot(&mut (*r).a);
    }
    x
}

/// `iter(callable, sentinel)`.
pub unsafe fn new_callable_iter(f: Value, sentinel: Value) -> Value {
    if (*type_of(f)).tp_call.is_none() {
        return raise_type_error("iter(v, w): v must be callable");
    }
    new_iter_obj(
        CALLABLE_ITER_TYPE.ptr(),
        new_ref(f),
        new_ref(sentinel),
        Value::NULL,
    )
}

unsafe fn callable_iter_next(v: Value) -> Value {
    let c = iobj(v);
    if (*c).a.is_null() {
        return Value::NULL;
    }
    let r = crate::call::vectorcall::call((*c).a, &[], Value::NULL);
    if r.is_null() {
        if matches(crate::errors::exceptions::STOP_ITERATION.ptr()) {
            clear();
            clear_slot(&mut (*c).a);
        }
        return r;
    }
    let eq = crate::ops::compare::rich_compare_bool(r, (*c).b, CompareOp::Eq);
    if eq != 0 {
        decref(r);
        if eq > 0 {
            clear_slot(&mut (*c).a);
        }
        return Value::NULL;
    }
    r
}

/// Shared body of `min` and `max`.
unsafe fn min_max(args: *const Value, nargs: usize, kw: Value, op: CompareOp, name: &str) -> Value {
    let mut key = Value::NULL;
    let mut default = Value::NULL;
    // The positional count is checked first, as CPython does.
    if nargs == 0 {
        return crate::type_error!("{name} expected at least 1 argument, got 0");
    }
    if !kw.is_null() {
        for (k, &n) in tuple::as_slice(kw).iter().enumerate() {
            let v = *args.add(nargs + k);
            match crate::objects::str::as_str(n) {
                "key" => key = v,
                "default" => default = v,
                other => {
                    return crate::type_error!(
                        "'{other}' is an invalid keyword argument for {name}()"
                    )
                }
            }
        }
    }
    let items: Vec<Value> = if nargs == 1 {
        match protocol::sequence_to_vec(*args) {
            Some(v) => v,
            None => return Value::NULL,
        }
    } else {
        if !default.is_null() {
            return crate::type_error!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            );
        }
        let v: Vec<Value> = crate::object::value::slice_from(args, nargs).to_vec();
        for &x in &v {
            incref(x);
        }
        v
    };
    if key.is_ptr() && is_none(key) {
        key = Value::NULL;
    }
    let mut best = Value::NULL;
    let mut best_key = Value::NULL;
    let mut failed = false;
    for &x in &items {
        let k = if key.is_null() {
            new_ref(x)
        } else {
            crate::call::vectorcall::call(key, &[x], Value::NULL)
        };
        if k.is_null() {
            failed = true;
            break;
        }
        if best.is_null() {
            best = x;
            best_key = k;
            continue;
        }
        let r = crate::ops::compare::rich_compare_bool(k, best_key, op);
        if r < 0 {
            decref(k);
            failed = true;
            break;
        }
        if r == 1 {
            decref(best_key);
            best = x;
            best_key = k;
        } else {
            decref(k);
        }
    }
    xdecref(best_key);
    let result = if failed {
        Value::NULL
    } else if best.is_null() {
        if default.is_null() {
            raise_value_error(format!("{name}() arg is an empty sequence"))
        } else {
            new_ref(default)
        }
    } else {
        new_ref(best)
    };
    for x in items {
        decref(x);
    }
    result
}

pub unsafe fn builtin_min(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    min_max(args, nargs, kw, CompareOp::Lt, "min")
}

pub unsafe fn builtin_max(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    min_max(args, nargs, kw, CompareOp::Gt, "max")
}

pub unsafe fn builtin_sum(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 2];
    let spec = ArgSpec {
        fname: "sum",
        params: &["iterable", "start"],
        posonly: 1,
        required: 1,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args_clinic(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let start = if out[1].is_null() {
        Value::small_unchecked(0)
    } else {
        out[1]
    };
    if crate::objects::str::is_str(start) {
        return raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    if crate::objects::bytes::is_bytes(start) {
        return raise_type_error("sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if crate::objects::bytes::is_bytearray(start) {
        return raise_type_error("sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    let it = protocol::get_iter(out[0]);
    if it.is_null() {
        return it;
    }
    let mut acc = new_ref(start);
    loop {
        let x = next_of(it);
        if x.is_null() {
            break;
        }
        let r = if acc.is_small() && x.is_small() {
            int::from_i64(acc.as_small() + x.as_small())
        } else {
            crate::ops::number::binary_op(acc, x, crate::types::slots::BinOp::Add)
        };
        decref(x);
        decref(acc);
        if r.is_null() {
            decref(it);
            return r;
        }
        acc = r;
    }
    decref(it);
    if occurred() {
        decref(acc);
        return Value::NULL;
    }
    acc
}

unsafe fn any_all(v: Value, want: bool) -> Value {
    let it = protocol::get_iter(v);
    if it.is_null() {
        return it;
    }
    loop {
        let x = next_of(it);
        if x.is_null() {
            break;
        }
        let t = protocol::is_true(x);
        decref(x);
        if t < 0 {
            decref(it);
            return Value::NULL;
        }
        if (t == 1) == want {
            decref(it);
            return pybool::from_bool(want);
        }
    }
    decref(it);
    if occurred() {
        return Value::NULL;
    }
    pybool::from_bool(!want)
}

pub unsafe fn builtin_any(_m: Value, v: Value) -> Value {
    any_all(v, true)
}

pub unsafe fn builtin_all(_m: Value, v: Value) -> Value {
    any_all(v, false)
}

pub unsafe fn builtin_sorted(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    if nargs != 1 {
        return crate::type_error!("sorted expected 1 argument, got {nargs}");
    }
    let mut key = Value::NULL;
    let mut reverse = false;
    if !kw.is_null() {
        for (k, &n) in tuple::as_slice(kw).iter().enumerate() {
            let v = *args.add(nargs + k);
            match crate::objects::str::as_str(n) {
                "key" => key = v,
                "reverse" => {
                    let t = protocol::is_true(v);
                    if t < 0 {
                        return Value::NULL;
                    }
                    reverse = t == 1;
                }
                other => {
                    return crate::type_error!(
                        "'{other}' is an invalid keyword argument for sort()"
                    )
                }
            }
        }
    }
    let Some(items) = protocol::sequence_to_vec(*args) else {
        return Value::NULL;
    };
    // A new list sorted in place, as CPython's sorted() does.
    let l = list::list_from_vec(items);
    if l.is_null() {
        return l;
    }
    let key = if crate::objects::singletons::is_none(key) {
        Value::NULL
    } else {
        key
    };
    if list::sort::sort(l, key, reverse) < 0 {
        decref(l);
        return Value::NULL;
    }
    l
}
