//! str, tuple, list, float and singleton behaviour: repr, hashing,
//! comparison, indexing, iteration, methods.

use crate::object::{decref, Value};
use crate::objects::{float, list, str as pystr, tuple};
use crate::ops::compare::rich_compare_bool;
use crate::ops::protocol;
use crate::testing::*;
use crate::types::slots::CompareOp;

#[test]
fn str_representation_and_indexing() {
    run(|| {
        let a = s("héllo wörld");
        assert_eq!(pystr::char_len(a), 11);
        assert!(!pystr::is_ascii(a));
        assert_eq!(repr_take(protocol::get_item(a, i(1))), "'é'");
        assert_eq!(repr_take(protocol::get_item(a, i(-1))), "'d'");
        expect_err(
            protocol::get_item(a, i(11)),
            "IndexError: string index out of range",
        );
        let long: String = "αβγ".repeat(100);
        let l = s(&long);
        assert_eq!(pystr::char_len(l), 300);
        for k in [0usize, 63, 64, 65, 128, 299] {
            assert_eq!(pystr::char_at(l, k), long.chars().nth(k).unwrap());
        }
        let it = protocol::get_iter(a);
        let mut n = 0;
        loop {
            let c = protocol::iter_next(it);
            if c.is_null() {
                break;
            }
            n += 1;
            decref(c);
        }
        assert_eq!(n, 11);
        decref(it);
        let o = s("ö");
        assert_eq!(protocol::contains(a, o), 1);
        decref(o);
        assert_eq!(repr_of(a), "'héllo wörld'");
        let sep = s(", ");
        let parts = list::list_from_vec(vec![s("a"), s("b")]);
        let j = crate::call::vectorcall::call_method(sep, crate::id!(join), &[parts]);
        assert_eq!(repr_take(j), "'a, b'");
        decref(parts);
        decref(sep);
        let x = s("abc");
        let y = s("abd");
        assert_eq!(rich_compare_bool(x, y, CompareOp::Lt), 1);
        assert_eq!(protocol::hash(x), protocol::hash(crate::id!(abc)));
        decref(x);
        decref(y);
        decref(a);
        decref(l);
    });
}

#[test]
fn tuples_and_lists() {
    run(|| {
        let t = tuple::tuple_pack_steal(&[i(1), s("a"), tuple::empty_tuple()]);
        assert_eq!(repr_of(t), "(1, 'a', ())");
        let one = tuple::tuple_pack_steal(&[i(1)]);
        assert_eq!(repr_take(one), "(1,)");
        let t2 = tuple::tuple_pack_steal(&[i(1), i(2)]);
        assert_eq!(protocol::hash(t2), -3550055125485641917);
        assert_eq!(protocol::hash(tuple::empty_tuple()), 5740354900026072187);
        let t3 = tuple::tuple_pack_steal(&[i(1), i(3)]);
        assert_eq!(rich_compare_bool(t2, t3, CompareOp::Lt), 1);
        assert_eq!(rich_compare_bool(t2, t2, CompareOp::Eq), 1);
        decref(t3);
        decref(t2);
        let l = list::list_from_vec(vec![i(3), i(1), i(2)]);
        let c = crate::call::vectorcall::call_method;
        decref(c(l, crate::id!(append), &[i(4)]));
        decref(c(l, crate::id!(insert), &[i(0), i(0)]));
        assert_eq!(repr_of(l), "[0, 3, 1, 2, 4]");
        assert_eq!(repr_take(c(l, crate::id!(pop), &[])), "4");
        assert_eq!(repr_take(c(l, crate::id!(index), &[i(1)])), "2");
        expect_err(
            c(l, crate::id!(index), &[i(9)]),
            "ValueError: 9 is not in list",
        );
        expect_err(
            c(l, crate::id!(remove), &[i(9)]),
            "ValueError: list.remove(x): x not in list",
        );
        decref(c(l, crate::id!(reverse), &[]));
        assert_eq!(repr_of(l), "[2, 1, 3, 0]");
        let ext = crate::ops::number::inplace_op(l, t, crate::types::slots::BinOp::Add);
        assert_eq!(ext, l);
        decref(ext);
        assert_eq!(repr_of(l), "[2, 1, 3, 0, 1, 'a', ()]");
        assert_eq!(protocol::contains(l, crate::id!(a)), 1);
        assert_eq!(protocol::set_item(l, i(-1), i(9)), 0);
        assert_eq!(protocol::set_item(l, i(0), Value::NULL), 0);
        assert_eq!(repr_of(l), "[1, 3, 0, 1, 'a', 9]");
        expect_err_i(
            protocol::hash(l) as i64,
            "TypeError: unhashable type: 'list'",
        );
        let empty = list::list_new(0);
        expect_err(
            c(empty, crate::id!(pop), &[]),
            "IndexError: pop from empty list",
        );
        decref(empty);
        decref(l);
        decref(t);
    });
}

