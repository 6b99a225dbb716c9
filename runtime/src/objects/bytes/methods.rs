//! Methods shared by `bytes` and `bytearray` (search, split/join, strip,
//! case, predicates, padding, `decode`, `hex`, `fromhex`). Results have the
//! receiver's kind (bytearray methods return bytearrays). Argument checks
//! and messages follow CPython 3.11.

use super::*;
use crate::call::argparse::{parse_args, ArgSpec};
use crate::call::builtin::{MethodDef, MethodImpl};
use crate::objects::{bool as pybool, list, tuple};
use crate::text::bytes_methods as alg;

/// A bytes-like argument, or TypeError "a bytes-like object is required".
pub(crate) fn buf<'a>(v: Value) -> Result<&'a [u8], ()> {
    if is_byteslike(v) {
        Ok(as_bytes(v))
    } else {
        crate::type_error!("a bytes-like object is required, not '{}'", type_name(v));
        Err(())
    }
}

/// A search argument: bytes-like, or an int naming one byte.
fn sub_arg(v: Value) -> Result<Vec<u8>, ()> {
    if is_byteslike(v) {
        return Ok(as_bytes(v).to_vec());
    }
    if crate::objects::int::index_value(v).is_none() {
        crate::type_error!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(v)
        );
        return Err(());
    }
    byte_of(v).map(|b| vec![b])
}

/// An optional slice bound (None or an index).
fn bound(args: &[Value], i: usize) -> Result<Option<i64>, ()> {
    match args.get(i) {
        None => Ok(None),
        Some(&v) if crate::objects::singletons::is_none(v) => Ok(None),
        Some(&v) => match crate::objects::int::index_value(v) {
            Some(Ok(x)) => Ok(Some(x as i64)),
            Some(Err(())) => Err(()),
            None => {
                raise_type_error(
                    "slice indices must be integers or None or have an __index__ method",
                );
                Err(())
            }
        },
    }
}

fn nargs_check(name: &str, args: &[Value], min: usize, max: usize) -> Result<(), ()> {
    if args.len() < min || args.len() > max {
        if min == max {
            crate::type_error!(
                "{name}() takes exactly {min} argument ({} given)",
                args.len()
            );
        } else if args.len() < min {
            crate::type_error!(
                "{name} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                args.len()
            );
        } else {
            crate::type_error!(
                "{name} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                args.len()
            );
        }
        return Err(());
    }
    Ok(())
}

fn int_result(r: Result<i64, ()>) -> Value {
    match r {
        Ok(i) => crate::objects::int::from_i64(i),
        Err(()) => Value::NULL,
    }
}

unsafe fn search(s: Value, args: &[Value], name: &str, right: bool) -> Result<i64, ()> {
    nargs_check(name, args, 1, 3)?;
    let sub = sub_arg(args[0])?;
    let (st, en) = (bound(args, 1)?, bound(args, 2)?);
    let d = as_bytes(s);
    Ok(if right {
        alg::rfind(d, &sub, st, en)
    } else {
        alg::find(d, &sub, st, en)
    })
}

unsafe fn m_find(s: Value, args: &[Value]) -> Value {
    int_result(search(s, args, "find", false))
}
unsafe fn m_rfind(s: Value, args: &[Value]) -> Value {
    int_result(search(s, args, "rfind", true))
}
unsafe fn m_index(s: Value, args: &[Value]) -> Value {
    match search(s, args, "index", false) {
        Ok(-1) => raise_value_error("subsection not found"),
        r => int_result(r),
    }
}
unsafe fn m_rindex(s: Value, args: &[Value]) -> Value {
    match search(s, args, "rindex", true) {
        Ok(-1) => raise_value_error("subsection not found"),
        r => int_result(r),
    }
}
unsafe fn m_count(s: Value, args: &[Value]) -> Value {
    let r = (|| {
        nargs_check("count", args, 1, 3)?;
        let sub = sub_arg(args[0])?;
        Ok(alg::count(as_bytes(s), &sub, bound(args, 1)?, bound(args, 2)?) as i64)
    })();
    int_result(r)
}

