//! `tuple`: immutable fixed-size sequences.
//!
//! Layout: GC header, `Object` header, `len`, then `len` inline item words
//! (owned references). Items may be null only while a constructor fills a
//! fresh tuple (`tuple_new`); `tp_traverse` skips nulls. The empty tuple is
//! an immortal static without a GC header (`tuple_is_gc` excludes it).

use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::header::IMMORTAL_REFCNT;
use crate::object::{decref, incref, new_ref, Object, Static, Value};
use crate::objects::int::index_value;
use crate::types::slots::{CompareOp, MappingSlots, SequenceSlots};
use crate::types::typeobject::*;

#[repr(C)]
pub struct TupleObject {
    pub ob: Object,
    pub len: usize,
    // followed by `len` Values
}

pub const TUPLE_HEADER_SIZE: usize = std::mem::size_of::<TupleObject>();

#[export_name = "pyrt_type_tuple"]
pub static TUPLE_TYPE: Static<TypeObject> = Static::new(TypeObject {
    classmethods: crate::objects::genericalias::CLASS_GETITEM_METHODS,
    tp_repr: Some(tuple_repr),
    tp_hash: Some(tuple_hash),
    tp_richcompare: Some(tuple_richcompare),
    tp_iter: Some(crate::objects::seqiter::seq_iter),
    tp_dealloc: Some(tuple_dealloc),
    tp_traverse: Some(tuple_traverse),
    tp_is_gc: Some(tuple_is_gc),
    tp_new: Some(tuple_new_slot),
    methods: TUPLE_METHODS,
    itemsize: std::mem::size_of::<Value>(),
    sq: SequenceSlots {
        sq_length: Some(tuple_len_slot),
        sq_concat: Some(tuple_concat),
        sq_repeat: Some(tuple_repeat),
        sq_item: Some(tuple_item),
        sq_contains: Some(tuple_contains),
        ..SequenceSlots::EMPTY
    },
    mp: MappingSlots {
        mp_length: Some(tuple_len_slot),
        mp_subscript: Some(tuple_subscript),
        mp_ass_subscript: None,
    },
    ..TypeObject::new_static(
        "tuple",
        TUPLE_HEADER_SIZE,
        TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_IMMUTABLETYPE,
    )
});

/// `()`, immortal.
#[export_name = "pyrt_empty_tuple"]
pub static EMPTY_TUPLE: Static<TupleObject> = Static::new(TupleObject {
    ob: Object {
        refcnt: IMMORTAL_REFCNT,
        ty: TUPLE_TYPE.ptr(),
    },
    len: 0,
});

/// The empty tuple (immortal, no incref needed).
#[inline(always)]
pub fn empty_tuple() -> Value {
    Value::from_obj(EMPTY_TUPLE.ptr())
}

#[inline(always)]
pub fn is_tuple(v: Value) -> bool {
    // SAFETY: valid value.
    v.is_ptr() && unsafe { (*type_of(v)).has_flag(TPFLAGS_TUPLE_SUBCLASS) }
}

#[inline(always)]
pub fn is_exact_tuple(v: Value) -> bool {
    v.is_ptr() && type_of(v) == TUPLE_TYPE.ptr()
}

/// Number of items.
#[inline(always)]
pub fn len(v: Value) -> usize {
    // SAFETY: v is a tuple.
    unsafe { (*v.cast::<TupleObject>()).len }
}

/// Pointer to the item array.
#[inline(always)]
pub fn items_ptr(v: Value) -> *mut Value {
    // SAFETY: items follow the header.
    unsafe { (v.as_obj() as *mut u8).add(TUPLE_HEADER_SIZE) as *mut Value }
}

/// The items of a type's MRO (empty once a collected type was cleared).
#[inline]
pub fn mro_slice<'a>(mro: Value) -> &'a [Value] {
    if mro.is_null() {
        &[]
    } else {
        as_slice(mro)
    }
}

