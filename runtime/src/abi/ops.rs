//! The `pyrt_op_*` entry points: native code runs each opcode that is not
//! lowered inline by calling the same body the interpreter inlines
//! (`interp/ops.rs`), through a wrapper that builds the body's context
//! from the frame, catches panics and normalises the stack on failure
//! (see `pyrt_abi_ops!` in `table.rs` for the contract).

use crate::errors::panic::boundary;
use crate::interp::ops::{self, Ctx, Step};
use crate::object::{xdecref, Value};
use crate::objects::code::{self, CodeData};
use crate::objects::frame::FrameObject;

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Run `body` for the instruction `at` names (its index in the low 24
/// bits, its opcode in the high 8) of frame `f` with the stack top below
/// `sp` and keyword names `kwnames` (borrowed, or null).
#[inline(always)]
unsafe fn step<B: FnOnce(&mut Ctx) -> Step>(
    f: *mut FrameObject,
    sp: *mut Value,
    arg: u32,
    at: u32,
    kwnames: Value,
    body: B,
) -> i64 {
    boundary(|| {
        let c: &CodeData = code::data((*f).code);
        let pc = at & 0xff_ffff;
        // Bodies index per-instruction tables by `pc`: check it once.
        if pc as usize >= c.global_cache.len() {
            crate::errors::raise_system_error("native code named a bad instruction");
            return -1;
        }
        let Some(op) = pyc_frontend::bytecode::Opcode::from_u8((at >> 24) as u8) else {
            crate::errors::raise_system_error("native code named a bad opcode");
            return -1;
        };
        let mut x = Ctx {
            f,
            sp,
            arg,
            pc: pc as usize,
            op,
            c,
            kwnames,
            mode: ops::RAISE_NORMAL,
        };
        match body(&mut x) {
            Step::Next => 0,
            Step::Jump => 1,
            Step::Fail => {
                // Entries the body popped are gone (null them); entries it
                // pushed before failing are released.
                let mut p = x.sp;
                while p < sp {
                    *p = Value::NULL;
                    p = p.add(1);
                }
                let mut p = sp;
                while p < x.sp {
                    xdecref(std::mem::replace(&mut *p, Value::NULL));
                    p = p.add(1);
                }
                -1 - x.mode as i64
            }
        }
    })
}

/// BINARY_OP on two small ints or floats without building the body's
/// context: `Some(0)` when done (result in place of the left operand,
/// the right operand's slot released), `None` to run the full body.
#[inline(always)]
unsafe fn binary_op_fast(sp: *mut Value, arg: u32) -> Option<i64> {
    let (a, b) = (*sp.sub(2), *sp.sub(1));
    let r = if a.is_small() && b.is_small() {
        ops::small_binop(a, b, arg)?
    } else {
        let r = ops::float_binop(a, b, arg)?;
        if r.is_null() {
            // MemoryError: let the full body raise it again.
            crate::errors::clear();
            return None;
        }
        crate::object::decref(a);
        crate::object::decref(b);
        r
    };
    *sp.sub(2) = r;
    *sp.sub(1) = Value::NULL;
    Some(0)
}

/// FOR_ITER over a range iterator with a small next value: push it
/// (`Some(0)`); `None` for every other case (other iterators, exhaustion,
/// big ints), which the full body handles.
#[inline(always)]
unsafe fn for_iter_fast(sp: *mut Value) -> Option<i64> {
    *sp = range_next_small(*sp.sub(1))?;
    Some(0)
}

/// The next item of `it` when it is a range iterator whose next value is
/// a small int (advancing it); None otherwise (nothing changes).
#[inline(always)]
pub(crate) unsafe fn range_next_small(it: Value) -> Option<Value> {
    use crate::objects::range::{RangeIterObject, RANGE_ITER_TYPE};
    if !it.is_ptr() || !std::ptr::eq(crate::types::typeobject::type_of(it), RANGE_ITER_TYPE.ptr()) {
        return None;
    }
    let r = it.cast::<RangeIterObject>();
    if (*r).remaining <= 0 {
        return None;
    }
    let x = (*r).next;
    let v = Value::small(x)?;
    (*r).remaining -= 1;
    (*r).next = x.wrapping_add((*r).step);
    Some(v)
}

macro_rules! export_ops {
    ($($name:ident)*) => {
        paste_ops! { $($name)* }
    };
}

macro_rules! paste_ops {
    ($($name:ident)*) => {
        /// Every shared opcode body: (entry point name, function).
        pub fn op_entry_names() -> Vec<String> {
            vec![$(format!("pyrt_op_{}", stringify!($name))),*]
        }
        $(
            pub mod $name {
                use super::*;
                /// Entry point of the shared body of the same name.
                ///
                /// # Safety
                /// `f` is the executing frame; `sp` points into its stack.
                #[export_name = concat!("pyrt_op_", stringify!($name))]
                pub unsafe extern "C" fn entry(f: *mut u8, sp: *mut u8, arg: u32, at: u32) -> i64 {
                    const IS_BINARY_OP: bool = str_eq(stringify!($name), "binary_op");
                    const IS_FOR_ITER: bool = str_eq(stringify!($name), "for_iter");
                    /// The full body, out of line behind a fast path.
                    #[inline(never)]
                    unsafe fn full(f: *mut u8, sp: *mut u8, arg: u32, at: u32) -> i64 {
                        step(f as *mut FrameObject, sp as *mut Value, arg, at, Value::NULL, |x| ops::$name(x))
                    }
                    if IS_BINARY_OP {
                        if let Some(r) = binary_op_fast(sp as *mut Value, arg) {
                            return r;
                        }
                        return full(f, sp, arg, at);
                    }
                    if IS_FOR_ITER {
                        if let Some(r) = for_iter_fast(sp as *mut Value) {
                            return r;
                        }
                        return full(f, sp, arg, at);
                    }
                    step(f as *mut FrameObject, sp as *mut Value, arg, at, Value::NULL, |x| ops::$name(x))
                }
            }
        )*
    };
}

pyrt_abi_ops!(export_ops);

/// CALL preceded by `KW_NAMES kw`: the keyword names are `co_consts[kw]`.
///
/// # Safety
/// As the other `pyrt_op_*` entry points.
#[no_mangle]
pub unsafe extern "C" fn pyrt_op_call_kw(
    f: *const u8,
    sp: *const u8,
    arg: u32,
    at: u32,
    kw: u32,
) -> i64 {
    let fr = f as *mut FrameObject;
    let c: &CodeData = code::data((*fr).code);
    let kwnames = c.consts.get(kw as usize).copied().unwrap_or(Value::NULL);
    step(fr, sp as *mut Value, arg, at, kwnames, |x| ops::call(x))
}
