//! Attribute lookup order (data descriptors, instance dict, non-data
//! descriptors, class attributes) and method-cache invalidation.

use super::{instantiate, make_class};
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
        decref(c);
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
        decref(sub);
        decref(base);
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