/// The items, borrowed.
#[inline(always)]
pub fn as_slice<'a>(v: Value) -> &'a [Value] {
    // SAFETY: len items follow the header and live as long as the tuple.
    unsafe { std::slice::from_raw_parts(items_ptr(v), len(v)) }
}

/// New tuple of `n` null items, to be filled by the caller with owned
/// references before the tuple escapes (new reference). Tracked by the GC.
pub fn tuple_new(n: usize) -> Value {
    if n == 0 {
        return empty_tuple();
    }
    tuple_new_of_type(TUPLE_TYPE.ptr(), n)
}

fn tuple_new_of_type(ty: *const TypeObject, n: usize) -> Value {
    if n > isize::MAX as usize / 16 {
        return raise_memory_error();
    }
    let size = crate::ops::attr::var_instance_size(ty as *mut TypeObject, n);
    // SAFETY: size covers the header and items; calloc zeroes items (null).
    unsafe {
        let o = alloc_object(ty, size);
        if o.is_null() {
            return Value::NULL;
        }
        (*(o as *mut TupleObject)).len = n;
        gc::track(o);
        Value::from_obj(o)
    }
}

/// New tuple holding `items` (borrowed; each is increfed).
pub fn tuple_pack(items: &[Value]) -> Value {
    let t = tuple_new(items.len());
    if t.is_null() {
        return t;
    }
    let p = items_ptr(t);
    for (k, &v) in items.iter().enumerate() {
        incref(v);
        // SAFETY: k < len.
        unsafe { *p.add(k) = v };
    }
    t
}

/// New tuple taking ownership of `items` (stolen, even on failure). A null
/// item makes the whole call fail (its error is already set) — handy for
/// `tuple_pack_steal(&[new_a(), new_b()])`.
pub fn tuple_pack_steal(items: &[Value]) -> Value {
    if items.iter().any(|v| v.is_null()) {
        for &v in items {
            crate::object::xdecref(v);
        }
        return Value::NULL;
    }
    let t = tuple_new(items.len());
    if t.is_null() {
        for &v in items {
            decref(v);
        }
        return t;
    }
    let p = items_ptr(t);
    for (k, &v) in items.iter().enumerate() {
        // SAFETY: k < len.
        unsafe { *p.add(k) = v };
    }
    t
}

/// New tuple from a Vec of owned references (stolen).
pub fn tuple_from_vec(items: Vec<Value>) -> Value {
    tuple_pack_steal(&items)
}

unsafe fn tuple_dealloc(o: *mut Object) {
    gc::untrack(o);
    let v = Value::from_obj(o);
    for &item in as_slice(v) {
        crate::object::xdecref(item);
    }
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn tuple_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    for &item in as_slice(Value::from_obj(o)) {
        let r = visit_value(item, visit, arg);
        if r != 0 {
            return r;
        }
    }
    0
}

unsafe fn tuple_is_gc(o: *mut Object) -> bool {
    o != EMPTY_TUPLE.ptr() as *mut Object
}

unsafe fn tuple_len_slot(v: Value) -> isize {
    len(v) as isize
}

unsafe fn tuple_repr(v: Value) -> Value {
    let items = as_slice(v);
    if items.is_empty() {
        return crate::objects::str::new_str("()");
    }
    match crate::ops::protocol::repr_enter(v) {
        Err(()) => return Value::NULL,
        Ok(true) => return crate::objects::str::new_str("(...)"),
        Ok(false) => {}
    }
    let mut out = String::from("(");
    let mut ok = true;
    for (k, &item) in items.iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        if !crate::ops::protocol::repr_into(item, &mut out) {
            ok = false;
            break;
        }
    }
    crate::ops::protocol::repr_leave(v);
    if !ok {
        return Value::NULL;
    }
    if items.len() == 1 {
        out.push(',');
    }
    out.push(')');
    crate::objects::str::from_string(out)
}

