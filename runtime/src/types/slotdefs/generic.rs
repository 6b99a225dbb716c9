//! The generic slot functions of heap types: each looks the dunder up on
//! the instance's type and calls it (binding through `__get__` unless the
//! attribute is a method-like descriptor), converting results and errors
//! the way CPython's `slot_*` functions do.
//!
//! Binary operators implement CPython's reflected-operand protocol: the
//! right operand's `__rX__` goes first when its type is a subclass that
//! overrides it; `__rX__` is tried when the left operand does not handle
//! the operation; a missing dunder means NotImplemented.

use crate::call::vectorcall::{call, call_method_value};
use crate::errors::panic::boundary;
use crate::errors::*;
use crate::object::{decref, incref, Value};
use crate::objects::singletons::{is_none, is_not_implemented, none, not_implemented};
use crate::objects::{int, tuple};
use crate::types::lookup::type_lookup_str;
use crate::types::slots::*;
use crate::types::typeobject::*;

/// Call `type(v).<name>(v, *args)`. None when the type lacks `name`.
pub unsafe fn call_dunder(v: Value, name: &'static str, args: &[Value]) -> Option<Value> {
    let ty = type_of(v);
    let f = type_lookup_str(ty, name);
    if f.is_null() {
        return None;
    }
    incref(f);
    let ft = type_of(f);
    let r = if (*ft).has_flag(TPFLAGS_METHOD_DESCRIPTOR) {
        call_method_value(f, v, args)
    } else if let Some(get) = (*ft).tp_descr_get {
        let bound = get(f, v, Value::from_obj(ty));
        if bound.is_null() {
            Value::NULL
        } else {
            let r = call(bound, args, Value::NULL);
            decref(bound);
            r
        }
    } else {
        call(f, args, Value::NULL)
    };
    decref(f);
    Some(r)
}

/// `call_dunder`, with a missing dunder meaning NotImplemented.
unsafe fn dunder_or_ni(v: Value, name: &'static str, args: &[Value]) -> Value {
    call_dunder(v, name, args).unwrap_or_else(not_implemented)
}

/// `call_dunder`, with a missing dunder raising AttributeError(name).
unsafe fn dunder_required(v: Value, name: &'static str, args: &[Value]) -> Value {
    match call_dunder(v, name, args) {
        Some(r) => r,
        None => raise_attribute_error(name),
    }
}

pub unsafe fn slot_tp_repr(v: Value) -> Value {
    match call_dunder(v, "__repr__", &[]) {
        Some(r) => r,
        None => crate::objects::object::object_repr_value(v),
    }
}

pub unsafe fn slot_tp_str(v: Value) -> Value {
    match call_dunder(v, "__str__", &[]) {
        Some(r) => r,
        None => crate::ops::protocol::repr(v),
    }
}

pub unsafe fn slot_tp_hash(v: Value) -> isize {
    let r = dunder_required(v, "__hash__", &[]);
    if r.is_null() {
        return -1;
    }
    // As CPython: a result that fits a machine word is used unchanged (only
    // -1 is remapped); a wider int is reduced with the int hash.
    let h = match int::int_val(r) {
        Some(iv) => match iv.to_i64() {
            Some(-1) => -2,
            Some(i) => i as isize,
            None => crate::objects::hash::hash_bigint(&iv.to_big()),
        },
        None => {
            raise_type_error("__hash__ method should return an integer");
            -1
        }
    };
    decref(r);
    h
}

pub unsafe fn slot_tp_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    match call_dunder(a, op.dunder(), &[b]) {
        Some(r) => r,
        None => crate::objects::object::object_richcompare(a, b, op),
    }
}

pub unsafe extern "C" fn slot_tp_call(
    callable: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    boundary(|| {
        let nkw = crate::call::vectorcall::kw_count(kwnames);
        let f = type_lookup_str(type_of(callable), "__call__");
        if f.is_null() {
            return crate::type_error!("'{}' object is not callable", type_name(callable));
        }
        incref(f);
        let mut all = Vec::with_capacity(nargs + nkw + 1);
        all.push(callable);
        all.extend_from_slice(crate::object::value::slice_from(args, nargs + nkw));
        let ft = type_of(f);
        let r = if (*ft).has_flag(TPFLAGS_METHOD_DESCRIPTOR) {
            call(f, &all, kwnames)
        } else if (*ft).tp_descr_get.is_none() {
            // Not a descriptor (e.g. `__call__ = dict`): called unbound.
            call(f, &all[1..], kwnames)
        } else {
            let bound = ((*ft).tp_descr_get.unwrap_or(|_, _, _| Value::NULL))(
                f,
                callable,
                Value::from_obj(type_of(callable)),
            );
            if bound.is_null() {
                Value::NULL
            } else {
                let r = call(bound, &all[1..], kwnames);
                decref(bound);
                r
            }
        };
        decref(f);
        r
    })
}

