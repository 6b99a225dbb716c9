//! int arithmetic, bitwise and comparison slots, with Python semantics
//! (floor division and modulo rounding toward negative infinity, true
//! division correctly rounded, negative powers producing floats, three
//! argument pow with modular inverses) and CPython's error messages.
//!
//! Every binary slot returns NotImplemented unless both operands are ints.

use super::*;
use crate::errors::*;
use crate::objects::float::new_float;
use crate::objects::singletons::not_implemented;
use crate::types::slots::{BinOp, CompareOp, NumberSlots, UnaryOp, NB_BINARY_COUNT};
use num_integer::Integer;
use num_traits::{One, Pow};

/// Results larger than this many bits raise MemoryError instead of
/// attempting the allocation (the Rust allocator aborts on failure).
const MAX_RESULT_BITS: i64 = 1 << 33;

macro_rules! both_ints {
    ($a:ident, $b:ident, $x:ident, $y:ident) => {
        let (Some($x), Some($y)) = (int_val($a), int_val($b)) else {
            return not_implemented();
        };
    };
}

unsafe fn int_add(a: Value, b: Value) -> Value {
    if a.is_small() && b.is_small() {
        return from_i64(a.as_small() + b.as_small());
    }
    both_ints!(a, b, x, y);
    match (x.to_i64(), y.to_i64()) {
        (Some(p), Some(q)) => from_i128(p as i128 + q as i128),
        _ => from_bigint(x.to_big().as_ref() + y.to_big().as_ref()),
    }
}

unsafe fn int_sub(a: Value, b: Value) -> Value {
    if a.is_small() && b.is_small() {
        return from_i64(a.as_small() - b.as_small());
    }
    both_ints!(a, b, x, y);
    match (x.to_i64(), y.to_i64()) {
        (Some(p), Some(q)) => from_i128(p as i128 - q as i128),
        _ => from_bigint(x.to_big().as_ref() - y.to_big().as_ref()),
    }
}

unsafe fn int_mul(a: Value, b: Value) -> Value {
    if a.is_small() && b.is_small() {
        if let Some(r) = a.as_small().checked_mul(b.as_small()) {
            return from_i64(r);
        }
    }
    both_ints!(a, b, x, y);
    match (x.to_i64(), y.to_i64()) {
        (Some(p), Some(q)) => from_i128(p as i128 * q as i128),
        _ => from_bigint(x.to_big().as_ref() * y.to_big().as_ref()),
    }
}

