//! The `math` module: the float functions (through Rust's `f64`,
//! `crate::num::math` and the C library's libm, with
//! CPython's domain and range errors), the exact integer functions (`gcd`,
//! `lcm`, `isqrt`, `factorial`, `comb`, `perm`, `prod`), `fsum`
//! (exactly rounded), and the constants.

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::errors::*;
use crate::object::{decref, Value};
use crate::objects::{bool as pybool, float, int};
use crate::types::typeobject::type_name;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A float argument: floats, ints, or objects with `__float__`.
fn to_f64(v: Value) -> Result<f64, ()> {
    if float::is_float(v) {
        return Ok(float::float_value(v));
    }
    if let Some(iv) = int::int_val(v) {
        return match iv.to_big().to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => {
                raise_overflow_error("int too large to convert to float");
                Err(())
            }
        };
    }
    let f = crate::ops::number::number_to_float(v);
    if f.is_null() {
        if matches(crate::errors::exceptions::TYPE_ERROR.ptr()) {
            clear();
            crate::type_error!("must be real number, not {}", type_name(v));
        }
        return Err(());
    }
    let x = float::float_value(f);
    decref(f);
    Ok(x)
}

fn to_big(v: Value, fname: &str) -> Result<BigInt, ()> {
    if let Some(iv) = int::int_val(v) {
        return Ok(iv.to_big().into_owned());
    }
    match int::index_value(v) {
        Some(Ok(i)) => Ok(BigInt::from(i)),
        Some(Err(())) => Err(()),
        None => {
            let _ = fname;
            crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            );
            Err(())
        }
    }
}

fn result(x: f64, arg_finite: bool) -> Value {
    if x.is_nan() && arg_finite {
        return raise_value_error("math domain error");
    }
    if x.is_infinite() && arg_finite {
        return raise_overflow_error("math range error");
    }
    float::new_float(x)
}

macro_rules! unary_float {
    ($name:ident, $f:expr) => {
        unsafe fn $name(_m: Value, v: Value) -> Value {
            match to_f64(v) {
                Ok(x) => {
                    let f: fn(f64) -> f64 = $f;
                    result(f(x), x.is_finite())
                }
                Err(()) => Value::NULL,
            }
        }
    };
}

unary_float!(m_sqrt, |x| if x < 0.0 { f64::NAN } else { x.sqrt() });
unary_float!(m_exp, f64::exp);
unary_float!(m_sin, f64::sin);
unary_float!(m_cos, f64::cos);
unary_float!(m_tan, f64::tan);
unary_float!(m_asin, |x| if x.abs() > 1.0 { f64::NAN } else { x.asin() });
unary_float!(m_acos, |x| if x.abs() > 1.0 { f64::NAN } else { x.acos() });
unary_float!(m_atan, f64::atan);
unary_float!(m_sinh, f64::sinh);
unary_float!(m_cosh, f64::cosh);
unary_float!(m_tanh, f64::tanh);
unary_float!(m_fabs, f64::abs);
unary_float!(m_degrees, f64::to_degrees);
unary_float!(m_radians, f64::to_radians);
unary_float!(m_log2, |x| if x <= 0.0 { f64::NAN } else { x.log2() });
unary_float!(m_log10, |x| if x <= 0.0 { f64::NAN } else { x.log10() });
unary_float!(m_log1p, |x| if x <= -1.0 { f64::NAN } else { x.ln_1p() });
unary_float!(m_expm1, f64::exp_m1);
/// A one-argument libm function of `crate::num::math::unary` by name.
macro_rules! libm_unary {
    ($name:ident, $py:literal) => {
        unsafe fn $name(_m: Value, v: Value) -> Value {
            let Ok(x) = to_f64(v) else {
                return Value::NULL;
            };
            match crate::num::math::unary($py, x) {
                Some(Ok(r)) => float::new_float(r),
                Some(Err(e)) => raise_alg(e),
                None => raise_value_error("math domain error"),
            }
        }
    };
}
libm_unary!(m_acosh, "acosh");
libm_unary!(m_asinh, "asinh");
libm_unary!(m_atanh, "atanh");
libm_unary!(m_cbrt, "cbrt");
libm_unary!(m_exp2, "exp2");
libm_unary!(m_erf, "erf");
libm_unary!(m_erfc, "erfc");

