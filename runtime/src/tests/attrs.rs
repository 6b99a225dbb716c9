//! Attribute lookup order (data descriptors, instance dict, non-data
//! descriptors, class attributes) and method-cache invalidation.

use super::{drop_class, instantiate, make_class};
use crate::object::{decref, Value};
use crate::objects::dict;
use crate::ops::attr::{get_attr, set_attr};
use crate::testing::*;

fn getattr_repr(obj: Value, name: &str) -> String {
    repr_take(crate::ops::attr::get_attr_str(obj, name))
}

#[test]
fn data_descriptor_beats_instance_dict() {
    run(|| {
        let ty = crate::errors::exceptions::VALUE_ERROR.ptr();
        let e =
            crate::call::vectorcall::call(Value::from_obj(ty), &[crate::id!(boom)], Value::NULL);
        let d = crate::ops::attr::instance_dict(e);
        // `args` is a getset (data descriptor) on BaseException.
        assert_eq!(dict::set_str(d, "args", i(5)), 0);
        assert_eq!(getattr_repr(e, "args"), "('boom',)");
        // `with_traceback` is a method (non-data): the instance dict wins.
        assert_eq!(dict::set_str(d, "with_traceback", i(7)), 0);
        assert_eq!(getattr_repr(e, "with_traceback"), "7");
        // Plain instance attribute.
        assert_eq!(set_attr(e, crate::id!(extra), i(9)), 0);
        assert_eq!(getattr_repr(e, "extra"), "9");
        decref(e);
    });
}

#[test]
fn class_and_instance_attributes() {
    run(|| {
        let ns = dict::dict_new();
        dict::set_str(ns, "x", i(1));
        dict::set_str(ns, "y", i(2));
        let c = make_class("C", &[], ns);
        decref(ns);
        let obj = instantiate(c, &[]);
        assert_eq!(getattr_repr(obj, "x"), "1");
        assert_eq!(set_attr(obj, crate::id!(x), i(10)), 0);
        assert_eq!(getattr_repr(obj, "x"), "10");
        assert_eq!(getattr_repr(c, "x"), "1");
        expect_err(
            get_attr(obj, crate::id!(nope)),
            "AttributeError: 'C' object has no attribute 'nope'",
        );
        expect_err(
            get_attr(c, crate::id!(nope)),
            "AttributeError: type object 'C' has no attribute 'nope'",
        );
        expect_err_i(
            set_attr(obj, crate::id!(nope), Value::NULL) as i64,
            "AttributeError: 'C' object has no attribute 'nope'",
        );
        let k = i(1);
        expect_err(
            get_attr(obj, k),
            "TypeError: attribute name must be string, not 'int'",
        );
        decref(obj);
        drop_class(c);
    });
}

#[test]
fn method_cache_follows_class_changes() {
    run(|| {
        let ns = dict::dict_new();
        dict::set_str(ns, "x", i(1));
        let base = make_class("Base", &[], ns);
        decref(ns);
        let ns2 = dict::dict_new();
        let sub = make_class("Sub", &[base], ns2);
        decref(ns2);
        let obj = instantiate(sub, &[]);
        assert_eq!(getattr_repr(obj, "x"), "1");
        let sub_t = sub.as_obj() as *mut crate::types::typeobject::TypeObject;
        // SAFETY: live type object.
        let tag1 = unsafe { (*sub_t).version_tag };
        assert_ne!(tag1, 0, "lookup assigned a version tag");
        assert_eq!(set_attr(base, crate::id!(x), i(2)), 0);
        // SAFETY: live type object.
        assert_eq!(
            unsafe { (*sub_t).version_tag },
            0,
            "base change invalidates subclass tag"
        );
        assert_eq!(getattr_repr(obj, "x"), "2");
        // SAFETY: live type object.
        let tag2 = unsafe { (*sub_t).version_tag };
        assert!(tag2 != 0 && tag2 != tag1, "fresh tag after invalidation");
        assert_eq!(set_attr(base, crate::id!(x), Value::NULL), 0);
        expect_err(
            get_attr(obj, crate::id!(x)),
            "AttributeError: 'Sub' object has no attribute 'x'",
        );
        expect_err_i(
            set_attr(
                Value::from_obj(crate::objects::int::INT_TYPE.ptr()),
                crate::id!(x),
                i(1),
            ) as i64,
            "TypeError: cannot set 'x' attribute of immutable type 'int'",
        );
        decref(obj);
        drop_class(sub);
        drop_class(base);
    });
}

