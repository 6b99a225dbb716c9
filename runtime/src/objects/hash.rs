//! Hash functions with CPython 3.11's values for numbers and tuples:
//! numeric hashes reduce modulo the Mersenne prime `2^61 - 1` so that equal
//! ints, floats (and later Fractions/Decimals) hash equal; tuples use the
//! xxHash-derived combiner; `-1` is never a hash (it becomes `-2`).
//!
//! Strings and bytes use FNV-1a with a final avalanche step (CPython uses a
//! randomised SipHash; str hashes are allowed to differ). The `num`/`text`
//! algorithm modules may supply SipHash later; only `hash_bytes` changes.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Number of bits of the hash modulus.
pub const HASH_BITS: u32 = 61;
/// The modulus `2^61 - 1`.
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: isize = 314159;

#[inline(always)]
fn fix(h: isize) -> isize {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` for an int that fits an i64.
#[inline]
pub fn hash_i64(i: i64) -> isize {
    let m = (i.unsigned_abs() % HASH_MODULUS) as isize;
    fix(if i < 0 { -m } else { m })
}

/// `hash(b)` for a bigint.
pub fn hash_bigint(b: &BigInt) -> isize {
    if let Some(i) = b.to_i64() {
        return hash_i64(i);
    }
    let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_u64().unwrap_or(0) as isize;
    fix(if b.is_negative() { -m } else { m })
}

/// `hash(f)` for a finite or infinite float; NaN hashes by identity and is
/// handled by the caller (`nan_hash`).
pub fn hash_f64(v: f64) -> Option<isize> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let (mut m, mut e) = frexp(v.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS as i32
    } else {
        HASH_BITS as i32 - 1 - ((-1 - e) % HASH_BITS as i32)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let h = x as isize;
    Some(fix(if v < 0.0 { -h } else { h }))
}

/// Mantissa in [0.5, 1) and exponent with `v == m * 2^e` (v finite, >= 0).
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// Identity hash of an object address (CPython's pointer hash: rotate
/// right by 4 so the alignment zeros do not bias the table).
#[inline]
pub fn hash_pointer(p: usize) -> isize {
    fix(p.rotate_right(4) as isize)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// Incremental tuple hash (CPython 3.8+ algorithm).
pub struct TupleHasher {
    acc: u64,
}

impl Default for TupleHasher {
    fn default() -> Self {
        Self::new()
    }
}

impl TupleHasher {
    pub fn new() -> Self {
        TupleHasher { acc: XXPRIME_5 }
    }
    #[inline]
    pub fn add(&mut self, item_hash: isize) {
        let lane = item_hash as u64;
        self.acc = self.acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
    }
    pub fn finish(self, len: usize) -> isize {
        let acc = self.acc.wrapping_add((len as u64) ^ (XXPRIME_5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as isize
        }
    }
}

/// Hash of a byte string (str and bytes).
pub fn hash_bytes(b: &[u8]) -> isize {
    if b.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    fix(h as isize)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn cpython_values() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_i64(-(1 << 61)), -2);
        assert_eq!(hash_bigint(&(BigInt::from(1) << 100)), hash_i64(1 << 39));
        assert_eq!(hash_f64(1.5), Some(1152921504606846977));
        assert_eq!(hash_f64(f64::INFINITY), Some(314159));
        assert_eq!(hash_f64(-2.0), Some(-2));
        assert_eq!(hash_f64(1e100), Some(1822893315824342674));
        assert_eq!(hash_f64(0.1), Some(230584300921369408));
        assert_eq!(hash_f64(-0.5), Some(-1152921504606846976));
        assert_eq!(hash_f64(5e-324), Some(16777216));
        let mut t = TupleHasher::new();
        t.add(1);
        t.add(2);
        assert_eq!(t.finish(2), -3550055125485641917);
        assert_eq!(TupleHasher::new().finish(0), 5740354900026072187);
    }
}