unsafe fn affix(s: Value, args: &[Value], name: &str, end: bool) -> Value {
    if nargs_check(name, args, 1, 3).is_err() {
        return Value::NULL;
    }
    let (Ok(st), Ok(en)) = (bound(args, 1), bound(args, 2)) else {
        return Value::NULL;
    };
    let mut subs: Vec<Vec<u8>> = Vec::new();
    if tuple::is_tuple(args[0]) {
        for &x in tuple::as_slice(args[0]) {
            match buf(x) {
                Ok(b) => subs.push(b.to_vec()),
                Err(()) => return Value::NULL,
            }
        }
    } else if is_byteslike(args[0]) {
        subs.push(as_bytes(args[0]).to_vec());
    } else {
        return crate::type_error!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(args[0])
        );
    }
    let refs: Vec<&[u8]> = subs.iter().map(|v| v.as_slice()).collect();
    let d = as_bytes(s);
    pybool::from_bool(if end {
        alg::endswith(d, &refs, st, en)
    } else {
        alg::startswith(d, &refs, st, en)
    })
}
unsafe fn m_startswith(s: Value, args: &[Value]) -> Value {
    affix(s, args, "startswith", false)
}
unsafe fn m_endswith(s: Value, args: &[Value]) -> Value {
    affix(s, args, "endswith", true)
}

fn list_of(like: Value, parts: Vec<Vec<u8>>) -> Value {
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        let v = new_like(like, p);
        if v.is_null() {
            for x in items {
                decref(x);
            }
            return Value::NULL;
        }
        items.push(v);
    }
    list::list_from_vec(items)
}

unsafe fn do_split(s: Value, args: *const Value, nargs: usize, kw: Value, right: bool) -> Value {
    let spec = ArgSpec {
        fname: if right { "rsplit" } else { "split" },
        params: &["sep", "maxsplit"],
        posonly: 0,
        required: 0,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    let mut out = [Value::NULL; 2];
    if parse_args(&spec, args, nargs, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let sep = if out[0].is_null() || crate::objects::singletons::is_none(out[0]) {
        None
    } else {
        match buf(out[0]) {
            Ok(b) => Some(b.to_vec()),
            Err(()) => return Value::NULL,
        }
    };
    let maxsplit = if out[1].is_null() {
        -1
    } else {
        match crate::objects::int::index_value(out[1]) {
            Some(Ok(x)) => x as i64,
            Some(Err(())) => return Value::NULL,
            None => {
                return crate::type_error!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(out[1])
                )
            }
        }
    };
    let d = as_bytes(s);
    let r = if right {
        alg::rsplit(d, sep.as_deref(), maxsplit)
    } else {
        alg::split(d, sep.as_deref(), maxsplit)
    };
    match r {
        Ok(parts) => list_of(s, parts),
        Err(e) => raise_alg(e),
    }
}
unsafe fn m_split(s: Value, a: *const Value, n: usize, kw: Value) -> Value {
    do_split(s, a, n, kw, false)
}
unsafe fn m_rsplit(s: Value, a: *const Value, n: usize, kw: Value) -> Value {
    do_split(s, a, n, kw, true)
}

unsafe fn m_join(s: Value, it: Value) -> Value {
    let Some(items) = crate::ops::protocol::sequence_fast(it, "can only join an iterable") else {
        return Value::NULL;
    };
    let sep = as_bytes(s).to_vec();
    let mut out = Vec::new();
    let mut err = None;
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        if super::memoryview::is_memoryview(x) {
            match super::memoryview::view_bytes(x) {
                Ok(b) => out.extend_from_slice(&b),
                Err(()) => {
                    for x in items {
                        decref(x);
                    }
                    return Value::NULL;
                }
            }
            continue;
        }
        if !is_byteslike(x) {
            err = Some((i, type_name(x).to_string()));
            break;
        }
        out.extend_from_slice(as_bytes(x));
    }
    for x in items {
        decref(x);
    }
    if let Some((i, t)) = err {
        return crate::type_error!("sequence item {i}: expected a bytes-like object, {t} found");
    }
    new_like(s, out)
}