pub unsafe fn slot_tp_iter(v: Value) -> Value {
    dunder_required(v, "__iter__", &[])
}

pub unsafe fn slot_tp_iter_none(v: Value) -> Value {
    crate::type_error!("'{}' object is not iterable", type_name(v))
}

pub unsafe fn slot_tp_iternext(v: Value) -> Value {
    dunder_required(v, "__next__", &[])
}

pub unsafe fn slot_tp_getattr_hook(obj: Value, name: Value) -> Value {
    let ty = type_of(obj);
    let ga = type_lookup_str(ty, "__getattribute__");
    let r = if ga.is_null()
        || !(*type_of(ga)).is_heap_type() && !is_python_defined(ty, "__getattribute__")
    {
        crate::ops::attr::generic_getattr(obj, name)
    } else {
        dunder_required(obj, "__getattribute__", &[name])
    };
    if !r.is_null() || !(*ty).has_flag(TPFLAGS_HAS_GETATTR_HOOK) {
        return r;
    }
    if !matches(crate::errors::exceptions::ATTRIBUTE_ERROR.ptr()) {
        return r;
    }
    clear();
    dunder_required(obj, "__getattr__", &[name])
}

/// Whether a heap class in `ty`'s MRO defines `name`.
unsafe fn is_python_defined(ty: *mut TypeObject, name: &'static str) -> bool {
    for &t in tuple::mro_slice((*ty).mro) {
        let tt = t.as_obj() as *mut TypeObject;
        if crate::objects::dict::get_str((*tt).dict, name).is_some() {
            return (*tt).is_heap_type();
        }
    }
    false
}

pub unsafe fn slot_tp_setattro(obj: Value, name: Value, value: Value) -> i32 {
    let ty = type_of(obj);
    let (dunder, args): (&'static str, Vec<Value>) = if value.is_null() {
        ("__delattr__", vec![name])
    } else {
        ("__setattr__", vec![name, value])
    };
    if !is_python_defined(ty, dunder) {
        return crate::ops::attr::generic_setattr(obj, name, value);
    }
    let r = dunder_required(obj, dunder, &args);
    if r.is_null() {
        return -1;
    }
    decref(r);
    0
}

pub unsafe fn slot_tp_descr_get(descr: Value, obj: Value, ty: Value) -> Value {
    let o = if obj.is_null() { none() } else { obj };
    let t = if ty.is_null() { none() } else { ty };
    dunder_required(descr, "__get__", &[o, t])
}

pub unsafe fn slot_tp_descr_set(descr: Value, obj: Value, value: Value) -> i32 {
    let r = if value.is_null() {
        dunder_required(descr, "__delete__", &[obj])
    } else {
        dunder_required(descr, "__set__", &[obj, value])
    };
    if r.is_null() {
        return -1;
    }
    decref(r);
    0
}

pub unsafe fn slot_tp_init(obj: Value, args: *const Value, nargs: usize, kwnames: Value) -> i32 {
    let ty = type_of(obj);
    let f = type_lookup_str(ty, "__init__");
    if f.is_null() {
        return 0;
    }
    incref(f);
    let nkw = crate::call::vectorcall::kw_count(kwnames);
    let n = nargs + nkw + 1;
    let given = crate::object::value::slice_from(args, nargs + nkw);
    // Few arguments (the usual case) are passed from the stack.
    let mut small = [Value::NULL; 8];
    let mut big = Vec::new();
    let all: &mut [Value] = if n <= small.len() {
        &mut small[..n]
    } else {
        big.resize(n, Value::NULL);
        &mut big
    };
    all[0] = obj;
    all[1..].copy_from_slice(given);
    let r = call(f, all, kwnames);
    decref(f);
    if r.is_null() {
        return -1;
    }
    if !is_none(r) {
        let n = type_name(r);
        decref(r);
        crate::type_error!("__init__() should return None, not '{n}'");
        return -1;
    }
    0
}