/// Floor division and modulo of i64s (b != 0), Python rounding.
#[inline]
pub fn floor_divmod_i64(a: i64, b: i64) -> (i128, i128) {
    let (a, b) = (a as i128, b as i128);
    let (q, r) = (a / b, a % b);
    if r != 0 && ((r < 0) != (b < 0)) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

fn big_floor_divmod(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    x.div_mod_floor(y)
}

unsafe fn int_floordiv(a: Value, b: Value) -> Value {
    both_ints!(a, b, x, y);
    if y.is_zero() {
        return raise_zero_division_error("integer division or modulo by zero");
    }
    match (x.to_i64(), y.to_i64()) {
        (Some(p), Some(q)) => from_i128(floor_divmod_i64(p, q).0),
        _ => from_bigint(big_floor_divmod(&x.to_big(), &y.to_big()).0),
    }
}

unsafe fn int_mod(a: Value, b: Value) -> Value {
    both_ints!(a, b, x, y);
    if y.is_zero() {
        return raise_zero_division_error("integer modulo by zero");
    }
    match (x.to_i64(), y.to_i64()) {
        (Some(p), Some(q)) => from_i128(floor_divmod_i64(p, q).1),
        _ => from_bigint(big_floor_divmod(&x.to_big(), &y.to_big()).1),
    }
}

unsafe fn int_divmod(a: Value, b: Value) -> Value {
    both_ints!(a, b, x, y);
    if y.is_zero() {
        return raise_zero_division_error("integer division or modulo by zero");
    }
    let (q, r) = match (x.to_i64(), y.to_i64()) {
        (Some(p), Some(q)) => {
            let (d, m) = floor_divmod_i64(p, q);
            (from_i128(d), from_i128(m))
        }
        _ => {
            let (d, m) = big_floor_divmod(&x.to_big(), &y.to_big());
            (from_bigint(d), from_bigint(m))
        }
    };
    crate::objects::tuple::tuple_pack_steal(&[q, r])
}

/// Correctly rounded `x / y` for ints (y != 0), or OverflowError.
pub fn true_divide(x: &IntVal, y: &IntVal) -> Result<f64, ()> {
    const EXACT: i64 = 1 << 53;
    if let (Some(p), Some(q)) = (x.to_i64(), y.to_i64()) {
        if p.abs() <= EXACT && q.abs() <= EXACT {
            return Ok(p as f64 / q as f64);
        }
    }
    let (a, b) = (x.to_big(), y.to_big());
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so the integer quotient has 55..=56 significant bits, then
    // round half to even using the remainder as a sticky bit.
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b.clone())
    } else {
        (a.clone(), b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q;
    let extra = q.bits() as i64 - 53;
    let exp = -shift;
    let mut e = exp;
    if extra > 0 {
        let mask = (BigInt::one() << extra as usize) - 1;
        let low = &q & &mask;
        let half = BigInt::one() << (extra as usize - 1);
        q >>= extra as usize;
        e += extra;
        let round_up = low > half || (low == half && (!r.is_zero() || q.is_odd()));
        if round_up {
            q += 1;
        }
    }
    let m = q.to_f64().unwrap_or(f64::INFINITY);
    let v = ldexp(m, e);
    if v.is_infinite() {
        raise_overflow_error("integer division result too large for a float");
        return Err(());
    }
    Ok(if negative { -v } else { v })
}

/// `m * 2^e` without intermediate overflow for the ranges used here.
pub fn ldexp(m: f64, e: i64) -> f64 {
    let mut v = m;
    let mut e = e;
    while e > 1000 {
        v *= 2f64.powi(1000);
        e -= 1000;
        if v.is_infinite() {
            return v;
        }
    }
    while e < -1000 {
        v *= 2f64.powi(-1000);
        e += 1000;
        if v == 0.0 {
            return v;
        }
    }
    // Split to keep subnormal results correctly rounded once.
    if e < -1022 {
        v * 2f64.powi((e + 1022) as i32) * 2f64.powi(-1022)
    } else {
        v * 2f64.powi(e as i32)
    }
}

unsafe fn int_truediv(a: Value, b: Value) -> Value {
    both_ints!(a, b, x, y);
    if y.is_zero() {
        return raise_zero_division_error("division by zero");
    }
    match true_divide(&x, &y) {
        Ok(f) => new_float(f),
        Err(()) => Value::NULL,
    }
}

unsafe fn int_pow(a: Value, b: Value) -> Value {
    int_pow3(a, b, crate::objects::singletons::none())
}

unsafe fn int_pow3(a: Value, b: Value, m: Value) -> Value {
    both_ints!(a, b, x, y);
    if !crate::objects::singletons::is_none(m) {
        let Some(z) = int_val(m) else {
            return not_implemented();
        };
        return modpow(&x, &y, &z);
    }
    if y.is_negative() {
        let fx = match convert::int_to_f64(&x) {
            Ok(f) => f,
            Err(()) => return Value::NULL,
        };
        let fy = match convert::int_to_f64(&y) {
            Ok(f) => f,
            Err(()) => return Value::NULL,
        };
        return crate::objects::float::float_pow_values(fx, fy);
    }
    // Small fast path.
    if let (Some(base), Some(exp)) = (x.to_i64(), y.to_i64()) {
        if let Ok(e32) = u32::try_from(exp) {
            if let Some(r) = base.checked_pow(e32) {
                return from_i64(r);
            }
        }
        if base == 0 || base == 1 {
            return from_i64(base);
        }
        if base == -1 {
            return from_i64(if exp & 1 == 0 { 1 } else { -1 });
        }
    }
    let exp = match y.to_big().to_u64() {
        Some(e) if e <= u32::MAX as u64 => e as u32,
        _ => return raise_memory_error(),
    };
    let base = x.to_big();
    if (base.bits() as i64).saturating_mul(exp as i64) > MAX_RESULT_BITS {
        return raise_memory_error();
    }
    from_bigint(Pow::pow(base.as_ref(), exp))
}

fn modpow(x: &IntVal, y: &IntVal, z: &IntVal) -> Value {
    if z.is_zero() {
        return raise_value_error("pow() 3rd argument cannot be 0");
    }
    let m = z.to_big().into_owned();
    let neg_mod = m.is_negative();
    let m_abs = m.abs();
    let mut base = x.to_big().into_owned().mod_floor(&m_abs);
    let mut e = y.to_big().into_owned();
    if e.is_negative() {
        // Modular inverse via the extended Euclidean algorithm.
        let g = base.extended_gcd(&m_abs);
        if !g.gcd.is_one() {
            return raise_value_error("base is not invertible for the given modulus");
        }
        base = g.x.mod_floor(&m_abs);
        e = -e;
    }
    let mut r = base.modpow(&e, &m_abs);
    if neg_mod && !r.is_zero() {
        r -= &m_abs;
    }
    from_bigint(r)
}

unsafe fn int_lshift(a: Value, b: Value) -> Value {
    both_ints!(a, b, x, y);
    if y.is_negative() {
        return raise_value_error("negative shift count");
    }
    if x.is_zero() {
        return from_i64(0);
    }
    if let (Some(p), Some(s)) = (x.to_i64(), y.to_i64()) {
        if s < 64 {
            let wide = (p as i128) << s;
            if wide >> s == p as i128 {
                return from_i128(wide);
            }
        }
    }
    let Some(s) = y.to_i64().filter(|s| *s <= MAX_RESULT_BITS) else {
        return raise_memory_error();
    };
    from_bigint(x.to_big().as_ref() << s as usize)
}

unsafe fn int_rshift(a: Value, b: Value) -> Value {
    both_ints!(a, b, x, y);
    if y.is_negative() {
        return raise_value_error("negative shift count");
    }
    let s = y.to_i64().unwrap_or(i64::MAX);
    match x.to_i64() {
        Some(p) => from_i64(p >> s.min(63)),
        None => {
            if s > u32::MAX as i64 {
                return from_i64(if x.is_negative() { -1 } else { 0 });
            }
            from_bigint(x.to_big().as_ref() >> s as usize)
        }
    }
}

macro_rules! bitop {
    ($fname:ident, $op:tt) => {
        unsafe fn $fname(a: Value, b: Value) -> Value {
            if a.is_small() && b.is_small() {
                return from_i64(a.as_small() $op b.as_small());
            }
            both_ints!(a, b, x, y);
            match (x.to_i64(), y.to_i64()) {
                (Some(p), Some(q)) => from_i64(p $op q),
                _ => from_bigint(x.to_big().as_ref() $op y.to_big().as_ref()),
            }
        }
    };
}
bitop!(int_and, &);
bitop!(int_or, |);
bitop!(int_xor, ^);

unsafe fn int_neg(a: Value) -> Value {
    match int_val(a) {
        Some(IntVal::Small(i)) => from_i64(-i),
        Some(IntVal::Big(b)) => from_bigint(-b),
        None => not_implemented(),
    }
}

/// `+a` / `int(a)` for an int: the exact-int copy of the value.
pub unsafe fn int_pos(a: Value) -> Value {
    if is_exact_int(a) {
        return crate::object::new_ref(a);
    }
    match int_val(a) {
        Some(IntVal::Small(i)) => from_i64(i),
        Some(IntVal::Big(b)) => from_bigint(b.clone()),
        None => not_implemented(),
    }
}

unsafe fn int_invert(a: Value) -> Value {
    match int_val(a) {
        Some(IntVal::Small(i)) => from_i64(!i),
        Some(IntVal::Big(b)) => from_bigint(!b),
        None => not_implemented(),
    }
}

unsafe fn int_abs(a: Value) -> Value {
    match int_val(a) {
        Some(IntVal::Small(i)) => from_i64(i.abs()),
        Some(IntVal::Big(b)) => from_bigint(b.abs()),
        None => not_implemented(),
    }
}

unsafe fn int_bool(a: Value) -> i32 {
    int_val(a).is_some_and(|x| !x.is_zero()) as i32
}

unsafe fn int_float(a: Value) -> Value {
    match int_val(a) {
        Some(x) => match convert::int_to_f64(&x) {
            Ok(f) => new_float(f),
            Err(()) => Value::NULL,
        },
        None => not_implemented(),
    }
}

/// Compare two int values.
pub fn cmp_int_vals(x: &IntVal, y: &IntVal) -> std::cmp::Ordering {
    match (x, y) {
        (IntVal::Small(p), IntVal::Small(q)) => p.cmp(q),
        _ => x.to_big().as_ref().cmp(y.to_big().as_ref()),
    }
}

pub(super) unsafe fn int_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    if a.is_small() && b.is_small() {
        return crate::objects::bool::from_bool(op.test(a.as_small().cmp(&b.as_small())));
    }
    both_ints!(a, b, x, y);
    crate::objects::bool::from_bool(op.test(cmp_int_vals(&x, &y)))
}

