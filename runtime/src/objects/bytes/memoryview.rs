//! `memoryview` over bytes and bytearray (one-dimensional, format `'B'`):
//! indexing yields ints, slicing yields views of the same buffer, item and
//! slice assignment write through to a bytearray, `==` compares contents
//! with any bytes-like object, plus `tobytes`, `tolist`, `hex`, `release`,
//! the context-manager protocol, the buffer attributes (`format`,
//! `itemsize`, `nbytes`, `ndim`, `shape`, `strides`, `readonly`,
//! `toreadonly()`, hashing of read-only views,
//! `contiguous`) and `bytes(view)`.
//!
//! Invariants: a view holds an owned reference to its base object and
//! addresses it as `start + k * step` for `k < len`; positions are checked
//! against the base's current length on every access (a bytearray may
//! shrink), raising IndexError instead of reading out of range.

use super::*;
use crate::call::builtin::{MethodDef, MethodImpl};
use crate::object::alloc::alloc_object;
use crate::object::{new_ref, Object, Static};

#[repr(C)]
pub struct MemoryViewObject {
    pub ob: Object,
    pub base: Value,
    pub start: isize,
    pub step: isize,
    pub len: usize,
    pub released: bool,
    /// Made by `toreadonly()` (or derived from such a view): no writes even
    /// over a bytearray.
    pub force_readonly: bool,
}

pub static MEMORYVIEW_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_new: Some(mv_new),
    tp_dealloc: Some(mv_dealloc),
    tp_repr: Some(mv_repr),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    tp_hash: Some(mv_hash),
    methods: MV_METHODS,
    getsets: MV_GETSETS,
    sq: crate::types::slots::SequenceSlots {
        sq_length: Some(mv_len),
        sq_item: Some(mv_item),
        ..crate::types::slots::SequenceSlots::EMPTY
    },
    mp: crate::types::slots::MappingSlots {
        mp_length: Some(mv_len),
        mp_subscript: Some(mv_subscript),
        mp_ass_subscript: Some(mv_ass_subscript),
    },
    tp_richcompare: Some(mv_richcompare),
    ..TypeObject::new_static("memoryview", std::mem::size_of::<MemoryViewObject>(), 0)
});

#[inline]
pub fn is_memoryview(v: Value) -> bool {
    v.is_ptr() && type_of(v) == MEMORYVIEW_TYPE.ptr()
}

fn new_view(base: Value, start: isize, step: isize, len: usize) -> Value {
    // SAFETY: fresh object of the view layout.
    unsafe {
        let o = alloc_object(
            MEMORYVIEW_TYPE.ptr(),
            std::mem::size_of::<MemoryViewObject>(),
        );
        if o.is_null() {
            return Value::NULL;
        }
        let m = o as *mut MemoryViewObject;
        (*m).base = new_ref(base);
        (*m).start = start;
        (*m).step = step;
        (*m).len = len;
        (*m).released = false;
        (*m).force_readonly = false;
        Value::from_obj(o)
    }
}

