//! Golden tests for the set table: iteration orders recorded from CPython
//! 3.11 (golden/sets.txt, produced by golden/gen.py) for random sequences of
//! add/discard/pop/clear/copy and the binary set operations on ints.

use super::*;
use crate::num::hash::hash_i64;

type Never = std::convert::Infallible;

fn eq(a: &i64, b: &i64) -> Result<bool, Never> {
    Ok(a == b)
}

fn run_ops(ops: &str, pops: &mut Vec<i64>) -> SetTable<i64> {
    let mut s = SetTable::new();
    for op in ops.split(',').filter(|o| !o.is_empty()) {
        match op.as_bytes()[0] {
            b'+' => {
                let k: i64 = op[1..].parse().unwrap();
                s.insert(k, hash_i64(k), &mut eq).unwrap();
            }
            b'-' => {
                let k: i64 = op[1..].parse().unwrap();
                s.remove(&k, hash_i64(k), &mut eq).unwrap();
            }
            b'p' => {
                if let Some((k, _)) = s.pop() {
                    pops.push(k);
                }
            }
            b'c' => s.clear(),
            b'u' => s = s.copy(),
            _ => panic!("bad op {op}"),
        }
    }
    s
}

#[test]
fn golden_set_orders() {
    let text = include_str!("golden/sets.txt");
    let mut failures = Vec::new();
    let mut n = 0;
    for (lineno, line) in text.lines().enumerate() {
        let parts: Vec<&str> = line.split('|').collect();
        let (a_ops, b_ops, op, want) = (parts[0], parts[1], parts[2], parts[3]);
        let mut pops = Vec::new();
        let mut a = run_ops(a_ops, &mut pops);
        let b = run_ops(b_ops, &mut Vec::new());
        let e = &mut eq;
        let res = match op {
            "none" => a,
            "or" => a.union(&b, e).unwrap(),
            "and" => a.intersection(&b, e).unwrap(),
            "sub" => a.difference(&b, e).unwrap(),
            "xor" => a.symmetric_difference(&b, e).unwrap(),
            "ior" => {
                a.merge(&b, e).unwrap();
                a
            }
            "iand" => {
                a.intersection_update(&b, e).unwrap();
                a
            }
            "isub" => {
                a.difference_update(&b, e).unwrap();
                a
            }
            "ixor" => {
                a.symmetric_difference_update(&b, e).unwrap();
                a
            }
            "copy" => a.copy(),
            "dict" => {
                let mut keys: Vec<(i64, i64)> = Vec::new();
                for o in b_ops.split(',').filter(|o| o.starts_with('+')) {
                    let k: i64 = o[1..].parse().unwrap();
                    if !keys.iter().any(|(x, _)| *x == k) {
                        keys.push((k, hash_i64(k)));
                    }
                }
                a.update_from_dict(&keys, e).unwrap();
                a
            }
            _ => panic!("bad op {op}"),
        };
        let mut got: Vec<String> = pops.iter().map(|p| format!("p={p}")).collect();
        got.extend(res.iter().map(|(k, _)| k.to_string()));
        let got = got.join(",");
        n += 1;
        if got != want {
            failures.push(format!(
                "line {}: op {op}\n want {want}\n got  {got}",
                lineno + 1
            ));
        }
    }
    assert!(n > 500);
    assert!(
        failures.is_empty(),
        "{} of {n} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(5)].join("\n")
    );
}

#[test]
fn failing_eq_aborts() {
    let mut s: SetTable<i64> = SetTable::new();
    let mut ok = |a: &i64, b: &i64| -> Result<bool, &'static str> { Ok(a == b) };
    s.insert(1, 1, &mut ok).unwrap();
    let mut bad = |_: &i64, _: &i64| -> Result<bool, &'static str> { Err("boom") };
    // Same hash forces a comparison, which fails.
    assert_eq!(s.insert(9, 1, &mut bad), Err("boom"));
    assert_eq!(s.len(), 1);
    // A different hash never compares.
    assert_eq!(s.insert(2, 2, &mut bad), Ok(true));
}
