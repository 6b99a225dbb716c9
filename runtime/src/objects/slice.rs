//! `slice`: `start`, `stop`, `step` (any objects, None by default), and
//! the index arithmetic every sequence uses for `seq[i:j:k]`
//! (`unpack` + `adjust`, CPython's `PySlice_Unpack` /
//! `PySlice_AdjustIndices`): indices go through `__index__` and clamp to
//! the machine range; a zero step is a ValueError.

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::call::descr::GetSetDef;
use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::gc::{self, visit_value, VisitFn};
use crate::object::{decref, new_ref, Object, Static, Value};
use crate::objects::int::{self, int_val};
use crate::objects::singletons::{is_none, none};
use crate::objects::tuple;
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
    tp_repr: Some(slice_repr),
    tp_hash: Some(crate::ops::protocol::hash_not_implemented),
    tp_richcompare: Some(slice_richcompare),
    tp_new: Some(slice_new),
    tp_dealloc: Some(slice_dealloc),
    tp_traverse: Some(slice_traverse),
    getsets: SLICE_GETSETS,
    methods: SLICE_METHODS,
    ..TypeObject::new_static("slice", std::mem::size_of::<SliceObject>(), TPFLAGS_HAVE_GC)
});

#[inline]
pub fn is_slice(v: Value) -> bool {
    v.is_ptr() && type_of(v) == SLICE_TYPE.ptr()
}

/// New slice (arguments borrowed; null arguments mean None).
pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    let or_none = |v: Value| if v.is_null() { none() } else { new_ref(v) };
    // SAFETY: fresh object of this layout.
    unsafe {
        let o = alloc_object(SLICE_TYPE.ptr(), std::mem::size_of::<SliceObject>());
        if o.is_null() {
            return Value::NULL;
        }
        let s = o as *mut SliceObject;
        (*s).start = or_none(start);
        (*s).stop = or_none(stop);
        (*s).step = or_none(step);
        gc::track(o);
        Value::from_obj(o)
    }
}

pub(crate) fn fields(v: Value) -> (Value, Value, Value) {
    // SAFETY: v is a slice.
    unsafe {
        let s = v.cast::<SliceObject>();
        ((*s).start, (*s).stop, (*s).step)
    }
}

/// An index for slicing, clamped to `[isize::MIN, isize::MAX]`.
fn clamped_index(v: Value) -> Result<isize, ()> {
    if let Some(x) = int_val(v) {
        return Ok(match x.to_i64() {
            Some(i) => i as isize,
            None if x.is_negative() => isize::MIN,
            None => isize::MAX,
        });
    }
    // SAFETY: slot lookup on a live value.
    if unsafe { (*type_of(v)).nb.nb_index.is_some() } {
        let i = crate::ops::number::number_to_int(v);
        if i.is_null() {
            return Err(());
        }
        let r = clamped_index(i);
        decref(i);
        return r;
    }
    raise_type_error("slice indices must be integers or None or have an __index__ method");
    Err(())
}

/// `(start, stop, step)` before adjusting to a length (CPython's
/// `PySlice_Unpack`).
pub fn unpack(v: Value) -> Result<(isize, isize, isize), ()> {
    let (start, stop, step) = fields(v);
    let step = if is_none(step) {
        1
    } else {
        let s = clamped_index(step)?;
        if s == 0 {
            raise_value_error("slice step cannot be zero");
            return Err(());
        }
        s.max(-isize::MAX)
    };
    let start = if is_none(start) {
        if step < 0 {
            isize::MAX
        } else {
            0
        }
    } else {
        clamped_index(start)?
    };
    let stop = if is_none(stop) {
        if step < 0 {
            isize::MIN
        } else {
            isize::MAX
        }
    } else {
        clamped_index(stop)?
    };
    Ok((start, stop, step))
}

/// Clip unpacked indices to a sequence of length `len`; returns
/// `(start, stop, slicelength)` (CPython's `PySlice_AdjustIndices`).
pub fn adjust(len: isize, start: isize, stop: isize, step: isize) -> (isize, isize, usize) {
    let clip = |i: isize| -> isize {
        if i < 0 {
            let j = i.saturating_add(len);
            if j < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                j
            }
        } else if i >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            i
        }
    };
    let (start, stop) = (clip(start), clip(stop));
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / -step + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    (start, stop, n)
}

