//! Exceptions and messages: argument binding, operator and protocol
//! errors, exception str/repr, the recursion limit, the panic boundary.

use crate::call::argparse::{bind, ArgSpec};
use crate::errors::exceptions::*;
use crate::object::{decref, Value};
use crate::objects::{list, tuple};
use crate::testing::*;
use crate::types::slots::{BinOp, CompareOp};

fn bind_msg(spec: &ArgSpec, kwreq: &[bool], pos: &[Value], kw: &[(&str, Value)]) -> Option<String> {
    let mut args: Vec<Value> = pos.to_vec();
    let names: Vec<Value> = kw
        .iter()
        .map(|(n, _)| crate::objects::str::intern(n))
        .collect();
    args.extend(kw.iter().map(|(_, v)| *v));
    let kwnames = if kw.is_empty() {
        Value::NULL
    } else {
        tuple::tuple_pack(&names)
    };
    let mut out = vec![Value::NULL; spec.params.len()];
    let r = bind(spec, kwreq, args.as_ptr(), pos.len(), kwnames, &mut out);
    crate::object::xdecref(kwnames);
    match r {
        Ok(col) => {
            drop(col);
            None
        }
        Err(()) => crate::errors::take_message(),
    }
}

#[test]
fn argument_binding_messages() {
    run(|| {
        let one = Value::small_unchecked(1);
        let f = ArgSpec {
            fname: "f",
            params: &["a", "b", "k"],
            posonly: 0,
            required: 2,
            kwonly: 1,
            varargs: false,
            varkw: false,
        };
        let kreq = [true];
        assert_eq!(
            bind_msg(&f, &kreq, &[one, one, one], &[("k", one)]).as_deref(),
            Some("TypeError: f() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given")
        );
        assert_eq!(
            bind_msg(&f, &kreq, &[], &[]).as_deref(),
            Some("TypeError: f() missing 2 required positional arguments: 'a' and 'b'")
        );
        assert_eq!(
            bind_msg(&f, &kreq, &[one], &[]).as_deref(),
            Some("TypeError: f() missing 1 required positional argument: 'b'")
        );
        assert_eq!(
            bind_msg(&f, &kreq, &[one, one], &[("x", one)]).as_deref(),
            Some("TypeError: f() got an unexpected keyword argument 'x'")
        );
        assert_eq!(
            bind_msg(&f, &kreq, &[one, one], &[("a", one), ("k", one)]).as_deref(),
            Some("TypeError: f() got multiple values for argument 'a'")
        );
        assert_eq!(
            bind_msg(&f, &kreq, &[one, one], &[]).as_deref(),
            Some("TypeError: f() missing 1 required keyword-only argument: 'k'")
        );
        assert_eq!(bind_msg(&f, &kreq, &[one, one], &[("k", one)]), None);
        let g = ArgSpec {
            fname: "g",
            params: &["a", "b", "c"],
            posonly: 2,
            required: 1,
            kwonly: 0,
            varargs: false,
            varkw: false,
        };
        assert_eq!(bind_msg(&g, &[], &[], &[("a", one)]).as_deref(), Some("TypeError: g() got some positional-only arguments passed as keyword arguments: 'a'"));
        assert_eq!(
            bind_msg(&g, &[], &[one, one, one, one], &[]).as_deref(),
            Some("TypeError: g() takes from 1 to 3 positional arguments but 4 were given")
        );
        let h = ArgSpec {
            fname: "h",
            params: &["a", "b", "c"],
            posonly: 0,
            required: 3,
            kwonly: 0,
            varargs: false,
            varkw: false,
        };
        assert_eq!(
            bind_msg(&h, &[], &[], &[]).as_deref(),
            Some("TypeError: h() missing 3 required positional arguments: 'a', 'b', and 'c'")
        );
        let z = ArgSpec {
            fname: "z",
            params: &[],
            posonly: 0,
            required: 0,
            kwonly: 0,
            varargs: false,
            varkw: false,
        };
        assert_eq!(
            bind_msg(&z, &[], &[one], &[]).as_deref(),
            Some("TypeError: z() takes 0 positional arguments but 1 was given")
        );
        let v = ArgSpec {
            fname: "v",
            params: &["a"],
            posonly: 0,
            required: 1,
            kwonly: 0,
            varargs: true,
            varkw: true,
        };
        assert_eq!(bind_msg(&v, &[], &[one, one, one], &[("x", one)]), None);
    });
}

