//! `range` and its iterator, with unbounded ints as in CPython: length,
//! indexing, slicing, containment, equality, hashing, `index`/`count` and
//! reversal follow CPython (`len()` of a range longer than `sys.maxsize`
//! raises OverflowError).
//!
//! Invariant: when start, stop, step and the length all fit an i64 the
//! range is "small": `big` is null and the i64 fields are the truth (every
//! item then fits an i64 too). Otherwise `big` owns the exact values and
//! the i64 fields are unused; such ranges take the BigInt paths, and so do
//! their iterators (`RangeIterObject::big`).

use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::{Object, Static, Value};
use crate::objects::{bool as pybool, int, str as pystr};
use crate::types::slots::CompareOp;
use crate::types::typeobject::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[repr(C)]
pub struct RangeObject {
    pub ob: Object,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: i64,
    /// Exact bounds of a range that does not fit the i64 fields (owned).
    pub big: *mut BigRange,
}

/// start, stop, step and length of a large range.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

#[repr(C)]
pub struct RangeIterObject {
    pub ob: Object,
    pub next: i64,
    pub step: i64,
    pub remaining: i64,
    /// `(next, step, remaining)` of an iterator over a large range (owned).
    pub big: *mut (BigInt, BigInt, BigInt),
}

pub static RANGE_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_new: Some(range_new),
    tp_dealloc: Some(range_dealloc),
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

macro_rules! range_iter_type {
    ($id:ident, $name:literal) => {
        pub static $id: Static<TypeObject> = Static::new(TypeObject {
            tp_dealloc: Some(range_iter_dealloc),
            tp_iter: Some(crate::ops::protocol::iter_self),
            tp_iternext: Some(range_iter_next),
            tp_getattro: Some(crate::ops::attr::generic_getattr),
            methods: RANGE_ITER_METHODS,
            ..TypeObject::new_static($name, std::mem::size_of::<RangeIterObject>(), 0)
        });
    };
}
range_iter_type!(RANGE_ITER_TYPE, "range_iterator");
// Iterators over large ranges carry CPython's other name.
range_iter_type!(LONGRANGE_ITER_TYPE, "longrange_iterator");

/// Number of items of range(start, stop, step), step != 0.
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u32) / st + 1u32
    }
}

/// New range (new reference), small when everything fits an i64.
pub fn new_range_big(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let len = big_len(&start, &stop, &step);
    let small = (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64());
    // SAFETY: fresh object.
    unsafe {
        let o = alloc_object(RANGE_TYPE.ptr(), std::mem::size_of::<RangeObject>());
        if o.is_null() {
            return Value::NULL;
        }
        let r = o as *mut RangeObject;
        if let (Some(a), Some(b), Some(c), Some(n)) = small {
            (*r).start = a;
            (*r).stop = b;
            (*r).step = c;
            (*r).len = n;
            (*r).big = std::ptr::null_mut();
        } else {
            (*r).big = Box::into_raw(Box::new(BigRange {
                start,
                stop,
                step,
                len,
            }));
        }
        Value::from_obj(o)
    }
}

/// New range of i64 bounds (new reference).
pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    new_range_big(start.into(), stop.into(), step.into())
}

fn robj(v: Value) -> *mut RangeObject {
    v.cast::<RangeObject>()
}

/// The exact `(start, stop, step, len)` of any range.
unsafe fn parts(r: *mut RangeObject) -> (BigInt, BigInt, BigInt, BigInt) {
    if (*r).big.is_null() {
        (
            (*r).start.into(),
            (*r).stop.into(),
            (*r).step.into(),
            (*r).len.into(),
        )
    } else {
        let b = &*(*r).big;
        (
            b.start.clone(),
            b.stop.clone(),
            b.step.clone(),
            b.len.clone(),
        )
    }
}

