//! Reference-count conventions: no leaks in basic operations, immortal
//! objects untouched, deep structures freed without stack overflow.

use crate::object::refcount::refcount;
use crate::object::{decref, incref, Value};
use crate::objects::{bool as pybool, list, singletons, tuple};
use crate::testing::*;

#[test]
fn immortals_are_untouched() {
    run(|| {
        let n = singletons::none();
        let before = refcount(n);
        assert!(before < 0);
        for _ in 0..10 {
            incref(n);
        }
        for _ in 0..20 {
            decref(n);
        }
        assert_eq!(refcount(n), before);
        let e = tuple::empty_tuple();
        decref(e);
        assert_eq!(refcount(e), before);
        let t = pybool::true_value();
        decref(t);
        assert!(refcount(t) < 0);
        let interned = crate::id!(hello);
        decref(interned);
        assert!(refcount(interned) < 0);
    });
}

#[test]
fn owned_and_borrowed_conventions() {
    run(|| {
        let l = list::list_new(0);
        let item = s("a fairly long string value");
        assert_eq!(refcount(item), 1);
        // list.append borrows: it increfs.
        assert_eq!(list::append(l, item), 0);
        assert_eq!(refcount(item), 2);
        // tuple_pack borrows, tuple_pack_steal steals.
        let t = tuple::tuple_pack(&[item]);
        assert_eq!(refcount(item), 3);
        incref(item);
        let t2 = tuple::tuple_pack_steal(&[item]);
        assert_eq!(refcount(item), 4);
        decref(t2);
        decref(t);
        assert_eq!(refcount(item), 2);
        decref(l);
        assert_eq!(refcount(item), 1);
        decref(item);
    });
}

#[test]
fn basic_operations_do_not_leak() {
    run(|| {
        for k in 0..200 {
            let a = i(k << 55);
            let b = i(k << 56);
            let sum = crate::ops::number::binary_op(a, b, crate::types::slots::BinOp::Mul);
            let r = crate::ops::protocol::repr(sum);
            let h = crate::ops::protocol::hash(r);
            assert_ne!(h, -1);
            let l = list::list_from_vec(vec![a, b, sum, r]);
            let t = tuple::tuple_pack(list::as_slice(l));
            decref(l);
            let d = crate::objects::dict::dict_new();
            assert_eq!(crate::objects::dict::set_item(d, t, t), 0);
            let text = repr_of(d);
            assert!(text.starts_with("{("), "{text}");
            decref(t);
            decref(d);
        }
    });
}

#[test]
fn deep_nesting_frees_without_overflow() {
    run(|| {
        let mut v = list::list_new(0);
        for _ in 0..200_000 {
            let outer = list::list_new(1);
            list::append(outer, v);
            decref(v);
            v = outer;
        }
        decref(v);
        let mut t: Value = tuple::empty_tuple();
        for _ in 0..200_000 {
            t = tuple::tuple_pack_steal(&[t]);
        }
        decref(t);
    });
}

#[test]
fn containers_are_traversable() {
    use crate::object::gc::visit_value;
    unsafe fn count(v: Value, arg: *mut libc::c_void) -> i32 {
        let _ = v;
        *(arg as *mut usize) += 1;
        0
    }
    run(|| {
        let types = [
            crate::objects::list::LIST_TYPE.ptr(),
            crate::objects::tuple::TUPLE_TYPE.ptr(),
            crate::objects::dict::DICT_TYPE.ptr(),
            crate::errors::exceptions::BASE_EXCEPTION.ptr(),
            crate::types::typetype::TYPE_TYPE.ptr(),
            crate::objects::slice::SLICE_TYPE.ptr(),
            crate::objects::seqiter::LIST_ITER_TYPE.ptr(),
        ];
        for t in types {
            // SAFETY: static types.
            unsafe {
                assert!((*t).is_gc_type(), "{}", (*t).name());
                assert!((*t).tp_traverse.is_some(), "{}", (*t).name());
            }
        }
        let l = list::list_from_vec(vec![s("x"), i(1), s("y")]);
        let d = crate::objects::dict::dict_new();
        assert_eq!(crate::objects::dict::set_item(d, crate::id!(k), l), 0);
        let mut n = 0usize;
        // SAFETY: traversal of live containers.
        unsafe {
            let trav = (*crate::objects::list::LIST_TYPE.ptr())
                .tp_traverse
                .unwrap();
            trav(l.as_obj(), count, &mut n as *mut usize as *mut libc::c_void);
            assert_eq!(n, 2, "small ints are not visited");
            n = 0;
            let _ = visit_value(l, count, &mut n as *mut usize as *mut libc::c_void);
            assert_eq!(n, 1);
            assert!(crate::object::gc::is_tracked(l.as_obj()));
            let clear = (*crate::objects::list::LIST_TYPE.ptr()).tp_clear.unwrap();
            clear(l.as_obj());
        }
        assert_eq!(repr_of(l), "[]");
        decref(d);
        decref(l);
    });
}

#[test]
fn reused_blocks_start_zeroed() {
    use crate::objects::{float, str as pystr};
    run(|| {
        // Fill and free objects of several size classes, then allocate
        // again: recycled blocks must look freshly allocated.
        for round in 0..3 {
            let floats: Vec<Value> = (0..300).map(|i| float::new_float(i as f64)).collect();
            for (i, &f) in floats.iter().enumerate() {
                assert_eq!(float::float_value(f), i as f64);
            }
            for f in floats {
                decref(f);
            }
            let l = list::list_new(0);
            for n in 1..200usize {
                let text = "x".repeat(n + round);
                let v = s(&text);
                assert_eq!(pystr::as_str(v), text);
                assert_eq!(list::append(l, v), 0);
                decref(v);
            }
            decref(l);
            let t = tuple::tuple_new(5);
            for &item in tuple::as_slice(t) {
                assert!(item.is_null());
            }
            decref(t);
        }
    });
}
