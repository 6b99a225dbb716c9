//! Stable sorting of Python values with `<` (CPython's only comparison in
//! `sorted`/`list.sort`), an optional key function and `reverse`. A merge
//! sort that stops at the first comparison error; it never panics on
//! inconsistent orderings (NaN, user `__lt__`).

use crate::object::{decref, Value};
use crate::ops::compare::rich_compare_bool;
use crate::types::slots::CompareOp;

/// Sort `items` (owned references, kept) in place. False with an exception
/// set on failure (the order is then unspecified but every item is kept).
pub fn sort_values(items: &mut Vec<Value>, key: Value, reverse: bool) -> bool {
    let keys: Vec<Value> = if key.is_null() || crate::objects::singletons::is_none(key) {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for &it in items.iter() {
            let k = crate::call::vectorcall::call(key, &[it], Value::NULL);
            if k.is_null() {
                for k in ks {
                    decref(k);
                }
                return false;
            }
            ks.push(k);
        }
        ks
    };
    let owned_keys = !(key.is_null() || crate::objects::singletons::is_none(key));
    // Sort indices by key; reverse keeps stability by reversing first and
    // last (as CPython does).
    let n = items.len();
    let mut idx: Vec<usize> = (0..n).collect();
    if reverse {
        idx.reverse();
    }
    let mut failed = false;
    let mut lt = |a: usize, b: usize| -> bool {
        if failed {
            return false;
        }
        let r = rich_compare_bool(keys[a], keys[b], CompareOp::Lt);
        if r < 0 {
            failed = true;
            return false;
        }
        r == 1
    };
    merge_sort(&mut idx, &mut lt);
    if reverse {
        idx.reverse();
    }
    if owned_keys {
        for k in keys {
            decref(k);
        }
    }
    if failed {
        return false;
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i]).collect();
    *items = sorted;
    true
}

fn merge_sort(v: &mut [usize], lt: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    // Insertion sort small runs of 16, then merge bottom-up.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i];
            let mut j = i;
            while j > start && lt(x, v[j - 1]) {
                v[j] = v[j - 1];
                j -= 1;
            }
            v[j] = x;
        }
        start = end;
    }
    let mut buf = vec![0usize; n];
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                let (mut i, mut j, mut k) = (lo, mid, lo);
                while i < mid && j < hi {
                    if lt(v[j], v[i]) {
                        buf[k] = v[j];
                        j += 1;
                    } else {
                        buf[k] = v[i];
                        i += 1;
                    }
                    k += 1;
                }
                while i < mid {
                    buf[k] = v[i];
                    i += 1;
                    k += 1;
                }
                while j < hi {
                    buf[k] = v[j];
                    j += 1;
                    k += 1;
                }
                v[lo..hi].copy_from_slice(&buf[lo..hi]);
            }
            lo = hi;
        }
        width *= 2;
    }
}
