//! The bodies of the opcodes that both tiers execute the same way: the
//! interpreter's dispatch loop inlines them (`eval.rs`), and native code
//! calls them through the `pyrt_op_*` entry points (`abi/ops.rs`), so each
//! opcode's meaning — stack discipline, reference counting, error
//! conditions — is written once.
//!
//! A body sees the instruction through [`Ctx`]: the frame, the stack
//! pointer (one past the top entry), the operand, the instruction's index
//! and opcode. It returns [`Step::Next`] (fall through), [`Step::Jump`]
//! (continue at the operand's target) or [`Step::Fail`] (an exception is
//! set; `x.sp` then marks the entries the error path must release, and
//! `x.mode` says whether the raise was a re-raise or an explicit `raise`).
//! Opcodes that only move values (LOAD_CONST, COPY, ...) or end the frame
//! (RETURN_VALUE, YIELD_VALUE) are not here: each tier does them inline.

use super::state::thread;
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

/// An ordinary error.
pub const RAISE_NORMAL: u8 = 0;
/// A re-raise (RERAISE, bare `raise`): no new traceback entry or context.
pub const RAISE_RERAISE: u8 = 1;
/// An explicit `raise X`: the context is always chained.
pub const RAISE_EXPLICIT: u8 = 2;
/// An exception thrown into a generator (`throw()`): not chained.
pub const RAISE_THROWN: u8 = 3;

/// What a body needs to know about the instruction it executes.
pub struct Ctx<'a> {
    pub f: *mut FrameObject,
    /// One past the top of the value stack.
    pub sp: *mut Value,
    pub arg: u32,
    /// Index of the instruction.
    pub pc: usize,
    pub op: Op,
    pub c: &'a CodeData,
    /// Keyword names for CALL (borrowed constant), else null.
    pub kwnames: Value,
    /// Set by failing bodies: one of the `RAISE_*` kinds.
    pub mode: u8,
}

impl Ctx<'_> {
    #[inline(always)]
    unsafe fn slot(&self, i: usize) -> *mut Value {
        frame::slots(self.f).add(i)
    }
    #[inline(always)]
    unsafe fn name(&self, i: usize) -> Value {
        *self.c.names.as_ptr().add(i)
    }
}

/// Outcome of one instruction.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Step {
    Next,
    Jump,
    Fail,
}

macro_rules! push {
    ($x:ident, $v:expr) => {{
        *$x.sp = $v;
        $x.sp = $x.sp.add(1);
    }};
}
macro_rules! pop {
    ($x:ident) => {{
        $x.sp = $x.sp.sub(1);
        *$x.sp
    }};
}
macro_rules! top {
    ($x:ident) => {
        *$x.sp.sub(1)
    };
}
macro_rules! peek {
    ($x:ident, $n:expr) => {
        *$x.sp.sub($n)
    };
}
macro_rules! set_top {
    ($x:ident, $v:expr) => {
        *$x.sp.sub(1) = $v
    };
}
macro_rules! tri {
    ($e:expr) => {{
        let v = $e;
        if v.is_null() {
            return Step::Fail;
        }
        v
    }};
}
macro_rules! tri_i {
    ($e:expr) => {{
        let v = $e;
        if v < 0 {
            return Step::Fail;
        }
        v
    }};
}

/// Small-int fast path of BINARY_OP (`None` when the result is not a
/// small int or the operation has no fast path).
#[inline(always)]
pub fn small_binop(a: Value, b: Value, op: u32) -> Option<Value> {
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
        9 | 22 => {
            if y < 0 {
                return None;
            }
            x >> y.min(63)
        }
        3 | 16 => {
            if !(0..=63).contains(&y) {
                return None;
            }
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        _ => return None,
    };
    Value::small(r)
}

/// Float fast path of BINARY_OP: `+ - * /` between exact floats, or an
/// exact float and a small int (`None` when the operands or the operation
/// have no fast path, or the division is by zero). The result is a new
/// float (null on MemoryError).
#[inline(always)]
pub fn float_binop(a: Value, b: Value, op: u32) -> Option<Value> {
    use crate::objects::float::{float_value, new_float, FLOAT_TYPE};
    let exact = |v: Value| v.is_ptr() && type_of(v) == FLOAT_TYPE.ptr();
    let (x, y) = if exact(a) {
        let x = float_value(a);
        if exact(b) {
            (x, float_value(b))
        } else if b.is_small() {
            (x, b.as_small() as f64)
        } else {
            return None;
        }
    } else if a.is_small() && exact(b) {
        (a.as_small() as f64, float_value(b))
    } else {
        return None;
    };
    let r = match op {
        0 | 13 => x + y,
        10 | 23 => x - y,
        5 | 18 => x * y,
        11 | 24 => {
            if y == 0.0 {
                return None;
            }
            x / y
        }
        _ => return None,
    };
    Some(new_float(r))
}

