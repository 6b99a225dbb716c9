//! The simple builtin functions: object inspection (`len`, `repr`,
//! `ascii`, `hash`, `id`, `callable`, `isinstance`, `issubclass`),
//! attribute access (`getattr`, `setattr`, `hasattr`, `delattr`), numbers
//! (`abs`, `divmod`, `pow`, `round`, `hex`, `oct`, `bin`, `chr`, `ord`),
//! iteration (`iter`, `next`), namespaces (`globals`, `locals`, `vars`,
//! `dir`) and `format`.

use crate::call::argparse::{parse_args_clinic, ArgSpec};
use crate::errors::*;
use crate::object::{decref, new_ref, Value};
use crate::objects::singletons::{is_none, none};
use crate::objects::{bool as pybool, dict, int, list, str as pystr, tuple};
use crate::ops::{number, protocol};
use crate::types::typeobject::*;
use crate::types::typetype::is_type;

pub unsafe fn builtin_len(_m: Value, v: Value) -> Value {
    let n = protocol::len(v);
    if n < 0 {
        return Value::NULL;
    }
    int::from_i64(n as i64)
}

pub unsafe fn builtin_repr(_m: Value, v: Value) -> Value {
    protocol::repr(v)
}

pub unsafe fn builtin_ascii(_m: Value, v: Value) -> Value {
    super::text::ascii_of(v)
}

pub unsafe fn builtin_hash(_m: Value, v: Value) -> Value {
    let h = protocol::hash(v);
    if h == -1 {
        return Value::NULL;
    }
    int::from_i64(h as i64)
}

pub unsafe fn builtin_id(_m: Value, v: Value) -> Value {
    int::from_u64(v.0)
}

pub unsafe fn builtin_callable(_m: Value, v: Value) -> Value {
    pybool::from_bool((*type_of(v)).tp_call.is_some())
}

/// `isinstance(obj, cls)` with tuples and `__instancecheck__`: 1, 0, -1.
pub fn isinstance_value(obj: Value, cls: Value) -> i32 {
    crate::ops::isinstance::is_instance(obj, cls)
}

pub unsafe fn builtin_isinstance(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("isinstance expected 2 arguments, got {}", args.len());
    }
    let r = isinstance_value(args[0], args[1]);
    if r < 0 {
        return Value::NULL;
    }
    pybool::from_bool(r == 1)
}

/// `issubclass(a, b)` with tuples and `__subclasscheck__`: 1, 0, -1.
pub fn issubclass_value(a: Value, b: Value) -> i32 {
    crate::ops::isinstance::is_subclass(a, b)
}

pub unsafe fn builtin_issubclass(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("issubclass expected 2 arguments, got {}", args.len());
    }
    let r = issubclass_value(args[0], args[1]);
    if r < 0 {
        return Value::NULL;
    }
    pybool::from_bool(r == 1)
}

fn attr_name(v: Value) -> bool {
    if pystr::is_str(v) {
        return true;
    }
    crate::type_error!("attribute name must be string, not '{}'", type_name(v));
    false
}

pub unsafe fn builtin_getattr(_m: Value, args: &[Value]) -> Value {
    if args.len() < 2 {
        return crate::type_error!("getattr expected at least 2 arguments, got {}", args.len());
    }
    if args.len() > 3 {
        return crate::type_error!("getattr expected at most 3 arguments, got {}", args.len());
    }
    if !attr_name(args[1]) {
        return Value::NULL;
    }
    if args.len() == 3 {
        return match crate::ops::attr::lookup_attr(args[0], args[1]) {
            Ok(Some(v)) => v,
            Ok(None) => new_ref(args[2]),
            Err(()) => Value::NULL,
        };
    }
    crate::ops::attr::get_attr(args[0], args[1])
}

pub unsafe fn builtin_setattr(_m: Value, args: &[Value]) -> Value {
    if args.len() != 3 {
        return crate::type_error!("setattr expected 3 arguments, got {}", args.len());
    }
    if !attr_name(args[1]) {
        return Value::NULL;
    }
    let name = pystr::intern_value(new_ref(args[1]));
    if crate::ops::attr::set_attr(args[0], name, args[2]) < 0 {
        return Value::NULL;
    }
    none()
}

