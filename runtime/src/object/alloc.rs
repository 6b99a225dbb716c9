//! Allocation and freeing of heap objects.
//!
//! Objects are allocated with the C allocator (`malloc`/`free`, 16-byte
//! aligned), so freeing needs no size. Small blocks (up to
//! `CACHE_CLASSES * 16` bytes) go through a process-wide cache of freed
//! blocks, one LIFO list per 16-byte size class, touched only under the
//! GIL: a block is filed under the class its usable size covers
//! (`malloc_usable_size`), so every cached block is a real `malloc` block
//! at least as large as its class (and `realloc`/`free` stay valid on it). Objects of types with
//! `TPFLAGS_HAVE_GC` get a `GcHead` in front of their header; the returned
//! pointer always points at the `Object` header. New objects start with
//! refcount 1 (a new reference for the caller) and are not tracked by the
//! collector; constructors call `gc::track` once the object is fully
//! initialised.
//!
//! While `tracemalloc` is tracing, every block allocated, resized or
//! freed here is reported to `modules::tracemalloc`.
//!
//! In debug builds a per-thread counter of live allocated objects lets tests
//! check that basic operations do not leak (`live_objects()`).

use super::gc;
use super::header::{GcHead, Object, GC_HEAD_SIZE};
use crate::types::typeobject::TypeObject;

#[cfg(debug_assertions)]
thread_local! {
    static LIVE: std::cell::Cell<isize> = const { std::cell::Cell::new(0) };
}

/// Number of objects allocated and not yet freed by this thread (debug
/// builds only; 0 in release builds).
pub fn live_objects() -> isize {
    #[cfg(debug_assertions)]
    {
        LIVE.with(|c| c.get())
    }
    #[cfg(not(debug_assertions))]
    {
        0
    }
}

/// Adjust the debug count of live objects (an object leaving or
/// re-entering a cache counts as freed or allocated).
#[inline(always)]
pub(crate) fn count(_delta: isize) {
    #[cfg(debug_assertions)]
    LIVE.with(|c| c.set(c.get() + _delta));
}

/// Allocate `size` bytes (including the `Object` header) for an object of
/// type `ty`, zero-filled, with refcount 1 and `ty` set. Increfs `ty` when it
/// is a heap type (each instance owns a reference to its heap type).
/// Returns null (with MemoryError set) when out of memory.
///
/// # Safety
/// `ty` must be a valid type object; `size >= size_of::<Object>()`.
pub unsafe fn alloc_object(ty: *const TypeObject, size: usize) -> *mut Object {
    let gc = (*ty).is_gc_type();
    let extra = if gc { GC_HEAD_SIZE } else { 0 };
    let raw = alloc_zeroed(size + extra);
    if raw.is_null() {
        crate::errors::raise_memory_error();
        return std::ptr::null_mut();
    }
    let o = raw.add(extra) as *mut Object;
    (*o).refcnt = 1;
    (*o).ty = ty;
    if (*ty).is_heap_type() {
        crate::object::refcount::incref(crate::object::Value::from_obj(ty));
    }
    count(1);
    if crate::modules::tracemalloc::TRACING.load(std::sync::atomic::Ordering::Relaxed) {
        crate::modules::tracemalloc::on_alloc(raw, size + extra);
    }
    o
}

/// Release the memory of `o` (untracking it first if it is a tracked
/// container). Does not touch the object's fields; does not decref its type
/// (`tp_dealloc` implementations call `release_type` for that).
///
/// # Safety
/// `o` was returned by `alloc_object` and is dead.
pub unsafe fn free_object(o: *mut Object) {
    let ty = (*o).ty;
    let raw = if (*ty).is_gc_type() {
        let g = gc::head_of(o);
        if gc::is_tracked_head(g) {
            gc::untrack_head(g);
        }
        g as *mut u8
    } else {
        o as *mut u8
    };
    count(-1);
    if crate::modules::tracemalloc::TRACING.load(std::sync::atomic::Ordering::Relaxed) {
        crate::modules::tracemalloc::on_free(raw);
    }
    release_block(raw);
}

