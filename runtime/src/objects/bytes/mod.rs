//! `bytes` and `bytearray`: byte strings, immutable and mutable.
//!
//! Both share one layout: `Object` header, `data` (a boxed `Vec<u8>`, never
//! null while the object lives) and `hash` (bytes' cached hash, -1 until
//! computed). Neither holds references to other objects, so they carry no
//! GC header. `bytes` instances are never mutated after construction;
//! `bytearray` mutations (`bytearray.rs`) edit the vector in place.
//! Text algorithms (split, strip, repr, hex, codecs, ...) live in `text`.

pub mod bytearray;
pub mod format;
pub mod iter;
pub mod memoryview;
pub mod methods;

use crate::errors::*;
use crate::object::alloc::alloc_object;
use crate::object::{decref, new_ref, Object, Static, Value};
use crate::objects::singletons::not_implemented;
use crate::objects::{int, str as pystr};
use crate::types::slots::{CompareOp, MappingSlots, SequenceSlots};
use crate::types::typeobject::*;

#[repr(C)]
pub struct BytesObject {
    pub ob: Object,
    pub data: *mut Vec<u8>,
    pub hash: isize,
}

#[export_name = "pyrt_type_bytes"]
pub static BYTES_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(bytes_repr),
    tp_str: Some(bytes_repr),
    tp_hash: Some(bytes_hash),
    tp_richcompare: Some(bytes_richcompare),
    tp_iter: Some(iter::bytes_iter),
    tp_dealloc: Some(bytes_dealloc),
    tp_new: Some(bytes_new_slot),
    sq: SequenceSlots {
        sq_length: Some(len_slot),
        sq_concat: Some(bytes_concat),
        sq_repeat: Some(bytes_repeat),
        sq_item: Some(bytes_item),
        sq_contains: Some(bytes_contains),
        ..SequenceSlots::EMPTY
    },
    mp: MappingSlots {
        mp_length: Some(len_slot),
        mp_subscript: Some(bytes_subscript),
        mp_ass_subscript: None,
    },
    nb: format::BYTES_NUMBER_SLOTS,
    methods: methods::BYTES_METHODS,
    classmethods: methods::CLASS_METHODS,
    ..TypeObject::new_static(
        "bytes",
        std::mem::size_of::<BytesObject>(),
        TPFLAGS_BASETYPE | TPFLAGS_BYTES_SUBCLASS,
    )
});

#[export_name = "pyrt_type_bytearray"]
pub static BYTEARRAY_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(bytes_repr),
    tp_str: Some(bytes_repr),
    tp_hash: Some(crate::ops::protocol::hash_not_implemented),
    tp_richcompare: Some(bytes_richcompare),
    tp_iter: Some(iter::bytes_iter),
    tp_dealloc: Some(bytes_dealloc),
    tp_new: Some(bytearray::bytearray_new_slot),
    tp_init: Some(bytearray::bytearray_init),
    sq: SequenceSlots {
        sq_length: Some(len_slot),
        sq_concat: Some(bytes_concat),
        sq_repeat: Some(bytes_repeat),
        sq_item: Some(bytes_item),
        sq_ass_item: Some(bytearray::ass_item),
        sq_contains: Some(bytes_contains),
        sq_inplace_concat: Some(bytearray::inplace_concat),
        sq_inplace_repeat: Some(bytearray::inplace_repeat),
    },
    mp: MappingSlots {
        mp_length: Some(len_slot),
        mp_subscript: Some(bytes_subscript),
        mp_ass_subscript: Some(bytearray::ass_subscript),
    },
    nb: format::BYTES_NUMBER_SLOTS,
    methods: methods::BYTEARRAY_METHODS,
    classmethods: methods::CLASS_METHODS,
    ..TypeObject::new_static(
        "bytearray",
        std::mem::size_of::<BytesObject>(),
        TPFLAGS_BASETYPE,
    )
});

#[inline]
pub fn is_bytes(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), BYTES_TYPE.ptr())
}

#[inline]
pub fn is_bytearray(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), BYTEARRAY_TYPE.ptr())
}

/// bytes or bytearray (the buffer types this runtime knows).
#[inline]
pub fn is_byteslike(v: Value) -> bool {
    is_bytes(v) || is_bytearray(v)
}

/// The byte vector (borrowed; invalidated by bytearray mutation).
///
/// # Safety
/// `v` must be bytes or bytearray.
#[inline]
#[allow(clippy::mut_from_ref)]
pub unsafe fn vec_of<'a>(v: Value) -> &'a mut Vec<u8> {
    &mut *(*v.cast::<BytesObject>()).data
}

