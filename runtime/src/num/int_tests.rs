//! Golden tests for `num::int`, recorded from CPython 3.11 (golden/int.tsv).

use super::*;
use crate::num::testutil::{run_golden, Val};

fn iv(v: IntOut) -> Val {
    Val::I(v.to_big())
}

#[test]
fn golden_int() {
    run_golden(include_str!("golden/int.tsv"), |c| {
        let a = &c.args;
        let big = |i: usize| a[i].int();
        Some(match c.op.as_str() {
            "parse_int" => {
                let base = big(1).to_i64().unwrap();
                parse_int(&a[0].str(), base, DEFAULT_MAX_STR_DIGITS).map(Val::I)
            }
            "str" => int_to_decimal(&big(0), DEFAULT_MAX_STR_DIGITS).map(Val::S),
            "bin" => Ok(Val::S(int_to_prefixed(&big(0), 2))),
            "oct" => Ok(Val::S(int_to_prefixed(&big(0), 8))),
            "hex" => Ok(Val::S(int_to_prefixed(&big(0), 16))),
            "bits" => Ok(Val::T(vec![
                Val::I(bit_length(&big(0)).into()),
                Val::I(bit_count(&big(0)).into()),
            ])),
            "floordiv" => {
                let r = floordiv_big(&big(0), &big(1)).map(Val::I);
                if let (Some(x), Some(y)) = (big(0).to_i64(), big(1).to_i64()) {
                    assert_eq!(floordiv_i64(x, y).map(iv), r, "i64 floordiv {x} {y}");
                }
                r
            }
            "mod" => {
                let r = mod_big(&big(0), &big(1)).map(Val::I);
                if let (Some(x), Some(y)) = (big(0).to_i64(), big(1).to_i64()) {
                    assert_eq!(mod_i64(x, y).map(|v| Val::I(v.into())), r);
                }
                r
            }
            "divmod" => {
                let r =
                    divmod_big(&big(0), &big(1)).map(|(q, m)| Val::T(vec![Val::I(q), Val::I(m)]));
                if let (Some(x), Some(y)) = (big(0).to_i64(), big(1).to_i64()) {
                    let s = divmod_i64(x, y).map(|(q, m)| Val::T(vec![iv(q), Val::I(m.into())]));
                    assert_eq!(s, r);
                }
                r
            }
            "truediv" => true_div(&big(0), &big(1)).map(Val::F),
            "pow" | "powmod" => {
                let m = if c.op == "powmod" { Some(big(2)) } else { None };
                int_pow(&big(0), &big(1), m.as_ref()).map(|p| match p {
                    PowOut::Int(i) => Val::I(i),
                    PowOut::Float(f) => Val::F(f),
                })
            }
            "round" => Ok(Val::I(round_int(&big(0), &big(1)))),
            "to_bytes" => parse_byteorder(&a[2].str()).and_then(|little| {
                to_bytes(&big(0), big(1).to_i64().unwrap(), little, a[3].boolean()).map(Val::Y)
            }),
            "from_bytes" => {
                let little = parse_byteorder(&a[1].str()).unwrap();
                Ok(Val::I(from_bytes(&a[0].bytes(), little, a[2].boolean())))
            }
            "lshift" => lshift(&big(0), &big(1)).map(Val::I),
            "rshift" => rshift(&big(0), &big(1)).map(Val::I),
            "float_to_int" => f64_to_int(a[0].float()).map(Val::I),
            _ => return None,
        })
    });
}

#[test]
fn shifts_and_pow_too_large_are_memory_errors() {
    let one = BigInt::from(1);
    let huge = BigInt::from(1u64 << 40);
    assert_eq!(lshift(&one, &huge).unwrap_err().kind, ExcKind::MemoryError);
    let two = BigInt::from(2);
    let e = BigInt::from(10u64).pow(20u32);
    assert_eq!(
        int_pow(&two, &e, None).unwrap_err().kind,
        ExcKind::MemoryError
    );
    assert_eq!(
        to_bytes(&one, i64::MAX, true, false).unwrap_err().kind,
        ExcKind::MemoryError
    );
}