unsafe fn strip_impl(s: Value, args: &[Value], name: &str, l: bool, r: bool) -> Value {
    if nargs_check(name, args, 0, 1).is_err() {
        return Value::NULL;
    }
    let chars = match args.first() {
        None => None,
        Some(&v) if crate::objects::singletons::is_none(v) => None,
        Some(&v) => match buf(v) {
            Ok(b) => Some(b.to_vec()),
            Err(()) => return Value::NULL,
        },
    };
    let out = alg::strip(as_bytes(s), chars.as_deref(), l, r).to_vec();
    new_like(s, out)
}
unsafe fn m_strip(s: Value, a: &[Value]) -> Value {
    strip_impl(s, a, "strip", true, true)
}
unsafe fn m_lstrip(s: Value, a: &[Value]) -> Value {
    strip_impl(s, a, "lstrip", true, false)
}
unsafe fn m_rstrip(s: Value, a: &[Value]) -> Value {
    strip_impl(s, a, "rstrip", false, true)
}

unsafe fn m_replace(s: Value, args: &[Value]) -> Value {
    if nargs_check("replace", args, 2, 3).is_err() {
        return Value::NULL;
    }
    let (Ok(old), Ok(new)) = (buf(args[0]), buf(args[1])) else {
        return Value::NULL;
    };
    let count = match args.get(2) {
        None => -1,
        Some(&c) => match crate::objects::int::index_value(c) {
            Some(Ok(x)) => x as i64,
            Some(Err(())) => return Value::NULL,
            None => {
                return crate::type_error!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(c)
                )
            }
        },
    };
    let out = alg::replace(as_bytes(s), old, new, count);
    new_like(s, out)
}

unsafe fn affix_remove(s: Value, x: Value, suffix: bool) -> Value {
    let Ok(a) = buf(x) else {
        return Value::NULL;
    };
    let d = as_bytes(s);
    let out = if suffix {
        d.strip_suffix(a).unwrap_or(d)
    } else {
        d.strip_prefix(a).unwrap_or(d)
    };
    new_like(s, out.to_vec())
}
unsafe fn m_removeprefix(s: Value, x: Value) -> Value {
    affix_remove(s, x, false)
}
unsafe fn m_removesuffix(s: Value, x: Value) -> Value {
    affix_remove(s, x, true)
}

macro_rules! mapper {
    ($name:ident, $f:path) => {
        unsafe fn $name(s: Value) -> Value {
            new_like(s, $f(as_bytes(s)))
        }
    };
}
mapper!(m_upper, alg::upper);
mapper!(m_lower, alg::lower);
mapper!(m_swapcase, alg::swapcase);
mapper!(m_title, alg::title);
mapper!(m_capitalize, alg::capitalize);

macro_rules! pred {
    ($name:ident, $f:path) => {
        unsafe fn $name(s: Value) -> Value {
            pybool::from_bool($f(as_bytes(s)))
        }
    };
}
pred!(m_isalpha, alg::isalpha);
pred!(m_isalnum, alg::isalnum);
pred!(m_isdigit, alg::isdigit);
pred!(m_isspace, alg::isspace);
pred!(m_isascii, alg::isascii);
pred!(m_isupper, alg::isupper);
pred!(m_islower, alg::islower);
pred!(m_istitle, alg::istitle);