unsafe fn mv_new(_ty: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    let spec = crate::call::argparse::ArgSpec {
        fname: "memoryview",
        params: &["object"],
        posonly: 0,
        required: 1,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    let mut out = [Value::NULL; 1];
    if crate::call::argparse::parse_args_clinic(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let args: *const Value = out.as_ptr();
    let src = *args;
    if is_memoryview(src) {
        let m = src.cast::<MemoryViewObject>();
        if !check_live(m) {
            return Value::NULL;
        }
        return derived(m, (*m).start, (*m).step, (*m).len);
    }
    if !is_byteslike(src) {
        return crate::type_error!(
            "memoryview: a bytes-like object is required, not '{}'",
            type_name(src)
        );
    }
    new_view(src, 0, 1, as_bytes(src).len())
}

/// A view over the same base as `m`, keeping its read-only flag.
unsafe fn derived(m: *mut MemoryViewObject, start: isize, step: isize, len: usize) -> Value {
    let v = new_view((*m).base, start, step, len);
    if !v.is_null() {
        (*v.cast::<MemoryViewObject>()).force_readonly = (*m).force_readonly;
    }
    v
}

/// Whether writes through `m` are refused.
unsafe fn is_readonly(m: *mut MemoryViewObject) -> bool {
    (*m).force_readonly || is_bytes((*m).base)
}

/// `hash(view)`: the hash of its bytes, for read-only views only.
unsafe fn mv_hash(v: Value) -> isize {
    let m = v.cast::<MemoryViewObject>();
    if !check_live(m) {
        return -1;
    }
    if !is_readonly(m) {
        raise_value_error("cannot hash writable memoryview object");
        return -1;
    }
    // As CPython, the exporter must be hashable too (a read-only view of a
    // bytearray is not).
    if crate::ops::protocol::hash((*m).base) == -1 {
        return -1;
    }
    match view_bytes(v) {
        Ok(b) => crate::objects::hash::hash_bytes(&b),
        Err(()) => -1,
    }
}

unsafe fn m_toreadonly(v: Value) -> Value {
    let m = v.cast::<MemoryViewObject>();
    if !check_live(m) {
        return Value::NULL;
    }
    let r = derived(m, (*m).start, (*m).step, (*m).len);
    if !r.is_null() {
        (*r.cast::<MemoryViewObject>()).force_readonly = true;
    }
    r
}

unsafe fn check_live(m: *mut MemoryViewObject) -> bool {
    if (*m).released {
        raise_value_error("operation forbidden on released memoryview object");
        return false;
    }
    true
}

/// The bytes the view addresses (a copy), or `Err` with an exception set.
pub fn view_bytes(v: Value) -> Result<Vec<u8>, ()> {
    // SAFETY: v is a memoryview.
    unsafe {
        let m = v.cast::<MemoryViewObject>();
        if !check_live(m) {
            return Err(());
        }
        let data = as_bytes((*m).base);
        let mut out = Vec::with_capacity((*m).len);
        for k in 0..(*m).len {
            let i = (*m).start + k as isize * (*m).step;
            match data.get(i as usize) {
                Some(&b) if i >= 0 => out.push(b),
                _ => {
                    raise_index_error("index out of bounds on dimension 1");
                    return Err(());
                }
            }
        }
        Ok(out)
    }
}

unsafe fn mv_len(v: Value) -> isize {
    let m = v.cast::<MemoryViewObject>();
    if !check_live(m) {
        return -1;
    }
    (*m).len as isize
}

unsafe fn mv_item(v: Value, i: isize) -> Value {
    let m = v.cast::<MemoryViewObject>();
    if !check_live(m) {
        return Value::NULL;
    }
    let n = (*m).len as isize;
    let k = if i < 0 { i + n } else { i };
    if k < 0 || k >= n {
        return raise_index_error("index out of bounds on dimension 1");
    }
    let pos = (*m).start + k * (*m).step;
    match as_bytes((*m).base).get(pos as usize) {
        Some(&b) => int::from_i64(b as i64),
        None => raise_index_error("index out of bounds on dimension 1"),
    }
}

unsafe fn mv_subscript(v: Value, key: Value) -> Value {
    let m = v.cast::<MemoryViewObject>();
    if !check_live(m) {
        return Value::NULL;
    }
    if crate::objects::slice::is_slice(key) {
        let Ok((start, step, n)) = crate::objects::slice::indices_for(key, (*m).len) else {
            return Value::NULL;
        };
        return derived(m, (*m).start + start * (*m).step, step * (*m).step, n);
    }
    match crate::objects::int::index_value(key) {
        Some(Ok(i)) => mv_item(v, i),
        Some(Err(())) => Value::NULL,
        None => crate::type_error!("memoryview: invalid slice key"),
    }
}

unsafe fn mv_repr(v: Value) -> Value {
    let m = v.cast::<MemoryViewObject>();
    let what = if (*m).released {
        "released memory"
    } else {
        "memory"
    };
    pystr::from_string(format!("<{what} at {:#x}>", v.0))
}

unsafe fn mv_dealloc(o: *mut Object) {
    crate::object::refcount::clear_slot(&mut (*(o as *mut MemoryViewObject)).base);
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn m_tobytes(v: Value) -> Value {
    match view_bytes(v) {
        Ok(b) => new_bytes(b),
        Err(()) => Value::NULL,
    }
}

unsafe fn m_tolist(v: Value) -> Value {
    match view_bytes(v) {
        Ok(b) => crate::objects::list::list_from_vec(
            b.into_iter().map(|x| int::from_i64(x as i64)).collect(),
        ),
        Err(()) => Value::NULL,
    }
}

unsafe fn m_release(v: Value) -> Value {
    (*v.cast::<MemoryViewObject>()).released = true;
    crate::objects::singletons::none()
}

unsafe fn get_readonly(v: Value) -> Value {
    let m = v.cast::<MemoryViewObject>();
    if !check_live(m) {
        return Value::NULL;
    }
    crate::objects::bool::from_bool(is_readonly(m))
}

unsafe fn get_obj(v: Value) -> Value {
    let m = v.cast::<MemoryViewObject>();
    if !check_live(m) {
        return Value::NULL;
    }
    new_ref((*m).base)
}

/// `view[key] = value`: a byte value at an index, or a bytes-like object of
/// the same length for a slice; read-only views and deletion are refused.
unsafe fn mv_ass_subscript(v: Value, key: Value, value: Value) -> i32 {
    let m = v.cast::<MemoryViewObject>();
    if !check_live(m) {
        return -1;
    }
    if is_readonly(m) {
        raise_type_error("cannot modify read-only memory");
        return -1;
    }
    if value.is_null() {
        raise_type_error("cannot delete memory");
        return -1;
    }
    let n = (*m).len;
    if crate::objects::slice::is_slice(key) {
        let Ok((start, step, count)) = crate::objects::slice::indices_for(key, n) else {
            return -1;
        };
        let src = if is_memoryview(value) {
            match view_bytes(value) {
                Ok(b) => b,
                Err(()) => return -1,
            }
        } else if is_byteslike(value) {
            as_bytes(value).to_vec()
        } else {
            crate::type_error!(
                "a bytes-like object is required, not '{}'",
                type_name(value)
            );
            return -1;
        };
        if src.len() != count {
            raise_value_error("memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        let data = vec_of((*m).base);
        for (k, &b) in src.iter().enumerate() {
            let pos = (*m).start + (start + k as isize * step) * (*m).step;
            match data.get_mut(pos as usize) {
                Some(slot) if pos >= 0 => *slot = b,
                _ => {
                    raise_index_error("index out of bounds on dimension 1");
                    return -1;
                }
            }
        }
        return 0;
    }
    let i = match crate::objects::int::index_value(key) {
        Some(Ok(i)) => i,
        Some(Err(())) => return -1,
        None => {
            raise_type_error("memoryview: invalid slice key");
            return -1;
        }
    };
    if !crate::objects::int::is_int(value) {
        raise_type_error("memoryview: invalid type for format 'B'");
        return -1;
    }
    let byte = match crate::objects::int::as_i64(value) {
        Some(b) if (0..256).contains(&b) => b as u8,
        _ => {
            raise_value_error("memoryview: invalid value for format 'B'");
            return -1;
        }
    };
    let k = if i < 0 { i + n as isize } else { i };
    if k < 0 || k >= n as isize {
        raise_index_error("index out of bounds on dimension 1");
        return -1;
    }
    let pos = (*m).start + k * (*m).step;
    match vec_of((*m).base).get_mut(pos as usize) {
        Some(slot) if pos >= 0 => {
            *slot = byte;
            0
        }
        _ => {
            raise_index_error("index out of bounds on dimension 1");
            -1
        }
    }
}

/// `==` / `!=` against memoryviews and bytes-like objects compare the
/// bytes; other operands and orderings are NotImplemented.
unsafe fn mv_richcompare(a: Value, b: Value, op: crate::types::slots::CompareOp) -> Value {
    use crate::types::slots::CompareOp;
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return crate::objects::singletons::not_implemented();
    }
    let bytes_of = |x: Value| -> Option<Result<Vec<u8>, ()>> {
        if is_memoryview(x) {
            Some(view_bytes(x))
        } else if is_byteslike(x) {
            Some(Ok(as_bytes(x).to_vec()))
        } else {
            None
        }
    };
    let (Some(x), Some(y)) = (bytes_of(a), bytes_of(b)) else {
        return crate::objects::singletons::not_implemented();
    };
    let (Ok(x), Ok(y)) = (x, y) else {
        return Value::NULL;
    };
    crate::objects::bool::from_bool((x == y) == matches!(op, CompareOp::Eq))
}

unsafe fn m_hex(v: Value, a: *const Value, n: usize, kw: Value) -> Value {
    let data = match view_bytes(v) {
        Ok(b) => new_bytes(b),
        Err(()) => return Value::NULL,
    };
    if data.is_null() {
        return data;
    }
    let r = super::methods::m_hex(data, a, n, kw);
    crate::object::decref(data);
    r
}

unsafe fn m_enter(v: Value) -> Value {
    if !check_live(v.cast::<MemoryViewObject>()) {
        return Value::NULL;
    }
    new_ref(v)
}

unsafe fn m_exit(v: Value, _args: &[Value]) -> Value {
    m_release(v)
}

/// A getter running `f` on a live view.
unsafe fn live_get(v: Value, f: impl FnOnce(&MemoryViewObject) -> Value) -> Value {
    let m = v.cast::<MemoryViewObject>();
    if !check_live(m) {
        return Value::NULL;
    }
    f(&*m)
}

unsafe fn get_format(v: Value) -> Value {
    live_get(v, |_| pystr::new_str("B"))
}

unsafe fn get_itemsize(v: Value) -> Value {
    live_get(v, |_| int::from_i64(1))
}

unsafe fn get_ndim(v: Value) -> Value {
    live_get(v, |_| int::from_i64(1))
}

unsafe fn get_nbytes(v: Value) -> Value {
    live_get(v, |m| int::from_i64(m.len as i64))
}

unsafe fn get_shape(v: Value) -> Value {
    live_get(v, |m| {
        crate::objects::tuple::tuple_pack_steal(&[int::from_i64(m.len as i64)])
    })
}

unsafe fn get_strides(v: Value) -> Value {
    live_get(v, |m| {
        crate::objects::tuple::tuple_pack_steal(&[int::from_i64(m.step as i64)])
    })
}

unsafe fn get_contiguous(v: Value) -> Value {
    live_get(v, |m| {
        crate::objects::bool::from_bool(m.step == 1 || m.len <= 1)
    })
}

static MV_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "toreadonly",
        imp: MethodImpl::NoArgs(m_toreadonly),
        doc: "Return a readonly version of the memoryview.",
    },
    MethodDef {
        name: "hex",
        imp: MethodImpl::FastKw(m_hex),
        doc: "Return the data in the buffer as a str of hexadecimal numbers.",
    },
    MethodDef {
        name: "__enter__",
        imp: MethodImpl::NoArgs(m_enter),
        doc: "",
    },
    MethodDef {
        name: "__exit__",
        imp: MethodImpl::Fast(m_exit),
        doc: "Release the underlying buffer exposed by the memoryview object.",
    },
    MethodDef {
        name: "tobytes",
        imp: MethodImpl::NoArgs(m_tobytes),
        doc: "Return the data in the buffer as a byte string.",
    },
    MethodDef {
        name: "tolist",
        imp: MethodImpl::NoArgs(m_tolist),
        doc: "Return the data in the buffer as a list of elements.",
    },
    MethodDef {
        name: "release",
        imp: MethodImpl::NoArgs(m_release),
        doc: "Release the underlying buffer exposed by the memoryview object.",
    },
];

static MV_GETSETS: &[crate::call::descr::GetSetDef] = &[
    crate::call::descr::GetSetDef {
        name: "format",
        get: get_format,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "itemsize",
        get: get_itemsize,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "ndim",
        get: get_ndim,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "nbytes",
        get: get_nbytes,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "shape",
        get: get_shape,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "strides",
        get: get_strides,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "contiguous",
        get: get_contiguous,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "c_contiguous",
        get: get_contiguous,
        set: None,
        doc: "",
    },
    crate::call::descr::GetSetDef {
        name: "readonly",
        get: get_readonly,
        set: None,
        doc: "A bool indicating whether the memory is read only.",
    },
    crate::call::descr::GetSetDef {
        name: "obj",
        get: get_obj,
        set: None,
        doc: "The underlying object of the memoryview.",
    },
];
