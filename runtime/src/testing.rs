//! Test helpers (compiled for tests only): run a body under the GIL and
//! check it leaves no exception set and, in debug builds, no leaked
//! objects; small constructors and renderers for assertions.

use crate::object::{decref, Value};
use crate::objects::str as pystr;

/// Run `f` under the GIL; afterwards assert that no exception is pending
/// and that the number of live objects is back to what it was.
pub fn run<R>(f: impl FnOnce() -> R) -> R {
    crate::gil::with_gil(|| {
        crate::errors::clear();
        let before = crate::object::alloc::live_objects();
        let r = f();
        let msg = crate::errors::take_message();
        assert!(msg.is_none(), "exception left set: {msg:?}");
        let after = crate::object::alloc::live_objects();
        assert_eq!(after, before, "leaked {} objects", after - before);
        r
    })
}

/// New str.
pub fn s(text: &str) -> Value {
    pystr::new_str(text)
}

/// New int.
pub fn i(v: i64) -> Value {
    crate::objects::int::from_i64(v)
}

/// `repr(v)` as a String, consuming `v` (a new reference).
pub fn repr_take(v: Value) -> String {
    assert!(
        !v.is_null(),
        "null value: {:?}",
        crate::errors::take_message()
    );
    let r = crate::ops::protocol::repr(v);
    decref(v);
    let out = pystr::as_str(r).to_string();
    decref(r);
    out
}

/// `repr(v)` of a borrowed value.
pub fn repr_of(v: Value) -> String {
    crate::object::incref(v);
    repr_take(v)
}

/// Assert the call returned null and the raised exception renders as
/// `expected` (`Type: message`); clears it.
pub fn expect_err(v: Value, expected: &str) {
    assert!(
        v.is_null(),
        "expected error {expected}, got {}",
        repr_take(v)
    );
    assert_eq!(crate::errors::take_message().as_deref(), Some(expected));
}

/// Like `expect_err` for -1 returning functions.
pub fn expect_err_i(r: i64, expected: &str) {
    assert_eq!(r, -1, "expected error {expected}");
    assert_eq!(crate::errors::take_message().as_deref(), Some(expected));
}
