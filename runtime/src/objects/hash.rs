//! Hashing entry points of the object layer: numeric hashes delegate to
//! `crate::num::hash` (CPython 3.11's values: reduction modulo `2^61 - 1`,
//! `-1` never returned); `TupleHasher` is the incremental form of
//! `num::hash::hash_tuple` (it lets `tuple.__hash__` stop at the first
//! unhashable item); strings and bytes use `num::strhash` (SipHash-1-3)
//! with a fixed zero key (`STR_HASH_KEY`).

use num_bigint::BigInt;

/// `hash(f)` for a float `inf`: `314159`.
pub const HASH_INF: isize = crate::num::hash::HASH_INF as isize;

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
    // Values below the modulus hash to themselves (no division).
    if i.unsigned_abs() < crate::num::hash::MODULUS {
        return fix(i as isize);
    }
    crate::num::hash::hash_i64(i) as isize
}

/// `hash(b)` for a bigint.
pub fn hash_bigint(b: &BigInt) -> isize {
    crate::num::hash::hash_bigint(b) as isize
}

/// `hash(f)` for a non-NaN float; None for NaN, which hashes by identity
/// (the caller uses `hash_pointer` on the object).
pub fn hash_f64(v: f64) -> Option<isize> {
    if v.is_nan() {
        return None;
    }
    Some(crate::num::hash::hash_f64(v, 0) as isize)
}

/// Identity hash of an object address (CPython's pointer hash).
#[inline]
pub fn hash_pointer(p: usize) -> isize {
    crate::num::hash::hash_identity(p) as isize
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

/// The SipHash key of this process: all zero, i.e. CPython's
/// `PYTHONHASHSEED=0`, so str hashes (and set orders of strings) are
/// reproducible and equal to CPython's under that setting.
pub const STR_HASH_KEY: crate::num::strhash::HashKey =
    crate::num::strhash::HashKey { k0: 0, k1: 0 };

/// Hash of a byte string (bytes, and the UTF-8 of ASCII str).
pub fn hash_bytes(b: &[u8]) -> isize {
    crate::num::strhash::hash_bytes(b, STR_HASH_KEY) as isize
}

/// Hash of a str (CPython's SipHash-1-3 over its internal 1/2/4-byte
/// representation).
pub fn hash_text(s: &str, ascii: bool) -> isize {
    if ascii {
        return hash_bytes(s.as_bytes());
    }
    crate::num::strhash::hash_str(s, STR_HASH_KEY) as isize
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn tuple_hasher_matches_batch_form() {
        for items in [vec![], vec![1i64], vec![1, 2], vec![-2, 7, 1 << 40]] {
            let mut t = TupleHasher::new();
            for &h in &items {
                t.add(h as isize);
            }
            assert_eq!(
                t.finish(items.len()) as i64,
                crate::num::hash::hash_tuple(items.clone())
            );
        }
    }

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
