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
use super::{build, calls, exc, imports, matching, names};
use crate::errors::*;
use crate::object::{decref, incref, new_ref, xdecref, Value};
use crate::objects::code::{self, CodeData};
use crate::objects::frame::{self, FrameObject};
use crate::objects::{bool as pybool, cell, dict, int, list, singletons, tuple};
use crate::ops::{compare, number, protocol};
use crate::types::slots::{BinOp, CompareOp, UnaryOp};
use crate::types::typeobject::*;
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
        let r = run(f, throw);
        (*ts).frame = (*f).back;
        (*f).back = std::ptr::null_mut();
        r
    }
}

#[inline(always)]
fn small_binop(a: Value, b: Value, op: u32) -> Option<Value> {
    let (x, y) = (a.as_small(), b.as_small());
    let r = match op {
        0 | 13 => x.checked_add(y)?,
        10 | 23 => x.checked_sub(y)?,
        5 | 18 => x.checked_mul(y)?,
        1 | 14 => x & y,
        7 | 20 => x | y,
        12 | 25 => x ^ y,
        2 | 15 => {
            if y == 0 {
                return None;
            }
            let q = x / y;
            if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        6 | 19 => {
            if y == 0 {
                return None;
            }
            let m = x % y;
            if m != 0 && ((m < 0) != (y < 0)) {
                m + y
            } else {
                m
            }
        }
        _ => return None,
    };
    Value::small(r)
}

unsafe fn run(f: *mut FrameObject, throw: Value) -> Value {
    let codev = (*f).code;
    let c: &CodeData = code::data(codev);
    let instrs = c.src.instrs.as_ptr();
    let consts = c.consts.as_ptr();
    let names_p = c.names.as_ptr();
    let lp = frame::slots(f);
    let base = frame::stack_base(f);
    let mut sp = base.add((*f).stack_depth as usize);
    (*f).stack_depth = 0;
    let mut pc: usize = ((*f).lasti + 1) as usize;
    let mut kwnames = Value::NULL;
    let mut pending = false;
    // The error being handled came from RERAISE (no new traceback entry,
    // no context chaining) or RAISE_VARARGS (always chain).
    let mut reraise = false;
    let mut explicit_raise = false;
    // An exception thrown in (generator.throw) is not chained to the
    // handled one: CPython restores it as it is.
    let mut thrown = false;
    if !throw.is_null() {
        restore(throw);
        pending = true;
        thrown = true;
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
    macro_rules! top {
        () => {
            *sp.sub(1)
        };
    }
    macro_rules! peek {
        ($n:expr) => {
            *sp.sub($n)
        };
    }
    macro_rules! set_top {
        ($v:expr) => {
            *sp.sub(1) = $v
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
                macro_rules! tri_i {
                    ($e:expr) => {{
                        let v = $e;
                        if v < 0 {
                            fail!();
                        }
                        v
                    }};
                }
                let ins = *instrs.add(pc);
                (*f).lasti = pc as i32;
                pc += 1;
                let arg = ins.arg;
                match ins.op {
                    Op::NOP | Op::RESUME => {}
                    Op::LOAD_FAST => {
                        let v = *lp.add(arg as usize);
                        if v.is_null() {
                            names::unbound_local(c, arg as usize);
                            fail!();
                        }
                        incref(v);
                        push!(v);
                    }
                    Op::STORE_FAST => {
                        let v = pop!();
                        let slot = lp.add(arg as usize);
                        let old = std::mem::replace(&mut *slot, v);
                        xdecref(old);
                    }
                    Op::DELETE_FAST => {
                        let slot = lp.add(arg as usize);
                        if (*slot).is_null() {
                            names::unbound_local(c, arg as usize);
                            fail!();
                        }
                        let old = std::mem::replace(&mut *slot, Value::NULL);
                        decref(old);
                    }
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
                        let v = top!();
                        let uop = match ins.op {
                            Op::UNARY_POSITIVE => UnaryOp::Pos,
                            Op::UNARY_NEGATIVE => UnaryOp::Neg,
                            _ => UnaryOp::Invert,
                        };
                        let r = tri!(number::unary_op(v, uop));
                        decref(v);
                        set_top!(r);
                    }
                    Op::UNARY_NOT => {
                        let v = top!();
                        let t = tri_i!(protocol::is_true(v));
                        decref(v);
                        set_top!(pybool::from_bool(t == 0));
                    }
                    Op::BINARY_OP => {
                        let b = pop!();
                        let a = top!();
                        if a.is_small() && b.is_small() {
                            if let Some(r) = small_binop(a, b, arg) {
                                set_top!(r);
                                continue;
                            }
                        }
                        let r = if arg >= 13 {
                            match BinOp::from_u8((arg - 13) as u8) {
                                Some(op) => number::inplace_op(a, b, op),
                                None => raise_system_error("bad BINARY_OP operand"),
                            }
                        } else {
                            match BinOp::from_u8(arg as u8) {
                                Some(op) => number::binary_op(a, b, op),
                                None => raise_system_error("bad BINARY_OP operand"),
                            }
                        };
                        decref(b);
                        if r.is_null() {
                            fail!();
                        }
                        decref(a);
                        set_top!(r);
                    }
                    Op::COMPARE_OP => {
                        let b = pop!();
                        let a = top!();
                        let Some(op) = CompareOp::from_u8(arg as u8) else {
                            push!(b);
                            raise_system_error("bad COMPARE_OP operand");
                            fail!();
                        };
                        if a.is_small() && b.is_small() {
                            set_top!(pybool::from_bool(op.test(a.as_small().cmp(&b.as_small()))));
                            continue;
                        }
                        let r = compare::rich_compare(a, b, op);
                        decref(b);
                        if r.is_null() {
                            fail!();
                        }
                        decref(a);
                        set_top!(r);
                    }
                    Op::IS_OP => {
                        let b = pop!();
                        let a = top!();
                        let r = (a == b) != (arg == 1);
                        decref(a);
                        decref(b);
                        set_top!(pybool::from_bool(r));
                    }
                    Op::CONTAINS_OP => {
                        let b = pop!();
                        let a = top!();
                        let r = protocol::contains(b, a);
                        decref(b);
                        if r < 0 {
                            fail!();
                        }
                        decref(a);
                        set_top!(pybool::from_bool((r == 1) != (arg == 1)));
                    }
                    Op::BINARY_SUBSCR => {
                        let key = pop!();
                        let container = top!();
                        let r = build::subscr_get(container, key);
                        decref(key);
                        if r.is_null() {
                            fail!();
                        }
                        decref(container);
                        set_top!(r);
                    }
                    Op::STORE_SUBSCR => {
                        let key = pop!();
                        let container = pop!();
                        let value = pop!();
                        let r = build::subscr_set(container, key, value);
                        decref(key);
                        decref(container);
                        decref(value);
                        tri_i!(r);
                    }
                    Op::DELETE_SUBSCR => {
                        let key = pop!();
                        let container = pop!();
                        let r = build::subscr_set(container, key, Value::NULL);
                        decref(key);
                        decref(container);
                        tri_i!(r);
                    }
                    Op::GET_LEN => {
                        let n = tri_i!(protocol::len(top!()));
                        push!(int::from_i64(n as i64));
                    }
                    Op::MATCH_MAPPING => {
                        let r = matching::is_mapping(top!());
                        push!(pybool::from_bool(r));
                    }
                    Op::MATCH_SEQUENCE => {
                        let r = matching::is_sequence(top!());
                        push!(pybool::from_bool(r));
                    }
                    Op::MATCH_KEYS => {
                        let r = tri!(matching::match_keys(peek!(2), top!()));
                        push!(r);
                    }
                    Op::MATCH_CLASS => {
                        let kw = pop!();
                        let cls = pop!();
                        let subject = top!();
                        let r = matching::match_class(subject, cls, arg as usize, kw);
                        decref(kw);
                        decref(cls);
                        if r.is_null() {
                            fail!();
                        }
                        decref(subject);
                        set_top!(r);
                    }
                    Op::PUSH_EXC_INFO => {
                        let e = top!();
                        let ts = thread();
                        let prev = std::mem::replace(&mut (*ts).exc_info, new_ref(e));
                        set_top!(if prev.is_null() {
                            singletons::none()
                        } else {
                            prev
                        });
                        push!(e);
                    }
                    Op::POP_EXCEPT => {
                        let v = pop!();
                        let ts = thread();
                        let nv = if singletons::is_none(v) {
                            decref(v);
                            Value::NULL
                        } else {
                            v
                        };
                        let old = std::mem::replace(&mut (*ts).exc_info, nv);
                        xdecref(old);
                    }
                    Op::CHECK_EXC_MATCH => {
                        let ty = pop!();
                        let r = exc::check_exc_match(top!(), ty);
                        decref(ty);
                        tri_i!(r);
                        push!(pybool::from_bool(r == 1));
                    }
                    Op::CHECK_EG_MATCH => {
                        let ty = pop!();
                        let e = pop!();
                        let r = exc::check_eg_match(e, ty);
                        decref(ty);
                        decref(e);
                        let Some((rest, matched)) = r else {
                            fail!();
                        };
                        push!(rest);
                        push!(matched);
                    }
                    Op::PREP_RERAISE_STAR => {
                        let excs = pop!();
                        let orig = top!();
                        let r = exc::prep_reraise_star(orig, excs);
                        decref(excs);
                        if r.is_null() {
                            fail!();
                        }
                        decref(orig);
                        set_top!(r);
                    }
                    Op::WITH_EXCEPT_START => {
                        let e = top!();
                        let exit = peek!(4);
                        let r = tri!(exc::call_exit_with(exit, e));
                        push!(r);
                    }
                    Op::BEFORE_WITH => {
                        let mgr = top!();
                        let (exit, entered) = match calls::before_with(mgr) {
                            Some(p) => p,
                            None => fail!(),
                        };
                        decref(mgr);
                        set_top!(exit);
                        push!(entered);
                    }
                    Op::GET_ITER => {
                        let v = top!();
                        let it = tri!(protocol::get_iter(v));
                        decref(v);
                        set_top!(it);
                    }
                    Op::GET_YIELD_FROM_ITER => {
                        let v = top!();
                        if !crate::objects::generator::is_generator_like(v) {
                            let it = tri!(protocol::get_iter(v));
                            decref(v);
                            set_top!(it);
                        }
                    }
                    Op::FOR_ITER => {
                        let it = top!();
                        let ty = type_of(it);
                        let next = match (*ty).tp_iternext {
                            Some(nf) => nf(it),
                            None => {
                                crate::type_error!("'{}' object is not an iterator", type_name(it));
                                fail!();
                            }
                        };
                        if !next.is_null() {
                            push!(next);
                        } else {
                            if occurred() {
                                if !matches(crate::errors::exceptions::STOP_ITERATION.ptr()) {
                                    fail!();
                                }
                                clear();
                            }
                            decref(pop!());
                            pc = arg as usize;
                        }
                    }
                    Op::PRINT_EXPR => {
                        let v = pop!();
                        let r = calls::print_expr(v);
                        decref(v);
                        tri_i!(r);
                    }
                    Op::LOAD_BUILD_CLASS => {
                        let v = tri!(names::load_builtin(f, crate::id!(__build_class__)));
                        push!(v);
                    }
                    Op::LOAD_ASSERTION_ERROR => {
                        push!(Value::from_obj(
                            crate::errors::exceptions::ASSERTION_ERROR.ptr()
                        ));
                    }
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
                    Op::LIST_TO_TUPLE => {
                        let l = top!();
                        let t = tri!(tuple::tuple_pack(list::as_slice(l)));
                        decref(l);
                        set_top!(t);
                    }
                    Op::IMPORT_STAR => {
                        let m = pop!();
                        let r = imports::import_star(f, m);
                        decref(m);
                        tri_i!(r);
                    }
                    Op::SETUP_ANNOTATIONS => {
                        tri_i!(names::setup_annotations(f));
                    }
                    Op::STORE_NAME => {
                        let v = pop!();
                        let r = names::store_name(f, *names_p.add(arg as usize), v);
                        decref(v);
                        tri_i!(r);
                    }
                    Op::DELETE_NAME => {
                        tri_i!(names::delete_name(f, *names_p.add(arg as usize)));
                    }
                    Op::LOAD_NAME => {
                        let v = tri!(names::load_name(f, *names_p.add(arg as usize)));
                        push!(v);
                    }
                    Op::LOAD_GLOBAL => {
                        let gv = dict::version((*f).globals);
                        let b = (*f).builtins;
                        let bv = if dict::is_exact_dict(b) {
                            dict::version(b)
                        } else {
                            0
                        };
                        let slot = c.global_cache.get_unchecked(pc - 1);
                        let (cg, cb, cv) = slot.get();
                        let v = if cg == gv && cb == bv && bv != 0 && !cv.is_null() {
                            incref(cv);
                            cv
                        } else {
                            let v = tri!(names::load_global(f, *names_p.add((arg >> 1) as usize)));
                            if bv != 0 {
                                slot.set((gv, bv, v));
                            }
                            v
                        };
                        if arg & 1 != 0 {
                            push!(Value::NULL);
                        }
                        push!(v);
                    }
                    Op::STORE_GLOBAL => {
                        let v = pop!();
                        let r = dict::set_item((*f).globals, *names_p.add(arg as usize), v);
                        decref(v);
                        tri_i!(r);
                    }
                    Op::DELETE_GLOBAL => {
                        tri_i!(names::delete_global(f, *names_p.add(arg as usize)));
                    }
                    Op::UNPACK_SEQUENCE => {
                        let v = pop!();
                        let ok = build::unpack_sequence(v, arg as usize, sp);
                        decref(v);
                        if !ok {
                            fail!();
                        }
                        sp = sp.add(arg as usize);
                    }
                    Op::UNPACK_EX => {
                        let v = pop!();
                        let before = (arg & 0xff) as usize;
                        let after = (arg >> 8) as usize;
                        let ok = build::unpack_ex(v, before, after, sp);
                        decref(v);
                        if !ok {
                            fail!();
                        }
                        sp = sp.add(before + after + 1);
                    }
                    Op::STORE_ATTR => {
                        let obj = pop!();
                        let v = pop!();
                        let r = crate::ops::attr::set_attr(obj, *names_p.add(arg as usize), v);
                        decref(obj);
                        decref(v);
                        tri_i!(r);
                    }
                    Op::DELETE_ATTR => {
                        let obj = pop!();
                        let r = crate::ops::attr::set_attr(
                            obj,
                            *names_p.add(arg as usize),
                            Value::NULL,
                        );
                        decref(obj);
                        tri_i!(r);
                    }
                    Op::LOAD_ATTR => {
                        let obj = top!();
                        let name = *names_p.add(arg as usize);
                        let r = crate::ops::attr::get_attr(obj, name);
                        if r.is_null() {
                            crate::ops::attr::set_attribute_error_context(obj, name);
                            fail!();
                        }
                        decref(obj);
                        set_top!(r);
                    }
                    Op::LOAD_METHOD => {
                        let obj = top!();
                        let name = *names_p.add(arg as usize);
                        let (m, unbound) = crate::ops::attr::get_method(obj, name);
                        if m.is_null() {
                            crate::ops::attr::set_attribute_error_context(obj, name);
                            fail!();
                        }
                        if unbound {
                            set_top!(m);
                            push!(obj);
                        } else {
                            decref(obj);
                            set_top!(Value::NULL);
                            push!(m);
                        }
                    }
                    Op::BUILD_TUPLE => {
                        let n = arg as usize;
                        let t = tri!(tuple::tuple_new(n));
                        sp = sp.sub(n);
                        std::ptr::copy_nonoverlapping(sp, tuple::items_ptr(t), n);
                        push!(t);
                    }
                    Op::BUILD_LIST => {
                        let n = arg as usize;
                        sp = sp.sub(n);
                        let items = std::slice::from_raw_parts(sp, n).to_vec();
                        let l = list::list_from_vec(items);
                        if l.is_null() {
                            fail!();
                        }
                        push!(l);
                    }
                    Op::BUILD_SET => {
                        let n = arg as usize;
                        sp = sp.sub(n);
                        let items = std::slice::from_raw_parts(sp, n).to_vec();
                        let s = tri!(build::build_set(items));
                        push!(s);
                    }
                    Op::BUILD_MAP => {
                        let n = arg as usize;
                        sp = sp.sub(2 * n);
                        let items = std::slice::from_raw_parts(sp, 2 * n).to_vec();
                        let d = tri!(build::build_map(items));
                        push!(d);
                    }
                    Op::BUILD_CONST_KEY_MAP => {
                        let n = arg as usize;
                        let keys = pop!();
                        sp = sp.sub(n);
                        let items = std::slice::from_raw_parts(sp, n).to_vec();
                        let d = build::build_const_key_map(keys, items);
                        decref(keys);
                        push!(tri!(d));
                    }
                    Op::BUILD_STRING => {
                        let n = arg as usize;
                        sp = sp.sub(n);
                        let items = std::slice::from_raw_parts(sp, n).to_vec();
                        let s = tri!(build::build_string(items));
                        push!(s);
                    }
                    Op::BUILD_SLICE => {
                        let step = if arg == 3 { pop!() } else { Value::NULL };
                        let stop = pop!();
                        let start = pop!();
                        let s = crate::objects::slice::new_slice(start, stop, step);
                        decref(start);
                        decref(stop);
                        xdecref(step);
                        push!(tri!(s));
                    }
                    Op::FORMAT_VALUE => {
                        let spec = if arg & 4 != 0 { pop!() } else { Value::NULL };
                        let v = pop!();
                        let r = build::format_value(v, arg & 3, spec);
                        decref(v);
                        xdecref(spec);
                        push!(tri!(r));
                    }
                    Op::LIST_APPEND => {
                        let v = pop!();
                        let l = peek!(arg as usize);
                        let r = list::append(l, v);
                        decref(v);
                        tri_i!(r);
                    }
                    Op::SET_ADD => {
                        let v = pop!();
                        let s = peek!(arg as usize);
                        let r = build::set_add(s, v);
                        decref(v);
                        tri_i!(r);
                    }
                    Op::MAP_ADD => {
                        let v = pop!();
                        let k = pop!();
                        let d = peek!(arg as usize);
                        let r = dict::set_item(d, k, v);
                        decref(k);
                        decref(v);
                        tri_i!(r);
                    }
                    Op::LIST_EXTEND => {
                        let v = pop!();
                        let l = peek!(arg as usize);
                        let r = build::list_extend(l, v);
                        decref(v);
                        tri_i!(r);
                    }
                    Op::SET_UPDATE => {
                        let v = pop!();
                        let s = peek!(arg as usize);
                        let r = build::set_update(s, v);
                        decref(v);
                        tri_i!(r);
                    }
                    Op::DICT_UPDATE => {
                        let v = pop!();
                        let d = peek!(arg as usize);
                        let r = build::dict_update(d, v);
                        decref(v);
                        tri_i!(r);
                    }
                    Op::DICT_MERGE => {
                        let v = pop!();
                        let d = peek!(arg as usize);
                        let func = peek!(arg as usize + 2);
                        let r = build::dict_merge(d, v, func);
                        decref(v);
                        tri_i!(r);
                    }
                    Op::IMPORT_NAME => {
                        let fromlist = pop!();
                        let level = top!();
                        let r =
                            imports::import_name(f, *names_p.add(arg as usize), fromlist, level);
                        decref(fromlist);
                        if r.is_null() {
                            fail!();
                        }
                        decref(level);
                        set_top!(r);
                    }
                    Op::IMPORT_FROM => {
                        let r = tri!(imports::import_from(top!(), *names_p.add(arg as usize)));
                        push!(r);
                    }
                    Op::JUMP_FORWARD | Op::JUMP_BACKWARD | Op::JUMP_BACKWARD_NO_INTERRUPT => {
                        pc = arg as usize;
                    }
                    Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                        let v = pop!();
                        let t = if v == pybool::true_value() {
                            1
                        } else if v == pybool::false_value() {
                            0
                        } else {
                            let t = protocol::is_true(v);
                            decref(v);
                            tri_i!(t)
                        };
                        if (t == 1) == (ins.op == Op::POP_JUMP_IF_TRUE) {
                            pc = arg as usize;
                        }
                    }
                    Op::POP_JUMP_IF_NONE | Op::POP_JUMP_IF_NOT_NONE => {
                        let v = pop!();
                        let is_none = singletons::is_none(v);
                        decref(v);
                        if is_none == (ins.op == Op::POP_JUMP_IF_NONE) {
                            pc = arg as usize;
                        }
                    }
                    Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                        let v = top!();
                        let t = tri_i!(protocol::is_true(v));
                        if (t == 1) == (ins.op == Op::JUMP_IF_TRUE_OR_POP) {
                            pc = arg as usize;
                        } else {
                            decref(pop!());
                        }
                    }
                    Op::RERAISE => {
                        // The saved lasti (below, when arg > 0) only matters
                        // for tracebacks, which a re-raise leaves unchanged.
                        let e = pop!();
                        restore(e);
                        reraise = true;
                        fail!();
                    }
                    Op::RAISE_VARARGS => {
                        let (e, cause) = match arg {
                            2 => {
                                let cause = pop!();
                                (pop!(), cause)
                            }
                            1 => (pop!(), Value::NULL),
                            _ => (Value::NULL, Value::NULL),
                        };
                        if exc::do_raise(e, cause) {
                            // Bare `raise`: re-raise without a new context.
                            reraise = true;
                        } else {
                            explicit_raise = true;
                        }
                        xdecref(e);
                        xdecref(cause);
                        fail!();
                    }
                    Op::SEND => {
                        let v = pop!();
                        let recv = top!();
                        let (r, done) = crate::objects::generator::send_to(recv, v);
                        decref(v);
                        if r.is_null() {
                            fail!();
                        }
                        if done {
                            decref(recv);
                            set_top!(r);
                            pc = arg as usize;
                        } else {
                            push!(r);
                        }
                    }
                    Op::MAKE_FUNCTION => {
                        let codev = pop!();
                        let closure = if arg & 8 != 0 { pop!() } else { Value::NULL };
                        let ann = if arg & 4 != 0 { pop!() } else { Value::NULL };
                        let kwd = if arg & 2 != 0 { pop!() } else { Value::NULL };
                        let defs = if arg & 1 != 0 { pop!() } else { Value::NULL };
                        let func = crate::objects::function::new_function(
                            codev,
                            (*f).globals,
                            (*f).builtins,
                            Value::NULL,
                        );
                        decref(codev);
                        if func.is_null() {
                            xdecref(closure);
                            xdecref(ann);
                            xdecref(kwd);
                            xdecref(defs);
                            fail!();
                        }
                        crate::objects::function::set_extras(func, defs, kwd, ann, closure);
                        push!(func);
                    }
                    Op::MAKE_CELL => {
                        let slot = lp.add(arg as usize);
                        let cur = *slot;
                        let cl = cell::new_cell(cur);
                        if cl.is_null() {
                            fail!();
                        }
                        xdecref(cur);
                        *slot = cl;
                    }
                    Op::COPY_FREE_VARS => {
                        let func = (*f).func;
                        let n = arg as usize;
                        if n > 0 {
                            let closure = if func.is_null() {
                                Value::NULL
                            } else {
                                (*crate::objects::function::fobj(func)).closure
                            };
                            if closure.is_null() || tuple::len(closure) < n {
                                raise_system_error(
                                    "function has no closure for its free variables",
                                );
                                fail!();
                            }
                            let start = c.nlocalsplus - n;
                            for (i, &cl) in tuple::as_slice(closure).iter().enumerate().take(n) {
                                incref(cl);
                                let old = std::mem::replace(&mut *lp.add(start + i), cl);
                                xdecref(old);
                            }
                        }
                    }
                    Op::LOAD_CLOSURE => {
                        let v = *lp.add(arg as usize);
                        incref(v);
                        push!(v);
                    }
                    Op::LOAD_DEREF => {
                        let cl = *lp.add(arg as usize);
                        let v = cell::get(cl);
                        if v.is_null() {
                            names::unbound_deref(c, arg as usize);
                            fail!();
                        }
                        incref(v);
                        push!(v);
                    }
                    Op::LOAD_CLASSDEREF => {
                        let v = tri!(names::load_classderef(f, c, arg as usize));
                        push!(v);
                    }
                    Op::STORE_DEREF => {
                        let v = pop!();
                        cell::set(*lp.add(arg as usize), v);
                    }
                    Op::DELETE_DEREF => {
                        let cl = *lp.add(arg as usize);
                        if cell::get(cl).is_null() {
                            names::unbound_deref(c, arg as usize);
                            fail!();
                        }
                        cell::set(cl, Value::NULL);
                    }
                    Op::KW_NAMES => {
                        kwnames = *consts.add(arg as usize);
                    }
                    Op::CALL => {
                        let n = arg as usize;
                        let self_slot = sp.sub(n + 1);
                        let callable_slot = sp.sub(n + 2);
                        let (callable, argp, nargs) = if (*callable_slot).is_null() {
                            (*self_slot, self_slot.add(1) as *const Value, n)
                        } else {
                            (*callable_slot, self_slot as *const Value, n + 1)
                        };
                        let nkw = crate::call::vectorcall::kw_count(kwnames);
                        let r = if crate::objects::function::is_function(callable) {
                            if crate::errors::threadstate::enter_recursive_call("") {
                                let r = crate::objects::function::call_function(
                                    callable,
                                    argp,
                                    nargs - nkw,
                                    kwnames,
                                    Value::NULL,
                                );
                                crate::errors::threadstate::leave_recursive_call();
                                r
                            } else {
                                Value::NULL
                            }
                        } else {
                            crate::call::vectorcall::vectorcall(
                                callable,
                                argp,
                                nargs - nkw,
                                kwnames,
                            )
                        };
                        kwnames = Value::NULL;
                        // Drop the arguments, the callable and the self/NULL slot.
                        while sp > callable_slot {
                            xdecref(pop!());
                        }
                        if r.is_null() {
                            fail!();
                        }
                        push!(r);
                    }
                    Op::CALL_FUNCTION_EX => {
                        let kwargs = if arg & 1 != 0 { pop!() } else { Value::NULL };
                        let args = pop!();
                        let b = pop!();
                        let a = pop!();
                        let (callable, self_) = if a.is_null() {
                            (b, Value::NULL)
                        } else {
                            (a, b)
                        };
                        let r = calls::call_function_ex(callable, self_, args, kwargs);
                        xdecref(kwargs);
                        decref(args);
                        xdecref(a);
                        decref(b);
                        push!(tri!(r));
                    }
                    Op::GET_AWAITABLE => {
                        let v = top!();
                        let r = tri!(crate::objects::generator::get_awaitable(v, arg));
                        decref(v);
                        set_top!(r);
                    }
                    Op::GET_AITER => {
                        let v = top!();
                        let r = tri!(crate::objects::asyncgen::get_aiter(v));
                        decref(v);
                        set_top!(r);
                    }
                    Op::GET_ANEXT => {
                        let r = tri!(crate::objects::asyncgen::get_anext(top!()));
                        push!(r);
                    }
                    Op::BEFORE_ASYNC_WITH => {
                        let mgr = top!();
                        let Some((exit, entered)) =
                            crate::objects::asyncgen::before_async_with(mgr)
                        else {
                            fail!();
                        };
                        decref(mgr);
                        set_top!(exit);
                        push!(entered);
                    }
                    Op::END_ASYNC_FOR => {
                        let e = pop!();
                        if is_instance_of(e, crate::errors::exceptions::STOP_ASYNC_ITERATION.ptr())
                        {
                            decref(e);
                            decref(pop!());
                        } else {
                            restore(e);
                            reraise = true;
                            fail!();
                        }
                    }
                    Op::ASYNC_GEN_WRAP => {
                        let v = top!();
                        let w = tri!(crate::objects::asyncgen::wrap(v));
                        decref(v);
                        set_top!(w);
                    }
                    Op::EXTENDED_ARG | Op::SETUP_FINALLY | Op::SETUP_CLEANUP | Op::SETUP_WITH => {
                        raise_system_error(format!("unexpected opcode {}", ins.op.name()));
                        fail!();
                    }
                }
            }
        }
        pending = false;
        // The error path.
        let lasti = (*f).lasti;
        if !occurred() {
            raise_system_error("error return without exception set");
        }
        if !reraise {
            if !thrown {
                exc::chain_context(explicit_raise);
            }
            crate::traceback::add_traceback(f, lasti);
        }
        thrown = false;
        reraise = false;
        explicit_raise = false;
        kwnames = Value::NULL;
        let Some(h) = c.src.handler_for(lasti.max(0) as u32) else {
            while sp > base {
                xdecref(pop!());
            }
            (*f).state = frame::FRAME_COMPLETED;
            return Value::NULL;
        };
        let depth = h.depth as usize;
        while sp > base.add(depth) {
            xdecref(pop!());
        }
        if h.lasti {
            push!(Value::small_unchecked(lasti as i64));
        }
        let e = fetch();
        push!(e);
        pc = h.target as usize;
        continue 'outer;
    }
}
