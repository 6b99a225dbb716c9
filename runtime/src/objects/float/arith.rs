//! float arithmetic slots and construction. Operands may be floats or ints
//! (converted exactly, OverflowError when an int is too large); anything
//! else gives NotImplemented.

use super::*;
use crate::errors::*;
use crate::objects::int::{convert::int_to_f64, int_val};
use crate::objects::singletons::not_implemented;
use crate::types::slots::{BinOp, NumberSlots, UnaryOp, NB_BINARY_COUNT};

/// Convert a float-or-int operand: None = not a number (NotImplemented),
/// Some(Err) = OverflowError set.
#[inline]
fn operand(v: Value) -> Option<Result<f64, ()>> {
    if is_float(v) {
        return Some(Ok(float_value(v)));
    }
    if v.is_small() {
        return Some(Ok(v.as_small() as f64));
    }
    int_val(v).map(|x| int_to_f64(&x))
}

macro_rules! operands {
    ($a:ident, $b:ident, $x:ident, $y:ident) => {
        let $x = match operand($a) {
            Some(Ok(f)) => f,
            Some(Err(())) => return Value::NULL,
            None => return not_implemented(),
        };
        let $y = match operand($b) {
            Some(Ok(f)) => f,
            Some(Err(())) => return Value::NULL,
            None => return not_implemented(),
        };
    };
}

unsafe fn float_add(a: Value, b: Value) -> Value {
    operands!(a, b, x, y);
    new_float(x + y)
}
unsafe fn float_sub(a: Value, b: Value) -> Value {
    operands!(a, b, x, y);
    new_float(x - y)
}
unsafe fn float_mul(a: Value, b: Value) -> Value {
    operands!(a, b, x, y);
    new_float(x * y)
}
unsafe fn float_truediv(a: Value, b: Value) -> Value {
    operands!(a, b, x, y);
    if y == 0.0 {
        return raise_zero_division_error("float division by zero");
    }
    new_float(x / y)
}

