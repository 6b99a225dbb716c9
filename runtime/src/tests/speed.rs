//! Rough speed probes of hot paths (run with `--ignored --nocapture`);
//! they assert nothing about time, only print it, so they never flake.

use super::{drop_class, instantiate, make_class};
use crate::object::{decref, Value};
use crate::objects::dict;
use crate::testing::*;
use std::time::Instant;

#[test]
#[ignore]
fn speed_probe() {
    run(|| {
        let n = 1_000_000i64;
        let t = Instant::now();
        let mut acc = Value::small_unchecked(0);
        for k in 0..n {
            let r = crate::ops::number::binary_op(
                acc,
                Value::small_unchecked(k),
                crate::types::slots::BinOp::Add,
            );
            acc = r;
        }
        println!("int add x{n}: {:?}", t.elapsed());
        let d = dict::dict_new();
        let t = Instant::now();
        for k in 0..n {
            dict::set_item(d, Value::small_unchecked(k), Value::small_unchecked(k));
        }
        for k in 0..n {
            assert!(dict::get_item(d, Value::small_unchecked(k))
                .unwrap()
                .is_some());
        }
        println!("dict set+get x{n}: {:?}", t.elapsed());
        decref(d);
        let ns = dict::dict_new();
        dict::set_str(ns, "x", i(1));
        let c = make_class("C", &[], ns);
        decref(ns);
        let obj = instantiate(c, &[]);
        crate::ops::attr::set_attr(obj, crate::id!(y), i(2));
        let t = Instant::now();
        for _ in 0..n {
            let a = crate::ops::attr::get_attr(obj, crate::id!(x));
            let b = crate::ops::attr::get_attr(obj, crate::id!(y));
            decref(a);
            decref(b);
        }
        println!("getattr (class + instance) x{n}: {:?}", t.elapsed());
        let l = crate::objects::list::list_new(0);
        let t = Instant::now();
        for k in 0..n {
            crate::objects::list::append(l, Value::small_unchecked(k));
        }
        println!("list append x{n}: {:?}", t.elapsed());
        let t = Instant::now();
        for _ in 0..n / 10 {
            let (m, unbound) = crate::ops::attr::get_method(l, crate::id!(__len__));
            assert!(unbound);
            let r = crate::call::vectorcall::call_method_value(m, l, &[]);
            decref(r);
            decref(m);
        }
        println!(
            "l.__len__() via method cache x{}: {:?}",
            n / 10,
            t.elapsed()
        );
        decref(l);
        decref(obj);
        drop_class(c);
    });
}