/// `LOAD_FAST`.
#[inline(always)]
pub(crate) unsafe fn load_fast(x: &mut Ctx) -> Step {
    let c = x.c;
    let arg = x.arg;

    let v = *x.slot(arg as usize);
    if v.is_null() {
        names::unbound_local(c, arg as usize);
        return Step::Fail;
    }
    incref(v);
    push!(x, v);

    Step::Next
}

/// `DELETE_FAST`.
#[inline(always)]
pub(crate) unsafe fn delete_fast(x: &mut Ctx) -> Step {
    let c = x.c;
    let arg = x.arg;

    let slot = x.slot(arg as usize);
    if (*slot).is_null() {
        names::unbound_local(c, arg as usize);
        return Step::Fail;
    }
    let old = std::mem::replace(&mut *slot, Value::NULL);
    decref(old);

    Step::Next
}

/// `UNARY_POSITIVE`, `UNARY_NEGATIVE`, `UNARY_INVERT`.
#[inline(always)]
pub(crate) unsafe fn unary_positive(x: &mut Ctx) -> Step {
    let v = top!(x);
    let uop = match x.op {
        Op::UNARY_POSITIVE => UnaryOp::Pos,
        Op::UNARY_NEGATIVE => UnaryOp::Neg,
        _ => UnaryOp::Invert,
    };
    if v.is_small() {
        let i = v.as_small();
        let r = match uop {
            UnaryOp::Pos => Some(i),
            UnaryOp::Neg => i.checked_neg(),
            UnaryOp::Invert => Some(!i),
            UnaryOp::Abs => i.checked_abs(),
        };
        if let Some(r) = r.and_then(Value::small) {
            set_top!(x, r);
            return Step::Next;
        }
    }
    let r = tri!(number::unary_op(v, uop));
    decref(v);
    set_top!(x, r);

    Step::Next
}

/// `UNARY_NOT`.
#[inline(always)]
pub(crate) unsafe fn unary_not(x: &mut Ctx) -> Step {
    let v = top!(x);
    let t = tri_i!(protocol::is_true(v));
    decref(v);
    set_top!(x, pybool::from_bool(t == 0));

    Step::Next
}

