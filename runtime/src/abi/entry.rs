//! Bodies of the ABI entry points listed in `table.rs`. Each is a thin,
//! panic-guarded wrapper over the runtime function of the same meaning.
//! Reference conventions are stated per function; unless said otherwise
//! arguments are borrowed and `V` results are new references.

pub use super::native::{
    pyrt_nat_bad_resume, pyrt_nat_for_iter, pyrt_nat_return_generator, pyrt_nat_unwind,
};
pub use super::ops::pyrt_op_call_kw;
use crate::errors::panic::boundary;
use crate::errors::*;
use crate::object::{decref, incref, xdecref, Value};
use crate::objects::{bool as pybool, dict, float, int, list, str as pystr, tuple};
use crate::ops::{attr, compare, number, protocol};
pub use crate::program::pyrt_main;
use crate::types::slots::{BinOp, CompareOp, UnaryOp};
use crate::types::typeobject::*;

/// Initialise the runtime (static types, exception hierarchy) and install
/// the quiet panic hook (caught panics become SystemError). Idempotent.
/// Programs call it once before any other entry point; the calling thread
/// then owns the runtime (the GIL of multi-threaded programs arrives with
/// threading support).
#[no_mangle]
pub unsafe extern "C" fn pyrt_init() -> i32 {
    boundary(|| {
        crate::errors::panic::install_quiet_panic_hook();
        crate::gil::init_locked();
        0
    })
}

/// Decref slow path: the count of `obj` reached zero (native code has
/// already observed `refcnt == 1`).
#[no_mangle]
pub unsafe extern "C" fn pyrt_dealloc(obj: Value) {
    boundary(|| crate::object::refcount::dealloc(obj.as_obj()))
}

/// Out-of-line `incref` (native code normally inlines it).
#[no_mangle]
pub unsafe extern "C" fn pyrt_incref(v: Value) {
    incref(v)
}

/// Out-of-line `decref`.
#[no_mangle]
pub unsafe extern "C" fn pyrt_decref(v: Value) {
    boundary(|| decref(v))
}

/// Out-of-line `xdecref` (accepts null).
#[no_mangle]
pub unsafe extern "C" fn pyrt_xdecref(v: Value) {
    boundary(|| xdecref(v))
}

/// An int from an i64 (small or heap).
#[no_mangle]
pub unsafe extern "C" fn pyrt_int_from_i64(i: i64) -> Value {
    boundary(|| int::from_i64(i))
}

/// An int from decimal digits (with optional sign): big constants.
#[no_mangle]
pub unsafe extern "C" fn pyrt_int_from_str(text: *const u8, len: usize) -> Value {
    boundary(|| {
        let bytes = crate::object::value::slice_from(text, len);
        let Ok(s) = std::str::from_utf8(bytes) else {
            return raise_value_error("invalid int literal");
        };
        match int::convert::parse_int(s, 10) {
            Some(b) => int::from_bigint(b),
            None => crate::value_error!("invalid literal for int() with base 10: {s:?}"),
        }
    })
}

/// A float.
#[no_mangle]
pub unsafe extern "C" fn pyrt_float_new(f: f64) -> Value {
    boundary(|| float::new_float(f))
}

/// A str from UTF-8 bytes.
#[no_mangle]
pub unsafe extern "C" fn pyrt_str_new(text: *const u8, len: usize) -> Value {
    boundary(
        || match std::str::from_utf8(crate::object::value::slice_from(text, len)) {
            Ok(s) => pystr::new_str(s),
            Err(_) => raise_unicode_error("invalid UTF-8 in str constant"),
        },
    )
}

/// The interned str for UTF-8 bytes (borrowed result: immortal).
#[no_mangle]
pub unsafe extern "C" fn pyrt_intern(text: *const u8, len: usize) -> Value {
    boundary(
        || match std::str::from_utf8(crate::object::value::slice_from(text, len)) {
            Ok(s) => pystr::intern(s),
            Err(_) => raise_unicode_error("invalid UTF-8 in identifier"),
        },
    )
}

/// `tuple(items[0..n])`, *stealing* the item references (even on error).
#[no_mangle]
pub unsafe extern "C" fn pyrt_build_tuple(items: *const u8, n: usize) -> Value {
    boundary(|| {
        let s = crate::object::value::slice_from(items as *const Value, n);
        tuple::tuple_pack_steal(s)
    })
}

/// `[items[0..n]]`, stealing the item references (even on error).
#[no_mangle]
pub unsafe extern "C" fn pyrt_build_list(items: *const u8, n: usize) -> Value {
    boundary(|| {
        let s = crate::object::value::slice_from(items as *const Value, n);
        list::list_from_vec(s.to_vec())
    })
}