pub unsafe fn builtin_delattr(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("delattr expected 2 arguments, got {}", args.len());
    }
    if !attr_name(args[1]) {
        return Value::NULL;
    }
    if crate::ops::attr::set_attr(args[0], args[1], Value::NULL) < 0 {
        return Value::NULL;
    }
    none()
}

pub unsafe fn builtin_hasattr(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("hasattr expected 2 arguments, got {}", args.len());
    }
    if !attr_name(args[1]) {
        return Value::NULL;
    }
    match crate::ops::attr::lookup_attr(args[0], args[1]) {
        Ok(Some(v)) => {
            decref(v);
            pybool::from_bool(true)
        }
        Ok(None) => pybool::from_bool(false),
        Err(()) => Value::NULL,
    }
}

pub unsafe fn builtin_abs(_m: Value, v: Value) -> Value {
    if v.is_small() {
        return int::from_i64(v.as_small().abs());
    }
    number::unary_op(v, crate::types::slots::UnaryOp::Abs)
}

pub unsafe fn builtin_divmod(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("divmod expected 2 arguments, got {}", args.len());
    }
    number::divmod(args[0], args[1])
}

pub unsafe fn builtin_pow(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 3];
    let spec = ArgSpec {
        fname: "pow",
        params: &["base", "exp", "mod"],
        posonly: 0,
        required: 2,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    if parse_args_clinic(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let m = if out[2].is_null() { none() } else { out[2] };
    number::power(out[0], out[1], m)
}

pub unsafe fn builtin_round(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 2];
    let spec = ArgSpec {
        fname: "round",
        params: &["number", "ndigits"],
        posonly: 0,
        required: 1,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    if parse_args_clinic(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let x = out[0];
    let nd: &[Value] = if out[1].is_null() || is_none(out[1]) {
        &[]
    } else {
        std::slice::from_ref(&out[1])
    };
    if let Some(r) = native_round(x, out[1]) {
        return r;
    }
    match crate::types::slotdefs::generic::call_dunder(x, "__round__", nd) {
        Some(r) => r,
        None => crate::type_error!("type {} doesn't define __round__ method", type_name(x)),
    }
}

fn int_format(v: Value, spec: &str) -> Value {
    let i = match int::int_val(v) {
        Some(_) => new_ref(v),
        None => {
            // Objects with __index__.
            match int::index_value(v) {
                Some(Ok(_)) | Some(Err(())) => {
                    // SAFETY: slot call.
                    match unsafe { (*type_of(v)).nb.nb_index } {
                        Some(f) => unsafe { f(v) },
                        None => Value::NULL,
                    }
                }
                None => {
                    return crate::type_error!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(v)
                    )
                }
            }
        }
    };
    if i.is_null() {
        return i;
    }
    let s = pystr::new_str(spec);
    let r = super::super::interp::build::format_object(i, s);
    decref(s);
    decref(i);
    r
}

pub unsafe fn builtin_hex(_m: Value, v: Value) -> Value {
    int_format(v, "#x")
}
pub unsafe fn builtin_oct(_m: Value, v: Value) -> Value {
    int_format(v, "#o")
}
pub unsafe fn builtin_bin(_m: Value, v: Value) -> Value {
    int_format(v, "#b")
}

pub unsafe fn builtin_chr(_m: Value, v: Value) -> Value {
    let i = match int::index_value(v) {
        Some(Ok(i)) => i,
        Some(Err(())) => {
            if matches(crate::errors::exceptions::OVERFLOW_ERROR.ptr())
                || matches(crate::errors::exceptions::INDEX_ERROR.ptr())
            {
                clear();
                return crate::errors::raise_overflow_error(
                    "Python int too large to convert to C int",
                );
            }
            return Value::NULL;
        }
        None => {
            return crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )
        }
    };
    if !(0..=0x10ffff).contains(&i) {
        return raise_value_error("chr() arg not in range(0x110000)");
    }
    match char::from_u32(i as u32) {
        Some(c) => crate::objects::str::intern::from_char(c),
        None => {
            raise_value_error("chr(): surrogate code points are not supported by the runtime yet")
        }
    }
}

