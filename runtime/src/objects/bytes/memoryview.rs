//! `memoryview` over bytes and bytearray (one-dimensional, format `'B'`):
//! indexing yields ints, slicing yields views of the same buffer, plus
//! `tobytes`, `tolist`, `release`, `readonly` and `bytes(view)`.
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
}

pub static MEMORYVIEW_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_new: Some(mv_new),
    tp_dealloc: Some(mv_dealloc),
    tp_repr: Some(mv_repr),
    tp_getattro: Some(crate::ops::attr::generic_getattr),
    tp_hash: Some(crate::ops::protocol::hash_not_implemented),
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
        mp_ass_subscript: None,
    },
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
        Value::from_obj(o)
    }
}

unsafe fn mv_new(_ty: *mut TypeObject, args: *const Value, nargs: usize, kw: Value) -> Value {
    if crate::call::vectorcall::kw_count(kw) > 0 || nargs != 1 {
        if nargs != 1 {
            return crate::type_error!("memoryview() missing required argument 'object' (pos 1)");
        }
        return crate::type_error!("memoryview() takes no keyword arguments");
    }
    let src = *args;
    if is_memoryview(src) {
        let m = src.cast::<MemoryViewObject>();
        if !check_live(m) {
            return Value::NULL;
        }
        return new_view((*m).base, (*m).start, (*m).step, (*m).len);
    }
    if !is_byteslike(src) {
        return crate::type_error!(
            "memoryview: a bytes-like object is required, not '{}'",
            type_name(src)
        );
    }
    new_view(src, 0, 1, as_bytes(src).len())
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
        return new_view(
            (*m).base,
            (*m).start + start * (*m).step,
            step * (*m).step,
            n,
        );
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
    crate::objects::bool::from_bool(is_bytes((*m).base))
}

unsafe fn get_obj(v: Value) -> Value {
    let m = v.cast::<MemoryViewObject>();
    if !check_live(m) {
        return Value::NULL;
    }
    new_ref((*m).base)
}

static MV_METHODS: &[MethodDef] = &[
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
