//! Unit tests of the str/int/float method wiring: results, CPython's
//! messages, and (through `testing::run`) no leaked objects on success or
//! error paths.

use crate::object::{decref, Value};
use crate::testing::*;

/// `obj.name(*args)` with borrowed args; consumes nothing.
fn call(obj: Value, name: &str, args: &[Value]) -> Value {
    let n = s(name);
    let r = crate::call::vectorcall::call_method(obj, n, args);
    decref(n);
    r
}

/// Calls and renders the result (or the error as `Type: message`).
fn show(obj: Value, name: &str, args: &[Value]) -> String {
    let r = call(obj, name, args);
    if r.is_null() {
        crate::errors::take_message().unwrap_or_default()
    } else {
        repr_take(r)
    }
}

/// Fresh values owned by a test body, released at its end.
struct Temps(Vec<Value>);

impl Temps {
    fn t(&mut self, v: Value) -> Value {
        self.0.push(v);
        v
    }
}

impl Drop for Temps {
    fn drop(&mut self) {
        for &v in &self.0 {
            decref(v);
        }
    }
}

#[test]
fn str_methods_results_and_errors_do_not_leak() {
    run(|| {
        let mut tmp = Temps(Vec::new());
        let text = s("a,b,,c é");
        let comma = s(",");
        let empty = s("");
        let one = i(1);
        let none = crate::objects::singletons::none();
        assert_eq!(show(text, "split", &[comma]), "['a', 'b', '', 'c é']");
        assert_eq!(show(text, "rsplit", &[comma, one]), "['a,b,', 'c é']");
        assert_eq!(show(text, "split", &[empty]), "ValueError: empty separator");
        assert_eq!(
            show(text, "split", &[one]),
            "TypeError: must be str or None, not int"
        );
        assert_eq!(show(text, "find", &[comma, none, none]), "1");
        assert_eq!(
            show(text, "find", &[one]),
            "TypeError: must be str, not int"
        );
        assert_eq!(
            show(text, "index", &[tmp.t(s("z"))]),
            "ValueError: substring not found"
        );
        assert_eq!(show(text, "partition", &[comma]), "('a', ',', 'b,,c é')");
        assert_eq!(show(text, "upper", &[]), "'A,B,,C É'");
        assert_eq!(
            show(text, "center", &[i(10), tmp.t(s("*"))]),
            "'*a,b,,c é*'"
        );
        assert_eq!(
            show(text, "center", &[i(10), tmp.t(s("**"))]),
            "TypeError: The fill character must be exactly one character long"
        );
        assert_eq!(show(text, "replace", &[comma, empty]), "'abc é'");
        assert_eq!(
            show(text, "replace", &[one, empty]),
            "TypeError: replace() argument 1 must be str, not int"
        );
        assert_eq!(show(text, "startswith", &[comma]), "False");
        assert_eq!(show(text, "strip", &[tmp.t(s("aé "))]), "',b,,c'");
        assert_eq!(show(text, "splitlines", &[]), "['a,b,,c é']");
        assert_eq!(show(text, "encode", &[]), "b'a,b,,c \\xc3\\xa9'");
        let fmt = s("{0}-{1!r:>5}-{k}");
        assert_eq!(show(fmt, "format", &[one, comma]), "KeyError: 'k'");
        assert_eq!(
            show(fmt, "format", &[one]),
            "IndexError: Replacement index 1 out of range for positional args tuple"
        );
        let pct = s("%s|%5.2f|%x");
        let args = crate::objects::tuple::tuple_pack(&[text, i(2), i(255)]);
        let r = crate::ops::number::binary_op(pct, args, crate::types::slots::BinOp::Mod);
        assert_eq!(repr_take(r), "'a,b,,c é| 2.00|ff'");
        let r = crate::ops::number::binary_op(pct, one, crate::types::slots::BinOp::Mod);
        expect_err(r, "TypeError: not enough arguments for format string");
        for v in [text, comma, empty, one, fmt, pct, args] {
            decref(v);
        }
    });
}

#[test]
fn int_and_float_methods() {
    run(|| {
        let mut tmp = Temps(Vec::new());
        let big = crate::objects::int::from_bigint(num_bigint::BigInt::from(1) << 100);
        assert_eq!(show(big, "bit_length", &[]), "101");
        assert_eq!(show(i(-5), "bit_count", &[]), "2");
        assert_eq!(show(i(25), "__round__", &[i(-1)]), "20");
        assert_eq!(
            show(i(7), "to_bytes", &[i(2), tmp.t(s("little"))]),
            "b'\\x07\\x00'"
        );
        let f = crate::objects::float::new_float(0.75);
        assert_eq!(show(f, "as_integer_ratio", &[]), "(3, 4)");
        assert_eq!(show(f, "hex", &[]), "'0x1.8000000000000p-1'");
        assert_eq!(show(f, "__round__", &[]), "1");
        let inf = crate::objects::float::new_float(f64::INFINITY);
        assert_eq!(
            show(inf, "as_integer_ratio", &[]),
            "OverflowError: cannot convert Infinity to integer ratio"
        );
        for v in [big, f, inf] {
            decref(v);
        }
    });
}
