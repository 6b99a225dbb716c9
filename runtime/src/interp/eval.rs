//! The evaluation loop: runs one frame until it returns, yields or lets an
//! exception escape.
//!
//! Dispatch is a `match` on the opcode of the next instruction record;
//! locals are the frame's inline slots and the value stack a raw pointer
//! into the frame (sized to `co_stacksize`, so pushes need no checks).
//! Every fallible instruction that fails jumps to the error path, which
//! records a traceback entry, chains the handled exception as
//! `__context__`, and looks up the exception table: with a handler the
//! stack is cut to the handler's depth (pushing `lasti` if asked) and the
//! exception is pushed; without one the frame's stack is released and
//! null is returned.
//!
//! Rust stack use per Python call is bounded: the loop itself keeps its
//! state in a few locals, and `eval_frame` refuses to run (RecursionError)
//! when the native stack is nearly exhausted.

use super::state::{self, thread};
use super::{exc, ops};
use crate::errors::*;
use crate::object::{decref, incref, xdecref, Value};
use crate::objects::code::{self, CodeData};
use crate::objects::frame::{self, FrameObject};
use crate::objects::singletons;
use pyc_frontend::bytecode::Opcode as Op;

/// Run frame `f` (borrowed). `throw`, when not null, is an exception
/// instance (stolen) raised at the frame's current instruction (generator
/// `throw()`). Returns the frame's result (new reference) or null.
pub fn eval_frame(f: *mut FrameObject, throw: Value) -> Value {
    if state::stack_exhausted() {
        xdecref(throw);
        return raise_recursion_error("maximum recursion depth exceeded");
    }
    // SAFETY: f is a live frame not executing elsewhere; GIL held.
    unsafe {
        let ts = thread();
        (*f).back = (*ts).frame;
        (*ts).frame = f;
        (*f).state = frame::FRAME_EXECUTING;
        let r = match code::data((*f).code).native.get() {
            Some(native) => native(f, throw),
            None => run(f, throw),
        };
        (*ts).frame = (*f).back;
        (*f).back = std::ptr::null_mut();
        r
    }
}

