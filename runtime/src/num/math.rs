//! The pure part of CPython 3.11's `math` module: the float functions with
//! its error rules ("math domain error" as ValueError, "math range error"
//! as OverflowError), logarithms that also accept ints beyond the float
//! range, `math.pow`'s special cases, exactly rounded `fsum`, the accurate
//! `hypot`/`dist` norm, and the integer functions (`isqrt`, `gcd`, `lcm`,
//! `factorial`, `comb`, `perm`).
//!
//! Elementary functions (sin, exp, ...) come from the platform libm, as in
//! CPython, so results agree bit for bit on the same libm.

use super::error::{AlgError, AlgResult};
use super::rounding::scaled_to_f64;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn domain() -> AlgError {
    AlgError::value("math domain error")
}

fn range() -> AlgError {
    AlgError::overflow("math range error")
}

/// How a one-argument function reports an infinite result from a finite
/// argument.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Overflow {
    /// exp, expm1, cosh, sinh, exp2: "math range error".
    Range,
    /// everything else: "math domain error".
    Domain,
}

/// CPython's `math_1` wrapper: NaN from a non-NaN argument is a domain
/// error; an infinity from a finite argument is a range or domain error.
pub fn math_1(x: f64, f: fn(f64) -> f64, overflow: Overflow) -> AlgResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if overflow == Overflow::Range {
            range()
        } else {
            domain()
        });
    }
    Ok(r)
}

/// The one-argument libm functions of `math` by name (acos, acosh, asin,
/// asinh, atan, atanh, cbrt, cos, cosh, erf, erfc, exp, exp2, expm1, fabs,
/// sin, sinh, sqrt, tan, tanh), with CPython's error rules. None for other
/// names (gamma and lgamma use CPython's own approximations and are not
/// provided here).
pub fn unary(name: &str, x: f64) -> Option<AlgResult<f64>> {
    use Overflow::{Domain, Range};
    let (f, o): (fn(f64) -> f64, Overflow) = match name {
        "acos" => (libm::acos, Domain),
        "acosh" => (libm::acosh, Domain),
        "asin" => (libm::asin, Domain),
        "asinh" => (libm::asinh, Domain),
        "atan" => (libm::atan, Domain),
        "atanh" => (libm::atanh, Domain),
        "cbrt" => (libm::cbrt, Domain),
        "cos" => (libm::cos, Domain),
        "cosh" => (libm::cosh, Range),
        "erf" => (libm::erf, Domain),
        "erfc" => (libm::erfc, Domain),
        "exp" => (libm::exp, Range),
        "exp2" => (libm::exp2, Range),
        "expm1" => (libm::expm1, Range),
        "fabs" => (f64::abs, Domain),
        "sin" => (libm::sin, Domain),
        "sinh" => (libm::sinh, Range),
        "sqrt" => (f64::sqrt, Domain),
        "tan" => (libm::tan, Domain),
        "tanh" => (libm::tanh, Domain),
        _ => return None,
    };
    Some(math_1(x, f, o))
}