#[test]
fn operator_and_protocol_messages() {
    run(|| {
        let st = s("a");
        expect_err(
            crate::ops::number::binary_op(i(1), st, BinOp::Add),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
        );
        expect_err(
            crate::ops::number::binary_op(i(1), st, BinOp::Pow),
            "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'",
        );
        expect_err(
            crate::ops::number::inplace_op(i(1), st, BinOp::Sub),
            "TypeError: unsupported operand type(s) for -=: 'int' and 'str'",
        );
        expect_err(
            crate::ops::compare::rich_compare(i(1), st, CompareOp::Lt),
            "TypeError: '<' not supported between instances of 'int' and 'str'",
        );
        expect_err(
            crate::ops::number::unary_op(st, crate::types::slots::UnaryOp::Neg),
            "TypeError: bad operand type for unary -: 'str'",
        );
        let l = list::list_new(0);
        expect_err(
            crate::ops::number::binary_op(l, st, BinOp::Mul),
            "TypeError: can't multiply sequence by non-int of type 'str'",
        );
        let t = tuple::empty_tuple();
        expect_err(
            crate::ops::number::binary_op(l, t, BinOp::Add),
            "TypeError: can only concatenate list (not \"tuple\") to list",
        );
        expect_err(
            crate::ops::protocol::get_item(l, i(0)),
            "IndexError: list index out of range",
        );
        let f = crate::objects::float::new_float(1.5);
        expect_err(
            crate::ops::protocol::get_item(l, f),
            "TypeError: list indices must be integers or slices, not float",
        );
        decref(f);
        expect_err(
            crate::ops::protocol::get_item(crate::objects::singletons::none(), i(0)),
            "TypeError: 'NoneType' object is not subscriptable",
        );
        expect_err(
            crate::call::vectorcall::call(i(1), &[], Value::NULL),
            "TypeError: 'int' object is not callable",
        );
        expect_err(
            crate::ops::protocol::get_iter(i(1)),
            "TypeError: 'int' object is not iterable",
        );
        expect_err_i(
            crate::ops::protocol::len(i(1)) as i64,
            "TypeError: object of type 'int' has no len()",
        );
        expect_err_i(
            crate::ops::protocol::set_item(t, i(0), i(0)) as i64,
            "TypeError: 'tuple' object does not support item assignment",
        );
        let r = crate::ops::number::binary_op(st, i(3), BinOp::Mul);
        assert_eq!(repr_take(r), "'aaa'");
        decref(st);
        decref(l);
        let int_t = Value::from_obj(crate::objects::int::INT_TYPE.ptr());
        let abc = s("abc");
        expect_err(
            crate::call::vectorcall::call(int_t, &[abc], Value::NULL),
            "ValueError: invalid literal for int() with base 10: 'abc'",
        );
        decref(abc);
    });
}

fn make_exc(ty: *mut crate::types::typeobject::TypeObject, args: &[Value]) -> Value {
    crate::call::vectorcall::call(Value::from_obj(ty), args, Value::NULL)
}

fn str_take(v: Value) -> String {
    let r = crate::ops::protocol::str_of(v);
    decref(v);
    let out = crate::objects::str::as_str(r).to_string();
    decref(r);
    out
}