/// `unpack` + `adjust`: `(start, step, slicelength)` for a sequence of
/// length `len`.
pub fn indices_for(v: Value, len: usize) -> Result<(isize, isize, usize), ()> {
    let (start, stop, step) = unpack(v)?;
    let (start, _, n) = adjust(len as isize, start, stop, step);
    Ok((start, step, n))
}

unsafe fn slice_repr(v: Value) -> Value {
    let (a, b, c) = fields(v);
    let mut out = String::from("slice(");
    for (k, x) in [a, b, c].into_iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        if !crate::ops::protocol::repr_into(x, &mut out) {
            return Value::NULL;
        }
    }
    out.push(')');
    crate::objects::str::from_string(out)
}

unsafe fn slice_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if !is_slice(a) || !is_slice(b) {
        return crate::objects::singletons::not_implemented();
    }
    let (x, y) = (fields(a), fields(b));
    let ta = tuple::tuple_pack(&[x.0, x.1, x.2]);
    let tb = tuple::tuple_pack(&[y.0, y.1, y.2]);
    let r = if ta.is_null() || tb.is_null() {
        Value::NULL
    } else {
        crate::ops::compare::rich_compare(ta, tb, op)
    };
    crate::object::xdecref(ta);
    crate::object::xdecref(tb);
    r
}

unsafe fn slice_new(_ty: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    if crate::call::vectorcall::kw_count(kw) > 0 {
        return raise_type_error("slice() takes no keyword arguments");
    }
    let a = crate::object::value::slice_from(args, nargs);
    match nargs {
        0 => raise_type_error("slice expected at least 1 argument, got 0"),
        1 => new_slice(Value::NULL, a[0], Value::NULL),
        2 => new_slice(a[0], a[1], Value::NULL),
        3 => new_slice(a[0], a[1], a[2]),
        n => crate::type_error!("slice expected at most 3 arguments, got {n}"),
    }
}

unsafe fn slice_dealloc(o: *mut Object) {
    gc::untrack(o);
    let s = o as *mut SliceObject;
    decref((*s).start);
    decref((*s).stop);
    decref((*s).step);
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

unsafe fn get_start(v: Value) -> Value {
    new_ref(fields(v).0)
}
unsafe fn get_stop(v: Value) -> Value {
    new_ref(fields(v).1)
}
unsafe fn get_step(v: Value) -> Value {
    new_ref(fields(v).2)
}

static SLICE_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "start",
        get: get_start,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "stop",
        get: get_stop,
        set: None,
        doc: "",
    },
    GetSetDef {
        name: "step",
        get: get_step,
        set: None,
        doc: "",
    },
];

/// `slice.indices(length)`.
unsafe fn m_indices(v: Value, length: Value) -> Value {
    let n = match int::index_value(length) {
        Some(Ok(n)) => n,
        Some(Err(())) => return Value::NULL,
        None => {
            return crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(length)
            )
        }
    };
    if n < 0 {
        return raise_value_error("length should not be negative");
    }
    let Ok((start, stop, step)) = unpack(v) else {
        return Value::NULL;
    };
    let (start, stop, _) = adjust(n, start, stop, step);
    tuple::tuple_pack_steal(&[
        int::from_i64(start as i64),
        int::from_i64(stop as i64),
        int::from_i64(step as i64),
    ])
}

static SLICE_METHODS: &[MethodDef] = &[MethodDef {
    name: "indices",
    imp: MethodImpl::O(m_indices),
    doc: "S.indices(len) -> (start, stop, stride)",
}];

#[cfg(test)]
mod tests {
    use super::adjust;
    #[test]
    fn adjust_matches_cpython() {
        // (len, start, stop, step) -> (start, stop, n) as CPython computes.
        assert_eq!(adjust(5, 1, 10, 2), (1, 5, 2));
        assert_eq!(adjust(5, isize::MAX, isize::MIN, -1), (4, -1, 5));
        assert_eq!(adjust(5, -2, isize::MAX, 1), (3, 5, 2));
        assert_eq!(adjust(5, -10, -20, 1), (0, 0, 0));
        assert_eq!(adjust(3, 0, 3, 2), (0, 3, 2));
        assert_eq!(adjust(0, 0, isize::MAX, 1), (0, 0, 0));
    }
}