unsafe fn range_dealloc(o: *mut Object) {
    let r = o as *mut RangeObject;
    if !(*r).big.is_null() {
        drop(Box::from_raw((*r).big));
        (*r).big = std::ptr::null_mut();
    }
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn range_iter_dealloc(o: *mut Object) {
    let it = o as *mut RangeIterObject;
    if !(*it).big.is_null() {
        drop(Box::from_raw((*it).big));
        (*it).big = std::ptr::null_mut();
    }
    crate::object::alloc::free_and_release_type(o);
}

/// `operator.index(v)` as a BigInt.
fn index_big(v: Value) -> Result<BigInt, ()> {
    if let Some(iv) = int::int_val(v) {
        return Ok(iv.to_big().into_owned());
    }
    // SAFETY: valid value; slot call.
    let Some(f) = (unsafe { (*type_of(v)).nb.nb_index }) else {
        crate::type_error!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        );
        return Err(());
    };
    let r = unsafe { f(v) };
    if r.is_null() {
        return Err(());
    }
    let out = match int::int_val(r) {
        Some(iv) => Ok(iv.to_big().into_owned()),
        None => {
            crate::type_error!("__index__ returned non-int (type {})", type_name(r));
            Err(())
        }
    };
    crate::object::decref(r);
    out
}

unsafe fn range_new(_t: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        return raise_type_error("range() takes no keyword arguments");
    }
    let a = crate::object::value::slice_from(args, nargs);
    let parsed = match a.len() {
        1 => index_big(a[0]).map(|s| (BigInt::zero(), s, BigInt::one())),
        2 => index_big(a[0]).and_then(|x| index_big(a[1]).map(|y| (x, y, BigInt::one()))),
        3 => index_big(a[0])
            .and_then(|x| index_big(a[1]).and_then(|y| index_big(a[2]).map(|z| (x, y, z)))),
        0 => return raise_type_error("range expected at least 1 argument, got 0"),
        n => return crate::type_error!("range expected at most 3 arguments, got {n}"),
    };
    let Ok((start, stop, step)) = parsed else {
        return Value::NULL;
    };
    if step.is_zero() {
        return raise_value_error("range() arg 3 must not be zero");
    }
    new_range_big(start, stop, step)
}

unsafe fn range_repr(v: Value) -> Value {
    let (start, stop, step, _) = parts(robj(v));
    if step.is_one() {
        pystr::from_string(format!("range({start}, {stop})"))
    } else {
        pystr::from_string(format!("range({start}, {stop}, {step})"))
    }
}

unsafe fn range_len(v: Value) -> isize {
    let r = robj(v);
    if (*r).big.is_null() {
        return (*r).len as isize;
    }
    match (*(*r).big).len.to_isize() {
        Some(n) => n,
        None => {
            raise_overflow_error("Python int too large to convert to C ssize_t");
            -1
        }
    }
}

unsafe fn range_bool(v: Value) -> i32 {
    let r = robj(v);
    if (*r).big.is_null() {
        ((*r).len > 0) as i32
    } else {
        !(*(*r).big).len.is_zero() as i32
    }
}

fn item_at(r: *mut RangeObject, i: i64) -> i64 {
    // SAFETY: r is a small range and 0 <= i < len, so the item fits (the
    // product alone may not, hence i128).
    unsafe { ((*r).start as i128 + i as i128 * (*r).step as i128) as i64 }
}

/// A slice bound (`None` -> `dflt`) clipped CPython's way to
/// `[lower, upper]` after adding `len` to negative values.
fn slice_bound(
    v: Value,
    dflt: &BigInt,
    len: &BigInt,
    lower: &BigInt,
    upper: &BigInt,
) -> Result<BigInt, ()> {
    if crate::objects::singletons::is_none(v) {
        return Ok(dflt.clone());
    }
    let mut x = slice_index(v)?;
    if x.is_negative() {
        x += len;
        if &x < lower {
            x = lower.clone();
        }
    } else if &x > upper {
        x = upper.clone();
    }
    Ok(x)
}

/// A slice field as an exact int.
fn slice_index(v: Value) -> Result<BigInt, ()> {
    // SAFETY: slot lookup on a live value.
    if int::int_val(v).is_none() && unsafe { (*type_of(v)).nb.nb_index.is_none() } {
        raise_type_error("slice indices must be integers or None or have an __index__ method");
        return Err(());
    }
    index_big(v)
}