/// `{k0: v0, ...}` from `2 * npairs` words (key, value, key, value, ...),
/// stealing every reference (even on error). Later keys win, as in Python.
#[no_mangle]
pub unsafe extern "C" fn pyrt_build_dict(items: *const u8, npairs: usize) -> Value {
    boundary(|| {
        let s = crate::object::value::slice_from(items as *const Value, 2 * npairs);
        let d = dict::dict_new();
        let mut failed = d.is_null();
        for pair in s.chunks(2) {
            if !failed && dict::set_item(d, pair[0], pair[1]) < 0 {
                failed = true;
            }
            decref(pair[0]);
            decref(pair[1]);
        }
        if failed {
            xdecref(d);
            return Value::NULL;
        }
        d
    })
}

/// `slice(start, stop, step)` (borrowed; null means None).
#[no_mangle]
pub unsafe extern "C" fn pyrt_build_slice(start: Value, stop: Value, step: Value) -> Value {
    boundary(|| crate::objects::slice::new_slice(start, stop, step))
}

fn binop(op: u32) -> Option<BinOp> {
    u8::try_from(op).ok().and_then(BinOp::from_u8)
}

fn bad_oparg(what: &str, op: u32) -> Value {
    raise_system_error(format!("bad {what} oparg {op}"))
}

/// `a <op> b` with `op` a `BinOp` number (the BINARY_OP oparg for 0..=12;
/// 13 = divmod).
#[no_mangle]
pub unsafe extern "C" fn pyrt_binary_op(a: Value, b: Value, op: u32) -> Value {
    boundary(|| match binop(op) {
        Some(BinOp::Divmod) => number::divmod(a, b),
        Some(o) => number::binary_op(a, b, o),
        None => bad_oparg("binary", op),
    })
}

/// `a <op>= b` with `op` a `BinOp` number (0..=12).
#[no_mangle]
pub unsafe extern "C" fn pyrt_inplace_op(a: Value, b: Value, op: u32) -> Value {
    boundary(|| match binop(op) {
        Some(BinOp::Divmod) | None => bad_oparg("inplace", op),
        Some(o) => number::inplace_op(a, b, o),
    })
}

/// Unary operator: 0 `-`, 1 `+`, 2 `~`, 3 `abs()`.
#[no_mangle]
pub unsafe extern "C" fn pyrt_unary_op(a: Value, op: u32) -> Value {
    boundary(|| {
        let o = match op {
            0 => UnaryOp::Neg,
            1 => UnaryOp::Pos,
            2 => UnaryOp::Invert,
            3 => UnaryOp::Abs,
            _ => return bad_oparg("unary", op),
        };
        number::unary_op(a, o)
    })
}

/// `pow(a, b, m)` (m None for `a ** b`).
#[no_mangle]
pub unsafe extern "C" fn pyrt_power(a: Value, b: Value, m: Value) -> Value {
    boundary(|| number::power(a, b, m))
}

/// `a <op> b`, op numbered as `CompareOp` (the COMPARE_OP oparg).
#[no_mangle]
pub unsafe extern "C" fn pyrt_compare(a: Value, b: Value, op: u32) -> Value {
    boundary(
        || match u8::try_from(op).ok().and_then(CompareOp::from_u8) {
            Some(o) => compare::rich_compare(a, b, o),
            None => bad_oparg("compare", op),
        },
    )
}

/// `bool(a <op> b)`: 1, 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn pyrt_compare_bool(a: Value, b: Value, op: u32) -> i32 {
    boundary(
        || match u8::try_from(op).ok().and_then(CompareOp::from_u8) {
            Some(o) => compare::rich_compare_bool(a, b, o),
            None => {
                bad_oparg("compare", op);
                -1
            }
        },
    )
}

/// `bool(v)`: 1, 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn pyrt_is_true(v: Value) -> i32 {
    boundary(|| protocol::is_true(v))
}

/// `not v` as True/False (immortal result).
#[no_mangle]
pub unsafe extern "C" fn pyrt_not(v: Value) -> Value {
    boundary(|| match protocol::is_true(v) {
        r if r < 0 => Value::NULL,
        r => pybool::from_bool(r == 0),
    })
}

/// `item in container`: 1, 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn pyrt_contains(container: Value, item: Value) -> i32 {
    boundary(|| protocol::contains(container, item))
}

/// LOAD_GLOBAL: `name` from `globals` then `builtins`, else NameError.
#[no_mangle]
pub unsafe extern "C" fn pyrt_load_global(globals: Value, builtins: Value, name: Value) -> Value {
    boundary(|| crate::ops::globals::load_global(globals, builtins, name))
}

/// `obj.name`.
#[no_mangle]
pub unsafe extern "C" fn pyrt_getattr(obj: Value, name: Value) -> Value {
    boundary(|| attr::get_attr(obj, name))
}

