//! Cross-module tests of the object model: reference counting, attribute
//! lookup, classes and MROs, errors and messages, containers.

mod attrs;
mod classes;
mod containers;
mod errors;
mod refcount;
mod speed;

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

/// Release a test class. Classes are in reference cycles with their
/// descriptors (as in CPython), so break them through `tp_clear` the way the
/// cycle collector will, then drop the reference.
pub fn drop_class(cls: Value) {
    // SAFETY: cls is a live heap type.
    unsafe {
        if let Some(clear) = (*crate::types::typeobject::type_of(cls)).tp_clear {
            clear(cls.as_obj());
        }
    }
    crate::object::decref(cls);
}
