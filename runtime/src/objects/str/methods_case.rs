//! str methods for case and layout: the case mappings (upper, lower,
//! casefold, title, capitalize, swapcase), the `is*` predicates, padding
//! (center, ljust, rjust, zfill, expandtabs) and character mapping
//! (translate, maketrans).
//!
//! The algorithms live in `crate::text::strmethods::{case, layout,
//! translate}`; this file only converts arguments (CPython's messages) and
//! builds result objects.

use super::args::*;
use super::*;
use crate::errors::*;
use crate::object::decref;
use crate::objects::dict;
use crate::objects::singletons::{is_none, none};
use crate::text::strmethods::translate::{translate, Mapped};
use crate::text::strmethods::{case, layout};

macro_rules! case_method {
    ($($fname:ident => $alg:path),* $(,)?) => {
        $(
            pub(super) unsafe fn $fname(s: Value) -> Value {
                from_string($alg(as_str(s)))
            }
        )*
    };
}

case_method! {
    str_upper => case::upper,
    str_lower => case::lower,
    str_casefold => case::casefold,
    str_title => case::title,
    str_capitalize => case::capitalize,
    str_swapcase => case::swapcase,
}

macro_rules! predicate {
    ($($fname:ident => $alg:path),* $(,)?) => {
        $(
            pub(super) unsafe fn $fname(s: Value) -> Value {
                crate::objects::bool::from_bool($alg(as_str(s)))
            }
        )*
    };
}

predicate! {
    str_isalpha => case::isalpha,
    str_isalnum => case::isalnum,
    str_isdecimal => case::isdecimal,
    str_isdigit => case::isdigit,
    str_isnumeric => case::isnumeric,
    str_isspace => case::isspace,
    str_isprintable => case::isprintable,
    str_isascii => case::isascii,
    str_isidentifier => case::isidentifier,
    str_isupper => case::isupper,
    str_islower => case::islower,
    str_istitle => case::istitle,
}

/// The fill character argument of center/ljust/rjust.
fn fill_char(v: Option<&Value>) -> ArgResult<char> {
    let Some(&v) = v else {
        return Ok(' ');
    };
    if !is_str(v) {
        crate::type_error!(
            "The fill character must be a unicode character, not {}",
            type_name(v)
        );
        return Err(());
    }
    let mut it = as_str(v).chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => {
            raise_type_error("The fill character must be exactly one character long");
            Err(())
        }
    }
}

type PadFn = fn(&str, i64, char) -> crate::num::error::AlgResult<String>;

unsafe fn pad_common(s: Value, args: &[Value], name: &str, f: PadFn) -> Value {
    if check_clinic(name, args.len(), 1, 2).is_err() {
        return Value::NULL;
    }
    let Ok(width) = ssize_arg(args[0]) else {
        return Value::NULL;
    };
    let Ok(fill) = fill_char(args.get(1)) else {
        return Value::NULL;
    };
    if width <= char_len(s) as i64 && is_exact_str(s) {
        return crate::object::new_ref(s);
    }
    match f(as_str(s), width, fill) {
        Ok(r) => from_string(r),
        Err(e) => raise_alg(e),
    }
}

pub(super) unsafe fn str_center(s: Value, args: &[Value]) -> Value {
    pad_common(s, args, "center", layout::center)
}

pub(super) unsafe fn str_ljust(s: Value, args: &[Value]) -> Value {
    pad_common(s, args, "ljust", layout::ljust)
}

pub(super) unsafe fn str_rjust(s: Value, args: &[Value]) -> Value {
    pad_common(s, args, "rjust", layout::rjust)
}

pub(super) unsafe fn str_zfill(s: Value, width: Value) -> Value {
    let Ok(width) = ssize_arg(width) else {
        return Value::NULL;
    };
    if width <= char_len(s) as i64 && is_exact_str(s) {
        return crate::object::new_ref(s);
    }
    match layout::zfill(as_str(s), width) {
        Ok(r) => from_string(r),
        Err(e) => raise_alg(e),
    }
}