#[test]
fn floats_and_mixed_numbers() {
    run(|| {
        let f = |x| float::new_float(x);
        let bin = |a: Value, b: Value, o| {
            let r = crate::ops::number::binary_op(a, b, o);
            decref(a);
            decref(b);
            r
        };
        let to_int = |a: Value| {
            let r = crate::ops::number::number_to_int(a);
            decref(a);
            r
        };
        assert_eq!(repr_take(f(0.1)), "0.1");
        assert_eq!(
            repr_take(bin(f(1.0), i(2), crate::types::slots::BinOp::TrueDiv)),
            "0.5"
        );
        assert_eq!(
            repr_take(bin(f(-7.5), i(2), crate::types::slots::BinOp::FloorDiv)),
            "-4.0"
        );
        assert_eq!(
            repr_take(bin(f(-7.5), i(2), crate::types::slots::BinOp::Mod)),
            "0.5"
        );
        expect_err(
            bin(f(1.0), i(0), crate::types::slots::BinOp::TrueDiv),
            "ZeroDivisionError: float division by zero",
        );
        let a = f(1.0);
        let b = i(1);
        assert_eq!(rich_compare_bool(a, b, CompareOp::Eq), 1);
        assert_eq!(protocol::hash(a), 1);
        decref(a);
        let big = crate::objects::int::from_bigint(num_bigint::BigInt::from(1u64 << 53) + 1);
        let fb = f(9007199254740992.0);
        assert_eq!(
            rich_compare_bool(fb, big, CompareOp::Lt),
            1,
            "exact int/float comparison"
        );
        assert_eq!(rich_compare_bool(big, fb, CompareOp::Gt), 1);
        decref(fb);
        decref(big);
        let nan = f(f64::NAN);
        assert_eq!(
            rich_compare_bool(nan, nan, CompareOp::Eq),
            1,
            "identity shortcut"
        );
        let nan2 = f(f64::NAN);
        assert_eq!(rich_compare_bool(nan, nan2, CompareOp::Eq), 0);
        decref(nan);
        decref(nan2);
        let float_t = Value::from_obj(float::FLOAT_TYPE.ptr());
        let txt = s(" 1_0.5e1 ");
        assert_eq!(
            repr_take(crate::call::vectorcall::call(float_t, &[txt], Value::NULL)),
            "105.0"
        );
        decref(txt);
        let bad = s("x");
        expect_err(
            crate::call::vectorcall::call(float_t, &[bad], Value::NULL),
            "ValueError: could not convert string to float: 'x'",
        );
        decref(bad);
        assert_eq!(repr_take(to_int(f(-3.9))), "-3");
        expect_err(
            to_int(f(f64::INFINITY)),
            "OverflowError: cannot convert float infinity to integer",
        );
    });
}