/// Safe wrappers over the platform C math library, which CPython uses too
/// (Rust's own `f64::asinh` etc. use different formulas and can differ in
/// the last bit).
mod libm {
    mod ffi {
        extern "C" {
            pub fn acos(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn asin(x: f64) -> f64;
            pub fn asinh(x: f64) -> f64;
            pub fn atan(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
            pub fn cos(x: f64) -> f64;
            pub fn cosh(x: f64) -> f64;
            pub fn erf(x: f64) -> f64;
            pub fn erfc(x: f64) -> f64;
            pub fn exp(x: f64) -> f64;
            pub fn exp2(x: f64) -> f64;
            pub fn expm1(x: f64) -> f64;
            pub fn sin(x: f64) -> f64;
            pub fn sinh(x: f64) -> f64;
            pub fn tan(x: f64) -> f64;
            pub fn tanh(x: f64) -> f64;
            pub fn log(x: f64) -> f64;
            pub fn log2(x: f64) -> f64;
            pub fn log10(x: f64) -> f64;
            pub fn log1p(x: f64) -> f64;
            pub fn pow(x: f64, y: f64) -> f64;
        }
    }
    macro_rules! wrap1 {
        ($($name:ident),*) => {$(
            pub fn $name(x: f64) -> f64 {
                // SAFETY: a pure C math function of one double.
                unsafe { ffi::$name(x) }
            }
        )*};
    }
    wrap1!(
        acos, acosh, asin, asinh, atan, atanh, cos, cosh, erf, erfc, exp, exp2, expm1, sin, sinh,
        tan, tanh, log, log2, log10, log1p
    );

    /// The C library's `cbrt`. Rust's runtime support library carries its
    /// own `cbrt`, which the linker may pick instead of libm's and which
    /// differs in the last bit, so on Linux the libm one is looked up
    /// explicitly (once).
    pub fn cbrt(x: f64) -> f64 {
        #[cfg(target_os = "linux")]
        {
            use std::os::raw::{c_char, c_int, c_void};
            use std::sync::OnceLock;
            extern "C" {
                fn dlopen(filename: *const c_char, flag: c_int) -> *mut c_void;
                fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
            }
            type Cbrt = extern "C" fn(f64) -> f64;
            static LIBM_CBRT: OnceLock<Option<Cbrt>> = OnceLock::new();
            let f = LIBM_CBRT.get_or_init(|| {
                // SAFETY: dlopen/dlsym with valid NUL-terminated names; the
                // symbol, when found, is libm's `double cbrt(double)`.
                unsafe {
                    let h = dlopen(c"libm.so.6".as_ptr(), 1);
                    if h.is_null() {
                        return None;
                    }
                    let p = dlsym(h, c"cbrt".as_ptr());
                    if p.is_null() {
                        None
                    } else {
                        Some(std::mem::transmute::<*mut c_void, Cbrt>(p))
                    }
                }
            });
            if let Some(f) = f {
                return f(x);
            }
        }
        x.cbrt()
    }
    pub fn pow(x: f64, y: f64) -> f64 {
        // SAFETY: a pure C math function of two doubles.
        unsafe { ffi::pow(x, y) }
    }
}

/// `math.sqrt`.
pub fn sqrt(x: f64) -> AlgResult<f64> {
    math_1(x, f64::sqrt, Overflow::Domain)
}

/// `math.exp`.
pub fn exp(x: f64) -> AlgResult<f64> {
    math_1(x, libm::exp, Overflow::Range)
}

/// Which logarithm.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum LogBase {
    E,
    Two,
    Ten,
}

fn log_f64(x: f64, base: LogBase) -> AlgResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x.is_infinite() {
        return if x > 0.0 { Ok(x) } else { Err(domain()) };
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(match base {
        LogBase::E => libm::log(x),
        LogBase::Two => libm::log2(x),
        LogBase::Ten => libm::log10(x),
    })
}

/// A `math.log*` argument: a float, or an int (which may exceed the float
/// range).
pub enum LogArg<'a> {
    Float(f64),
    Int(&'a BigInt),
}

/// `frexp` for a positive int: `(m, e)` with `n ~= m * 2**e`, `m` in
/// [0.5, 1) correctly rounded to 53 bits.
pub fn int_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits() as i64;
    let m = scaled_to_f64(n.magnitude(), -bits, false);
    if m >= 1.0 {
        (m / 2.0, bits + 1)
    } else {
        (m, bits)
    }
}

/// `math.log(x)`, `math.log2(x)`, `math.log10(x)`.
pub fn log(x: LogArg<'_>, base: LogBase) -> AlgResult<f64> {
    match x {
        LogArg::Float(f) => log_f64(f, base),
        LogArg::Int(n) => {
            if !n.is_positive() {
                return Err(domain());
            }
            match super::rounding::bigint_to_f64(n) {
                Ok(f) => log_f64(f, base),
                Err(_) => {
                    let (m, e) = int_frexp(n);
                    Ok(log_f64(m, base)? + log_f64(2.0, base)? * e as f64)
                }
            }
        }
    }
}

/// `math.log(x, base)`.
pub fn log_base(x: LogArg<'_>, base: LogArg<'_>) -> AlgResult<f64> {
    let num = log(x, LogBase::E)?;
    let den = log(base, LogBase::E)?;
    if den == 0.0 {
        return Err(AlgError::zero_div("float division by zero"));
    }
    Ok(num / den)
}

/// `math.log1p`.
pub fn log1p(x: f64) -> AlgResult<f64> {
    if x.is_finite() && x <= -1.0 {
        return Err(domain());
    }
    math_1(x, libm::log1p, Overflow::Domain)
}

/// `math.pow(x, y)`.
pub fn pow(x: f64, y: f64) -> AlgResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        });
    }
    let r = libm::pow(x, y);
    if r.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain() } else { range() });
    }
    Ok(r)
}