/// `expandtabs(tabsize=8)`.
pub(super) unsafe fn str_expandtabs(
    s: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value {
    let mut out = [Value::NULL; 1];
    if bind_kw(
        &KwSpec {
            fname: "expandtabs",
            names: &["tabsize"],
            kwonly_from: 1,
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
    let tabsize = if out[0].is_null() {
        8
    } else {
        match ssize_arg(out[0]) {
            Ok(t) => t,
            Err(()) => return Value::NULL,
        }
    };
    match layout::expandtabs(as_str(s), tabsize) {
        Ok(r) => from_string(r),
        Err(e) => raise_alg(e),
    }
}

/// `table[cp]` classified for the translate algorithm.
fn lookup_mapping(table: Value, cp: u32) -> ArgResult<Mapped> {
    let key = crate::objects::int::from_u64(cp as u64);
    let r = crate::ops::protocol::get_item(table, key);
    decref(key);
    if r.is_null() {
        if clear_if(crate::errors::exceptions::LOOKUP_ERROR.ptr()) {
            return Ok(Mapped::Keep);
        }
        return Err(());
    }
    let m = if is_none(r) {
        Mapped::Delete
    } else if let Some(x) = crate::objects::int::int_val(r) {
        Mapped::Code(x.to_i64().unwrap_or(i64::MAX))
    } else if is_str(r) {
        Mapped::Text(as_str(r).to_string())
    } else {
        Mapped::Other(type_name(r).to_string())
    };
    decref(r);
    Ok(m)
}

/// Error carrier for algorithms that call back into the object model:
/// the exception is already set when a `Raised` exists.
pub(super) struct Raised;

impl From<crate::num::error::AlgError> for Raised {
    fn from(e: crate::num::error::AlgError) -> Self {
        raise_alg(e);
        Raised
    }
}

pub(super) unsafe fn str_translate(s: Value, table: Value) -> Value {
    let r: Result<String, Raised> = translate(as_str(s), |cp| {
        lookup_mapping(table, cp).map_err(|()| Raised)
    });
    match r {
        Ok(t) => from_string(t),
        Err(Raised) => Value::NULL,
    }
}

/// Adds `key -> value` to `d` (key/value stolen).
fn put(d: Value, key: Value, value: Value) -> ArgResult<()> {
    if key.is_null() || value.is_null() {
        crate::object::xdecref(key);
        crate::object::xdecref(value);
        return Err(());
    }
    let r = dict::set_item(d, key, value);
    decref(key);
    decref(value);
    if r < 0 {
        Err(())
    } else {
        Ok(())
    }
}

fn cp_int(c: char) -> Value {
    crate::objects::int::from_u64(c as u64)
}

/// Fills `d` from maketrans's arguments.
unsafe fn fill_maketrans(d: Value, args: &[Value]) -> ArgResult<()> {
    if args.len() == 1 {
        let x = args[0];
        if !dict::is_dict(x) {
            raise_type_error("if you give only one argument to maketrans it must be a dict");
            return Err(());
        }
        for (k, v) in dict::items_vec(x) {
            let key = if crate::objects::int::is_int(k) {
                crate::object::new_ref(k)
            } else if is_str(k) {
                let mut it = as_str(k).chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => cp_int(c),
                    _ => {
                        raise_value_error("string keys in translate table must be of length 1");
                        Err(())?
                    }
                }
            } else {
                raise_type_error("keys in translate table must be strings or integers");
                return Err(());
            };
            put(d, key, crate::object::new_ref(v))?;
        }
        return Ok(());
    }
    let y = str_arg(args[1], "maketrans() argument 2 ")?;
    let z = match args.get(2) {
        Some(&z) => Some(str_arg(z, "maketrans() argument 3 ")?),
        None => None,
    };
    if !is_str(args[0]) {
        raise_type_error("first maketrans argument must be a string if there is a second argument");
        return Err(());
    }
    let x = as_str(args[0]);
    if char_len(args[0]) != char_len(args[1]) {
        raise_value_error("the first two maketrans arguments must have equal length");
        return Err(());
    }
    for (a, b) in x.chars().zip(y.chars()) {
        put(d, cp_int(a), cp_int(b))?;
    }
    for c in z.unwrap_or("").chars() {
        put(d, cp_int(c), none())?;
    }
    Ok(())
}

/// `str.maketrans(x, y=None, z=None, /)` (a static method in CPython;
/// registered as a class method whose class is ignored).
pub(super) unsafe fn str_maketrans(_cls: Value, args: &[Value]) -> Value {
    if check_clinic("maketrans", args.len(), 1, 3).is_err() {
        return Value::NULL;
    }
    let d = dict::dict_new();
    if d.is_null() {
        return d;
    }
    if fill_maketrans(d, args).is_err() {
        decref(d);
        return Value::NULL;
    }
    d
}
