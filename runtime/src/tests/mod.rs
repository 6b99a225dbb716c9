//! Cross-module tests of the object model: reference counting, attribute
//! lookup, classes and MROs, errors and messages, containers.

mod attrs;
mod classes;
mod containers;
mod errors;
mod refcount;

use crate::object::Value;

/// `type(name, bases, ns)` for tests: bases and ns borrowed.
pub fn make_class(name: &str, bases: &[Value], ns: Value) -> Value {
    let n = crate::testing::s(name);
    let b = crate::objects::tuple::tuple_pack(bases);
    let t = crate::types::typetype::TYPE_TYPE.ptr();
    let r = crate::call::vectorcall::call(Value::from_obj(t), &[n, b, ns], Value::NULL);
    crate::object::decref(n);
    crate::object::decref(b);
    r
}

/// Instantiate a class with positional args.
pub fn instantiate(cls: Value, args: &[Value]) -> Value {
    crate::call::vectorcall::call(cls, args, Value::NULL)
}
