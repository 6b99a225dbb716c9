//! Correctly rounded conversion of exact binary quantities to `f64`.
//!
//! Everything that produces a float from an exact value (int -> float,
//! int / int, `float.fromhex`, `round(x, n)`) funnels through
//! [`scaled_to_f64`], which rounds `m * 2**e` half-to-even onto the double
//! grid, subnormals included. The invariant callers keep: when the value is
//! known only up to a "sticky" remainder, `m` carries at least two bits below
//! the final rounding position, so the sticky flag can only break ties.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

/// `2**k` as an `f64`, for `-1022 <= k <= 1023`.
fn pow2(k: i64) -> f64 {
    debug_assert!((-1022..=1023).contains(&k));
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `x * 2**k` for an `x` whose product is exactly representable (or
/// overflows to infinity); applied in steps so no intermediate power of two
/// leaves the normal range.
pub fn ldexp(mut x: f64, mut k: i64) -> f64 {
    while k > 1023 {
        x *= pow2(1023);
        k -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    while k < -1022 {
        x *= pow2(-1022);
        k += 1022;
        if x == 0.0 {
            return x;
        }
    }
    x * pow2(k)
}

/// `x * 2**k` correctly rounded (ties to even) for any finite `x`, also
/// when the result is subnormal (where a plain multiplication could round
/// twice). Overflow gives an infinity.
pub fn ldexp_rounded(x: f64, k: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, e) = f64_to_parts(x);
    let v = scaled_to_f64(&BigUint::from(m.unsigned_abs()), e.saturating_add(k), false);
    if m < 0 {
        -v
    } else {
        v
    }
}

/// Rounds the non-negative value `m * 2**e` (plus, when `sticky`, some
/// positive amount smaller than `2**e`) to the nearest double, ties to even.
/// Returns infinity when the rounded value exceeds the double range.
pub fn scaled_to_f64(m: &BigUint, e: i64, sticky: bool) -> f64 {
    if m.is_zero() {
        return 0.0;
    }
    let bits = m.bits() as i64;
    let lead = bits - 1 + e;
    if lead > 1023 {
        return f64::INFINITY;
    }
    let keep = (lead - 52).max(-1074);
    let drop = keep - e;
    if drop > bits {
        // The whole value is below half of the smallest subnormal.
        return 0.0;
    }
    let (mant, exp) = if drop <= 0 {
        // Exact: every bit of m fits in the result.
        (m.clone(), e)
    } else {
        let drop_u = drop as u64;
        let mant = m >> drop_u;
        let low = m - (&mant << drop_u);
        let half = BigUint::one() << (drop_u - 1);
        let up = match low.cmp(&half) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => sticky || mant.is_odd(),
        };
        (if up { mant + 1u32 } else { mant }, keep)
    };
    // mant <= 2**53 here, so the conversion to f64 is exact.
    let mf = biguint_small_to_f64(&mant);
    ldexp(mf, exp)
}

/// Exact conversion of a BigUint of at most 64 bits (callers ensure <= 2**53
/// when exactness matters).
fn biguint_small_to_f64(m: &BigUint) -> f64 {
    let digits = m.to_u64_digits();
    match digits.len() {
        0 => 0.0,
        1 => digits[0] as f64,
        _ => {
            // Not reached by callers (they pass <= 54-bit values), but stay
            // total: fall back to rounding.
            scaled_to_f64(m, 0, false)
        }
    }
}

/// `float(n)` for an int: correctly rounded, or CPython's OverflowError.
pub fn bigint_to_f64(n: &BigInt) -> Result<f64, super::AlgError> {
    let v = scaled_to_f64(n.magnitude(), 0, false);
    if v.is_infinite() {
        return Err(super::AlgError::overflow(
            "int too large to convert to float",
        ));
    }
    Ok(if n.sign() == Sign::Minus { -v } else { v })
}

/// The double nearest to `n / d` (ties to even), or `None` when its
/// magnitude exceeds the double range (or `d` is zero).
pub fn ratio_to_f64(n: &BigInt, d: &BigInt) -> Option<f64> {
    if d.is_zero() {
        return None;
    }
    let negative = n.is_negative() != d.is_negative();
    let a = n.magnitude();
    let b = d.magnitude();
    if a.is_zero() {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the integer quotient carries at least 55 significant bits.
    let diff = a.bits() as i64 - b.bits() as i64;
    let s = diff - 56;
    let (q, r) = if s >= 0 {
        a.div_rem(&(b << (s as u64)))
    } else {
        (a << ((-s) as u64)).div_rem(b)
    };
    let v = scaled_to_f64(&q, s, !r.is_zero());
    if v.is_infinite() {
        return None;
    }
    Some(if negative { -v } else { v })
}

/// Decomposes a finite double into `(mantissa, exponent)` with
/// `x == mantissa * 2**exponent` exactly; the mantissa carries the sign.
pub fn f64_to_parts(x: f64) -> (i64, i64) {
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = (bits & ((1u64 << 52) - 1)) as i64;
    if exp_field == 0 {
        (sign * frac, -1074)
    } else {
        (sign * (frac | (1i64 << 52)), exp_field - 1075)
    }
}

/// The exact value of a finite double as a ratio `(numerator, denominator)`
/// in lowest terms with a power-of-two denominator.
pub fn f64_exact_ratio(x: f64) -> (BigInt, BigInt) {
    let (mut m, mut e) = f64_to_parts(x);
    if m == 0 {
        return (BigInt::zero(), BigInt::one());
    }
    while m % 2 == 0 && e < 0 {
        m /= 2;
        e += 1;
    }
    if e >= 0 {
        (BigInt::from(m) << (e as u64), BigInt::one())
    } else {
        (BigInt::from(m), BigInt::one() << ((-e) as u64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratio_rounding_cases() {
        // (numerator, denominator, repr of python3's n / d)
        let cases: &[(&str, &str, f64)] = &[
            ("1", "3", 0.3333333333333333),
            ("2", "3", 0.6666666666666666),
            ("10", "4", 2.5),
            ("9007199254740993", "1", 9007199254740992.0),
            ("9007199254740995", "1", 9007199254740996.0),
            ("-1", "7", -0.14285714285714285),
            ("1", "10000000000000000000000000000000000000000", 1e-40),
            (
                "123456789012345678901234567890",
                "987654321",
                1.249999988734375e+20,
            ),
        ];
        for (n, d, want) in cases {
            let n: BigInt = n.parse().unwrap();
            let d: BigInt = d.parse().unwrap();
            assert_eq!(ratio_to_f64(&n, &d), Some(*want), "{n}/{d}");
        }
    }

    #[test]
    fn subnormal_and_overflow() {
        let one = BigInt::one();
        let d = BigInt::one() << 1074u32;
        assert_eq!(ratio_to_f64(&one, &d), Some(5e-324));
        // 2**-1075 is a tie between 0 and the smallest subnormal: to even (0).
        let d = BigInt::one() << 1075u32;
        assert_eq!(ratio_to_f64(&one, &d), Some(0.0));
        // Slightly above the tie rounds up.
        let n = BigInt::from(3);
        let d = BigInt::one() << 1076u32;
        assert_eq!(ratio_to_f64(&n, &d), Some(5e-324));
        let big = BigInt::one() << 1024u32;
        assert_eq!(ratio_to_f64(&big, &one), None);
        assert!(bigint_to_f64(&big).is_err());
    }
}
