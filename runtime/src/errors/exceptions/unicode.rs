//! `UnicodeDecodeError`, `UnicodeEncodeError` and `UnicodeTranslateError`:
//! their five (translate: four) positional constructor arguments, kept as
//! the instance attributes `encoding`, `object`, `start`, `end`, `reason`
//! in the instance dict, and the `__str__` CPython builds from them.
//!
//! Invariant: an instance made by the runtime's codecs with a single
//! message argument (see `new_exception_args`) has no such attributes; its
//! str is then the message, as for any exception.

use super::base::set_args;
use super::*;
use crate::errors::*;
use crate::object::{decref, Value};
use crate::objects::singletons::none;
use crate::objects::{bytes, dict, int, str as pystr};

/// Which of the three types `ty` is (or derives from).
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Decode,
    Encode,
    Translate,
}

unsafe fn kind_of(ty: *mut TypeObject) -> Kind {
    if is_subtype(ty, UNICODE_DECODE_ERROR.ptr()) {
        Kind::Decode
    } else if is_subtype(ty, UNICODE_ENCODE_ERROR.ptr()) {
        Kind::Encode
    } else {
        Kind::Translate
    }
}

/// Whether `ty` is one of the three built-in types (the runtime may
/// create them from a single message).
pub fn is_builtin_unicode_error(ty: *mut TypeObject) -> bool {
    ty == UNICODE_DECODE_ERROR.ptr()
        || ty == UNICODE_ENCODE_ERROR.ptr()
        || ty == UNICODE_TRANSLATE_ERROR.ptr()
}

unsafe fn index_arg(v: Value) -> Result<isize, ()> {
    match int::index_value(v) {
        Some(Ok(n)) => Ok(n),
        Some(Err(())) => Err(()),
        None => {
            crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            );
            Err(())
        }
    }
}

unsafe fn str_arg(v: Value, pos: usize) -> Result<(), ()> {
    if pystr::is_str(v) {
        return Ok(());
    }
    crate::type_error!("argument {pos} must be str, not {}", type_name(v));
    Err(())
}

pub(super) unsafe fn unicode_error_init(
    e: Value,
    args: *const Value,
    nargs: usize,
    _kw: Value,
) -> i32 {
    if set_args(e, args, nargs) < 0 {
        return -1;
    }
    let kind = kind_of(type_of(e));
    let want = if kind == Kind::Translate { 4 } else { 5 };
    if nargs != want {
        raise_type_error(format!(
            "function takes exactly {want} arguments ({nargs} given)"
        ));
        return -1;
    }
    let a = crate::object::value::slice_from(args, nargs);
    let (encoding, rest) = if kind == Kind::Translate {
        (none(), a)
    } else {
        if str_arg(a[0], 1).is_err() {
            return -1;
        }
        (a[0], &a[1..])
    };
    let first = if kind == Kind::Translate { 1 } else { 2 };
    let object = if kind == Kind::Decode {
        if !bytes::is_byteslike(rest[0]) {
            crate::type_error!(
                "a bytes-like object is required, not '{}'",
                type_name(rest[0])
            );
            return -1;
        }
        bytes::new_bytes(bytes::as_bytes(rest[0]).to_vec())
    } else {
        if str_arg(rest[0], first).is_err() {
            return -1;
        }
        crate::object::new_ref(rest[0])
    };
    if object.is_null() {
        return -1;
    }
    let start = index_arg(rest[1]);
    let end = start.and_then(|_| index_arg(rest[2]));
    let (Ok(start), Ok(end)) = (start, end) else {
        decref(object);
        return -1;
    };
    if str_arg(rest[3], first + 3).is_err() {
        decref(object);
        return -1;
    }
    let d = crate::ops::attr::instance_dict(e);
    if d.is_null() {
        decref(object);
        return -1;
    }
    let start = int::from_i64(start as i64);
    let end = int::from_i64(end as i64);
    let mut rc = 0;
    for (k, v) in [
        ("encoding", encoding),
        ("object", object),
        ("start", start),
        ("end", end),
        ("reason", rest[3]),
    ] {
        if rc == 0 && !v.is_null() && dict::set_str(d, k, v) < 0 {
            rc = -1;
        }
    }
    decref(object);
    crate::object::xdecref(start);
    crate::object::xdecref(end);
    rc
}

/// The attribute `name` from the instance dict (borrowed), if set.
unsafe fn attr(e: Value, name: &str) -> Option<Value> {
    let d = (*exc_obj(e)).dict;
    if d.is_null() {
        return None;
    }
    dict::get_str(d, name)
}

/// `'\xe9'`-style escape of one code point, as CPython's messages show it.
fn escape_char(cp: u32) -> String {
    if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

pub(super) unsafe fn unicode_error_str(e: Value) -> Value {
    let kind = kind_of(type_of(e));
    let (Some(object), Some(start), Some(end), Some(reason)) = (
        attr(e, "object"),
        attr(e, "start"),
        attr(e, "end"),
        attr(e, "reason"),
    ) else {
        return super::base_str(e);
    };
    let (Some(start), Some(end)) = (int::as_i64(start), int::as_i64(end)) else {
        return super::base_str(e);
    };
    let reason = crate::ops::protocol::str_of(reason);
    if reason.is_null() {
        return reason;
    }
    let reason_text = pystr::as_str(reason).to_string();
    decref(reason);
    let encoding = match attr(e, "encoding") {
        Some(v) if kind != Kind::Translate => {
            let s = crate::ops::protocol::str_of(v);
            if s.is_null() {
                return s;
            }
            let t = pystr::as_str(s).to_string();
            decref(s);
            t
        }
        _ => String::new(),
    };
    let (verb, prefix) = match kind {
        Kind::Decode => ("decode", format!("'{encoding}' codec can't ")),
        Kind::Encode => ("encode", format!("'{encoding}' codec can't ")),
        Kind::Translate => ("translate", "can't ".to_string()),
    };
    let single = if end == start + 1 && start >= 0 {
        if kind == Kind::Decode && bytes::is_byteslike(object) {
            bytes::as_bytes(object)
                .get(start as usize)
                .map(|b| format!("byte 0x{b:02x}"))
        } else if pystr::is_str(object) {
            pystr::as_str(object)
                .chars()
                .nth(start as usize)
                .map(|c| format!("character '{}'", escape_char(c as u32)))
        } else {
            None
        }
    } else {
        None
    };
    let text = match single {
        Some(what) => format!("{prefix}{verb} {what} in position {start}: {reason_text}"),
        None => {
            let plural = if kind == Kind::Decode {
                "bytes"
            } else {
                "characters"
            };
            format!(
                "{prefix}{verb} {plural} in position {start}-{}: {reason_text}",
                end - 1
            )
        }
    };
    pystr::from_string(text)
}
