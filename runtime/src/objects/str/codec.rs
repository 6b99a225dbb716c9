//! str <-> bytes: `str.encode(encoding='utf-8', errors='strict')` and the
//! decoding form of the constructor, `str(bytes_like, encoding, errors)`.
//! The codecs themselves are `crate::text::codecs`, reached through the
//! bytes type's helpers (`encode_str`, `decode_value`).

use super::args::{bind_kw, KwSpec};
use super::*;
use crate::objects::bytes;

/// `str.encode(encoding='utf-8', errors='strict')`.
pub(super) unsafe fn str_encode(
    s: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    let mut out = [Value::NULL; 2];
    if bind_kw(
        &KwSpec {
            fname: "encode",
            names: &["encoding", "errors"],
            kwonly_from: 2,
            min: 0,
        },
        args,
        nargs,
        kwnames,
        &mut out,
    )
    .is_err()
    {
        return Value::NULL;
    }
    let opt = |v: Value| (!v.is_null()).then_some(v);
    match bytes::encode_str(s, opt(out[0]), opt(out[1])) {
        Ok(data) => bytes::new_bytes(data),
        Err(()) => Value::NULL,
    }
}

/// `str(obj, encoding, errors)` with an encoding or errors given: `obj`
/// must be bytes-like and is decoded (new reference, exact str).
pub(super) fn decode_for_new(obj: Value, encoding: Value, errors: Value) -> Value {
    if !bytes::is_byteslike(obj) {
        return crate::type_error!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(obj)
        );
    }
    bytes::methods::decode_value(obj, encoding, errors)
}