unsafe fn run(f: *mut FrameObject, throw: Value) -> Value {
    let codev = (*f).code;
    let c: &CodeData = code::data(codev);
    let instrs = c.src.instrs.as_ptr();
    let consts = c.consts.as_ptr();
    let lp = frame::slots(f);
    let base = frame::stack_base(f);
    let mut sp = base.add((*f).stack_depth as usize);
    (*f).stack_depth = 0;
    let mut pc: usize = ((*f).lasti + 1) as usize;
    let mut kwnames = Value::NULL;
    let mut pending = false;
    // How the error being handled was raised (`ops::RAISE_*`).
    let mut mode = ops::RAISE_NORMAL;
    if !throw.is_null() {
        restore(throw);
        pending = true;
        mode = ops::RAISE_THROWN;
        pc = (*f).lasti.max(0) as usize + 1;
    }

    macro_rules! push {
        ($v:expr) => {{
            *sp = $v;
            sp = sp.add(1);
        }};
    }
    macro_rules! pop {
        () => {{
            sp = sp.sub(1);
            *sp
        }};
    }
    macro_rules! peek {
        ($n:expr) => {
            *sp.sub($n)
        };
    }

    'outer: loop {
        if !pending {
            'inner: loop {
                macro_rules! fail {
                    () => {
                        break 'inner
                    };
                }
                macro_rules! tri {
                    ($e:expr) => {{
                        let v = $e;
                        if v.is_null() {
                            fail!();
                        }
                        v
                    }};
                }
                let ins = *instrs.add(pc);
                (*f).lasti = pc as i32;
                pc += 1;
                let arg = ins.arg;
                // Runs a body shared with native code (`ops.rs`).
                macro_rules! shared {
                    ($body:ident) => {{
                        let mut x = ops::Ctx {
                            f,
                            sp,
                            arg,
                            pc: pc - 1,
                            op: ins.op,
                            c,
                            kwnames,
                            mode: ops::RAISE_NORMAL,
                        };
                        let step = ops::$body(&mut x);
                        sp = x.sp;
                        kwnames = x.kwnames;
                        match step {
                            ops::Step::Next => {}
                            ops::Step::Jump => pc = arg as usize,
                            ops::Step::Fail => {
                                mode = x.mode;
                                fail!();
                            }
                        }
                    }};
                }
                match ins.op {
                    Op::NOP | Op::RESUME => {}
                    Op::LOAD_FAST => shared!(load_fast),
                    Op::STORE_FAST => {
                        let v = pop!();
                        let slot = lp.add(arg as usize);
                        let old = std::mem::replace(&mut *slot, v);
                        xdecref(old);
                    }
                    Op::DELETE_FAST => shared!(delete_fast),
                    Op::LOAD_CONST => {
                        let v = *consts.add(arg as usize);
                        incref(v);
                        push!(v);
                    }
                    Op::POP_TOP => {
                        let v = pop!();
                        xdecref(v);
                    }
                    Op::PUSH_NULL => push!(Value::NULL),
                    Op::COPY => {
                        let v = peek!(arg as usize);
                        crate::object::xincref(v);
                        push!(v);
                    }
                    Op::SWAP => {
                        let a = sp.sub(1);
                        let b = sp.sub(arg as usize);
                        std::ptr::swap(a, b);
                    }
                    Op::UNARY_POSITIVE | Op::UNARY_NEGATIVE | Op::UNARY_INVERT => {
                        shared!(unary_positive)
                    }
                    Op::UNARY_NOT => shared!(unary_not),
                    Op::BINARY_OP => shared!(binary_op),
                    Op::COMPARE_OP => shared!(compare_op),
                    Op::IS_OP => shared!(is_op),
                    Op::CONTAINS_OP => shared!(contains_op),
                    Op::BINARY_SUBSCR => shared!(binary_subscr),
                    Op::STORE_SUBSCR => shared!(store_subscr),
                    Op::DELETE_SUBSCR => shared!(delete_subscr),
                    Op::GET_LEN => shared!(get_len),
                    Op::MATCH_MAPPING => shared!(match_mapping),
                    Op::MATCH_SEQUENCE => shared!(match_sequence),
                    Op::MATCH_KEYS => shared!(match_keys),
                    Op::MATCH_CLASS => shared!(match_class),
                    Op::PUSH_EXC_INFO => shared!(push_exc_info),
                    Op::POP_EXCEPT => shared!(pop_except),
                    Op::CHECK_EXC_MATCH => shared!(check_exc_match),
                    Op::CHECK_EG_MATCH => shared!(check_eg_match),
                    Op::PREP_RERAISE_STAR => shared!(prep_reraise_star),
                    Op::WITH_EXCEPT_START => shared!(with_except_start),
                    Op::BEFORE_WITH => shared!(before_with),
                    Op::GET_ITER => shared!(get_iter),
                    Op::GET_YIELD_FROM_ITER => shared!(get_yield_from_iter),
                    Op::FOR_ITER => shared!(for_iter),
                    Op::PRINT_EXPR => shared!(print_expr),
                    Op::LOAD_BUILD_CLASS => shared!(load_build_class),
                    Op::LOAD_ASSERTION_ERROR => shared!(load_assertion_error),
                    Op::RETURN_GENERATOR => {
                        let g = tri!(crate::objects::generator::new_generator(f));
                        (*f).lasti = (pc - 1) as i32;
                        (*f).stack_depth = sp.offset_from(base) as u32;
                        (*f).state = frame::FRAME_CREATED;
                        return g;
                    }
                    Op::RETURN_VALUE => {
                        let v = pop!();
                        while sp > base {
                            xdecref(pop!());
                        }
                        (*f).state = frame::FRAME_COMPLETED;
                        return v;
                    }
                    Op::YIELD_VALUE => {
                        let v = pop!();
                        (*f).stack_depth = sp.offset_from(base) as u32;
                        (*f).state = frame::FRAME_SUSPENDED;
                        return v;
                    }
                    Op::LIST_TO_TUPLE => shared!(list_to_tuple),
                    Op::IMPORT_STAR => shared!(import_star),
                    Op::SETUP_ANNOTATIONS => shared!(setup_annotations),
                    Op::STORE_NAME => shared!(store_name),
                    Op::DELETE_NAME => shared!(delete_name),
                    Op::LOAD_NAME => shared!(load_name),
                    Op::LOAD_GLOBAL => shared!(load_global),
                    Op::STORE_GLOBAL => shared!(store_global),
                    Op::DELETE_GLOBAL => shared!(delete_global),
                    Op::UNPACK_SEQUENCE => shared!(unpack_sequence),
                    Op::UNPACK_EX => shared!(unpack_ex),
                    Op::STORE_ATTR => shared!(store_attr),
                    Op::DELETE_ATTR => shared!(delete_attr),
                    Op::LOAD_ATTR => shared!(load_attr),
                    Op::LOAD_METHOD => shared!(load_method),
                    Op::BUILD_TUPLE => shared!(build_tuple),
                    Op::BUILD_LIST => shared!(build_list),
                    Op::BUILD_SET => shared!(build_set),
                    Op::BUILD_MAP => shared!(build_map),
                    Op::BUILD_CONST_KEY_MAP => shared!(build_const_key_map),
                    Op::BUILD_STRING => shared!(build_string),
                    Op::BUILD_SLICE => shared!(build_slice),
                    Op::FORMAT_VALUE => shared!(format_value),
                    Op::LIST_APPEND => shared!(list_append),
                    Op::SET_ADD => shared!(set_add),
                    Op::MAP_ADD => shared!(map_add),
                    Op::LIST_EXTEND => shared!(list_extend),
                    Op::SET_UPDATE => shared!(set_update),
                    Op::DICT_UPDATE => shared!(dict_update),
                    Op::DICT_MERGE => shared!(dict_merge),
                    Op::IMPORT_NAME => shared!(import_name),
                    Op::IMPORT_FROM => shared!(import_from),
                    Op::JUMP_FORWARD | Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT => {
                        pc = arg as usize;
                    }
                    Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => shared!(pop_jump_if_false),
                    Op::POP_JUMP_IF_NONE | Op::POP_JUMP_IF_NOT_NONE => {
                        let v = pop!();
                        let is_none = singletons::is_none(v);
                        decref(v);
                        if is_none == (ins.op == Op::POP_JUMP_IF_NONE) {
                            pc = arg as usize;
                        }
                    }
                    Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                        shared!(jump_if_false_or_pop)
                    }
                    Op::RERAISE => shared!(reraise),
                    Op::RAISE_VARARGS => shared!(raise_varargs),
                    Op::SEND => shared!(send),
                    Op::MAKE_FUNCTION => shared!(make_function),
                    Op::MAKE_CELL => shared!(make_cell),
                    Op::COPY_FREE_VARS => shared!(copy_free_vars),
                    Op::LOAD_CLOSURE => {
                        let v = *lp.add(arg as usize);
                        incref(v);
                        push!(v);
                    }
                    Op::LOAD_DEREF => shared!(load_deref),
                    Op::LOAD_CLASSDEREF => shared!(load_classderef),
                    Op::STORE_DEREF => shared!(store_deref),
                    Op::DELETE_DEREF => shared!(delete_deref),
                    Op::KW_NAMES => {
                        kwnames = *consts.add(arg as usize);
                    }
                    Op::CALL => shared!(call),
                    Op::CALL_FUNCTION_EX => shared!(call_function_ex),
                    Op::GET_AWAITABLE => shared!(get_awaitable),
                    Op::GET_AITER => shared!(get_aiter),
                    Op::GET_ANEXT => shared!(get_anext),
                    Op::BEFORE_ASYNC_WITH => shared!(before_async_with),
                    Op::END_ASYNC_FOR => shared!(end_async_for),
                    Op::ASYNC_GEN_WRAP => shared!(async_gen_wrap),
                    Op::EXTENDED_ARG | Op::SETUP_FINALLY | Op::SETUP_CLEANUP | Op::SETUP_WITH => {
                        raise_system_error(format!("unexpected opcode {}", ins.op.name()));
                        fail!();
                    }
                }
            }
        }
        pending = false;
        kwnames = Value::NULL;
        let depth = sp.offset_from(base) as usize;
        let target = unwind(f, c, (*f).lasti, depth, mode);
        mode = ops::RAISE_NORMAL;
        if target < 0 {
            return Value::NULL;
        }
        sp = base.add((*f).stack_depth as usize);
        (*f).stack_depth = 0;
        pc = target as usize;
        continue 'outer;
    }
}

