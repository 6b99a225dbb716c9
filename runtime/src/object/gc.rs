//! GC header bookkeeping: the list of tracked container objects and the
//! traverse/clear hook signatures the cycle collector (a later issue) uses.
//!
//! Every container type (`TPFLAGS_HAVE_GC`) provides `tp_traverse`, which
//! calls `visit` on each object reference it owns, and `tp_clear`, which
//! drops those references (breaking cycles). Tracked objects form one
//! doubly-linked list through their `GcHead`s; untracked objects have null
//! links. The list lives in a static touched only under the GIL.

use super::header::{GcHead, Object, Static, GC_HEAD_SIZE};
use super::value::Value;
use std::ptr::null_mut;

/// Callback passed to `tp_traverse`: called once per owned reference with
/// the referenced value (borrowed) and the collector's context pointer; a
/// non-zero result stops the traversal and is returned by `tp_traverse`.
pub type VisitFn = unsafe fn(v: Value, arg: *mut libc::c_void) -> i32;

struct GcList {
    head: GcHead,
    count: usize,
}

static TRACKED: Static<GcList> = Static::new(GcList {
    head: GcHead {
        next: null_mut(),
        prev: null_mut(),
        gc_refs: 0,
    },
    count: 0,
});

/// The `GcHead` in front of container object `o`.
///
/// # Safety
/// `o` must be an object of a GC type.
#[inline(always)]
pub unsafe fn head_of(o: *mut Object) -> *mut GcHead {
    (o as *mut u8).sub(GC_HEAD_SIZE) as *mut GcHead
}

/// The object that follows GC header `g`.
///
/// # Safety
/// `g` must be the header of a container object.
#[inline(always)]
pub unsafe fn object_of(g: *mut GcHead) -> *mut Object {
    (g as *mut u8).add(GC_HEAD_SIZE) as *mut Object
}

pub(crate) unsafe fn is_tracked_head(g: *mut GcHead) -> bool {
    !(*g).next.is_null()
}

unsafe fn list() -> *mut GcList {
    let l = TRACKED.ptr();
    if (*l).head.next.is_null() {
        let h = &mut (*l).head as *mut GcHead;
        (*l).head.next = h;
        (*l).head.prev = h;
    }
    l
}

/// Start tracking container `o` (idempotent).
///
/// # Safety
/// `o` is a fully initialised object of a GC type; GIL held.
pub unsafe fn track(o: *mut Object) {
    let g = head_of(o);
    if is_tracked_head(g) {
        return;
    }
    let l = list();
    let h = &mut (*l).head as *mut GcHead;
    let last = (*h).prev;
    (*g).prev = last;
    (*g).next = h;
    (*last).next = g;
    (*h).prev = g;
    (*l).count += 1;
}

pub(crate) unsafe fn untrack_head(g: *mut GcHead) {
    let l = list();
    (*(*g).prev).next = (*g).next;
    (*(*g).next).prev = (*g).prev;
    (*g).next = null_mut();
    (*g).prev = null_mut();
    (*l).count -= 1;
}

/// Stop tracking container `o` (idempotent).
///
/// # Safety
/// `o` is an object of a GC type; GIL held.
pub unsafe fn untrack(o: *mut Object) {
    let g = head_of(o);
    if is_tracked_head(g) {
        untrack_head(g);
    }
}

/// Whether container `o` is currently tracked.
///
/// # Safety
/// `o` is an object of a GC type.
pub unsafe fn is_tracked(o: *mut Object) -> bool {
    is_tracked_head(head_of(o))
}

/// Number of tracked objects (all threads; GIL held).
pub fn tracked_count() -> usize {
    // SAFETY: GIL held by the caller; plain read.
    unsafe { (*list()).count }
}

/// Call `f` on every tracked object, oldest first (GIL held; `f` must not
/// track or untrack objects).
pub fn for_each_tracked(mut f: impl FnMut(*mut Object)) {
    // SAFETY: GIL held; the list is well formed and not modified by `f`.
    unsafe {
        let l = list();
        let h = &mut (*l).head as *mut GcHead;
        let mut g = (*h).next;
        while g != h {
            f(object_of(g));
            g = (*g).next;
        }
    }
}

/// Visit helper for `tp_traverse` implementations: visit `v` if it is a
/// heap object, propagating a non-zero result.
#[inline]
pub unsafe fn visit_value(v: Value, visit: VisitFn, arg: *mut libc::c_void) -> i32 {
    if v.is_ptr() {
        visit(v, arg)
    } else {
        0
    }
}