/// Python's float modulo (result has the sign of `y`), y != 0.
pub fn float_mod_values(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// Python's float floor division and modulo, y != 0.
pub fn float_divmod_values(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

unsafe fn float_mod(a: Value, b: Value) -> Value {
    operands!(a, b, x, y);
    if y == 0.0 {
        return raise_zero_division_error("float modulo");
    }
    new_float(float_mod_values(x, y))
}
unsafe fn float_floordiv(a: Value, b: Value) -> Value {
    operands!(a, b, x, y);
    if y == 0.0 {
        return raise_zero_division_error("float floor division by zero");
    }
    new_float(float_divmod_values(x, y).0)
}
unsafe fn float_divmod(a: Value, b: Value) -> Value {
    operands!(a, b, x, y);
    if y == 0.0 {
        return raise_zero_division_error("float divmod()");
    }
    let (q, r) = float_divmod_values(x, y);
    let (q, r) = (new_float(q), new_float(r));
    crate::objects::tuple::tuple_pack_steal(&[q, r])
}

/// `x ** y` for floats with CPython's special cases and errors
/// (`crate::num::float::float_pow`). A negative base with a fractional
/// exponent has a complex result, as in CPython.
pub fn float_pow_values(x: f64, y: f64) -> Value {
    use crate::num::float::{float_pow, FloatPow};
    match float_pow(x, y) {
        Ok(FloatPow::Float(f)) => new_float(f),
        Ok(FloatPow::Complex(re, im)) => crate::objects::complex::new_complex(re, im),
        Err(e) if e.kind == crate::num::error::ExcKind::OverflowError && e.msg.starts_with('(') => {
            // CPython raises OverflowError(34, 'Numerical result out of range').
            let msg = crate::objects::str::new_str("Numerical result out of range");
            let args = crate::objects::tuple::tuple_pack_steal(&[Value::small_unchecked(34), msg]);
            if !args.is_null() {
                let e = crate::errors::exceptions::new_exception_args(
                    crate::errors::exceptions::OVERFLOW_ERROR.ptr(),
                    args,
                );
                if !e.is_null() {
                    set_exception(e);
                }
            }
            Value::NULL
        }
        Err(e) => raise_alg(e),
    }
}

unsafe fn float_pow3(a: Value, b: Value, m: Value) -> Value {
    if !crate::objects::singletons::is_none(m) {
        return raise_type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        );
    }
    operands!(a, b, x, y);
    float_pow_values(x, y)
}
unsafe fn float_pow(a: Value, b: Value) -> Value {
    float_pow3(a, b, crate::objects::singletons::none())
}

unsafe fn float_neg(a: Value) -> Value {
    new_float(-float_value(a))
}
unsafe fn float_pos(a: Value) -> Value {
    if type_of(a) == FLOAT_TYPE.ptr() {
        return crate::object::new_ref(a);
    }
    new_float(float_value(a))
}
unsafe fn float_abs(a: Value) -> Value {
    new_float(float_value(a).abs())
}
unsafe fn float_bool(a: Value) -> i32 {
    (float_value(a) != 0.0) as i32
}

/// `int(f)`: truncate toward zero, with CPython's errors for inf/nan.
pub fn float_to_int(f: f64) -> Value {
    if f.is_nan() {
        return raise_value_error("cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return raise_overflow_error("cannot convert float infinity to integer");
    }
    let t = f.trunc();
    if t.abs() < 4.0e18 {
        return crate::objects::int::from_i64(t as i64);
    }
    use num_traits::FromPrimitive;
    match num_bigint::BigInt::from_f64(t) {
        Some(b) => crate::objects::int::from_bigint(b),
        None => raise_overflow_error("cannot convert float infinity to integer"),
    }
}

unsafe fn float_int(a: Value) -> Value {
    float_to_int(float_value(a))
}

const fn binary_table() -> [Option<crate::types::slots::BinaryFn>; NB_BINARY_COUNT] {
    let mut t: [Option<crate::types::slots::BinaryFn>; NB_BINARY_COUNT] = [None; NB_BINARY_COUNT];
    t[BinOp::Add as usize] = Some(float_add);
    t[BinOp::Sub as usize] = Some(float_sub);
    t[BinOp::Mul as usize] = Some(float_mul);
    t[BinOp::TrueDiv as usize] = Some(float_truediv);
    t[BinOp::FloorDiv as usize] = Some(float_floordiv);
    t[BinOp::Mod as usize] = Some(float_mod);
    t[BinOp::Divmod as usize] = Some(float_divmod);
    t[BinOp::Pow as usize] = Some(float_pow);
    t
}

const fn unary_table() -> [Option<crate::types::slots::UnaryFn>; 4] {
    let mut t: [Option<crate::types::slots::UnaryFn>; 4] = [None; 4];
    t[UnaryOp::Neg as usize] = Some(float_neg);
    t[UnaryOp::Pos as usize] = Some(float_pos);
    t[UnaryOp::Abs as usize] = Some(float_abs);
    t
}

pub const FLOAT_NUMBER_SLOTS: NumberSlots = NumberSlots {
    binary: binary_table(),
    power3: Some(float_pow3),
    unary: unary_table(),
    nb_bool: Some(float_bool),
    nb_int: Some(float_int),
    nb_float: Some(float_pos),
    ..NumberSlots::EMPTY
};

/// Parse `float()`'s string syntax (`crate::num::float::parse_float`:
/// Python whitespace, sign, Unicode decimal digits, single underscores
/// between digits, `inf`/`infinity`/`nan` in any case).
pub fn parse_float(text: &str) -> Option<f64> {
    crate::num::float::parse_float(text).ok()
}

/// `float(x=0.0)`.
pub(super) unsafe fn float_new(
    ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    if !kwnames.is_null() && crate::objects::tuple::len(kwnames) != 0 {
        return raise_type_error("float() takes no keyword arguments");
    }
    if nargs > 1 {
        return crate::type_error!("float expected at most 1 argument, got {nargs}");
    }
    let f = if nargs == 0 {
        0.0
    } else {
        let x = *args;
        if crate::objects::str::is_str(x) {
            let text = crate::objects::str::as_str(x);
            match parse_float(text) {
                Some(f) => f,
                None => {
                    return crate::value_error!(
                        "could not convert string to float: {}",
                        crate::objects::str::repr::repr_string(text)
                    )
                }
            }
        } else {
            let r = crate::ops::number::number_to_float(x);
            if r.is_null() {
                return r;
            }
            if ty == FLOAT_TYPE.ptr() {
                return r;
            }
            let f = float_value(r);
            crate::object::decref(r);
            f
        }
    };
    new_float_of_type(ty, f)
}
