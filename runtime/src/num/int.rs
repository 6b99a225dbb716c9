//! Python int algorithms with CPython 3.11 semantics: `int(str, base)` and
//! `str(int)` (including the 4300-digit conversion limit), floor division
//! and modulo sign rules, `pow` (negative exponents, three-argument form
//! with modular inverse), `bit_length`, `bit_count`, `to_bytes`/
//! `from_bytes`, `round(int, ndigits)` and correctly rounded true division.
//!
//! Machine-word fast paths return [`IntOut::Small`] and fall back to
//! [`IntOut::Big`] exactly when the result leaves `i64`.

use super::error::{AlgError, AlgResult, ExcKind};
use super::float::{float_pow, FloatPow};
use super::rounding::{bigint_to_f64, ratio_to_f64};
use crate::text::repr::{str_repr, truncate_chars};
use crate::text::unicode;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// An integer result that stays in a machine word when it can.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntOut {
    Small(i64),
    Big(BigInt),
}

impl IntOut {
    /// Normalizes a BigInt into the small form when it fits.
    pub fn from_big(b: BigInt) -> IntOut {
        match b.to_i64() {
            Some(v) => IntOut::Small(v),
            None => IntOut::Big(b),
        }
    }
    pub fn to_big(&self) -> BigInt {
        match self {
            IntOut::Small(v) => BigInt::from(*v),
            IntOut::Big(b) => b.clone(),
        }
    }
}

fn invalid_literal(base: u32, original: &str) -> AlgError {
    let r = str_repr(original);
    AlgError::value(format!(
        "invalid literal for int() with base {}: {}",
        base,
        truncate_chars(&r, 200)
    ))
}

fn str_limit_error_in(digits: usize, limit: usize) -> AlgError {
    AlgError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

fn str_limit_error_out(limit: usize) -> AlgError {
    AlgError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Checks an `int()` base argument.
pub fn check_base(base: i64) -> AlgResult<u32> {
    if base == 0 || (2..=36).contains(&base) {
        Ok(base as u32)
    } else {
        Err(AlgError::value("int() base must be >= 2 and <= 36, or 0"))
    }
}

fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        'a'..='z' => Some(c as u32 - 'a' as u32 + 10),
        'A'..='Z' => Some(c as u32 - 'A' as u32 + 10),
        _ => None,
    }
}

/// `int(s, base)` for a str argument. `base` is 0 or 2..=36 (see
/// [`check_base`]); `max_digits` is `sys.get_int_max_str_digits()` (0 means
/// unlimited). Leading/trailing Python whitespace is ignored, any Unicode
/// decimal digit counts as its ASCII digit, and underscores may separate
/// digits (one at a time; also right after a base prefix).
pub fn parse_int(s: &str, base: i64, max_digits: usize) -> AlgResult<BigInt> {
    let base = check_base(base)?;
    if let Some(v) = parse_small_decimal(s, base) {
        return Ok(BigInt::from(v));
    }
    // Map Unicode decimals to ASCII so the grammar below is ASCII-only.
    let mut chars: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            chars.push(c);
        } else if let Some(d) = unicode::decimal_value(c) {
            chars.push(char::from_digit(d, 10).unwrap_or('?'));
        } else if unicode::is_space(c) {
            chars.push(' ');
        } else {
            // Nothing outside ASCII other than digits and spaces can be
            // part of an int literal.
            return Err(invalid_literal(base, s));
        }
    }
    let reported_base = base;
    let err = || invalid_literal(reported_base, s);
    let mut i = 0;
    let n = chars.len();
    while i < n && unicode::is_space(chars[i]) {
        i += 1;
    }
    let mut negative = false;
    if i < n && (chars[i] == '+' || chars[i] == '-') {
        negative = chars[i] == '-';
        i += 1;
    }
    let mut base = base;
    let mut after_prefix = false;
    let lower_next = |j: usize| chars.get(j).map(|c| c.to_ascii_lowercase());
    if i < n && chars[i] == '0' {
        let p = lower_next(i + 1);
        let prefix_base = match p {
            Some('x') => 16,
            Some('o') => 8,
            Some('b') => 2,
            _ => 0,
        };
        if prefix_base != 0 && (base == 0 || base == prefix_base) {
            base = prefix_base;
            i += 2;
            after_prefix = true;
        }
    }
    let zeros_only = base == 0;
    if base == 0 {
        base = 10;
    }
    // Scan the digit run: digits separated by single underscores.
    let start = i;
    let mut ndigits = 0usize;
    let mut value_digits: Vec<u8> = Vec::new();
    let mut ok = true;
    // An underscore may open the digits only right after a base prefix.
    let mut prev_underscore = false;
    while i < n {
        let c = chars[i];
        if c == '_' {
            if prev_underscore || (i == start && !after_prefix) {
                ok = false;
                break;
            }
            prev_underscore = true;
            i += 1;
            continue;
        }
        match digit_value(c) {
            Some(d) if d < base => {
                value_digits.push(d as u8);
                ndigits += 1;
                prev_underscore = false;
                i += 1;
            }
            _ => break,
        }
    }
    if prev_underscore {
        ok = false;
    }
    if max_digits > 0 && !base.is_power_of_two() && ndigits > max_digits {
        return Err(str_limit_error_in(ndigits, max_digits));
    }
    if !ok || ndigits == 0 {
        return Err(err());
    }
    while i < n && unicode::is_space(chars[i]) {
        i += 1;
    }
    if i != n {
        return Err(err());
    }
    if zeros_only && value_digits.iter().any(|&d| d != 0) && value_digits[0] == 0 {
        // base 0 forbids leading zeros on a non-zero decimal literal.
        return Err(err());
    }
    let mag = BigInt::from_radix_be(Sign::Plus, &value_digits, base).unwrap_or_default();
    Ok(if negative { -mag } else { mag })
}

