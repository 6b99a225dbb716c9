//! ABI table tests: well-formed rows and calls through the exported
//! symbols with the documented conventions.

use super::entry::*;
use super::ABI_ENTRIES;
use crate::object::{decref, Value};
use crate::testing::*;

#[test]
fn table_is_well_formed() {
    let mut names: Vec<&str> = ABI_ENTRIES.iter().map(|e| e.name).collect();
    assert!(names.iter().all(|n| n.starts_with("pyrt_")));
    let n = names.len();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), n, "duplicate symbol in the ABI table");
    let kinds = ["V", "Ptr", "Usize", "Isize", "I32", "U32", "I64", "F64"];
    for e in ABI_ENTRIES {
        assert!(e.params.iter().all(|p| kinds.contains(p)), "{}", e.name);
        assert!(kinds.contains(&e.ret) || e.ret == "Void", "{}", e.name);
    }
    for required in [
        "pyrt_dealloc",
        "pyrt_binary_op",
        "pyrt_compare",
        "pyrt_getattr",
        "pyrt_setattr",
        "pyrt_call",
        "pyrt_build_tuple",
        "pyrt_build_list",
        "pyrt_build_dict",
        "pyrt_raise",
    ] {
        assert!(ABI_ENTRIES.iter().any(|e| e.name == required), "{required}");
    }
}

#[test]
fn data_symbols_point_at_the_objects() {
    let data = super::abi_data();
    assert!(data.iter().any(|(n, _)| *n == "pyrt_None"));
    let none = data.iter().find(|(n, _)| *n == "pyrt_None").unwrap().1;
    assert_eq!(none as u64, crate::objects::singletons::none().bits());
    let int_t = data.iter().find(|(n, _)| *n == "pyrt_type_int").unwrap().1;
    assert_eq!(
        int_t,
        crate::types::typeobject::type_of(Value::small_unchecked(1)) as usize
    );
}

#[test]
fn calls_through_entry_points() {
    run(|| unsafe {
        let r = pyrt_binary_op(Value::small_unchecked(40), Value::small_unchecked(2), 0);
        assert_eq!(r.as_small(), 42);
        let items = [crate::testing::s("k"), crate::testing::i(1)];
        let d = pyrt_build_dict(items.as_ptr() as *const u8, 1);
        assert_eq!(repr_of(d), "{'k': 1}");
        let t = pyrt_build_tuple([d].as_ptr() as *const u8, 1);
        assert_eq!(repr_of(t), "({'k': 1},)");
        decref(t);
        assert_eq!(
            pyrt_compare_bool(Value::small_unchecked(1), Value::small_unchecked(2), 0),
            1
        );
        let name = pyrt_intern("append".as_ptr(), 6);
        let l = pyrt_build_list(std::ptr::null(), 0);
        let mut self_out = Value::NULL;
        let m = pyrt_load_method(l, name, &mut self_out as *mut Value as *const u8);
        assert_eq!(self_out, l, "method descriptor call skips binding");
        let args = [self_out, Value::small_unchecked(7)];
        let r = pyrt_call(m, args.as_ptr() as *const u8, 2, Value::NULL);
        decref(r);
        decref(m);
        assert_eq!(repr_of(l), "[7]");
        decref(l);
        let exc_t = Value::from_obj(crate::errors::exceptions::VALUE_ERROR.ptr());
        assert_eq!(pyrt_raise(exc_t, Value::NULL), -1);
        assert_eq!(pyrt_err_matches(exc_t), 1);
        let e = pyrt_err_fetch();
        assert_eq!(repr_take(e), "ValueError()");
        assert_eq!(pyrt_raise(Value::small_unchecked(1), Value::NULL), -1);
        assert_eq!(
            crate::errors::take_message().as_deref(),
            Some("TypeError: exceptions must derive from BaseException")
        );
        let big = pyrt_int_from_str("123456789012345678901234567890".as_ptr(), 30);
        assert_eq!(repr_take(big), "123456789012345678901234567890");
        assert!(pyrt_binary_op(Value::small_unchecked(1), Value::small_unchecked(1), 99).is_null());
        crate::errors::clear();
    });
}
