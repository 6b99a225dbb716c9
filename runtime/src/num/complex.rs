//! Python complex semantics (CPython 3.11): `repr`/`str`, `complex(str)`
//! parsing, division, `**` (repeated multiplication for small integral
//! exponents, polar formula otherwise), `abs`, and the format-spec
//! rendering of `format(z, spec)`.
//!
//! A complex value is a plain `(re, im)` pair of `f64`.

use super::error::{AlgError, AlgResult};
use crate::text::float_fmt::{render_parts, FloatKind, FloatOpts};
use crate::text::repr::str_repr;
use crate::text::unicode;

/// A complex number as a pair of doubles.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    pub const fn new(re: f64, im: f64) -> Self {
        Complex { re, im }
    }
}

fn repr_part(x: f64, with_sign: bool) -> String {
    let mut o = FloatOpts::new(FloatKind::Repr, 0);
    o.sign_plus = with_sign;
    let (sign, body) = render_parts(x, &o);
    sign + &body
}

/// `repr(z)` / `str(z)`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`. The real
/// part is omitted only when it is +0.0.
pub fn complex_repr(z: Complex) -> String {
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{}j", repr_part(z.im, false));
    }
    format!("({}{}j)", repr_part(z.re, false), repr_part(z.im, true))
}

/// `a + b`, `a - b`, `a * b` follow IEEE arithmetic on the parts.
pub fn complex_mul(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `a / b` (Smith's algorithm, as CPython).
pub fn complex_div(a: Complex, b: Complex) -> AlgResult<Complex> {
    quotient(a, b).ok_or_else(|| AlgError::zero_div("complex division by zero"))
}

/// The quotient, or None for a zero divisor.
fn quotient(a: Complex, b: Complex) -> Option<Complex> {
    let abs_re = b.re.abs();
    let abs_im = b.im.abs();
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        // A NaN in the divisor.
        Some(Complex::new(f64::NAN, f64::NAN))
    }
}

/// `x ** n` for a non-negative integer by binary powering.
fn pow_unsigned(x: Complex, mut n: u64) -> Complex {
    let mut r = Complex::new(1.0, 0.0);
    let mut p = x;
    while n > 0 {
        if n & 1 == 1 {
            r = complex_mul(r, p);
        }
        n >>= 1;
        if n > 0 {
            p = complex_mul(p, p);
        }
    }
    r
}

/// The polar-form power; None for 0 to a negative or complex power, and
/// also when the phase is infinite (where C's cos/sin report a domain
/// error, which CPython turns into the same ZeroDivisionError).
fn pow_general(a: Complex, b: Complex) -> Option<Complex> {
    if b.re == 0.0 && b.im == 0.0 {
        return Some(Complex::new(1.0, 0.0));
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return None;
        }
        return Some(Complex::new(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    if phase.is_infinite() {
        return None;
    }
    Some(Complex::new(len * phase.cos(), len * phase.sin()))
}

/// `a ** b` for complex numbers, with CPython's errors.
pub fn complex_pow(a: Complex, b: Complex) -> AlgResult<Complex> {
    let zero_err = || AlgError::zero_div("0.0 to a negative or complex power");
    let n = b.re as i64;
    let r = if b.im == 0.0 && b.re == n as f64 && (-100..=100).contains(&n) {
        if n >= 0 {
            Some(pow_unsigned(a, n as u64))
        } else {
            quotient(Complex::new(1.0, 0.0), pow_unsigned(a, n.unsigned_abs()))
        }
    } else {
        pow_general(a, b)
    };
    let r = r.ok_or_else(zero_err)?;
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(AlgError::overflow("complex exponentiation"));
    }
    Ok(r)
}

/// `abs(z)`.
pub fn complex_abs(z: Complex) -> AlgResult<f64> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() || z.im.is_infinite() {
            return Ok(f64::INFINITY);
        }
        return Ok(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    if r.is_infinite() {
        return Err(AlgError::overflow("absolute value too large"));
    }
    Ok(r)
}

fn malformed() -> AlgError {
    AlgError::value("complex() arg is a malformed string")
}

/// Length of the longest prefix of `b` that is a float literal
/// (`[sign] digits[.digits][e[sign]digits] | [sign] inf/infinity/nan`);
/// 0 when there is none.
fn float_prefix(b: &[u8]) -> usize {
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let lower: Vec<u8> = b[i..]
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if lower.starts_with(b"infinity") {
        return i + 8;
    }
    if lower.starts_with(b"inf") || lower.starts_with(b"nan") {
        return i + 3;
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
        return 0;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    i
}

fn parse_prefix(t: &str, at: usize) -> Option<(f64, usize)> {
    let n = float_prefix(&t.as_bytes()[at..]);
    if n == 0 {
        return None;
    }
    t[at..at + n].parse::<f64>().ok().map(|v| (v, at + n))
}

/// `complex(s)` for a str argument.
pub fn parse_complex(s: &str) -> AlgResult<Complex> {
    // Normalize: Unicode spaces -> ' ', Unicode decimals -> ASCII, and
    // underscores (only between digits) removed.
    let chars: Vec<char> = s.chars().collect();
    let mut t = String::with_capacity(s.len());
    let underscore_err = || {
        AlgError::value(format!(
            "could not convert string to complex: {}",
            str_repr(s)
        ))
    };
    let is_digit = |c: Option<&char>| {
        c.map(|c| c.is_ascii_digit() || unicode::decimal_value(*c).is_some())
            .unwrap_or(false)
    };
    for (k, &c) in chars.iter().enumerate() {
        if c == '_' {
            if !is_digit(k.checked_sub(1).and_then(|j| chars.get(j))) || !is_digit(chars.get(k + 1))
            {
                return Err(underscore_err());
            }
            continue;
        }
        if c.is_ascii() {
            t.push(c);
        } else if let Some(d) = unicode::decimal_value(c) {
            t.push(char::from_digit(d, 10).unwrap_or('?'));
        } else if unicode::is_space(c) {
            t.push(' ');
        } else {
            return Err(malformed());
        }
    }
    let b = t.as_bytes();
    let n = b.len();
    let is_ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let mut i = 0;
    while i < n && is_ws(b[i]) {
        i += 1;
    }
    let mut bracket = false;
    if i < n && b[i] == b'(' {
        bracket = true;
        i += 1;
        while i < n && is_ws(b[i]) {
            i += 1;
        }
    }
    let is_j = |i: usize| i < n && (b[i] == b'j' || b[i] == b'J');
    let (mut re, mut im) = (0.0, 0.0);
    if let Some((z, end)) = parse_prefix(&t, i) {
        i = end;
        if i < n && (b[i] == b'+' || b[i] == b'-') {
            re = z;
            if let Some((y, end)) = parse_prefix(&t, i) {
                im = y;
                i = end;
            } else {
                im = if b[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if !is_j(i) {
                return Err(malformed());
            }
            i += 1;
        } else if is_j(i) {
            im = z;
            i += 1;
        } else {
            re = z;
        }
    } else {
        if i < n && (b[i] == b'+' || b[i] == b'-') {
            im = if b[i] == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            im = 1.0;
        }
        if !is_j(i) {
            return Err(malformed());
        }
        i += 1;
    }
    while i < n && is_ws(b[i]) {
        i += 1;
    }
    if bracket {
        if i >= n || b[i] != b')' {
            return Err(malformed());
        }
        i += 1;
        while i < n && is_ws(b[i]) {
            i += 1;
        }
    }
    if i != n {
        return Err(malformed());
    }
    Ok(Complex::new(re, im))
}

#[cfg(test)]
#[path = "complex_tests.rs"]
mod tests;