/// Free `o` and then drop the instance's reference to its type if that is a
/// heap type. The usual tail of a `tp_dealloc`.
///
/// # Safety
/// As for `free_object`.
pub unsafe fn free_and_release_type(o: *mut Object) {
    let ty = (*o).ty;
    free_object(o);
    if (*ty).is_heap_type() {
        crate::object::refcount::decref(crate::object::Value::from_obj(ty));
    }
}

/// Resize the variable-size allocation of a fresh, untracked, non-GC object
/// (used by string builders). Returns null on failure (MemoryError set; the
/// old object is then still valid).
///
/// # Safety
/// `o` must be non-GC, refcount 1, unshared.
pub unsafe fn realloc_object(o: *mut Object, new_size: usize) -> *mut Object {
    debug_assert!(!(*(*o).ty).is_gc_type());
    let p = libc::realloc(o as *mut libc::c_void, new_size) as *mut Object;
    if p.is_null() {
        crate::errors::raise_memory_error();
    } else if crate::modules::tracemalloc::TRACING.load(std::sync::atomic::Ordering::Relaxed) {
        crate::modules::tracemalloc::on_free(o as *mut u8);
        crate::modules::tracemalloc::on_alloc(p as *mut u8, new_size);
    }
    p
}

/// Number of cached size classes (class `k` holds blocks of at least
/// `16 * k` bytes; class 0 is unused).
const CACHE_CLASSES: usize = 32;

/// Most blocks one class keeps (about 32 KiB per class).
#[inline(always)]
const fn class_cap(k: usize) -> u32 {
    let n = 2048 / k;
    if n < 32 {
        32
    } else {
        n as u32
    }
}

struct BlockCache {
    /// Head of each class's list; a cached block's first word links to
    /// the next one.
    heads: [*mut u8; CACHE_CLASSES + 1],
    counts: [u32; CACHE_CLASSES + 1],
}

static CACHE: crate::object::Static<BlockCache> = crate::object::Static::new(BlockCache {
    heads: [std::ptr::null_mut(); CACHE_CLASSES + 1],
    counts: [0; CACHE_CLASSES + 1],
});

/// `bytes` zero-filled bytes from the cache or `malloc` (null when out of
/// memory, no exception set).
#[inline(always)]
unsafe fn alloc_zeroed(bytes: usize) -> *mut u8 {
    let k = bytes.div_ceil(16);
    if k > CACHE_CLASSES {
        return libc::calloc(1, bytes) as *mut u8;
    }
    let c = CACHE.ptr();
    let head = (*c).heads[k];
    let p = if !head.is_null() {
        (*c).heads[k] = *(head as *mut *mut u8);
        (*c).counts[k] -= 1;
        head
    } else {
        let p = libc::malloc(k * 16) as *mut u8;
        if p.is_null() {
            return p;
        }
        p
    };
    std::ptr::write_bytes(p, 0, bytes);
    p
}

/// Give a `malloc` block back: to its size class's cache when there is
/// room, else to `free`.
#[inline(always)]
unsafe fn release_block(raw: *mut u8) {
    #[cfg(target_os = "linux")]
    {
        let k = libc::malloc_usable_size(raw as *mut libc::c_void) / 16;
        if (1..=CACHE_CLASSES).contains(&k) {
            let c = CACHE.ptr();
            if (*c).counts[k] < class_cap(k) {
                *(raw as *mut *mut u8) = (*c).heads[k];
                (*c).heads[k] = raw;
                (*c).counts[k] += 1;
                return;
            }
        }
    }
    libc::free(raw as *mut libc::c_void);
}

#[allow(dead_code)]
fn _assert_gc_head_align() {
    const _: () = assert!(std::mem::align_of::<GcHead>() == 8);
}

/// Remove an object from the live-object accounting because it just became
/// immortal (interned strings).
pub fn forget_for_accounting() {
    count(-1);
}
