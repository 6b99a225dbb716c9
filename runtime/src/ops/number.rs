//! Numeric operator dispatch, CPython's `binary_op1`/`binary_iop1` rules:
//! the right operand's slot goes first when its type is a proper subclass
//! of the left's; `NotImplemented` from one side tries the other; `+` and
//! `*` fall back to sequence concatenation/repetition; in-place operators
//! try the in-place slot first. Messages are CPython's
//! ("unsupported operand type(s) for +: 'int' and 'str'").

use crate::errors::*;
use crate::object::{decref, Value};
use crate::objects::int::{self, index_value};
use crate::objects::singletons::{is_not_implemented, not_implemented};
use crate::types::slots::{BinOp, UnaryOp};
use crate::types::typeobject::*;

/// Try the operand slots for `op` (no sequence fallback, no error):
/// returns NotImplemented (immortal) when neither handles the operands.
unsafe fn binary_op1(a: Value, b: Value, op: BinOp) -> Value {
    let ta = type_of(a);
    let tb = type_of(b);
    let slota = (*ta).nb.binary[op as usize];
    let mut slotb = if tb != ta {
        (*tb).nb.binary[op as usize]
    } else {
        None
    };
    if slotb.map(|f| f as usize) == slota.map(|f| f as usize) {
        slotb = None;
    }
    if let Some(fa) = slota {
        if let Some(fb) = slotb {
            if is_subtype(tb, ta) {
                let r = fb(a, b);
                if !is_not_implemented(r) {
                    return r;
                }
                slotb = None;
            }
        }
        let r = fa(a, b);
        if !is_not_implemented(r) {
            return r;
        }
    }
    if let Some(fb) = slotb {
        return fb(a, b);
    }
    not_implemented()
}

fn unsupported(a: Value, b: Value, sym: &str) -> Value {
    crate::type_error!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        type_name(a),
        type_name(b)
    )
}

fn op_symbol(op: BinOp) -> &'static str {
    if op == BinOp::Pow {
        "** or pow()"
    } else {
        op.symbol()
    }
}

/// `seq * n` through the sequence's `sq_repeat`.
unsafe fn sequence_repeat(f: crate::types::slots::SsizeArgFn, seq: Value, n: Value) -> Value {
    match index_value(n) {
        Some(Ok(count)) => f(seq, count),
        Some(Err(())) => {
            if matches(crate::errors::exceptions::INDEX_ERROR.ptr()) {
                // CPython raises OverflowError for huge repeat counts.
                clear();
                return crate::errors::raise_overflow_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    type_name(n)
                ));
            }
            Value::NULL
        }
        None => crate::type_error!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(n)
        ),
    }
}

/// `a <op> b` (borrowed operands; new reference or null).
pub fn binary_op(a: Value, b: Value, op: BinOp) -> Value {
    if a.is_small() && b.is_small() {
        let (x, y) = (a.as_small(), b.as_small());
        match op {
            BinOp::Add => return int::from_i64(x + y),
            BinOp::Sub => return int::from_i64(x - y),
            _ => {}
        }
    }
    // SAFETY: slot calls on valid values.
    unsafe {
        let r = binary_op1(a, b, op);
        if !is_not_implemented(r) {
            return r;
        }
        let ta = type_of(a);
        let tb = type_of(b);
        match op {
            BinOp::Add => {
                if let Some(f) = (*ta).sq.sq_concat {
                    return f(a, b);
                }
            }
            BinOp::Mul => {
                if let Some(f) = (*ta).sq.sq_repeat {
                    return sequence_repeat(f, a, b);
                }
                if let Some(f) = (*tb).sq.sq_repeat {
                    return sequence_repeat(f, b, a);
                }
            }
            _ => {}
        }
    }
    unsupported(a, b, op_symbol(op))
}

/// `a <op>= b`: the in-place slot first, then the binary dispatch (new
/// reference or null). `op` must not be `Divmod`.
pub fn inplace_op(a: Value, b: Value, op: BinOp) -> Value {
    if a.is_small() && b.is_small() {
        let (x, y) = (a.as_small(), b.as_small());
        match op {
            BinOp::Add => return int::from_i64(x + y),
            BinOp::Sub => return int::from_i64(x - y),
            _ => {}
        }
    }
    // SAFETY: slot calls on valid values.
    unsafe {
        let ta = type_of(a);
        if let Some(f) = (*ta).nb.inplace.get(op as usize).copied().flatten() {
            let r = f(a, b);
            if !is_not_implemented(r) {
                return r;
            }
        }
        let r = binary_op1(a, b, op);
        if !is_not_implemented(r) {
            return r;
        }
        let tb = type_of(b);
        match op {
            BinOp::Add => {
                if let Some(f) = (*ta).sq.sq_inplace_concat {
                    return f(a, b);
                }
                if let Some(f) = (*ta).sq.sq_concat {
                    return f(a, b);
                }
            }
            BinOp::Mul => {
                if let Some(f) = (*ta).sq.sq_inplace_repeat {
                    return sequence_repeat(f, a, b);
                }
                if let Some(f) = (*ta).sq.sq_repeat {
                    return sequence_repeat(f, a, b);
                }
                if let Some(f) = (*tb).sq.sq_repeat {
                    return sequence_repeat(f, b, a);
                }
            }
            _ => {}
        }
    }
    unsupported(a, b, op.inplace_symbol())
}

