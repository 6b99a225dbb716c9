//! CPython 3.11's numeric hash: `hash()` of int, float, complex, bool,
//! fractions, None and tuples, bit-for-bit.
//!
//! Numbers hash by their exact rational value reduced modulo the Mersenne
//! prime `P = 2**61 - 1`, so `hash(1) == hash(1.0) == hash(True) ==
//! hash(Fraction(1))`. Negative values hash to the negated residue; a hash of
//! `-1` (CPython's error marker) is replaced by `-2`. Infinities hash to
//! `+-314159`. Since 3.10 a NaN hashes by the identity (address) of the float
//! object, and in 3.11 `None` hashes by its address too (it became the
//! constant `0xFCA86420` only in 3.12): both take an `identity` argument,
//! hashed the way CPython hashes a pointer (rotated right by 4 bits).
//! Frozensets hash by an order-independent combination of member hashes.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// The hash modulus, `2**61 - 1`.
pub const MODULUS: u64 = (1u64 << 61) - 1;
/// Number of bits of the modulus exponent.
const MODULUS_BITS: u32 = 61;
/// Hash of positive infinity (negated for negative infinity).
pub const HASH_INF: i64 = 314_159;
/// Multiplier for the imaginary part of a complex hash.
pub const HASH_IMAG: u64 = 1_000_003;

/// Replaces the reserved value -1 by -2, as every CPython hash does.
#[inline]
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// hash(int) for a machine integer.
pub fn hash_i64(v: i64) -> i64 {
    let m = v.unsigned_abs() % MODULUS;
    let h = if v < 0 { -(m as i64) } else { m as i64 };
    fix(h)
}

/// hash(int) for an arbitrary-precision integer.
pub fn hash_bigint(v: &BigInt) -> i64 {
    if let Some(small) = v.to_i64() {
        return hash_i64(small);
    }
    let m = (v.magnitude() % MODULUS).to_u64().unwrap_or(0);
    let h = if v.is_negative() {
        -(m as i64)
    } else {
        m as i64
    };
    fix(h)
}

/// hash(bool).
pub fn hash_bool(b: bool) -> i64 {
    b as i64
}

/// CPython's pointer hash: the address rotated right by 4 bits (the low bits
/// of an aligned address carry no information), with -1 mapped to -2.
pub fn hash_identity(identity: usize) -> i64 {
    let y = (identity as u64).rotate_right(4);
    fix(y as i64)
}

/// hash(None) in CPython 3.11: the pointer hash of the None singleton's
/// address. Pass the address of the runtime's None object.
pub fn hash_none(identity: usize) -> i64 {
    hash_identity(identity)
}

/// `2**e mod P` for any exponent (negative exponents give the inverse
/// power; `2**61 == 1 (mod P)`).
fn pow2_mod(e: i64) -> u64 {
    let r = e.rem_euclid(MODULUS_BITS as i64) as u32;
    1u64 << r
}

/// `(a * b) mod P` without overflow.
fn mulmod(a: u64, b: u64) -> u64 {
    ((a as u128 * b as u128) % MODULUS as u128) as u64
}