/// `math.fsum(values)`: the correctly rounded sum (Shewchuk's partials),
/// with CPython's handling of infinities, NaNs and intermediate overflow.
pub fn fsum(values: impl IntoIterator<Item = f64>) -> AlgResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for orig in values {
        let mut x = orig;
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
        if x != 0.0 {
            if !x.is_finite() {
                if orig.is_finite() {
                    return Err(AlgError::overflow("intermediate overflow in fsum"));
                }
                if orig.is_infinite() {
                    inf_sum += orig;
                }
                special += orig;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(AlgError::value("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let mut n = partials.len();
    if n == 0 {
        return Ok(0.0);
    }
    n -= 1;
    let mut hi = partials[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = partials[n];
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    Ok(hi)
}

/// An unevaluated sum `hi + lo`.
struct DoubleLength {
    hi: f64,
    lo: f64,
}

fn dl_fast_sum(a: f64, b: f64) -> DoubleLength {
    let hi = a + b;
    DoubleLength {
        hi,
        lo: (a - hi) + b,
    }
}

fn dl_mul(x: f64, y: f64) -> DoubleLength {
    let hi = x * y;
    DoubleLength {
        hi,
        lo: x.mul_add(y, -hi),
    }
}

/// The Euclidean norm of `v` (|components|, `max` their maximum) computed
/// as CPython 3.11's `vector_norm`: exact scaling, lossless squaring and
/// summation, then one differential correction of the square root.
fn vector_norm(v: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // Rescale subnormals so the scale factor below stays finite.
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(v, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = super::rounding::ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in v.iter() {
        let x = x * scale;
        let pr = dl_mul(x, x);
        let sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let pr = dl_mul(-h, h);
    let sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `math.hypot(*coordinates)`.
pub fn hypot(coords: &[f64]) -> f64 {
    let mut v: Vec<f64> = coords.iter().map(|x| x.abs()).collect();
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in &v {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    vector_norm(&mut v, max, found_nan)
}

/// `math.dist(p, q)` (same lengths; the caller checks "both points must
/// have the same number of dimensions").
pub fn dist(p: &[f64], q: &[f64]) -> f64 {
    let diffs: Vec<f64> = p.iter().zip(q).map(|(a, b)| a - b).collect();
    hypot(&diffs)
}

/// `math.frexp(x)`.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (m, e) = super::rounding::f64_to_parts(x);
    let bits = 64 - m.unsigned_abs().leading_zeros() as i64;
    // x = m * 2**e = (m / 2**bits) * 2**(e + bits)
    (super::rounding::ldexp(m as f64, -bits), e + bits)
}

/// `math.ldexp(x, i)` (`i` saturated to the i64 range by the caller).
pub fn ldexp(x: f64, i: i64) -> AlgResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let i = i.clamp(-4000, 4000);
    let r = super::rounding::ldexp_rounded(x, i);
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

/// `math.modf(x)`: `(fractional part, integral part)`, both with x's sign.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let t = x.trunc();
    ((x - t).copysign(x), t)
}

/// `math.fmod(x, y)`.
pub fn fmod(x: f64, y: f64) -> AlgResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    if x.is_nan() || y.is_nan() {
        return Ok(f64::NAN);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    Ok(x % y)
}

/// `math.isclose(a, b, rel_tol=, abs_tol=)`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> AlgResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(AlgError::value("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

/// `math.atan2(y, x)` with C99's special values.
pub fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// `math.degrees(x)`.
pub fn degrees(x: f64) -> f64 {
    x * (180.0 / std::f64::consts::PI)
}

/// `math.radians(x)`.
pub fn radians(x: f64) -> f64 {
    x * (std::f64::consts::PI / 180.0)
}

/// `math.ulp(x)`.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let next = nextafter(x, f64::INFINITY);
    if next.is_infinite() {
        // x is the largest finite double.
        return x - nextafter(x, 0.0);
    }
    next - x
}

/// `math.nextafter(x, y)`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// `math.isqrt(n)`.
pub fn isqrt(n: &BigInt) -> AlgResult<BigInt> {
    if n.is_negative() {
        return Err(AlgError::value("isqrt() argument must be nonnegative"));
    }
    Ok(n.sqrt())
}

/// `math.gcd(*integers)`.
pub fn gcd(values: &[BigInt]) -> BigInt {
    values.iter().fold(BigInt::zero(), |acc, v| acc.gcd(v))
}

/// `math.lcm(*integers)`.
pub fn lcm(values: &[BigInt]) -> BigInt {
    let mut acc = BigInt::one();
    for v in values {
        if v.is_zero() {
            return BigInt::zero();
        }
        acc = acc.lcm(v);
    }
    acc.abs()
}

/// `math.factorial(n)`.
pub fn factorial(n: &BigInt) -> AlgResult<BigInt> {
    if n.is_negative() {
        return Err(AlgError::value(
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_i64().ok_or_else(|| {
        AlgError::overflow("factorial() argument should not exceed 9223372036854775807")
    })?;
    Ok(product_range(1, n as u64 + 1))
}

/// The product of `lo..hi` by balanced splitting (fast for big ranges).
fn product_range(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        return (lo..hi).fold(BigInt::one(), |acc, k| acc * k);
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid, hi)
}

fn check_comb_args(n: &BigInt, k: &BigInt) -> AlgResult<()> {
    if n.is_negative() {
        return Err(AlgError::value("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(AlgError::value("k must be a non-negative integer"));
    }
    Ok(())
}

/// `math.perm(n, k)` (`k = None` means `n`).
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> AlgResult<BigInt> {
    let k = k.cloned().unwrap_or_else(|| n.clone());
    check_comb_args(n, &k)?;
    if k > *n {
        return Ok(BigInt::zero());
    }
    let k = k
        .to_i64()
        .ok_or_else(|| AlgError::overflow("k must not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        acc *= &f;
        f -= 1u32;
    }
    Ok(acc)
}

/// `math.comb(n, k)`.
pub fn comb(n: &BigInt, k: &BigInt) -> AlgResult<BigInt> {
    check_comb_args(n, k)?;
    if k > n {
        return Ok(BigInt::zero());
    }
    let nk = n - k;
    let k = if nk < *k { nk } else { k.clone() };
    let k = k
        .to_i64()
        .ok_or_else(|| AlgError::overflow("min(n - k, k) must not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (n - i) / (i + 1);
    }
    Ok(acc)
}

#[cfg(test)]
#[path = "math_tests.rs"]
mod tests;
