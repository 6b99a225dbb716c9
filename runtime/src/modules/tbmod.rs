//! The `_traceback` built-in module: what `traceback` (runtime/lib) needs
//! from the runtime to format entries exactly as uncaught exceptions are
//! printed — the data of one traceback entry including CPython 3.11's
//! caret row, and source lines from the registry of compiled sources
//! (which also knows the frozen stdlib and the main program).

use crate::call::builtin::{new_builtin, MethodDef, MethodImpl};
use crate::object::{decref, xdecref, Value};
use crate::objects::frame::FrameObject;
use crate::objects::singletons::none;
use crate::objects::{code, dict, int, module, str as pystr, tuple};
use crate::traceback::{TracebackObject, TRACEBACK_TYPE};
use crate::types::typeobject::{type_name, type_of};

/// `tb_entry(tb)`: `(filename, lineno, name, line, carets)` for one
/// traceback entry; `line` is the stripped source line ('' when unknown)
/// and `carets` the indicator row with its newline ('' when CPython
/// shows none).
unsafe fn tb_entry(_m: Value, tb: Value) -> Value {
    if !tb.is_ptr() || type_of(tb) != TRACEBACK_TYPE.ptr() {
        return crate::type_error!("expected a traceback, not {}", type_name(tb));
    }
    let tbo = tb.cast::<TracebackObject>();
    let f = (*tbo).frame.cast::<FrameObject>();
    let c = code::data((*f).code);
    let lineno = (*tbo).lineno;
    let mut stripped = String::new();
    let mut carets = String::new();
    if let Some(line) = crate::traceback::source_line(&c.src.filename, lineno) {
        stripped = line.trim().to_string();
        if !stripped.is_empty() {
            let loc = c.src.locations.get((*tbo).lasti.max(0) as usize).copied();
            if let Some(loc) = loc.filter(|l| l.line == lineno) {
                crate::traceback::push_carets(&mut carets, &line, loc);
            }
        }
    }
    tuple::tuple_from_vec(vec![
        pystr::new_str(&c.src.filename),
        int::from_i64(lineno as i64),
        pystr::new_str(&c.src.name),
        pystr::from_string(stripped),
        pystr::from_string(carets),
    ])
}

/// `source_line(filename, lineno)`: the line (unstripped, no newline) or
/// None.
unsafe fn source_line(_m: Value, args: &[Value]) -> Value {
    if args.len() != 2 || !pystr::is_str(args[0]) {
        return crate::type_error!("source_line() takes a str and an int");
    }
    let Some(n) = int::as_i64(args[1]) else {
        return crate::type_error!("source_line() takes a str and an int");
    };
    if n <= 0 || n > u32::MAX as i64 {
        return none();
    }
    match crate::traceback::source_line(pystr::as_str(args[0]), n as u32) {
        Some(l) => pystr::from_string(l),
        None => none(),
    }
}

static TB_FUNCTIONS: &[MethodDef] = &[
    MethodDef {
        name: "tb_entry",
        imp: MethodImpl::O(tb_entry),
        doc: "",
    },
    MethodDef {
        name: "source_line",
        imp: MethodImpl::Fast(source_line),
        doc: "",
    },
];

/// Create the `_traceback` module (new reference, null on failure).
pub fn create_module() -> Value {
    let m = module::new_module("_traceback");
    if m.is_null() {
        return m;
    }
    let d = module::module_dict(m);
    let mut ok = true;
    for def in TB_FUNCTIONS {
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
