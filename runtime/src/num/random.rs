//! The core of CPython's `random` module (`_random.Random`): the MT19937
//! Mersenne Twister with CPython's seeding from an int (its absolute
//! value split into 32-bit words, least significant first, fed to
//! `init_by_array`), `random()` with 53-bit resolution, `getrandbits(k)`,
//! and `randbelow(n)` as `random.py` builds it on `getrandbits`. With the
//! same seed, the same sequence as CPython 3.11 results.
//!
//! Seeding from str/bytes (SHA-512 based) and from None (OS entropy) is
//! the caller's job: it turns them into an int seed first. A float seed is
//! `abs(hash(x))`, as CPython does for non-int seeds.

use num_bigint::{BigInt, BigUint};
use num_traits::{Signed, Zero};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// Mersenne Twister state.
#[derive(Clone)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Mt19937 {
    fn init_genrand(s: u32) -> Self {
        let mut mt = [0u32; N];
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        Mt19937 {
            state: mt,
            index: N,
        }
    }

    fn init_by_array(key: &[u32]) -> Self {
        let mut g = Self::init_genrand(19_650_218);
        let mt = &mut g.state;
        let (mut i, mut j) = (1usize, 0usize);
        let klen = key.len().max(1);
        for _ in 0..N.max(klen) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        g
    }

    /// Seeds from an int as `random.seed(n)` does (the sign is ignored).
    pub fn from_int_seed(seed: &BigInt) -> Self {
        let mag: &BigUint = seed.magnitude();
        let mut key: Vec<u32> = mag.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        Self::init_by_array(&key)
    }

    /// Seeds from a float as CPython does: by the absolute value of its
    /// hash.
    pub fn from_float_seed(x: f64, identity: usize) -> Self {
        let h = super::hash::hash_f64(x, identity);
        Self::from_int_seed(&BigInt::from(h))
    }

    /// The next 32 random bits.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            for k in 0..N {
                let y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
                let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
                mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: a float in [0, 1) with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k >= 0` (the caller raises "number of bits
    /// must be non-negative" for k < 0).
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k == 0 {
            return BigInt::zero();
        }
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let words = (k - 1) / 32 + 1;
        let mut left = k;
        let mut digits = Vec::with_capacity(words as usize);
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from(BigUint::new(digits))
    }

    /// `_randbelow(n)` of random.py for `n > 0`: rejection sampling on
    /// `getrandbits(n.bit_length())`.
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if !n.is_positive() {
            return BigInt::zero();
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if r < *n {
                return r;
            }
        }
    }

    /// The state as `getstate()` exposes it: 624 words and the index.
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.state, self.index)
    }

    /// Restores a state from `setstate()` (index clamped to 624).
    pub fn from_state(words: [u32; N], index: usize) -> Self {
        Mt19937 {
            state: words,
            index: index.min(N),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequences_match_python() {
        // r = random.Random(seed): [r.random() x3], getrandbits(5),
        // getrandbits(32), getrandbits(70), then randrange(1000) (=
        // randbelow(1000)), as printed by python3.11.
        type Case = (&'static str, [f64; 3], u64, u64, &'static str, u64);
        let cases: &[Case] = &[
            (
                "0",
                [0.8444218515250481, 0.7579544029403025, 0.420571580830845],
                8,
                4146640122,
                "470132385667577210466",
                940,
            ),
            (
                "1",
                [0.13436424411240122, 0.8474337369372327, 0.763774618976614],
                8,
                506456969,
                "530546113492404196731",
                483,
            ),
            (
                "42",
                [
                    0.6394267984578837,
                    0.025010755222666936,
                    0.27502931836911926,
                ],
                7,
                599310825,
                "795100697393359315113",
                758,
            ),
            (
                "-42",
                [
                    0.6394267984578837,
                    0.025010755222666936,
                    0.27502931836911926,
                ],
                7,
                599310825,
                "795100697393359315113",
                758,
            ),
            (
                "4294967296",
                [0.11299430095636409, 0.41782886486292836, 0.0166763664992291],
                19,
                3762791315,
                "401444189471716073984",
                857,
            ),
            (
                "1267650600228229401496703205383",
                [0.41604161323913513, 0.32676498245430574, 0.5566705938449678],
                23,
                3256995231,
                "656268714467882267238",
                698,
            ),
            (
                "12345678901234567890",
                [0.5120180983871961, 0.9318805526703359, 0.6423121128048344],
                27,
                1402977991,
                "267953764548711919548",
                585,
            ),
        ];
        for (seed, rs, b5, b32, b70, below) in cases {
            let mut g = Mt19937::from_int_seed(&seed.parse().unwrap());
            for want in rs {
                assert_eq!(g.random(), *want, "seed {seed}");
            }
            assert_eq!(g.getrandbits(5), BigInt::from(*b5));
            assert_eq!(g.getrandbits(32), BigInt::from(*b32));
            assert_eq!(g.getrandbits(70), b70.parse::<BigInt>().unwrap());
            assert_eq!(g.getrandbits(0), BigInt::zero());
            assert_eq!(g.randbelow(&BigInt::from(1000)), BigInt::from(*below));
        }
        // random.Random(3.5).random() == 0.3039190124834461
        assert_eq!(
            Mt19937::from_float_seed(3.5, 0).random(),
            0.3039190124834461
        );
        // r = random.Random(7); l = list(range(10)); r.shuffle(l)
        // -> [8, 3, 1, 4, 7, 0, 9, 6, 2, 5]
        let mut g = Mt19937::from_int_seed(&BigInt::from(7));
        let mut l: Vec<u32> = (0..10).collect();
        for i in (1..l.len()).rev() {
            let j = g.randbelow(&BigInt::from(i + 1));
            l.swap(i, usize::try_from(&j).unwrap());
        }
        assert_eq!(l, [8, 3, 1, 4, 7, 0, 9, 6, 2, 5]);
    }
}