mod clib {
    extern "C" {
        pub fn remainder(x: f64, y: f64) -> f64;
    }
}

/// Two float arguments of `fname`.
fn two_floats(args: &[Value], fname: &str) -> Result<(f64, f64), ()> {
    if args.len() != 2 {
        crate::type_error!("{fname} expected 2 arguments, got {}", args.len());
        return Err(());
    }
    Ok((to_f64(args[0])?, to_f64(args[1])?))
}

unsafe fn m_fmod(_m: Value, args: &[Value]) -> Value {
    let Ok((x, y)) = two_floats(args, "fmod") else {
        return Value::NULL;
    };
    match crate::num::math::fmod(x, y) {
        Ok(r) => float::new_float(r),
        Err(e) => raise_alg(e),
    }
}

unsafe fn m_remainder(_m: Value, args: &[Value]) -> Value {
    let Ok((x, y)) = two_floats(args, "remainder") else {
        return Value::NULL;
    };
    if x.is_nan() || y.is_nan() {
        return float::new_float(f64::NAN);
    }
    if x.is_infinite() || y == 0.0 {
        return raise_value_error("math domain error");
    }
    // SAFETY: IEEE remainder of plain doubles (exact).
    float::new_float(clib::remainder(x, y))
}

unsafe fn m_nextafter(_m: Value, args: &[Value]) -> Value {
    let Ok((x, y)) = two_floats(args, "nextafter") else {
        return Value::NULL;
    };
    float::new_float(crate::num::math::nextafter(x, y))
}

unsafe fn m_ulp(_m: Value, v: Value) -> Value {
    match to_f64(v) {
        Ok(x) => float::new_float(crate::num::math::ulp(x)),
        Err(()) => Value::NULL,
    }
}

unsafe fn m_frexp(_m: Value, v: Value) -> Value {
    let Ok(x) = to_f64(v) else {
        return Value::NULL;
    };
    let (m, e) = crate::num::math::frexp(x);
    crate::objects::tuple::tuple_pack_steal(&[float::new_float(m), int::from_i64(e)])
}

unsafe fn m_ldexp(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("ldexp expected 2 arguments, got {}", args.len());
    }
    let Ok(x) = to_f64(args[0]) else {
        return Value::NULL;
    };
    let Some(iv) = int::int_val(args[1]) else {
        return raise_type_error("Expected an int as second argument to ldexp.");
    };
    let big = iv.to_big();
    let e = big.to_i64().unwrap_or(if big.is_negative() {
        i64::MIN
    } else {
        i64::MAX
    });
    match crate::num::math::ldexp(x, e) {
        Ok(r) => float::new_float(r),
        Err(e) => raise_alg(e),
    }
}

unsafe fn m_modf(_m: Value, v: Value) -> Value {
    let Ok(x) = to_f64(v) else {
        return Value::NULL;
    };
    let (frac, whole) = crate::num::math::modf(x);
    crate::objects::tuple::tuple_pack_steal(&[float::new_float(frac), float::new_float(whole)])
}

unsafe fn m_log(_m: Value, args: &[Value]) -> Value {
    if args.is_empty() || args.len() > 2 {
        return crate::type_error!("log expected 1 or 2 arguments, got {}", args.len());
    }
    let ln = |v: Value| -> Result<f64, ()> {
        if let Some(iv) = int::int_val(v) {
            let b = iv.to_big();
            if !b.is_positive() {
                raise_value_error("math domain error");
                return Err(());
            }
            if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
                return Ok(f.ln());
            }
            // Huge ints: ln(m * 2^k) with m in [0.5, 1).
            let bits = b.bits();
            let shifted: BigInt = &*b >> (bits - 60);
            // m in [0.5, 1): log(m) + bits * log(2), as CPython's frexp.
            let m = shifted.to_f64().unwrap_or(1.0) / (1u64 << 60) as f64;
            return Ok(m.ln() + bits as f64 * std::f64::consts::LN_2);
        }
        let x = to_f64(v)?;
        if x <= 0.0 {
            raise_value_error("math domain error");
            return Err(());
        }
        Ok(x.ln())
    };
    let Ok(a) = ln(args[0]) else {
        return Value::NULL;
    };
    if args.len() == 2 {
        let Ok(b) = ln(args[1]) else {
            return Value::NULL;
        };
        if b == 0.0 {
            return raise_zero_division_error("float division by zero");
        }
        return float::new_float(a / b);
    }
    float::new_float(a)
}