#[test]
fn exception_str_and_repr() {
    run(|| {
        let x = s("x");
        assert_eq!(repr_take(make_exc(VALUE_ERROR.ptr(), &[])), "ValueError()");
        assert_eq!(
            repr_take(make_exc(VALUE_ERROR.ptr(), &[x])),
            "ValueError('x')"
        );
        assert_eq!(
            repr_take(make_exc(VALUE_ERROR.ptr(), &[i(1), i(2)])),
            "ValueError(1, 2)"
        );
        assert_eq!(
            str_take(make_exc(VALUE_ERROR.ptr(), &[i(1), i(2)])),
            "(1, 2)"
        );
        assert_eq!(str_take(make_exc(KEY_ERROR.ptr(), &[x])), "'x'");
        assert_eq!(str_take(make_exc(KEY_ERROR.ptr(), &[])), "");
        let nf = s("nf");
        let fname = s("f");
        let e = make_exc(OS_ERROR.ptr(), &[i(2), nf, fname]);
        assert_eq!(repr_of(e), "FileNotFoundError(2, 'nf')");
        assert_eq!(str_take(e), "[Errno 2] nf: 'f'");
        let bad = s("bad");
        let loc = tuple::tuple_pack(&[fname, i(3), i(1), x]);
        assert_eq!(
            str_take(make_exc(SYNTAX_ERROR.ptr(), &[bad, loc])),
            "bad (f, line 3)"
        );
        decref(loc);
        let m = s("m");
        let inner = make_exc(VALUE_ERROR.ptr(), &[i(1)]);
        let lst = list::list_from_vec(vec![inner]);
        let g = make_exc(BASE_EXCEPTION_GROUP.ptr(), &[m, lst]);
        assert_eq!(crate::types::typeobject::type_name(g), "ExceptionGroup");
        assert_eq!(repr_of(g), "ExceptionGroup('m', [ValueError(1)])");
        assert_eq!(str_take(g), "m (1 sub-exception)");
        decref(lst);
        let se = make_exc(SYSTEM_EXIT.ptr(), &[i(1), i(2)]);
        assert_eq!(
            repr_take(crate::ops::attr::get_attr_str(se, "code")),
            "(1, 2)"
        );
        decref(se);
        let si = make_exc(STOP_ITERATION.ptr(), &[]);
        assert_eq!(
            repr_take(crate::ops::attr::get_attr_str(si, "value")),
            "None"
        );
        decref(si);
        for v in [x, nf, fname, bad, m] {
            decref(v);
        }
        // Hierarchy.
        use crate::types::typeobject::is_subtype;
        assert!(is_subtype(EXCEPTION_GROUP.ptr(), EXCEPTION.ptr()));
        assert!(is_subtype(
            EXCEPTION_GROUP.ptr(),
            BASE_EXCEPTION_GROUP.ptr()
        ));
        assert!(is_subtype(TAB_ERROR.ptr(), SYNTAX_ERROR.ptr()));
        assert!(is_subtype(RECURSION_ERROR.ptr(), RUNTIME_ERROR.ptr()));
        assert!(!is_subtype(KEYBOARD_INTERRUPT.ptr(), EXCEPTION.ptr()));
    });
}

#[test]
fn recursion_limit_in_nested_repr_and_eq() {
    run(|| {
        let mut v = list::list_new(0);
        for _ in 0..5000 {
            let outer = list::list_from_vec(vec![v]);
            v = outer;
        }
        expect_err(
            crate::ops::protocol::repr(v),
            "RecursionError: maximum recursion depth exceeded while getting the repr of an object",
        );
        let mut w = list::list_new(0);
        for _ in 0..5000 {
            w = list::list_from_vec(vec![w]);
        }
        expect_err_i(
            crate::ops::compare::rich_compare_bool(v, w, CompareOp::Eq) as i64,
            "RecursionError: maximum recursion depth exceeded in comparison",
        );
        // SAFETY: this thread's state.
        assert_eq!(
            unsafe { (*crate::errors::threadstate::tstate()).recursion_depth },
            0
        );
        decref(v);
        decref(w);
        // A self-containing list prints as [...].
        let l = list::list_new(0);
        list::append(l, l);
        assert_eq!(repr_of(l), "[[...]]");
        // Break the cycle by hand (no collector yet).
        assert_eq!(crate::ops::protocol::set_item(l, i(0), i(0)), 0);
        decref(l);
    });
}

#[test]
fn panic_becomes_system_error() {
    run(|| {
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let r: Value = crate::errors::panic::boundary(|| panic!("boom"));
        std::panic::set_hook(prev);
        expect_err(r, "SystemError: internal error: boom");
        let r: i32 = crate::errors::panic::boundary(|| -> i32 { panic!("x") });
        assert_eq!(r, -1);
        crate::errors::clear();
    });
}

