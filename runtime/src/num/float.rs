//! Python float semantics (CPython 3.11): `//`, `%` and `divmod` sign
//! rules, `round()` in both forms (correctly rounded, ties to even, like
//! CPython's dtoa-based `float.__round__`), `**` with its special cases and
//! errors, `is_integer`, `as_integer_ratio`, `hex`/`fromhex`, and
//! `float(str)` parsing. Float repr itself lives in
//! `pyc_frontend::repr::float_repr`; the digit generation needed for
//! formatting lives in `text::format_spec`.

use super::error::{AlgError, AlgResult};
use super::rounding::{f64_exact_ratio, f64_to_parts, ratio_to_f64, scaled_to_f64};
use crate::text::repr::str_repr;
use crate::text::unicode;
use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Pow, Zero};

/// The two results of float `divmod`, computed together as CPython does.
fn divmod_parts(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx; // C fmod
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> AlgResult<f64> {
    if b == 0.0 {
        return Err(AlgError::zero_div("float floor division by zero"));
    }
    Ok(divmod_parts(a, b).0)
}

/// `a % b` for floats (result takes the sign of `b`).
pub fn float_mod(a: f64, b: f64) -> AlgResult<f64> {
    if b == 0.0 {
        return Err(AlgError::zero_div("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> AlgResult<(f64, f64)> {
    if b == 0.0 {
        return Err(AlgError::zero_div("float divmod()"));
    }
    Ok(divmod_parts(a, b))
}

/// `a / b` for floats.
pub fn float_truediv(a: f64, b: f64) -> AlgResult<f64> {
    if b == 0.0 {
        return Err(AlgError::zero_div("float division by zero"));
    }
    Ok(a / b)
}

/// `round(x)` (no ndigits): the nearest int, ties to even.
pub fn float_round_to_int(x: f64) -> AlgResult<BigInt> {
    super::int::f64_to_int(x.round_ties_even())
}

/// Rounds the exact rational `n / d` (d > 0) to the nearest integer, ties
/// to even.
fn round_ratio_half_even(n: &BigInt, d: &BigInt) -> BigInt {
    let (q, r) = n.div_mod_floor(d);
    let twice = r * 2u32;
    match twice.cmp(d) {
        std::cmp::Ordering::Greater => q + 1u32,
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Equal => {
            if q.is_odd() {
                q + 1u32
            } else {
                q
            }
        }
    }
}

/// Beyond this many digits after the point rounding cannot change a double.
const NDIGITS_MAX: i64 = 323;
/// Below this (negative) count every finite double rounds to zero.
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)`: the double nearest to the decimal obtained by
/// rounding the exact value of `x` to `ndigits` places (ties to even).
/// `ndigits` is clamped to the `Py_ssize_t` range by the caller, as CPython
/// does.
pub fn float_round(x: f64, ndigits: i64) -> AlgResult<f64> {
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (n, d) = f64_exact_ratio(x);
    let ten = BigInt::from(10u32);
    let result = if ndigits >= 0 {
        let p: BigInt = Pow::pow(&ten, ndigits as u64);
        let q = round_ratio_half_even(&(&n * &p), &d);
        ratio_to_f64(&q, &p)
    } else {
        let p: BigInt = Pow::pow(&ten, (-ndigits) as u64);
        let q = round_ratio_half_even(&n, &(&d * &p));
        ratio_to_f64(&(q * p), &BigInt::one())
    };
    let r = result.ok_or_else(|| AlgError::overflow("rounded value too large to represent"))?;
    // A result of zero keeps the sign of x.
    Ok(if r == 0.0 { 0.0f64.copysign(x) } else { r })
}

/// Result of float `**`: a negative base with a non-integral exponent
/// produces a complex number `(real, imag)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloatPow {
    Float(f64),
    Complex(f64, f64),
}

fn is_odd_integer(y: f64) -> bool {
    y.is_finite() && y == y.trunc() && (y % 2.0).abs() == 1.0
}

/// `x ** y` for floats, with CPython's special cases and errors.
pub fn float_pow(x: f64, y: f64) -> AlgResult<FloatPow> {
    use FloatPow::Float;
    if y == 0.0 {
        return Ok(Float(1.0));
    }
    if x.is_nan() {
        return Ok(Float(x));
    }
    if y.is_nan() {
        return Ok(Float(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(Float(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(Float(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        }));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(AlgError::zero_div(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Float(if is_odd_integer(y) { x } else { 0.0 }));
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            return complex_pow_real(x, y);
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(AlgError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Float(if negate { -r } else { r }))
}

/// `complex(x) ** complex(y)` for real x < 0 and non-integral real y, by
/// the polar formula CPython's complex power uses.
fn complex_pow_real(x: f64, y: f64) -> AlgResult<FloatPow> {
    let len = x.abs().powf(y);
    let phase = std::f64::consts::PI * y;
    let re = len * phase.cos();
    let im = len * phase.sin();
    if !re.is_finite() || !im.is_finite() {
        return Err(AlgError::overflow("complex exponentiation"));
    }
    Ok(FloatPow::Complex(re, im))
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x == x.trunc()
}

/// `float.as_integer_ratio()`: lowest terms, positive denominator.
pub fn float_as_integer_ratio(x: f64) -> AlgResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(AlgError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(AlgError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    Ok(f64_exact_ratio(x))
}

/// `float.hex()`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_field == 0 {
        (0, -1022)
    } else {
        (1, exp_field - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

fn fromhex_invalid() -> AlgError {
    AlgError::value("invalid hexadecimal floating-point string")
}

/// `float.fromhex(s)`: exact hexadecimal significand and binary exponent,
/// rounded half to even.
pub fn float_fromhex(s: &str) -> AlgResult<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    let n = b.len();
    let is_ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    while i < n && is_ws(b[i]) {
        i += 1;
    }
    let mut end = n;
    while end > i && is_ws(b[end - 1]) {
        end -= 1;
    }
    let body = &s[i..end];
    let (negative, rest) = match body.as_bytes().first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let sign = |v: f64| if negative { -v } else { v };
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let mut t = lower.as_str();
    if let Some(stripped) = t.strip_prefix("0x") {
        t = stripped;
    }
    let (mantissa_part, exp_part) = match t.find('p') {
        Some(k) => (&t[..k], Some(&t[k + 1..])),
        None => (t, None),
    };
    let (int_digits, frac_digits) = match mantissa_part.find('.') {
        Some(k) => (&mantissa_part[..k], &mantissa_part[k + 1..]),
        None => (mantissa_part, ""),
    };
    let all_hex = |d: &str| d.bytes().all(|c| c.is_ascii_hexdigit());
    if !all_hex(int_digits) || !all_hex(frac_digits) || int_digits.len() + frac_digits.len() == 0 {
        return Err(fromhex_invalid());
    }
    let exp: i64 = match exp_part {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(fromhex_invalid());
            }
            // Saturate: anything this large is certainly inf or 0.
            let mag: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if e.starts_with('-') {
                -mag
            } else {
                mag
            }
        }
    };
    let mut all = String::with_capacity(int_digits.len() + frac_digits.len());
    all.push_str(int_digits);
    all.push_str(frac_digits);
    let m = BigUint::parse_bytes(all.as_bytes(), 16).unwrap_or_default();
    if m.is_zero() {
        return Ok(sign(0.0));
    }
    let e = exp.saturating_sub(4 * frac_digits.len() as i64);
    let e = e.clamp(-(1 << 40), 1 << 40);
    let v = scaled_to_f64(&m, e, false);
    if v.is_infinite() {
        return Err(AlgError::overflow(
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(sign(v))
}

fn float_parse_error(original: &str) -> AlgError {
    AlgError::value(format!(
        "could not convert string to float: {}",
        str_repr(original)
    ))
}

/// Checks the decimal float grammar of an ASCII string without
/// underscores: `[sign] (digits [. [digits]] | . digits) [(e|E) [sign]
/// digits]` or a sign and `inf`/`infinity`/`nan` in any case.
fn valid_float_syntax(t: &str) -> bool {
    let b = t.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let word = t[i..].to_ascii_lowercase();
    if word == "inf" || word == "infinity" || word == "nan" {
        return true;
    }
    let digits = |i: &mut usize| {
        let s = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - s
    };
    let mut nd = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        nd += digits(&mut i);
    }
    if nd == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// `float(s)` for a str argument: Python whitespace around the number is
/// ignored, Unicode decimal digits count as ASCII digits, and single
/// underscores are allowed between digits.
pub fn parse_float(s: &str) -> AlgResult<f64> {
    let trimmed = s.trim_matches(unicode::is_space);
    let mut ascii = String::with_capacity(trimmed.len());
    let chars: Vec<char> = trimmed.chars().collect();
    for (k, &c) in chars.iter().enumerate() {
        let c = if c.is_ascii() {
            c
        } else if let Some(d) = unicode::decimal_value(c) {
            char::from_digit(d, 10).unwrap_or('?')
        } else {
            return Err(float_parse_error(s));
        };
        if c == '_' {
            let digit_at = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .map(|&c| c.is_ascii_digit() || unicode::decimal_value(c).is_some())
                    .unwrap_or(false)
            };
            if !digit_at(k.checked_sub(1)) || !digit_at(Some(k + 1)) {
                return Err(float_parse_error(s));
            }
            continue;
        }
        ascii.push(c);
    }
    if !valid_float_syntax(&ascii) {
        return Err(float_parse_error(s));
    }
    ascii.parse::<f64>().map_err(|_| float_parse_error(s))
}

/// Exact `(mantissa, exponent)` of a finite double (re-exported helper).
pub fn float_parts(x: f64) -> (i64, i64) {
    f64_to_parts(x)
}

/// Truncation of a double known to be finite and integral to a BigInt.
pub fn integral_f64_to_bigint(x: f64) -> BigInt {
    let (m, e) = f64_to_parts(x);
    if e >= 0 {
        BigInt::from(m) << (e as u64)
    } else {
        let v = BigInt::from(m.abs()) >> ((-e) as u64);
        if m < 0 {
            -v
        } else {
            v
        }
    }
}

#[cfg(test)]
#[path = "float_tests.rs"]
mod tests;