fn int_arg(v: Value) -> Result<i64, ()> {
    match crate::objects::int::index_value(v) {
        Some(Ok(x)) => Ok(x as i64),
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

unsafe fn pad_impl(s: Value, args: &[Value], name: &str, align: char) -> Value {
    if nargs_check(name, args, 1, 2).is_err() {
        return Value::NULL;
    }
    let Ok(width) = int_arg(args[0]) else {
        return Value::NULL;
    };
    let fill = match args.get(1) {
        None => b' ',
        Some(&f) => match buf(f) {
            Ok(b) if b.len() == 1 => b[0],
            Ok(_) => {
                return crate::type_error!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(f)
                )
            }
            Err(()) => {
                clear();
                return crate::type_error!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(f)
                );
            }
        },
    };
    match alg::pad(as_bytes(s), width, fill, align) {
        Ok(v) => new_like(s, v),
        Err(e) => raise_alg(e),
    }
}
unsafe fn m_center(s: Value, a: &[Value]) -> Value {
    pad_impl(s, a, "center", '^')
}
unsafe fn m_ljust(s: Value, a: &[Value]) -> Value {
    pad_impl(s, a, "ljust", '<')
}
unsafe fn m_rjust(s: Value, a: &[Value]) -> Value {
    pad_impl(s, a, "rjust", '>')
}
unsafe fn m_zfill(s: Value, w: Value) -> Value {
    let Ok(width) = int_arg(w) else {
        return Value::NULL;
    };
    match alg::zfill(as_bytes(s), width) {
        Ok(v) => new_like(s, v),
        Err(e) => raise_alg(e),
    }
}
unsafe fn m_expandtabs(s: Value, a: *const Value, n: usize, kw: Value) -> Value {
    let spec = ArgSpec {
        fname: "expandtabs",
        params: &["tabsize"],
        posonly: 0,
        required: 0,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    let mut out = [Value::NULL; 1];
    if parse_args(&spec, a, n, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let ts = if out[0].is_null() {
        8
    } else {
        match int_arg(out[0]) {
            Ok(x) => x,
            Err(()) => return Value::NULL,
        }
    };
    match alg::expandtabs(as_bytes(s), ts) {
        Ok(v) => new_like(s, v),
        Err(e) => raise_alg(e),
    }
}

unsafe fn partition_impl(s: Value, sep: Value, right: bool) -> Value {
    let Ok(sep) = buf(sep) else {
        return Value::NULL;
    };
    match alg::partition(as_bytes(s), sep, right) {
        Ok((a, b, c)) => tuple::tuple_pack_steal(&[new_like(s, a), new_like(s, b), new_like(s, c)]),
        Err(e) => raise_alg(e),
    }
}
unsafe fn m_partition(s: Value, x: Value) -> Value {
    partition_impl(s, x, false)
}
unsafe fn m_rpartition(s: Value, x: Value) -> Value {
    partition_impl(s, x, true)
}

unsafe fn m_splitlines(s: Value, a: *const Value, n: usize, kw: Value) -> Value {
    let spec = ArgSpec {
        fname: "splitlines",
        params: &["keepends"],
        posonly: 0,
        required: 0,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    let mut out = [Value::NULL; 1];
    if parse_args(&spec, a, n, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let keep = if out[0].is_null() {
        false
    } else {
        match crate::ops::protocol::is_true(out[0]) {
            -1 => return Value::NULL,
            t => t == 1,
        }
    };
    list_of(s, alg::splitlines(as_bytes(s), keep))
}

unsafe fn m_decode(s: Value, a: *const Value, n: usize, kw: Value) -> Value {
    let spec = ArgSpec {
        fname: "decode",
        params: &["encoding", "errors"],
        posonly: 0,
        required: 0,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    let mut out = [Value::NULL; 2];
    if parse_args(&spec, a, n, kw, &mut out).is_err() {
        return Value::NULL;
    }
    decode_value(s, out[0], out[1])
}

/// `b.decode(encoding, errors)`; null arguments take the defaults.
pub fn decode_value(s: Value, enc: Value, errs: Value) -> Value {
    let text = |v: Value, what: &str, dflt: &'static str| -> Result<String, ()> {
        if v.is_null() {
            Ok(dflt.to_string())
        } else if pystr::is_str(v) {
            Ok(pystr::as_str(v).to_string())
        } else {
            crate::type_error!(
                "decode() argument '{what}' must be str, not {}",
                type_name(v)
            );
            Err(())
        }
    };
    let (Ok(enc), Ok(errs)) = (
        text(enc, "encoding", "utf-8"),
        text(errs, "errors", "strict"),
    ) else {
        return Value::NULL;
    };
    let Some(codec) = crate::text::codecs::lookup(&enc) else {
        return raise_str(
            crate::errors::exceptions::LOOKUP_ERROR.ptr(),
            &format!("unknown encoding: {enc}"),
        );
    };
    match crate::text::codecs::decode(as_bytes(s), codec, &errs) {
        Ok(t) => pystr::from_string(t),
        Err(e) => {
            raise_codec_error(&e);
            Value::NULL
        }
    }
}

pub(super) unsafe fn m_hex(s: Value, a: *const Value, n: usize, kw: Value) -> Value {
    let spec = ArgSpec {
        fname: "hex",
        params: &["sep", "bytes_per_sep"],
        posonly: 0,
        required: 0,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    let mut out = [Value::NULL; 2];
    if parse_args(&spec, a, n, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let sep_owned;
    let sep = if out[0].is_null() {
        None
    } else if pystr::is_str(out[0]) {
        Some(pystr::as_str(out[0]))
    } else if is_byteslike(out[0]) {
        sep_owned = String::from_utf8_lossy(as_bytes(out[0])).into_owned();
        Some(sep_owned.as_str())
    } else {
        return crate::type_error!("sep must be str or bytes.");
    };
    let per = if out[1].is_null() {
        1
    } else {
        match int_arg(out[1]) {
            Ok(x) => x,
            Err(()) => return Value::NULL,
        }
    };
    match crate::text::bytes::bytes_hex(as_bytes(s), sep, per) {
        Ok(t) => pystr::from_string(t),
        Err(e) => raise_alg(e),
    }
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)` (bound to the class).
unsafe fn m_fromhex(cls: Value, x: Value) -> Value {
    if !pystr::is_str(x) {
        return crate::type_error!("fromhex() argument must be str, not {}", type_name(x));
    }
    match crate::text::bytes::bytes_fromhex(pystr::as_str(x)) {
        Ok(v) => {
            let ty = cls.as_obj() as *const TypeObject;
            if is_subtype(ty, BYTEARRAY_TYPE.ptr()) {
                new_of_type(ty, v)
            } else if ty == BYTES_TYPE.ptr() {
                new_bytes(v)
            } else {
                let b = new_bytes(v);
                if b.is_null() {
                    return b;
                }
                let r = crate::call::vectorcall::call(cls, &[b], Value::NULL);
                decref(b);
                r
            }
        }
        Err(e) => raise_alg(e),
    }
}

/// `bytes.maketrans(frm, to)` (bound to the class, which it ignores).
unsafe fn m_maketrans(_cls: Value, args: &[Value]) -> Value {
    if args.len() != 2 {
        return crate::type_error!("maketrans expected 2 arguments, got {}", args.len());
    }
    let (Ok(frm), Ok(to)) = (buf(args[0]), buf(args[1])) else {
        return Value::NULL;
    };
    if frm.len() != to.len() {
        return raise_value_error("maketrans arguments must have same length");
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&f, &t) in frm.iter().zip(to) {
        table[f as usize] = t;
    }
    new_bytes(table)
}

/// `b.translate(table, /, delete=b'')`.
unsafe fn m_translate(s: Value, a: *const Value, n: usize, kw: Value) -> Value {
    let spec = ArgSpec {
        fname: "translate",
        params: &["table", "delete"],
        posonly: 1,
        required: 1,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    let mut out = [Value::NULL; 2];
    if parse_args(&spec, a, n, kw, &mut out).is_err() {
        return Value::NULL;
    }
    let table = if crate::objects::singletons::is_none(out[0]) {
        None
    } else {
        match buf(out[0]) {
            Ok(t) if t.len() == 256 => Some(t.to_vec()),
            Ok(_) => return raise_value_error("translation table must be 256 characters long"),
            Err(()) => return Value::NULL,
        }
    };
    let delete = if out[1].is_null() {
        Vec::new()
    } else {
        match buf(out[1]) {
            Ok(d) => d.to_vec(),
            Err(()) => return Value::NULL,
        }
    };
    let res: Vec<u8> = as_bytes(s)
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    new_like(s, res)
}

unsafe fn m_getnewargs(s: Value) -> Value {
    let b = new_bytes(as_bytes(s).to_vec());
    tuple::tuple_pack_steal(&[b])
}

macro_rules! m {
    ($name:literal, $kind:ident, $f:path) => {
        MethodDef {
            name: $name,
            imp: MethodImpl::$kind($f),
            doc: "",
        }
    };
}

/// Methods common to bytes and bytearray (bytearray prepends its own).
macro_rules! common_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            $($extra,)*
            m!("capitalize", NoArgs, m_capitalize),
            m!("center", Fast, m_center),
            m!("count", Fast, m_count),
            m!("decode", FastKw, m_decode),
            m!("endswith", Fast, m_endswith),
            m!("expandtabs", FastKw, m_expandtabs),
            m!("find", Fast, m_find),
            m!("hex", FastKw, m_hex),
            m!("index", Fast, m_index),
            m!("isalnum", NoArgs, m_isalnum),
            m!("isalpha", NoArgs, m_isalpha),
            m!("isascii", NoArgs, m_isascii),
            m!("isdigit", NoArgs, m_isdigit),
            m!("islower", NoArgs, m_islower),
            m!("isspace", NoArgs, m_isspace),
            m!("istitle", NoArgs, m_istitle),
            m!("isupper", NoArgs, m_isupper),
            m!("join", O, m_join),
            m!("ljust", Fast, m_ljust),
            m!("lower", NoArgs, m_lower),
            m!("lstrip", Fast, m_lstrip),
            m!("partition", O, m_partition),
            m!("removeprefix", O, m_removeprefix),
            m!("removesuffix", O, m_removesuffix),
            m!("replace", Fast, m_replace),
            m!("rfind", Fast, m_rfind),
            m!("rindex", Fast, m_rindex),
            m!("rjust", Fast, m_rjust),
            m!("rpartition", O, m_rpartition),
            m!("rsplit", FastKw, m_rsplit),
            m!("rstrip", Fast, m_rstrip),
            m!("split", FastKw, m_split),
            m!("splitlines", FastKw, m_splitlines),
            m!("startswith", Fast, m_startswith),
            m!("strip", Fast, m_strip),
            m!("swapcase", NoArgs, m_swapcase),
            m!("title", NoArgs, m_title),
            m!("translate", FastKw, m_translate),
            m!("upper", NoArgs, m_upper),
            m!("zfill", O, m_zfill),
        ]
    };
}

pub static BYTES_METHODS: &[MethodDef] =
    common_methods!(m!("__getnewargs__", NoArgs, m_getnewargs));

pub static BYTEARRAY_METHODS: &[MethodDef] = {
    use super::bytearray::*;
    common_methods!(
        m!("append", O, m_append),
        m!("clear", NoArgs, m_clear),
        m!("copy", NoArgs, m_copy),
        m!("extend", O, m_extend),
        m!("insert", Fast, m_insert),
        m!("pop", Fast, m_pop),
        m!("remove", O, m_remove),
        m!("reverse", NoArgs, m_reverse),
    )
};

pub static CLASS_METHODS: &[MethodDef] = &[
    m!("fromhex", O, m_fromhex),
    m!("maketrans", Fast, m_maketrans),
];
