//! `compile()` and the source-to-code step `exec()`/`eval()` share: text
//! (str, or bytes decoded by their coding declaration) parsed and compiled
//! by the frontend in `exec`, `eval` or `single` mode under the given file
//! name. Syntax errors become SyntaxError with CPython's fields.
//!
//! Invariant: returns a new code object or null with an exception set.

use crate::errors::*;
use crate::object::Value;
use crate::objects::{bytes, singletons::is_none, str as pystr};
use crate::types::typeobject::type_name;

/// How the source is compiled.
#[derive(Clone, Copy, PartialEq)]
pub enum SourceMode {
    Exec,
    Eval,
    Single,
}

/// The source text of `src` (str or bytes-like), or None with `bad_type`
/// raised as TypeError (or SyntaxError for undecodable / NUL-holding text).
unsafe fn source_text(src: Value, bad_type: &str) -> Option<String> {
    let text = if pystr::is_str(src) {
        pystr::as_str(src).to_string()
    } else if bytes::is_byteslike(src) {
        match pyc_frontend::tokenizer::decode_source(bytes::as_bytes(src)) {
            Ok(t) => t,
            Err(e) => {
                crate::interp::imports::raise_syntax_error(&e, "<string>");
                return None;
            }
        }
    } else {
        raise_type_error(bad_type);
        return None;
    };
    if text.contains('\0') {
        crate::errors::raise_str(
            crate::errors::exceptions::SYNTAX_ERROR.ptr(),
            "source code string cannot contain null bytes",
        );
        return None;
    }
    Some(text)
}

/// Compile `src` (a code object is returned as is) for exec/eval/compile.
///
/// # Safety
/// GIL held; `src` borrowed.
pub unsafe fn source_to_code(
    src: Value,
    filename: &str,
    mode: SourceMode,
    bad_type: &str,
) -> Value {
    if crate::objects::code::is_code(src) {
        return crate::object::new_ref(src);
    }
    let Some(text) = source_text(src, bad_type) else {
        return Value::NULL;
    };
    let parsed = match mode {
        SourceMode::Eval => {
            pyc_frontend::parser::parse_expression(text.trim_start_matches([' ', '\t']))
                .and_then(|m| pyc_frontend::bytecode::compile_expression(&m, filename))
        }
        SourceMode::Exec => pyc_frontend::parser::parse_module(&text)
            .and_then(|m| pyc_frontend::bytecode::compile_module(&m, filename)),
        SourceMode::Single => pyc_frontend::parser::parse_interactive(&text)
            .and_then(|m| pyc_frontend::bytecode::compile_interactive(&m, filename)),
    };
    match parsed {
        Ok(c) => crate::objects::code::new_code(c),
        Err(e) => {
            // Compiler and symbol-table errors come without a source line:
            // CPython reads it back from the file named, and a string's
            // source has no file, so they keep none (and their offsets).
            // The tokenizer's own errors carry their line as CPython's do.
            let e = if e.text.is_none() || e.raised_by == pyc_frontend::RaisedBy::Tokenizer {
                e
            } else {
                pyc_frontend::bytecode::attach_source(e, &text)
            };
            crate::interp::imports::raise_syntax_error(&e, filename)
        }
    }
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1)`.
pub unsafe fn builtin_compile(_m: Value, args: *const Value, nargs: usize, kw: Value) -> Value {
    let mut out = [Value::NULL; 6];
    let spec = crate::call::argparse::ArgSpec {
        fname: "compile",
        params: &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        posonly: 0,
        required: 3,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    if crate::call::argparse::parse_args(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let filename = if pystr::is_str(out[1]) {
        pystr::as_str(out[1]).to_string()
    } else if bytes::is_byteslike(out[1]) {
        String::from_utf8_lossy(bytes::as_bytes(out[1])).into_owned()
    } else {
        return crate::type_error!(
            "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
            type_name(out[1])
        );
    };
    if !pystr::is_str(out[2]) {
        return crate::type_error!(
            "compile() argument 'mode' must be str, not {}",
            type_name(out[2])
        );
    }
    let mode = match pystr::as_str(out[2]) {
        "exec" => SourceMode::Exec,
        "eval" => SourceMode::Eval,
        "single" => SourceMode::Single,
        _ => return raise_value_error("compile() mode must be 'exec', 'eval' or 'single'"),
    };
    if !out[3].is_null() && !is_none(out[3]) {
        match crate::objects::int::as_i64(out[3]) {
            Some(0) => {}
            Some(_) => return raise_value_error("compile(): unrecognised flags"),
            None => {
                return crate::type_error!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(out[3])
                )
            }
        }
    }
    source_to_code(
        out[0],
        &filename,
        mode,
        "compile() arg 1 must be a string, bytes or AST object",
    )
}
