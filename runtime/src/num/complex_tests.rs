//! Golden tests for `num::complex`, recorded from CPython 3.11
//! (golden/complex.tsv).

use super::*;
use crate::num::testutil::{run_golden, Val};

fn cx(v: &Val) -> Complex {
    match v {
        Val::C(re, im) => Complex::new(*re, *im),
        other => panic!("expected complex, got {other:?}"),
    }
}

fn out(z: Complex) -> Val {
    Val::C(z.re, z.im)
}

#[test]
fn golden_complex() {
    run_golden(include_str!("golden/complex.tsv"), |c| {
        let a = &c.args;
        Some(match c.op.as_str() {
            "repr" => Ok(Val::S(complex_repr(cx(&a[0])))),
            "abs" => complex_abs(cx(&a[0])).map(Val::F),
            "div" => complex_div(cx(&a[0]), cx(&a[1])).map(out),
            "pow" => complex_pow(cx(&a[0]), cx(&a[1])).map(out),
            "parse" => parse_complex(&a[0].str()).map(out),
            _ => return None,
        })
    });
}