pub unsafe fn slot_tp_new(
    ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    let f = type_lookup_str(ty, "__new__");
    if f.is_null() {
        return raise_attribute_error("__new__");
    }
    incref(f);
    // `__new__` is a static method: unwrap a descriptor without binding.
    let func = match (*type_of(f)).tp_descr_get {
        Some(get) if !(*type_of(f)).has_flag(TPFLAGS_METHOD_DESCRIPTOR) => {
            let g = get(f, Value::NULL, Value::from_obj(ty));
            decref(f);
            g
        }
        _ => f,
    };
    if func.is_null() {
        return func;
    }
    let nkw = crate::call::vectorcall::kw_count(kwnames);
    let mut all = Vec::with_capacity(nargs + nkw + 1);
    all.push(Value::from_obj(ty));
    all.extend_from_slice(crate::object::value::slice_from(args, nargs + nkw));
    let r = call(func, &all, kwnames);
    decref(func);
    r
}

pub unsafe fn slot_sq_length(v: Value) -> isize {
    let r = dunder_required(v, "__len__", &[]);
    if r.is_null() {
        return -1;
    }
    let n = match int::index_value(r) {
        Some(Ok(n)) => n,
        Some(Err(())) => {
            if matches(crate::errors::exceptions::INDEX_ERROR.ptr()) {
                clear();
                raise_overflow_error("cannot fit 'int' into an index-sized integer");
            }
            decref(r);
            return -1;
        }
        None => {
            crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(r)
            );
            decref(r);
            return -1;
        }
    };
    decref(r);
    if n < 0 {
        raise_value_error("__len__() should return >= 0");
        return -1;
    }
    n
}

pub unsafe fn slot_mp_subscript(v: Value, key: Value) -> Value {
    dunder_required(v, "__getitem__", &[key])
}

pub unsafe fn slot_sq_item(v: Value, i: isize) -> Value {
    let k = int::from_i64(i as i64);
    let r = dunder_required(v, "__getitem__", &[k]);
    decref(k);
    r
}

pub unsafe fn slot_mp_ass_subscript(v: Value, key: Value, value: Value) -> i32 {
    let r = if value.is_null() {
        dunder_required(v, "__delitem__", &[key])
    } else {
        dunder_required(v, "__setitem__", &[key, value])
    };
    if r.is_null() {
        return -1;
    }
    decref(r);
    0
}

pub unsafe fn slot_sq_contains(v: Value, x: Value) -> i32 {
    let f = type_lookup_str(type_of(v), "__contains__");
    if !f.is_null() && is_none(f) {
        crate::type_error!("'{}' object is not a container", type_name(v));
        return -1;
    }
    let r = dunder_required(v, "__contains__", &[x]);
    if r.is_null() {
        return -1;
    }
    let t = crate::ops::protocol::is_true(r);
    decref(r);
    t
}

pub unsafe fn slot_nb_bool(v: Value) -> i32 {
    let r = dunder_required(v, "__bool__", &[]);
    if r.is_null() {
        return -1;
    }
    let t = if crate::objects::bool::is_bool(r) {
        crate::objects::bool::bool_value(r) as i32
    } else {
        crate::type_error!("__bool__ should return bool, returned {}", type_name(r));
        -1
    };
    decref(r);
    t
}

pub unsafe fn slot_nb_index(v: Value) -> Value {
    dunder_required(v, "__index__", &[])
}
pub unsafe fn slot_nb_int(v: Value) -> Value {
    dunder_required(v, "__int__", &[])
}
pub unsafe fn slot_nb_float(v: Value) -> Value {
    dunder_required(v, "__float__", &[])
}

pub unsafe fn slot_nb_power3(a: Value, b: Value, m: Value) -> Value {
    if is_none(m) {
        return BINARY_SLOTS[BinOp::Pow as usize](a, b);
    }
    let ta = type_of(a);
    if (*ta).nb.power3.map(|f| f as usize) == Some(slot_nb_power3 as TernaryFn as usize) {
        return dunder_or_ni(a, "__pow__", &[b, m]);
    }
    not_implemented()
}

/// Whether `name` resolves to different objects on `tb` and `ta`.
unsafe fn method_is_overloaded(
    ta: *mut TypeObject,
    tb: *mut TypeObject,
    name: &'static str,
) -> bool {
    let b = type_lookup_str(tb, name);
    if b.is_null() {
        return false;
    }
    let a = type_lookup_str(ta, name);
    a.is_null() || a != b
}