/// The bytes of a bytes/bytearray object (borrowed).
#[inline]
pub fn as_bytes<'a>(v: Value) -> &'a [u8] {
    // SAFETY: v is bytes-like.
    unsafe { vec_of(v).as_slice() }
}

/// New object of type `ty` (bytes or bytearray layout) owning `data`.
pub fn new_of_type(ty: *const TypeObject, data: Vec<u8>) -> Value {
    // SAFETY: ty's layout starts with BytesObject.
    unsafe {
        let o = alloc_object(ty, (*ty).basicsize.max(std::mem::size_of::<BytesObject>()));
        if o.is_null() {
            return Value::NULL;
        }
        let b = o as *mut BytesObject;
        (*b).data = Box::into_raw(Box::new(data));
        (*b).hash = -1;
        Value::from_obj(o)
    }
}

/// New exact `bytes` (new reference).
pub fn new_bytes(data: Vec<u8>) -> Value {
    new_of_type(BYTES_TYPE.ptr(), data)
}

/// New exact `bytearray` (new reference).
pub fn new_bytearray(data: Vec<u8>) -> Value {
    new_of_type(BYTEARRAY_TYPE.ptr(), data)
}

/// A result of the same kind as `like`: bytearray for bytearrays, else bytes.
pub fn new_like(like: Value, data: Vec<u8>) -> Value {
    if is_bytearray(like) {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

unsafe fn bytes_dealloc(o: *mut Object) {
    let b = o as *mut BytesObject;
    if !(*b).data.is_null() {
        drop(Box::from_raw((*b).data));
        (*b).data = std::ptr::null_mut();
    }
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn len_slot(v: Value) -> isize {
    as_bytes(v).len() as isize
}

unsafe fn bytes_repr(v: Value) -> Value {
    if is_bytearray(v) {
        let r = crate::text::bytes::bytearray_repr_inner(as_bytes(v));
        let name = (*type_of(v)).name();
        return pystr::from_string(format!("{name}({r})"));
    }
    pystr::from_string(crate::text::bytes::bytes_repr(as_bytes(v)))
}

unsafe fn bytes_hash(v: Value) -> isize {
    let b = v.cast::<BytesObject>();
    if (*b).hash == -1 {
        (*b).hash = crate::objects::hash::hash_bytes(as_bytes(v));
    }
    (*b).hash
}

unsafe fn bytes_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if !is_byteslike(a) || !is_byteslike(b) {
        return not_implemented();
    }
    crate::objects::bool::from_bool(op.test(as_bytes(a).cmp(as_bytes(b))))
}

/// Bytes of a buffer argument, or TypeError "can't concat int to bytes".
unsafe fn bytes_concat(a: Value, b: Value) -> Value {
    if !is_byteslike(b) {
        return crate::type_error!("can't concat {} to {}", type_name(b), type_name(a));
    }
    let mut v = as_bytes(a).to_vec();
    v.extend_from_slice(as_bytes(b));
    new_like(a, v)
}

/// `data * n` with MemoryError for absurd sizes.
pub fn repeat_vec(data: &[u8], n: isize) -> Option<Vec<u8>> {
    if n <= 0 || data.is_empty() {
        return Some(Vec::new());
    }
    let total = data.len().checked_mul(n as usize)?;
    if total > isize::MAX as usize / 4 {
        return None;
    }
    Some(data.repeat(n as usize))
}

unsafe fn bytes_repeat(a: Value, n: isize) -> Value {
    let len = as_bytes(a).len();
    if n > 0 && is_bytes(a) && len > isize::MAX as usize / n as usize {
        return raise_overflow_error("repeated bytes are too long");
    }
    match repeat_vec(as_bytes(a), n) {
        Some(v) => new_like(a, v),
        None => raise_memory_error(),
    }
}

/// Index error message of the type (`index out of range` wording).
pub(crate) fn index_error(v: Value) -> Value {
    if is_bytearray(v) {
        raise_index_error("bytearray index out of range")
    } else {
        raise_index_error("index out of range")
    }
}

unsafe fn bytes_item(a: Value, i: isize) -> Value {
    let d = as_bytes(a);
    let i = if i < 0 { i + d.len() as isize } else { i };
    if i < 0 || i as usize >= d.len() {
        return index_error(a);
    }
    int::from_i64(d[i as usize] as i64)
}

unsafe fn bytes_subscript(a: Value, key: Value) -> Value {
    if crate::objects::slice::is_slice(key) {
        let d = as_bytes(a);
        let (start, step, n) = match crate::objects::slice::indices_for(key, d.len()) {
            Ok(x) => x,
            Err(()) => return Value::NULL,
        };
        if start == 0 && step == 1 && n == d.len() && type_of(a) == BYTES_TYPE.ptr() {
            return crate::object::new_ref(a);
        }
        let out: Vec<u8> = (0..n)
            .map(|k| d[(start + k as isize * step) as usize])
            .collect();
        return new_like(a, out);
    }
    match crate::objects::int::index_value(key) {
        Some(Ok(i)) => bytes_item(a, i),
        Some(Err(())) => {
            if matches(crate::errors::exceptions::INDEX_ERROR.ptr()) {
                clear();
                crate::errors::raise_index_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    type_name(key)
                ));
            }
            Value::NULL
        }
        None => crate::type_error!(
            "{} indices must be integers or slices, not {}",
            type_name(a),
            type_name(key)
        ),
    }
}

