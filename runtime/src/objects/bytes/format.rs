//! `bytes % args` / `bytearray % args`: printf-style formatting through the
//! shared `text::printf` engine. The format is read as Latin-1 text (one
//! char per byte) and the output converted back byte for byte; `%s`/`%b`
//! take bytes-like objects or `__bytes__` results, `%r`/`%a` use
//! `ascii()`, as in CPython 3.11.

use super::*;
use crate::num::error::AlgError;
use crate::objects::{dict, float, tuple};
use crate::text::printf::{printf_format, PrintfArgs, PrintfValue};
use num_bigint::BigInt;

/// Marker: a Python exception is set.
pub struct Raised;

impl From<AlgError> for Raised {
    fn from(e: AlgError) -> Self {
        raise_alg(e);
        Raised
    }
}

/// A `%` operand: borrowed, or owned (mapping lookups) and released on drop.
pub struct Arg {
    v: Value,
    owned: bool,
}

impl Drop for Arg {
    fn drop(&mut self) {
        if self.owned {
            decref(self.v);
        }
    }
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn owned_text(v: Value) -> Result<String, Raised> {
    if v.is_null() {
        return Err(Raised);
    }
    let s = pystr::as_str(v).to_string();
    decref(v);
    Ok(s)
}

impl PrintfValue for Arg {
    type Error = Raised;

    fn py_str(&self) -> Result<String, Raised> {
        let v = self.v;
        if is_byteslike(v) {
            return Ok(latin1(as_bytes(v)));
        }
        // SAFETY: dunder call on a live value.
        if let Some(r) =
            unsafe { crate::types::slotdefs::generic::call_dunder(v, "__bytes__", &[]) }
        {
            if r.is_null() {
                return Err(Raised);
            }
            if !is_bytes(r) {
                crate::type_error!("__bytes__ returned non-bytes (type {})", type_name(r));
                decref(r);
                return Err(Raised);
            }
            let s = latin1(as_bytes(r));
            decref(r);
            return Ok(s);
        }
        crate::type_error!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            type_name(v)
        );
        Err(Raised)
    }

    fn py_repr(&self) -> Result<String, Raised> {
        self.py_ascii()
    }

    fn py_ascii(&self) -> Result<String, Raised> {
        let r = owned_text(crate::ops::protocol::repr(self.v))?;
        Ok(crate::text::printf::escape_non_ascii(&r))
    }

    fn type_name(&self) -> String {
        type_name(self.v).to_string()
    }

    fn as_exact_int(&self) -> Option<BigInt> {
        int::int_val(self.v).map(|x| x.to_big().into_owned())
    }

    fn as_index(&self) -> Result<Option<BigInt>, Raised> {
        match int::index_value(self.v) {
            None => Ok(None),
            Some(Ok(i)) => Ok(Some(BigInt::from(i))),
            Some(Err(())) => {
                // Too large for isize: fall back to the int value itself.
                if let Some(x) = int::int_val(self.v) {
                    clear();
                    return Ok(Some(x.to_big().into_owned()));
                }
                Err(Raised)
            }
        }
    }

    fn as_int_number(&self) -> Result<Option<BigInt>, Raised> {
        if let Some(x) = int::int_val(self.v) {
            return Ok(Some(x.to_big().into_owned()));
        }
        if float::is_float(self.v) {
            let r = float::arith::float_to_int(float::float_value(self.v));
            if r.is_null() {
                return Err(Raised);
            }
            let b = int::int_val(r).map(|x| x.to_big().into_owned());
            decref(r);
            return Ok(b);
        }
        self.as_index()
    }

    fn as_float(&self) -> Result<Option<f64>, Raised> {
        if float::is_float(self.v) {
            return Ok(Some(float::float_value(self.v)));
        }
        if let Some(x) = int::int_val(self.v) {
            return int::convert::int_to_f64(&x).map(Some).map_err(|()| Raised);
        }
        Ok(None)
    }

    fn as_str(&self) -> Option<String> {
        if is_byteslike(self.v) {
            Some(latin1(as_bytes(self.v)))
        } else {
            None
        }
    }
}