unsafe fn binop_generic(op: BinOp, me: usize, a: Value, b: Value) -> Value {
    let (fwd, refl, _) = op.dunders();
    let ta = type_of(a);
    let tb = type_of(b);
    let i = op as usize;
    let a_ours = (*ta).nb.binary[i].map(|f| f as usize) == Some(me);
    let mut do_other = ta != tb
        && (*tb).nb.binary[i].map(|f| f as usize) == Some(me)
        && !type_lookup_str(tb, refl).is_null();
    if a_ours {
        if do_other && is_subtype(tb, ta) && method_is_overloaded(ta, tb, refl) {
            let r = dunder_or_ni(b, refl, &[a]);
            if !is_not_implemented(r) {
                return r;
            }
            do_other = false;
        }
        let r = dunder_or_ni(a, fwd, &[b]);
        if !is_not_implemented(r) || ta == tb {
            return r;
        }
    }
    if do_other {
        return dunder_or_ni(b, refl, &[a]);
    }
    not_implemented()
}

macro_rules! binops {
    ($($name:ident => $op:expr),* $(,)?) => {
        $(unsafe fn $name(a: Value, b: Value) -> Value {
            binop_generic($op, $name as BinaryFn as usize, a, b)
        })*
    };
}
binops! {
    slot_nb_add => BinOp::Add,
    slot_nb_and => BinOp::And,
    slot_nb_floordiv => BinOp::FloorDiv,
    slot_nb_lshift => BinOp::LShift,
    slot_nb_matmul => BinOp::MatMul,
    slot_nb_mul => BinOp::Mul,
    slot_nb_mod => BinOp::Mod,
    slot_nb_or => BinOp::Or,
    slot_nb_pow => BinOp::Pow,
    slot_nb_rshift => BinOp::RShift,
    slot_nb_sub => BinOp::Sub,
    slot_nb_truediv => BinOp::TrueDiv,
    slot_nb_xor => BinOp::Xor,
    slot_nb_divmod => BinOp::Divmod,
}

/// Generic binary slots, indexed by `BinOp`.
pub static BINARY_SLOTS: [BinaryFn; NB_BINARY_COUNT] = [
    slot_nb_add,
    slot_nb_and,
    slot_nb_floordiv,
    slot_nb_lshift,
    slot_nb_matmul,
    slot_nb_mul,
    slot_nb_mod,
    slot_nb_or,
    slot_nb_pow,
    slot_nb_rshift,
    slot_nb_sub,
    slot_nb_truediv,
    slot_nb_xor,
    slot_nb_divmod,
];

macro_rules! inplace {
    ($($name:ident => $dunder:literal),* $(,)?) => {
        $(unsafe fn $name(a: Value, b: Value) -> Value {
            dunder_or_ni(a, $dunder, &[b])
        })*
    };
}
inplace! {
    slot_nb_iadd => "__iadd__",
    slot_nb_iand => "__iand__",
    slot_nb_ifloordiv => "__ifloordiv__",
    slot_nb_ilshift => "__ilshift__",
    slot_nb_imatmul => "__imatmul__",
    slot_nb_imul => "__imul__",
    slot_nb_imod => "__imod__",
    slot_nb_ior => "__ior__",
    slot_nb_ipow => "__ipow__",
    slot_nb_irshift => "__irshift__",
    slot_nb_isub => "__isub__",
    slot_nb_itruediv => "__itruediv__",
    slot_nb_ixor => "__ixor__",
}

/// Generic in-place slots, indexed by `BinOp`.
pub static INPLACE_SLOTS: [BinaryFn; NB_INPLACE_COUNT] = [
    slot_nb_iadd,
    slot_nb_iand,
    slot_nb_ifloordiv,
    slot_nb_ilshift,
    slot_nb_imatmul,
    slot_nb_imul,
    slot_nb_imod,
    slot_nb_ior,
    slot_nb_ipow,
    slot_nb_irshift,
    slot_nb_isub,
    slot_nb_itruediv,
    slot_nb_ixor,
];

macro_rules! unary {
    ($($name:ident => $dunder:literal),* $(,)?) => {
        $(unsafe fn $name(a: Value) -> Value {
            dunder_or_ni(a, $dunder, &[])
        })*
    };
}
unary! {
    slot_nb_neg => "__neg__",
    slot_nb_pos => "__pos__",
    slot_nb_invert => "__invert__",
    slot_nb_abs => "__abs__",
}

/// Generic unary slots, indexed by `UnaryOp`.
pub static UNARY_SLOTS: [UnaryFn; 4] = [slot_nb_neg, slot_nb_pos, slot_nb_invert, slot_nb_abs];
