//! `range` and its iterator. Bounds are kept as i64 (ranges whose bounds
//! do not fit raise OverflowError, as CPython does for their length);
//! length, indexing, slicing, containment, equality, `index`/`count` and
//! reversal follow CPython.

use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::{Object, Static, Value};
use crate::objects::{bool as pybool, int, str as pystr};
use crate::types::slots::CompareOp;
use crate::types::typeobject::*;

#[repr(C)]
pub struct RangeObject {
    pub ob: Object,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: i64,
}

#[repr(C)]
pub struct RangeIterObject {
    pub ob: Object,
    pub next: i64,
    pub step: i64,
    pub remaining: i64,
}

pub static RANGE_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_new: Some(range_new),
    tp_repr: Some(range_repr),
    tp_iter: Some(range_iter),
    tp_hash: Some(range_hash),
    tp_richcompare: Some(range_richcompare),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    sq: crate::types::slots::SequenceSlots {
        sq_length: Some(range_len),
        sq_contains: Some(range_contains),
        ..crate::types::slots::SequenceSlots::EMPTY
    },
    mp: crate::types::slots::MappingSlots {
        mp_length: Some(range_len),
        mp_subscript: Some(range_subscript),
        mp_ass_subscript: None,
    },
    nb: crate::types::slots::NumberSlots {
        nb_bool: Some(range_bool),
        ..crate::types::slots::NumberSlots::EMPTY
    },
    getsets: RANGE_GETSETS,
    methods: RANGE_METHODS,
    ..TypeObject::new_static("range", std::mem::size_of::<RangeObject>(), 0)
});

pub static RANGE_ITER_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_iter: Some(crate::ops::protocol::iter_self),
    tp_iternext: Some(range_iter_next),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    methods: RANGE_ITER_METHODS,
    ..TypeObject::new_static("range_iterator", std::mem::size_of::<RangeIterObject>(), 0)
});

fn compute_len(start: i64, stop: i64, step: i64) -> i64 {
    let (lo, hi, st) = if step > 0 {
        (start as i128, stop as i128, step as i128)
    } else {
        (stop as i128, start as i128, -(step as i128))
    };
    if lo >= hi {
        0
    } else {
        ((hi - lo - 1) / st + 1).min(i64::MAX as i128) as i64
    }
}

/// New range (new reference).
pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    // SAFETY: fresh object.
    unsafe {
        let o = alloc_object(RANGE_TYPE.ptr(), std::mem::size_of::<RangeObject>());
        if o.is_null() {
            return Value::NULL;
        }
        let r = o as *mut RangeObject;
        (*r).start = start;
        (*r).stop = stop;
        (*r).step = step;
        (*r).len = compute_len(start, stop, step);
        Value::from_obj(o)
    }
}

fn robj(v: Value) -> *mut RangeObject {
    v.cast::<RangeObject>()
}

fn as_bound(v: Value) -> Result<i64, ()> {
    match int::index_value(v) {
        Some(Ok(i)) => Ok(i as i64),
        Some(Err(())) => Err(()),
        None => {
            crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            );
            Err(())
        }
    }
}

unsafe fn range_new(_t: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        return raise_type_error("range() takes no keyword arguments");
    }
    let a = crate::object::value::slice_from(args, nargs);
    let parsed = match a.len() {
        1 => as_bound(a[0]).map(|s| (0, s, 1)),
        2 => as_bound(a[0]).and_then(|x| as_bound(a[1]).map(|y| (x, y, 1))),
        3 => as_bound(a[0])
            .and_then(|x| as_bound(a[1]).and_then(|y| as_bound(a[2]).map(|z| (x, y, z)))),
        0 => return raise_type_error("range expected at least 1 argument, got 0"),
        n => return crate::type_error!("range expected at most 3 arguments, got {n}"),
    };
    let Ok((start, stop, step)) = parsed else {
        return Value::NULL;
    };
    if step == 0 {
        return raise_value_error("range() arg 3 must not be zero");
    }
    new_range(start, stop, step)
}