/// `range[slice]`: the sub-range, computed exactly.
unsafe fn range_slice(r: *mut RangeObject, key: Value) -> Value {
    let (start, _, step, len) = parts(r);
    let (a, b, c) = crate::objects::slice::fields(key);
    let sl_step = if crate::objects::singletons::is_none(c) {
        BigInt::one()
    } else {
        match slice_index(c) {
            Ok(x) => x,
            Err(()) => return Value::NULL,
        }
    };
    if sl_step.is_zero() {
        return raise_value_error("slice step cannot be zero");
    }
    let (lower, upper) = if sl_step.is_negative() {
        (BigInt::from(-1), &len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let (dstart, dstop) = if sl_step.is_negative() {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    let Ok(i) = slice_bound(a, dstart, &len, &lower, &upper) else {
        return Value::NULL;
    };
    let Ok(j) = slice_bound(b, dstop, &len, &lower, &upper) else {
        return Value::NULL;
    };
    new_range_big(&start + &step * i, &start + &step * j, step * sl_step)
}

unsafe fn range_subscript(v: Value, key: Value) -> Value {
    let r = robj(v);
    if crate::objects::slice::is_slice(key) {
        return range_slice(r, key);
    }
    if (*r).big.is_null() && key.is_small() {
        let n = (*r).len as i128;
        let i = key.as_small() as i128;
        let i = if i < 0 { i + n } else { i };
        if i < 0 || i >= n {
            return raise_index_error("range object index out of range");
        }
        return int::from_i64(item_at(r, i as i64));
    }
    if int::int_val(key).is_none() && (*type_of(key)).nb.nb_index.is_none() {
        return crate::type_error!(
            "range indices must be integers or slices, not {}",
            type_name(key)
        );
    }
    let Ok(mut i) = index_big(key) else {
        return Value::NULL;
    };
    let (start, _, step, len) = parts(r);
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return raise_index_error("range object index out of range");
    }
    int::from_bigint(start + step * i)
}

/// Position of the int `x` in the range, if it is an item.
unsafe fn position(r: *mut RangeObject, x: &BigInt) -> Option<BigInt> {
    if (*r).big.is_null() {
        let (s, st, n) = ((*r).start, (*r).step, (*r).len);
        let x = x.to_i128()?;
        let d = x - s as i128;
        if n == 0 || d % st as i128 != 0 {
            return None;
        }
        let k = d / st as i128;
        return (k >= 0 && k < n as i128).then(|| BigInt::from(k));
    }
    let (s, _, st, n) = parts(r);
    let d = x - &s;
    let (k, rem) = d.div_rem(&st);
    (rem.is_zero() && !k.is_negative() && k < n).then_some(k)
}

/// Compare every item with `x` (non-int operands): the first position
/// where they are equal, None when none is, Err with an exception set.
unsafe fn search(r: *mut RangeObject, x: Value, count: bool) -> Result<(Option<BigInt>, i64), ()> {
    let (start, _, step, len) = parts(r);
    let mut k = BigInt::zero();
    let mut hits = 0i64;
    let mut first = None;
    while k < len {
        let item = int::from_bigint(&start + &step * &k);
        if item.is_null() {
            return Err(());
        }
        let eq = crate::ops::compare::rich_compare_bool(item, x, CompareOp::Eq);
        crate::object::decref(item);
        if eq < 0 {
            return Err(());
        }
        if eq == 1 {
            if first.is_none() {
                first = Some(k.clone());
            }
            hits += 1;
            if !count {
                break;
            }
        }
        k += 1u32;
    }
    Ok((first, hits))
}

/// Is `x` an exact int or bool (compared arithmetically, not by `==`)?
fn is_plain_int(x: Value) -> bool {
    int::is_exact_int(x) || crate::objects::bool::is_bool(x)
}

unsafe fn range_contains(v: Value, x: Value) -> i32 {
    if is_plain_int(x) {
        return match int::int_val(x) {
            Some(iv) => position(robj(v), &iv.to_big()).is_some() as i32,
            None => 0,
        };
    }
    match search(robj(v), x, false) {
        Ok((found, _)) => found.is_some() as i32,
        Err(()) => -1,
    }
}

unsafe fn range_hash(v: Value) -> isize {
    let (start, _, step, len) = parts(robj(v));
    let none = crate::objects::singletons::none;
    let t = if len.is_zero() {
        crate::objects::tuple::tuple_pack_steal(&[int::from_i64(0), none(), none()])
    } else if len.is_one() {
        crate::objects::tuple::tuple_pack_steal(&[
            int::from_i64(1),
            int::from_bigint(start),
            none(),
        ])
    } else {
        crate::objects::tuple::tuple_pack_steal(&[
            int::from_bigint(len),
            int::from_bigint(start),
            int::from_bigint(step),
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
    let (s1, _, st1, n1) = parts(robj(a));
    let (s2, _, st2, n2) = parts(robj(b));
    let eq = n1 == n2 && (n1.is_zero() || (s1 == s2 && (n1.is_one() || st1 == st2)));
    pybool::from_bool(eq == (op == CompareOp::Eq))
}

unsafe fn new_iter(next: i64, step: i64, remaining: i64) -> Value {
    new_iter_of(RANGE_ITER_TYPE.ptr(), next, step, remaining)
}

unsafe fn new_iter_of(ty: *mut TypeObject, next: i64, step: i64, remaining: i64) -> Value {
    let o = alloc_object(ty, std::mem::size_of::<RangeIterObject>());
    if o.is_null() {
        return Value::NULL;
    }
    let it = o as *mut RangeIterObject;
    (*it).next = next;
    (*it).step = step;
    (*it).remaining = remaining;
    (*it).big = std::ptr::null_mut();
    Value::from_obj(o)
}

unsafe fn new_big_iter(next: BigInt, step: BigInt, remaining: BigInt) -> Value {
    let v = new_iter_of(LONGRANGE_ITER_TYPE.ptr(), 0, 0, 0);
    if !v.is_null() {
        (*v.cast::<RangeIterObject>()).big = Box::into_raw(Box::new((next, step, remaining)));
    }
    v
}

unsafe fn range_iter(v: Value) -> Value {
    let r = robj(v);
    if (*r).big.is_null() {
        return new_iter((*r).start, (*r).step, (*r).len);
    }
    let (start, _, step, len) = parts(r);
    new_big_iter(start, step, len)
}

/// `reversed(range)`.
pub unsafe fn range_reversed(v: Value) -> Value {
    let r = robj(v);
    if (*r).big.is_null() && (*r).step != i64::MIN {
        if (*r).len == 0 {
            return new_iter(0, 1, 0);
        }
        return new_iter(item_at(r, (*r).len - 1), -(*r).step, (*r).len);
    }
    let (start, _, step, len) = parts(r);
    if len.is_zero() {
        return new_iter(0, 1, 0);
    }
    let last = &start + &step * (&len - 1u32);
    new_big_iter(last, -step, len)
}

unsafe fn range_iter_next(v: Value) -> Value {
    let it = v.cast::<RangeIterObject>();
    if !(*it).big.is_null() {
        let (next, step, remaining) = &mut *(*it).big;
        if !remaining.is_positive() {
            return Value::NULL;
        }
        let x = next.clone();
        *next += &*step;
        *remaining -= 1u32;
        return int::from_bigint(x);
    }
    if (*it).remaining <= 0 {
        return Value::NULL;
    }
    let x = (*it).next;
    (*it).remaining -= 1;
    (*it).next = x.wrapping_add((*it).step);
    int::from_i64(x)
}

unsafe fn iter_length_hint(v: Value) -> Value {
    let it = v.cast::<RangeIterObject>();
    if !(*it).big.is_null() {
        let r = &(*(*it).big).2;
        return int::from_bigint(if r.is_negative() {
            BigInt::zero()
        } else {
            r.clone()
        });
    }
    int::from_i64((*it).remaining.max(0))
}

unsafe fn get_start(v: Value) -> Value {
    int::from_bigint(parts(robj(v)).0)
}
unsafe fn get_stop(v: Value) -> Value {
    int::from_bigint(parts(robj(v)).1)
}
unsafe fn get_step(v: Value) -> Value {
    int::from_bigint(parts(robj(v)).2)
}

unsafe fn m_index(v: Value, x: Value) -> Value {
    if is_plain_int(x) {
        if let Some(iv) = int::int_val(x) {
            if let Some(k) = position(robj(v), &iv.to_big()) {
                return int::from_bigint(k);
            }
        }
        let mut r = String::new();
        if !crate::ops::protocol::repr_into(x, &mut r) {
            return Value::NULL;
        }
        return raise_value_error(format!("{r} is not in range"));
    }
    match search(robj(v), x, false) {
        Ok((Some(k), _)) => int::from_bigint(k),
        Ok((None, _)) => raise_value_error("sequence.index(x): x not in sequence"),
        Err(()) => Value::NULL,
    }
}

unsafe fn m_count(v: Value, x: Value) -> Value {
    if is_plain_int(x) {
        let c = range_contains(v, x);
        return int::from_i64(c as i64);
    }
    match search(robj(v), x, true) {
        Ok((_, n)) => int::from_i64(n),
        Err(()) => Value::NULL,
    }
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