/// `pow(a, b, m)`; with `m` None this is `a ** b`.
pub fn power(a: Value, b: Value, m: Value) -> Value {
    if crate::objects::singletons::is_none(m) {
        return binary_op(a, b, BinOp::Pow);
    }
    // SAFETY: slot calls on valid values.
    unsafe {
        let ta = type_of(a);
        let tb = type_of(b);
        let tm = type_of(m);
        let mut tried: Vec<usize> = Vec::new();
        for t in [ta, tb, tm] {
            if let Some(f) = (*t).nb.power3 {
                if tried.contains(&(f as usize)) {
                    continue;
                }
                tried.push(f as usize);
                let r = f(a, b, m);
                if !is_not_implemented(r) {
                    return r;
                }
            }
        }
        crate::type_error!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            (*ta).name(),
            (*tb).name(),
            (*tm).name()
        )
    }
}

/// Unary `-a`, `+a`, `~a`, `abs(a)`.
pub fn unary_op(a: Value, op: UnaryOp) -> Value {
    if a.is_small() {
        let x = a.as_small();
        match op {
            UnaryOp::Neg => return int::from_i64(-x),
            UnaryOp::Pos => return a,
            UnaryOp::Invert => return int::from_i64(!x),
            UnaryOp::Abs => return int::from_i64(x.abs()),
        }
    }
    // SAFETY: slot call.
    unsafe {
        if let Some(f) = (*type_of(a)).nb.unary[op as usize] {
            let r = f(a);
            if !is_not_implemented(r) {
                return r;
            }
        }
    }
    crate::type_error!("bad operand type for {}: '{}'", op.symbol(), type_name(a))
}

/// `int(x)` for a non-str argument (`__int__`, then `__index__`).
pub fn number_to_int(x: Value) -> Value {
    if int::is_exact_int(x) {
        return crate::object::new_ref(x);
    }
    let ty = type_of(x);
    // SAFETY: slot calls.
    unsafe {
        for (slot, what) in [
            ((*ty).nb.nb_int, "__int__"),
            ((*ty).nb.nb_index, "__index__"),
        ] {
            if let Some(f) = slot {
                let r = f(x);
                if r.is_null() {
                    return r;
                }
                if !int::is_int(r) {
                    let n = type_name(r);
                    decref(r);
                    return crate::type_error!("{what} returned non-int (type {n})");
                }
                if !int::is_exact_int(r) {
                    let v = int::arith::int_pos(r);
                    decref(r);
                    return v;
                }
                return r;
            }
        }
    }
    crate::type_error!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )
}

/// `float(x)` for a non-str argument (`__float__`, then `__index__`).
pub fn number_to_float(x: Value) -> Value {
    use crate::objects::float;
    let ty = type_of(x);
    // SAFETY: slot calls.
    unsafe {
        if let Some(f) = (*ty).nb.nb_float {
            let r = f(x);
            if r.is_null() || float::is_float(r) {
                return r;
            }
            let n = type_name(r);
            decref(r);
            return crate::type_error!("{}.__float__ returned non-float (type {n})", (*ty).name());
        }
        if (*ty).nb.nb_index.is_some() {
            let i = number_to_int(x);
            if i.is_null() {
                return i;
            }
            let r = match int::int_val(i) {
                Some(v) => match int::convert::int_to_f64(&v) {
                    Ok(f) => float::new_float(f),
                    Err(()) => Value::NULL,
                },
                None => Value::NULL,
            };
            decref(i);
            return r;
        }
    }
    crate::type_error!(
        "float() argument must be a string or a real number, not '{}'",
        type_name(x)
    )
}

/// `divmod(a, b)`.
pub fn divmod(a: Value, b: Value) -> Value {
    // SAFETY: slot dispatch.
    let r = unsafe { binary_op1(a, b, BinOp::Divmod) };
    if !is_not_implemented(r) {
        return r;
    }
    unsupported(a, b, "divmod()")
}
