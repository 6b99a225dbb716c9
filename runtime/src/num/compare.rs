//! Exact comparison of ints with floats, as CPython's float rich compare
//! does it: no rounding of the int, so `2**53 + 1 != 2.0**53`; infinities
//! compare beyond every int and NaN is unordered with everything.

use super::rounding::f64_to_parts;
use num_bigint::BigInt;
use std::cmp::Ordering;

/// Orders the int `i` relative to the float `x`; None when `x` is NaN.
pub fn cmp_int_float(i: &BigInt, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    // Fast path: both exactly representable as i64/f64.
    if let Ok(small) = i64::try_from(i) {
        if small.unsigned_abs() <= 1 << 53 {
            return (small as f64).partial_cmp(&x);
        }
    }
    // Exact: compare i * 2**k with m where x = m * 2**e.
    let (m, e) = f64_to_parts(x);
    let m = BigInt::from(m);
    Some(if e >= 0 {
        i.cmp(&(m << (e as u64)))
    } else {
        (i << ((-e) as u64)).cmp(&m)
    })
}

/// `i == x` for an int and a float.
pub fn int_eq_float(i: &BigInt, x: f64) -> bool {
    cmp_int_float(i, x) == Some(Ordering::Equal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_comparisons() {
        // (int, float, python3's (i < f, i == f, i > f))
        let big = |s: &str| s.parse::<BigInt>().unwrap();
        let cases: Vec<(BigInt, f64, (bool, bool, bool))> = vec![
            (
                big("9007199254740993"),
                9007199254740992.0,
                (false, false, true),
            ),
            (
                big("9007199254740992"),
                9007199254740992.0,
                (false, true, false),
            ),
            (
                big("-9007199254740993"),
                -9007199254740992.0,
                (true, false, false),
            ),
            (
                BigInt::from(10).pow(400),
                f64::INFINITY,
                (true, false, false),
            ),
            (
                -BigInt::from(10).pow(400),
                f64::NEG_INFINITY,
                (false, false, true),
            ),
            (big("5"), f64::NAN, (false, false, false)),
            (big("0"), -0.0, (false, true, false)),
            (big("1"), 0.5, (false, false, true)),
            (big("1"), 1.5, (true, false, false)),
            (big("-1"), -0.5, (true, false, false)),
            (big("-1"), -1.5, (false, false, true)),
            (
                BigInt::from(2).pow(1024),
                1.7976931348623157e308,
                (false, false, true),
            ),
            (big("3"), 3.0000000000000004, (true, false, false)),
            (
                big("123456789012345678901234567890"),
                1.2345678901234568e29,
                (false, false, true),
            ),
        ];
        for (i, x, (lt, eq, gt)) in cases {
            let c = cmp_int_float(&i, x);
            assert_eq!(
                (
                    c == Some(Ordering::Less),
                    c == Some(Ordering::Equal),
                    c == Some(Ordering::Greater)
                ),
                (lt, eq, gt),
                "{i} vs {x:?}"
            );
        }
    }
}