unsafe fn tuple_hash(v: Value) -> isize {
    let mut h = crate::objects::hash::TupleHasher::new();
    for &item in as_slice(v) {
        let ih = crate::ops::protocol::hash(item);
        if ih == -1 {
            return -1;
        }
        h.add(ih);
    }
    h.finish(len(v))
}

/// Shared by tuple and list: lexicographic rich comparison of two item
/// slices, CPython's algorithm (first index whose items are not equal
/// decides; otherwise lengths decide). Slices are re-read through `get`
/// because `__eq__` may mutate lists.
pub unsafe fn seq_richcompare(
    get: &dyn Fn(usize) -> Option<Value>,
    len_a: &dyn Fn() -> usize,
    get_b: &dyn Fn(usize) -> Option<Value>,
    len_b: &dyn Fn() -> usize,
    op: CompareOp,
) -> Value {
    use crate::objects::bool::from_bool;
    if (op == CompareOp::Eq || op == CompareOp::Ne) && len_a() != len_b() {
        return from_bool(op == CompareOp::Ne);
    }
    let mut i = 0;
    while let (Some(x), Some(y)) = (get(i), get_b(i)) {
        incref(x);
        incref(y);
        let r = crate::ops::compare::rich_compare_bool(x, y, CompareOp::Eq);
        if r < 0 {
            decref(x);
            decref(y);
            return Value::NULL;
        }
        if r == 0 {
            let res = match op {
                CompareOp::Eq => from_bool(false),
                CompareOp::Ne => from_bool(true),
                _ => crate::ops::compare::rich_compare(x, y, op),
            };
            decref(x);
            decref(y);
            return res;
        }
        decref(x);
        decref(y);
        i += 1;
    }
    from_bool(op.test(len_a().cmp(&len_b())))
}

unsafe fn tuple_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if !is_tuple(a) || !is_tuple(b) {
        return crate::objects::singletons::not_implemented();
    }
    let sa = as_slice(a);
    let sb = as_slice(b);
    seq_richcompare(
        &|i| sa.get(i).copied(),
        &|| sa.len(),
        &|i| sb.get(i).copied(),
        &|| sb.len(),
        op,
    )
}

unsafe fn tuple_item(v: Value, i: isize) -> Value {
    let n = len(v) as isize;
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return raise_index_error("tuple index out of range");
    }
    new_ref(as_slice(v)[i as usize])
}

unsafe fn tuple_subscript(v: Value, key: Value) -> Value {
    if crate::objects::slice::is_slice(key) {
        let items = as_slice(v);
        let Ok((start, step, n)) = crate::objects::slice::indices_for(key, items.len()) else {
            return Value::NULL;
        };
        if step == 1 && n == items.len() && is_exact_tuple(v) {
            return new_ref(v);
        }
        let picked: Vec<Value> = (0..n)
            .map(|k| items[(start + k as isize * step) as usize])
            .collect();
        return tuple_pack(&picked);
    }
    match index_value(key) {
        Some(Ok(i)) => tuple_item(v, i),
        Some(Err(())) => Value::NULL,
        None => crate::type_error!(
            "tuple indices must be integers or slices, not {}",
            type_name(key)
        ),
    }
}

unsafe fn tuple_contains(v: Value, x: Value) -> i32 {
    for &item in as_slice(v) {
        let r = crate::ops::compare::rich_compare_bool(item, x, CompareOp::Eq);
        if r != 0 {
            return r;
        }
    }
    0
}

/// Resolve an optional `start`/`stop` argument of `tuple.index` against
/// length `n` (negative values count from the end, clamped at 0).
unsafe fn search_bound(arg: Option<&Value>, dflt: isize, n: isize) -> Result<isize, ()> {
    let Some(&v) = arg else {
        return Ok(dflt);
    };
    match index_value(v) {
        Some(Ok(i)) => Ok(if i < 0 { (i + n).max(0) } else { i }),
        Some(Err(())) => Err(()),
        None => {
            raise_type_error("slice indices must be integers or have an __index__ method");
            Err(())
        }
    }
}