#[test]
fn unpacking_messages() {
    use crate::ops::unpack::{unpack_ex, unpack_sequence};
    run(|| {
        let l = list::list_from_vec(vec![i(1), i(2)]);
        let mut out = [Value::NULL; 3];
        expect_err_i(
            unpack_sequence(l, &mut out) as i64,
            "ValueError: not enough values to unpack (expected 3, got 2)",
        );
        let mut two = [Value::NULL; 2];
        assert_eq!(unpack_sequence(l, &mut two), 0);
        assert_eq!((two[0].as_small(), two[1].as_small()), (1, 2));
        let mut one = [Value::NULL; 1];
        expect_err_i(
            unpack_sequence(l, &mut one) as i64,
            "ValueError: too many values to unpack (expected 1)",
        );
        expect_err_i(
            unpack_sequence(i(1), &mut one) as i64,
            "TypeError: cannot unpack non-iterable int object",
        );
        let it = crate::ops::protocol::get_iter(l);
        expect_err_i(
            unpack_sequence(it, &mut one) as i64,
            "ValueError: too many values to unpack (expected 1)",
        );
        decref(it);
        let st = s("abc");
        let mut three = [Value::NULL; 3];
        assert_eq!(unpack_sequence(st, &mut three), 0);
        for v in three {
            decref(v);
        }
        let mut ex = [Value::NULL; 3];
        assert_eq!(unpack_ex(st, 1, 1, &mut ex), 0);
        assert_eq!(repr_of(ex[1]), "['b']");
        for v in ex {
            decref(v);
        }
        let mut ex2 = [Value::NULL; 4];
        expect_err_i(
            unpack_ex(l, 2, 1, &mut ex2) as i64,
            "ValueError: not enough values to unpack (expected at least 3, got 2)",
        );
        decref(st);
        decref(l);
    });
}

#[test]
fn raising_while_handling_sets_context() {
    run(|| {
        crate::errors::raise_zero_division_error("division by zero");
        let first = crate::errors::fetch();
        crate::errors::push_handled(first);
        crate::errors::raise_value_error("x");
        let second = crate::errors::fetch();
        crate::errors::pop_handled();
        let ctx = crate::ops::attr::get_attr_str(second, "__context__");
        assert_eq!(repr_take(ctx), "ZeroDivisionError('division by zero')");
        // No cycle: raising `first` while handling `second` whose context is
        // `first` cuts the loop.
        crate::errors::push_handled(second);
        crate::object::incref(first);
        crate::errors::set_exception(first);
        crate::errors::clear();
        crate::errors::pop_handled();
        let c2 = crate::ops::attr::get_attr_str(second, "__context__");
        assert_eq!(repr_take(c2), "None");
        assert_eq!(
            repr_take(crate::ops::attr::get_attr_str(first, "__context__")),
            "ValueError('x')"
        );
        // Break the first <-> second cycle for the leak check.
        crate::errors::exceptions::base::set_context_steal(first, Value::NULL);
        decref(second);
        decref(first);
    });
}

#[test]
fn global_lookup() {
    run(|| {
        let g = crate::objects::dict::dict_new();
        let b = crate::objects::dict::dict_new();
        crate::objects::dict::set_str(b, "len", i(1));
        crate::objects::dict::set_str(g, "x", i(2));
        let v = crate::ops::globals::load_global(g, b, crate::id!(len));
        assert_eq!(v.as_small(), 1);
        let v = crate::ops::globals::load_global(g, b, crate::id!(x));
        assert_eq!(v.as_small(), 2);
        let missing = crate::ops::globals::load_global(g, b, crate::id!(nope));
        assert!(missing.is_null());
        let e = crate::errors::fetch();
        assert_eq!(
            repr_take(crate::ops::attr::get_attr_str(e, "name")),
            "'nope'"
        );
        crate::errors::restore(e);
        assert_eq!(
            crate::errors::take_message().as_deref(),
            Some("NameError: name 'nope' is not defined")
        );
        decref(g);
        decref(b);
    });
}
