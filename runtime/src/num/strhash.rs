//! Hashes of str and bytes as CPython 3.11 computes them: SipHash-1-3 over
//! the object's bytes, keyed by the interpreter's hash secret; an empty
//! input hashes to 0 and -1 becomes -2.
//!
//! For a str, the hashed bytes are CPython's internal representation: one
//! byte per character when every code point is below 256, two (little-
//! endian) when below 65536, otherwise four. With the all-zero key (what
//! `PYTHONHASHSEED=0` selects) the results equal CPython's exactly, so
//! set/dict orders of strings can be reproduced; a random key gives
//! CPython's default randomized behaviour.

/// A SipHash key (`k0`, `k1`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HashKey {
    pub k0: u64,
    pub k1: u64,
}

#[inline]
fn sip_round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(13) ^ v[0];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(16) ^ v[2];
    v[0] = v[0].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(21) ^ v[0];
    v[2] = v[2].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(17) ^ v[2];
    v[2] = v[2].rotate_left(32);
}

/// SipHash-1-3 of a byte stream given as an iterator (so a str can be
/// hashed in its wide form without building a buffer).
fn siphash13(key: HashKey, bytes: impl Iterator<Item = u8>) -> u64 {
    let mut v = [
        key.k0 ^ 0x736f_6d65_7073_6575,
        key.k1 ^ 0x646f_7261_6e64_6f6d,
        key.k0 ^ 0x6c79_6765_6e65_7261,
        key.k1 ^ 0x7465_6462_7974_6573,
    ];
    let mut len: u64 = 0;
    let mut word: u64 = 0;
    let mut fill = 0;
    for b in bytes {
        word |= (b as u64) << (8 * fill);
        fill += 1;
        len += 1;
        if fill == 8 {
            v[3] ^= word;
            sip_round(&mut v);
            v[0] ^= word;
            word = 0;
            fill = 0;
        }
    }
    let last = word | (len << 56);
    v[3] ^= last;
    sip_round(&mut v);
    v[0] ^= last;
    v[2] ^= 0xff;
    sip_round(&mut v);
    sip_round(&mut v);
    sip_round(&mut v);
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

fn finish(h: u64) -> i64 {
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// hash(bytes) (also bytearray-derived frozen copies and memoryview).
pub fn hash_bytes(data: &[u8], key: HashKey) -> i64 {
    if data.is_empty() {
        return 0;
    }
    finish(siphash13(key, data.iter().copied()))
}

/// hash(str).
pub fn hash_str(s: &str, key: HashKey) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let width = if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    };
    let bytes = s
        .chars()
        .flat_map(move |c| (c as u32).to_le_bytes().into_iter().take(width));
    finish(siphash13(key, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_python_with_hashseed_zero() {
        // (text, hash(text), hash(text.encode())) printed by
        // `PYTHONHASHSEED=0 python3`.
        let cases: &[(&str, i64, i64)] = &[
            ("", 0, 0),
            ("a", 4644417185603328019, 4644417185603328019),
            ("abc", -4594863902769663758, -4594863902769663758),
            ("hello world!", 839851713330019024, 839851713330019024),
            ("12345678", 3785724242978802311, 3785724242978802311),
            ("é", 6047309291227476195, -1266968099349302080),
            ("日本", 6243316497235261705, -2469778876882227989),
            ("😀x", -8926728262118538918, -3759280684385725039),
            (
                "abcdefghijklmnopqrstuvwxyz",
                3619993805786647007,
                3619993805786647007,
            ),
            ("Σ", 2039227103123786802, 2595451607389618564),
        ];
        let key = HashKey::default();
        for (s, hs, hb) in cases {
            assert_eq!(hash_str(s, key), *hs, "str {s:?}");
            assert_eq!(hash_bytes(s.as_bytes(), key), *hb, "bytes {s:?}");
        }
        let data: Vec<u8> = [0u8, 0xff].repeat(9);
        assert_eq!(hash_bytes(&data, key), 189145054799445544);
    }

    #[test]
    fn string_set_order_with_hashseed_zero() {
        // PYTHONHASHSEED=0: list({'a','b','c','d','e','f','g'}) ==
        // ['d', 'c', 'f', 'a', 'g', 'e', 'b']. CPython compiles a constant
        // set display to a frozenset constant merged into a new set, i.e.
        // insertion into one table followed by a copy.
        use crate::collections::settable::SetTable;
        let mut t: SetTable<&str> = SetTable::new();
        let mut eq = |a: &&str, b: &&str| -> Result<bool, ()> { Ok(a == b) };
        for s in ["a", "b", "c", "d", "e", "f", "g"] {
            t.insert(s, hash_str(s, HashKey::default()), &mut eq)
                .unwrap();
        }
        let order: Vec<&str> = t.copy().iter().map(|(k, _)| *k).collect();
        assert_eq!(order, ["d", "c", "f", "a", "g", "e", "b"]);
    }
}