/// `tuple.index(x[, start[, stop]])`.
unsafe fn tuple_index_method(v: Value, args: &[Value]) -> Value {
    if args.is_empty() || args.len() > 3 {
        return crate::type_error!("index expected at least 1 argument, got {}", args.len());
    }
    let items = as_slice(v);
    let n = items.len() as isize;
    let (Ok(start), Ok(stop)) = (
        search_bound(args.get(1), 0, n),
        search_bound(args.get(2), n, n),
    ) else {
        return Value::NULL;
    };
    let stop = stop.min(n);
    let mut k = start;
    while k < stop {
        match crate::ops::compare::rich_compare_bool(items[k as usize], args[0], CompareOp::Eq) {
            r if r < 0 => return Value::NULL,
            0 => k += 1,
            _ => return crate::objects::int::from_i64(k as i64),
        }
    }
    crate::value_error!("tuple.index(x): x not in tuple")
}

/// `tuple.count(x)`.
unsafe fn tuple_count_method(v: Value, x: Value) -> Value {
    let mut count = 0i64;
    for &item in as_slice(v) {
        match crate::ops::compare::rich_compare_bool(item, x, CompareOp::Eq) {
            r if r < 0 => return Value::NULL,
            0 => {}
            _ => count += 1,
        }
    }
    crate::objects::int::from_i64(count)
}

static TUPLE_METHODS: &[crate::call::builtin::MethodDef] = &[
    crate::call::builtin::MethodDef {
        name: "index",
        imp: crate::call::builtin::MethodImpl::Fast(tuple_index_method),
        doc: "Return first index of value.",
    },
    crate::call::builtin::MethodDef {
        name: "count",
        imp: crate::call::builtin::MethodImpl::O(tuple_count_method),
        doc: "Return number of occurrences of value.",
    },
];

unsafe fn tuple_concat(a: Value, b: Value) -> Value {
    if !is_tuple(b) {
        return crate::type_error!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name(b)
        );
    }
    let (x, y) = (as_slice(a), as_slice(b));
    if y.is_empty() && is_exact_tuple(a) {
        return new_ref(a);
    }
    if x.is_empty() && is_exact_tuple(b) {
        return new_ref(b);
    }
    let mut v: Vec<Value> = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    tuple_pack(&v)
}

unsafe fn tuple_repeat(a: Value, n: isize) -> Value {
    let x = as_slice(a);
    if n <= 0 || x.is_empty() {
        return empty_tuple();
    }
    if n == 1 && is_exact_tuple(a) {
        return new_ref(a);
    }
    let Some(total) = x
        .len()
        .checked_mul(n as usize)
        .filter(|t| *t < isize::MAX as usize / 16)
    else {
        return raise_memory_error();
    };
    let t = tuple_new(total);
    if t.is_null() {
        return t;
    }
    let p = items_ptr(t);
    for k in 0..total {
        let item = x[k % x.len()];
        incref(item);
        *p.add(k) = item;
    }
    t
}

/// `tuple(iterable=())`.
unsafe fn tuple_new_slot(
    ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    if !kwnames.is_null() && len(kwnames) != 0 {
        return raise_type_error("tuple() takes no keyword arguments");
    }
    if nargs > 1 {
        return crate::type_error!("tuple expected at most 1 argument, got {nargs}");
    }
    let items = if nargs == 0 {
        Vec::new()
    } else {
        let arg = *args;
        if is_exact_tuple(arg) && ty == TUPLE_TYPE.ptr() {
            return new_ref(arg);
        }
        match crate::ops::protocol::sequence_to_vec(arg) {
            Some(v) => v,
            None => return Value::NULL,
        }
    };
    if ty == TUPLE_TYPE.ptr() {
        return tuple_from_vec(items);
    }
    let t = tuple_new_of_type(ty, items.len());
    if t.is_null() {
        for v in items {
            decref(v);
        }
        return t;
    }
    let p = items_ptr(t);
    for (k, v) in items.into_iter().enumerate() {
        *p.add(k) = v;
    }
    t
}