unsafe fn range_repr(v: Value) -> Value {
    let r = robj(v);
    if (*r).step == 1 {
        pystr::from_string(format!("range({}, {})", (*r).start, (*r).stop))
    } else {
        pystr::from_string(format!(
            "range({}, {}, {})",
            (*r).start,
            (*r).stop,
            (*r).step
        ))
    }
}

unsafe fn range_len(v: Value) -> isize {
    (*robj(v)).len as isize
}

unsafe fn range_bool(v: Value) -> i32 {
    ((*robj(v)).len > 0) as i32
}

fn item_at(r: *mut RangeObject, i: i64) -> i64 {
    // SAFETY: r is a range.
    unsafe { (*r).start + i * (*r).step }
}

unsafe fn range_subscript(v: Value, key: Value) -> Value {
    let r = robj(v);
    if crate::objects::slice::is_slice(key) {
        // As CPython: the slice's clipped start and stop indices map to
        // range values (so `range(20)[::-3]` is `range(19, -2, -3)`).
        let Ok((start, stop, step)) = crate::objects::slice::unpack(key) else {
            return Value::NULL;
        };
        let (start, stop, _) = crate::objects::slice::adjust((*r).len as isize, start, stop, step);
        let nstart = item_at(r, start as i64);
        let nstep = (*r).step * step as i64;
        let nstop = item_at(r, stop as i64);
        return new_range(nstart, nstop, nstep);
    }
    match int::index_value(key) {
        Some(Ok(i)) => {
            let i = i as i64;
            let i = if i < 0 { i + (*r).len } else { i };
            if i < 0 || i >= (*r).len {
                return raise_index_error("range object index out of range");
            }
            int::from_i64(item_at(r, i))
        }
        Some(Err(())) => Value::NULL,
        None => crate::type_error!(
            "range indices must be integers or slices, not {}",
            type_name(key)
        ),
    }
}

fn index_of(r: *mut RangeObject, x: i64) -> Option<i64> {
    // SAFETY: r is a range.
    unsafe {
        let (s, st, n) = ((*r).start, (*r).step, (*r).len);
        if n == 0 {
            return None;
        }
        let d = x as i128 - s as i128;
        if d % st as i128 != 0 {
            return None;
        }
        let k = d / st as i128;
        if k >= 0 && k < n as i128 {
            Some(k as i64)
        } else {
            None
        }
    }
}

unsafe fn range_contains(v: Value, x: Value) -> i32 {
    if int::is_exact_int(x) || crate::objects::bool::is_bool(x) {
        return match int::as_i64(x) {
            Some(i) => index_of(robj(v), i).is_some() as i32,
            None => 0,
        };
    }
    let n = (*robj(v)).len;
    for k in 0..n {
        let item = int::from_i64(item_at(robj(v), k));
        let eq = crate::ops::compare::rich_compare_bool(item, x, CompareOp::Eq);
        crate::object::decref(item);
        if eq != 0 {
            return eq;
        }
    }
    0
}

unsafe fn range_hash(v: Value) -> isize {
    let r = robj(v);
    let t = if (*r).len == 0 {
        crate::objects::tuple::tuple_pack_steal(&[
            int::from_i64(0),
            crate::objects::singletons::none(),
            crate::objects::singletons::none(),
        ])
    } else if (*r).len == 1 {
        crate::objects::tuple::tuple_pack_steal(&[
            int::from_i64(1),
            int::from_i64((*r).start),
            crate::objects::singletons::none(),
        ])
    } else {
        crate::objects::tuple::tuple_pack_steal(&[
            int::from_i64((*r).len),
            int::from_i64((*r).start),
            int::from_i64((*r).step),
        ])
    };
    if t.is_null() {
        return -1;
    }
    let h = crate::ops::protocol::hash(t);
    crate::object::decref(t);
    h
}

