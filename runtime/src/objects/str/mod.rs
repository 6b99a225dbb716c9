//! `str`: immutable Unicode text.
//!
//! Representation: one allocation holding a `StrObject` header followed by
//! the UTF-8 bytes and a trailing NUL. The header caches the byte length, the
//! length in code points, the hash (-1 until computed) and flags:
//! * `ASCII`: every code point < 128, so byte offset == character index and
//!   `s[i]`, `len(s)` and slicing are O(1) with no decoding;
//! * `INTERNED`: the object is the unique interned copy (immortal); lookups
//!   may compare interned names by pointer.
//!
//! Non-ASCII strings keep `len()` O(1) through the cached code-point count;
//! indexing uses a lazily built breadcrumb table (`index`) holding the byte
//! offset of every `CRUMB`-th code point, so `s[i]` scans at most `CRUMB - 1`
//! code points. Rust `&str` views are free, which keeps the text algorithms
//! simple and fast.
//!
//! Code points are always valid Unicode scalar values except for lone
//! surrogates, which a later issue will carry as WTF-8 style sequences; the
//! byte order of UTF-8 equals code-point order, so comparisons are byte
//! comparisons.

pub mod args;
pub mod codec;
pub mod format;
pub mod intern;
pub mod methods;
pub mod methods_case;
pub mod methods_search;
pub mod repr;
pub mod table;

use crate::object::alloc::alloc_object;
use crate::object::{Object, Static, Value};
use crate::types::typeobject::*;

pub use intern::{intern, intern_value};

pub const STR_ASCII: u32 = 1;
pub const STR_INTERNED: u32 = 2;
/// Breadcrumb spacing for non-ASCII indexing.
pub const CRUMB: usize = 64;

#[repr(C)]
pub struct StrObject {
    pub ob: Object,
    /// Length in bytes (at offset 16, the variable-size length slot).
    pub byte_len: usize,
    pub char_len: usize,
    /// Cached hash, -1 until computed.
    pub hash: isize,
    pub flags: u32,
    pub _pad: u32,
    /// Non-ASCII only: `ceil(char_len / CRUMB)` byte offsets (malloc'd,
    /// lazily), null otherwise.
    pub index: *mut usize,
    // followed by `byte_len + 1` bytes of UTF-8 data and a NUL
}

pub const STR_HEADER_SIZE: usize = std::mem::size_of::<StrObject>();

#[export_name = "pyrt_type_str"]
pub static STR_TYPE: Static<TypeObject> = Static::new(TypeObject {
    tp_repr: Some(repr::str_repr),
    tp_str: Some(str_str),
    tp_hash: Some(str_hash),
    tp_richcompare: Some(str_richcompare),
    tp_iter: Some(methods::str_iter),
    tp_dealloc: Some(str_dealloc),
    tp_new: Some(methods::str_new),
    sq: crate::types::slots::SequenceSlots {
        sq_length: Some(str_len_slot),
        sq_concat: Some(methods::str_concat),
        sq_repeat: Some(methods::str_repeat),
        sq_item: Some(methods::str_item),
        sq_contains: Some(methods::str_contains),
        ..crate::types::slots::SequenceSlots::EMPTY
    },
    mp: crate::types::slots::MappingSlots {
        mp_length: Some(str_len_slot),
        mp_subscript: Some(methods::str_subscript),
        mp_ass_subscript: None,
    },
    methods: table::STR_METHODS,
    classmethods: table::STR_CLASSMETHODS,
    nb: crate::types::slots::NumberSlots {
        binary: {
            let mut t = [None; crate::types::slots::NB_BINARY_COUNT];
            t[crate::types::slots::BinOp::Mod as usize] =
                Some(format::str_mod as crate::types::slots::BinaryFn);
            t
        },
        ..crate::types::slots::NumberSlots::EMPTY
    },
    doc: Some("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str"),
    itemsize: 1,
    ..TypeObject::new_static(
        "str",
        STR_HEADER_SIZE,
        TPFLAGS_BASETYPE | TPFLAGS_UNICODE_SUBCLASS | TPFLAGS_IMMUTABLETYPE,
    )
});

