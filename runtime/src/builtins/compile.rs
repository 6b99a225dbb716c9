//! The `compile()` builtin: source text (str, or bytes decoded as a file
//! would be) to a code object in `exec`, `eval` or `single` mode, with
//! CPython's argument checks and messages. The code object runs on the
//! interpreter tier when executed (it is created at run time).

use crate::errors::*;
use crate::object::Value;
use crate::objects::{bytes as pybytes, int, str as pystr};

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1, *, _feature_version=-1)`.
pub unsafe fn builtin_compile(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 7];
    let spec = crate::call::argparse::ArgSpec {
        fname: "compile",
        params: &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        posonly: 0,
        required: 3,
        kwonly: 1,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let (source, filename, mode) = (out[0], out[1], out[2]);
    let filename = if pystr::is_str(filename) {
        pystr::as_str(filename).to_string()
    } else if pybytes::is_bytes(filename) {
        String::from_utf8_lossy(pybytes::as_bytes(filename)).into_owned()
    } else {
        crate::type_error!(
            "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
            crate::types::typeobject::type_name(filename)
        );
        return Value::NULL;
    };
    if !pystr::is_str(mode) {
        crate::type_error!(
            "compile() argument 'mode' must be str, not {}",
            crate::types::typeobject::type_name(mode)
        );
        return Value::NULL;
    }
    let mode = pystr::as_str(mode);
    if !matches!(mode, "exec" | "eval" | "single") {
        return raise_value_error("compile() mode must be 'exec', 'eval' or 'single'");
    }
    if !out[3].is_null() {
        match int::as_i64(out[3]).filter(|_| int::is_int(out[3])) {
            Some(0) => {}
            Some(f) if f & 0x400 != 0 => {
                // PyCF_ONLY_AST needs the `ast` module's node classes.
                crate::errors::raise_str(
                    crate::errors::exceptions::NOT_IMPLEMENTED_ERROR.ptr(),
                    "compile() to an AST object (ast.PyCF_ONLY_AST) is not supported yet",
                );
                return Value::NULL;
            }
            Some(_) => {}
            None => {
                crate::type_error!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::types::typeobject::type_name(out[3])
                );
                return Value::NULL;
            }
        }
    }
    let text: String = if pystr::is_str(source) {
        pystr::as_str(source).to_string()
    } else if pybytes::is_bytes(source) {
        match pyc_frontend::tokenizer::decode_source_named(pybytes::as_bytes(source), &filename) {
            Ok(s) => s,
            Err(e) => return crate::interp::imports::raise_syntax_error(&e, &filename),
        }
    } else {
        crate::type_error!("compile() arg 1 must be a string, bytes or AST object");
        return Value::NULL;
    };
    if text.contains('\0') {
        return crate::errors::raise_str(
            crate::errors::exceptions::SYNTAX_ERROR.ptr(),
            "source code string cannot contain null bytes",
        );
    }
    let compiled = match mode {
        "eval" => pyc_frontend::parser::parse_expression(text.trim_start_matches([' ', '\t']))
            .and_then(|m| pyc_frontend::bytecode::compile_expression(&m, &filename)),
        "single" => pyc_frontend::parser::parse_interactive(&text)
            .and_then(|m| pyc_frontend::bytecode::compile_interactive(&m, &filename)),
        _ => pyc_frontend::parser::parse_module(&text)
            .and_then(|m| pyc_frontend::bytecode::compile_module(&m, &filename)),
    };
    match compiled {
        Ok(c) => {
            crate::traceback::register_source(&filename, &text);
            crate::objects::code::new_code(c)
        }
        Err(e) => {
            let e = pyc_frontend::bytecode::attach_source(e, &text);
            crate::interp::imports::raise_syntax_error(&e, &filename)
        }
    }
}