#[test]
fn builtin_methods_bind_and_check() {
    run(|| {
        let l = crate::objects::list::list_new(0);
        let append = crate::ops::attr::get_attr_str(l, "append");
        assert!(
            getattr_repr(l, "append").starts_with("<built-in method append of list object at 0x")
        );
        let r = crate::call::vectorcall::call(append, &[Value::small_unchecked(1)], Value::NULL);
        assert_eq!(repr_take(r), "None");
        expect_err(
            crate::call::vectorcall::call(append, &[], Value::NULL),
            "TypeError: list.append() takes exactly one argument (0 given)",
        );
        decref(append);
        let list_t = Value::from_obj(crate::objects::list::LIST_TYPE.ptr());
        let descr = crate::ops::attr::get_attr_str(list_t, "append");
        assert_eq!(repr_of(descr), "<method 'append' of 'list' objects>");
        expect_err(
            crate::call::vectorcall::call(
                descr,
                &[Value::small_unchecked(1), Value::small_unchecked(2)],
                Value::NULL,
            ),
            "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object",
        );
        let r = crate::call::vectorcall::call(descr, &[l, Value::small_unchecked(2)], Value::NULL);
        decref(r);
        decref(descr);
        assert_eq!(repr_of(l), "[1, 2]");
        let clear = crate::ops::attr::get_attr_str(l, "clear");
        expect_err(
            crate::call::vectorcall::call(clear, &[Value::small_unchecked(1)], Value::NULL),
            "TypeError: list.clear() takes no arguments (1 given)",
        );
        decref(clear);
        decref(l);
    });
}

#[test]
fn slot_wrappers_expose_builtin_dunders() {
    run(|| {
        let int_t = Value::from_obj(crate::objects::int::INT_TYPE.ptr());
        let add = crate::ops::attr::get_attr_str(int_t, "__add__");
        assert_eq!(repr_of(add), "<slot wrapper '__add__' of 'int' objects>");
        let r = crate::call::vectorcall::call(add, &[i(1), i(2)], Value::NULL);
        assert_eq!(repr_take(r), "3");
        let a = s("a");
        expect_err(
            crate::call::vectorcall::call(add, &[a, i(1)], Value::NULL),
            "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'",
        );
        expect_err(
            crate::call::vectorcall::call(add, &[], Value::NULL),
            "TypeError: descriptor '__add__' of 'int' object needs an argument",
        );
        decref(add);
        let bound = crate::ops::attr::get_attr_str(Value::small_unchecked(1), "__add__");
        assert!(repr_of(bound).starts_with("<method-wrapper '__add__' of int object at 0x"));
        let r = crate::call::vectorcall::call(bound, &[a], Value::NULL);
        assert_eq!(repr_take(r), "NotImplemented");
        decref(bound);
        decref(a);
        let neg = crate::ops::attr::get_attr_str(Value::small_unchecked(1), "__neg__");
        expect_err(
            crate::call::vectorcall::call(neg, &[i(2)], Value::NULL),
            "TypeError: expected 0 arguments, got 1",
        );
        decref(neg);
        let l = crate::objects::list::list_from_vec(vec![i(5)]);
        let len = crate::ops::attr::get_attr_str(l, "__len__");
        assert_eq!(
            repr_take(crate::call::vectorcall::call(len, &[], Value::NULL)),
            "1"
        );
        decref(len);
        decref(l);
        let list_t = Value::from_obj(crate::objects::list::LIST_TYPE.ptr());
        assert_eq!(
            repr_take(crate::ops::attr::get_attr_str(list_t, "__hash__")),
            "None"
        );
        let obj_t = Value::from_obj(crate::objects::object::OBJECT_TYPE.ptr());
        assert_eq!(
            repr_take(crate::ops::attr::get_attr_str(obj_t, "__init__")),
            "<slot wrapper '__init__' of 'object' objects>"
        );
        let new = crate::ops::attr::get_attr_str(obj_t, "__new__");
        assert!(repr_of(new).starts_with("<built-in method __new__ of type object"));
        let inst = crate::call::vectorcall::call(new, &[obj_t], Value::NULL);
        assert!(repr_take(inst).starts_with("<object object at 0x"));
        expect_err(
            crate::call::vectorcall::call(new, &[i(1)], Value::NULL),
            "TypeError: object.__new__(X): X is not a type object (int)",
        );
        decref(new);
        // A heap subclass of list reaches list's slots through the wrappers.
        let ns = crate::objects::dict::dict_new();
        let c = super::make_class("L", &[list_t], ns);
        decref(ns);
        let inst = super::instantiate(c, &[]);
        assert_eq!(
            crate::objects::list::append(inst, Value::small_unchecked(4)),
            0
        );
        let gi = crate::ops::attr::get_attr_str(list_t, "__getitem__");
        assert_eq!(
            repr_take(crate::call::vectorcall::call(
                gi,
                &[inst, i(0)],
                Value::NULL
            )),
            "4"
        );
        decref(gi);
        assert_eq!(crate::ops::protocol::len(inst), 1);
        assert_eq!(repr_of(inst), "[4]");
        decref(inst);
        drop_class(c);
    });
}