unsafe fn m_pow(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("pow expected 2 arguments, got {}", args.len());
    }
    let (Ok(x), Ok(y)) = (to_f64(args[0]), to_f64(args[1])) else {
        return Value::NULL;
    };
    if x == 0.0 && y < 0.0 {
        return raise_value_error("math domain error");
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return raise_value_error("math domain error");
    }
    result(x.powf(y), x.is_finite() && y.is_finite())
}

unsafe fn m_atan2(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("atan2 expected 2 arguments, got {}", args.len());
    }
    let (Ok(y), Ok(x)) = (to_f64(args[0]), to_f64(args[1])) else {
        return Value::NULL;
    };
    float::new_float(y.atan2(x))
}

unsafe fn m_copysign(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("copysign expected 2 arguments, got {}", args.len());
    }
    let (Ok(x), Ok(y)) = (to_f64(args[0]), to_f64(args[1])) else {
        return Value::NULL;
    };
    float::new_float(x.copysign(y))
}

unsafe fn m_hypot(_m: Value, args: &[Value]) -> Value {
    let mut acc = 0.0f64;
    let mut inf = false;
    for &a in args {
        let Ok(x) = to_f64(a) else {
            return Value::NULL;
        };
        if x.is_infinite() {
            inf = true;
        }
        acc = acc.hypot(x);
    }
    float::new_float(if inf { f64::INFINITY } else { acc })
}

unsafe fn m_dist(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("dist expected 2 arguments, got {}", args.len());
    }
    let (Some(p), Some(q)) = (
        crate::ops::protocol::sequence_to_vec(args[0]),
        crate::ops::protocol::sequence_to_vec(args[1]),
    ) else {
        return Value::NULL;
    };
    let mut acc = 0.0f64;
    let mut ok = p.len() == q.len();
    if !ok {
        raise_value_error("both points must have the same number of dimensions");
    }
    for (a, b) in p.iter().zip(&q) {
        if !ok {
            break;
        }
        match (to_f64(*a), to_f64(*b)) {
            (Ok(x), Ok(y)) => acc = acc.hypot(x - y),
            _ => ok = false,
        }
    }
    for v in p.into_iter().chain(q) {
        decref(v);
    }
    if !ok {
        return Value::NULL;
    }
    float::new_float(acc)
}

/// floor/ceil/trunc: `__floor__` etc. of Python classes, else via float.
unsafe fn rounding(v: Value, dunder: &'static str, f: fn(f64) -> f64) -> Value {
    if int::is_int(v) {
        return int::from_bigint(
            int::int_val(v)
                .map(|i| i.to_big().into_owned())
                .unwrap_or_default(),
        );
    }
    if !float::is_float(v) {
        if let Some(r) = crate::types::slotdefs::generic::call_dunder(v, dunder, &[]) {
            return r;
        }
    }
    match to_f64(v) {
        Ok(x) => crate::objects::float::arith::float_to_int(f(x)),
        Err(()) => Value::NULL,
    }
}

unsafe fn m_floor(_m: Value, v: Value) -> Value {
    rounding(v, "__floor__", f64::floor)
}
unsafe fn m_ceil(_m: Value, v: Value) -> Value {
    rounding(v, "__ceil__", f64::ceil)
}
unsafe fn m_trunc(_m: Value, v: Value) -> Value {
    rounding(v, "__trunc__", f64::trunc)
}

macro_rules! predicate {
    ($name:ident, $f:expr) => {
        unsafe fn $name(_m: Value, v: Value) -> Value {
            match to_f64(v) {
                Ok(x) => {
                    let f: fn(f64) -> bool = $f;
                    pybool::from_bool(f(x))
                }
                Err(()) => Value::NULL,
            }
        }
    };
}
predicate!(m_isnan, f64::is_nan);
predicate!(m_isinf, f64::is_infinite);
predicate!(m_isfinite, f64::is_finite);