/// hash(float). `identity` is the address of the float object, used only
/// for NaN.
pub fn hash_f64(x: f64, identity: usize) -> i64 {
    if x.is_nan() {
        return hash_identity(identity);
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (m, e) = super::rounding::f64_to_parts(x);
    let mag = mulmod(m.unsigned_abs() % MODULUS, pow2_mod(e));
    let h = if m < 0 { -(mag as i64) } else { mag as i64 };
    fix(h)
}

/// hash(complex(re, im)); `identity` is used for NaN components.
pub fn hash_complex(re: f64, im: f64, identity: usize) -> i64 {
    let hr = hash_f64(re, identity) as u64;
    let hi = hash_f64(im, identity) as u64;
    let combined = hr.wrapping_add(HASH_IMAG.wrapping_mul(hi));
    fix(combined as i64)
}

/// hash(Fraction(n, d)) (and of any exact rational; `d` non-zero). When `d`
/// is a multiple of P the value hashes like infinity, as in CPython.
pub fn hash_rational(n: &BigInt, d: &BigInt) -> i64 {
    let p = BigInt::from(MODULUS);
    let dm = d.abs().mod_floor(&p);
    let negative = n.is_negative() != d.is_negative() && !n.is_zero();
    let mag: u64 = if dm.is_zero() {
        HASH_INF as u64
    } else {
        // Fermat: d**(P-2) is d's inverse modulo the prime P.
        let inv = dm.modpow(&(&p - 2), &p);
        let nm = n.abs().mod_floor(&p);
        ((nm * inv).mod_floor(&p)).to_u64().unwrap_or(0)
    };
    let h = if negative { -(mag as i64) } else { mag as i64 };
    fix(h)
}

const XX_PRIME_1: u64 = 11_400_714_785_074_694_791;
const XX_PRIME_2: u64 = 14_029_467_366_897_019_727;
const XX_PRIME_5: u64 = 2_870_177_450_012_600_261;

/// hash(tuple) in 3.11: an xxHash64-style accumulation of the item hashes.
/// `items` yields each element's hash (already computed by the caller,
/// which is where an unhashable element raises).
pub fn hash_tuple<I: IntoIterator<Item = i64>>(items: I) -> i64 {
    let mut acc = XX_PRIME_5;
    let mut len: u64 = 0;
    for h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XX_PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XX_PRIME_1);
        len += 1;
    }
    acc = acc.wrapping_add(len ^ (XX_PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// Scrambles one member hash for the frozenset combination.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// hash(frozenset): an order-independent combination (xor of scrambled
/// member hashes, then mixing with the size), as CPython 3.11 computes it.
/// `hashes` yields every member's hash.
pub fn hash_frozenset<I: IntoIterator<Item = i64>>(hashes: I) -> i64 {
    let mut h: u64 = 0;
    let mut n: u64 = 0;
    for x in hashes {
        h ^= shuffle_bits(x as u64);
        n += 1;
    }
    h ^= (n + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    if h == u64::MAX {
        return 590_923_713;
    }
    h as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_hashes() {
        // (value, python3 hash(value))
        let cases: &[(&str, i64)] = &[
            ("0", 0),
            ("1", 1),
            ("-1", -2),
            ("-2", -2),
            ("2305843009213693951", 0),
            ("2305843009213693952", 1),
            ("2305843009213693950", 2305843009213693950),
            ("-2305843009213693951", 0),
            ("9223372036854775808", 4),
            ("-9223372036854775808", -4),
            ("18446744073709551621", 13),
            ("-1267650600228229401496703205376", -549755813888),
            ("1000000000000000000000000000000", 465258685558744706),
            ("12345678901234567890123", 195429904450476469),
        ];
        for (s, want) in cases {
            let v: BigInt = s.parse().unwrap();
            assert_eq!(hash_bigint(&v), *want, "hash({s})");
            if let Some(small) = v.to_i64() {
                assert_eq!(hash_i64(small), *want);
            }
        }
    }

    #[test]
    fn float_hashes() {
        let cases: &[(f64, i64)] = &[
            (0.0, 0),
            (-0.0, 0),
            (1.0, 1),
            (-1.0, -2),
            (1.5, 1152921504606846977),
            (-1.5, -1152921504606846977),
            (0.1, 230584300921369408),
            (1e300, 1224995262755759164),
            (1e-300, 482449582752280463),
            (5e-324, 16777216),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (2305843009213693952.0, 1),
            (4611686018427387904.0, 2),
            (-2305843009213693952.0, -2),
            (12.375, 864691128455135244),
            (-7.3e-5, -1513377801336159255),
            (1e16, 10000000000000000),
            (123456.789, 1819310134279660096),
        ];
        for (x, want) in cases {
            assert_eq!(hash_f64(*x, 0), *want, "hash({x:?})");
        }
        // NaN and None hash by address: python3 printed id(None) =
        // 139794730826720 and hash(None) = 8737170676670.
        assert_eq!(hash_none(139794730826720), 8737170676670);
        assert_eq!(hash_f64(f64::NAN, 139794730826720), 8737170676670);
    }

    #[test]
    fn complex_bool_fraction_hashes() {
        assert_eq!(hash_complex(0.0, 1.0, 0), 1000003);
        assert_eq!(hash_complex(1.0, 2.0, 0), 2000007);
        assert_eq!(hash_complex(-1.0, -0.0, 0), -2);
        assert_eq!(hash_complex(0.5, -1.5, 0), -2305843009214693955);
        assert_eq!(hash_bool(true), 1);
        assert_eq!(hash_bool(false), 0);
        let r = |n: &str, d: &str| hash_rational(&n.parse().unwrap(), &d.parse().unwrap());
        assert_eq!(r("1", "3"), 1537228672809129301);
        assert_eq!(r("-7", "2"), -1152921504606846979);
        assert_eq!(r("2305843009213693951", "3"), 0);
        assert_eq!(r("3", "2"), hash_f64(1.5, 0));
        assert_eq!(r("1", "1"), hash_i64(1));
    }

    #[test]
    fn tuple_hashes() {
        let s = |v: &[i64]| hash_tuple(v.iter().copied());
        assert_eq!(s(&[]), 5740354900026072187);
        assert_eq!(s(&[1]), -6644214454873602895);
        assert_eq!(s(&[1, 2]), -3550055125485641917);
        let inner = s(&[2, 3]);
        assert_eq!(s(&[1, inner]), 7267574591690527098);
        assert_eq!(s(&[hash_i64(-1)]), 8078679518589016365);
        assert_eq!(s(&[0, 0, 0]), 3010437511937009226);
        // hash('') is 0 in CPython regardless of the seed.
        assert_eq!(s(&[hash_f64(1.5, 0), 0]), 6660161741276059634);
    }

    #[test]
    fn frozenset_hashes() {
        // Recorded from python3.11.
        let f = |v: &[i64]| hash_frozenset(v.iter().copied());
        assert_eq!(f(&[]), 133146708735736);
        assert_eq!(f(&[1]), -558064481276695278);
        assert_eq!(f(&[3, 1, 2]), -272375401224217160);
        let big = hash_bigint(&"1180591620717411303424".parse().unwrap());
        assert_eq!(
            f(&[hash_i64(-1), big, hash_f64(1.5, 0)]),
            4741321092394301412
        );
        assert_eq!(f(&[f(&[1]), f(&[])]), -67101846648477850);
        let hundred: Vec<i64> = (0..100).collect();
        assert_eq!(f(&hundred), 4411996150312757951);
        assert_eq!(f(&[hash_tuple([1, 2])]), 3819360209092968377);
        // list({frozenset({1}), frozenset({2}), frozenset({1, 2}),
        // frozenset()}) == [frozenset(), frozenset({2}), frozenset({1}),
        // frozenset({1, 2})]
        let mut t = crate::collections::settable::SetTable::new();
        let mut eq = |a: &&str, b: &&str| -> Result<bool, ()> { Ok(a == b) };
        for (name, h) in [
            ("{1}", f(&[1])),
            ("{2}", f(&[2])),
            ("{1,2}", f(&[1, 2])),
            ("{}", f(&[])),
        ] {
            t.insert(name, h, &mut eq).unwrap();
        }
        let order: Vec<&str> = t.iter().map(|(k, _)| *k).collect();
        assert_eq!(order, ["{}", "{2}", "{1}", "{1,2}"]);
    }
}
