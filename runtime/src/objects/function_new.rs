//! `types.FunctionType(code, globals, name=None, argdefs=None,
//! closure=None)`: a function object made at run time from a code object.
//! A code object compiled ahead of time keeps its native entry point, so
//! such a function runs natively; one made by `compile()` runs on the
//! interpreter.

use crate::errors::*;
use crate::object::{new_ref, Value};
use crate::objects::{code, dict, function, module, singletons, str as pystr, tuple};
use crate::types::typeobject::*;

/// The builtins dict for functions with `globals`: its `__builtins__`
/// (a module or a dict), else the running program's builtins.
fn builtins_for(globals: Value) -> Value {
    match dict::get_str(globals, "__builtins__") {
        Some(b) if dict::is_dict(b) => b,
        Some(b) if module::is_module(b) => module::module_dict(b),
        _ => crate::interp::state::builtins_dict(),
    }
}

/// `function.__new__`.
pub unsafe fn function_new(
    _ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    kw: Value,
) -> Value {
    let mut out = [Value::NULL; 5];
    let spec = crate::call::argparse::ArgSpec {
        fname: "function",
        params: &["code", "globals", "name", "argdefs", "closure"],
        posonly: 0,
        required: 2,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let [codev, globals, name, argdefs, closure] = out;
    if !code::is_code(codev) {
        return crate::type_error!(
            "function() argument 'code' must be code, not {}",
            type_name(codev)
        );
    }
    if !dict::is_dict(globals) {
        return crate::type_error!(
            "function() argument 'globals' must be dict, not {}",
            type_name(globals)
        );
    }
    let given = |v: Value| !v.is_null() && !singletons::is_none(v);
    if given(name) && !pystr::is_str(name) {
        return crate::type_error!("arg 3 (name) must be None or string");
    }
    if given(argdefs) && !tuple::is_tuple(argdefs) {
        return crate::type_error!("arg 4 (defaults) must be None or tuple");
    }
    let nfree = code::data(codev).src.freevars.len();
    if given(closure) {
        if !tuple::is_tuple(closure) {
            return crate::type_error!("arg 5 (closure) must be tuple");
        }
        if tuple::len(closure) != nfree {
            return raise_value_error(format!(
                "{} requires closure of length {nfree}, not {}",
                pystr::as_str(code::data(codev).name),
                tuple::len(closure)
            ));
        }
        for &c in tuple::as_slice(closure) {
            if !crate::objects::cell::is_cell(c) {
                return crate::type_error!("arg 5 (closure) expected cell, found {}", type_name(c));
            }
        }
    } else if nfree > 0 {
        return crate::type_error!("arg 5 (closure) must be tuple");
    }
    let f = function::new_function(codev, globals, builtins_for(globals), Value::NULL);
    if f.is_null() {
        return f;
    }
    let fo = function::fobj(f);
    if given(name) {
        let old = std::mem::replace(&mut (*fo).name, new_ref(name));
        crate::object::decref(old);
    }
    let defs = if given(argdefs) {
        new_ref(argdefs)
    } else {
        Value::NULL
    };
    let cl = if given(closure) {
        new_ref(closure)
    } else {
        Value::NULL
    };
    function::set_extras(f, defs, Value::NULL, Value::NULL, cl);
    f
}