pub unsafe fn builtin_ord(_m: Value, v: Value) -> Value {
    if pystr::is_str(v) {
        let n = pystr::char_len(v);
        if n == 1 {
            return int::from_i64(pystr::char_at(v, 0) as i64);
        }
        return crate::type_error!("ord() expected a character, but string of length {n} found");
    }
    if crate::objects::bytes::is_byteslike(v) {
        let b = crate::objects::bytes::as_bytes(v);
        if b.len() == 1 {
            return int::from_i64(b[0] as i64);
        }
        return crate::type_error!(
            "ord() expected a character, but string of length {} found",
            b.len()
        );
    }
    crate::type_error!(
        "ord() expected string of length 1, but {} found",
        type_name(v)
    )
}

pub unsafe fn builtin_iter(_m: Value, args: &[Value]) -> Value {
    match args.len() {
        1 => protocol::get_iter(args[0]),
        2 => super::iters::new_callable_iter(args[0], args[1]),
        n => crate::type_error!("iter expected at most 2 arguments, got {n}"),
    }
}

pub unsafe fn builtin_next(_m: Value, args: &[Value]) -> Value {
    if args.is_empty() || args.len() > 2 {
        return crate::type_error!("next expected at least 1 argument, got {}", args.len());
    }
    let it = args[0];
    let Some(f) = (*type_of(it)).tp_iternext else {
        return crate::type_error!("'{}' object is not an iterator", type_name(it));
    };
    let r = f(it);
    if !r.is_null() {
        return r;
    }
    if args.len() == 2 {
        if occurred() {
            if !matches(crate::errors::exceptions::STOP_ITERATION.ptr()) {
                return Value::NULL;
            }
            clear();
        }
        return new_ref(args[1]);
    }
    if !occurred() {
        raise_empty(crate::errors::exceptions::STOP_ITERATION.ptr());
    }
    Value::NULL
}

pub unsafe fn builtin_globals(_m: Value) -> Value {
    let f = crate::interp::state::current_frame();
    if f.is_null() {
        return raise_system_error("globals(): no current frame");
    }
    new_ref((*f).globals)
}

pub unsafe fn builtin_locals(_m: Value) -> Value {
    let f = crate::interp::state::current_frame();
    if f.is_null() {
        return raise_system_error("locals(): no current frame");
    }
    crate::objects::frame::locals_dict(f)
}

pub unsafe fn builtin_vars(m: Value, args: &[Value]) -> Value {
    match args.len() {
        0 => builtin_locals(m),
        1 => match crate::ops::attr::lookup_attr(args[0], crate::id!(__dict__)) {
            Ok(Some(d)) => d,
            Ok(None) => raise_type_error("vars() argument must have __dict__ attribute"),
            Err(()) => Value::NULL,
        },
        n => crate::type_error!("vars expected at most 1 argument, got {n}"),
    }
}

pub unsafe fn builtin_dir(m: Value, args: &[Value]) -> Value {
    let names = match args.len() {
        0 => {
            let d = builtin_locals(m);
            if d.is_null() {
                return d;
            }
            let l = dict::methods::keys_list(d);
            decref(d);
            l
        }
        1 => {
            let r = crate::types::slotdefs::generic::call_dunder(args[0], "__dir__", &[]);
            match r {
                Some(r) => r,
                None => default_dir(args[0]),
            }
        }
        n => return crate::type_error!("dir expected at most 1 argument, got {n}"),
    };
    if names.is_null() {
        return names;
    }
    let Some(mut items) = protocol::sequence_to_vec(names) else {
        decref(names);
        return Value::NULL;
    };
    decref(names);
    if !super::sort::sort_values(&mut items, Value::NULL, false) {
        for v in items {
            decref(v);
        }
        return Value::NULL;
    }
    list::list_from_vec(items)
}

