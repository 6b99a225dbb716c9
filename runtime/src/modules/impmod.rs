//! The `_imp` built-in module: the runtime's import machinery as seen by
//! `importlib` (runtime/lib/importlib) — running source text as a module
//! body under a given file name, the names of the built-in modules and
//! creating them, and the frozen stdlib's sources.
//!
//! Invariant: `exec_source` compiles exactly as an imported `.py` file is
//! compiled (same decoding of bytes, same file name in code objects and
//! tracebacks, SyntaxError as the importer raises it).

use crate::call::builtin::{new_builtin, MethodDef, MethodImpl};
use crate::errors::*;
use crate::object::{decref, xdecref, Value};
use crate::objects::singletons::none;
use crate::objects::{bool as pybool, bytes, dict, module, str as pystr, tuple};
use crate::types::typeobject::type_name;

/// Names `create_builtin_module` knows, plus `sys` and `builtins`.
pub const BUILTIN_NAMES: &[&str] = &[
    "_hashlib",
    "_imp",
    "_io",
    "_localtime",
    "_random",
    "_traceback",
    "_tracemalloc",
    "builtins",
    "gc",
    "math",
    "posix",
    "sys",
    "time",
];

/// `exec_source(source, filename, namespace)`: compile `source` (str, or
/// bytes decoded as a source file is) under `filename` and run it with
/// `namespace` as globals and locals.
unsafe fn exec_source(_m: Value, args: &[Value]) -> Value {
    if args.len() != 3 {
        return crate::type_error!("exec_source expected 3 arguments, got {}", args.len());
    }
    let (src, fname, ns) = (args[0], args[1], args[2]);
    if !pystr::is_str(fname) {
        return crate::type_error!("filename must be str, not {}", type_name(fname));
    }
    if !dict::is_dict(ns) {
        return crate::type_error!("namespace must be a dict, not {}", type_name(ns));
    }
    let filename = pystr::as_str(fname);
    let text = if pystr::is_str(src) {
        pystr::as_str(src).to_string()
    } else if bytes::is_byteslike(src) {
        match pyc_frontend::tokenizer::decode_source(bytes::as_bytes(src)) {
            Ok(s) => s,
            Err(e) => return crate::interp::imports::raise_syntax_error(&e, filename),
        }
    } else {
        return crate::type_error!("source must be str or bytes, not {}", type_name(src));
    };
    let code = crate::interp::imports::compile_source(&text, filename);
    if code.is_null() {
        return code;
    }
    if dict::get_str(ns, "__builtins__").is_none() {
        // SAFETY: GIL held; the builtins dict lives as long as the runtime.
        let b = (*crate::interp::state::runtime()).builtins;
        if !b.is_null() && dict::set_str(ns, "__builtins__", b) < 0 {
            decref(code);
            return Value::NULL;
        }
    }
    let r = crate::interp::imports::exec_code(code, ns, ns);
    decref(code);
    if r.is_null() {
        return r;
    }
    decref(r);
    none()
}

unsafe fn builtin_names(_m: Value) -> Value {
    tuple::tuple_from_vec(BUILTIN_NAMES.iter().map(|n| pystr::new_str(n)).collect())
}

/// `create_builtin(name)`: a fresh built-in module (the one in
/// sys.modules for `sys` and `builtins`).
unsafe fn create_builtin(_m: Value, name: Value) -> Value {
    if !pystr::is_str(name) {
        return crate::type_error!("name must be str, not {}", type_name(name));
    }
    let n = pystr::as_str(name);
    if n == "sys" || n == "builtins" {
        let rt = crate::interp::state::runtime();
        let m = if n == "sys" {
            (*rt).sys
        } else {
            (*rt).builtins_module
        };
        if !m.is_null() {
            return crate::object::new_ref(m);
        }
    }
    match crate::modules::create_builtin_module(n) {
        Some(m) => m,
        None => raise_str(
            crate::errors::exceptions::IMPORT_ERROR.ptr(),
            &format!("no built-in module named {n}"),
        ),
    }
}

/// `frozen_source(name)`: `(source, is_package)` of a frozen stdlib
/// module, or None.
unsafe fn frozen_source(_m: Value, name: Value) -> Value {
    if !pystr::is_str(name) {
        return crate::type_error!("name must be str, not {}", type_name(name));
    }
    match crate::modules::frozen::find(pystr::as_str(name)) {
        Some(fz) => tuple::tuple_from_vec(vec![
            pystr::new_str(fz.source),
            pybool::from_bool(fz.is_package),
        ]),
        None => none(),
    }
}

static IMP_FUNCTIONS: &[MethodDef] = &[
    MethodDef {
        name: "exec_source",
        imp: MethodImpl::Fast(exec_source),
        doc: "",
    },
    MethodDef {
        name: "builtin_names",
        imp: MethodImpl::NoArgs(builtin_names),
        doc: "",
    },
    MethodDef {
        name: "create_builtin",
        imp: MethodImpl::O(create_builtin),
        doc: "",
    },
    MethodDef {
        name: "frozen_source",
        imp: MethodImpl::O(frozen_source),
        doc: "",
    },
];

/// Create the `_imp` module (new reference, null on failure).
pub fn create_module() -> Value {
    let m = module::new_module("_imp");
    if m.is_null() {
        return m;
    }
    let d = module::module_dict(m);
    let mut ok = true;
    for def in IMP_FUNCTIONS {
        let f = new_builtin(def, m, std::ptr::null_mut());
        ok &= !f.is_null() && dict::set_str(d, def.name, f) == 0;
        xdecref(f);
    }
    if !ok {
        decref(m);
        return Value::NULL;
    }
    m
}

#[cfg(test)]
mod tests {
    #[test]
    fn builtin_names_are_creatable() {
        crate::gil::with_gil(|| {
            for n in super::BUILTIN_NAMES {
                if *n == "sys" || *n == "builtins" {
                    continue;
                }
                let m = crate::modules::create_builtin_module(n);
                assert!(m.is_some_and(|m| !m.is_null()), "{n}");
                crate::object::decref(m.unwrap());
            }
        });
    }
}
