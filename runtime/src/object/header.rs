//! The object header every heap object starts with, the GC header that
//! container objects carry in front of it, and `Static<T>`, the wrapper that
//! lets immortal objects live in Rust statics.
//!
//! Memory layout of a heap object:
//!
//! ```text
//!   containers only:  [ GcHead { next, prev, gc_refs } ]  24 bytes
//!   every object:     [ Object { refcnt, ty } ]           16 bytes   <- Value points here
//!                     [ type-specific fields ... ]
//! ```
//!
//! Immortal objects (static singletons, static types, interned strings) have
//! `refcnt < 0` (exactly `IMMORTAL_REFCNT` when created); increfs and decrefs
//! leave them untouched (see `refcount.rs` for the exact check).

use crate::types::typeobject::TypeObject;
use std::cell::UnsafeCell;

/// Reference count stored in every immortal object. Any negative count is
/// treated as immortal; this value sits far from both zero and `isize::MIN`.
pub const IMMORTAL_REFCNT: isize = isize::MIN / 2;

/// Header at offset 0 of every heap object.
#[repr(C)]
pub struct Object {
    /// Reference count; negative means immortal.
    pub refcnt: isize,
    /// The object's type (a borrowed pointer for static types; heap types
    /// are kept alive by one reference owned by each instance).
    pub ty: *const TypeObject,
}

impl Object {
    /// Header of an immortal object of type `ty`.
    pub const fn immortal(ty: *const TypeObject) -> Object {
        Object {
            refcnt: IMMORTAL_REFCNT,
            ty,
        }
    }
}

/// GC header placed immediately before the `Object` header of every object
/// whose type has `TPFLAGS_HAVE_GC`. `next`/`prev` link tracked objects into
/// the collector's list (both null when untracked); `gc_refs` is scratch
/// space for the trial-deletion collector.
#[repr(C)]
pub struct GcHead {
    pub next: *mut GcHead,
    pub prev: *mut GcHead,
    pub gc_refs: isize,
}

/// Size in bytes of the GC header in front of container objects.
pub const GC_HEAD_SIZE: usize = std::mem::size_of::<GcHead>();

/// Interior-mutable wrapper for runtime objects stored in Rust statics
/// (static types and immortal singletons). The runtime only mutates them
/// while holding the GIL, which is what makes the `Sync` impl sound.
#[repr(transparent)]
pub struct Static<T>(pub UnsafeCell<T>);

// SAFETY: all mutation happens under the GIL (see `crate::gil`).
unsafe impl<T> Sync for Static<T> {}

impl<T> Static<T> {
    pub const fn new(v: T) -> Self {
        Static(UnsafeCell::new(v))
    }
    /// Raw pointer to the wrapped object.
    #[inline(always)]
    pub const fn ptr(&self) -> *mut T {
        self.0.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::{align_of, offset_of, size_of};

    #[test]
    fn header_layout() {
        assert_eq!(size_of::<Object>(), 16);
        assert_eq!(align_of::<Object>(), 8);
        assert_eq!(offset_of!(Object, refcnt), 0);
        assert_eq!(offset_of!(Object, ty), 8);
        assert_eq!(size_of::<GcHead>(), 24);
        assert_eq!(GC_HEAD_SIZE % 8, 0);
        const _: () = assert!(IMMORTAL_REFCNT < 0);
    }
}