unsafe fn m_isclose(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 4];
    let spec = crate::call::argparse::ArgSpec {
        fname: "isclose",
        params: &["a", "b", "rel_tol", "abs_tol"],
        posonly: 2,
        required: 2,
        kwonly: 2,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let get = |v: Value, d: f64| if v.is_null() { Ok(d) } else { to_f64(v) };
    let (Ok(a), Ok(b), Ok(rt), Ok(at)) = (
        to_f64(out[0]),
        to_f64(out[1]),
        get(out[2], 1e-9),
        get(out[3], 0.0),
    ) else {
        return Value::NULL;
    };
    if rt < 0.0 || at < 0.0 {
        return raise_value_error("tolerances must be non-negative");
    }
    if a == b {
        return pybool::from_bool(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return pybool::from_bool(false);
    }
    let d = (b - a).abs();
    pybool::from_bool(d <= (rt * b).abs() || d <= (rt * a).abs() || d <= at)
}

unsafe fn m_gcd(_m: Value, args: &[Value]) -> Value {
    let mut g = BigInt::zero();
    for &a in args {
        let Ok(x) = to_big(a, "gcd") else {
            return Value::NULL;
        };
        g = g.gcd(&x);
    }
    int::from_bigint(g)
}

unsafe fn m_lcm(_m: Value, args: &[Value]) -> Value {
    let mut l = BigInt::one();
    for &a in args {
        let Ok(x) = to_big(a, "lcm") else {
            return Value::NULL;
        };
        if x.is_zero() {
            l = BigInt::zero();
        } else if !l.is_zero() {
            l = l.lcm(&x);
        }
    }
    int::from_bigint(l)
}

unsafe fn m_isqrt(_m: Value, v: Value) -> Value {
    let Ok(x) = to_big(v, "isqrt") else {
        return Value::NULL;
    };
    if x.is_negative() {
        return raise_value_error("isqrt() argument must be nonnegative");
    }
    int::from_bigint(x.sqrt())
}

unsafe fn m_factorial(_m: Value, v: Value) -> Value {
    if float::is_float(v) {
        return raise_type_error("'float' object cannot be interpreted as an integer");
    }
    let Ok(x) = to_big(v, "factorial") else {
        return Value::NULL;
    };
    if x.is_negative() {
        return raise_value_error("factorial() not defined for negative values");
    }
    let Some(n) = x.to_u64() else {
        return raise_overflow_error("factorial() argument should not exceed 9223372036854775807");
    };
    let mut r = BigInt::one();
    for k in 2..=n {
        r *= k;
    }
    int::from_bigint(r)
}

fn comb_perm(args: &[Value], name: &str, comb: bool) -> Value {
    let want = if comb { 2 } else { 1 };
    if args.len() < want || args.len() > 2 {
        return crate::type_error!("{name} expected {want} arguments, got {}", args.len());
    }
    let Ok(n) = to_big(args[0], name) else {
        return Value::NULL;
    };
    let k = if args.len() == 2 && !crate::objects::singletons::is_none(args[1]) {
        match to_big(args[1], name) {
            Ok(k) => k,
            Err(()) => return Value::NULL,
        }
    } else {
        n.clone()
    };
    if n.is_negative() {
        return raise_value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return raise_value_error("k must be a non-negative integer");
    }
    if k > n {
        return int::from_i64(0);
    }
    let k = if comb { k.clone().min(&n - &k) } else { k };
    let Some(ku) = k.to_u64() else {
        return raise_overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX));
    };
    let mut r = BigInt::one();
    for i in 0..ku {
        r *= &n - i;
        if comb {
            r /= i + 1;
        }
    }
    int::from_bigint(r)
}

unsafe fn m_comb(_m: Value, args: &[Value]) -> Value {
    comb_perm(args, "comb", true)
}
unsafe fn m_perm(_m: Value, args: &[Value]) -> Value {
    comb_perm(args, "perm", false)
}

