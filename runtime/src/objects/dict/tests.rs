//! dict tests: insertion order, overwrite/delete/reinsert, growth, key
//! equality across int/float/bool, errors, equality and repr.

use super::*;
use crate::object::decref;
use crate::testing::*;

fn set(d: Value, k: Value, v: Value) {
    assert_eq!(set_item(d, k, v), 0);
    decref(k);
    decref(v);
}

#[test]
fn insertion_order_and_overwrite() {
    run(|| {
        let d = dict_new();
        set(d, s("b"), i(1));
        set(d, s("a"), i(2));
        set(d, s("c"), i(3));
        set(d, s("a"), i(20));
        assert_eq!(repr_of(d), "{'b': 1, 'a': 20, 'c': 3}");
        let k = s("b");
        assert_eq!(del_item(d, k), 0);
        set(d, k, i(1));
        assert_eq!(repr_of(d), "{'a': 20, 'c': 3, 'b': 1}");
        assert_eq!(len(d), 3);
        decref(d);
    });
}

#[test]
fn growth_and_lookup() {
    run(|| {
        let d = dict_new();
        for n in 0..10_000 {
            set(d, i(n * 7), i(n));
        }
        for n in (0..10_000).step_by(2) {
            let k = i(n * 7);
            assert_eq!(del_item(d, k), 0);
        }
        assert_eq!(len(d), 5_000);
        for n in 0..10_000 {
            let r = get_item(d, i(n * 7)).unwrap();
            if n % 2 == 0 {
                assert!(r.is_none());
            } else {
                assert_eq!(r.map(|v| v.as_small()), Some(n));
            }
        }
        let mut pos = 0;
        let mut prev = -1;
        while let Some((k, _)) = next_item(d, &mut pos) {
            assert!(k.as_small() > prev, "insertion order kept");
            prev = k.as_small();
        }
        decref(d);
    });
}

#[test]
fn numeric_keys_unify() {
    run(|| {
        let d = dict_new();
        set(d, i(1), s("int"));
        set(d, crate::objects::float::new_float(1.0), s("float"));
        set(d, crate::objects::bool::true_value(), s("bool"));
        assert_eq!(repr_of(d), "{1: 'bool'}");
        let big = crate::objects::int::from_bigint(num_bigint::BigInt::from(1u64 << 63));
        let bigf = crate::objects::float::new_float(9223372036854775808.0);
        set(d, big, s("big"));
        assert_eq!(
            get_item(d, bigf).unwrap().map(crate::objects::str::as_str),
            Some("big")
        );
        decref(bigf);
        decref(d);
    });
}

#[test]
fn errors_and_methods() {
    run(|| {
        let d = dict_new();
        let l = crate::objects::list::list_new(0);
        expect_err_i(
            set_item(d, l, i(1)) as i64,
            "TypeError: unhashable type: 'list'",
        );
        decref(l);
        let k = s("missing");
        expect_err(crate::ops::protocol::get_item(d, k), "KeyError: 'missing'");
        decref(k);
        set(d, s("x"), i(1));
        set(d, s("y"), i(2));
        let c = copy(d);
        assert_eq!(
            crate::ops::compare::rich_compare_bool(c, d, CompareOp::Eq),
            1
        );
        set(c, s("y"), i(3));
        assert_eq!(
            crate::ops::compare::rich_compare_bool(c, d, CompareOp::Eq),
            0
        );
        let popped = crate::call::vectorcall::call_method(c, crate::id!(popitem), &[]);
        assert_eq!(repr_take(popped), "('y', 3)");
        let keys = crate::call::vectorcall::call_method(d, crate::id!(keys), &[]);
        assert_eq!(repr_take(keys), "dict_keys(['x', 'y'])");
        let items = crate::call::vectorcall::call_method(d, crate::id!(items), &[]);
        assert_eq!(repr_take(items), "dict_items([('x', 1), ('y', 2)])");
        let get = crate::call::vectorcall::call_method(d, crate::id!(get), &[crate::id!(zz)]);
        assert_eq!(repr_take(get), "None");
        decref(c);
        // A dict containing itself.
        assert_eq!(set_item(d, crate::id!(me), d), 0);
        assert_eq!(repr_of(d), "{'x': 1, 'y': 2, 'me': {...}}");
        clear_dict(d);
        decref(d);
    });
}

#[test]
fn changed_size_during_iteration() {
    run(|| {
        let d = dict_new();
        set(d, i(1), i(1));
        let it = crate::ops::protocol::get_iter(d);
        set(d, i(2), i(2));
        expect_err(
            crate::ops::protocol::iter_next(it),
            "RuntimeError: dictionary changed size during iteration",
        );
        decref(it);
        decref(d);
    });
}

#[test]
fn fromkeys_and_union() {
    run(|| {
        let dict_t = Value::from_obj(DICT_TYPE.ptr());
        let keys = crate::objects::list::list_from_vec(vec![s("a"), s("b")]);
        let fk = crate::ops::attr::get_attr_str(dict_t, "fromkeys");
        let d = crate::call::vectorcall::call(fk, &[keys], Value::NULL);
        decref(fk);
        decref(keys);
        assert_eq!(repr_of(d), "{'a': None, 'b': None}");
        let e = dict_new();
        set(e, s("b"), i(2));
        set(e, s("c"), i(3));
        let u = crate::ops::number::binary_op(d, e, crate::types::slots::BinOp::Or);
        assert_eq!(repr_take(u), "{'a': None, 'b': 2, 'c': 3}");
        let pairs = crate::objects::list::list_from_vec(vec![
            crate::objects::tuple::tuple_pack_steal(&[s("z"), i(0)]),
        ]);
        let r = crate::ops::number::inplace_op(e, pairs, crate::types::slots::BinOp::Or);
        assert_eq!(r, e);
        decref(r);
        assert_eq!(repr_of(e), "{'b': 2, 'c': 3, 'z': 0}");
        expect_err(
            crate::ops::number::binary_op(e, pairs, crate::types::slots::BinOp::Or),
            "TypeError: unsupported operand type(s) for |: 'dict' and 'list'",
        );
        decref(pairs);
        decref(e);
        decref(d);
    });
}
