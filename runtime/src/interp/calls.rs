//! Call helpers for the evaluation loop: `f(*args, **kwargs)`
//! (`CALL_FUNCTION_EX`), entering a `with` block (`BEFORE_WITH`), the
//! interactive display hook (`PRINT_EXPR`), and how calls name their
//! callee in error messages.

use crate::errors::*;
use crate::object::{decref, Value};
use crate::objects::{dict, str as pystr, tuple};
use crate::types::typeobject::*;

/// How CPython names a callable in call errors: `f()` for functions,
/// `'T' object` otherwise.
pub fn func_display_name(func: Value) -> String {
    if crate::objects::function::is_function(func) {
        // SAFETY: func is a function.
        let (q, m) = unsafe {
            let fo = crate::objects::function::fobj(func);
            ((*fo).qualname, (*fo).module)
        };
        if m.is_ptr() && pystr::is_str(m) && pystr::as_str(m) != "builtins" {
            return format!("{}.{}()", pystr::as_str(m), pystr::as_str(q));
        }
        return format!("{}()", pystr::as_str(q));
    }
    if crate::objects::method::is_method(func) {
        return func_display_name(crate::objects::method::parts(func).0);
    }
    if type_of(func) == crate::call::builtin::BUILTIN_FUNCTION_TYPE.ptr() {
        // SAFETY: builtin function layout.
        let name =
            unsafe { (*(*func.cast::<crate::call::builtin::BuiltinFunctionObject>()).def).name };
        return format!("{name}()");
    }
    format!("{} object", type_name(func))
}

/// `callable(*args, **kwargs)`, with `self_` (may be null) prepended.
/// All borrowed; `kwargs` may be null.
pub unsafe fn call_function_ex(callable: Value, self_: Value, args: Value, kwargs: Value) -> Value {
    let mut all: Vec<Value> = Vec::new();
    let mut owned: Vec<Value> = Vec::new();
    if !self_.is_null() {
        all.push(self_);
    }
    if tuple::is_tuple(args) {
        all.extend_from_slice(tuple::as_slice(args));
    } else {
        match crate::ops::protocol::sequence_to_vec(args) {
            Some(v) => {
                all.extend_from_slice(&v);
                owned.extend(v);
            }
            None => {
                if matches(crate::errors::exceptions::TYPE_ERROR.ptr()) {
                    clear();
                    crate::type_error!(
                        "{} argument after * must be an iterable, not {}",
                        func_display_name(callable),
                        type_name(args)
                    );
                }
                return Value::NULL;
            }
        }
    }
    let nargs = all.len();
    let mut kwnames = Value::NULL;
    if !kwargs.is_null() && dict::len(kwargs) > 0 {
        let items = dict::items_vec(kwargs);
        let mut names = Vec::with_capacity(items.len());
        for (k, v) in items {
            if !pystr::is_str(k) {
                raise_type_error("keywords must be strings");
                decref(k);
                decref(v);
                for n in names {
                    decref(n);
                }
                for x in owned {
                    decref(x);
                }
                return Value::NULL;
            }
            names.push(k);
            all.push(v);
            owned.push(v);
        }
        kwnames = tuple::tuple_from_vec(names);
        if kwnames.is_null() {
            for x in owned {
                decref(x);
            }
            return Value::NULL;
        }
    }
    let r = crate::call::vectorcall::vectorcall(callable, all.as_ptr(), nargs, kwnames);
    crate::object::xdecref(kwnames);
    for x in owned {
        decref(x);
    }
    r
}

/// Look a special method up on the type and bind it to `obj` (new
/// reference), or Ok(None) when the type lacks it.
pub unsafe fn lookup_special(obj: Value, name: Value) -> Result<Option<Value>, ()> {
    let ty = type_of(obj);
    let f = crate::types::lookup::type_lookup(ty, name);
    if f.is_null() {
        return Ok(None);
    }
    crate::object::incref(f);
    let r = match (*type_of(f)).tp_descr_get {
        Some(g) => {
            let b = g(f, obj, Value::from_obj(ty));
            decref(f);
            b
        }
        None => f,
    };
    if r.is_null() {
        Err(())
    } else {
        Ok(Some(r))
    }
}

/// `BEFORE_WITH`: `(bound __exit__, __enter__())` as new references.
pub unsafe fn before_with(mgr: Value) -> Option<(Value, Value)> {
    let enter = match lookup_special(mgr, crate::id!(__enter__)) {
        Ok(Some(e)) => e,
        Ok(None) => {
            crate::type_error!(
                "'{}' object does not support the context manager protocol",
                type_name(mgr)
            );
            return None;
        }
        Err(()) => return None,
    };
    let exit = match lookup_special(mgr, crate::id!(__exit__)) {
        Ok(Some(e)) => e,
        Ok(None) => {
            decref(enter);
            crate::type_error!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                type_name(mgr)
            );
            return None;
        }
        Err(()) => {
            decref(enter);
            return None;
        }
    };
    let r = crate::call::vectorcall::call(enter, &[], Value::NULL);
    decref(enter);
    if r.is_null() {
        decref(exit);
        return None;
    }
    Some((exit, r))
}

/// `PRINT_EXPR`: write `repr(v)` and a newline unless `v` is None.
pub fn print_expr(v: Value) -> i32 {
    if crate::objects::singletons::is_none(v) {
        return 0;
    }
    let r = crate::ops::protocol::repr(v);
    if r.is_null() {
        return -1;
    }
    let mut text = pystr::as_str(r).to_string();
    text.push('\n');
    decref(r);
    crate::builtins::io::write_stdout(&text)
}
