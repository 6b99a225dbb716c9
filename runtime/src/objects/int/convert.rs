//! int conversions: `repr`/`str` (with CPython's 4300-digit limit),
//! `int(...)` construction, conversion to float, and `__index__` handling
//! for indices.

use super::*;
use crate::errors::*;
use crate::object::decref;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

static MAX_STR_DIGITS_NOW: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// The current `sys.get_int_max_str_digits()` (0: no limit).
#[inline]
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS_NOW.load(std::sync::atomic::Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`; the caller checks `n == 0 || n >= 640`.
pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS_NOW.store(n, std::sync::atomic::Ordering::Relaxed)
}

/// Decimal text of an int value, or ValueError past the digit limit.
pub fn int_repr_string(x: &IntVal) -> Result<String, ()> {
    match x {
        IntVal::Small(i) => Ok(i.to_string()),
        IntVal::Big(b) => crate::num::int::int_to_decimal(b, max_str_digits()).map_err(|e| {
            raise_alg(e);
        }),
    }
}

pub(super) unsafe fn int_repr(v: Value) -> Value {
    let Some(x) = int_val(v) else {
        return crate::objects::singletons::not_implemented();
    };
    if let IntVal::Small(i) = x {
        // Digits written backwards into a stack buffer: no heap text.
        let mut buf = [0u8; 24];
        let mut at = buf.len();
        let mut m = i.unsigned_abs();
        loop {
            at -= 1;
            buf[at] = b'0' + (m % 10) as u8;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        if i < 0 {
            at -= 1;
            buf[at] = b'-';
        }
        // SAFETY: ASCII digits and sign.
        return crate::objects::str::new_str(std::str::from_utf8_unchecked(&buf[at..]));
    }
    match int_repr_string(&x) {
        Ok(s) => crate::objects::str::new_str(&s),
        Err(()) => Value::NULL,
    }
}

/// Convert to f64, raising OverflowError("int too large to convert to
/// float") when out of range. Rounds half to even like CPython.
pub fn int_to_f64(x: &IntVal) -> Result<f64, ()> {
    match x {
        IntVal::Small(i) => Ok(*i as f64),
        IntVal::Big(b) => {
            // num-bigint's to_f64 rounds correctly; it saturates to inf.
            let f = b.to_f64().unwrap_or(f64::INFINITY);
            if f.is_infinite() {
                raise_overflow_error("int too large to convert to float");
                return Err(());
            }
            Ok(f)
        }
    }
}

/// Interpret `v` as an index (`operator.index` semantics, clamped to
/// `isize`): None when `v` has no `__index__`; `Some(Err)` with an exception
/// set on failure (OverflowError "cannot fit 'int' into an index-sized
/// integer"); `Some(Ok(i))` otherwise.
pub fn index_value(v: Value) -> Option<Result<isize, ()>> {
    if v.is_small() {
        return Some(Ok(v.as_small() as isize));
    }
    let converted;
    let x = match int_val(v) {
        Some(x) => x,
        None => {
            // SAFETY: valid value; slot call.
            let f = unsafe { (*type_of(v)).nb.nb_index }?;
            converted = unsafe { f(v) };
            if converted.is_null() {
                return Some(Err(()));
            }
            let r = index_value_owned(converted);
            return Some(r);
        }
    };
    Some(match x.to_i64() {
        Some(i) => Ok(i as isize),
        None => {
            raise_index_overflow(v);
            Err(())
        }
    })
}

fn index_value_owned(v: Value) -> Result<isize, ()> {
    let r = match int_val(v) {
        Some(x) => match x.to_i64() {
            Some(i) => Ok(i as isize),
            None => {
                raise_index_overflow(v);
                Err(())
            }
        },
        None => {
            crate::type_error!("__index__ returned non-int (type {})", type_name(v));
            Err(())
        }
    };
    decref(v);
    r
}

fn raise_index_overflow(v: Value) {
    raise_str(
        crate::errors::exceptions::INDEX_ERROR.ptr(),
        &format!("cannot fit '{}' into an index-sized integer", type_name(v)),
    );
}

/// Parse `int()`'s string syntax in `base` (0 or 2..=36) with no digit
/// limit; None when invalid. (Used for constants; `int()` itself goes
/// through `crate::num::int::parse_int` with the limit and its messages.)
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    crate::num::int::parse_int(text, base as i64, 0).ok()
}

/// `int(x=0)` / `int(x, base=10)`.
pub(super) unsafe fn int_new(
    ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    static SPEC: crate::call::argparse::ArgSpec = crate::call::argparse::ArgSpec {
        fname: "int",
        params: &["x", "base"],
        posonly: 1,
        required: 0,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    let mut out = [Value::NULL; 2];
    if crate::call::argparse::parse_args_clinic(&SPEC, args, nargs, kwnames, &mut out).is_err() {
        return Value::NULL;
    }
    let (x, base) = (out[0], out[1]);
    let r = if x.is_null() {
        if !base.is_null() {
            return raise_type_error("int() missing string argument");
        }
        from_i64(0)
    } else if !base.is_null() {
        let b = match as_i64(base) {
            Some(b) if b == 0 || (2..=36).contains(&b) => b as u32,
            Some(_) => return raise_value_error("int() base must be >= 2 and <= 36, or 0"),
            None => {
                return crate::type_error!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(base)
                )
            }
        };
        if crate::objects::bytes::is_byteslike(x) {
            parse_bytes_value(crate::objects::bytes::as_bytes(x), b)
        } else if !crate::objects::str::is_str(x) {
            return raise_type_error("int() can't convert non-string with explicit base");
        } else {
            parse_str_value(x, b)
        }
    } else if crate::objects::str::is_str(x) {
        parse_str_value(x, 10)
    } else if crate::objects::bytes::is_byteslike(x) {
        parse_bytes_value(crate::objects::bytes::as_bytes(x), 10)
    } else {
        crate::ops::number::number_to_int(x)
    };
    if r.is_null() || ty == INT_TYPE.ptr() {
        return r;
    }
    // Subclass instance: box the value in the subclass layout.
    let big = int_val(r)
        .map(|v| v.to_big().into_owned())
        .unwrap_or_default();
    decref(r);
    new_big(ty, big)
}

/// `int(b)` for bytes/bytearray: the bytes read as ASCII text; an error
/// message shows the bytes' repr as CPython does.
fn parse_bytes_value(data: &[u8], base: u32) -> Value {
    let invalid = || {
        raise_value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            crate::text::bytes::bytes_repr(data)
        ))
    };
    if !data.is_ascii() {
        return invalid();
    }
    let text = std::str::from_utf8(data).unwrap_or_default();
    match crate::num::int::parse_int(text, base as i64, max_str_digits()) {
        Ok(b) => from_bigint(b),
        Err(e) if e.msg.starts_with("invalid literal") => invalid(),
        Err(e) => raise_alg(e),
    }
}

fn parse_str_value(s: Value, base: u32) -> Value {
    let text = crate::objects::str::as_str(s);
    match crate::num::int::parse_int(text, base as i64, max_str_digits()) {
        Ok(b) => from_bigint(b),
        Err(e) => raise_alg(e),
    }
}

/// `int.__format__(self, spec)` (`crate::text::format_spec::format_int`).
pub(super) unsafe fn int_format(v: Value, spec: Value) -> Value {
    if !crate::objects::str::is_str(spec) {
        return crate::type_error!("__format__() argument must be str, not {}", type_name(spec));
    }
    let spec_text = crate::objects::str::as_str(spec);
    if spec_text.is_empty() {
        return crate::ops::protocol::str_of(v);
    }
    let Some(x) = int_val(v) else {
        return crate::objects::singletons::not_implemented();
    };
    match crate::text::format_spec::format_int(
        &x.to_big(),
        spec_text,
        type_name(v),
        max_str_digits(),
    ) {
        Ok(s) => crate::objects::str::from_string(s),
        Err(e) => raise_alg(e),
    }
}
