//! Golden tests for timsort: final orders, comparison counts and a
//! checksum of the exact comparison sequence recorded from CPython 3.11's
//! `list.sort` (golden/sort.txt, made by golden/gen_sort.py), including
//! runs where a comparison raises part-way.

use super::*;

#[derive(Clone, Copy)]
struct Item {
    key: i64,
    idx: u64,
}

#[test]
fn golden_sorts() {
    let text = include_str!("golden/sort.txt");
    let mut cases = 0;
    for (lineno, line) in text.lines().enumerate() {
        let parts: Vec<&str> = line.split('|').collect();
        let head: Vec<u64> = parts[0].split(' ').map(|x| x.parse().unwrap()).collect();
        let (reverse, fail_at) = (head[1] == 1, head[2]);
        let parse = |s: &str| -> Vec<i64> {
            if s.is_empty() {
                vec![]
            } else {
                s.split(',').map(|x| x.parse().unwrap()).collect()
            }
        };
        let keys = parse(parts[1]);
        let want_final = parse(parts[2]);
        let tail: Vec<u64> = parts[3].split(' ').map(|x| x.parse().unwrap()).collect();
        let mut items: Vec<Item> = keys
            .iter()
            .enumerate()
            .map(|(i, &k)| Item {
                key: k,
                idx: i as u64,
            })
            .collect();
        let (mut n, mut h) = (0u64, 0u64);
        let mut lt = |a: &Item, b: &Item| -> Result<bool, ()> {
            n += 1;
            h = h
                .wrapping_mul(1_000_003)
                .wrapping_add(a.idx * 65536 + b.idx);
            if n == fail_at {
                return Err(());
            }
            Ok(a.key < b.key)
        };
        let r = timsort(&mut items, reverse, &mut lt);
        assert_eq!(
            r.is_err(),
            fail_at > 0 && fail_at <= n,
            "line {}",
            lineno + 1
        );
        let got: Vec<i64> = items.iter().map(|i| i.idx as i64).collect();
        assert_eq!(got, want_final, "line {}: final order", lineno + 1);
        assert_eq!(
            (n, h),
            (tail[0], tail[1]),
            "line {}: comparisons",
            lineno + 1
        );
        cases += 1;
    }
    assert!(cases > 200);
}

/// An inconsistent comparison (random answers) must neither panic nor lose
/// items: the result is always a permutation of the input.
#[test]
fn inconsistent_comparisons_keep_a_permutation() {
    let mut state: u64 = 12345;
    for n in [0usize, 1, 2, 5, 33, 64, 65, 200, 1000, 3000] {
        for round in 0..4 {
            let mut v: Vec<u32> = (0..n as u32).collect();
            let mut lt = |_: &u32, _: &u32| -> Result<bool, ()> {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                Ok(state.is_multiple_of(3))
            };
            timsort(&mut v, round % 2 == 1, &mut lt).unwrap();
            let mut sorted = v.clone();
            sorted.sort();
            assert_eq!(sorted, (0..n as u32).collect::<Vec<_>>());
        }
    }
}