/// Fast path of [`parse_int`] for short plain decimal literals (optional
/// ASCII spaces and sign, 1 to 18 ASCII digits, no leading zero under base
/// 0); None sends the text through the general parser.
fn parse_small_decimal(s: &str, base: u32) -> Option<i64> {
    if base != 10 && base != 0 {
        return None;
    }
    let t = s.trim_matches(|c: char| c == ' ' || ('\t'..='\r').contains(&c));
    let (neg, digits) = match t.as_bytes().first()? {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    let b = digits.as_bytes();
    if b.is_empty() || b.len() > 18 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if base == 0 && b.len() > 1 && b[0] == b'0' {
        return None;
    }
    let v = b.iter().fold(0i64, |acc, d| acc * 10 + (d - b'0') as i64);
    Some(if neg { -v } else { v })
}

/// `str(v)` (base 10) with the digit limit (`max_digits == 0`: unlimited).
pub fn int_to_decimal(v: &BigInt, max_digits: usize) -> AlgResult<String> {
    if let Some(small) = v.to_i64() {
        return Ok(small.to_string());
    }
    if max_digits > 0 {
        // Cheap rejection first: bits * log10(2) underestimates the digits.
        let bits = v.bits();
        if bits as f64 * std::f64::consts::LOG10_2 > max_digits as f64 + 1.0 {
            return Err(str_limit_error_out(max_digits));
        }
    }
    let s = v.to_string();
    let digits = s.len() - usize::from(v.is_negative());
    if max_digits > 0 && digits > max_digits {
        return Err(str_limit_error_out(max_digits));
    }
    Ok(s)
}

/// The digits of `|v|` in `base` (2..=36), lowercase, no prefix or sign.
pub fn magnitude_digits(v: &BigInt, base: u32) -> String {
    v.magnitude().to_str_radix(base)
}

/// `bin(v)`, `oct(v)`, `hex(v)`: sign, `0b`/`0o`/`0x` prefix, digits.
pub fn int_to_prefixed(v: &BigInt, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", magnitude_digits(v, base))
}

fn zero_div_floordiv() -> AlgError {
    AlgError::zero_div("integer division or modulo by zero")
}

fn zero_div_mod() -> AlgError {
    AlgError::zero_div("integer modulo by zero")
}

/// `a // b` for machine ints.
pub fn floordiv_i64(a: i64, b: i64) -> AlgResult<IntOut> {
    if b == 0 {
        return Err(zero_div_floordiv());
    }
    match a.checked_div_euclid(b) {
        Some(_) => Ok(IntOut::Small(Integer::div_floor(&a, &b))),
        None => Ok(IntOut::Big(BigInt::from(a).div_floor(&BigInt::from(b)))),
    }
}

/// `a % b` for machine ints (result has the sign of `b`).
pub fn mod_i64(a: i64, b: i64) -> AlgResult<i64> {
    if b == 0 {
        return Err(zero_div_mod());
    }
    if b == -1 {
        return Ok(0);
    }
    Ok(a.mod_floor(&b))
}

/// `divmod(a, b)` for machine ints.
pub fn divmod_i64(a: i64, b: i64) -> AlgResult<(IntOut, i64)> {
    if b == 0 {
        return Err(zero_div_floordiv());
    }
    let q = floordiv_i64(a, b)?;
    let r = if b == -1 { 0 } else { a.mod_floor(&b) };
    Ok((q, r))
}

/// `a // b` for big ints.
pub fn floordiv_big(a: &BigInt, b: &BigInt) -> AlgResult<BigInt> {
    if b.is_zero() {
        return Err(zero_div_floordiv());
    }
    Ok(a.div_floor(b))
}

/// `a % b` for big ints.
pub fn mod_big(a: &BigInt, b: &BigInt) -> AlgResult<BigInt> {
    if b.is_zero() {
        return Err(zero_div_mod());
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)` for big ints.
pub fn divmod_big(a: &BigInt, b: &BigInt) -> AlgResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(zero_div_floordiv());
    }
    Ok(a.div_mod_floor(b))
}

/// `a / b` for ints: the correctly rounded quotient.
pub fn true_div(a: &BigInt, b: &BigInt) -> AlgResult<f64> {
    if b.is_zero() {
        return Err(AlgError::zero_div("division by zero"));
    }
    const EXACT: i64 = 1 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if (-EXACT..=EXACT).contains(&x) && (-EXACT..=EXACT).contains(&y) {
            return Ok(x as f64 / y as f64);
        }
    }
    ratio_to_f64(a, b)
        .ok_or_else(|| AlgError::overflow("integer division result too large for a float"))
}

/// `a / b` for machine ints.
pub fn true_div_i64(a: i64, b: i64) -> AlgResult<f64> {
    true_div(&BigInt::from(a), &BigInt::from(b))
}

/// `float(v)`.
pub fn int_to_f64(v: &BigInt) -> AlgResult<f64> {
    bigint_to_f64(v)
}

/// `int(x)` for a float: truncation toward zero.
pub fn f64_to_int(x: f64) -> AlgResult<BigInt> {
    if x.is_nan() {
        return Err(AlgError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(AlgError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(BigInt::from(t as i64));
    }
    let (m, e) = super::rounding::f64_to_parts(t);
    // |t| >= 2**62 here, so e > 0.
    Ok(BigInt::from(m) << (e.max(0) as u64))
}

/// Result of `pow` on ints: an int, or a float for a negative exponent.
#[derive(Clone, Debug, PartialEq)]
pub enum PowOut {
    Int(BigInt),
    Float(f64),
}

/// Largest int (in bits) that `pow` and `<<` will try to build (512 MiB);
/// beyond it the computation would exhaust memory, and CPython raises
/// MemoryError.
const MAX_RESULT_BITS: u64 = 1 << 32;

fn memory_error() -> AlgError {
    AlgError::new(ExcKind::MemoryError, "")
}

/// `pow(base, exp)` and `pow(base, exp, modulus)` for ints.
pub fn int_pow(base: &BigInt, exp: &BigInt, modulus: Option<&BigInt>) -> AlgResult<PowOut> {
    if let Some(m) = modulus {
        return Ok(PowOut::Int(pow_mod(base, exp, m)?));
    }
    if exp.is_negative() {
        let b = bigint_to_f64(base)?;
        let e = bigint_to_f64(exp)?;
        return match float_pow(b, e)? {
            FloatPow::Float(f) => Ok(PowOut::Float(f)),
            // A negative int base with an integral exponent never goes
            // complex.
            FloatPow::Complex(re, _) => Ok(PowOut::Float(re)),
        };
    }
    if base.is_zero() {
        return Ok(PowOut::Int(if exp.is_zero() {
            BigInt::one()
        } else {
            BigInt::zero()
        }));
    }
    if base.is_one() {
        return Ok(PowOut::Int(BigInt::one()));
    }
    if *base == BigInt::from(-1) {
        return Ok(PowOut::Int(if exp.is_even() {
            BigInt::one()
        } else {
            BigInt::from(-1)
        }));
    }
    let e = match exp.to_u64() {
        Some(e) => e,
        None => return Err(memory_error()),
    };
    let bits = base.bits().saturating_sub(1).max(1);
    if bits.saturating_mul(e) > MAX_RESULT_BITS {
        return Err(memory_error());
    }
    Ok(PowOut::Int(num_traits::pow::Pow::pow(base, e)))
}

/// Modular inverse of `a` modulo `m` (m > 0), if it exists.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.mod_floor(m), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = old_r.div_floor(&r);
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r.is_one() {
        Some(old_s.mod_floor(m))
    } else {
        None
    }
}

/// Three-argument `pow` for ints.
pub fn pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> AlgResult<BigInt> {
    if modulus.is_zero() {
        return Err(AlgError::value("pow() 3rd argument cannot be 0"));
    }
    let m = modulus.abs();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let (b, e) = if exp.is_negative() {
        let inv = mod_inverse(base, &m)
            .ok_or_else(|| AlgError::value("base is not invertible for the given modulus"))?;
        (inv, -exp)
    } else {
        (base.mod_floor(&m), exp.clone())
    };
    let r = b.modpow(&e, &m);
    Ok(if modulus.is_negative() && !r.is_zero() {
        r + modulus
    } else {
        r
    })
}

/// `int.bit_length()`.
pub fn bit_length(v: &BigInt) -> u64 {
    v.bits()
}

/// `int.bit_count()`: number of one bits in `|v|`.
pub fn bit_count(v: &BigInt) -> u64 {
    v.magnitude().count_ones()
}

/// Parses the byteorder argument: `true` for little-endian.
pub fn parse_byteorder(s: &str) -> AlgResult<bool> {
    match s {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(AlgError::value(
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

/// `int.to_bytes(length, byteorder, signed=...)`.
pub fn to_bytes(v: &BigInt, length: i64, little: bool, signed: bool) -> AlgResult<Vec<u8>> {
    if length < 0 {
        return Err(AlgError::value("length argument must be non-negative"));
    }
    if !signed && v.is_negative() {
        return Err(AlgError::overflow("can't convert negative int to unsigned"));
    }
    let too_big = || AlgError::overflow("int too big to convert");
    let len = length as u64;
    // Bits needed: for signed, the two's complement width including sign.
    let needed_bits = if signed {
        if v.is_negative() {
            // -2**(k-1) .. -1 fit in k bits: width of (-v - 1) plus sign.
            (-v - 1u32).bits() + 1
        } else {
            v.bits() + 1
        }
    } else {
        v.bits()
    };
    // A value that is all sign bits (0, or -1 when signed) fits in 0 bytes.
    let fits = if v.is_zero() || (signed && *v == BigInt::from(-1)) {
        true
    } else {
        needed_bits <= len.saturating_mul(8)
    };
    if !fits {
        return Err(too_big());
    }
    let n = usize::try_from(len).map_err(|_| too_big())?;
    let mut bytes = v.to_signed_bytes_le();
    bytes
        .try_reserve(n.saturating_sub(bytes.len()))
        .map_err(|_| memory_error())?;
    let fill = if v.is_negative() { 0xff } else { 0 };
    bytes.resize(n, fill);
    bytes.truncate(n);
    if !little {
        bytes.reverse();
    }
    Ok(bytes)
}

/// `int.from_bytes(bytes, byteorder, signed=...)`.
pub fn from_bytes(bytes: &[u8], little: bool, signed: bool) -> BigInt {
    if signed {
        if little {
            BigInt::from_signed_bytes_le(bytes)
        } else {
            BigInt::from_signed_bytes_be(bytes)
        }
    } else if little {
        BigInt::from_bytes_le(Sign::Plus, bytes)
    } else {
        BigInt::from_bytes_be(Sign::Plus, bytes)
    }
}

/// `v << n`: ValueError for a negative count, MemoryError for a result
/// too large to build (zero shifts to zero whatever the count).
pub fn lshift(v: &BigInt, n: &BigInt) -> AlgResult<BigInt> {
    if n.is_negative() {
        return Err(AlgError::value("negative shift count"));
    }
    if v.is_zero() {
        return Ok(BigInt::zero());
    }
    match n.to_u64() {
        Some(k) if v.bits().saturating_add(k) <= MAX_RESULT_BITS => Ok(v << k),
        _ => Err(memory_error()),
    }
}

/// `v >> n` (floor division by `2**n`): ValueError for a negative count.
pub fn rshift(v: &BigInt, n: &BigInt) -> AlgResult<BigInt> {
    if n.is_negative() {
        return Err(AlgError::value("negative shift count"));
    }
    match n.to_u64() {
        Some(k) if k < v.bits() + 1 => Ok(v >> k),
        _ => Ok(if v.is_negative() {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }),
    }
}

/// `round(v, ndigits)` for an int: for negative `ndigits`, rounds to a
/// multiple of `10**-ndigits`, ties to even.
pub fn round_int(v: &BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() {
        return v.clone();
    }
    let k = -ndigits;
    // |v| < 10**k / 2 rounds to 0; decimal digits of v <= bits*log10(2)+1.
    let max_digits = (v.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2;
    let k = match k.to_u64() {
        Some(k) if k <= max_digits => k,
        _ => return BigInt::zero(),
    };
    let p = num_traits::pow::Pow::pow(&BigInt::from(10u32), k);
    let (q, r) = v.div_mod_floor(&p);
    let twice = &r * 2u32;
    let up = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => q.is_odd(),
    };
    let q = if up { q + 1u32 } else { q };
    q * p
}

#[cfg(test)]
#[path = "int_tests.rs"]
mod tests;