#[test]
fn singletons_and_truth() {
    run(|| {
        use crate::objects::singletons::*;
        assert_eq!(repr_of(none()), "None");
        assert_eq!(repr_of(not_implemented()), "NotImplemented");
        assert_eq!(repr_of(ellipsis()), "Ellipsis");
        assert_eq!(protocol::is_true(none()), 0);
        assert_eq!(protocol::is_true(i(0)), 0);
        assert_eq!(protocol::is_true(tuple::empty_tuple()), 0);
        let e = s("");
        assert_eq!(protocol::is_true(e), 0);
        decref(e);
        let l = list::list_from_vec(vec![i(0)]);
        assert_eq!(protocol::is_true(l), 1);
        decref(l);
        let bool_t = Value::from_obj(crate::objects::bool::BOOL_TYPE.ptr());
        assert_eq!(
            repr_take(crate::call::vectorcall::call(bool_t, &[i(5)], Value::NULL)),
            "True"
        );
        let none_t = Value::from_obj(crate::types::typeobject::type_of(none()));
        assert_eq!(
            repr_take(crate::call::vectorcall::call(none_t, &[], Value::NULL)),
            "None"
        );
    });
}

#[test]
fn slicing() {
    run(|| {
        use crate::objects::slice::new_slice;
        let none = crate::objects::singletons::none();
        let sl = |a: Value, b: Value, c: Value| new_slice(a, b, c);
        let get = |seq: Value, s: Value| {
            let r = protocol::get_item(seq, s);
            decref(s);
            repr_take(r)
        };
        let l = list::list_from_vec((0..6).map(i).collect());
        assert_eq!(get(l, sl(i(1), i(4), none)), "[1, 2, 3]");
        assert_eq!(get(l, sl(none, none, i(-2))), "[5, 3, 1]");
        assert_eq!(get(l, sl(i(-2), none, none)), "[4, 5]");
        let t = tuple::tuple_pack(list::as_slice(l));
        assert_eq!(get(t, sl(i(1), i(100), i(2))), "(1, 3, 5)");
        let st = s("héllo");
        assert_eq!(get(st, sl(i(1), i(3), none)), "'él'");
        assert_eq!(get(st, sl(none, none, i(-1))), "'olléh'");
        let zero = sl(none, none, i(0));
        expect_err(
            protocol::get_item(l, zero),
            "ValueError: slice step cannot be zero",
        );
        decref(zero);
        let bad = sl(st, none, none);
        expect_err(
            protocol::get_item(l, bad),
            "TypeError: slice indices must be integers or None or have an __index__ method",
        );
        decref(bad);
        // Assignment and deletion.
        let repl = list::list_from_vec(vec![s("a"), s("b"), s("c")]);
        let k = sl(i(1), i(3), none);
        assert_eq!(protocol::set_item(l, k, repl), 0);
        decref(k);
        assert_eq!(repr_of(l), "[0, 'a', 'b', 'c', 3, 4, 5]");
        let k = sl(none, none, i(2));
        expect_err_i(
            protocol::set_item(l, k, repl) as i64,
            "ValueError: attempt to assign sequence of size 3 to extended slice of size 4",
        );
        assert_eq!(protocol::set_item(l, k, Value::NULL), 0);
        decref(k);
        assert_eq!(repr_of(l), "['a', 'c', 4]");
        let k = sl(i(0), i(1), none);
        expect_err_i(
            protocol::set_item(l, k, i(1)) as i64,
            "TypeError: can only assign an iterable",
        );
        assert_eq!(
            protocol::set_item(l, k, l),
            0,
            "assigning a list to a slice of itself"
        );
        decref(k);
        assert_eq!(repr_of(l), "['a', 'c', 4, 'c', 4]");
        let ss = sl(i(1), i(2), none);
        assert_eq!(repr_of(ss), "slice(1, 2, None)");
        expect_err_i(
            protocol::hash(ss) as i64,
            "TypeError: unhashable type: 'slice'",
        );
        let ind = crate::call::vectorcall::call_method(ss, crate::id!(indices), &[i(5)]);
        assert_eq!(repr_take(ind), "(1, 2, 1)");
        decref(ss);
        decref(repl);
        decref(st);
        decref(t);
        decref(l);
    });
}

#[test]
fn format_protocol() {
    run(|| {
        let e = s("");
        let x = s("x");
        let ns = crate::objects::dict::dict_new();
        let c = super::make_class("C", &[], ns);
        decref(ns);
        let obj = super::instantiate(c, &[]);
        let r = protocol::format(obj, e);
        assert!(repr_take(r).starts_with("'<C object at 0x"));
        expect_err(
            protocol::format(obj, x),
            "TypeError: unsupported format string passed to C.__format__",
        );
        expect_err(
            protocol::format(obj, i(1)),
            "TypeError: format() argument 2 must be str, not int",
        );
        decref(obj);
        super::drop_class(c);
        decref(e);
        decref(x);
    });
}