/// Rewrite `%b` conversions to `%s` (the engine's name for the same thing).
fn map_b_conversions(fmt: &mut [char]) {
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] != '%' {
            i += 1;
            continue;
        }
        i += 1;
        if i < fmt.len() && fmt[i] == '%' {
            i += 1;
            continue;
        }
        if i < fmt.len() && fmt[i] == '(' {
            let mut depth = 1;
            i += 1;
            while i < fmt.len() && depth > 0 {
                match fmt[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
        }
        while i < fmt.len() && "-+ #0*.0123456789hlL".contains(fmt[i]) {
            i += 1;
        }
        if i < fmt.len() && fmt[i] == 'b' {
            fmt[i] = 's';
        }
    }
}

/// `a % b` for bytes/bytearray `a` (NotImplemented otherwise).
pub(super) unsafe fn bytes_mod(a: Value, b: Value) -> Value {
    if !is_byteslike(a) {
        return crate::objects::singletons::not_implemented();
    }
    let mut chars: Vec<char> = as_bytes(a).iter().map(|&c| c as char).collect();
    map_b_conversions(&mut chars);
    let fmt: String = chars.into_iter().collect();
    let single = Arg { v: b, owned: false };
    let r = if tuple::is_tuple(b) {
        let items: Vec<Arg> = tuple::as_slice(b)
            .iter()
            .map(|&v| Arg { v, owned: false })
            .collect();
        printf_format(&fmt, PrintfArgs::Tuple(&items), 0)
    } else if !is_byteslike(b)
        && !pystr::is_str(b)
        && (dict::is_dict(b) || (*type_of(b)).mp.mp_subscript.is_some())
    {
        let mut lookup = |key: &str| -> Result<Arg, Raised> {
            let k = new_bytes(key.chars().map(|c| c as u32 as u8).collect());
            if k.is_null() {
                return Err(Raised);
            }
            let v = crate::ops::protocol::get_item(b, k);
            decref(k);
            if v.is_null() {
                Err(Raised)
            } else {
                Ok(Arg { v, owned: true })
            }
        };
        printf_format(&fmt, PrintfArgs::Mapping(&single, &mut lookup), 0)
    } else {
        printf_format(&fmt, PrintfArgs::Single(&single), 0)
    };
    match r {
        Ok(s) => {
            if s.chars().any(|c| c as u32 > 0xff) {
                return raise_overflow_error("%c arg not in range(256)");
            }
            new_like(a, s.chars().map(|c| c as u32 as u8).collect())
        }
        Err(Raised) => {
            if matches(crate::errors::exceptions::OVERFLOW_ERROR.ptr()) {
                // `%c` of an int outside the byte range.
                let e = fetch();
                let s = crate::ops::protocol::str_of(e);
                let is_c = !s.is_null() && pystr::as_str(s).starts_with("%c arg not in range");
                crate::object::xdecref(s);
                if is_c {
                    decref(e);
                    return raise_overflow_error("%c arg not in range(256)");
                }
                restore(e);
            }
            let msg = "not all arguments converted during string formatting";
            if matches(crate::errors::exceptions::TYPE_ERROR.ptr()) {
                let e = fetch();
                let s = crate::ops::protocol::str_of(e);
                let same = !s.is_null() && pystr::as_str(s) == msg;
                crate::object::xdecref(s);
                if same {
                    decref(e);
                    return raise_type_error("not all arguments converted during bytes formatting");
                }
                restore(e);
            }
            Value::NULL
        }
    }
}

const fn mod_table() -> [Option<crate::types::slots::BinaryFn>; crate::types::slots::NB_BINARY_COUNT]
{
    let mut t: [Option<crate::types::slots::BinaryFn>; crate::types::slots::NB_BINARY_COUNT] =
        [None; crate::types::slots::NB_BINARY_COUNT];
    t[crate::types::slots::BinOp::Mod as usize] = Some(bytes_mod);
    t
}

/// Number slots of bytes and bytearray (`%` only).
pub const BYTES_NUMBER_SLOTS: crate::types::slots::NumberSlots = crate::types::slots::NumberSlots {
    binary: mod_table(),
    ..crate::types::slots::NumberSlots::EMPTY
};