/// A byte value from an int-like object: Ok(byte) or Err with
/// "byte must be in range(0, 256)" / TypeError set.
pub fn byte_of(v: Value) -> Result<u8, ()> {
    match crate::objects::int::index_value(v) {
        Some(Ok(i)) if (0..256).contains(&i) => Ok(i as u8),
        Some(Ok(_)) => {
            raise_value_error("byte must be in range(0, 256)");
            Err(())
        }
        Some(Err(())) => {
            if matches(crate::errors::exceptions::INDEX_ERROR.ptr())
                || matches(crate::errors::exceptions::OVERFLOW_ERROR.ptr())
            {
                clear();
                raise_value_error("byte must be in range(0, 256)");
            }
            Err(())
        }
        None => {
            crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            );
            Err(())
        }
    }
}

unsafe fn bytes_contains(a: Value, x: Value) -> i32 {
    let d = as_bytes(a);
    if is_byteslike(x) {
        let sub = as_bytes(x);
        return (crate::text::bytes_methods::find(d, sub, None, None) >= 0) as i32;
    }
    match byte_of(x) {
        Ok(b) => d.contains(&b) as i32,
        Err(()) => {
            if matches(crate::errors::exceptions::TYPE_ERROR.ptr()) {
                clear();
                crate::type_error!("a bytes-like object is required, not '{}'", type_name(x));
            }
            -1
        }
    }
}

/// The bytes a constructor builds from its source argument: an int count,
/// a buffer, a `__bytes__` result, or an iterable of ints. `str` without an
/// encoding is an error.
pub fn bytes_from_source(src: Value, for_bytearray: bool) -> Result<Vec<u8>, ()> {
    if is_byteslike(src) {
        return Ok(as_bytes(src).to_vec());
    }
    if memoryview::is_memoryview(src) {
        return memoryview::view_bytes(src);
    }
    if pystr::is_str(src) {
        raise_type_error("string argument without an encoding");
        return Err(());
    }
    if !for_bytearray {
        // SAFETY: dunder call on a live object.
        if let Some(r) =
            unsafe { crate::types::slotdefs::generic::call_dunder(src, "__bytes__", &[]) }
        {
            if r.is_null() {
                return Err(());
            }
            if !is_bytes(r) {
                crate::type_error!("__bytes__ returned non-bytes (type {})", type_name(r));
                decref(r);
                return Err(());
            }
            let v = as_bytes(r).to_vec();
            decref(r);
            return Ok(v);
        }
    }
    if int::is_int(src) || crate::objects::int::index_value(src).is_some() {
        return match crate::objects::int::index_value(src) {
            Some(Ok(n)) if n < 0 => {
                raise_value_error("negative count");
                Err(())
            }
            Some(Ok(n)) => {
                if n as usize > isize::MAX as usize / 4 {
                    raise_memory_error();
                    return Err(());
                }
                Ok(vec![0u8; n as usize])
            }
            _ => {
                if matches(crate::errors::exceptions::INDEX_ERROR.ptr()) {
                    clear();
                    crate::errors::raise_overflow_error(format!(
                        "cannot fit '{}' into an index-sized integer",
                        type_name(src)
                    ));
                }
                Err(())
            }
        };
    }
    let it = crate::ops::protocol::get_iter(src);
    if it.is_null() {
        if matches(crate::errors::exceptions::TYPE_ERROR.ptr()) {
            clear();
            crate::type_error!(
                "cannot convert '{}' object to {}",
                type_name(src),
                if for_bytearray { "bytearray" } else { "bytes" }
            );
        }
        return Err(());
    }
    let mut out = Vec::new();
    loop {
        let x = crate::ops::protocol::iter_next(it);
        if x.is_null() {
            break;
        }
        let b = byte_of(x);
        decref(x);
        if b.is_err() && !for_bytearray && matches(crate::errors::exceptions::VALUE_ERROR.ptr()) {
            clear();
            raise_value_error("bytes must be in range(0, 256)");
        }
        match b {
            Ok(b) => out.push(b),
            Err(()) => {
                decref(it);
                return Err(());
            }
        }
    }
    decref(it);
    if occurred() {
        return Err(());
    }
    Ok(out)
}