/// Whether `v` is a str (or subclass) instance.
#[inline(always)]
pub fn is_str(v: Value) -> bool {
    // SAFETY: valid value.
    v.is_ptr() && unsafe { (*type_of(v)).has_flag(TPFLAGS_UNICODE_SUBCLASS) }
}

/// Whether `v` is exactly a `str`.
#[inline(always)]
pub fn is_exact_str(v: Value) -> bool {
    v.is_ptr() && type_of(v) == STR_TYPE.ptr()
}

#[inline(always)]
fn obj(v: Value) -> *mut StrObject {
    v.cast::<StrObject>()
}

/// Pointer to the UTF-8 data of a str object.
///
/// # Safety
/// `v` is a str.
#[inline(always)]
pub unsafe fn data_ptr(v: Value) -> *mut u8 {
    (v.as_obj() as *mut u8).add(STR_HEADER_SIZE)
}

/// The text of a str object, borrowed from it.
#[inline(always)]
pub fn as_str<'a>(v: Value) -> &'a str {
    debug_assert!(is_str(v));
    // SAFETY: str objects hold valid UTF-8 of `byte_len` bytes, alive as long
    // as the object (the caller keeps it alive).
    unsafe {
        std::str::from_utf8_unchecked(std::slice::from_raw_parts(data_ptr(v), (*obj(v)).byte_len))
    }
}

/// Length in code points.
#[inline(always)]
pub fn char_len(v: Value) -> usize {
    // SAFETY: v is a str.
    unsafe { (*obj(v)).char_len }
}

#[inline(always)]
pub fn is_ascii(v: Value) -> bool {
    // SAFETY: v is a str.
    unsafe { (*obj(v)).flags & STR_ASCII != 0 }
}

/// Allocate an uninitialised str of `byte_len` bytes (new reference; data
/// to be filled by the caller, then `finish_str` must be called).
///
/// # Safety
/// The caller writes valid UTF-8 into all `byte_len` bytes before use.
pub unsafe fn alloc_str(byte_len: usize) -> Value {
    alloc_str_of_type(STR_TYPE.ptr(), byte_len)
}

/// `alloc_str` for `str` or a subclass of it.
///
/// # Safety
/// As for `alloc_str`; `ty` is str or a subclass.
pub unsafe fn alloc_str_of_type(ty: *mut TypeObject, byte_len: usize) -> Value {
    let o = alloc_object(ty, crate::ops::attr::var_instance_size(ty, byte_len));
    if o.is_null() {
        return Value::NULL;
    }
    let s = o as *mut StrObject;
    (*s).hash = -1;
    (*s).byte_len = byte_len;
    Value::from_obj(o)
}

/// Compute the cached char count and ASCII flag after filling the data.
///
/// # Safety
/// `v` came from `alloc_str` and its data is valid UTF-8.
pub unsafe fn finish_str(v: Value) {
    let text = as_str(v);
    let ascii = text.is_ascii();
    let s = obj(v);
    (*s).char_len = if ascii {
        text.len()
    } else {
        text.chars().count()
    };
    (*s).flags = if ascii { STR_ASCII } else { 0 };
}

/// New str holding `text` (new reference; null with MemoryError).
/// Empty and one-character Latin-1 strings return the shared immortal
/// instance.
pub fn new_str(text: &str) -> Value {
    if text.len() <= 2 {
        if let Some(v) = intern::small_str(text) {
            return v;
        }
    }
    new_str_uncached(text)
}

/// New str object without consulting the small-string cache.
pub fn new_str_uncached(text: &str) -> Value {
    // SAFETY: we fill exactly `len` bytes with valid UTF-8.
    unsafe {
        let v = alloc_str(text.len());
        if v.is_null() {
            return v;
        }
        std::ptr::copy_nonoverlapping(text.as_ptr(), data_ptr(v), text.len());
        finish_str(v);
        v
    }
}

