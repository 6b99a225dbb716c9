//! Golden tests for `num::float`, recorded from CPython 3.11
//! (golden/float.tsv).

use super::*;
use crate::num::testutil::{run_golden, Val};
use num_traits::ToPrimitive;

#[test]
fn golden_float() {
    run_golden(include_str!("golden/float.tsv"), |c| {
        let a = &c.args;
        let x = |i: usize| a[i].float();
        Some(match c.op.as_str() {
            "floordiv" => float_floordiv(x(0), x(1)).map(Val::F),
            "mod" => float_mod(x(0), x(1)).map(Val::F),
            "divmod" => float_divmod(x(0), x(1)).map(|(q, r)| Val::T(vec![Val::F(q), Val::F(r)])),
            "pow" => float_pow(x(0), x(1)).map(|p| match p {
                FloatPow::Float(f) => Val::F(f),
                FloatPow::Complex(re, im) => Val::C(re, im),
            }),
            "round" => float_round(x(0), a[1].int().to_i64().unwrap()).map(Val::F),
            "round0" => float_round_to_int(x(0)).map(Val::I),
            "hex" => Ok(Val::S(float_hex(x(0)))),
            "ratio" => {
                float_as_integer_ratio(x(0)).map(|(n, d)| Val::T(vec![Val::I(n), Val::I(d)]))
            }
            "is_integer" => Ok(Val::B(float_is_integer(x(0)))),
            "fromhex" => float_fromhex(&a[0].str()).map(Val::F),
            "parse_float" => parse_float(&a[0].str()).map(Val::F),
            _ => return None,
        })
    });
}
