//! Entry points that only native frames use: the shared error path and
//! generator creation, plus the compile-time check of the layout facts
//! (`pyrt_abi_layout!`) native code relies on.

use crate::errors::panic::boundary;
use crate::object::Value;
use crate::objects::code::{self, CodeObjectRt, GlobalCacheEntry};
use crate::objects::frame::{self, FrameObject};

/// Instruction `lasti` of native frame `f` failed with `depth` stack
/// entries (each owned or null); `mode` is the raise kind (0 normal, 1
/// re-raise, 2 explicit). Runs the interpreter's error path
/// (`eval::unwind`): returns the handler's target, with the handler's stack
/// in place, or -1 when the exception leaves the frame.
///
/// # Safety
/// `f` is the executing frame.
#[no_mangle]
pub unsafe extern "C" fn pyrt_nat_unwind(f: *const u8, lasti: i32, depth: usize, mode: i32) -> i64 {
    let f = f as *mut FrameObject;
    (*f).lasti = lasti;
    let r = boundary(|| {
        let c = code::data((*f).code);
        crate::interp::eval::unwind(f, c, lasti, depth, mode as u8)
    });
    if r >= 0 {
        (*f).stack_depth = 0;
    }
    r
}

/// RETURN_GENERATOR at instruction `lasti` with `depth` stack entries: the
/// generator (or coroutine) object owning frame `f`, which is left
/// created-but-not-started, as the interpreter leaves it.
///
/// # Safety
/// `f` is the executing frame.
#[no_mangle]
pub unsafe extern "C" fn pyrt_nat_return_generator(
    f: *const u8,
    lasti: i32,
    depth: usize,
) -> Value {
    let f = f as *mut FrameObject;
    boundary(|| {
        let g = crate::objects::generator::new_generator(f);
        if !g.is_null() {
            (*f).lasti = lasti;
            (*f).stack_depth = depth as u32;
            (*f).state = frame::FRAME_CREATED;
        }
        g
    })
}

/// FOR_ITER on iterator `it`: its next item (new reference); the word 2
/// (neither a small int nor a pointer) when it is exhausted (a
/// StopIteration it raised is cleared); null with the exception set.
#[no_mangle]
pub unsafe extern "C" fn pyrt_nat_for_iter(it: Value) -> Value {
    if let Some(v) = super::ops::range_next_small(it) {
        return v;
    }
    boundary(|| {
        let ty = crate::types::typeobject::type_of(it);
        let Some(next) = (*ty).tp_iternext else {
            crate::type_error!(
                "'{}' object is not an iterator",
                crate::types::typeobject::type_name(it)
            );
            return Value::NULL;
        };
        let v = next(it);
        if !v.is_null() {
            return v;
        }
        if crate::errors::occurred() {
            if !crate::errors::matches(crate::errors::exceptions::STOP_ITERATION.ptr()) {
                return Value::NULL;
            }
            crate::errors::clear();
        }
        Value(2)
    })
}

/// A native frame was resumed at an instruction that is not a resume
/// point (a corrupt frame): SystemError.
#[no_mangle]
pub extern "C" fn pyrt_nat_bad_resume() {
    crate::errors::raise_system_error("native frame resumed at an unknown instruction");
}

macro_rules! layout_check {
    ($($name:ident = $value:literal;)*) => {
        $(const _: () = assert!(layout_value::$name == $value);)*
    };
}

/// The runtime's actual value of each layout fact.
#[allow(non_upper_case_globals, dead_code)]
mod layout_value {
    use super::*;
    use std::mem::offset_of;
    pub const FRAME_CODE: usize = offset_of!(FrameObject, code);
    pub const FRAME_LASTI: usize = offset_of!(FrameObject, lasti);
    pub const FRAME_STATE: usize = offset_of!(FrameObject, state);
    pub const FRAME_STACK_DEPTH: usize = offset_of!(FrameObject, stack_depth);
    pub const FRAME_SLOTS: usize = frame::FRAME_HEADER;
    pub const FRAME_GLOBALS: usize = offset_of!(FrameObject, globals);
    pub const FRAME_BUILTINS: usize = offset_of!(FrameObject, builtins);
    pub const CODE_CONSTS: usize = offset_of!(CodeObjectRt, consts);
    pub const CODE_NAMES: usize = offset_of!(CodeObjectRt, names);
    pub const CODE_GLOBAL_CACHE: usize = offset_of!(CodeObjectRt, global_cache);
    pub const GLOBAL_CACHE_ENTRY_SIZE: usize = std::mem::size_of::<GlobalCacheEntry>();
    pub const GLOBAL_CACHE_GLOBALS_VERSION: usize = offset_of!(GlobalCacheEntry, globals_version);
    pub const GLOBAL_CACHE_BUILTINS_VERSION: usize = offset_of!(GlobalCacheEntry, builtins_version);
    pub const GLOBAL_CACHE_VALUE: usize = offset_of!(GlobalCacheEntry, value);
    pub const DICT_VERSION: usize = offset_of!(crate::objects::dict::DictObject, version);
    pub const FRAME_SUSPENDED: usize = frame::FRAME_SUSPENDED as usize;
    pub const FRAME_COMPLETED: usize = frame::FRAME_COMPLETED as usize;
}

pyrt_abi_layout!(layout_check);