/// `obj.name = value`.
#[no_mangle]
pub unsafe extern "C" fn pyrt_setattr(obj: Value, name: Value, value: Value) -> i32 {
    boundary(|| attr::set_attr(obj, name, value))
}

/// `del obj.name`.
#[no_mangle]
pub unsafe extern "C" fn pyrt_delattr(obj: Value, name: Value) -> i32 {
    boundary(|| attr::set_attr(obj, name, Value::NULL))
}

/// LOAD_METHOD: returns the callable (new reference) and stores into
/// `*self_out` either `obj` (borrowed; call `callable(obj, *args)`) or null
/// (call `callable(*args)`).
#[no_mangle]
pub unsafe extern "C" fn pyrt_load_method(obj: Value, name: Value, self_out: *const u8) -> Value {
    boundary(|| {
        let out = self_out as *mut Value;
        let (m, unbound) = attr::get_method(obj, name);
        *out = if unbound && !m.is_null() {
            obj
        } else {
            Value::NULL
        };
        m
    })
}

/// `obj[key]`.
#[no_mangle]
pub unsafe extern "C" fn pyrt_getitem(obj: Value, key: Value) -> Value {
    boundary(|| protocol::get_item(obj, key))
}

/// `obj[key] = value`.
#[no_mangle]
pub unsafe extern "C" fn pyrt_setitem(obj: Value, key: Value, value: Value) -> i32 {
    boundary(|| protocol::set_item(obj, key, value))
}

/// `del obj[key]`.
#[no_mangle]
pub unsafe extern "C" fn pyrt_delitem(obj: Value, key: Value) -> i32 {
    boundary(|| protocol::set_item(obj, key, Value::NULL))
}

/// `len(obj)`.
#[no_mangle]
pub unsafe extern "C" fn pyrt_len(obj: Value) -> isize {
    boundary(|| protocol::len(obj))
}

/// `iter(obj)`.
#[no_mangle]
pub unsafe extern "C" fn pyrt_get_iter(obj: Value) -> Value {
    boundary(|| protocol::get_iter(obj))
}

/// Next item, or null: exhausted when no exception is set.
#[no_mangle]
pub unsafe extern "C" fn pyrt_iter_next(it: Value) -> Value {
    boundary(|| protocol::iter_next(it))
}

/// Vectorcall any callable.
#[no_mangle]
pub unsafe extern "C" fn pyrt_call(
    callable: Value,
    args: *const u8,
    nargs: usize,
    kwnames: Value,
) -> Value {
    boundary(|| crate::call::vectorcall::vectorcall(callable, args as *const Value, nargs, kwnames))
}

/// `repr(v)`.
#[no_mangle]
pub unsafe extern "C" fn pyrt_repr(v: Value) -> Value {
    boundary(|| protocol::repr(v))
}

/// `str(v)`.
#[no_mangle]
pub unsafe extern "C" fn pyrt_str(v: Value) -> Value {
    boundary(|| protocol::str_of(v))
}

/// `hash(v)`.
#[no_mangle]
pub unsafe extern "C" fn pyrt_hash(v: Value) -> isize {
    boundary(|| protocol::hash(v))
}

/// Turn a `raise` operand into an exception instance (new reference), or
/// raise TypeError (`what` names the operand in the message).
unsafe fn make_exception(v: Value, what: &str) -> Value {
    use crate::errors::exceptions::{is_exception, BASE_EXCEPTION};
    if crate::types::typetype::is_type(v)
        && is_subtype(v.as_obj() as *mut TypeObject, BASE_EXCEPTION.ptr())
    {
        let e = crate::call::vectorcall::call(v, &[], Value::NULL);
        if e.is_null() {
            return e;
        }
        if !is_exception(e) {
            let n = type_name(e);
            decref(e);
            return crate::type_error!(
                "calling {} should have returned an instance of BaseException, not {n}",
                crate::objects::object::type_qualname(v.as_obj() as *mut TypeObject)
            );
        }
        return e;
    }
    if is_exception(v) {
        incref(v);
        return v;
    }
    raise_type_error(what)
}

/// `raise exc [from cause]` (`cause` null when absent). Always returns -1
/// with the exception set.
#[no_mangle]
pub unsafe extern "C" fn pyrt_raise(exc: Value, cause: Value) -> i32 {
    boundary(|| {
        let e = make_exception(exc, "exceptions must derive from BaseException");
        if e.is_null() {
            return -1;
        }
        if !cause.is_null() {
            let c = if crate::objects::singletons::is_none(cause) {
                Value::NULL
            } else {
                let c = make_exception(cause, "exception causes must derive from BaseException");
                if c.is_null() {
                    decref(e);
                    return -1;
                }
                c
            };
            crate::errors::exceptions::base::set_cause_steal(e, c);
        }
        set_exception(e);
        -1
    })
}