/// `str.encode(encoding, errors)` / `bytes(str, encoding, errors)`.
pub fn encode_str(s: Value, encoding: Option<Value>, errors: Option<Value>) -> Result<Vec<u8>, ()> {
    let enc = match encoding {
        None => "utf-8",
        Some(e) if pystr::is_str(e) => pystr::as_str(e),
        Some(e) => {
            crate::type_error!(
                "encode() argument 'encoding' must be str, not {}",
                type_name(e)
            );
            return Err(());
        }
    };
    let errs = match errors {
        None => "strict",
        Some(e) if pystr::is_str(e) => pystr::as_str(e),
        Some(e) => {
            crate::type_error!(
                "encode() argument 'errors' must be str, not {}",
                type_name(e)
            );
            return Err(());
        }
    };
    let Some(codec) = crate::text::codecs::lookup(enc) else {
        raise_str(
            crate::errors::exceptions::LOOKUP_ERROR.ptr(),
            &format!("unknown encoding: {enc}"),
        );
        return Err(());
    };
    crate::text::codecs::encode(pystr::as_str(s), codec, errs).map_err(|e| {
        raise_codec_error(&e);
    })
}

/// Raise the exception a codec failure maps to.
pub fn raise_codec_error(e: &crate::text::codecs::CodecError) {
    use crate::errors::exceptions::*;
    use crate::text::codecs::CodecError;
    let ty = match e {
        CodecError::Decode { .. } => UNICODE_DECODE_ERROR.ptr(),
        CodecError::Encode { .. } => UNICODE_ENCODE_ERROR.ptr(),
        CodecError::UnknownHandler(_) => LOOKUP_ERROR.ptr(),
    };
    raise_str(ty, &e.message());
}

/// Parse `(source, encoding, errors)` of `bytes()`/`bytearray()`.
pub(crate) unsafe fn constructor_data(
    name: &str,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Result<Vec<u8>, ()> {
    let spec = crate::call::argparse::ArgSpec {
        fname: name,
        params: &["source", "encoding", "errors"],
        posonly: 0,
        required: 0,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    let mut out = [Value::NULL; 3];
    crate::call::argparse::parse_args(&spec, args, nargs, kwnames, &mut out)?;
    let [src, enc, errs] = out;
    for (v, what) in [(enc, "encoding"), (errs, "errors")] {
        if !v.is_null() && !pystr::is_str(v) {
            crate::type_error!(
                "{name}() argument '{what}' must be str, not {}",
                type_name(v)
            );
            return Err(());
        }
    }
    let opt = |v: Value| if v.is_null() { None } else { Some(v) };
    if src.is_null() {
        if !enc.is_null() || !errs.is_null() {
            raise_type_error(if enc.is_null() {
                "errors without a string argument"
            } else {
                "encoding without a string argument"
            });
            return Err(());
        }
        return Ok(Vec::new());
    }
    if !enc.is_null() || !errs.is_null() {
        if !pystr::is_str(src) {
            raise_type_error(if enc.is_null() {
                "errors without a string argument"
            } else {
                "encoding without a string argument"
            });
            return Err(());
        }
        return encode_str(src, opt(enc), opt(errs));
    }
    bytes_from_source(src, name == "bytearray")
}

unsafe fn bytes_new_slot(
    ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    if ty == BYTES_TYPE.ptr()
        && nargs == 1
        && crate::call::vectorcall::kw_count(kwnames) == 0
        && type_of(*args) == BYTES_TYPE.ptr()
    {
        return new_ref(*args);
    }
    match constructor_data("bytes", args, nargs, kwnames) {
        Ok(v) => new_of_type(ty, v),
        Err(()) => Value::NULL,
    }
}
