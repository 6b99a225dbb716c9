//! Golden tests for `num::math`, recorded from CPython 3.11
//! (golden/math.tsv).

use super::*;
use crate::num::testutil::{run_golden, Val};

#[test]
fn golden_math() {
    run_golden(include_str!("golden/math.tsv"), |c| {
        let a = &c.args;
        let x = |i: usize| a[i].float();
        let floats = |i: usize| -> Vec<f64> { a[i].items().iter().map(|v| v.float()).collect() };
        let ints = |i: usize| -> Vec<BigInt> { a[i].items().iter().map(|v| v.int()).collect() };
        let f = Val::F;
        let pair = |(m, e): (f64, i64)| Val::T(vec![Val::F(m), Val::I(e.into())]);
        let larg = |v: &Val| match v {
            Val::F(x) => LogArg::Float(*x),
            _ => unreachable!(),
        };
        Some(match c.op.as_str() {
            "sqrt" => sqrt(x(0)).map(f),
            "unary" => unary(&a[0].str(), x(1))?.map(f),
            "exp" => exp(x(0)).map(f),
            "log" => log(LogArg::Float(x(0)), LogBase::E).map(f),
            "log2" => log(LogArg::Float(x(0)), LogBase::Two).map(f),
            "log10" => log(LogArg::Float(x(0)), LogBase::Ten).map(f),
            "logi" => log(LogArg::Int(&a[0].int()), LogBase::E).map(f),
            "log2i" => log(LogArg::Int(&a[0].int()), LogBase::Two).map(f),
            "log10i" => log(LogArg::Int(&a[0].int()), LogBase::Ten).map(f),
            "logbase" => {
                let n = a[0].int();
                let base = match &a[1] {
                    Val::I(b) => LogArg::Int(b),
                    other => larg(other),
                };
                log_base(LogArg::Int(&n), base).map(f)
            }
            "log1p" => log1p(x(0)).map(f),
            "frexp" => Ok(pair(frexp(x(0)))),
            "modf" => {
                let (p, q) = modf(x(0));
                Ok(Val::T(vec![Val::F(p), Val::F(q)]))
            }
            "degrees" => Ok(f(degrees(x(0)))),
            "radians" => Ok(f(radians(x(0)))),
            "ulp" => Ok(f(ulp(x(0)))),
            "pow" => pow(x(0), x(1)).map(f),
            "fmod" => fmod(x(0), x(1)).map(f),
            "atan2" => Ok(f(atan2(x(0), x(1)))),
            "nextafter" => Ok(f(nextafter(x(0), x(1)))),
            "isclose" => isclose(x(0), x(1), 1e-9, 0.0).map(Val::B),
            "hypot" => Ok(f(hypot(&floats(0)))),
            "ldexp" => {
                let i = a[1].int();
                let i = i
                    .to_i64()
                    .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
                ldexp(x(0), i).map(f)
            }
            "fsum" => fsum(floats(0)).map(f),
            "factorial" => factorial(&a[0].int()).map(Val::I),
            "isqrt" => isqrt(&a[0].int()).map(Val::I),
            "comb" => comb(&a[0].int(), &a[1].int()).map(Val::I),
            "perm" => perm(&a[0].int(), Some(&a[1].int())).map(Val::I),
            "gcd" => Ok(Val::I(gcd(&ints(0)))),
            "lcm" => Ok(Val::I(lcm(&ints(0)))),
            _ => return None,
        })
    });
}
