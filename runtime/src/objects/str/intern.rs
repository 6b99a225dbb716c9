//! Interned strings: the table of unique immortal str objects used for
//! identifiers (attribute and global names, dunder names), the cache of
//! empty and one-character Latin-1 strings, and the `id!` macro that gives
//! runtime code a per-call-site cached interned name.
//!
//! Interned strings are immortal (never freed, refcount untouched), so they
//! can be compared by pointer: two interned strings are equal iff they are
//! the same object. The table is touched only under the GIL.

use super::*;
use crate::object::header::IMMORTAL_REFCNT;
use std::collections::HashMap;

struct InternTable {
    map: Option<HashMap<&'static str, Value>>,
    small: [Value; 257],
}

static TABLE: Static<InternTable> = Static::new(InternTable {
    map: None,
    small: [Value::NULL; 257],
});

unsafe fn make_immortal_interned(v: Value) {
    (*v.as_obj()).refcnt = IMMORTAL_REFCNT;
    (*obj(v)).flags |= STR_INTERNED;
    crate::object::alloc::forget_for_accounting();
}

/// The interned str equal to `text` (borrowed; immortal, so it may be kept
/// without incref). Creates it on first use. Null only on MemoryError.
pub fn intern(text: &str) -> Value {
    // SAFETY: GIL held; table only touched here.
    unsafe {
        let t = TABLE.ptr();
        let map = (*t).map.get_or_insert_with(HashMap::new);
        if let Some(&v) = map.get(text) {
            return v;
        }
        let v = new_str_uncached(text);
        if v.is_null() {
            return v;
        }
        make_immortal_interned(v);
        hash_of(v);
        map.insert(as_str(v), v);
        v
    }
}

/// Intern an existing str (reference stolen); returns the interned str
/// (borrowed, immortal).
pub fn intern_value(v: Value) -> Value {
    // SAFETY: v is a str (checked by callers); GIL held.
    unsafe {
        if (*obj(v)).flags & STR_INTERNED != 0 {
            return v;
        }
        let r = intern(as_str(v));
        crate::object::decref(v);
        r
    }
}

/// Whether `v` (a str) is interned.
#[inline]
pub fn is_interned(v: Value) -> bool {
    // SAFETY: v is a str.
    unsafe { (*obj(v)).flags & STR_INTERNED != 0 }
}

/// Cached empty / one-char Latin-1 str (borrowed, immortal), or None.
pub fn small_str(text: &str) -> Option<Value> {
    let idx = if text.is_empty() {
        256
    } else {
        let mut it = text.chars();
        let c = it.next()?;
        if it.next().is_some() || c as u32 > 255 {
            return None;
        }
        c as usize
    };
    // SAFETY: GIL held.
    unsafe {
        let t = TABLE.ptr();
        let v = (*t).small[idx];
        if !v.is_null() {
            return Some(v);
        }
        let v = intern(text);
        if v.is_null() {
            return None;
        }
        (*t).small[idx] = v;
        Some(v)
    }
}

/// The one-character str for `c` (new reference).
pub fn from_char(c: char) -> Value {
    let mut buf = [0u8; 4];
    new_str(c.encode_utf8(&mut buf))
}

/// `id!(name)`: the interned str `"name"` (borrowed, immortal), cached per
/// call site after the first use.
#[macro_export]
macro_rules! id {
    ($name:ident) => {{
        static CELL: $crate::object::Static<$crate::object::Value> =
            $crate::object::Static::new($crate::object::Value::NULL);
        // SAFETY: GIL held; the cell caches an immortal string.
        #[allow(unused_unsafe)]
        unsafe {
            let v = *CELL.ptr();
            if v.is_null() {
                let n = $crate::objects::str::intern(stringify!($name));
                *CELL.ptr() = n;
                n
            } else {
                v
            }
        }
    }};
}

const STATIC_CACHE_SIZE: usize = 512;

struct StaticNameCache {
    entries: [(usize, usize, Value); STATIC_CACHE_SIZE],
}

static STATIC_NAMES: Static<StaticNameCache> = Static::new(StaticNameCache {
    entries: [(0, 0, Value::NULL); STATIC_CACHE_SIZE],
});

/// The interned str for a `'static` Rust name (borrowed, immortal), served
/// from a small cache keyed by the text's address, so hot paths that look
/// dunders up by Rust name (`"__len__"`) avoid hashing the text.
#[inline]
pub fn intern_static(name: &'static str) -> Value {
    let key = name.as_ptr() as usize;
    let slot = ((key >> 3) ^ name.len()) & (STATIC_CACHE_SIZE - 1);
    // SAFETY: GIL held; the cache only stores immortal strings.
    unsafe {
        let e = &mut (*STATIC_NAMES.ptr()).entries[slot];
        if e.0 == key && e.1 == name.len() {
            return e.2;
        }
        let v = intern(name);
        if !v.is_null() {
            *e = (key, name.len(), v);
        }
        v
    }
}
