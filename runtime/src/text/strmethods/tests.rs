//! Golden tests for the str methods: results recorded from CPython 3.11
//! (../golden/str.tsv, produced by ../golden/gen_str.py) over tricky
//! Unicode samples (final sigma, ß, ligatures, titlecase digraphs, every
//! line boundary and whitespace kind).

use super::case::*;
use super::layout::*;
use super::search::*;
use crate::num::testutil::{run_golden, Val};
use num_traits::ToPrimitive;

fn opt_int(v: &Val) -> Option<i64> {
    match v {
        Val::N => None,
        other => Some(other.int().to_i64().unwrap()),
    }
}

fn strs(v: Vec<String>) -> Val {
    Val::T(v.into_iter().map(Val::S).collect())
}

fn tuple_strs(v: &Val) -> Vec<String> {
    match v {
        Val::T(items) => items.iter().map(|i| i.str()).collect(),
        other => vec![other.str()],
    }
}

#[test]
fn golden_str_methods() {
    run_golden(include_str!("../golden/str.tsv"), |c| {
        let a = &c.args;
        let s = a[0].str();
        let b = |f: fn(&str) -> bool| Ok(Val::B(f(&s)));
        let t = |f: fn(&str) -> String| Ok(Val::S(f(&s)));
        let int = |i: usize| a[i].int().to_i64().unwrap();
        let fill = |i: usize| a[i].str().chars().next().unwrap();
        let sep = |i: usize| match &a[i] {
            Val::N => None,
            v => Some(v.str()),
        };
        Some(match c.op.as_str() {
            "upper" => t(upper),
            "lower" => t(lower),
            "title" => t(title),
            "capitalize" => t(capitalize),
            "swapcase" => t(swapcase),
            "casefold" => t(casefold),
            "isidentifier" => b(isidentifier),
            "isprintable" => b(isprintable),
            "isdecimal" => b(isdecimal),
            "isdigit" => b(isdigit),
            "isnumeric" => b(isnumeric),
            "isalpha" => b(isalpha),
            "isalnum" => b(isalnum),
            "isspace" => b(isspace),
            "istitle" => b(istitle),
            "isupper" => b(isupper),
            "islower" => b(islower),
            "isascii" => b(isascii),
            "split" => split(&s, sep(1).as_deref(), int(2)).map(strs),
            "rsplit" => rsplit(&s, sep(1).as_deref(), int(2)).map(strs),
            "splitlines" => Ok(strs(splitlines(&s, a[1].boolean()))),
            "strip" => Ok(Val::S(strip(&s, sep(1).as_deref()).into())),
            "lstrip" => Ok(Val::S(lstrip(&s, sep(1).as_deref()).into())),
            "rstrip" => Ok(Val::S(rstrip(&s, sep(1).as_deref()).into())),
            "expandtabs" => expandtabs(&s, int(1)).map(Val::S),
            "center" => center(&s, int(1), fill(2)).map(Val::S),
            "ljust" => ljust(&s, int(1), fill(2)).map(Val::S),
            "rjust" => rjust(&s, int(1), fill(2)).map(Val::S),
            "zfill" => zfill(&s, int(1)).map(Val::S),
            "find" | "rfind" | "index" | "rindex" | "count" => {
                let sub = a[1].str();
                let (st, en) = (opt_int(&a[2]), opt_int(&a[3]));
                match c.op.as_str() {
                    "find" => Ok(Val::I(find(&s, &sub, st, en).into())),
                    "rfind" => Ok(Val::I(rfind(&s, &sub, st, en).into())),
                    "index" => index(&s, &sub, st, en).map(|i| Val::I(i.into())),
                    "rindex" => rindex(&s, &sub, st, en).map(|i| Val::I(i.into())),
                    _ => Ok(Val::I(count(&s, &sub, st, en).into())),
                }
            }
            "startswith" | "endswith" => {
                let subs = tuple_strs(&a[1]);
                let subs: Vec<&str> = subs.iter().map(|x| x.as_str()).collect();
                let (st, en) = (opt_int(&a[2]), opt_int(&a[3]));
                Ok(Val::B(if c.op == "startswith" {
                    startswith(&s, &subs, st, en)
                } else {
                    endswith(&s, &subs, st, en)
                }))
            }
            "replace" => Ok(Val::S(replace(&s, &a[1].str(), &a[2].str(), int(3)))),
            "partition" | "rpartition" => {
                let f = if c.op == "partition" {
                    partition
                } else {
                    rpartition
                };
                f(&s, &a[1].str()).map(|(x, y, z)| strs(vec![x.into(), y.into(), z.into()]))
            }
            "removeprefix" => Ok(Val::S(removeprefix(&s, &a[1].str()).into())),
            "removesuffix" => Ok(Val::S(removesuffix(&s, &a[1].str()).into())),
            "repeat" => repeat(&s, int(1)).map(Val::S),
            _ => return None,
        })
    });
}

#[test]
fn join_and_indexes() {
    assert_eq!(join(", ", &["a", "b", "c"]), "a, b, c");
    assert_eq!(join::<&str>("-", &[]), "");
    let ix = super::CharIndex::new("aé日b");
    assert_eq!(ix.len(), 4);
    assert_eq!(ix.slice(1, 3), "é日");
    assert_eq!(ix.char_at_byte(3), 2);
}

#[test]
fn huge_padding_is_memory_error() {
    use crate::num::ExcKind::MemoryError;
    assert_eq!(center("a", 1 << 62, ' ').unwrap_err().kind, MemoryError);
    assert_eq!(ljust("a", i64::MAX, ' ').unwrap_err().kind, MemoryError);
    assert_eq!(zfill("a", 1 << 62).unwrap_err().kind, MemoryError);
    assert_eq!(expandtabs("a\tb", 1 << 62).unwrap_err().kind, MemoryError);
    assert_eq!(
        repeat("ab", i64::MAX).unwrap_err().kind,
        crate::num::ExcKind::OverflowError
    );
}
