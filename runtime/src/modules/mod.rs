//! Built-in modules written in Rust: `sys`, `math`, `time`, `_abc`,
//! `posix`, `_io`, `gc`, `_traceback`, `_imp`, `_tracemalloc`, `_random`,
//! `_hashlib`, `_localtime`, and the
//! table the importer consults before searching `sys.path`; `frozen`
//! holds the pure-Python stdlib modules of `runtime/lib`.

pub mod abc;
pub mod frozen;
pub mod gc;
pub mod hashes;
pub mod impmod;
pub mod iomod;
pub mod localtime;
pub mod math;
pub mod posix;
pub mod randommod;
pub mod structseq;
pub mod sys;
pub mod tbmod;
pub mod time;
pub mod timefmt;
pub mod tracemalloc;

use crate::call::builtin::new_builtin;
use crate::object::{decref, Value};
use crate::objects::{dict, float, module};

/// Whether `name` is a module implemented in Rust (its repr says
/// `(built-in)`, as CPython's built-in modules do).
pub fn is_builtin_module_name(name: &str) -> bool {
    matches!(name, "builtins" | "sys" | "math" | "time" | "_abc")
}

/// Create the built-in module `name` (new reference), or None when no
/// such built-in module exists (null inside: creation failed).
pub fn create_builtin_module(name: &str) -> Option<Value> {
    let (defs, consts): (&'static [crate::call::builtin::MethodDef], Vec<(&str, f64)>) = match name
    {
        "math" => (math::MATH_FUNCTIONS, math::constants()),
        "time" => (time::TIME_FUNCTIONS, Vec::new()),
        "_abc" => (abc::ABC_FUNCTIONS, Vec::new()),
        "posix" => return Some(posix::create_module()),
        "_io" => return Some(iomod::create_module()),
        "gc" => return Some(gc::create_module()),
        "_traceback" => return Some(tbmod::create_module()),
        "_imp" => return Some(impmod::create_module()),
        "_tracemalloc" => return Some(tracemalloc::create_module()),
        "_random" => return Some(randommod::create_module()),
        "_hashlib" => return Some(hashes::create_module()),
        "_localtime" => return Some(localtime::create_module()),
        _ => return None,
    };
    let m = module::new_module(name);
    if m.is_null() {
        return Some(m);
    }
    let d = module::module_dict(m);
    for def in defs {
        let f = new_builtin(def, m, std::ptr::null_mut());
        if f.is_null() || dict::set_str(d, def.name, f) < 0 {
            crate::object::xdecref(f);
            decref(m);
            return Some(Value::NULL);
        }
        decref(f);
    }
    if name == "time" {
        // The calendar functions and struct_time live in `timefmt`.
        for def in timefmt::TIMEFMT_FUNCTIONS {
            let f = new_builtin(def, m, std::ptr::null_mut());
            if f.is_null() || dict::set_str(d, def.name, f) < 0 {
                crate::object::xdecref(f);
                decref(m);
                return Some(Value::NULL);
            }
            decref(f);
        }
        if timefmt::add_attributes(d) < 0 {
            decref(m);
            return Some(Value::NULL);
        }
    }
    for (n, x) in consts {
        let v = float::new_float(x);
        if v.is_null() || dict::set_str(d, n, v) < 0 {
            crate::object::xdecref(v);
            decref(m);
            return Some(Value::NULL);
        }
        decref(v);
    }
    Some(m)
}