/// New str from a `String` (new reference).
pub fn from_string(s: String) -> Value {
    new_str(&s)
}

/// The hash of a str (cached).
pub fn hash_of(v: Value) -> isize {
    // SAFETY: v is a str.
    unsafe {
        let s = obj(v);
        if (*s).hash != -1 {
            return (*s).hash;
        }
        let h = crate::objects::hash::hash_text(as_str(v), (*s).flags & STR_ASCII != 0);
        (*s).hash = h;
        h
    }
}

/// Equality of two str objects (fast: pointer, length, then bytes).
#[inline]
pub fn str_eq(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    // SAFETY: both are strs.
    unsafe {
        let (x, y) = (obj(a), obj(b));
        if (*x).byte_len != (*y).byte_len {
            return false;
        }
        if (*x).hash != -1 && (*y).hash != -1 && (*x).hash != (*y).hash {
            return false;
        }
        // Two distinct interned strings are never equal.
        if (*x).flags & (*y).flags & STR_INTERNED != 0 {
            return false;
        }
        as_str(a).as_bytes() == as_str(b).as_bytes()
    }
}

/// Byte offset of code point `i` (`i <= char_len`).
pub fn byte_offset(v: Value, i: usize) -> usize {
    if is_ascii(v) {
        return i;
    }
    let text = as_str(v);
    // SAFETY: v is a non-ASCII str; index table managed here only.
    unsafe {
        let s = obj(v);
        if (*s).char_len == i {
            return text.len();
        }
        if (*s).index.is_null() {
            let n = (*s).char_len.div_ceil(CRUMB);
            let table = libc::malloc(n.max(1) * std::mem::size_of::<usize>()) as *mut usize;
            if table.is_null() {
                // Fall back to a plain scan.
                return text.char_indices().nth(i).map_or(text.len(), |(b, _)| b);
            }
            for (k, (b, _)) in text.char_indices().step_by(CRUMB).enumerate() {
                *table.add(k) = b;
            }
            (*s).index = table;
        }
        let start = *(*s).index.add(i / CRUMB);
        text[start..]
            .char_indices()
            .nth(i % CRUMB)
            .map_or(text.len(), |(b, _)| start + b)
    }
}

/// The code point at index `i` (`i < char_len`).
pub fn char_at(v: Value, i: usize) -> char {
    if is_ascii(v) {
        return as_str(v).as_bytes()[i] as char;
    }
    let off = byte_offset(v, i);
    as_str(v)[off..].chars().next().unwrap_or('\0')
}

unsafe fn str_dealloc(o: *mut Object) {
    let s = o as *mut StrObject;
    if !(*s).index.is_null() {
        libc::free((*s).index as *mut libc::c_void);
    }
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn str_str(v: Value) -> Value {
    if is_exact_str(v) {
        crate::object::new_ref(v)
    } else {
        new_str(as_str(v))
    }
}

unsafe fn str_hash(v: Value) -> isize {
    hash_of(v)
}

unsafe fn str_len_slot(v: Value) -> isize {
    char_len(v) as isize
}

unsafe fn str_richcompare(a: Value, b: Value, op: crate::types::slots::CompareOp) -> Value {
    use crate::types::slots::CompareOp;
    if !is_str(b) || !is_str(a) {
        return crate::objects::singletons::not_implemented();
    }
    let r = match op {
        CompareOp::Eq => str_eq(a, b),
        CompareOp::Ne => !str_eq(a, b),
        _ => op.test(as_str(a).as_bytes().cmp(as_str(b).as_bytes())),
    };
    crate::objects::bool::from_bool(r)
}

/// Null-or-str helper: is `v` a str whose text equals `s`.
pub fn eq_rust(v: Value, s: &str) -> bool {
    is_str(v) && as_str(v) == s
}

const _: () = assert!(STR_HEADER_SIZE.is_multiple_of(8));

#[cfg(test)]
mod tests;