const fn binary_table() -> [Option<crate::types::slots::BinaryFn>; NB_BINARY_COUNT] {
    let mut t: [Option<crate::types::slots::BinaryFn>; NB_BINARY_COUNT] = [None; NB_BINARY_COUNT];
    t[BinOp::Add as usize] = Some(int_add);
    t[BinOp::Sub as usize] = Some(int_sub);
    t[BinOp::Mul as usize] = Some(int_mul);
    t[BinOp::FloorDiv as usize] = Some(int_floordiv);
    t[BinOp::Mod as usize] = Some(int_mod);
    t[BinOp::Divmod as usize] = Some(int_divmod);
    t[BinOp::TrueDiv as usize] = Some(int_truediv);
    t[BinOp::Pow as usize] = Some(int_pow);
    t[BinOp::LShift as usize] = Some(int_lshift);
    t[BinOp::RShift as usize] = Some(int_rshift);
    t[BinOp::And as usize] = Some(int_and);
    t[BinOp::Or as usize] = Some(int_or);
    t[BinOp::Xor as usize] = Some(int_xor);
    t
}

const fn unary_table() -> [Option<crate::types::slots::UnaryFn>; 4] {
    let mut t: [Option<crate::types::slots::UnaryFn>; 4] = [None; 4];
    t[UnaryOp::Neg as usize] = Some(int_neg);
    t[UnaryOp::Pos as usize] = Some(int_pos);
    t[UnaryOp::Invert as usize] = Some(int_invert);
    t[UnaryOp::Abs as usize] = Some(int_abs);
    t
}

pub const INT_NUMBER_SLOTS: NumberSlots = NumberSlots {
    binary: binary_table(),
    power3: Some(int_pow3),
    unary: unary_table(),
    nb_bool: Some(int_bool),
    nb_int: Some(int_pos),
    nb_float: Some(int_float),
    nb_index: Some(int_pos),
    ..NumberSlots::EMPTY
};
