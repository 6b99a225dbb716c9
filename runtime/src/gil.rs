//! Runtime start-up and the global interpreter lock.
//!
//! `init()` readies every static type exactly once (bases, MROs, dicts with
//! their methods, inherited slots) and the exception hierarchy. All runtime
//! state is only touched while holding the GIL; `with_gil` acquires it (and
//! initialises the runtime on first use). The GIL is a plain mutex for now:
//! hand-over every `sys.getswitchinterval()` and release around blocking
//! calls arrive with threading support.

use std::sync::{Mutex, Once};

static GIL: Mutex<()> = Mutex::new(());
static INIT: Once = Once::new();

/// Run `f` holding the GIL (re-entrant use from the same thread is a bug:
/// callers inside the runtime already hold it).
pub fn with_gil<R>(f: impl FnOnce() -> R) -> R {
    let _guard = GIL.lock().unwrap_or_else(|e| e.into_inner());
    init_locked();
    f()
}

/// Initialise the runtime (idempotent). The caller holds the GIL.
pub fn init_locked() {
    INIT.call_once(|| {
        // SAFETY: runs once, under the GIL, before any other runtime use.
        let ok = unsafe { ready_all() };
        assert!(ok == 0, "runtime initialisation failed");
    });
}

unsafe fn ready_all() -> i32 {
    use crate::call::{builtin, descr};
    use crate::objects::*;
    use crate::types::ready::ready_type;
    let statics = [
        object::OBJECT_TYPE.ptr(),
        crate::types::typetype::TYPE_TYPE.ptr(),
        singletons::NONE_TYPE.ptr(),
        singletons::NOT_IMPLEMENTED_TYPE.ptr(),
        singletons::ELLIPSIS_TYPE.ptr(),
        int::INT_TYPE.ptr(),
        bool::BOOL_TYPE.ptr(),
        float::FLOAT_TYPE.ptr(),
        str::STR_TYPE.ptr(),
        str::methods::STR_ITER_TYPE.ptr(),
        str::methods::STR_UNICODE_ITER_TYPE.ptr(),
        tuple::TUPLE_TYPE.ptr(),
        slice::SLICE_TYPE.ptr(),
        list::LIST_TYPE.ptr(),
        set::SET_TYPE.ptr(),
        set::FROZENSET_TYPE.ptr(),
        set::iter::SET_ITER_TYPE.ptr(),
        complex::COMPLEX_TYPE.ptr(),
        bytes::BYTES_TYPE.ptr(),
        bytes::BYTEARRAY_TYPE.ptr(),
        bytes::memoryview::MEMORYVIEW_TYPE.ptr(),
        genericalias::GENERIC_ALIAS_TYPE.ptr(),
        genericalias::UNION_TYPE.ptr(),
        bytes::iter::BYTES_ITER_TYPE.ptr(),
        bytes::iter::BYTEARRAY_ITER_TYPE.ptr(),
        dict::DICT_TYPE.ptr(),
        dict::iter::DICT_KEYITER_TYPE.ptr(),
        dict::iter::DICT_VALUEITER_TYPE.ptr(),
        dict::iter::DICT_ITEMITER_TYPE.ptr(),
        dict::iter::DICT_REVKEYITER_TYPE.ptr(),
        dict::iter::DICT_REVVALUEITER_TYPE.ptr(),
        dict::iter::DICT_REVITEMITER_TYPE.ptr(),
        dict::iter::DICT_KEYS_TYPE.ptr(),
        dict::iter::DICT_VALUES_TYPE.ptr(),
        dict::iter::DICT_ITEMS_TYPE.ptr(),
        seqiter::TUPLE_ITER_TYPE.ptr(),
        seqiter::LIST_ITER_TYPE.ptr(),
        seqiter::LIST_REVITER_TYPE.ptr(),
        seqiter::SEQ_ITER_TYPE.ptr(),
        builtin::BUILTIN_FUNCTION_TYPE.ptr(),
        builtin::METHOD_DESCR_TYPE.ptr(),
        builtin::CLASSMETHOD_DESCR_TYPE.ptr(),
        descr::GETSET_DESCR_TYPE.ptr(),
        crate::types::slotdefs::members::MEMBER_DESCR_TYPE.ptr(),
        crate::types::wrappers::WRAPPER_DESCR_TYPE.ptr(),
        crate::types::wrappers::METHOD_WRAPPER_TYPE.ptr(),
    ];
    for t in statics {
        if ready_type(t) < 0 {
            return -1;
        }
    }
    crate::errors::exceptions::init_exceptions()
}