/// The error path of both tiers: instruction `lasti` of frame `f` failed
/// (or, with a generator's `throw`, was interrupted) with `depth` entries
/// on the value stack (owned or null). Records the traceback entry and the
/// context unless re-raising, then looks up the exception table: with a
/// handler, cuts the stack to the handler's depth, pushes `lasti` if asked
/// and the exception, leaves the new depth in `f.stack_depth` and returns
/// the handler's target; without one, releases the whole stack, marks the
/// frame completed and returns -1 (the exception stays set).
pub unsafe fn unwind(f: *mut FrameObject, c: &CodeData, lasti: i32, depth: usize, mode: u8) -> i64 {
    let base = frame::stack_base(f);
    if !occurred() {
        raise_system_error("error return without exception set");
    }
    if mode != ops::RAISE_RERAISE {
        // An exception thrown in (generator.throw) is not chained to the
        // handled one: CPython restores it as it is.
        if mode != ops::RAISE_THROWN {
            exc::chain_context(mode == ops::RAISE_EXPLICIT);
        }
        crate::traceback::add_traceback(f, lasti);
    }
    let handler = c.src.handler_for(lasti.max(0) as u32);
    let keep = match &handler {
        Some(h) => h.depth as usize,
        None => 0,
    };
    for i in (keep..depth).rev() {
        let slot = base.add(i);
        xdecref(std::mem::replace(&mut *slot, Value::NULL));
    }
    let Some(h) = handler else {
        (*f).stack_depth = 0;
        (*f).state = frame::FRAME_COMPLETED;
        return -1;
    };
    let mut d = keep;
    if h.lasti {
        *base.add(d) = Value::small_unchecked(lasti as i64);
        d += 1;
    }
    *base.add(d) = fetch();
    (*f).stack_depth = (d + 1) as u32;
    h.target as i64
}
