//! Golden tests for the bytes methods, recorded from CPython 3.11
//! (golden/bytes.tsv, made by golden/gen_bytes.py).

use super::*;
use crate::num::testutil::{run_golden, Val};
use num_traits::ToPrimitive;

fn opt_int(v: &Val) -> Option<i64> {
    match v {
        Val::N => None,
        other => Some(other.int().to_i64().unwrap()),
    }
}

fn list(v: Vec<Vec<u8>>) -> Val {
    Val::T(v.into_iter().map(Val::Y).collect())
}

#[test]
fn golden_bytes_methods() {
    run_golden(include_str!("golden/bytes.tsv"), |c| {
        let a = &c.args;
        let s = a[0].bytes();
        let b = |f: fn(&[u8]) -> bool| Ok(Val::B(f(&s)));
        let t = |f: fn(&[u8]) -> Vec<u8>| Ok(Val::Y(f(&s)));
        let int = |i: usize| a[i].int().to_i64().unwrap();
        let opt_bytes = |i: usize| match &a[i] {
            Val::N => None,
            v => Some(v.bytes()),
        };
        let not_found = |i: i64| {
            if i < 0 {
                Err(not_found())
            } else {
                Ok(Val::I(i.into()))
            }
        };
        Some(match c.op.as_str() {
            "upper" => t(upper),
            "lower" => t(lower),
            "title" => t(title),
            "capitalize" => t(capitalize),
            "swapcase" => t(swapcase),
            "isalpha" => b(isalpha),
            "isalnum" => b(isalnum),
            "isdigit" => b(isdigit),
            "isspace" => b(isspace),
            "istitle" => b(istitle),
            "isupper" => b(isupper),
            "islower" => b(islower),
            "isascii" => b(isascii),
            "split" => split(&s, opt_bytes(1).as_deref(), int(2)).map(list),
            "rsplit" => rsplit(&s, opt_bytes(1).as_deref(), int(2)).map(list),
            "splitlines" => Ok(list(splitlines(&s, a[1].boolean()))),
            "strip" => Ok(Val::Y(
                strip(&s, opt_bytes(1).as_deref(), true, true).to_vec(),
            )),
            "lstrip" => Ok(Val::Y(
                strip(&s, opt_bytes(1).as_deref(), true, false).to_vec(),
            )),
            "rstrip" => Ok(Val::Y(
                strip(&s, opt_bytes(1).as_deref(), false, true).to_vec(),
            )),
            "expandtabs" => expandtabs(&s, int(1)).map(Val::Y),
            "center" => pad(&s, int(1), b'*', '^').map(Val::Y),
            "ljust" => pad(&s, int(1), b'*', '<').map(Val::Y),
            "rjust" => pad(&s, int(1), b'*', '>').map(Val::Y),
            "zfill" => zfill(&s, int(1)).map(Val::Y),
            "find" | "rfind" | "index" | "rindex" | "count" => {
                let sub = a[1].bytes();
                let (st, en) = (opt_int(&a[2]), opt_int(&a[3]));
                match c.op.as_str() {
                    "find" => Ok(Val::I(find(&s, &sub, st, en).into())),
                    "rfind" => Ok(Val::I(rfind(&s, &sub, st, en).into())),
                    "index" => not_found(find(&s, &sub, st, en)),
                    "rindex" => not_found(rfind(&s, &sub, st, en)),
                    _ => Ok(Val::I(count(&s, &sub, st, en).into())),
                }
            }
            "startswith" | "endswith" => {
                let subs: Vec<Vec<u8>> = a[1].items().iter().map(|v| v.bytes()).collect();
                let subs: Vec<&[u8]> = subs.iter().map(|v| v.as_slice()).collect();
                let (st, en) = (opt_int(&a[2]), opt_int(&a[3]));
                Ok(Val::B(if c.op == "startswith" {
                    startswith(&s, &subs, st, en)
                } else {
                    endswith(&s, &subs, st, en)
                }))
            }
            "replace" => Ok(Val::Y(replace(&s, &a[1].bytes(), &a[2].bytes(), int(3)))),
            "partition" | "rpartition" => partition(&s, &a[1].bytes(), c.op == "rpartition")
                .map(|(x, y, z)| list(vec![x, y, z])),
            _ => return None,
        })
    });
}
