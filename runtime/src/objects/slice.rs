//! `slice`: `start:stop:step` objects (each an owned reference, None when
//! omitted) and CPython's index computations (`slice.indices`,
//! `PySlice_AdjustIndices`) used for subscripting sequences.

use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::refcount::clear_slot;
use crate::object::{decref, new_ref, Object, Static, Value};
use crate::objects::singletons::{is_none, none};
use crate::objects::{int, str as pystr, tuple};
use crate::types::slots::CompareOp;
use crate::types::typeobject::*;

#[repr(C)]
pub struct SliceObject {
    pub ob: Object,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub static SLICE_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_dealloc: Some(slice_dealloc),
    tp_traverse: Some(slice_traverse),
    tp_repr: Some(slice_repr),
    tp_richcompare: Some(slice_richcompare),
    tp_hash: Some(crate::ops::protocol::hash_not_implemented),
    tp_new: Some(slice_new),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    getsets: SLICE_GETSETS,
    methods: SLICE_METHODS,
    ..TypeObject::new_static("slice", std::mem::size_of::<SliceObject>(), TPFLAGS_HAVE_GC)
});

/// New slice (borrowed parts; null `step` means None).
pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(SLICE_TYPE.ptr(), std::mem::size_of::<SliceObject>());
        if o.is_null() {
            return Value::NULL;
        }
        let s = o as *mut SliceObject;
        (*s).start = new_ref(start);
        (*s).stop = new_ref(stop);
        (*s).step = new_ref(if step.is_null() { none() } else { step });
        gc::track(o);
        Value::from_obj(o)
    }
}

#[inline]
pub fn is_slice(v: Value) -> bool {
    v.is_ptr() && type_of(v) == SLICE_TYPE.ptr()
}

/// `(start, stop, step)` borrowed.
pub fn parts(v: Value) -> (Value, Value, Value) {
    // SAFETY: v is a slice.
    unsafe {
        let s = v.cast::<SliceObject>();
        ((*s).start, (*s).stop, (*s).step)
    }
}

/// A slice bound as an isize, clamped like CPython (huge values saturate).
fn bound(v: Value) -> Result<isize, ()> {
    if v.is_small() {
        let i = v.as_small();
        return Ok(i.clamp(isize::MIN as i64, isize::MAX as i64) as isize);
    }
    match int::int_val(v) {
        Some(iv) => Ok(match iv.to_i64() {
            Some(i) => i as isize,
            None => {
                if iv.is_negative() {
                    isize::MIN
                } else {
                    isize::MAX
                }
            }
        }),
        None => match int::index_value(v) {
            Some(Ok(i)) => Ok(i),
            Some(Err(())) => {
                if matches(crate::errors::exceptions::INDEX_ERROR.ptr())
                    || matches(crate::errors::exceptions::OVERFLOW_ERROR.ptr())
                {
                    clear();
                    return Ok(isize::MAX);
                }
                Err(())
            }
            None => {
                raise_type_error("slice indices must be integers or None or have an __index__ method");
                Err(())
            }
        },
    }
}

/// `(start, stop, step, slicelength)` for a sequence of length `len`.
pub fn indices(v: Value, len: isize) -> Result<(isize, isize, isize, usize), ()> {
    let (start, stop, step) = parts(v);
    let step = if is_none(step) { 1 } else { bound(step)? };
    if step == 0 {
        raise_value_error("slice step cannot be zero");
        return Err(());
    }
    let step = step.max(-isize::MAX);
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |b: Value, default: isize| -> Result<isize, ()> {
        if is_none(b) {
            return Ok(default);
        }
        let mut i = bound(b)?;
        if i < 0 {
            i = i.saturating_add(len);
            if i < lower {
                i = lower;
            }
        } else if i > upper {
            i = upper;
        }
        Ok(i)
    };
    let start = adjust(start, if step < 0 { upper } else { lower })?;
    let stop = adjust(stop, if step < 0 { lower } else { upper })?;
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, n))
}

unsafe fn slice_new(_t: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        return raise_type_error("slice() takes no keyword arguments");
    }
    let a = crate::object::value::slice_from(args, nargs);
    match a.len() {
        1 => new_slice(none(), a[0], Value::NULL),
        2 => new_slice(a[0], a[1], Value::NULL),
        3 => new_slice(a[0], a[1], a[2]),
        0 => raise_type_error("slice expected at least 1 argument, got 0"),
        n => crate::type_error!("slice expected at most 3 arguments, got {n}"),
    }
}

unsafe fn slice_dealloc(o: *mut Object) {
    gc::untrack(o);
    let s = o as *mut SliceObject;
    clear_slot(&mut (*s).start);
    clear_slot(&mut (*s).stop);
    clear_slot(&mut (*s).step);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn slice_traverse(o: *mut Object, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    let s = o as *mut SliceObject;
    for v in [(*s).start, (*s).stop, (*s).step] {
        let r = visit_value(v, visit, arg);
        if r != 0 {
            return r;
        }
    }
    0
}

unsafe fn slice_repr(v: Value) -> Value {
    let (a, b, c) = parts(v);
    let mut out = String::from("slice(");
    for (i, x) in [a, b, c].into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if !crate::ops::protocol::repr_into(x, &mut out) {
            return Value::NULL;
        }
    }
    out.push(')');
    pystr::from_string(out)
}

unsafe fn as_tuple(v: Value) -> Value {
    let (a, b, c) = parts(v);
    tuple::tuple_pack(&[a, b, c])
}

unsafe fn slice_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if !is_slice(a) || !is_slice(b) {
        return crate::objects::singletons::not_implemented();
    }
    let (x, y) = (as_tuple(a), as_tuple(b));
    let r = crate::ops::compare::rich_compare(x, y, op);
    decref(x);
    decref(y);
    r
}

unsafe fn get_start(v: Value) -> Value {
    new_ref(parts(v).0)
}
unsafe fn get_stop(v: Value) -> Value {
    new_ref(parts(v).1)
}
unsafe fn get_step(v: Value) -> Value {
    new_ref(parts(v).2)
}

unsafe fn m_indices(v: Value, len: Value) -> Value {
    let n = match int::index_value(len) {
        Some(Ok(n)) => n,
        Some(Err(())) => return Value::NULL,
        None => {
            return crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(len)
            )
        }
    };
    if n < 0 {
        return raise_value_error("length should not be negative");
    }
    match indices(v, n) {
        Ok((a, b, c, _)) => tuple::tuple_pack_steal(&[
            int::from_i64(a as i64),
            int::from_i64(b as i64),
            int::from_i64(c as i64),
        ]),
        Err(()) => Value::NULL,
    }
}

static SLICE_METHODS: &[crate::call::builtin::MethodDef] = &[crate::call::builtin::MethodDef {
    name: "indices",
    imp: crate::call::builtin::MethodImpl::O(m_indices),
    doc: "",
}];

static SLICE_GETSETS: &[crate::call::descr::GetSetDef] = &[
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