/// Names visible on `v`: its instance dict, its class and the class's
/// MRO (for classes: the class MRO).
pub(crate) fn default_dir(v: Value) -> Value {
    let out = dict::dict_new();
    if out.is_null() {
        return out;
    }
    let add_dict = |d: Value| {
        if !d.is_null() && dict::is_dict(d) {
            for (k, val) in dict::items_vec(d) {
                dict::set_item(out, k, none());
                decref(k);
                decref(val);
            }
        }
    };
    // SAFETY: type fields of live types.
    unsafe {
        if crate::objects::module::is_module(v) {
            add_dict(crate::objects::module::module_dict(v));
        } else {
            if let Some(slot) = crate::ops::attr::instance_dict_slot(v) {
                if !is_type(v) {
                    add_dict(*slot);
                }
            }
            let ty = if is_type(v) {
                v.as_obj() as *mut TypeObject
            } else {
                type_of(v)
            };
            let mro = (*ty).mro;
            if !mro.is_null() {
                for &t in tuple::as_slice(mro) {
                    add_dict((*(t.as_obj() as *mut TypeObject)).dict);
                }
            }
        }
    }
    let l = dict::methods::keys_list(out);
    decref(out);
    l
}

pub unsafe fn builtin_format(_m: Value, args: &[Value]) -> Value {
    match args.len() {
        1 => crate::interp::build::format_object(args[0], Value::NULL),
        2 => {
            if !pystr::is_str(args[1]) {
                return crate::type_error!(
                    "format() argument 2 must be str, not {}",
                    type_name(args[1])
                );
            }
            crate::interp::build::format_object(args[0], args[1])
        }
        0 => raise_type_error("format expected at least 1 argument, got 0"),
        n => crate::type_error!("format expected at most 2 arguments, got {n}"),
    }
}

/// Whether `name` on `v`'s type comes from a class defined in Python.
pub fn defined_in_python(v: Value, name: Value) -> bool {
    let ty = type_of(v);
    // SAFETY: live types.
    unsafe {
        let mro = (*ty).mro;
        if mro.is_null() {
            return false;
        }
        for &t in tuple::as_slice(mro) {
            let tt = t.as_obj() as *mut TypeObject;
            if !(*tt).dict.is_null() && matches!(dict::get_item((*tt).dict, name), Ok(Some(_))) {
                return (*tt).is_heap_type();
            }
        }
    }
    false
}

/// `round()` of ints and floats (None when `x` is something else or its
/// class defines `__round__` in Python).
fn native_round(x: Value, nd: Value) -> Option<Value> {
    if defined_in_python(x, crate::id!(__round__)) {
        return None;
    }
    let is_float = crate::objects::float::is_float(x);
    if !is_float && int::int_val(x).is_none() {
        return None;
    }
    // ndigits is clamped to the i64 range, as CPython clamps to Py_ssize_t.
    let nd = if nd.is_null() || is_none(nd) {
        None
    } else {
        let owned = if int::int_val(nd).is_some() {
            new_ref(nd)
        } else if unsafe { (*type_of(nd)).nb.nb_index.is_some() } {
            crate::ops::number::number_to_int(nd)
        } else {
            return Some(crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(nd)
            ));
        };
        if owned.is_null() {
            return Some(Value::NULL);
        }
        let n = match int::int_val(owned) {
            Some(iv) => {
                let b = iv.to_big();
                num_traits::ToPrimitive::to_i64(b.as_ref()).unwrap_or(
                    if num_traits::Signed::is_negative(b.as_ref()) {
                        i64::MIN
                    } else {
                        i64::MAX
                    },
                )
            }
            None => 0,
        };
        decref(owned);
        Some(n)
    };
    if is_float {
        let f = crate::objects::float::float_value(x);
        return Some(match nd {
            None => crate::objects::float::arith::float_to_int(f.round_ties_even()),
            Some(n) => match crate::num::float::float_round(f, n) {
                Ok(r) => crate::objects::float::new_float(r),
                Err(e) => raise_alg(e),
            },
        });
    }
    let iv = int::int_val(x)?;
    Some(match nd {
        None | Some(0..) => int::from_bigint(iv.to_big().into_owned()),
        Some(n) => int::from_bigint(crate::num::int::round_int(
            &iv.to_big(),
            &num_bigint::BigInt::from(n),
        )),
    })
}
