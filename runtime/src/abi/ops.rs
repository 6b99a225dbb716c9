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

/// Run `body` for the instruction `at` names (its index in the low 24
/// bits, its opcode in the high 8) of frame `f` with the stack top below
/// `sp` and keyword names `kwnames` (borrowed, or null).
#[inline(always)]
unsafe fn step(
    f: *mut FrameObject,
    sp: *mut Value,
    arg: u32,
    at: u32,
    kwnames: Value,
    body: unsafe fn(&mut Ctx) -> Step,
) -> i64 {
    boundary(|| {
        let c: &CodeData = code::data((*f).code);
        let Some(op) = pyc_frontend::bytecode::Opcode::from_u8((at >> 24) as u8) else {
            crate::errors::raise_system_error("native code named a bad opcode");
            return -1;
        };
        let mut x = Ctx {
            f,
            sp,
            arg,
            pc: (at & 0xff_ffff) as usize,
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
                pub unsafe extern "C" fn entry(f: *mut u8, sp: *mut u8, arg: u32, pc: u32) -> i64 {
                    step(f as *mut FrameObject, sp as *mut Value, arg, pc, Value::NULL, ops::$name)
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
    pc: u32,
    kw: u32,
) -> i64 {
    let fr = f as *mut FrameObject;
    let c: &CodeData = code::data((*fr).code);
    let kwnames = c.consts.get(kw as usize).copied().unwrap_or(Value::NULL);
    step(fr, sp as *mut Value, arg, pc, kwnames, ops::call)
}