/// `BINARY_OP`.
#[inline(always)]
pub(crate) unsafe fn binary_op(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let b = pop!(x);
    let a = top!(x);
    if a.is_small() && b.is_small() {
        if let Some(r) = small_binop(a, b, arg) {
            set_top!(x, r);
            return Step::Next;
        }
        if arg == 11 || arg == 24 {
            // int / int with both operands exactly representable as
            // floats: one correctly rounded division.
            let (p, q) = (a.as_small(), b.as_small());
            const EXACT: i64 = 1 << 53;
            if q != 0 && (-EXACT..=EXACT).contains(&p) && (-EXACT..=EXACT).contains(&q) {
                let r = tri!(crate::objects::float::new_float(p as f64 / q as f64));
                set_top!(x, r);
                return Step::Next;
            }
        }
    } else if let Some(r) = float_binop(a, b, arg) {
        if r.is_null() {
            decref(b);
            return Step::Fail;
        }
        decref(a);
        decref(b);
        set_top!(x, r);
        return Step::Next;
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
    replace_top_two(x, a, b, r)
}

/// `COMPARE_OP`.
#[inline(always)]
pub(crate) unsafe fn compare_op(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let b = pop!(x);
    let a = top!(x);
    let Some(op) = CompareOp::from_u8(arg as u8) else {
        push!(x, b);
        raise_system_error("bad COMPARE_OP operand");
        return Step::Fail;
    };
    if a.is_small() && b.is_small() {
        set_top!(
            x,
            pybool::from_bool(op.test(a.as_small().cmp(&b.as_small())))
        );
        return Step::Next;
    }
    let r = compare::rich_compare(a, b, op);
    replace_top_two(x, a, b, r)
}

/// `IS_OP`.
#[inline(always)]
pub(crate) unsafe fn is_op(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let b = pop!(x);
    let a = top!(x);
    let r = (a == b) != (arg == 1);
    decref(a);
    decref(b);
    set_top!(x, pybool::from_bool(r));

    Step::Next
}

/// `CONTAINS_OP`.
#[inline(always)]
pub(crate) unsafe fn contains_op(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let b = pop!(x);
    let a = top!(x);
    let r = protocol::contains(b, a);
    decref(b);
    if r < 0 {
        return Step::Fail;
    }
    decref(a);
    set_top!(x, pybool::from_bool((r == 1) != (arg == 1)));

    Step::Next
}

/// `BINARY_SUBSCR`.
#[inline(always)]
pub(crate) unsafe fn binary_subscr(x: &mut Ctx) -> Step {
    let key = pop!(x);
    let container = top!(x);
    let r = build::subscr_get(container, key);
    replace_top_two(x, container, key, r)
}

/// `STORE_SUBSCR`.
#[inline(always)]
pub(crate) unsafe fn store_subscr(x: &mut Ctx) -> Step {
    let key = pop!(x);
    let container = pop!(x);
    let value = pop!(x);
    let r = build::subscr_set(container, key, value);
    decref(key);
    decref(container);
    decref(value);
    tri_i!(r);

    Step::Next
}

/// `DELETE_SUBSCR`.
#[inline(always)]
pub(crate) unsafe fn delete_subscr(x: &mut Ctx) -> Step {
    let key = pop!(x);
    let container = pop!(x);
    let r = build::subscr_set(container, key, Value::NULL);
    decref(key);
    decref(container);
    tri_i!(r);

    Step::Next
}

/// `GET_LEN`.
#[inline(always)]
pub(crate) unsafe fn get_len(x: &mut Ctx) -> Step {
    let n = tri_i!(protocol::len(top!(x)));
    push!(x, int::from_i64(n as i64));

    Step::Next
}

/// `MATCH_MAPPING`.
#[inline(always)]
pub(crate) unsafe fn match_mapping(x: &mut Ctx) -> Step {
    let r = matching::is_mapping(top!(x));
    push!(x, pybool::from_bool(r));

    Step::Next
}

/// `MATCH_SEQUENCE`.
#[inline(always)]
pub(crate) unsafe fn match_sequence(x: &mut Ctx) -> Step {
    let r = matching::is_sequence(top!(x));
    push!(x, pybool::from_bool(r));

    Step::Next
}

/// `MATCH_KEYS`.
#[inline(always)]
pub(crate) unsafe fn match_keys(x: &mut Ctx) -> Step {
    let r = tri!(matching::match_keys(peek!(x, 2), top!(x)));
    push!(x, r);

    Step::Next
}

/// `MATCH_CLASS`.
#[inline(always)]
pub(crate) unsafe fn match_class(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let kw = pop!(x);
    let cls = pop!(x);
    let subject = top!(x);
    let r = matching::match_class(subject, cls, arg as usize, kw);
    decref(kw);
    replace_top_two(x, subject, cls, r)
}

/// `PUSH_EXC_INFO`.
#[inline(always)]
pub(crate) unsafe fn push_exc_info(x: &mut Ctx) -> Step {
    let e = top!(x);
    let ts = thread();
    let prev = std::mem::replace(&mut (*ts).exc_info, new_ref(e));
    set_top!(
        x,
        if prev.is_null() {
            singletons::none()
        } else {
            prev
        }
    );
    push!(x, e);

    Step::Next
}

/// `POP_EXCEPT`.
#[inline(always)]
pub(crate) unsafe fn pop_except(x: &mut Ctx) -> Step {
    let v = pop!(x);
    let ts = thread();
    let nv = if singletons::is_none(v) {
        decref(v);
        Value::NULL
    } else {
        v
    };
    let old = std::mem::replace(&mut (*ts).exc_info, nv);
    xdecref(old);

    Step::Next
}

/// `CHECK_EXC_MATCH`.
#[inline(always)]
pub(crate) unsafe fn check_exc_match(x: &mut Ctx) -> Step {
    let ty = pop!(x);
    let r = exc::check_exc_match(top!(x), ty);
    decref(ty);
    tri_i!(r);
    push!(x, pybool::from_bool(r == 1));

    Step::Next
}

/// `CHECK_EG_MATCH`.
#[inline(always)]
pub(crate) unsafe fn check_eg_match(x: &mut Ctx) -> Step {
    let ty = pop!(x);
    let e = pop!(x);
    let r = exc::check_eg_match(e, ty);
    decref(ty);
    decref(e);
    let Some((rest, matched)) = r else {
        return Step::Fail;
    };
    push!(x, rest);
    push!(x, matched);

    Step::Next
}

/// `PREP_RERAISE_STAR`.
#[inline(always)]
pub(crate) unsafe fn prep_reraise_star(x: &mut Ctx) -> Step {
    let excs = pop!(x);
    let orig = top!(x);
    let r = exc::prep_reraise_star(orig, excs);
    replace_top_two(x, orig, excs, r)
}

/// `WITH_EXCEPT_START`.
#[inline(always)]
pub(crate) unsafe fn with_except_start(x: &mut Ctx) -> Step {
    let e = top!(x);
    let exit = peek!(x, 4);
    let r = tri!(exc::call_exit_with(exit, e));
    push!(x, r);

    Step::Next
}

/// `BEFORE_WITH`.
#[inline(always)]
pub(crate) unsafe fn before_with(x: &mut Ctx) -> Step {
    let mgr = top!(x);
    let (exit, entered) = match calls::before_with(mgr) {
        Some(p) => p,
        None => return Step::Fail,
    };
    decref(mgr);
    set_top!(x, exit);
    push!(x, entered);

    Step::Next
}

/// `GET_ITER`.
#[inline(always)]
pub(crate) unsafe fn get_iter(x: &mut Ctx) -> Step {
    let v = top!(x);
    let it = tri!(protocol::get_iter(v));
    decref(v);
    set_top!(x, it);

    Step::Next
}

/// `GET_YIELD_FROM_ITER`.
#[inline(always)]
pub(crate) unsafe fn get_yield_from_iter(x: &mut Ctx) -> Step {
    let v = top!(x);
    if !crate::objects::generator::is_generator_like(v) {
        let it = tri!(protocol::get_iter(v));
        decref(v);
        set_top!(x, it);
    }

    Step::Next
}

/// `FOR_ITER`.
#[inline(always)]
pub(crate) unsafe fn for_iter(x: &mut Ctx) -> Step {
    let it = top!(x);
    let ty = type_of(it);
    if std::ptr::eq(ty, crate::objects::range::RANGE_ITER_TYPE.ptr()) {
        // Range iterators yielding small ints: no call, no allocation.
        let r = it.cast::<crate::objects::range::RangeIterObject>();
        if (*r).remaining > 0 {
            if let Some(v) = Value::small((*r).next) {
                (*r).remaining -= 1;
                (*r).next = (*r).next.wrapping_add((*r).step);
                push!(x, v);
                return Step::Next;
            }
        }
    }
    let next = match (*ty).tp_iternext {
        Some(nf) => nf(it),
        None => {
            crate::type_error!("'{}' object is not an iterator", type_name(it));
            return Step::Fail;
        }
    };
    if !next.is_null() {
        push!(x, next);
    } else {
        if occurred() {
            if !matches(crate::errors::exceptions::STOP_ITERATION.ptr()) {
                return Step::Fail;
            }
            clear();
        }
        decref(pop!(x));
        return Step::Jump;
    }

    Step::Next
}

/// `PRINT_EXPR`.
#[inline(always)]
pub(crate) unsafe fn print_expr(x: &mut Ctx) -> Step {
    let v = pop!(x);
    let r = calls::print_expr(v);
    decref(v);
    tri_i!(r);

    Step::Next
}

/// `LOAD_BUILD_CLASS`.
#[inline(always)]
pub(crate) unsafe fn load_build_class(x: &mut Ctx) -> Step {
    let f = x.f;

    let v = tri!(names::load_builtin(f, crate::id!(__build_class__)));
    push!(x, v);

    Step::Next
}

/// `LOAD_ASSERTION_ERROR`.
#[inline(always)]
pub(crate) unsafe fn load_assertion_error(x: &mut Ctx) -> Step {
    push!(
        x,
        Value::from_obj(crate::errors::exceptions::ASSERTION_ERROR.ptr())
    );

    Step::Next
}

/// `LIST_TO_TUPLE`.
#[inline(always)]
pub(crate) unsafe fn list_to_tuple(x: &mut Ctx) -> Step {
    let l = top!(x);
    let t = tri!(tuple::tuple_pack(list::as_slice(l)));
    decref(l);
    set_top!(x, t);

    Step::Next
}

/// `IMPORT_STAR`.
#[inline(always)]
pub(crate) unsafe fn import_star(x: &mut Ctx) -> Step {
    let f = x.f;

    let m = pop!(x);
    let r = imports::import_star(f, m);
    decref(m);
    tri_i!(r);

    Step::Next
}

/// `SETUP_ANNOTATIONS`.
#[inline(always)]
pub(crate) unsafe fn setup_annotations(x: &mut Ctx) -> Step {
    let f = x.f;

    tri_i!(names::setup_annotations(f));

    Step::Next
}

/// `STORE_NAME`.
#[inline(always)]
pub(crate) unsafe fn store_name(x: &mut Ctx) -> Step {
    let f = x.f;
    let arg = x.arg;

    let v = pop!(x);
    let r = names::store_name(f, x.name(arg as usize), v);
    decref(v);
    tri_i!(r);

    Step::Next
}

/// `DELETE_NAME`.
#[inline(always)]
pub(crate) unsafe fn delete_name(x: &mut Ctx) -> Step {
    let f = x.f;
    let arg = x.arg;

    tri_i!(names::delete_name(f, x.name(arg as usize)));

    Step::Next
}

/// `LOAD_NAME`.
#[inline(always)]
pub(crate) unsafe fn load_name(x: &mut Ctx) -> Step {
    let f = x.f;
    let arg = x.arg;

    let v = tri!(names::load_name(f, x.name(arg as usize)));
    push!(x, v);

    Step::Next
}

/// `LOAD_GLOBAL`.
#[inline(always)]
pub(crate) unsafe fn load_global(x: &mut Ctx) -> Step {
    let f = x.f;
    let c = x.c;
    let arg = x.arg;

    let gv = dict::version((*f).globals);
    let b = (*f).builtins;
    let bv = if dict::is_exact_dict(b) {
        dict::version(b)
    } else {
        0
    };
    let slot = c.global_cache.get_unchecked(x.pc);
    let e = slot.get();
    let v = if e.globals_version == gv && e.builtins_version == bv && bv != 0 && !e.value.is_null()
    {
        incref(e.value);
        e.value
    } else {
        let v = tri!(names::load_global(f, x.name((arg >> 1) as usize)));
        if bv != 0 {
            slot.set(code::GlobalCacheEntry {
                globals_version: gv,
                builtins_version: bv,
                value: v,
            });
        }
        v
    };
    if arg & 1 != 0 {
        push!(x, Value::NULL);
    }
    push!(x, v);

    Step::Next
}

/// `STORE_GLOBAL`.
#[inline(always)]
pub(crate) unsafe fn store_global(x: &mut Ctx) -> Step {
    let f = x.f;
    let arg = x.arg;

    let v = pop!(x);
    let r = dict::set_item((*f).globals, x.name(arg as usize), v);
    decref(v);
    tri_i!(r);

    Step::Next
}

/// `DELETE_GLOBAL`.
#[inline(always)]
pub(crate) unsafe fn delete_global(x: &mut Ctx) -> Step {
    let f = x.f;
    let arg = x.arg;

    tri_i!(names::delete_global(f, x.name(arg as usize)));

    Step::Next
}

/// `UNPACK_SEQUENCE`.
#[inline(always)]
pub(crate) unsafe fn unpack_sequence(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let v = pop!(x);
    let ok = build::unpack_sequence(v, arg as usize, x.sp);
    decref(v);
    if !ok {
        return Step::Fail;
    }
    x.sp = x.sp.add(arg as usize);

    Step::Next
}

/// `UNPACK_EX`.
#[inline(always)]
pub(crate) unsafe fn unpack_ex(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let v = pop!(x);
    let before = (arg & 0xff) as usize;
    let after = (arg >> 8) as usize;
    let ok = build::unpack_ex(v, before, after, x.sp);
    decref(v);
    if !ok {
        return Step::Fail;
    }
    x.sp = x.sp.add(before + after + 1);

    Step::Next
}

/// `STORE_ATTR`.
#[inline(always)]
pub(crate) unsafe fn store_attr(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let obj = pop!(x);
    let v = pop!(x);
    let r = crate::ops::attr::set_attr(obj, x.name(arg as usize), v);
    decref(obj);
    decref(v);
    tri_i!(r);

    Step::Next
}

/// `DELETE_ATTR`.
#[inline(always)]
pub(crate) unsafe fn delete_attr(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let obj = pop!(x);
    let r = crate::ops::attr::set_attr(obj, x.name(arg as usize), Value::NULL);
    decref(obj);
    tri_i!(r);

    Step::Next
}

/// `LOAD_ATTR`.
#[inline(always)]
pub(crate) unsafe fn load_attr(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let obj = top!(x);
    let name = x.name(arg as usize);
    let r = crate::ops::attr::get_attr(obj, name);
    if r.is_null() {
        crate::ops::attr::set_attribute_error_context(obj, name);
        return Step::Fail;
    }
    decref(obj);
    set_top!(x, r);

    Step::Next
}

/// `LOAD_METHOD`.
#[inline(always)]
pub(crate) unsafe fn load_method(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let obj = top!(x);
    let name = x.name(arg as usize);
    let (m, unbound) = crate::ops::attr::get_method(obj, name);
    if m.is_null() {
        crate::ops::attr::set_attribute_error_context(obj, name);
        return Step::Fail;
    }
    if unbound {
        set_top!(x, m);
        push!(x, obj);
    } else {
        decref(obj);
        set_top!(x, Value::NULL);
        push!(x, m);
    }

    Step::Next
}

/// `BUILD_TUPLE`.
#[inline(always)]
pub(crate) unsafe fn build_tuple(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let n = arg as usize;
    let t = tri!(tuple::tuple_new(n));
    x.sp = x.sp.sub(n);
    std::ptr::copy_nonoverlapping(x.sp, tuple::items_ptr(t), n);
    push!(x, t);

    Step::Next
}

/// `BUILD_LIST`.
#[inline(always)]
pub(crate) unsafe fn build_list(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let n = arg as usize;
    x.sp = x.sp.sub(n);
    let items = std::slice::from_raw_parts(x.sp, n).to_vec();
    let l = list::list_from_vec(items);
    if l.is_null() {
        return Step::Fail;
    }
    push!(x, l);

    Step::Next
}

/// `BUILD_SET`.
#[inline(always)]
pub(crate) unsafe fn build_set(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let n = arg as usize;
    x.sp = x.sp.sub(n);
    let items = std::slice::from_raw_parts(x.sp, n).to_vec();
    let s = tri!(build::build_set(items));
    push!(x, s);

    Step::Next
}

/// `BUILD_MAP`.
#[inline(always)]
pub(crate) unsafe fn build_map(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let n = arg as usize;
    x.sp = x.sp.sub(2 * n);
    let items = std::slice::from_raw_parts(x.sp, 2 * n).to_vec();
    let d = tri!(build::build_map(items));
    push!(x, d);

    Step::Next
}

/// `BUILD_CONST_KEY_MAP`.
#[inline(always)]
pub(crate) unsafe fn build_const_key_map(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let n = arg as usize;
    let keys = pop!(x);
    x.sp = x.sp.sub(n);
    let items = std::slice::from_raw_parts(x.sp, n).to_vec();
    let d = build::build_const_key_map(keys, items);
    decref(keys);
    push!(x, tri!(d));

    Step::Next
}

/// `BUILD_STRING`.
#[inline(always)]
pub(crate) unsafe fn build_string(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let n = arg as usize;
    x.sp = x.sp.sub(n);
    let items = std::slice::from_raw_parts(x.sp, n).to_vec();
    let s = tri!(build::build_string(items));
    push!(x, s);

    Step::Next
}

/// `BUILD_SLICE`.
#[inline(always)]
pub(crate) unsafe fn build_slice(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let step = if arg == 3 { pop!(x) } else { Value::NULL };
    let stop = pop!(x);
    let start = pop!(x);
    let s = crate::objects::slice::new_slice(start, stop, step);
    decref(start);
    decref(stop);
    xdecref(step);
    push!(x, tri!(s));

    Step::Next
}

/// `FORMAT_VALUE`.
#[inline(always)]
pub(crate) unsafe fn format_value(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let spec = if arg & 4 != 0 { pop!(x) } else { Value::NULL };
    let v = pop!(x);
    let r = build::format_value(v, arg & 3, spec);
    decref(v);
    xdecref(spec);
    push!(x, tri!(r));

    Step::Next
}

/// The end of an instruction that replaced the entry `a` (still on the
/// stack) and the popped entry above it, `b`, by the result `r`: both are
/// released and `r` becomes the top; on failure `a` stays for the error
/// path.
#[inline(always)]
unsafe fn replace_top_two(x: &mut Ctx, a: Value, b: Value, r: Value) -> Step {
    decref(b);
    if r.is_null() {
        return Step::Fail;
    }
    decref(a);
    set_top!(x, r);
    Step::Next
}

/// Pop a value and add it to the container `arg` entries down (the
/// comprehension and display builders).
#[inline(always)]
unsafe fn pop_into(x: &mut Ctx, add: impl FnOnce(Value, Value) -> i32) -> Step {
    let v = pop!(x);
    let target = peek!(x, x.arg as usize);
    let r = add(target, v);
    decref(v);
    tri_i!(r);
    Step::Next
}

/// `LIST_APPEND`.
#[inline(always)]
pub(crate) unsafe fn list_append(x: &mut Ctx) -> Step {
    pop_into(x, list::append)
}

/// `SET_ADD`.
#[inline(always)]
pub(crate) unsafe fn set_add(x: &mut Ctx) -> Step {
    pop_into(x, build::set_add)
}

/// `MAP_ADD`.
#[inline(always)]
pub(crate) unsafe fn map_add(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let v = pop!(x);
    let k = pop!(x);
    let d = peek!(x, arg as usize);
    let r = dict::set_item(d, k, v);
    decref(k);
    decref(v);
    tri_i!(r);

    Step::Next
}

/// `LIST_EXTEND`.
#[inline(always)]
pub(crate) unsafe fn list_extend(x: &mut Ctx) -> Step {
    pop_into(x, build::list_extend)
}

/// `SET_UPDATE`.
#[inline(always)]
pub(crate) unsafe fn set_update(x: &mut Ctx) -> Step {
    pop_into(x, build::set_update)
}

/// `DICT_UPDATE`.
#[inline(always)]
pub(crate) unsafe fn dict_update(x: &mut Ctx) -> Step {
    pop_into(x, build::dict_update)
}

/// `DICT_MERGE`.
#[inline(always)]
pub(crate) unsafe fn dict_merge(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let v = pop!(x);
    let d = peek!(x, arg as usize);
    let func = peek!(x, arg as usize + 2);
    let r = build::dict_merge(d, v, func);
    decref(v);
    tri_i!(r);

    Step::Next
}

/// `IMPORT_NAME`.
#[inline(always)]
pub(crate) unsafe fn import_name(x: &mut Ctx) -> Step {
    let f = x.f;
    let arg = x.arg;

    let fromlist = pop!(x);
    let level = top!(x);
    let r = imports::import_name(f, x.name(arg as usize), fromlist, level);
    replace_top_two(x, level, fromlist, r)
}

/// `IMPORT_FROM`.
#[inline(always)]
pub(crate) unsafe fn import_from(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let r = tri!(imports::import_from(top!(x), x.name(arg as usize)));
    push!(x, r);

    Step::Next
}

/// `POP_JUMP_IF_FALSE`, `POP_JUMP_IF_TRUE`.
#[inline(always)]
pub(crate) unsafe fn pop_jump_if_false(x: &mut Ctx) -> Step {
    let v = pop!(x);
    let t = if v == pybool::true_value() {
        1
    } else if v == pybool::false_value() {
        0
    } else {
        let t = protocol::is_true(v);
        decref(v);
        tri_i!(t)
    };
    if (t == 1) == (x.op == Op::POP_JUMP_IF_TRUE) {
        return Step::Jump;
    }

    Step::Next
}

/// `JUMP_IF_FALSE_OR_POP`, `JUMP_IF_TRUE_OR_POP`.
#[inline(always)]
pub(crate) unsafe fn jump_if_false_or_pop(x: &mut Ctx) -> Step {
    let v = top!(x);
    let t = tri_i!(protocol::is_true(v));
    if (t == 1) == (x.op == Op::JUMP_IF_TRUE_OR_POP) {
        return Step::Jump;
    } else {
        decref(pop!(x));
    }

    Step::Next
}

/// `RERAISE`.
#[inline(always)]
pub(crate) unsafe fn reraise(x: &mut Ctx) -> Step {
    // The saved lasti (below, when arg > 0) only matters
    // for tracebacks, which a re-raise leaves unchanged.
    let e = pop!(x);
    restore(e);
    x.mode = RAISE_RERAISE;
    Step::Fail
}

/// `RAISE_VARARGS`.
#[inline(always)]
pub(crate) unsafe fn raise_varargs(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let (e, cause) = match arg {
        2 => {
            let cause = pop!(x);
            (pop!(x), cause)
        }
        1 => (pop!(x), Value::NULL),
        _ => (Value::NULL, Value::NULL),
    };
    if exc::do_raise(e, cause) {
        // Bare `raise`: re-raise without a new context.
        x.mode = RAISE_RERAISE;
    } else {
        x.mode = RAISE_EXPLICIT;
    }
    xdecref(e);
    xdecref(cause);
    Step::Fail
}

/// `SEND`.
#[inline(always)]
pub(crate) unsafe fn send(x: &mut Ctx) -> Step {
    let v = pop!(x);
    let recv = top!(x);
    let (r, done) = crate::objects::generator::send_to(recv, v);
    decref(v);
    if r.is_null() {
        return Step::Fail;
    }
    if done {
        decref(recv);
        set_top!(x, r);
        return Step::Jump;
    } else {
        push!(x, r);
    }

    Step::Next
}

/// `MAKE_FUNCTION`.
#[inline(always)]
pub(crate) unsafe fn make_function(x: &mut Ctx) -> Step {
    let f = x.f;
    let arg = x.arg;

    let codev = pop!(x);
    let closure = if arg & 8 != 0 { pop!(x) } else { Value::NULL };
    let ann = if arg & 4 != 0 { pop!(x) } else { Value::NULL };
    let kwd = if arg & 2 != 0 { pop!(x) } else { Value::NULL };
    let defs = if arg & 1 != 0 { pop!(x) } else { Value::NULL };
    let func =
        crate::objects::function::new_function(codev, (*f).globals, (*f).builtins, Value::NULL);
    decref(codev);
    if func.is_null() {
        xdecref(closure);
        xdecref(ann);
        xdecref(kwd);
        xdecref(defs);
        return Step::Fail;
    }
    crate::objects::function::set_extras(func, defs, kwd, ann, closure);
    push!(x, func);

    Step::Next
}

/// `MAKE_CELL`.
#[inline(always)]
pub(crate) unsafe fn make_cell(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let slot = x.slot(arg as usize);
    let cur = *slot;
    let cl = cell::new_cell(cur);
    if cl.is_null() {
        return Step::Fail;
    }
    xdecref(cur);
    *slot = cl;

    Step::Next
}

/// `COPY_FREE_VARS`.
#[inline(always)]
pub(crate) unsafe fn copy_free_vars(x: &mut Ctx) -> Step {
    let f = x.f;
    let c = x.c;
    let arg = x.arg;

    let func = (*f).func;
    let n = arg as usize;
    if n > 0 {
        let closure = if func.is_null() {
            Value::NULL
        } else {
            (*crate::objects::function::fobj(func)).closure
        };
        if closure.is_null() || tuple::len(closure) < n {
            raise_system_error("function has no closure for its free variables");
            return Step::Fail;
        }
        let start = c.nlocalsplus - n;
        for (i, &cl) in tuple::as_slice(closure).iter().enumerate().take(n) {
            incref(cl);
            let old = std::mem::replace(&mut *x.slot(start + i), cl);
            xdecref(old);
        }
    }

    Step::Next
}

/// `LOAD_DEREF`.
#[inline(always)]
pub(crate) unsafe fn load_deref(x: &mut Ctx) -> Step {
    let c = x.c;
    let arg = x.arg;

    let cl = *x.slot(arg as usize);
    let v = cell::get(cl);
    if v.is_null() {
        names::unbound_deref(c, arg as usize);
        return Step::Fail;
    }
    incref(v);
    push!(x, v);

    Step::Next
}

/// `LOAD_CLASSDEREF`.
#[inline(always)]
pub(crate) unsafe fn load_classderef(x: &mut Ctx) -> Step {
    let f = x.f;
    let c = x.c;
    let arg = x.arg;

    let v = tri!(names::load_classderef(f, c, arg as usize));
    push!(x, v);

    Step::Next
}

/// `STORE_DEREF`.
#[inline(always)]
pub(crate) unsafe fn store_deref(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let v = pop!(x);
    cell::set(*x.slot(arg as usize), v);

    Step::Next
}

/// `DELETE_DEREF`.
#[inline(always)]
pub(crate) unsafe fn delete_deref(x: &mut Ctx) -> Step {
    let c = x.c;
    let arg = x.arg;

    let cl = *x.slot(arg as usize);
    if cell::get(cl).is_null() {
        names::unbound_deref(c, arg as usize);
        return Step::Fail;
    }
    cell::set(cl, Value::NULL);

    Step::Next
}

/// `CALL`.
#[inline(always)]
pub(crate) unsafe fn call(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let n = arg as usize;
    let self_slot = x.sp.sub(n + 1);
    let callable_slot = x.sp.sub(n + 2);
    let (callable, argp, nargs) = if (*callable_slot).is_null() {
        (*self_slot, self_slot.add(1) as *const Value, n)
    } else {
        (*callable_slot, self_slot as *const Value, n + 1)
    };
    let nkw = crate::call::vectorcall::kw_count(x.kwnames);
    let r = if crate::objects::function::is_function(callable) {
        if crate::errors::threadstate::enter_recursive_call("") {
            let r = crate::objects::function::call_function(
                callable,
                argp,
                nargs - nkw,
                x.kwnames,
                Value::NULL,
            );
            crate::errors::threadstate::leave_recursive_call();
            r
        } else {
            Value::NULL
        }
    } else {
        crate::call::vectorcall::vectorcall(callable, argp, nargs - nkw, x.kwnames)
    };
    x.kwnames = Value::NULL;
    // Drop the arguments, the callable and the self/NULL slot.
    while x.sp > callable_slot {
        xdecref(pop!(x));
    }
    if r.is_null() {
        return Step::Fail;
    }
    push!(x, r);

    Step::Next
}

/// `CALL_FUNCTION_EX`.
#[inline(always)]
pub(crate) unsafe fn call_function_ex(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let kwargs = if arg & 1 != 0 { pop!(x) } else { Value::NULL };
    let args = pop!(x);
    let b = pop!(x);
    let a = pop!(x);
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
    push!(x, tri!(r));

    Step::Next
}

/// `GET_AWAITABLE`.
#[inline(always)]
pub(crate) unsafe fn get_awaitable(x: &mut Ctx) -> Step {
    let arg = x.arg;

    let v = top!(x);
    let r = tri!(crate::objects::generator::get_awaitable(v, arg));
    decref(v);
    set_top!(x, r);

    Step::Next
}

/// `GET_AITER`.
#[inline(always)]
pub(crate) unsafe fn get_aiter(x: &mut Ctx) -> Step {
    let v = top!(x);
    let r = tri!(crate::objects::asyncgen::get_aiter(v));
    decref(v);
    set_top!(x, r);

    Step::Next
}

/// `GET_ANEXT`.
#[inline(always)]
pub(crate) unsafe fn get_anext(x: &mut Ctx) -> Step {
    let r = tri!(crate::objects::asyncgen::get_anext(top!(x)));
    push!(x, r);

    Step::Next
}

/// `BEFORE_ASYNC_WITH`.
#[inline(always)]
pub(crate) unsafe fn before_async_with(x: &mut Ctx) -> Step {
    let mgr = top!(x);
    let Some((exit, entered)) = crate::objects::asyncgen::before_async_with(mgr) else {
        return Step::Fail;
    };
    decref(mgr);
    set_top!(x, exit);
    push!(x, entered);

    Step::Next
}

/// `END_ASYNC_FOR`.
#[inline(always)]
pub(crate) unsafe fn end_async_for(x: &mut Ctx) -> Step {
    let e = pop!(x);
    if is_instance_of(e, crate::errors::exceptions::STOP_ASYNC_ITERATION.ptr()) {
        decref(e);
        decref(pop!(x));
    } else {
        restore(e);
        x.mode = RAISE_RERAISE;
        return Step::Fail;
    }

    Step::Next
}

/// `ASYNC_GEN_WRAP`.
#[inline(always)]
pub(crate) unsafe fn async_gen_wrap(x: &mut Ctx) -> Step {
    let v = top!(x);
    let w = tri!(crate::objects::asyncgen::wrap(v));
    decref(v);
    set_top!(x, w);

    Step::Next
}
