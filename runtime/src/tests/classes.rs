//! Heap types: C3 MROs and their errors, metaclass/layout checks, slots
//! filled from dunders (with Rust-implemented dunders standing in for
//! Python functions), reflected operators, `__eq__` without `__hash__`,
//! `__slots__`.

use super::{drop_class, instantiate, make_class};
use crate::call::builtin::{new_method_descr, MethodDef, MethodImpl};
use crate::object::{decref, Value};
use crate::objects::object::OBJECT_TYPE;
use crate::objects::{dict, str as pystr};
use crate::ops::number::binary_op;
use crate::testing::*;
use crate::types::slots::BinOp;

fn empty_ns() -> Value {
    dict::dict_new()
}

fn class(name: &str, bases: &[Value]) -> Value {
    let ns = empty_ns();
    let c = make_class(name, bases, ns);
    decref(ns);
    c
}

fn mro_names(c: Value) -> String {
    repr_take(crate::ops::attr::get_attr_str(c, "__mro__"))
}

#[test]
fn c3_mro_and_errors() {
    run(|| {
        let a = class("A", &[]);
        let b = class("B", &[a]);
        let c = class("C", &[a]);
        let d = class("D", &[b, c]);
        assert_eq!(
            mro_names(d),
            "(<class 'D'>, <class 'B'>, <class 'C'>, <class 'A'>, <class 'object'>)"
        );
        expect_err(
            make_class("E", &[a, b], empty_ns_borrow()),
            "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B",
        );
        expect_err(
            make_class("F", &[a, a], empty_ns_borrow()),
            "TypeError: duplicate base class A",
        );
        let boolt = Value::from_obj(crate::objects::bool::BOOL_TYPE.ptr());
        expect_err(
            make_class("G", &[boolt], empty_ns_borrow()),
            "TypeError: type 'bool' is not an acceptable base type",
        );
        let intt = Value::from_obj(crate::objects::int::INT_TYPE.ptr());
        let strt = Value::from_obj(crate::objects::str::STR_TYPE.ptr());
        expect_err(
            make_class("H", &[intt, strt], empty_ns_borrow()),
            "TypeError: multiple bases have instance lay-out conflict",
        );
        drop_ns();
        for v in [d, c, b, a] {
            drop_class(v);
        }
    });
}

thread_local! {
    static NS: std::cell::Cell<Value> = const { std::cell::Cell::new(Value::NULL) };
}

/// An empty namespace that lives for the test (freed by `run`'s caller at
/// the end via `drop_ns`).
fn empty_ns_borrow() -> Value {
    NS.with(|c| {
        if c.get().is_null() {
            c.set(dict::dict_new());
        }
        c.get()
    })
}

fn drop_ns() {
    NS.with(|c| {
        let v = c.replace(Value::NULL);
        crate::object::xdecref(v);
    });
}

#[test]
fn mro_errors_leave_no_leaks() {
    run(|| {
        let a = class("A", &[]);
        let b = class("B", &[a]);
        assert!(make_class("E", &[a, b], empty_ns_borrow()).is_null());
        crate::errors::clear();
        drop_ns();
        drop_class(b);
        drop_class(a);
    });
}

unsafe fn len_impl(_self: Value) -> Value {
    Value::small_unchecked(3)
}
unsafe fn radd_impl(_self: Value, _other: Value) -> Value {
    pystr::new_str("radd")
}
unsafe fn add_impl(_self: Value, _other: Value) -> Value {
    pystr::new_str("add")
}
unsafe fn eq_impl(_self: Value, _other: Value) -> Value {
    crate::objects::bool::true_value()
}
unsafe fn repr_impl(_self: Value) -> Value {
    pystr::new_str("<custom>")
}

static LEN: MethodDef = MethodDef {
    name: "__len__",
    imp: MethodImpl::NoArgs(len_impl),
    doc: "",
};
static RADD: MethodDef = MethodDef {
    name: "__radd__",
    imp: MethodImpl::O(radd_impl),
    doc: "",
};
static ADD: MethodDef = MethodDef {
    name: "__add__",
    imp: MethodImpl::O(add_impl),
    doc: "",
};
static EQ: MethodDef = MethodDef {
    name: "__eq__",
    imp: MethodImpl::O(eq_impl),
    doc: "",
};
static REPR: MethodDef = MethodDef {
    name: "__repr__",
    imp: MethodImpl::NoArgs(repr_impl),
    doc: "",
};