unsafe fn m_prod(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 2];
    let spec = crate::call::argparse::ArgSpec {
        fname: "prod",
        params: &["iterable", "start"],
        posonly: 1,
        required: 1,
        kwonly: 1,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let Some(items) = crate::ops::protocol::sequence_to_vec(out[0]) else {
        return Value::NULL;
    };
    let mut acc = if out[1].is_null() {
        int::from_i64(1)
    } else {
        crate::object::new_ref(out[1])
    };
    let mut ok = true;
    for &x in &items {
        if !ok {
            break;
        }
        let r = crate::ops::number::binary_op(acc, x, crate::types::slots::BinOp::Mul);
        decref(acc);
        acc = r;
        ok = !r.is_null();
    }
    for x in items {
        decref(x);
    }
    if ok {
        acc
    } else {
        Value::NULL
    }
}

/// Exactly rounded sum (Shewchuk's algorithm, as CPython's fsum).
unsafe fn m_fsum(_m: Value, v: Value) -> Value {
    let Some(items) = crate::ops::protocol::sequence_to_vec(v) else {
        return Value::NULL;
    };
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut failed = false;
    for &it in &items {
        let Ok(mut x) = to_f64(it) else {
            failed = true;
            break;
        };
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    for it in items {
        decref(it);
    }
    if failed {
        return Value::NULL;
    }
    if special != 0.0 || special.is_nan() {
        return float::new_float(special);
    }
    let mut n = partials.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    float::new_float(hi)
}

macro_rules! d {
    ($name:literal, $kind:ident, $f:ident) => {
        MethodDef {
            name: $name,
            imp: MethodImpl::$kind($f),
            doc: "",
        }
    };
}

pub static MATH_FUNCTIONS: &[MethodDef] = &[
    d!("sqrt", O, m_sqrt),
    d!("exp", O, m_exp),
    d!("sin", O, m_sin),
    d!("cos", O, m_cos),
    d!("tan", O, m_tan),
    d!("asin", O, m_asin),
    d!("acos", O, m_acos),
    d!("atan", O, m_atan),
    d!("sinh", O, m_sinh),
    d!("cosh", O, m_cosh),
    d!("tanh", O, m_tanh),
    d!("fabs", O, m_fabs),
    d!("degrees", O, m_degrees),
    d!("radians", O, m_radians),
    d!("log2", O, m_log2),
    d!("log10", O, m_log10),
    d!("log1p", O, m_log1p),
    d!("expm1", O, m_expm1),
    d!("log", Fast, m_log),
    d!("pow", Fast, m_pow),
    d!("atan2", Fast, m_atan2),
    d!("copysign", Fast, m_copysign),
    d!("hypot", Fast, m_hypot),
    d!("dist", Fast, m_dist),
    d!("floor", O, m_floor),
    d!("ceil", O, m_ceil),
    d!("trunc", O, m_trunc),
    d!("isnan", O, m_isnan),
    d!("isinf", O, m_isinf),
    d!("isfinite", O, m_isfinite),
    d!("isclose", FastKw, m_isclose),
    d!("gcd", Fast, m_gcd),
    d!("lcm", Fast, m_lcm),
    d!("isqrt", O, m_isqrt),
    d!("factorial", O, m_factorial),
    d!("comb", Fast, m_comb),
    d!("perm", Fast, m_perm),
    d!("prod", FastKw, m_prod),
    d!("fsum", O, m_fsum),
    d!("acosh", O, m_acosh),
    d!("asinh", O, m_asinh),
    d!("atanh", O, m_atanh),
    d!("cbrt", O, m_cbrt),
    d!("exp2", O, m_exp2),
    d!("erf", O, m_erf),
    d!("erfc", O, m_erfc),
    d!("fmod", Fast, m_fmod),
    d!("remainder", Fast, m_remainder),
    d!("nextafter", Fast, m_nextafter),
    d!("ulp", O, m_ulp),
    d!("frexp", O, m_frexp),
    d!("ldexp", Fast, m_ldexp),
    d!("modf", O, m_modf),
];

/// The float constants of the module.
pub fn constants() -> Vec<(&'static str, f64)> {
    vec![
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ]
}