unsafe fn range_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if type_of(b) != RANGE_TYPE.ptr() || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return crate::objects::singletons::not_implemented();
    }
    let (x, y) = (robj(a), robj(b));
    let eq = (*x).len == (*y).len
        && ((*x).len == 0
            || ((*x).start == (*y).start && ((*x).len == 1 || (*x).step == (*y).step)));
    pybool::from_bool(eq == (op == CompareOp::Eq))
}

unsafe fn new_iter(next: i64, step: i64, remaining: i64) -> Value {
    let o = alloc_object(
        RANGE_ITER_TYPE.ptr(),
        std::mem::size_of::<RangeIterObject>(),
    );
    if o.is_null() {
        return Value::NULL;
    }
    let it = o as *mut RangeIterObject;
    (*it).next = next;
    (*it).step = step;
    (*it).remaining = remaining;
    Value::from_obj(o)
}

unsafe fn range_iter(v: Value) -> Value {
    let r = robj(v);
    new_iter((*r).start, (*r).step, (*r).len)
}

/// `reversed(range)`.
pub unsafe fn range_reversed(v: Value) -> Value {
    let r = robj(v);
    if (*r).len == 0 {
        return new_iter(0, 1, 0);
    }
    new_iter(item_at(r, (*r).len - 1), -(*r).step, (*r).len)
}

unsafe fn range_iter_next(v: Value) -> Value {
    let it = v.cast::<RangeIterObject>();
    if (*it).remaining <= 0 {
        return Value::NULL;
    }
    let x = (*it).next;
    (*it).remaining -= 1;
    (*it).next = x.wrapping_add((*it).step);
    int::from_i64(x)
}

unsafe fn iter_length_hint(v: Value) -> Value {
    int::from_i64((*v.cast::<RangeIterObject>()).remaining.max(0))
}

unsafe fn get_start(v: Value) -> Value {
    int::from_i64((*robj(v)).start)
}
unsafe fn get_stop(v: Value) -> Value {
    int::from_i64((*robj(v)).stop)
}
unsafe fn get_step(v: Value) -> Value {
    int::from_i64((*robj(v)).step)
}

unsafe fn m_index(v: Value, x: Value) -> Value {
    if let Some(i) = int::as_i64(x).filter(|_| int::is_int(x)) {
        if let Some(k) = index_of(robj(v), i) {
            return int::from_i64(k);
        }
    }
    let mut r = String::new();
    if !crate::ops::protocol::repr_into(x, &mut r) {
        return Value::NULL;
    }
    raise_value_error(format!("{r} is not in range"))
}

unsafe fn m_count(v: Value, x: Value) -> Value {
    let c = range_contains(v, x);
    if c < 0 {
        return Value::NULL;
    }
    int::from_i64(c as i64)
}

unsafe fn m_reversed(v: Value) -> Value {
    range_reversed(v)
}

static RANGE_GETSETS: &[crate::call::descr::GetSetDef] = &[
    crate::call::descr::GetSetDef {
        name: "start",
        get: get_start,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "stop",
        get: get_stop,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "step",
        get: get_step,
        set: None,
        doc: "",
    },
];

static RANGE_METHODS: &[crate::call::builtin::MethodDef] = &[
    crate::call::builtin::MethodDef {
        name: "index",
        imp: crate::call::builtin::MethodImpl::O(m_index),
        doc: "",
    },
    crate::call::builtin::MethodDef {
        name: "count",
        imp: crate::call::builtin::MethodImpl::O(m_count),
        doc: "",
    },
    crate::call::builtin::MethodDef {
        name: "__reversed__",
        imp: crate::call::builtin::MethodImpl::NoArgs(m_reversed),
        doc: "",
    },
];

static RANGE_ITER_METHODS: &[crate::call::builtin::MethodDef] =
    &[crate::call::builtin::MethodDef {
        name: "__length_hint__",
        imp: crate::call::builtin::MethodImpl::NoArgs(iter_length_hint),
        doc: "",
    }];