/// 1 when an exception is set.
#[no_mangle]
pub unsafe extern "C" fn pyrt_err_occurred() -> i32 {
    occurred() as i32
}

/// Take the current exception (new reference, null if none).
#[no_mangle]
pub unsafe extern "C" fn pyrt_err_fetch() -> Value {
    fetch()
}

/// Set the current exception (stolen; null clears).
#[no_mangle]
pub unsafe extern "C" fn pyrt_err_restore(exc: Value) {
    boundary(|| restore(exc))
}

/// 1 when the current exception is an instance of type `ty` (or of any
/// type in the tuple `ty`).
#[no_mangle]
pub unsafe extern "C" fn pyrt_err_matches(ty: Value) -> i32 {
    boundary(|| {
        if tuple::is_tuple(ty) {
            return tuple::as_slice(ty).iter().any(|t| {
                crate::types::typetype::is_type(*t) && matches(t.as_obj() as *mut TypeObject)
            }) as i32;
        }
        (crate::types::typetype::is_type(ty) && matches(ty.as_obj() as *mut TypeObject)) as i32
    })
}

/// Enter an exception handler for `exc` (borrowed).
#[no_mangle]
pub unsafe extern "C" fn pyrt_push_handled(exc: Value) {
    boundary(|| push_handled(exc))
}

/// Leave the innermost exception handler.
#[no_mangle]
pub unsafe extern "C" fn pyrt_pop_handled() {
    boundary(pop_handled)
}

/// The exception being handled (new reference), or None.
#[no_mangle]
pub unsafe extern "C" fn pyrt_handled() -> Value {
    boundary(|| {
        let h = handled();
        if h.is_null() {
            crate::objects::singletons::none()
        } else {
            crate::object::new_ref(h)
        }
    })
}

/// `a, b, ... = seq` into `out[0..n]` (new references). 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn pyrt_unpack_sequence(seq: Value, n: usize, out: *const u8) -> i32 {
    boundary(|| {
        let o = std::slice::from_raw_parts_mut(out as *mut Value, n);
        crate::ops::unpack::unpack_sequence(seq, o)
    })
}

/// `a, *b, c = seq` into `out[0..before + 1 + after]`. 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn pyrt_unpack_ex(
    seq: Value,
    before: usize,
    after: usize,
    out: *const u8,
) -> i32 {
    boundary(|| {
        let o = std::slice::from_raw_parts_mut(out as *mut Value, before + 1 + after);
        crate::ops::unpack::unpack_ex(seq, before, after, o)
    })
}

/// `format(v, spec)` (spec null = '').
#[no_mangle]
pub unsafe extern "C" fn pyrt_format(v: Value, spec: Value) -> Value {
    boundary(|| protocol::format(v, spec))
}

/// Concatenate `n` str objects (borrowed): f-string assembly.
#[no_mangle]
pub unsafe extern "C" fn pyrt_build_string(items: *const u8, n: usize) -> Value {
    boundary(|| {
        let parts = crate::object::value::slice_from(items as *const Value, n);
        let mut out = String::new();
        for &p in parts {
            if !pystr::is_str(p) {
                return crate::type_error!("expected str, got {}", type_name(p));
            }
            out.push_str(pystr::as_str(p));
        }
        pystr::from_string(out)
    })
}

/// `isinstance(obj, cls)`: 1, 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn pyrt_isinstance(obj: Value, cls: Value) -> i32 {
    boundary(|| crate::ops::isinstance::is_instance(obj, cls))
}

/// `list.append(item)` (comprehensions).
#[no_mangle]
pub unsafe extern "C" fn pyrt_list_append(l: Value, item: Value) -> i32 {
    boundary(|| list::append(l, item))
}

/// `list.extend(iterable)` (`[*a, *b]`).
#[no_mangle]
pub unsafe extern "C" fn pyrt_list_extend(l: Value, iterable: Value) -> i32 {
    boundary(|| list::methods::extend(l, iterable))
}

/// `dict[key] = value` on an exact dict (dict displays, comprehensions).
#[no_mangle]
pub unsafe extern "C" fn pyrt_dict_setitem(d: Value, key: Value, value: Value) -> i32 {
    boundary(|| dict::set_item(d, key, value))
}

/// Enter a Python-level call (RecursionError at the limit): 0 or -1.
#[no_mangle]
pub unsafe extern "C" fn pyrt_enter_recursive_call() -> i32 {
    boundary(|| {
        if crate::errors::threadstate::enter_recursive_call("") {
            0
        } else {
            -1
        }
    })
}

/// Leave a level entered by `pyrt_enter_recursive_call`.
#[no_mangle]
pub unsafe extern "C" fn pyrt_leave_recursive_call() {
    crate::errors::threadstate::leave_recursive_call()
}