fn ns_with(defs: &[&'static MethodDef]) -> Value {
    let ns = dict::dict_new();
    for d in defs {
        let m = new_method_descr(d, OBJECT_TYPE.ptr());
        assert_eq!(dict::set_str(ns, d.name, m), 0);
        decref(m);
    }
    ns
}

#[test]
fn slots_follow_dunders() {
    run(|| {
        let ns = ns_with(&[&LEN, &RADD, &REPR]);
        let c = make_class("C", &[], ns);
        decref(ns);
        let obj = instantiate(c, &[]);
        assert_eq!(crate::ops::protocol::len(obj), 3);
        assert_eq!(crate::ops::protocol::is_true(obj), 1);
        assert_eq!(repr_of(obj), "<custom>");
        // 1 + obj: int's slot gives NotImplemented, then obj.__radd__.
        assert_eq!(repr_take(binary_op(i(1), obj, BinOp::Add)), "'radd'");
        // obj + 1: no __add__ on C -> unsupported.
        expect_err(
            binary_op(obj, i(1), BinOp::Add),
            "TypeError: unsupported operand type(s) for +: 'C' and 'int'",
        );
        // Subclass overriding __radd__ goes first: obj + sub_instance.
        let ns2 = ns_with(&[&ADD, &RADD]);
        let sub = make_class("Sub", &[c], ns2);
        decref(ns2);
        let so = instantiate(sub, &[]);
        assert_eq!(repr_take(binary_op(so, i(1), BinOp::Add)), "'add'");
        decref(so);
        drop_class(sub);
        decref(obj);
        drop_class(c);
    });
}

#[test]
fn eq_without_hash_is_unhashable() {
    run(|| {
        let ns = ns_with(&[&EQ]);
        let c = make_class("P", &[], ns);
        decref(ns);
        let a = instantiate(c, &[]);
        let b = instantiate(c, &[]);
        assert_eq!(
            crate::ops::compare::rich_compare_bool(a, b, crate::types::slots::CompareOp::Eq),
            1
        );
        assert_eq!(
            crate::ops::compare::rich_compare_bool(a, b, crate::types::slots::CompareOp::Ne),
            0,
            "__ne__ inverts __eq__"
        );
        expect_err_i(
            crate::ops::protocol::hash(a) as i64,
            "TypeError: unhashable type: 'P'",
        );
        expect_err(
            crate::ops::compare::rich_compare(a, b, crate::types::slots::CompareOp::Lt),
            "TypeError: '<' not supported between instances of 'P' and 'P'",
        );
        decref(a);
        decref(b);
        drop_class(c);
    });
}

#[test]
fn slots_declaration() {
    run(|| {
        let ns = dict::dict_new();
        let slots = crate::objects::tuple::tuple_pack(&[crate::id!(a), crate::id!(b)]);
        dict::set_str(ns, "__slots__", slots);
        decref(slots);
        let c = make_class("S", &[], ns);
        decref(ns);
        let obj = instantiate(c, &[]);
        expect_err(
            crate::ops::attr::get_attr(obj, crate::id!(a)),
            "AttributeError: 'S' object has no attribute 'a'",
        );
        let v = s("value held by a slot");
        assert_eq!(crate::ops::attr::set_attr(obj, crate::id!(a), v), 0);
        decref(v);
        assert_eq!(
            repr_take(crate::ops::attr::get_attr(obj, crate::id!(a))),
            "'value held by a slot'"
        );
        expect_err_i(
            crate::ops::attr::set_attr(obj, crate::id!(zzz), i(1)) as i64,
            "AttributeError: 'S' object has no attribute 'zzz'",
        );
        decref(obj);
        drop_class(c);
    });
}

#[test]
fn type_of_and_instantiation_errors() {
    run(|| {
        let t = Value::from_obj(crate::types::typetype::TYPE_TYPE.ptr());
        assert_eq!(
            repr_take(crate::call::vectorcall::call(t, &[i(1)], Value::NULL)),
            "<class 'int'>"
        );
        let obj_t = Value::from_obj(OBJECT_TYPE.ptr());
        expect_err(
            crate::call::vectorcall::call(obj_t, &[i(1)], Value::NULL),
            "TypeError: object() takes no arguments",
        );
        let it = crate::ops::protocol::get_iter(crate::objects::tuple::empty_tuple());
        let it_t = Value::from_obj(crate::types::typeobject::type_of(it));
        decref(it);
        expect_err(
            crate::call::vectorcall::call(it_t, &[], Value::NULL),
            "TypeError: cannot create 'tuple_iterator' instances",
        );
        let c = class("K", &[]);
        expect_err(instantiate(c, &[i(1)]), "TypeError: K() takes no arguments");
        assert_eq!(repr_of(c), "<class 'K'>");
        drop_class(c);
    });
}

#[test]
fn class_and_dict_attributes() {
    run(|| {
        let a = class("A", &[]);
        let b = class("B", &[]);
        let obj = instantiate(a, &[]);
        assert_eq!(
            repr_take(crate::ops::attr::get_attr_str(obj, "__class__")),
            "<class 'A'>"
        );
        let d = crate::ops::attr::get_attr_str(obj, "__dict__");
        assert_eq!(repr_of(d), "{}");
        assert_eq!(crate::ops::attr::set_attr(obj, crate::id!(v), i(1)), 0);
        assert_eq!(repr_take(d), "{'v': 1}");
        assert_eq!(crate::ops::attr::set_attr(obj, crate::id!(__class__), b), 0);
        assert_eq!(crate::types::typeobject::type_name(obj), "B");
        expect_err_i(
            crate::ops::attr::set_attr(Value::small_unchecked(1), crate::id!(__class__), b) as i64,
            "TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses",
        );
        let nd = dict::dict_new();
        assert_eq!(crate::ops::attr::set_attr(obj, crate::id!(__dict__), nd), 0);
        decref(nd);
        expect_err(
            crate::ops::attr::get_attr(obj, crate::id!(v)),
            "AttributeError: 'B' object has no attribute 'v'",
        );
        expect_err_i(
            crate::ops::attr::set_attr(obj, crate::id!(__dict__), i(1)) as i64,
            "TypeError: __dict__ must be set to a dictionary, not a 'int'",
        );
        decref(obj);
        drop_class(b);
        drop_class(a);
    });
}

#[test]
fn isinstance_and_issubclass() {
    use crate::ops::isinstance::{is_instance, is_subclass};
    run(|| {
        let a = class("A", &[]);
        let b = class("B", &[a]);
        let obj = instantiate(b, &[]);
        let int_t = Value::from_obj(crate::objects::int::INT_TYPE.ptr());
        let bool_t = Value::from_obj(crate::objects::bool::BOOL_TYPE.ptr());
        assert_eq!(is_instance(obj, a), 1);
        assert_eq!(is_instance(obj, int_t), 0);
        let t = crate::objects::tuple::tuple_pack(&[int_t, a]);
        assert_eq!(is_instance(obj, t), 1);
        assert_eq!(is_instance(crate::objects::bool::true_value(), int_t), 1);
        assert_eq!(is_subclass(bool_t, int_t), 1);
        assert_eq!(is_subclass(b, t), 1);
        assert_eq!(is_subclass(int_t, a), 0);
        decref(t);
        expect_err_i(
            is_instance(obj, i(1)) as i64,
            "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
        );
        expect_err_i(
            is_subclass(i(1), a) as i64,
            "TypeError: issubclass() arg 1 must be a class",
        );
        decref(obj);
        drop_class(b);
        drop_class(a);
    });
}

#[test]
fn init_subclass_rejects_unknown_keywords() {
    run(|| {
        let n = s("C");
        let bases = crate::objects::tuple::empty_tuple();
        let ns = dict::dict_new();
        let kw = crate::objects::tuple::tuple_pack(&[crate::id!(x)]);
        let t = Value::from_obj(crate::types::typetype::TYPE_TYPE.ptr());
        expect_err(
            crate::call::vectorcall::call(t, &[n, bases, ns, Value::small_unchecked(1)], kw),
            "TypeError: C.__init_subclass__() takes no keyword arguments",
        );
        decref(kw);
        decref(ns);
        decref(n);
    });
}

#[test]
fn builtin_subclass_instances() {
    run(|| {
        let str_t = Value::from_obj(crate::objects::str::STR_TYPE.ptr());
        let c = class("S", &[str_t]);
        let text = s("hello, subclass with a dict");
        let obj = instantiate(c, &[text]);
        assert_eq!(crate::types::typeobject::type_name(obj), "S");
        assert_eq!(
            crate::objects::str::as_str(obj),
            "hello, subclass with a dict"
        );
        assert_eq!(crate::ops::attr::set_attr(obj, crate::id!(tag), i(5)), 0);
        assert_eq!(repr_take(crate::ops::attr::get_attr_str(obj, "tag")), "5");
        assert_eq!(repr_of(obj), "'hello, subclass with a dict'");
        assert_eq!(
            crate::ops::compare::rich_compare_bool(obj, text, crate::types::slots::CompareOp::Eq),
            1
        );
        assert_eq!(
            crate::ops::protocol::hash(obj),
            crate::ops::protocol::hash(text)
        );
        decref(obj);
        decref(text);
        drop_class(c);
        let tuple_t = Value::from_obj(crate::objects::tuple::TUPLE_TYPE.ptr());
        let t = class("T", &[tuple_t]);
        let items = crate::objects::list::list_from_vec(vec![i(1), i(2), i(3)]);
        let obj = instantiate(t, &[items]);
        decref(items);
        assert_eq!(crate::ops::attr::set_attr(obj, crate::id!(tag), i(6)), 0);
        assert_eq!(repr_of(obj), "(1, 2, 3)");
        assert_eq!(repr_take(crate::ops::attr::get_attr_str(obj, "tag")), "6");
        decref(obj);
        drop_class(t);
        let int_t = Value::from_obj(crate::objects::int::INT_TYPE.ptr());
        let ic = class("I", &[int_t]);
        let obj = instantiate(ic, &[i(41)]);
        assert_eq!(
            repr_take(crate::ops::number::binary_op(
                obj,
                i(1),
                crate::types::slots::BinOp::Add
            )),
            "42"
        );
        decref(obj);
        drop_class(ic);
    });
}

unsafe fn getattr_impl(_self: Value, name: Value) -> Value {
    pystr::from_string(format!("computed {}", pystr::as_str(name)))
}
static GETATTR: MethodDef = MethodDef {
    name: "__getattr__",
    imp: MethodImpl::O(getattr_impl),
    doc: "",
};

#[test]
fn getattr_hook_runs_after_normal_lookup() {
    run(|| {
        let ns = ns_with(&[&GETATTR]);
        dict::set_str(ns, "real", i(1));
        let c = make_class("G", &[], ns);
        decref(ns);
        let obj = instantiate(c, &[]);
        assert_eq!(repr_take(crate::ops::attr::get_attr_str(obj, "real")), "1");
        assert_eq!(
            repr_take(crate::ops::attr::get_attr_str(obj, "missing")),
            "'computed missing'"
        );
        assert_eq!(
            crate::ops::attr::set_attr(obj, crate::id!(missing), i(2)),
            0
        );
        assert_eq!(
            repr_take(crate::ops::attr::get_attr_str(obj, "missing")),
            "2"
        );
        // Removing __getattr__ from the class restores plain AttributeError.
        assert_eq!(
            crate::ops::attr::set_attr(c, crate::id!(__getattr__), Value::NULL),
            0
        );
        expect_err(
            crate::ops::attr::get_attr_str(obj, "other"),
            "AttributeError: 'G' object has no attribute 'other'",
        );
        decref(obj);
        drop_class(c);
    });
}
