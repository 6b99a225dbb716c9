//! Exact comparison of floats with floats and ints (no rounding of big
//! ints to float: a float is compared with the integer's exact value).

use super::*;
use crate::objects::int::{int_val, IntVal};
use crate::objects::singletons::not_implemented;
use crate::types::slots::CompareOp;
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use std::cmp::Ordering;

/// Compare float `f` with an int exactly; None when `f` is NaN.
pub fn cmp_float_int(f: f64, i: &IntVal) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let IntVal::Small(s) = i {
        if s.unsigned_abs() < (1u64 << 53) {
            return f.partial_cmp(&(*s as f64));
        }
    }
    let big = i.to_big();
    let t = f.trunc();
    let tb = BigInt::from_f64(t)?;
    match tb.cmp(big.as_ref()) {
        Ordering::Equal => {
            let frac = f - t;
            Some(if frac > 0.0 {
                Ordering::Greater
            } else if frac < 0.0 {
                Ordering::Less
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

pub(super) unsafe fn float_richcompare(a: Value, b: Value, op: CompareOp) -> Value {
    // `a` is the float (the slot is only called for operands of our type,
    // possibly swapped by the dispatcher, which also swaps `op`).
    if !is_float(a) {
        return not_implemented();
    }
    let x = float_value(a);
    let ord = if is_float(b) {
        x.partial_cmp(&float_value(b))
    } else if let Some(i) = int_val(b) {
        cmp_float_int(x, &i)
    } else {
        return not_implemented();
    };
    let r = match ord {
        Some(o) => op.test(o),
        None => op == CompareOp::Ne,
    };
    crate::objects::bool::from_bool(r)
}