#[test]
fn builtin_format_specs() {
    run(|| {
        let fmt = |v: Value, spec: &str| {
            let sp = s(spec);
            let r = protocol::format(v, sp);
            decref(sp);
            decref(v);
            repr_take(r)
        };
        assert_eq!(fmt(i(255), "#x"), "'0xff'");
        assert_eq!(fmt(i(1234567), ","), "'1,234,567'");
        assert_eq!(fmt(crate::objects::bool::true_value(), ""), "'True'");
        assert_eq!(fmt(crate::objects::bool::true_value(), "d"), "'1'");
        assert_eq!(fmt(float::new_float(1.23456), ".2f"), "'1.23'");
        assert_eq!(fmt(float::new_float(1e20), ""), "'1e+20'");
        assert_eq!(fmt(s("ab"), ">4"), "'  ab'");
        let sp = s("q");
        let v = i(1);
        expect_err(
            protocol::format(v, sp),
            "ValueError: Unknown format code 'q' for object of type 'int'",
        );
        decref(sp);
        // str hashes are CPython's with PYTHONHASHSEED=0.
        let a = s("abc");
        assert_eq!(
            protocol::hash(a),
            crate::num::strhash::hash_str("abc", Default::default()) as isize
        );
        decref(a);
    });
}

#[test]
fn list_sort() {
    run(|| {
        use crate::objects::list::sort::sort;
        let l = list::list_from_vec((0..100).map(|k| i((k * 37) % 101)).collect());
        // SAFETY: live list.
        assert_eq!(unsafe { sort(l, Value::NULL, false) }, 0);
        let v: Vec<i64> = list::as_slice(l).iter().map(|x| x.as_small()).collect();
        let mut expect = v.clone();
        expect.sort();
        assert_eq!(v, expect);
        // SAFETY: live list.
        assert_eq!(unsafe { sort(l, Value::NULL, true) }, 0);
        assert_eq!(list::as_slice(l)[0].as_small(), *expect.last().unwrap());
        decref(l);
        // Stability with reverse, using tuple keys compared on the first item
        // through a key function (the tuple's first item via a method).
        let pairs: Vec<Value> = [(1, "b"), (1, "a"), (0, "c"), (2, "d")]
            .iter()
            .map(|&(n, t)| tuple::tuple_pack_steal(&[i(n), s(t)]))
            .collect();
        let l = list::list_from_vec(pairs);
        let key =
            crate::ops::attr::get_attr_str(Value::from_obj(tuple::TUPLE_TYPE.ptr()), "__len__");
        // All keys equal (len 2): order must be kept, also with reverse.
        // SAFETY: live list.
        assert_eq!(unsafe { sort(l, key, true) }, 0);
        assert_eq!(repr_of(l), "[(1, 'b'), (1, 'a'), (0, 'c'), (2, 'd')]");
        decref(key);
        // SAFETY: live list.
        assert_eq!(unsafe { sort(l, Value::NULL, true) }, 0);
        assert_eq!(repr_of(l), "[(2, 'd'), (1, 'b'), (1, 'a'), (0, 'c')]");
        decref(l);
        let mixed = list::list_from_vec(vec![i(1), s("a")]);
        // SAFETY: live list.
        expect_err_i(
            unsafe { sort(mixed, Value::NULL, false) } as i64,
            "TypeError: '<' not supported between instances of 'str' and 'int'",
        );
        assert_eq!(repr_of(mixed), "[1, 'a']", "left unchanged on error");
        let kw = tuple::tuple_pack(&[crate::id!(foo)]);
        let m = crate::ops::attr::get_attr_str(mixed, "sort");
        expect_err(
            crate::call::vectorcall::call(m, &[i(1)], kw),
            "TypeError: 'foo' is an invalid keyword argument for sort()",
        );
        decref(m);
        decref(kw);
        decref(mixed);
    });
}
