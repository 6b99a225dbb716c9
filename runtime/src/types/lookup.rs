//! Looking names up on a type's MRO (`_PyType_Lookup`), the global method
//! cache in front of it, and version tags (see `typeobject.rs` for how
//! inline caches use them).
//!
//! The cache has 4096 entries indexed by `(version_tag, name pointer)`;
//! names must be interned strings to be cached (identifiers always are). An
//! entry holds a *borrowed* result: any change that could free it (a type
//! dict mutation, a `__bases__` change) first resets the version tags of the
//! affected types, so stale entries can never match again.

use crate::object::{Static, Value};
use crate::objects::{dict, str as pystr, tuple};
use crate::types::typeobject::*;

const CACHE_BITS: u32 = 12;
const CACHE_SIZE: usize = 1 << CACHE_BITS;

#[derive(Copy, Clone)]
struct CacheEntry {
    version: u32,
    name: Value,
    value: Value,
}

struct MethodCache {
    entries: [CacheEntry; CACHE_SIZE],
    next_version: u32,
}

static CACHE: Static<MethodCache> = Static::new(MethodCache {
    entries: [CacheEntry {
        version: 0,
        name: Value::NULL,
        value: Value::NULL,
    }; CACHE_SIZE],
    next_version: 1,
});

#[inline(always)]
fn slot_index(version: u32, name: Value) -> usize {
    ((version as usize) ^ ((name.0 as usize) >> 4)) & (CACHE_SIZE - 1)
}

/// Give `ty` (and, first, its bases) a valid version tag. Returns false when
/// the tag space is exhausted or the type is not ready (lookups then simply
/// bypass the cache).
///
/// # Safety
/// `ty` is a valid type; GIL held.
pub unsafe fn assign_version_tag(ty: *mut TypeObject) -> bool {
    if (*ty).version_tag != 0 {
        return true;
    }
    if !(*ty).has_flag(TPFLAGS_READY) {
        return false;
    }
    if !(*ty).bases.is_null() {
        for &b in tuple::as_slice((*ty).bases) {
            if !assign_version_tag(b.as_obj() as *mut TypeObject) {
                return false;
            }
        }
    }
    let c = CACHE.ptr();
    if (*c).next_version == u32::MAX {
        return false;
    }
    (*ty).version_tag = (*c).next_version;
    (*c).next_version += 1;
    true
}

/// Invalidate the version tag of `ty` and all its subclasses. Must be
/// called *before* any change to the type's dict or bases takes effect.
///
/// # Safety
/// `ty` is a valid type; GIL held.
pub unsafe fn type_modified(ty: *mut TypeObject) {
    if (*ty).version_tag == 0 {
        return;
    }
    (*ty).version_tag = 0;
    if !(*ty).subclasses.is_null() {
        let subs: Vec<*mut TypeObject> = (*(*ty).subclasses).clone();
        for s in subs {
            type_modified(s);
        }
    }
}

/// Record `sub` as a direct subclass of `base` (for invalidation).
///
/// # Safety
/// Both valid types; GIL held.
pub unsafe fn add_subclass(base: *mut TypeObject, sub: *mut TypeObject) {
    if (*base).subclasses.is_null() {
        (*base).subclasses = Box::into_raw(Box::new(Vec::new()));
    }
    (*(*base).subclasses).push(sub);
}

/// Forget `sub` as a subclass of `base` (heap type deallocation or
/// `__bases__` change).
///
/// # Safety
/// Both valid types; GIL held.
pub unsafe fn remove_subclass(base: *mut TypeObject, sub: *mut TypeObject) {
    if !(*base).subclasses.is_null() {
        (*(*base).subclasses).retain(|&s| s != sub);
    }
}

/// Search the MRO without the cache.
unsafe fn find_in_mro(ty: *mut TypeObject, name: Value) -> Value {
    let mro = (*ty).mro;
    if mro.is_null() {
        // Not ready yet: the type itself, then its solid base chain.
        let mut t = ty;
        while !t.is_null() {
            if !(*t).dict.is_null() {
                if let Ok(Some(v)) = dict::get_item((*t).dict, name) {
                    return v;
                }
            }
            t = (*t).base;
        }
        return Value::NULL;
    }
    let h = crate::ops::protocol::hash(name);
    if h == -1 {
        crate::errors::clear();
        return Value::NULL;
    }
    for &t in tuple::as_slice(mro) {
        let d = (*(t.as_obj() as *mut TypeObject)).dict;
        if d.is_null() {
            continue;
        }
        match dict::get_item_hash(d, name, h) {
            Ok(Some(v)) => return v,
            Ok(None) => {}
            Err(()) => {
                crate::errors::clear();
                return Value::NULL;
            }
        }
    }
    Value::NULL
}

/// Look `name` (a str) up along `ty`'s MRO. Returns a *borrowed* reference
/// or null when absent; never sets an exception.
pub fn type_lookup(ty: *mut TypeObject, name: Value) -> Value {
    // SAFETY: valid type and str name; GIL held.
    unsafe {
        let cacheable = pystr::is_exact_str(name) && pystr::intern::is_interned(name);
        if cacheable && ((*ty).version_tag != 0 || assign_version_tag(ty)) {
            let version = (*ty).version_tag;
            let c = CACHE.ptr();
            let e = &mut (*c).entries[slot_index(version, name)];
            if e.version == version && e.name == name {
                return e.value;
            }
            let v = find_in_mro(ty, name);
            // The lookup may have run code that modified the type.
            if (*ty).version_tag == version {
                *e = CacheEntry {
                    version,
                    name,
                    value: v,
                };
            }
            return v;
        }
        find_in_mro(ty, name)
    }
}

/// `type_lookup` with a Rust name (interned through the static-name cache).
pub fn type_lookup_str(ty: *mut TypeObject, name: &'static str) -> Value {
    let n = pystr::intern::intern_static(name);
    if n.is_null() {
        crate::errors::clear();
        return Value::NULL;
    }
    type_lookup(ty, n)
}
